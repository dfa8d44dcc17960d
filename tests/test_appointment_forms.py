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
