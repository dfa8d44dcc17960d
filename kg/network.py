"""The RDF graph as a network of the things a reader looks for.

Persons, bodies, posts, documents, events and articles become nodes with a
kind, a short label and tooltip rows (full name, posts with body and date, the
sentences and articles that state them); the properties between them become
labelled edges. :func:`select` narrows the network for a view (focus, kinds,
dates, a node budget) and records what it left out.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph
from rdflib.namespace import OWL
from rdflib.term import Node

from .fsutil import atomic_write_text
from .cards import MembershipIndex, Reader, describe, short
from .person_nodes import one_node_per_person
from .rdf_files import merged_graph
from .vocab import FOAF, ORG, RDF, SDO, VNKG


class NodeKind(StrEnum):
    """What a node of the network is. Order matters twice: a resource typed with two classes
    takes the first kind, and views list kinds in this order."""

    PERSON = "person"
    BODY = "body"
    POST = "post"
    DOCUMENT = "document"
    EVENT = "event"
    ARTICLE = "article"


_RANK = {kind: rank for rank, kind in enumerate(NodeKind)}

KIND_OF_CLASS = {
    FOAF.Person: NodeKind.PERSON,
    ORG.Organization: NodeKind.BODY,
    ORG.FormalOrganization: NodeKind.BODY,
    ORG.OrganizationalUnit: NodeKind.BODY,
    ORG.Post: NodeKind.POST,
    SDO.Legislation: NodeKind.DOCUMENT,
    SDO.Event: NodeKind.EVENT,
    SDO.NewsArticle: NodeKind.ARTICLE,
}

# predicate -> edge label. Edges read as a sentence: "person holds post", "post in body";
# these are drawn from subject to object,
EDGE_OF_PREDICATE = {
    ORG.holds: "holds", ORG.postIn: "in", SDO.about: "about", SDO.organizer: "organized by",
    SDO.legislationPassedBy: "issued by", ORG.subOrganizationOf: "part of", SDO.mentions: "mentions",
}
# and these from object to subject: "person chaired event", "person wrote article".
EDGE_OF_INVERSE_PREDICATE = {
    ORG.heldBy: "holds", VNKG.chair: "chaired", SDO.attendee: "attended", VNKG.speaker: "spoke", SDO.author: "wrote",
}

# Kinds whose provenance links them to the article that reports them; persons
# already have schema:mentions, and posts would only add clutter.
REPORTED_KINDS = (NodeKind.EVENT, NodeKind.DOCUMENT)


@dataclass(frozen=True)
class Selection:
    """A network narrowed for a view, and what the narrowing left out."""

    graph: nx.MultiDiGraph
    total_nodes: int  # after focus, kinds and dates: before the node budget
    left_out: dict[str, int] = field(default_factory=dict)  # kind -> nodes cut by the budget
    focus: tuple[str, ...] = ()  # ids of the nodes the focus matched

    @property
    def cut(self) -> int:
        return sum(self.left_out.values())


def toneless(text: str) -> str:
    """Text for matching: NFC, case-folded, Vietnamese tone marks and đ dropped."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def graph_from_rdf(rdf: Graph | Dataset) -> nx.MultiDiGraph:
    """The network of ``rdf``: one node per typed resource, one edge per linking property.

    A person is one node, the identity that joins their articles' nodes (:mod:`kg.person_nodes`).
    Node attributes: kind, label (short), name (full), iri, dates (ISO strings
    that date an event or post), search (folded names), details (card rows as
    (field, text) pairs), cites (per row, the indexes of the Source rows that state
    it) and name_cites (those that state the node itself). Edge attributes: label. Nodes and edges are added
    in sorted order so that everything downstream is deterministic.
    """
    network, cards = _network(rdf)
    cards.describe(network)
    return network


def select_from_rdf(rdf: Graph | Dataset, max_nodes: int | None = None) -> Selection:
    """``select(graph_from_rdf(rdf), max_nodes=max_nodes)``, describing only the nodes the budget keeps:
    the cards were two thirds of the network's cost, and a large view keeps half its nodes."""
    network, cards = _network(rdf)
    selection = select(network, max_nodes=max_nodes)
    cards.describe(selection.graph)
    return selection


def _network(rdf: Graph | Dataset) -> tuple[nx.MultiDiGraph, _Cards]:
    """The nodes of ``rdf`` with their kinds, and the edges between them; and what describes the nodes."""
    if isinstance(rdf, Dataset):
        rdf = merged_graph(rdf)
    rdf = one_node_per_person(rdf)
    read = Reader(rdf)
    kinds: dict[Node, NodeKind] = {}
    # An identity (owl:sameAs its article's persons) is no node of its own: each article's
    # person is drawn, as the build's view does, and kg explain tells who is who across articles.
    identities = set(rdf.subjects(OWL.sameAs, None))
    for rdf_class, kind in KIND_OF_CLASS.items():
        for subject in rdf.subjects(RDF.type, rdf_class):
            if subject in identities:
                continue
            if kinds.get(subject) is None or _RANK[kind] < _RANK[kinds[subject]]:
                kinds[subject] = kind

    network = nx.MultiDiGraph()
    network.add_nodes_from((str(subject), {"kind": kinds[subject].value}) for subject in sorted(kinds, key=str))
    edges = set(_links(rdf, kinds, EDGE_OF_PREDICATE))
    edges.update((o, s, label) for s, o, label in _links(rdf, kinds, EDGE_OF_INVERSE_PREDICATE))
    for subject, kind in kinds.items():
        if kind in REPORTED_KINDS:
            for article in read.articles_of(subject):
                if kinds.get(article) == NodeKind.ARTICLE:
                    edges.add((str(article), str(subject), "reports"))
    for u, v, label in sorted(edges):
        network.add_edge(u, v, key=label, label=label)
    return network, _Cards(read, kinds)


class _Cards:
    """The attributes of the nodes of a network that a card gives them (all but kind)."""

    def __init__(self, read: Reader, kinds: dict[Node, NodeKind]):
        self.read, self.kinds = read, kinds
        self.subjects = {str(subject): subject for subject in kinds}

    def describe(self, network: nx.MultiDiGraph) -> None:
        memberships = MembershipIndex(self.read)
        for node, data in network.nodes(data=True):
            subject = self.subjects[node]
            card = describe(self.read, subject, self.kinds[subject], self.kinds, memberships)
            name = card.name or _local_name(subject)
            data.update(
                label=short(card.label or name), name=name, iri=node, dates=tuple(card.dates),
                search=" ".join(sorted({toneless(n) for n in [name, *card.other_names]})),
                details=tuple(card.rows), cites=tuple(card.cites), name_cites=card.name_cites,
                career=tuple(card.career))


def _links(rdf: Graph, nodes: dict[Node, NodeKind], labels: dict[Node, str]) -> Iterable[tuple[str, str, str]]:
    """(subject, object, label) of each triple of a predicate in ``labels`` between two ``nodes``."""
    for predicate, label in labels.items():
        for s, o in rdf.subject_objects(predicate):
            if s in nodes and o in nodes:
                yield str(s), str(o), label


def _local_name(node: Node) -> str:
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _as_iso(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else date.fromisoformat(str(value)).isoformat()


def _neighbours(graph: nx.MultiDiGraph, node: str) -> Iterable[str]:
    yield from graph.successors(node)
    yield from graph.predecessors(node)


def find_nodes(graph: nx.MultiDiGraph, focus: str) -> list[str]:
    """Nodes that ``focus`` names: its IRI, else its exact (folded) name, else names containing it."""
    if focus in graph:
        return [focus]
    wanted = toneless(focus.strip())
    if not wanted:
        return []
    exact = sorted(n for n, d in graph.nodes(data=True) if toneless(d["name"]) == wanted)
    if exact:
        return exact
    return sorted(n for n, d in graph.nodes(data=True) if wanted in d["search"])


def _without_posts(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with each post replaced by a holder → body edge labelled with the role."""
    collapsed = graph.copy()
    for post, data in sorted(graph.nodes(data=True)):
        if data["kind"] != NodeKind.POST:
            continue
        holders = sorted(u for u, _, label in graph.in_edges(post, keys=True) if label == "holds")
        bodies = sorted(v for _, v, label in graph.out_edges(post, keys=True) if label == "in")
        for holder in holders:
            for body in bodies:
                collapsed.add_edge(holder, body, key=f"post:{data['label']}", label=data["label"])
        collapsed.remove_node(post)
    return collapsed


def select(graph: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 2,
           types: Iterable[str] | None = None, since: date | str | None = None,
           until: date | str | None = None, max_nodes: int | None = None) -> Selection:
    """The part of ``graph`` to show.

    Kinds first (dropping posts while keeping persons and bodies joins each
    holder to the body by an edge named after the role), then dates (events and
    posts dated outside [since, until] go; undated ones stay), then the focus
    (nodes within ``depth`` steps of the nodes it names; LookupError if none),
    then the budget: the ``max_nodes`` most connected nodes stay, focus nodes
    always, and the rest are counted by kind in ``left_out``.
    """
    kinds = set(NodeKind if types is None else types)
    unknown = kinds - set(NodeKind)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; known: {', '.join(NodeKind)}")
    if NodeKind.POST not in kinds and {NodeKind.PERSON, NodeKind.BODY} <= kinds:
        graph = _without_posts(graph)
    start, end = _as_iso(since), _as_iso(until)

    def in_range(data) -> bool:
        if (start is None and end is None) or data["kind"] not in (NodeKind.EVENT, NodeKind.POST) or not data["dates"]:
            return True
        return any((start is None or d >= start) and (end is None or d <= end) for d in data["dates"])

    shown = [n for n, d in graph.nodes(data=True) if d["kind"] in kinds and in_range(d)]
    if len(shown) < graph.number_of_nodes():  # a view of every node costs each later step its filter
        graph = graph.subgraph(shown)

    roots: tuple[str, ...] = ()
    if focus:
        roots = tuple(find_nodes(graph, focus))
        if not roots:
            raise LookupError(f"no node named {focus!r} in the selected kinds and dates")
        reached = {r: 0 for r in roots}
        queue = deque(roots)
        while queue:
            node = queue.popleft()
            if reached[node] == depth:
                continue
            for neighbour in _neighbours(graph, node):
                if neighbour not in reached:
                    reached[neighbour] = reached[node] + 1
                    queue.append(neighbour)
        graph = graph.subgraph(reached)

    total = graph.number_of_nodes()
    left_out: Counter[str] = Counter()
    kept = None
    if max_nodes is not None and total > max_nodes:
        degree, kind = dict(graph.degree()), dict(graph.nodes(data="kind"))
        ranked = sorted(graph.nodes, key=lambda n: (n not in roots, -degree[n], _RANK[kind[n]], n))
        kept = set(ranked[:max(max_nodes, len(roots))])
        left_out.update(kind[n] for n in ranked if n not in kept)
    return Selection(graph=_sorted_copy(graph, kept), total_nodes=total,
                     left_out={k.value: left_out[k] for k in NodeKind if left_out[k]}, focus=roots)


def _sorted_copy(graph: nx.MultiDiGraph, nodes: set[str] | None = None) -> nx.MultiDiGraph:
    """``graph`` (or the part of it between ``nodes``) with its nodes and edges added in sorted order."""
    copy = nx.MultiDiGraph()
    if nodes is None:
        copy.add_nodes_from(sorted(graph.nodes(data=True)))
        edges = graph.edges(keys=True, data=True)
    else:
        copy.add_nodes_from(sorted((n, d) for n, d in graph.nodes(data=True) if n in nodes))
        edges = (e for e in graph.edges(nodes, keys=True, data=True) if e[1] in nodes)
    copy.add_edges_from(sorted(edges, key=lambda e: e[:3]))
    return copy


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with scalar attributes only, as GraphML and GEXF require."""
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        flat.add_node(node, kind=data["kind"], label=data["label"], name=data["name"], iri=data["iri"],
                      date=data["dates"][0] if data["dates"] else "",
                      details="\n".join(f"{k}: {v}" for k, v in data["details"]))
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(u, v, key=key, label=data["label"])
    return flat


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    atomic_write_text(Path(path), "\n".join(nx.generate_graphml(_flat(graph))) + "\n")


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> None:
    atomic_write_text(Path(path), "\n".join(nx.generate_gexf(_flat(graph))) + "\n")
