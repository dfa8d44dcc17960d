"""Posts in central bodies and in units, on invented sentences: a committee of the National Assembly
stays in the role and Quốc hội is the body, whether linked by ``của`` or not."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_a_post_in_a_committee_of_the_national_assembly():
    got = posts("Đoàn gồm các đồng chí: Hà Văn Lâm, Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội, đại biểu Quốc hội "
                "tỉnh; Lò Thị Mai, Ủy viên Ủy ban Kinh tế và Tài chính Quốc hội; Đào Văn Bình, Phó Chủ nhiệm "
                "Thường trực Ủy ban Pháp luật của Quốc hội.")
    assert got == {"Hà Văn Lâm": [("Phó Chủ nhiệm Ủy ban Đối ngoại", "Quốc hội"), ("Đại biểu Quốc hội", "Quốc hội")],
                   "Lò Thị Mai": [("Ủy viên Ủy ban Kinh tế và Tài chính", "Quốc hội")],
                   "Đào Văn Bình": [("Phó Chủ nhiệm Thường trực Ủy ban Pháp luật", "Quốc hội")]}


def test_a_standing_member_of_a_national_assembly_committee():
    got = posts("Có ông Hà Văn Lâm, Ủy viên Thường trực Ủy ban Các vấn đề xã hội của Quốc hội phát biểu.")
    assert got == {"Hà Văn Lâm": [("Ủy viên Thường trực Ủy ban Các vấn đề xã hội", "Quốc hội")]}


def test_central_posts_of_the_state_and_the_party():
    got = posts("Có ông Lê Văn Hòa, Trưởng ban Chính sách, chiến lược Trung ương; ông Trần Văn Sơn, Ủy viên BCH "
                "Trung ương Đảng, Uỷ viên Quân uỷ Trung ương, Thứ trưởng Bộ Quốc phòng; bà Võ Thị Lan, Phó Chủ tịch "
                "nước, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương.")
    assert got["Lê Văn Hòa"] == [("Trưởng Ban Chính sách, chiến lược", "Ban Chấp hành Trung ương")]
    assert got["Trần Văn Sơn"] == [("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương"),
                                   ("Ủy viên Quân ủy Trung ương", "Quân ủy Trung ương"), ("Thứ trưởng", "Bộ Quốc phòng")]
    assert [role for role, _ in got["Võ Thị Lan"]] == ["Phó Chủ tịch nước", "Phó Chủ tịch thứ nhất"]
    assert got["Võ Thị Lan"][0][1] is None


def test_the_standing_deputy_prime_minister_is_one_post_with_the_government_written_or_implied():
    got = posts("Dự hội nghị có Phó Thủ tướng Thường trực Chính phủ Đinh Văn Hòa Bình; ông Lại Minh Khoa, Ủy viên "
                "Bộ Chính trị, Phó Thủ tướng Thường trực; bà Tạ Thị Hương, Phó Thủ tướng Chính phủ.")
    assert got == {"Đinh Văn Hòa Bình": [("Phó Thủ tướng Thường trực", "Chính phủ")],
                   "Lại Minh Khoa": [("Ủy viên Bộ Chính trị", "Bộ Chính trị"), ("Phó Thủ tướng Thường trực", "Chính phủ")],
                   "Tạ Thị Hương": [("Phó Thủ tướng", "Chính phủ")]}


def test_the_standing_deputy_head_of_a_department_keeps_the_department_in_the_role():
    got = posts("Có ông Lưu Văn Hà, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy; bà Mai Thị Thu, "
                "Phó Trưởng ban Ban Dân vận Tỉnh ủy và Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương Ngô Văn Tư.")
    assert got["Lưu Văn Hà"] == [("Tỉnh ủy viên", "Tỉnh ủy"), ("Phó Trưởng ban Thường trực Ban Tổ chức", "Tỉnh ủy")]
    assert got["Ngô Văn Tư"] == [("Phó Trưởng ban Thường trực Ban Tuyên giáo", "Ban Chấp hành Trung ương")]


def test_a_post_in_a_unit_keeps_the_unit_in_the_role_and_takes_the_body_after_a_comma():
    got = posts("Về phía Trung ương có các ông: Hồ Văn Đăng, Phó Vụ trưởng; Nguyễn Văn Dũng, Phó Vụ trưởng Vụ địa "
                "phương II, Ban Tổ chức Trung ương; Lý Văn Kiên, Phó Trưởng Khoa Nội tổng hợp, Sở Y tế tỉnh Hà Nam.")
    assert got == {"Hồ Văn Đăng": [("Phó Vụ trưởng", None)],
                   "Nguyễn Văn Dũng": [("Phó Vụ trưởng Vụ địa phương II", "Ban Tổ chức Trung ương")],
                   "Lý Văn Kiên": [("Phó Trưởng Khoa Nội tổng hợp", "Sở Y tế tỉnh Hà Nam")]}


def test_a_delegation_head_past_the_term_and_the_constituency_word():
    got = posts("Dự có các đồng chí: Đặng Văn Khánh, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV, đơn vị tỉnh Hà Giang; "
                "Hoàng Thị Lan, Trưởng đoàn ĐBQH khóa XIV tỉnh Hà Nam; Lê Văn Tư, Phó Trưởng đoàn ĐBQH khóa XV.")
    assert ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Giang") in got["Đặng Văn Khánh"]
    assert got["Hoàng Thị Lan"] == [("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Hà Nam")]
    assert [role for role, _ in got["Lê Văn Tư"]] == ["Phó Trưởng đoàn"]


def test_standing_member_of_the_secretariat_a_deputy_head_of_a_delegation_and_a_standing_committee_member():
    got = posts("Dự có đồng chí Trần Văn Mẫn, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư; đồng chí Lê Thị Thủy, "
                "Tỉnh ủy viên, Phó Trưởng đoàn đại biểu Quốc hội chuyên trách tỉnh Bến Tre; ông Đỗ Văn Chiến, Ủy viên "
                "Ủy ban Thường vụ Quốc hội.")
    assert ("Thường trực Ban Bí thư", "Ban Bí thư") in got["Trần Văn Mẫn"]
    assert ("Phó Trưởng đoàn chuyên trách", "Đoàn đại biểu Quốc hội tỉnh Bến Tre") in got["Lê Thị Thủy"]
    assert got["Đỗ Văn Chiến"] == [("Ủy viên Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")]


def test_the_central_party_committee_of_the_front_and_mass_organizations_holds_a_comma():
    # since 2025 one central Đảng ủy for the Front and the mass organizations; the comma is inside its name
    got = posts("Bà Đinh Thị Mận, Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Chủ tịch Ủy ban Trung ương MTTQ "
                "Việt Nam dự.")
    assert got == {"Đinh Thị Mận": [("Bí thư", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"),
                                    ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]}


def test_a_unit_head_with_the_body_of_the_unit_after_it_without_a_comma():
    got = posts("Dự có ông Lê Văn Tâm, Trưởng phòng Quản lý giá Sở Tài chính tỉnh Hà Nam; ông Vũ Văn Nam, Trưởng phòng "
                "Nghiệp vụ II Ủy ban Kiểm tra Tỉnh ủy Hà Nam; ông Đỗ Văn Ba, Trưởng phòng Nội vụ huyện Kim Bảng.")
    assert got["Lê Văn Tâm"] == [("Trưởng phòng Quản lý giá", "Sở Tài chính tỉnh Hà Nam")]
    assert got["Vũ Văn Nam"] == [("Trưởng phòng Nghiệp vụ II", "Ủy ban Kiểm tra Tỉnh ủy Hà Nam")]
    assert got["Đỗ Văn Ba"] == [("Trưởng phòng", "Phòng Nội vụ huyện Kim Bảng")]


def test_the_head_of_a_state_board_named_like_a_department():
    got = posts("Cấp tỉnh có ông Phạm Văn Quyền, Phó Ban Thi đua - Khen thưởng tỉnh; ông Hà Văn Lâm, Trưởng Ban Quản lý "
                "dự án huyện Châu Thành; bà Lò Thị Na, Trưởng Ban Dân vận Huyện ủy Châu Thành.")
    assert got["Phạm Văn Quyền"] == [("Phó Trưởng Ban", "Ban Thi đua - Khen thưởng tỉnh")]
    assert got["Hà Văn Lâm"] == [("Trưởng Ban", "Ban Quản lý dự án huyện Châu Thành")]
    assert got["Lò Thị Na"] == [("Trưởng Ban Dân vận", "Huyện ủy Châu Thành")]


def test_the_head_of_a_state_body_the_lexicon_knows():
    got = posts("Có đồng chí Lê Văn Quân, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị Quân đội "
                "nhân dân Việt Nam; ông Hà Văn Phương, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Nam.")
    assert ("Chủ nhiệm", "Tổng cục Chính trị Quân đội nhân dân Việt Nam") in got["Lê Văn Quân"]
    assert got["Hà Văn Phương"] == [("Chủ nhiệm Ủy ban Kiểm tra", "Tỉnh ủy Hà Nam")]


def test_the_central_committee_written_short_after_a_department():
    got = posts("Dự có ông Lê Văn Cường, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận TƯ; bà Hà Thị Mến, Chủ nhiệm Ủy "
                "ban Kiểm tra T.Ư. Phó Trưởng ban Tổ chức T.Ư Đào Văn Phúc phát biểu.")
    assert got["Lê Văn Cường"][1] == ("Trưởng Ban Dân vận", "Ban Chấp hành Trung ương")
    assert got["Hà Thị Mến"] == [("Chủ nhiệm Ủy ban Kiểm tra", "Ban Chấp hành Trung ương")]
    assert got["Đào Văn Phúc"] == [("Phó Trưởng Ban Tổ chức", "Ban Chấp hành Trung ương")]
    assert {"Ban Dân vận Trung ương", "Ban Tổ chức Trung ương"} <= graph_body_names(
        "Dự có ông Lê Văn Cường, Trưởng Ban Dân vận TƯ và ông Đào Văn Phúc, Phó Trưởng ban Tổ chức T.Ư.")


def test_a_mass_organization_central_executive_written_short_is_not_the_party_committee():
    got = posts("Dự có ông Lê Văn Cường, Bí thư T.Ư Đoàn và ông Hà Văn Lợi, Phó Chủ tịch TƯ Hội Nông dân Việt Nam.")
    assert all(org != "Ban Chấp hành Trung ương" for entries in got.values() for _, org in entries)


def test_titles_after_a_titled_name_are_its_own_unless_a_name_or_a_rank_follows_them():
    got = posts("Dự có Tổng Bí thư Lò Văn Tâm, Bí thư Quân ủy Trung ương; đồng chí Vi Văn Sáng, Ủy viên Bộ Chính trị, "
                "ủy viên Thường vụ QUTW. Chủ tịch UBND tỉnh Hà Văn An, Trưởng đoàn đại biểu Quốc hội tỉnh phát biểu. "
                "Bí thư Tỉnh ủy Đinh Văn Lực, Chủ tịch HĐND tỉnh Mai Văn Hòa và Phó Bí thư Thành ủy Lã Văn Lộc, "
                "Giám đốc Công an TP Trung tướng Tạ Văn Hoàng cùng dự.")
    assert got["Lò Văn Tâm"] == [("Tổng Bí thư", "Ban Chấp hành Trung ương"), ("Bí thư", "Quân ủy Trung ương")]
    assert got["Vi Văn Sáng"] == [("Ủy viên Bộ Chính trị", "Bộ Chính trị"), ("Ủy viên Ban Thường vụ", "Quân ủy Trung ương")]
    assert [role for role, _ in got["Hà Văn An"]] == ["Chủ tịch", "Trưởng đoàn"]
    assert [role for role, _ in got["Đinh Văn Lực"]] == ["Bí thư"]
    assert [role for role, _ in got["Mai Văn Hòa"]] == ["Chủ tịch"]
    assert [role for role, _ in got["Lã Văn Lộc"]] == ["Phó Bí thư"]


def test_a_rank_between_titles_and_a_name_is_no_place_and_the_titles_are_the_names():
    got = posts("Dự có Giám đốc Công an TP Trung tướng Tạ Văn Hoàng và Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
                "Đại tá Lò Văn Phúc; ông Lê Đại Tá, Bí thư Tỉnh ủy, cũng dự.")
    assert [role for role, _ in got["Tạ Văn Hoàng"]] == ["Giám đốc"]
    assert [role for role, _ in got["Lò Văn Phúc"]] == ["Chỉ huy trưởng"]
    assert [role for role, _ in got["Lê Đại Tá"]] == ["Bí thư"]
