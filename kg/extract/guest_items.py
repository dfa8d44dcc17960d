"""Where a line of a list of guests opens: with the guest, or with the guest's titles before the name.

``- Đồng chí A, Bí thư Tỉnh ủy;``, ``+ Ông B``: the person opens the item. ``Dự hội nghị có: Chủ tịch nước A;
Thủ tướng Chính phủ B; ...``: in the genre a guest list as often names each guest after the titles, and an item
that opens with a chain of titles running up to its person opens with that person as well.
"""
from __future__ import annotations

import re

from ..lexicon import Lexicon, built
from .title_chains import parse_chain


@built
def _item_opening_re(lex: Lexicon) -> re.Pattern:
    """What may stand before the person who opens a line of a list of guests: "- Đồng chí ", "+ Ông "."""
    return re.compile(rf"[-–•+*\s]*(?:\d{{1,2}}[.)]\s*)?(?:(?:(?:{lex.pattern('many')})\s+)?"
                      rf"(?:{lex.pattern('comrade', 'address')})\s*:?\s*)?", re.IGNORECASE)


_BEFORE_NAME_RE = re.compile(r"[\s,:–-]*")  # "Chủ tịch nước, Lương Văn A", "Bí thư Tỉnh ủy – Lương Văn A"


def opens_with_guest(text: str, start: int, person: int) -> bool:
    """Whether the item that starts at ``start`` opens with the person named at ``person``: after an item's
    marker and form of address, either right away or after a chain of titles (``- Phó Bí thư Tỉnh ủy A``)."""
    opening = _item_opening_re().match(text, start, person)
    if opening.end() == person:
        return True
    titles, end = parse_chain(text, opening.end())
    return bool(titles) and end <= person and bool(_BEFORE_NAME_RE.fullmatch(text, end, person))
