"""The body a clause opens with, for the posts it then gives a person: ``UBND tỉnh X có ông A làm Chủ tịch``
(``BODY có`` a person ``làm`` a title, words.tsv subject-has): a title of those posts that names no body of its
own is a post in that body."""
from __future__ import annotations

import re

from ..lexicon import lexicon, word_pattern
from .body_names import parse_body
from .title_grammar import Title

# "có" and the form of address before the name, up to the name
_HAS_BEFORE_NAME_RE = word_pattern(
    r"(?<![^\W_])(?:{subject-has})\s+(?:(?:{many})\s+)?(?:(?:{comrade,address,familiar-address})\s*:?\s+)?$",
    re.IGNORECASE)
_MOST_BODY_CHARS = 80  # a body's name before "có": a short run of words


def give_subject_body(text: str, name_start: int, titles: list[Title]) -> None:
    """Give the titles without a body the body the clause opens with, when one stands right before
    ``có <name>``."""
    bare = [title for title in titles if title.body is None and title.kind in ("", "party")]
    if not bare:
        return
    has = _HAS_BEFORE_NAME_RE().search(text, max(0, name_start - 24), name_start)
    body = _body_ending_at(text, has.start()) if has else None
    for title in bare if body is not None else []:
        title.body = body


def _body_ending_at(text: str, end: int):
    """A body whose name (and place) ends right before ``end`` (a space between)."""
    start = max(0, end - _MOST_BODY_CHARS)
    for m in lexicon().body_re.finditer(text, start, end):
        found = parse_body(text, m.start())
        if found and found[1] == end - 1 and text[end - 1].isspace():
            return found[0]
    return None
