"""One title of a person at a position: a role the lexicon knows (``Bí thư``, ``Trưởng phòng``),
or a department's title (``Trưởng Ban Tuyên giáo``), and the body of the post after it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import DepartmentEntry, Lexicon, Phrases, built, key, lexicon, read_tsv, word_pattern
from ..model import BodyKind, BodyRef, Naming, Part, Span, TitleKind
from .body_names import committee_after, parse_body, parse_department, parse_named_body, trailers_end
from .places import place_after
from .team_titles import team_title
from .writing import CAP_WORD
from .organizing_boards import organizing_board
from .unit_names import parse_unit, unit_named_before


@dataclass
class Title:
    """One title of a person: a role and the body of the post (a kind given as a string is taken as its member)."""

    role: str
    kind: TitleKind
    body: BodyRef | None
    role_span: Span  # the words that make the role (not the body's name)
    span: Span
    former: bool = False
    department: BodyRef | None = None  # the department a title names (Trưởng Ban Tuyên giáo ...)
    # its council is named apart, after the chain ("Trưởng Ban X, HĐND tỉnh Y"): the body scanner cannot tie them
    department_apart: bool = False

    def __post_init__(self) -> None:
        self.kind = TitleKind(self.kind)


_former_re = word_pattern(r"{former}\s+", re.IGNORECASE)
_duty_re = word_pattern(
    r"\s+{duty-cue}\s+(?:{duty-area}(?:\s+{commune-word}(?:\s+" + CAP_WORD + r")+)?"
    r"|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?=[,;.)]|\s+-|$))")


def parse_title(text: str, pos: int) -> Title | None:
    lex = lexicon()
    start = pos
    former = _former_re().match(text, pos)
    if former:
        pos = former.end()
    role_m = lex.role_re.match(text, pos)
    dept_m = lex.department_title_re.match(text, pos)
    # a department's title wins where its words are no fewer than the role's: read only there
    wins = dept_m is not None and (not role_m or dept_m.end() >= role_m.end())
    dept_title = _department_title(text, pos, dept_m) if wins else None
    if dept_title:
        title = dept_title
    elif role_m:
        title = _simple_title(text, pos, role_m)
        if title.kind == TitleKind.MEMBER and not _member_of_a_council(title):
            return None
    elif team := team_title(text, pos):
        role, body, role_end = team
        title = Title(role=role, kind=TitleKind.PLAIN, body=body, role_span=Span(pos, role_end),
                      span=Span(pos, body.span.end))
    else:
        return None
    end = trailers_end(text, title.span.end)
    duty = _duty_re().match(text, end)
    if duty:
        title.role = f"{title.role} {duty.group().strip()}"
        title.body, title.kind = None, TitleKind.DUTY
        end = duty.end()
    if former:
        title.role = f"{lexicon().words('former')[0]} {title.role}"
        title.former = True
    title.span = Span(start, end)
    return title


_MEMBER_BODY_KINDS = (BodyKind.GOVERNMENT, BodyKind.MASS_ORGANIZATION)


def _member_of_a_council(title: Title) -> bool:
    """``Ủy viên UBND tỉnh``: a member title holds with a state or mass body after it (a party body's members
    have titles of their own: Ủy viên Ban Thường vụ, Đảng ủy viên)."""
    return title.body is not None and title.body.kind in _MEMBER_BODY_KINDS and title.body.part is None


def _department_title(text: str, pos: int, m: re.Match) -> Title | None:
    """The department's title ``m`` at ``pos`` and the post it names."""
    lex = lexicon()
    if not text.startswith(" ", m.end()):
        return None
    dm = lex.department_re.match(text, m.end() + 1)
    template, body_of = lex.department_titles[key(m.group())]
    if not dm:
        return _staff_of_a_unit(text, pos, m, template) if body_of == "department" else \
            _head_of_a_board(text, pos, m, template) or _head_of_a_state_body(text, pos, m)
    dept = lex.departments[key(dm.group())]
    board = organizing_board(text, dm.start())
    if board is not None:  # "Trưởng Ban Tổ chức Hội thi X": the head of the event's board (Trưởng Ban)
        return Title(role=template.format(head=dept.head_title, dept=dept.name.split()[0]), kind=TitleKind.PLAIN,
                     body=board, role_span=Span(pos, m.end()), span=Span(pos, board.span.end))
    role = template.format(head=dept.head_title, dept=dept.name)
    known = lex.body_re.match(text, dm.start())
    # (not a committee's own department by its proper name: "Chánh Văn phòng Trung ương Đảng" is the committee's post)
    if known and known.end() > dm.end() and lex.bodies[key(known.group())].kind != dept.kind:
        # "Chánh Văn phòng HĐND và UBND huyện": a body of its own whose name begins like the department
        found = parse_named_body(text, dm.start(), known, in_title=True)
        if found:
            return Title(role=role, kind=TitleKind.PLAIN, body=found[0], role_span=Span(pos, m.end()),
                         span=Span(pos, found[0].span.end))
    found = parse_department(text, dm.start(), dm, in_title=True)
    department, end = found
    if department.of is None:
        end = _committee_after_link(text, department, end)
    post_body = department if body_of == "department" else department.of
    kind = TitleKind.STAFF if body_of == "department" else TitleKind.PARTY
    return Title(role=role, kind=kind, body=post_body, role_span=Span(pos, m.end()), span=Span(pos, end),
                 department=department)


def _staff_of_a_unit(text: str, pos: int, m: re.Match, role: str) -> Title | None:
    """``chuyên viên Phòng Tổng hợp``, ``Chuyên viên Phòng Tài nguyên và Môi trường huyện X``: a staff title
    before a unit (one the lexicon knows, or one named by its head word) is a post in that unit."""
    known = lexicon().body_re.match(text, m.end() + 1)
    found = parse_named_body(text, m.end() + 1, known, in_title=True) if known else None
    unit = found[0] if found and found[0].kind == BodyKind.GOVERNMENT and found[0].part is None \
        else parse_unit(text, m.end() + 1)
    if unit is None:
        return None
    return Title(role=role, kind=TitleKind.PLAIN, body=unit, role_span=Span(pos, m.end()),
                 span=Span(pos, unit.span.end))


def _head_of_a_board(text: str, pos: int, m: re.Match, template: str) -> Title | None:
    """``Phó Ban Thi đua - Khen thưởng tỉnh``, ``Trưởng Ban Quản lý dự án huyện X``: the head's title of a state
    board named like a department (its first word a department's: Ban) is a post in that board, the role the
    department's head title without a department's name (Phó Trưởng Ban)."""
    lex = lexicon()
    known = lex.body_re.match(text, m.end() + 1)
    found = parse_named_body(text, m.end() + 1, known, in_title=True) if known else None
    board = found[0] if found and found[0].kind == BodyKind.GOVERNMENT and found[0].part is None \
        else parse_unit(text, m.end() + 1)
    noun = board.head.split()[0] if board is not None else None
    dept = _departments_by_noun().get(noun)
    if dept is None:
        return None
    deputy = template[:template.index("{head}")].strip() if "{head}" in template else None
    rest = m.group()[len(deputy):].strip() if deputy and m.group().startswith(deputy) else m.group()
    if deputy is None or (rest and key(rest) != key(dept.head_title)):
        return None  # "Chủ nhiệm Ban ...", "Ủy viên Ban ...": no head's title of a board
    return Title(role=template.format(head=dept.head_title, dept=noun), kind=TitleKind.PLAIN, body=board,
                 role_span=Span(pos, m.end()), span=Span(pos, board.span.end))


@built
def _departments_by_noun(lex: Lexicon) -> dict[str, DepartmentEntry]:
    """The first department of the lexicon named with each first word (Ban, Văn phòng)."""
    by_noun: dict[str, DepartmentEntry] = {}
    for department in lex.departments.values():
        by_noun.setdefault(department.name.split()[0], department)
    return by_noun


def _head_of_a_state_body(text: str, pos: int, m: re.Match) -> Title | None:
    """``Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam``: a head's title (words.tsv state-head-title) before a state
    body the lexicon knows is a post in that body, the title as the lexicon writes it."""
    lex = lexicon()
    title = next((word for word in lex.words("state-head-title") if key(word) == key(m.group())), None)
    known = lex.body_re.match(text, m.end() + 1) if title else None
    found = parse_named_body(text, m.end() + 1, known, in_title=True) if known else None
    if not found or found[0].kind != BodyKind.GOVERNMENT or found[0].part is not None:
        return None
    return Title(role=title, kind=TitleKind.PLAIN, body=found[0], role_span=Span(pos, m.end()),
                 span=Span(pos, found[0].span.end))


def _committee_after_link(text: str, department: BodyRef, pos: int) -> int:
    """``Ủy ban Đối ngoại của Quốc hội``: the committee a department belongs to, after a linking word;
    it becomes the department's committee. Where the title ends."""
    link = _title_links().match(text, pos + 1) if text.startswith(" ", pos) else None
    found = committee_after(text, link.end()) if link else None
    if found is None:
        return pos
    department.of, end = found
    return end


@built
def _title_links(lex: Lexicon, links: str = "committee") -> Phrases:
    return lex.phrases(row[0] for row in read_tsv("title_links.tsv") if row[1] == links)


def _implied_place(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """The place of the body a title implies, past the term (``Trưởng đoàn ĐBQH khóa XIV tỉnh``) and a
    constituency's word (``..., đơn vị tỉnh Hà Giang``): (level word, place, end)."""
    found = place_after(text, pos, require_level=True, in_title=True)
    after_term = trailers_end(text, pos)
    if found[0] is None and after_term > pos:
        found = place_after(text, after_term, require_level=True, in_title=True)
        link = _OWNER_SEP_RE.match(text, after_term)
        link = _title_links("place").match(text, link.end()) if found[0] is None and link else None
        if link:
            found = place_after(text, link.end(), require_level=True, in_title=True)
    return found if found[0] is not None else (None, None, pos)


# the name of a unit after "Trưởng phòng": capitalized, with lower-case words only when the
# name then ends the title ("Nghiệp vụ II", "Tổ chức cán bộ,")
_UNIT_NAME_RE = re.compile(
    rf"\s+({CAP_WORD}(?:\s+[^\W\d_]+){{0,3}}?(?:\s+[IVX]+)?)(?=\s*(?:[,;.)]|-\s|$))"
    rf"|\s+((?:{CAP_WORD}|[IVX]+)(?:\s+(?:{CAP_WORD}|[IVX]+|\d+))*)")


# a unit written with a capital (Vụ trưởng Vụ, Trưởng Khoa) is named after it, lower-case words first
# too ("Vụ địa phương II", "Khoa nội tổng hợp"), up to what ends the title
_NAMED_UNIT_RE = re.compile(r"\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,5}?(?:\s+[IVX]+)?)(?=\s*(?:[,;.()]|-\s|$))")
_OWNER_SEP_RE = re.compile(r"\s*,\s*")


def _unit_name(text: str, m: re.Match) -> re.Match | None:
    """The name of the unit a unit title heads, after the title ``m``."""
    noun = m.group().split()[-1]
    named = _NAMED_UNIT_RE.match(text, m.end()) if noun[0].isupper() else None
    return named or _UNIT_NAME_RE.match(text, m.end())


_UNIT_WORD_RE = re.compile(r" ([^\W\d_]+|[IVX]+)(?![^\W_])")
_MOST_UNIT_WORDS = 5


def _unit_then_owner(text: str, m: re.Match) -> tuple[int, BodyRef] | None:
    """The name of the unit a unit title heads, capitalized, and the body it belongs to right after it
    (a lexicon body or department): (where the unit's name ends, the body); None when none follows within a few
    words."""
    lex = lexicon()
    at = m.end()
    for count in range(_MOST_UNIT_WORDS + 1):
        word = _UNIT_WORD_RE.match(text, at)
        if word is None or (count == 0 and not word.group(1)[0].isupper()):
            return None
        if count and (lex.body_re.match(text, word.start(1)) or lex.department_re.match(text, word.start(1))):
            found = parse_body(text, word.start(1), in_title=True)
            return (at, found[0]) if found else None
        if lex.stop_re.match(text, word.start(1)):  # a title, a place word: no unit's name
            return None
        at = word.end()
    return None


def _simple_title(text: str, pos: int, m: re.Match) -> Title:
    lex = lexicon()
    entry = lex.roles[key(m.group())]
    end = m.end()
    body = None
    role = entry.role
    if entry.kind == TitleKind.UNIT:
        # "Trưởng phòng Nội vụ huyện": the unit is a body of its own (Phòng Nội vụ), the post is in it
        unit_start = m.end() - len(m.group().split()[-1])
        known = lex.body_re.match(text, unit_start)
        found = parse_named_body(text, unit_start, known, in_title=True) if known and known.end() > end else None
        if found:
            body = found[0]
            return Title(role=role, kind=TitleKind.PLAIN, body=body, role_span=Span(pos, end),
                         span=Span(pos, body.span.end))
    owned = _unit_then_owner(text, m) if entry.kind == TitleKind.UNIT else None
    if owned:  # "Trưởng phòng Quản lý giá Sở Tài chính tỉnh X": the unit, then its owner with no comma
        unit_end, owner = owned
        return Title(role=f"{role} {text[m.end():unit_end].strip()}", kind=TitleKind.PLAIN, body=owner,
                     role_span=Span(pos, unit_end), span=Span(pos, owner.span.end))
    unit = _unit_name(text, m) if entry.kind == TitleKind.UNIT else None
    if unit and not lex.stop_re.match(text, unit.start(unit.lastindex)):
        role, end = f"{role} {unit.group(unit.lastindex)}", unit.end()
        owner = _OWNER_SEP_RE.match(text, end)
        found = parse_body(text, owner.end(), in_title=True) if owner else None
        if found:  # "Phó Trưởng Khoa Nội, Bệnh viện tỉnh": the unit's body, the post's body
            return Title(role=role, kind=TitleKind.PLAIN, body=found[0], role_span=Span(pos, end),
                         span=Span(pos, found[0].span.end))
    if entry.implied_body:
        implied = lex.body_entry(entry.implied_body)
        level_word, place = implied.level or None, None
        if implied.naming == Naming.LEVELED:
            written, place, end = _implied_place(text, end)
            level_word = written or level_word  # "Trưởng đoàn ĐBQH" alone: the level the body implies
        body = BodyRef(head=implied.name, kind=implied.kind, surface=text[pos:end], span=Span(pos, end),
                       naming=implied.naming, bare=implied.bare, level_word=level_word, place=place,
                       fixed_parent=implied.parent or None, from_title=True)
    elif text.startswith(" ", end):
        found = parse_body(text, end + 1, in_title=True)
        unit = (parse_unit(text, end + 1) or unit_named_before(text, end + 1)) if found is None else None
        found = (unit, unit.span.end) if unit else found
        if found:
            body, end = found
            end = body.span.end
            if entry.kind == TitleKind.PARTY and body.head == "Đảng bộ" and body.part is None:
                # "Ủy viên Ban Chấp hành Đảng bộ tỉnh": a member of the party organization's committee
                body = BodyRef(head=body.head, kind=BodyKind.PARTY_COMMITTEE, surface=body.surface, span=body.span,
                               naming=body.naming, of=body, part=Part.EXECUTIVE)
    return Title(role=role, kind=entry.kind, body=body, role_span=Span(pos, end if unit else m.end()),
                 span=Span(pos, end))
