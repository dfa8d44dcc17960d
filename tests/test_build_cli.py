"""``kg build`` through click's CliRunner on folders of invented articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import main
from kg.graph import article_iri
from kg.vocab import DCTERMS, FOAF, ORG, RDF, RES, SDO, SKOS, VOCABULARY_GRAPH
from helpers import ARTICLES, write_articles

def run_build(*args: str):
    return CliRunner().invoke(main, ["build", *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("build")
    inputs = write_articles(root / "in", ARTICLES)
    out = root / "out"
    result = run_build(str(inputs), "--out", str(out))
    return result, inputs, out


def test_exit_zero_and_outputs(built):
    result, _, out = built
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "view.html"):
        assert (out / name).is_file() and (out / name).stat().st_size > 0, name


def summary(output: str) -> dict[str, list[str]]:
    """The summary table's rows: label -> the cells after it (this run, whole graph)."""
    return {line.split()[0]: line.split()[1:] for line in output.splitlines() if line and not line.startswith(" ")}


def test_summary_lines(built):
    result, _, out = built
    rows = summary(result.output)
    assert rows["articles"][0] == "2"
    assert rows["skipped"][0] == "0"
    assert rows["people"][0] == "3"  # the byline is a person too
    assert rows["posts"][0] == "3"
    assert rows["documents"][0] == "2"
    assert rows["events"][0] == "2"
    assert int(rows["triples"][-1]) > 0
    assert "graph.ttl" in " ".join(rows["written"])


def test_trig_has_one_named_graph_per_article(built):
    _, _, out = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    named = {g.identifier for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier
             and not str(g.identifier).startswith("urn:x-rdflib:")}
    # one graph per article; the rest is the cross-article identity layer, in graphs of its own,
    # and the vocabulary the articles share
    identity = {g for g in named if str(g).startswith(str(RES["graph/identity/"]))}
    assert named - identity == {article_iri(name) for name in ARTICLES} | {VOCABULARY_GRAPH}
    for name in ARTICLES:
        g = ds.graph(article_iri(name))
        # each named graph holds its own article and only that one
        assert set(g.subjects(RDF.type, SDO.NewsArticle)) == {article_iri(name)}
        assert (article_iri(name), DCTERMS.identifier, None) in g
        assert str(g.value(article_iri(name), DCTERMS.identifier)) == name


def test_ttl_holds_the_facts(built):
    _, _, out = built
    g = Graph().parse(out / "graph.ttl", format="turtle")
    names = {str(o) for o in g.objects(None, FOAF.name)}
    assert {"Trần Văn An", "Lê Thị Bình", "Thanh Tâm"} <= names
    codes = {str(o) for o in g.objects(None, SDO.legislationIdentifier)}
    assert codes == {"05-CT/TW", "01-KL/TW"}
    labels = {str(o) for s in g.subjects(RDF.type, ORG.Organization) for o in g.objects(s, SKOS.prefLabel)}
    assert {"Đảng ủy phường Hòa Bình", "Đảng ủy phường Tân Mai", "Bộ Chính trị"} <= labels


def test_jsonld_parses_to_the_same_triples(built):
    _, _, out = built
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    jsonld = Dataset().parse(out / "graph.jsonld", format="json-ld")  # named graphs, as in the TriG
    union = {(s, p, o) for s, p, o, _ in jsonld.quads((None, None, None, None))}
    assert union == set(ttl)


def test_rebuild_is_byte_identical(built, tmp_path):
    _, inputs, out = built
    first = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig")}
    again = run_build(str(inputs), "--out", str(out))  # into the same folder: replaces, does not add
    assert again.exit_code == 0
    assert {name: (out / name).read_bytes() for name in first} == first
    fresh = run_build(str(inputs), "--out", str(tmp_path / "fresh"))  # into a new folder
    assert fresh.exit_code == 0
    assert {name: (tmp_path / "fresh" / name).read_bytes() for name in first} == first


def test_empty_file_exit_one_named_and_good_article_kept(tmp_path):
    inputs = write_articles(tmp_path / "in", {"hoa-binh.txt": ARTICLES["hoa-binh.txt"], "trong.txt": ""})
    out = tmp_path / "out"
    result = run_build(str(inputs), "--out", str(out))
    assert result.exit_code == 1
    assert "trong.txt" in result.output
    assert summary(result.output)["skipped"][0] == "1"
    assert summary(result.output)["articles"][0] == "1"
    g = Graph().parse(out / "graph.ttl", format="turtle")
    assert "Trần Văn An" in {str(o) for o in g.objects(None, FOAF.name)}
    assert (article_iri("hoa-binh.txt"), RDF.type, SDO.NewsArticle) in g
    assert (article_iri("trong.txt"), None, None) not in g


def test_quiet_prints_only_problems(tmp_path):
    inputs = write_articles(tmp_path / "in", {"hoa-binh.txt": ARTICLES["hoa-binh.txt"], "trong.txt": " \n"})
    result = run_build(str(inputs), "--out", str(tmp_path / "out"), "--quiet", "--no-view")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.strip()] == [
        line for line in result.output.splitlines() if "trong.txt" in line]
    assert not (tmp_path / "out" / "view.html").exists()


def test_build_without_inputs_is_a_usage_error():
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 2


# --- kg eval ------------------------------------------------------------------------------------

EVAL = Path(__file__).resolve().parent / "data" / "eval"  # an invented article and its gold (check_gold.py clean)


def table(output: str) -> dict[str, tuple[float, float, float, str]]:
    rows = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[4].count("/") == 2 and parts[0] != "kind":
            rows[parts[0]] = (float(parts[1]), float(parts[2]), float(parts[3]), parts[4])
    return rows


def test_eval_scores_the_invented_article():
    result = CliRunner().invoke(main, ["eval", str(EVAL / "corpus"), str(EVAL / "gold")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = table(result.output)
    assert rows["persons"] == (1.0, 1.0, 1.0, "3/0/0")
    assert rows["authors"] == (1.0, 1.0, 1.0, "1/0/0")
    assert rows["person-role-body"] == (1.0, 1.0, 1.0, "4/0/0")
    assert rows["body-kind"] == (1.0, 1.0, 1.0, "4/0/0")
    assert rows["bodies"][1] == 1.0 and rows["bodies"][3].startswith("4/")
    assert rows["documents"] == rows["document-issuer"] == rows["document-date"] == (1.0, 1.0, 1.0, "1/0/0")
    assert rows["events"] == rows["event-documents"] == (1.0, 1.0, 1.0, "1/0/0")
    assert rows["event-people"] == (1.0, 1.0, 1.0, "4/0/0")
    assert "): 1.000 over 1/1 articles" in result.output.splitlines()[-1]


def test_eval_errors_list_what_is_missing(tmp_path):
    import json

    gold = json.loads((EVAL / "gold" / "hoa-binh.json").read_text(encoding="utf-8"))
    gold["persons"].append({"name": "Đặng Văn Khoa", "posts": []})  # not in the article
    (tmp_path / "hoa-binh.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(EVAL / "corpus"), str(tmp_path), "--errors"],
                                catch_exceptions=False)
    assert result.exit_code == 0
    assert table(result.output)["persons"] == (1.0, 0.75, pytest.approx(0.857, abs=1e-3), "3/0/1")
    assert "[persons] hoa-binh.txt  missing đặng văn khoa" in result.output.splitlines()


def test_a_file_over_the_size_bound_is_skipped_by_name(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lon.txt").write_text("Đồng chí Trần Văn An - Bí thư Đảng ủy phường phát biểu. " * 40, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                                       "--max-mb", "0.001", "--no-view", "--jobs", "1"])
    assert result.exit_code == 1
    assert "lon.txt" in result.output and "too large" in result.output


def test_python_api_mirrors_the_command_line(tmp_path):
    import kg

    report = kg.build([str(tmp_path / "missing"), str(Path(__file__).resolve().parents[1] / "examples")],
                      tmp_path / "out", view=False)
    examples = len(list((Path(__file__).resolve().parents[1] / "examples").glob("*.txt")))
    assert report.articles == examples and [p.path for p in report.skipped] == [str(tmp_path / "missing")]
    with kg.ArticleStore(tmp_path / "out" / "store") as store:
        names = {str(row["n"].value) for row in store.query("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }")}
    assert {"Lê Thị Thu Hà", "Hoàng Văn Tú", "Đặng Quốc Bảo"} <= names
