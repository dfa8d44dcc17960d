"""Facts to RDF: the one place where extracted facts meet vocabularies.

Standard terms first (W3C ORG, FOAF, schema.org, SKOS, Dublin Core, PROV-O, OWL-Time,
Web Annotation); vnkg's own terms (``ontology/vnkg.ttl``) only where none fits.
Every fact node points (``prov:wasDerivedFrom``) to an evidence node that quotes
the sentence stating it, with its offsets, and names the article it comes from.
IRIs are readable slugs, with a short hash where a name alone is not unique; no
blank nodes, so the same input always gives the same graph.
"""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from .model import ArticleFacts, BodyRef, Document, Span
from . import vocab
from .vocab import RES, Terms, bind_all

DCTERMS, FOAF, OA, ORG, PROV, RDF, SDO, SKOS, TIME, VNKG, XSD = map(Terms, (
    vocab.DCTERMS, vocab.FOAF, vocab.OA, vocab.ORG, vocab.PROV, vocab.RDF, vocab.SDO, vocab.SKOS, vocab.TIME,
    vocab.VNKG, vocab.XSD))

KIND_LABELS = {
    "party_committee": ("Cấp ủy đảng", "party committee"),
    "party_organization": ("Tổ chức đảng", "party organization"),
    "party_department": ("Cơ quan tham mưu của cấp ủy", "party department"),
    "government": ("Cơ quan nhà nước", "government body"),
    "mass_organization": ("Tổ chức chính trị - xã hội", "mass organization"),
    "other": ("Tổ chức khác", "other body"),
}


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 80) -> str:
    """ASCII, lower case, hyphens: ``Quận ủy Thanh Khê`` → ``quan-uy-thanh-khe``."""
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG_RE.sub("-", ascii_text).strip("-")[:limit].rstrip("-") or "x"


def short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:8]


@lru_cache(maxsize=65536)
def vi(text: str) -> Literal:
    # rdflib's Literal costs more than a dictionary look-up: names, roles and kinds repeat
    return Literal(text, lang="vi")


@lru_cache(maxsize=1024)
def en(text: str) -> Literal:
    return Literal(text, lang="en")


def article_iri(name: str) -> URIRef:
    return RES[f"article/{slug(name)}-{short_hash(name)}"]


def document_iri(doc: Document, article_name: str) -> URIRef:
    if doc.code:
        return RES[f"document/{slug(doc.code)}"]
    return RES[f"document/{slug(doc.title or doc.type)}-{short_hash(article_name, doc.title or doc.surface)}"]


def body_iri(name: str, resolved: bool, article_name: str) -> URIRef:
    """A body pinned to a place (or national) is the same IRI in every article; one named
    without its place (``Quận ủy``) is only known within its article."""
    return RES[f"org/{slug(name)}"] if resolved else RES[f"org/{slug(name)}-{short_hash(article_name)}"]


def person_iri(name: str, article_name: str) -> URIRef:
    # one article's person: telling namesakes apart across articles needs more than a name
    return RES[f"person/{slug(name)}-{short_hash(name, article_name)}"]


def _nested(bodies):
    for body in bodies:
        body = body.of
        while body is not None:
            yield body
            body = body.of


class _Builder:
    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self.article = facts.article
        # a set, not an rdflib Graph: that costs more per triple than extracting the article
        self.triples: set[tuple] = set()
        self.art = article_iri(self.article.name)
        self.art_slug = str(self.art).rsplit("/", 1)[1]
        self.bodies_by_name: dict[str, URIRef] = {}
        self.titled: set[URIRef] = set()  # documents given a title already
        self.evidence_nodes: dict[Span, URIRef] = {}
        self.concepts: dict[tuple, URIRef] = {}
        self.sentence_starts = [sentence.start for sentence in self.article.sentences]

    def add(self, s, p, o):
        self.triples.add((s, p, o))

    def evidence(self, span: Span) -> URIRef:
        sentence = self.sentence_of(span)
        node = self.evidence_nodes.get(sentence)
        if node is not None:
            return node
        node = self.evidence_nodes[sentence] = RES[f"evidence/{self.art_slug}/{sentence.start}-{sentence.end}"]
        self.add(node, RDF.type, VNKG.Evidence)
        self.add(node, PROV.wasQuotedFrom, self.art)
        self.add(node, OA.exact, Literal(self.article.text[sentence.start:sentence.end]))
        self.add(node, OA.start, Literal(sentence.start, datatype=XSD.integer))
        self.add(node, OA.end, Literal(sentence.end, datatype=XSD.integer))
        return node

    def sentence_of(self, span: Span) -> Span:
        i = bisect.bisect_right(self.sentence_starts, span.start) - 1
        sentences = self.article.sentences
        if i >= 0 and span.start < sentences[i].end:
            return sentences[i]
        return Span(0, len(self.article.text))

    def concept(self, kind: str, label: str, notation: str | None = None) -> URIRef:
        known = self.concepts.get((kind, label, notation))
        if known is not None:
            return known
        node = self.concepts[(kind, label, notation)] = RES[f"{kind}/{slug(notation or label)}"]
        self.add(node, RDF.type, SKOS.Concept)
        self.add(node, SKOS.prefLabel, vi(label))
        self.add(node, SKOS.inScheme, RES[f"scheme/{kind}"])
        if notation:
            self.add(node, SKOS.notation, Literal(notation))
        return node

    def build(self) -> set[tuple]:
        self.article_node()
        bodies = list(self.all_bodies())
        self.named_bodies = {b.name for b in bodies}
        self.resolved_names = {b.name: b.resolved for b in bodies}
        # "Quận ủy" alone names no one body when the article names two: it is no alias then
        heads = {}
        for b in bodies:
            if b.part is None:
                heads.setdefault(b.head, set()).add(b.name)
        self.names_by_head = {head: len(names) for head, names in heads.items()}
        for body in bodies:
            self.body(body)
        persons = {p.name: self.person(p) for p in self.facts.persons}
        documents = {}
        for doc in self.facts.documents:
            documents[id(doc)] = self.document(doc)
        for index, event in enumerate(self.facts.events, 1):
            self.event(index, event, persons, documents)
        return self.triples

    def article_node(self):
        a, art = self.article, self.art
        self.add(art, RDF.type, SDO.NewsArticle)
        self.add(art, DCTERMS.identifier, Literal(a.name))
        self.add(art, DCTERMS.source, Literal(a.path))
        if self.facts.published:
            self.add(art, SDO.datePublished, Literal(self.facts.published, datatype=XSD.date))
        if a.title:
            self.add(art, SDO.headline, vi(a.title))
        if a.url:
            self.add(art, SDO.url, Literal(a.url, datatype=XSD.anyURI))

    def all_bodies(self):
        """The bodies the article names: each mention, and a committee inside another
        body's name (``Ban Thường vụ Tỉnh ủy X``) when its place pins it down or the
        article names it on its own too."""
        seen = set()
        roots = [b for b in (*self.facts.bodies,
                             *(post.body for p in self.facts.persons for post in p.posts if post.body),
                             *(d.issuer for d in self.facts.documents if d.issuer),
                             *(e.organizer for e in self.facts.events if e.organizer)) if b.name]
        named = {b.name for b in roots} | {b.name for b in _nested(roots) if b.resolved and b.naming != "fixed"}
        for body in roots:
            while body is not None:
                if id(body) not in seen and body.name in named:
                    seen.add(id(body))
                    yield body
                body = body.of

    def body(self, body: BodyRef) -> URIRef:
        node = body_iri(body.name, body.resolved, self.article.name)
        self.bodies_by_name.setdefault(body.name, node)
        self.add(node, RDF.type, ORG.Organization)
        self.add(node, SKOS.prefLabel, vi(body.name))
        surface = " ".join(body.surface.split())
        placeless = not body.place or body.place not in surface
        ambiguous = placeless and self.names_by_head.get(body.head, 0) > 1
        if surface and surface != body.name and not body.from_title and not ambiguous:
            self.add(node, SKOS.altLabel, vi(surface))
        self.classify(node, body.kind)
        evidence = self.evidence(body.span)
        # the body above, when the article names it too: a lexicon's knowledge is no article's fact
        if body.parent and body.parent != body.name and body.parent in self.named_bodies:
            parent = body_iri(body.parent, self.resolved_names.get(body.parent, False), self.article.name)
            self.add(node, ORG.subOrganizationOf, parent)
            self.add(parent, ORG.hasSubOrganization, node)
        self.add(node, PROV.wasDerivedFrom, evidence)
        return node

    def classify(self, node: URIRef, kind_name: str) -> None:
        label_vi, label_en = KIND_LABELS.get(kind_name, KIND_LABELS["other"])
        kind = self.concept("kind", label_vi, kind_name)
        self.add(kind, SKOS.prefLabel, en(label_en))
        self.add(node, ORG.classification, kind)

    def person(self, person) -> URIRef:
        node = person_iri(person.name, self.article.name)
        self.add(node, RDF.type, FOAF.Person)
        self.add(node, FOAF.name, vi(person.name))
        self.add(self.art, SDO.mentions, node)
        if person.is_author:
            self.add(self.art, SDO.author, node)
        self.add(node, PROV.wasDerivedFrom, self.evidence(person.span))
        seen = set()
        for post in person.posts:
            body_name = post.body.name if post.body and post.body.name else None
            if (post.role, body_name) in seen:
                continue
            seen.add((post.role, body_name))
            self.post(node, person, post, body_name)
        return node

    def post(self, person_node, person, post, body_name):
        role = self.concept("role", post.role)
        self.add(role, RDF.type, ORG.Role)
        if body_name:
            org = self.bodies_by_name.get(body_name) or self.body(post.body)
            node = RES[f"post/{slug(post.role)}--{str(org).rsplit('/', 1)[1]}"]
            self.add(node, ORG.postIn, org)
            self.add(org, ORG.hasPost, node)
            self.add(node, SKOS.prefLabel, vi(f"{post.role}, {body_name}"))
        else:
            org = None
            node = RES[f"post/{slug(post.role)}-{short_hash(self.article.name, person.name)}"]
            self.add(node, SKOS.prefLabel, vi(post.role))
        evidence = self.evidence(post.span)
        self.add(node, RDF.type, ORG.Post)
        self.add(node, ORG.role, role)
        self.add(node, PROV.wasDerivedFrom, evidence)
        self.add(person_node, ORG.holds, node)
        self.add(node, ORG.heldBy, person_node)
        membership = RES[f"membership/{self.art_slug}/{short_hash(person.name, str(node))}"]
        self.add(membership, RDF.type, ORG.Membership)
        self.add(membership, ORG.member, person_node)
        self.add(membership, ORG.role, role)
        self.add(membership, VNKG.post, node)
        if org is not None:
            self.add(membership, ORG.organization, org)
        if post.former:
            self.add(membership, VNKG.former, Literal(True))
        # held on the day the article reports: its publication, else the day of its event
        held_on = self.facts.published or next((e.date for e in self.facts.events if e.date), None)
        if held_on:
            self.add(membership, ORG.memberDuring, self.interval(held_on))
        self.add(membership, PROV.wasDerivedFrom, evidence)

    def interval(self, day: date) -> URIRef:
        """The post was held on the article's date: an interval known to contain that day."""
        node, instant = RES[f"interval/{day.isoformat()}"], RES[f"instant/{day.isoformat()}"]
        self.add(node, RDF.type, TIME.Interval)
        self.add(node, TIME.inside, instant)
        self.add(instant, RDF.type, TIME.Instant)
        self.add(instant, TIME.inXSDDate, Literal(day, datatype=XSD.date))
        return node

    def document(self, doc: Document) -> URIRef:
        node = document_iri(doc, self.article.name)
        self.add(node, RDF.type, SDO.Legislation)
        if doc.code:
            self.add(node, SDO.legislationIdentifier, Literal(doc.code))
        self.add(node, SDO.legislationType, self.concept("document-type", doc.type))
        if doc.number:
            self.add(node, VNKG.documentNumber, Literal(doc.number))
        if doc.issuer is not None and doc.issuer.name:
            issuer = self.bodies_by_name.get(doc.issuer.name) or self.body(doc.issuer)
            self.add(node, SDO.legislationPassedBy, issuer)
        if doc.issued:
            self.add(node, SDO.legislationDate, Literal(doc.issued, datatype=XSD.date))
        if doc.title and node not in self.titled:
            self.titled.add(node)
            self.add(node, SDO.name, vi(doc.title))
        self.add(self.art, SDO.citation, node)
        self.add(node, PROV.wasDerivedFrom, self.evidence(doc.span))
        return node

    def event(self, index, event, persons, documents):
        node = RES[f"event/{self.art_slug}-{index}"]
        self.add(node, RDF.type, SDO.Event)
        self.add(node, RDF.type, VNKG.Meeting)
        kind = self.concept("event-kind", event.kind)
        self.add(node, VNKG.eventKind, kind)
        self.add(node, SDO.name, vi(f"{event.kind} {event.date.isoformat()}" if event.date else event.kind))
        if event.date:
            self.add(node, SDO.startDate, Literal(event.date, datatype=XSD.date))
        else:
            self.add(node, VNKG.dateUnknownReason, Literal("the article gives no date for it", lang="en"))
        if event.part_of_day:
            self.add(node, VNKG.partOfDay, vi(event.part_of_day))
        if event.place:
            place = RES[f"place/{slug(event.place)}-{short_hash(self.article.name, event.place)}"]
            self.add(place, RDF.type, SDO.Place)
            self.add(place, SDO.name, vi(event.place))
            self.add(node, SDO.location, place)
        if event.organizer is not None and event.organizer.name:
            self.add(node, SDO.organizer, self.bodies_by_name.get(event.organizer.name) or self.body(event.organizer))
        for names, prop in ((event.chairs, VNKG.chair), (event.attendees, SDO.attendee), (event.speakers, VNKG.speaker)):
            for name in names:
                if name in persons:
                    self.add(node, prop, persons[name])
        for doc in event.documents:
            self.add(node, SDO.about, documents[id(doc)])
        self.add(self.art, SDO.about, node)
        for span in sorted(set(event.evidence), key=lambda s: s.start) or [event.span]:
            self.add(node, PROV.wasDerivedFrom, self.evidence(span))


def facts_to_graph(facts: ArticleFacts) -> Graph:
    """The RDF graph of one article's facts."""
    graph = Graph()
    bind_all(graph)
    for triple in _Builder(facts).build():
        graph.add(triple)
    return graph


def facts_to_ntriples(facts: ArticleFacts) -> str:
    """The same graph as N-Triples text, one sorted line a triple (what the store loads)."""
    return "".join(sorted(ntriples(_Builder(facts).build())))


def ntriples(triples: Iterable[tuple]) -> Iterator[str]:
    """Each triple as a line of N-Triples."""
    for s, p, o in triples:
        yield f"{_nt(s)} {_nt(p)} {_nt(o)} .\n"


_NT_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"))


def _nt(term) -> str:
    if type(term) is URIRef:  # most terms: checked first, without isinstance's slower path
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term)
        for char, escaped in _NT_ESCAPES:
            if char in text:
                text = text.replace(char, escaped)
        quoted = f'"{text}"'
        if term.language:
            return f"{quoted}@{term.language}"
        return f"{quoted}^^<{term.datatype}>" if term.datatype else quoted
    return f"<{term}>"
