"""Events an article reports without a date, named by the words that put people at them.

``Dự Hội nghị có đồng chí A``, ``Đồng chí B chủ trì hội nghị``, ``Phát biểu tại hội nghị, đồng chí C``: an
event's name governed by a cue of presence (``kg/lexicon/cues.tsv``: attend, chair) in a sentence that names a
person is an event that took place, dated or not. Read after the sentences that open with an event's name,
which name it more fully; a sentence without a person (``bầu đoàn đại biểu dự Đại hội toàn quốc``, ``tổng số
đại biểu dự đại hội``) more often speaks of congresses in general or to come.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from ..lexicon import key
from ..model import Event, Span

_PRESENCE = frozenset({"attend", "chair"})


def event_named_by_presence(text: str, sentences: list, plans: Callable, kinds_of: dict[str, str],
                            mentions: list[tuple[str, Span]]) -> list[Event]:
    """The first event of ``sentences`` (``kg.extract.events._Sentence``) whose name a cue of presence governs,
    in a sentence that names one of ``mentions`` (sorted by position) and plans nothing (``plans(text, sentence)``)."""
    starts = [span.start for _, span in mentions]
    for sentence in sentences:
        named = _governed_kinds(sentence)
        if not named or bisect_left(starts, sentence.span.start) == bisect_left(starts, sentence.span.end):
            continue
        if not plans(text, sentence):
            return [Event(kind=kinds_of[key(named[0].group())], span=sentence.span, evidence=[sentence.span])]
    return []


def _governed_kinds(sentence) -> list[re.Match]:
    """The event names inside a cue of presence (``tại hội nghị``) or right after it (``dự Hội nghị``); not one
    that opens with the cue's own word (``trao Huy hiệu Đảng``: a handing over, said of any ceremony)."""
    return [kind for kind in sentence.kinds
            if any(rel in _PRESENCE and cue.start() < kind.start() <= cue.end() + 1 for _, rel, cue in sentence.cues)]
