"""Every body the article names, wherever it stands (titles included)."""
from __future__ import annotations

import re

from ..model import Article, BodyRef, Span
from .grammar import lexicon, parse_body


def _starts() -> re.Pattern:
    lex = lexicon()
    return re.compile("|".join(p.pattern for p in (lex.body_re, lex.part_re, lex.department_re)), re.IGNORECASE)


def extract_bodies(article: Article, role_spans: list[Span]) -> list[BodyRef]:
    """Bodies named in the text. A Ban Thường vụ named only inside a member's title
    (``Ủy viên Ban Thường vụ Quận ủy``) is part of the role, not a body: ``role_spans``
    marks those words."""
    text = article.text
    inside_role = sorted((s.start, s.end) for s in role_spans)
    bodies: list[BodyRef] = []
    pos = 0
    pattern = _starts()
    while True:
        m = pattern.search(text, pos)
        if not m:
            return bodies
        start = m.start()
        if any(a <= start < b for a, b in inside_role) or text[start - 1:start] in ("/", "-") and start > 0:
            # a role's own words, or the issuer part of a code (01/QC-HĐND-UBND)
            pos = m.end()
            continue
        found = parse_body(text, start)
        if not found:
            pos = m.end()
            continue
        body, _ = found
        pos = body.span.end
        if body.surface[:1].islower() and body.place is None and body.naming != "fixed" and body.part is None:
            continue  # "các đảng bộ", "chi ủy chi bộ": kinds of body, not one body
        bodies.append(body)
