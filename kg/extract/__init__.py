"""Extraction: one component per kind of fact, each declaring the slots of the document it reads and adds.

``COMPONENTS`` lists them in no particular order: :func:`.components.in_order` derives the
order from what each reads (people before bodies: their titles tell the body scanner which
words belong to a role). :mod:`kg.facts` runs them with resolve after them.
"""
from __future__ import annotations

from datetime import date

from .bodies import extract_bodies
from .components import Component, Doc
from .dates import publication_date, reported_year
from .documents import extract_documents
from .events import extract_events
from ..model import PersonMention, Span
from .persons import extract_persons
from .tenures import tenures

__all__ = ["COMPONENTS", "extract_bodies", "extract_documents", "extract_events", "extract_persons"]


def _dates(doc: Doc) -> tuple[date | None, int | None]:
    return publication_date(doc.article), reported_year(doc.article.text)


def _persons(doc: Doc) -> tuple[list[PersonMention], list[tuple[str, Span]], list[Span], list, dict[int, int]]:
    people = extract_persons(doc.article)
    return people.persons, people.mentions, people.role_spans, people.title_bodies, people.lists


COMPONENTS: tuple[Component, ...] = (
    Component("bodies", reads=("article", "role_spans"), adds=("bodies",),
              run=lambda doc: extract_bodies(doc.article, doc.role_spans)),
    Component("dates", reads=("article",), adds=("published", "year_hint"), run=_dates),
    Component("documents", reads=("article", "year_hint"), adds=("documents",),
              run=lambda doc: extract_documents(doc.article, doc.year_hint)),
    Component("events", reads=("article", "mentions", "person_lists", "documents", "bodies", "published"),
              adds=("events",), run=extract_events),
    Component("persons", reads=("article",), adds=("persons", "mentions", "role_spans", "title_bodies",
                                                   "person_lists"), run=_persons),
    Component("tenures", reads=("article", "persons", "mentions"), adds=("tenures",), run=tenures),
)
