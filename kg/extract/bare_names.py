"""Where a person named without a form of address may open a list: ``Tham dự có Lê Văn A, Bí thư
Huyện ủy; Trần Thị B, ...``, a line ``- Lê Văn A, Bí thư Huyện ủy;``, a sentence ``Lê Văn A - Bí thư
Huyện ủy phát biểu``. Only at a list's or a sentence's opening: a name after a place word or inside a
body's name (``phường Nguyễn Du``, ``Trường THPT Lê Quý Đôn``) is a place's or a body's, not a person's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import place_names
from ..lexicon import Lexicon, built, lexicon
from .address import trigger_re
from .names import has_family_name, read_name
from .titles import titles_after_name
from .writing import CAP_WORD


_CAP_WORD_RE = re.compile(CAP_WORD)


@built
def _opening_re(lex: Lexicon) -> re.Pattern:
    """A capitalized word after the start of a line (maybe a bullet), a stop, a colon, a semicolon,
    or a word that opens a list of bare names (words.tsv: bare-list-opener)."""
    return re.compile(rf"(?=^|[.:;]|{lex.first_letters('bare-list-opener')})(?:^[ \t]*(?:[-–+•*][ \t]*)?|[.:;][ \t]+|(?<![^\W_])(?:{lex.pattern('bare-list-opener')})\s*:?\s+)"
                      rf"(?={CAP_WORD})", re.MULTILINE)


def bare_name_openings(text: str) -> Iterator[int]:
    """The places a name with a family name opens a list or a sentence, with no form of address before it."""
    surnames = lexicon().surnames
    for m in _opening_re().finditer(text):
        word = _CAP_WORD_RE.match(text, m.end(), m.end() + 12)
        if not word or word.group() not in surnames or trigger_re().match(text, m.end()):
            continue  # "Ông Lê Văn A, ...": a form of address (read with it), though Ông is a family name too
        if _broken_line_at(text, m):
            continue  # "đ/c Nguyễn\nVăn A, ...": a name broken over two lines
        yield m.end()


def _broken_line_at(text: str, opening: re.Match) -> bool:
    """Whether an opening at a line's start, without a bullet, goes on a line that ends in a word."""
    start = opening.start()
    if start == 0 or text[start - 1] != "\n" or opening.group().strip():
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
