"""Bodies named inside another body's name (``bodies_within.tsv``): the office of a province's deputies
and council names the Đoàn đại biểu Quốc hội of its province too; the central executive of a mass
organization names the organization."""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..lexicon import key, lexicon, read_tsv
from ..model import BodyRef, Naming, Span


@cache
def _within() -> dict[str, list[str]]:
    named: dict[str, list[str]] = {}
    for row in read_tsv("bodies_within.tsv"):
        named.setdefault(key(row[0]), []).append(row[1])
    return named


def bodies_within(body: BodyRef) -> list[BodyRef]:
    """The bodies ``body``'s name names, each of its place; none for a body with no place word, unless it is
    one national body (the central executive of a mass organization names that organization)."""
    if body.part is not None or body.place is None and body.level_word is None and body.naming != Naming.FIXED:
        return []
    found = []
    for head in _within().get(key(body.head), []):
        entry = lexicon().body_entry(head)
        # its own words inside the name, so that the name does not read as another name of it
        inner = next((m for m in lexicon().body_re.finditer(body.surface, 1)
                      if lexicon().bodies[key(m.group())].name == entry.name), None)
        if inner is None:
            continue
        span = Span(body.span.start + inner.start(), body.span.start + inner.end())
        found.append(replace(body, head=entry.name, kind=entry.kind, naming=entry.naming, bare=entry.bare,
                             fixed_parent=entry.parent or None, surface=inner.group(), span=span))
    return found
