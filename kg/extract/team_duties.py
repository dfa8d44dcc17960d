"""Duties of one sitting given to a person the sentence names: ``Đoàn kiểm tra số 12 do đồng chí A,
<titles>, làm Trưởng đoàn`` (FORMAT "Duties of one sitting"). The post is the duty as written; its body
is the team when the sentence opens by naming it (a body the grammar knows, ``Đoàn thư ký``, or a
numbered team, ``Đoàn kiểm tra, giám sát số 15``), else none. ``dẫn đầu đoàn`` alone gives no post."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from ..lexicon import Lexicon, Phrases, built, key, read_tsv, word_pattern
from ..model import BodyKind, BodyRef, Naming, Post, Span
from .body_names import parse_body

# where a sentence may begin: after a stop, a line break
_SENTENCE_START_RE = re.compile(r"(?:[.!?]\s+|\n)")
_GAP_RE = re.compile(r"[\s,]*")
_ADDRESS_AND_RANK_RE = word_pattern(r"\s*(?:(?:{comrade,address})\s+)?(?:(?:{rank})\s+)?", re.IGNORECASE)


@built
def team_words(lex: Lexicon, what: str) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("team_duties.tsv") if row[2] == what)


@cache
def numbered_re() -> re.Pattern:
    """``số 15``: the number a team is named by, after the word for a number."""
    words = "|".join(re.escape(row[0]) for row in read_tsv("team_duties.tsv") if row[2] == "number")
    return re.compile(rf"(?<![^\W_])(?:{words})\s+\d{{1,3}}(?![\d/.,-]?\d)", re.IGNORECASE)


@cache
def duty_roles() -> dict[str, str]:
    return {key(row[0]): row[1] for row in read_tsv("team_duties.tsv") if row[2] == "duty"}


def team_duties(text: str, mentions: list[tuple[str, Span]]) -> list[tuple[str, Post]]:
    """(person's name, post) for each duty ``làm <duty>`` whose holder the sentence names after ``do``."""
    mentions = sorted(mentions, key=lambda m: m[1].start)
    starts = [span.start for _, span in mentions]
    found = []
    for verb in team_words("verb").finditer(text):
        gap = _GAP_RE.match(text, verb.end())
        duty = team_words("duty").match(text, gap.end())
        if not duty or not text[verb.start() - 1:verb.start()].isspace():
            continue
        start = _sentence_start(text, verb.start())
        by = [m for m in team_words("by").finditer(text, start, verb.start())]
        holder = _holder_after(text, by[-1].end(), verb.start(), mentions, starts) if by else None
        if holder is None:
            continue
        team = _team_before(text, start, by[-1].start())
        span = Span(duty.start(), duty.end())
        found.append((holder, Post(role=duty_roles()[key(duty.group())], body=team,
                                   surface=text[verb.start():duty.end()], span=span)))
    return found


def _sentence_start(text: str, pos: int) -> int:
    ends = [m.end() for m in _SENTENCE_START_RE.finditer(text, max(0, pos - 400), pos)]
    return ends[-1] if ends else max(0, pos - 400)


def _holder_after(text: str, pos: int, end: int, mentions, starts) -> str | None:
    """The person named first after ``do`` (a form of address and a rank may come between), before ``end``."""
    i = bisect_right(starts, pos)
    if i < len(mentions) and mentions[i][1].start < end and \
            mentions[i][1].start - _ADDRESS_AND_RANK_RE().match(text, pos).end() <= 12:
        return mentions[i][0]
    return None


def _team_before(text: str, start: int, by: int) -> BodyRef | None:
    """The team the sentence names before ``do``: a congress organ or team the grammar knows that opens
    the sentence (``Đoàn thư ký gồm 3 thành viên, do ...``), or a numbered team just before ``do``."""
    opening = parse_body(text, _GAP_RE.match(text, start).end())
    if opening and opening[0].kind == BodyKind.OTHER:
        return opening[0]
    before = text[start:by].rstrip(" ,")
    for team in team_words("team").finditer(text, start, start + len(before)):
        if not team.group()[0].isupper():
            continue
        number = numbered_re().search(text, team.start(), start + len(before))
        if number and "\n" not in text[team.start():number.end()]:
            end = number.end()  # "Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do ...": the team is named by its number
            return BodyRef(head=text[team.start():end], kind=BodyKind.OTHER, surface=text[team.start():end],
                           span=Span(team.start(), end), naming=Naming.FIXED)
    return None
