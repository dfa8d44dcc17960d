"""A department head's title written bare before a name (``Chủ nhiệm Trần Văn A``) in an article that names
one department with that head (``Ủy ban Kiểm tra Tỉnh ủy X``) is that department's post: the role as the
title built on the department is written out (``Chủ nhiệm Ủy ban Kiểm tra``), the body its committee. So is
that title written out without its committee (``làm Chủ nhiệm Ủy ban Kiểm tra`` after ``Ủy ban Kiểm tra Tỉnh
đoàn X``). With no
such department, or with several, the post stays as written, without a body."""
from __future__ import annotations

from .lexicon import key, lexicon
from .model import BodyRef, PersonMention


def _heads_of(department: BodyRef) -> dict[str, str]:
    """The bare titles of this department's heads (Chủ nhiệm, Phó Chủ nhiệm) and the role each writes out."""
    lex = lexicon()
    entry = next((d for d in lex.departments.values() if d.name == department.head), None)
    if entry is None:
        return {}
    bare_titles = {key(word) for word in lex.words("bare-department-head")}
    heads = {}
    for title, (template, body_of) in lex.department_titles.items():
        if body_of != "committee" or "{head}" not in template:
            continue
        bare = " ".join(template.format(head=entry.head_title, dept="").split())
        if key(bare) in bare_titles and key(bare) == title:
            heads[bare] = template.format(head=entry.head_title, dept=entry.name)
    return heads


def _role_in(role: str, heads: dict[str, str]) -> str | None:
    """The role written out if ``role`` is one of these heads' titles, bare or already built on the department."""
    return heads.get(role) or (role if role in heads.values() else None)


def place_bare_head_titles(bodies: list[BodyRef], persons: list[PersonMention]) -> None:
    """Give each bodiless bare head's title the one department the article names with that head."""
    departments = {}
    for body in bodies:
        if body.of is not None and body.of.name and body.name:
            departments.setdefault(body.name, body)
    for person in persons:
        for post in person.posts:
            if post.body is not None:
                continue
            matches = {name: (body, role) for name, body in departments.items()
                       if (role := _role_in(post.role, _heads_of(body)))}
            if len(matches) == 1:
                body, role = next(iter(matches.values()))
                post.role, post.body = role, body.of
