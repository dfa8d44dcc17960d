"""The people found so far in one article, as the parsers of kg.extract.persons add them: one mention per
name, each place it is named, the posts given, and the spans already read."""
from __future__ import annotations

from ..model import PersonMention, Post, Span
from .spans import Intervals
from .title_grammar import Title


class Collector:
    """The people an article names as the parsers find them: each name once, its posts, where it is named."""

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
            if title.department_apart:
                self.title_bodies.append(title.department)
            post = Post(role=title.role, body=title.body, surface=self.text[title.span.start:title.span.end].strip(),
                        span=title.span, former=title.former)
            person.posts.append(post)

    def is_covered(self, pos: int) -> bool:
        return pos in self.covered
