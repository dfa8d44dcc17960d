"""kg.extract.documents: codes in every written form, implied codes, issuer, date of issue, title."""
from __future__ import annotations

from datetime import date

import pytest

from kg.facts import extract_all
from kg.extract.documents import extract_documents, normalize_code
from helpers import article, facts


def docs(text: str) -> list[tuple]:
    """(code, type, number, issuer's canonical name, date of issue) of every document, resolved."""
    facts = extract_all(article(text))
    return [(d.code, d.type, d.number, d.issuer.name if d.issuer else None, d.issued) for d in facts.documents]


@pytest.mark.parametrize("sentence, code, doc_type, number", [
    ("Đảng ủy quán triệt Chỉ thị số 05-CT/TW trong toàn Đảng bộ.", "05-CT/TW", "Chỉ thị", "05"),
    ("Đảng ủy triển khai Chỉ thị 17- CT/TU đến các chi bộ.", "17-CT/TU", "Chỉ thị", "17"),
    ("Đảng ủy triển khai Chỉ thị số 17 -CT/TU đến các chi bộ.", "17-CT/TU", "Chỉ thị", "17"),
    ("Các chi bộ thực hiện Kết luận 01-KL/TW nghiêm túc.", "01-KL/TW", "Kết luận", "01"),
    ("Thực hiện Hướng dẫn số 12-HD/BTCTW, các chi bộ rà soát.", "12-HD/BTCTW", "Hướng dẫn", "12"),
    ("Đảng ủy quán triệt Quy định 37-QĐi/TW tới đảng viên.", "37-QĐi/TW", "Quy định", "37"),
    ("Căn cứ Nghị định 15/2020/NĐ-CP, phường đã xử lý.", "15/2020/NĐ-CP", "Nghị định", "15"),
    ("UBND phường ban hành Quyết định số 123/QĐ-UBND để thành lập tổ công tác.", "123/QĐ-UBND", "Quyết định", "123"),
    ("Các chi bộ thực hiện Nghị quyết số 09-NQ/ĐU của Đảng ủy phường.", "09-NQ/ĐU", "Nghị quyết", "09"),
])
def test_codes_in_their_written_forms(sentence, code, doc_type, number):
    found = extract_documents(article(sentence))
    assert [(d.code, d.type, d.number) for d in found] == [(code, doc_type, number)]


def test_code_without_a_type_word_takes_the_type_of_the_code():
    found = extract_documents(article("Thực hiện 05-CT/TW, chi bộ đã rà soát."))
    assert [(d.code, d.type) for d in found] == [("05-CT/TW", "Chỉ thị")]


def test_normalize_code():
    assert normalize_code("17- CT/TU") == "17-CT/TU"
    assert normalize_code("15 / 2020 / NĐ - CP") == "15/2020/NĐ-CP"


def test_counts_and_dates_are_not_codes():
    found = extract_documents(article("Phường đạt 12/14 chỉ tiêu; ngày 11/5/2022 đã kiểm tra 3/5 chi bộ."))
    assert found == []


@pytest.mark.parametrize("sentence, code, issuer", [
    ("Thực hiện Kết luận số 02 của Ban Bí thư, phường đã làm tốt.", "02-KL/TW", "Ban Bí thư"),
    ("Học tập Chỉ thị 05 của Bộ Chính trị là nhiệm vụ thường xuyên.", "05-CT/TW", "Bộ Chính trị"),
    ("Triển khai Chỉ thị 06 của Ban Thường vụ Tỉnh ủy, xã đã làm tốt.", "06-CT/TU", "Ban Thường vụ Tỉnh ủy"),
    ("Thực hiện Nghị quyết số 03 của Huyện ủy, xã đã làm tốt.", "03-NQ/HU", "Huyện ủy"),
])
def test_implied_codes(sentence, code, issuer):
    assert [(d[0], d[3]) for d in docs(sentence)] == [(code, issuer)]


def test_number_without_issuer_has_no_code():
    found = docs("Thực hiện Chỉ thị 36 về phòng chống ma túy, phường đã làm tốt.")
    assert [(d[0], d[1], d[2]) for d in found] == [(None, "Chỉ thị", "36")]


def test_named_resolution_has_no_code_but_a_title():
    found = extract_all(article("Các chi bộ quán triệt Nghị quyết Đại hội XIII của Đảng.")).documents
    assert [(d.code, d.type, d.title) for d in found] == [(None, "Nghị quyết", "Nghị quyết Đại hội XIII của Đảng")]


def test_issuer_date_and_title():
    text = "Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo gương Bác."
    (doc,) = extract_all(article(text)).documents
    assert (doc.code, doc.issuer.name, doc.issued, doc.title) == (
        "05-CT/TW", "Bộ Chính trị", date(2016, 5, 15), "đẩy mạnh học tập và làm theo gương Bác")


def test_issuer_standing_committee_and_date():
    found = docs("Đảng ủy triển khai Chỉ thị 17- CT/TU ngày 13/10/2021 của Ban Thường vụ Tỉnh ủy.")
    assert found == [("17-CT/TU", "Chỉ thị", "17", "Ban Thường vụ Tỉnh ủy", date(2021, 10, 13))]


def test_issuer_from_a_department_suffix():
    found = docs("Thực hiện Hướng dẫn số 12-HD/BTCTW, các chi bộ rà soát.")
    assert found == [("12-HD/BTCTW", "Hướng dẫn", "12", "Ban Tổ chức Trung ương", None)]


def test_state_decree_with_government_issuer():
    found = docs("Căn cứ Nghị định 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ, phường xử lý vi phạm.")
    assert found == [("15/2020/NĐ-CP", "Nghị định", "15", "Chính phủ", date(2020, 2, 3))]


def test_date_of_issue_without_year_is_not_guessed():
    found = docs("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5 của Bộ Chính trị.")
    assert found == [("05-CT/TW", "Chỉ thị", "05", "Bộ Chính trị", None)]


def test_documents_in_order_of_the_text():
    found = docs("Quán triệt Kết luận 01-KL/TW và Chỉ thị số 05-CT/TW của Bộ Chính trị.")
    assert [d[0] for d in found] == ["01-KL/TW", "05-CT/TW"]


def test_document_span_covers_surface():
    a = article("Theo đó, Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị được quán triệt.")
    (doc,) = extract_documents(a)
    assert doc.surface == "Chỉ thị số 05-CT/TW"
    assert a.text[doc.span.start:].startswith("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị")


def by_code(text: str, published: date | None = None) -> dict:
    return {d.code: d for d in facts(text, published).documents if d.code}


def test_same_day_takes_the_date_of_the_document_before():
    found = by_code("Đồng chí An công bố Quyết định số 15-QĐ/TU ngày 3/5/2023 và Quyết định số 16-QĐ/TU "
                    "cùng ngày của Ban Thường vụ Tỉnh ủy về công tác cán bộ.")
    assert found["16-QĐ/TU"].issued == date(2023, 5, 3)
    assert found["16-QĐ/TU"].issuer.name.startswith("Ban Thường vụ Tỉnh ủy")


def test_passive_agent_issues_the_decision_cited_with_theo():
    found = by_code("Ông Trần Văn Bình được Ban Thường vụ Thành ủy điều động giữ chức Bí thư Đảng ủy phường "
                    "theo Quyết định số 88-QĐ/TU.")
    assert found["88-QĐ/TU"].issuer.name.startswith("Ban Thường vụ Thành ủy")


def test_issuer_as_subject_dates_the_document_by_the_sentence_opening():
    found = by_code("Trước đó, ngày 14/5/2024, Ban Bí thư đã ban hành Chỉ thị số 37-CT/TW về công tác dân vận.")
    assert found["37-CT/TW"].issuer.name == "Ban Bí thư"
    assert found["37-CT/TW"].issued == date(2024, 5, 14)


def test_the_issuer_after_a_list_of_codes_is_every_codes_issuer():
    got = docs("Hội nghị quán triệt các Quy định số 296-QĐ/TW, 294-QĐ/TW và 300-QĐ/TW của Ban Chấp hành Trung ương.")
    assert [(code, issuer) for code, _, _, issuer, _ in got] == [
        ("296-QĐ/TW", "Ban Chấp hành Trung ương"), ("294-QĐ/TW", "Ban Chấp hành Trung ương"),
        ("300-QĐ/TW", "Ban Chấp hành Trung ương")]


def test_the_subject_that_issues_a_plan_with_its_province_in_parentheses():
    got = docs("Ngày đăng: 03/09/2023\n\nNgày 1/9, Ban Thường vụ Huyện ủy Yên Lập (Phú Thọ) ban hành Kế hoạch số 87-KH/HU "
               "về công tác dân vận năm 2023.")
    assert got == [("87-KH/HU", "Kế hoạch", "87", "Ban Thường vụ Huyện ủy Yên Lập", date(2023, 9, 1))]


def test_a_headline_in_capitals_gives_its_document_the_date_after_the_code_not_its_event():
    got = facts("XÃ TÂN AN: TỔ CHỨC HỘI NGHỊ SƠ KẾT 9 THÁNG VÀ TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017\n"
                "Sáng ngày 19/9/2025, Đảng ủy xã Tân An tổ chức Hội nghị sơ kết 9 tháng.")
    assert [d.issued for d in got.documents] == [date(2017, 10, 25)]
    assert [e.date for e in got.events] == [date(2025, 9, 19)]


def test_a_capitalized_day_word_on_the_next_line_is_no_date_of_the_document_before_it():
    got = facts("Huyện ủy Tân An triển khai Chỉ thị số 12-CT/HU\nNgày 5/3/2021, Huyện ủy Tân An tổ chức hội nghị.")
    assert [d.issued for d in got.documents] == [None]
    assert [e.date for e in got.events] == [date(2021, 3, 5)]


def test_a_day_word_with_a_date_after_a_number_is_the_date_of_issue_not_a_count_of_days():
    got = facts("Thực hiện Quyết định số 315 ngày 12/4/2019 của Ban Bí thư về thành lập Đoàn kiểm tra, ngày 3/7, "
                "Đoàn kiểm tra đã làm việc với Ban Thường vụ Tỉnh ủy Tân An.")
    assert [(d.code, d.issued, d.title) for d in got.documents] == \
        [("315-QĐ/TW", date(2019, 4, 12), "thành lập Đoàn kiểm tra")]
    assert [e.date for e in got.events] == [date(2019, 7, 3)]


def test_a_count_of_days_after_a_number_is_no_document():
    got = facts("Ban Thường vụ Huyện ủy Tân An ban hành Kế hoạch 6 ngày làm việc của Đoàn kiểm tra.")
    assert got.documents == []
