"""The first session of a newly elected committee, reported by its outcome at the congress that elected it.

``Sáng 28/10, Đại hội ... nghe báo cáo kết quả phiên họp thứ nhất Ban Chấp hành khóa mới``: the committee met
before the congress heard of it, on a day the sentence does not give (the day is the congress's); the session is
an event of its own, and the people the article reports elected sat at it as members of the new committee. Words:
``outcome-of`` and ``first-session`` in ``kg/lexicon/words.tsv``.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable

from ..lexicon import key, word_pattern
from ..model import Event

_session_outcome_re = word_pattern(r"\b{outcome-of}\s+({first-session})\b")


def session_reported(text: str, sentences: list, events: list[Event], plans: Callable, kinds_of: dict[str, str],
                     mentions: list) -> Event | None:
    """The undated first session whose outcome a sentence of ``sentences`` (``kg.extract.events._Sentence``)
    reports, with the people of ``mentions`` (sorted by position) elected in a sentence and present at
    ``events[0]``; ``None`` when there is none, or when an event of ``events`` is one such session already."""
    if not events or events[0].date is None:
        return None
    starts = [span.start for _, span in mentions]
    for sentence in sentences:
        m = _session_outcome_re().search(text, sentence.span.start, sentence.span.end)
        if not m or plans(text, sentence):
            continue
        kind = kinds_of.get(key(m.group(1)))
        if kind is None or any(e.kind == kind for e in events):
            return None
        event = Event(kind=kind, span=sentence.span, evidence=[sentence.span])
        for st in sentences:
            if any(rel == "elected" for _, rel, _ in st.cues):
                named = mentions[bisect_left(starts, st.span.start):bisect_left(starts, st.span.end)]
                event.attendees.extend(name for name, _ in named
                                       if name in events[0].attendees and name not in event.attendees)
        return event if event.attendees else None
    return None
