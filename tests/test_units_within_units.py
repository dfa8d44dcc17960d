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

