"""A list of guests whose items name each guest after the guest's titles (kg.extract.guest_items)."""
from __future__ import annotations

from helpers import facts

_LEAD = "Sáng 3/9/2024, Tỉnh ủy Hòa Phong tổ chức Hội nghị tổng kết công tác dân vận.\n"


def attendees(text: str) -> list[str]:
    return [name for event in facts(text).events for name in event.attendees]


def test_lines_under_a_heading_that_open_with_titles_are_guests():
    got = attendees(_LEAD + "Dự hội nghị có:\n- Phó Bí thư Thường trực Tỉnh ủy Lương Văn Khải.\n"
                    "- Chủ tịch UBND tỉnh Đinh Thế Hưng.\n- Trưởng Ban Dân vận Tỉnh ủy Vũ Thị Lan.")
    assert got == ["Lương Văn Khải", "Đinh Thế Hưng", "Vũ Thị Lan"]


def test_the_list_goes_on_past_its_first_sentence_with_titles_first():
    got = attendees(_LEAD + "Dự hội nghị có đồng chí Lương Văn Khải, Bí thư Tỉnh ủy Hòa Phong.\n"
                    "Phó Chủ tịch UBND tỉnh Đinh Thế Hưng.\nTrưởng Ban Dân vận Tỉnh ủy Vũ Thị Lan.")
    assert got == ["Lương Văn Khải", "Đinh Thế Hưng", "Vũ Thị Lan"]


def test_a_later_sentence_that_opens_with_words_other_than_titles_ends_the_list():
    got = attendees(_LEAD + "Dự hội nghị có đồng chí Lương Văn Khải, Bí thư Tỉnh ủy Hòa Phong.\n"
                    "Năm nay, gia đình ông Đinh Thế Hưng được khen thưởng.")
    assert got == ["Lương Văn Khải"]
