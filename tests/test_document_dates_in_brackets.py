"""A document's date of issue written in brackets after its code (kg.extract.documents), on invented sentences."""
from __future__ import annotations

from datetime import date

from helpers import facts


def test_a_date_in_brackets_after_the_code_is_the_date_of_issue_and_the_issuer_follows():
    (doc,) = facts("Đảng ủy xã Yên Lạc quán triệt Chỉ thị số 21-CT/TW (ngày 5/3/2023) của Ban Bí thư về "
                   "công tác dân vận.").documents
    assert (doc.code, doc.issued, doc.issuer.name if doc.issuer else None) == \
        ("21-CT/TW", date(2023, 3, 5), "Ban Bí thư")


def test_the_date_in_brackets_dates_no_event():
    got = facts("Thực hiện Kế hoạch số 12-KH/HU (ngày 2/3/2023) của Huyện ủy Tân Lạc, sáng 9/3/2023, Đảng ủy xã "
                "Yên Lạc tổ chức Hội nghị quán triệt.").events
    assert [e.date for e in got] == [date(2023, 3, 9)]
