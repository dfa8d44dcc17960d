"""Tenures reported as starting or ending: elections and appointments, retirements and posts given up.

A post the persons extractor found is marked as starting or ending when the article reports it so,
by the cue words of ``lexicon/tenure_cues.tsv`` (what each kind of cue reaches is said there). A cue
reaches only the posts of its clause (a sentence, or its part up to a semicolon), and a post takes
the nearest cue before it: ``quyết định nghỉ hưu cho ông A, ...; bổ nhiệm ông B, ... giữ chức ...``
ends A's post and starts B's new one, and leaves the post B is introduced with alone.
"""
from __future__ import annotations

import bisect

from ..lexicon import Lexicon, Phrases, built, read_tsv
from ..model import Article, Change, PersonMention, Post, Span, Tenure
from .components import Doc

_CLAUSE_END = ";"
_LINKING = " ,"  # what may stand beside a holds or chain word: spaces and commas


@built
def _cues(lex: Lexicon) -> dict[str, Phrases]:
    """The cue words by kind: start, end, holds, chain."""
    rows = read_tsv("tenure_cues.tsv")
    return {kind: lex.phrases(r[0] for r in rows if r[1] == kind) for kind in ("start", "end", "holds", "chain")}


def _only(text: str, words: Phrases) -> bool:
    """``text`` is nothing but spaces, commas and at most one of ``words``."""
    bare = text.strip(_LINKING)
    if not bare:
        return True
    m = words.match(bare, 0)
    return m is not None and m.end() == len(bare)


def _ends_with(text: str, words: Phrases) -> bool:
    """``text`` ends with one of ``words`` (spaces and commas after it aside)."""
    bare = text.rstrip(_LINKING)
    return any(m.end() == len(bare) for m in words.finditer(bare))


def tenures(doc: Doc) -> list[tuple[Post, Tenure]]:
    """Each post of ``doc.persons`` the article reports as starting or ending, with its :class:`Tenure`."""
    article, persons = doc.article, doc.persons
    text, cues = article.text, _cues()
    marks = sorted((m.start(), m.end(), Change(kind)) for kind in ("start", "end") for m in cues[kind].finditer(text))
    starts = [m[0] for m in marks]
    found: dict[int, Tenure] = {}  # id(post) -> its tenure
    for person in persons:
        posts = sorted(person.posts, key=lambda p: p.span.start)
        for post in posts:
            before = bisect.bisect_right(starts, post.span.start) - 1
            cue = marks[before] if before >= 0 and marks[before][1] <= post.span.start else None
            if cue is not None and cue[0] >= _clause(article, post.span.start).start:
                tenure = _reached(text, post, cue, cues)
                if tenure is not None:
                    found[id(post)] = tenure
        _chained(text, posts, found, cues["chain"])
    for cue in marks:
        _introduced(article, persons, doc.mentions, cue, found, cues["holds"])
    return [(post, found[id(post)]) for person in persons for post in person.posts if id(post) in found]


def _clause(article: Article, pos: int) -> Span:
    """The sentence around ``pos``, or its part between semicolons."""
    i = bisect.bisect_right([s.start for s in article.sentences], pos) - 1
    sentence = article.sentences[i] if i >= 0 else Span(0, len(article.text))
    start = article.text.rfind(_CLAUSE_END, sentence.start, pos) + 1 or sentence.start
    end = article.text.find(_CLAUSE_END, pos, sentence.end)
    return Span(max(start, sentence.start), sentence.end if end < 0 else end)


def _tenure(text: str, cue: tuple[int, int, Change]) -> Tenure:
    start, end, change = cue
    return Tenure(change, text[start:end], Span(start, end))


def _reached(text: str, post: Post, cue: tuple[int, int, Change], cues: dict[str, Phrases]) -> Tenure | None:
    """The tenure ``cue`` (the nearest before ``post`` in its clause) reports of ``post``, if any."""
    if cue[2] is Change.END:
        return _tenure(text, cue)
    if post.former:
        return None
    gap = text[cue[1]:post.span.start]
    return _tenure(text, cue) if _only(gap, cues["holds"]) or _ends_with(gap, cues["holds"]) else None


def _chained(text: str, posts: list[Post], found: dict[int, Tenure], chain: Phrases) -> None:
    """A title given together with a started one (``giữ chức Phó Bí thư, Chủ tịch ...``) starts too."""
    for earlier, later in zip(posts, posts[1:]):
        tenure = found.get(id(earlier))
        if (tenure is not None and tenure.change is Change.START and id(later) not in found and not later.former
                and _only(text[earlier.span.end:later.span.start], chain)):
            found[id(later)] = tenure


def _introduced(article: Article, persons: list[PersonMention], mentions: list[tuple[str, Span]], cue,
                found: dict[int, Tenure], holds: Phrases) -> None:
    """A cue right after a person's titles, past a comma, is about those titles: ``ông A, Phó Giám đốc Sở,
    nghỉ hưu`` ends them; ``ông A, Bí thư Huyện ủy X, tái đắc cử Bí thư Huyện ủy X`` starts the one
    named again (the persons extractor keeps a post once)."""
    text, (start, end, change) = article.text, cue
    clause = _clause(article, start)
    named = [m for m in mentions if clause.start <= m[1].start and m[1].end <= start]
    if not named:
        return
    name, span = max(named, key=lambda m: m[1].start)
    titles = [p.span.end for person in persons if person.name == name for p in person.posts
              if span.end <= p.span.start and p.span.end <= start]
    if not titles or not (text[:start].rstrip().endswith(",") or not text[max(titles):start].strip(_LINKING)):
        return
    after = end + len(text[end:]) - len(text[end:].lstrip(_LINKING))
    given = holds.match(text, after)
    after = after if given is None else given.end() + 1
    for person in persons:
        if person.name != name:
            continue
        for post in person.posts:
            if span.end <= post.span.start and post.span.end <= start and id(post) not in found:
                if change is Change.END:
                    found[id(post)] = _tenure(text, cue)
                elif not post.former and post.surface and text.startswith(post.surface, after):
                    found[id(post)] = _tenure(text, cue)
