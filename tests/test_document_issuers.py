"""Who issued a document, read from the words after its code (invented sentences)."""
from __future__ import annotations

from datetime import date

from kg.extract import extract_all
from kg.model import RawDocument
from kg.normalize import normalize


def issuers(text: str) -> list[tuple]:
    facts = extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text)))
    return [(d.code, d.issuer.name if d.issuer else None, d.issued) for d in facts.documents]


def test_a_document_signed_by_the_head_of_a_body_is_the_bodys():
    got = issuers("Các xã thực hiện Chỉ thị số 09/CT-UBND ngày 3/8/2021 của Chủ tịch UBND tỉnh Lào Cai về phòng dịch.")
    assert got == [("09/CT-UBND", "Ủy ban nhân dân tỉnh Lào Cai", date(2021, 8, 3))]


def test_issuer_after_a_date_written_in_words():
    got = issuers("Thực hiện Kế hoạch số 310/KH-UBND ngày 12 tháng 11 năm 2019 của UBND huyện Tân Lâm về hội nghị.")
    assert got == [("310/KH-UBND", "Ủy ban nhân dân huyện Tân Lâm", date(2019, 11, 12))]


def test_the_central_committees_office_by_its_own_name():
    got = issuers("Căn cứ văn bản số 412-CV/VPTW ngày 2/6/2016 của Văn phòng Trung ương Đảng, tỉnh đã giới thiệu nhân sự.")
    assert got == [("412-CV/VPTW", "Văn phòng Trung ương Đảng", date(2016, 6, 2))]
