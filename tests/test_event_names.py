"""Event names that name no reported event: one still ahead of it (kg.extract.event_names), on invented sentences."""
from __future__ import annotations

from datetime import date

from helpers import facts


def kinds(text: str) -> list[tuple]:
    return [(e.kind, e.date) for e in facts(text, date(2024, 5, 10)).events]


def test_the_session_the_voters_meeting_comes_before_is_not_the_event():
    got = kinds("Thực hiện chương trình tiếp xúc cử tri trước Kỳ họp thứ 7, chiều 4/5, đồng chí Hà Văn Quý, Phó Bí "
                "thư Tỉnh ủy Hòa Sơn đã tiếp xúc với cử tri xã Yên Lạc.")
    assert got == [("tiếp xúc cử tri", date(2024, 5, 4))]


def test_a_congress_ahead_names_no_event_of_a_sports_day():
    assert kinds("Hướng tới Đại hội Công đoàn tỉnh Hòa Sơn, ngày 4/5/2024, Liên đoàn Lao động huyện Tân Lạc tổ "
                 "chức giải bóng chuyền cho công nhân.") == []


def test_a_voters_meeting_written_with_its_preposition():
    got = kinds("Chiều 4/5, đồng chí Hà Văn Quý, Phó Bí thư Tỉnh ủy Hòa Sơn đã tiếp xúc với cử tri xã Yên Lạc.")
    assert got == [("tiếp xúc cử tri", date(2024, 5, 4))]


def test_the_days_a_congress_worked_name_no_working_session():
    got = kinds("Sau ba ngày làm việc với tinh thần khẩn trương, ngày 10/4, Đại hội đại biểu Đảng bộ huyện Tân Lạc "
                "lần thứ XX, nhiệm kỳ 2020-2025 đã bế mạc.")
    assert got == [("Đại hội đại biểu", date(2024, 4, 10))]


def test_a_congress_the_work_is_done_to_celebrate_is_not_the_work():
    assert kinds("Nhằm chào mừng Đại hội đại biểu Đảng bộ tỉnh Hòa Sơn lần thứ XV, trong 2 ngày 8-9/4/2024, đồng "
                 "chí Lò Văn Khánh, Phó Chủ tịch Ủy ban MTTQ huyện Tân Lạc đi khảo sát các hộ nghèo.") == []
