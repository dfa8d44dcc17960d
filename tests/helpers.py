"""What several test files share about inputs (fixtures live in conftest.py): where things are, the
rule for a missing corpus, browser or server, invented articles through extraction and CLI runs.
Small graphs, the view in a browser and local servers are in samples.py. Test files import these
modules, never each other."""
from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.facts import extract_all
from kg.graph import facts_to_graph
from kg.model import RawDocument
from kg.normalize import normalize
from kg.vocab import ORG, RDF, SKOS

TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
EXAMPLES = PROJECT / "examples"
SHARED = PROJECT.parent / "shared"  # the annotated corpus, read in place
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")


# --- what a test needs from its environment ----------------------------------------------------


def unavailable(reason: str) -> None:
    """Skip for want of something the machine lacks; in CI (CI set) fail instead, since CI installs
    everything and a skip there would hide a test that never ran."""
    if IN_CI:
        pytest.fail(f"{reason} (CI runs every test: .ci/setup.d installs what the tests need)", pytrace=False)
    pytest.skip(reason)


def shared(*parts: str) -> Path:
    """A path under ../shared, or unavailable() when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        unavailable(f"the shared corpus is missing: {path}")
    return path


def gold_files(*sets: str) -> list[Path]:
    """The gold annotations (JSON) of the named shared sets (seeds, dev, ...), in order."""
    return sorted(path for name in sets for path in shared("gold", name).glob("*.json"))


def gold_graph(path: Path) -> rdflib.Graph:
    """A gold annotation as a graph in the contract vocabulary, written by the shared converter."""
    converter = shared("eval", "gold_to_ttl.py")
    if converter not in _CONVERTERS:
        spec = importlib.util.spec_from_file_location("gold_to_ttl", converter)
        _CONVERTERS[converter] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_CONVERTERS[converter])
    return _CONVERTERS[converter].convert(json.loads(path.read_text(encoding="utf-8")))


_CONVERTERS: dict[Path, object] = {}


def require_shared(*parts: str) -> Path:
    """At a module's top: a path under ../shared the whole module reads; without it the module is
    skipped (failed in CI)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"the shared corpus is missing: {path}", pytrace=False)
        pytest.skip(f"the shared corpus is missing: {path}", allow_module_level=True)
    return path


# --- invented articles through extraction ------------------------------------------------------


def article(text: str, published: date | None = None, name: str = "t.txt"):
    """An invented article's text, normalized as the pipeline reads it."""
    return normalize(RawDocument(name=name, path=name, text=text, published=published))


def facts(text: str, published: date | None = None, name: str = "t.txt"):
    return extract_all(article(text, published, name))


def posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each person's posts as (role, body's canonical name)."""
    return {p.name: [(post.role, post.body.name if post.body else None) for post in p.posts]
            for p in facts(text).persons}


def graph_body_names(text: str) -> set[str]:
    """The bodies the article's graph holds, by canonical name."""
    graph = facts_to_graph(facts(text))
    return {str(graph.value(node, SKOS.prefLabel)) for node in graph.subjects(RDF.type, ORG.Organization)}


# --- the command line --------------------------------------------------------------------------


def kg(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result, code: int = 1) -> str:
    """The last line of a command that failed as a user should see it: the status, no traceback."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.output.strip().splitlines()[-1]


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


# Two invented ward articles: a meeting on a directive, its chair and a speaker.
ARTICLES = {
    "hoa-binh.txt": (
        "Ngày đăng 04/09/2022 | 08:15\n"
        "Sáng 3/9, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n"
        "Đồng chí Trần Văn An - Quận ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị.\n"
        "Thanh Tâm"
    ),
    "tan-mai.txt": (
        "Ngày đăng 12/04/2023 | 17:40\n"
        "Chiều 12/4, Đảng ủy phường Tân Mai tổ chức Hội nghị quán triệt Kết luận 01-KL/TW.\n"
        "Đồng chí Lê Thị Bình - Bí thư Đảng ủy phường phát biểu."
    ),
}


def view_triples_of(out: Path, budget: int | None = None):
    """What a build into ``out`` draws in its view: (triples, articles drawn, articles), as
    :func:`kg.builder.outputs.view_triples` reads them from the store and the build's state."""
    from kg.builder.outputs import VIEW_TRIPLES, read_view_articles, view_triples
    from kg.builder.state import BuildState
    from kg.output_folder import OutputFolder
    from kg.store import ArticleStore

    folder = OutputFolder(out)
    state = BuildState(folder.state)
    try:
        with ArticleStore(folder.store, read_only=True) as store:
            articles = read_view_articles(state.article_graphs(), state.trig_of,
                                          VIEW_TRIPLES if budget is None else budget)
            return view_triples(store, articles, state.trig_of), articles.drawn, articles.total
    finally:
        state.close()
