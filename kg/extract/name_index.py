"""Indexes over an article's person names, so that pairing names with names or with the
text costs time in proportion to their number, not to its square (a list of 20,000
names must build in seconds)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import ahocorasick

from ..model import Span


def _lower_keeping_length(text: str) -> str:
    """``text.lower()``, but a character whose lower case is longer (``İ``) stays as it is,
    so that offsets in the result are offsets in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def occurrences(names: Iterable[str], text: str) -> dict[str, list[Span]]:
    """Where each name occurs in ``text`` in any case, left to right, never overlapping an
    occurrence of the same name; all names found in one Aho-Corasick pass."""
    found: dict[str, list[Span]] = {name: [] for name in names}
    if not found:
        return found
    automaton = ahocorasick.Automaton()
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in found:
        by_key[_lower_keeping_length(name)].append(name)
    for needle, owners in by_key.items():
        automaton.add_word(needle, (len(needle), owners))
    automaton.make_automaton()
    free_from: dict[str, int] = {}  # name -> where its next occurrence may start
    for last, (length, owners) in automaton.iter(_lower_keeping_length(text)):
        start = last - length + 1
        for name in owners:
            if start >= free_from.get(name, 0):
                found[name].append(Span(start, last + 1))
                free_from[name] = last + 1
    return found


class LongerNames:
    """For a name, the longer names of a list that begin or end with all its words
    (``Quỳnh Hoa`` in ``Tôn Nữ Thị Quỳnh Hoa``, ``Y Ngọc`` in ``Y Ngọc Ksor``)."""

    def __init__(self, names: Iterable[str]):
        self.by_words: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for name in names:
            words = name.split()
            for k in range(1, len(words)):
                self.by_words[tuple(words[:k])].add(name)
                self.by_words[tuple(words[-k:])].add(name)

    def __call__(self, name: str) -> list[str]:
        return sorted(self.by_words.get(tuple(name.split()), ()))


def renamed(name: str, renames: dict[str, tuple[int, str]]) -> str:
    """What a mention named ``name`` is called after ``renames`` (name -> (order, new name)) were
    applied one after another to every mention: a later rename of the new name carries it on."""
    after = -1
    while name in renames and renames[name][0] > after:
        after, name = renames[name]
    return name
