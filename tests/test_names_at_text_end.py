"""A name at the very end of an excerpt, on invented text: a list the excerpt cuts loses its last
name (maybe cut too); a caption's name at the end stays."""
from __future__ import annotations

from helpers import facts


def names(text: str) -> set[str]:
    return {p.name for p in facts(text).persons}


def test_the_last_name_of_a_list_the_excerpt_cuts_is_no_person():
    got = names("HĐND tỉnh đã bầu các Phó Chủ tịch UBND tỉnh. Các ông: Nguyễn Anh Cường, Vương Đứ")
    assert got == {"Nguyễn Anh Cường"}


def test_a_caption_name_at_the_end_stays():
    assert "Hồ Văn Bảy" in names("Bí thư Tỉnh ủy tặng hoa cho Tổng Biên tập Báo Sông Lam-Hồ Văn Bảy")
