"""Rules of the genre for bodies that sit beside the core grammar of :mod:`body_names`:
how a place is shared by the words around a body, and which committee a party
organization's executive is. Driven by ``kg/lexicon/*.tsv`` like the rest.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import Lexicon, Phrases, built, is_party_unit, key, lexicon, read_tsv, word_pattern
from ..model import Bare, BodyKind, BodyRef, Naming, Span
from .places import capital_run, number_place_re, place_after
from .writing import list_sep_re

_companion_sep_re = word_pattern(r"\s*(?:,|\b{and}\b)\s*", re.IGNORECASE)


@built
def _companions(lex: Lexicon) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("place_companions.tsv"))


@built
def body_starts(lex: Lexicon) -> Phrases:
    """Where a body's name may begin: any body, committee part or department word."""
    return lex.body_re | lex.part_re | lex.department_re


@cache
def party_executives() -> dict[str, str]:
    """A party organization's head → the head of its elected executive (Đảng bộ → Đảng ủy)."""
    return {key(row[0]): row[1] for row in read_tsv("party_executives.tsv")}


def companion_place(text: str, end: int) -> tuple[str | None, str | None, int] | None:
    """``Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh X``: the place the formula ends on.

    ``end`` is where the party organization's name ends. None when no formula follows;
    else (level word, place, end of the formula), both None when it names no place.
    """
    companions = _companions()
    pos, seen = end, 0
    while True:
        sep = _companion_sep_re().match(text, pos)
        word = companions.match(text, sep.end()) if sep else None
        if word is None:
            break
        pos, seen = word.end(), seen + 1
        following = companions.match(text, pos + 1) if text.startswith(" ", pos) else None
        while following is not None:  # "nhân dân các dân tộc"
            pos = following.end()
            following = companions.match(text, pos + 1) if text.startswith(" ", pos) else None
    if not seen:
        return None
    level_word, place, after = place_after(text, pos, require_level=True)
    return (level_word, place, after) if place else (None, None, pos)


@cache
def _agency_party_stems() -> dict[str, str]:
    return {key(row[0]): row[1] for row in read_tsv("agency_party_names.tsv")}


@cache
def unit_party_head(body_head: str) -> bool:
    """A lexicon body that can be a unit's party body: a party body with a level of its own."""
    entry = lexicon().bodies.get(key(body_head))
    return entry is not None and bool(entry.level) and entry.kind in (BodyKind.PARTY_COMMITTEE,
                                                                       BodyKind.PARTY_ORGANIZATION)


def unit_party_suffix(body_head: str, body_name: str) -> str | None:
    """``Quân sự tỉnh X`` for ``Đảng bộ Quân sự tỉnh X``, ``Ủy ban nhân dân thành phố Y`` for ``Đảng ủy Ủy ban nhân
    dân thành phố Y``: what follows Đảng bộ / Đảng ủy in a lexicon body that is a unit's party body
    (:func:`unit_party_head`); None for any other body."""
    if not unit_party_head(body_head):
        return None
    for organization, committee in party_executives().items():
        for word in (organization, key(committee)):
            if key(body_name).startswith(word + " ") and len(body_name) > len(word) + 1:
                return body_name[len(word) + 1:]
    return None


def agency_party_suffix(agency_head: str, agency_name: str) -> str:
    """What follows ``Đảng ủy`` / ``Đảng bộ`` in the name of an agency's party body: the agency's
    name (``Sở Y tế tỉnh X``), or the stem the genre uses for it (``Quân sự tỉnh X`` for the
    Bộ Chỉ huy Quân sự tỉnh X)."""
    stem = _agency_party_stems().get(key(agency_head))
    if stem is None or not agency_name.startswith(agency_head):
        return agency_name
    return stem + agency_name[len(agency_head):]


_COUNT_RE = re.compile(r"\s*(?:\d+\s+)?")
_COLON_RE = re.compile(r"\s*:?\s*")


@built
def _unit_list_words(lex: Lexicon, role: str) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("unit_list_words.tsv") if row[1] == role)


def _list_opening(text: str, pos: int) -> int | None:
    """Where the kind of place begins after ``các``, ``của 3``; None when no such word follows."""
    plural = _unit_list_words("plural").match(text, pos + 1) if text.startswith(" ", pos) else None
    return _COUNT_RE.match(text, plural.end()).end() if plural else None


def _list_start(text: str, pos: int) -> int:
    """Where the list of places begins after the kind of place (past ``gồm:``)."""
    at = _COLON_RE.match(text, pos).end()
    opens = _unit_list_words("opens").match(text, at)
    return _COLON_RE.match(text, opens.end()).end() if opens else at


def bodies_listed(text: str, pos: int) -> list[BodyRef]:
    """``Đảng ủy các xã: A, B và C``, ``Đảng bộ của 3 xã gồm: A, B và C``: one body of that kind in each place listed."""
    lex = lexicon()
    m = lex.body_re.match(text, pos)
    entry = lex.bodies[key(m.group())] if m else None
    if entry is None or entry.naming != Naming.LEVELED:
        return []
    opening = _list_opening(text, m.end())
    level = lex.level_re.match(text, opening) if opening is not None else None
    if level is None:
        return []
    word = lex.levels[key(level.group())].word
    listed, at = [], _list_start(text, level.end())
    while True:
        words = capital_run(text, at, limit=4)
        if not words:
            break
        start, end = words[0][0], words[-1][1]
        listed.append(BodyRef(head=entry.name, kind=entry.kind, surface=text[pos:end], span=Span(start, end),
                              naming=entry.naming, bare=entry.bare, level_word=word, place=text[start:end]))
        sep = list_sep_re().match(text, end)
        if not sep or sep.end() == end:
            break
        at = sep.end()
    return listed if len(listed) >= 2 else []


def numbered_cell(text: str, body: BodyRef) -> bool:
    """``Chi bộ 13``: a party cell named by its number alone (a bare Chi bộ is no one body). Gives ``body``
    the number as its own name and says whether it did."""
    entry = lexicon().bodies.get(key(body.head))
    if entry is None or not is_party_unit(entry) or entry.bare != Bare.SKIP or body.place is not None:
        return False
    number = number_place_re().match(text, body.span.end + 1) if text.startswith(" ", body.span.end) else None
    if number is None or body.surface[:1].islower():
        return False
    body.place, body.naming = number.group(), Naming.NUMBERED
    body.span = Span(body.span.start, number.end())
    body.surface = text[body.span.start:body.span.end]
    return True
