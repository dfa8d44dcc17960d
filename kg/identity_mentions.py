"""A person as one article names them, with what their posts say of where they work: the
mentions :mod:`kg.identity` groups into identities.

A post pins its holder to a place when its body is resolved (and so is everything it belongs to)
and its name ends with a place (``Ban Tổ chức Huyện ủy Gio Linh``: the district Gio Linh, in the
province Quảng Trị). A person whose posts name no province is taken to be of the province the
article is about, when it names just one: enough to keep namesakes of two provinces apart.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from .gazetteer import gazetteer
from .graph import person_iri
from .identity_rules import Standing, post_standing, province_unit
from .model import ArticleFacts, BodyRef

# Tiers of place a post can pin a person to; provinces decide conflicts.
PROVINCE = "province"


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

    @property
    def where(self) -> set[str]:
        """The provinces this person is placed in, by their posts or else by their article; a central
        post holder with no post in a province is placed nowhere (they visit every province)."""
        if self.provinces:
            return set(self.provinces)
        standing = set(self.standing)
        if Standing.CENTRAL in standing and not standing & {Standing.HEAD, Standing.LEADER}:
            return set()
        return {self.home} if self.home else set()

    @property
    def units(self) -> set[str]:
        """:attr:`where` as the provinces have been since the 2025 mergers."""
        return {province_unit(p) for p in self.where}

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Mention:
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})

    @property
    def order(self) -> tuple[str, str, str]:
        return (self.published or "9999", self.article, self.person)


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    """Place words and committee names to their tier, and a pattern for ``<word or committee> <Place>`` at the end of a name."""
    from .extract.grammar import lexicon

    words, committees = {}, {}
    for level in lexicon().levels.values():
        words[level.word] = level.tier
        if level.committee != "Đảng ủy":  # Đảng ủy X: the place word says the tier, not the committee
            committees[level.committee] = level.tier
    heads = sorted({*words, *committees}, key=len, reverse=True)
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, heads)) + r") ((?:[^\W\d_][\w-]*|\d+)(?: [^\W\d_][\w-]*)*)$")
    return words, committees, pattern


def place_of_body(name: str) -> tuple[str, str] | None:
    """(tier, place) a canonical body name ends with: ``Ban Tổ chức Huyện ủy Gio Linh`` → (district, Gio Linh)."""
    words, committees, pattern = _levels()
    m = pattern.search(name)
    if not m:
        return None
    head, place = m.group(1), m.group(2)
    tier = words.get(head) or committees.get(head)
    if tier == "city":  # thành phố / Thành ủy: a province-tier city, or a city within a province
        tier = PROVINCE if place in gazetteer().provinces else "district"
    return (tier, place) if tier else None


def provinces_of(tier: str, place: str) -> frozenset[str]:
    districts = gazetteer().districts
    if tier == PROVINCE:
        return frozenset({place})
    if tier == "district" and len(districts.get(place, ())) == 1:
        return districts[place]
    return frozenset()


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
        tier = _levels()[0].get(word)
        for name in names:
            if tier == "city":
                tier_here = PROVINCE if name in gazetteer().provinces else "district"
            else:
                tier_here = tier
            found |= provinces_of(tier_here or "", name)
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
            person=str(person_iri(person.name, article)), name=person.name, article=article, published=published,
            posts=tuple(sorted(posts)), bodies=tuple(sorted(bodies)), places=tuple(sorted(places)),
            provinces=tuple(sorted(provinces)), home="" if provinces else home or "",
            standing=tuple(sorted(s.value for s in standing))))
    return mentions
