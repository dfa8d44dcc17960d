"""Namespaces of the graph: the standard vocabularies and vnkg's own terms."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

SDO = Namespace("https://schema.org/")
VNKG = Namespace("https://w3id.org/vnkg/ontology#")
RES = Namespace("https://w3id.org/vnkg/resource/")
OA = Namespace("http://www.w3.org/ns/oa#")

PREFIXES = {
    "org": ORG, "foaf": FOAF, "schema": SDO, "skos": SKOS, "dcterms": DCTERMS,
    "prov": PROV, "vnkg": VNKG, "res": RES, "oa": OA, "time": TIME, "xsd": XSD,
    "rdfs": RDFS,
}


class Terms:
    """A namespace whose terms are made once. rdflib makes (and checks) a new URIRef at each
    attribute access; the graph builder asks for ``RDF.type`` and the like hundreds of times
    an article. Closed namespaces still reject unknown names."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str):
        term = getattr(self._namespace, name)
        setattr(self, name, term)  # found without __getattr__ from now on
        return term


__all__ = ["Terms", "DCTERMS", "FOAF", "OA", "ORG", "PREFIXES", "PROV", "RDF", "RDFS", "RES", "SDO", "SKOS", "TIME", "VNKG", "XSD"]


def bind_all(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
