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

from collections.abc import Iterable, Iterator

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
    :func:`kg.network.graph_from_rdf` (the methods of an rdflib graph they call)."""

    def __init__(self, triples: Iterable[Triple]):
        self._triples = set(triples)
        self._objects: dict[tuple[Node, Node], list[Node]] = {}
        self._subjects: dict[tuple[Node, Node], list[Node]] = {}
        self._pairs: dict[Node, list[tuple[Node, Node]]] = {}
        for s, p, o in self._triples:
            self._objects.setdefault((s, p), []).append(o)
            self._subjects.setdefault((p, o), []).append(s)
            self._pairs.setdefault(p, []).append((s, o))

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __contains__(self, triple: Triple) -> bool:
        return triple in self._triples

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self._objects.get((subject, predicate), [])

    def subjects(self, predicate: Node, object: Node | None = None) -> list[Node]:  # noqa: A002 (rdflib's name)
        if object is None:
            return list(dict.fromkeys(s for s, _ in self._pairs.get(predicate, ())))
        return self._subjects.get((predicate, object), [])

    def subject_objects(self, predicate: Node) -> list[tuple[Node, Node]]:
        return self._pairs.get(predicate, [])


class ViewTerms:
    """Oxigraph's terms as the rdflib terms of the view, each made once."""

    def __init__(self):
        self._made: dict[ox.NamedNode | ox.BlankNode | ox.Literal, Node] = {
            ox.NamedNode(term): term for term in (_SAME_AS, _TYPE, _PERSON, _NAME, _ALT_LABEL)}

    def triples(self, triples: Iterable[ox.Triple | ox.Quad]) -> set[Triple]:
        """The distinct triples of ``triples`` (a quad's graph left out)."""
        term = self.term
        return {(term(t.subject), term(t.predicate), term(t.object)) for t in triples}

    def term(self, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
        made = self._made.get(term)
        if made is None:
            made = self._made[term] = _rdflib_term(term)
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


def view_graph(triples: set[Triple]) -> ViewTriples:
    """The view's graph of these triples (made by a :class:`ViewTerms`): each article's person node
    replaced by its identity, as :func:`kg.person_nodes.one_node_per_person` replaces it in an rdflib graph."""
    pairs = [(s, o) for s, p, o in triples if p is _SAME_AS]
    identity_of = {member: identity for identity, member in pairs if (member, _TYPE, _PERSON) in triples}
    if not identity_of:
        return ViewTriples(triples)
    shown = set(identity_of.values())
    hidden = {identity for identity, _ in pairs} - shown
    merged = []
    for s, p, o in triples:
        if p is _SAME_AS or s in hidden:
            continue
        if p is _NAME and s in identity_of:
            if (identity_of[s], _NAME, o) not in triples:
                merged.append((identity_of[s], _ALT_LABEL, o))
            continue
        merged.append((identity_of.get(s, s), p, identity_of.get(o, o)))
    return ViewTriples(merged)
