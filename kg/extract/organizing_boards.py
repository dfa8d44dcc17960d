"""Boards set up to organize one event, named like a department (``Trưởng Ban Tổ chức Hội thi X``, ``Ban Tổ chức
Đại hội Thi đua yêu nước tỉnh Y lần thứ I``): a body of its own, of kind ``other``, named as written up to what
closes the title; not the committee's organization department. Words are rows of ``words.tsv``
(organizing-board, organized-event)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, built, lexicon
from ..model import BodyKind, BodyRef, Naming, Span

_MAX_CHARS = 120  # an event's name is a line's part: past this no close was found


@built
def _board_re(lex: Lexicon) -> re.Pattern:
    """The board's name, the event's word after it, and the rest of the event's name up to a closing mark."""
    return re.compile(rf"(?:{lex.pattern('organizing-board')})\s+(?:{lex.pattern('organized-event')})(?![^\W_])"
                      rf"[^,;.()\n]{{0,{_MAX_CHARS}}}", re.IGNORECASE)


def organizing_board(text: str, pos: int) -> BodyRef | None:
    """The board named at ``pos`` (a department's name there), or None when no organized event follows it."""
    m = _board_re().match(text, pos)
    if m is None:
        return None
    surface = m.group().rstrip(" -")
    # the board's word as the lexicon writes it (Ban Tổ chức, whatever its case in the text)
    board = next(word for word in lexicon().words("organizing-board") if surface.casefold().startswith(word.casefold()))
    name = board + surface[len(board):]
    return BodyRef(head=" ".join(name.split()), kind=BodyKind.OTHER, surface=surface,
                   span=Span(pos, pos + len(surface)), naming=Naming.FIXED)
