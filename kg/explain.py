"""Who a name is across the articles of a build, and why: ``kg explain``'s answer, read from
the identity graphs (:mod:`kg.identity`) and the article graphs of the store."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .identity import block_graph, block_key, names_agree
from .network import fold as toneless
from .store import ArticleStore

_IDENTITIES = """SELECT ?block ?identity ?name ?member ?reason ?note WHERE {
  GRAPH ?block {
    ?identity foaf:name ?name ; owl:sameAs ?member .
    OPTIONAL { ?member rdfs:comment ?reason }
    OPTIONAL { ?identity rdfs:comment ?note }
  }
}"""

# Every name an identity graph holds, for a name typed without its tone marks.
_IDENTITY_NAMES = """SELECT DISTINCT ?block ?name WHERE { GRAPH ?block { ?identity owl:sameAs ?member ; foaf:name ?name } }"""

# An article is dated by its publication date, else by the date its facts of this person hold on.
_MENTION = """SELECT ?member ?file ?published ?held ?met ?name ?post WHERE {
  ?article schema:mentions ?member ; dcterms:identifier ?file .
  ?member foaf:name ?name .
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?member org:holds/skos:prefLabel ?post }
  OPTIONAL { ?membership org:member ?member ; org:memberDuring/(time:inside|time:hasInside)/time:inXSDDate ?held }
  OPTIONAL { ?event vnkg:chair|schema:attendee|vnkg:speaker ?member . ?event schema:startDate ?met }
}"""


@dataclass(frozen=True)
class ArticleMention:
    """One article's person, taken to be the identity: where, when, as whom, and why."""

    file: str
    date: str  # ISO; "" when the article says no date
    name: str  # as the article writes it
    posts: list[str]
    reason: str  # why it joined the identity; "" for the identity's first mention


@dataclass(frozen=True)
class Identity:
    """One person across the articles, with the namesakes kept apart from them."""

    iri: str
    name: str
    mentions: list[ArticleMention] = field(default_factory=list)  # by date, undated last
    kept_apart: list[str] = field(default_factory=list)  # why, one namesake a line, the count last


def explain(store: ArticleStore, person: str) -> list[Identity]:
    """The identities whose name agrees with ``person`` (tone marks optional), by name."""
    found = _identities(store, person)
    identities = []
    for iri, (name, members, notes) in sorted(found.items(), key=lambda item: item[1][0]):
        mentions = sorted((ArticleMention(*_mention(store, member), reason) for member, reason in members.items()),
                          key=lambda m: (m.date or "9999", m.file))
        identities.append(Identity(iri, name, mentions,
                                   sorted(notes, key=lambda note: (note.startswith("and "), note))))
    return identities


def _identities(store: ArticleStore, person: str) -> dict[str, tuple[str, dict[str, str], set[str]]]:
    """The identities whose name agrees with ``person``: IRI → (name, {member: reason}, notes).

    The name as typed finds its own block; typed without (some of) its tone marks, it is
    compared, tone marks dropped, with every identity's name."""
    if not block_key(person):
        return {}
    found = _in_blocks(store, [block_graph(block_key(person))], lambda name: names_agree(person, name))
    if found:
        return found
    bare = toneless(person)
    blocks = {row["block"] for row in store.query(_IDENTITY_NAMES) if names_agree(bare, toneless(row["name"].value))}
    return _in_blocks(store, sorted(blocks, key=str), lambda name: names_agree(bare, toneless(name)))


def _in_blocks(store: ArticleStore, blocks, agrees) -> dict[str, tuple[str, dict[str, str], set[str]]]:
    found: dict[str, tuple[str, dict[str, str], set[str]]] = {}
    for block in blocks:
        for row in store.query(_IDENTITIES, {"block": block}):
            name = row["name"].value
            if not agrees(name):
                continue
            _, members, notes = found.setdefault(row["identity"].value, (name, {}, set()))
            members[row["member"].value] = row["reason"].value if row["reason"] else ""
            if row["note"]:
                notes.add(row["note"].value)
    return found


def _mention(store: ArticleStore, member: str) -> tuple[str, str, str, list[str]]:
    """(article, date, name as written, posts) of one article's person."""
    file = name = ""
    published, held = set(), set()
    posts = set()
    for row in store.query(_MENTION, {"member": URIRef(member)}):
        file, name = row["file"].value, row["name"].value
        if row["published"]:
            published.add(row["published"].value)
        held |= {row[key].value for key in ("held", "met") if row[key]}
        if row["post"]:
            posts.add(row["post"].value)
    date = min(published or held, default="")
    return file, date, name, sorted(posts)
