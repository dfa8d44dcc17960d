"""A body named at a position (``Sở Y tế tỉnh Nghệ An``, ``Ban Thường vụ Quận ủy``, ``Đảng ủy Sở Y tế``,
``Ban Tuyên giáo Tỉnh ủy``) and the position after it, by the lexicon's bodies, parts and departments.

Every parser here is anchored, like those of :mod:`places`: it reads from a position or returns None.
"""
from __future__ import annotations

import re

from ..gazetteer import gazetteer
from ..lexicon import BodyEntry, Lexicon, Phrases, built, is_party_unit, key, lexicon, read_tsv
from ..model import Bare, BodyKind, BodyRef, Naming, Part, Span
from .places import capital_run, number_place_re, parse_place, place_after
from .trade_names import trade_name_end


@built
def _bloc_re(lex: Lexicon) -> re.Pattern:
    """``Khối các cơ quan tỉnh``: a bloc of agencies or enterprises, after its party body's name, and the word of
    its level; the place after that is read as places are."""
    # "Đảng ủy Khối và cấp ủy doanh nghiệp": a joining word ends no bloc's name
    return re.compile(rf"(?:{lex.pattern('bloc')})(?:\s+(?:{lex.pattern('bloc-word')}))*"
                      rf"(?<!\svà)(?<!\sVà)(?:\s+(?P<level>{lex.pattern('bloc-level')}))?")


@built
def _trailer_re(lex: Lexicon) -> re.Pattern:
    """What may follow a body's name and is no part of it: its term (khóa XIII, nhiệm kỳ 2020-2025) or session."""
    return re.compile(rf"(?:\s*,)?\s+(?:(?:{lex.pattern('term')})\s+(?:[IVXLC]+\b|{lex.pattern('new')}|\d+)"
                      rf"|(?:{lex.pattern('term-years')})\s+\d{{4}}\s*-\s*\d{{4}}|(?:{lex.pattern('ordinal')})\s+[IVXLC\d]+\b)",
                      re.IGNORECASE)


@built
def _plural_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\s+(?:{lex.pattern('plural-after')})\b", re.IGNORECASE)


def _province_word(province: str) -> str:
    """The place word of a province named alone: thành phố for a centrally run city, else tỉnh."""
    return lexicon().words("city-province-word" if province in gazetteer().cities else "province-word")[0]


def _level_word(written: str) -> str | None:
    """The place word a written one stands for (``Trung ương`` is none)."""
    level = lexicon().levels.get(key(written))
    return level.word if level else None


def trailers_end(text: str, pos: int) -> int:
    while True:
        m = _trailer_re().match(text, pos)
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
        found = parse_department(text, pos, dept_m, in_title=in_title)
        if found:
            return found
    if body_m:
        return parse_named_body(text, pos, body_m, in_title=in_title)
    return None


def parse_named_body(text: str, pos: int, m: re.Match, *, in_title: bool = False) -> tuple[BodyRef, int] | None:
    lex = lexicon()
    entry = lex.bodies[key(m.group())]
    end = m.end()
    level_word = place = None
    if entry.naming == Naming.NAMED:
        level_word, place, end = place_after(text, end, require_level=False, in_title=in_title)
        level_word = entry.level if place or level_word is None else level_word
        if level_word != entry.level and place is None:
            level_word = entry.level
    elif entry.naming == Naming.LEVELED:
        if entry.name in lex.words("bloc-party") and text.startswith(" ", end):
            bloc = _bloc_re().match(text, end + 1)
            if bloc:
                place, end = bloc.group(), bloc.end()
                # "... tỉnh Hà Tĩnh", not "... tỉnh Nguyễn Văn A": the bloc's place read as any place is
                level = bloc.group("level")
                named = parse_place(text, end + 1, _level_word(level), in_title=in_title) \
                    if level and text.startswith(" ", end) else None
                if named:
                    place, end = text[bloc.start():named[2]], named[2]
        if (is_party_unit(entry) or entry.name in lex.words("agency-cell")) and place is None:
            # a caucus, or a cell (Chi bộ Hội Nông dân xã), may sit in a mass body or a council too
            any_host = entry.name in lex.words("caucus") or entry.bare == Bare.SKIP
            agency = _agency_after(text, end, in_title=in_title, any_host=any_host)
            if agency is not None:
                span = Span(pos, agency.span.end)
                return agency_party(entry, agency, text[span.start:span.end], span), trailers_end(text, span.end)
        if place is None:
            level_word, place, end = place_after(text, end, require_level=True, in_title=in_title)
        if place is None and level_word is None:
            level_word, place, end = _constituency_place(text, end, in_title=in_title)
        if level_word is None and entry.level in ("tỉnh", "") and text.startswith(" ", end):
            province = parse_place(text, end + 1, "tỉnh")  # "Sở Y tế Nghệ An": a known province, no place word
            if province and (entry.level or province[0] in gazetteer().provinces):  # not "Đảng ủy CATP"
                place, end = province[0], province[2]
                # "Công an Bạc Liêu": a body of any level, named with a province, is the province's; "Sở Y tế Hà
                # Nội": a province's body, named with a centrally run city, is the city's (thành phố, not tỉnh)
                level_word = _province_word(place)
        if level_word is None and entry.level:
            level_word = entry.level  # "Sở Nội vụ": a department of the province
    elif entry.naming == Naming.NUMBERED:
        number = number_place_re().match(text, end + 1) if text.startswith(" ", end) else None
        if number is None:
            return None  # "các quân khu": a kind of body, not one
        place, end = number.group(), number.end()
    elif entry.naming == Naming.PROPER:
        # "Trường Chính trị Lê Duẩn", "Đồn Biên phòng Chi Ma": the body's own name follows, even a person's
        level_word, place, end = place_after(text, end, require_level=True, in_title=in_title)
        if level_word is None and text.startswith(" ", end):
            words = capital_run(text, end + 1)
            if words:
                place, end = text[words[0][0]:words[-1][1]], words[-1][1]
        if level_word is None and place is None and entry.level:
            level_word = entry.level
    elif entry.naming == Naming.TRADE:
        trade_end = trade_name_end(text, end) if text[pos].isupper() else None
        if trade_end is None:
            return None  # "công ty", "các doanh nghiệp": a kind of body, not one
        place, end = text[end + 1:trade_end], trade_end
    if _plural_re().match(text, end) and place is None:
        return None
    body = BodyRef(
        head=entry.name, kind=entry.kind, surface=text[pos:end], span=Span(pos, end), naming=entry.naming,
        bare=entry.bare, level_word=level_word, place=place, fixed_parent=entry.parent or None,
    )
    return body, trailers_end(text, end)


@built
def _constituency_words(lex: Lexicon) -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("title_links.tsv") if row[1] == "place")


def _constituency_place(text: str, pos: int, *, in_title: bool) -> tuple[str | None, str | None, int]:
    """``Đoàn đại biểu Quốc hội đơn vị tỉnh Bến Tre``: the place after a constituency's word (title_links.tsv
    place); (None, None, pos) when none stands there."""
    link = _constituency_words().match(text, pos + 1) if text.startswith(" ", pos) else None
    found = place_after(text, link.end(), require_level=True, in_title=in_title) if link else None
    return found if found and found[1] is not None else (None, None, pos)


def is_agency(body: BodyRef) -> bool:
    """A state agency or institution with a party body of its own (Sở Y tế, Đồn Biên phòng Chi Ma, Trường THCS
    Thanh Lâm); not an elected council or its executive, whose party committee is the place's (Đảng ủy xã)."""
    return body.kind in (BodyKind.GOVERNMENT, BodyKind.OTHER) and body.part is None and body.naming != Naming.FIXED \
        and body.bare != Bare.HOME


def _agency_after(text: str, pos: int, *, in_title: bool, any_host: bool = False) -> BodyRef | None:
    m = lexicon().body_re.match(text, pos + 1) if text.startswith(" ", pos) else None
    dept = lexicon().department_re.match(text, pos + 1) if any_host and text.startswith(" ", pos) else None
    if dept and (not m or dept.end() > m.end()):
        # a cell of a committee's office or department: "Chi bộ Văn phòng Huyện ủy X", "Chi đoàn Ban Tuyên giáo Tỉnh ủy"
        found = parse_department(text, pos + 1, dept, in_title=in_title)
        if found is not None and found[0].of is not None:
            return found[0]
    found = parse_named_body(text, pos + 1, m, in_title=in_title) if m else None
    # a national command or ministry written right after it has one too: "Đảng ủy Bộ Tư lệnh Bộ đội Biên phòng"
    national = found is not None and found[0].naming == Naming.FIXED and found[0].kind == BodyKind.GOVERNMENT
    # a caucus or a cell sits in any state or mass body, a council or an executive too: "Ban cán sự đảng UBND tỉnh"
    hosted = any_host and found is not None and found[0].kind in _ANY_HOSTS and found[0].part is None
    return found[0] if found and (is_agency(found[0]) or national or hosted) else None


_ANY_HOSTS = (BodyKind.GOVERNMENT, BodyKind.MASS_ORGANIZATION)


def agency_party(entry: BodyEntry, agency: BodyRef, surface: str, span: Span) -> BodyRef:
    """``Đảng ủy Sở Y tế``, ``Chi bộ Trường THCS Thanh Lâm``: the party body of a state agency or institution."""
    return BodyRef(head=entry.name, kind=entry.kind, surface=surface, span=span, naming=Naming.LEVELED, of=agency,
                   part=Part.AGENCY)


def committee_after(text: str, pos: int, *, in_title: bool = False) -> tuple[BodyRef, int] | None:
    """The committee or council a department or part belongs to, right after ``pos``."""
    if not text.startswith(" ", pos):
        return None
    start = pos + 1
    lex = lexicon()
    central = next((word for word in lex.words("central") if text.startswith(word, start)), None)
    if central and not text.startswith(lex.words("central-not"), start):
        end = start + len(central)
        entry = lex.body_entry(lex.words("central-committee")[0])
        return BodyRef(head=entry.name, kind=entry.kind, surface=text[start:end], span=Span(start, end),
                       naming=Naming.FIXED, bare=Bare.KEEP), end
    m = lexicon().body_re.match(text, start)
    if not m:
        return None
    found = parse_named_body(text, start, m, in_title=in_title)
    if found and found[0].kind in (BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_ORGANIZATION, BodyKind.GOVERNMENT,
                                   BodyKind.MASS_ORGANIZATION):
        return found
    return None


# a committee named after it is itself; a unit's party organization by its own head (Đảng bộ UBND tỉnh) has one
_EXECUTIVE_OWNERS = (BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_ORGANIZATION)


def _parse_part(text: str, pos: int, m: re.Match) -> tuple[BodyRef, int] | None:
    part = lexicon().parts[key(m.group())]
    if part in (Part.EXECUTIVE, Part.OFFICE) and text.startswith(" ", m.end()):
        mass = lexicon().body_re.match(text, m.end() + 1)
        entry = lexicon().bodies[key(mass.group())] if mass else None
        mass_organization = entry is not None and entry.kind == BodyKind.MASS_ORGANIZATION
        named = parse_named_body(text, m.end() + 1, mass) if mass_organization else None
        if named is not None:
            # "Ban Chấp hành Hội Nông dân huyện": the organization's own executive, another name of it
            org, end = named
            return BodyRef(head=org.head, kind=org.kind, surface=text[pos:org.span.end], span=Span(pos, org.span.end),
                           naming=org.naming, of=org, part=Part.OFFICE), end
    found = committee_after(text, m.end())
    if found:
        committee, end = found
        # "Ban Chấp hành Đảng bộ tỉnh", or a committee's own name for itself: "Ban Chấp hành Tỉnh ủy"
        if part == Part.EXECUTIVE and committee.head not in lexicon().words("party-organization") \
                and (committee.kind not in _EXECUTIVE_OWNERS or committee.part is not None):
            return None
        # a mass organization's standing committee is the organization's (Ban Thường vụ Tỉnh đoàn)
        party = part in (Part.STANDING, Part.EXECUTIVE) and committee.kind != BodyKind.MASS_ORGANIZATION
        kind = BodyKind.PARTY_COMMITTEE if party else committee.kind
        body = BodyRef(head=_part_head(part) if part == Part.STANDING else committee.head, kind=kind,
                       surface=text[pos:committee.span.end], span=Span(pos, committee.span.end),
                       naming=committee.naming, of=committee, part=part)
        return body, end
    if part in (Part.STANDING, Part.EXECUTIVE) and m.group()[0].isupper() and not _plural_re().match(text, m.end()):
        body = BodyRef(head=_part_head(part),
                       kind=BodyKind.PARTY_COMMITTEE,
                       surface=m.group(), span=Span(pos, m.end()), naming=Naming.LEVELED, bare=Bare.HOME, part=part)
        return body, trailers_end(text, m.end())
    return None


def parse_department(text: str, pos: int, m: re.Match, *, in_title: bool) -> tuple[BodyRef, int] | None:
    lex = lexicon()
    dept = lex.departments[key(m.group())]
    end = m.end()
    committee = None
    # "Trưởng Ban Kinh tế - Ngân sách HĐND phường Lưu Văn A": a name, not the council's place
    found = committee_after(text, end, in_title=in_title)
    if found:
        committee, end = found
    else:
        level_word, place, after = place_after(text, end, require_level=True)
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
    return body, trailers_end(text, end)


def _part_head(part: Part) -> str:
    """The head a body of a committee's part is named by (Ban Thường vụ, Ban Chấp hành)."""
    return lexicon().words("standing-committee" if part == Part.STANDING else "executive-committee")[0]
