"""Bodies named in invented articles: canonical names, kinds, parents, and what is not a body."""
from __future__ import annotations

import pytest

from kg.extract.bodies import extract_bodies
from kg.extract.body_names import parse_body
from helpers import article, facts


def bodies(text: str) -> dict[str, tuple[str, str | None]]:
    """canonical name → (kind, parent), over every named body (titles included)."""
    out = {}
    for b in _with_committees(facts(text).bodies):
        if b.name:
            assert out.get(b.name, (b.kind, b.parent)) == (b.kind, b.parent), b.name
            out[b.name] = (b.kind, b.parent)
    return out


def _with_committees(found):
    for body in found:
        while body is not None:  # a department's or standing committee's committee is named too
            yield body
            body = body.of


def test_bodies_of_a_ward_article():
    got = bodies("Sáng 3/3, Đảng ủy phường Hòa Bình tổ chức hội nghị. Tham dự có đại diện Quận ủy Hải Châu Mới, "
                 "UBND phường, UBMTTQVN phường Hòa Bình và Đảng bộ phường.")
    assert got == {
        "Đảng ủy phường Hòa Bình": ("party_committee", "Quận ủy Hải Châu Mới"),
        "Quận ủy Hải Châu Mới": ("party_committee", None),
        "Ủy ban nhân dân phường Hòa Bình": ("government", None),
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Bình": ("mass_organization", None),
        "Đảng bộ phường Hòa Bình": ("party_organization", None),
    }


def test_department_in_a_title_is_a_body_of_its_own():
    got = bodies("Tại quận Hải Châu Mới, đồng chí Trần Văn An - Trưởng Ban Tuyên giáo Quận ủy phát biểu.")
    assert got == {
        "Ban Tuyên giáo Quận ủy Hải Châu Mới": ("party_department", "Quận ủy Hải Châu Mới"),
        "Quận ủy Hải Châu Mới": ("party_committee", None),
    }


def test_standing_committee_only_in_a_member_title_is_not_a_body():
    got = bodies("Đồng chí Trần Văn An - Ủy viên Ban Thường vụ Quận ủy Hải Châu Mới phát biểu.")
    assert got == {"Quận ủy Hải Châu Mới": ("party_committee", None)}


def test_standing_committee_named_on_its_own_is_a_body_under_its_committee():
    got = bodies("Ban Thường vụ Quận ủy Hải Châu Mới đã ban hành kế hoạch.")
    assert got == {
        "Ban Thường vụ Quận ủy Hải Châu Mới": ("party_committee", "Quận ủy Hải Châu Mới"),
        "Quận ủy Hải Châu Mới": ("party_committee", None),
    }


@pytest.mark.parametrize("written, name, kind", [
    ("UBKT Quận ủy Hải Châu Mới", "Ủy ban Kiểm tra Quận ủy Hải Châu Mới", "party_department"),
    ("Văn phòng Quận ủy Hải Châu Mới", "Văn phòng Quận ủy Hải Châu Mới", "party_department"),
    ("HĐND quận Hải Châu Mới", "Hội đồng nhân dân quận Hải Châu Mới", "government"),
    ("LĐLĐ quận Hải Châu Mới", "Liên đoàn Lao động quận Hải Châu Mới", "mass_organization"),
    ("Bộ Chính trị", "Bộ Chính trị", "party_committee"),
    ("Ban Bí thư", "Ban Bí thư", "party_committee"),
    ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "party_committee"),
    ("Quốc hội", "Quốc hội", "government"),
    ("Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương", "party_department"),
    ("Thị ủy Hương Sơn", "Thị ủy Hương Sơn", "party_committee"),
])
def test_abbreviations_written_out(written, name, kind):
    got = bodies(f"Đại diện {written} đã dự.")
    assert got.get(name, (None,))[0] == kind, got


def test_national_bodies_have_their_parents():
    got = bodies("Thực hiện chủ trương của Bộ Chính trị và Ban Bí thư.")
    assert got == {"Bộ Chính trị": ("party_committee", "Ban Chấp hành Trung ương"),
                   "Ban Bí thư": ("party_committee", "Ban Chấp hành Trung ương")}


def test_kinds_of_body_in_the_plural_are_not_bodies():
    got = bodies("Các đảng bộ trực thuộc và các chi bộ cơ sở đã quán triệt đầy đủ.")
    assert got == {}


def test_body_spans_and_surfaces():
    a = article("Hôm nay, UBND phường Hòa Bình họp.")
    found = extract_bodies(a, [])
    assert [(b.surface, a.text[b.span.start:b.span.end], b.head, b.level_word, b.place) for b in found] == [
        ("UBND phường Hòa Bình", "UBND phường Hòa Bình", "Ủy ban nhân dân", "phường", "Hòa Bình")]


def test_parse_body_is_anchored():
    text = "Đại diện UBND phường Hòa Bình"
    assert parse_body(text, 0) is None
    body, end = parse_body(text, text.index("UBND"))
    assert (body.head, body.place, end) == ("Ủy ban nhân dân", "Hòa Bình", len(text))


def test_congress_term_is_not_part_of_the_place():
    body, _ = parse_body("Đảng bộ phường Hòa Bình khóa XII, nhiệm kỳ 2020-2025 họp.", 0)
    assert (body.head, body.level_word, body.place) == ("Đảng bộ", "phường", "Hòa Bình")


def test_the_provinces_party_bodies_of_its_government_and_of_its_party_agencies():
    got = bodies("Ngày 4/9/2025, Ban Thường vụ Tỉnh ủy Phú Thọ làm việc với Đảng ủy UBND tỉnh. Đảng bộ tỉnh có "
                 "hơn 200 nghìn đảng viên; Đảng bộ các cơ quan Đảng tỉnh có 90 tổ chức đảng.")
    assert got["Đảng ủy Ủy ban nhân dân tỉnh Phú Thọ"] == ("party_committee", None)
    assert got["Đảng bộ tỉnh Phú Thọ"][0] == "party_organization"  # not the government's Đảng bộ
    assert got["Đảng bộ các cơ quan Đảng tỉnh Phú Thọ"][0] == "party_organization"
    assert got["Ủy ban nhân dân tỉnh Phú Thọ"][0] == "government"  # named inside its party committee's name


def test_the_joint_office_of_a_district_council_and_committee_is_a_body_of_its_own():
    persons = facts("Ông Võ Văn Tư, Chánh Văn phòng HĐND và UBND huyện Phù Mỹ phát biểu. "
                    "Bà Lê Thị Na, Chánh Văn phòng Huyện ủy dự.").persons
    got = {p.name: [(post.role, post.body.name) for post in p.posts] for p in persons}
    assert got == {"Võ Văn Tư": [("Chánh Văn phòng", "Văn phòng HĐND và UBND huyện Phù Mỹ")],
                   "Lê Thị Na": [("Chánh Văn phòng", "Huyện ủy Phù Mỹ")]}


def test_a_residential_area_cell_and_the_social_policy_bank_are_bodies():
    names = bodies("Chi bộ khu dân cư số 5 phối hợp Ngân hàng Chính sách xã hội huyện Phù Mỹ.")
    assert {n.casefold() for n in names} >= {"chi bộ khu dân cư số 5", "ngân hàng chính sách xã hội huyện phù mỹ"}


def test_a_provincial_department_named_with_its_province_and_no_place_word():
    names = bodies("Sở Tư pháp Quảng Bình tổ chức hội nghị. Trường Chính trị tỉnh Quảng Bình phối hợp.")
    assert names == {"Sở Tư pháp tỉnh Quảng Bình": ("government", None),
                     "Trường Chính trị tỉnh Quảng Bình": ("other", None)}


def test_the_party_committee_of_a_state_agency_and_of_the_provinces_agencies_bloc():
    names = bodies("Ngày 5/3, Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang tổ chức hội nghị. "
                   "Dự có đại diện Đảng ủy Khối các cơ quan tỉnh.")
    assert names == {"Đảng ủy Bộ đội Biên phòng tỉnh Kiên Giang": ("party_committee", None),
                     "Bộ đội Biên phòng tỉnh Kiên Giang": ("government", None),
                     "Đảng ủy Khối các cơ quan tỉnh Kiên Giang": ("party_committee", None)}
