"""Which people of a sentence each of its cues governs (``kg/lexicon/cues.tsv``).

A cue before the people governs the first one after it, a cue after them governs the nearest
one before it (the subject, with those listed with it), so ``Phát biểu tại Hội nghị, đồng chí
A`` and ``Đồng chí A phát biểu`` both make A a speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..lexicon import Lexicon, built, key, word_pattern
from ..model import Span
from .event_purpose import names_the_event
from .writing import list_sep_re

_COUNT_RE = re.compile(r"\s+\d")
_FRONTED_REACH = 160  # how far a cue put before its subject may stand from it
_CLAUSE_BREAK_RE = re.compile(r"[,:;]")
_DONE_BY_REACH = 80  # "sự chủ trì của <titles> A": how long the titles between "của" and the doer may run


@built
def _all_after_re(lex: Lexicon) -> re.Pattern:
    """A cue that heads a list covers all of it: "dưới sự chủ trì của các đồng chí: A; B",
    "Chủ trì hội nghị có các đồng chí: A - ...; B - ..."."""
    return re.compile(rf"(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{lex.pattern('of', 'list-lead')})\s+(?:(?:{lex.pattern('many')})\s+)?"
                      rf"(?:{lex.pattern('comrade', 'address')})", re.IGNORECASE)


# "Thay mặt": the body named after it is the one a person speaks for, no cue of what the person did
_on_behalf_re = word_pattern(r"\b{on-behalf}\s+\Z", re.IGNORECASE)
_possessor_re = word_pattern(r"\b{of}\s+(?:{comrade,address}\s+)?\Z", re.IGNORECASE)  # "của đồng chí": whose


def cue_relations(text: str, sentence, mentions, lists: dict[int, int], elections: bool = True
                  ) -> dict[str, set[str]]:
    """Which of the sentence's people each cue governs; ``elections``: whether people elected or
    designated in the sentence were so at the event, so present at it."""
    relations: dict[str, set[str]] = {name: set() for name, _ in mentions}
    plan_at = min((pos for pos, rel, _ in sentence.cues if rel == "plan"), default=None)
    starts = [span.start for _, span in mentions]
    # "ghi nhận đóng góp của đồng chí A, đề nghị ...": one spoken of is not the one who speaks after
    subjects = [m for m in mentions if not _possessor_re().search(text, max(0, m[1].start - 24), m[1].start)]
    subject_ends = [span.end for _, span in subjects]
    all_attend = False
    purposes = [pos for pos, rel, _ in sentence.cues if rel == "purpose"]
    candidacy = any(rel == "candidacy" for _, rel, _ in sentence.cues) and \
        not any(rel == "elected" for _, rel, _ in sentence.cues)
    introduced_from = sentence.span.end  # candidates introduced to voters or electors are not placed there
    for pos, rel, match in sentence.cues:
        if rel in ("plan", "deadline", "nominee", "candidacy", "purpose", "past", "just") or (plan_at is not None and pos > plan_at):
            continue  # "Dự kiến, đồng chí A sẽ chủ trì": a plan, not what happened
        if _on_behalf_re().search(text, max(0, pos - 24), pos):
            continue  # "Thay mặt Đoàn Chủ tịch Đại hội, đồng chí A đọc diễn văn": A speaks for the presidium
        if rel not in ("speak", "introduce", "elected") and _COUNT_RE.match(text, match.end()):
            continue  # "Mặt trận các cấp đã chủ trì 1.145 cuộc giám sát": a tally of work, not this event
        if rel == "attend" or (rel == "elected" and elections):
            all_attend = True
            continue
        if rel == "speak" and names_the_event(text, sentence, match, starts):
            continue  # "A dự Hội nghị quán triệt Nghị quyết", "buổi tiếp xúc cử tri chuyên đề góp ý": what it is for
        if rel == "elected":
            continue
        before = subjects[:bisect_right(subject_ends, pos)]
        if before and any(before[-1][1].end <= p < pos for p in purposes):
            before = []  # "A chủ trì kỳ họp để xem xét, kết luận ...": the purpose's verbs are no act of A
        after = mentions[bisect_left(starts, match.end()):]
        if rel == "introduce":  # "A giới thiệu ông B": A speaks; B is introduced, a candidate when running
            rel, after = "speak", []
            introduced_from = match.end() if candidacy else introduced_from
        if rel == "heard":  # "Hội nghị đã nghe đồng chí A ... thông báo": the one heard spoke
            for name, _ in after[:1]:
                relations[name].update({"speak", "attend"})
            continue
        # "đồng chí A ghi nhận những đóng góp của đồng chí B": the one named right before the verb speaks
        subject_next_to_cue = rel == "speak" and bool(before) and not text[before[-1][1].end:pos].strip() \
            and key(text[before[-1][1].start:before[-1][1].end]) == key(before[-1][0])
        if after and _all_after_re().match(text, match.end()) and not subject_next_to_cue:
            governed = after
        elif after and _done_by(text, match, after[0][1].start):  # "dưới sự chủ trì của Phó Bí thư A"
            governed = _list_starting_with(after, lists)
        elif before:
            governed = _list_ending_with(text, before, lists)
        elif after and _fronted(text, sentence.span, match, after[0][1].start):
            governed = _list_starting_with(after, lists)
        else:
            governed = []
        for name, _ in governed:
            relations[name].update({rel, "attend"})
    if all_attend:
        for rels in relations.values():
            rels.add("attend")
    for name, span in mentions:
        if span.start >= introduced_from:
            relations[name] = set()
    return relations


_nominalized_re = word_pattern(r"\b{nominalizer}\s+\Z", re.IGNORECASE)  # "sự" before an act
_by_re = word_pattern(rf"\s+{{of}}\s+[^,;:]{{0,{_DONE_BY_REACH}}}\Z", re.IGNORECASE)  # "của <titles>" up to the doer


def _done_by(text: str, cue: re.Match, person: int) -> bool:
    """``dưới sự chủ trì của Phó Bí thư Tỉnh ủy A``, ``với sự điều hành của Trung tướng B``: the act made a noun
    (``sự``), its doer named after ``của``, titles between, is the one after, whoever is named before."""
    return bool(_nominalized_re().search(text, max(0, cue.start() - 8), cue.start())
                and _by_re().match(text, cue.end(), person))


def _fronted(text: str, sentence: Span, cue: re.Match, person: int) -> bool:
    """``Phát biểu tại Hội nghị, đồng chí A``, ``Chủ trì cuộc họp ông A``: a cue put before its
    subject, near it, a clause apart or opening the sentence; ``Đại hội công bố Quyết định ... chỉ
    định đồng chí A`` has a subject of its own."""
    opens = not text[sentence.start:cue.start()].strip(" -–•+*\n\t")
    return person - cue.end() <= _FRONTED_REACH and (opens or bool(_CLAUSE_BREAK_RE.search(text, cue.end(), person)))


def _list_starting_with(after: list, lists: dict[int, int]) -> list:
    """The first person of ``after`` and those read with it as one list: a cue put before a list governs it
    all ("Chủ tọa kỳ họp: Ông A - titles; ông B - titles")."""
    number = lists.get(after[0][1].start)
    if number is None:
        return after[:1]
    end = 1
    while end < len(after) and lists.get(after[end][1].start) == number:
        end += 1
    return after[:end]


def _list_ending_with(text: str, before: list, lists: dict[int, int]) -> list:
    """The last person of ``before`` and those named with it as one list: "gồm các đồng chí: A, B
    và C điều hành", "A - titles và đồng chí B - titles chủ trì"."""
    first = len(before) - 1
    while first > 0:
        prev, head = before[first - 1][1], before[first][1]
        same_list = lists.get(prev.start) is not None and lists.get(prev.start) == lists.get(head.start)
        if not (same_list or list_sep_re().fullmatch(text, prev.end, head.start)):
            break
        first -= 1
    return before[first:]
