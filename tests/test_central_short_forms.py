"""Short forms of central bodies as the genre writes them in titles, on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_the_fronts_central_committee_written_short_is_the_central_committee():
    text = "Ủy viên Bộ Chính trị, Chủ tịch UBTƯ MTTQ Việt Nam Trần Văn Lộc chủ trì hội nghị."
    assert posts(text)["Trần Văn Lộc"] == [("Ủy viên Bộ Chính trị", "Bộ Chính trị"),
                                          ("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]


def test_the_fronts_central_committee_with_the_countrys_initials_is_the_central_committee():
    assert posts("Bà Lê Thị Hoa, Phó Chủ tịch UBTƯ MTTQVN, dự buổi lễ.")["Lê Thị Hoa"] == \
        [("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]
