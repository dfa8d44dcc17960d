"""Bodies the genre names in full: the Party, central bodies, merged provinces, numbered and listed
units (second round of body rules), on invented sentences."""
from __future__ import annotations

from kg.extract import extract_all
from kg.graph import facts_to_graph
from kg.model import RawDocument
from kg.normalize import normalize
from kg.vocab import ORG, RDF, SKOS


def facts(text: str):
    return extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text)))


def names(text: str) -> set[str]:
    graph = facts_to_graph(facts(text))
    return {str(graph.value(node, SKOS.prefLabel)) for node in graph.subjects(RDF.type, ORG.Organization)}


def posts(text: str):
    return {p.name: [(post.role, post.body.name if post.body else None) for post in p.posts]
            for p in facts(text).persons}


def test_the_party_named_in_an_anniversary_is_a_body():
    got = names("Nhân kỷ niệm 99 năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng ủy xã Tân Lâm tổ chức gặp mặt.")
    assert "Đảng Cộng sản Việt Nam" in got and "Đảng ủy xã Tân Lâm" in got


def test_a_province_named_with_a_dash_is_one_place_however_the_dash_is_spaced():
    text = ("Đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu, dự buổi lễ cùng đại diện "
            "UBND tỉnh Bà Rịa – Vũng Tàu.")
    got = names(text)
    assert {"Tỉnh ủy Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"} <= got
    assert "Tỉnh ủy Bà Rịa" not in got
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư", "Tỉnh ủy Bà Rịa - Vũng Tàu")]
