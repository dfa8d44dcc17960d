"""A council named after the posts held in it (kg.extract.title_chains), on invented sentences."""
from __future__ import annotations

from helpers import graph_body_names as names, posts


def test_a_council_after_a_chain_is_the_body_of_its_department_and_standing_member_titles():
    text = "Bà Trần Thị Mai, Tỉnh ủy viên, Ủy viên Thường trực, Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh Hà Nam được bầu."
    assert posts(text)["Trần Thị Mai"] == [("Tỉnh ủy viên", "Tỉnh ủy Hà Nam"),
                                           ("Ủy viên Thường trực", "Hội đồng nhân dân tỉnh Hà Nam"),
                                           ("Trưởng Ban Văn hóa - Xã hội", "Hội đồng nhân dân tỉnh Hà Nam")]
    assert "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hà Nam" in names(text)


def test_a_council_board_with_its_dash_written_without_spaces():
    got = posts("Ông Lê Văn Hòa, Trưởng Ban Kinh tế-Ngân sách HĐND tỉnh Hà Nam phát biểu.")
    assert got["Lê Văn Hòa"] == [("Trưởng Ban Kinh tế - Ngân sách", "Hội đồng nhân dân tỉnh Hà Nam")]


def test_a_standing_member_of_a_council():
    got = posts("Ông Lê Văn Hòa, Ủy viên Thường trực HĐND tỉnh Hà Nam phát biểu.")
    assert got["Lê Văn Hòa"] == [("Ủy viên Thường trực", "Hội đồng nhân dân tỉnh Hà Nam")]


def test_a_party_title_before_a_council_keeps_its_own_committee():
    got = posts("Ông Lê Văn Hòa, Bí thư Huyện ủy, Chủ tịch HĐND huyện Kim Bảng phát biểu.")
    assert got["Lê Văn Hòa"][0] == ("Bí thư", "Huyện ủy Kim Bảng")
