"""The output files written from the store: graph.ttl, graph.trig, graph.jsonld and view.html."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rdflib import Graph

from ..export import write_dataset_files
from ..output_folder import OutputFolder
from ..person_nodes import identity_lines
from ..store import ArticleStore
from ..vocabulary_graph import GRAPH as VOCABULARY_GRAPH
from .memory import release_freed_memory
from .state import BuildState
from .workers import run_in_process

VIEW_TRIPLES = 40_000  # the view draws 1,500 nodes at most; more only costs parsing
# Below this many triples the view is drawn in the build's process: starting another costs
# more than the memory it would hand back
VIEW_IN_PROCESS_TRIPLES = 5_000


def write_outputs(store: ArticleStore, state: BuildState, folder: OutputFolder, *, view: bool = True
                  ) -> tuple[list[Path], int | None]:
    """graph.ttl (all facts), graph.trig and graph.jsonld (a named graph per article, and per
    name block for identities), view.html; and the number of articles the view draws when
    not all of them fit in it."""
    # graph.trig and graph.jsonld are written (zlib and file writes, without Python's lock) while
    # the view is drawn; graph.ttl after them, on its own: Oxigraph reading the whole store takes
    # memory that grows with the store (~170 MiB at 100,000 articles), and beside them the build's
    # peak at 100,000 articles was 627 MiB instead of 537, for 6% of the time saved
    with ThreadPoolExecutor(1) as pool:
        dataset = pool.submit(write_dataset_files, state.pieces(), folder.trig, folder.jsonld)
        drawn = None
        if view:
            ntriples, drawn, total = view_ntriples(store)
            draw_view(ntriples, folder.view, "vnkg: " + folder.root.resolve().name)
            drawn = drawn if drawn < total else None
        dataset.result()
    release_freed_memory()
    store.dump(folder.turtle, "turtle")
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


def draw_view(ntriples: str, path: Path, title: str) -> None:
    """view.html of these triples. A large view is drawn in a process of its own: rdflib and the
    page take ~230 MiB for a full view's 40,000 triples, which a process keeps once it has had
    them, on top of what the build holds (the build's peak at 100,000 articles came from it)."""
    if ntriples.count("\n") < VIEW_IN_PROCESS_TRIPLES:
        _draw(ntriples, path, title)
        return
    run_in_process(_draw, ntriples, path, title)


def _draw(ntriples: str, path: Path, title: str) -> None:
    from ..view import write_view

    write_view(Graph().parse(data=ntriples, format="nt"), path, title=title)
