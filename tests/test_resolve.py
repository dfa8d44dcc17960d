"""kg.resolve: a body named without its place takes the article's place only when the article
names exactly one such place; parents; posts without a body; resolved vs. article-local IRIs."""
from __future__ import annotations

import pytest

from kg.graph import facts_to_graph
from kg.vocab import ORG, RDF, RES, SKOS
from helpers import facts, posts


def body_names(text: str) -> set[str]:
    return {b.name for b in facts(text).bodies if b.name}


TITLE = "đồng chí Trần Văn An - Phó Bí thư Quận ủy phát biểu."


def test_district_committee_takes_the_one_named_district():
    assert posts(f"Sáng 3/3, tại quận Bình Minh, {TITLE}") == {"Trần Văn An": [("Phó Bí thư", "Quận ủy Bình Minh")]}


def test_district_committee_stays_bare_without_a_district():
    assert posts(f"Sáng 3/3, {TITLE}") == {"Trần Văn An": [("Phó Bí thư", "Quận ủy")]}


def test_district_committee_stays_bare_with_two_districts():
    assert posts(f"Sáng 3/3, đoàn công tác quận Bình Minh và quận An Phú đến dự. Sau đó, {TITLE}") == {
        "Trần Văn An": [("Phó Bí thư", "Quận ủy")]}


def test_district_named_by_its_committee_counts():
    assert posts(f"Quận ủy An Phú ban hành kế hoạch. Sau đó, {TITLE}") == {
        "Trần Văn An": [("Phó Bí thư", "Quận ủy An Phú")]}


def test_a_province_does_not_name_the_district():
    assert posts(f"Tại tỉnh Bình Sơn, {TITLE}") == {"Trần Văn An": [("Phó Bí thư", "Quận ủy")]}


def test_numbered_district():
    assert posts(f"Tại quận 3, {TITLE}") == {"Trần Văn An": [("Phó Bí thư", "Quận ủy Quận 3")]}


def test_ward_bodies_take_the_one_named_ward():
    got = body_names("Sáng 3/9, tại phường Hòa Bình, Đảng ủy phường và UBND phường phối hợp với HĐND phường.")
    assert got == {"Đảng ủy phường Hòa Bình", "Ủy ban nhân dân phường Hòa Bình", "Hội đồng nhân dân phường Hòa Bình"}


def test_ward_bodies_unresolved_with_two_wards():
    got = body_names("Sáng 3/9, phường Hòa Bình và phường Tân Mai ký kết; Đảng ủy phường cam kết thực hiện.")
    assert got == {"Đảng ủy phường"}


def test_bodiless_party_post_takes_the_home_committee():
    got = posts("Sáng 3/9, tại phường Hòa Bình, đồng chí Trần Văn An - Phó Bí thư chủ trì hội nghị. "
                "Đồng chí Lê Văn Minh - Chủ tịch UBND phát biểu.")
    assert got == {"Trần Văn An": [("Phó Bí thư", "Đảng ủy phường Hòa Bình")],
                   "Lê Văn Minh": [("Chủ tịch", "Ủy ban nhân dân phường Hòa Bình")]}


def test_bodiless_party_post_stays_bodiless_without_one_home():
    got = posts("Phường Hòa Bình và phường Tân Mai ký kết. Đồng chí Trần Văn An - Phó Bí thư phát biểu.")
    assert got == {"Trần Văn An": [("Phó Bí thư", None)]}


def test_standing_committee_of_the_home_committee():
    got = {b.name: b.parent for b in facts("Tại phường Hòa Bình, Ban Thường vụ Đảng ủy đã chỉ đạo sát sao.").bodies}
    assert got == {"Ban Thường vụ Đảng ủy phường Hòa Bình": "Đảng ủy phường Hòa Bình"}


def test_parents_by_tier():
    got = {b.name: b.parent for b in facts("Tại quận Bình Minh, Quận ủy đã chỉ đạo. Đảng ủy phường Hòa Bình và "
                                           "Đảng ủy phường Tân Mai báo cáo. Thành ủy Hải Phòng ghi nhận.").bodies}
    assert got == {"Quận ủy Bình Minh": "Thành ủy Hải Phòng", "Đảng ủy phường Hòa Bình": "Quận ủy Bình Minh",
                   "Đảng ủy phường Tân Mai": "Quận ủy Bình Minh", "Thành ủy Hải Phòng": None}


def test_no_parent_when_two_committees_could_be_it():
    got = {b.name: b.parent for b in facts("Quận ủy Bình Minh và Quận ủy An Phú chỉ đạo Đảng ủy phường Hòa Bình.").bodies}
    assert got["Đảng ủy phường Hòa Bình"] is None


def test_resolved_flags():
    found = {b.name: b.resolved for b in facts(f"Sáng 3/3, {TITLE} Bộ Chính trị và Quận ủy An Phú chỉ đạo.").bodies}
    assert found == {"Quận ủy An Phú": True, "Bộ Chính trị": True}
    found = {b.name: b.resolved for b in facts(f"Sáng 3/3, {TITLE}").bodies}
    assert found == {"Quận ủy": False}


def test_bare_body_iri_is_local_to_its_article_and_resolved_one_is_shared():
    text = f"Sáng 3/3, {TITLE}"
    g1, g2 = facts_to_graph(facts(text, name="a.txt")), facts_to_graph(facts(text, name="b.txt"))
    orgs1 = {s for s in g1.subjects(RDF.type, ORG.Organization) if (s, SKOS.prefLabel, None) in g1}
    orgs2 = {s for s in g2.subjects(RDF.type, ORG.Organization) if (s, SKOS.prefLabel, None) in g2}
    assert len(orgs1) == len(orgs2) == 1 and orgs1.isdisjoint(orgs2)
    text = f"Tại quận An Phú, {TITLE}"
    g1, g2 = facts_to_graph(facts(text, name="a.txt")), facts_to_graph(facts(text, name="b.txt"))
    assert (RES["org/quan-uy-an-phu"], RDF.type, ORG.Organization) in g1
    assert (RES["org/quan-uy-an-phu"], RDF.type, ORG.Organization) in g2


@pytest.mark.parametrize("written", ["TPHCM", "TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"])
def test_ho_chi_minh_city_committee_has_one_canonical_name(written):
    # FORMAT: "Thành ủy Thành phố Hồ Chí Minh", however the article writes the city
    assert posts(f"Đồng chí Trần Văn An - Phó Bí thư Thành ủy {written} phát biểu.") == {
        "Trần Văn An": [("Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh")]}


def test_communes_named_in_passing_leave_the_organizers_district_the_home():
    got = posts("Ngày 2/9/2024, Đảng bộ huyện Mê Linh tổ chức lễ trao Huy hiệu Đảng. Dự có đồng chí Tạ Văn Bình, "
                "UVBTV, Phó Chủ tịch UBND huyện. Đồng chí Cao Thị Mơ (Chi bộ thôn 3, Đảng bộ xã Tam Đồng) và "
                "đồng chí Lê Văn Sĩ (nguyên Chủ tịch UBND xã Kim Hoa) nhận Huy hiệu.")
    assert got["Tạ Văn Bình"] == [("Ủy viên Ban Thường vụ", "Huyện ủy Mê Linh"),
                                   ("Phó Chủ tịch", "Ủy ban nhân dân huyện Mê Linh")]


def test_a_bare_chi_bo_is_the_one_chi_bo_the_article_names():
    got = posts("Tối 5/6/2024, Chi bộ thôn Yên Thái sinh hoạt chuyên đề. Đồng chí Mai Văn Lộc, Bí thư Chi bộ chủ trì.")
    assert got == {"Mai Văn Lộc": [("Bí thư", "Chi bộ thôn Yên Thái")]}


def test_province_in_brackets_after_a_district_names_the_province():
    got = posts("Sáng 2/4, Hội Nông dân huyện Phù Cát (Bình Định) tổ chức hội nghị. Bà Ngô Thị Lài, "
                "Phó Chủ tịch Hội Nông dân tỉnh phát biểu.")
    assert got == {"Ngô Thị Lài": [("Phó Chủ tịch", "Hội Nông dân tỉnh Bình Định")]}


def test_a_city_in_brackets_is_a_thanh_pho_and_other_brackets_name_no_province():
    assert "Ủy ban nhân dân thành phố Cần Thơ" in body_names("Xã Thới Lai (Cần Thơ) nhận quyết định của UBND thành phố.")
    assert "Hội Cựu chiến binh tỉnh" in body_names("Hội Cựu chiến binh (CCB) huyện Phù Mỹ đón đoàn của Hội CCB tỉnh.")


def test_a_place_ending_in_a_department_title_word_is_whole():
    got = posts("Đồng chí Lê Thị Thu, Bí thư Đảng ủy phường Tân Chánh phát biểu.")
    assert got == {"Lê Thị Thu": [("Bí thư", "Đảng ủy phường Tân Chánh")]}


@pytest.mark.parametrize("written", ["Q5", "Q.5", "Quận 5"])
def test_a_numbered_district_written_short_is_that_district(written):
    # FORMAT: abbreviations are written out; "Q.5" is Quận 5 as "TP.HCM" is Thành phố Hồ Chí Minh
    assert posts(f"Đồng chí Phan Thị Hòa - Phó Bí thư Quận ủy {written}, Chủ tịch Hội Liên hiệp Phụ nữ {written} "
                 "phát biểu.") == {"Phan Thị Hòa": [("Phó Bí thư", "Quận ủy Quận 5"),
                                                    ("Chủ tịch", "Hội Liên hiệp Phụ nữ Quận 5")]}
