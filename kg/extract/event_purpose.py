"""A verb of speech in the name of an event its subject attended or held says what the event was for.

``A dự Hội nghị quán triệt Nghị quyết``, ``A chủ trì hội nghị góp ý dự thảo``, ``A đã có buổi tiếp xúc cử tri
chuyên đề góp ý dự án Luật``: A attended or chaired; the speech the name speaks of is no act of A. Only an
event named as the object of a cue of presence, of organizing or of holding (``có``) is read so: ``Đoàn Chủ
tịch Đại hội báo cáo``, ``Đại hội đã nghe phát biểu`` name no event's purpose.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import Lexicon, built, cues, word_pattern

_TAIL_WORDS = 4  # "buổi tiếp xúc cử tri chuyên đề góp ý": the qualifiers between a name and the verb of its purpose


@built
def _tail_re(lex: Lexicon) -> re.Pattern:
    """A few words after an event's name, none of them a conjunction (``Hội nghị quán triệt Nghị quyết và phát
    biểu``: the verb after ``và`` is the subject's)."""
    return re.compile(rf"\s*(?:(?!(?:{lex.pattern('and')})\b)[^\W\d_]+\s+){{0,{_TAIL_WORDS}}}", re.IGNORECASE)


_holds_re = word_pattern(r"\b{holds-event}\s+\Z", re.IGNORECASE)  # "đã có buổi tiếp xúc": holds the event named


def names_the_event(text: str, sentence, cue: re.Match, people: list[int]) -> bool:
    """Whether the speech ``cue`` is in, or a few words after, the name of an event ``sentence`` (a
    ``kg.extract.events._Sentence``) makes the object of what its subject did, no one named between;
    ``people``: where the sentence's people start, sorted. A name that opens with the verb (``công bố quyết
    định``) is the act itself."""
    for kind in sentence.kinds:
        if not (kind.start() < cue.start() and _object(text, sentence, kind)):
            continue
        if cue.start() < kind.end() or (_tail_re().fullmatch(text, kind.end(), cue.start())
                                        and bisect_left(people, kind.end()) == bisect_left(people, cue.start())):
            return True
    return False


def _object(text: str, sentence, kind: re.Match) -> bool:
    """``dự Hội nghị``, ``tổ chức hội nghị``, ``đã có buổi tiếp xúc``: the event's name right after a verb."""
    before = text[max(sentence.span.start, kind.start() - 24):kind.start()]
    if _holds_re().search(before):
        return True
    return any(rel in ("attend", "chair") and cue.end() <= kind.start() and not text[cue.end():kind.start()].strip()
               for _, rel, cue in sentence.cues) or any(
        not text[m.end():kind.start()].strip()
        for m in cues("organize").finditer(text, max(sentence.span.start, kind.start() - 24), kind.start()))
