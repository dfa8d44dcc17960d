"""Days of events as the genre writes them (kg.extract.dates), on invented sentences."""
from __future__ import annotations

from datetime import date

from kg.extract.dates import find_dates
from helpers import facts


def test_two_days_written_with_a_comma_date_the_event_by_its_first():
    (mention,) = find_dates("Trong 2 ngày 14, 15/3/2024, Hội Nông dân xã Yên Lạc tổ chức Đại hội.")
    assert (mention.day, mention.month, mention.year) == (14, 3, 2024)
    got = facts("Ngày 14,15/3, Hội Nông dân xã Yên Lạc tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2024 - 2029.",
                date(2024, 3, 20)).events
    assert [e.date for e in got] == [date(2024, 3, 14)]


def test_a_decimal_range_is_no_date():
    assert find_dates("Tăng trưởng kinh tế đạt 7,5 - 8,5% mỗi năm.") == []


def test_a_day_in_the_week_after_publication_is_a_day_to_come_not_last_years():
    got = facts("Đại hội Hội Nông dân tỉnh Hòa Sơn khai mạc vào sáng 22/5.\n"
                "Ngày 20/5, Đại hội Hội Nông dân tỉnh Hòa Sơn lần thứ IX tổ chức phiên trù bị.", date(2024, 5, 20)).events
    assert [e.date for e in got] == [date(2024, 5, 20)]


def test_a_day_late_in_the_year_on_a_page_of_january_is_last_years():
    got = facts("Ngày 25/12, Đảng ủy xã Yên Lạc tổ chức Hội nghị tổng kết.", date(2024, 1, 4)).events
    assert [e.date for e in got] == [date(2023, 12, 25)]


def test_an_anniversarys_years_written_with_a_slash_date_its_ceremony():
    got = facts("Chiều 25-10, Đồn Biên phòng Hòa Sơn tổ chức Lễ kỷ niệm 20 năm Ngày thành lập (27-10-2004 / "
                "27-10-2024).").events
    assert [e.date for e in got] == [date(2024, 10, 25)]


def test_a_day_far_into_a_long_sentence_after_the_events_name_is_another_clauses():
    got = facts("Đại hội được tổ chức trong bối cảnh đặc biệt khi tỉnh Hòa Sơn và tỉnh Yên Lạc vừa hợp nhất thành một "
                "đơn vị hành chính mới với diện tích hơn ba nghìn ki-lô-mét vuông, dân số gần hai triệu người, quy mô "
                "kinh tế đứng thứ mười cả nước; chính quyền địa phương hai cấp chính thức đi vào hoạt động từ ngày "
                "1-7.", date(2025, 9, 1)).events
    assert date(2025, 7, 1) not in [e.date for e in got]


def test_each_lead_of_a_listing_page_takes_the_anniversary_it_celebrates():
    got = facts("Sáng 17/6, Đảng bộ xã Yên Lạc đã tổ chức lễ kỷ niệm 75 năm ngày thành lập Chi bộ đầu tiên "
                "(22/6/1948 - 22/6/2023).\n"
                "Ngày 15/6, Huyện ủy Tân Lạc đã tổ chức Hội nghị gặp mặt kỷ niệm 75 năm Ngày thành lập Đảng bộ huyện "
                "(15/6/1945 - 15/6/2020).").events
    assert [e.date for e in got] == [date(2023, 6, 17), date(2020, 6, 15)]
