"""Pathological text: what the pipeline finds on it, never how long it takes.

A repeated article yields its own facts once per copy, at the copy's offsets; a long list
yields every name; text with no sentence, no space or nothing but titles yields facts
whose spans lie inside it. benchmarks/size_time.py times these inputs against their
size (a test asserting a time or a ratio of times fails on a busy machine).
"""
from __future__ import annotations

import itertools
import random

import pytest

from kg.facts import extract_all
from kg.graph import facts_to_ntriples
from kg.model import ArticleFacts
from kg.normalize import normalize
from kg.read import from_bytes

# invented, in the genre's style
ARTICLE = (
    "Sáng ngày 14/5/2024, Đảng ủy xã Phú Lâm tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 08-CT/TU "
    "của Ban Thường vụ Tỉnh ủy. Đồng chí Võ Thanh Tùng - Tỉnh ủy viên, Bí thư Huyện ủy Đông Sơn dự và phát biểu "
    "chỉ đạo. Đồng chí Lương Thị Diệu - Bí thư Đảng ủy xã chủ trì hội nghị. Hội nghị đã quán triệt Nghị quyết "
    "số 12-NQ/HU của Huyện ủy và Kế hoạch số 45-KH/ĐU của Đảng ủy xã."
)
COPIES = 60
NAMES = ["Trần", "Văn", "An", "Nguyễn", "Thị", "Bình", "Lê", "Hoàng", "Phạm", "Minh", "Đỗ", "Hùng"]


def built(text: str) -> ArticleFacts:
    """``text`` read as a file's bytes, normalized, extracted and put in a graph."""
    (doc,) = list(from_bytes(text.encode("utf-8"), name="x.txt", path="x.txt", kind="text"))
    facts = extract_all(normalize(doc))
    assert facts_to_ntriples(facts)
    assert facts.warnings == []
    return facts


def assert_spans_inside(facts: ArticleFacts) -> None:
    text = facts.article.text
    spans = list(facts.spans())
    assert spans
    for kind, span in spans:
        assert 0 <= span.start <= span.end <= len(text), f"{kind} span {span} outside a text of {len(text)}"
    assert len(facts.article.offsets) == len(text)
    assert all(0 <= offset < len(facts.article.source_text) for offset in facts.article.offsets[::97])


def located(facts: ArticleFacts) -> dict[str, list[tuple[str, int, int]]]:
    return {"documents": sorted((d.code, d.span.start, d.span.end) for d in facts.documents),
            "bodies": sorted((b.surface, b.span.start, b.span.end) for b in facts.bodies)}


@pytest.mark.parametrize("separator", [" ", "\n\n"], ids=["one line", "paragraphs"])
def test_a_repeated_article_finds_its_facts_once_per_copy(separator):
    one = built(ARTICLE)
    many = built(separator.join([ARTICLE] * COPIES))
    step = len(ARTICLE) + len(separator)
    for kind, found in located(one).items():
        assert found, kind
        expected = sorted((what, start + i * step, end + i * step) for i in range(COPIES) for what, start, end in found)
        assert located(many)[kind] == expected, kind
    # people and their posts are the article's, whatever the number of times it names them
    assert {(p.name, q.role) for p in many.persons for q in p.posts} == \
        {(p.name, q.role) for p in one.persons for q in p.posts}
    assert [(e.kind, e.date) for e in many.events] == [(e.kind, e.date) for e in one.events]
    assert_spans_inside(many)


def invented_names(count: int) -> list[str]:
    rng = random.Random(5)
    surnames, middles = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Bùi"], ["Văn", "Thị", "Minh", "Đức", "Ngọc"]
    givens = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Long", "Nam", "Sơn", "Yến"]
    every = [f"{s} {m} {g} {h}" for s in surnames for m in middles for g in givens for h in givens if g != h]
    return rng.sample(every, count)


@pytest.mark.parametrize("one_line", [True, False], ids=["one line", "one a line"])
def test_every_name_of_a_long_list_is_a_person(one_line):
    names = invented_names(2000)
    if one_line:
        text = "Danh sách khen thưởng gồm các đồng chí: " + ", ".join(names) + "."
    else:
        text = "Danh sách khen thưởng:\n" + "\n".join(f"{i}. Đồng chí {name}" for i, name in enumerate(names, 1))
    facts = built(text)
    assert sorted(p.name for p in facts.persons) == sorted(names)
    for person in facts.persons:
        assert facts.article.text[person.span.start:person.span.end] == person.name
    assert_spans_inside(facts)


def single_line() -> str:
    """A sentence 1,000 times with no line break: 120 KB."""
    return ("Sáng ngày 3/4/2022, Đảng ủy phường Hòa Bình tổ chức hội nghị, đồng chí Trần Văn An – Bí thư Đảng ủy "
            "phường chủ trì. ") * 1000


def unbroken_word() -> str:
    return "Đảng" * 200_000


def repeated_titles() -> str:
    return "Bí thư Đảng ủy phường, " * 10_000


def capitalized_words() -> str:
    return " ".join(itertools.islice(itertools.cycle(NAMES), 40_000))


def repeated_dashes() -> str:
    return "Đồng chí Trần Văn An - " * 10_000


@pytest.mark.parametrize("make", [single_line, repeated_titles, repeated_dashes], ids=lambda make: make.__name__)
def test_pathological_text_gives_facts_inside_it(make):
    assert_spans_inside(built(make()))


@pytest.mark.parametrize("make", [unbroken_word, capitalized_words], ids=lambda make: make.__name__)
def test_text_without_a_fact_gives_none(make):
    facts = built(make())
    assert not facts.persons and not facts.documents and not facts.events


def test_repeated_titles_name_one_body():
    facts = built(repeated_titles())
    assert {b.surface for b in facts.bodies} == {"Đảng ủy phường"}
    assert len(facts.bodies) == 10_000


def test_a_place_abbreviation_broken_across_lines_is_still_a_place():
    # found by benchmarks/fuzz.py: "TP\nHCM" matched the abbreviation but was looked up as written
    facts = built("Đảng ủy phường Bến Nghé, TP\nHCM tổ chức hội nghị. Đồng chí Lê Văn Tám - Bí thư Đảng ủy phường "
                  "chủ trì.")
    assert facts.warnings == []
    assert_spans_inside(facts)
