"""One invented article through extraction, as the rule tests read it: its facts, the bodies its
graph names, and each person's posts."""
from __future__ import annotations

from kg.facts import extract_all
from kg.graph import facts_to_graph
from kg.model import RawDocument
from kg.normalize import normalize
from kg.vocab import ORG, RDF, SKOS


def facts(text: str):
    return extract_all(normalize(RawDocument(name="t.txt", path="t.txt", text=text)))


def names(text: str) -> set[str]:
    """The bodies the article's graph holds, by canonical name."""
    graph = facts_to_graph(facts(text))
    return {str(graph.value(node, SKOS.prefLabel)) for node in graph.subjects(RDF.type, ORG.Organization)}


def posts(text: str):
    return {p.name: [(post.role, post.body.name if post.body else None) for post in p.posts]
            for p in facts(text).persons}
