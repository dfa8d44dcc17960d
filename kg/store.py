"""The embedded persistent store: one named graph per article in an on-disk Oxigraph store.

A build keeps ``OUT/store/`` up to date article by article: rebuilding an article
replaces its named graph (the graph name is the article IRI), so nothing is ever
duplicated. Queries see the union of all article graphs as their default graph,
the same answers a server gives over the same data loaded graph by graph.

The default graph holds that union as a set (the RDF merge), kept up to date by
each replace. Oxigraph's ``use_default_graph_as_union`` would give the same
answers but as a bag: a triple in k articles (a role, a body) matches k times,
and a join of such patterns multiplies; on the 20 seed+dev articles the named
queries ran 3-10 times slower that way, and COUNT(*) overcounted.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import Union

import pyoxigraph as ox
import rdflib

from .output_folder import OutputFolder
from .vocab import QUERY_PREFIXES

OxTerm = Union[ox.NamedNode, ox.BlankNode, ox.Literal]
Binding = Union[str, int, float, bool, rdflib.term.Identifier, OxTerm]

# Triples per transaction of a graph written piece by piece, and how many may wait in the
# database's write buffers before they are flushed: a graph of millions of triples (the
# identities of a common name) then costs tens of MiB while it is written, not GiBs.
GRAPH_BATCH = 10_000

# N-Triples loaded by Oxigraph's bulk loader at least; less is loaded in a transaction
BULK_BYTES = 2**20

# Takes out of the union the triples of graph ?article that no other article states.
_FORGET_FROM_UNION = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {article} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {article}) }}
}}"""



def to_oxigraph(term: Binding) -> OxTerm:
    """An rdflib term, a pyoxigraph term or a plain Python value as a pyoxigraph term.

    Python strings become plain ``xsd:string`` literals: a parameter is data, never
    a piece of query text.
    """
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, (str, int, float, bool)):
        return ox.Literal(term)
    raise TypeError(f"cannot bind a {type(term).__name__} in a query: {term!r}")


def substitutions(bindings: Mapping[str, Binding] | None) -> dict[ox.Variable, OxTerm]:
    return {ox.Variable(name.lstrip("?$")): to_oxigraph(value) for name, value in (bindings or {}).items()}


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()  # the file every RocksDB database keeps at its root


class ArticleStore:
    """An on-disk Oxigraph store holding one named graph per article.

    Use as a context manager; ``read_only=True`` opens a store that another
    process (a build, ``oxigraph serve-read-only``) may be reading too.
    """

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only:
            if not _is_store(self.path) and _is_store(OutputFolder(self.path).store):
                self.path = OutputFolder(self.path).store  # an output folder given for its store
            if not _is_store(self.path):
                raise FileNotFoundError(f"no store at {self.path}: run `kg build ... --out DIR` first, then give DIR "
                                        "or DIR/store")
            self._store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(self.path))
        self.read_only = read_only
        self._unflushed = 0  # quads written by transactions since the last flush

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            self._store.flush()
        # Dropping the last reference closes the database and releases its lock.
        del self._store

    def replace_article(self, article_iri: str, graph: rdflib.Graph | str) -> None:
        """Make the named graph ``article_iri`` hold exactly the triples of ``graph``
        (an rdflib graph, or N-Triples text as a build worker hands it over).

        One SPARQL update, so one transaction: readers see the old graph or the
        new one, never a mix, and a failure leaves the old graph in place. The
        triples travel as N-Triples, whose escaping is also valid SPARQL; they go
        into the article's graph and into the union (one INSERT DATA, so blank
        nodes are the same nodes in both).
        """
        name = ox.NamedNode(article_iri)  # rejects anything that is not an IRI
        triples = graph if isinstance(graph, str) else graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        if not self._store.contains_named_graph(name):
            self._load([(article_iri, triples.encode("utf-8"))], bulk=False)
            return
        self._store.update(
            f"{_FORGET_FROM_UNION.format(article=name)} ;\n"
            f"DROP SILENT GRAPH {name} ;\n"
            f"INSERT DATA {{ GRAPH {name} {{\n{triples}\n}}\n{triples}\n}}")

    def write_graph(self, graph_iri: str, ntriples: Iterable[str]) -> None:
        """Make the named graph ``graph_iri`` hold exactly these N-Triples lines; they join the union too.

        For a graph too large to hold whole: the lines are loaded GRAPH_BATCH at a time,
        each batch its own transaction, so a reader may see the graph half written, and a
        failure leaves it so: the caller must write it again then. A blank node is one
        node within a batch only: graphs written so have none (identity graphs).
        """
        name = ox.NamedNode(graph_iri)
        if self._store.contains_named_graph(name):
            self._empty_graph(name)
        lines = iter(ntriples)
        while batch := list(islice(lines, GRAPH_BATCH)):
            self._load([(graph_iri, "".join(batch).encode("utf-8"))], bulk=False)
            self._written(2 * len(batch))

    def replace_graph(self, graph_iri: str, ntriples: str, bounded: bool = True) -> bool:
        """Make the stored graph ``graph_iri`` hold exactly these N-Triples lines (no blank nodes),
        changing only the triples that differ, in one transaction; False, with nothing changed,
        when ``bounded`` and the graph holds more than GRAPH_BATCH triples (too many to compare in
        memory; a graph known to stay small enough is compared whole).

        A name block recomputed after a nightly build's new articles mostly comes back as it
        was: emptying and refilling its graph cost ~35 ms a block, checking the union for
        every triple removed; the difference costs a read of the graph when nothing changed.
        """
        name = ox.NamedNode(graph_iri)
        quads = self._store.quads_for_pattern(None, None, None, name)
        stored = list(islice(quads, GRAPH_BATCH + 1) if bounded else quads)
        if len(stored) > GRAPH_BATCH and bounded:
            return False
        old = {f"{quad.subject} {quad.predicate} {quad.object} .\n" for quad in stored}
        new = set(ntriples.splitlines(keepends=True))
        gone, added = sorted(old - new), sorted(new - old)
        steps = []
        if gone:
            rows = " ".join(f"({line[:-3]})" for line in gone)  # "s p o .\n" -> (s p o)
            steps += [f"DELETE DATA {{ GRAPH {name} {{\n{''.join(gone)}}} }}",
                      f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} "
                      f"FILTER NOT EXISTS {{ GRAPH ?any {{ ?s ?p ?o }} }} }}"]
        if added:
            steps.append(f"INSERT DATA {{ GRAPH {name} {{\n{''.join(added)}}}\n{''.join(added)}}}")
        if not new:
            steps.append(f"DROP SILENT GRAPH {name}")
        if steps:
            self._store.update(" ;\n".join(steps))
            self._written(2 * (len(gone) + len(added)))
        return True

    def _empty_graph(self, name: ox.NamedNode) -> None:
        """Remove the named graph ``name`` quad by quad, and from the union each triple that
        no other graph states, without one transaction holding it all."""
        default = ox.DefaultGraph()
        while quads := list(islice(self._store.quads_for_pattern(None, None, None, name), GRAPH_BATCH)):
            for quad in quads:
                if not any(other.graph_name not in (name, default)
                           for other in self._store.quads_for_pattern(quad.subject, quad.predicate, quad.object)):
                    self._store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, default))
                self._store.remove(quad)
            self._written(2 * len(quads))
        self._store.remove_graph(name)

    def _written(self, quads: int) -> None:
        """``quads`` were written outside the bulk loader: flush once 2 * GRAPH_BATCH wait."""
        self._unflushed += quads
        if self._unflushed >= 2 * GRAPH_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write buffered changes to disk: a long build calls it now and then so that the
        database's write buffers do not grow with the corpus."""
        self._store.flush()
        self._unflushed = 0

    def is_stored(self, graph_iri: str) -> bool:
        return self._store.contains_named_graph(ox.NamedNode(graph_iri))

    def add_new_graphs(self, graphs: list[tuple[str, bytes]], trusted: bool = False, bulk: bool | None = None) -> None:
        """Graphs not stored yet (new articles, new identity blocks), as (IRI, N-Triples in UTF-8),
        many at once: each triple goes into its graph and into the union. ``trusted``: articles' graphs
        as a build's workers write them (:mod:`kg.graph`: IRIs of vocabulary terms and of ``res:`` paths
        of slugs, tags ``vi`` and ``en``), whose IRIs and language tags the loader's parse does not
        check (a tenth of the load's CPU).

        Oxigraph's bulk loader writes them: sorted files that the database takes in one
        atomic step, all of them or none, several times faster than a transaction, but
        with a fixed cost of tens of milliseconds: worth it for hundreds of graphs. Fewer
        (BULK_BYTES) go in one transaction: a build of one article loaded three batches
        (its graph, the vocabulary, its identities), 10 ms of CPU and 15 ms of wall each.
        ``bulk`` False: in a transaction whatever their size (see :func:`kg.builder.identities.update_identities`).
        """
        if bulk is None:
            bulk = sum(len(triples) for _, triples in graphs) >= BULK_BYTES
        self._load(graphs, bulk=bulk, trusted=trusted)

    def _load(self, graphs: list[tuple[str, bytes]], bulk: bool, trusted: bool = False) -> None:
        """Load the graphs as one TriG document that Oxigraph parses: each graph's N-Triples
        (valid TriG) in a block of its name, then every graph's lines again for the union (the
        loader keeps a triple once: taking out in Python the lines that articles share cost more
        than parsing them again). The text stays UTF-8 bytes from the worker on: decoding it from
        the worker's message and encoding it again for the loader took 0.1 s of each 16 MiB batch."""
        parts: list[bytes] = []
        for graph_iri, triples in graphs:
            parts += [str(ox.NamedNode(graph_iri)).encode(), b" {\n", triples, b"\n}\n"]  # NamedNode rejects non-IRIs
        if parts:
            data = b"".join(parts) + b"\n".join(triples for _, triples in graphs) + b"\n"
            if bulk:
                self._store.bulk_load(data, ox.RdfFormat.TRIG, lenient=trusted)
            else:
                self._store.load(data, ox.RdfFormat.TRIG, lenient=trusted)

    def articles(self) -> list[str]:
        """The IRIs of the named graphs (articles, and name blocks of identities), sorted."""
        return sorted(graph.value for graph in self._store.named_graphs())

    def __len__(self) -> int:
        """The number of triples in the union of the articles (a triple two articles share counts once)."""
        return int(next(iter(self._store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")))["n"].value)

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None):
        """Run a SPARQL 1.1 query over the union of the article graphs.

        ``bindings`` maps variable names to values; they are substituted as RDF
        terms (SEP-0007), so no value is ever spliced into the query text. The
        vocabulary prefixes of :mod:`kg.vocab` are predeclared.
        """
        return self._store.query(
            sparql,
            prefixes=QUERY_PREFIXES,
            substitutions=substitutions(bindings),
        )

    def triples(self) -> Iterator[ox.Triple]:
        """Each triple of the union once, streamed in index order: the order of the
        encoded terms, so the same triples always come out in the same order."""
        for quad in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield quad.triple

    def article_triples(self, article_iri: str) -> Iterator[ox.Triple]:
        """The triples of one article's graph."""
        for quad in self._store.quads_for_pattern(None, None, None, ox.NamedNode(article_iri)):
            yield quad.triple
