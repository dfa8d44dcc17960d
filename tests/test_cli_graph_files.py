"""``kg validate``, ``kg view`` and ``kg export`` read an output folder or any graph file a build
writes, and a malformed one is one line naming the file and the line, never a traceback."""
from __future__ import annotations

import pytest

from helpers import kg, one_line_error

BROKEN_TURTLE = "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;;; oops\n"


def test_validate_takes_an_output_folder(examples_out):
    result = kg("validate", str(examples_out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: 0 violation(s)")


@pytest.mark.parametrize("command", [["validate"], ["view", "--out", "OUT"], ["export", "--format", "gexf", "--out", "OUT"]])
def test_malformed_turtle_is_one_line(tmp_path, command):
    broken = tmp_path / "broken.ttl"
    broken.write_text(BROKEN_TURTLE, encoding="utf-8")
    line = one_line_error(kg(command[0], str(broken), *[str(tmp_path / "out") if a == "OUT" else a for a in command[1:]]))
    assert line.startswith(f"Error: {broken} is not well-formed Turtle: Parser error at line 2")


def test_view_reads_the_jsonld_a_build_writes(examples_out, tmp_path):
    from_jsonld = kg("view", str(examples_out / "graph.jsonld"), "--out", str(tmp_path / "a.html"))
    from_folder = kg("view", str(examples_out), "--out", str(tmp_path / "b.html"))
    assert from_jsonld.exit_code == 0, from_jsonld.output
    assert from_jsonld.output.split(":", 1)[1] == from_folder.output.split(":", 1)[1]  # same nodes and edges
    assert " 0 nodes" not in from_jsonld.output


def test_a_graph_without_the_vocabulary_is_refused(tmp_path):
    other = tmp_path / "other.jsonld"
    other.write_text('{"@id": "http://example.org/a", "http://example.org/b": "c"}', encoding="utf-8")
    assert one_line_error(kg("view", str(other), "--out", str(tmp_path / "v.html"))) == \
        f"Error: no person, body, document or event in {other}: is it a vnkg graph?"


def test_since_after_until_is_refused(examples_out, tmp_path):
    result = kg("view", str(examples_out), "--since", "2024-01-01", "--until", "2023-12-31", "--out", str(tmp_path / "v.html"))
    assert one_line_error(result, code=2) == "Error: Invalid value for --since: --since 2024-01-01 is after --until 2023-12-31"
    assert not (tmp_path / "v.html").exists()
