"""A verb of speech in the name of an event someone attended or held is what the event was for, no speech of
theirs (kg.extract.event_purpose), on invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from helpers import facts


def people(text: str) -> list[tuple]:
    return [(sorted(e.attendees), e.speakers) for e in facts(text, date(2024, 3, 6)).events]


@pytest.mark.parametrize("text", [
    "Sáng 5/3, đồng chí Lò Văn Khánh, Bí thư Huyện ủy Tân Lạc dự Hội nghị quán triệt Nghị quyết Trung ương.",
    "Sáng 5/3, đồng chí Lò Văn Khánh, Bí thư Huyện ủy Tân Lạc chủ trì hội nghị góp ý dự thảo văn kiện.",
    "Sáng 5/3, đồng chí Lò Văn Khánh, Bí thư Huyện ủy Tân Lạc đã có buổi tiếp xúc cử tri chuyên đề góp ý dự án Luật.",
])
def test_the_purpose_in_an_events_name_makes_no_speaker(text):
    assert people(text) == [(["Lò Văn Khánh"], [])]


@pytest.mark.parametrize("text", [
    # the verb after "và" is the subject's own
    "Sáng 5/3, đồng chí Lò Văn Khánh, Bí thư Huyện ủy Tân Lạc dự Hội nghị quán triệt Nghị quyết và phát biểu.",
    # an event named inside a body's name, or as the subject that heard the speech, names no purpose
    "Sáng 5/3, Huyện ủy Tân Lạc tổ chức Đại hội. Đồng chí Lò Văn Khánh thay mặt Đoàn Chủ tịch Đại hội báo cáo "
    "trước Đại hội.",
    "Sáng 5/3, Huyện ủy Tân Lạc tổ chức Đại hội. Đại hội đã nghe phát biểu chỉ đạo của đồng chí Lò Văn Khánh.",
])
def test_a_speech_outside_the_events_name_still_makes_a_speaker(text):
    assert people(text) == [(["Lò Văn Khánh"], ["Lò Văn Khánh"])]
