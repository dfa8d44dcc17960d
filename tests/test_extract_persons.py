"""kg.extract.persons.extract_persons on short invented articles (people, posts, bylines),
checked after extract_all has resolved the bodies to their places."""
from __future__ import annotations

from kg.facts import extract_all
from kg.extract.persons import extract_persons, read_name
from helpers import article, posts


def test_three_comma_separated_titles_are_three_posts():
    got = posts("Sáng 3/3, tại phường Hòa Bình, đồng chí Trần Văn An - Quận ủy viên, Bí thư Đảng ủy phường, "
                "Chủ tịch HĐND phường chủ trì hội nghị.")
    assert got == {"Trần Văn An": [("Quận ủy viên", "Quận ủy"),
                                   ("Bí thư", "Đảng ủy phường Hòa Bình"),
                                   ("Chủ tịch", "Hội đồng nhân dân phường Hòa Bình")]}


def test_list_of_people_each_with_titles():
    got = posts("Tham dự có các đồng chí: Trần Văn An - Quận ủy viên, Bí thư Đảng ủy phường; Lê Thị Bình - Phó Bí thư "
                "Thường trực Đảng ủy phường, Chủ tịch HĐND phường Hòa Bình.")
    assert got == {
        "Trần Văn An": [("Quận ủy viên", "Quận ủy"), ("Bí thư", "Đảng ủy phường Hòa Bình")],
        "Lê Thị Bình": [("Phó Bí thư Thường trực", "Đảng ủy phường Hòa Bình"),
                        ("Chủ tịch", "Hội đồng nhân dân phường Hòa Bình")],
    }


def test_triggers_dc_ong_ba_and_comma():
    got = posts("Đ/c Phan Văn Tư, Phó Chủ tịch UBND xã Tân Lập phát biểu. Bà Ngô Thị Hạnh, Chủ tịch UBMTTQ xã cũng dự.")
    assert got == {"Phan Văn Tư": [("Phó Chủ tịch", "Ủy ban nhân dân xã Tân Lập")],
                   "Ngô Thị Hạnh": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc xã Tân Lập")]}


def test_capitalized_name_is_title_cased_and_merged_with_later_mention():
    facts = extract_all(article("Đồng chí TRẦN VĂN AN - Bí thư Đảng ủy phường Hòa Bình phát biểu. "
                                "Đồng chí Trần Văn An đề nghị các chi bộ thực hiện tốt."))
    assert [p.name for p in facts.persons] == ["Trần Văn An"]
    assert [(p.role, p.body.name) for p in facts.persons[0].posts] == [("Bí thư", "Đảng ủy phường Hòa Bình")]


def test_elected_post():
    got = posts("Tại Đại hội, đồng chí Lý Văn Đông tái đắc cử Bí thư Đảng ủy xã Tân Lập nhiệm kỳ 2025-2030.")
    assert got == {"Lý Văn Đông": [("Bí thư", "Đảng ủy xã Tân Lập")]}


def test_title_heads_a_list_of_names():
    got = posts("Ban Chấp hành đã bầu 3 Phó Bí thư gồm các đồng chí: Lê Văn Một, Trần Văn Hai và Phạm Thị Ba.")
    assert got == {"Lê Văn Một": [("Phó Bí thư", None)], "Trần Văn Hai": [("Phó Bí thư", None)],
                   "Phạm Thị Ba": [("Phó Bí thư", None)]}


def test_person_without_a_title():
    got = posts("Đồng chí Trần Văn An phát biểu tại hội nghị.")
    assert got == {"Trần Văn An": []}


def test_body_and_place_words_are_not_people():
    got = posts("Ủy ban nhân dân phường Hòa Bình và Hội Cựu chiến binh phối hợp với Đảng ủy phường. "
                "Ông bà con nhân dân đồng tình.")
    assert got == {}


def test_byline_is_the_author():
    facts = extract_all(article("Đồng chí Trần Văn An, Bí thư Đảng ủy phường Hòa Bình phát biểu.\nThanh Tâm"))
    authors = [p.name for p in facts.persons if p.is_author]
    assert authors == ["Thanh Tâm"]
    assert [p.name for p in facts.persons if not p.is_author] == ["Trần Văn An"]


def test_abbreviated_byline_kept_as_written_in_modern_tone():
    facts = extract_all(article("Đồng chí Trần Văn An phát biểu.\n-P. Thuỷ-"))
    assert [(p.name, p.is_author) for p in facts.persons] == [("Trần Văn An", False), ("P. Thủy", True)]


def test_mentions_record_every_place_a_person_is_named():
    a = article("Đồng chí Trần Văn An - Bí thư Đảng ủy phường phát biểu. Sau đó, Trần Văn An trao quà.")
    people = extract_persons(a)
    spans = [a.text[s.start:s.end] for name, s in people.mentions if name == "Trần Văn An"]
    assert spans == ["Trần Văn An", "Trần Văn An"]
    starts = [s.start for _, s in people.mentions]
    assert starts == sorted(starts)


def test_role_spans_cover_title_words():
    a = article("Đồng chí Trần Văn An - Ủy viên Ban Thường vụ Quận ủy phát biểu.")
    people = extract_persons(a)
    covered = [a.text[s.start:s.end] for s in people.role_spans]
    assert "Ủy viên Ban Thường vụ" in covered


def test_read_name():
    assert read_name("Trần Văn An phát biểu", 0) == ("Trần Văn An", len("Trần Văn An"))
    assert read_name("UBND phường", 0) is None
    assert read_name("An phát biểu", 0) is None  # one word is not a full name


def test_ct_and_pct_before_a_council_are_its_chair_and_vice_chair():
    got = posts("Chủ tọa phiên họp có các đồng chí: Lê Văn Hòa - Bí thư Đảng ủy, CT HĐND xã Tân Lập; "
                "Mai Thị Nhung - PCT UBND xã.")
    assert got == {"Lê Văn Hòa": [("Bí thư", "Đảng ủy xã Tân Lập"), ("Chủ tịch", "Hội đồng nhân dân xã Tân Lập")],
                   "Mai Thị Nhung": [("Phó Chủ tịch", "Ủy ban nhân dân xã Tân Lập")]}


def test_uvbch_trung_uong_is_a_member_of_the_central_committee():
    got = posts("Đồng chí Đỗ Văn Khang (UVBCH Trung ương Đảng, Bí thư Tỉnh ủy Gia Lai) phát biểu.")
    assert got == {"Đỗ Văn Khang": [("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương"),
                                    ("Bí thư", "Tỉnh ủy Gia Lai")]}


def test_an_academic_title_puts_a_name_after_it():
    got = posts("Tại lớp học, ThS. Vương Thị Yến, Phó Trưởng Ban Tuyên giáo Huyện ủy Ba Vì giới thiệu chuyên đề.")
    assert got == {"Vương Thị Yến": [("Phó Trưởng Ban Tuyên giáo", "Huyện ủy Ba Vì")]}


def test_an_inspector_is_a_staff_post_of_the_inspection_committee():
    got = posts("Đồng chí Đinh Văn Lộc, Kiểm tra viên UBKT Thị ủy Sơn Tây trình bày báo cáo.")
    assert got == {"Đinh Văn Lộc": [("Kiểm tra viên", "Ủy ban Kiểm tra Thị ủy Sơn Tây")]}


def test_an_abbreviated_department_of_the_province():
    got = posts("Ông Trịnh Quốc Bảo, Giám đốc Sở GD&ĐT tỉnh Hưng Yên phát biểu.")
    assert got == {"Trịnh Quốc Bảo": [("Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên")]}


def test_a_byline_with_the_authors_office_after_a_dash():
    facts = extract_all(article("Đồng chí Trần Văn An phát biểu.\nMinh Thư - Ban Tuyên giáo Huyện ủy"))
    assert [(p.name, p.is_author) for p in facts.persons] == [("Trần Văn An", False), ("Minh Thư", True)]


def test_a_name_after_a_council_departments_title_is_no_place():
    got = posts("Trưởng Ban Văn hóa - Xã hội HĐND xã Trương Thị Lụa trình bày báo cáo thẩm tra tại xã Đông Hưng.")
    assert got == {"Trương Thị Lụa": [("Trưởng Ban Văn hóa - Xã hội", "Hội đồng nhân dân xã Đông Hưng")]}


def test_the_head_of_a_district_office_the_lexicon_knows_holds_a_post_in_it():
    got = posts("Bà Hà Thị Vân, Phó Trưởng phòng Tư pháp huyện Ba Bể báo cáo.")
    assert got == {"Hà Thị Vân": [("Phó Trưởng phòng", "Phòng Tư pháp huyện Ba Bể")]}


def test_the_vice_principal_of_the_provincial_party_school():
    got = posts("Đồng chí Mạc Thị Lan, Phó Hiệu trưởng Trường Chính trị tỉnh Lạng Sơn trình bày chuyên đề.")
    assert got == {"Mạc Thị Lan": [("Phó Hiệu trưởng", "Trường Chính trị tỉnh Lạng Sơn")]}


def test_a_byline_crediting_a_publication_names_no_author():
    for byline in ("Theo Báo Quảng Trị", "Nguồn: Cổng thông tin điện tử huyện Cam Lộ", "Theo TTXVN"):
        facts = extract_all(article(f"Đồng chí Trần Văn An phát biểu.\n{byline}"))
        assert [(p.name, p.is_author) for p in facts.persons] == [("Trần Văn An", False)], byline


def test_a_central_highlands_family_name_after_a_title_is_a_name():
    got = posts("Bí thư Huyện ủy Chư Prông Rah Lan Chung phát biểu chỉ đạo.")
    assert got == {"Rah Lan Chung": [("Bí thư", "Huyện ủy Chư Prông")]}


def test_a_member_in_a_list_of_office_holders_is_still_listed():
    got = posts("Đồng chí Lê Văn Hùng trao Huy hiệu cho các đồng chí: Phan Văn Tú, nguyên Phó Chủ tịch UBND phường; "
                "Đặng Thị Lụa, đảng viên Chi bộ khu phố 3; Võ Văn Ba, nguyên Bí thư Đảng ủy phường.")
    assert got == {"Lê Văn Hùng": [], "Phan Văn Tú": [("nguyên Phó Chủ tịch", "Ủy ban nhân dân phường")],
                   "Đặng Thị Lụa": [], "Võ Văn Ba": [("nguyên Bí thư", "Đảng ủy phường")]}


def test_the_post_given_after_the_committees_joined_is_read():
    got = posts("Quyết định chỉ định đồng chí Trần Văn Lực, Phó Giám đốc Sở Xây dựng tham gia Ban Chấp hành, "
                "Ban Thường vụ và giữ chức Bí thư Huyện ủy Can Lộc.")
    assert got["Trần Văn Lực"][-1] == ("Bí thư", "Huyện ủy Can Lộc")


def test_the_head_of_a_residential_area_front_committee():
    # the scorer compares names case-insensitively; the case of the cell word is not at issue here
    got = posts("Bà Lò Thị Hoa, Trưởng Ban Công tác Mặt trận khu dân cư số 2 phát biểu tại buổi gặp mặt.")
    assert {name: [(role, body.lower()) for role, body in ps] for name, ps in got.items()} == {
        "Lò Thị Hoa": [("Trưởng Ban Công tác Mặt trận", "ban công tác mặt trận khu dân cư số 2")]}


def test_a_war_martyrs_mother_and_a_war_invalid_are_named_people():
    facts = extract_all(article("Đoàn đến thăm mẹ liệt sĩ Hoàng Thị Nhàn và thương binh Lương Văn Kha ở xã Tân Lập."))
    assert sorted(p.name for p in facts.persons) == ["Hoàng Thị Nhàn", "Lương Văn Kha"]


def test_border_guard_commissars_and_an_institute_deputy_are_posts():
    got = posts("Đại tá Hà Văn Sơn, Chính ủy Bộ đội Biên phòng tỉnh Cao Bằng và Thiếu tá Nông Văn Páo, "
                "Chính trị viên Đồn Biên phòng Trà Lĩnh dự hội nghị. PGS.TS Vũ Thị Mai, Phó Viện trưởng "
                "Viện Lịch sử Đảng phát biểu.")
    assert got == {"Hà Văn Sơn": [("Chính ủy", "Bộ đội Biên phòng tỉnh Cao Bằng")],
                   "Nông Văn Páo": [("Chính trị viên", "Đồn Biên phòng Trà Lĩnh")],
                   "Vũ Thị Mai": [("Phó Viện trưởng", "Viện Lịch sử Đảng")]}


def test_a_school_named_after_a_person_is_no_person():
    got = posts("Bà Đặng Thị Hạnh, Hiệu trưởng Trường Chính trị Trần Phú phát biểu. "
                "Thầy giáo Lê Minh Quân, Hiệu trưởng Trường THCS Chu Văn An đọc diễn văn.")
    assert got == {"Đặng Thị Hạnh": [("Hiệu trưởng", "Trường Chính trị Trần Phú")],
                   "Lê Minh Quân": [("Hiệu trưởng", "Trường THCS Chu Văn An")]}


def test_the_head_of_a_citizens_reception_board():
    got = posts("Cùng tiếp công dân có bà Lò Thị Mai, Trưởng Ban Tiếp công dân tỉnh Điện Biên.")
    assert got == {"Lò Thị Mai": [("Trưởng Ban Tiếp công dân", "Ban Tiếp công dân tỉnh Điện Biên")]}


def test_a_title_heading_names_after_a_colon_goes_to_each():
    got = posts("Dự hội nghị có các Phó Chủ tịch UBND tỉnh Hà Giang: Nguyễn Văn Sơn, Hoàng Thị Dung; "
                "đồng chí Lê Văn Minh, Giám đốc Sở Nội vụ.")
    assert got == {"Nguyễn Văn Sơn": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")],
                   "Hoàng Thị Dung": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Giang")],
                   "Lê Văn Minh": [("Giám đốc", "Sở Nội vụ tỉnh Hà Giang")]}


def test_a_bare_party_committee_beside_an_agency_post_is_the_agencys():
    got = posts("Đồng chí Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc Sở Tư pháp tỉnh Quảng Bình chủ trì. "
                "Đồng chí Võ Thị Lan, Đảng ủy viên, Trưởng Công an xã Quảng Phú dự.")
    assert got == {"Trần Văn Hùng": [("Bí thư", "Đảng ủy Sở Tư pháp tỉnh Quảng Bình"),
                                     ("Giám đốc", "Sở Tư pháp tỉnh Quảng Bình")],
                   "Võ Thị Lan": [("Đảng ủy viên", "Đảng ủy xã Quảng Phú"), ("Trưởng Công an", "Công an xã Quảng Phú")]}


def test_a_bare_chi_bo_is_the_one_of_the_cell_its_secretary_heads():
    got = posts("Ông Hoàng Văn Páo, Bí thư Chi bộ kiêm Trưởng thôn Nà Lầu phát biểu. "
                "Bà Lê Thị Hoa, Bí thư Chi bộ, Trưởng khu phố 3 dự.")
    assert {name: [(role, body.casefold() if body else None) for role, body in ps] for name, ps in got.items()} == {
        "Hoàng Văn Páo": [("Bí thư", "chi bộ thôn nà lầu"), ("Trưởng thôn", None)],
        "Lê Thị Hoa": [("Bí thư", "chi bộ khu phố 3"), ("Trưởng khu phố", None)]}


def test_a_chi_bo_named_after_a_school_is_that_schools():
    got = posts("Đồng chí Bùi Văn Khải, Chi ủy viên Chi bộ Trường THCS Yên Lạc nhận Giấy khen.")
    assert got == {"Bùi Văn Khải": [("Chi ủy viên", "Chi bộ Trường THCS Yên Lạc")]}


def test_titles_after_a_capacity_phrase_are_the_persons_posts():
    # "với vai trò, trách nhiệm là", "với cương vị là": what follows are the posts the person acts in
    got = posts("Theo kết luận, ông Lò Văn Sáu, với vai trò, trách nhiệm là Tỉnh ủy viên, Chủ tịch Hội Nông dân "
                "tỉnh Hà Nam đã thiếu trách nhiệm. Bà Lê Thị Hoa, với cương vị là Bí thư Huyện ủy Kim Bảng, đã "
                "chỉ đạo sát sao.")
    assert got == {"Lò Văn Sáu": [("Tỉnh ủy viên", "Tỉnh ủy Hà Nam"), ("Chủ tịch", "Hội Nông dân tỉnh Hà Nam")],
                   "Lê Thị Hoa": [("Bí thư", "Huyện ủy Kim Bảng")]}


def test_a_capitalized_form_of_address_after_a_duty_and_its_colon_is_no_part_of_the_name():
    got = extract_all(article("Sáng 5/12/2025, HĐND xã Tân An tổ chức kỳ họp thứ 6.\n"
                              "Chủ tọa kỳ họp: Ông Lê Văn Tường - Bí thư Đảng ủy xã."))
    assert [p.name for p in got.persons] == ["Lê Văn Tường"]
    assert [e.chairs for e in got.events] == [["Lê Văn Tường"]]


def test_each_person_of_a_titled_list_after_a_duty_and_its_colon_holds_the_duty_and_their_titles():
    got = extract_all(article(
        "Sáng 5/12/2025, HĐND xã Tân An tổ chức kỳ họp thứ 6.\n"
        "Thư ký kỳ họp: bà Đinh Thị Hoa - Phó Chánh Văn phòng HĐND và UBND xã; bà Châu Ngọc Hà - Chuyên viên "
        "Văn phòng HĐND và UBND xã."))
    roles = {p.name: sorted(post.role for post in p.posts) for p in got.persons}
    assert roles == {"Đinh Thị Hoa": ["Phó Chánh Văn phòng", "Thư ký kỳ họp"],
                     "Châu Ngọc Hà": ["Chuyên viên", "Thư ký kỳ họp"]}

