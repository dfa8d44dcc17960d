"""Duties of one sitting (FORMAT): ``<team> do A, <titles>, làm Trưởng đoàn`` gives A the duty, in the team
when the sentence names it (a numbered team, a congress organ), else with no body; invented sentences."""
from __future__ import annotations

from helpers import posts


def test_the_head_of_a_numbered_team():
    got = posts("Ngày 3/4, Đoàn kiểm tra số 7 của Ban Thường vụ Tỉnh ủy do đồng chí Lê Minh Khang, Ủy viên Ban "
                "Thường vụ Tỉnh ủy làm trưởng đoàn đã làm việc với Huyện ủy.")
    assert ("Trưởng đoàn", "Đoàn kiểm tra số 7") in got["Lê Minh Khang"]
    got = posts("Theo quyết định, Đoàn kiểm tra, giám sát số 21 do bà Đào Thị Hoa, Bí thư Đảng ủy Khối, làm Trưởng "
                "đoàn, sẽ kiểm tra Tỉnh ủy.")
    assert ("Trưởng đoàn", "Đoàn kiểm tra, giám sát số 21") in got["Đào Thị Hoa"]


def test_the_head_of_a_congress_organ_and_of_an_unnamed_team():
    got = posts("Đoàn thư ký gồm 3 thành viên, do ông Trần Văn Lợi, Chánh Văn phòng Thành ủy làm Trưởng đoàn thư ký.")
    assert ("Trưởng đoàn", "Đoàn Thư ký") in got["Trần Văn Lợi"]
    got = posts("Đoàn công tác gồm 5 người do ông Lê Văn Hòa, Bí thư Huyện ủy làm trưởng đoàn.")
    assert got["Lê Văn Hòa"] == [("Bí thư", "Huyện ủy"), ("Trưởng đoàn", None)]


def test_leading_a_delegation_alone_is_no_post():
    got = posts("Ông Lê Văn Hòa, Bí thư Huyện ủy dẫn đầu đoàn công tác đến thăm xã.")
    assert got["Lê Văn Hòa"] == [("Bí thư", "Huyện ủy")]


def test_each_person_listed_under_the_chair_of_a_sitting_holds_that_duty():
    got = posts("Chủ tọa kỳ họp gồm các đồng chí: Vũ Văn Khoa – Phó Bí thư Đảng ủy, CT HĐND phường; Bùi Thị Hạnh – "
                "UVBTV Đảng ủy, PCT HĐND phường. Thư ký kỳ họp gồm các đồng chí: Lê Thị Lan; Đỗ Văn Bình.")
    assert ("Chủ tọa kỳ họp", None) in got["Vũ Văn Khoa"]
    assert ("Chủ tọa kỳ họp", None) in got["Bùi Thị Hạnh"]
    assert got["Lê Thị Lan"] == got["Đỗ Văn Bình"] == [("Thư ký kỳ họp", None)]



def test_a_duty_of_a_numbered_team_written_as_a_title_in_a_chain():
    # the duty then the team's name up to its number: the team is the post's body, "của ..." after it is not
    got = posts("Dự có ông Lý Văn Hòa, Phó Bí thư Tỉnh ủy Hà Nam, Phó trưởng Đoàn kiểm tra, giám sát số 9 và "
                "đồng chí Lê Văn Tư - Ủy viên Ban Thường vụ Tỉnh ủy, Tổ trưởng Tổ công tác số 4 của Ban Thường vụ "
                "Tỉnh ủy.")
    assert got["Lý Văn Hòa"] == [("Phó Bí thư", "Tỉnh ủy Hà Nam"), ("Phó Trưởng đoàn", "Đoàn kiểm tra, giám sát số 9")]
    assert got["Lê Văn Tư"] == [("Ủy viên Ban Thường vụ", "Tỉnh ủy Hà Nam"), ("Tổ trưởng", "Tổ công tác số 4")]


def test_a_duty_title_without_a_numbered_team_is_no_post():
    assert posts("Ông Lý Văn Hòa, Trưởng đoàn công tác của tỉnh phát biểu.") == {"Lý Văn Hòa": []}


def test_a_rank_between_the_form_of_address_and_the_team_heads_name():
    got = posts("Sáng 6/9, Đoàn kiểm tra số 4 do đồng chí Thượng tướng Lò Văn Quân, Ủy viên Quân ủy Trung ương, "
                "làm trưởng đoàn, đã làm việc với Ban Thường vụ Tỉnh ủy.")
    assert ("Trưởng đoàn", "Đoàn kiểm tra số 4") in got["Lò Văn Quân"]
