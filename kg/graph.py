"""Facts to RDF: the one place where extracted facts meet vocabularies.

Standard terms first (W3C ORG, FOAF, schema.org, SKOS, Dublin Core, PROV-O, OWL-Time,
Web Annotation); vnkg's own terms (``ontology/vnkg.ttl``) only where none fits.
Every fact node points (``prov:wasDerivedFrom``) to an evidence node that quotes
the sentence stating it, with its offsets, and names the article it comes from.
IRIs are readable slugs, with a short hash where a name alone is not unique; no
blank nodes, so the same input always gives the same graph.

The builder writes its terms as N-Triples text (:mod:`kg.ntriples`); :func:`facts_to_graph`
gives the same graph as an rdflib graph.
"""
from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from datetime import date
from enum import StrEnum
from functools import lru_cache

from rdflib import Graph, URIRef

from .lexicon import read_tsv
from .model import Article, ArticleFacts, BodyRef, Change, Document, Naming, Span, Tenure
from .ntriples import (ANY_URI, BOOLEAN, DATE, DCTERMS, FOAF, INTEGER, OA, ORG, PROV, RDF, SDO, SKOS, TIME, VNKG,
                       en, line, quoted, resource, typed, vi)
from .vocab import ARTICLES, RES, bind_all


class Scheme(StrEnum):
    """The concept schemes of the vocabulary (``res:scheme/role`` ...): a concept's IRI is
    ``res:`` + its scheme + ``/`` + the slug of its notation or label."""

    BODY_KIND = "kind"
    ROLE = "role"
    DOCUMENT_TYPE = "document-type"
    EVENT_KIND = "event-kind"


# an interval's IRI says what is known of it: held on the day, begun on it, ended on it
_INTERVAL_PREFIX = {None: "", Change.START: "from-", Change.END: "until-"}

_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def slug(text: str, limit: int = 80) -> str:
    """ASCII, lower case, hyphens: ``Quận ủy Thanh Khê`` → ``quan-uy-thanh-khe``. Made once for
    each text: bodies, roles and kinds come back in article after article (four calls in five)."""
    folded = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = folded.encode("ascii", "ignore").decode().lower()
    return _NOT_SLUG_RE.sub("-", ascii_text).strip("-")[:limit].rstrip("-") or "x"


def short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:8]


# what a concept of a scheme is besides a skos:Concept
_CONCEPT_TYPES = {Scheme.ROLE: ORG.Role}


@lru_cache(maxsize=4096)
def _concept(scheme: Scheme, label: str, notation: str | None = None) -> tuple[str, tuple[str, ...]]:
    """A concept's IRI and the N-Triples lines that say what it is (label, scheme, notation, type):
    the same in every article, made once."""
    node = resource(f"{scheme}/{slug(notation or label)}")
    vocabulary = [(node, RDF.type, SKOS.Concept), (node, SKOS.prefLabel, vi(label)),
                  (node, SKOS.inScheme, resource(f"scheme/{scheme}"))]
    if notation:
        vocabulary.append((node, SKOS.notation, quoted(notation)))
    if scheme in _CONCEPT_TYPES:
        vocabulary.append((node, RDF.type, _CONCEPT_TYPES[scheme]))
    return node, tuple(line(*triple) for triple in vocabulary)


def _body_kind(kind: str, label_vi: str, label_en: str) -> tuple[str, tuple[str, ...]]:
    node, vocabulary = _concept(Scheme.BODY_KIND, label_vi, kind)
    return node, (*vocabulary, line(node, SKOS.prefLabel, en(label_en)))


# each kind of body as a concept, with its class's labels, Vietnamese and English
_BODY_KINDS = {kind: _body_kind(kind, label_vi, label_en) for kind, label_vi, label_en in read_tsv("body_kinds.tsv")}


def _article_path(name: str) -> str:
    return f"{ARTICLES[len(RES):]}{slug(name)}-{short_hash(name)}"


def _document_path(doc: Document, article_name: str) -> str:
    if doc.code and doc.issued and "-" in doc.code.split("/", 1)[0]:
        # a party code restarts each term (35-CT/TW of 2019 and of 2024): its year tells which document it is
        return f"document/{slug(doc.code)}-{doc.issued.year}"
    if doc.code:
        return f"document/{slug(doc.code)}"
    return f"document/{slug(doc.title or doc.type)}-{short_hash(article_name, doc.title or doc.surface)}"


def _body_path(name: str, resolved: bool, article_name: str) -> str:
    return f"org/{slug(name)}" if resolved else f"org/{slug(name)}-{short_hash(article_name)}"


def _person_path(name: str, article_name: str) -> str:
    # one article's person: telling namesakes apart across articles needs more than a name
    return f"person/{slug(name)}-{short_hash(name, article_name)}"


def article_iri(name: str) -> URIRef:
    return RES[_article_path(name)]


def person_iri(name: str, article_name: str) -> str:
    return f"{RES}{_person_path(name, article_name)}"  # text: an rdflib term was made only to be made text again


def _nested(bodies):
    for body in bodies:
        body = body.of
        while body is not None:
            yield body
            body = body.of


def source_span(article: Article, span: Span) -> tuple[int, int]:
    """The part of the source text (as read) that the normalized text's ``span`` was made from."""
    source = article.source_text
    start, end = article.offsets[span.start], article.offsets[span.end - 1] + 1
    while end < len(source) and unicodedata.combining(source[end]):  # the marks of a character composed in NFC
        end += 1
    return start, end


class _Builder:
    def __init__(self, facts: ArticleFacts):
        self.facts = facts
        self.article = facts.article
        # a set, not an rdflib Graph: that costs more per triple than extracting the article
        self.triples: set[tuple] = set()
        self.add = self.triples.add  # a triple: a Python method around it cost a fifth of the graph's time
        self.art_slug = _article_path(self.article.name).rsplit("/", 1)[1]
        self.art = resource(f"article/{self.art_slug}")
        self.bodies_by_name: dict[str, str] = {}
        self.titled: set[str] = set()  # documents given a title already
        self.evidence_nodes: dict[tuple[int, int], str] = {}  # by the sentence's (start, end): a Span hashes in Python
        # what the concepts are (label, scheme, notation, type): the same in every article, so a
        # build writes them once, in its vocabulary graph, not in each article's graph
        self.vocabulary: set[str] = set()  # N-Triples lines
        self.sentence_starts = [sentence.start for sentence in self.article.sentences]

    def evidence(self, span: Span) -> str:
        sentence = self.sentence_of(span)
        key = (sentence.start, sentence.end)
        node = self.evidence_nodes.get(key)
        if node is not None:
            return node
        node = self.evidence_nodes[key] = resource(f"evidence/{self.art_slug}/{sentence.start}-{sentence.end}")
        self.add((node, RDF.type, VNKG.Evidence))
        self.add((node, PROV.wasQuotedFrom, self.art))
        # Quote and offsets are the source text's, as read (Web Annotation's selectors): the
        # normalized sentence has its dashes, spaces and tone marks changed.
        start, end = source_span(self.article, sentence)
        self.add((node, OA.exact, quoted(self.article.source_text[start:end])))
        self.add((node, OA.start, typed(str(start), INTEGER)))
        self.add((node, OA.end, typed(str(end), INTEGER)))
        return node

    def sentence_of(self, span: Span) -> Span:
        i = bisect.bisect_right(self.sentence_starts, span.start) - 1
        sentences = self.article.sentences
        if i >= 0 and span.start < sentences[i].end:
            return sentences[i]
        return Span(0, len(self.article.text))

    def concept(self, scheme: Scheme, label: str) -> str:
        node, vocabulary = _concept(scheme, label)
        self.vocabulary.update(vocabulary)
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
        self.add((art, RDF.type, SDO.NewsArticle))
        self.add((art, DCTERMS.identifier, quoted(a.name)))
        self.add((art, DCTERMS.source, quoted(a.path)))
        if self.facts.published:
            self.add((art, SDO.datePublished, typed(self.facts.published.isoformat(), DATE)))
        if a.title:
            self.add((art, SDO.headline, vi(a.title)))
        if a.url:
            self.add((art, SDO.url, typed(a.url, ANY_URI)))

    def all_bodies(self):
        """The bodies the article names: each mention, and a committee inside another
        body's name (``Ban Thường vụ Tỉnh ủy X``) when its place pins it down or the
        article names it on its own too."""
        seen = set()
        roots = [b for b in (*self.facts.bodies,
                             *(post.body for p in self.facts.persons for post in p.posts if post.body),
                             *(d.issuer for d in self.facts.documents if d.issuer),
                             *(e.organizer for e in self.facts.events if e.organizer)) if b.name]
        named = {b.name for b in roots} | {b.name for b in _nested(roots) if b.resolved and b.naming != Naming.FIXED}
        for body in roots:
            while body is not None:
                if id(body) not in seen and body.name in named:
                    seen.add(id(body))
                    yield body
                body = body.of

    def body(self, body: BodyRef) -> str:
        node = resource(_body_path(body.name, body.resolved, self.article.name))
        self.bodies_by_name.setdefault(body.name, node)
        self.add((node, RDF.type, ORG.Organization))
        self.add((node, SKOS.prefLabel, vi(body.name)))
        surface = " ".join(body.surface.split())
        placeless = not body.place or body.place not in surface
        ambiguous = placeless and self.names_by_head.get(body.head, 0) > 1
        if surface and surface != body.name and not body.from_title and not ambiguous:
            self.add((node, SKOS.altLabel, vi(surface)))
        self.classify(node, body.kind)
        evidence = self.evidence(body.span)
        # the body above, when the article names it too: a lexicon's knowledge is no article's fact
        if body.parent and body.parent != body.name and body.parent in self.named_bodies:
            parent = resource(_body_path(body.parent, self.resolved_names.get(body.parent, False), self.article.name))
            self.add((node, ORG.subOrganizationOf, parent))
        self.add((node, PROV.wasDerivedFrom, evidence))
        return node

    def classify(self, node: str, kind_name: str) -> None:
        kind, vocabulary = _BODY_KINDS.get(kind_name) or _BODY_KINDS["other"]
        self.vocabulary.update(vocabulary)
        self.add((node, ORG.classification, kind))

    def person(self, person) -> str:
        node = resource(_person_path(person.name, self.article.name))
        self.add((node, RDF.type, FOAF.Person))
        self.add((node, FOAF.name, vi(person.name)))
        self.add((self.art, SDO.mentions, node))
        if person.is_author:
            self.add((self.art, SDO.author, node))
        self.add((node, PROV.wasDerivedFrom, self.evidence(person.span)))
        distinct: dict[tuple, tuple] = {}  # (role, body) -> (the first post so named, the tenure any of them reports)
        for post in person.posts:
            body_name = post.body.name if post.body and post.body.name else None
            first, tenure = distinct.get((post.role, body_name), (post, None))
            distinct[(post.role, body_name)] = (first, tenure or post.tenure)
        for (_, body_name), (post, tenure) in distinct.items():
            self.post(node, person, post, body_name, tenure)
        return node

    def post(self, person_node, person, post, body_name, tenure: Tenure | None):
        role = self.concept(Scheme.ROLE, post.role)
        if body_name:
            org = self.bodies_by_name.get(body_name) or self.body(post.body)
            node = resource(f"post/{slug(post.role)}--{org.rsplit('/', 1)[1][:-1]}")
            self.add((node, ORG.postIn, org))
            self.add((node, SKOS.prefLabel, vi(f"{post.role}, {body_name}")))
        else:
            org = None
            node = resource(f"post/{slug(post.role)}-{short_hash(self.article.name, person.name)}")
            self.add((node, SKOS.prefLabel, vi(post.role)))
        evidence = self.evidence(post.span)
        self.add((node, RDF.type, ORG.Post))
        self.add((node, ORG.role, role))
        self.add((node, PROV.wasDerivedFrom, evidence))
        self.add((person_node, ORG.holds, node))
        membership = resource(f"membership/{self.art_slug}/{short_hash(person.name, node[1:-1])}")
        self.add((membership, RDF.type, ORG.Membership))
        self.add((membership, ORG.member, person_node))
        self.add((membership, ORG.role, role))
        self.add((membership, VNKG.post, node))
        if org is not None:
            self.add((membership, ORG.organization, org))
        if post.former:
            self.add((membership, VNKG.former, typed("true", BOOLEAN)))
        # held on the day the article reports: its publication, else the day of its event
        held_on = self.facts.published or next((e.date for e in self.facts.events if e.date), None)
        if held_on:
            self.add((membership, ORG.memberDuring, self.interval(held_on, tenure.change if tenure else None)))
        self.add((membership, PROV.wasDerivedFrom, evidence))
        if tenure is not None:  # the sentence that reports the election, appointment or retirement
            self.add((membership, PROV.wasDerivedFrom, self.evidence(tenure.span)))

    def interval(self, day: date, change: Change | None = None) -> str:
        """The post was held on the article's date: an interval known to contain that day, and that
        begins (time:hasBeginning) or ends (time:hasEnd) on it when the article reports the tenure
        starting or ending then (OWL-Time; the same day and change give the same interval)."""
        iso = day.isoformat()
        instant = resource(f"instant/{iso}")
        self.add((instant, RDF.type, TIME.Instant))
        self.add((instant, TIME.inXSDDate, typed(iso, DATE)))
        node = resource(f"interval/{_INTERVAL_PREFIX[change]}{iso}")
        self.add((node, RDF.type, TIME.Interval))
        self.add((node, TIME.inside, instant))
        if change is Change.START:
            self.add((node, TIME.hasBeginning, instant))
        elif change is Change.END:
            self.add((node, TIME.hasEnd, instant))
        return node

    def document(self, doc: Document) -> str:
        node = resource(_document_path(doc, self.article.name))
        self.add((node, RDF.type, SDO.Legislation))
        if doc.code:
            self.add((node, SDO.legislationIdentifier, quoted(doc.code)))
        self.add((node, SDO.legislationType, self.concept(Scheme.DOCUMENT_TYPE, doc.type)))
        if doc.number:
            self.add((node, VNKG.documentNumber, quoted(doc.number)))
        if doc.issuer is not None and doc.issuer.name:
            issuer = self.bodies_by_name.get(doc.issuer.name) or self.body(doc.issuer)
            self.add((node, SDO.legislationPassedBy, issuer))
        if doc.issued:
            self.add((node, SDO.legislationDate, typed(doc.issued.isoformat(), DATE)))
        if doc.title and node not in self.titled:
            self.titled.add(node)
            self.add((node, SDO.name, vi(doc.title)))
        self.add((self.art, SDO.citation, node))
        self.add((node, PROV.wasDerivedFrom, self.evidence(doc.span)))
        return node

    def event(self, index, event, persons, documents):
        node = resource(f"event/{self.art_slug}-{index}")
        self.add((node, RDF.type, SDO.Event))
        self.add((node, RDF.type, VNKG.Meeting))
        kind = self.concept(Scheme.EVENT_KIND, event.kind)
        self.add((node, VNKG.eventKind, kind))
        self.add((node, SDO.name, vi(f"{event.kind} {event.date.isoformat()}" if event.date else event.kind)))
        if event.date:
            self.add((node, SDO.startDate, typed(event.date.isoformat(), DATE)))
        else:
            self.add((node, VNKG.dateUnknownReason, en("the article gives no date for it")))
        if event.part_of_day:
            self.add((node, VNKG.partOfDay, vi(event.part_of_day)))
        if event.place:
            place = resource(f"place/{slug(event.place)}-{short_hash(self.article.name, event.place)}")
            self.add((place, RDF.type, SDO.Place))
            self.add((place, SDO.name, vi(event.place)))
            self.add((node, SDO.location, place))
        if event.organizer is not None and event.organizer.name:
            self.add((node, SDO.organizer, self.bodies_by_name.get(event.organizer.name) or self.body(event.organizer)))
        for names, prop in ((event.chairs, VNKG.chair), (event.attendees, SDO.attendee), (event.speakers, VNKG.speaker)):
            for name in names:
                if name in persons:
                    self.add((node, prop, persons[name]))
        for doc in event.documents:
            self.add((node, SDO.about, documents[id(doc)]))
        self.add((self.art, SDO.about, node))
        for span in sorted(set(event.evidence), key=lambda s: s.start) or [event.span]:
            self.add((node, PROV.wasDerivedFrom, self.evidence(span)))


def facts_to_graph(facts: ArticleFacts) -> Graph:
    """The RDF graph of one article's facts, as an rdflib graph."""
    graph = Graph()
    bind_all(graph)
    return graph.parse(data=facts_to_ntriples(facts), format="nt")


def facts_to_ntriples(facts: ArticleFacts) -> str:
    """The same graph as N-Triples text, one sorted line a triple: the article's graph with the
    vocabulary it uses, standing alone."""
    builder = _Builder(facts)
    return "".join(sorted({line(*triple) for triple in builder.build()} | builder.vocabulary))


def article_ntriples(facts: ArticleFacts) -> tuple[str, str]:
    """(the article's own graph, the vocabulary it uses) as N-Triples: what a build stores, the
    article in its graph and the vocabulary once for all articles (:mod:`kg.vocabulary_graph`)."""
    triples, vocabulary = article_triples(facts)
    return "".join(line(*triple) for triple in triples), vocabulary


def article_triples(facts: ArticleFacts) -> tuple[list[tuple[str, str, str]], str]:
    """The article's own graph as triples of N-Triples terms, sorted (as its lines sort: a term
    ends where the next could not go on), and the vocabulary it uses as N-Triples."""
    builder = _Builder(facts)
    return sorted(builder.build()), "".join(sorted(builder.vocabulary))
