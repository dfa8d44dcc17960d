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

from ..lexicon import Lexicon, Phrases, built, lexicon, read_tsv, word_pattern
from ..model import Article, PersonMention, Span
from .address import list_head_re, list_next_re, next_item_re, trigger_re, triggers
from .appointments import elected_end
from .bare_names import bare_name_openings, titled_bare_name_at
from .bylines import bylines
from .names import addressed_names, has_family_name, listed_names, read_name
from .titles import appositive_titles, title_name_gap_re, titles_after_name
from .spans import Intervals
from .writing import list_sep_re
from .body_names import parse_body
from .title_chains import parse_chain
from .title_grammar import Title
from .name_index import LongerNames, occurrences, renamed
from .memberships import membership_end, name_sep_re, person_nouns, titles_after_membership
from .post_rules import deputies_follow_their_head, distinct_posts, qualified_in_parentheses, \
    qualified_posts_cover_their_role
from .team_duties import team_duties
from .subject_bodies import give_subject_body
from .posts_given_to import posts_given_to
from .person_collector import Collector

_SPACE_RE = re.compile(r" ")
_TEXT_END_RE = re.compile(r"\s*\Z")


@dataclass
class PersonFacts:
    persons: list[PersonMention]
    mentions: list[tuple[str, Span]]  # every place a person is named, by name or by title
    role_spans: list[Span] = field(default_factory=list)  # words that make a role: not a body's name
    title_bodies: list = field(default_factory=list)  # BodyRefs named inside titles
    lists: dict[int, int] = field(default_factory=dict)  # mention start -> the list it was read in


def _after_person_noun(text: str, found: Collector) -> None:
    """``cử tri Hoàng Văn A``, ``Đảng viên Chi bộ khu phố 7 Trần Văn B``: a name with a family name."""
    for m in person_nouns().finditer(text):
        if found.is_covered(m.start()) or not text.startswith(" ", m.end()):
            continue
        pos = m.end() + 1
        body = parse_body(text, pos)
        if body is not None and text.startswith(" ", body[0].span.end):
            pos = body[0].span.end + 1
        name = read_name(text, pos)
        if not has_family_name(name):
            continue
        titles = []
        sep = name_sep_re().match(text, name[1])
        end = name[1]
        if sep:
            titles, chain_end = titles_after_name(text, sep.end())
            end = chain_end if titles else end
        elected = elected_end(text, end)  # "bầu anh Lò Văn A giữ chức Bí thư Tỉnh đoàn"
        if elected is not None:
            more, more_end = parse_chain(text, elected)
            titles, end = (titles + more, more_end) if more else (titles, end)
        found.add(name[0], Span(pos, name[1]), titles)
        found.covered.add(m.start(), end)


def _trigger_ok(text: str, m: re.Match) -> bool:
    """``ông``/``bà`` with a capital only open a sentence (``Hai Bà Trưng`` is a place)."""
    word = m.group().strip()
    if word[:1].isupper() and word.lower() in lexicon().words("address"):
        before = m.start()
        while before and text[before - 1].isspace():  # not text[:start].rstrip(): a copy per word
            before -= 1
        return not before or text[before - 1] in ".:;!?\n(\"“"
    return True


def extract_persons(article: Article) -> PersonFacts:
    text = article.text
    found = Collector(text)
    lists: list[tuple[Span, list[Title]]] = []
    # where "đồng chí" is followed by titles alone, with the chain read there if one was (given to no one)
    title_mentions: list[tuple[int, tuple[list[Title], int] | None]] = []
    for m in triggers(text):
        if not _trigger_ok(text, m) or found.is_covered(m.start()):
            continue
        pos = m.end()
        again = trigger_re().match(text, pos)  # "đồng chí đồng chí A": a repeated word
        if again:
            pos = again.end()
        end = _read_person_list(text, pos, found)
        if end is None:
            title_mentions.append((pos, None))
        else:
            found.covered.add(m.start(), end)
    _title_first(text, found, lists, title_mentions)
    _bare_lists(text, found)
    _after_person_noun(text, found)
    holders = _holders_index(found)
    for pos, chain in title_mentions:  # after every introduction, so the holder is known
        _title_mention(text, pos, chain or parse_chain(text, pos), found, holders)
    mentions = sorted(found.mentions, key=lambda x: x[1].start)
    starts = [span.start for _, span in mentions]
    for span, titles in lists:
        listed = {}  # each name listed -> where it is first named there
        for name, mention in mentions[bisect_left(starts, span.start):bisect_left(starts, span.end)]:
            listed.setdefault(name, mention)
        for name in sorted(listed):
            found.give(found.by_name[name], qualified_in_parentheses(text, listed[name].end, titles))
    _later_mentions(text, found)
    for name, titles in posts_given_to(text, found.mentions):  # "miễn nhiệm chức ... đối với ông A"
        found.give(found.by_name[name], titles)
    for name, post in team_duties(text, found.mentions):
        found.by_name[name].posts.append(post)
    _merge_partial_names(found)
    persons = list(found.by_name.values())
    deputies_follow_their_head(persons)
    for person in persons:
        person.posts = qualified_posts_cover_their_role(distinct_posts(person.posts))
    for name, span in bylines(text):
        if name in found.by_name:
            found.by_name[name].is_author = True
        else:
            persons.append(PersonMention(name=name, span=span, is_author=True))
    found.mentions.sort(key=lambda x: x[1].start)
    return PersonFacts(persons, found.mentions, found.role_spans, found.title_bodies, found.lists)


def _read_person_list(text: str, pos: int, found: Collector) -> int | None:
    """``A – TITLES; B – TITLES`` from ``pos``: each person with their titles; the end, or None."""
    list_number = len(found.mentions)
    end = None
    first, with_titles = True, False
    pending: list[str] = []  # the people listed since the last one elected: an election after them is theirs too
    while True:
        name = read_name(text, pos)
        if name and not first and _TEXT_END_RE.match(text, name[1]):
            return end  # "Các ông: A, Vương Đứ": an excerpt cut the list, maybe in the last name
        if not name:
            title_first = _title_then_name(text, pos)
            if title_first is None:
                return end
            titles, name_start, name_text, after = title_first
            found.add(name_text, Span(name_start, after), titles)
            found.lists[name_start] = list_number
            end, first, with_titles = after, False, True
            nxt = list_next_re().match(text, end)
            if not nxt:
                return end
            pos = nxt.end()
            continue
        name_text, after = name
        titles, after_titles = [], after
        sep = name_sep_re().match(text, after) or _SPACE_RE.match(text, after)  # "bà A Phó Chủ tịch ..."
        if sep:
            titles, chain_end = titles_after_name(text, sep.end())
            titles, chain_end = (titles, chain_end) if titles else titles_after_membership(text, after)
            if titles:
                after_titles = chain_end
        elected = elected_end(text, after_titles)
        more, more_end = parse_chain(text, elected) if elected else ([], None)
        give_subject_body(text, pos, more)  # "UBND tỉnh có ông A làm Chủ tịch"
        if more:
            titles += more
            after_titles = more_end
        # "A, <titles the lexicon lacks>; B, ...": an item with titles, though none is read
        unread = not titles and sep and sep.group().strip() and text[sep.end():sep.end() + 1].isupper() \
            and not _item_starts(text, sep.end())
        titled = bool(titles or unread)
        if not first and titled != with_titles and not (more and not with_titles):
            member_end = membership_end(text, after) if with_titles else None
            if member_end is None:
                return end  # a list goes on with names like the first: all with titles, or all bare
            after_titles = member_end  # "...; C, đảng viên Chi bộ khu phố 5": an item with no post
        if more and not first:
            for earlier in pending:  # "A và B giữ chức Phó Chủ tịch", "A, Bí thư ...; B, ... được bầu ...": both
                found.give(found.by_name[earlier], more)
        pending = [] if more else [*pending, name_text]
        found.add(name_text, Span(pos, after), titles)
        found.lists[pos] = list_number
        end = after_titles
        if first:
            with_titles = titled
        first = False
        nxt = list_next_re().match(text, end)
        if titled and (not nxt or not _item_starts(text, nxt.end())):
            nxt = next_item_re().match(text, end)  # "A, Bí thư ..., <a title the lexicon lacks>; B, ...": on to B
        if not nxt:
            return end
        pos = nxt.end()


def _bare_lists(text: str, found: Collector) -> None:
    """``Tham dự có Lê Văn A, Bí thư Huyện ủy; Trần Thị B, ...``: people with titles and no form of address."""
    for pos in bare_name_openings(text):
        if not found.is_covered(pos) and titled_bare_name_at(text, pos):
            end = _read_person_list(text, pos, found)
            if end is not None:
                found.covered.add(pos, end)


def _item_starts(text: str, pos: int) -> bool:
    """Whether a person of a list (a name, or titles then a name) is named at ``pos``."""
    return read_name(text, pos) is not None or _title_then_name(text, pos) is not None


def _title_then_name(text: str, pos: int):
    """``Bí thư Tỉnh ủy Trần Văn A``: (titles, name start, name, name end), or None."""
    titles, end = parse_chain(text, pos)
    if not titles or not text.startswith(" ", end):
        return None
    name = read_name(text, end + 1)
    if not has_family_name(name):
        return None
    return titles, end + 1, name[0], name[1]


def _holders_index(found: Collector) -> dict[tuple[str, str | None], set[str]]:
    """(role, body head or None for any body) -> the names of the people holding such a post."""
    index = defaultdict(set)
    for name, person in found.by_name.items():
        for post in person.posts:
            index[(post.role, None)].add(name)
            if post.body:
                index[(post.role, post.body.head)].add(name)
    return index


def _title_mention(text: str, pos: int, chain: tuple[list[Title], int], found: Collector, holders_of: dict) -> None:
    """``đồng chí Phó Bí thư Thường trực Quận ủy``: the person introduced with those titles (``chain``, read at ``pos``)."""
    titles, end = chain
    if not titles:
        return
    wanted = {(t.role, t.body.head if t.body else None) for t in titles}
    holders = set.intersection(*(holders_of.get(w, set()) for w in wanted))
    if len(holders) == 1:
        found.mentions.append((holders.pop(), Span(pos, end)))
    found.covered.add(pos, end)


@cache
def _candidacy_before_re() -> re.Pattern:
    words = sorted((row[0] for row in read_tsv("candidacy.tsv")), key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, words))})\s+$", re.IGNORECASE)


@built
def _title_starts(lex: Lexicon) -> Phrases:
    return lex.role_re | lex.department_title_re


def _title_first(text: str, found: Collector, lists: list, title_mentions: list) -> None:
    """``Bí thư Thành ủy Lê Văn A``: titles, then a name that starts with a family name."""
    pos = 0
    starts = _title_starts()
    while True:
        m = starts.search(text, pos)
        if not m:
            return
        pos = m.end()
        if found.is_covered(m.start()):
            continue
        former = _former_before_re().search(text, max(0, m.start() - 12), m.start())
        start = former.start() if former else m.start()  # "nguyên Phó Chủ tịch Quốc hội A"
        titles, end = parse_chain(text, start)
        if not titles:
            continue
        if _candidacy_before_re().search(text, max(0, start - 20), start):
            pos = max(pos, end)  # "người ứng cử đại biểu HĐND tỉnh gồm: ...": a post sought, not held
            continue
        head = list_head_re().match(text, end)
        if head:
            sentence_end = _sentence_end(text, head.end())
            lists.append((Span(head.end(), sentence_end), titles))
            named = {mention.start for _, mention in found.mentions}
            for name, span in addressed_names(text, head.end()):
                if span.start not in named:  # "các Phó Bí thư gồm các anh A; B và chị C": B named here alone
                    found.add(name, span, [])
            pos = head.end()
            continue
        titled_end = _titled_list_after_colon(text, end, titles, found)
        if titled_end is not None:  # "Chủ tọa kỳ họp: Ông A - Bí thư ...; ông B - Phó Chủ tịch ...": all hold it
            found.covered.add(m.start(), titled_end)
            pos = titled_end
            continue
        shared = _names_after_colon(text, end)
        if shared:
            for name, span in shared:  # "các Phó Chủ tịch UBND tỉnh: A, B": each holds the titles
                found.add(name, span, titles)
            found.covered.add(m.start(), shared[-1][1].end)
            pos = shared[-1][1].end
            continue
        # "Bí thư Tỉnh ủy Lê Văn A", "Bí thư Tỉnh ủy - Lê Văn A"; a caption's dash ends the title even where
        # the lexicon does not reach it ("Tổng Biên tập Báo Long Hà-Lê Văn A")
        gap = title_name_gap_re().match(text, end)
        name = read_name(text, gap.end()) if gap else None
        if gap and not has_family_name(name):
            gap = _TITLE_TAIL_DASH_RE.match(text, end)
            name = read_name(text, gap.end()) if gap else None
        if has_family_name(name):
            named = [(name[0], Span(gap.end(), name[1]))]
            if _plural_before_re().search(text, max(0, start - 6), start):
                named += listed_names(text, list_sep_re().match(text, name[1]))  # "các Phó Bí thư A, B"
            for holder, span in named:
                found.add(holder, span, titles)
            end = named[-1][1].end
            more, more_end = appositive_titles(text, end) if len(named) == 1 else ([], end)
            if more:  # "Tổng Bí thư A, Bí thư Quân ủy Trung ương đến dự": the name's own titles after it
                found.give(found.by_name[named[0][0]], more)
                end = more_end
            found.covered.add(start, end)
            pos = end
            continue
        if titles[0].role_span.start == m.start() and m.group()[0].isupper():
            # "Chủ tịch UBND huyện tiếp thu": its holder, if one; the chain read here, when read from there
            title_mentions.append((m.start(), (titles, end) if start == m.start() else None))
        pos = max(pos, end)


_COLON_RE = re.compile(r"\s*:\s*")
_TITLED_ITEM_SEP_RE = re.compile(r"\s+[-–]\s+(?=[^\W\d_])")  # "A - Bí thư ...": a name, a dash, its titles
_TITLE_TAIL_DASH_RE = re.compile(r" [^\W\d_][^,;:.()\n-]{0,40}?\s?-\s?")
_former_before_re = word_pattern(r"(?<![^\W_]){former}\s+$", re.IGNORECASE)  # "nguyên Phó Chủ tịch"
_plural_before_re = word_pattern(r"(?<![^\W_]){many}\s+$", re.IGNORECASE)  # "các Phó Bí thư"


def _titled_list_after_colon(text: str, pos: int, titles: list, found: Collector) -> int | None:
    """``Thư ký kỳ họp: bà A - Phó Chánh Văn phòng; bà B - Chuyên viên``: a list of people with their own
    titles after a duty and its colon; each holds the duty too. The list's end, or None."""
    colon = _COLON_RE.match(text, pos)
    if not colon or any(title.body is not None for title in titles):
        return None  # a duty of the sitting (Chủ tọa, Thư ký), not a post in a body: whose list that is, is read apart
    address = trigger_re().match(text, colon.end())
    start = address.end() if address else colon.end()
    name = read_name(text, start)
    if not has_family_name(name) or not _TITLED_ITEM_SEP_RE.match(text, name[1]):
        return None
    before = len(found.mentions)
    end = _read_person_list(text, start, found)
    listed = {listed_name for listed_name, _ in found.mentions[before:]}
    for listed_name in listed:
        found.give(found.by_name[listed_name], titles)
    return end if listed else None


def _names_after_colon(text: str, pos: int) -> list[tuple[str, Span]]:
    """``Phó Chủ tịch UBND tỉnh: Nguyễn Văn A, Trần Thị B``: the bare names a title heads with a colon."""
    return listed_names(text, _COLON_RE.match(text, pos))


# every place a sentence may end: a stop before a space or the end, a line break
_SENTENCE_END_AT_RE = re.compile(r"(?=[.!?](?:\s|$)|\n)")


def _sentence_end(text: str, pos: int) -> int:
    """The first sentence end at or after ``pos``."""
    end = _SENTENCE_END_AT_RE.search(text, pos)
    return end.start() if end else len(text)


def _later_mentions(text: str, found: Collector) -> None:
    """Every other place the article names a known person by their full name."""
    named = Intervals()
    for _, span in found.mentions:
        named.add(span.start, span.end)
    for name, spans in occurrences(found.by_name, text).items():
        found.mentions.extend((name, span) for span in spans if span.start not in named)


def _merge_partial_names(found: Collector) -> None:
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
