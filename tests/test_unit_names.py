"""Units a head's title names as written (kg.extract.unit_names), on invented sentences."""
from __future__ import annotations

from helpers import graph_body_names as names, posts


def test_a_unit_after_a_head_title_is_the_posts_body_as_written():
    got = posts("Dự có bà Trần Thị Mai, Giám đốc Trung tâm Thông tin xúc tiến du lịch Nam Hà.")
    assert got["Trần Thị Mai"] == [("Giám đốc", "Trung tâm Thông tin xúc tiến du lịch Nam Hà")]


def test_a_unit_name_ends_before_and_with_a_lower_case_word():
    text = "Dự có ông Lê Văn Hòa, Phó Cục trưởng Cục Thuế tỉnh Nam Hà và bà Trần Thị Mai, Tổng Biên tập Báo Nam Hà."
    got = posts(text)
    assert got["Lê Văn Hòa"] == [("Phó Cục trưởng", "Cục Thuế tỉnh Nam Hà")]
    assert got["Trần Thị Mai"] == [("Tổng Biên tập", "Báo Nam Hà")]


def test_a_unit_name_in_sentence_case_runs_to_its_place():
    got = posts("Ông Phan Văn Tư, nguyên Giám đốc Trung tâm y tế huyện Tân Lâm phát biểu tại hội nghị.")
    assert got["Phan Văn Tư"] == [("nguyên Giám đốc", "Trung tâm y tế huyện Tân Lâm")]
    assert "Trung tâm y tế huyện Tân Lâm" in names("Ông Phan Văn Tư, Giám đốc Trung tâm y tế huyện Tân Lâm.")


def test_a_caption_dash_ends_the_unit_before_the_name():
    assert posts("Tổng Biên tập Báo Tân Lâm-Hồ Văn Sáu")["Hồ Văn Sáu"] == [("Tổng Biên tập", "Báo Tân Lâm")]


def test_no_unit_where_the_name_cannot_be_told_from_the_sentence():
    got = posts("Ông Lê Văn Tám, Giám đốc Trung tâm phát biểu tại hội nghị. Ông Cao Văn Chín, Giám đốc Trung tâm "
                "Y tế cho biết.")
    assert got["Lê Văn Tám"] == [("Giám đốc", None)] and got["Cao Văn Chín"] == [("Giám đốc", None)]


def test_a_common_noun_in_lower_case_is_no_unit():
    assert posts("Ông Lê Văn Tám, Giám đốc trung tâm của huyện Tân Lâm.")["Lê Văn Tám"] == [("Giám đốc", None)]


def test_nha_truong_after_a_head_title_is_the_school_the_article_names():
    got = posts("Sáng 3/4, Chi bộ Trường THCS Lê Lợi tổ chức đại hội. Đồng chí Lê Văn Hòa – Bí thư Chi bộ, Hiệu trưởng "
                "nhà trường phát biểu. Đồng chí Trần Thị Mai, Phó Hiệu trưởng Nhà trường, trình bày báo cáo.")
    assert ("Hiệu trưởng", "Trường THCS Lê Lợi") in got["Lê Văn Hòa"]
    assert got["Trần Thị Mai"] == [("Phó Hiệu trưởng", "Trường THCS Lê Lợi")]


def test_nha_truong_in_an_article_naming_two_schools_is_no_body():
    got = posts("Trường THCS Lê Lợi và Trường THCS Kim Đồng dự lễ. Đồng chí Lê Văn Hòa, Hiệu trưởng nhà trường phát biểu.")
    assert got["Lê Văn Hòa"] == [("Hiệu trưởng", None)]


def test_a_department_of_the_province_abbreviated_with_dashes():
    got = posts("Ông Lê Văn Hòa, Tỉnh ủy viên, Giám đốc Sở VH-TT-DL Điện Biên được bầu.")
    assert ("Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên") in got["Lê Văn Hòa"]


def test_a_two_word_unit_name_in_sentence_case_closed_by_a_mark():
    got = posts("Dự có ông Lê Văn Hòa, Phó Cục trưởng Cục Tuyên huấn; bà Trần Thị Mai, Tổng Biên tập Báo Nhân dân.")
    assert got["Lê Văn Hòa"] == [("Phó Cục trưởng", "Cục Tuyên huấn")]
    assert got["Trần Thị Mai"] == [("Tổng Biên tập", "Báo Nhân dân")]
    assert posts("Ông Cao Văn Chín, Giám đốc Trung tâm báo cáo nhanh, phát biểu.")["Cao Văn Chín"] == [("Giám đốc", None)]
