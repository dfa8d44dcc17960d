"""Lexicon phrases found in a text in one Aho-Corasick pass (pyahocorasick).

A lexicon of a few hundred phrases as one case-insensitive regex alternation is
tried phrase by phrase at every position of a text: that was most of the time
extraction took. :class:`Phrases` reads the text once, in lower case, finds every
phrase that stands on word edges, and answers ``search``, ``match`` and
``finditer`` from those matches, with the answers the regex would give: at a
position the longest phrase wins, and words may be apart by any whitespace
(the normalized text has single spaces and newlines, both one character).

The matches of the last few texts are kept, so the many anchored calls the
parsers make on one article cost a dictionary lookup each.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import ahocorasick

from ..normalize import modern_tone

_KEPT_TEXTS = 8  # an article's text and the few windows and lines cut from it


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


_lowered: dict[int, tuple[str, str]] = {}


def _lowered_text(text: str) -> str:
    """:func:`_lower` of a text, worked out once for all the phrase sets that read it."""
    kept = _lowered.get(id(text))
    if kept is not None and kept[0] is text:
        return kept[1]
    if len(_lowered) >= _KEPT_TEXTS:
        del _lowered[next(iter(_lowered))]
    lowered = _lowered[id(text)] = (text, _lower(text))
    return lowered[1]


def phrase_key(surface: str) -> str:
    return " ".join(_lower(modern_tone(surface)).split())


class _Found:
    """The phrases of one text: per start, the ends of the phrases there, longest first."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: list[int], ends: dict[int, list[tuple[int, bool]]]):
        self.text, self.starts, self.ends = text, starts, ends


class Phrases:
    """A set of phrases, matched case-insensitively on word edges."""

    def __init__(self, surfaces: Iterable[str]):
        self.surfaces = frozenset(phrase_key(s) for s in surfaces if s.strip())
        self._automaton = ahocorasick.Automaton()
        for surface in self.surfaces:
            # a phrase ending in a letter or digit must not run on into a longer word
            self._automaton.add_word(surface, (len(surface), surface[-1].isalnum()))
        if self.surfaces:
            self._automaton.make_automaton()
        self._found: dict[int, _Found] = {}

    def __or__(self, other: Phrases) -> Phrases:
        return Phrases(self.surfaces | other.surfaces)

    def _find(self, text: str) -> _Found:
        found = self._found.get(id(text))
        if found is not None and found.text is text:
            return found
        ends: dict[int, list[tuple[int, bool]]] = {}
        if self.surfaces:
            for last, (length, closed) in self._automaton.iter(_lowered_text(text)):
                start = last - length + 1
                if start and text[start - 1].isalnum():
                    continue
                ends.setdefault(start, []).append((last + 1, closed))
        for at in ends.values():
            at.sort(reverse=True)
        found = _Found(text, sorted(ends), ends)
        if len(self._found) >= _KEPT_TEXTS:
            del self._found[next(iter(self._found))]
        self._found[id(text)] = found
        return found

    @staticmethod
    def _end_at(found: _Found, start: int, endpos: int) -> int | None:
        """The end of the longest phrase at ``start`` inside ``endpos``, or None."""
        text = found.text
        for end, closed in found.ends[start]:
            if end <= endpos and not (closed and end < endpos and text[end].isalnum()):
                return end
        return None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> PhraseMatch | None:
        found = self._find(text)
        if pos not in found.ends:
            return None
        end = self._end_at(found, pos, len(text) if endpos is None else endpos)
        return None if end is None else PhraseMatch(text, pos, end)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[PhraseMatch]:
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
        return next(self.finditer(text, pos, endpos), None)
