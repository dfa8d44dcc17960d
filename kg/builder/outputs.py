"""The output files written from the store: graph.ttl, graph.trig, graph.jsonld and view.html."""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from ..export import write_graph_files
from ..output_folder import OutputFolder
from ..person_nodes import identity_triples
from ..store import ArticleStore
from ..view_graph import Triple, ViewTerms, persons_in, view_graph
from ..vocab import turtle_prologue
from ..vocabulary_graph import GRAPH as VOCABULARY_GRAPH
from .memory import release_freed_memory
from .state import BuildState

VIEW_TRIPLES = 40_000  # the view draws 1,500 nodes at most; more only costs parsing


def write_outputs(store: ArticleStore, state: BuildState, folder: OutputFolder,
                  view: ViewArticles | None = None) -> tuple[list[Path], int | None]:
    """graph.ttl (all facts), graph.trig and graph.jsonld (a named graph per article, and per
    name block for identities), view.html when ``view`` holds its articles; and the number of
    articles the view draws when not all of them fit in it."""
    # the graph files (zlib and file writes, without Python's lock) are written in a thread of their
    # own while this thread draws the view
    with ThreadPoolExecutor(1) as pool:
        files = pool.submit(write_graph_files, state.pieces(), folder.turtle, folder.trig, folder.jsonld)
        drawn = None if view is None else \
            draw_view(store, view, state.trig_of, folder.view, "vnkg: " + folder.root.resolve().name)
        files.result()
    release_freed_memory()
    return folder.outputs(view is not None), drawn


def import_view() -> None:
    """Import what drawing the view takes (networkx and the page: ~0.15 s of CPU), which a build
    without a view never pays: best while the store loads the last articles, a core being free then."""
    from .. import view  # noqa: F401


def draw_view(store: ArticleStore, articles: ViewArticles, trig_of: Callable[[str], bytes], path: Path,
              title: str) -> int | None:
    """view.html of ``articles`` and of the store's identities of their people (:func:`view_triples`);
    the number of articles it draws when not all of them fit in it."""
    from ..view import write_view

    with _cyclic_gc_paused():
        write_view(view_graph(view_triples(store, articles, trig_of)), path, title=title)
    return articles.drawn if articles.drawn < articles.total else None


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The view makes some 200,000 small objects (terms, triples, index lists), which set off
    Python's cycle collector again and again over the build's whole heap: ~15% of the view's CPU.
    They hold no cycles the view leaves behind; the collector resumes after it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_PROLOGUE = turtle_prologue().encode()  # the pieces' TriG uses the files' prefixes


@dataclass
class ViewArticles:
    """The articles a view draws, read from their graphs' pieces: their triples as terms of ``terms``."""

    terms: ViewTerms
    triples: list[Triple]
    drawn: int
    total: int  # the articles there were to draw


def read_view_articles(graphs: Iterable[str], trig_of: Callable[[str], bytes],
                       budget: int = VIEW_TRIPLES) -> ViewArticles:
    """The triples of the first article ``graphs`` that fit in ``budget`` triples (a triple two graphs
    hold comes twice), read as ``trig_of`` gives them: the pieces of the graph files that the build
    keeps (:meth:`BuildState.trig_of`) hold the same triples as the store, and parsing them costs a
    fifth of reading the triples out of Oxigraph, which looks up each term of each triple it reads.
    The build reads them while its last articles load, before the identities are resolved."""
    terms = ViewTerms()
    triples: list[Triple] = []
    counted = drawn = total = 0
    with _cyclic_gc_paused():
        for graph in graphs:
            total += 1
            if counted < budget:
                parsed = set(_parsed(trig_of(graph)))
                counted += len(parsed)
                triples += terms.triples(parsed)
                drawn += 1
    return ViewArticles(terms, triples, drawn, total)


def view_triples(store: ArticleStore, articles: ViewArticles, trig_of: Callable[[str], bytes]) -> list[Triple]:
    """The triples of ``articles``, with the concepts they point at (their labels are in the vocabulary
    graph) and the identities of their people, which the view draws in place of each article's node
    (:mod:`kg.person_nodes`), as terms of the articles' :class:`kg.view_graph.ViewTerms`."""
    terms, triples = articles.terms, list(articles.triples)
    objects = {o for _, _, o in triples if isinstance(o, URIRef)}
    triples += (t for t in terms.triples(_parsed(trig_of(VOCABULARY_GRAPH))) if t[0] in objects)
    triples += terms.triples(identity_triples(store, persons_in(triples)))
    return triples


def _parsed(trig: bytes) -> Iterator[ox.Quad]:
    return ox.parse(_PROLOGUE + trig, ox.RdfFormat.TRIG)
