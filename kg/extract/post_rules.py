"""What holds across the posts an article gives: a deputy post written without its body is in the body
of the head post just before it, and one post per role and body."""
from __future__ import annotations

from ..model import PersonMention, Post


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
