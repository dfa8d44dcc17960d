"""A press conference about a congress is an event of its own, not the congress (kg/lexicon/event_kinds.tsv)."""
from __future__ import annotations

from datetime import date

from helpers import facts


def events(text: str, published: date | None = None) -> list[tuple]:
    return [(e.kind, e.date, sorted(e.attendees)) for e in facts(text, published).events]


def test_a_press_conference_about_a_congress_is_the_press_conference():
    got = events("Chiều 18/9, Tỉnh ủy Hòa Sơn tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
                 "nhiệm kỳ 2025-2030. Đồng chí Lục Văn Tâm, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì họp báo.")
    assert got == [("họp báo", date(2025, 9, 18), ["Lục Văn Tâm"])]


def test_the_days_a_press_conference_announces_are_no_events():
    got = events("Ngày 18/9, Tỉnh ủy Hòa Sơn tổ chức họp báo giới thiệu Đại hội đại biểu Đảng bộ tỉnh lần thứ I, "
                 "nhiệm kỳ 2025-2030. Đồng chí Lục Văn Tâm cho biết, Đại hội diễn ra trong 2 ngày 24 - 25/9.")
    assert [e[:2] for e in got] == [("họp báo", date(2025, 9, 18))]


def test_a_press_conference_on_a_period_takes_no_year_from_it():
    # "giai đoạn 2021-2025" is no term the press conference opens or announces an opening of: no year to take
    got = events("Chiều 18/9, Sở Nội vụ tỉnh Hòa Sơn tổ chức họp báo công bố kết quả giai đoạn 2021-2025.")
    assert [e[:2] for e in got] == [("họp báo", None)]


def test_the_day_after_the_congress_a_press_conference_is_about_is_the_press_conferences():
    got = events("Tại buổi họp báo thông tin về Đại hội sáng 12/9, lãnh đạo Hội Nông dân tỉnh Hòa Sơn đã thông báo kết "
                 "quả đại hội cấp cơ sở.", date(2024, 9, 13))
    assert [e[:2] for e in got] == [("họp báo", date(2024, 9, 12))]


def test_a_congress_dated_in_the_lead_before_the_press_conference_that_announced_it_is_no_event():
    got = events("Đại hội đại biểu Đảng bộ tỉnh Hòa Sơn lần thứ I, nhiệm kỳ 2025-2030 diễn ra trong ngày 6 - 7/10.\n"
                 "Chiều 25/9, Tỉnh ủy Hòa Sơn tổ chức họp báo thông tin về Đại hội. Ông Lục Văn Tâm, Trưởng Ban "
                 "Tuyên giáo Tỉnh ủy nhấn mạnh, công tác chuẩn bị đã hoàn thành.")
    assert got == [("họp báo", date(2025, 9, 25), ["Lục Văn Tâm"])]


def test_a_press_conference_after_the_congress_it_reports_leaves_the_congress():
    got = events("Sáng 6/10, Đại hội đại biểu Đảng bộ tỉnh Hòa Sơn lần thứ I, nhiệm kỳ 2025-2030 khai mạc. "
                 "Đồng chí Lục Văn Tâm dự đại hội.\nChiều 7/10, Tỉnh ủy Hòa Sơn tổ chức họp báo công bố kết quả.")
    assert [e[:2] for e in got][:1] == [("Đại hội đại biểu", date(2025, 10, 6))]
