"""One node per real person wherever a user looks at the graph as a network (the view, GraphML, GEXF).

Each article's graph keeps its own person node, so that an article's graph answers the shared
queries on its own; the identity graphs (:mod:`kg.identity`) join those nodes with ``owl:sameAs``
to one ``foaf:Person`` per real person. Drawn as they are, that is two nodes for one person, one of
them isolated. :func:`one_node_per_person` draws the identity instead: every statement about an
article's node is made of its identity, so the identity holds the posts, chairs the events and is
mentioned by the articles, and the sentences that name it in each article are its provenance.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import OWL

from .vocab import FOAF, RDF, SKOS

# Article nodes whose identities one query looks up (VALUES rows)
_LOOKUP_BATCH = 500

_TYPE, _PERSON, _NAME, _SAME_AS = (ox.NamedNode(term) for term in (RDF.type, FOAF.Person, FOAF.name, OWL.sameAs))

_IDENTITIES_OF = """SELECT ?identity ?member ?name WHERE {{
  VALUES ?member {{ {members} }}
  ?identity owl:sameAs ?member ; foaf:name ?name .
}}"""


def one_node_per_person(rdf: Graph) -> Graph:
    """``rdf`` with each article's person node replaced by its identity (when the graph holds it); the
    article's name for it, when another, becomes an ``skos:altLabel``. An identity none of whose
    article nodes is in ``rdf`` is left out: it would stand alone."""
    identity_of = {member: identity for identity, member in rdf.subject_objects(OWL.sameAs)
                   if (member, RDF.type, FOAF.Person) in rdf}
    if not identity_of:
        return rdf
    shown = set(identity_of.values())
    identities = {identity for identity, _ in rdf.subject_objects(OWL.sameAs)}
    merged = Graph()
    for prefix, namespace in rdf.namespaces():
        merged.bind(prefix, namespace, override=True)
    for s, p, o in rdf:
        if p == OWL.sameAs or (s in identities and s not in shown):
            continue
        if p == FOAF.name and s in identity_of:
            if (identity_of[s], FOAF.name, o) not in rdf:
                merged.add((identity_of[s], SKOS.altLabel, o))
            continue
        merged.add((identity_of.get(s, s), p, identity_of.get(o, o)))
    return merged


def identity_triples(store, persons: Iterable[str]) -> Iterator[ox.Triple]:
    """The identities in ``store`` of ``persons`` (IRIs of article person nodes), as the triples
    :func:`one_node_per_person` needs: type, name and ``owl:sameAs`` each person's node."""
    persons = iter(sorted(set(persons)))
    while batch := list(islice(persons, _LOOKUP_BATCH)):
        sparql = _IDENTITIES_OF.format(members=" ".join(f"<{iri}>" for iri in batch))
        for row in store.query(sparql):
            identity = row["identity"]
            yield ox.Triple(identity, _TYPE, _PERSON)
            yield ox.Triple(identity, _NAME, ox.Literal(row["name"].value, language="vi"))
            yield ox.Triple(identity, _SAME_AS, row["member"])
