"""Who issued a document, read from the words after its code (invented sentences)."""
from __future__ import annotations

from datetime import date

from kg.graph import facts_to_graph
from kg.vocab import RDF, SDO
from helpers import facts


def issuers(text: str) -> list[tuple]:
    return [(d.code, d.issuer.name if d.issuer else None, d.issued) for d in facts(text).documents]


def test_a_document_signed_by_the_head_of_a_body_is_the_bodys():
    got = issuers("Các xã thực hiện Chỉ thị số 09/CT-UBND ngày 3/8/2021 của Chủ tịch UBND tỉnh Lào Cai về phòng dịch.")
    assert got == [("09/CT-UBND", "Ủy ban nhân dân tỉnh Lào Cai", date(2021, 8, 3))]


def test_issuer_after_a_date_written_in_words():
    got = issuers("Thực hiện Kế hoạch số 310/KH-UBND ngày 12 tháng 11 năm 2019 của UBND huyện Tân Lâm về hội nghị.")
    assert got == [("310/KH-UBND", "Ủy ban nhân dân huyện Tân Lâm", date(2019, 11, 12))]


def test_the_central_committees_office_by_its_own_name():
    got = issuers("Căn cứ văn bản số 412-CV/VPTW ngày 2/6/2016 của Văn phòng Trung ương Đảng, tỉnh đã giới thiệu nhân sự.")
    assert got == [("412-CV/VPTW", "Văn phòng Trung ương Đảng", date(2016, 6, 2))]


def test_a_party_code_written_in_the_states_form_is_the_party_code():
    got = issuers("Thành ủy tổng kết việc thực hiện Chỉ thị số 07/CT-TW của Bộ Chính trị và Chỉ thị 07-CT/TW.")
    assert {code for code, _, _ in got} == {"07-CT/TW"}


def test_a_code_cited_again_is_the_document_the_article_dated():
    got = issuers("Quán triệt Chỉ thị số 21-CT/TW ngày 14/6/2024 của Bộ Chính trị. Các chi bộ thực hiện Chỉ thị 21-CT/TW.")
    assert [d for _, _, d in got] == [date(2024, 6, 14), date(2024, 6, 14)]


def documents_in_graph(text: str, name: str = "a.txt") -> set:
    return set(facts_to_graph(facts(text, name=name)).subjects(RDF.type, SDO.Legislation))


def test_party_codes_of_two_terms_are_two_documents_in_the_graph():
    old = documents_in_graph("Quán triệt Chỉ thị số 21-CT/TW ngày 30/5/2019 của Bộ Chính trị.")
    new = documents_in_graph("Quán triệt Chỉ thị số 21-CT/TW ngày 14/6/2024 của Bộ Chính trị.")
    undated = documents_in_graph("Quán triệt Chỉ thị số 21-CT/TW của Bộ Chính trị.")
    assert len(old) == len(new) == len(undated) == 1
    assert len(old | new | undated) == 3
    dated = documents_in_graph("Thực hiện Quyết định số 12/QĐ-UBND ngày 14/6/2024 của Ủy ban nhân dân tỉnh.")
    assert dated == documents_in_graph("Thực hiện Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh.", "b.txt")
