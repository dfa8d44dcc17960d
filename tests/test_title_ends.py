"""A document's title ends before the clause of manner that opens the sentence's own clause (kg.extract.document_words)."""
from __future__ import annotations

from helpers import facts

_TEXT = ("Thực hiện Chỉ thị số 12-CT/TU (ngày 3/2/2025) của Ban Thường vụ Tỉnh ủy Hòa Phong về đại hội chi bộ trực "
         "thuộc{sep} sự chuẩn bị chu đáo, Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025-2030 diễn ra "
         "từ ngày 14 đến 15/7/2025 tại hội trường xã.")


def test_a_title_ends_before_with_the_care_of():
    got = facts(_TEXT.format(sep=", với"))
    assert [d.title for d in got.documents] == ["đại hội chi bộ trực thuộc"]
    assert [str(e.date) for e in got.events] == ["2025-07-14"]


def test_a_title_ends_before_with_the_consent_of():
    got = facts(_TEXT.format(sep=", được"))
    assert [d.title for d in got.documents] == ["đại hội chi bộ trực thuộc"]
    assert [str(e.date) for e in got.events] == ["2025-07-14"]
