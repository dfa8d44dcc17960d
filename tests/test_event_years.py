"""The year of an event dated without one in an article without a publication date
(kg.extract.periods; gold/FORMAT.md "Years"), on invented articles."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import reported_year
from helpers import facts


def event_dates(text: str, published: date | None = None) -> list[date | None]:
    return [e.date for e in facts(text, published).events]


@pytest.mark.parametrize("text, expected", [
    # a congress opens its term, whatever goal year the article names
    ("Sáng 29/7, Đảng bộ phường Hòa Lợi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. "
     "Đại hội đặt mục tiêu đến năm 2030 phường trở thành đô thị văn minh.", date(2025, 7, 29)),
    ("Sáng 21/9, tỉnh Hòa Lợi tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ I, giai đoạn 2025 - 2030.",
     date(2025, 9, 21)),
    # a first session opens the council's term
    ("Ngày 28/6, tại kỳ họp thứ nhất HĐND tỉnh Hòa Lợi khóa XVI, nhiệm kỳ 2016-2021, các đại biểu đã bầu "
     "Chủ tịch HĐND tỉnh.", date(2016, 6, 28)),
    # the nomination of candidates for a term is held in its first year
    ("Chiều 15-1, Văn phòng Tỉnh ủy Hòa Lợi tổ chức hội nghị lấy ý kiến cử tri nơi công tác đối với người "
     "được dự kiến giới thiệu ứng cử đại biểu HĐND tỉnh, nhiệm kỳ 2026-2031.", date(2026, 1, 15)),
])
def test_an_event_that_opens_a_term_is_held_in_its_first_year(text, expected):
    assert event_dates(text) == [expected]


@pytest.mark.parametrize("year, expected", [("năm 2025", date(2025, 12, 20)),
                                            ("với mục tiêu đến năm 2030", date(2021, 12, 20))])
def test_a_congress_held_in_a_year_its_own_sentence_names_is_not_dated_by_a_term_named_elsewhere(year, expected):
    text = (f"Sáng 20/12, tỉnh Hòa Lợi tổ chức Đại hội Thi đua yêu nước lần thứ V {year}.\n"
            "Đại hội nhằm tổng kết phong trào thi đua giai đoạn 2021-2025.")
    assert event_dates(text) == [expected]


def test_a_meeting_that_puts_people_forward_for_a_term_is_held_in_its_first_year():
    text = ("Ngày 9/3, Huyện ủy Tân Lạc tổ chức hội nghị Ban Chấp hành Đảng bộ huyện để giới thiệu nhân sự tái cử "
            "chức danh Chủ tịch UBND huyện nhiệm kỳ 2021-2026. Ông Hà Văn Bình, Chủ tịch UBND huyện nhiệm kỳ "
            "2016-2021, được giới thiệu tái cử.")
    assert event_dates(text) == [date(2021, 3, 9)]


def test_a_later_meeting_of_a_term_is_not_dated_by_the_term():
    text = ("Ngày 13/12, Ban Thường vụ Tỉnh ủy Hòa Lợi tổ chức hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7, "
            "nhiệm kỳ 2020-2025.")
    assert event_dates(text) == [None]


def test_the_anniversary_celebrated_gives_the_year():
    text = ("Sáng 30-1, Đảng ủy phường Hòa Lợi tổ chức lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam "
            "(3-2-1930 - 3-2-2026) và trao Huy hiệu Đảng.")
    assert event_dates(text) == [date(2026, 1, 30)]


def test_the_year_the_events_own_sentence_names_beats_the_latest_the_article_names():
    text = ("Sáng 19/12, Huyện ủy Tân Lạc tổ chức Hội nghị lần thứ 14 năm 2022.\n"
            "Hội nghị thông qua báo cáo công tác năm 2022 và chương trình công tác năm 2023 của Huyện ủy.")
    assert event_dates(text) == [date(2022, 12, 19)]


def test_a_year_past_a_clause_break_is_no_year_of_the_events_name():
    text = ("Sáng 11/5, Ban Thường vụ Huyện ủy Tân Lạc có buổi làm việc với Đảng ủy xã Tân An, nghe báo cáo kết quả "
            "công tác năm 2022.\nTrong năm 2023, xã Tân An phấn đấu hoàn thành các chỉ tiêu.")
    assert event_dates(text) == [date(2023, 5, 11)]


def test_an_anniversary_to_come_gives_no_year():
    text = ("Sáng 20/1, Đảng bộ tỉnh Hòa Lợi khai mạc Đại hội đại biểu lần thứ XX, hướng tới kỷ niệm 100 năm Ngày "
            "thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2030).")
    assert event_dates(text) == [None]


def test_the_same_day_written_with_its_year_elsewhere():
    text = ("Ngày 15/10, Tỉnh ủy Hòa Lợi tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.\n"
            "Đồng chí Lê Văn Minh giữ chức Bí thư Tỉnh ủy Hòa Lợi từ ngày 15/10/2025.")
    assert event_dates(text) == [date(2025, 10, 15)]


@pytest.mark.parametrize("day, expected", [("10/1", date(2024, 1, 10)), ("20/12", date(2023, 12, 20))])
def test_a_year_end_review_early_in_a_year_reviews_the_year_before(day, expected):
    text = f"Ngày {day}, Đảng ủy xã Hòa Lợi tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2023."
    assert event_dates(text) == [expected]


@pytest.mark.parametrize("day, expected", [("28/10", date(2020, 10, 28)), ("15/1", date(2021, 1, 15))])
def test_a_review_of_a_span_of_years_is_held_at_its_end(day, expected):
    text = (f"Chiều {day}, Huyện ủy Tân Lạc tổ chức Hội nghị tổng kết Chương trình số 04-CTr/HU ngày 12/5/2016 về "
            "phát triển nông nghiệp giai đoạn 2016 - 2020 của Huyện ủy khóa XXII, nhiệm kỳ 2015 - 2020.")
    assert event_dates(text) == [expected]


def test_a_document_the_event_takes_up_was_issued_before_it():
    text = ("Ngày 22/8, Tỉnh ủy Hòa Lợi tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ "
            "Chính trị về đại hội đảng bộ các cấp.")
    assert event_dates(text) == [date(2019, 8, 22)]


@pytest.mark.parametrize("text, expected", [
    ("Ông Trần Văn Minh sinh năm 1971, quê xã Hòa Lợi.", None),
    ("Mục tiêu đến năm 2030, tỉnh trở thành tỉnh khá.", None),
    ("Từ năm 2020 đến nay, công ty đã kết nạp 12 đảng viên.", None),
    ("Hội nghị cho ý kiến về tình hình kinh tế - xã hội năm 2016, dự kiến kế hoạch năm 2017.", 2016),
    ("Thông tin thời sự quý 3-2025 đến cán bộ, đảng viên.", 2025),
])
def test_reported_year_leaves_out_goals_plans_births_and_starts(text, expected):
    assert reported_year(text) == expected


def test_an_event_name_inside_a_venue_name_is_no_event():
    text = ("Sáng 30/9, tại Trung tâm Hội nghị tỉnh, Đảng bộ tỉnh Hòa Lợi khai mạc Đại hội đại biểu lần thứ I, "
            "nhiệm kỳ 2025 - 2030.")
    assert event_dates(text) == [date(2025, 9, 30)]


def test_the_day_a_meeting_was_told_of_is_not_its_day():
    text = ("Ngày 7-9, Văn phòng Tỉnh ủy Hòa Lợi cho biết đã có thông cáo báo chí về kỳ họp thứ 5 của Ủy ban Kiểm "
            "tra Tỉnh ủy.\nTheo đó, chiều 4-9, bà Trần Thị Lan, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.")
    assert event_dates(text, date(2025, 9, 7)) == [date(2025, 9, 4)]


def test_a_page_date_glued_to_the_lead_is_the_publication_date():
    text = ("Tỉnh ủy Hòa Lợi họp Ban Chấp hành\n14/12/2021Ngày 13/12, Ban Thường vụ Tỉnh ủy Hòa Lợi tổ chức hội "
            "nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 7, nhiệm kỳ 2020-2025.")
    assert event_dates(text) == [date(2021, 12, 13)]


def test_a_review_that_also_sets_next_years_tasks_is_held_the_year_after_the_year_it_reviews():
    text = ("Ngày 6/1, Ban Chỉ đạo an toàn giao thông tỉnh tổ chức Hội nghị tổng kết công tác năm 2019 "
            "và triển khai nhiệm vụ trọng tâm năm 2020. Đồng chí Lò Văn Tấn, Phó Chủ tịch UBND tỉnh chủ trì.")
    assert [e.date for e in facts(text).events] == [date(2020, 1, 6)]


def test_the_date_of_a_resolution_under_review_is_not_the_year_reviewed():
    text = ("Sáng 18/12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 09 "
            "ngày 12-3-2018 của Tỉnh ủy về phát triển du lịch.")
    assert [e.date for e in facts(text).events] == [None]


def test_a_review_of_carrying_out_a_resolution_takes_no_year_from_the_resolution():
    got = facts("Sáng 21-12, Ban Thường vụ Tỉnh ủy Tân An tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 "
                "ngày 25-10-2017 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy.")
    assert [d.code for d in got.documents] == ["18-NQ/TW"]
    assert [e.date for e in got.events] == [None]
