"""A component that fails loses its own facts, never the article: the loop keeps the others' and warns."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import kg.extract
from kg.cli import main
from kg.extract import COMPONENTS, Component, extract_all, run_components
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


def test_every_component_declares_what_it_reads_and_adds():
    slots = {"article", "published"}
    for component in COMPONENTS:
        assert set(component.reads) <= slots, f"{component.name} reads a slot no earlier component adds"
        slots |= set(component.adds)
    assert [c.name for c in COMPONENTS] == ["dates", "persons", "tenures", "bodies", "documents", "events", "resolve"]


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

    def record(people, documents):
        seen.update(people=people.persons, documents=documents)
        return []

    components = [*replaced("persons")[:5], Component("spy", ("people", "documents"), ("events",), record)]
    doc = run_components(article(), components)
    assert seen["people"] == [] and [d.code for d in seen["documents"]] == ["07-CT/TU"]
    assert len(doc.warnings) == 1 and "the persons extractor failed" in doc.warnings[0]


def test_kg_build_prints_and_counts_the_warning_and_builds_the_article(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.extract, "COMPONENTS", tuple(replaced("bodies")))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "w0149.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "1",
                                       "--no-view"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "warning: w0149.txt: the bodies extractor failed: TypeError: cannot unpack" in result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()}
    assert rows["articles"][0] == "1" and rows["skipped"][0] == "0" and rows["warnings"][0] == "1"
    assert rows["people"][0] == "1"
