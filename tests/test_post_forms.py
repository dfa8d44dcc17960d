"""Which post a title gives and in which body, in forms of the genre, on invented sentences: a qualified
title under a list's heading (Phó Bí thư Thường trực among the Phó Bí thư), a post named before the people
it is given to or taken from (miễn nhiệm chức ... đối với ông A)."""
from __future__ import annotations

from helpers import posts


def test_a_standing_deputy_listed_under_the_deputies_holds_one_post():
    text = ("Các Phó Bí thư Tỉnh ủy Long An gồm: ông Trần Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy, "
            "Chủ tịch HĐND tỉnh; ông Lý Văn Bé, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    found = posts(text)
    assert ("Phó Bí thư Thường trực", "Tỉnh ủy Long An") in found["Trần Văn Tâm"]
    assert not any(role == "Phó Bí thư" for role, _ in found["Trần Văn Tâm"])
    assert ("Phó Bí thư", "Tỉnh ủy Long An") in found["Lý Văn Bé"]


def test_a_qualifier_in_parentheses_after_a_listed_name_qualifies_the_heading():
    text = "Có 3 Phó Bí thư Tỉnh ủy Long An là bà Lê Thị Hoa (thường trực), ông Lý Văn Bé và ông Đỗ Văn Tư."
    found = posts(text)
    assert found["Lê Thị Hoa"] == [("Phó Bí thư Thường trực", "Tỉnh ủy Long An")]
    assert found["Lý Văn Bé"] == [("Phó Bí thư", "Tỉnh ủy Long An")]


def test_a_general_title_given_after_the_qualified_one_is_a_post_of_its_own():
    text = ("Ông Trần Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy Long An khóa X, được bầu giữ chức "
            "Phó Bí thư Tỉnh ủy Long An khóa XI.")
    found = posts(text)["Trần Văn Tâm"]
    assert ("Phó Bí thư Thường trực", "Tỉnh ủy Long An") in found
    assert ("Phó Bí thư", "Tỉnh ủy Long An") in found


def test_a_standing_deputy_of_the_last_term_listed_under_the_new_deputies_holds_both():
    text = ("Ban Chấp hành đã bầu 2 Phó Bí thư Tỉnh ủy Long An khóa mới gồm các đồng chí: Trần Văn Tâm "
            "(Phó Bí thư Thường trực Tỉnh ủy khóa X) và Lý Văn Bé (Chủ tịch UBND tỉnh).")
    found = posts(text)["Trần Văn Tâm"]
    assert ("Phó Bí thư Thường trực", "Tỉnh ủy Long An") in found
    assert ("Phó Bí thư", "Tỉnh ủy Long An") in found


def test_a_post_taken_from_people_named_after_it():
    found = posts("HĐND tỉnh cũng miễn nhiệm Ủy viên UBND tỉnh đối với Phó Trưởng ban Tuyên giáo Tỉnh ủy Lò Văn Hoàn "
                  "và Giám đốc Sở Tài chính Hà Thị Mến, do chuyển công tác.")
    assert ("Ủy viên", "Ủy ban nhân dân tỉnh") in found["Lò Văn Hoàn"]
    assert ("Ủy viên", "Ủy ban nhân dân tỉnh") in found["Hà Thị Mến"]
    found = posts("Kỳ họp tán thành miễn nhiệm chức vụ phó chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026 với ông Phạm Văn "
                  "Toàn, Ủy viên Ban thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy Sơn La.")
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La") in found["Phạm Văn Toàn"]


def test_a_post_sought_for_someone_is_not_given_to_them():
    found = posts("Ban Tổ chức đã giới thiệu nhân sự để bầu chức danh Phó Bí thư Tỉnh ủy đối với ông Võ Văn Hải.")
    assert found["Võ Văn Hải"] == []


def test_a_title_first_with_a_district_the_gazetteer_tells_apart_by_kind():
    assert posts("Bí thư Huyện ủy Kỳ Anh Trần Đình Gia phát biểu.")["Trần Đình Gia"] == [("Bí thư", "Huyện ủy Kỳ Anh")]


def test_a_bloc_committee_written_before_its_holders_name_stops_at_the_name():
    found = posts("Phó Bí thư Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh Nguyễn Trọng Vân dự lễ bàn giao.")
    assert found["Nguyễn Trọng Vân"] == [("Phó Bí thư", "Đảng ủy Khối các cơ quan và Doanh nghiệp tỉnh")]
    found = posts("Ông Lê Văn An, Bí thư Đảng ủy Khối các cơ quan tỉnh Nghệ An phát biểu.")
    assert found["Lê Văn An"] == [("Bí thư", "Đảng ủy Khối các cơ quan tỉnh Nghệ An")]


def test_a_staff_title_before_a_unit_is_a_post_in_that_unit():
    found = posts("Dự có bà Hà Thị Lan, chuyên viên Phòng Tổng hợp; ông Đỗ Văn Tùng, Chuyên viên Phòng Tài nguyên và "
                  "Môi trường huyện Yên Thế; ông Lê Văn Tâm, Chuyên viên Ban Tổ chức Huyện ủy Yên Thế.")
    assert found["Hà Thị Lan"] == [("Chuyên viên", "Phòng Tổng hợp")]
    assert found["Đỗ Văn Tùng"] == [("Chuyên viên", "Phòng Tài nguyên và Môi trường huyện Yên Thế")]
    assert found["Lê Văn Tâm"] == [("Chuyên viên", "Ban Tổ chức Huyện ủy Yên Thế")]


def test_a_staff_title_before_no_department_or_unit_is_no_post():
    found = posts("Bà Hà Thị Lan, chuyên viên phòng quận, huyện - Ban Tổ chức Thành ủy, phát biểu.")
    assert not any(role == "Chuyên viên" for role, _ in found["Hà Thị Lan"])


def test_a_standing_member_abbreviated_with_the_committee():
    found = posts("Đ/c Võ Văn Chánh- UVBTVTU, Bí thư Thành ủy Biên Hòa chủ trì hội nghị.")
    assert found["Võ Văn Chánh"] == [("Ủy viên Ban Thường vụ", "Tỉnh ủy"), ("Bí thư", "Thành ủy Biên Hòa")]
    found = posts("Ông Lê Văn Nam, UV BTV HU, Chủ tịch UBND huyện Yên Thế phát biểu.")
    assert ("Ủy viên Ban Thường vụ", "Huyện ủy Yên Thế") in found["Lê Văn Nam"]


def test_a_title_given_after_the_body_a_clause_opens_with_is_in_that_body():
    found = posts("Sau hợp nhất, UBND tỉnh Long An có ông Hồ Văn Tư làm Chủ tịch; 2 Phó Chủ tịch, gồm bà Lê Thị Thu "
                  "và ông Lê Văn Phúc.")
    assert found["Hồ Văn Tư"] == [("Chủ tịch", "Ủy ban nhân dân tỉnh Long An")]
    assert found["Lê Thị Thu"] == [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Long An")]
    found = posts("Tại đại hội của UBND tỉnh Long An, ông Hồ Văn Tư làm Chủ tịch.")
    assert found["Hồ Văn Tư"] == [("Chủ tịch", None)]


def test_the_standing_member_of_the_secretariat_named_with_the_central_committee():
    found = posts("Dự đại hội còn có nguyên Thường trực Ban Bí thư Trung ương Đảng Lê Hồng Sơn.")
    assert found["Lê Hồng Sơn"] == [("nguyên Thường trực Ban Bí thư", "Ban Bí thư")]


def test_a_former_post_in_parentheses_after_the_chain():
    found = posts("Ông Lê Văn Tâm, Bí thư Huyện ủy Yên Thế (nguyên Chủ tịch UBND huyện Yên Thế) phát biểu. "
                  "Ông Võ Văn Sỹ, Chủ tịch UBND huyện Tân Yên (Bắc Giang) dự.")
    assert found["Lê Văn Tâm"] == [("Bí thư", "Huyện ủy Yên Thế"), ("nguyên Chủ tịch", "Ủy ban nhân dân huyện Yên Thế")]
    assert found["Võ Văn Sỹ"] == [("Chủ tịch", "Ủy ban nhân dân huyện Tân Yên")]


def test_a_party_title_without_its_committee_beside_a_placed_council_is_that_places_committee():
    found = posts("Sáng 3/9, Đảng ủy xã Tân Lập tổ chức đại hội. Dự có các đồng chí: Lò Văn Tâm, nguyên Phó Bí thư "
                  "Thường trực, Chủ tịch HĐND tỉnh Lai Châu; Hà Thị Mai, Ủy viên Ban Thường vụ, Chủ tịch UBND huyện "
                  "Tam Đường.")
    assert found["Lò Văn Tâm"] == [("nguyên Phó Bí thư Thường trực", "Tỉnh ủy Lai Châu"),
                                   ("nguyên Chủ tịch", "Hội đồng nhân dân tỉnh Lai Châu")]
    assert found["Hà Thị Mai"][0] == ("Ủy viên Ban Thường vụ", "Huyện ủy Tam Đường")
