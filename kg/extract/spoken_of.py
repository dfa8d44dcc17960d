"""People an article names who are not at its events: they are spoken of.

The one a delegation pays homage to (``viếng Chủ tịch Hồ Chí Minh``), the one a newcomer
replaces (``thay ông A``), a name inside a quoted title (``chủ đề "... tấm gương của A"``)
and a photographer's credit (``ẢNH: A``) place no one at an event, whatever cue their
sentence has.
"""
from __future__ import annotations

import re

from ..lexicon import cues
from .bylines import bylines

_TITLE_REACH = 32  # "viếng Chủ tịch Hồ Chí Minh": a title may stand between the cue and the name
_CLAUSE_BREAK_RE = re.compile(r"[,;:.\n]")
_OPENING_QUOTES = "“\""
_CLOSING_QUOTES = "”\""


def present_mentions(text: str, mentions: list) -> list:
    """``mentions`` (name, span) in order of position, without those only spoken of."""
    credited = {span.start for _, span in bylines(text)}
    return [(name, span) for name, span in mentions
            if span.start not in credited and not _after_absence_cue(text, span.start)
            and not _inside_quotes(text, span.start)]


def _after_absence_cue(text: str, start: int) -> bool:
    window_start = max(0, start - _TITLE_REACH)
    return any(not _CLAUSE_BREAK_RE.search(text, m.end(), start)
               for m in cues("absent").finditer(text, window_start, start))


def _inside_quotes(text: str, start: int) -> bool:
    """Whether a quotation opened earlier on the line is still open at ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opened = max(before.rfind(q) for q in _OPENING_QUOTES)
    if opened < 0:
        return False
    if before[opened] == "\"":  # a straight quote opens and closes: open when an odd count stands before
        return before.count("\"") % 2 == 1
    return not any(q in before[opened + 1:] for q in _CLOSING_QUOTES)
