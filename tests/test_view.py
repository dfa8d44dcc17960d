"""The network view: kinds, edges, tooltips, filters, escaping, determinism, exports, CLI."""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli.view_cmd import export_command, view_command
from kg.network import find_nodes, graph_from_rdf, select, select_from_rdf, write_gexf, write_graphml
from kg.view import APP_JS, cut_note, render_view, write_view
from helpers import gold_files, gold_graph
from samples import (AN, ATTRIBUTE_PROBE, CENTRE, DIRECTIVE, LATER_MEETING, MEETING, POST, PROBE_PERSON,
                     PROVINCE, SCRIPT_PROBE, sample_rdf)
from kg.vocab import RES


def names(graph: nx.MultiDiGraph, nodes) -> set[str]:
    return {graph.nodes[n]["name"] for n in nodes}


def labelled_edges(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(graph.nodes[u]["label"], label, graph.nodes[v]["label"]) for u, v, label in graph.edges(data="label")}


@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return graph_from_rdf(sample_rdf())


def test_nodes_get_a_kind_each_and_short_labels(network):
    kinds = {network.nodes[n]["name"]: kind for n, kind in network.nodes(data="kind")}
    assert kinds == {
        "Nguyễn Văn An": "person", SCRIPT_PROBE: "person", "Bí thư, Tỉnh ủy Hòa Bình": "post",
        "Tỉnh ủy Hòa Bình": "body", "Ban Chấp hành Trung ương": "body", "05-CT/TW": "document",
        "Hội nghị 2020-05-01": "event", "Hội nghị 2022-09-10": "event", "a1.txt": "article",
    }
    assert network.nodes[str(POST)]["label"] == "Bí thư"
    assert all(len(label) <= 28 for _, label in network.nodes(data="label"))


def test_edges_are_labelled_and_read_as_sentences(network):
    assert labelled_edges(network) == {
        ("Nguyễn Văn An", "holds", "Bí thư"),
        ("Bí thư", "in", "Tỉnh ủy Hòa Bình"),
        ("Tỉnh ủy Hòa Bình", "part of", "Ban Chấp hành Trung ương"),
        ("Nguyễn Văn An", "chaired", "Hội nghị 2020-05-01"),
        ("Nguyễn Văn An", "spoke", "Hội nghị 2020-05-01"),
        (SCRIPT_PROBE, "attended", "Hội nghị 2020-05-01"),
        ("Nguyễn Văn An", "attended", "Hội nghị 2022-09-10"),
        ("Hội nghị 2020-05-01", "organized by", "Tỉnh ủy Hòa Bình"),
        ("Hội nghị 2020-05-01", "about", "05-CT/TW"),
        ("05-CT/TW", "issued by", "Ban Chấp hành Trung ương"),
        ("a1.txt", "mentions", "Nguyễn Văn An"),
        ("a1.txt", "mentions", SCRIPT_PROBE),
        (SCRIPT_PROBE, "wrote", "a1.txt"),
        ("a1.txt", "reports", "Hội nghị 2020-05-01"),
    }


def test_tooltips_give_posts_with_body_and_date_and_the_stating_sentence(network):
    rows = network.nodes[str(AN)]["details"]
    assert ("Post", "Bí thư, Tỉnh ủy Hòa Bình (2021-03-01)") in rows
    assert ("Source", "“Ông An là Bí thư Tỉnh ủy.” (a1.txt)") in rows
    assert ("Mentioned in", "a1.txt") in rows
    assert network.nodes[str(POST)]["dates"] == ("2021-03-01",)
    assert ("Held by", "Nguyễn Văn An (2021-03-01)") in network.nodes[str(POST)]["details"]
    body_rows = network.nodes[str(PROVINCE)]["details"]
    assert ("Kind", "party_committee") in body_rows and ("Part of", "Ban Chấp hành Trung ương") in body_rows
    assert ("Chair", "Nguyễn Văn An") in network.nodes[str(MEETING)]["details"]


def test_kinds_filter_keeps_holders_joined_to_bodies_by_their_role(network):
    selection = select(network, types=["person", "body"])
    assert {k for _, k in selection.graph.nodes(data="kind")} == {"person", "body"}
    assert ("Nguyễn Văn An", "Bí thư", "Tỉnh ủy Hòa Bình") in labelled_edges(selection.graph)
    with pytest.raises(ValueError, match="unknown kinds"):
        select(network, types=["people"])


def test_dates_filter_events_and_posts_but_keep_undated_nodes(network):
    since = select(network, since="2021-01-01").graph
    assert str(MEETING) not in since and str(LATER_MEETING) in since and str(POST) in since
    until = select(network, until="2020-12-31").graph
    assert str(MEETING) in until and str(LATER_MEETING) not in until and str(POST) not in until
    assert str(AN) in until and str(DIRECTIVE) in until


def test_focus_by_name_ignores_case_and_tone_marks_and_keeps_the_neighbourhood(network):
    assert find_nodes(network, "nguyen van an") == [str(AN)]
    near = select(network, focus="nguyen van an", depth=1)
    assert near.focus == (str(AN),)
    assert names(near.graph, near.graph) == {
        "Nguyễn Văn An", "Bí thư, Tỉnh ủy Hòa Bình", "Hội nghị 2020-05-01", "Hội nghị 2022-09-10", "a1.txt"}
    by_iri = select(network, focus=str(DIRECTIVE), depth=0)
    assert list(by_iri.graph) == [str(DIRECTIVE)]
    assert set(select(network, focus="Tỉnh ủy Hòa Bình", depth=2).graph) >= {str(AN), str(CENTRE)}
    with pytest.raises(LookupError):
        select(network, focus="Nobody At All")


def test_node_budget_keeps_the_most_connected_and_records_the_rest(network):
    selection = select(network, max_nodes=3)
    assert selection.graph.number_of_nodes() == 3
    assert selection.total_nodes == network.number_of_nodes()
    assert selection.cut == network.number_of_nodes() - 3
    degrees = sorted((d for _, d in network.degree()), reverse=True)
    assert sorted((network.degree(n) for n in selection.graph), reverse=True) == degrees[:3]
    assert sum(selection.left_out.values()) == selection.cut and "document" in selection.left_out
    note = cut_note(selection)
    assert "3 most connected of 9 nodes" in note
    assert 'id="vnkg-cut-note"' in render_view(selection)
    assert cut_note(select(network)) == "" and 'id="vnkg-cut-note"' not in render_view(select(network))
    focused = select(network, focus="05-CT/TW", depth=2, max_nodes=1)
    assert list(focused.graph) == [str(DIRECTIVE)]


@pytest.mark.parametrize("budget", [1, 3, 6, 1500])
def test_a_budget_applied_before_the_cards_are_made_gives_the_same_page(budget):
    described_first = select(graph_from_rdf(sample_rdf()), max_nodes=budget)
    selected_first = select_from_rdf(sample_rdf(), budget)
    assert (selected_first.total_nodes, selected_first.left_out) == (described_first.total_nodes, described_first.left_out)
    assert render_view(selected_first) == render_view(described_first)


def start_tags(page: str) -> list[tuple[str, list]]:
    """The elements a browser's parser would create, as (tag, attributes)."""
    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(page)
    return found


def page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="vnkg-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_article_text_reaches_the_page_only_escaped(tmp_path, network):
    page_path = tmp_path / "view.html"
    write_view(network, page_path)
    page = page_path.read_text(encoding="utf-8")
    assert SCRIPT_PROBE not in page and ATTRIBUTE_PROBE not in page
    tags = start_tags(page)
    assert [attrs for tag, attrs in tags if tag == "script"] == [[("type", "application/json"), ("id", "vnkg-data")],
                                                                [], []]
    assert "img" not in {tag for tag, _ in tags}
    data = page_data(page)
    probe_node = next(n for n in data["nodes"] if n["id"] == str(PROBE_PERSON))
    assert probe_node["name"] == SCRIPT_PROBE
    assert ["Source", f"“{ATTRIBUTE_PROBE}” (a1.txt)"] in probe_node["rows"]
    assert "innerHTML" not in APP_JS


def test_page_is_offline_and_its_policy_allows_exactly_its_scripts(tmp_path, network):
    page_path = tmp_path / "view.html"
    write_view(network, page_path, title=SCRIPT_PROBE)
    page = page_path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", page, re.I)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_same_graph_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_view(sample_rdf(), first)
    reordered = Graph()
    for triple in sorted(sample_rdf(), reverse=True):
        reordered.add(triple)
    write_view(reordered, second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("writer, reader", [(write_graphml, nx.read_graphml), (write_gexf, nx.read_gexf)])
def test_exports_read_back_with_networkx(tmp_path, network, writer, reader):
    path = tmp_path / "graph.out"
    writer(network, path)
    back = reader(path)
    assert back.number_of_nodes() == network.number_of_nodes()
    assert back.number_of_edges() == network.number_of_edges()
    kinds = {n: d["kind"] for n, d in back.nodes(data=True)}
    assert kinds[str(AN)] == "person" and kinds[str(DIRECTIVE)] == "document"
    assert SCRIPT_PROBE in {d["name"] for _, d in back.nodes(data=True)}


def test_every_gold_person_and_document_becomes_a_node():
    gold_seeds = gold_files("seeds")
    rdf = Graph()
    persons, codes = set(), set()
    for gold in gold_seeds:
        rdf += gold_graph(gold)
        annotation = json.loads(gold.read_text(encoding="utf-8"))
        persons |= {p["name"] for p in annotation.get("persons", [])}
        persons |= {name for m in annotation.get("meetings", [])
                    for field in ("chair", "attendees", "speakers") for name in m.get(field) or []}
        codes |= {d["code"] for d in annotation.get("directives", []) if d.get("code")}
    network = graph_from_rdf(rdf)
    by_kind = lambda kind: {d["name"] for _, d in network.nodes(data=True) if d["kind"] == kind}  # noqa: E731
    assert by_kind("person") == persons
    assert codes <= by_kind("document")
    assert len(by_kind("article")) == len(gold_seeds)


@pytest.fixture
def output_folder(tmp_path) -> Path:
    folder = tmp_path / "output"
    folder.mkdir()
    sample_rdf().serialize(folder / "graph.ttl", format="turtle")
    return folder


def test_view_command_writes_the_page_and_reports_cuts(output_folder, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(view_command, [str(output_folder), "--max-nodes", "4", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 nodes" in result.output and "left out 5 of 9 nodes" in result.output
    assert len(page_data(out.read_text(encoding="utf-8"))["nodes"]) == 4


def test_view_command_filters(output_folder, tmp_path):
    out = tmp_path / "view.html"
    result = CliRunner().invoke(view_command, [
        str(output_folder / "graph.ttl"), "--focus", "Nguyễn Văn An", "--depth", "1", "--types", "person,event",
        "--since", "2021-01-01", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert {n["name"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]} == {
        "Nguyễn Văn An", "Hội nghị 2022-09-10"}


@pytest.mark.parametrize("arguments, message", [
    (["--types", "person,people"], "unknown kind(s) people"),
    (["--focus", "Nobody At All"], "no node named 'Nobody At All'"),
    (["--since", "yesterday"], "yesterday"),
])
def test_view_command_rejects_bad_options(output_folder, tmp_path, arguments, message):
    result = CliRunner().invoke(view_command, [str(output_folder), *arguments, "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "v.html").exists()


def test_view_command_says_when_there_is_no_graph(tmp_path):
    result = CliRunner().invoke(view_command, [str(tmp_path), "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 1
    assert "holds no graph (graph.trig, graph.ttl" in result.output


def test_view_command_reads_trig(tmp_path):
    dataset = Dataset()
    named = dataset.graph(RES["graph/a1"])
    for triple in sample_rdf():
        named.add(triple)
    source = tmp_path / "graph.trig"
    dataset.serialize(source, format="trig")
    result = CliRunner().invoke(view_command, [str(source), "--out", str(tmp_path / "v.html")])
    assert result.exit_code == 0, result.output
    assert "9 nodes, 14 edges" in result.output


@pytest.mark.parametrize("file_format, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_command(output_folder, tmp_path, file_format, reader):
    out = tmp_path / f"graph.{file_format}"
    result = CliRunner().invoke(export_command, [str(output_folder), "--format", file_format, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert reader(out).number_of_nodes() == 9
