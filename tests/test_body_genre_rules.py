"""Rules of the genre for bodies (kg.extract.body_grammar and their use in bodies and resolve),
on invented sentences."""
from __future__ import annotations

from helpers import facts, graph_body_names, posts


def test_party_organization_in_the_community_formula_takes_the_place_after_it():
    got = graph_body_names("Tại phường Đông Hòa, đoàn đã chúc Tết Đảng bộ, chính quyền và nhân dân các dân tộc huyện Tân Lâm.")
    assert "Đảng bộ huyện Tân Lâm" in got and "Đảng bộ phường Đông Hòa" not in got


def test_community_formula_without_a_place_names_no_party_organization():
    got = graph_body_names("Tại huyện Tân Lâm, các đại biểu hứa hoàn thành nhiệm vụ mà Đảng bộ, chính quyền, "
                "cử tri và nhân dân giao phó.")
    assert not any(n.startswith("Đảng bộ") for n in got)


def test_placeless_organization_in_a_member_title_is_no_body():
    got = graph_body_names("Dự có đồng chí Lê Văn Hòa - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Tân Phú.")
    assert "Đảng bộ tỉnh" not in got and "Huyện ủy Tân Phú" in got


def test_organization_with_its_place_in_a_member_title_is_a_body():
    got = graph_body_names("Dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường Đông Hòa khóa mới.")
    assert "Đảng bộ phường Đông Hòa" in got


def test_executive_of_an_agency_party_organization_is_the_agency_party_committee():
    got = graph_body_names("Hội nghị nghe báo cáo của Ban Chấp hành Đảng bộ Công an huyện Tân Lâm nhiệm kỳ 2020 - 2025.")
    assert "Đảng ủy Công an huyện Tân Lâm" in got
    assert "Huyện ủy Tân Lâm" not in got


def test_bare_party_bodies_in_an_agency_congress_are_the_agency_ones():
    text = ("Sáng 2/8, Đại hội đại biểu Đảng bộ Công an huyện Tân Lâm lần thứ I khai mạc. "
            "Đồng chí Lê Văn Hòa, Bí thư Đảng ủy, Trưởng Công an huyện Tân Lâm phát biểu. "
            "Đại hội là đợt sinh hoạt chính trị sâu rộng trong toàn Đảng bộ.")
    assert posts(text)["Lê Văn Hòa"][0] == ("Bí thư", "Đảng ủy Công an huyện Tân Lâm")
    got = graph_body_names(text)
    assert "Đảng bộ huyện Tân Lâm" not in got and "Huyện ủy Tân Lâm" not in got


def test_bare_party_committee_in_a_commune_article_stays_the_communes():
    text = ("Sáng 2/8, Đảng ủy xã Tân Lâm tổ chức hội nghị. Dự có đại diện Đảng ủy Trường THCS Tân Lâm. "
            "Đồng chí Lê Văn Hòa, Phó Bí thư Đảng ủy phát biểu.")
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư", "Đảng ủy xã Tân Lâm")]


def test_military_region_is_named_by_its_number_and_has_a_party_committee():
    got = graph_body_names("Dự hội nghị có đại diện Bộ Tư lệnh Quân khu 5 và Đảng ủy Quân khu 5.")
    assert {"Bộ Tư lệnh Quân khu 5", "Đảng ủy Quân khu 5"} <= got


def test_a_military_region_without_its_number_is_no_body():
    assert not any("Quân khu" in n for n in graph_body_names("Lực lượng vũ trang các quân khu đã tham gia diễn tập."))


def test_short_form_in_brackets_between_a_body_and_its_place():
    got = graph_body_names("Đại hội Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh Lào Cai lần thứ I khai mạc. Đảng bộ BĐBP tỉnh "
                "đã lãnh đạo hoàn thành nhiệm vụ.")
    assert "Đảng bộ Bộ đội Biên phòng tỉnh Lào Cai" in got


def test_party_committee_of_the_provincial_military_command_is_the_dang_uy_quan_su():
    got = posts("Dự có Đại tá Lê Văn Hòa, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ CHQS tỉnh Lào Cai.")
    assert got["Lê Văn Hòa"] == [("Phó Bí thư Thường trực", "Đảng ủy Quân sự tỉnh Lào Cai"),
                                 ("Chính ủy", "Bộ Chỉ huy Quân sự tỉnh Lào Cai")]


def test_party_committee_of_a_national_command_written_after_it():
    assert "Đảng ủy Bộ Tư lệnh Bộ đội Biên phòng" in graph_body_names("Thay mặt Đảng ủy Bộ Tư lệnh BĐBP, đồng chí phát biểu.")


def test_a_province_named_without_its_place_word_is_the_articles_province():
    text = ("Đoàn đại biểu Lào Cai gồm 12 đại biểu. Đồng chí Lê Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, "
            "Trưởng đoàn ĐBQH tỉnh phát biểu, mong tuổi trẻ quê hương Lào Cai phát huy truyền thống.")
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư Thường trực", "Tỉnh ủy Lào Cai"),
                                         ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Lào Cai")]


def test_a_province_inside_a_longer_name_or_read_as_a_person_is_not_the_articles():
    text = ("Học tập và làm theo tư tưởng Hồ Chí Minh, Báo Lào Cai đưa tin. "
            "Đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy phát biểu.")
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư", "Tỉnh ủy")]


def test_a_bare_dang_uy_in_an_article_about_a_province_stays_as_written():
    text = "Tại tỉnh Lào Cai, đồng chí Lê Văn Hòa, Phó Bí thư Đảng ủy phát biểu."
    assert posts(text)["Lê Văn Hòa"] == [("Phó Bí thư", "Đảng ủy")]


def test_a_committee_followed_by_a_count_of_units_is_no_body():
    assert "Đảng ủy" not in graph_body_names("Tại quận Tân Lâm, hội nghị có bí thư Đảng ủy 20 phường tham dự.")


def test_office_of_the_deputies_and_the_council_is_one_body():
    got = graph_body_names("Tại tỉnh Lào Cai, đồng chí Lê Văn Hòa, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh phát biểu.")
    assert "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lào Cai" in got


def test_head_of_the_central_office_holds_a_post_of_the_central_committee():
    got = posts("Dự có đồng chí Lê Văn Hòa, Chánh Văn phòng Trung ương Đảng.")
    assert got["Lê Văn Hòa"] == [("Chánh Văn phòng", "Ban Chấp hành Trung ương")]
    assert "Văn phòng Trung ương Đảng" in graph_body_names("Dự có đồng chí Lê Văn Hòa, Chánh Văn phòng Trung ương Đảng.")


def test_a_mass_organizations_standing_committee_is_a_mass_organization():
    text = "Tại tỉnh Lào Cai, Ban Thường vụ Tỉnh đoàn đã tổ chức hội nghị."
    found = {b.name: b.kind for b in facts(text).bodies if b.name}
    assert found["Ban Thường vụ Tỉnh đoàn Lào Cai"] == "mass_organization"


def test_congress_organs_and_assembly_committees_are_bodies():
    got = graph_body_names("Đại hội bầu Đoàn Thư ký và Ban Thẩm tra tư cách đại biểu. Dự có đại diện "
                "Ủy ban Đối ngoại của Quốc hội và Ủy ban Trung ương MTTQ Việt Nam.")
    assert {"Đoàn Thư ký", "Ban Thẩm tra tư cách đại biểu", "Ủy ban Đối ngoại của Quốc hội",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"} <= got


def test_bodies_listed_under_one_head_are_one_body_per_place():
    got = graph_body_names("Tại huyện Tân Lâm, Thường trực Đảng ủy các xã: Đông Hòa, Tây Sơn và Phú Lâm dự hội nghị.")
    assert {"Đảng ủy xã Đông Hòa", "Đảng ủy xã Tây Sơn", "Đảng ủy xã Phú Lâm"} <= got


def test_a_kind_of_body_with_no_places_listed_is_no_body():
    got = graph_body_names("Tại huyện Tân Lâm, UBND các xã đã hoàn thành kế hoạch.")
    assert not any(n.startswith("Ủy ban nhân dân xã") for n in got)


def test_the_office_of_deputies_and_council_names_the_provinces_delegation_too():
    got = graph_body_names("Dự có lãnh đạo Văn phòng Tỉnh ủy Hà Nam, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh.")
    assert {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Nam",
            "Đoàn đại biểu Quốc hội tỉnh Hà Nam"} <= got


def test_a_bare_standing_committee_beside_a_mass_organizations_committees_is_that_organizations():
    got = graph_body_names("Tại huyện Kim Bảng, Ban Chấp hành Tỉnh Đoàn Hà Nam khóa I gồm 40 anh chị, Ban Thường vụ gồm 13 anh chị.")
    assert "Ban Thường vụ Tỉnh đoàn Hà Nam" in got and "Ban Thường vụ Huyện ủy Kim Bảng" not in got


def test_a_bare_standing_committee_nearest_a_party_committee_stays_the_party_committees():
    got = graph_body_names("Tại huyện Kim Bảng, Hội LHPN huyện có 20 cơ sở. Huyện ủy Kim Bảng họp, Ban Thường vụ đã chỉ đạo.")
    assert "Ban Thường vụ Huyện ủy Kim Bảng" in got
    assert not any(n.startswith("Ban Thường vụ Hội") for n in got)


def test_a_party_caucus_is_the_party_body_of_the_state_or_mass_body_after_it():
    # Đảng đoàn, Ban cán sự đảng: named with the council, executive or Hội they sit in
    got = posts("Ông Lê Văn Hà, Bí thư Đảng đoàn Hội Nông dân tỉnh Hà Nam; ông Trịnh Văn Cường, Phó Bí thư Ban cán "
                "sự đảng UBND tỉnh Hà Nam, Phó Chủ tịch UBND tỉnh dự.")
    assert got == {"Lê Văn Hà": [("Bí thư", "Đảng đoàn Hội Nông dân tỉnh Hà Nam")],
                   "Trịnh Văn Cường": [("Phó Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Hà Nam"),
                                       ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam")]}


def test_a_caucus_written_alone_is_no_committee_of_the_province():
    # a bare Đảng đoàn is not the Tỉnh ủy beside it; nor does a caucus make its Hội the article's agency
    got = posts("Ngày 3/5, Tỉnh ủy Hà Nam họp. Bà Lê Thị Hoa, Phó Bí thư Đảng đoàn Hội Nông dân tỉnh Hà Nam phát "
                "biểu. Ông Đào Văn Khải, Bí thư Đảng ủy dự.")
    assert got["Lê Thị Hoa"] == [("Phó Bí thư", "Đảng đoàn Hội Nông dân tỉnh Hà Nam")]
    assert got["Đào Văn Khải"] == [("Bí thư", "Đảng ủy")]
    got = posts("Ngày 3/5, Tỉnh ủy Hà Nam họp. Bà Lê Thị Hoa, Phó Bí thư Đảng đoàn phát biểu.")
    assert got["Lê Thị Hoa"] == [("Phó Bí thư", "Đảng đoàn")]


def test_a_cell_of_a_mass_body_or_an_executive_is_named_after_it():
    # Chi bộ Hội Nông dân tỉnh X is a body; a bare Chi bộ later in the article is that one
    got = posts("Ngày 2/3, Chi ủy Chi bộ Hội Nông dân tỉnh Hà Nam họp. Bà Lê Thị Hoa, Bí thư Chi bộ phát biểu.")
    assert got == {"Lê Thị Hoa": [("Bí thư", "Chi bộ Hội Nông dân tỉnh Hà Nam")]}
    assert posts("Ông Lê Văn Tám, Bí thư Chi bộ UBND xã Yên Lạc dự.") == {
        "Lê Văn Tám": [("Bí thư", "Chi bộ Ủy ban nhân dân xã Yên Lạc")]}


def test_a_delegation_named_by_its_constituency_takes_the_constituencys_place():
    # "đơn vị tỉnh X": the constituency's word between a body and its place
    names = graph_body_names("Ngày 2/5/2019, Đoàn đại biểu Quốc hội đơn vị tỉnh Hà Nam phối hợp với Đoàn đại biểu "
                             "Quốc hội tỉnh Nam Định tiếp xúc cử tri.")
    assert {"Đoàn đại biểu Quốc hội tỉnh Hà Nam", "Đoàn đại biểu Quốc hội tỉnh Nam Định"} <= names
