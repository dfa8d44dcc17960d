"""Which coded documents an event took up: those cited where its guests are.

Each sentence looks up the documents cited inside it in a sorted index, so the time is
in proportion to the article's size (a 0.5 MB article cites thousands of documents).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import Lexicon, built, cues, key, lexicon, read_tsv
from ..model import Document, Event, Span
from .writing import UPPER

_ORGANIZE_REACH = 12  # "tổ chức" right before the event's name
_CLAUSE_BREAK_RE = re.compile(r"[,;:]")
_NAMED_RE = re.compile(r"[ \t]+(\w)\w*(?:[ \t]+\w+)?")  # the words that name which event it is
_LIST_ITEM_OPENING_RE = re.compile(r"[\s\-–+•*]*")  # what may stand before a list item's document: a bullet


def attach_documents(text: str, sentences, documents: list[Document], event: Event, lead: Span,
                     mentions: list) -> None:
    """Coded documents cited where the event's guests are: the event's own sentence, one
    that has people attend (``Tham dự có ...``, ``các đại biểu được quán triệt ...``), one
    where a person speaks of them (``đồng chí A quán triệt Chỉ thị ...``) or one the event
    itself opens (``Hội nghị cũng quán triệt Kết luận ...``);
    a document cited inside another's title is that one's subject, not the event's."""
    nested = _cited_inside_another(documents)
    coded = sorted((d for d in documents if d.code and id(d) not in nested), key=lambda d: d.span.start)
    coded_starts = [d.span.start for d in coded]
    person_starts = [span.start for _, span in mentions]
    taken = {id(d) for d in event.documents}
    going_on_until = -1  # the end of the paragraph where guests speak or take documents in
    for sentence in sentences:
        lo = bisect_left(coded_starts, sentence.span.start)
        hi = bisect_left(coded_starts, sentence.span.end)
        # a report of work done (Đảng ủy đã lãnh đạo thực hiện ...) is no part of a speech or a list
        goes_on = sentence.span.start < going_on_until and not _someone_else_acts(sentence, person_starts) \
            and not any(rel == "past" for _, rel, _ in sentence.cues)
        # the documents a speech or a list takes up, one a line after it ("... quán triệt các văn bản:\n- Chỉ thị ...")
        list_item = lo < hi and going_on_until >= 0 and not text[going_on_until:sentence.span.start].strip() \
            and _LIST_ITEM_OPENING_RE.fullmatch(text, sentence.span.start, coded[lo].span.start)
        if list_item:
            goes_on = True
            going_on_until = _paragraph_end(text, sentence.span.end)
        elif _guests_take_part(text, sentence, person_starts):
            going_on_until = _paragraph_end(text, sentence.span.end)
        elif not goes_on:
            going_on_until = -1
        if lo == hi or not (goes_on or _guests_are_there(text, sentence, lead, person_starts) or
                            _names_the_event(text, sentence, event, coded[lo].span.start) or
                            _carries_out_for_an_event(text, sentence, coded[lo:hi])):
            continue
        for doc in coded[lo:hi]:
            if id(doc) not in taken:
                taken.add(id(doc))
                event.documents.append(doc)
    by_type: dict[str, list[Document]] = {}
    for doc in documents:
        if doc.code:
            by_type.setdefault(doc.type, []).append(doc)
    for m in _back_reference_re().finditer(text, lead.start, lead.end):
        # "hội nghị sơ kết thực hiện Nghị quyết": the one coded Nghị quyết the article cites
        of_type = by_type.get(m.group("type"), [])
        if len(of_type) == 1 and id(of_type[0]) not in taken:
            taken.add(id(of_type[0]))
            event.documents.append(of_type[0])


def attach_judged_documents(documents: list[Document], event: Event) -> None:
    """A sitting of a committee that judges members' conduct (``Kỳ họp thứ 9`` of an ``Ủy ban Kiểm tra``)
    takes up the coded documents its article cites after it: the rules it finds broken (``vi phạm Quy định
    số ...``) and the conclusions it acts on are what such a sitting is about."""
    if event.organizer is None or _family(event.kind) not in lexicon().words("judging-sitting") \
            or not _judging_body_re().match(event.organizer.head):
        return
    taken = {id(d) for d in event.documents}
    nested = _cited_inside_another(documents)
    for doc in sorted(documents, key=lambda d: d.span.start):
        if doc.code and doc.span.start > event.span.start and id(doc) not in taken | nested:
            taken.add(id(doc))
            event.documents.append(doc)


@built
def _judging_body_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{lex.pattern('judging-body')})\b")


def _guests_are_there(text: str, sentence, lead: Span, person_starts: list[int]) -> bool:
    return sentence.span == lead or any(rel == "attend" for _, rel, _ in sentence.cues) or \
        _guests_take_part(text, sentence, person_starts) or \
        any(k.start() == sentence.span.start and k.group()[0].isupper() and _names_the_lead_event(text, k, lead)
            for k in sentence.kinds)


def _names_the_lead_event(text: str, kind: re.Match, lead: Span) -> bool:
    """An event's name opening a sentence is the event's own when bare (``Hội nghị đã ...``) or named as
    the event's sentence names it; ``Hội nghị Trung ương 8 đã ban hành ...`` in a report of a district
    conference is another event."""
    named = _NAMED_RE.match(text, kind.end())
    if not named or named.group(1).islower():
        return True
    return key(text[kind.start():named.end()]) in key(text[lead.start:lead.end])


def _names_the_event(text: str, sentence, event: Event, first_cited: int) -> bool:
    """``Theo đó, hội nghị đã quán triệt Chỉ thị ...``, ``Nội dung hội nghị gồm ...``: a clause opens
    with the bare name of an event of the event's family (no name of another after it: ``Hội nghị
    Trung ương 6``), its subject or setting, before the documents the sentence cites; a sentence that
    plans (``sẽ``) speaks of another time."""
    if any(rel == "plan" for _, rel, _ in sentence.cues):
        return False
    family = _family(event.kind)
    for kind in sentence.kinds:
        if kind.start() >= first_cited:
            break
        after = _NAMED_RE.match(text, kind.end())
        clause_start = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(text, sentence.span.start, kind.start())),
                           default=sentence.span.start)
        if _family(kind.group()) == family and not (after and not after.group(1).islower()) \
                and _clause_opening_re().fullmatch(text, clause_start, kind.start()):
            return True
    return False


def _family(kind: str) -> str:
    """The first two words of an event's name: ``hội nghị``, ``đại hội``, ``buổi làm việc``'s ``buổi làm``."""
    return " ".join(kind.casefold().split()[:2])


@built
def _pronoun_subject_re(lex: Lexicon) -> re.Pattern:
    """``Đồng chí nhấn mạnh ...``: the one just named, spoken of without the name (written with its capital)."""
    return re.compile(rf"(?:{lex.pattern('pronoun-subject')})\s+(?=[a-zđ])")


@built
def _attending_audience_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?={lex.first_letters('attending-audience')})\b(?:{lex.pattern('attending-audience')})\b",
                      re.IGNORECASE)


@built
def _clause_opening_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\s*(?:(?:{lex.pattern('event-subject-opener')})\s+)*", re.IGNORECASE)


def _guests_take_part(text: str, sentence, person_starts: list[int]) -> bool:
    """A person speaks (``Đồng chí A nhấn mạnh ...``) or the audience takes documents in (``các đại
    biểu được quán triệt ...``): the sentences after it in its paragraph go on with the speech or
    the list, until someone else acts (``Đồng thời, ông đề nghị ... . Chú trọng triển khai Chỉ thị ...``,
    ``... được quán triệt Chỉ thị A. Kế hoạch B ...``)."""
    has_person = _names_a_person(sentence, person_starts) or bool(_pronoun_subject_re().match(text, sentence.span.start))
    return bool(_attending_audience_re().search(text, sentence.span.start, sentence.span.end)) or \
        (has_person and any(rel in ("speak", "introduce") for _, rel, _ in sentence.cues))


def _names_a_person(sentence, person_starts: list[int]) -> bool:
    return bisect_left(person_starts, sentence.span.start) < bisect_left(person_starts, sentence.span.end)


def _someone_else_acts(sentence, person_starts: list[int]) -> bool:
    return _names_a_person(sentence, person_starts) and any(rel not in ("plan", "deadline") for _, rel, _ in sentence.cues)


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _carries_out_for_an_event(text: str, sentence, cited: list[Document]) -> bool:
    """``Thực hiện Kế hoạch số 25/KH-UBND ... về việc tổ chức Hội nghị ...``: a sentence that opens by
    carrying out a document whose subject is holding an event (named in the same clause): the
    document the event carries out."""
    if not cited or not cues("carrying-out").match(text, sentence.span.start, sentence.span.end):
        return False
    organize = cues("organize")
    first = cited[0].span.start
    return any(k.start() > first and not _CLAUSE_BREAK_RE.search(text, first, k.start()) and
               organize.search(text, max(first, k.start() - _ORGANIZE_REACH), k.start())
               for k in sentence.kinds)


def _cited_inside_another(documents: list[Document]) -> set[int]:
    """The documents whose citation starts inside another's (a title naming its subject), in one
    sweep over the citations in order of start."""
    inside: set[int] = set()
    reach = -1  # the furthest end of the citations that start before the current start
    ordered = sorted(documents, key=lambda d: d.span.start)
    i = 0
    while i < len(ordered):
        start = ordered[i].span.start
        j = i
        while j < len(ordered) and ordered[j].span.start == start:
            if start < reach:
                inside.add(id(ordered[j]))
            j += 1
        reach = max(reach, *(d.span.end for d in ordered[i:j]))
        i = j
    return inside


@built
def _back_reference_re(lex: Lexicon) -> re.Pattern:
    """A document named by its type alone after a verb of carrying out, no number or name after it."""
    types = "|".join(re.escape(t) for t in sorted({r[1] for r in read_tsv("document_types.tsv")}, key=len, reverse=True))
    return re.compile(rf"\b(?:{lex.pattern('back-reference-verb')})\s+(?P<type>{types})(?!\s*(?:số\b|\d|[{UPPER}(]))")
