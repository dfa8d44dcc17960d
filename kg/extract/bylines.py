"""Who wrote the article and who took its photographs: the bylines and credits of the genre.

A byline is a name on a line of its own: the article's last line (``-Thanh Thủy-``, ``HỒ VĂN``),
or a line between the headline and the story, maybe with the time of posting (``Lan Chi - 08:15
12/03/2024``), or one after the story with only page furniture below it (``Chia sẻ``). It may
carry a prefix (``Tin, ảnh: Quốc Việt``, ``Bài và ảnh: ...``, ``Theo: ...``), name two authors
(``Văn Dũng - Thu Hiền``) or the author's office (``Thu Hà - Văn phòng Đảng ủy xã``). A photo
credit closes a caption (``Ảnh: Mai Hoa``, ``(Ảnh: Tường Vi/TTXVN)``, ``(ảnh Ngọc Hà)``).
A credit of initials only (``Ảnh: H.L``) or to an outlet (``TTXVN``, ``PV``, ``Báo Nghệ An``)
names no author, nor does a line that is a place or introduces someone (``Ông Trần Văn A - ...``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import gazetteer
from ..lexicon import Lexicon, built, cues, lexicon
from ..model import Span
from .writing import CAP_WORD, title_case

_NAME = rf"(?:{CAP_WORD}\.?|[A-ZĐ]\.)(?: ?(?:{CAP_WORD}|[A-ZĐ]\.)){{0,3}}"
_BYLINE_RE = re.compile(rf"^[-–(\s]*({_NAME})[-–)\s.]*$")
# "Bùi Ánh - 14:20 28/09/2023 GMT+7": the time of posting after the author's name
_POSTED_RE = re.compile(r"(?=[\s|–-])\s*[-–|]\s*(?:\d{1,2}[:h]\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[\d\s:/,|+GMTh-]*$")
# what may end a time of posting (the last character _POSTED_RE reads): a line ending otherwise has none
_POSTED_LAST = frozenset("0123456789:/,|+GMTh-")
_TRAILING_PARENTHESES_RE = re.compile(r"\s*\([^()]*\)\s*$")
_SENTENCE_END = tuple(".!?…:;")
_MAX_LINE = 60
_FURNITURE_WORDS = 6  # page furniture after the story ("Tin cùng chuyên mục", "Chia sẻ") is this short


@built
def _form_of_address_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{lex.pattern('comrade', 'address')})\s", re.IGNORECASE)


# an explicit prefix ("Tin, ảnh:", "Bài và ảnh:", "Theo:") may stand on any line; "Theo X" only at the end
@built
def _prefix_re(lex: Lexicon) -> re.Pattern:
    work, joined = lex.pattern("byline-work"), rf"\s*(?:,|{lex.pattern('and')}|-)\s*"
    return re.compile(rf"(?:(?:{work})(?:{joined}(?:{work}))*|{lex.pattern('byline-source')})\s*:\s*", re.IGNORECASE)


@built
def _last_prefix_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?:{lex.pattern('byline-source', 'byline-last-source')})\s*:?\s+", re.IGNORECASE)


# "(Ảnh: Tường Vi/TTXVN)", "Ảnh: Mai Hoa", "(ảnh Ngọc Hà)": a credit that ends its line
@built
def _credit_re(lex: Lexicon) -> re.Pattern:
    photo = lex.pattern("photo-credit")
    return re.compile(rf"(?=\(|{lex.first_letters('photo-credit')})(?:\(\s*(?:{photo})\s*:?\s*(?P<in>{_NAME})(?:\s*/\s*[^()\n]*)?\s*\)"
                      rf"|(?<![^\W_])(?:{photo})\s*:\s*(?P<out>{_NAME})(?:\s*/\s*[^()\n]*)?)\s*\.?\s*$")


@built
def _credit_words(lex: Lexicon) -> tuple[str, ...]:
    """The first words of a credit, as _credit_re reads them (case and all): a line without one has no credit."""
    return tuple(word.split()[0] for word in lex.words("photo-credit"))


@lru_cache(maxsize=4)  # read by the persons and by who is present, of the same text
def bylines(text: str) -> tuple[tuple[str, Span], ...]:
    """The authors and photographers an article names, each once, in the order first named."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    found: list[tuple[str, Span]] = []
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        credit = _credit_re().search(line) if any(word in line for word in _credit_words()) else None
        if credit:
            group = "in" if credit.group("in") else "out"
            found += _names(text, start + credit.start(group), start + credit.end(group))
        if i == 0:
            continue  # the headline
        prefix = _prefix_re().match(line) or (_last_prefix_re().match(line) if i == len(lines) - 1 else None)
        if prefix or i == len(lines) - 1:
            found += _names(text, start + (prefix.end() if prefix else 0), end)
        elif line.rstrip()[-1] in _POSTED_LAST and (posted := _POSTED_RE.search(line)):
            # a name with the time of posting: a byline anywhere
            found += _names(text, start, start + posted.start())
        elif _in_header(text, lines, i) or _in_footer(text, lines, i):
            found += _names(text, start, end)
    return tuple(_distinct(found))


def _in_header(text: str, lines, i: int) -> bool:
    """After the headline or a dateline, not after a sentence: the lines before the story."""
    before = text[lines[i - 1][0]:lines[i - 1][1]].rstrip(" \"”’)")
    return not before.endswith(_SENTENCE_END)


def _in_footer(text: str, lines, i: int) -> bool:
    # split no further than a word past the limit: the story's paragraphs are long
    return all(len(text[s:e].split(None, _FURNITURE_WORDS)) <= _FURNITURE_WORDS for s, e in lines[i + 1:])


def _names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The authors a byline names between ``start`` and ``end``, or none when it is no byline."""
    line = text[start:end]
    # "Thu Hà (Đảng ủy phường X)"; the regex only where a parenthesis closes the line (it would try every position)
    trimmed = _TRAILING_PARENTHESES_RE.sub("", line) if line.rstrip().endswith(")") else line
    dash = trimmed.rfind(" - ")
    if len(trimmed) > _MAX_LINE and not 0 < dash <= _MAX_LINE:
        return []  # too long even without an office after a dash: no byline (the lexicons need not read it)
    # the lexicon's phrases are looked up in the article's text, where they are found already (a copy of the line
    # is read anew for every phrase of the lexicon), unless a word runs into the line's start
    source, at = (trimmed, 0) if start and text[start - 1].isalnum() else (text, start)
    stripped = trimmed.strip(" -–(")
    lead = len(trimmed) - len(trimmed.lstrip(" -–("))
    if cues("source").match(source, at + lead, at + lead + len(stripped)) or _form_of_address_re().match(trimmed):
        return []  # "Theo Báo Nghệ An": a publication; "Ông A - Bí thư ...": a person introduced
    if dash > 0 and lexicon().stop_re.match(source, at + dash + 3, at + len(trimmed)) and "," not in trimmed[dash:]:
        trimmed = trimmed[:dash]  # "Thu Hà - Văn phòng Đảng ủy xã": the author's office
    if len(trimmed) > _MAX_LINE or lexicon().stop_re.search(source, at, at + len(trimmed)) \
            or any(ch.isdigit() for ch in trimmed):
        return []
    authors = []
    for part in re.finditer(r"[^-–]+", trimmed):
        m = _BYLINE_RE.match(part.group())
        if not m or not _is_a_name(m.group(1)):
            return []
        offset = start + part.start() + m.start(1)
        authors.append((title_case(m.group(1)), Span(offset, offset + len(m.group(1)))))
    return authors


def _is_a_name(name: str) -> bool:
    """Two words or more (or ``P. Thủy``), one a full word: never initials alone (``H.L``), an
    acronym among words (``Cổng TTĐT Hải Dương``) or a province (``Hòa Bình``)."""
    words = name.replace(".", ". ").split()
    full = [w for w in words if not w.endswith(".") and len(w) > 1]
    if not full or (len(words) < 2) or (len(full) < 2 and len(words) == len(full)):
        return False
    if not name.isupper() and any(w.isupper() for w in full):
        return False
    return title_case(name) not in gazetteer().provinces


def _distinct(found: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Each author once; a credit that is the end of a longer author's name (``Thu Trang`` beside
    ``Lê Thu Trang``) is that author."""
    names = [name for name, _ in found]
    kept: dict[str, Span] = {}
    for name, span in found:
        longer = [n for n in names if n != name and n.endswith(" " + name)]
        if name not in kept and not longer:
            kept[name] = span
    return list(kept.items())
