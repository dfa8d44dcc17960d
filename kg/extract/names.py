"""People's names as this genre writes them: 2-5 capitalized words, never a title, a body or a place.

A name may be written in capitals (``TRẦN VĂN AN``), open with an ethnic minority's family
name (``Y``, ``H'``, ``Ksor``) and end with a word that is elsewhere a place word (``Bùi Văn Tỉnh``).
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import Lexicon, built, key, lexicon
from ..model import Span
from .writing import CAP_WORD, list_sep_re, title_case

_NAME_WORD_RE = re.compile(CAP_WORD)
_MAX_NAME_WORDS = 5
# a name written in capitals: two or more capitalized words, each a Vietnamese syllable
_CAPITALS_NAME_RE = re.compile(r"[^\W\d_a-zđ]{1,7}(?: [^\W\d_a-zđ]{1,7}){1,4}(?![^\W\d_])")


def read_name(text: str, pos: int) -> tuple[str, int] | None:
    """A person's name of 2-5 capitalized words at ``pos`` (never a title or a body)."""
    lex = lexicon()
    words: list[tuple[int, int]] = []
    while len(words) < _MAX_NAME_WORDS:
        m = _NAME_WORD_RE.match(text, pos)
        if not m or lex.stop_re.match(text, pos) or _place_word_at(text, pos):
            break
        word = m.group().rstrip("'’ʼ")  # "Hʼ Yim": a family name with its apostrophe, no abbreviation
        if word.isupper() and len(word) > 1 and not words and not _CAPITALS_NAME_RE.match(text, pos):
            break  # an abbreviation (UBND), not a name (TRẦN VĂN AN)
        words.append((m.start(), m.end()))
        if text.startswith(" ", m.end()):
            pos = m.end() + 1
        else:
            break
    if len(words) < 2 or key(text[words[0][0]:words[1][1]]) in _title_openings():
        return None  # "Phó Chủ nhiệm ...", "Trưởng Ban Chỉ đạo ...": a title the lexicon lacks, not a name
    return title_case(text[words[0][0]:words[-1][1]]), words[-1][1]


_PLACE_AFTER_RE = re.compile(r"\.|\s+[\d\w]")


def _place_word_at(text: str, pos: int) -> bool:
    """A place word with its place after it (``tỉnh Hòa Bình``, ``TP.Vinh``, ``Khu phố 3``) ends a name;
    a place word ending it is a given name (``Bùi Văn Tỉnh, Bí thư ...``)."""
    level = lexicon().level_re.match(text, pos)
    after = _PLACE_AFTER_RE.match(text, level.end()) if level else None
    return after is not None and not after.group()[-1:].islower()


@cache
def _title_openings() -> frozenset[str]:
    """The first two words of every title (``phó chủ`` of ``Phó Chủ tịch``, ``trưởng ban`` of
    ``Trưởng Ban Tuyên giáo``): a name never opens with them."""
    lex = lexicon()
    titles = [*lex.roles, *(f"{title} {dept}" for title in lex.department_titles for dept in lex.departments)]
    return frozenset(" ".join(t.split()[:2]) for t in titles if len(t.split()) > 1)


def has_family_name(name: tuple[str, int] | None) -> bool:
    """Whether a name read (``read_name``) opens with a family name."""
    return name is not None and name[0].split()[0] in lexicon().surnames


@built
def _item_sep_re(lex: Lexicon) -> re.Pattern:
    """Between two names of a list a title heads: a comma, a semicolon, a joining word (``và``, ``cùng``)."""
    return re.compile(rf"\s*(?:,|;|(?<![^\W_])(?:{lex.pattern('list-joiner')})(?![^\W_]))\s*", re.IGNORECASE)


@built
def _address_re(lex: Lexicon) -> re.Pattern:
    """Before a listed name: a form of address ("các anh Lê Văn A; Trần Văn B và chị Hồ Thị C")."""
    return re.compile(rf"(?:(?:{lex.pattern('many')})\s+)?(?:{lex.pattern('comrade', 'address', 'familiar-address')})\s*:?\s+",
                      re.IGNORECASE)


def listed_names(text: str, sep: re.Match | None) -> list[tuple[str, Span]]:
    """The names with a family name listed after ``sep`` (a separator matched), one separator apart, each
    maybe after a form of address (``Chủ tọa: Ông Lê Văn A, bà Trần Thị B``: the address is no part of the name)."""
    names: list[tuple[str, Span]] = []
    while sep:
        address = _address_re().match(text, sep.end())
        start = address.end() if address else sep.end()
        name = read_name(text, start)
        if not has_family_name(name):
            break
        names.append((name[0], Span(start, name[1])))
        sep = list_sep_re().match(text, name[1])
    return names


def addressed_names(text: str, pos: int) -> list[tuple[str, Span]]:
    """The names with a family name a list heads with ``gồm``, each maybe after a form of address."""
    names: list[tuple[str, Span]] = []
    while True:
        address = _address_re().match(text, pos)
        start = address.end() if address else pos
        name = read_name(text, start)
        if not has_family_name(name):
            return names
        names.append((name[0], Span(start, name[1])))
        sep = _item_sep_re().match(text, name[1])
        if not sep:
            return names
        pos = sep.end()
