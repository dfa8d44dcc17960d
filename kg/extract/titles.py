"""A person's titles after their name, read past a title the lexicon lacks.

``Thượng tướng A, Ủy viên Trung ương Đảng, Ủy viên Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng``:
the chain grammar stops at the title it does not know; the titles known after it, one comma on,
are still the person's. What is passed over must look like a title: capitalized, short, without
a stop or a parenthesis, and no person's name (``A, Bí thư Tỉnh ủy, Nguyễn Văn B, ...`` is a list).
"""
from __future__ import annotations

import re

from ..lexicon import lexicon, word_pattern
from .title_chains import parse_chain
from .title_grammar import Title
from .names import has_family_name, read_name

_OPEN_RE = re.compile(r"\s*\(\s*")
_CLOSE_RE = re.compile(r"\s*\)")
# one unknown title: up to the next comma, within a clause
_UNKNOWN_TITLE_RE = re.compile(r"\s*(?:,\s*|\s)([^\W\d_][^,;:.()\n]{0,60}?)\s*,\s*")
_APPOSITIVE_RE = re.compile(r", ")
# between titles and their holder's name: a space or a dash, and a rank (Bí thư Đảng ủy Thượng tá A)
title_name_gap_re = word_pattern(r"(?: ?- ?| )(?:(?:{rank}) )?", re.IGNORECASE)


def titles_after_name(text: str, pos: int) -> tuple[list[Title], int]:
    """The titles of a chain at ``pos`` (``parse_chain``), those after each title it lacks, and those in
    parentheses after it (``Phó Trưởng phòng X (nguyên Trưởng phòng Y)``)."""
    titles, end = parse_chain(text, pos)
    while titles:
        resume = _after_unknown_title(text, end)
        more, more_end = parse_chain(text, resume) if resume is not None else ([], end)
        if not more:
            break
        titles, end = titles + more, more_end
    opening = _OPEN_RE.match(text, end) if titles else None
    more, more_end = parse_chain(text, opening.end()) if opening else ([], end)
    closing = _CLOSE_RE.match(text, more_end) if more else None
    return (titles + more, closing.end()) if closing else (titles, end)


def _after_unknown_title(text: str, pos: int) -> int | None:
    m = _UNKNOWN_TITLE_RE.match(text, pos)
    if not m or not m.group(1)[0].isupper():
        return None
    name = read_name(text, m.start(1))
    if name is not None and name[0].split()[0] in lexicon().surnames:
        return None  # the next person of a list
    return m.end()


def appositive_titles(text: str, pos: int) -> tuple[list[Title], int]:
    """``Tổng Bí thư A, Bí thư Quân ủy Trung ương đến dự``: after a name its titles came before, a comma and
    titles of their own, and where they end; none where a name follows them (``Bí thư Tỉnh ủy A, Chủ tịch UBND
    tỉnh B``, ``..., Giám đốc Công an TP Trung tướng B``: B's) or one names no body."""
    comma = _APPOSITIVE_RE.match(text, pos)
    titles, end = parse_chain(text, comma.end()) if comma else ([], pos)
    gap = title_name_gap_re().match(text, end) if titles else None
    if not titles or (gap and has_family_name(read_name(text, gap.end()))) or any(t.body is None for t in titles):
        return [], pos
    return titles, end
