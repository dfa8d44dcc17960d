"""The embedded store: one named graph per article, replaced not duplicated, dumped by streaming
(on the small well-formed graphs of ``helpers.article_graph``)."""
from __future__ import annotations


import pytest
import rdflib
import rdflib.compare
from rdflib import BNode, Literal, URIRef

import kg.store
from kg.export import GraphPiece, graph_piece, write_graph_files
from kg.store import ArticleStore
from kg.vocab import FOAF, ORG, RES, SKOS
from helpers import gold_files, gold_graph
from samples import article_graph, article_iri, digest

@pytest.fixture
def store(tmp_path):
    with ArticleStore(tmp_path / "store") as s:
        s.replace_article(article_iri("a1"), article_graph("a1"))
        s.replace_article(article_iri("a2"), article_graph("a2", person="Lê Thị Mẫu", role="Phó Bí thư", date="2023-05-06"))
        yield s


def test_articles_are_named_graphs(store):
    assert store.articles() == [article_iri("a1"), article_iri("a2")]
    # The union counts a triple both articles state (the shared body, its kind) once.
    union = article_graph("a1") + article_graph("a2", person="Lê Thị Mẫu", role="Phó Bí thư", date="2023-05-06")
    assert len(store) == len(union)
    assert sum(1 for _ in store.article_triples(article_iri("a1"))) == len(article_graph("a1"))


def test_replacing_an_article_never_duplicates(store):
    before = len(store)
    store.replace_article(article_iri("a1"), article_graph("a1"))
    store.replace_article(article_iri("a1"), article_graph("a1"))
    assert len(store) == before


def test_replacing_an_article_drops_its_old_facts(store):
    store.replace_article(article_iri("a1"), article_graph("a1", person="Phạm Văn Mới"))
    names = {str(r["n"].value) for r in store.query("SELECT DISTINCT ?n WHERE { ?p foaf:name ?n }")}
    assert names == {"Phạm Văn Mới", "Lê Thị Mẫu"}


def test_failed_replace_keeps_the_old_graph(store):
    class TruncatedGraph(rdflib.Graph):
        """A graph whose N-Triples stop mid-statement, as if writing them had failed half-way."""

        def serialize(self, *args, **kwargs):
            return super().serialize(*args, **kwargs) + "<https://example.org/s> <https://example.org/p> ".encode()

    before = len(store)
    broken = TruncatedGraph()
    broken += article_graph("a1", person="Phạm Văn Mới")
    with pytest.raises(SyntaxError):
        store.replace_article(article_iri("a1"), broken)
    # The drop and the insert are one update: the failed insert left the old graph whole.
    assert len(store) == before
    names = {str(r["n"].value) for r in store.query("SELECT DISTINCT ?n WHERE { ?p foaf:name ?n }")}
    assert names == {"Trần Văn Thử", "Lê Thị Mẫu"}


def test_article_name_must_be_an_iri(store):
    with pytest.raises(ValueError):
        store.replace_article("not an iri", article_graph("a3"))


def test_queries_see_the_union_of_articles(store):
    rows = list(store.query("SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name"))
    assert [r["name"].value for r in rows] == ["Lê Thị Mẫu", "Trần Văn Thử"]


def test_bindings_are_literals_not_query_text(store):
    query = "SELECT ?wanted ?p WHERE { ?p foaf:name ?n FILTER(STR(?n) = ?wanted) }"
    assert [r["p"].value for r in store.query(query, {"wanted": "Lê Thị Mẫu"})] == [str(RES[f"person/{digest('Lê Thị Mẫu')}"])]
    # A value that would change the query if it were pasted in stays a harmless string.
    injection = 'x") || true || ("'
    assert list(store.query(query, {"wanted": injection})) == []


def stored_pieces(store: ArticleStore) -> list[GraphPiece]:
    """Each named graph of the store as a piece of the dataset files (a build makes them as it stores)."""
    return [graph_piece(graph, "".join(f"{triple} .\n" for triple in store.article_triples(graph)))
            for graph in store.articles()]


def test_graph_ttl_holds_every_graph_s_triples_and_trig_keeps_graphs(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    write_graph_files(stored_pieces(store), out / "graph.ttl", out / "graph.trig", out / "graph.jsonld")
    union = rdflib.Graph().parse(out / "graph.ttl")
    both = article_graph("a1") + article_graph("a2", person="Lê Thị Mẫu", role="Phó Bí thư", date="2023-05-06")
    # Blank nodes differ between stores: compare the triples without them.
    ground = {t for t in both if not any(isinstance(x, BNode) for x in t)}
    assert {t for t in union if not any(isinstance(x, BNode) for x in t)} == ground

    dataset = rdflib.Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {article_iri("a1"), article_iri("a2")}
    assert len(dataset.graph(URIRef(article_iri("a1")))) == len(article_graph("a1"))
    assert not list(out.glob("*.part"))


@pytest.mark.parametrize("format, rdflib_format", [("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_files_hold_each_article_graph_and_no_union(store, tmp_path, format, rdflib_format):
    with_blank_node = article_graph("a3")
    with_blank_node.add((BNode(), SKOS.note, Literal("một ghi chú")))
    store.replace_article(article_iri("a3"), with_blank_node)
    write_graph_files(stored_pieces(store), tmp_path / "graph.ttl", tmp_path / "graph.trig", tmp_path / "graph.jsonld")
    dataset = rdflib.Dataset()
    dataset.parse(tmp_path / f"graph.{format}", format=rdflib_format)
    graphs = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    assert set(graphs) == {article_iri("a1"), article_iri("a2"), article_iri("a3")}  # no default graph
    assert rdflib.compare.isomorphic(graphs[article_iri("a3")], with_blank_node)


def test_store_persists_and_opens_read_only(tmp_path):
    with ArticleStore(tmp_path / "s") as s:
        s.replace_article(article_iri("a1"), article_graph("a1"))
    with ArticleStore(tmp_path / "s", read_only=True) as s:
        assert s.articles() == [article_iri("a1")]
        assert len(s) == len(article_graph("a1"))


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(FileNotFoundError, match="no store"):
        ArticleStore(tmp_path / "missing", read_only=True)


def test_gold_graphs_round_trip(tmp_path):
    """A store of the gold graphs answers like rdflib over the same triples."""
    merged = rdflib.Graph()
    with ArticleStore(tmp_path / "s") as s:
        for path in gold_files("seeds"):
            graph = gold_graph(path)
            s.replace_article(article_iri(path.stem), graph)
            merged += graph
        query = "SELECT DISTINCT ?name ?role WHERE { ?p foaf:name ?name ; org:holds/org:role/skos:prefLabel ?role }"
        ours = {(r["name"].value, r["role"].value) for r in s.query(query)}
    theirs = {(str(n), str(r)) for n, r in merged.query(query, initNs={"foaf": FOAF, "org": ORG, "skos": SKOS})}
    assert ours == theirs and ours


def test_union_keeps_a_shared_triple_until_no_article_states_it(store):
    body_label = "SELECT ?b WHERE { ?b skos:prefLabel ?l FILTER(STR(?l) = \"Đảng ủy xã Hòa Thử\") }"
    assert len(list(store.query(body_label))) == 1  # stated by both articles, in the union once
    store.write_graph(article_iri("a1"), [])  # emptied, as a build empties a graph
    assert len(list(store.query(body_label))) == 1
    assert store.articles() == [article_iri("a2")]
    store.replace_article(article_iri("a2"), article_graph("a2", body="Đảng ủy xã Khác"))
    assert list(store.query(body_label)) == []
    # What remains is exactly the one article, blank nodes (the membership's interval) included.
    assert len(store) == len(article_graph("a2", body="Đảng ủy xã Khác"))
    instants = "SELECT ?d WHERE { ?m org:memberDuring/time:inside/time:inXSDDate ?d }"
    assert [r["d"].value for r in store.query(instants)] == ["2023-04-05"]


@pytest.mark.slow  # writes a large graph in batches
def test_a_graph_written_in_batches_ends_as_one_replaced_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.store, "GRAPH_BATCH", 3)  # every graph here takes several batches
    name = str(RES["graph/identity/test"])

    def named(store: ArticleStore) -> tuple[int, list[str]]:
        return len(store), sorted(str(t) for t in store.triples() if "_:" not in str(t))

    with ArticleStore(tmp_path / "pieces") as pieces, ArticleStore(tmp_path / "whole") as whole:
        for s in (pieces, whole):
            s.replace_article(article_iri("a2"), article_graph("a2"))
        # the second graph drops the body a2 also states: it must stay in the union
        for graph in (article_graph("a1"), article_graph("a1", body="Đảng ủy xã Khác")):
            pieces.write_graph(name, graph.serialize(format="nt").splitlines(keepends=True))
            whole.replace_article(name, graph)
            assert named(pieces) == named(whole)
            assert pieces.articles() == whole.articles()
        pieces.write_graph(name, [])
        whole.replace_article(name, "")  # made to hold nothing
        assert named(pieces) == named(whole)
        assert pieces.articles() == whole.articles() == [article_iri("a2")]


def _without_blank_nodes(graph: rdflib.Graph) -> str:
    return "".join(line for line in graph.serialize(format="nt").splitlines(keepends=True) if "_:" not in line)


def test_a_graph_replaced_by_its_difference_ends_as_one_replaced_whole(tmp_path, monkeypatch):
    name = str(RES["graph/identity/test"])

    def union(store: ArticleStore) -> list[str]:
        return sorted(str(t) for t in store.triples() if "_:" not in str(t))

    with ArticleStore(tmp_path / "changed") as changed, ArticleStore(tmp_path / "whole") as whole:
        for s in (changed, whole):
            s.replace_article(article_iri("a2"), article_graph("a2"))
            s.replace_article(name, _without_blank_nodes(article_graph("a1")))
        # the second graph drops the body a2 also states (it stays in the union) and a1's
        # person (it leaves the union); the third is the second again; the last is empty
        other_body = _without_blank_nodes(article_graph("a1", person="Phạm Văn Mới", body="Đảng ủy xã Khác"))
        for text in (other_body, other_body, ""):
            assert changed.replace_graph(name, text)
            if text:
                whole.replace_article(name, text)
            else:
                whole.write_graph(name, [])
            assert union(changed) == union(whole)
            assert changed.articles() == whole.articles()
            assert sorted(map(str, changed.article_triples(name))) == sorted(map(str, whole.article_triples(name)))
        assert changed.articles() == [article_iri("a2")]

        changed.replace_graph(name, other_body)
        monkeypatch.setattr(kg.store, "GRAPH_BATCH", 3)  # too many triples stored to compare: left alone
        assert not changed.replace_graph(name, "")
        assert len(list(changed.article_triples(name))) == len(other_body.splitlines())
