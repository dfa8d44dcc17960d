"""The graph a build's view draws, made from the Oxigraph triples the build chose for it.

The view reads the graph through a few lookups (:class:`kg.cards.Reader`, :mod:`kg.network`):
the objects of a subject's property, the subjects of a property (and value), the pairs of a
property. An rdflib graph answered them, but filling one (its parser, then its in-memory store,
then :func:`kg.person_nodes.one_node_per_person` copying it triple by triple) took two thirds of
the view's CPU on a full view's 40,000 triples. Here each distinct term becomes the rdflib term
once, each article's person node becomes its identity on the terms, and the triples are indexed
the three ways the view reads them (:class:`ViewTriples`): the same answers, so the same page.
"""
from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .vocab import FOAF, OWL, RDF, SKOS, XSD

Triple = tuple[Node, Node, Node]
# The terms the view compares triples with: made once, and given to every ViewTerms, so that a
# triple's predicate *is* the one compared with (``is``; rdflib answers ``==`` in Python)
_SAME_AS, _TYPE, _PERSON, _NAME, _ALT_LABEL = OWL.sameAs, RDF.type, FOAF.Person, FOAF.name, SKOS.altLabel
_XSD_STRING = ox.NamedNode(XSD.string)


class ViewTriples:
    """A set of triples, indexed for the lookups of :class:`kg.cards.Reader` and
    :func:`kg.network.graph_from_rdf` (the methods of an rdflib graph they call). The pairs of each
    property are kept; a property's objects by subject, or subjects by object, are indexed the
    first time they are asked for (the view asks for two thirds of its triples that way, and for
    their subjects by object of a few properties only)."""

    def __init__(self, triples: Iterable[Triple]):
        pairs: dict[Node, set[tuple[Node, Node]]] = {}
        for s, p, o in triples:
            group = pairs.get(p)
            if group is None:
                group = pairs[p] = set()
            group.add((s, o))
        self._pairs = pairs
        self._objects: dict[Node, dict[Node, list[Node]]] = {}
        self._subjects: dict[Node, dict[Node, list[Node]]] = {}

    def __len__(self) -> int:
        return sum(map(len, self._pairs.values()))

    def __iter__(self) -> Iterator[Triple]:
        return ((s, p, o) for p, pairs in self._pairs.items() for s, o in pairs)

    def __contains__(self, triple: Triple) -> bool:
        s, p, o = triple
        return (s, o) in self._pairs.get(p, ())

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self._objects_by_subject(predicate).get(subject, [])

    def subjects(self, predicate: Node, object: Node | None = None) -> list[Node]:  # noqa: A002 (rdflib's name)
        if object is None:
            return list(self._objects_by_subject(predicate))
        index = self._subjects.get(predicate)
        if index is None:
            index = self._subjects[predicate] = _grouped((o, s) for s, o in self._pairs.get(predicate, ()))
        return index.get(object, [])

    def _objects_by_subject(self, predicate: Node) -> dict[Node, list[Node]]:
        index = self._objects.get(predicate)
        if index is None:
            index = self._objects[predicate] = _grouped(self._pairs.get(predicate, ()))
        return index

    def subject_objects(self, predicate: Node) -> Iterable[tuple[Node, Node]]:
        return self._pairs.get(predicate, ())


def _grouped(pairs: Iterable[tuple[Node, Node]]) -> dict[Node, list[Node]]:
    grouped: dict[Node, list[Node]] = {}
    for key, value in pairs:
        values = grouped.get(key)
        if values is None:
            grouped[key] = [value]
        else:
            values.append(value)
    return grouped


class ViewTerms:
    """Oxigraph's terms as the rdflib terms of the view, each made once."""

    def __init__(self):
        self._made = _Made({ox.NamedNode(term): term for term in (_SAME_AS, _TYPE, _PERSON, _NAME, _ALT_LABEL)})

    def triples(self, triples: Iterable[ox.Triple | ox.Quad]) -> list[Triple]:
        """The triples of ``triples`` (a quad's graph left out)."""
        made = self._made
        return [(made[t.subject], made[t.predicate], made[t.object]) for t in triples]


class _Made(dict):
    def __missing__(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        made = self[term] = _rdflib_term(term)
        return made


def _rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):  # a node of its own per label, as rdflib's parsers make
        return BNode()
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype == _XSD_STRING:  # a simple literal, which rdflib keeps without a datatype
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def persons_in(triples: Iterable[Triple]) -> list[str]:
    """The IRIs of the nodes these triples (made by a :class:`ViewTerms`) type ``foaf:Person``."""
    return [str(s) for s, p, o in triples if o is _PERSON and p is _TYPE]


def view_graph(triples: Collection[Triple]) -> ViewTriples:
    """The view's graph of these triples (made by a :class:`ViewTerms`; some may repeat): each
    article's person node replaced by its identity, as :func:`kg.person_nodes.one_node_per_person`
    replaces it in an rdflib graph."""
    pairs = [(s, o) for s, p, o in triples if p is _SAME_AS]
    if not pairs:
        return ViewTriples(triples)
    persons = {s for s, p, o in triples if o is _PERSON and p is _TYPE}
    identity_of = {member: identity for identity, member in pairs if member in persons}
    if not identity_of:
        return ViewTriples(triples)
    shown = set(identity_of.values())
    hidden = {identity for identity, _ in pairs} - shown
    names = {(s, o) for s, p, o in triples if p is _NAME and s in shown}

    def merged() -> Iterator[Triple]:
        for s, p, o in triples:
            if p is _SAME_AS or s in hidden:
                continue
            if p is _NAME and s in identity_of:
                if (identity_of[s], o) not in names:
                    yield identity_of[s], _ALT_LABEL, o
                continue
            yield identity_of.get(s, s), p, identity_of.get(o, o)

    return ViewTriples(merged())
