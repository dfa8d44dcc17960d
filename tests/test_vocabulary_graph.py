"""The vocabulary graph: concepts (roles, kinds, event kinds, document types) are written once per
build, not in every article's graph; graph.ttl still answers the users' queries, and the graph
holds exactly what the stored articles use, however they were built."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal

from kg.graph import article_ntriples, facts_to_ntriples
from kg.builder.run import build
from kg.store import ArticleStore
from kg.vocab import SKOS, VOCABULARY_GRAPH
from helpers import facts, view_triples_of, write_articles

ONE = ("Đồng chí Hà Văn Lâm, Bí thư Đảng ủy xã Tân Lộc Mới chủ trì Hội nghị sơ kết Chỉ thị số 12-CT/TW.\n"
       "Đồng chí Đỗ Thị Quế, Phó Chủ tịch UBND xã Tân Lộc Mới dự hội nghị.\n")
TWO = "Đồng chí Lò Văn Sểnh, Bí thư Đảng ủy xã Nậm Khao Mới phát biểu tại hội nghị.\n"
ROLE_LABEL = '<http://www.w3.org/2004/02/skos/core#prefLabel> "Phó Chủ tịch"@vi'
POSTS = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name ?role WHERE { ?p foaf:name ?name ; org:holds ?post . ?post org:role ?r . ?r skos:prefLabel ?role }"""


def test_an_article_graph_points_at_concepts_the_vocabulary_describes():
    article, vocabulary = article_ntriples(facts(ONE, name="a.txt"))
    assert "/resource/role/" in article  # org:role points at the concept ...
    assert ROLE_LABEL not in article and ROLE_LABEL in vocabulary  # ... described in the vocabulary
    assert "notation" not in article and '"government"' in vocabulary
    assert all(line.startswith("<https://w3id.org/vnkg/resource/") and "/resource/person/" not in line.split()[0]
               for line in vocabulary.splitlines())
    # standing alone (kg.graph.facts_to_graph, a one-article check), the article carries its vocabulary
    assert sorted(facts_to_ntriples(facts(ONE, name="a.txt")).splitlines()) == sorted((article + vocabulary).splitlines())


def test_inverse_links_are_not_written():
    article, _ = article_ntriples(facts(ONE, name="a.txt"))
    for inverse in ("org#heldBy", "org#hasPost", "org#hasSubOrganization"):
        assert inverse not in article
    assert "org#holds" in article and "org#postIn" in article


def _query(out: Path, sparql: str) -> set[tuple]:
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return {tuple(row[v].value for v in ("name", "role")) for row in store.query(sparql)}


def test_a_build_writes_each_concept_once_and_graph_ttl_answers_with_it(tmp_path):
    folder = write_articles(tmp_path / "in", {"one.txt": ONE, "two.txt": TWO})
    build([folder], tmp_path / "out", view=False)
    assert ("Đỗ Thị Quế", "Phó Chủ tịch") in _query(tmp_path / "out", POSTS)
    assert ("Lò Văn Sểnh", "Bí thư") in _query(tmp_path / "out", POSTS)
    with ArticleStore(tmp_path / "out" / "store", read_only=True) as store:
        in_graph = [str(t) for t in store.article_triples(str(VOCABULARY_GRAPH))]
        labels = [t for t in in_graph if t.endswith('"Bí thư"@vi') and "/role/" in t]
        assert len(labels) == 1  # two articles use the role, the vocabulary holds it once
        articles = [graph for graph in store.articles() if "/article/" in graph]
        assert len(articles) == 2
        assert not any("/resource/role/" in str(t.subject) for graph in articles for t in store.article_triples(graph))


def test_the_vocabulary_holds_what_the_stored_articles_use_as_a_fresh_build_does(tmp_path):
    folder = write_articles(tmp_path / "in", {"one.txt": ONE, "two.txt": TWO})
    build([folder], tmp_path / "out", view=False)
    (folder / "one.txt").write_text(TWO.replace("Lò Văn Sểnh", "Vì Văn Pọm"), encoding="utf-8")  # no Phó Chủ tịch left
    build([folder], tmp_path / "out", view=False)
    build([folder], tmp_path / "fresh", view=False)
    for out in ("out", "fresh"):
        assert not any(role == "Phó Chủ tịch" for _, role in _query(tmp_path / out, POSTS))
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()
    assert (tmp_path / "out" / "graph.trig").read_bytes() == (tmp_path / "fresh" / "graph.trig").read_bytes()


def test_the_view_gets_the_labels_of_the_concepts_its_articles_use(tmp_path):
    folder = write_articles(tmp_path / "in", {"one.txt": ONE})
    build([folder], tmp_path / "out", view=False)
    triples, drawn, total = view_triples_of(tmp_path / "out")
    assert (drawn, total) == (1, 1)
    assert (SKOS.prefLabel, Literal("Phó Chủ tịch", lang="vi")) in {(p, o) for _, p, o in triples}
