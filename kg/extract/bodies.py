"""Every body the article names, wherever it stands (titles included)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, built, lexicon
from ..model import Article, BodyKind, BodyRef, Part, Span
from .body_grammar import bodies_listed, body_starts, companion_place, numbered_cell
from .body_names import parse_body
from .bodies_within import bodies_within
from .shared_tail import share_list_tails
from .spans import Intervals
from .standing_owner import own_bare_standing


def extract_bodies(article: Article, role_spans: list[Span]) -> list[BodyRef]:
    """Bodies named in the text. A Ban Thường vụ named only inside a member's title
    (``Ủy viên Ban Thường vụ Quận ủy``) is part of the role, not a body: ``role_spans``
    marks those words."""
    text = article.text
    inside_role = Intervals()
    for span in role_spans:
        inside_role.add(span.start, span.end)
    # a committee's part inside a member's title is the role's, whoever holds it ("các đồng chí Ủy viên BTV")
    member_titles = Intervals()
    for m in lexicon().role_re.finditer(text):
        member_titles.add(*m.span())
    bodies: list[BodyRef] = []
    pos = 0
    pattern = body_starts()
    while True:
        m = pattern.search(text, pos)
        if not m:
            share_list_tails(text, bodies)
            return own_bare_standing(text, bodies)
        start = m.start()
        in_member_title = start in member_titles and lexicon().part_re.match(text, start)
        if start in inside_role or in_member_title or _in_code(text, start):
            pos = _past_member_title(text, start, m.end()) if in_member_title else m.end()
            continue
        found = parse_body(text, start, in_title=True)
        # "Đảng bộ của 3 xã gồm: A, B và C" reads as a bare Đảng bộ first
        listed = bodies_listed(text, start) if not found or found[0].place is None and found[0].part is None else []
        if listed or not found:
            bodies.extend(listed)
            pos = listed[-1].span.end if listed else m.end()
            continue
        body, _ = found
        pos = body.span.end
        if (body.surface[:1].islower() or _after_many(text, start)) and body.place is None and body.part is None:
            continue  # "các đảng bộ", "các Đảng bộ, chi bộ", "chi ủy chi bộ": kinds of body, not one body
        if body.place is None and _counted_units(text, body.span.end):
            continue  # "bí thư Đảng ủy 20 phường": one post in each of many bodies
        if numbered_cell(text, body):
            pos = body.span.end
        if " " in body.surface and body.surface.isupper():
            continue  # a headline in capitals: its words run together, places cannot be told apart
        if body.place is None and body.part is None and body.kind == BodyKind.PARTY_ORGANIZATION:
            shared = companion_place(text, body.span.end)
            if shared is not None:
                if shared[1] is None:
                    continue  # "Đảng bộ, chính quyền và nhân dân" with no place: the community, no one body
                body.level_word, body.place = shared[0], shared[1]
        bodies.append(body)
        bodies.extend(bodies_within(body))


def _past_member_title(text: str, start: int, end: int) -> int:
    """Where to go on after a committee's part inside a member's title. ``Ủy viên Ban Chấp hành
    Đảng bộ tỉnh`` names the committee (the post's body), not the party organization: skip it whole,
    unless it writes the organization's place (``Ủy viên BCH Đảng bộ phường X``: a body of its own)."""
    found = parse_body(text, start, in_title=True)
    executive = found[0] if found and found[0].part == Part.EXECUTIVE else None
    return executive.span.end if executive and executive.of and executive.of.place is None else end


_COUNT_RE = re.compile(r" \d+ ")


@built
def _many_before_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:^|\s)(?:{lex.pattern('many')})\s+$", re.IGNORECASE)


def _after_many(text: str, start: int) -> bool:
    """The plural word right before a body's name (``các Đảng bộ``): many bodies of a kind."""
    return bool(_many_before_re().search(text, max(0, start - 8), start))


def _counted_units(text: str, end: int) -> bool:
    """A count of units after a body's name (``Đảng ủy 20 phường``)."""
    count = _COUNT_RE.match(text, end)
    return bool(count and lexicon().level_re.match(text, count.end()))


def _in_code(text: str, start: int) -> bool:
    """Inside a document's code (``01/QC-HĐND-UBND-UBMTTQ``): the token has a slash and a digit."""
    window = max(0, start - 80)  # a code is one short token: no search back through a text with no space
    token_start = max(text.rfind(" ", window, start), text.rfind("\n", window, start), window - 1) + 1
    token = text[token_start:start]
    return "/" in token and any(ch.isdigit() for ch in token)

