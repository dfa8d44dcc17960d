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
