"""Units a head's title names by their head word and the words after it, as written (``Giám đốc
Trung tâm Y tế huyện X``, ``Phó Cục trưởng Cục Thuế tỉnh X``, ``Tổng Biên tập Báo X``): the
post's body when no row of ``bodies.tsv`` names it. Driven by ``kg/lexicon/unit_heads.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicon import Lexicon, Phrases, built, key, lexicon, read_tsv
from ..model import BodyRef, Span
from ..normalize import modern_tone
from .body_names import parse_body
from .writing import CAP_WORD

_MAX_WORDS = 10  # "Chi nhánh Văn phòng đăng ký đất đai huyện X": a unit's name is short
# one word of a unit's name; where the name ends: a mark that closes the title (",", ";", ".", a bracket,
# a dash: "Báo X-Lê Văn A" in a caption) or the end of the line
_WORD_RE = re.compile(r" ([^\W_]+(?:-\d+)?)")  # "Covid-19": a number joined to a word by a hyphen
_END_RE = re.compile(r"\s*(?:[,;.()]|[-–—])|\s*$|\n")
_CAP_RE = re.compile(CAP_WORD)
_ROMAN_RE = re.compile(r"[IVX]+")


@cache
def _unit_heads() -> dict[str, str]:
    return {key(row[0]): row[1] for row in read_tsv("unit_heads.tsv") if row[1] not in _WORD_KINDS}


_WORD_KINDS = ("joins", "place-link")  # unit_heads.tsv rows that are words within a name, not heads


@built
def _head_re(lex: Lexicon) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("unit_heads.tsv") if row[1] not in _WORD_KINDS)


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(key(row[0]) for row in read_tsv("unit_heads.tsv") if row[1] == kind)


def parse_unit(text: str, pos: int) -> BodyRef | None:
    """The unit named at ``pos`` (its head word capitalized), or None. Its name runs to what closes the
    title, a title or a lexicon body, or a joining word with a lower-case word after it (``và bà``), and
    ends on a capitalized word or a Roman numeral; else it ends on its place, or where it ends cannot be told."""
    head = _head_re().match(text, pos)
    if head is None or not head.group()[:1].isupper():
        return None
    lex = lexicon()
    words: list[tuple[int, int]] = []
    skipped: list[tuple[int, int]] = []  # linking words left out of the name
    at, closed = head.end(), False
    while len(words) < _MAX_WORDS:
        if _END_RE.match(text, at):
            closed = True
            break
        m = _WORD_RE.match(text, at)
        if m is None or lex.role_re.match(text, m.start(1)) or lex.body_re.match(text, m.start(1)):
            break
        if key(m.group(1)) in _words("place-link") and words and lex.level_re.match(text, m.end() + 1):
            skipped.append(m.span(1))
            at = m.end()
            continue
        if key(m.group(1)) in _words("joins") and words:
            after = _WORD_RE.match(text, m.end())
            if after and after.group(1)[:1].islower():
                closed = True
                break
        words.append(m.span(1))
        at = m.end()
    words = words if closed and words and _closes_a_name(text, words) else _to_place(text, words)
    if not words:
        return None
    end = words[-1][1]
    surface = text[pos:end]
    name = " ".join([head.group(), *(text[slice(*word)] for word in words)]) if skipped else surface
    return BodyRef(head=modern_tone(" ".join(name.split())), kind=_unit_heads()[key(head.group())],
                   surface=surface, span=Span(pos, end), naming="fixed", bare="keep")


def _to_place(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name that does not close on a name's word (``Cục Thuế tỉnh X phát biểu``): up to its place, a place
    word then capitalized words; without one, where it ends cannot be told (``Trung tâm Y tế cho biết``)."""
    end = 0
    for i, (start, _) in enumerate(words[:-1]):
        if lexicon().level_re.match(text, start) and _CAP_RE.fullmatch(text[slice(*words[i + 1])]):
            end = i + 1
            while end < len(words) and _CAP_RE.fullmatch(text[slice(*words[end])]):
                end += 1
    return words[:end]


def _closes_a_name(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether a name closed by a mark may end on its last word: a name's word (``Nghiệp vụ II``, ``Cục Thuế``), or
    the second of a two-word name written in sentence case (``Phòng Tổng hợp``, ``Phòng Hành chính``)."""
    if _named_word(text[slice(*words[-1])]):
        return True
    return len(words) == 2 and bool(_CAP_RE.fullmatch(text[slice(*words[0])]))


def _named_word(word: str) -> bool:
    """A word a unit's name may end on: a capitalized word, a Roman numeral or a number."""
    return bool(_CAP_RE.fullmatch(word) or _ROMAN_RE.fullmatch(word) or word.isdigit())


@cache
def _anaphors() -> dict[str, str]:
    return {key(row[0]): row[1] for row in read_tsv("unit_anaphors.tsv")}


@built
def _anaphor_re(lex: Lexicon) -> Phrases:
    return lex.phrases(_anaphors())


def unit_named_before(text: str, pos: int) -> BodyRef | None:
    """``Hiệu trưởng nhà trường``: the one unit the words at ``pos`` point back to, the article's only unit
    whose name begins with their head (a shorter mention that begins another's name is the same unit);
    None when the article names none or several."""
    m = _anaphor_re().match(text, pos)
    if m is None:
        return None
    head = key(_anaphors()[key(m.group())])
    units = []
    for start in (found.start() for found in lexicon().body_re.finditer(text) if key(found.group()).startswith(head)):
        parsed = parse_body(text, start, in_title=True)
        if parsed and parsed[0].place:
            units.append(parsed[0])
    fullest = max(units, key=lambda unit: len(unit.surface), default=None)
    if fullest is None or any(not key(fullest.surface).startswith(key(unit.surface)) for unit in units):
        return None
    return replace(fullest, surface=m.group(), span=Span(m.start(), m.end()), of=None, part=None)
