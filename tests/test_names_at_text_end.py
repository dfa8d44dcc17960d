"""A name at the very end of an excerpt, on invented text."""
from __future__ import annotations

from kg.extract.names import read_name


def test_a_name_the_excerpt_cuts_at_its_end_is_no_person():
    text = "HĐND tỉnh đã bầu các Phó Chủ tịch UBND tỉnh. Các ông: Nguyễn Anh Cường, Vương Đứ"
    assert read_name(text, text.index("Vương")) is None
    assert read_name(text, text.index("Nguyễn")) == ("Nguyễn Anh Cường", text.index(","))
