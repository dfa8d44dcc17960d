"""Every body the article names, wherever it stands (titles included)."""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..model import Article, BodyRef, Span
from .grammar import lexicon, parse_body


@cache
def _starts() -> re.Pattern:
    lex = lexicon()
    return re.compile("|".join(p.pattern for p in (lex.body_re, lex.part_re, lex.department_re)), re.IGNORECASE)


def extract_bodies(article: Article, role_spans: list[Span]) -> list[BodyRef]:
    """Bodies named in the text. A Ban Thường vụ named only inside a member's title
    (``Ủy viên Ban Thường vụ Quận ủy``) is part of the role, not a body: ``role_spans``
    marks those words."""
    text = article.text
    inside_role = sorted((s.start, s.end) for s in role_spans)
    # a committee's part inside a member's title is the role's, whoever holds it ("các đồng chí Ủy viên BTV")
    member_titles = sorted(m.span() for m in lexicon().role_re.finditer(text))
    bodies: list[BodyRef] = []
    pos = 0
    pattern = _starts()
    while True:
        m = pattern.search(text, pos)
        if not m:
            return bodies
        start = m.start()
        in_member_title = lexicon().part_re.match(text, start) and _inside(member_titles, start)
        if _inside(inside_role, start) or in_member_title or _in_code(text, start):
            pos = m.end()
            continue
        found = parse_body(text, start, in_title=True)
        if not found:
            pos = m.end()
            continue
        body, _ = found
        pos = body.span.end
        if body.surface[:1].islower() and body.place is None and body.part is None:
            continue  # "các đảng bộ", "chi ủy chi bộ", "bầu đoàn chủ tịch": kinds of body, not one body
        bodies.append(body)


def _in_code(text: str, start: int) -> bool:
    """Inside a document's code (``01/QC-HĐND-UBND-UBMTTQ``): the token has a slash and a digit."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token = text[token_start:start]
    return "/" in token and any(ch.isdigit() for ch in token)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (sorted by start, not overlapping much)."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(a <= pos < b for a, b in spans[max(0, i - 3):i + 1])
