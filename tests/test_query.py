"""Named queries and output formats over a small store, through the API and the `kg` command line."""
from __future__ import annotations

import csv
import io
import json

import pytest

from kg.query import named_queries, parse_named_query, render, run, run_named
from kg.store import ArticleStore
from helpers import kg
from samples import article_graph, article_iri, broken_graph


@pytest.fixture
def store_dir(tmp_path):
    folder = tmp_path / "store"
    with ArticleStore(folder) as store:
        store.replace_article(article_iri("a1"), article_graph("a1"))
        store.replace_article(article_iri("a2"), article_graph("a2", person="Lê Thị Mẫu", role="Phó Bí thư",
                                                            code="7/2022/NĐ-CP", date="2023-05-06"))
        store.replace_article(article_iri("a3"), article_graph("a3", person="Lê Thị Mẫu", role="Bí thư",
                                                            body="Huyện ủy Thử Nghiệm", alias="Huyện ủy",
                                                            date="2024-01-02"))
    return folder


def rows(store_dir, name, *values):
    with ArticleStore(store_dir, read_only=True) as store:
        result = run_named(store, named_queries()[name], values)
    return [tuple("" if t is None else t.value for t in row) for row in result.rows], result.columns


def test_every_shipped_query_declares_what_it_answers():
    queries = named_queries()
    assert {"posts-of", "holders-of", "events-citing", "people-of", "timeline"} <= set(queries)
    for query in queries.values():
        assert query.description, query.name
        for parameter in query.parameters:
            # Oxigraph substitutes only projected variables: each parameter must be in SELECT.
            assert f"?{parameter.variable}" in query.sparql.split("WHERE", 1)[0], (query.name, parameter.name)
    assert queries["holders-of"].usage() == "holders-of ROLE [BODY]"


def test_parse_parameters_and_arity():
    query = parse_named_query("q", "# Says what.\n# param NAME: a name\n# param BODY?: a body\nSELECT ?name ?body WHERE {}")
    assert (query.description, [p.usage() for p in query.parameters]) == ("Says what.", ["NAME", "[BODY]"])
    assert query.bind(["Ngo\u0302"]) == {"name": "Ngô"}  # composed to NFC like the graph
    with pytest.raises(ValueError, match="usage: kg query q NAME"):
        query.bind([])
    with pytest.raises(ValueError):
        query.bind(["a", "b", "c"])


def test_posts_of(store_dir):
    found, columns = rows(store_dir, "posts-of", "lê thị mẫu")
    assert columns == ["name", "role", "body", "reported", "file", "who"]
    assert [row[:5] for row in found] == [
        ("Lê Thị Mẫu", "Bí thư", "Huyện ủy Thử Nghiệm", "2024-01-02", "a3.txt"),
        ("Lê Thị Mẫu", "Phó Bí thư", "Đảng ủy xã Hòa Thử", "2023-05-06", "a2.txt"),
    ]


def test_holders_of_with_and_without_body(store_dir):
    assert [r[0] for r in rows(store_dir, "holders-of", "Bí thư")[0]] == ["Lê Thị Mẫu", "Trần Văn Thử"]
    # The body by its alias; "Phó Bí thư" is not "Bí thư".
    assert rows(store_dir, "holders-of", "bí thư", "Đảng ủy xã")[0] == [("Trần Văn Thử", "Bí thư", "Đảng ủy xã Hòa Thử")]
    assert rows(store_dir, "holders-of", "Chủ tịch")[0] == []


def test_events_citing_ignores_case_and_spaces(store_dir):
    found, columns = rows(store_dir, "events-citing", "7/2022/nđ-cp ")
    assert columns[:5] == ["date", "kind", "organizer", "documentCode", "file"]
    assert [r[:5] for r in found] == [("2023-05-06", "Hội nghị quán triệt", "Đảng ủy xã Hòa Thử", "7/2022/NĐ-CP", "a2.txt")]


def test_people_of(store_dir):
    assert rows(store_dir, "people-of", "Đảng ủy xã Hòa Thử")[0] == [
        ("Lê Thị Mẫu", "Phó Bí thư", "Đảng ủy xã Hòa Thử"), ("Trần Văn Thử", "Bí thư", "Đảng ủy xã Hòa Thử")]


def test_timeline_is_in_date_order(store_dir):
    found, columns = rows(store_dir, "timeline", "Lê Thị Mẫu")
    assert columns == ["date", "what", "detail", "file", "who"]
    assert [row[:4] for row in found] == [
        ("2023-05-06", "chair", "Hội nghị quán triệt, Đảng ủy xã Hòa Thử", "a2.txt"),
        ("2023-05-06", "post", "Phó Bí thư, Đảng ủy xã Hòa Thử", "a2.txt"),
        ("2024-01-02", "chair", "Hội nghị quán triệt, Huyện ủy Thử Nghiệm", "a3.txt"),
        ("2024-01-02", "post", "Bí thư, Huyện ủy Thử Nghiệm", "a3.txt"),
    ]


def test_a_value_is_data_never_query_text(store_dir):
    assert rows(store_dir, "posts-of", '") || true || ("')[0] == []
    assert rows(store_dir, "posts-of", "} } SELECT * WHERE { ?s ?p ?o }")[0] == []


def test_formats(store_dir):
    with ArticleStore(store_dir, read_only=True) as store:
        result = run_named(store, named_queries()["people-of"], ["Đảng ủy xã Hòa Thử"])
        table = render(result, "table").splitlines()
        assert table[0].split() == ["name", "role", "bodyName"]
        assert table[-1] == "(2 rows)"
        # Aligned: each column starts where its header does.
        assert table[2].index("Phó Bí thư") == table[0].index("role")
        parsed = list(csv.reader(io.StringIO(render(result, "csv"))))
        assert parsed == [["name", "role", "bodyName"], ["Lê Thị Mẫu", "Phó Bí thư", "Đảng ủy xã Hòa Thử"],
                          ["Trần Văn Thử", "Bí thư", "Đảng ủy xã Hòa Thử"]]
        tsv = render(result, "tsv").splitlines()
        assert tsv[0] == "?name\t?role\t?bodyName" and tsv[1].startswith('"Lê Thị Mẫu"@vi\t')
        data = json.loads(render(result, "json"))
        assert data["head"]["vars"] == ["name", "role", "bodyName"]
        assert data["results"]["bindings"][0]["name"] == {"type": "literal", "value": "Lê Thị Mẫu", "xml:lang": "vi"}
        assert render(run(store, "ASK { ?p a foaf:Person }"), "table") == "true"
        construct = render(run(store, "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }"), "table")
        assert "foaf:name" in construct and "Trần Văn Thử" in construct


def test_cli_list_shows_parameters():
    result = kg("query", "--list")
    assert result.exit_code == 0
    assert "holders-of ROLE [BODY]" in result.output and "BODY (optional):" in result.output


def test_cli_named_query_and_formats(store_dir):
    result = kg("query", "--store", str(store_dir), "posts-of", "Trần Văn Thử")
    assert result.exit_code == 0, result.output
    assert "Bí thư" in result.output and "(1 row)" in result.output
    result = kg("query", "--store", str(store_dir), "--format", "json", "holders-of", "Bí thư")
    assert len(json.loads(result.output)["results"]["bindings"]) == 2


def test_cli_sparql_with_bound_parameter(store_dir, tmp_path):
    sparql = "SELECT ?who ?p WHERE { ?p foaf:name ?n FILTER(STR(?n) = ?who) }"
    result = kg("query", "--store", str(store_dir), "--format", "csv", "-e", sparql, "-p", "who=Trần Văn Thử")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("Trần Văn Thử,https://w3id.org/vnkg/resource/person/")
    query_file = tmp_path / "q.rq"
    query_file.write_text("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a foaf:Person }", encoding="utf-8")
    assert kg("query", "--store", str(store_dir), "-f", str(query_file), "--format", "tsv").output.splitlines()[1] \
        == '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'


@pytest.mark.parametrize("args, message", [
    (["posts-of"], "usage: kg query posts-of PERSON"),
    (["no-such-query"], "no named query 'no-such-query'"),
    (["-e", "SELEC ?x"], "SPARQL syntax"),
    (["-e", "SELECT * {}", "-p", "novalue"], "--param wants VAR=VALUE"),
    ([], "give a query NAME"),
])
def test_cli_errors_are_readable(store_dir, args, message):
    result = kg("query", "--store", str(store_dir), *args)
    assert result.exit_code != 0
    assert message in result.output


def test_cli_missing_store(tmp_path):
    result = kg("query", "--store", str(tmp_path / "none"), "persons")
    assert result.exit_code == 1 and "no store at" in result.output
    result = kg("serve", "--store", str(tmp_path / "none"), "--port", "7999")
    assert result.exit_code == 1 and "no store at" in result.output


def test_cli_validate(tmp_path):
    good, bad = tmp_path / "good.ttl", tmp_path / "bad.ttl"
    article_graph("ok").serialize(good, format="turtle")
    broken_graph().serialize(bad, format="turtle")
    result = kg("validate", str(good))
    assert result.exit_code == 0 and result.output.startswith("conforms: 0 violation(s)")
    result = kg("validate", str(bad))
    assert result.exit_code == 1
    assert "Violation: res:post/" in result.output and "does not conform: 8 violation(s)" in result.output
