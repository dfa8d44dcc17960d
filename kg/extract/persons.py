"""People and the posts the article gives them.

The forms of this genre: ``đồng chí NAME – TITLE, TITLE`` (also ``đ/c``, ``ông``,
``bà``, a comma or a parenthesis for the dash), lists ``các đồng chí: A – ...; B –
...``, the title first (``Bí thư Thành ủy Lê Văn A``), posts won in an election
(``A tái đắc cử Bí thư Huyện ủy``), lists headed by a title (``3 Phó Bí thư gồm các
đồng chí: A, B và C``), later mentions by name or by title alone, and the byline.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from ..model import Article, PersonMention, Post, Span
from .spans import Intervals
from .grammar import (CAP_WORD, LIST_SEP_RE, Title, alternation, cues, lexicon, parse_body, parse_chain, read_tsv,
                      title_case)
from .name_index import LongerNames, occurrences, renamed
from .phrases import Phrases

_TRIGGER_RE = re.compile(r"(?<![^\W_])(?:(?:các\s+)?(?:đồng\s+chí|đ/c)|ông|bà)(?:\s*:)?\s+", re.IGNORECASE)
_NAME_WORD_RE = re.compile(CAP_WORD)
_NAME_SEP_RE = re.compile(r"\s*(?:-|,|\(|:)\s*|\s+là\s+")
# the next person of a list, maybe after a form of address or a degree ("... và TS. Nguyễn Thị A, Hiệu trưởng ...")
_LIST_NEXT_RE = re.compile(r"\s*\)?\s*(?:;|,|\bvà\b)\s*(?:(?:các\s+)?(?:đồng chí|đ/c|ông|bà)\s*:?\s+"
                           r"|(?-i:(?:(?:PGS|GS)\.\s?)?(?:TS|ThS)\.?)\s+)?", re.IGNORECASE)
_ELECTED_GAP_RE = re.compile(r"(?:\s*,)?\s+")  # between a name (or its titles) and "được bầu ..."
_SPACES_RE = re.compile(r"\s*")
_LIST_HEAD_RE = re.compile(r"\s*(?:khóa mới\s*)?gồm\s+(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*", re.IGNORECASE)
_BYLINE_RE = re.compile(rf"^[-–(\s]*((?:{CAP_WORD}\.?|[A-ZĐ]\.)(?: (?:{CAP_WORD}|[A-ZĐ]\.)){{0,3}})[-–)\s]*$")
_BYLINE_PREFIX_RE = re.compile(r"(?:(?:Tin|Bài|Ảnh|Video)(?:\s*(?:,|và|-)\s*(?:tin|bài|ảnh|video))*)\s*:\s*"
                               r"|(?:Theo|Nguồn)\s*:?\s+", re.IGNORECASE)
_MAX_NAME_WORDS = 5
# a name written in capitals: two or more capitalized words, each a Vietnamese syllable
_CAPITALS_NAME_RE = re.compile(r"[^\W\d_a-zđ]{1,7}(?: [^\W\d_a-zđ]{1,7}){1,4}(?![^\W\d_])")


@dataclass
class PersonFacts:
    persons: list[PersonMention]
    mentions: list[tuple[str, Span]]  # every place a person is named, by name or by title
    role_spans: list[Span] = field(default_factory=list)  # words that make a role: not a body's name
    title_bodies: list = field(default_factory=list)  # BodyRefs named inside titles
    lists: dict[int, int] = field(default_factory=dict)  # mention start -> the list it was read in


class _Collector:
    def __init__(self, text: str):
        self.text = text
        self.by_name: dict[str, PersonMention] = {}
        self.mentions: list[tuple[str, Span]] = []
        self.role_spans: list[Span] = []
        self.title_bodies = []
        self.covered = Intervals()
        self.lists: dict[int, int] = {}  # mention start -> list number, for names read as one list

    def add(self, name: str, span: Span, titles: list[Title]) -> PersonMention:
        person = self.by_name.get(name)
        if person is None:
            person = self.by_name[name] = PersonMention(name=name, span=span)
        self.mentions.append((name, span))
        self.give(person, titles)
        return person

    def give(self, person: PersonMention, titles: list[Title]) -> None:
        for title in titles:
            self.role_spans.append(title.role_span)
            if title.body is not None:
                self.title_bodies.append(title.body)
            post = Post(role=title.role, body=title.body, surface=self.text[title.span.start:title.span.end].strip(),
                        span=title.span, former=title.former)
            person.posts.append(post)

    def is_covered(self, pos: int) -> bool:
        return pos in self.covered


def read_name(text: str, pos: int) -> tuple[str, int] | None:
    """A person's name of 2-5 capitalized words at ``pos`` (never a title or a body)."""
    lex = lexicon()
    words: list[tuple[int, int]] = []
    while len(words) < _MAX_NAME_WORDS:
        m = _NAME_WORD_RE.match(text, pos)
        if not m or lex.stop_re.match(text, pos) or lex.level_re.match(text, pos):
            break
        if m.group().isupper() and len(m.group()) > 1 and not words and not _CAPITALS_NAME_RE.match(text, pos):
            break  # an abbreviation (UBND), not a name (TRẦN VĂN AN)
        words.append((m.start(), m.end()))
        if text.startswith(" ", m.end()):
            pos = m.end() + 1
        else:
            break
    if len(words) < 2:
        return None
    return title_case(text[words[0][0]:words[-1][1]]), words[-1][1]


@cache
def _person_noun_re() -> Phrases:
    return alternation(row[0] for row in read_tsv("person_nouns.tsv"))


@cache
def _appointment_cues() -> Phrases:
    """``được bầu giữ chức``, ``đã được bổ nhiệm làm``: what stands between a person and the posts
    they were given (cues.tsv: appointed, and the adverbs that may come first)."""
    rows = read_tsv("cues.tsv")
    verbs = [r[0] for r in rows if r[1] == "appointed"]
    adverbs = [r[0] for r in rows if r[1] == "appointed-adverb"]
    return alternation([*verbs, *(f"{adverb} {verb}" for adverb in adverbs for verb in verbs)])


def _elected_end(text: str, pos: int) -> int | None:
    """After a name or its titles, where the posts the person was elected or appointed to begin."""
    gap = _ELECTED_GAP_RE.match(text, pos)
    verb = _appointment_cues().match(text, _joined_end(text, gap.end())) if gap else None
    return _SPACES_RE.match(text, verb.end()).end() if verb else None


def _joined_end(text: str, pos: int) -> int:
    """``tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư ...``: past the committees joined,
    to the post given; ``pos`` itself when no such phrase stands there."""
    m = cues("joined").match(text, pos)
    if not m:
        return pos
    end = first = _SPACES_RE.match(text, m.end()).end()
    while part := lexicon().part_re.match(text, end):
        sep = LIST_SEP_RE.match(text, part.end())
        if not sep:
            return pos
        end = sep.end()
    return end if end > first else pos


def _after_person_noun(text: str, found: _Collector) -> None:
    """``cử tri Hoàng Văn A``, ``Đảng viên Chi bộ khu phố 7 Trần Văn B``: a name with a family name."""
    for m in _person_noun_re().finditer(text):
        if found.is_covered(m.start()) or not text.startswith(" ", m.end()):
            continue
        pos = m.end() + 1
        body = parse_body(text, pos)
        if body is not None and text.startswith(" ", body[0].span.end):
            pos = body[0].span.end + 1
        name = read_name(text, pos)
        if not name or name[0].split()[0] not in lexicon().surnames:
            continue
        titles = []
        sep = _NAME_SEP_RE.match(text, name[1])
        end = name[1]
        if sep:
            titles, chain_end = parse_chain(text, sep.end())
            end = chain_end if titles else end
        found.add(name[0], Span(pos, name[1]), titles)
        found.covered.add(m.start(), end)


def _trigger_ok(text: str, m: re.Match) -> bool:
    """``ông``/``bà`` with a capital only open a sentence (``Hai Bà Trưng`` is a place)."""
    word = m.group().strip()
    if word[:1] in "ÔB" and word.lower() in ("ông", "bà"):
        before = m.start()
        while before and text[before - 1].isspace():  # not text[:start].rstrip(): a copy per word
            before -= 1
        return not before or text[before - 1] in ".:;!?\n(\"“"
    return True


def extract_persons(article: Article) -> PersonFacts:
    text = article.text
    found = _Collector(text)
    lists: list[tuple[Span, list[Title]]] = []
    title_mentions: list[int] = []  # where "đồng chí" is followed by titles alone
    for m in _TRIGGER_RE.finditer(text):
        if not _trigger_ok(text, m) or found.is_covered(m.start()):
            continue
        pos = m.end()
        again = _TRIGGER_RE.match(text, pos)  # "đồng chí đồng chí A": a repeated word
        if again:
            pos = again.end()
        end = _read_person_list(text, pos, found)
        if end is None:
            title_mentions.append(pos)
        else:
            found.covered.add(m.start(), end)
    _title_first(text, found, lists, title_mentions)
    _after_person_noun(text, found)
    holders = _holders_index(found)
    for pos in title_mentions:  # after every introduction, so the holder is known
        _title_mention(text, pos, found, holders)
    mentions = sorted(found.mentions, key=lambda x: x[1].start)
    starts = [span.start for _, span in mentions]
    for span, titles in lists:
        listed = {name for name, _ in mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]}
        for name in sorted(listed):
            found.give(found.by_name[name], titles)
    _later_mentions(text, found)
    _merge_partial_names(found)
    persons = list(found.by_name.values())
    _deputies_follow_their_head(persons)
    for person in persons:
        person.posts = _distinct_posts(person.posts)
    for name, span in _byline(article):
        if name in found.by_name:
            found.by_name[name].is_author = True
        else:
            persons.append(PersonMention(name=name, span=span, is_author=True))
    found.mentions.sort(key=lambda x: x[1].start)
    return PersonFacts(persons, found.mentions, found.role_spans, found.title_bodies, found.lists)


def _read_person_list(text: str, pos: int, found: _Collector) -> int | None:
    """``A – TITLES; B – TITLES`` from ``pos``: each person with their titles; the end, or None."""
    list_number = len(found.mentions)
    end = None
    first, with_titles = True, False
    bare_names: list[str] = []
    while True:
        name = read_name(text, pos)
        if not name:
            title_first = _title_then_name(text, pos)
            if title_first is None:
                return end
            titles, name_start, name_text, after = title_first
            found.add(name_text, Span(name_start, after), titles)
            found.lists[name_start] = list_number
            end, first, with_titles = after, False, True
            nxt = _LIST_NEXT_RE.match(text, end)
            if not nxt:
                return end
            pos = nxt.end()
            continue
        name_text, after = name
        titles, after_titles = [], after
        sep = _NAME_SEP_RE.match(text, after)
        if sep:
            titles, chain_end = parse_chain(text, sep.end())
            if titles:
                after_titles = chain_end
        elected = _elected_end(text, after_titles)
        more = parse_chain(text, elected)[0] if elected else []
        if more:
            titles += more
            after_titles = parse_chain(text, elected)[1]
        if not first and bool(titles) != with_titles and not (more and not with_titles):
            member_end = _membership_end(text, after) if with_titles else None
            if member_end is None:
                return end  # a list goes on with names like the first: all with titles, or all bare
            after_titles = member_end  # "...; C, đảng viên Chi bộ khu phố 5": an item with no post
        if more and not with_titles and not first:
            for earlier in bare_names:  # "A và B giữ chức Phó Chủ tịch": both
                found.give(found.by_name[earlier], titles)
        if not titles:
            bare_names.append(name_text)
        found.add(name_text, Span(pos, after), titles)
        found.lists[pos] = list_number
        end = after_titles
        if first:
            with_titles = bool(titles)
        first = False
        nxt = _LIST_NEXT_RE.match(text, end)
        if not nxt:
            return end
        pos = nxt.end()


def _membership_end(text: str, pos: int) -> int | None:
    """After a name, ``, đảng viên Chi bộ khu phố 5`` or ``, hội viên``: where the membership ends."""
    sep = _NAME_SEP_RE.match(text, pos)
    noun = _person_noun_re().match(text, sep.end()) if sep else None
    if not noun:
        return None
    body = parse_body(text, noun.end() + 1) if text.startswith(" ", noun.end()) else None
    return body[0].span.end if body else noun.end()


def _title_then_name(text: str, pos: int):
    """``Bí thư Tỉnh ủy Trần Văn A``: (titles, name start, name, name end), or None."""
    titles, end = parse_chain(text, pos)
    if not titles or not text.startswith(" ", end):
        return None
    name = read_name(text, end + 1)
    if not name or name[0].split()[0] not in lexicon().surnames:
        return None
    return titles, end + 1, name[0], name[1]


def _holders_index(found: _Collector) -> dict[tuple[str, str | None], set[str]]:
    """(role, body head or None for any body) -> the names of the people holding such a post."""
    index = defaultdict(set)
    for name, person in found.by_name.items():
        for post in person.posts:
            index[(post.role, None)].add(name)
            if post.body:
                index[(post.role, post.body.head)].add(name)
    return index


def _title_mention(text: str, pos: int, found: _Collector, holders_of: dict) -> None:
    """``đồng chí Phó Bí thư Thường trực Quận ủy``: the person introduced with those titles."""
    titles, end = parse_chain(text, pos)
    if not titles:
        return
    wanted = {(t.role, t.body.head if t.body else None) for t in titles}
    holders = set.intersection(*(holders_of.get(w, set()) for w in wanted))
    if len(holders) == 1:
        found.mentions.append((holders.pop(), Span(pos, end)))
    found.covered.add(pos, end)


@cache
def _title_starts() -> Phrases:
    lex = lexicon()
    return lex.role_re | lex.department_title_re


def _title_first(text: str, found: _Collector, lists: list, title_mentions: list[int]) -> None:
    """``Bí thư Thành ủy Lê Văn A``: titles, then a name that starts with a family name."""
    lex = lexicon()
    pos = 0
    starts = _title_starts()
    ends = [m.start() for m in _SENTENCE_END_AT_RE.finditer(text)]
    while True:
        m = starts.search(text, pos)
        if not m:
            return
        pos = m.end()
        if found.is_covered(m.start()):
            continue
        titles, end = parse_chain(text, m.start())
        if not titles:
            continue
        head = _LIST_HEAD_RE.match(text, end)
        if head:
            sentence_end = _sentence_end(text, head.end(), ends)
            lists.append((Span(head.end(), sentence_end), titles))
            pos = head.end()
            continue
        shared = _names_after_colon(text, end)
        if shared:
            for name, span in shared:  # "các Phó Chủ tịch UBND tỉnh: A, B": each holds the titles
                found.add(name, span, titles)
            found.covered.add(m.start(), shared[-1][1].end)
            pos = shared[-1][1].end
            continue
        if text.startswith(" ", end):
            name = read_name(text, end + 1)
            if name and name[0].split()[0] in lex.surnames:
                found.add(name[0], Span(end + 1, name[1]), titles)
                found.covered.add(m.start(), name[1])
                pos = name[1]
                continue
        if titles[0].role_span.start == m.start() and m.group()[0].isupper():
            title_mentions.append(m.start())  # "Chủ tịch UBND huyện tiếp thu": its holder, if one
        pos = max(pos, end)


_COLON_RE = re.compile(r"\s*:\s*")


def _names_after_colon(text: str, pos: int) -> list[tuple[str, Span]]:
    """``Phó Chủ tịch UBND tỉnh: Nguyễn Văn A, Trần Thị B``: the bare names a title heads with a colon."""
    names: list[tuple[str, Span]] = []
    sep = _COLON_RE.match(text, pos)
    while sep and (name := read_name(text, sep.end())) and name[0].split()[0] in lexicon().surnames:
        names.append((name[0], Span(sep.end(), name[1])))
        sep = LIST_SEP_RE.match(text, name[1])
    return names


# every place a sentence may end: a stop before a space or the end, a line break
_SENTENCE_END_AT_RE = re.compile(r"(?=[.!?](?:\s|$)|\n)")


def _sentence_end(text: str, pos: int, ends: list[int]) -> int:
    """The first sentence end at or after ``pos``; ``ends`` lists them all, in order."""
    i = bisect_left(ends, pos)
    return ends[i] if i < len(ends) else len(text)


def _later_mentions(text: str, found: _Collector) -> None:
    """Every other place the article names a known person by their full name."""
    named = Intervals()
    for _, span in found.mentions:
        named.add(span.start, span.end)
    for name, spans in occurrences(found.by_name, text).items():
        found.mentions.extend((name, span) for span in spans if span.start not in named)


def _deputies_follow_their_head(persons: list[PersonMention]) -> None:
    """``A giữ chức Chủ tịch Hội Nông dân huyện; B và C giữ chức Phó Chủ tịch``: a deputy post
    written without its body is in the body of the head post named just before it."""
    posts = sorted((p for person in persons for p in person.posts), key=lambda p: p.span.start)
    last_with_body: dict[str, Post] = {}  # role -> the latest post so far of that role with a body
    for post in posts:
        head = last_with_body.get(post.role[len("Phó "):]) if post.role.startswith("Phó ") else None
        if post.body is None and head is not None and post.span.start - head.span.start <= 400:
            post.body = head.body
        if post.body is not None:
            last_with_body[post.role] = post


def _merge_partial_names(found: _Collector) -> None:
    """``bà Quỳnh Hoa`` after ``bà Tôn Nữ Thị Quỳnh Hoa`` (given names), ``đồng chí Y Ngọc``
    after ``Y Ngọc Ksor``: a part of exactly one longer name, with no posts of its own, is that person."""
    names = list(found.by_name)
    longer_names = LongerNames(names)
    renames: dict[str, tuple[int, str]] = {}
    for short in names:
        person = found.by_name[short]
        if person.posts:
            continue
        longer = longer_names(short)
        if len(longer) == 1:
            del found.by_name[short]
            renames[short] = (len(renames), longer[0])
    if renames:
        found.mentions = [(renamed(n, renames), s) for n, s in found.mentions]


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per role and body; a bodiless post goes when the same role has a body."""
    with_body = {p.role for p in posts if p.body is not None}
    kept, seen = [], set()
    for post in posts:
        if post.body is None and post.role in with_body:
            continue
        signature = (post.role, post.body.head if post.body else None, post.body.place if post.body else None)
        if signature in seen:
            continue
        seen.add(signature)
        kept.append(post)
    return kept


def _byline(article: Article) -> list[tuple[str, Span]]:
    """The authors named on a line of their own at the end (``-Thanh Thủy-``, ``HỒ VĂN``,
    ``Tin, ảnh: Quốc Việt``, ``Văn Dũng - Thu Hiền``, ``Thu Hà - Đảng ủy xã``)."""
    text = article.text
    start = text.rfind("\n") + 1
    if len(text) - start > 1000:
        return []  # a paragraph, not a byline: not copied and scanned again (a one-line article is all of it)
    prefix = _BYLINE_PREFIX_RE.match(text, start)
    if prefix:
        start = prefix.end()
    line = re.sub(r"\s*\([^()]*\)\s*$", "", text[start:])  # "Thu Hà (Đảng ủy phường X)"
    if cues("source").match(line):
        return []  # "Theo Báo Nghệ An", "Nguồn: Cổng thông tin ...": a publication, no author
    office = line.rfind(" - ")
    if office > 0 and lexicon().stop_re.match(line, office + 3):
        line = line[:office]  # "Thu Hà - Văn phòng Đảng ủy xã": the author's office, no author
    if len(line) > 60 or lexicon().stop_re.search(line) or any(ch.isdigit() for ch in line):
        return []
    authors = []
    for part in re.finditer(r"[^-]+", line):
        m = _BYLINE_RE.match(part.group())
        if not m:
            return []
        name = m.group(1)
        if len(name.split()) < 2 and "." not in name:
            return []
        offset = start + part.start() + m.start(1)
        authors.append((title_case(name), Span(offset, offset + len(name))))
    return authors
