"""'Dưới sự chủ trì của Phó Bí thư A': the doer of an act made a noun is named after 'của'
(kg.extract.cue_relations), on invented sentences."""
from __future__ import annotations

from datetime import date

from helpers import facts


def chairs(text: str) -> list[tuple]:
    return [(e.chairs, sorted(e.attendees)) for e in facts(text, date(2024, 3, 6)).events]


def test_the_one_named_after_the_act_made_a_noun_chaired():
    got = chairs("Sáng 5/3, Huyện ủy Tân Lạc tổ chức Hội nghị. Dưới sự điều hành của Phó Bí thư Huyện ủy Lò Văn Khánh, "
                 "các đại biểu thảo luận.")
    assert got == [(["Lò Văn Khánh"], ["Lò Văn Khánh"])]


def test_not_the_one_named_before_it():
    got = chairs("Sáng 5/3, đồng chí Hà Văn Minh dự Hội nghị của Huyện ủy Tân Lạc dưới sự chủ trì của Bí thư Huyện ủy "
                 "Lò Văn Khánh.")
    assert got == [(["Lò Văn Khánh"], ["Hà Văn Minh", "Lò Văn Khánh"])]
