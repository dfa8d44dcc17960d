"""Places as the genre names them after a body or a place word (``phường Thanh Khê Tây``,
``Quận ủy Thanh Khê``, ``TP.HCM``, ``Quận 3``).

Every parser here is anchored: it is given a position in the normalized text and either
recognizes what starts there (returning it and where it ends) or returns None.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..gazetteer import gazetteer, place_names
from ..lexicon import LevelEntry, Lexicon, built, key, lexicon, read_tsv, word_pattern
from .writing import CAP_WORD_RE, UPPER

ACRONYM_RE = re.compile(rf"[{UPPER}]{{2,8}}(?![^\W\d_])")
_NUMBER_END = r"(?!\d)(?![^\W\d_])(?!\s*(?:{month}|{year}|{day}|/|-\s*\d|,\d|\.\d|%))"
number_place_re = word_pattern(r"(?:{number-word}\s+)?\d{1,2}" + _NUMBER_END)
# "tổ 3, 4, 5", "khu phố 2 và 7": one cell named after several numbered groups (a chi bộ joining them)
_more_numbers_re = word_pattern(r"(?:(?:,\s*|\s+{and}\s+)\d{1,2}" + _NUMBER_END + ")+")
_NUMBERED_NAME_RE = re.compile(r" (\d{1,2})(?=\s*(?:[,;.)]|$))", re.MULTILINE)
_BRACKETEDACRONYM_RE = re.compile(rf" \([{UPPER}]{{2,8}}\)(?= )")


@built
def _credit_label_re(lex: Lexicon) -> re.Pattern:
    """``ẢNH: LÃ VĂN A`` after a caption: the label of a credit, which no place or name runs into."""
    return re.compile(rf"(?:{lex.pattern('credit-label')})\s*:", re.IGNORECASE)


@built
def _ranks(lex: Lexicon) -> re.Pattern:
    """A rank as the lexicon writes it, in its case: a name may hold its words (Lê Đại Tá)."""
    return re.compile(rf"(?:{lex.pattern('rank')}) ")


def capital_run(text: str, pos: int, limit: int = 5) -> list[tuple[int, int]]:
    """Spans of capitalized words from ``pos``, one space apart, stopping before a title, a body, a
    credit's label or a rank (``Công an TP Trung tướng A``: the rank opens a name, no place)."""
    lex = lexicon()
    words = []
    while len(words) < limit:
        m = CAP_WORD_RE.match(text, pos)
        if not m or _ranks().match(text, pos) or \
                (words and (lex.stop_re.match(text, pos) or _credit_label_re().match(text, pos))):
            break
        words.append((m.start(), m.end()))
        if m.end() < len(text) - 1 and text[m.end()] == " " and text[m.end() + 1] != " ":
            pos = m.end() + 1
        else:
            break
    return words


@built
def _numbered_units(lex: Lexicon) -> frozenset[str]:
    """Units that may be named by a number: Quận 3, Phường 5, khu phố 3, tổ dân phố 7."""
    return frozenset(lex.words("numbered-unit")) | _cells(lex=lex)


@built
def _cells(lex: Lexicon) -> frozenset[str]:
    """The units a chi bộ is named after (khu phố 3, tổ 5): several of them may make one cell."""
    return frozenset(lv.word for lv in lex.levels.values() if lv.tier == "cell")


def _numbers_end(text: str, pos: int) -> int:
    """Where a cell's list of numbers ends (``tổ 3, 4, 5``): ``pos`` when no list follows, or when the last number
    runs on into other words (``tổ 3, 5 đảng viên``: a count) rather than closing or going on to its place."""
    more = _more_numbers_re().match(text, pos)
    if more is None:
        return pos
    after = more.end() + 1
    if _LIST_CLOSE_RE.match(text, more.end()) or (text.startswith(" ", more.end()) and (
            lexicon().level_re.match(text, after) or CAP_WORD_RE.match(text, after))):
        return more.end()
    return pos


_LIST_CLOSE_RE = re.compile(r"\s*(?:[,;.:)]|$)", re.MULTILINE)


def parse_place(text: str, pos: int, level_word: str | None, *, in_title: bool = False
                ) -> tuple[str, str | None, int] | None:
    """A place name at ``pos``: (place, level word it implies, end).

    With a place word before it (``phường Thanh Khê Tây``) any run of capitals is a
    place; right after a committee's name (``Quận ủy Thanh Khê``) the run must be a
    known province or district, an acronym the article coins (``PRTC``), or at least
    not start like a person's name (``Thành ủy Nguyễn Văn A`` is a title then a name).
    """
    lex = lexicon()
    m = lex.place_abbreviation_re.match(text, pos)
    if m:
        word, place = lex.place_abbreviations[key(m.group())]
        return place, word, m.end()
    if level_word in _numbered_units():
        m = number_place_re().match(text, pos)
        if m:
            end = _numbers_end(text, m.end()) if level_word in _cells() else m.end()
            return f"{level_word.capitalize()} {text[m.start():end]}", level_word, end
    m = ACRONYM_RE.match(text, pos)
    if m and not lex.stop_re.match(text, pos):
        return m.group(), level_word, m.end()
    words = _without_trailing_name(text, capital_run(text, pos), level_word)
    if not words:
        return None
    place = text[words[0][0]:words[-1][1]]
    if level_word == "tỉnh" and gazetteer().provinces and place not in gazetteer().provinces:
        # "UBND tỉnh Đặng Văn A": a province is one of a closed list; a longer run may start with one
        known = [k for k in range(len(words), 0, -1) if text[words[0][0]:words[k - 1][1]] in gazetteer().provinces]
        if not known:
            return None
        words = words[:known[0]]
        place = text[words[0][0]:words[-1][1]]
    elif in_title and level_word and _looks_like_a_name(text, words, level_word, place):
        return None  # "Chủ tịch UBND tỉnh Cao Văn A": the title's place is not written, a name follows
    if level_word is None and place not in place_names():
        first = text[words[0][0]:words[0][1]]
        if first in lex.surnames or len(words) == 1:
            return None
    end = words[-1][1]
    numbered = _NUMBERED_NAME_RE.match(text, end) if level_word else None
    if numbered:  # "phường Đông Hải 1;": a unit named with a number after its name
        place, end = f"{place} {numbered.group(1)}", numbered.end(1)
    return place, level_word, end


def _looks_like_a_name(text: str, words, level_word: str, place: str) -> bool:
    """2-4 words starting with a family name, never written elsewhere as a place."""
    if not 2 <= len(words) <= 4 or text[words[0][0]:words[0][1]] not in lexicon().surnames or place in place_names():
        return False
    return _folded(text).count(f"{level_word} {place}".casefold()) < 2


@lru_cache(maxsize=4)
def _folded(text: str) -> str:
    return text.casefold()


def _without_trailing_name(text: str, words: list[tuple[int, int]], level_word: str | None) -> list[tuple[int, int]]:
    """``Tỉnh ủy Đắk Lắk Nguyễn Văn Tâm``: a place, then a person's name (title first).

    The run is cut before a word that starts a 2-4 word name with a family name,
    when what comes before is a known place or, after a place word, two words or more."""
    surnames = lexicon().surnames
    for cut in range(1, len(words) - 1):
        rest = words[cut:]
        if not 2 <= len(rest) <= 4 or text[rest[0][0]:rest[0][1]] not in surnames or _lettered_place(text, rest):
            continue
        head = text[words[0][0]:words[cut - 1][1]]
        if head in place_names() or (level_word is not None and cut >= 2) or \
                (cut >= 2 and _placed_apart(text, head, text[rest[0][0]:rest[-1][1]])):
            return words[:cut]
    return words


def _lettered_place(text: str, rest: list[tuple[int, int]]) -> bool:
    """``Châu Thành A Lê Văn Ba``: a one-letter family name (``A Pớt``) with a family name after it is the
    letter that ends a place's name, a person's name after it."""
    first, second = (text[slice(*word)] for word in rest[:2])
    return len(first) == 1 and second in lexicon().surnames


def _placed_apart(text: str, head: str, rest: str) -> bool:
    """``head`` written elsewhere after a place word without ``rest`` after it (``huyện Kỳ Anh``): a place,
    which ``rest``, a person's name, follows."""
    pattern = re.compile(rf"(?:{_level_words()})\s+{re.escape(head)}(?!\s+{re.escape(rest)})")
    return pattern.search(text) is not None


@built
def _level_words(lex: Lexicon) -> str:
    return "|".join(re.escape(word) for word in sorted(lex.levels, key=len, reverse=True))


def _level_at(text: str, pos: int) -> tuple[LevelEntry, int] | None:
    m = lexicon().level_re.match(text, pos)
    return (lexicon().levels[key(m.group())], m.end()) if m else None


@cache
def _glued_levels() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("glued_levels.tsv")}


def _glued_level(text: str, pos: int) -> tuple[str, int] | None:
    """``Q.Hải An``: a place word shortened to a capital and a dot, with the place written onto it
    (glued_levels.tsv): (level word, where the place begins)."""
    dot = text.find(".", pos, pos + 4)
    word = _glued_levels().get(text[pos:dot + 1]) if dot > pos else None
    if word is None or dot + 1 >= len(text) or not text[dot + 1].isupper():
        return None
    return word, dot + 1


def place_after(text: str, pos: int, require_level: bool, *, in_title: bool = False
                 ) -> tuple[str | None, str | None, int]:
    """Optional place word and place after a body's name: (level_word, place, end)."""
    start = pos
    acronym = _BRACKETEDACRONYM_RE.match(text, pos)
    if acronym:
        pos = acronym.end()  # "Bộ đội Biên phòng (BĐBP) tỉnh Lai Châu": the name's short form, then its place
    if not text.startswith(" ", pos):
        return None, None, start
    pos += 1
    abbreviation = lexicon().place_abbreviation_re.match(text, pos)
    if abbreviation:
        word, place = lexicon().place_abbreviations[key(abbreviation.group())]
        return word, place, abbreviation.end()
    glued = _glued_level(text, pos)
    if glued:
        word, after = glued
        found = parse_place(text, after, word, in_title=in_title)
        if found:
            return word, found[0], found[2]
    level = _level_at(text, pos)
    if level:
        entry, after = level
        # "TP.Bắc Kạn": the abbreviation's dot joins it to the place
        place_start = after + 1 if text.startswith(" ", after) else after
        if place_start == after and not text[after - 1:after] == ".":
            return entry.word, None, after
        found = parse_place(text, place_start, entry.word, in_title=in_title)
        if found:
            place, word, end = found
            return word or entry.word, place, end
        if entry.tier == "cell" and text[place_start:place_start + 1].islower():
            return None, None, start  # "UBND tổ chức", "khối lượng": a cell's word, then a lower-case word, is no place
        return entry.word, None, after
    if require_level:
        return None, None, start
    found = parse_place(text, pos, None)
    if found:
        place, word, end = found
        return word, place, end
    return None, None, start
