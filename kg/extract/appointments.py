"""What stands between a person (or their titles) and the posts they were given or gave up:
``được bầu giữ chức``, ``đã được bổ nhiệm làm``, ``tham gia Ban Chấp hành và giữ chức``, and the passive with
its agent (``được Bộ Chính trị chỉ định giữ chức``, ``được 100% đại biểu tín nhiệm bầu giữ chức``)."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, Phrases, built, cues, lexicon, read_tsv
from .document_words import by_agent_re
from .writing import list_sep_re

_ELECTED_GAP_RE = re.compile(r"(?:\s*,)?\s+")  # between a name (or its titles) and "được bầu ..."
_SPACES_RE = re.compile(r"\s*")
# the words of the passive's agent and its verbs, one at a time, within the clause
_AGENT_WORD_RE = re.compile(r"[^\s.;:!?()]+(?:\s*,)?\s+")
_MOST_AGENT_WORDS = 10


@built
def _appointment_cues(lex: Lexicon) -> Phrases:
    """``được bầu giữ chức``, ``đã được bổ nhiệm làm``, ``thôi giữ chức``, ``với vai trò là``: what stands between
    a person and the posts they were given, gave up or act in (cues.tsv: appointed, relieved, capacity, and the
    adverbs that may come first)."""
    rows = read_tsv("cues.tsv")
    verbs = [r[0] for r in rows if r[1] in ("appointed", "relieved", "capacity")]
    adverbs = [r[0] for r in rows if r[1] == "appointed-adverb"]
    return lex.phrases([*verbs, *(f"{adverb} {verb}" for adverb in adverbs for verb in verbs)])


def elected_end(text: str, pos: int) -> int | None:
    """After a name or its titles, where the posts the person was elected or appointed to begin."""
    gap = _ELECTED_GAP_RE.match(text, pos)
    if not gap:
        return None
    verb = _appointment_cues().match(text, _joined_end(text, gap.end())) or _cue_after_agent(text, gap.end())
    return _SPACES_RE.match(text, verb.end()).end() if verb else None


def _cue_after_agent(text: str, pos: int) -> re.Match | None:
    """``được Bộ Chính trị điều động, phân công, chỉ định tham gia Ban Chấp hành, giữ chức ...``: the passive's
    word, then its agent and verbs within the clause, up to the first cue that gives (or ends) a post. A nominee
    (``được giới thiệu bầu giữ chức``, ``được dự kiến``) is given no post by it: one sought is not held."""
    adverb = cues("appointed-adverb").match(text, pos)  # "đã được ..."
    if cues("nominee").match(text, _SPACES_RE.match(text, adverb.end()).end() if adverb else pos):
        return None
    passive = by_agent_re().match(text, _SPACES_RE.match(text, adverb.end()).end() if adverb else pos)
    if not passive:
        return None
    pos = passive.end()
    for _ in range(_MOST_AGENT_WORDS):
        verb = _appointment_cues().match(text, _joined_end(text, pos))
        if verb:
            return verb
        word = _AGENT_WORD_RE.match(text, pos)
        if not word:
            return None
        pos = word.end()
    return None


def _joined_end(text: str, pos: int) -> int:
    """``tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư ...``: past the committees joined,
    to the post given; ``pos`` itself when no such phrase stands there."""
    m = cues("joined").match(text, pos)
    if not m:
        return pos
    end = first = _SPACES_RE.match(text, m.end()).end()
    while part := lexicon().part_re.match(text, end):
        sep = list_sep_re().match(text, part.end())
        if not sep:
            return pos
        end = sep.end()
    return end if end > first else pos
