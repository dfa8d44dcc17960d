"""The first session of a new committee, reported by its outcome at the congress (kg.extract.first_sessions)."""
from __future__ import annotations

from helpers import facts

_CONGRESS = ("Sáng 14/10/2025, Đại hội đại biểu Đảng bộ tỉnh Hòa Phong lần thứ XV nghe báo cáo kết quả phiên họp "
             "thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XV.\n")
_ELECTED = ("Ông Lục Văn Tằng tái đắc cử Bí thư Tỉnh ủy Hòa Phong khóa XV. "
            "Bà Mã Thị Quyên được bầu giữ chức Phó Bí thư Tỉnh ủy Hòa Phong.\n")


def events(text: str) -> list[tuple]:
    return sorted(((e.kind, e.date and e.date.isoformat(), sorted(e.attendees)) for e in facts(text).events),
                  key=lambda e: e[1] or "")


def test_the_first_session_a_congress_hears_of_is_an_undated_event_of_those_elected():
    assert events(_CONGRESS + _ELECTED) == [("phiên họp", None, ["Lục Văn Tằng", "Mã Thị Quyên"]),
                                            ("Đại hội đại biểu", "2025-10-14", ["Lục Văn Tằng", "Mã Thị Quyên"])]


def test_a_first_session_to_be_reported_is_no_event():
    text = ("Sáng 14/10/2025, Đại hội đại biểu Đảng bộ tỉnh Hòa Phong lần thứ XV khai mạc. Phiên bế mạc, Đại hội sẽ "
            "báo cáo kết quả phiên họp thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XV.\n" + _ELECTED)
    assert [kind for kind, *_ in events(text)] == ["Đại hội đại biểu"]


def test_a_first_session_that_elected_no_one_the_article_names_is_left_out():
    text = _CONGRESS + "Đồng chí Lục Văn Tằng, Bí thư Tỉnh ủy Hòa Phong phát biểu bế mạc Đại hội.\n"
    assert [kind for kind, *_ in events(text)] == ["Đại hội đại biểu"]
