"""One identity per real person across articles.

Each article keeps its own person nodes (``res:person/<name>-<hash>``): one
article's words are its evidence. This module links them across articles: the
mentions that share a name block (first and last name) are grouped into
identities, and each identity becomes a canonical ``foaf:Person`` that is
``owl:sameAs`` each article's node, with an ``rdfs:comment`` on every node that
joined it saying why, and on the identity which namesakes were kept apart and why
(the first five, and how many more).

A mention joins an identity only when

* the names agree: the same name, or one written without a middle name that the
  other has (``Nguyễn Giảng`` / ``Nguyễn Văn Giảng``); and
* their posts place them together: a shared body pinned to a place (or national),
  a shared district or commune, or, for the very same name only, a shared province; and
* their posts never put them in different provinces (namesakes in two provinces stay apart).

A name alone merges nothing: two articles naming a ``Nguyễn Văn Hùng`` without a
place say nothing about whether they are one man.

The decision for a block depends only on its mentions, taken in a fixed order
(date, article, node), so an incremental build that recomputes only the blocks it
touched gives the same identities as a build from scratch.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from rdflib import URIRef

from .gazetteer import gazetteer
from .graph import person_iri, short_hash, slug
from .identity_rules import UNPLACED, Standing, career_evidence, post_standing, province_unit, spelling
from .model import ArticleFacts, BodyRef
from .ntriples import FOAF, OWL, RDF, RDFS, SKOS, en, line, vi
from .vocab import RES

IDENTITY_GRAPHS = "graph/identity/"  # under res:, one named graph per name block

# Namesakes an identity names as kept apart from it; the others are only counted.
KEPT_APART_NOTES = 5

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


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name with case and spelling variants (i/y, apostrophes, tone-mark placement) folded.

    A block compares every name with every other: the same few names, folded again and again."""
    return spelling(name)


def block_key(name: str) -> str:
    """Mentions that may be one person share this key: first and last name."""
    tokens = fold(name).split()
    return f"{tokens[0]} {tokens[-1]}" if tokens else ""


def block_graph(block: str) -> URIRef:
    """The named graph holding the identities of one name block."""
    return RES[f"{IDENTITY_GRAPHS}{slug(block)}-{short_hash(block)}"]


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    """Place words and committee names to their tier, and a pattern for ``<word or committee> <Place>`` at the end of a name."""
    from .lexicon import lexicon

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
    """The persons of one article, as :func:`resolve_block` needs them.

    A person whose posts do not say their province is taken to be of the
    province the article is about, when it names just one: enough to keep apart
    namesakes of two provinces, though not to merge on its own (see :func:`_judge`).
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


# ---------------------------------------------------------------- deciding identities

@lru_cache(maxsize=65536)
def names_agree(a: str, b: str) -> str | None:
    """``same name``, ``middle name omitted`` or None."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "same name" if a.casefold().split() == b.casefold().split() else "same name, written two ways"
    short, long = sorted((fa.split(), fb.split()), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return None
    rest = iter(long[1:-1])
    return "middle name omitted" if all(token in rest for token in short[1:-1]) else None


@dataclass
class Identity:
    """One real person: the mentions taken to be them, each with why it joined."""

    founder: Mention
    members: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, reason); the founder's reason is ""
    kept_apart: list[str] = field(default_factory=list)  # why it is not each of the earlier namesakes

    def __post_init__(self):
        self.members.append((self.founder, ""))

    @property
    def mentions(self) -> list[Mention]:
        return [m for m, _ in self.members]

    @property
    def iri(self) -> URIRef:
        # named after its first mention, which later articles do not change
        return RES[f"person/{slug(self.founder.name)}-{short_hash('identity', self.founder.person)}"]

    @property
    def name(self) -> str:
        """The fullest name its articles give (most words, then most often written)."""
        counts = Counter(m.name for m in self.mentions)
        return min(counts, key=lambda n: (-len(n.split()), -counts[n], n))

    def union(self, attribute: str) -> set[str]:
        return {value for m in self.mentions for value in getattr(m, attribute)}


# evidence, strongest first: (rank, says)
def _evidence(mention: Mention, identity: Identity) -> tuple[int, str] | None:
    shared_bodies = sorted(set(mention.bodies) & identity.union("bodies"))
    if shared_bodies:
        return 3, f"both hold posts in {shared_bodies[0]}"
    shared_places = sorted(p for p in set(mention.places) & identity.union("places")
                           if not p.startswith(PROVINCE + ":"))
    if shared_places:
        tier, place = shared_places[0].split(":", 1)
        return 2, f"both hold posts in the {tier} {place}"
    shared_provinces = sorted(set(mention.provinces) & identity.union("provinces"))
    if shared_provinces:
        return 1, f"both hold posts in the province {shared_provinces[0]}"
    return None


def _conflict(mention: Mention, identity: Identity) -> str | None:
    ours, theirs = mention.units, {p for m in identity.mentions for p in m.units}
    if ours and theirs and not ours & theirs:
        return (f"placed in different provinces ({', '.join(sorted(p for m in identity.mentions for p in m.where))}"
                f" / {', '.join(sorted(mention.where))})")
    return None


# verdicts that keep a mention out of an identity whatever else it shares with it
_CONFLICTS = ("placed in different provinces", "posted in different districts")


def _career(mention: Mention, identity: Identity) -> tuple[int, str, bool] | None:
    """The strongest evidence of :func:`kg.identity_rules.career_evidence` with a member of the same full name."""
    ours = {"standing": set(mention.standing), "units": mention.units, "where": mention.where}
    found = [evidence for m in identity.mentions if fold(m.name) == fold(mention.name)
             if (evidence := career_evidence(ours, {"standing": set(m.standing), "units": m.units, "where": m.where}))]
    return max(found, key=lambda e: (e[0], e[2]), default=None)


def _judge(mention: Mention, identity: Identity) -> tuple[tuple[int, int], str] | str:
    """((evidence rank, name rank), reason) when ``mention`` is ``identity``; else why not."""
    naming = max((names_agree(mention.name, m.name) or "" for m in identity.mentions),
                 key=lambda how: (how == "same name", bool(how)))
    if not naming:
        return "the names differ"
    career = _career(mention, identity) if naming.startswith("same name") else None
    conflict = _conflict(mention, identity)
    if conflict and not (career and career[2]):
        return conflict
    evidence = _evidence(mention, identity)
    if career and (evidence is None or career[0] > evidence[0]):
        evidence = career[:2]
    if evidence is None:
        return "their posts share no body or place"
    rank, says = evidence
    if not naming.startswith("same name") and rank < 2:
        return f"{naming}, and only a province in common"
    if rank < 2:
        ours = {p for p in mention.places if p.startswith("district:")}
        theirs = {p for m in identity.mentions for p in m.places if p.startswith("district:")}
        if ours and theirs and not ours & theirs:
            return "posted in different districts of one province"
    return (rank, naming.startswith("same name")), f"{naming}; {says}"


def resolve_block(mentions: Iterable[Mention]) -> list[Identity]:
    """Group one name block's mentions into identities, in a fixed order.

    Each new identity notes the namesakes it was kept apart from, and why: the first
    KEPT_APART_NOTES of them, and how many more. A common name in n articles would
    otherwise bring about n²/2 notes, and the graph would grow with the square of the
    corpus. For the same reason a mention is judged only against the identities it
    shares a body, place or province with: no other can take it in (see :func:`_evidence`).
    """
    identities: list[Identity] = []
    sharing: dict[tuple[str, str], set[int]] = {}  # (kind, body or place) -> the identities (numbers) with it
    named: dict[str, set[int]] = {}  # a name as written -> the identities with a mention of it
    for mention in sorted(mentions, key=lambda m: m.order):
        keys = _evidence_keys(mention)
        candidates = sorted({number for key in keys for number in sharing.get(key, ())})
        joins = [(verdict, number) for number in candidates
                 if isinstance(verdict := _judge(mention, identities[number]), tuple)]
        if joins and len(joins) > 1 and max(j[0][0][0] for j in joins) < 2:
            joins = []  # weak evidence that fits several namesakes fits none of them
        if joins:
            # the strongest evidence wins; among equals, the identity first seen
            (_, reason), number = max(joins, key=lambda j: j[0][0])
            identities[number].members.append((mention, reason))
        else:
            number = len(identities)
            identities.append(Identity(mention, kept_apart=_kept_apart_notes(mention, identities, named)))
        for key in keys:
            sharing.setdefault(key, set()).add(number)
        named.setdefault(mention.name, set()).add(number)
    return _merge_identities(identities)


def _merge_identities(identities: list[Identity]) -> list[Identity]:
    """Join a later identity to an earlier one that one of its mentions is evidently part of, when none of
    its mentions conflicts with it: the order mentions come in must not keep one person in two pieces
    (a 2020 Bí thư of Lào Cai and a 2026 one of Ninh Bình are joined through a 2023 article that
    names him a Central Committee member in Lào Cai)."""
    kept: list[Identity] = []
    for identity in identities:
        for earlier in kept:
            verdicts = [_judge(m, earlier) for m in identity.mentions]
            joins = [(v, m) for v, m in zip(verdicts, identity.mentions) if isinstance(v, tuple)]
            if joins and not any(isinstance(v, str) and v.startswith(_CONFLICTS) for v in verdicts):
                (_, reason), _ = max(joins, key=lambda j: j[0][0])
                earlier.members.extend((m, why or reason) for m, why in identity.members)
                break
        else:
            kept.append(identity)
    return _detach_ambiguous(kept)


def _detach_ambiguous(identities: list[Identity]) -> list[Identity]:
    """A mention that joined on weak evidence (a province's leader whose article names no province) stands
    alone when it fits another namesake as well: which of them it is, the text does not say."""
    detached = []
    for identity in identities:
        unplaced = [m for m in identity.mentions if not m.units]
        for mention, why in list(identity.members[1:]):
            if why.endswith(UNPLACED) and any(isinstance(_judge(u, other), tuple) for u in unplaced
                                              for other in identities if other is not identity):
                identity.members.remove((mention, why))
                detached.append(Identity(mention))
    return identities + detached


def _evidence_keys(mention: Mention) -> set[tuple[str, str]]:
    """What a mention can share with an identity that takes it in: the evidence :func:`_evidence` weighs."""
    return ({("body", b) for b in mention.bodies} | {("province", p) for p in mention.provinces}
            | {("place", p) for p in mention.places if not p.startswith(PROVINCE + ":")}
            | {("name", fold(mention.name))})  # the same full name: career evidence (kg.identity_rules)


def _kept_apart_notes(mention: Mention, identities: list[Identity], named: dict[str, set[int]]) -> list[str]:
    """Why ``mention`` is none of the earlier identities whose names agree with its own."""
    namesakes = sorted({number for name, numbers in named.items() if names_agree(mention.name, name)
                        for number in numbers})
    notes = []
    for number in namesakes[:KEPT_APART_NOTES]:
        other = identities[number]
        notes.append(f"not {other.name} of {other.founder.article} ({other.iri}): {_judge(mention, other)}")
    if len(namesakes) > KEPT_APART_NOTES:
        notes.append(f"and {len(namesakes) - KEPT_APART_NOTES} more namesakes, on the same grounds or others")
    return notes


def identity_ntriples(identities: Iterable[Identity]) -> Iterator[str]:
    """The canonical persons of one block, linked to each article's node, with the reasons:
    N-Triples lines."""
    for identity in identities:
        node = f"<{identity.iri}>"
        yield line(node, RDF.type, FOAF.Person)
        yield line(node, FOAF.name, vi(identity.name))
        for other in sorted({m.name for m in identity.mentions} - {identity.name}):
            yield line(node, SKOS.altLabel, vi(other))
        for note in identity.kept_apart:
            yield line(node, RDFS.comment, en(note))
        founder = identity.founder
        for mention, reason in identity.members:
            yield line(node, OWL.sameAs, f"<{mention.person}>")
            if reason:
                yield line(f"<{mention.person}>", RDFS.comment,
                           en(f"same person as {founder.name} of {founder.article}: {reason}"))
