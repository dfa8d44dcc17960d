"""Where a person named without a form of address may open a list: ``Tham dự có Lê Văn A, Bí thư
Huyện ủy; Trần Thị B, ...``, a line ``- Lê Văn A, Bí thư Huyện ủy;``, a sentence ``Lê Văn A - Bí thư
Huyện ủy phát biểu``. Only at a list's or a sentence's opening: a name after a place word or inside a
body's name (``phường Nguyễn Du``, ``Trường THPT Lê Quý Đôn``) is a place's or a body's, not a person's.
"""
from __future__ import annotations

import re

from ..gazetteer import place_names
from ..lexicon import Lexicon, built, lexicon
from .address import trigger_re
from .names import has_family_name, read_name
from .titles import titles_after_name
from .writing import CAP_WORD, UPPER


_CAP_WORD_RE = re.compile(CAP_WORD)


# an opening at a line's start (maybe a bullet), after a stop, a colon or a semicolon, and after a word that opens
# a list of bare names (words.tsv: bare-list-opener), each before a capital (where a capitalized word opens). Three
# patterns, each opening with its own characters (a regex searches for those at C speed), not one tried everywhere
_LINE_OPENING_RE = re.compile(rf"[ \t]*(?:[-–+•*][ \t]*)?(?=[{UPPER}])")
_STOP_OPENING_RE = re.compile(rf"[.:;][ \t]+(?=[{UPPER}])")


@built
def _word_opening_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{lex.pattern('bare-list-opener')})\s*:?\s+(?=[{UPPER}])")


def bare_name_openings(text: str) -> list[int]:
    """The places a name with a family name opens a list or a sentence, with no form of address before it,
    in the text's order."""
    surnames = lexicon().surnames
    openings = {m.end() for m in _STOP_OPENING_RE.finditer(text)}
    openings.update(m.end() for m in _word_opening_re().finditer(text) if not _within_word(text, m.start()))
    line_start = 0
    while line_start >= 0:
        line = _LINE_OPENING_RE.match(text, line_start)
        if line and not _broken_line_at(text, line):
            openings.add(line.end())
        line_start = text.find("\n", line_start) + 1 or -1
    found = []
    for pos in sorted(openings):
        word = _CAP_WORD_RE.match(text, pos, pos + 12)
        if word.group() not in surnames or trigger_re().match(text, pos):
            continue  # "Ông Lê Văn A, ...": a form of address (read with it), though Ông is a family name too
        found.append(pos)
    return found


def _within_word(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1].isalnum()


def _broken_line_at(text: str, opening: re.Match) -> bool:
    """Whether an opening at a line's start, without a bullet, goes on a line that ends in a word."""
    start = opening.start()
    if start == 0 or opening.group().strip():
        return False
    before = start - 1
    while before and text[before - 1] in " \t":  # not a copy of the text before: one per opening
        before -= 1
    return before > 0 and text[before - 1] not in ".:;!?\n"


_TITLE_SEP_RE = re.compile(r"\s*[-,:]\s*")  # dashes are one by now (kg.normalize)


def titled_bare_name_at(text: str, pos: int) -> bool:
    """Whether a name with a family name at ``pos`` is followed by a separator and titles of the lexicon."""
    name = read_name(text, pos)
    if not has_family_name(name) or name[0] in place_names():
        return False  # "Thái Nguyên: Bí thư mới ...": a place (a heading's), its first word a family name
    sep = _TITLE_SEP_RE.match(text, name[1])
    return sep is not None and bool(titles_after_name(text, sep.end())[0])
