"""Extraction: one component per kind of fact, run in order over one document object.

``COMPONENTS`` is the list (people before bodies: their titles tell the body scanner
which words belong to a role; resolve last: it names what the others found);
``extract_all`` runs it through :func:`.components.run_components`, which keeps the
facts of every component when one fails and reports the failure as a warning.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..model import Article, ArticleFacts, BodyRef, Document, Event
from ..resolve import resolve
from .bodies import extract_bodies
from .components import Component, Doc, run_components
from .dates import publication_date, reported_year
from .documents import extract_documents
from .events import extract_events
from .persons import PersonFacts, extract_persons
from .tenures import tenures

__all__ = ["COMPONENTS", "Component", "Doc", "extract_all", "extract_bodies", "extract_documents", "extract_events",
           "extract_persons", "run_components"]


def _dates(article: Article) -> tuple[date | None, int | None]:
    return publication_date(article), reported_year(article.text)


def _assemble(article: Article, published: date | None, people: PersonFacts, bodies: list[BodyRef],
              documents: list[Document], events: list[Event]) -> ArticleFacts:
    scanned = {id(b) for b in bodies}
    in_titles = [b for b in people.title_bodies if id(b) not in scanned]
    return ArticleFacts(article=article, persons=people.persons, bodies=bodies + in_titles,
                        documents=documents, events=events, published=published)


def _resolve(article: Article, published: date | None, people: PersonFacts, bodies: list[BodyRef],
             documents: list[Document], events: list[Event]) -> ArticleFacts:
    """The facts with their bodies named; resolve names them in place, so a failure takes its names back
    (a failed component adds nothing)."""
    facts = _assemble(article, published, people, bodies, documents, events)
    unplaced = [post for person in facts.persons for post in person.posts if post.body is None]
    try:
        return resolve(facts)
    except Exception:
        for post in unplaced:
            post.body = None
        for body in _every_body(facts):
            body.name, body.parent, body.resolved = "", None, False
        raise


def _every_body(facts: ArticleFacts):
    for body in [*facts.bodies, *(p.body for person in facts.persons for p in person.posts),
                 *(d.issuer for d in facts.documents), *(e.organizer for e in facts.events)]:
        while body is not None:
            yield body
            body = body.of


def _bodies(article: Article, people: PersonFacts) -> list[BodyRef]:
    return extract_bodies(article, people.role_spans)


COMPONENTS: tuple[Component, ...] = (
    Component("dates", reads=("article",), adds=("published", "year_hint"), run=_dates),
    Component("persons", reads=("article",), adds=("people",), run=extract_persons),
    Component("tenures", reads=("article", "people"), adds=("people",), run=tenures),
    Component("bodies", reads=("article", "people"), adds=("bodies",),
              run=_bodies),
    Component("documents", reads=("article", "year_hint"), adds=("documents",), run=extract_documents),
    Component("events", reads=("article", "people", "documents", "bodies", "published"),
              adds=("events",), run=extract_events),
    Component("resolve", reads=("article", "published", "people", "bodies", "documents", "events"),
              adds=("facts",), run=_resolve),
)


def extract_all(article: Article, components: Sequence[Component] | None = None) -> ArticleFacts:
    """Every fact of ``article``, resolved; ``facts.warnings`` names each component that failed.
    ``components`` replaces ``COMPONENTS`` (read at each call, so that a test may swap the list)."""
    doc = run_components(article, COMPONENTS if components is None else components)
    facts = doc.facts
    if facts is None:  # resolve failed (or is not in the list): the facts as found, unnamed
        facts = _assemble(doc.article, doc.published, doc.people, doc.bodies, doc.documents, doc.events)
    facts.warnings = doc.warnings
    return facts
