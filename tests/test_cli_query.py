"""``kg query`` does what its --help says: query files, predeclared prefixes, values bound to
Vietnamese names, readable refusals, CONSTRUCT in each --format, and the examples it shows."""
from __future__ import annotations

import json
import re
import shlex

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.query import named_queries
from helpers import EXAMPLES, one_line_error


def query(out, *args: str):
    return CliRunner().invoke(main, ["query", "--store", str(out / "store"), *args])


def test_a_query_file_is_run_when_named_as_the_query(examples_out, tmp_path):
    question = tmp_path / "count.rq"
    question.write_text("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person ; owl:sameAs ?m }", encoding="utf-8")
    result = query(examples_out, str(question), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "15"]


def test_owl_and_rdf_are_predeclared(examples_out):
    result = query(examples_out, "-e", "ASK { ?identity rdf:type foaf:Person ; owl:sameAs ?mention }")
    assert (result.exit_code, result.output) == (0, "true\n")


def test_a_plain_value_finds_a_vietnamese_name(examples_out):
    sparql = "SELECT ?name (COUNT(?p) AS ?nodes) WHERE { ?p foaf:name ?name } GROUP BY ?name"
    result = query(examples_out, "-e", sparql, "-p", "name=Lê Thị Thu Hà", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("Lê Thị Thu Hà,")
    # Compared as a string, the plain value is what matches; @vi asks for the tagged one only.
    by_text = "SELECT ?who ?p WHERE { ?p foaf:name ?n FILTER(STR(?n) = ?who) }"
    assert len(query(examples_out, "-e", by_text, "-p", "who=Lê Thị Thu Hà", "--format", "csv").output.splitlines()) > 1
    assert query(examples_out, "-e", by_text, "-p", "who=Lê Thị Thu Hà@vi", "--format", "csv").output.splitlines() == ["who,p"]


@pytest.mark.parametrize("select, message", [
    ("SELECT ?p WHERE { ?p foaf:name ?name }", "cannot bind ?name: a value is bound only to a variable that the SELECT clause names"),
    ("SELECT ?p WHERE { ?p foaf:name ?n }", "cannot bind ?name: the query has no variable ?name"),
])
def test_a_value_for_a_variable_not_selected_is_one_line(examples_out, select, message):
    assert one_line_error(query(examples_out, "-e", select, "-p", "name=Lê Thị Thu Hà")).startswith(f"Error: {message}")


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
    "PREFIX ex: <http://example.org/#>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
    "drop all",
])
def test_an_update_is_refused_as_such(examples_out, update):
    line = one_line_error(query(examples_out, "-e", update), code=2)
    assert line == "Error: updates are not allowed: kg query only reads the store (kg build writes it)"


def test_construct_follows_format(examples_out):
    construct = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n FILTER(STR(?n) = \"Lê Thị Thu Hà\") }"
    turtle = query(examples_out, "-e", construct).output
    assert "foaf:name \"Lê Thị Thu Hà\"@vi" in turtle
    jsonld = json.loads(query(examples_out, "-e", construct, "--format", "json").output)
    assert {"@language": "vi", "@value": "Lê Thị Thu Hà"} in jsonld[0]["http://xmlns.com/foaf/0.1/name"]
    rows = query(examples_out, "-e", construct, "--format", "csv").output.splitlines()
    assert rows[0] == "subject,predicate,object" and rows[1].endswith(",http://xmlns.com/foaf/0.1/name,Lê Thị Thu Hà")
    tsv = query(examples_out, "-e", construct, "--format", "tsv").output.splitlines()
    assert tsv[0] == "?subject\t?predicate\t?object" and tsv[1].endswith('\t"Lê Thị Thu Hà"@vi')


def help_examples() -> list[list[str]]:
    text = CliRunner().invoke(main, ["query", "--help"]).output
    return [shlex.split(line.strip())[2:] for line in text.splitlines() if line.strip().startswith("kg query ")]


def test_every_example_of_the_help_returns_rows(examples_out, monkeypatch):
    monkeypatch.chdir(EXAMPLES.parent)  # the examples name examples/who-chaired.rq from the project folder
    examples = help_examples()
    assert len(examples) >= 4 and ["people-of", "Quận ủy Bình Lâm"] in examples
    for args in examples:
        result = query(examples_out, *args)
        assert result.exit_code == 0, (args, result.output)
        assert "(0 rows)" not in result.output and len(result.output.splitlines()) > 1, (args, result.output)


def test_every_example_of_a_named_query_returns_rows(examples_out):
    for query_ in named_queries().values():
        values = [re.search(r'e\.g\. "([^"]+)"', p.description)[1] for p in query_.parameters]
        result = query(examples_out, query_.name, *values)
        assert result.exit_code == 0 and "(0 rows)" not in result.output, (query_.name, values, result.output)


def test_the_output_folder_stands_for_its_store(examples_out):
    result = CliRunner().invoke(main, ["query", "--store", str(examples_out), "-e", "ASK { ?p a foaf:Person }"])
    assert (result.exit_code, result.output) == (0, "true\n")


def test_a_folder_without_a_store_is_one_line(tmp_path):
    line = one_line_error(CliRunner().invoke(main, ["query", "persons", "--store", str(tmp_path)]))
    assert line == f"Error: no store at {tmp_path}: run `kg build ... --out DIR` first, then give DIR or DIR/store"
