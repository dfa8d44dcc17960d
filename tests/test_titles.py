"""Title chains as the genre writes them: kg.extract.title_chains.parse_chain / title_grammar.parse_title,
and the same chains inside short invented articles, where bodies get their places."""
from __future__ import annotations

import pytest

from kg.extract.writing import title_case
from kg.extract.title_chains import parse_chain
from kg.extract.title_grammar import parse_title
from helpers import posts


def chain(text: str):
    titles, end = parse_chain(text, 0)
    return titles, end


# --- parse_chain on bare chains ------------------------------------------------------------------

def test_standing_member_and_department_head_share_the_committee():
    titles, end = chain("UVBTV, Trưởng Ban Tuyên giáo Quận ủy")
    assert end == len("UVBTV, Trưởng Ban Tuyên giáo Quận ủy")
    assert [t.role for t in titles] == ["Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo"]
    assert [t.body.head for t in titles] == ["Quận ủy", "Quận ủy"]
    assert all(t.body.kind == "party_committee" and t.body.part is None for t in titles)


def test_deputy_secretary_standing_and_council_chair():
    titles, end = chain("PBT TT Huyện ủy, Chủ tịch HĐND huyện")
    assert end == len("PBT TT Huyện ủy, Chủ tịch HĐND huyện")
    assert [(t.role, t.body.head, t.body.level_word) for t in titles] == [
        ("Phó Bí thư Thường trực", "Huyện ủy", "huyện"),
        ("Chủ tịch", "Hội đồng nhân dân", "huyện"),
    ]


def test_staff_post_is_in_the_department():
    (title,), _ = chain("Chuyên viên BTC Huyện ủy")
    assert title.role == "Chuyên viên"
    assert title.kind == "staff"
    assert (title.body.head, title.body.kind, title.body.part) == ("Ban Tổ chức", "party_department", "department")
    assert title.body.of.head == "Huyện ủy"


def test_inspection_committee_head_keeps_department_in_role():
    (title,), end = chain("Chủ nhiệm UBKT Tỉnh ủy Đắk Lắk")
    assert end == len("Chủ nhiệm UBKT Tỉnh ủy Đắk Lắk")
    assert title.role == "Chủ nhiệm Ủy ban Kiểm tra"
    assert (title.body.head, title.body.place) == ("Tỉnh ủy", "Đắk Lắk")


@pytest.mark.parametrize("written, role", [
    ("Phó Ban Dân vận", "Phó Trưởng Ban Dân vận"),
    ("Phó Trưởng Ban Dân vận", "Phó Trưởng Ban Dân vận"),
    ("Phó Ban Tuyên giáo", "Phó Trưởng Ban Tuyên giáo"),
    ("Phó Chủ nhiệm UBKT", "Phó Chủ nhiệm Ủy ban Kiểm tra"),
    ("Trưởng BTG", "Trưởng Ban Tuyên giáo"),
])
def test_short_department_titles_written_out(written, role):
    (title,), end = chain(written)
    assert end == len(written)
    assert title.role == role


def test_former_post_keeps_its_word():
    (title,), end = chain("nguyên Bí thư")
    assert end == len("nguyên Bí thư")
    assert title.role == "nguyên Bí thư"
    assert title.former is True


def test_duty_has_no_body():
    (title,), end = chain("HUV phụ trách địa bàn")
    assert end == len("HUV phụ trách địa bàn")
    assert title.role == "Huyện ủy viên phụ trách địa bàn"
    assert title.kind == "duty"
    assert title.body is None


def test_duty_stops_before_the_verb():
    # the duty is "phụ trách địa bàn"; "phát biểu" is what the person did
    title = parse_title("HUV phụ trách địa bàn phát biểu ý kiến.", 0)
    assert title.role == "Huyện ủy viên phụ trách địa bàn"
    assert title.span.end == len("HUV phụ trách địa bàn")


@pytest.mark.parametrize("written", [
    "Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng", "UVTW", "Ủy viên BCH Trung ương Đảng",
])
def test_central_committee_member(written):
    (title,), end = chain(written)
    assert end == len(written)
    assert title.role == "Ủy viên Trung ương Đảng"
    assert title.body.head == "Ban Chấp hành Trung ương"
    assert title.body.naming == "fixed"


def test_chain_with_kiem_and_dash():
    titles, _ = chain("Phó Bí thư Thành ủy kiêm Chủ tịch UBND thành phố - Trưởng đoàn")
    assert [t.role for t in titles][:2] == ["Phó Bí thư", "Chủ tịch"]
    assert titles[1].body.head == "Ủy ban nhân dân"


def test_no_title_no_chain():
    assert chain("Hội nghị đã diễn ra tốt đẹp") == ([], 0)


def test_title_case_of_names():
    assert title_case("TRẦN VĂN AN") == "Trần Văn An"
    assert title_case("nguyễn thị bình") == "Nguyễn Thị Bình"


# --- the same chains inside an article: places resolved ---------------------------------------------

def test_two_posts_both_in_the_named_district_committee():
    got = posts("Tại quận Hải Châu Mới, đồng chí Trần Văn An - UVBTV, Trưởng Ban Tuyên giáo Quận ủy phát biểu.")
    assert got == {"Trần Văn An": [("Ủy viên Ban Thường vụ", "Quận ủy Hải Châu Mới"),
                                   ("Trưởng Ban Tuyên giáo", "Quận ủy Hải Châu Mới")]}


def test_standing_deputy_and_council_chair_in_named_district():
    got = posts("Về phía huyện Tân Hòa có đồng chí Lê Thị Bình - PBT TT Huyện ủy, Chủ tịch HĐND huyện.")
    assert got == {"Lê Thị Bình": [("Phó Bí thư Thường trực", "Huyện ủy Tân Hòa"),
                                   ("Chủ tịch", "Hội đồng nhân dân huyện Tân Hòa")]}


def test_staff_post_resolved():
    got = posts("Đồng chí Võ Thị Cúc - Chuyên viên BTC Huyện ủy trình bày báo cáo.")
    assert got == {"Võ Thị Cúc": [("Chuyên viên", "Ban Tổ chức Huyện ủy")]}


def test_inspection_chair_of_named_province():
    got = posts("Đồng chí Phạm Văn Đức - Chủ nhiệm UBKT Tỉnh ủy Đắk Lắk phát biểu.")
    assert got == {"Phạm Văn Đức": [("Chủ nhiệm Ủy ban Kiểm tra", "Tỉnh ủy Đắk Lắk")]}


def test_deputy_of_mass_mobilization_department():
    got = posts("Đồng chí Hồ Thị Mai - Phó Ban Dân vận Thị ủy Hương Sơn phát biểu.")
    assert got == {"Hồ Thị Mai": [("Phó Trưởng Ban Dân vận", "Thị ủy Hương Sơn")]}


def test_former_secretary_and_duty_in_article():
    got = posts("Đồng chí Nguyễn Văn Nam, nguyên Bí thư Huyện ủy, HUV phụ trách địa bàn, dự buổi làm việc.")
    assert got == {"Nguyễn Văn Nam": [("nguyên Bí thư", "Huyện ủy"), ("Huyện ủy viên phụ trách địa bàn", None)]}


def test_central_committee_member_and_provincial_secretary():
    got = posts("Đồng chí Đỗ Văn Sáu - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đắk Lắk dự hội nghị.")
    assert got == {"Đỗ Văn Sáu": [("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương"),
                                  ("Bí thư", "Tỉnh ủy Đắk Lắk")]}


# --- title first, then the name --------------------------------------------------------------------

def test_title_first_name():
    got = posts("Phát biểu khai mạc, Bí thư Quận ủy Nguyễn Văn Hùng nhấn mạnh yêu cầu.")
    assert got == {"Nguyễn Văn Hùng": [("Bí thư", "Quận ủy")]}


def test_title_first_department_deputy():
    got = posts("Phó Ban Dân vận Huyện ủy Trần Minh Tâm cho biết kết quả.")
    assert got == {"Trần Minh Tâm": [("Phó Trưởng Ban Dân vận", "Huyện ủy")]}


def test_title_first_name_after_a_named_province():
    # "Bí thư Tỉnh ủy Đắk Lắk Nguyễn Văn Tâm": the province ends where a family name begins
    got = posts("Phát biểu chỉ đạo, Bí thư Tỉnh ủy Đắk Lắk Nguyễn Văn Tâm đề nghị các cấp ủy tập trung.")
    assert got == {"Nguyễn Văn Tâm": [("Bí thư", "Tỉnh ủy Đắk Lắk")]}


def test_title_first_chain_of_two_titles():
    got = posts("Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Lê Quang Vinh phát biểu.")
    assert got == {"Lê Quang Vinh": [("Ủy viên Ban Thường vụ", "Huyện ủy"), ("Trưởng Ban Dân vận", "Huyện ủy")]}


def roles_bodies(text: str) -> list[tuple[str, str | None, str | None]]:
    """(role, body head, body place) of each title in the chain at the start of ``text``."""
    titles, _ = parse_chain(text, 0)
    return [(t.role, t.body.head if t.body else None, t.body.place if t.body else None) for t in titles]


def test_member_of_a_party_organizations_committee_is_in_the_committee():
    titles, _ = parse_chain("Ủy viên Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh, Giám đốc Sở Nội vụ", 0)
    assert titles[0].role == "Ủy viên Ban Chấp hành"
    assert titles[0].body.part == "executive" and titles[0].body.of.place == "Hà Tĩnh"
    assert (titles[1].role, titles[1].body.head) == ("Giám đốc", "Sở Nội vụ")


def test_youth_union_police_and_court_titles():
    assert roles_bodies("Bí thư Tỉnh đoàn Cà Mau, Chánh án Tòa án nhân dân huyện Đầm Dơi") == [
        ("Bí thư", "Tỉnh đoàn", "Cà Mau"), ("Chánh án", "Tòa án nhân dân", "Đầm Dơi")]


def test_office_of_a_council_is_a_government_body():
    titles, _ = parse_chain("Chánh Văn phòng HĐND tỉnh Sơn La", 0)
    assert titles[0].role == "Chánh Văn phòng" and titles[0].department.kind == "government"
