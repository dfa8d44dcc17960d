"""A department head's title written bare before a name, on invented sentences: it is the head of the one
department the article names with that head, or, with none or several, a post as written without a body."""
from __future__ import annotations

from helpers import posts


def test_a_bare_head_title_is_the_head_of_the_commission_the_article_names():
    got = posts("Ủy ban Kiểm tra Huyện ủy Tân Lâm tổ chức hội nghị sơ kết. Chủ nhiệm Trần Văn An chủ trì; "
                "Phó Chủ nhiệm Lò Thị Mai trình bày báo cáo.")
    assert got["Trần Văn An"] == [("Chủ nhiệm Ủy ban Kiểm tra", "Huyện ủy Tân Lâm")]
    assert got["Lò Thị Mai"] == [("Phó Chủ nhiệm Ủy ban Kiểm tra", "Huyện ủy Tân Lâm")]


def test_a_bare_head_title_without_its_commission_stays_as_written():
    got = posts("Tại buổi làm việc, Chủ nhiệm Trần Văn An đề nghị các chi bộ rà soát hồ sơ.")
    assert got == {"Trần Văn An": [("Chủ nhiệm", None)]}


def test_a_bare_head_title_between_two_commissions_takes_neither():
    got = posts("Ủy ban Kiểm tra Huyện ủy Tân Lâm và Ủy ban Kiểm tra Huyện ủy Bắc Sơn phối hợp kiểm tra. "
                "Chủ nhiệm Trần Văn An phát biểu.")
    assert got == {"Trần Văn An": [("Chủ nhiệm", None)]}


def test_the_political_head_of_a_military_command_is_not_a_bare_head():
    got = posts("Dự có Đại tá Lê Văn Hòa, Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh Quảng Trị.")
    assert [role for role, _ in got["Lê Văn Hòa"]] == ["Chủ nhiệm Chính trị"]


def test_the_army_political_directorate_named_short_is_the_head_body():
    got = posts("Dự có Thượng tướng Lê Văn Hòa, Chủ nhiệm Tổng cục Chính trị và Trung tướng Hà Văn Minh, Phó Chủ "
                "nhiệm Tổng cục Chính trị Công an nhân dân.")
    assert got["Lê Văn Hòa"] == [("Chủ nhiệm", "Tổng cục Chính trị Quân đội nhân dân Việt Nam")]
    assert got["Hà Văn Minh"] == [("Phó Chủ nhiệm", "Tổng cục Chính trị Công an nhân dân")]


def test_a_department_title_without_its_committee_takes_the_one_the_article_names():
    got = posts("Ủy ban Kiểm tra Huyện đoàn Tân Lâm khóa mới gồm 5 đồng chí; anh Lê Văn Khải, Phó Bí thư Huyện đoàn "
                "làm Chủ nhiệm Ủy ban Kiểm tra.")
    assert ("Chủ nhiệm Ủy ban Kiểm tra", "Huyện đoàn Tân Lâm") in got["Lê Văn Khải"]
