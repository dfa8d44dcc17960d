"""The extraction loop: one document object and a list of named components, spaCy's model in its smallest form.

A :class:`Doc` holds the normalized article and the facts found so far, one slot per
kind. A :class:`Component` declares the slots it reads and the slots it adds; each slot
is added by one component. :func:`in_order` derives the order from those declarations
(a reader after the adder of every slot it reads; between free components, by name),
so no list is wired by hand, and refuses a list whose declarations do not close.
:func:`run_components` hands each component the slots it declared (reading another is
an error) and stores what it returns. A component that raises adds nothing: its slots
keep their empty defaults, the later components run on those, and the failure is kept
as a one-line warning naming the file, the component and the error. One extractor's
bug thus costs the facts of that extractor, never the article.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date

from ..model import Article, ArticleFacts, BodyRef, Document, Event, PersonMention, Post, Span, Tenure


@dataclass
class Doc:
    """One article on its way through the components: its slots are the facts found so far."""

    article: Article
    published: date | None = None  # from the reader, else the article's header
    year_hint: int | None = None  # the year the article reports on
    persons: list[PersonMention] = field(default_factory=list)
    mentions: list[tuple[str, Span]] = field(default_factory=list)  # each naming of a person, by position
    role_spans: list[Span] = field(default_factory=list)  # words that make a role: not a body's name
    title_bodies: list[BodyRef] = field(default_factory=list)  # bodies named inside titles
    person_lists: dict[int, int] = field(default_factory=dict)  # mention start -> the list it was read in
    tenures: list[tuple[Post, Tenure]] = field(default_factory=list)  # posts reported to start or end
    bodies: list[BodyRef] = field(default_factory=list)  # bodies the text names outside titles
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: dict[str, set[str]] = field(default_factory=dict)  # place word -> places named with it
    warnings: list[str] = field(default_factory=list)  # one line per component that failed

    def facts(self) -> ArticleFacts:
        """The facts of the article, as the components left them."""
        for post, tenure in self.tenures:
            post.tenure = tenure
        return ArticleFacts(article=self.article, persons=self.persons,
                            bodies=every_body_named(self.bodies, self.title_bodies), documents=self.documents,
                            events=self.events, published=self.published, places=self.places,
                            warnings=self.warnings)


SLOTS = frozenset(f.name for f in fields(Doc)) - {"warnings"}
GIVEN = frozenset({"article"})  # the slots the loop fills before any component


def every_body_named(bodies: list[BodyRef], title_bodies: list[BodyRef]) -> list[BodyRef]:
    """The bodies found by the scanner, then those named only inside titles. A body the scanner read without a
    place where a title's chain gave it one (``Phó Chủ tịch HĐND, Phó Trưởng đoàn ĐBQH thành phố X``) takes it."""
    placed = {(b.span.start, b.head): b for b in title_bodies if b.place and b.part is None}
    for body in bodies:
        chained = placed.get((body.span.start, body.head))
        if chained is not None and body.place is None and body.level_word is None and body.part is None:
            body.level_word, body.place = chained.level_word, chained.place
    scanned = {id(b) for b in bodies}
    return bodies + [b for b in title_bodies if id(b) not in scanned]


@dataclass(frozen=True)
class Component:
    """A named step: ``run`` takes the document (only the slots in ``reads`` may be read from it)
    and returns the values of the slots in ``adds``, in order (one value when it adds one slot)."""

    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable


class ComponentError(ValueError):
    """A list of components whose declarations do not close: no order can run it."""


def in_order(components: Iterable[Component]) -> tuple[Component, ...]:
    """``components`` in an order where each runs after the adder of every slot it reads; of those free
    to run at one point, the first by name. Raises :class:`ComponentError` for a slot the document lacks,
    a slot added twice, a slot read that no component adds, or a cycle."""
    components = list(components)
    adder: dict[str, Component] = {}
    for component in components:
        for slot in (*component.reads, *component.adds):
            if slot not in SLOTS:
                raise ComponentError(f"the {component.name} component names {slot!r}, which is no slot of the document")
        for slot in component.adds:
            if slot in GIVEN or slot in adder:
                by = "the loop" if slot in GIVEN else f"the {adder[slot].name} component"
                raise ComponentError(f"the {component.name} component adds {slot!r}, which {by} adds")
            adder[slot] = component
    for component in components:
        for slot in component.reads:
            if slot not in GIVEN and slot not in adder:
                raise ComponentError(f"the {component.name} component reads {slot!r}, which no component adds")
    ordered: list[Component] = []
    pending = sorted(components, key=lambda c: c.name)
    added = set(GIVEN)
    while pending:
        ready = next((c for c in pending if set(c.reads) <= added), None)
        if ready is None:
            raise ComponentError("the components wait on each other: " + ", ".join(c.name for c in pending))
        ordered.append(ready)
        pending.remove(ready)
        added.update(ready.adds)
    return tuple(ordered)


class _Reads:
    """The document as one component sees it: only the slots it declared it reads."""

    __slots__ = ("_doc", "_component")

    def __init__(self, doc: Doc, component: Component):
        self._doc, self._component = doc, component

    def __getattr__(self, slot: str):
        if slot not in self._component.reads:
            raise AttributeError(f"the {self._component.name} component reads {slot!r} without declaring it")
        return getattr(self._doc, slot)


_ORDERS: dict[tuple[Component, ...], tuple[Component, ...]] = {}  # each list's order, sorted once, not per article


def run_components(article: Article, components: Sequence[Component]) -> Doc:
    """``article`` through ``components`` in :func:`in_order`'s order; a failure is a warning, not an error."""
    doc = Doc(article, published=article.published)
    given = tuple(components)
    order = _ORDERS.get(given)
    if order is None:
        order = _ORDERS[given] = in_order(given)
    for component in order:
        try:
            found = component.run(_Reads(doc, component))
            values = list(zip(component.adds, (found,) if len(component.adds) == 1 else tuple(found), strict=True))
        except Exception as exc:  # noqa: BLE001 - any bug of one extractor must leave the others' facts
            doc.warnings.append(f"{article.name}: the {component.name} extractor failed: "
                                f"{type(exc).__name__}: {_one_line(exc)}")
            continue
        for slot, value in values:
            setattr(doc, slot, value)
    return doc


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:300]
