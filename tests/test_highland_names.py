"""Family names of the highland peoples that collide with the letters ending place names, on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_a_one_letter_family_name_opens_a_highland_name_after_a_title():
    text = "Dự hội nghị có Phó Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh A Thiên; Chủ tịch UBND tỉnh Y Văn Hùng."
    assert posts(text)["A Thiên"] == [("Phó Bí thư", "Tỉnh ủy"), ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh")]


def test_the_letter_ending_a_place_is_no_family_name_before_a_name():
    text = "Bí thư Huyện ủy Châu Thành A Lê Văn Ba phát biểu tại hội nghị."
    assert posts(text) == {"Lê Văn Ba": [("Bí thư", "Huyện ủy Châu Thành A")]}
