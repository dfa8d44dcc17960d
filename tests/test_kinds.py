"""Kinds of body and title are enums: a lexicon row or a rule that names a kind none has fails at once."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.extract.title_grammar import Title
from kg.facts import extract_all
from kg.model import Bare, BodyKind, BodyRef, Naming, Part, RawDocument, Span, TitleKind
from kg.normalize import normalize

LEXICON = Path(__file__).resolve().parents[1] / "kg" / "lexicon"


def rows(name: str) -> list[list[str]]:
    with (LEXICON / name).open(encoding="utf-8") as f:
        return [row for row in csv.reader(f, delimiter="\t") if row and not row[0].startswith("#")]


def test_every_kind_naming_and_bare_of_the_bodies_lexicon_is_a_member():
    for _surface, _name, kind, naming, _level, _parent, bare in rows("bodies.tsv"):
        BodyKind(kind), Naming(naming), Bare(bare)  # ValueError for a value no member has
    assert {TitleKind(row[3]) for row in rows("roles.tsv")} | {TitleKind.STAFF} == set(TitleKind)  # staff: departments


def test_a_kind_no_member_has_is_refused():
    with pytest.raises(ValueError, match="party_comittee"):
        BodyRef(head="Huyện ủy", kind="party_comittee", surface="Huyện ủy", span=Span(0, 8), naming="named")
    with pytest.raises(ValueError, match="'offfice'"):
        BodyRef(head="Huyện ủy", kind="party_committee", surface="Huyện ủy", span=Span(0, 8), naming="named",
                part="offfice")
    with pytest.raises(ValueError):
        Title(role="Bí thư", kind="partty", body=None, role_span=Span(0, 6), span=Span(0, 6))


def test_the_facts_of_an_article_carry_members_that_read_as_their_values():
    text = ("Sáng 4/3, Đảng ủy xã Tân Lập tổ chức hội nghị. Đồng chí Hà Văn Khải, Bí thư Đảng ủy xã chủ trì; "
            "đồng chí Lò Thị Nga, Phó Trưởng Ban Tuyên giáo Huyện ủy dự.")
    facts = extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text)))
    bodies = [*facts.bodies, *(p.body for person in facts.persons for p in person.posts if p.body)]
    assert bodies
    for body in bodies:
        assert type(body.kind) is BodyKind and type(body.naming) is Naming and type(body.bare) is Bare
        assert body.part is None or type(body.part) is Part
    assert BodyKind.PARTY_COMMITTEE in {b.kind for b in bodies}
    assert f"{BodyKind.PARTY_COMMITTEE}" == str(BodyKind.PARTY_COMMITTEE) == "party_committee"
