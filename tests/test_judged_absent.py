"""One whose conduct a meeting judges is spoken of, not present (kg.extract.spoken_of, absent cues)."""
from __future__ import annotations

from helpers import facts

_LEAD = "Sáng 3/9/2024, Ủy ban Kiểm tra Tỉnh ủy Hòa Phong tổ chức kỳ họp thứ 9. "


def people(text: str) -> list[tuple]:
    return [(sorted(event.attendees), sorted(event.speakers)) for event in facts(text).events]


def test_one_proposed_for_discipline_is_not_at_the_session():
    text = _LEAD + ("Tại kỳ họp, Ủy ban đề nghị Ban Thường vụ Tỉnh ủy xem xét, xử lý ông Lục Văn Tằng, nguyên Giám "
                    "đốc Sở Xây dựng.")
    assert people(text) == [([], [])]


def test_one_whose_responsibility_is_to_be_reviewed_is_not_at_the_session():
    text = _LEAD + ("Tại kỳ họp, Ủy ban đề nghị Ban Thường vụ Tỉnh ủy xem xét trách nhiệm của ông Lục Văn Tằng, "
                    "nguyên Giám đốc Sở Xây dựng.")
    assert people(text) == [([], [])]


def test_the_one_who_proposes_the_discipline_is_still_there():
    text = _LEAD + ("Tại kỳ họp, đồng chí Mã Thị Quyên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy đề nghị xem xét, xử lý ông "
                    "Lục Văn Tằng.")
    assert people(text) == [(["Mã Thị Quyên"], ["Mã Thị Quyên"])]
