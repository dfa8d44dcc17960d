"""Lexicon phrases found in a text in one Aho-Corasick pass (pyahocorasick) for all lexicons.

A lexicon of a few hundred phrases as one case-insensitive regex alternation is
tried phrase by phrase at every position of a text: that was most of the time
extraction took. :class:`Phrases` reads the text once, in lower case, finds every
phrase that stands on word edges, and answers ``search``, ``match`` and
``finditer`` from those matches, with the answers the regex would give: at a
position the longest phrase wins, and words may be apart by any whitespace
(the normalized text has single spaces and newlines, both one character).

The matches of the last few texts are kept, so the many anchored calls the
parsers make on one article cost a dictionary lookup each. The sets of one
:class:`~kg.lexicon.Lexicon` share its :class:`PhraseIndex`, so a text is read once
for all of them; a set made on its own has an index of its own.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ahocorasick

from ..normalize import modern_tone

_KEPT_TEXTS = 8  # an article's text and the few windows and lines cut from it
_NONE: dict = {}  # the phrases of a set that has none in a text (never written to)


class PhraseMatch:
    """What a phrase found in a text looks like to a caller: the parts of ``re.Match`` the extractors use."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int):
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index:
            raise IndexError("a phrase match has no groups")
        return self.string[self._start:self._end]

    def __repr__(self) -> str:
        return f"<PhraseMatch span={self.span()} match={self.group()!r}>"


def _lower(text: str) -> str:
    """Lower case with one character for one character, so offsets carry over unchanged;
    whitespace as spaces."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is two characters ("İ")
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered.replace("\n", " ").replace("\t", " ").replace("\r", " ")


def phrase_key(surface: str) -> str:
    return " ".join(_lower(modern_tone(surface)).split())


class PhraseIndex:
    """Every phrase of the :class:`Phrases` made on it, in one automaton: a text is read once for all
    of them (each set reading it on its own cost more than the rest of the extraction)."""

    def __init__(self):
        self.owners: dict[str, list[int]] = {}  # phrase -> the numbers of the sets holding it
        self.sets = 0
        self._automata: dict[int, ahocorasick.Automaton | None] = {}  # n -> the phrases of the sets from n on
        # id(text) -> [text, per set its matches (a _Found), the number of sets it was scanned for]
        self._scans: dict[int, list] = {}
        self._last: list = [None, {}, 0]  # the text asked for last: the sets ask for one text many times running

    def register(self, surfaces: frozenset[str]) -> int:
        """A new set of phrases: its number. Texts scanned already are scanned again for it alone
        when it is first asked about them (sets are made lazily, while an article is read)."""
        number, self.sets = self.sets, self.sets + 1
        for surface in surfaces:
            self.owners.setdefault(surface, []).append(number)
        self._automata.clear()
        return number

    def _automaton(self, first: int) -> ahocorasick.Automaton | None:
        """The phrases of the sets numbered ``first`` on, in one automaton (None when they have none)."""
        if first not in self._automata:
            automaton = ahocorasick.Automaton()
            for surface, owners in self.owners.items():
                if owners[-1] >= first:
                    # a phrase ending in a letter or digit must not run on into a longer word
                    mine = tuple(owner for owner in owners if owner >= first)
                    automaton.add_word(surface, (len(surface), surface[-1].isalnum(), mine))
            if len(automaton):
                automaton.make_automaton()
            self._automata[first] = automaton if len(automaton) else None
        return self._automata[first]

    def found(self, text: str, number: int) -> _Found:
        """The phrases of set ``number`` in ``text``, kept beside the text's scan."""
        last = self._last
        by_set = last[1] if last[0] is text and last[2] == self.sets else self._scan(text)
        if (found := by_set.get(number)) is None:  # none of the set's phrases is in the text
            found = by_set[number] = _Found(text, _NONE)
        return found

    def _scan(self, text: str) -> dict[int, _Found]:
        """Per set, its phrases in ``text``: per start, the (end, whether it must end on a word edge) of
        each phrase there, shortest first."""
        kept = self._scans.pop(id(text), None)
        if kept is None or kept[0] is not text:
            kept = [text, {}, 0]
            if len(self._scans) >= _KEPT_TEXTS:
                del self._scans[next(iter(self._scans))]
        self._scans[id(text)] = kept  # least recently used goes first: the article outlives its windows
        _, by_set, scanned = kept
        if scanned < self.sets and (automaton := self._automaton(scanned)) is not None:
            for last, (length, closed, owners) in automaton.iter(_lower(text)):
                start = last - length + 1
                if start and text[start - 1].isalnum():
                    continue
                found = (last + 1, closed)  # the automaton gives matches by their end: shortest first at a start
                for owner in owners:
                    if (set_found := by_set.get(owner)) is None:
                        set_found = by_set[owner] = _Found(text, {})
                    at = set_found.ends
                    if (ends := at.get(start)) is None:
                        at[start] = [found]
                    else:
                        ends.append(found)
        kept[2] = self.sets
        self._last = kept
        return by_set


class _Found:
    """The phrases of one set in one text: per start, the ends of the phrases there, shortest first;
    the starts in order, sorted when a search first needs them (most sets are only matched at a position)."""

    __slots__ = ("text", "ends", "_starts")

    def __init__(self, text: str, ends: dict[int, list[tuple[int, bool]]]):
        self.text, self.ends, self._starts = text, ends, None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = sorted(self.ends)
        return self._starts


class Phrases:
    """A set of phrases, matched case-insensitively on word edges, read with the other sets of ``index``."""

    def __init__(self, surfaces: Iterable[str], index: PhraseIndex | None = None):
        self.surfaces = frozenset(phrase_key(s) for s in surfaces if s.strip())
        self._index = PhraseIndex() if index is None else index
        self._number = self._index.register(self.surfaces)
        self._last: _Found | None = None  # the text asked for last, asked again by the next call most often

    def __or__(self, other: Phrases) -> Phrases:
        return Phrases(self.surfaces | other.surfaces, self._index)

    def _find(self, text: str) -> _Found:
        """The phrases of this set in ``text``, as the index keeps them for the last few texts (the
        callers look at ``_last``, the text asked for last, before calling)."""
        found = self._last = self._index.found(text, self._number)
        return found

    @staticmethod
    def _end_at(found: _Found, start: int, endpos: int) -> int | None:
        """The end of the longest phrase at ``start`` inside ``endpos``, or None."""
        text = found.text
        for end, closed in reversed(found.ends[start]):  # the longest first
            if end <= endpos and not (closed and end < endpos and text[end].isalnum()):
                return end
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        found = self._last  # the parsers ask about one text many times running: no call for it
        if found is None or found.text is not text:
            found = self._find(text)
        if pos not in found.ends:
            return None
        end = self._end_at(found, pos, len(text) if endpos is None else endpos)
        return None if end is None else PhraseMatch(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[PhraseMatch]:
        found = self._last
        if found is None or found.text is not text:
            found = self._find(text)
        endpos = len(text) if endpos is None else endpos
        starts = found.starts
        i = bisect_left(starts, pos)
        while i < len(starts) and starts[i] < endpos:
            start = starts[i]
            end = self._end_at(found, start, endpos)
            i += 1
            if end is not None:
                yield PhraseMatch(text, start, end)
                i = bisect_left(starts, end, i)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        """The first of :meth:`finditer`'s matches, without a generator."""
        found = self._last
        if found is None or found.text is not text:
            found = self._find(text)
        endpos = len(text) if endpos is None else endpos
        starts = found.starts
        for i in range(bisect_left(starts, pos), len(starts)):
            start = starts[i]
            if start >= endpos:
                break
            end = self._end_at(found, start, endpos)
            if end is not None:
                return PhraseMatch(text, start, end)
        return None
