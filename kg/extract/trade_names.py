"""An enterprise's trade name after its head (``Công ty Gạch ngói Mitraco``, ``Tổng Công ty Khoáng sản và
Thương mại Hà Tĩnh``, ``Tập đoàn Công nghiệp Cao su Việt Nam``): written in sentence case, so a run of
capitals cannot tell where it ends. It runs on over lower-case words that a capitalized word soon follows
(``ngói``, ``và``), and ends on its last capitalized word: before punctuation, a title, another body's name,
or lower-case words that no capitalized word follows closely (``được thành lập``)."""
from __future__ import annotations

import re

from ..gazetteer import place_names
from ..lexicon import Lexicon, built, lexicon
from .places import _without_trailing_name
from .writing import CAP_WORD

_MAX_WORDS = 10
_MAX_LOWER_RUN = 2  # "Khoáng sản và Thương mại": at most two lower-case words between capitalized ones
_WORD_RE = re.compile(r" ([^\W_]+(?:-[^\W_]+)*)")
_CAP_RE = re.compile(CAP_WORD)


def trade_name_end(text: str, pos: int) -> int | None:
    """Where the trade name that begins after ``pos`` (the end of its head) ends; None when none follows."""
    lex = lexicon()
    words: list[tuple[int, int, bool]] = []  # (start, end, capitalized)
    at = pos
    while len(words) < _MAX_WORDS:
        m = _WORD_RE.match(text, at)
        if m is None or lex.role_re.match(text, m.start(1)) or _starts_body(text, m.start(1)) \
                or _trailer_re().match(text, m.start(1)):
            break
        capitalized = bool(_CAP_RE.fullmatch(m.group(1)))
        if not capitalized and _lower_run(words) >= _MAX_LOWER_RUN:
            break
        words.append((m.start(1), m.end(1), capitalized))
        at = m.end()
    while words and not words[-1][2]:
        words.pop()
    if not words or _lower_run(words[:-1]) > _MAX_LOWER_RUN:
        return None
    spans = [(start, end) for start, end, _ in words]
    named = _without_trailing_name(text, spans, level_word="")
    # "... Thương mại Hà Tĩnh": a place that begins like a person's name ends the trade name
    cut_off = text[named[-1][1]:spans[-1][1]].strip()
    return spans[-1][1] if cut_off in place_names() else named[-1][1]


@built
def _trailer_re(lex: Lexicon) -> re.Pattern:
    """What follows a body's name and is no part of it: its term or congress (nhiệm kỳ, khóa, lần thứ IV)."""
    return re.compile(rf"(?:{lex.pattern('term', 'term-years', 'ordinal')})\b", re.IGNORECASE)


def _lower_run(words: list[tuple[int, int, bool]]) -> int:
    run = 0
    for _, _, capitalized in reversed(words):
        if capitalized:
            break
        run += 1
    return run


def _starts_body(text: str, pos: int) -> bool:
    lex = lexicon()
    return bool(lex.body_re.match(text, pos) or lex.part_re.match(text, pos) or lex.department_re.match(text, pos)
                or lex.level_re.match(text, pos) and not text[pos].isupper())
