"""Event names that name no event the sentence reports: the name of a place, or an event still ahead.

``tại Trung tâm Hội nghị tỉnh``: an event's word inside a venue's name. ``tiếp xúc cử tri trước Kỳ họp thứ 5``,
``tiến tới Đại hội XIV``: the event named after a word of what lies ahead (words.tsv ahead-of-event) is one the
reported event prepares, not the one it is; a date beside it is the reported event's. ``Sau ba ngày làm việc với
tinh thần khẩn trương``: after a word of the days an event lasts (words.tsv days-of-work), the days it worked.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon, built, cues

_VENUE_REACH = 12  # the longest venue word, and a space


@built
def _ahead_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\b(?:{lex.pattern('ahead-of-event', 'days-of-work')})\s+\Z", re.IGNORECASE)


def names_no_reported_event(text: str, kind: re.Match) -> bool:
    """Whether the event name ``kind`` names a venue, an event still ahead of the one reported or the days it worked."""
    return _names_a_venue(text, kind) or bool(_ahead_re().search(text, max(0, kind.start() - 16), kind.start()))


def _names_a_venue(text: str, kind: re.Match) -> bool:
    """``tại Trung tâm Hội nghị tỉnh``: an event's name inside the name of a place."""
    return any(not text[v.end():kind.start()].strip()
               for v in cues("venue").finditer(text, max(0, kind.start() - _VENUE_REACH), kind.start()))
