"""The identities across articles: recomputed for every name block a stored article touched."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain, islice

from ..export import GraphPiece, lines_piece
from ..identity import block_graph, identity_ntriples, resolve_block
from ..store import GRAPH_BATCH, ArticleStore
from .state import BuildState

# N-Triples of new identity graphs loaded at once: enough to spread the bulk loader's fixed
# cost, small enough that its memory (about 20 times the batch) stays a fraction of the build's
IDENTITY_LOAD_BYTES = 2 * 2**20


def update_identities(store: ArticleStore, state: BuildState, before_writing: Callable[[], None] = lambda: None) -> int:
    """Recompute the identities of every name block a stored article touched; the number of identities written.

    The store is written only after ``before_writing`` returns: the build waits there for its last
    batch of articles to be loaded, so that the blocks are resolved while it loads and written after
    it. The graphs of new blocks go into the store together, IDENTITY_LOAD_BYTES at a time, each time
    in one transaction (one per block cost more than resolving the block), not through the bulk
    loader: RocksDB compacts the whole store again once it holds a third batch of files, a bulk
    load's or the write buffers' (~1 s of CPU in a build of 1,800 articles loaded in two). A block whose
    graph exists already has its graph changed where the identities changed (with no identities
    left, removed). A block too large to hold at once (a common name has thousands of
    identities) is streamed into the store in batches. A block stays dirty until its graph is
    whole, so an interrupted build writes it again.
    """
    written = waiting = 0
    new: list[tuple[str, str, int]] = []  # (block, N-Triples, identities) of new graphs, to load together
    for block in state.dirty_blocks():
        identities = resolve_block(state.mentions(block))
        graph = str(block_graph(block))
        lines = identity_ntriples(identities)
        first = list(islice(lines, GRAPH_BATCH + 1))
        text = "".join(first)
        stored, streamed = store.is_stored(graph), len(first) > GRAPH_BATCH
        if stored or streamed:
            before_writing()  # the store is written from here on
        if streamed or (stored and not store.replace_graph(graph, text)):
            pieces: list[GraphPiece] = []
            store.write_graph(graph, _pieced(graph, chain(first, lines), pieces))
            state.cleaned(block, len(identities), pieces)
        elif stored or not first:  # changed in place just now, or nothing to store
            state.cleaned(block, len(identities), [lines_piece(graph, text)] if first else [])
        else:
            new.append((block, text, len(identities)))
            waiting += len(text)
            if waiting >= IDENTITY_LOAD_BYTES:
                before_writing()
                _add_new_blocks(store, state, new)
                new, waiting = [], 0
        written += len(identities)
    before_writing()
    _add_new_blocks(store, state, new)
    return written


def _add_new_blocks(store: ArticleStore, state: BuildState, blocks: list[tuple[str, str, int]]) -> None:
    graphs = [(str(block_graph(block)), text.encode("utf-8")) for block, text, _ in blocks]
    store.add_new_graphs(graphs, bulk=False)
    for (block, text, identities), (graph, _) in zip(blocks, graphs):
        state.cleaned(block, identities, [lines_piece(graph, text)])


def _pieced(graph: str, lines: Iterator[str], pieces: list[GraphPiece]) -> Iterator[str]:
    """The lines of ``graph``, while a piece of the dataset files is made of every GRAPH_BATCH
    of them (a common name's identities are too many to hold at once)."""
    while batch := list(islice(lines, GRAPH_BATCH)):
        pieces.append(lines_piece(graph, "".join(batch)))
        yield from batch
