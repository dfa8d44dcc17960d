"""Posts and bodies in forms of the genre, on invented sentences: a caption's credit after a title,
a Chi bộ written alone in a title,
a member of a state body (Ủy viên UBND tỉnh), a unit named with a number and linked to its place,
a council's place written at the end of its holder's chain, a numbered district written short (Q3)."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_a_credit_label_ends_the_place_of_a_caption():
    text = ("Ông Trịnh Văn Lộc phát biểu tại hội nghị.\n\n"
            "Ông Trịnh Văn Lộc nhận nhiệm vụ Bí thư Tỉnh ủy Yên Bái ẢNH: ĐOÀN MINH KHUÊ\n\n"
            "Hội nghị bế mạc chiều cùng ngày.")
    assert "Tỉnh ủy Yên Bái" in graph_body_names(text)
    assert not any("ẢNH" in name.upper() and "Yên Bái" in name for name in graph_body_names(text))
    assert not any(org and "Yên Bái" in org for person, found in posts(text).items()
                   if "Khuê" in person for _, org in found)


def test_a_cell_written_alone_in_a_title_among_several_cells_is_kept_as_written():
    text = ("Hội nghị xem xét kỷ luật đảng viên.\n\n"
            "Bà Lò Thị Hạnh, đảng viên Chi bộ thôn Bắc Sơn thuộc Đảng bộ xã Tân Phú, nguyên Bí thư Chi bộ, "
            "nguyên Giám đốc Trung tâm y tế huyện Tân Phú.\n\n"
            "Ông Quàng Văn Toàn, đảng viên Chi bộ thôn 3 thuộc Đảng bộ xã Tân Phú, nguyên Bí thư Chi bộ.")
    found = posts(text)
    assert ("nguyên Bí thư", "Chi bộ") in found["Lò Thị Hạnh"]
    assert ("nguyên Bí thư", "Chi bộ") in found["Quàng Văn Toàn"]
    assert "Chi bộ" in graph_body_names(text)


def test_a_cell_written_alone_in_a_title_beside_one_named_cell_is_that_cell():
    text = "Ông Lò Văn Hạnh, đảng viên Chi bộ thôn Bắc Sơn, nguyên Bí thư Chi bộ, phát biểu."
    assert ("nguyên Bí thư", "Chi bộ thôn Bắc Sơn") in posts(text)["Lò Văn Hạnh"]
    assert "Chi bộ" not in graph_body_names("Các đảng viên trong chi bộ thôn đã họp.")


def test_a_member_of_the_provincial_executive_is_a_post_of_that_body():
    found = posts("Ông Lò Văn Tâm, Ủy viên UBND tỉnh, Giám đốc Công an tỉnh phát biểu.")
    assert found["Lò Văn Tâm"][0] == ("Ủy viên", "Ủy ban nhân dân tỉnh")
    listed = posts("Kỳ họp bầu bổ sung các Ủy viên UBND tỉnh gồm Chánh Văn phòng UBND tỉnh Hoàng Văn Lực, "
                   "Giám đốc Sở Nội vụ Lê Thị Thoa.")
    assert ("Ủy viên", "Ủy ban nhân dân tỉnh") in listed["Hoàng Văn Lực"]
    assert ("Ủy viên", "Ủy ban nhân dân tỉnh") in listed["Lê Thị Thoa"]


def test_a_member_title_alone_or_of_a_department_is_no_bare_member_post():
    found = posts("Bà Lê Thị Na, Ủy viên Ủy ban Kiểm tra Tỉnh ủy dự. Ông Vi Văn Sáu, Ủy viên, phát biểu.")
    assert found["Lê Thị Na"] == [("Ủy viên Ủy ban Kiểm tra", "Tỉnh ủy")]
    assert found["Vi Văn Sáu"] == []


def test_a_steering_committee_named_with_a_number_and_linked_to_its_province():
    text = "Ông Lò Văn Tâm - Giám đốc Sở Y tế, Ủy viên Ban Chỉ đạo phòng chống dịch Covid-19 của tỉnh Yên Bái, dự."
    assert ("Ủy viên", "Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Yên Bái") in posts(text)["Lò Văn Tâm"]
    assert "Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Yên Bái" in graph_body_names(text)


def test_a_council_without_its_place_takes_the_place_that_ends_the_chain():
    text = ("Đại hội Đảng bộ phường Tân An có bà Lê Thị Mai, Phó Chủ tịch HĐND, Phó Trưởng đoàn đại biểu Quốc hội "
            "thành phố Hải Phòng dự.")
    assert posts(text)["Lê Thị Mai"] == [("Phó Chủ tịch", "Hội đồng nhân dân thành phố Hải Phòng"),
                                         ("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Hải Phòng")]
    assert "Hội đồng nhân dân phường Tân An" not in graph_body_names(text)
    alone = posts("Đại hội Đảng bộ phường Tân An có bà Lê Thị Mai, Phó Chủ tịch HĐND dự.")
    assert alone["Lê Thị Mai"] == [("Phó Chủ tịch", "Hội đồng nhân dân phường Tân An")]


def test_a_numbered_district_written_short_is_that_district():
    text = "Tham dự có đồng chí Lê Thị Hoa – Phó Chủ tịch Hội LHPN Q3, đồng chí Trần Văn Bình – Chủ tịch UBND Q.10."
    found = posts(text)
    assert found["Lê Thị Hoa"] == [("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ Quận 3")]
    assert found["Trần Văn Bình"] == [("Chủ tịch", "Ủy ban nhân dân Quận 10")]
