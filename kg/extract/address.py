"""Forms of address before a person's name, as the genre writes them (``đồng chí``, ``các đ/c:``,
``ông``, ``bà``): patterns built from the lexicon's rows (words.tsv: comrade, address, many)."""
from __future__ import annotations

import re

from collections.abc import Iterator

from ..lexicon import Lexicon, Phrases, built


def _addressed(lex: Lexicon, *kinds: str) -> str:
    """A form of address of ``kinds``, maybe after a word of many (``các đồng chí``)."""
    return rf"(?:(?:{lex.pattern('many')})\s+)?(?:{lex.pattern(*kinds)})"


# the relations of words.tsv a form of address or a degree before a name opens with
_TRIGGER_RELATIONS = ("many", "comrade", "address", "degree-rank", "degree")


@built
def trigger_re(lex: Lexicon) -> re.Pattern:
    """A form of address before a name: ``đồng chí``, ``các đ/c:``, ``bà``; or an academic degree, which the
    genre writes in their place (``Tại hội nghị, TS Nguyễn Văn A, Phó Trưởng Khoa ..., thông tin ...``)."""
    opening = lex.first_letters(*_TRIGGER_RELATIONS)
    return re.compile(rf"(?={opening})(?<![^\W_])(?:{_addressed(lex, 'comrade')}|{lex.pattern('address')}|{_degree(lex)})"
                      r"(?:\s*:)?\s+", re.IGNORECASE)


@built
def _trigger_first_words(lex: Lexicon) -> Phrases:
    """The first words of the forms of address and degrees trigger_re reads: a match opens with one."""
    return lex.phrases(word.split()[0] for relation in _TRIGGER_RELATIONS for word in lex.words(relation))


def triggers(text: str) -> Iterator[re.Match]:
    """``trigger_re().finditer(text)``, tried only where one of its first words stands (found with the lexicon's
    other phrases), not at every position."""
    end = 0
    for word in _trigger_first_words().finditer(text):
        found = trigger_re().match(text, word.start()) if word.start() >= end else None
        if found:
            end = found.end()
            yield found


def _degree(lex: Lexicon) -> str:
    """An academic degree as written before a name, maybe after a rank (``PGS. TS.``), in its own case."""
    return rf"(?-i:(?:(?:{lex.pattern('degree-rank')})\.\s?)?(?:{lex.pattern('degree')})\.?)"


@built
def list_next_re(lex: Lexicon) -> re.Pattern:
    """The next person of a list, maybe after a form of address or a degree ("... và TS. Nguyễn Thị A, ...")."""
    return re.compile(rf"\s*\)?\s*(?:;|,|\b(?:{lex.pattern('and')})\b)\s*(?:{_addressed(lex, 'comrade', 'address')}"
                      rf"\s*:?\s+|{_degree(lex)}\s+)?", re.IGNORECASE)


@built
def list_head_re(lex: Lexicon) -> re.Pattern:
    """``3 Phó Bí thư gồm: ...``, ``5 Phó Chủ tịch, bao gồm bà A ...``, ``Có 4 Phó Bí thư là bà A, ông B và ông C``:
    the title heads a list of names."""
    opener = rf"(?:(?:{lex.pattern('list-opener-before')})\s*)?(?:{lex.pattern('list-opener')})"
    return re.compile(rf"\s*,?\s*{opener}\s*:?\s*|\s+(?:{lex.pattern('list-copula')})\s+(?={_addressed(lex, 'comrade', 'address')}\s)",
                      re.IGNORECASE)


@built
def next_item_re(lex: Lexicon) -> re.Pattern:
    """The rest of an item of a list of people with titles, up to the semicolon that ends it (within a sentence),
    and the next item's capitalized form of address ("...; Ông B, ..."), which read_name would take for part of
    B's name (a lowercase one ends the list: "... chủ trì; đồng chí B ..." opens another)."""
    capitalized = "|".join(word[:1].upper() + word[1:] for word in lex.pattern("comrade", "address").split("|"))
    return re.compile(rf"(?:[^.;:\n]|\.(?=\S)){{0,120}}?;\s*(?:(?-i:{capitalized})\s+)?")
