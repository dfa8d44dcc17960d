"""``kg eval`` refuses a corpus and gold that share no article, and its headline is score.py's."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from helpers import shared

EVAL = Path(__file__).resolve().parent / "data" / "eval"  # an invented article and its gold


def kg_eval(*args: str):
    return CliRunner().invoke(main, ["eval", *args])


def test_a_corpus_without_the_annotated_articles_is_refused(tmp_path):
    result = kg_eval(str(tmp_path), str(EVAL / "gold"))
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (f"Error: Invalid value for CORPUS: {tmp_path} holds none of the 1 articles "
                                              f"annotated in {EVAL / 'gold'} (such as hoa-binh.txt)")


def test_empty_folders_are_refused(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    result = kg_eval(str(tmp_path / "corpus"), str(tmp_path / "gold"))
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == f"Error: Invalid value for GOLD: no gold annotation (*.json) in {tmp_path / 'gold'}"


def test_an_annotated_article_missing_from_the_corpus_is_a_failure(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "hoa-binh.json").write_text((EVAL / "gold" / "hoa-binh.json").read_text(encoding="utf-8"), encoding="utf-8")
    (gold / "absent.json").write_text(json.dumps({"doc": "absent.txt", "persons": [{"name": "Lò Văn Thử"}]}), encoding="utf-8")
    result = kg_eval(str(EVAL / "corpus"), str(gold))
    assert result.exit_code == 1
    assert "over 1/2 articles" in result.output and "FAILED " in result.output


def test_the_headline_is_the_one_score_py_prints(tmp_path):
    score = shared("eval", "score.py")
    gold = json.loads((EVAL / "gold" / "hoa-binh.json").read_text(encoding="utf-8"))
    gold["persons"].append({"name": "Đặng Văn Khoa", "posts": [{"role": "Bí thư", "org": "Đảng ủy xã Thử"}]})
    gold["organizations"].append({"name": "Đảng ủy xã Thử", "kind": "party_committee"})
    (tmp_path / "hoa-binh.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    ours = kg_eval(str(EVAL / "corpus"), str(tmp_path)).output.splitlines()[-1]
    kg_command = Path(sys.executable).with_name("kg")
    theirs = subprocess.run([sys.executable, str(score), str(EVAL / "corpus"), str(tmp_path),
                             "--cmd", f"{kg_command} build {{input}} --out {{out}} --no-view --jobs 1"],
                            capture_output=True, text=True, check=False).stdout.splitlines()[-1]
    assert ours.startswith("headline F1 (mean of persons, person-role, person-role-body, bodies, documents, events, "
                           "event-people): 0.")
    assert ours == theirs
