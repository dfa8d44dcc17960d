"""Extraction: one extractor per kind of fact, each a plain function over an Article.

``extract_all`` runs them in order (people first: their titles tell the body
scanner which words belong to a role) and resolves the mentions within the article.
"""
from __future__ import annotations

from ..model import Article, ArticleFacts
from ..resolve import resolve
from .bodies import extract_bodies
from .dates import publication_date, reported_year
from .documents import extract_documents
from .events import extract_events
from .persons import extract_persons

__all__ = ["extract_all", "extract_bodies", "extract_documents", "extract_events", "extract_persons"]


def extract_all(article: Article) -> ArticleFacts:
    published = publication_date(article)
    year_hint = reported_year(article.text)
    people = extract_persons(article)
    bodies = extract_bodies(article, people.role_spans)
    documents = extract_documents(article, year_hint)
    events = extract_events(article, people, documents, bodies, published)
    scanned = {id(b) for b in bodies}
    in_titles = [b for b in people.title_bodies if id(b) not in scanned]
    facts = ArticleFacts(article=article, persons=people.persons, bodies=bodies + in_titles,
                         documents=documents, events=events, published=published)
    return resolve(facts)
