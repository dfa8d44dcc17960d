"""Namespaces of the graph: the standard vocabularies and vnkg's own terms."""
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD, DefinedNamespace


class VNKG(DefinedNamespace):
    """vnkg's own terms, those ``ontology/vnkg.ttl`` defines: closed, so a misspelt term raises
    AttributeError instead of becoming an IRI nobody defined (tests/test_vocab.py holds the two equal)."""

    _NS = Namespace("https://w3id.org/vnkg/ontology#")
    _fail = True

    Meeting: URIRef
    Evidence: URIRef
    eventKind: URIRef
    chair: URIRef
    speaker: URIRef
    partOfDay: URIRef
    dateUnknownReason: URIRef
    post: URIRef
    former: URIRef
    documentNumber: URIRef


RES = Namespace("https://w3id.org/vnkg/resource/")  # open: resources are named by slugs of what the articles say
OA = Namespace("http://www.w3.org/ns/oa#")  # Web Annotation: not among rdflib's namespaces
ARTICLES = RES["article/"]  # what every article's IRI (its graph's name) begins with

# The named graph of a build's shared vocabulary: the concepts its articles' facts point at
VOCABULARY_GRAPH = RES["graph/vocabulary"]

# The one prefix table: every graph binds these, files declare them, queries may use them undeclared.
PREFIXES = {
    "org": ORG, "foaf": FOAF, "schema": SDO, "skos": SKOS, "dcterms": DCTERMS,
    "prov": PROV, "vnkg": VNKG, "res": RES, "oa": OA, "time": TIME, "xsd": XSD,
    "rdfs": RDFS,
}
PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
# Resource IRIs hold slashes, which a prefixed name must escape (res:person\/ab12); some
# readers (Virtuoso 7.2) keep the backslash, so files spell these IRIs out in full.
FILE_PREFIXES = {prefix: iri for prefix, iri in PREFIX_IRIS.items() if prefix != "res"}
# What a query may use without declaring it: the graph's vocabularies, and owl: and rdf: that
# the identity layer (owl:sameAs) and hand-written queries (rdf:type) use.
QUERY_PREFIXES = {**PREFIX_IRIS, "owl": str(OWL), "rdf": str(RDF)}


__all__ = ["ARTICLES", "DCTERMS", "FILE_PREFIXES", "FOAF", "OA", "ORG", "OWL", "PREFIXES", "PREFIX_IRIS", "PROV",
           "QUERY_PREFIXES", "RDF", "RDFS", "RES", "SDO", "SKOS", "TIME", "VNKG", "VOCABULARY_GRAPH", "XSD",
           "bind_all", "prefixed_name", "sparql_prologue", "turtle_prologue"]


def bind_all(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)


def sparql_prologue(prefixes: dict[str, str] = QUERY_PREFIXES) -> str:
    """PREFIX declarations, for engines that do not take a prefix table with the query."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in prefixes.items())


def turtle_prologue(prefixes: dict[str, str] = FILE_PREFIXES) -> str:
    """@prefix lines, as Turtle and TriG files begin."""
    return "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in prefixes.items())


def prefixed_name(iri: str, prefixes: dict[str, str] = QUERY_PREFIXES) -> str | None:
    """``iri`` as prefix:name when a prefix of ``prefixes`` fits, else None."""
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return None
