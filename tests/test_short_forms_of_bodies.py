"""Short forms of bodies and titles as the genre writes them, on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_the_fronts_central_committee_written_short_is_the_central_committee():
    text = "Ủy viên Bộ Chính trị, Chủ tịch UBTƯ MTTQ Việt Nam Trần Văn Lộc chủ trì hội nghị."
    assert posts(text)["Trần Văn Lộc"] == [("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
                                          ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_the_fronts_central_committee_with_the_countrys_initials_is_the_central_committee():
    assert posts("Bà Lê Thị Hoa, Phó Chủ tịch UBTƯ MTTQVN, dự buổi lễ.")["Lê Thị Hoa"] == \
        [("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_the_merged_department_written_with_a_dash_is_the_merged_department():
    text = "Ông Lê Văn Ba, Phó Trưởng Ban Tuyên giáo – Dân vận Huyện ủy Tân Lạc, phát biểu."
    assert posts(text)["Lê Văn Ba"] == [("Phó Trưởng Ban Tuyên giáo và Dân vận", "Huyện ủy Tân Lạc")]


def test_a_standing_member_with_the_committee_in_its_short_form_is_of_that_committee():
    text = "Ủy viên Ban TVTU, Chủ tịch HĐND tỉnh Lê Văn Ba phát biểu tại kỳ họp."
    assert posts(text)["Lê Văn Ba"] == [("Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Chủ tịch", "Hội đồng nhân dân tỉnh")]


def test_the_partys_council_of_theory_is_a_central_body():
    text = "Ông Lê Văn Ba, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung ương, dự đại hội."
    assert posts(text)["Lê Văn Ba"] == [("Ủy viên Bộ Chính trị", "Bộ Chính trị"), ("Chủ tịch", "Hội đồng Lý luận Trung ương")]


def test_the_cooperatives_alliance_national_or_of_a_province_is_a_body():
    assert posts("Ông Trần Văn Tư - Chủ tịch Liên minh Hợp tác xã Việt Nam phát biểu.")["Trần Văn Tư"] == \
        [("Chủ tịch", "Liên minh Hợp tác xã Việt Nam")]
    assert posts("Bà Lê Thị Hoa, Phó Chủ tịch Liên minh HTX tỉnh Đồng Nai, phát biểu.")["Lê Thị Hoa"] == \
        [("Phó Chủ tịch", "Liên minh Hợp tác xã tỉnh Đồng Nai")]


def test_national_mass_bodies_written_short_are_the_national_bodies():
    assert posts("Bà Hà Thị Nga, Chủ tịch Hội LHPN Việt Nam, dự lễ.")["Hà Thị Nga"] == \
        [("Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam")]
    assert posts("Ông Trần Văn Hai, Chủ tịch Hội CCB Việt Nam, dự lễ.")["Trần Văn Hai"] == \
        [("Chủ tịch", "Hội Cựu chiến binh Việt Nam")]


def test_the_youth_federation_named_with_the_country_then_its_province_is_the_provinces():
    text = "Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh Bạc Liêu - Lê Văn Ba nhấn mạnh."
    assert posts(text)["Lê Văn Ba"] == [("Phó Bí thư", "Tỉnh đoàn Bạc Liêu"),
                                       ("Chủ tịch", "Hội Liên hiệp Thanh niên Việt Nam tỉnh Bạc Liêu")]


def test_a_minister_named_by_the_ministrys_field_is_the_ministrys():
    got = posts("Cùng đoàn có Đại tướng Trần Văn Tư, Bộ trưởng Quốc phòng; Thượng tướng Lê Văn Năm, Bộ trưởng Công an.")
    assert got == {"Trần Văn Tư": [("Bộ trưởng", "Bộ Quốc phòng")], "Lê Văn Năm": [("Bộ trưởng", "Bộ Công an")]}


def test_a_learning_association_of_a_province_is_a_body():
    assert posts("Ông Đoàn Văn Sáu được bầu làm Chủ tịch Hội Khuyến học tỉnh Hà Tĩnh.")["Đoàn Văn Sáu"] == \
        [("Chủ tịch", "Hội Khuyến học tỉnh Hà Tĩnh")]


def test_the_central_inspection_committees_office_is_a_body_of_its_own():
    text = "Dự có ông Lê Văn Ba, Phó Vụ trưởng Cơ quan UBKT Trung ương; ông Trần Văn Tư, Ủy viên UBKT Trung ương."
    assert posts(text)["Lê Văn Ba"] == [("Phó Vụ trưởng", "Cơ quan Ủy ban Kiểm tra Trung ương")]


def test_the_executive_of_the_party_named_in_full_is_the_central_committee():
    from helpers import graph_body_names
    got = graph_body_names("Hội nghị lần thứ 8 Ban Chấp hành Đảng Cộng sản Việt Nam khóa XIII đã bế mạc.")
    assert got == {"Ban Chấp hành Trung ương"}
