"""Posts and bodies in forms of the genre, on invented sentences: a caption's credit after a title,
(more rules below as they come)."""
from __future__ import annotations

from helpers import graph_body_names, posts


def test_a_credit_label_ends_the_place_of_a_caption():
    text = ("Ông Trịnh Văn Lộc phát biểu tại hội nghị.\n\n"
            "Ông Trịnh Văn Lộc nhận nhiệm vụ Bí thư Tỉnh ủy Yên Bái ẢNH: ĐOÀN MINH KHUÊ\n\n"
            "Hội nghị bế mạc chiều cùng ngày.")
    assert "Tỉnh ủy Yên Bái" in graph_body_names(text)
    assert not any("ẢNH" in name.upper() and "Yên Bái" in name for name in graph_body_names(text))
    assert not any(org and "Yên Bái" in org for person, found in posts(text).items()
                   if "Khuê" in person for _, org in found)
