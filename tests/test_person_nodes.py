"""One node per real person wherever a user looks (issue 18): the network (view, GraphML, GEXF),
the named queries and the Python API show the identity, with each article's mention as provenance,
while each article's own graph still answers the shared queries by itself."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import OWL

import kg
from kg.cli import main
from kg.network import find_nodes, graph_from_rdf
from kg.person_nodes import one_node_per_person
from kg.view_graph import ViewTerms, view_graph
from kg.rdf_files import read_graph
from kg.vocab import FOAF, RDF
from helpers import require_shared, view_triples_of

SHARED = require_shared("corpus").parent

IDENTITIES = "SELECT (COUNT(DISTINCT ?identity) AS ?n) WHERE { ?identity owl:sameAs ?member }"


@pytest.fixture(scope="module")
def seeds_dev(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds-dev") / "out"
    report = kg.build([str(SHARED / "corpus" / "seeds"), str(SHARED / "corpus" / "dev")], out, jobs=1)
    assert report.articles == 20 and not report.skipped
    return out


def test_the_graphml_export_has_one_person_node_per_identity_and_none_isolated(seeds_dev, tmp_path):
    result = CliRunner().invoke(main, ["export", str(seeds_dev), "--format", "graphml", "--out", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    network = nx.read_graphml(tmp_path / "g.graphml")
    persons = [n for n, kind in network.nodes(data="kind") if kind == "person"]
    with kg.ArticleStore(seeds_dev / "store", read_only=True) as store:
        identities = int(next(iter(store.query(IDENTITIES)))["n"].value)
    assert identities > 40 and len(persons) == identities
    assert [n for n in persons if network.degree(n) == 0] == []


def test_the_builds_view_draws_the_identities(seeds_dev):
    triples, _, _ = view_triples_of(seeds_dev)
    with kg.ArticleStore(seeds_dev / "store", read_only=True) as store:
        identities = int(next(iter(store.query(IDENTITIES)))["n"].value)
    network = graph_from_rdf(graph_of(triples))
    persons = [n for n, kind in network.nodes(data="kind") if kind == "person"]
    assert len(persons) == identities and all(network.degree(n) for n in persons)


def test_the_builds_view_reads_the_article_graphs_the_store_holds(seeds_dev):
    triples, drawn, total = view_triples_of(seeds_dev)
    with kg.ArticleStore(seeds_dev / "store", read_only=True) as store:
        articles = [row["a"].value for row in store.query("SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }")]
        lines = "".join(f"{t} .\n" for a in articles for t in store.article_triples(a))
    assert drawn == total == len(articles) == 20
    assert set(Graph().parse(data=lines, format="nt")) <= set(triples)  # with the concepts and identities


def test_the_views_terms_are_those_rdflibs_parser_makes():
    lines = ('<https://example.org/x> <https://schema.org/name> "a \\"quoted\\" name\\n"@vi .\n'
             '<https://example.org/x> <https://schema.org/startDate> "2024-03-15"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
             '<https://example.org/x> <https://schema.org/url> "plain" .\n'
             '<https://example.org/x> <https://schema.org/url> <https://example.org/a%20b> .\n')
    made = ViewTerms().triples(ox.parse(lines.encode(), ox.RdfFormat.N_TRIPLES))
    assert set(made) == set(Graph().parse(data=lines, format="nt")) and len(made) == 4


def test_the_builds_view_graph_is_the_graph_with_one_node_per_person(seeds_dev):
    triples, _, _ = view_triples_of(seeds_dev)
    expected = one_node_per_person(graph_of(triples))
    made = view_graph(triples)
    assert any(p == OWL.sameAs for _, p, _ in triples)
    assert set(made) == set(expected) and not any(p == OWL.sameAs for _, p, _ in made)
    assert len(view_graph(triples + triples)) == len(made)  # a triple two articles hold is one
    assert len(view_graph([])) == 0


def graph_of(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def test_kg_query_persons_lists_each_persons_articles(seeds_dev):
    with kg.ArticleStore(seeds_dev / "store", read_only=True) as store:
        result = kg.ask(store, "persons")
        identities = int(next(iter(store.query(IDENTITIES)))["n"].value)
    assert result.columns == ["name", "posts", "articles", "who"]
    assert len(result.rows) == len({row[3] for row in result.rows}) == identities
    assert all(row[2] is not None and row[2].value.endswith(".txt") for row in result.rows)


def test_a_person_in_three_articles_is_one_node_mentioned_by_each(examples_out):
    network = graph_from_rdf(read_graph(examples_out))
    [ha] = find_nodes(network, "Lê Thị Thu Hà")
    articles = [n for n in network.predecessors(ha) if network.nodes[n]["kind"] == "article"]
    assert len(articles) == 3
    rows = dict(network.nodes[ha]["details"])
    assert rows["Mentioned in"].count(".txt") == 3
    # its sentences in each article are its provenance
    assert {text.rsplit("(", 1)[1] for field, text in network.nodes[ha]["details"] if field == "Source"} == {
        "dai-hoi-dang-bo-phuong-an-hoa.txt)", "hoi-nghi-so-ket-phuong-an-hoa.txt)", "trao-quyet-dinh-can-bo-phuong-an-hoa.txt)"}


def test_namesakes_kept_apart_stay_two_nodes(examples_out):
    network = graph_from_rdf(read_graph(examples_out))
    assert len(find_nodes(network, "Nguyễn Văn Sơn")) == 2


def test_a_graph_without_identities_is_drawn_as_it_is(examples_out):
    rdf = read_graph(examples_out)
    without = Graph()
    for s, p, o in rdf:
        if p != OWL.sameAs:
            without.add((s, p, o))
    assert one_node_per_person(without) is without
    assert len(one_node_per_person(rdf)) < len(rdf)


def test_the_python_api_gives_each_person_once(examples_out):
    with kg.ArticleStore(examples_out / "store", read_only=True) as store:
        rows = kg.ask(store, "persons").rows
    who_by_name = {}
    for name, _, articles, who in rows:
        who_by_name.setdefault(name.value, []).append((who.value, sorted(articles.value.split())))
    [(_, ha_articles)] = who_by_name["Lê Thị Thu Hà"]
    assert ha_articles == ["dai-hoi-dang-bo-phuong-an-hoa.txt", "hoi-nghi-so-ket-phuong-an-hoa.txt",
                           "trao-quyet-dinh-can-bo-phuong-an-hoa.txt"]
    assert len(who_by_name["Nguyễn Văn Sơn"]) == 2  # two men, told apart by who


def test_an_identity_has_a_person_type_and_a_name(examples_out):
    rdf = one_node_per_person(read_graph(examples_out))
    assert all((person, FOAF.name, None) in rdf for person in rdf.subjects(RDF.type, FOAF.Person))
