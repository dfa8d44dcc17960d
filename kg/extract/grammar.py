"""The grammar of titles, bodies and places in this genre, driven by ``kg/lexicon/*.tsv``.

Every parser here is anchored: it is given a position in the normalized text and
either recognizes what starts there (returning it and where it ends) or returns
None. Extractors combine them; nothing here scans a whole text, so each call
costs time in proportion to what it reads.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..model import Bare, BodyKind, BodyRef, Naming, Part, Span
from ..gazetteer import dashed_province_spellings, gazetteer, place_names
from ..normalize import modern_tone
from .phrases import Phrases
from .short_forms import with_short_forms

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"

# Vietnamese upper-case letters, for names and places written with capitals.
UPPER = "".join(ch for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if ch.isupper())
CAP_WORD = rf"[{UPPER}](?:[^\W\d_]|['’ʼ])*"  # H'Nhi, K’Mák: an apostrophe typed three ways
_CAP_WORD_RE = re.compile(CAP_WORD)
_ACRONYM_RE = re.compile(rf"[{UPPER}]{{2,8}}(?![^\W\d_])")
_NUMBER_PLACE_RE = re.compile(r"(?:số\s+)?\d{1,2}(?!\d)(?![^\W\d_])(?!\s*(?:tháng|năm|ngày|/|-\s*\d|,\d|\.\d|%))")
_TRAILER_RE = re.compile(
    r"(?:\s*,)?\s+(?:(?:khóa|khoá)\s+(?:[IVXLC]+\b|mới|\d+)|nhiệm kỳ\s+\d{4}\s*-\s*\d{4}|lần thứ\s+[IVXLC\d]+\b)",
    re.IGNORECASE,
)
_PLURAL_RE = re.compile(r"\s+(?:các cấp|các\b|cơ sở\b|trực thuộc\b)", re.IGNORECASE)
_KHOI_RE = re.compile(
    r"Khối(?:\s+(?:các|cơ quan|Cơ quan|doanh nghiệp|Doanh nghiệp|Dân chính Đảng|và))*"
    rf"(?:\s+(?:Trung ương|tỉnh|thành phố|huyện|quận)(?:\s+{CAP_WORD})*)?"
)
_SPACES_RE = re.compile(r"\s+")
_BRACKETED_ACRONYM_RE = re.compile(rf" \([{UPPER}]{{2,8}}\)(?= )")


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file, comments and blank lines left out, text in modern tone marks."""
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([modern_tone(cell.strip()) for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=8192)
def key(surface: str) -> str:
    return _SPACES_RE.sub(" ", modern_tone(surface)).casefold()


def alternation(surfaces) -> Phrases:
    """Many surfaces found as one: case-insensitive, on word edges, the longest at a position."""
    return Phrases(surfaces)


@cache
def cues(relation: str) -> Phrases:
    """The cue words of one relation of ``cues.tsv`` (what each relation means is said there)."""
    return alternation(r[0] for r in read_tsv("cues.tsv") if r[1] == relation)


@dataclass(frozen=True)
class RoleEntry:
    role: str
    implied_body: str
    kind: str


@dataclass(frozen=True)
class DepartmentEntry:
    name: str
    head_title: str
    kind: str


@dataclass(frozen=True)
class BodyEntry:
    name: str
    kind: str
    naming: str
    level: str
    parent: str
    bare: str


def is_party_unit(entry: BodyEntry) -> bool:
    """Đảng ủy, Đảng bộ, Chi bộ, Chi ủy: the party units any place or agency may have (a party body
    named with what follows it and implying no level of its own, in bodies.tsv)."""
    return (entry.kind in (BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_ORGANIZATION) and entry.naming == Naming.LEVELED
            and not entry.level)


class FamilyNames(frozenset):
    """Family names; a word that opens with one written with an apostrophe is one too, however the
    apostrophe is typed (``H'``, ``K’``, ``Hʼ``: ``H’Yim``, ``K'Mák``)."""

    def __contains__(self, word) -> bool:
        opening = _APOSTROPHED_RE.match(word) if isinstance(word, str) else None
        return super().__contains__(word) or (opening is not None and super().__contains__(opening.group(1) + "'"))


_APOSTROPHED_RE = re.compile(r"([^\W\d_]{1,2})['’ʼ]")


@dataclass(frozen=True)
class LevelEntry:
    word: str
    tier: str
    committee: str


@dataclass
class Lexicon:
    roles: dict[str, RoleEntry]
    departments: dict[str, DepartmentEntry]
    department_titles: dict[str, tuple[str, str]]
    bodies: dict[str, BodyEntry]
    parts: dict[str, str]
    levels: dict[str, LevelEntry]
    place_abbreviations: dict[str, tuple[str, str]]
    surnames: FamilyNames
    role_re: Phrases = field(init=False)
    department_re: Phrases = field(init=False)
    department_title_re: Phrases = field(init=False)
    body_re: Phrases = field(init=False)
    part_re: Phrases = field(init=False)
    level_re: Phrases = field(init=False)
    place_abbreviation_re: Phrases = field(init=False)
    stop_re: Phrases = field(init=False)

    def __post_init__(self):
        self.role_re = alternation(self.roles)
        self.department_re = alternation(self.departments)
        self.department_title_re = alternation(self.department_titles)
        self.body_re = alternation(self.bodies)
        self.part_re = alternation(self.parts)
        self.level_re = alternation(self.levels)
        self.place_abbreviation_re = alternation(self.place_abbreviations)
        # where a run of capitals stops being a name or a place: a title or a body begins
        # (a department's title only with its department: "phường Nghĩa Chánh" is a place, "Chánh Văn phòng" a title)
        dept_titles = [f"{title} {dept}" for title in self.department_titles for dept in self.departments]
        self.stop_re = alternation([*self.roles, *self.departments, *dept_titles, *self.bodies, *self.parts])

    def body_entry(self, name: str) -> BodyEntry:
        return self.bodies[key(name)]

def _keyed(rows, make):
    return {key(row[0]): make(row) for row in rows}


def _pad(row, n):
    return row + [""] * (n - len(row))


@cache
def lexicon() -> Lexicon:
    return Lexicon(
        roles=_keyed(with_short_forms(read_tsv("roles.tsv"), read_tsv("title_short_forms.tsv")),
                     lambda r: RoleEntry(*_pad(r, 4)[1:4])),
        departments=_keyed(read_tsv("departments.tsv"), lambda r: DepartmentEntry(*_pad(r, 4)[1:4])),
        department_titles=_keyed(read_tsv("department_titles.tsv"), lambda r: (r[1], r[2])),
        bodies=_keyed(read_tsv("bodies.tsv"), lambda r: BodyEntry(*_pad(r, 7)[1:7])),
        parts=_keyed(read_tsv("committee_parts.tsv"), lambda r: r[1]),
        levels=_keyed(read_tsv("levels.tsv"), lambda r: LevelEntry(*r[1:4])),
        place_abbreviations=_keyed(read_tsv("place_abbreviations.tsv") + dashed_province_spellings(), lambda r: (r[1], r[2])),
        surnames=FamilyNames(row[0] for row in read_tsv("surnames.tsv")),
    )


def capital_run(text: str, pos: int, limit: int = 5) -> list[tuple[int, int]]:
    """Spans of capitalized words from ``pos``, one space apart, stopping before a title or body."""
    lex = lexicon()
    words = []
    while len(words) < limit:
        m = _CAP_WORD_RE.match(text, pos)
        if not m or (words and lex.stop_re.match(text, pos)):
            break
        words.append((m.start(), m.end()))
        if m.end() < len(text) - 1 and text[m.end()] == " " and text[m.end() + 1] != " ":
            pos = m.end() + 1
        else:
            break
    return words


@cache
def _numbered_units() -> frozenset[str]:
    """Units that may be named by a number: Quận 3, Phường 5, khu phố 3, tổ dân phố 7."""
    return frozenset({"quận", "phường"} | {lv.word for lv in lexicon().levels.values() if lv.tier == "cell"})


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
        m = _NUMBER_PLACE_RE.match(text, pos)
        if m:
            return f"{level_word.capitalize()} {m.group()}", level_word, m.end()
    m = _ACRONYM_RE.match(text, pos)
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
    return place, level_word, words[-1][1]


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
        if not 2 <= len(rest) <= 4 or text[rest[0][0]:rest[0][1]] not in surnames:
            continue
        head = text[words[0][0]:words[cut - 1][1]]
        if head in place_names() or (level_word is not None and cut >= 2):
            return words[:cut]
    return words


def _level_at(text: str, pos: int) -> tuple[LevelEntry, int] | None:
    m = lexicon().level_re.match(text, pos)
    return (lexicon().levels[key(m.group())], m.end()) if m else None


def _place_after(text: str, pos: int, require_level: bool, *, in_title: bool = False
                 ) -> tuple[str | None, str | None, int]:
    """Optional place word and place after a body's name: (level_word, place, end)."""
    start = pos
    acronym = _BRACKETED_ACRONYM_RE.match(text, pos)
    if acronym:
        pos = acronym.end()  # "Bộ đội Biên phòng (BĐBP) tỉnh Lai Châu": the name's short form, then its place
    if not text.startswith(" ", pos):
        return None, None, start
    pos += 1
    abbreviation = lexicon().place_abbreviation_re.match(text, pos)
    if abbreviation:
        word, place = lexicon().place_abbreviations[key(abbreviation.group())]
        return word, place, abbreviation.end()
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
        return entry.word, None, after
    if require_level:
        return None, None, start
    found = parse_place(text, pos, None)
    if found:
        place, word, end = found
        return word, place, end
    return None, None, start


def _trailers(text: str, pos: int) -> int:
    while True:
        m = _TRAILER_RE.match(text, pos)
        if not m:
            return pos
        pos = m.end()


def parse_body(text: str, pos: int, *, in_title: bool = False) -> tuple[BodyRef, int] | None:
    """A body named at ``pos`` and the position after it (and after ``khóa XII`` and the like)."""
    lex = lexicon()
    body_m = lex.body_re.match(text, pos)
    part_m = lex.part_re.match(text, pos)
    dept_m = lex.department_re.match(text, pos)
    if part_m and (not body_m or part_m.end() > body_m.end()):
        found = _parse_part(text, pos, part_m)
        if found:
            return found
    if dept_m and (not body_m or dept_m.end() > body_m.end()):
        found = _parse_department(text, pos, dept_m, in_title=in_title)
        if found:
            return found
    if body_m:
        return _parse_named_body(text, pos, body_m, in_title=in_title)
    return None


def _parse_named_body(text: str, pos: int, m: re.Match, *, in_title: bool = False) -> tuple[BodyRef, int] | None:
    lex = lexicon()
    entry = lex.bodies[key(m.group())]
    end = m.end()
    level_word = place = None
    if entry.naming == Naming.NAMED:
        level_word, place, end = _place_after(text, end, require_level=False, in_title=in_title)
        level_word = entry.level if place or level_word is None else level_word
        if level_word != entry.level and place is None:
            level_word = entry.level
    elif entry.naming == Naming.LEVELED:
        if entry.name in ("Đảng ủy", "Đảng bộ") and text.startswith(" Khối", end):
            khoi = _KHOI_RE.match(text, end + 1)
            if khoi:
                place, end = khoi.group(), khoi.end()
        if is_party_unit(entry) and place is None:
            agency = _agency_after(text, end, in_title=in_title)
            if agency is not None:
                span = Span(pos, agency.span.end)
                return agency_party(entry, agency, text[span.start:span.end], span), _trailers(text, span.end)
        if place is None:
            level_word, place, end = _place_after(text, end, require_level=True, in_title=in_title)
        if level_word is None and entry.level == "tỉnh" and text.startswith(" ", end):
            province = parse_place(text, end + 1, "tỉnh")  # "Sở Y tế Nghệ An": a known province, no place word
            if province:
                place, end = province[0], province[2]
        if level_word is None and entry.level:
            level_word = entry.level  # "Sở Nội vụ": a department of the province
    elif entry.naming == Naming.NUMBERED:
        number = _NUMBER_PLACE_RE.match(text, end + 1) if text.startswith(" ", end) else None
        if number is None:
            return None  # "các quân khu": a kind of body, not one
        place, end = number.group(), number.end()
    elif entry.naming == Naming.PROPER:
        # "Trường Chính trị Lê Duẩn", "Đồn Biên phòng Chi Ma": the body's own name follows, even a person's
        level_word, place, end = _place_after(text, end, require_level=True, in_title=in_title)
        if level_word is None and text.startswith(" ", end):
            words = capital_run(text, end + 1)
            if words:
                place, end = text[words[0][0]:words[-1][1]], words[-1][1]
        if level_word is None and place is None and entry.level:
            level_word = entry.level
    if _PLURAL_RE.match(text, end) and place is None:
        return None
    body = BodyRef(
        head=entry.name, kind=entry.kind, surface=text[pos:end], span=Span(pos, end), naming=entry.naming,
        bare=entry.bare, level_word=level_word, place=place, fixed_parent=entry.parent or None,
    )
    return body, _trailers(text, end)


def is_agency(body: BodyRef) -> bool:
    """A state agency or institution with a party body of its own (Sở Y tế, Đồn Biên phòng Chi Ma, Trường THCS
    Thanh Lâm); not an elected council or its executive, whose party committee is the place's (Đảng ủy xã)."""
    return body.kind in (BodyKind.GOVERNMENT, BodyKind.OTHER) and body.part is None and body.naming != Naming.FIXED \
        and body.bare != Bare.HOME


def _agency_after(text: str, pos: int, *, in_title: bool) -> BodyRef | None:
    m = lexicon().body_re.match(text, pos + 1) if text.startswith(" ", pos) else None
    found = _parse_named_body(text, pos + 1, m, in_title=in_title) if m else None
    # a national command or ministry written right after it has one too: "Đảng ủy Bộ Tư lệnh Bộ đội Biên phòng"
    national = found is not None and found[0].naming == Naming.FIXED and found[0].kind == BodyKind.GOVERNMENT
    return found[0] if found and (is_agency(found[0]) or national) else None


def agency_party(entry: BodyEntry, agency: BodyRef, surface: str, span: Span) -> BodyRef:
    """``Đảng ủy Sở Y tế``, ``Chi bộ Trường THCS Thanh Lâm``: the party body of a state agency or institution."""
    return BodyRef(head=entry.name, kind=entry.kind, surface=surface, span=span, naming=Naming.LEVELED, of=agency,
                   part=Part.AGENCY)


def _committee_after(text: str, pos: int, *, in_title: bool = False) -> tuple[BodyRef, int] | None:
    """The committee or council a department or part belongs to, right after ``pos``."""
    if not text.startswith(" ", pos):
        return None
    start = pos + 1
    if text.startswith("Trung ương", start) and not text.startswith("Trung ương Đảng", start):
        end = start + len("Trung ương")
        entry = lexicon().body_entry("Ban Chấp hành Trung ương")
        return BodyRef(head=entry.name, kind=entry.kind, surface=text[start:end], span=Span(start, end),
                       naming=Naming.FIXED, bare=Bare.KEEP), end
    m = lexicon().body_re.match(text, start)
    if not m:
        return None
    found = _parse_named_body(text, start, m, in_title=in_title)
    if found and found[0].kind in (BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_ORGANIZATION, BodyKind.GOVERNMENT,
                                   BodyKind.MASS_ORGANIZATION):
        return found
    return None


def _parse_part(text: str, pos: int, m: re.Match) -> tuple[BodyRef, int] | None:
    part = lexicon().parts[key(m.group())]
    if part in (Part.EXECUTIVE, Part.OFFICE) and text.startswith(" ", m.end()):
        mass = lexicon().body_re.match(text, m.end() + 1)
        entry = lexicon().bodies[key(mass.group())] if mass else None
        mass_organization = entry is not None and entry.kind == BodyKind.MASS_ORGANIZATION
        named = _parse_named_body(text, m.end() + 1, mass) if mass_organization else None
        if named is not None:
            # "Ban Chấp hành Hội Nông dân huyện": the organization's own executive, another name of it
            org, end = named
            return BodyRef(head=org.head, kind=org.kind, surface=text[pos:org.span.end], span=Span(pos, org.span.end),
                           naming=org.naming, of=org, part=Part.OFFICE), end
    found = _committee_after(text, m.end())
    if found:
        committee, end = found
        if part == Part.EXECUTIVE and committee.head != "Đảng bộ":
            return None
        # a mass organization's standing committee is the organization's (Ban Thường vụ Tỉnh đoàn)
        party = part in (Part.STANDING, Part.EXECUTIVE) and committee.kind != BodyKind.MASS_ORGANIZATION
        kind = BodyKind.PARTY_COMMITTEE if party else committee.kind
        body = BodyRef(head="Ban Thường vụ" if part == Part.STANDING else committee.head, kind=kind,
                       surface=text[pos:committee.span.end], span=Span(pos, committee.span.end),
                       naming=committee.naming, of=committee, part=part)
        return body, end
    if part in (Part.STANDING, Part.EXECUTIVE) and m.group()[0].isupper() and not _PLURAL_RE.match(text, m.end()):
        body = BodyRef(head="Ban Thường vụ" if part == Part.STANDING else "Ban Chấp hành",
                       kind=BodyKind.PARTY_COMMITTEE,
                       surface=m.group(), span=Span(pos, m.end()), naming=Naming.LEVELED, bare=Bare.HOME, part=part)
        return body, _trailers(text, m.end())
    return None


def _parse_department(text: str, pos: int, m: re.Match, *, in_title: bool) -> tuple[BodyRef, int] | None:
    lex = lexicon()
    dept = lex.departments[key(m.group())]
    end = m.end()
    committee = None
    # "Trưởng Ban Kinh tế - Ngân sách HĐND phường Lưu Văn A": a name, not the council's place
    found = _committee_after(text, end, in_title=in_title)
    if found:
        committee, end = found
    else:
        level_word, place, after = _place_after(text, end, require_level=True)
        if level_word:
            entry = lex.body_entry(next(lv.committee for lv in lex.levels.values() if lv.word == level_word))
            committee = BodyRef(head=entry.name, kind=entry.kind, surface=text[end:after].strip(),
                                span=Span(end, after), naming=entry.naming, bare=entry.bare,
                                level_word=level_word if entry.naming == Naming.LEVELED else entry.level, place=place)
            end = after
    if committee is None and not in_title:
        return None
    # a council's office is a government body (Văn phòng UBND tỉnh), a mass organization's board its own (UBKT Tỉnh đoàn)
    state_or_mass = committee is not None and committee.kind in (BodyKind.GOVERNMENT, BodyKind.MASS_ORGANIZATION)
    kind = committee.kind if state_or_mass else dept.kind
    body = BodyRef(head=dept.name, kind=kind, surface=text[pos:end], span=Span(pos, end),
                   naming=Naming.LEVELED, bare=Bare.SKIP, of=committee, part=Part.DEPARTMENT)
    return body, _trailers(text, end)


# between the items of a list: "A, B và C"
LIST_SEP_RE = re.compile(r"\s*(?:,|\bvà\b)\s*")


def title_case(name: str) -> str:
    """A person's name as names are written: each word capitalized, the rest in lower case."""
    # each part of an abbreviated or apostrophed name too: "H.VÂN" is "H.Vân", "H'NHI" is "H'Nhi"
    return " ".join(w if w.endswith(".") else _NAME_PART_RE.sub(lambda m: m.group()[:1].upper() + m.group()[1:].lower(), w)
                    for w in name.split())


_NAME_PART_RE = re.compile(r"[^.'’ʼ]+")
