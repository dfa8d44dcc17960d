"""A preparatory session an article reports, undated, before the dated opening of the event it prepares.

``Khai mạc phiên trù bị Đại hội ... Đồng chí A phát biểu ... Sáng 16/10, Đại hội chính thức khai mạc``: the
preparatory session of a congress sits before its official opening, a sitting of its own; an article that reports
it before the dated opening reports two events, and the people it names before the opening's sentence were at
the session. Which names of events are those of a preparatory session: ``preparatory-session`` in
``kg/lexicon/words.tsv``.
"""
from __future__ import annotations

from typing import Callable

from ..lexicon import Lexicon, built, key
from ..model import Event


@built
def _preparatory_kinds(lex: Lexicon) -> frozenset[str]:
    return frozenset(key(word) for word in lex.words("preparatory-session"))


def session_before(text: str, sentences: list, events: list[Event], plans: Callable,
                   kinds_of: dict[str, str]) -> tuple[Event, list] | None:
    """The undated preparatory session named in ``sentences`` (``kg.extract.events._Sentence``) before the
    sentence of ``events[0]``, a dated event of another kind that its sentence does not name, with the sentences that report it; ``None`` when
    there is none or ``events`` has one already (``plans(text, sentence)``: a sentence of an event to come)."""
    preparatory = _preparatory_kinds()
    main = events[0] if events else None
    if main is None or main.date is None or any(key(e.kind) in preparatory for e in events) or any(
            key(kinds_of[key(k.group())]) in preparatory for st in sentences if st.span == main.span for k in st.kinds):
        return None  # "Sáng 14-10, Đại hội ... tiến hành phiên trù bị": the dated event is the session itself
    before = [st for st in sentences if st.span.start < main.span.start]
    for n, sentence in enumerate(before):
        named = [k for k in sentence.kinds if key(kinds_of[key(k.group())]) in preparatory]
        if named and not plans(text, sentence):
            event = Event(kind=kinds_of[key(named[0].group())], span=sentence.span, evidence=[sentence.span])
            return event, before[n:]
    return None
