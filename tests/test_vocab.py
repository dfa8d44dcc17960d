"""vnkg's own terms are a closed set, the one the ontology defines; one prefix table serves all."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.ntriples import SDO as SDO_NT, VNKG as VNKG_NT
from kg.validate import SHAPES_PATH
from kg.vocab import (FILE_PREFIXES, PREFIXES, QUERY_PREFIXES, VNKG, prefixed_name, sparql_prologue,
                      turtle_prologue)

ONTOLOGY_PATH = SHAPES_PATH.with_name("vnkg.ttl")


def _ontology_terms() -> set[URIRef]:
    ontology = Graph().parse(ONTOLOGY_PATH, format="turtle")
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {term for kind in kinds for term in ontology.subjects(RDF.type, kind)
            if isinstance(term, URIRef) and term.startswith(str(VNKG))}


def test_the_closed_namespace_holds_exactly_the_terms_the_ontology_defines():
    declared = {VNKG[name] for name in VNKG.__annotations__}
    assert declared == _ontology_terms()


def test_a_misspelt_own_term_raises_instead_of_making_an_iri():
    with pytest.raises(AttributeError):
        VNKG.chiar  # noqa: B018
    with pytest.raises(AttributeError):
        VNKG["Meetings"]


def test_the_prefix_table_is_declared_the_same_way_everywhere():
    assert list(QUERY_PREFIXES)[:len(PREFIXES)] == list(PREFIXES)
    assert "res" not in FILE_PREFIXES and set(FILE_PREFIXES) < set(PREFIXES)
    assert sparql_prologue().count("PREFIX ") == len(QUERY_PREFIXES)
    # a Turtle file's prologue parses and declares what the table says
    parsed = Graph().parse(data=turtle_prologue(), format="turtle")
    assert {p: str(ns) for p, ns in parsed.namespaces() if p in FILE_PREFIXES} == FILE_PREFIXES
    # a query using them parses with the prologue and nothing else (an undeclared prefix raises)
    assert bool(ox.Store().query(sparql_prologue() + "ASK { ?s owl:sameAs ?o ; vnkg:chair ?c ; rdf:type ?t }")) is False


def test_an_iri_reads_as_a_prefixed_name_when_a_prefix_fits():
    assert prefixed_name(str(VNKG.chair)) == "vnkg:chair"
    assert prefixed_name(str(OWL.sameAs)) == "owl:sameAs"
    assert prefixed_name(str(VNKG)) is None  # the namespace alone names nothing
    assert prefixed_name("urn:x:y") is None


def test_the_graph_builders_terms_reject_a_misspelt_standard_term_too():
    assert SDO_NT.legislationPassedBy == "<https://schema.org/legislationPassedBy>"
    assert VNKG_NT.chair == f"<{VNKG.chair}>"
    with pytest.raises(AttributeError):
        SDO_NT.legislationPasedBy  # noqa: B018
    with pytest.raises(AttributeError):
        VNKG_NT.chiar  # noqa: B018
