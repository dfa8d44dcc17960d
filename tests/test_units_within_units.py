"""Bodies and posts of units inside units and of cells named after several groups, on invented sentences."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_a_cell_named_after_several_numbered_groups_keeps_all_their_numbers():
    text = "Bà Lò Thị Mai, Bí thư Chi bộ tổ 2, 6, 8, phát biểu tại buổi lễ."
    assert posts(text)["Lò Thị Mai"] == [("Bí thư", "Chi bộ Tổ 2, 6, 8")]
    assert "Chi bộ Tổ 2" not in graph_body_names(text)


def test_two_numbered_groups_joined_by_and_make_one_cell():
    text = "Ông Vi Văn Toản, Bí thư chi bộ khu phố 4 và 9, cho biết như vậy."
    assert posts(text)["Vi Văn Toản"] == [("Bí thư", "Chi bộ Khu phố 4 và 9")]


def test_a_count_after_a_numbered_group_is_not_one_more_group():
    got = graph_body_names("Chi bộ tổ 3, 5 đảng viên được khen thưởng trong năm.")
    assert "Chi bộ Tổ 3" in got
    assert not any(name.startswith("Chi bộ Tổ 3,") for name in got)



def test_a_youth_union_cell_is_named_with_the_school_it_sits_in():
    text = "Ông Lò Văn Sáu, Bí thư Chi đoàn Trường THCS Hòa Lâm, phát biểu tại đại hội."
    assert posts(text)["Lò Văn Sáu"] == [("Bí thư", "Chi đoàn Trường THCS Hòa Lâm")]
    assert {"Chi đoàn Trường THCS Hòa Lâm", "Trường THCS Hòa Lâm"} <= graph_body_names(text)


def test_a_cell_of_a_committees_office_is_named_with_the_office():
    text = "Chị Hà Thị Mơ, Bí thư Chi bộ Văn phòng Huyện ủy Tân Lạc, phát biểu."
    assert posts(text)["Hà Thị Mơ"] == [("Bí thư", "Chi bộ Văn phòng Huyện ủy Tân Lạc")]
    assert {"Chi bộ Văn phòng Huyện ủy Tân Lạc", "Văn phòng Huyện ủy Tân Lạc"} <= graph_body_names(text)


def test_a_youth_union_cell_of_a_committees_department_is_named_with_the_department():
    text = "Chị Hà Thị Mơ, Phó Bí thư Chi đoàn Ban Tuyên giáo Huyện ủy Tân Lạc, phát biểu."
    assert posts(text)["Hà Thị Mơ"] == [("Phó Bí thư", "Chi đoàn Ban Tuyên giáo Huyện ủy Tân Lạc")]


def test_a_cell_of_a_joint_office_keeps_the_joint_office_whole():
    got = graph_body_names("Ông Lò Văn Sáu, Bí thư Chi bộ Văn phòng HĐND và UBND xã Tân Mỹ, phát biểu.")
    assert "Chi bộ Văn phòng HĐND và UBND xã Tân Mỹ" in got
    assert not any(name.startswith("Chi bộ Văn phòng Hội đồng") for name in got)


def test_a_bare_youth_union_cell_names_no_body():
    text = "Chị Hà Thị Mơ - Bí thư Chi đoàn trình bày báo cáo tại đại hội."
    assert not any(name.startswith("Chi đoàn") for name in graph_body_names(text))


def test_a_youth_cell_written_with_its_unions_word_is_named_with_its_host():
    text = "Bà Lê Thị Hoa, Phó Bí thư Chi đoàn Thanh niên Văn phòng Huyện ủy Tân Lạc, phát biểu."
    assert posts(text)["Lê Thị Hoa"] == [("Phó Bí thư", "Chi đoàn Thanh niên Văn phòng Huyện ủy Tân Lạc")]
