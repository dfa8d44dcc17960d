"""Titles in the forms articles write them, on invented chains and sentences: short forms,
chains without commas, former posts, posts given to a whole list."""
from __future__ import annotations

import pytest

from kg.extract.title_chains import parse_chain
from kg.lexicon import with_short_forms
from helpers import posts


def roles(text: str) -> list[str]:
    return [t.role for t in parse_chain(text, 0)[0]]


def test_short_forms_make_more_surfaces_of_one_title():
    rows = with_short_forms([["Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Trung ương Đảng"]],
                            [["Ban Chấp hành", "BCH"], ["Trung ương", "TW, T.Ư"]])
    assert [r[0] for r in rows] == ["Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên Ban Chấp hành TW Đảng",
                                    "Ủy viên Ban Chấp hành T.Ư Đảng", "Ủy viên BCH Trung ương Đảng",
                                    "Ủy viên BCH TW Đảng", "Ủy viên BCH T.Ư Đảng"]
    assert {r[1] for r in rows} == {"Ủy viên Trung ương Đảng"}


@pytest.mark.parametrize("surface", ["Ủy viên TƯ Đảng", "Ủy viên BCH TW Đảng", "Ủy viên BCH T.Ư Đảng",
                                     "Ủy viên Ban Chấp hành TW Đảng"])
def test_a_central_committee_member_in_short_forms(surface):
    assert roles(f"{surface}, Bí thư Tỉnh ủy") == ["Ủy viên Trung ương Đảng", "Bí thư"]


def test_an_alternate_central_committee_member_in_short_forms():
    assert roles("Ủy viên Dự khuyết BCH T.Ư Đảng, Bí thư Tỉnh ủy") == ["Ủy viên dự khuyết Trung ương Đảng", "Bí thư"]


def test_nguyen_before_a_chain_holds_for_each_title_but_a_duty():
    assert roles("nguyên Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh") == ["nguyên Phó Bí thư Thường trực",
                                                                          "nguyên Chủ tịch"]
    assert roles("nguyên Phó Chủ tịch UBND tỉnh, Chủ tịch Hội Nông dân tỉnh") == ["nguyên Phó Chủ tịch",
                                                                                 "nguyên Chủ tịch"]
    assert roles("nguyên Bí thư Huyện ủy, HUV phụ trách địa bàn") == ["nguyên Bí thư",
                                                                      "Huyện ủy viên phụ trách địa bàn"]


def test_a_former_title_before_the_name_and_a_plural_title_before_names():
    got = posts("Dự đại hội có nguyên Phó Chủ tịch Quốc hội Lương Văn Hải; các nguyên Phó Bí thư Thường trực "
                "Tỉnh ủy Trần Văn Phúc, Đỗ Thị Hạnh.")
    assert got == {"Lương Văn Hải": [("nguyên Phó Chủ tịch", "Quốc hội")],
                   "Trần Văn Phúc": [("nguyên Phó Bí thư Thường trực", "Tỉnh ủy")],
                   "Đỗ Thị Hạnh": [("nguyên Phó Bí thư Thường trực", "Tỉnh ủy")]}


def test_a_comma_left_out_before_a_title_or_after_a_name():
    assert roles("Ủy viên Ban Thường vụ Tỉnh ủy Phó Chủ tịch UBND tỉnh") == ["Ủy viên Ban Thường vụ", "Phó Chủ tịch"]
    got = posts("Bà Lê Thị Hồng Nhung Phó Chủ tịch Hội LHPN tỉnh Bình Phước phát biểu.")
    assert got == {"Lê Thị Hồng Nhung": [("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Bình Phước")]}


def test_an_election_after_a_list_is_every_listed_persons():
    got = posts("Bà Đinh Thị Hoa, Trưởng Ban Pháp chế HĐND tỉnh Lào Cai và ông Hà Văn Bằng, Giám đốc Sở Tư pháp "
                "tỉnh Lào Cai được bầu giữ chức Phó Chủ tịch UBND tỉnh Lào Cai.")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai") in got["Đinh Thị Hoa"]
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai") in got["Hà Văn Bằng"]
    assert ("Giám đốc", "Sở Tư pháp tỉnh Lào Cai") not in got["Đinh Thị Hoa"]


def test_titles_known_after_one_the_lexicon_lacks_are_still_the_persons():
    got = posts("Đại tá Lò Văn Hưng, Tỉnh ủy viên, Trưởng Tiểu ban Điều phối Lễ hội Hoa Ban, Chỉ huy trưởng Bộ Chỉ huy "
                "Quân sự tỉnh Điện Biên phát biểu. Đồng chí Cầm Văn Minh, Bí thư Huyện ủy, Quàng Thị Lan, Chủ tịch "
                "UBND huyện dự.")
    assert [role for role, _ in got["Lò Văn Hưng"]] == ["Tỉnh ủy viên", "Chỉ huy trưởng"]
    assert [role for role, _ in got["Cầm Văn Minh"]] == ["Bí thư"]
    assert [role for role, _ in got["Quàng Thị Lan"]] == ["Chủ tịch"]


def test_a_title_then_a_dash_then_the_name_as_captions_write_it():
    got = posts("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh-Lê Văn Thành tặng hoa cho Tổng Biên tập Báo Sông Lam-Hồ Văn Bảy")
    assert got["Lê Văn Thành"] == [("Bí thư", "Tỉnh ủy"), ("Chủ tịch", "Hội đồng nhân dân tỉnh")]
    assert [role for role, _ in got["Hồ Văn Bảy"]] == ["Tổng Biên tập"]


def test_glued_chair_abbreviations_and_a_youth_leader_elected():
    got = posts("Dự có ông Lê Văn Thành, CTUBND huyện Gio Linh và ông Hồ Văn Bảy, PCTHĐND huyện Gio Linh. "
                "Đại hội bầu anh Lò Văn Hưng giữ chức Bí thư Tỉnh đoàn Điện Biên.")
    assert got["Lê Văn Thành"] == [("Chủ tịch", "Ủy ban nhân dân huyện Gio Linh")]
    assert got["Hồ Văn Bảy"] == [("Phó Chủ tịch", "Hội đồng nhân dân huyện Gio Linh")]
    assert [role for role, _ in got["Lò Văn Hưng"]] == ["Bí thư"]


def test_a_title_heads_the_people_named_after_la():
    got = posts("Có 3 Phó Bí thư là bà Tôn Thị Hạnh, bà Huỳnh Thị Hằng (Chủ tịch UBND tỉnh) và ông Võ Văn Đức. "
                "Sau đó ông Lê Văn Tâm phát biểu.")
    assert got["Tôn Thị Hạnh"] == got["Võ Văn Đức"] == [("Phó Bí thư", None)]
    assert ("Phó Bí thư", None) in got["Huỳnh Thị Hằng"]
    assert got["Lê Văn Tâm"] == []


def test_the_posts_written_after_a_membership_are_the_persons():
    got = posts("Cụ thể gồm: bà Huỳnh Thị Dung, đảng viên Chi bộ thôn Sâm Tây thuộc Đảng bộ xã Núi Hòa; nguyên Phó "
                "Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Tam An, huyện Núi Hòa. Ông Lê Văn Minh, đảng viên Chi bộ 3, "
                "Nguyễn Văn Tư, Bí thư Chi bộ 3 dự.")
    assert got["Huỳnh Thị Dung"] == [("nguyên Phó Bí thư", "Đảng ủy xã Tam An"),
                                     ("nguyên Chủ tịch", "Ủy ban nhân dân xã Tam An")]
    assert got["Lê Văn Minh"] == []  # the next person's posts are not the member's


def test_a_bare_party_committee_is_the_one_of_the_council_place_beside_it():
    assert [(t.role, t.body.level_word, t.body.place) for t in parse_chain(
        "Bí thư Đảng ủy, Chủ tịch HĐND phường Trường An", 0)[0]] == [("Bí thư", "phường", "Trường An"),
                                                                    ("Chủ tịch", "phường", "Trường An")]
    assert parse_chain("Bí thư Đảng ủy, Chủ tịch HĐND tỉnh Hà Nam", 0)[0][0].body.place is None  # a Tỉnh ủy's
