"""One identity per real person across articles.

Each article keeps its own person nodes (``res:person/<name>-<hash>``): one
article's words are its evidence. This module links them across articles: the
mentions that share a name block (first and last name) are grouped into
identities, and each identity becomes a canonical ``foaf:Person`` that is
``owl:sameAs`` each article's node, with an ``rdfs:comment`` on every node that
joined it saying why, and on the identity which namesakes were kept apart and why
(the first five, and how many more).

A mention joins an identity only when

* the names agree (:mod:`kg.identity_names`): the same name, or one written without a middle
  name that the other has (``Nguyễn Giảng`` / ``Nguyễn Văn Giảng``); and
* their posts place them together: a shared body pinned to a place (or national),
  a shared district or commune, or, for the very same name only, a shared province; and
* their posts never put them in different provinces (namesakes in two provinces stay apart);

or when, with the same full name, their posts' standing tells a career (:mod:`kg.identity_rules`).
What a mention's posts say of where its person works is :mod:`kg.identity_mentions`.

A name alone merges nothing: two articles naming a ``Nguyễn Văn Hùng`` without a
place say nothing about whether they are one man.

The decision for a block depends only on its mentions, taken in a fixed order
(date, article, node), so an incremental build that recomputes only the blocks it
touched gives the same identities as a build from scratch.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from rdflib import URIRef

from .graph import short_hash, slug
from .identity_mentions import PROVINCE, Mention, mentions_of
from .identity_names import block_key, fold_spelling, names_agree
from .identity_rules import UNPLACED, career_evidence
from .ntriples import FOAF, OWL, RDF, RDFS, SKOS, en, line, vi
from .vocab import RES

# what the build reads and writes of identities: mentions in, identity graphs out
__all__ = ["IDENTITY_GRAPHS", "KEPT_APART_NOTES", "Identity", "Mention", "block_graph", "block_key",
           "identity_ntriples", "mentions_of", "names_agree", "resolve_block"]

IDENTITY_GRAPHS = "graph/identity/"  # under res:, one named graph per name block

# Namesakes an identity names as kept apart from it; the others are only counted.
KEPT_APART_NOTES = 5


def block_graph(block: str) -> URIRef:
    """The named graph holding the identities of one name block."""
    return RES[f"{IDENTITY_GRAPHS}{slug(block)}-{short_hash(block)}"]


# ---------------------------------------------------------------- deciding identities

@dataclass
class Identity:
    """One real person: the mentions taken to be them, each with why it joined."""

    founder: Mention
    members: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, reason); the founder's reason is ""
    kept_apart: list[str] = field(default_factory=list)  # why it is not each of the earlier namesakes
    # what every judgement asks of the members (their mentions, names, unions), made once until they change:
    # a block's mentions are each judged against every candidate identity
    _made: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        self.members.append((self.founder, ""))

    def join(self, *members: tuple[Mention, str]) -> None:
        self.members.extend(members)
        self._made.clear()

    def leave(self, member: tuple[Mention, str]) -> None:
        self.members.remove(member)
        self._made.clear()

    def _once(self, what: str, make):
        made = self._made.get(what)
        if made is None:
            made = self._made[what] = make()
        return made

    @property
    def mentions(self) -> list[Mention]:
        return self._once("mentions", lambda: [m for m, _ in self.members])

    @property
    def names(self) -> list[str]:
        """The names its mentions are written with, each once, in the order first written."""
        return self._once("names", lambda: list(dict.fromkeys(m.name for m in self.mentions)))

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
        return self._once(attribute, lambda: {value for m in self.mentions for value in getattr(m, attribute)})


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
    ours, theirs = mention.units, identity.union("units")
    if ours and theirs and not ours & theirs:
        return (f"placed in different provinces ({', '.join(sorted(p for m in identity.mentions for p in m.where))}"
                f" / {', '.join(sorted(mention.where))})")
    return None


# verdicts that keep a mention out of an identity whatever else it shares with it
_CONFLICTS = ("placed in different provinces", "posted in different districts")


def _career(mention: Mention, identity: Identity) -> tuple[int, str, bool] | None:
    """The strongest evidence of :func:`kg.identity_rules.career_evidence` with a member of the same full name."""
    ours, folded = mention.career, fold_spelling(mention.name)
    found = [evidence for m in identity.mentions if fold_spelling(m.name) == folded
             if (evidence := career_evidence(ours, m.career))]
    return max(found, key=lambda e: (e[0], e[2]), default=None)


def _judge(mention: Mention, identity: Identity) -> tuple[tuple[int, int], str] | str:
    """((evidence rank, name rank), reason) when ``mention`` is ``identity``; else why not."""
    naming = max((names_agree(mention.name, name) or "" for name in identity.names),
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
        theirs = {p for p in identity.union("places") if p.startswith("district:")}
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
            identities[number].join((mention, reason))
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
                earlier.join(*((m, why or reason) for m, why in identity.members))
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
                identity.leave((mention, why))
                detached.append(Identity(mention))
    return identities + detached


def _evidence_keys(mention: Mention) -> set[tuple[str, str]]:
    """What a mention can share with an identity that takes it in: the evidence :func:`_evidence` weighs."""
    return ({("body", b) for b in mention.bodies} | {("province", p) for p in mention.provinces}
            | {("place", p) for p in mention.places if not p.startswith(PROVINCE + ":")}
            | {("name", fold_spelling(mention.name))})  # the same full name: career evidence (kg.identity_rules)


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
