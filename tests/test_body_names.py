"""Bodies the genre names in full: the Party, central bodies, merged provinces, numbered and listed
units (second round of body rules), on invented sentences."""
from __future__ import annotations

from helpers import facts, graph_body_names, posts


def test_the_party_named_in_an_anniversary_is_a_body():
    got = graph_body_names("Nhân kỷ niệm 99 năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng ủy xã Tân Lâm tổ chức gặp mặt.")
    assert "Đảng Cộng sản Việt Nam" in got and "Đảng ủy xã Tân Lâm" in got


def test_a_province_named_with_a_dash_is_one_place_however_the_dash_is_spaced():
    text = ("Đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu, dự buổi lễ cùng đại diện "
            "UBND tỉnh Bà Rịa – Vũng Tàu.")
    got = graph_body_names(text)
    assert {"Tỉnh ủy Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"} <= got
    assert "Tỉnh ủy Bà Rịa" not in got
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư", "Tỉnh ủy Bà Rịa - Vũng Tàu")]


def test_central_executive_of_a_mass_organization_is_its_own_body():
    text = ("Dự đại hội có bà Lê Thị Hòa, Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN; ông Trần Văn Nam, "
            "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam và ông Phan Văn Tú, Bí thư Thường trực "
            "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh. Ban Bí thư Trung ương Đoàn đã chỉ định Ban Chấp hành.")
    got = posts(text)
    assert got["Lê Thị Hòa"] == [("Phó Chủ tịch", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam")]
    assert got["Trần Văn Nam"] == [("Ủy viên Ban Thường vụ", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam")]
    assert got["Phan Văn Tú"] == [("Bí thư Thường trực", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh")]
    bodies = graph_body_names(text)
    assert "Ban Bí thư Trung ương Đoàn" in bodies and "Ban Bí thư" not in bodies
    assert "Ban Chấp hành Trung ương" not in bodies


def test_the_youth_unions_first_secretary_and_its_central_committee_written_short():
    text = ("Dự lễ có ông Đào Văn Khôi, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư thứ nhất T.Ư Đoàn, "
            "và Bí thư thứ nhất Trung ương Đoàn Lý Văn Tấn. Ban Bí thư TƯ Đoàn đã khen thưởng các tập thể.")
    youth = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
    got = posts(text)
    assert got["Đào Văn Khôi"] == [("Ủy viên dự khuyết Trung ương Đảng", "Ban Chấp hành Trung ương"),
                                   ("Bí thư thứ nhất", youth)]
    assert got["Lý Văn Tấn"] == [("Bí thư thứ nhất", youth)]
    bodies = graph_body_names(text)
    assert "Ban Bí thư Trung ương Đoàn" in bodies and "Ban Bí thư" not in bodies


def kinds(text: str) -> dict[str, str]:
    return {b.name: b.kind for b in facts(text).bodies if b.name}


def test_a_board_of_a_mass_organization_is_of_its_kind():
    got = kinds("Đại hội bầu Ủy ban Kiểm tra Huyện đoàn Tân Lâm khóa mới gồm 5 đồng chí; "
                "Ủy ban Kiểm tra Huyện ủy Tân Lâm dự đại hội.")
    assert got["Ủy ban Kiểm tra Huyện đoàn Tân Lâm"] == "mass_organization"
    assert got["Ủy ban Kiểm tra Huyện ủy Tân Lâm"] == "party_department"


def test_a_party_cell_named_by_its_number_is_a_body():
    got = graph_body_names("Huy hiệu 60 năm tuổi Đảng được trao cho đồng chí Lê Văn Hòa, Chi bộ 7 và đồng chí Trần Văn Nam, "
                "Chi bộ 12 của Đảng bộ phường Đông Hòa. Đảng ủy 20 phường đã tổ chức đại hội chi bộ.")
    assert {"Chi bộ 7", "Chi bộ 12"} <= got
    assert not any(n.startswith("Đảng ủy 20") for n in got)


def test_a_body_named_once_for_a_counted_list_of_places_is_one_in_each():
    got = graph_body_names("Đảng bộ xã Tân Lâm được thành lập trên cơ sở hợp nhất Đảng bộ của 3 xã gồm: Hòa Bình, "
                "Phú Mỹ và Tân Lâm.")
    assert {"Đảng bộ xã Hòa Bình", "Đảng bộ xã Phú Mỹ", "Đảng bộ xã Tân Lâm"} <= got


def test_an_academy_is_a_body_by_its_own_name():
    got = kinds("Đoàn công tác của Học viện Hậu cần và Học viện Chính trị khu vực III thăm Trường Chính trị tỉnh.")
    assert got.get("Học viện Hậu cần") == "other" and got.get("Học viện Chính trị khu vực III") == "other"
    assert "Học viện Chính trị" not in got


def test_a_delegation_head_title_takes_the_province_the_delegation_implies():
    for title in ("Trưởng đoàn ĐBQH", "Trưởng đoàn ĐBQH khóa XV tỉnh"):
        got = posts(f"Đồng chí Lê Văn Hòa, Bí thư Tỉnh ủy, {title} thăm xã Tân Lâm, tỉnh Vĩnh Phúc.")
        assert ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Phúc") in got["Lê Văn Hòa"], title
