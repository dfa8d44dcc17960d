"""Hosts who receive a delegation, those in the visiting delegation, the oldest and youngest delegates, those
handed a certificate or badge, those on the sidelines of an event and those elected at it are present at it
(kg/lexicon/cues.tsv)."""
from __future__ import annotations

from datetime import date

from helpers import facts


def attendees(text: str) -> list[list[str]]:
    return [sorted(e.attendees) for e in facts(text, date(2024, 6, 1)).events]


def test_those_who_work_with_the_delegation_are_at_the_working_session():
    got = attendees("Ngày 20/5, Đoàn công tác của Bộ Nội vụ do ông Đinh Văn Lực làm trưởng đoàn đã làm việc với "
                    "UBND tỉnh Hòa Sơn. Làm việc với đoàn có đồng chí Phùng Thị Nga, Phó Chủ tịch UBND tỉnh.")
    assert got == [["Phùng Thị Nga", "Đinh Văn Lực"]]



def test_those_in_the_visitors_delegation_are_at_the_visit():
    got = attendees("Sáng 20/5, Phó Thủ tướng Đinh Văn Lực có chuyến công tác tại xã đảo Hòn Mây. Cùng đoàn có các đồng chí: Phùng Thị "
                    "Nga, Thứ trưởng Bộ Nội vụ; Lục Văn Tâm, Phó Chủ tịch UBND tỉnh Hòa Sơn.")
    assert got == [["Lục Văn Tâm", "Phùng Thị Nga", "Đinh Văn Lực"]]


def test_the_oldest_and_youngest_delegates_are_at_the_congress():
    got = attendees("Sáng 20/5, Hội Cựu chiến binh tỉnh Hòa Sơn khai mạc Đại hội đại biểu lần thứ VII. Nhiệm kỳ qua, "
                    "Hội đạt nhiều kết quả. Đại biểu cao tuổi nhất là ông Lò Văn Páo, 85 tuổi; đại biểu trẻ nhất là "
                    "anh Hà Văn Minh, 30 tuổi.")
    assert got == [["Hà Văn Minh", "Lò Văn Páo"]]


def test_those_handed_a_certificate_and_those_on_the_sidelines_are_at_the_event():
    got = attendees("Sáng 20/5, Đảng ủy xã Yên Lạc tổ chức Hội nghị tổng kết công tác năm 2023. Nhiều chi bộ được biểu "
                    "dương. Đồng chí Phùng Thị Nga nhận giấy khen của Đảng ủy xã. Đồng chí Vi Văn Sinh, Bí thư Huyện ủy "
                    "Tân Lạc tham quan gian trưng bày bên lề hội nghị.")
    assert got == [["Phùng Thị Nga", "Vi Văn Sinh"]]


def test_a_birth_year_in_the_sentence_dates_no_election_elsewhere():
    got = attendees("Ngày 17/5, HĐND tỉnh Hòa Sơn khóa IX, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ nhất. Bà Phùng Thị Nga, "
                    "sinh năm 1968, Phó Bí thư Tỉnh ủy, tái cử Chủ tịch HĐND tỉnh.")
    assert got == [["Phùng Thị Nga"]]
