"""The graph a build's view draws, made from the N-Triples lines the build chose for it.

The view reads an rdflib graph (:mod:`kg.network`). rdflib's N-Triples parser, then
:func:`kg.person_nodes.one_node_per_person` copying the graph triple by triple, took two
thirds of the view's CPU on a full view's 40,000 triples. The lines come from Oxigraph
(``str`` of its triples) and :mod:`kg.ntriples`, one triple a line, ``<s> <p> o .``: here
each distinct term is made once, with the unescaping rdflib's parser applies, each article's
person node becomes its identity on the terms, and the graph is filled once: the same
graph, so the same page, in a third of the time.
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.parsers.ntriples import unquote, uriquote
from rdflib.term import Node

from .vocab import FOAF, OWL, RDF, SKOS

Triple = tuple[Node, Node, Node]
_SAME_AS, _TYPE, _PERSON, _NAME, _ALT_LABEL = OWL.sameAs, RDF.type, FOAF.Person, FOAF.name, SKOS.altLabel


def view_graph(ntriples: str) -> Graph:
    """``one_node_per_person(Graph().parse(data=ntriples, format="nt"))`` for lines as the build writes them."""
    terms = _Terms()
    triples = {tuple(map(terms.of, line.split(" ", 2))) for line in ntriples[:-3].split(" .\n")} \
        if ntriples.strip() else set()
    graph = Graph()
    add = graph.store.add
    for triple in one_node_per_person(triples):
        add(triple, graph, quoted=False)
    return graph


def one_node_per_person(triples: set[Triple]) -> set[Triple] | list[Triple]:
    """:func:`kg.person_nodes.one_node_per_person` on a set of triples."""
    same_as = [(s, o) for s, p, o in triples if p == _SAME_AS]
    identity_of = {member: identity for identity, member in same_as if (member, _TYPE, _PERSON) in triples}
    if not identity_of:
        return triples
    shown = set(identity_of.values())
    hidden = {identity for identity, _ in same_as} - shown
    merged = []
    for s, p, o in triples:
        if p == _SAME_AS or s in hidden:
            continue
        if p == _NAME and s in identity_of:
            if (identity_of[s], _NAME, o) not in triples:
                merged.append((identity_of[s], _ALT_LABEL, o))
            continue
        merged.append((identity_of.get(s, s), p, identity_of.get(o, o)))
    return merged


class _Terms:
    """N-Triples terms as the rdflib terms its parser makes of them, each made once."""

    def __init__(self):
        self._made: dict[str, Node] = {}

    def of(self, text: str) -> Node:
        made = self._made.get(text)
        if made is None:
            made = self._made[text] = _term(text)
        return made


def _term(text: str) -> Node:
    if text.startswith("<"):
        return URIRef(_unescaped(text[1:-1]))
    if text.startswith("_:"):  # a new node per label, as rdflib's parser makes
        return BNode()
    quoted, _, tail = text.rpartition('"')
    lexical = unquote(quoted[1:]) if "\\" in quoted else quoted[1:]
    if tail.startswith("@"):
        return Literal(lexical, lang=tail[1:])
    if tail.startswith("^^"):
        return Literal(lexical, datatype=URIRef(_unescaped(tail[3:-1])))
    return Literal(lexical)


def _unescaped(iri: str) -> str:
    return uriquote(unquote(iri)) if "\\" in iri else iri
