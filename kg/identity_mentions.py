"""A person as one article names them, with what their posts say of where they work: the
mentions :mod:`kg.identity` groups into identities.

A post pins its holder to a place when its body is resolved (and so is everything it belongs to)
and its name ends with a place (``Ban Tổ chức Huyện ủy Gio Linh``: the district Gio Linh, in the
province Quảng Trị). A person whose posts name no province is taken to be of the province the
article is about, when it names just one: enough to keep namesakes of two provinces apart.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property

from .body_places import PROVINCE, place_of_body, place_tier, provinces_of
from .graph import person_iri
from .identity_rules import Standing, post_standing, province_unit
from .model import ArticleFacts, BodyRef

@dataclass(frozen=True)
class Mention:
    """A person as one article names them, with what their posts say of where they work."""

    person: str  # the article's person IRI
    name: str
    article: str  # the article's identifier (its input name)
    published: str = ""  # ISO date, "" when unknown
    posts: tuple[str, ...] = ()  # "Bí thư, Huyện ủy Gio Linh"
    bodies: tuple[str, ...] = ()  # canonical names of the place-pinned (or national) bodies of the posts
    places: tuple[str, ...] = ()  # "district:Gio Linh", "commune:Gio Mai", "province:Quảng Trị"
    provinces: tuple[str, ...] = ()  # the provinces those places lie in, where that is certain
    home: str = ""  # the one province the article names, when the posts say none: for conflicts only
    standing: tuple[str, ...] = ()  # the Standing values of the posts (kg.identity_rules)

    # where and units are asked for each pair of mentions a block compares: made once (frozen)
    @cached_property
    def where(self) -> frozenset[str]:
        """The provinces this person is placed in, by their posts or else by their article; a central
        post holder with no post in a province is placed nowhere (they visit every province)."""
        if self.provinces:
            return frozenset(self.provinces)
        standing = set(self.standing)
        if Standing.CENTRAL in standing and not standing & {Standing.HEAD, Standing.LEADER}:
            return frozenset()
        return frozenset({self.home} if self.home else ())

    @cached_property
    def units(self) -> frozenset[str]:
        """:attr:`where` as the provinces have been since the 2025 mergers."""
        return frozenset(province_unit(p) for p in self.where)

    @cached_property
    def career(self) -> dict:
        """What :func:`kg.identity_rules.career_evidence` reads of this mention."""
        return {"standing": set(self.standing), "units": self.units, "where": self.where}

    def to_dict(self) -> dict:
        return {field.name: getattr(self, field.name) for field in fields(self)}  # asdict deep-copied each value

    @classmethod
    def from_dict(cls, data: dict) -> Mention:
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.published or "9999", self.article, self.person)


def _pinned(body: BodyRef) -> bool:
    """Pinned to one real body across articles: resolved, and so is everything it belongs to."""
    while body is not None:
        if not body.resolved or not body.name:
            return False
        body = body.of
    return True


def article_province(facts: ArticleFacts) -> str | None:
    """The one province an article names (``tỉnh X``, a province-tier city, or a district of only one province)."""
    found = set()
    for word, names in facts.places.items():
        for name in names:
            found |= provinces_of(place_tier(word, name) or "", name)
    return found.pop() if len(found) == 1 else None


def mentions_of(facts: ArticleFacts) -> list[Mention]:
    """The persons of one article, as :func:`kg.identity.resolve_block` needs them.

    A person whose posts do not say their province is taken to be of the
    province the article is about, when it names just one: enough to keep apart
    namesakes of two provinces, though not to merge on its own (see :func:`kg.identity._judge`).
    """
    article = facts.article.name
    published = facts.published.isoformat() if facts.published else ""
    home = article_province(facts)
    mentions = []
    for person in facts.persons:
        posts, bodies, places, provinces, standing = set(), set(), set(), set(), set()
        for post in person.posts:
            body = post.body if post.body is not None and post.body.name else None
            posts.add(f"{post.role}, {body.name}" if body else post.role)
            standing |= post_standing(post.role, body.name if body else "")
            # a former post (nguyên Bí thư ...) is as good a clue to who they are as a current one
            if body is None or not _pinned(body):
                continue
            bodies.add(body.name)
            place = place_of_body(body.name)
            if place:
                places.add(f"{place[0]}:{place[1]}")
                provinces.update(provinces_of(*place))
        mentions.append(Mention(
            person=person_iri(person.name, article), name=person.name, article=article, published=published,
            posts=tuple(sorted(posts)), bodies=tuple(sorted(bodies)), places=tuple(sorted(places)),
            provinces=tuple(sorted(provinces)), home="" if provinces else home or "",
            standing=tuple(sorted(s.value for s in standing))))
    return mentions
