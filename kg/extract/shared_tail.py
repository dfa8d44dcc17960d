"""Bodies listed under one place or one committee: in ``Thành ủy, HĐND, UBND và UBMTTQ thành phố X`` the
place written once, after the last body, is each body's; in ``Ban Thường vụ, Ban Chấp hành Tỉnh ủy`` the
committee written once is each part's. A body the list leaves bare would otherwise be read as the article's
own unit's, which the list says it is not."""
from __future__ import annotations

from ..lexicon import is_party_unit, key, lexicon
from ..model import BodyKind, BodyRef, Naming, Part
from .writing import list_sep_re


def share_list_tails(text: str, bodies: list[BodyRef]) -> None:
    """Give each bare body of a list the place or committee its list's last body is written with."""
    listed = sorted((b for b in bodies if b.surface.strip()), key=lambda b: (b.span.start, -b.span.end))
    run: list[BodyRef] = []
    for body in listed:
        if run and run[-1].span.end <= body.span.start and _separated(text, run[-1], body):
            run.append(body)
            continue
        _share(run)
        run = [body]
    _share(run)


def _separated(text: str, before: BodyRef, after: BodyRef) -> bool:
    """Only a comma or ``và`` stands between two bodies."""
    between = list_sep_re().fullmatch(text, before.span.end, after.span.start)
    return between is not None and between.end() > between.start()


def _share(run: list[BodyRef]) -> None:
    if len(run) < 2:
        return
    last = run[-1]
    for body in reversed(run[:-1]):
        if not _bare(body):
            return  # "UBND tỉnh X, HĐND và UBND huyện Y": a placed body ends the list that shares
        if body.part is not None:
            if last.part == Part.EXECUTIVE:
                body.of = last  # "Ban Thường vụ, Ban Chấp hành Đảng bộ tỉnh X": the executive is the committee
            elif last.part is not None and last.of is not None and last.of.part is None:
                body.of = last.of
            if body.of is not None and body.of.kind == BodyKind.MASS_ORGANIZATION:
                body.kind = body.of.kind  # a mass organization's committees are its own (Ban Chấp hành, Ban Thường vụ Tỉnh Đoàn)
        elif last.part is None and last.level_word is not None and _takes_level(body, last.level_word):
            body.level_word, body.place = last.level_word, last.place


def _bare(body: BodyRef) -> bool:
    return body.place is None and body.of is None and (body.part is not None or body.level_word is None
                                                        or body.naming == Naming.NAMED)


def _takes_level(body: BodyRef, level_word: str) -> bool:
    """A body named with a kind of place (UBND), or a committee of that kind of place (Thành ủy of a thành phố);
    a party unit only with a commune's (Đảng ủy xã X): beside a province's or an agency's bodies a bare Đảng ủy is
    no ``Đảng ủy tỉnh`` (Đảng ủy, Ban Giám đốc Công an tỉnh)."""
    entry = lexicon().bodies.get(key(body.head))
    if entry is None:
        return False
    if entry.naming == Naming.NAMED:
        return entry.level == level_word
    if is_party_unit(entry):
        return level_word in lexicon().words("commune-word")
    return entry.naming == Naming.LEVELED and not entry.level
