"""The extraction loop: one document object and a list of named components, spaCy's model in its smallest form.

A :class:`Doc` holds the normalized article and the facts found so far, one slot per
kind. A :class:`Component` declares the slots it reads and the slots it adds; the loop
hands it what it reads and stores what it returns. A component that raises adds
nothing: its slots keep their empty defaults, the later components run on those, and
the failure is kept as a one-line warning naming the file, the component and the error.
One extractor's bug thus costs the facts of that extractor, never the article.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..model import Article, ArticleFacts, BodyRef, Document, Event
from .persons import PersonFacts


@dataclass
class Doc:
    """One article on its way through the components."""

    article: Article
    published: date | None = None  # from the reader, else the article's header
    year_hint: int | None = None  # the year the article reports on
    people: PersonFacts = field(default_factory=lambda: PersonFacts([], []))
    bodies: list[BodyRef] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: ArticleFacts | None = None  # every fact of the article, resolved
    warnings: list[str] = field(default_factory=list)  # one line per component that failed


@dataclass(frozen=True)
class Component:
    """A named step: ``run`` takes the slots in ``reads`` as keyword arguments and returns
    the values of the slots in ``adds``, in order (one value when it adds one slot)."""

    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable


def run_components(article: Article, components: Sequence[Component]) -> Doc:
    """``article`` through ``components`` in order; a component's failure is a warning, not an error."""
    doc = Doc(article, published=article.published)
    for component in components:
        try:
            found = component.run(**{slot: getattr(doc, slot) for slot in component.reads})
        except Exception as exc:  # noqa: BLE001 - any bug of one extractor must leave the others' facts
            doc.warnings.append(f"{article.name}: the {component.name} extractor failed: "
                                f"{type(exc).__name__}: {_one_line(exc)}")
            continue
        values = (found,) if len(component.adds) == 1 else tuple(found)
        for slot, value in zip(component.adds, values, strict=True):
            setattr(doc, slot, value)
    return doc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]
