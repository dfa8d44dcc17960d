"""Reported events: what happened, when, organized and chaired by whom, who came and spoke, which documents it
took up. Plans (``sẽ tổ chức``) are not events. People are placed by cue words in the sentence that names them
(``chủ trì``, ``phát biểu``, ``Tham dự có``...; ``kg/lexicon/cues.tsv``; which person each cue governs:
``cue_relations``); a list of guests goes on past its heading's sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..lexicon import Lexicon, built, cues, key, read_tsv, word_pattern
from ..model import Article, BodyRef, Document, Event, Span
from .components import Doc
from .dates import dateline_re, find_dates, relative_day, resolve_date, years_named
from .event_documents import attach_documents, attach_judged_documents
from .days_ahead import ahead_of_publication
from .event_names import names_no_reported_event
from .event_terms import announces, opens_term
from .cue_relations import cue_relations
from .spans import Intervals
from .spoken_of import present_mentions
from .undated_events import event_named_by_presence
from .prior_sessions import session_before
from .first_sessions import session_reported
from .guest_items import opens_with_guest
from .periods import Periods, event_year, periods_of

_DATE_BLOCKERS = ("deadline",)
# the relations a heading that ends in a colon gives the list under it: "Chủ trì hội nghị gồm các đồng chí:"
_HEADED_RELATIONS = frozenset({"chair", "speak", "lead"})
_DAYS_OF_ONE_EVENT = 3  # dates this close of events of one family are days of one event
_TOLD_REACH = 80  # how far after a date a verb of telling makes it the day of a report
# "Ngày 28-6-2021, tại kỳ họp ...": an event named right after its date is one that took place
_HELD_AT_REACH = 4
_NAMED_AFTER_REACH = 3  # how many sentences after a dated lead may name the event it reports
_DATE_AFTER_NAME_REACH = 200  # how far after an event's name, in a long sentence, its date may stand
_JUST_REACH = 40  # "vừa có chuyến đến thăm và làm việc": the event named a few words after
_undated_start_re = word_pattern(r"(?:{setting-opener}\s+)?", re.IGNORECASE)
_past_re = word_pattern(r"{past-marker}")  # anywhere in the sentence, as written


@built
def _kinds(lex: Lexicon):
    rows = read_tsv("event_kinds.tsv")
    return {key(r[0]): r[1] for r in rows}, lex.phrases(r[0] for r in rows)


_PEOPLE_AND_DATE_CUES = frozenset({"attend", "speak", "chair", "lead", "plan", "deadline", "nominee", "elected",
                                   "heard", "introduce", "candidacy", "purpose", "past", "just"})


@built
def _cues(lex: Lexicon):
    """The cues that relate people to an event, and the words that tell a date is no event's."""
    rows = [r for r in read_tsv("cues.tsv") if r[1] in _PEOPLE_AND_DATE_CUES]
    return {key(r[0]): r[1] for r in rows}, lex.phrases(r[0] for r in rows)


@dataclass
class _Sentence:
    span: Span
    cues: list[tuple[int, str, re.Match]]  # position, relation, match
    kinds: list[re.Match]


def _sentences(article: Article) -> list[_Sentence]:
    kinds_of, kind_re = _kinds()
    cues_of, cue_re = _cues()
    text = article.text
    out = []
    for span in article.sentences:
        cues = [(m.start(), cues_of[key(m.group())], m) for m in cue_re.finditer(text, span.start, span.end)]
        kinds = [k for k in kind_re.finditer(text, span.start, span.end) if not names_no_reported_event(text, k)]
        out.append(_Sentence(span, cues, kinds))
    return out


def _plans(text: str, sentence: _Sentence) -> bool:
    """The sentence speaks of an event to come (``sẽ tổ chức hội nghị``); a plan word in the purpose of
    the event it names is what the event was for (``tổ chức hội nghị để thảo luận, dự kiến số đại biểu``), and one
    in a sentence that says its event took place plans something else (``đã được tổ chức``)."""
    if sentence.kinds and cues("took-place").search(text, sentence.span.start, sentence.span.end):
        return False
    first_kind = sentence.kinds[0].start() if sentence.kinds else None
    purpose = min((pos for pos, rel, _ in sentence.cues
                   if rel == "purpose" and first_kind is not None and pos > first_kind), default=None)
    return any(rel == "plan" and (purpose is None or pos < purpose) for pos, rel, _ in sentence.cues)


def extract_events(doc: Doc) -> list[Event]:
    """The events ``doc.article`` reports, with the people of ``doc.mentions`` placed at them and the
    documents and organizing body (of ``doc.documents``, ``doc.bodies``) they took up."""
    article, documents = doc.article, doc.documents
    sentences = _sentences(article)
    mentions, lists = present_mentions(article.text, doc.mentions), doc.person_lists
    anchors: dict[int, int] = {}  # where each event's date is written
    periods = periods_of(article.text, documents)
    year_inferred: set[int] = set()  # the events whose year the article does not write (kg.extract.periods)
    events = _dated_events(article, sentences, doc.published, periods, documents, anchors, year_inferred)
    if not events:
        events = _undated_event(article, sentences) or \
            event_named_by_presence(article.text, sentences, _plans, _kinds()[0], mentions)
    if not events:
        return []
    main = events[0]
    owned = set()
    sentence_starts = [st.span.start for st in sentences]
    mention_starts = [span.start for _, span in mentions]
    for i, other in enumerate(events[1:], 1):
        # an event the article reports besides its own: the people of its paragraph, up to the next such event
        paragraph_end = article.text.find("\n", other.span.start)
        paragraph_end = len(article.text) if paragraph_end < 0 else paragraph_end
        if i + 1 < len(events):
            paragraph_end = min(paragraph_end, events[i + 1].span.start)
        own = sentences[bisect_left(sentence_starts, other.span.start):bisect_left(sentence_starts, paragraph_end)]
        owned.update(id(st) for st in own)
        # in its own sentence, only the people named after its date ("Trước đó, chiều 19/3, ... đồng chí A")
        after_date = anchors.get(id(other), other.span.start)
        _place_people(article, own, mentions, lists, other, since=after_date, starts=mention_starts)
        late = mentions[bisect_left(mention_starts, other.span.start):bisect_left(mention_starts, after_date)]
        if late:
            _place_people(article, own[:1], late, {}, main)
    prior = session_before(article.text, sentences, events, _plans, _kinds()[0])
    if prior:  # "phiên trù bị" before the dated opening: the people named before the opening were at it
        owned.update(id(st) for st in prior[1])
        _place_people(article, prior[1], mentions, lists, prior[0], starts=mention_starts)
        events.append(prior[0])
    _place_people(article, [st for st in sentences if id(st) not in owned], mentions, lists, main,
                  starts=mention_starts)
    first_session = session_reported(article.text, sentences, events, _plans, _kinds()[0], mentions)
    events += [first_session] if first_session else []
    attach_documents(article.text, sentences, documents, main, lead=main.span, mentions=mentions)
    if id(main) in year_inferred:
        _after_its_documents(main)
    _organizer(article, main, doc.bodies)
    attach_judged_documents(documents, main)
    return events


def _after_its_documents(event: Event) -> None:
    """An event takes up a document after it is issued: a year inferred from the article's periods that
    puts the event before a document it took up (``Tại buổi làm việc, ... công bố Quyết định số 12,
    ngày 9-7-2024``) gives way to the first year after that document."""
    issued = [d.issued for d in event.documents if d.issued]
    if not (event.date and issued and max(issued) > event.date):
        return
    latest = max(issued)
    year = latest.year if (event.date.month, event.date.day) >= (latest.month, latest.day) else latest.year + 1
    try:
        event.date = event.date.replace(year=year)
    except ValueError:  # 29 February of a year that has none
        event.date = None


def _dated_events(article, sentences, published, periods: Periods, documents: list[Document],
                  anchors: dict[int, int], year_inferred: set[int]) -> list[Event]:
    kinds_of, _ = _kinds()
    text = article.text
    cited = Intervals()  # where documents are cited: their dates are dates of issue
    for doc in sorted(documents, key=lambda d: d.span.start):
        cited.add(doc.span.start, doc.span.end)
    events: dict[date, Event] = {}
    for n, sentence in enumerate(sentences):
        kinds = sentence.kinds or ([] if events else _named_after(text, sentences, n))
        if not kinds or _plans(text, sentence):
            continue
        dates = find_dates(text, sentence.span.start, sentence.span.end)
        lead = _LEAD_TAG_RE.match(text, sentence.span.start).end()  # "(BQN) - Sáng 3/4, ..."
        dateline = dateline_re().match(text, lead)
        if dateline and text[lead - 1:lead] in ("", "\n", " "):
            lead = dateline.end()  # "Lạng Sơn, 22/8/2024 – Ngày 21/8": the day of writing is no event's
        relative = relative_day(text, lead, min(sentence.span.end, lead + 24))
        if relative and not any(d.span.start - lead <= 30 for d in dates):
            event = _relative_event(text, relative, sentence, published, kinds_of)
            if event and not events:
                events[event.date or date.min] = event
                anchors[id(event)] = relative[2].start
                continue
        blockers = [pos for pos, rel, _ in sentence.cues if rel in _DATE_BLOCKERS]
        for i, mention in enumerate(dates):
            if mention.span.start < lead:
                continue
            at_start = mention.span.start - lead <= 12
            # an event named only in a later sentence: a day it happened on opens the lead ("Sáng 26-9, ..."),
            # not a page's date ("12/06/2020 14:14 Lượt xem", "Thứ ba, 24/05/2022")
            borrowed_day = at_start and mention.after_ngay and not mention.weekday_only
            if not (mention.after_ngay or at_start) or (not sentence.kinds and not borrowed_day):
                continue
            if bisect_right(blockers, mention.span.start) > bisect_left(blockers, mention.span.start - 24):
                continue  # "tính đến ngày 30/6": a date that bounds a count
            if mention.span.start in cited:
                continue  # a document's date of issue
            if cues("told").search(text, mention.span.end, min(sentence.span.end, mention.span.end + _TOLD_REACH)):
                continue  # "Ngày 7-9, Văn phòng Thành ủy cho biết ...": the day it was told, not the event's
            if mention.year is None and i + 1 < len(dates) and dates[i + 1].year \
                    and dates[i + 1].span.start - mention.span.end < 40:
                mention = replace(mention, year=dates[i + 1].year)  # "từ ngày 25 tháng 01 đến ngày 01 tháng 02 năm 2021"
            kind = _nearest_kind(text, kinds, mention.span.start)
            if kind is None:
                break
            # "Tại buổi họp báo thông tin về Đại hội sáng 12/9": the day of the press conference, not of what it announces
            kind = next((k for k in kinds if k.start() < kind.start() and announces(kinds_of[key(k.group())])), kind)
            if mention.span.start - kind.end() > _DATE_AFTER_NAME_REACH and not at_start:
                continue  # "Đại hội được tổ chức trong bối cảnh ... đi vào hoạt động từ ngày 1-7": another clause's day
            hint = None if published or mention.year else \
                event_year(periods, mention, sentence.span, opens_term(kind, kinds),
                           name_end=kind.end())
            if ahead_of_publication(mention, published):
                continue  # "khai mạc vào sáng 22/10" on a page of 21/10: a day to come, not one a year back
            day = resolve_date(mention, published, hint)
            if day is None:
                if not events:  # the event happened; the article does not say which year
                    undated = Event(kind=kinds_of[key(kind.group())], span=sentence.span,
                                    part_of_day=mention.part_of_day, evidence=[sentence.span])
                    return [undated]
                break
            held_at = cues("held-at").search(text, mention.span.end, sentence.span.end)
            held_at = held_at and held_at.start() - mention.span.end <= _HELD_AT_REACH
            if any(announces(other.kind) for other in events.values()):
                break  # "thời gian diễn ra Đại hội từ ngày 1-3/10": what a press conference announced
            if events and announces(kinds_of[key(kind.group())]) and all(day < other for other in events):
                # "Đại hội diễn ra ngày 2-3/10. Chiều 22/9, Tỉnh ủy tổ chức họp báo": the days it announced, first
                year_inferred.difference_update(id(other) for other in events.values())
                events.clear()
            if events and not held_at and not (cues("happened").search(text, sentence.span.start, sentence.span.end)
                                               and abs(mention.span.start - kind.start()) < 250):
                break  # beyond the article's own event, only events it says took place
            if any(_same_family(events[other].kind, kinds_of[key(kind.group())])
                   for other in _days_around(day, _DAYS_OF_ONE_EVENT) if other in events):
                break  # another day of an event already found: it keeps its first day
            if day not in events:
                events[day] = Event(kind=kinds_of[key(kind.group())], span=sentence.span, date=day,
                                    part_of_day=mention.part_of_day, evidence=[sentence.span])
                anchors[id(events[day])] = mention.span.start
                if hint:
                    year_inferred.add(id(events[day]))
                events[day].place = _place(text, sentence.span)
            break
    return list(events.values())


def _named_after(text: str, sentences: list[_Sentence], n: int) -> list[re.Match]:
    """The event a lead that names none reports, named in the next sentences, none of them dated, right after
    a cue that puts people at it or a verb that organizes it (``Sáng 26-9, đoàn kiểm tra ... đã đến làm việc
    tại tỉnh X. Đồng chí A chủ trì buổi làm việc.``, ``Ngày 22 tháng 4 năm 2016, tại hội trường xã X. Hội LHPN
    xã X tổ chức Đại hội``)."""
    for later in sentences[n + 1:n + 1 + _NAMED_AFTER_REACH]:
        if find_dates(text, later.span.start, later.span.end):
            return []
        if later.kinds:
            kind = later.kinds[0]
            told_of = any(rel in ("attend", "chair") and cue.start() < kind.start() <= cue.end() + 1
                          for _, rel, cue in later.cues) or any(
                kind.start() <= cue.end() + 1 for cue in cues("organize").finditer(text, later.span.start, kind.start()))
            return [kind] if told_of else []
    return []


_place_re = word_pattern(r"\b{at}\s+(?!{not-a-venue}\b)([^,.;:\n]{3,80}?)(?=\s*[,.;:\n]|\s+{after-venue}\b)",
                         re.IGNORECASE)


def _place(text: str, sentence: Span) -> str | None:
    """Where the event took place, as the sentence says it: ``tại hội trường UBND phường X``."""
    m = _place_re().search(text, sentence.start, sentence.end)
    return m.group(1).strip() if m else None


_LEAD_TAG_RE = re.compile(r"(?:\([A-ZĐ][A-Za-zĐđ.]{1,10}\)\s*[-–]\s*)?")


def _relative_event(text: str, relative, sentence: _Sentence, published: date | None, kinds_of) -> Event | None:
    """``Hôm qua, Ban Thường vụ ... tổ chức hội nghị ...``: dated from the publication, else undated."""
    days_before, part_of_day, _ = relative
    if not sentence.kinds or _plans(text, sentence):
        return None
    day = published - timedelta(days=days_before) if published else None
    kind = sentence.kinds[0]
    return Event(kind=kinds_of[key(kind.group())], span=sentence.span, date=day, part_of_day=part_of_day,
                 evidence=[sentence.span])


def _days_around(day: date, reach: int) -> list[date]:
    """The days at most ``reach`` days from ``day``: the look-up of an event's other days."""
    days = []
    for n in range(-reach, reach + 1):
        try:
            days.append(day + timedelta(days=n))
        except OverflowError:  # near the ends of the calendar
            continue
    return days


def _same_family(kind: str, other: str) -> bool:
    return kind.split()[0].casefold() == other.split()[0].casefold()


def _nearest_kind(text: str, kinds: list[re.Match], pos: int) -> re.Match | None:
    """The event name nearest before ``pos``, else the first; of two names one after the other
    (``phiên trù bị đại hội``) the first, which the second qualifies."""
    before = [k for k in kinds if k.start() < pos]
    if not before:
        return kinds[0]
    i = len(before) - 1
    while i > 0 and not text[before[i - 1].end():before[i].start()].strip():
        i -= 1
    return before[i]


def _undated_event(article, sentences) -> list[Event]:
    """An event the article reports without a date: a sentence that opens with it and
    says it happened (``Hội nghị đã nghe ...``, ``Tại Đại hội ..., A tái đắc cử``)."""
    kinds_of, _ = _kinds()
    text = article.text
    for sentence in sentences:
        if _plans(text, sentence):
            continue
        lead = _undated_start_re().match(text, sentence.span.start).end()
        opening = [k for k in sentence.kinds if k.start() == lead and k.group()[0].isupper()]
        if opening and (_past_re().search(text, sentence.span.start, sentence.span.end) or lead > sentence.span.start):
            kind = opening[0]
            return [Event(kind=kinds_of[key(kind.group())], span=sentence.span, evidence=[sentence.span])]
        just = [pos for pos, rel, _ in sentence.cues if rel == "just"]
        after_just = [k for k in sentence.kinds if just and just[0] < k.start() <= just[0] + _JUST_REACH]
        if after_just:  # "Đoàn công tác vừa có chuyến thăm và làm việc tại ...": the article's event
            return [Event(kind=kinds_of[key(after_just[0].group())], span=sentence.span, evidence=[sentence.span])]
    return []


def _place_people(article, sentences, mentions: list[tuple[str, Span]], lists: dict[int, int], event: Event,
                  since: int = 0, starts: list[int] | None = None) -> None:
    """``mentions``: the people named, sorted by position; ``lists``: which of them were read as one list;
    ``starts``: where ``mentions`` start, when the caller has them."""
    previous_attended = False
    elected_before = False  # people were elected at the event: a later list of members names them
    headed: set[str] = set()
    roles: dict[str, set[str]] = {}
    if starts is None:
        starts = [span.start for _, span in mentions]
    for sentence in sentences:
        lo = bisect_left(starts, max(sentence.span.start, since))
        hi = bisect_left(starts, sentence.span.end)
        named = mentions[lo:hi]
        if not named:
            previous_attended = any(rel == "attend" for _, rel, _ in sentence.cues) or sentence.span == event.span
            elected_before |= any(rel == "elected" for _, rel, _ in sentence.cues)
            heading = article.text[sentence.span.start:sentence.span.end].rstrip().endswith(":")
            headed = {rel for _, rel, _ in sentence.cues if rel in _HEADED_RELATIONS} if heading else set()
            continue
        # "Năm 2015, ông A được bầu ...": an election of another year is a career, not this event
        elections = not (years_named(article.text, sentence.span.start, sentence.span.end)
                         - {event.date.year if event.date else None})
        relations = cue_relations(article.text, sentence, named, lists, elections=elections)
        opens_with_person = opens_with_guest(article.text, sentence.span.start, named[0][1].start)
        if not sentence.cues and headed and opens_with_person:
            relations = {name: {*headed, "attend"} for name, _ in named}  # an item of the list a heading opened
        elif not sentence.cues and previous_attended and opens_with_person:
            relations = {name: {"attend"} for name, _ in named}  # the list of guests goes on
        elif not sentence.cues and elected_before and \
                cues("members").search(article.text, sentence.span.start, named[-1][1].start):
            relations = {name: {"attend"} for name, _ in named}  # "Các Phó Bí thư gồm: A, B": elected with them
        else:
            headed = set()
        # the event's own sentence opens the list of its guests ("... tổ chức tọa đàm. Đồng chí A, Bí thư; ...")
        previous_attended = any(rel == "attend" for _, rel, _ in sentence.cues) or sentence.span == event.span or (
            previous_attended and not sentence.cues and opens_with_person)
        elected_before |= elections and any(rel == "elected" for _, rel, _ in sentence.cues)
        if sentence.span == event.span:
            for name, _ in named:
                relations.setdefault(name, set()).add("attend")
        else:  # "Đoàn đại biểu dự đại hội do đồng chí A làm trưởng đoàn": the leader of a delegation at it
            for rels in relations.values():
                rels.discard("lead")
        for name, rels in relations.items():
            roles.setdefault(name, set()).update(rels)
            if rels:
                event.evidence.append(sentence.span)
    present = set(event.attendees)
    for name, rels in roles.items():
        if not rels or name in present:
            continue
        present.add(name)
        event.attendees.append(name)
        if "chair" in rels or "lead" in rels:
            event.chairs.append(name)
        if "speak" in rels:
            event.speakers.append(name)


def _organizer(article: Article, event: Event, bodies: list[BodyRef]) -> None:
    """``Đảng bộ phường X (đã) tổ chức Hội nghị``: the body right before ``tổ chức``."""
    text = article.text
    m = cues("organize").search(text, event.span.start, event.span.end)
    if not m:
        return
    before = [b for b in bodies if event.span.start <= b.span.start and b.span.end <= m.start()]
    if before:
        event.organizer = before[-1]
