"""Boards set up to organize one event, named like the organization department, on invented sentences."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_the_head_of_an_events_organizing_board_heads_that_board():
    text = "Ông Lê Văn Ba, Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Hòa Lâm lần thứ II, phát biểu."
    assert posts(text)["Lê Văn Ba"] == [("Chủ tịch", "Ủy ban nhân dân tỉnh"),
                                       ("Trưởng Ban", "Ban Tổ chức Đại hội Thi đua yêu nước tỉnh Hòa Lâm lần thứ II")]


def test_an_organizing_board_written_in_lower_case_keeps_the_boards_name():
    text = "Ông Lê Văn Ba - Phó Chủ tịch UBND huyện - Trưởng ban tổ chức Hội trại tòng quân huyện, cùng dự."
    assert "Ban Tổ chức Hội trại tòng quân huyện" in graph_body_names(text)


def test_the_organization_department_of_a_committee_stays_the_department():
    text = "Ông Lê Văn Ba, Trưởng Ban Tổ chức Huyện ủy Tân Lạc, phát biểu."
    assert posts(text)["Lê Văn Ba"] == [("Trưởng Ban Tổ chức", "Huyện ủy Tân Lạc")]
