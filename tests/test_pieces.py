"""The piece of the dataset files written from an article's terms (kg.export.triples_piece) is the
piece Oxigraph's writers make of the same lines (graph_piece), byte for byte."""
from __future__ import annotations

import zlib

import pytest

import kg.export
from kg.export import graph_piece, lines_piece, triples_piece
from kg.graph import article_iri, article_triples
from kg.ntriples import BOOLEAN, DATE, INTEGER, ORG, RDF, SDO, SKOS, en, line, quoted, resource, typed, vi
from helpers import facts

GRAPH = str(article_iri("bai-thu.txt"))
PERSON, POST, EVIDENCE = resource("person/tran-van-an-1a2b3c4d"), resource("post/bi-thu--x"), resource("evidence/a/0-9")


def _same_as_oxigraph(triples: list[tuple[str, str, str]], monkeypatch) -> bool:
    """triples_piece equals graph_piece; whether it wrote the piece itself (no graph_piece call)."""
    triples = sorted(set(triples))
    text = "".join(line(*triple) for triple in triples)
    expected = graph_piece(GRAPH, text)
    calls = []
    monkeypatch.setattr(kg.export, "graph_piece", lambda *args: calls.append(args) or expected)
    piece = triples_piece(GRAPH, triples, text)
    assert zlib.decompress(piece.trig) == zlib.decompress(expected.trig)
    assert zlib.decompress(piece.jsonld) == zlib.decompress(expected.jsonld)
    return not calls


def test_an_article_is_written_without_a_parser(monkeypatch):
    triples, _ = article_triples(facts(
        "Chiều 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị. Đồng chí Trần Văn An, Bí thư Đảng ủy xã, "
        "chủ trì hội nghị. Đồng chí Lê Thị Bình, Phó Bí thư Đảng ủy xã, phát biểu."))
    assert len({s for s, _, _ in triples}) > 5  # subjects with several predicates and objects
    assert _same_as_oxigraph(triples, monkeypatch)


@pytest.mark.parametrize("obj", [
    quoted('a "quoted" \\ back\\slash\nand a new line\r'), vi("Bí thư"), en("the reason"),
    typed("2024-03-12", DATE), typed("42", INTEGER), typed("true", BOOLEAN), typed("https://x.vn/a?b=1", "<https://schema.org/URL>"),
    SKOS.Concept, resource("org/dang-uy-xa-tan-lap"),
])
def test_terms_the_build_writes(obj, monkeypatch):
    triples = [(PERSON, ORG.holds, POST), (PERSON, SKOS.note, obj), (PERSON, RDF.type, SDO.Person), (POST, SKOS.note, obj)]
    assert _same_as_oxigraph(triples, monkeypatch)


@pytest.mark.parametrize("obj", [
    quoted("a\ttab"), quoted("a\x7fdelete"), quoted("a\x01control"), '"Bí thư"@VI', typed("+5", INTEGER),
    typed("007x", INTEGER), typed("1", BOOLEAN), typed("1.5", "<http://www.w3.org/2001/XMLSchema#decimal>"),
    typed("x", "<http://www.w3.org/2001/XMLSchema#string>"), "<http://www.w3.org/ns/org#a/b>",
])
def test_other_terms_are_left_to_oxigraph(obj, monkeypatch):
    triples = [(PERSON, SKOS.note, obj), (PERSON, ORG.holds, POST)]
    assert not _same_as_oxigraph(triples, monkeypatch)


def test_a_vocabulary_subject_is_left_to_oxigraph(monkeypatch):
    assert not _same_as_oxigraph([(SKOS.Concept, SKOS.note, quoted("x")), (PERSON, ORG.holds, POST)], monkeypatch)


def test_lines_are_written_as_their_terms_are():
    lines = [line(PERSON, ORG.holds, POST), line(PERSON, SKOS.note, quoted("a b . c")), line(POST, SKOS.note, vi("x"))]
    text = "".join(reversed(lines))  # unsorted, as a graph's lines may come
    assert lines_piece(GRAPH, text) == graph_piece(GRAPH, text)
    assert lines_piece(GRAPH, "") == graph_piece(GRAPH, "")
