"""What holds across the posts an article gives: a deputy post written without its body is in the body
of the head post just before it, a qualified post stands for its role in the same body, and one post per
role and body."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..lexicon import lexicon
from ..model import PersonMention, Post
from .title_grammar import Title


def deputies_follow_their_head(persons: list[PersonMention]) -> None:
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


def distinct_posts(posts: list[Post]) -> list[Post]:
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


def qualified_posts_cover_their_role(posts: list[Post]) -> list[Post]:
    """``Các Phó Bí thư Tỉnh ủy gồm: bà A (Phó Bí thư Thường trực), ...``: a person given a role and the same
    role qualified (words.tsv post-qualifier) in one body holds one post, the qualified one, which keeps the
    body the general one names when it names none. Only a general title written first heads the qualified one:
    written after it (``A, Phó Bí thư Thường trực khóa XVI, được bầu Phó Bí thư khóa XVII``) or of another term
    (``3 Phó Bí thư khóa mới gồm: A (Phó Bí thư Thường trực khóa XVI)``) it is a post of its own."""
    qualifiers = [f" {word.casefold()}" for word in lexicon().words("post-qualifier")]
    general_of = {}  # a qualified post -> the role it qualifies
    for post in posts:
        role = post.role.casefold()
        general = next((role[:-len(q)] for q in qualifiers if role.endswith(q)), None)
        if general:
            general_of[id(post)] = general
    if not general_of:
        return posts
    kept = []
    for post in posts:
        covering = next((q for q in posts if general_of.get(id(q)) == post.role.casefold()
                         and post.span.start < q.span.start and _same_body(q, post)
                         and not _other_terms(q, post)), None)
        if covering is None:
            kept.append(post)
        elif covering.body is None:
            covering.body = post.body
    return kept


@cache
def _term_re() -> re.Pattern:
    lex = lexicon()
    return re.compile(rf"(?<![^\W_])(?:(?:{lex.pattern('term')})\s+([^\W_]+)|(?:{lex.pattern('term-years')})\s+(\d{{4}}))",
                      re.IGNORECASE)


def _other_terms(one: Post, other: Post) -> bool:
    """Whether the two posts' words name terms of office, and not the same."""
    terms = [{m.group().casefold() for m in _term_re().finditer(post.surface)} for post in (one, other)]
    return all(terms) and not terms[0] & terms[1]


def _same_body(one: Post, other: Post) -> bool:
    """Whether two posts may be of one body: the same body's name and place (or one names no place), or one
    names no body."""
    if one.body is None or other.body is None:
        return True
    places = {one.body.place, other.body.place} - {None}
    return one.body.head == other.body.head and len(places) <= 1


@cache
def _qualifier_in_parentheses_re() -> re.Pattern:
    return re.compile(rf"\s*\(\s*({lexicon().pattern('post-qualifier')})\s*\)", re.IGNORECASE)


def qualified_in_parentheses(text: str, name_end: int, titles: list[Title]) -> list[Title]:
    """``Có 4 Phó Bí thư là bà A (thường trực), ông B ...``: a qualifier alone in parentheses after a name
    listed under a title makes that person's post the qualified one."""
    m = _qualifier_in_parentheses_re().match(text, name_end)
    if not m:
        return titles
    word = next(w for w in lexicon().words("post-qualifier") if w.casefold() == m.group(1).casefold())
    return [replace(title, role=f"{title.role} {word}") for title in titles]
