"""Namespaces of the graph: the standard vocabularies and vnkg's own terms."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

SDO = Namespace("https://schema.org/")
VNKG = Namespace("https://w3id.org/vnkg/ontology#")
RES = Namespace("https://w3id.org/vnkg/resource/")
OA = Namespace("http://www.w3.org/ns/oa#")

# The named graph of a build's shared vocabulary: the concepts its articles' facts point at
VOCABULARY_GRAPH = RES["graph/vocabulary"]

PREFIXES = {
    "org": ORG, "foaf": FOAF, "schema": SDO, "skos": SKOS, "dcterms": DCTERMS,
    "prov": PROV, "vnkg": VNKG, "res": RES, "oa": OA, "time": TIME, "xsd": XSD,
    "rdfs": RDFS,
}


__all__ = ["DCTERMS", "FOAF", "OA", "ORG", "PREFIXES", "PROV", "RDF", "RDFS", "RES", "SDO", "SKOS", "TIME", "VNKG",
           "VOCABULARY_GRAPH", "XSD"]


def bind_all(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
