"""People named without a form of address, with their titles, in guest lists and lines (kg.extract.bare_names)."""
from __future__ import annotations

from datetime import date

from helpers import facts, posts


def test_a_guest_list_opened_by_a_bare_name_with_titles():
    got = posts("Tham dự có Lê Văn Minh, Bí thư Huyện ủy Tân Lạc; Trần Thị Hoa, Chủ tịch UBND huyện Tân Lạc.")
    assert got == {"Lê Văn Minh": [("Bí thư", "Huyện ủy Tân Lạc")],
                   "Trần Thị Hoa": [("Chủ tịch", "Ủy ban nhân dân huyện Tân Lạc")]}


def test_guests_one_a_line_after_a_bullet():
    got = posts("Dự hội nghị có:\n- Lê Văn Minh, Bí thư Huyện ủy Tân Lạc;\n- Trần Thị Hoa: Chủ tịch UBND huyện Tân Lạc.")
    assert set(got) == {"Lê Văn Minh", "Trần Thị Hoa"}


def test_a_sentence_opened_by_a_bare_name_and_a_dash():
    got = posts("Hội nghị diễn ra sôi nổi. Lê Văn Minh - Bí thư Huyện ủy Tân Lạc phát biểu tại hội nghị.")
    assert got == {"Lê Văn Minh": [("Bí thư", "Huyện ủy Tân Lạc")]}


def test_bare_guests_attend_the_event_of_the_sentence_before():
    text = ("Sáng 5/1/2024, Huyện ủy Tân Lạc tổ chức Hội nghị tổng kết công tác năm 2023. "
            "Tham dự có Lê Văn Minh, Phó Bí thư Tỉnh ủy; Trần Thị Hoa, Chủ tịch UBND huyện Tân Lạc.")
    events = facts(text).events
    assert len(events) == 1
    assert sorted(events[0].attendees) == ["Lê Văn Minh", "Trần Thị Hoa"]


def test_a_place_or_a_body_named_after_a_person_is_no_person():
    got = posts("Hội nghị họp tại phường Nguyễn Du, Chủ tịch UBND phường phát biểu. Tại Trường THPT Lê Quý Đôn, "
                "Bí thư Tỉnh đoàn trao quà. Tuyến đường Trần Phú, Bí thư Chi bộ khu phố đi kiểm tra.")
    assert got == {}


def test_a_bare_name_without_titles_is_no_person():
    assert posts("Tham dự có Lê Văn Minh, Trần Thị Hoa và nhiều hộ dân.") == {}


def test_a_place_heading_a_line_is_no_person():
    assert posts("Thái Nguyên: Bí thư Tỉnh ủy mới nhận nhiệm vụ.\nSáng nay, hội nghị diễn ra.") == {}


def test_a_name_broken_over_two_lines_is_not_read_from_its_second_line():
    got = posts("Dự có đ/c Lê Văn Minh, Bí thư Huyện ủy; đ/c Nguyễn\nVăn Hán, Phó Chủ tịch UBND huyện.")
    assert "Văn Hán" not in got


def test_a_capitalized_form_of_address_is_not_read_as_a_family_name():
    got = posts("Hội nghị diễn ra sáng nay.\n\nÔng Tống Văn Trường, Trưởng Ban Tuyên giáo - Dân vận Tỉnh ủy Tân An "
                "trao đổi tại buổi họp báo.")
    assert not any(name.startswith("Ông") for name in got)
