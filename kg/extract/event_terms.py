"""Which events are held in the first year of the term they name (``kg/lexicon/event_kinds.tsv``, column opens).

``term``: the event opens the term it names (a congress, a first session). ``announces``: the event makes known
another that is to come (a press conference about a congress), so it is held in the year of the event it
announces when that one opens a term: ``họp báo thông tin về Đại hội ..., nhiệm kỳ 2025-2030``, days before it.
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import key, read_tsv


@cache
def _openers(value: str) -> frozenset[str]:
    return frozenset(key(r[0]) for r in read_tsv("event_kinds.tsv") if r[2:3] == [value])


def opens_term(kind: re.Match, kinds: list[re.Match]) -> bool:
    """Whether the event named by ``kind`` is held in the first year of the term its sentence names;
    ``kinds``: the event names of its sentence."""
    name = key(kind.group())
    if name in _openers("term"):
        return True
    return name in _openers("announces") and any(
        key(other.group()) in _openers("term") for other in kinds if other.start() > kind.start())


@cache
def _announcing_kinds() -> frozenset[str]:
    return frozenset(r[1] for r in read_tsv("event_kinds.tsv") if r[2:3] == ["announces"])


def announces(kind: str) -> bool:
    """Whether events of ``kind`` (a label) make others known: the dates an article about one gives to
    events it names are those it announced (``thời gian diễn ra Đại hội từ ngày 1-3/10``), not events held."""
    return kind in _announcing_kinds()
