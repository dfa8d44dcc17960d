"""What the view's card of a node says: its full name, a row per fact (a person's posts in the order
held, with their dates (:mod:`kg.view_career`); a body's kind, a document's issuer, an event's chair
...), and the sentences and articles that state them, each fact row citing the Source rows of its
own sentences (the view links one to the other)."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .view_career import CareerStep, Source, career_steps
from .vocab import DCTERMS, FOAF, OA, ORG, PROV, SDO, SKOS, TIME, VNKG


class _TermsMadeOnce:
    """A namespace whose terms are made once each: rdflib's namespaces make a new URIRef at every
    attribute access (~1 µs), a third of the CPU of a large view's cards."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __str__(self) -> str:
        return str(self._namespace)


DCTERMS, FOAF, OA, ORG, PROV, SDO, SKOS, TIME, VNKG = map(
    _TermsMadeOnce, (DCTERMS, FOAF, OA, ORG, PROV, SDO, SKOS, TIME, VNKG))

# OWL-Time names the instant inside an interval time:inside; graphs also write
# time:hasInside, which rdflib's closed TIME namespace lacks (it warns on it).
INSTANT_INSIDE = (TIME.inside, URIRef(f"{TIME}hasInside"))

SHORT_LABEL_CHARS = 28
MAX_SOURCES_PER_NODE = 5
MAX_SENTENCE_CHARS = 300

def short(text: str, limit: int = SHORT_LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Reader:
    """Reads the contract vocabulary off one rdflib graph."""

    def __init__(self, rdf: Graph):
        self.rdf = rdf

    def text(self, subject: Node, *predicates: URIRef) -> str:
        """The first predicate's value that exists, preferring Vietnamese, then no language."""
        for predicate in predicates:
            values = [o for o in self.rdf.objects(subject, predicate) if isinstance(o, Literal)]
            if values:
                values.sort(key=lambda lit: (lit.language != "vi", lit.language is not None, str(lit)))
                return str(values[0])
        return ""

    def texts(self, subject: Node, predicate: URIRef) -> list[str]:
        return sorted({str(o) for o in self.rdf.objects(subject, predicate) if isinstance(o, Literal)})

    def linked(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted(self.rdf.objects(subject, predicate), key=str)

    def label_of_concept(self, subject: Node, predicate: URIRef) -> str:
        for concept in self.linked(subject, predicate):
            label = self.text(concept, SKOS.prefLabel, SKOS.notation)
            if label:
                return label
        return ""

    def name(self, node: Node) -> str:
        return self.text(node, FOAF.name, SKOS.prefLabel, SDO.name, DCTERMS.identifier)

    def dates_of_interval(self, interval: Node) -> list[str]:
        instants = [i for p in (*INSTANT_INSIDE, TIME.hasBeginning, TIME.hasEnd) for i in self.linked(interval, p)]
        return sorted({d for i in instants for d in self.texts(i, TIME.inXSDDate)})

    def sources(self, node: Node) -> list[Source]:
        """(sentence, article) pairs that state ``node``, from its provenance."""
        found = set()
        for evidence in self.linked(node, PROV.wasDerivedFrom):
            sentence = self.text(evidence, OA.exact)
            articles = [self.text(a, DCTERMS.identifier) or str(a) for a in self.linked(evidence, PROV.wasQuotedFrom)]
            for article in articles or [""]:
                if sentence or article:
                    found.add((short(sentence, MAX_SENTENCE_CHARS), article))
        return sorted(found)

    def articles_of(self, node: Node) -> list[Node]:
        return sorted({a for e in self.linked(node, PROV.wasDerivedFrom) for a in self.linked(e, PROV.wasQuotedFrom)},
                      key=str)


@dataclass
class Membership:
    person: Node
    body: Node | None
    role: str
    dates: list[str]  # every day its intervals name
    sources: list[Source]
    held: list[str] = field(default_factory=list)  # days an article reports the post held (a former post's aside)
    began: list[str] = field(default_factory=list)  # days an article reports it begun (elected, appointed)
    ended: list[str] = field(default_factory=list)  # days an article reports it ended (retired, given up)
    before: list[str] = field(default_factory=list)  # days an article calls it a former post (nguyên): held before


class MembershipIndex:
    """Memberships by person and by post, so describing each node costs what it reads."""

    def __init__(self, read: Reader):
        self.by_person: dict[Node, list[Membership]] = {}
        self.by_post: dict[tuple[str, Node | None], list[Membership]] = {}
        for membership in sorted(set(read.rdf.subjects(ORG.member, None)), key=str):
            intervals = read.linked(membership, ORG.memberDuring)
            reported = sorted({d for i in intervals for p in INSTANT_INSIDE for t in read.linked(i, p)
                               for d in read.texts(t, TIME.inXSDDate)})
            former = any(str(v).lower() == "true" for v in read.rdf.objects(membership, VNKG.former))
            for person in read.linked(membership, ORG.member):
                bodies = read.linked(membership, ORG.organization)
                m = Membership(
                    person=person, body=bodies[0] if bodies else None,
                    role=read.label_of_concept(membership, ORG.role),
                    dates=sorted({d for i in intervals for d in read.dates_of_interval(i)}),
                    sources=read.sources(membership), held=[] if former else reported,
                    began=_days(read, intervals, TIME.hasBeginning), ended=_days(read, intervals, TIME.hasEnd),
                    before=reported if former else [])
                self.by_person.setdefault(m.person, []).append(m)
                self.by_post.setdefault((m.role, m.body), []).append(m)

    def of_person(self, person: Node) -> list[Membership]:
        return self.by_person.get(person, [])

    def matching(self, person: Node | None, role: str, body: Node | None) -> list[Membership]:
        found = self.by_post.get((role, body), [])
        return found if person is None else [m for m in found if m.person == person]


def _days(read: Reader, intervals: list[Node], predicate: URIRef) -> list[str]:
    return sorted({d for i in intervals for t in read.linked(i, predicate) for d in read.texts(t, TIME.inXSDDate)})


def post_text(read: Reader, role: str, body: Node | None, dates: list[str]) -> str:
    text = role or "post"
    if body is not None:
        text += f", {read.name(body)}"
    if dates:
        text += f" ({', '.join(dates)})"
    return text


@dataclass
class Card:
    """A node's card: name, short label (when not the name), fact rows then Source rows, and for each
    row the indexes of the Source rows that state it (``cites``; ``name_cites`` for the node itself)."""

    name: str = ""
    label: str = ""
    rows: list[tuple[str, str]] = field(default_factory=list)
    cites: list[tuple[int, ...]] = field(default_factory=list)
    name_cites: tuple[int, ...] = ()
    dates: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)
    career: list[CareerStep] = field(default_factory=list)  # a person's posts in the order held
    _stated: list[list[Source]] = field(default_factory=list)

    def fact(self, field_name: str, text: str, sources: list[Source] = ()) -> None:
        self.rows.append((field_name, text))
        self._stated.append(list(sources))

    def close(self, own: list[Source]) -> Card:
        """Add the Source rows (the first MAX_SOURCES_PER_NODE sentences) and who cites them."""
        unique = sorted(set(own).union(*self._stated))
        shown = unique[:MAX_SOURCES_PER_NODE]
        first = len(self.rows)
        row_of = {source: first + i for i, source in enumerate(shown)}
        self.cites = [tuple(sorted({row_of[s] for s in stated if s in row_of})) for stated in self._stated]
        self.name_cites = tuple(sorted({row_of[s] for s in own if s in row_of}))
        for sentence, article in shown:
            self.fact("Source", f"“{sentence}” ({article})" if sentence else article)
        if len(unique) > MAX_SOURCES_PER_NODE:
            self.fact("Source", f"and {len(unique) - MAX_SOURCES_PER_NODE} more")
        self.cites += [()] * (len(self.rows) - len(self.cites))
        self.dates = sorted(set(self.dates))
        return self


@dataclass(frozen=True)
class _Subject:
    """One node being described, with what its card reads besides the graph."""

    read: Reader
    node: Node
    own: list[Source]  # the sentences that state the node itself
    kinds: dict[Node, str]
    memberships: MembershipIndex


def describe(read: Reader, node: Node, kind: str, kinds: dict[Node, str], memberships: MembershipIndex) -> Card:
    """The card of one node of ``kind``."""
    card = Card()
    subject = _Subject(read, node, read.sources(node), kinds, memberships)
    _DESCRIBERS[kind](subject, card)
    return card.close(subject.own)


def _person(subject: _Subject, card: Card) -> None:
    read, node, kinds, memberships = subject.read, subject.node, subject.kinds, subject.memberships
    card.name = read.text(node, FOAF.name, SDO.name)
    card.other_names = read.texts(node, FOAF.name) + read.texts(node, SKOS.altLabel)  # an identity's other spellings
    reports = [(post_text(read, m.role, m.body, []), m.held, m.began, m.ended, m.before, m.sources)
               for m in memberships.of_person(node)]
    # a post held with no membership to date it (a graph written by hand) still says what the person was
    reported = {post for post, *_ in reports}
    held = set(read.linked(node, ORG.holds)) | set(read.rdf.subjects(ORG.heldBy, node))
    for post in sorted(held, key=str):
        text = post_text(read, read.label_of_concept(post, ORG.role), (read.linked(post, ORG.postIn) or [None])[0], [])
        if text not in reported:
            reports.append((text, [], [], [], [], []))
    card.career = career_steps(reports)
    for step in card.career:
        card.fact("Post", step.text, list(step.sources))
    mentioned_in = sorted(read.name(a) for a in read.rdf.subjects(SDO.mentions, node) if kinds.get(a) == "article")
    if mentioned_in:
        card.fact("Mentioned in", ", ".join(mentioned_in))


def _body(subject: _Subject, card: Card) -> None:
    read, node = subject.read, subject.node
    card.name = read.text(node, SKOS.prefLabel, FOAF.name, SDO.name)
    card.other_names = read.texts(node, SKOS.altLabel)
    if card.other_names:
        card.fact("Also", "; ".join(card.other_names))
    notation = read.label_of_concept(node, ORG.classification)
    if notation:
        card.fact("Kind", notation)
    for parent in read.linked(node, ORG.subOrganizationOf):
        card.fact("Part of", read.name(parent))


def _post(subject: _Subject, card: Card) -> None:
    read, node, memberships = subject.read, subject.node, subject.memberships
    role = read.label_of_concept(node, ORG.role)
    bodies = read.linked(node, ORG.postIn)
    body = bodies[0] if bodies else None
    card.label = role or read.text(node, SKOS.prefLabel) or "post"
    # The full name says where the post is: "Bí thư, Tỉnh ủy X"; the label is the role.
    card.name = post_text(read, card.label, body, [])
    card.fact("Role", card.label)
    if body is not None:
        card.fact("In", read.name(body))
    holders = set(read.rdf.subjects(ORG.holds, node)) | set(read.linked(node, ORG.heldBy))
    for holder in sorted(holders, key=str):
        stated = memberships.matching(holder, role, body)
        held_dates = sorted({d for m in stated for d in m.dates})
        card.dates += held_dates
        card.fact("Held by", read.name(holder) + (f" ({', '.join(held_dates)})" if held_dates else ""),
                  [s for m in stated for s in m.sources])


def _document(subject: _Subject, card: Card) -> None:
    read, node, own = subject.read, subject.node, subject.own
    code = read.text(node, SDO.legislationIdentifier)
    doc_type = read.label_of_concept(node, SDO.legislationType)
    title = read.text(node, SDO.name)
    card.name = code or " ".join(t for t in (doc_type, title) if t)
    card.other_names = [t for t in (title, doc_type) if t]
    for field_name, value in (("Code", code), ("Type", doc_type), ("Title", title),
                              ("Date", read.text(node, SDO.legislationDate))):
        if value:
            card.fact(field_name, value, own)
    for issuer in read.linked(node, SDO.legislationPassedBy):
        card.fact("Issued by", read.name(issuer), own)


def _event(subject: _Subject, card: Card) -> None:
    read, node, own = subject.read, subject.node, subject.own
    event_kind = read.label_of_concept(node, VNKG.eventKind)
    card.dates = read.texts(node, SDO.startDate)
    title = read.text(node, SDO.name)
    first_date = card.dates[0] if card.dates else ""
    card.name = " ".join(t for t in (event_kind or title or "Event", first_date) if t)
    # The label keeps the date visible however long the kind's name is.
    card.label = " ".join(t for t in (short(event_kind or title or "Event", SHORT_LABEL_CHARS - 11), first_date) if t)
    if title:
        card.other_names = [title]
    for field_name, value in (("Kind", event_kind), ("Name", title), ("Date", ", ".join(card.dates))):
        if value:
            card.fact(field_name, value, own)
    for field_name, predicate in (("Organizer", SDO.organizer), ("Chair", VNKG.chair)):
        names = [read.name(n) for n in read.linked(node, predicate)]
        if names:
            card.fact(field_name, ", ".join(sorted(names)), own)
    for field_name, predicate in (("Attendees", SDO.attendee), ("Speakers", VNKG.speaker)):
        count = len(read.linked(node, predicate))
        if count:
            card.fact(field_name, str(count), own)


def _article(subject: _Subject, card: Card) -> None:
    read, node = subject.read, subject.node
    card.name = read.text(node, DCTERMS.identifier, SDO.headline, SDO.name)
    headline = read.text(node, SDO.headline, SDO.name)
    if headline:
        card.other_names = [headline]
    for field_name, value in (("Headline", headline), ("Published", read.text(node, SDO.datePublished)),
                              ("Author", ", ".join(sorted(read.name(a) for a in read.linked(node, SDO.author)))),
                              ("URL", read.text(node, SDO.url) or ", ".join(map(str, read.linked(node, SDO.url))))):
        if value:
            card.fact(field_name, value)


# kind (kg.network.NodeKind) -> what its card says
_DESCRIBERS = {"person": _person, "body": _body, "post": _post, "document": _document, "event": _event,
               "article": _article}
