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


def test_documents_listed_one_a_line_after_a_speech_are_taken_up_and_a_line_after_them_is_not():
    text = ("Sáng 9/6/2021, Huyện ủy Tân An tổ chức hội nghị quán triệt các văn bản của Trung ương.\n"
            "Đồng chí Lê Văn Minh, Trưởng Ban Tuyên giáo Huyện ủy quán triệt các văn bản sau\n"
            "- Nghị quyết số 41-NQ/TW ngày 10/3/2021 của Bộ Chính trị về công tác cán bộ;\n"
            "- Chỉ thị 07-CT/TW ngày 2/4/2021 của Ban Bí thư về công tác tuyên truyền.\n"
            "Năm 2020, huyện đã thực hiện tốt Kết luận 15-KL/TU của Tỉnh ủy.")
    assert event_documents(text) == [(date(2021, 6, 9), ["41-NQ/TW", "07-CT/TW"])]


def test_a_document_opening_a_line_with_no_speech_before_it_is_not_taken_up():
    text = ("Sáng 9/6/2021, Huyện ủy Tân An tổ chức hội nghị sơ kết công tác quý II.\n"
            "Năm 2020, huyện có nhiều chuyển biến trong công tác cán bộ.\n"
            "Nghị quyết số 41-NQ/TW của Bộ Chính trị đã được huyện triển khai từ năm trước.")
    assert event_documents(text) == [(date(2021, 6, 9), [])]


def test_a_sitting_of_an_inspection_committee_takes_up_the_rules_its_article_finds_broken():
    text = ("Ngày 14/9/2022, Ủy ban Kiểm tra Tỉnh ủy Tân An đã họp Kỳ họp thứ 21.\n"
            "Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với ông Lê Văn Bình, "
            "nguyên Giám đốc Sở Xây dựng tỉnh Tân An.\n"
            "Ông Lê Văn Bình đã vi phạm Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những "
            "điều đảng viên không được làm.")
    assert event_documents(text) == [(date(2022, 9, 14), ["37-QĐ/TW"])]


def test_a_conference_of_another_body_does_not_take_up_documents_cited_after_it():
    text = ("Ngày 14/9/2022, Huyện ủy Tân An tổ chức hội nghị sơ kết công tác quý III.\n"
            "Năm qua, một số đảng viên đã vi phạm Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.")
    assert event_documents(text) == [(date(2022, 9, 14), [])]
