"""Posts named before the people they are given to or taken from: ``HĐND tỉnh miễn nhiệm chức Phó Chủ tịch
UBND tỉnh đối với ông A``, ``chỉ định chức danh Bí thư Tỉnh ủy đối với ông B``, ``miễn nhiệm Ủy viên UBND tỉnh
đối với Giám đốc Sở X C và Chánh Văn phòng D`` (cues.tsv given-to; words.tsv post-word, holder-link). Every
person named between the link and the clause's end holds (or held) the post."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..lexicon import cues, word_pattern
from ..model import Span
from .body_names import trailers_end
from .title_chains import parse_chain
from .title_grammar import Title

_POST_WORD_RE = word_pattern(r"\s+(?:{post-word})\b", re.IGNORECASE)
_HOLDER_LINK_RE = word_pattern(r"\s+(?:{holder-link})\s+", re.IGNORECASE)
_SPACES_RE = re.compile(r"\s+")
_CLAUSE_END_RE = re.compile(r"[.;:!?\n]")


def posts_given_to(text: str, mentions: list[tuple[str, Span]]) -> list[tuple[str, list[Title]]]:
    """(name, titles) for each person named after a post given or taken (``đối với ông A``)."""
    mentions = sorted(mentions, key=lambda m: m[1].start)
    starts = [span.start for _, span in mentions]
    found = []
    for verb in cues("given-to").finditer(text):
        if _purpose_before(text, verb.start()):
            continue  # "để bầu chức danh ... đối với ông A": a post sought
        pos = verb.end()
        word = _POST_WORD_RE().match(text, pos)
        space = _SPACES_RE.match(text, word.end() if word else pos)
        titles, end = parse_chain(text, space.end()) if space else ([], pos)
        link = _HOLDER_LINK_RE().match(text, trailers_end(text, end)) if titles else None
        if link is None:
            continue
        clause_end = _CLAUSE_END_RE.search(text, link.end())
        stop = clause_end.start() if clause_end else len(text)
        named = {name for name, _ in mentions[bisect_left(starts, link.end()):bisect_left(starts, stop)]}
        found += [(name, titles) for name in sorted(named)]
    return found


def _purpose_before(text: str, pos: int) -> bool:
    """Whether a word of purpose (cues.tsv purpose: ``để``) stands right before ``pos``."""
    return any(not text[m.end():pos].strip() for m in cues("purpose").finditer(text, max(0, pos - 8), pos))
