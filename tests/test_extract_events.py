"""Dates (kg.extract.dates) and reported events (kg.extract.events) on invented articles."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import find_dates, publication_date, reported_year, resolve_date
from kg.model import RawDocument
from kg.normalize import normalize
from helpers import article, facts


def events(text: str, published: date | None = None) -> list[tuple]:
    return [(e.kind, e.date, e.organizer.name if e.organizer else None, e.chairs, sorted(e.attendees),
             e.speakers, [d.code for d in e.documents]) for e in facts(text, published).events]


# --- dates -------------------------------------------------------------------------------------

def only_date(text: str):
    (mention,) = find_dates(text)
    return mention


@pytest.mark.parametrize("text, day, month, year, pod", [
    ("Sáng ngày 11/5, hội nghị", 11, 5, None, "sáng"),
    ("Chiều 07/7 vừa qua", 7, 7, None, "chiều"),
    ("Sáng 28-6, đại hội", 28, 6, None, "sáng"),
    ("ngày 7-4-2015", 7, 4, 2015, None),
    ("ngày 25 tháng 01 năm 2021", 25, 1, 2021, None),
    ("Trong 2 ngày 6 và 7/8, đại hội", 6, 8, None, None),
    ("từ ngày 13 đến 15/10/2015", 13, 10, 2015, None),
    ("Tối 1.9.2023, lễ", 1, 9, 2023, "tối"),
    ("Trưa 12-4, buổi lễ", 12, 4, None, "trưa"),  # every word a date opens with, in either case
    ("ĐÊM 31/12/2023, lễ", 31, 12, 2023, "đêm"),
    ("Hôm nay, ngày 3/4, hội nghị", 3, 4, None, None),
    ("Chiều thứ Sáu (14/6), hội nghị", 14, 6, None, "chiều"),  # a weekday, the date in brackets
    ("Thứ Hai, 3/3/2025, đoàn công tác", 3, 3, 2025, None),
])
def test_find_dates(text, day, month, year, pod):
    m = only_date(text)
    assert (m.day, m.month, m.year, m.part_of_day, m.after_ngay) == (day, month, year, pod, True)


@pytest.mark.parametrize("text", ["ngày 31/2", "đạt 12/14 chỉ tiêu", "tỷ lệ 3.5/10", "số 123/QĐ"])
def test_not_dates(text):
    assert find_dates(text) == []


def test_resolve_date_takes_publication_year():
    assert resolve_date(only_date("Sáng ngày 11/5"), date(2022, 6, 1), None) == date(2022, 5, 11)


def test_resolve_date_year_before_publication_when_later_in_the_year():
    assert resolve_date(only_date("Sáng 25/12"), date(2024, 1, 4), None) == date(2023, 12, 25)


def test_resolve_date_same_day_as_publication():
    assert resolve_date(only_date("Sáng 4/1"), date(2024, 1, 4), None) == date(2024, 1, 4)


def test_resolve_date_reported_year_then_nothing():
    m = only_date("Sáng 25/12")
    assert resolve_date(m, None, 2019) == date(2019, 12, 25)
    assert resolve_date(m, None, None) is None


def test_resolve_date_written_year_wins():
    assert resolve_date(only_date("ngày 7-4-2015"), date(2022, 6, 1), 2019) == date(2015, 4, 7)


def test_reported_year():
    assert reported_year("Trong 6 tháng đầu năm 2021, so với năm 2020, tăng 5%.") == 2021
    assert reported_year("Kết quả công tác 6 tháng đầu năm.") is None


@pytest.mark.parametrize("header, expected", [
    ("Ngày đăng 23/06/2021 | 10:27\nTiêu đề\nNội dung", date(2021, 6, 23)),
    ("Thứ Hai, 04/01/2024 08:00\nNội dung", date(2024, 1, 4)),
    ("Nội dung nhắc ngày 04/01/2024 mà không có giờ", None),
    ("Tiêu đề\nQuy Nhơn, ngày 03/04/2025\nNội dung", date(2025, 4, 3)),
    ("Tiêu đề\nĐà Lạt, 9/11/2024 – Ngày 8/11, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác năm, "
     "đánh giá kết quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi.", date(2024, 11, 9)),
])
def test_publication_date_from_header(header, expected):
    assert publication_date(normalize(RawDocument(name="a", path="a", text=header))) == expected


def test_publication_date_from_reader_wins():
    raw = RawDocument(name="a", path="a", text="Ngày đăng 23/06/2021 | 10:27\nNội dung", published=date(2021, 6, 24))
    assert publication_date(normalize(raw)) == date(2021, 6, 24)


# --- events ------------------------------------------------------------------------------------

WARD_CONFERENCE = (
    "Sáng ngày 11/5, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW "
    "của Bộ Chính trị.\n"
    "Đồng chí Trần Văn An - Quận ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị.\n"
    "Dự hội nghị có đồng chí Lê Thị Bình - UVBTV, Trưởng Ban Tuyên giáo Quận ủy.\n"
    "Đồng chí Phạm Minh Cường, Phó Bí thư Thường trực Đảng ủy phường trình bày báo cáo."
)


def test_conference_date_organizer_people_documents():
    assert events(WARD_CONFERENCE, date(2022, 6, 1)) == [(
        "Hội nghị sơ kết", date(2022, 5, 11), "Đảng ủy phường Hòa Bình", ["Trần Văn An"],
        ["Lê Thị Bình", "Phạm Minh Cường", "Trần Văn An"], ["Phạm Minh Cường"], ["05-CT/TW"])]


def test_event_keeps_part_of_day_and_evidence():
    (event,) = facts(WARD_CONFERENCE, date(2022, 6, 1)).events
    text = facts(WARD_CONFERENCE, date(2022, 6, 1)).article.text
    assert event.part_of_day == "sáng"
    quoted = {text[s.start:s.end] for s in event.evidence}
    assert any("chủ trì" in q for q in quoted) and any("trình bày" in q for q in quoted)


def test_late_december_event_in_january_article():
    got = events("Sáng 25/12, Đảng ủy phường Hòa Bình tổ chức Hội nghị tổng kết công tác năm.\n"
                 "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị.", date(2024, 1, 4))
    assert [(e[0], e[1], e[3]) for e in got] == [("Hội nghị tổng kết", date(2023, 12, 25), ["Trần Văn An"])]


def test_year_from_the_period_reported_on():
    got = events("Sáng 25/12, Đảng ủy phường Hòa Bình tổ chức Hội nghị tổng kết công tác năm 2023.")
    assert [(e[0], e[1]) for e in got] == [("Hội nghị tổng kết", date(2023, 12, 25))]


def test_no_year_anywhere_gives_an_event_without_date():
    # the event is reported; its year is unknown: date None, never a guess, and never a lost event
    got = events("Sáng 25/12, Đảng ủy phường Hòa Bình tổ chức Hội nghị tổng kết công tác.\n"
                 "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị.")
    assert [(e[0], e[1], e[3]) for e in got] == [("Hội nghị tổng kết", None, ["Trần Văn An"])]


def test_multi_day_congress_takes_first_day():
    got = events("Trong 2 ngày 6 và 7/8, Đảng bộ phường Hòa Bình tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ "
                 "2025-2030.\nPhát biểu tại Đại hội, đồng chí Lê Văn Minh - Phó Bí thư Quận ủy nhấn mạnh yêu cầu. "
                 "Tham dự có đồng chí Phạm Thị Hoa - Chủ tịch UBND phường.", date(2025, 8, 10))
    assert got == [("Đại hội đại biểu", date(2025, 8, 6), "Đảng bộ phường Hòa Bình", [],
                    ["Lê Văn Minh", "Phạm Thị Hoa"], ["Lê Văn Minh"], [])]


def test_a_span_of_days_written_as_two_dates_takes_the_year_of_the_last():
    got = events("Từ ngày 20/11 -22/11/2012, Đảng bộ huyện Tân Lạc tổ chức Đại hội đại biểu lần thứ XX.",
                 date(2019, 5, 2))
    assert [e[1] for e in got] == [date(2012, 11, 20)]


def test_congress_term_gives_the_year():
    # FORMAT: "a congress of nhiệm kỳ 2025-2030 is held in 2025"
    got = events("Trong 2 ngày 6 và 7/8, Đảng bộ phường Hòa Bình tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ "
                 "2025-2030.")
    assert [(e[0], e[1]) for e in got] == [("Đại hội đại biểu", date(2025, 8, 6))]


@pytest.mark.parametrize("text", [
    "Ngày 20/9, Đảng ủy phường Hòa Bình sẽ tổ chức Hội nghị sơ kết.",
    "Dự kiến ngày 20/9, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết.",
])
def test_planned_events_are_not_events(text):
    assert events(text, date(2022, 9, 1)) == []


def test_a_plan_word_in_what_a_held_meeting_was_for_does_not_make_it_a_plan():
    got = events("Sáng 14/3, Ban Chấp hành Đảng bộ huyện Tân Lạc đã tổ chức Hội nghị lần thứ 12 để bàn việc triệu tập "
                 "Đại hội, dự kiến số lượng đại biểu và phương án nhân sự.", date(2023, 3, 15))
    assert [e[1] for e in got] == [date(2023, 3, 14)]


def test_a_plan_word_in_a_sentence_that_says_its_meeting_took_place_plans_something_else():
    got = events("Sáng 2/10, hội nghị liên tịch thống nhất dự kiến nội dung kỳ họp thứ 5 HĐND huyện Tân Lạc đã được "
                 "tổ chức.", date(2023, 10, 3))
    assert [e[1] for e in got] == [date(2023, 10, 2)]


@pytest.mark.parametrize("text", [
    "Để chuẩn bị Đại hội, ngày 20/9 Đảng ủy phường Hòa Bình sẽ tổ chức Hội nghị sơ kết.",
    "Ngày 20/9, Hội nghị sơ kết sẽ được tổ chức để đánh giá kết quả nửa nhiệm kỳ.",
])
def test_a_plan_word_before_the_purpose_of_the_event_still_plans_it(text):
    assert events(text, date(2022, 9, 1)) == []


def test_a_dated_lead_that_names_no_event_reports_the_one_the_next_sentences_put_people_at():
    got = events("Chiều 14-5, tại xã Tân An, đoàn kiểm tra của Huyện ủy Tân Lạc đã đến kiểm tra việc thu, nộp đảng phí.\n"
                 "Đồng chí Hà Văn Bình, Phó Bí thư Huyện ủy chủ trì buổi làm việc.", date(2023, 5, 15))
    assert [(e[0], e[1], e[3]) for e in got] == [("buổi làm việc", date(2023, 5, 14), ["Hà Văn Bình"])]


def test_a_dated_lead_cut_short_reports_the_event_the_next_sentence_organizes():
    got = events("Ngày 18 tháng 3 năm 2021, tại hội trường UBND xã Tân An. Hội Nông dân xã Tân An tổ chức Đại hội "
                 "đại biểu lần thứ X, nhiệm kỳ 2021-2026.")
    assert [e[1] for e in got] == [date(2021, 3, 18)]


@pytest.mark.parametrize("later", [
    "Đồng chí Hà Văn Bình, Phó Bí thư Huyện ủy dự hội nghị ngày 20-5.",  # dated: an event of its own day
    "Đồng chí Hà Văn Bình đánh giá cao hội nghị.",  # the event not named as one people are at
])
def test_a_dated_lead_takes_no_event_named_later_otherwise(later):
    got = events("Chiều 14-5, tại xã Tân An, đoàn kiểm tra của Huyện ủy Tân Lạc đã đến kiểm tra việc thu, nộp đảng phí.\n"
                 + later, date(2023, 5, 25))
    assert date(2023, 5, 14) not in [e[1] for e in got]


@pytest.mark.parametrize("page_date", ["12/06/2023 14:14 Lượt xem: 270", "Thứ hai, 12/06/2023"])
def test_a_pages_date_before_a_sentence_naming_an_event_is_no_events_day(page_date):
    got = events(f"Tin địa phương\n{page_date}\nTham dự hội nghị có đồng chí Hà Văn Bình, Bí thư Huyện ủy Tân Lạc.")
    assert date(2023, 6, 12) not in [e[1] for e in got]


def test_an_inferred_year_gives_way_to_a_document_the_event_took_up():
    got = events("Sáng 26-9, Ủy ban Kiểm tra Tỉnh ủy Hòa Lợi tổ chức hội nghị triển khai Kết luận số 21-KL/TW, ngày "
                 "25-10-2021 của Ban Chấp hành Trung ương.\n"
                 "Tại hội nghị, đồng chí Hà Văn Bình, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy công bố Quyết định số "
                 "1102-QĐ/TU, ngày 9-7-2024 của Ban Thường vụ Tỉnh ủy về thành lập đoàn kiểm tra.")
    assert [e[1] for e in got] == [date(2024, 9, 26)]


def test_planned_event_after_a_reported_one_is_left_out():
    got = events("Sáng 3/9, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết.\n"
                 "Ngày 20/9, Đảng ủy sẽ tổ chức Hội nghị tổng kết.", date(2022, 9, 4))
    assert [(e[0], e[1]) for e in got] == [("Hội nghị sơ kết", date(2022, 9, 3))]


def test_working_session_lead_is_chair_and_speaker_cue_after_name():
    got = events("Chiều 12/4, Đoàn công tác của Quận ủy Hải Châu Mới do đồng chí Lê Văn Minh - Bí thư Quận ủy làm "
                 "trưởng đoàn có buổi làm việc với Đảng ủy phường Hòa Bình.\n"
                 "Cùng dự có đồng chí Trần Văn An - Bí thư Đảng ủy phường.\n"
                 "Đồng chí Lê Văn Minh đề nghị phường tập trung cải cách hành chính.", date(2023, 4, 13))
    assert [(e[0], e[1], e[3], e[4], e[5]) for e in got] == [
        ("buổi làm việc", date(2023, 4, 12), ["Lê Văn Minh"], ["Lê Văn Minh", "Trần Văn An"], ["Lê Văn Minh"])]


def test_speaker_cue_before_the_name():
    got = events("Sáng 3/9, Đảng ủy phường Hòa Bình tổ chức Hội nghị quán triệt Nghị quyết.\n"
                 "Phát biểu tại hội nghị, đồng chí Lê Văn Minh - Phó Bí thư Quận ủy đề nghị làm tốt.\n"
                 "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị.", date(2022, 9, 4))
    assert [(e[3], e[4], e[5]) for e in got] == [(["Trần Văn An"], ["Lê Văn Minh", "Trần Văn An"], ["Lê Văn Minh"])]


def test_people_not_at_the_event_are_not_attendees():
    got = events("Sáng 3/9, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết.\n"
                 "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị.\n"
                 "Trước đó, năm 2020, đồng chí Lê Văn Minh đã được điều động về quận.", date(2022, 9, 4))
    assert [(e[3], e[4]) for e in got] == [(["Trần Văn An"], ["Trần Văn An"])]


def test_document_issued_date_is_not_the_event_date():
    got = events("Hội nghị quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đã diễn ra sáng 3/9 tại "
                 "phường Hòa Bình.", date(2022, 9, 4))
    assert [(e[1], e[6]) for e in got] == [(date(2022, 9, 3), ["05-CT/TW"])]


def test_undated_reported_event():
    got = events("Hội nghị đã nghe báo cáo của Đảng ủy phường Hòa Bình về kết quả công tác.")
    assert [(e[0], e[1]) for e in got] == [("Hội nghị", None)]


def test_article_without_event():
    assert events("Phường Hòa Bình có 15 chi bộ trực thuộc với hơn 400 đảng viên.") == []


def test_event_of_a_committee_written_with_tp_abbreviation():
    # "TP." inside the city's name must not cut the date from the event, nor the chair from the cue
    got = events("Sáng 5/3, Thành ủy TP. Hồ Chí Minh tổ chức Hội nghị triển khai nhiệm vụ.\n"
                 "Đồng chí Trần Văn An - Phó Bí thư Thành ủy chủ trì hội nghị.", date(2022, 3, 6))
    assert [(e[0], e[1], e[3]) for e in got] == [("Hội nghị triển khai", date(2022, 3, 5), ["Trần Văn An"])]


def test_event_place_is_what_the_sentence_says():
    found = facts("Sáng 3/4/2023, tại hội trường UBND xã Hòa Tiến, Đảng ủy xã tổ chức Hội nghị sơ kết.\n"
                  "Đồng chí Lê Văn Tâm - Bí thư Đảng ủy xã chủ trì hội nghị.")
    assert [e.place for e in found.events] == ["hội trường UBND xã Hòa Tiến"]


def test_post_is_dated_by_the_event_when_the_article_has_no_publication_date():
    from kg.graph import facts_to_graph
    from kg.vocab import ORG, TIME

    graph = facts_to_graph(facts("Chiều 12/9/2022, Đảng ủy phường Hòa Bình tổ chức Hội nghị.\n"
                                 "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị."))
    days = {str(d) for m in graph.subjects(ORG.member, None)
            for i in graph.objects(m, ORG.memberDuring) for inst in graph.objects(i, TIME.inside)
            for d in graph.objects(inst, TIME.inXSDDate)}
    assert days == {"2022-09-12"}


def test_yesterday_is_the_day_before_publication_and_an_agency_tag_does_not_hide_the_date():
    found = facts("(BQT) - Hôm qua, Ban Thường vụ Huyện ủy Cam Lộ tổ chức hội nghị sơ kết.\n"
                  "Đồng chí Lê Văn Tâm - Bí thư Huyện ủy chủ trì hội nghị.", published=date(2024, 9, 19))
    assert [(e.kind, e.date, e.chairs) for e in found.events] == [("Hội nghị sơ kết", date(2024, 9, 18), ["Lê Văn Tâm"])]
    tagged = facts("(BQN) - Sáng 4/11, Đảng ủy xã Hòa Tiến tổ chức Hội nghị quán triệt.", published=date(2024, 11, 5))
    assert [e.date for e in tagged.events] == [date(2024, 11, 4)]


@pytest.mark.parametrize("opening, expected", [("Chiều qua", date(2024, 9, 18)), ("Sáng nay", date(2024, 9, 19)),
                                               ("Thông qua kế hoạch", None)])
def test_a_part_of_day_before_nay_or_qua_names_a_day_from_the_publication(opening, expected):
    found = facts(f"{opening}, Ban Thường vụ Huyện ủy Cam Lộ tổ chức hội nghị sơ kết.", published=date(2024, 9, 19))
    assert [e.date for e in found.events] == ([expected] if expected else [])


def test_today_without_a_publication_date_is_an_undated_event():
    found = facts("Hôm nay, Đảng ủy phường An Lạc tổ chức Hội nghị tổng kết.")
    assert [(e.kind, e.date) for e in found.events] == [("Hội nghị tổng kết", None)]


@pytest.mark.parametrize("header, expected", [("30/06/2025", date(2025, 6, 30)), ("30/06/25", date(2025, 6, 30)),
                                              ("31/06/25", None)])
def test_a_header_line_with_only_a_date_is_the_publication_date(header, expected):
    doc = article(f"Tin địa phương\nadmin\n{header}\n0\nSáng 30/6, xã Hòa An tổ chức lễ.")
    assert publication_date(doc) == expected


def test_guests_listed_one_per_line_after_a_presence_cue_attend():
    found = facts("Sáng 2/2/2024, Đảng ủy xã Hòa An tổ chức Hội nghị tổng kết.\n"
                  "Tại hội nghị, Đảng ủy xã trao Giấy khen cho các đảng viên, gồm:\n"
                  "- Đồng chí Trần Văn An, Bí thư Chi bộ thôn 2\n"
                  "- Đồng chí Lê Thị Bình, Trưởng thôn")
    assert found.events[0].attendees == ["Trần Văn An", "Lê Thị Bình"]


def test_a_weekday_dates_an_announcement_led_by_the_head_of_the_delegation():
    (event,) = facts("Sáng thứ Hai (4/3), đoàn kiểm tra của Huyện ủy Yên Lạc do đồng chí Triệu Văn Hưng, Phó Bí thư "
                     "Huyện ủy làm trưởng đoàn công bố quyết định kiểm tra đối với Đảng ủy xã Tề Lỗ. Thành viên đoàn "
                     "có đồng chí Lò Thị Mến, Chuyên viên Ban Tổ chức Huyện ủy. Tiếp đoàn có đồng chí Vi Văn Tài, "
                     "Bí thư Đảng ủy xã.", date(2024, 3, 5)).events
    assert (event.kind, event.date, event.chairs) == ("buổi công bố", date(2024, 3, 4), ["Triệu Văn Hưng"])
    assert sorted(event.attendees) == ["Lò Thị Mến", "Triệu Văn Hưng", "Vi Văn Tài"]


def test_the_presiding_members_of_a_council_session_chair_it():
    (event,) = facts("Chiều 9/7/2025, HĐND xã Kim Sơn tổ chức Kỳ họp thứ hai. Chủ tọa kỳ họp gồm các đồng chí: "
                     "Đàm Văn Chung - Chủ tịch HĐND xã; Nông Thị Hiền - Phó Chủ tịch HĐND xã.").events
    assert event.chairs == ["Đàm Văn Chung", "Nông Thị Hiền"]


def test_documents_a_sentence_opened_by_the_event_takes_up_are_its_own():
    (event,) = facts("Sáng 6/3/2025, Đảng ủy xã Tân Phú tổ chức hội nghị học tập nghị quyết. Hội nghị cũng quán triệt "
                     "Kết luận số 127-KL/TW của Bộ Chính trị.").events
    assert [d.code for d in event.documents] == ["127-KL/TW"]


def test_the_presidium_of_a_congress_named_without_titles_chairs_it():
    (event,) = facts("Ngày 5/9/2022, Đoàn TNCS Hồ Chí Minh huyện Bắc Yên tổ chức Đại hội đại biểu lần thứ XV. "
                     "Đoàn Chủ tịch Đại hội gồm các đồng chí: Lò Văn Dương, Hà Thị Nga, Tòng Văn Hải.").events
    assert event.chairs == ["Lò Văn Dương", "Hà Thị Nga", "Tòng Văn Hải"]


def test_thanks_are_a_speech():
    (event,) = facts("Ngày 12/5/2022, Hội Nông dân huyện Phù Mỹ tổ chức Đại hội đại biểu lần thứ X. "
                     "Đồng chí Võ Thị Hoa cảm ơn các đại biểu.").events
    assert event.speakers == ["Võ Thị Hoa"]


def test_a_great_national_unity_day_is_an_event():
    got = events("Sáng 12/11, Ban Công tác Mặt trận thôn Phú Mỹ tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2022.\n"
                 "Dự ngày hội có đồng chí Trần Văn An, Bí thư Đảng ủy xã.")
    assert [(e[0], e[1], e[4]) for e in got] == [
        ("Ngày hội Đại đoàn kết toàn dân tộc", date(2022, 11, 12), ["Trần Văn An"])]


def test_a_new_year_visit_is_an_event():
    got = events("Ngày 5/2, đoàn công tác do đồng chí Trần Văn An, Bí thư Huyện ủy Yên Lập làm trưởng đoàn đã thăm, "
                 "chúc Tết các gia đình chính sách ở xã Mỹ Lung.", date(2024, 2, 6))
    assert [(e[0], e[1]) for e in got] == [("thăm, chúc Tết", date(2024, 2, 5))]


def test_a_dateline_opening_the_lead_is_no_events_day():
    got = events("Tiêu đề\nCà Mau, 15/3/2024 – Chiều 14/3, Đảng ủy xã Tân Hưng tổ chức hội nghị sơ kết quý I. "
                 "Đồng chí Trần Văn An, Bí thư Đảng ủy xã chủ trì.")
    assert [(e[1], e[3]) for e in got] == [(date(2024, 3, 14), ["Trần Văn An"])]


@pytest.mark.parametrize("text, kind", [
    ("Tối 2/9, Huyện ủy Kim Bôi tổ chức lễ mít tinh kỷ niệm 80 năm Cách mạng Tháng Tám. "
     "Dự buổi lễ có đồng chí Bùi Văn An, Bí thư Huyện ủy.", "lễ mít tinh"),
    ("Sáng 10/4, đồng chí Bùi Văn An, Bí thư Huyện ủy Kim Bôi chủ trì buổi tiếp công dân định kỳ tháng 4.",
     "tiếp công dân"),
])
def test_a_rally_and_a_citizens_reception_are_events(text, kind):
    got = events(text, date(2024, 9, 3))
    assert [(e[0], e[4]) for e in got] == [(kind, ["Bùi Văn An"])]


def test_a_heading_ending_in_a_colon_gives_its_relation_to_the_numbered_list_under_it():
    got = events("Ngày 20/12/2024, Huyện ủy Nga Sơn tổ chức Hội nghị lần thứ 30.\n"
                 "Chủ trì hội nghị gồm các đồng chí:\n"
                 "1. Đồng chí Mai Văn An - Bí thư Huyện ủy;\n"
                 "2. Đồng chí Lê Thị Bình - Phó Bí thư Huyện ủy,\nChủ tịch UBND huyện.\n"
                 "Hội nghị đã thảo luận các báo cáo.")
    assert [(e[1], e[3], e[4]) for e in got] == [
        (date(2024, 12, 20), ["Mai Văn An", "Lê Thị Bình"], ["Lê Thị Bình", "Mai Văn An"])]


def test_analysing_and_reading_the_speech_are_speaking_and_receiving_alongside_is_attending():
    got = events("Sáng 5/9/2025, Trường THCS Lê Lợi tổ chức lễ khai giảng năm học mới. "
                 "Thầy giáo Nguyễn Văn Hải, Hiệu trưởng nhà trường đọc diễn văn khai giảng. "
                 "PGS.TS Trần Thị Lan phân tích những đổi mới của chương trình. "
                 "Cùng tiếp đoàn có bà Lê Thị Hoa, Phó Chủ tịch UBND phường.")
    assert [(e[4], e[5]) for e in got] == [
        (["Lê Thị Hoa", "Nguyễn Văn Hải", "Trần Thị Lan"], ["Nguyễn Văn Hải", "Trần Thị Lan"])]


def test_the_one_whose_work_is_praised_does_not_speak():
    got = events("Chiều 3/3/2025, Huyện ủy Yên Thủy tổ chức hội nghị trao quyết định nghỉ hưu cho đồng chí Bùi Văn Tám. "
                 "Phát biểu tại hội nghị, đồng chí Quách Thị Lan ghi nhận những đóng góp của đồng chí Bùi Văn Tám, "
                 "đề nghị cán bộ kế nhiệm phát huy kết quả đạt được.")
    assert [(e[4], e[5]) for e in got] == [(["Bùi Văn Tám", "Quách Thị Lan"], ["Quách Thị Lan"])]


def test_a_meeting_on_carrying_out_a_resolution_named_by_its_type_takes_it_up():
    got = events("Năm 2025, phường Tân An triển khai Nghị quyết 57 của Bộ Chính trị về chuyển đổi số. "
                 "Ngày 11/7/2025, Đảng ủy phường Tân An tổ chức hội nghị sơ kết 6 tháng thực hiện Nghị quyết.")
    assert [(e[1], e[6]) for e in got] == [(date(2025, 7, 11), ["57-NQ/TW"])]


def test_a_document_the_speaker_cites_without_being_named_again_is_taken_up():
    got = events("Ngày 15/5/2024, đồng chí Lò Văn An, Bí thư Huyện ủy Mường La chủ trì buổi tiếp công dân định kỳ. "
                 "Đồng chí nhấn mạnh trách nhiệm của người đứng đầu theo Quy định số 11-QĐi/TW của Bộ Chính trị.")
    assert [(e[1], e[6]) for e in got] == [(date(2024, 5, 15), ["11-QĐi/TW"])]


def test_co_chairs_joined_by_and_one_with_a_degree_both_chair():
    got = events("Ngày 13/11/2024, Ban Tuyên giáo Tỉnh ủy Quảng Bình tổ chức hội thảo khoa học. "
                 "Đồng chí Lê Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy và TS. Trần Thị Bình, Hiệu trưởng "
                 "Trường Chính trị tỉnh đồng chủ trì hội thảo.")
    assert [e[3] for e in got] == [["Lê Văn An", "Trần Thị Bình"]]


def test_a_cue_followed_by_a_count_tallies_work_and_places_no_one_at_the_event():
    got = events("Ngày 13/11/2024, Ủy ban MTTQ Việt Nam tỉnh Quảng Bình tổ chức hội nghị. "
                 "Bà Lê Thị Duyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo, trong đó "
                 "Mặt trận các cấp đã chủ trì 1.145 cuộc giám sát.")
    assert [(e[3], e[5]) for e in got] == [([], ["Lê Thị Duyên"])]


def test_a_past_event_named_right_after_its_date_took_place_but_one_named_later_in_a_plan_did_not():
    text = ("Sáng 12/3/2024, Đảng ủy xã Tân Hưng tổ chức hội nghị sơ kết quý I. "
            "Ông Trần Văn An sinh năm 1972, quê xã Mỹ Lung. "
            "Ngày 20-5-2021, tại kỳ họp thứ hai HĐND xã, ông Trần Văn An được bầu giữ chức Chủ tịch UBND xã.")
    assert [e[1] for e in events(text)] == [date(2024, 3, 12), date(2021, 5, 20)]
    planned = ("Sáng 12/3/2024, Đảng ủy xã Tân Hưng tổ chức hội nghị sơ kết quý I. "
               "Đồng chí Trần Văn An nhắc lại ý kiến tại buổi làm việc ngày 20/2, đề nghị trình dự thảo "
               "tại phiên họp tháng 4.")
    assert [e[1] for e in events(planned)] == [date(2024, 3, 12)]
