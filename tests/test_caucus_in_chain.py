"""A bare party caucus in a person's chain of titles is the caucus of the body beside it, on invented sentences."""
from __future__ import annotations

from helpers import posts


def test_a_bare_caucus_is_that_of_the_mass_body_its_holder_chairs():
    text = "Ông Lê Văn Ba, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh Nghệ An, phát biểu."
    assert posts(text)["Lê Văn Ba"] == [("Bí thư", "Đảng đoàn Hội Nông dân tỉnh Nghệ An"),
                                       ("Chủ tịch", "Hội Nông dân tỉnh Nghệ An")]


def test_a_bare_party_board_is_that_of_the_government_its_holder_chairs():
    text = "Ông Lê Văn Ba, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh Nghệ An, phát biểu."
    assert posts(text)["Lê Văn Ba"] == [("Phó Bí thư", "Tỉnh ủy Nghệ An"),
                                       ("Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An"),
                                       ("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]


def test_a_bare_party_committee_does_not_take_a_mass_body_beside_it():
    text = "Ông Lê Văn Ba, Bí thư Đảng ủy, Chủ tịch Hội Nông dân xã Tân Mỹ, phát biểu."
    assert not any(body.startswith("Đảng ủy Hội") for _, body in posts(text)["Lê Văn Ba"] if body)
