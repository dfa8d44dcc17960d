"""Whose a bare ``Ban Thường vụ`` or ``Ban Chấp hành`` is. Alone it is the article's party committee's; but in
a sentence about a mass organization's own committees (``Ban Chấp hành Tỉnh Đoàn X gồm 40 anh chị, Ban Thường vụ
gồm 13``, ``Đại hội bầu Ban Chấp hành gồm 45 đồng chí ... Bí thư Tỉnh Đoàn``) it is that organization's: the
nearest body of its sentence that has one decides."""
from __future__ import annotations

from ..model import BodyRef

_SENTENCE_ENDS = ".\n"
_OWNERS = ("party_committee", "party_organization", "mass_organization")


def own_bare_standing(text: str, bodies: list[BodyRef]) -> list[BodyRef]:
    """``bodies`` with each bare Ban Thường vụ or Ban Chấp hành given the mass organization nearest it in its sentence,
    when the nearest owner of a standing committee there is one."""
    for body in bodies:
        if body.part not in ("standing", "executive") or body.of is not None:
            continue
        start = max(text.rfind(ch, 0, body.span.start) for ch in _SENTENCE_ENDS) + 1
        ends = [i for i in (text.find(ch, body.span.end) for ch in _SENTENCE_ENDS) if i >= 0]
        end = min(ends, default=len(text))
        near = [other for other in bodies if other is not body and start <= other.span.start < end
                and _owner(other) is not None]
        nearest = min(near, key=lambda other: _distance(body, other), default=None)
        owner = _owner(nearest) if nearest is not None else None
        if owner is not None and owner.kind == "mass_organization":
            body.of, body.kind = owner, owner.kind
    return bodies


def _owner(body: BodyRef) -> BodyRef | None:
    """The body whose standing committee a mention could be: itself, or what its executive or office names."""
    if body.part in ("office", "executive") and body.of is not None:
        body = body.of
    return body if body.part is None and body.kind in _OWNERS else None


def _distance(body: BodyRef, other: BodyRef) -> int:
    return body.span.start - other.span.end if other.span.end <= body.span.start else other.span.start - body.span.end
