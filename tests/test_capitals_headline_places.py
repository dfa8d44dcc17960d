"""A headline written in capitals names no places by its case: a bare council of the article is its one ward."""
from tests.helpers import posts

_ARTICLE = (
    "HĐND PHƯỜNG HÒA LẠC TỔ CHỨC HỘI NGHỊ LIÊN TỊCH, KHÓA I\n"
    "Sáng 3/11/2025, tại trụ sở Đảng ủy - HĐND - UBND phường Hòa Lạc, Thường trực HĐND phường tổ chức Hội nghị "
    "liên tịch. Dự Hội nghị có đồng chí Lê Thị Mai, Bí thư Đảng ủy, Chủ tịch HĐND phường."
)


def test_a_bare_council_is_the_one_ward_the_article_names_beside_a_capitals_headline():
    assert posts(_ARTICLE)["Lê Thị Mai"] == [("Bí thư", "Đảng ủy phường Hòa Lạc"),
                                             ("Chủ tịch", "Hội đồng nhân dân phường Hòa Lạc")]
