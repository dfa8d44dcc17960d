"""Lists of people and the names in them, on invented sentences (kg.extract.persons)."""
from __future__ import annotations

from helpers import posts


def test_a_list_goes_on_past_a_title_the_lexicon_lacks_to_the_next_semicolon():
    got = posts("Dự hội nghị có các đồng chí: Lò Văn Sáng, Phó Bí thư Tỉnh ủy Điện Biên, Trưởng Ban Chỉ đạo Lễ hội "
                "Hoa Ban tỉnh lần thứ II; Cầm Thị Nga, Phó Chủ tịch UBND tỉnh Điện Biên.")
    assert got["Lò Văn Sáng"][0] == ("Phó Bí thư", "Tỉnh ủy Điện Biên")
    assert got["Cầm Thị Nga"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên")]


def test_a_title_the_lexicon_lacks_is_no_name():
    got = posts("Dự buổi tiếp xúc có các đồng chí: Hà Văn Lực, Phó Chủ nhiệm Ủy ban Dân nguyện của Quốc hội; "
                "Đỗ Thị Mến, Phó Ban Thi đua – Khen thưởng tỉnh.")
    assert set(got) == {"Hà Văn Lực", "Đỗ Thị Mến"}


def test_a_place_word_ending_a_name_is_a_given_name():
    got = posts("Đồng chí Lò Văn Tỉnh, Bí thư Huyện ủy Mường Chà phát biểu. Bà Hà Thị Xã dự.")
    assert got == {"Lò Văn Tỉnh": [("Bí thư", "Huyện ủy Mường Chà")], "Hà Thị Xã": []}


def test_ethnic_minority_names_with_the_apostrophe_typed_any_way():
    for name in ("H’Yim Kđoh", "Hʼ Yim Kđoh", "H'Yim Kđoh", "Y Biêr Niê", "Ksor Phước Hà", "Rơ Mah Tuân", "Điểu Kré",
                 "Thào Seo Sình", "Vi Văn Sơn"):
        got = posts(f"Phó Chủ tịch UBND huyện Krông Bông {name} phát biểu. Đồng chí {name} đề nghị các xã nỗ lực.")
        assert got == {name: [("Phó Chủ tịch", "Ủy ban nhân dân huyện Krông Bông")]}, name


def test_a_list_headed_with_gom_and_forms_of_address():
    got = posts("Các Phó Bí thư Tỉnh Đoàn gồm các anh Lò Văn Hưng; Vàng A Páo và chị Lường Thị Mai.")
    assert set(got) == {"Lò Văn Hưng", "Vàng A Páo", "Lường Thị Mai"}
    assert all(roles and roles[0][0] == "Phó Bí thư" for roles in got.values())


def test_candidates_listed_for_a_post_do_not_hold_it():
    got = posts("Hội nghị giới thiệu 2 người ứng cử đại biểu HĐND tỉnh gồm: ông Lò Văn Hưng; bà Lường Thị Mai, "
                "Phó Chủ tịch UBND tỉnh.")
    assert got == {"Lò Văn Hưng": [], "Lường Thị Mai": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh")]}


def test_a_title_heads_a_list_opened_after_a_comma_and_joined_with_cung():
    got = posts("Tỉnh có 4 Phó Chủ tịch UBND tỉnh Long An, bao gồm bà Lê Thị Thu cùng các ông Lê Văn Phúc, Trần Trung Hồ "
                "và Ngô Công Thành.")
    for name in ("Lê Thị Thu", "Lê Văn Phúc", "Trần Trung Hồ", "Ngô Công Thành"):
        assert got[name] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Long An")]
