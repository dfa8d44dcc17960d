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
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .fsutil import atomic_write_text
from .rdf_files import read_graph
from .vocab import DCTERMS, FOAF, OA, ORG, PROV, RDF, SDO, SKOS, TIME, VNKG

# Order matters twice: a resource typed with two of these classes takes the
# first kind, and views list kinds in this order.
KINDS = ("person", "body", "post", "document", "event", "article")

KIND_OF_CLASS = {
    FOAF.Person: "person",
    ORG.Organization: "body",
    ORG.FormalOrganization: "body",
    ORG.OrganizationalUnit: "body",
    ORG.Post: "post",
    SDO.Legislation: "document",
    SDO.Event: "event",
    SDO.NewsArticle: "article",
}

# predicate -> (edge label, drawn from object to subject?). Edges read as a
# sentence: "person holds post", "person chaired event", "post in body".
EDGE_OF_PREDICATE = {
    ORG.holds: ("holds", False),
    ORG.heldBy: ("holds", True),
    ORG.postIn: ("in", False),
    VNKG.chair: ("chaired", True),
    SDO.attendee: ("attended", True),
    VNKG.speaker: ("spoke", True),
    SDO.about: ("about", False),
    SDO.organizer: ("organized by", False),
    SDO.legislationPassedBy: ("issued by", False),
    ORG.subOrganizationOf: ("part of", False),
    SDO.mentions: ("mentions", False),
    SDO.author: ("wrote", True),
}

# Kinds whose provenance links them to the article that reports them; persons
# already have schema:mentions, and posts would only add clutter.
REPORTED_KINDS = ("event", "document")

# OWL-Time names the instant inside an interval time:inside; graphs also write
# time:hasInside, which rdflib's closed TIME namespace lacks (it warns on it).
INSTANT_INSIDE = (TIME.inside, URIRef(f"{TIME}hasInside"))

SHORT_LABEL_CHARS = 28
MAX_SOURCES_PER_NODE = 5
MAX_SENTENCE_CHARS = 300


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


def load_rdf(source: str | Path) -> Graph:
    """The graph in ``source``: a graph file, or a build's output folder (see :mod:`kg.rdf_files`)."""
    return read_graph(source)


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def fold(text: str) -> str:
    """Text for matching: NFC, case-folded, Vietnamese tone marks and đ dropped."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def short(text: str, limit: int = SHORT_LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Reader:
    """Reads the contract vocabulary off one rdflib graph."""

    def __init__(self, rdf: Graph):
        self.rdf = rdf

    def text(self, subject: Node, *predicates: URIRef) -> str:
        """The first predicate's value that exists, preferring Vietnamese, then no language."""
        for predicate in predicates:
            values = [o for o in self.rdf.objects(subject, predicate) if isinstance(o, Literal)]
            if values:
                values.sort(key=lambda lit: (lit.language != "vi", lit.language is not None, str(lit)))
                return str(values[0])
        return ""

    def texts(self, subject: Node, predicate: URIRef) -> list[str]:
        return sorted({str(o) for o in self.rdf.objects(subject, predicate) if isinstance(o, Literal)})

    def linked(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted(self.rdf.objects(subject, predicate), key=str)

    def label_of_concept(self, subject: Node, predicate: URIRef) -> str:
        for concept in self.linked(subject, predicate):
            label = self.text(concept, SKOS.prefLabel, SKOS.notation)
            if label:
                return label
        return ""

    def name(self, node: Node) -> str:
        return self.text(node, FOAF.name, SKOS.prefLabel, SDO.name, DCTERMS.identifier)

    def dates_of_interval(self, interval: Node) -> list[str]:
        instants = [i for p in (*INSTANT_INSIDE, TIME.hasBeginning, TIME.hasEnd) for i in self.linked(interval, p)]
        return sorted({d for i in instants for d in self.texts(i, TIME.inXSDDate)})

    def sources(self, node: Node) -> list[tuple[str, str]]:
        """(sentence, article) pairs that state ``node``, from its provenance."""
        found = set()
        for evidence in self.linked(node, PROV.wasDerivedFrom):
            sentence = self.text(evidence, OA.exact)
            articles = [self.text(a, DCTERMS.identifier) or str(a) for a in self.linked(evidence, PROV.wasQuotedFrom)]
            for article in articles or [""]:
                if sentence or article:
                    found.add((short(sentence, MAX_SENTENCE_CHARS), article))
        return sorted(found)

    def articles_of(self, node: Node) -> list[Node]:
        return sorted({a for e in self.linked(node, PROV.wasDerivedFrom) for a in self.linked(e, PROV.wasQuotedFrom)},
                      key=str)


@dataclass
class _Membership:
    person: Node
    body: Node | None
    role: str
    dates: list[str]
    sources: list[tuple[str, str]]


def graph_from_rdf(rdf: Graph | Dataset) -> nx.MultiDiGraph:
    """The network of ``rdf``: one node per typed resource, one edge per linking property.

    Node attributes: kind, label (short), name (full), iri, dates (ISO strings
    that date an event or post), search (folded names) and details (tooltip rows
    as (field, text) pairs). Edge attributes: label. Nodes and edges are added
    in sorted order so that everything downstream is deterministic.
    """
    if isinstance(rdf, Dataset):
        rdf = _union(rdf)
    read = _Reader(rdf)
    kinds: dict[Node, str] = {}
    for rdf_class, kind in KIND_OF_CLASS.items():
        for subject in rdf.subjects(RDF.type, rdf_class):
            if kinds.get(subject) is None or KINDS.index(kind) < KINDS.index(kinds[subject]):
                kinds[subject] = kind

    memberships = _MembershipIndex(_memberships(read))
    network = nx.MultiDiGraph()
    for subject in sorted(kinds, key=str):
        kind = kinds[subject]
        name, label, rows, dates, also_known = _describe(read, subject, kind, kinds, memberships)
        name = name or _local_name(subject)
        network.add_node(
            str(subject), kind=kind, label=short(label or name), name=name, iri=str(subject),
            dates=tuple(dates), search=" ".join(sorted({fold(n) for n in [name, *also_known]})),
            details=tuple(rows),
        )

    edges = set()
    for predicate, (label, reverse) in EDGE_OF_PREDICATE.items():
        for s, o in rdf.subject_objects(predicate):
            if s in kinds and o in kinds:
                edges.add((str(o), str(s), label) if reverse else (str(s), str(o), label))
    for subject, kind in kinds.items():
        if kind in REPORTED_KINDS:
            for article in read.articles_of(subject):
                if kinds.get(article) == "article":
                    edges.add((str(article), str(subject), "reports"))
    for u, v, label in sorted(edges):
        network.add_edge(u, v, key=label, label=label)
    return network


def _local_name(node: Node) -> str:
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _memberships(read: _Reader) -> list[_Membership]:
    found = []
    for membership in sorted(set(read.rdf.subjects(ORG.member, None)), key=str):
        for person in read.linked(membership, ORG.member):
            bodies = read.linked(membership, ORG.organization)
            found.append(_Membership(
                person=person,
                body=bodies[0] if bodies else None,
                role=read.label_of_concept(membership, ORG.role),
                dates=sorted({d for i in read.linked(membership, ORG.memberDuring) for d in read.dates_of_interval(i)}),
                sources=read.sources(membership),
            ))
    return found


class _MembershipIndex:
    """Memberships by person and by post, so describing each node costs what it reads."""

    def __init__(self, memberships: list[_Membership]):
        self.by_person: dict[Node, list[_Membership]] = {}
        self.by_post: dict[tuple[str, Node | None], list[_Membership]] = {}
        for m in memberships:
            self.by_person.setdefault(m.person, []).append(m)
            self.by_post.setdefault((m.role, m.body), []).append(m)

    def of_person(self, person: Node) -> list[_Membership]:
        return self.by_person.get(person, [])


def _matching(memberships: _MembershipIndex, person: Node | None, role: str, body: Node | None) -> list[_Membership]:
    found = memberships.by_post.get((role, body), [])
    return found if person is None else [m for m in found if m.person == person]


def _post_text(read: _Reader, role: str, body: Node | None, dates: list[str]) -> str:
    text = role or "post"
    if body is not None:
        text += f", {read.name(body)}"
    if dates:
        text += f" ({', '.join(dates)})"
    return text


def _describe(read: _Reader, node: Node, kind: str, kinds: dict[Node, str], memberships: _MembershipIndex):
    """(full name, label if not the name, tooltip rows, dates, other names) of one node."""
    label = ""
    rows: list[tuple[str, str]] = []
    dates: list[str] = []
    other_names: list[str] = []
    sources = read.sources(node)

    if kind == "person":
        name = read.text(node, FOAF.name, SDO.name)
        other_names = read.texts(node, FOAF.name)
        held = set(read.linked(node, ORG.holds)) | set(read.rdf.subjects(ORG.heldBy, node))
        for post in sorted(held, key=str):
            role = read.label_of_concept(post, ORG.role)
            bodies = read.linked(post, ORG.postIn)
            body = bodies[0] if bodies else None
            stated = _matching(memberships, node, role, body)
            rows.append(("Post", _post_text(read, role, body, sorted({d for m in stated for d in m.dates}))))
            sources += [s for m in stated for s in m.sources]
        # Memberships with no post node still say what the person was.
        described = {(read.label_of_concept(p, ORG.role), (read.linked(p, ORG.postIn) or [None])[0]) for p in held}
        for m in memberships.of_person(node):
            if (m.role, m.body) not in described:
                rows.append(("Member", _post_text(read, m.role, m.body, m.dates)))
                sources += m.sources
        mentioned_in = sorted(read.name(a) for a in read.rdf.subjects(SDO.mentions, node) if kinds.get(a) == "article")
        if mentioned_in:
            rows.append(("Mentioned in", ", ".join(mentioned_in)))
    elif kind == "body":
        name = read.text(node, SKOS.prefLabel, FOAF.name, SDO.name)
        other_names = read.texts(node, SKOS.altLabel)
        if other_names:
            rows.append(("Also", "; ".join(other_names)))
        notation = read.label_of_concept(node, ORG.classification)
        if notation:
            rows.append(("Kind", notation))
        for parent in read.linked(node, ORG.subOrganizationOf):
            rows.append(("Part of", read.name(parent)))
    elif kind == "post":
        role = read.label_of_concept(node, ORG.role)
        bodies = read.linked(node, ORG.postIn)
        body = bodies[0] if bodies else None
        label = role or read.text(node, SKOS.prefLabel) or "post"
        # The full name says where the post is: "Bí thư, Tỉnh ủy X"; the label is the role.
        name = _post_text(read, label, body, [])
        rows.append(("Role", label))
        if body is not None:
            rows.append(("In", read.name(body)))
        holders = set(read.rdf.subjects(ORG.holds, node)) | set(read.linked(node, ORG.heldBy))
        for holder in sorted(holders, key=str):
            stated = _matching(memberships, holder, role, body)
            held_dates = sorted({d for m in stated for d in m.dates})
            dates += held_dates
            rows.append(("Held by", read.name(holder) + (f" ({', '.join(held_dates)})" if held_dates else "")))
            sources += [s for m in stated for s in m.sources]
    elif kind == "document":
        code = read.text(node, SDO.legislationIdentifier)
        doc_type = read.label_of_concept(node, SDO.legislationType)
        title = read.text(node, SDO.name)
        name = code or " ".join(t for t in (doc_type, title) if t)
        other_names = [t for t in (title, doc_type) if t]
        for field_name, value in (("Code", code), ("Type", doc_type), ("Title", title),
                                  ("Date", read.text(node, SDO.legislationDate))):
            if value:
                rows.append((field_name, value))
        for issuer in read.linked(node, SDO.legislationPassedBy):
            rows.append(("Issued by", read.name(issuer)))
    elif kind == "event":
        event_kind = read.label_of_concept(node, VNKG.eventKind)
        dates = read.texts(node, SDO.startDate)
        title = read.text(node, SDO.name)
        first_date = dates[0] if dates else ""
        name = " ".join(t for t in (event_kind or title or "Event", first_date) if t)
        # The label keeps the date visible however long the kind's name is.
        label = " ".join(t for t in (short(event_kind or title or "Event", SHORT_LABEL_CHARS - 11), first_date) if t)
        if title:
            other_names = [title]
        for field_name, value in (("Kind", event_kind), ("Name", title), ("Date", ", ".join(dates))):
            if value:
                rows.append((field_name, value))
        for field_name, predicate in (("Organizer", SDO.organizer), ("Chair", VNKG.chair)):
            names = [read.name(n) for n in read.linked(node, predicate)]
            if names:
                rows.append((field_name, ", ".join(sorted(names))))
        for field_name, predicate in (("Attendees", SDO.attendee), ("Speakers", VNKG.speaker)):
            count = len(read.linked(node, predicate))
            if count:
                rows.append((field_name, str(count)))
    else:  # article
        name = read.text(node, DCTERMS.identifier, SDO.headline, SDO.name)
        headline = read.text(node, SDO.headline, SDO.name)
        if headline:
            other_names = [headline]
        for field_name, value in (("Headline", headline), ("Published", read.text(node, SDO.datePublished)),
                                  ("Author", ", ".join(sorted(read.name(a) for a in read.linked(node, SDO.author)))),
                                  ("URL", read.text(node, SDO.url) or ", ".join(map(str, read.linked(node, SDO.url))))):
            if value:
                rows.append((field_name, value))

    unique_sources = sorted(set(sources))
    for sentence, article in unique_sources[:MAX_SOURCES_PER_NODE]:
        rows.append(("Source", f"“{sentence}” ({article})" if sentence else article))
    if len(unique_sources) > MAX_SOURCES_PER_NODE:
        rows.append(("Source", f"and {len(unique_sources) - MAX_SOURCES_PER_NODE} more"))
    return name, label, rows, sorted(set(dates)), other_names


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
    wanted = fold(focus.strip())
    if not wanted:
        return []
    exact = sorted(n for n, d in graph.nodes(data=True) if fold(d["name"]) == wanted)
    if exact:
        return exact
    return sorted(n for n, d in graph.nodes(data=True) if wanted in d["search"])


def _without_posts(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with each post replaced by a holder → body edge labelled with the role."""
    collapsed = graph.copy()
    for post, data in sorted(graph.nodes(data=True)):
        if data["kind"] != "post":
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
    kinds = set(KINDS if types is None else types)
    unknown = kinds - set(KINDS)
    if unknown:
        raise ValueError(f"unknown kinds {sorted(unknown)}; known: {', '.join(KINDS)}")
    if "post" not in kinds and {"person", "body"} <= kinds:
        graph = _without_posts(graph)
    start, end = _as_iso(since), _as_iso(until)

    def in_range(data) -> bool:
        if data["kind"] not in ("event", "post") or not data["dates"]:
            return True
        return any((start is None or d >= start) and (end is None or d <= end) for d in data["dates"])

    graph = graph.subgraph(n for n, d in graph.nodes(data=True) if d["kind"] in kinds and in_range(d))

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
    if max_nodes is not None and total > max_nodes:
        ranked = sorted(graph.nodes, key=lambda n: (n not in roots, -graph.degree(n),
                                                    KINDS.index(graph.nodes[n]["kind"]), n))
        kept = set(ranked[:max(max_nodes, len(roots))])
        left_out.update(graph.nodes[n]["kind"] for n in ranked if n not in kept)
        graph = graph.subgraph(kept)
    return Selection(graph=_sorted_copy(graph), total_nodes=total,
                     left_out={k: left_out[k] for k in KINDS if left_out[k]}, focus=roots)


def _sorted_copy(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    copy = nx.MultiDiGraph()
    copy.add_nodes_from(sorted(graph.nodes(data=True)))
    copy.add_edges_from(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]))
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
