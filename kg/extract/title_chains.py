"""Titles one after another, as a person's chain of posts, and what the titles of one chain
share: ``nguyên``, a place, a committee, an agency's party committee."""
from __future__ import annotations

from ..lexicon import is_party_unit, key, lexicon, word_pattern
from ..model import BodyKind, BodyRef, TitleKind
from .body_names import agency_party, is_agency, parse_body, trailers_end
from .places import parse_place
from .title_grammar import Title, parse_title
from .writing import UPPER

# a comma forgotten before a capitalized title also separates: "Ủy viên Ban Thường vụ Tỉnh ủy Phó Chủ tịch UBND tỉnh"
_chain_sep_re = word_pattern(rf"\s*(?:,|-|;?\s*{{concurrently}}|\b{{and}}\b)\s*|\s+(?=[{UPPER}])")


def parse_chain(text: str, pos: int) -> tuple[list[Title], int]:
    """Titles one after another (``Phó Bí thư Thành ủy, Chủ tịch UBND thành phố``) and where they end."""
    titles: list[Title] = []
    end = pos
    while True:
        title = parse_title(text, pos)
        if not title:
            end = _council_after(text, titles, pos) if titles and pos > end else end
            break
        titles.append(title)
        end = title.span.end
        sep = _chain_sep_re().match(text, end)
        if not sep:
            break
        pos = sep.end()
    _former_chain(titles)
    _share_places(titles)
    _cell_of_chi_bo(text, titles)
    _place_committees(titles)
    _place_councils(titles)
    _agency_committees(titles)
    _share_committees(titles)
    _committees_of_placed_councils(titles)
    return titles, end


def _council_after(text: str, titles: list[Title], pos: int) -> int:
    """``Ủy viên Thường trực, Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh X``: a council named after the posts in
    it; the titles just before it that name no body of their own (a council's department, a non-party title)
    take it. Where the chain ends: past the council's term (``HĐND tỉnh X nhiệm kỳ 2016-2021``), for what follows."""
    found = parse_body(text, pos, in_title=True)
    council = found[0] if found and found[0].kind == "government" and found[0].part is None else None
    taking = []
    for title in reversed(titles):
        council_department = title.department is not None and title.department.kind == "government"
        if council is None or title.body is not None or title.kind in ("party", "duty", "unit") and not council_department:
            break
        taking.append(title)
    for title in taking:
        title.body = council
        if title.department is not None:
            title.department.of, title.department_apart = council, True
    return trailers_end(text, council.span.end) if taking else titles[-1].span.end


def _former_chain(titles: list[Title]) -> None:
    """``nguyên Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh``: ``nguyên`` holds for every title after it,
    but for a duty (``phụ trách địa bàn``), which one holds now."""
    for earlier, title in zip(titles, titles[1:]):
        if title.kind == TitleKind.DUTY:
            break
        if earlier.former and not title.former:
            title.role, title.former = f"{lexicon().words('former')[0]} {title.role}", True


def _share_places(titles: list[Title]) -> None:
    """``Quận ủy viên, Trưởng Ban Tuyên giáo Quận ủy Quận 10``: one chain, one Quận ủy."""
    placed = {}
    for title in titles:
        for body in (title.body, title.body.of if title.body else None):
            if body is not None and body.place:
                placed.setdefault(body.head, body)
    for title in titles:
        body = title.body
        if body is not None and body.place is None and body.head in placed and body.part is None:
            body.place, body.level_word = placed[body.head].place, placed[body.head].level_word


def _cell_of_chi_bo(text: str, titles: list[Title]) -> None:
    """``Bí thư Chi bộ kiêm Trưởng khu phố 5``: a bare Chi bộ is the one of the cell its holder heads."""
    for title in titles:
        body = title.body
        if body is None or body.head != "Chi bộ" or body.place or body.part:
            continue
        for other in titles:
            end = other.role_span.end
            if other.kind != TitleKind.DUTY or not text.startswith(" ", end):
                continue
            cells = [m for m in lexicon().level_re.finditer(text, other.role_span.start, end) if m.end() == end]
            level = lexicon().levels[key(cells[-1].group())] if cells else None
            place = parse_place(text, end + 1, level.word) if level and level.tier == "cell" else None
            if place:
                body.level_word, body.place = level.word, place[0]
                break


def _is_party_unit(body: BodyRef) -> bool:
    """Đảng ủy, Chi bộ ...; a unit named as written (unit_names) has no lexicon row and is none."""
    entry = lexicon().bodies.get(key(body.head))
    return entry is not None and is_party_unit(entry)


def _place_committees(titles: list[Title]) -> None:
    """``nguyên Phó Bí thư Đảng ủy, nguyên Chủ tịch UBND xã Tam Quang``: a bare Đảng ủy beside a council or
    government of a place whose committee it is (levels.tsv: a xã's committee is its Đảng ủy) is that place's."""
    for title in titles:
        body = title.body
        if body is None or body.place or body.level_word or body.part or body.from_title \
                or not _is_party_unit(body):
            continue
        for other in titles:
            placed = other.body
            if placed is None or placed.kind != BodyKind.GOVERNMENT or not placed.place or not placed.level_word \
                    or is_agency(placed):
                continue
            level = lexicon().levels.get(key(placed.level_word))
            if level is not None and level.committee == body.head:
                body.level_word, body.place = placed.level_word, placed.place
                break


def _place_councils(titles: list[Title]) -> None:
    """``Phó Chủ tịch HĐND, Phó Trưởng đoàn ĐBQH thành phố X``, ``Ủy viên UBND, Giám đốc Sở Y tế tỉnh X``: a
    council or executive named with no place word, in a chain whose later state body names one, is that place's."""
    for i, title in enumerate(titles):
        body = title.body
        if body is None or body.kind != BodyKind.GOVERNMENT or body.place or body.level_word or body.part \
                or body.from_title or is_agency(body) or body.naming != "leveled":
            continue
        for other in titles[i + 1:]:
            placed = other.body
            if placed is not None and placed.kind == BodyKind.GOVERNMENT and placed.place and placed.level_word:
                body.level_word, body.place = placed.level_word, placed.place
                break


def _agency_committees(titles: list[Title]) -> None:
    """``Bí thư Đảng ủy, Giám đốc Sở Y tế``: a bare Đảng ủy beside a post in a state agency is the agency's;
    a member's title (``Đảng ủy viên, Trưởng Công an xã``) keeps the place's committee. A bare caucus is that of
    the council, government or mass body beside it (``Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh X``)."""
    for i, title in enumerate(titles):
        body = title.body
        if body is None or body.place or body.level_word or body.part or body.from_title \
                or not _is_party_unit(body):
            continue
        caucus = body.head in lexicon().words("caucus")
        for other in [*titles[i + 1:], *reversed(titles[:i])]:
            if other.body is not None and (is_agency(other.body) or caucus and _caucus_host(other.body)):
                title.body = agency_party(lexicon().body_entry(body.head), other.body, body.surface, body.span)
                title.body.from_title = True  # "Đảng ủy" alone is no name of the agency's committee
                break


def _caucus_host(body: BodyRef) -> bool:
    """A body a party caucus sits in: a council, a government or a mass body itself, not one of its parts."""
    return body.kind in (BodyKind.GOVERNMENT, BodyKind.MASS_ORGANIZATION) and body.part is None


def _share_committees(titles: list[Title]) -> None:
    """A party title with no body of its own (``UVBTV, Trưởng Ban Tuyên giáo Quận ủy``) takes
    the committee of its neighbour in the chain, the nearer following one first."""
    for i, title in enumerate(titles):
        if title.body is None and title.kind == TitleKind.UNIT:
            title.body = next((t.department for t in [*reversed(titles[:i]), *titles[i + 1:]] if t.department), None)
        if title.body is not None or title.kind != TitleKind.PARTY:
            continue
        for other in [*titles[i + 1:], *reversed(titles[:i])]:
            if other.body is not None and other.body.kind == BodyKind.PARTY_COMMITTEE and other.body.part is None:
                title.body = other.body
                break


def _committees_of_placed_councils(titles: list[Title]) -> None:
    """``nguyên Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh X``, ``Ủy viên Ban Thường vụ, Chủ tịch UBND huyện Y``: a
    party title naming no committee, beside a council or executive of a written place, is a post in that place's
    committee (levels.tsv: a tỉnh's is its Tỉnh ủy), not in the committee the article is about."""
    for title in titles:
        if title.body is not None or title.kind != TitleKind.PARTY:
            continue
        placed = next((other.body for other in titles if _placed_council(other.body)), None)
        level = lexicon().levels.get(key(placed.level_word)) if placed else None
        entry = lexicon().bodies.get(key(level.committee)) if level else None
        if entry is not None:
            title.body = BodyRef(head=entry.name, kind=entry.kind, surface=title.role, span=title.role_span,
                                 naming=entry.naming, bare=entry.bare, level_word=placed.level_word,
                                 place=placed.place, from_title=True)


def _placed_council(body: BodyRef | None) -> bool:
    """A council or an executive (HĐND, UBND) with its place word and place written."""
    return body is not None and body.kind == BodyKind.GOVERNMENT and body.naming == "leveled" and body.part is None \
        and bool(body.place and body.level_word) and not is_agency(body)
