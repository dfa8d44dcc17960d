"""What stands between a person (or their titles) and the posts they were given or gave up:
``được bầu giữ chức``, ``đã được bổ nhiệm làm``, ``tham gia Ban Chấp hành và giữ chức``."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, Phrases, built, cues, lexicon, read_tsv
from .writing import LIST_SEP_RE

_ELECTED_GAP_RE = re.compile(r"(?:\s*,)?\s+")  # between a name (or its titles) and "được bầu ..."
_SPACES_RE = re.compile(r"\s*")


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
    verb = _appointment_cues().match(text, _joined_end(text, gap.end())) if gap else None
    return _SPACES_RE.match(text, verb.end()).end() if verb else None


def _joined_end(text: str, pos: int) -> int:
    """``tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư ...``: past the committees joined,
    to the post given; ``pos`` itself when no such phrase stands there."""
    m = cues("joined").match(text, pos)
    if not m:
        return pos
    end = first = _SPACES_RE.match(text, m.end()).end()
    while part := lexicon().part_re.match(text, end):
        sep = LIST_SEP_RE.match(text, part.end())
        if not sep:
            return pos
        end = sep.end()
    return end if end > first else pos
