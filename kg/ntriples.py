"""RDF terms written as N-Triples text, for the graphs a build makes by the hundred thousand
(articles, identities).

rdflib's terms are checked, hashed and escaped again for every triple: made so, an article's
graph cost more than extracting its facts. Here a term is its N-Triples text from the start,
and a triple a tuple of three such texts; resource paths are slugs and hashes, with nothing
to escape.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib.namespace import DefinedNamespaceMeta

from . import vocab


class Terms:
    """A vocabulary's terms as N-Triples (``<iri>``), each made once. A vocabulary whose terms
    rdflib lists rejects any other name (schema.org's would only warn): a typo raises here."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if isinstance(self._namespace, DefinedNamespaceMeta) and name not in self._namespace:
            raise AttributeError(f"{name!r} is no term of {self._namespace}")
        term = f"<{getattr(self._namespace, name)}>"
        setattr(self, name, term)  # found without __getattr__ from now on
        return term


DCTERMS, FOAF, OA, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, VNKG = map(Terms, (
    vocab.DCTERMS, vocab.FOAF, vocab.OA, vocab.ORG, vocab.OWL, vocab.PROV, vocab.RDF, vocab.RDFS, vocab.SDO,
    vocab.SKOS, vocab.TIME, vocab.VNKG))
DATE, INTEGER, BOOLEAN, ANY_URI = (f"<{vocab.XSD[name]}>" for name in ("date", "integer", "boolean", "anyURI"))

_ESCAPES = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"))


def quoted(text: str) -> str:
    """A plain literal."""
    for char, escaped in _ESCAPES:
        if char in text:
            text = text.replace(char, escaped)
    return f'"{text}"'


@lru_cache(maxsize=65536)
def vi(text: str) -> str:
    """A Vietnamese literal (names, roles and kinds repeat: made once)."""
    return quoted(text) + "@vi"


def en(text: str) -> str:
    return quoted(text) + "@en"


def typed(lexical: str, datatype: str) -> str:
    return f"{quoted(lexical)}^^{datatype}"


def resource(path: str) -> str:
    """A resource IRI (``res:`` + path)."""
    return f"<{vocab.RES}{path}>"


def line(subject: str, predicate: str, obj: str) -> str:
    return f"{subject} {predicate} {obj} .\n"
