"""Which documents an event took up (kg.extract.event_documents), on invented articles."""
from __future__ import annotations

from datetime import date

from kg.extract import extract_all
from kg.model import RawDocument
from kg.normalize import normalize


def event_documents(text: str, published: date | None = None) -> list[tuple]:
    facts = extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text, published=published)))
    return [(e.date, [d.code for d in e.documents]) for e in facts.events]


def test_the_plan_for_holding_the_event_is_its_document():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 12/11/2019 của UBND huyện Tân An về việc tổ chức Hội nghị điển "
            "hình tiên tiến lần thứ IV.\nSáng 4/3/2020, UBND huyện Tân An tổ chức Hội nghị điển hình tiên tiến.")
    assert event_documents(text) == [(date(2020, 3, 4), ["25/KH-UBND"])]


def test_a_document_carried_out_in_another_clause_than_the_event_is_not_its_document():
    text = ("Thực hiện Quy chế phối hợp số 01/QC-HĐND ngày 14/3/2022 về phối hợp công tác giai đoạn 2021 - 2026, "
            "trên cơ sở đề nghị của Chủ tịch UBND quận về việc tổ chức kỳ họp chuyên đề.\n"
            "Sáng 29/3/2024, HĐND quận Tân An tổ chức kỳ họp chuyên đề.")
    assert event_documents(text) == [(date(2024, 3, 29), [])]
