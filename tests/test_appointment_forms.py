"""More ways the genre writes that a person was given a post (cues.tsv, appointed), on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_designated_as_with_la():
    got = posts("Ông Trần Văn Bảy được chỉ định là Bí thư Đảng ủy xã Kim Sơn.")
    assert got["Trần Văn Bảy"] == [("Bí thư", "Đảng ủy xã Kim Sơn")]


def test_continues_to_hold_a_post():
    got = posts("Anh Cao Văn Tám tiếp tục giữ chức Bí thư Tỉnh Đoàn Hà Nam. Anh Lê Văn Hòa tiếp tục được chỉ định "
                "giữ chức Phó Bí thư Tỉnh Đoàn Hà Nam.")
    assert got["Cao Văn Tám"] == [("Bí thư", "Tỉnh đoàn Hà Nam")]
    assert got["Lê Văn Hòa"] == [("Phó Bí thư", "Tỉnh đoàn Hà Nam")]


def test_takes_on_a_post():
    got = posts("Ông Đỗ Văn Tư đảm nhiệm vị trí Chủ tịch UBND xã Kim Sơn.")
    assert got["Đỗ Văn Tư"] == [("Chủ tịch", "Ủy ban nhân dân xã Kim Sơn")]


def test_a_council_named_after_the_chain_with_its_term_still_leads_to_the_election():
    got = posts("Bà Lê Thị Mai, Tỉnh ủy viên, Ủy viên Thường trực, Trưởng Ban Pháp chế, HĐND tỉnh nhiệm kỳ 2016-2021 "
                "được bầu giữ chức vụ Phó Chủ tịch HĐND tỉnh Bắc Giang nhiệm kỳ 2021-2026.")
    assert ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Bắc Giang") in got["Lê Thị Mai"]
    assert ("Trưởng Ban Pháp chế", "Hội đồng nhân dân tỉnh Bắc Giang") in got["Lê Thị Mai"]


def test_a_passive_with_its_agent_before_the_post_given():
    got = posts("Kết quả, đồng chí Lê Văn Tám, Bí thư Huyện ủy đã được 100% đại biểu tín nhiệm bầu giữ chức "
                "Chủ tịch HĐND huyện Yên Thế.")
    assert ("Chủ tịch", "Hội đồng nhân dân huyện Yên Thế") in got["Lê Văn Tám"]
    got = posts("Ông Lê Văn Tám, Thứ trưởng Bộ Công an được Bộ Chính trị điều động, phân công, chỉ định tham gia "
                "Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Tỉnh ủy Hưng Yên, nhiệm kỳ 2025 - 2030.")
    assert ("Bí thư", "Tỉnh ủy Hưng Yên") in got["Lê Văn Tám"]


def test_a_passive_that_names_no_appointment_in_its_clause_gives_no_post():
    got = posts("Ông Lê Văn Tám, Bí thư Huyện ủy Yên Thế được nhân dân tin yêu. Ông giữ chức Chủ tịch HĐND huyện.")
    assert got["Lê Văn Tám"] == [("Bí thư", "Huyện ủy Yên Thế")]


def test_a_nominee_is_given_no_post_by_the_passive():
    got = posts("Bà Lê Thị Mai, Trưởng ban Pháp chế, HĐND tỉnh Bắc Giang được giới thiệu bầu giữ chức vụ "
                "Phó chủ tịch HĐND tỉnh.")
    assert got["Lê Thị Mai"] == [("Trưởng Ban Pháp chế", "Hội đồng nhân dân tỉnh Bắc Giang")]


def test_won_the_post_written_with_its_word_for_post():
    got = posts("Bà Lê Thị Mai trúng cử chức danh Phó Chủ tịch HĐND tỉnh Bắc Giang. Ông Đỗ Văn Tư đã đắc cử chức danh "
                "Bí thư Tỉnh ủy Bắc Giang.")
    assert got["Lê Thị Mai"] == [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Bắc Giang")]
    assert got["Đỗ Văn Tư"] == [("Bí thư", "Tỉnh ủy Bắc Giang")]


def test_made_a_post_holder_with_lam():
    got = posts("Ban Chấp hành đã bầu đồng chí Lò Văn Sáng làm Bí thư Tỉnh ủy Lai Châu. Anh Hà Văn Hòa - Phó Bí thư "
                "Tỉnh Đoàn làm Chủ nhiệm Ủy ban Kiểm tra.")
    assert got["Lò Văn Sáng"] == [("Bí thư", "Tỉnh ủy Lai Châu")]
    assert [role for role, _ in got["Hà Văn Hòa"]] == ["Phó Bí thư", "Chủ nhiệm Ủy ban Kiểm tra"]
    assert posts("Ông Lê Văn Tám làm việc với đoàn công tác của tỉnh.")["Lê Văn Tám"] == []


def test_a_post_given_for_the_cause_after_the_name():
    got = posts("Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND thành phố đối với ông Lê Minh Tâm do được Ban Thường vụ Tỉnh ủy "
                "điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Xây dựng tỉnh Hà Nam.")
    assert ("Phó Giám đốc", "Sở Xây dựng tỉnh Hà Nam") in got["Lê Minh Tâm"]
