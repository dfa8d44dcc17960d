"""A province's body named without its place word, in an article about a centrally run city, on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_a_department_named_alone_in_a_centrally_run_citys_article_is_the_citys():
    text = "Sáng 3/5, Thành ủy Hà Nội tổ chức hội nghị. Phó Giám đốc Sở KH&ĐT Lê Văn Ba cho biết kết quả."
    assert posts(text)["Lê Văn Ba"] == [("Phó Giám đốc", "Sở Kế hoạch và Đầu tư thành phố Hà Nội")]


def test_a_department_named_alone_in_a_provinces_article_stays_the_provinces():
    text = "Sáng 3/5, Tỉnh ủy Nghệ An tổ chức hội nghị. Phó Giám đốc Sở KH&ĐT Lê Văn Ba cho biết kết quả."
    assert posts(text)["Lê Văn Ba"] == [("Phó Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Nghệ An")]


def test_a_written_province_word_is_kept_in_a_citys_article():
    text = "Sáng 3/5, Thành ủy Hà Nội tổ chức hội nghị. Phó Giám đốc Sở KH&ĐT tỉnh Lê Văn Ba cho biết kết quả."
    assert posts(text)["Lê Văn Ba"] == [("Phó Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh")]


def test_a_city_that_is_no_province_gives_no_place_to_a_provinces_department():
    text = "Sáng 3/5, Thành ủy Vinh tổ chức hội nghị. Phó Giám đốc Sở Y tế Lê Văn Ba cho biết kết quả."
    assert posts(text)["Lê Văn Ba"] == [("Phó Giám đốc", "Sở Y tế tỉnh")]
