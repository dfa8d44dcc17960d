"""More rules of the genre for bodies, found on the real corpus's misses, each on invented sentences."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_standing_deputy_of_an_inspection_committee_names_the_committee_as_a_body():
    text = "Dự có ông Lê Văn Tám, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Tỉnh ủy Hòa Lâm."
    assert "Ủy ban Kiểm tra Tỉnh ủy Hòa Lâm" in graph_body_names(text)
    assert posts(text)["Lê Văn Tám"] == [("Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra", "Tỉnh ủy Hòa Lâm")]
