"""A component that fails loses its own facts, never the article: the loop keeps the others' and warns."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import kg.facts
from kg.cli import main
from kg.extract.components import Component, ComponentError, in_order, run_components
from kg.facts import COMPONENTS, extract_all
from kg.model import RawDocument
from kg.normalize import normalize

TEXT = ("Ngày đăng 05/03/2024 | 09:10\n"
        "Sáng 4/3, Đảng ủy xã Tân Lập tổ chức Hội nghị sơ kết thực hiện Chỉ thị số 07-CT/TU của Tỉnh ủy.\n"
        "Đồng chí Hà Văn Khải - Bí thư Đảng ủy xã chủ trì hội nghị.")


def broken(*_, **__):
    raise TypeError("cannot unpack non-iterable NoneType object")


def replaced(name: str) -> list[Component]:
    """COMPONENTS with the component ``name`` swapped for one that raises, reading and adding the same slots."""
    return [Component(c.name, c.reads, c.adds, broken) if c.name == name else c for c in COMPONENTS]


def article(name: str = "w0149.txt"):
    return normalize(RawDocument(name=name, path=name, text=TEXT))


def test_every_component_reads_only_what_an_earlier_one_adds():
    slots = {"article"}
    for component in COMPONENTS:
        assert set(component.reads) <= slots, f"{component.name} reads a slot no earlier component adds"
        slots |= set(component.adds)
    assert [c.name for c in COMPONENTS] == ["dates", "documents", "persons", "bodies", "events", "resolve", "tenures"]


def test_the_order_comes_from_the_declarations_not_the_list():
    assert in_order(reversed(COMPONENTS)) == in_order(sorted(COMPONENTS, key=lambda c: c.name)) == COMPONENTS


def nothing(_doc):
    return []


@pytest.mark.parametrize("components, problem", [
    ([Component("spy", ("events",), ("bodies",), nothing)], "the spy component reads 'events', which no component adds"),
    ([Component("a", ("article",), ("bodies",), nothing), Component("b", ("article",), ("bodies",), nothing)],
     "the b component adds 'bodies', which the a component adds"),
    ([Component("a", ("article",), ("article",), nothing)], "the a component adds 'article', which the loop adds"),
    ([Component("a", ("article", "colour"), ("bodies",), nothing)], "the a component names 'colour', which is no slot"),
    ([Component("a", ("events",), ("bodies",), nothing), Component("b", ("bodies",), ("events",), nothing)],
     "the components wait on each other: a, b"),
])
def test_a_list_whose_declarations_do_not_close_is_refused_before_any_article(components, problem):
    with pytest.raises(ComponentError, match=problem):
        in_order(components)
    with pytest.raises(ComponentError, match=problem):
        extract_all(article(), components)


def test_a_component_reads_only_the_slots_it_declares():
    def peek(doc):
        return doc.persons

    doc = run_components(article(), [*COMPONENTS[:3], Component("spy", ("article",), ("events",), peek)])
    assert doc.warnings == ["w0149.txt: the spy extractor failed: AttributeError: "
                            "the spy component reads 'persons' without declaring it"]


def test_a_failing_bodies_extractor_keeps_every_other_fact():
    whole = extract_all(article())
    facts = extract_all(article(), replaced("bodies"))
    assert facts.warnings == ["w0149.txt: the bodies extractor failed: TypeError: "
                              "cannot unpack non-iterable NoneType object"]
    assert [p.name for p in facts.persons] == [p.name for p in whole.persons] == ["Hà Văn Khải"]
    assert [d.code for d in facts.documents] == [d.code for d in whole.documents] == ["07-CT/TU"]
    assert [e.kind for e in facts.events] == [e.kind for e in whole.events]
    # the bodies scanner added nothing; bodies named inside titles come with the person
    assert {b.surface for b in facts.bodies} < {b.surface for b in whole.bodies}
    assert whole.warnings == []


@pytest.mark.parametrize("name", [c.name for c in COMPONENTS])
def test_any_component_may_fail(name):
    facts = extract_all(article(), replaced(name))
    assert facts.warnings == [f"w0149.txt: the {name} extractor failed: TypeError: "
                              "cannot unpack non-iterable NoneType object"]
    if name != "persons":
        assert [p.name for p in facts.persons] == ["Hà Văn Khải"]


def test_a_failed_resolve_takes_its_names_back():
    facts = extract_all(article(), replaced("resolve"))
    assert facts.bodies and all(b.name == "" for b in facts.bodies)
    assert all(post.body is None or post.body.name == "" for p in facts.persons for post in p.posts)


def test_later_components_see_empty_defaults():
    seen = {}

    def record(doc):
        seen.update(persons=doc.persons, documents=doc.documents)
        return []

    components = [c for c in replaced("persons") if c.name in ("dates", "documents", "persons")]
    doc = run_components(article(), [*components, Component("spy", ("persons", "documents"), ("events",), record)])
    assert seen["persons"] == [] and [d.code for d in seen["documents"]] == ["07-CT/TU"]
    assert len(doc.warnings) == 1 and "the persons extractor failed" in doc.warnings[0]


def test_kg_build_prints_and_counts_the_warning_and_builds_the_article(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.facts, "COMPONENTS", tuple(replaced("bodies")))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "w0149.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1",
                                       "--no-view"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "warning: w0149.txt: the bodies extractor failed: TypeError: cannot unpack" in result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()}
    assert rows["articles"][0] == "1" and rows["skipped"][0] == "0" and rows["warnings"][0] == "1"
    assert rows["people"][0] == "1"
