"""Hosts who receive a delegation, and those in the visiting delegation, are present at the event
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
