"""Which documents an event took up (kg.extract.event_documents), on invented articles."""
from __future__ import annotations

from datetime import date

from helpers import facts


def event_documents(text: str, published: date | None = None) -> list[tuple]:
    return [(e.date, [d.code for d in e.documents]) for e in facts(text, published).events]


def test_the_plan_for_holding_the_event_is_its_document():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 12/11/2019 của UBND huyện Tân An về việc tổ chức Hội nghị điển "
            "hình tiên tiến lần thứ IV.\nSáng 4/3/2020, UBND huyện Tân An tổ chức Hội nghị điển hình tiên tiến.")
    assert event_documents(text) == [(date(2020, 3, 4), ["25/KH-UBND"])]


def test_a_document_carried_out_in_another_clause_than_the_event_is_not_its_document():
    text = ("Thực hiện Quy chế phối hợp số 01/QC-HĐND ngày 14/3/2022 về phối hợp công tác giai đoạn 2021 - 2026, "
            "trên cơ sở đề nghị của Chủ tịch UBND quận về việc tổ chức kỳ họp chuyên đề.\n"
            "Sáng 29/3/2024, HĐND quận Tân An tổ chức kỳ họp chuyên đề.")
    assert event_documents(text) == [(date(2024, 3, 29), [])]


def test_a_speech_and_a_list_of_documents_go_on_through_their_paragraph():
    text = ("Sáng 4/3/2020, Huyện ủy Tân An tổ chức hội nghị sơ kết công tác năm.\n"
            "Phát biểu tại hội nghị, đồng chí Lê Văn Minh, Bí thư Huyện ủy ghi nhận kết quả đạt được. Đồng thời, ông "
            "đề nghị các chi bộ đổi mới sinh hoạt. Chú trọng triển khai Chỉ thị 12-CT/HU của Ban Thường vụ Huyện ủy. "
            "Năm qua, Đảng ủy xã đã thực hiện tốt Chỉ thị 20-CT/HU.\n"
            "Tại hội nghị, các đại biểu đã được quán triệt Nghị quyết số 08-NQ/HU. Kế hoạch số 30-KH/HU của Ban "
            "Thường vụ Huyện ủy về thực hiện Nghị quyết số 08-NQ/HU.\n"
            "Năm 2019, huyện đã thực hiện tốt Chỉ thị 15-CT/HU về dân vận. Đồng chí Trần Văn Hòa được khen "
            "thưởng. Huyện triển khai Kế hoạch 40-KH/HU.")
    assert event_documents(text) == [(date(2020, 3, 4), ["12-CT/HU", "08-NQ/HU", "30-KH/HU"])]


def test_a_clause_that_opens_with_the_event_as_subject_or_setting_cites_its_documents():
    text = ("Sáng 5/5/2023, Huyện ủy Tân An tổ chức hội nghị học tập chuyên đề năm 2023.\n"
            "Theo đó, hội nghị đã quán triệt Chỉ thị số 23-CT/TW của Ban Bí thư về công tác tuyên truyền.\n"
            "Nội dung hội nghị còn gồm Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.")
    assert event_documents(text) == [(date(2023, 5, 5), ["23-CT/TW", "21-KL/TW"])]


def test_an_event_of_the_family_named_inside_a_clause_or_by_its_own_name_cites_nothing_of_this_one():
    text = ("Sáng 5/5/2023, Huyện ủy Tân An tổ chức hội nghị học tập chuyên đề năm 2023.\n"
            "Đến nay, 12/12 chi bộ trực thuộc đã hoàn thành hội nghị sơ kết theo Kế hoạch số 40-KH/HU.\n"
            "Hội nghị Trung ương 8 khóa XIII đã ban hành Nghị quyết số 44-NQ/TW.\n"
            "Theo đó, hội nghị sẽ được tổ chức lại để triển khai Quy định số 144-QĐ/TW.")
    assert event_documents(text) == [(date(2023, 5, 5), [])]
