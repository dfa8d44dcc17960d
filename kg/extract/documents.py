"""Party and state documents the article cites.

Codes in their written forms (``Chỉ thị số 05-CT/TW``, ``Chỉ thị 17- CT/TU``,
``Nghị định 15/2020/NĐ-CP``, ``Quy chế phối hợp số 01/QC-HĐND-UBND-UBMTTQ``),
codes implied by type, number and issuer (``Kết luận số 02 của Ban Bí thư`` is
02-KL/TW), and named documents without a code (``Nghị quyết Đại hội XIII``).
"""
from __future__ import annotations

import re
from functools import cache

from ..lexicon import Lexicon, built, key, lexicon, read_tsv
from ..model import Article, BodyKind, BodyRef, Document, Naming, Part, Span
from .body_grammar import body_starts
from .spans import Intervals
from .dates import find_dates, publication_date, resolve_date
from .body_names import parse_body
from .document_words import (according_to_re, by_agent_re, date_after_re, list_join_re, named_re, number_gap_re,
                             number_re, of_re, plenum_re, same_day_re, title_re)

_PARTY_CODE = r"(?P<num>\d{1,4})\s*-\s*(?P<ctype>[A-ZĐ][A-Za-zĐđ]{0,4})\s*/\s*(?P<issuer>[A-ZĐ][A-ZĐa-z]{1,10})(?![\w/-])"
_STATE_CODE = (
    r"(?P<snum>\d{1,5})\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?"
    r"(?P<suffix>[A-ZĐ][A-ZĐa-z0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐa-z0-9]*)*)(?![\w/])"
)
_CODE_RE = re.compile(rf"(?=\d)(?:{_PARTY_CODE}|{_STATE_CODE})")  # (the lookahead: digits are sought at once)
_QUOTED_TITLE_RE = re.compile(r"\s*[\"“](?P<title>[^\"”\n]{3,300})[\"”]")
_CLOSING_BRACKET_RE = re.compile(r"\s*\)?")


@built
def _types(lex: Lexicon):
    rows = read_tsv("document_types.tsv")
    return {key(r[0]): (r[1], r[2], r[3] == "yes") for r in rows}, lex.phrases(r[0] for r in rows)


@cache
def _code_types() -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv("code_types.tsv")}


@cache
def _issuer_suffixes():
    rows = read_tsv("code_issuers.tsv")
    by_suffix = {r[0]: r[1] for r in rows}
    suffix_of_head = {head: r[0] for r in rows for head in (r[2].split("|") if len(r) > 2 and r[2] else [])}
    return by_suffix, suffix_of_head


def normalize_code(code: str) -> str:
    return re.sub(r"\s+", "", code)


def extract_documents(article: Article, year_hint: int | None = None) -> list[Document]:
    text = article.text
    types, type_re = _types()
    documents: list[Document] = []
    taken = Intervals()  # a document's words are no other document's start

    def keep(doc: Document | None) -> None:
        if doc:
            documents.append(doc)
            taken.add(doc.span.start, doc.span.end)

    for m in _CODE_RE.finditer(text):
        keep(_coded(text, m, types, type_re, article, year_hint))
    for m in type_re.finditer(text):
        if m.start() not in taken:
            keep(_implied(text, m, types, article, year_hint))
    for m in named_re().finditer(text):
        if m.start() in taken:
            continue
        name = f"{m.group('type')} {m.group('name').strip()}"
        documents.append(Document(type=m.group("type"), span=Span(m.start(), m.end()), title=name, surface=name))
    documents.sort(key=lambda d: d.span.start)
    _share_with_coordinated(text, documents)
    _share_date_of_issue(documents)
    return documents


def _share_date_of_issue(documents: list[Document]) -> None:
    """A code cited again without its date is the document the article dated once (``Chỉ thị 35-CT/TW
    ngày 14/6/2024`` ... ``Chỉ thị 35-CT/TW``): party codes restart each term, so the date tells
    which document a code is, and every mention of it in the article is the same one."""
    dates: dict[str, set] = {}
    for doc in documents:
        if doc.code and doc.issued:
            dates.setdefault(doc.code, set()).add(doc.issued)
    for doc in documents:
        if doc.code and doc.issued is None and len(dates.get(doc.code, ())) == 1:
            doc.issued = next(iter(dates[doc.code]))


def _share_with_coordinated(text: str, documents: list[Document]) -> None:
    """``217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị``: what follows the last code is said of both
    (of all, back along a list ``57-NQ/TW, 59-NQ/TW và 66-NQ/TW``);
    ``... 1236-QĐ/TU cùng ngày``: the date of the one before."""
    pairs = list(zip(documents, documents[1:]))
    for doc, nxt in pairs:
        if nxt.same_day_as_previous and nxt.issued is None:
            nxt.issued = doc.issued
    for doc, nxt in reversed(pairs):
        if doc.code and nxt.code and doc.issuer is None and list_join_re().fullmatch(text[doc.span.end:nxt.span.start]):
            doc.issuer = nxt.issuer
            doc.issued = doc.issued or nxt.issued


def _as_party_code(number: str, suffix: str) -> tuple[str, str] | None:
    """(type, issuer) of a state-form code whose parts are a party type and a party issuer (CT-TW)."""
    parts = [p.strip() for p in suffix.split("-")]
    if len(parts) == 2 and parts[0] in _code_types() and parts[1] in _issuer_suffixes()[0]:
        return parts[0], parts[1]
    return None


def _type_before(text: str, start: int, types, type_re) -> tuple[str | None, int]:
    """The document type written just before a code (``Chỉ thị số`` 05-CT/TW)."""
    best = None
    # in the text itself, not a copy of the window: each copy was a new text to scan for phrases
    for m in type_re.finditer(text, max(0, start - 40), start):
        if number_gap_re().fullmatch(text, m.end(), start):
            best = m
    if best is None:
        return None, start
    return types[key(best.group())][0], best.start()


def _coded(text, m, types, type_re, article, year_hint) -> Document | None:
    raw = m.group()
    if m.group("num"):
        number, ctype, suffix = m.group("num"), m.group("ctype"), m.group("issuer")
        code = f"{number}-{ctype}/{suffix}"
    else:
        number, ctype, suffix = m.group("snum"), None, m.group("suffix")
        code = normalize_code(raw)
        party = _as_party_code(number, suffix)
        if party:  # "03/CT-TW": a party code written in the state's form
            ctype, suffix, code = party[0], party[1], f"{number}-{party[0]}/{party[1]}"
        if not m.group("year") and "-" not in suffix:
            return None  # "12/14 chỉ tiêu" and the like: counts, not codes
    written_type, start = _type_before(text, m.start(), types, type_re)
    if written_type is None and ctype is None:
        return None
    doc_type = written_type or _code_types().get(ctype) or _code_types().get(suffix.split("-")[0])
    doc = Document(type=doc_type or lexicon().words("document")[0], span=Span(start, m.end()), code=code, number=number,
                   surface=text[start:m.end()])
    _details(text, m.end(), doc, article, year_hint)
    if doc.issuer is None:
        doc.issuer = _issuer_as_subject(text, start)
        if doc.issuer is not None and doc.issued is None and _issues_re().search(text, doc.issuer.span.end, start):
            opening = find_dates(text, max(0, text.rfind("\n", 0, doc.issuer.span.start) + 1), doc.issuer.span.start)
            written = [d for d in opening if d.after_ngay]
            if written:
                doc.issued = resolve_date(written[-1], publication_date(article), year_hint)
    if doc.issuer is None:
        doc.issuer = _issuer_from_suffix(suffix, m, party=bool(m.group("num")))
    return doc


def _implied(text, m, types, article, year_hint) -> Document | None:
    """``Kết luận số 02 của Ban Bí thư``: type, number and a party issuer imply the code."""
    doc_type, code_type, bare_number = types[key(m.group())]
    after = m.end()
    num = number_re().match(text, after + 1) if text.startswith(" ", after) else None
    if not num:
        return None
    number = num.group(1)
    doc = Document(type=doc_type, span=Span(m.start(), num.end()), number=number, surface=text[m.start():num.end()])
    _details(text, num.end(), doc, article, year_hint)
    suffix = _party_suffix(doc.issuer) if doc.issuer is not None else None
    if not (bare_number or num.group().casefold().startswith(lexicon().words("number-word")) or suffix):
        return None  # "Báo cáo 6 tháng": a number, not a document
    if suffix and code_type:
        doc.code = f"{number}-{code_type}/{suffix}"
    if doc.code is None:
        doc.title = doc.title or doc.surface
    return doc


def _central_committee(m: re.Match) -> BodyRef:
    return BodyRef(head=lexicon().words("central-committee")[0], kind=BodyKind.PARTY_COMMITTEE, surface=m.group().strip(),
                   span=Span(m.start(), m.end()), naming=Naming.FIXED)


def _party_suffix(issuer) -> str | None:
    """The code suffix of a party issuer: Ban Thường vụ Tỉnh ủy → TU; Ban Chấp hành Đảng bộ huyện → HU."""
    _, suffix_of_head = _issuer_suffixes()
    committee = issuer
    if issuer.part in (Part.STANDING, Part.OFFICE) and issuer.of is not None:
        committee = issuer.of
    elif issuer.part == Part.EXECUTIVE and issuer.of is not None and issuer.of.level_word:
        level = next((lv for lv in lexicon().levels.values() if lv.word == issuer.of.level_word), None)
        return suffix_of_head.get(level.committee) if level else None
    return suffix_of_head.get(committee.head)


def _details(text: str, pos: int, doc: Document, article: Article, year_hint: int | None) -> None:
    """Date of issue, issuer and title written after the code, in that order."""
    same_day = same_day_re().match(text, pos)
    if same_day:  # "Quyết định số 1236-QĐ/TU cùng ngày": the date of the document cited before it
        doc.same_day_as_previous = True
        pos = same_day.end()
    dm = date_after_re().match(text, pos)
    if dm:
        dates = find_dates(text, dm.start(), min(len(text), dm.end() + 24))  # "ngày 12 tháng 11 năm 2019"
        if dates:
            doc.issued = resolve_date(dates[0], None, None)
            pos = dates[0].span.end
            if dm.group("bracket") or dm.group("bracket2"):  # "(ngày 14/4/2025) của Bộ Chính trị"
                pos = _CLOSING_BRACKET_RE.match(text, pos).end()
    of = of_re().match(text, pos)
    if of:
        plenum = plenum_re().match(text, of.end())
        found = parse_body(text, plenum.end() if plenum else of.end()) or _body_of_its_head(text, of.end())
        if found:
            doc.issuer, pos = found[0], found[0].span.end
        elif plenum and plenum.group("central"):
            doc.issuer, pos = _central_committee(plenum), plenum.end()
    quoted = _QUOTED_TITLE_RE.match(text, pos)
    title = quoted or title_re().match(text, pos)
    if title:
        doc.title = title.group("title").strip()
        pos = title.end()
        later = _CODE_RE.search(text, title.start("title"), pos)
        if later and not quoted:  # "... và chuẩn bị triển khai Chỉ thị số 37-CT/TW": another document begins
            cut = max(max(text.rfind(f" {word} ", title.start("title"), later.start()) for word in lexicon().words("and")), text.rfind(",", title.start("title"), later.start()))
            if cut > title.start("title"):
                doc.title, pos = text[title.start("title"):cut].strip(), cut
    doc.span = Span(doc.span.start, max(doc.span.end, pos))


def _body_of_its_head(text: str, pos: int):
    """``Chỉ thị số 14/CT-UBND của Chủ tịch UBND tỉnh X``: a head signs for the body (UBND tỉnh X)."""
    role = lexicon().role_re.match(text, pos)
    return parse_body(text, role.end() + 1) if role and text.startswith(" ", role.end()) else None


def _issuer_from_suffix(suffix: str, m, *, party: bool) -> BodyRef | None:
    """A code that names its issuer alone: 12-HD/BTCTW (Ban Tổ chức Trung ương), 104/2023/QH15 (Quốc hội)."""
    if party:
        name, kind = _issuer_suffixes()[0].get(suffix), "party_department"
        where = Span(m.start("issuer"), m.end("issuer"))
    else:
        name = next((issuer for pattern, issuer in _state_issuers() if pattern.fullmatch(suffix)), None)
        kind, where = "government", Span(m.start("suffix"), m.end("suffix"))
    if not name:
        return None
    return BodyRef(head=name, kind=kind, surface=suffix, span=where, naming=Naming.FIXED)


@cache
def _state_issuers() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(row[0]), row[1]) for row in read_tsv("state_code_issuers.tsv")]


@built
def _issues_re(lex: Lexicon) -> re.Pattern:
    """``vừa ký ban hành``, ``đã thông qua``: a body issuing the document named right after."""
    return re.compile(rf"\s+(?:(?:{lex.pattern('issue-adverb')})\s+)?(?:(?:{lex.pattern('issue-sign')})\s+)?"
                      rf"(?:{lex.pattern('issue-verb')})\s+$", re.IGNORECASE)


_PLACE_NOTE_RE = re.compile(r"(?:\s*\([^()\n]{1,40}\))?")  # "Huyện ủy Tam Nông (Phú Thọ) ban hành"


def _issuer_as_subject(text: str, start: int) -> BodyRef | None:
    """``Ban Thường vụ Huyện ủy X (tỉnh Y) vừa ban hành Kế hoạch số ...``: the body just before the verb,
    maybe with its place in parentheses;
    ``được Ban Thường vụ Tỉnh ủy điều động ... theo Quyết định số ...``: the passive agent."""
    window_start = max(0, text.rfind("\n", 0, start) + 1, start - 160)
    verb = _issues_re().search(text, window_start, start)
    if verb:
        for m in body_starts().finditer(text, window_start, verb.start()):
            found = parse_body(text, m.start())
            if found and _PLACE_NOTE_RE.fullmatch(text, found[0].span.end, verb.start()):
                return found[0]
    if according_to_re().search(text, window_start, start):
        for agent in by_agent_re().finditer(text, window_start, start):
            found = parse_body(text, agent.end())
            if found:
                return found[0]
    return None
