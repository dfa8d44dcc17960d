"""A person's party membership after their name, and the posts written after it: ``A, đảng viên
Chi bộ thôn 5 thuộc Đảng bộ xã X, huyện Y; nguyên Phó Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Z``
(a membership is no post; the posts after it are the person's)."""
from __future__ import annotations

import re


from ..lexicon import Lexicon, Phrases, built, read_tsv, word_pattern
from .body_names import parse_body
from .names import has_family_name, read_name
from .title_chains import parse_chain
from .title_grammar import Title

name_sep_re = word_pattern(r"\s*(?:-|,|\(|:)\s*|\s+{name-copula}\s+")
# where the posts after a membership may begin: after a comma or a semicolon, within the sentence
_ITEM_SEP_RE = re.compile(r"[,;]\s*")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
_MAX_GAP = 160  # how far after the membership its holder's posts may be written


@built
def person_nouns(lex: Lexicon) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("person_nouns.tsv"))


def membership_end(text: str, pos: int) -> int | None:
    """After a name, ``, đảng viên Chi bộ khu phố 5`` or ``, hội viên``: where the membership ends."""
    sep = name_sep_re().match(text, pos)
    noun = person_nouns().match(text, sep.end()) if sep else None
    if not noun:
        return None
    body = parse_body(text, noun.end() + 1) if text.startswith(" ", noun.end()) else None
    return body[0].span.end if body else noun.end()


def titles_after_membership(text: str, pos: int) -> tuple[list[Title], int]:
    """The posts written after a membership that follows the name ending at ``pos``, and where they end;
    none when the item ends first (a sentence's end, the next person named)."""
    end = membership_end(text, pos)
    if end is None:
        return [], pos
    stop = _SENTENCE_END_RE.search(text, end, end + _MAX_GAP)
    limit = stop.start() if stop else end + _MAX_GAP
    for sep in _ITEM_SEP_RE.finditer(text, end, limit):
        if has_family_name(read_name(text, sep.end())):
            break  # the next person of a list
        titles, chain_end = parse_chain(text, sep.end())
        if titles:
            return titles, chain_end
    return [], pos
