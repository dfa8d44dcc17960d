"""The output files written from the store: graph.ttl, graph.trig, graph.jsonld and view.html."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..export import write_dataset_files
from ..output_folder import OutputFolder
from ..person_nodes import identity_lines
from ..store import ArticleStore
from ..vocabulary_graph import GRAPH as VOCABULARY_GRAPH
from .memory import release_freed_memory
from .state import BuildState
from .workers import SpareProcess, run_in_process

VIEW_TRIPLES = 40_000  # the view draws 1,500 nodes at most; more only costs parsing
# Below this many triples the view is drawn in the build's process: starting another costs
# more than the memory it would hand back
VIEW_IN_PROCESS_TRIPLES = 5_000
# A store of this many articles or more has a view of more than VIEW_IN_PROCESS_TRIPLES (an
# article's graph is ~90 triples): its process is started before the identities are computed
VIEW_PROCESS_ARTICLES = 60


def view_process(articles: int) -> SpareProcess | None:
    """The process that will draw the view of a store of ``articles`` articles, started now so that
    its start (an interpreter, rdflib, networkx: ~0.7 s) overlaps the identities; None when the
    view is small enough to be drawn in the build's process."""
    return SpareProcess(_import_view) if articles >= VIEW_PROCESS_ARTICLES else None


def write_outputs(store: ArticleStore, state: BuildState, folder: OutputFolder, *, view: bool = True,
                  drawer: SpareProcess | None = None) -> tuple[list[Path], int | None]:
    """graph.ttl (all facts), graph.trig and graph.jsonld (a named graph per article, and per
    name block for identities), view.html; and the number of articles the view draws when
    not all of them fit in it. A large view is drawn in ``drawer`` when given."""
    # graph.trig and graph.jsonld (zlib and file writes) and graph.ttl (Oxigraph reading the store)
    # are written without Python's lock, each in a thread of its own, while the view is drawn in a
    # process of its own: on two cores the view's ~2 s of CPU hid the rest. Oxigraph's reading of
    # the whole store takes memory that grows with it (~170 MiB at 100,000 articles: the build's
    # peak there was 627 MiB with graph.ttl beside the others, instead of 537)
    with ThreadPoolExecutor(2) as pool:
        dataset = pool.submit(write_dataset_files, state.pieces(), folder.trig, folder.jsonld)
        turtle = pool.submit(store.dump, folder.turtle, "turtle")
        drawn = None
        if view:
            ntriples, drawn, total = view_ntriples(store)
            draw_view(ntriples, folder.view, "vnkg: " + folder.root.resolve().name, drawer)
            drawn = drawn if drawn < total else None
        dataset.result()
        turtle.result()
    release_freed_memory()
    return folder.outputs(view), drawn


_ARTICLE_GRAPHS = "SELECT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"


def view_ntriples(store: ArticleStore, budget: int = VIEW_TRIPLES) -> tuple[str, int, int]:
    """The article graphs that fit in ``budget`` triples, as N-Triples; (text, articles drawn, articles).

    With them, the concepts they point at (their labels are in the vocabulary graph), and the
    identities of their people, which the view draws in place of each article's node
    (:mod:`kg.person_nodes`).
    """
    lines: list[str] = []
    objects = set()
    drawn = total = 0
    for solution in store.query(_ARTICLE_GRAPHS):
        total += 1
        if len(lines) < budget:
            for triple in store.article_triples(solution["a"].value):
                lines.append(f"{triple} .\n")
                objects.add(triple.object)
            drawn += 1
    lines.extend(f"{triple} .\n" for triple in store.article_triples(VOCABULARY_GRAPH) if triple.subject in objects)
    lines.extend(identity_lines(store, lines))
    return "".join(lines), drawn, total


def draw_view(ntriples: str, path: Path, title: str, drawer: SpareProcess | None = None) -> None:
    """view.html of these triples. A large view is drawn in a process of its own (``drawer``, when
    started already): rdflib and the page take ~230 MiB for a full view's 40,000 triples, which a
    process keeps once it has had them, on top of what the build holds (the build's peak at
    100,000 articles came from it)."""
    if ntriples.count("\n") < VIEW_IN_PROCESS_TRIPLES:
        _draw(ntriples, path, title)
    elif drawer is not None:
        drawer.run(_draw, ntriples, path, title)
    else:
        run_in_process(_draw, ntriples, path, title)


def _import_view() -> None:
    import kg.view  # noqa: F401  (its imports are the start of a view's process)
    import kg.view_graph  # noqa: F401


def _draw(ntriples: str, path: Path, title: str) -> None:
    from ..view import write_view
    from ..view_graph import view_graph

    write_view(view_graph(ntriples), path, title=title)
