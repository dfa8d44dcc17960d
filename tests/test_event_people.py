"""Who was present at an event (gold/FORMAT.md "Who was present"), on invented articles."""
from __future__ import annotations

from datetime import date

from kg.extract import extract_all
from kg.model import RawDocument
from kg.normalize import normalize


def people(text: str, published: date | None = None) -> list[tuple]:
    facts = extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text, published=published)))
    return [(e.date, sorted(e.chairs), sorted(e.attendees), sorted(e.speakers)) for e in facts.events]


def test_people_elected_or_designated_at_a_congress_were_present():
    text = ("Sáng 12/8, Đảng bộ xã Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n"
            "Đồng chí Lê Văn Minh tái đắc cử Bí thư Đảng ủy xã.\n"
            "Các đại biểu đã bầu đồng chí Trần Thị Lan giữ chức Phó Bí thư Đảng ủy xã.\n"
            "Đồng chí Hoàng Văn Sơn được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.\n"
            "Năm 2015, đồng chí Phạm Văn Hùng được bầu làm Chủ tịch UBND xã.")
    assert people(text) == [(date(2025, 8, 12), [], ["Hoàng Văn Sơn", "Lê Văn Minh", "Trần Thị Lan"], [])]
