"""Posts in central bodies and in units, on invented sentences: a committee of the National Assembly
stays in the role and Quốc hội is the body, whether linked by ``của`` or not."""
from __future__ import annotations

from kg.extract import extract_all
from kg.model import RawDocument
from kg.normalize import normalize


def posts(text: str) -> dict[str, list[tuple[str, str | None]]]:
    facts = extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text)))
    return {p.name: [(post.role, post.body.name if post.body else None) for post in p.posts] for p in facts.persons}


def test_a_post_in_a_committee_of_the_national_assembly():
    got = posts("Đoàn gồm các đồng chí: Hà Văn Lâm, Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, đại biểu Quốc hội "
                "tỉnh; Lò Thị Mai, Ủy viên Ủy ban Kinh tế và Tài chính Quốc hội; Đào Văn Bình, Phó Chủ nhiệm "
                "Thường trực Ủy ban Pháp luật của Quốc hội.")
    assert got == {"Hà Văn Lâm": [("Phó Chủ nhiệm Ủy ban Đối ngoại", "Quốc hội"), ("Đại biểu Quốc hội", "Quốc hội")],
                   "Lò Thị Mai": [("Ủy viên Ủy ban Kinh tế và Tài chính", "Quốc hội")],
                   "Đào Văn Bình": [("Phó Chủ nhiệm Thường trực Ủy ban Pháp luật", "Quốc hội")]}


def test_a_standing_member_of_a_national_assembly_committee():
    got = posts("Có ông Hà Văn Lâm, Ủy viên Thường trực Ủy ban Các vấn đề xã hội của Quốc hội phát biểu.")
    assert got == {"Hà Văn Lâm": [("Ủy viên Thường trực Ủy ban Các vấn đề xã hội", "Quốc hội")]}
