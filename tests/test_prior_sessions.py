"""A preparatory session reported, undated, before the dated opening it prepares (kg.extract.prior_sessions)."""
from __future__ import annotations

from helpers import facts


def events(text: str) -> list[tuple]:
    return sorted(((e.kind, e.date and e.date.isoformat(), sorted(e.attendees), sorted(e.speakers))
                   for e in facts(text).events), key=lambda e: e[1] or "")


def test_a_preparatory_session_before_the_dated_opening_is_an_event_of_its_own():
    got = events("Khai mạc phiên trù bị Đại hội Đảng bộ tỉnh Hòa Phong, nhiệm kỳ 2025 - 2030.\n"
                 "Tại phiên trù bị, đồng chí Lục Văn Tằng, Bí thư Tỉnh ủy Hòa Phong phát biểu khai mạc.\n"
                 "Đồng chí Mã Thị Quyên, Phó Bí thư Tỉnh ủy báo cáo tóm tắt kết quả công tác chuẩn bị.\n"
                 "Sáng ngày 12/10/2025, Đại hội Đảng bộ tỉnh Hòa Phong chính thức khai mạc.")
    assert got == [("phiên trù bị", None, ["Lục Văn Tằng", "Mã Thị Quyên"], ["Lục Văn Tằng", "Mã Thị Quyên"]),
                   ("Đại hội Đảng bộ", "2025-10-12", [], [])]


def test_a_preparatory_session_spoken_of_after_the_opening_is_left_to_the_congress():
    got = events("Sáng ngày 12/10/2025, Đại hội Đảng bộ tỉnh Hòa Phong chính thức khai mạc.\n"
                 "Đồng chí Lục Văn Tằng, Bí thư Tỉnh ủy Hòa Phong phát biểu khai mạc. "
                 "Trước đó, phiên trù bị đã thông qua quy chế làm việc.")
    assert [kind for kind, *_ in got] == ["Đại hội Đảng bộ"]


def test_a_preparatory_session_to_come_is_no_event():
    got = events("Chiều nay, Đại hội sẽ tiến hành phiên trù bị.\n"
                 "Sáng ngày 12/10/2025, Đại hội Đảng bộ tỉnh Hòa Phong khai mạc, đồng chí Lục Văn Tằng, "
                 "Bí thư Tỉnh ủy Hòa Phong phát biểu.")
    assert got == [("Đại hội Đảng bộ", "2025-10-12", ["Lục Văn Tằng"], ["Lục Văn Tằng"])]


def test_a_dated_sentence_that_names_the_preparatory_session_reports_that_session_alone():
    got = events("Phiên trù bị Đại hội Đảng bộ tỉnh Hòa Phong lần thứ XV\n"
                 "Sáng 11/10/2025, Đại hội Đảng bộ tỉnh Hòa Phong lần thứ XV tiến hành phiên trù bị.\n"
                 "Đồng chí Lục Văn Tằng, Bí thư Tỉnh ủy Hòa Phong phát biểu.")
    assert len(got) == 1 and got[0][1:] == ("2025-10-11", ["Lục Văn Tằng"], ["Lục Văn Tằng"])
