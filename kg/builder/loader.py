"""New articles loaded into the store in batches, beside the build."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from ..store import ArticleStore
from .memory import release_freed_memory
from .state import BuildState
from .work import ArticleResult

if TYPE_CHECKING:
    from .run import BuildReport


class Loader:
    """Loads batches of new articles into the store in a thread of its own, while the build
    goes on (Oxigraph's bulk loader runs without Python's lock); one batch at a time, so
    memory holds at most two (the one loading and the one building up, or the last queued). A batch is recorded as stored once it is loaded, by the
    build's own thread (SQLite's connection is not shared): a build killed in between
    builds it again."""

    def __init__(self, store: ArticleStore, state: BuildState, report: BuildReport):
        self.store, self.state, self.report = store, state, report
        self.pool = ThreadPoolExecutor(1)
        # the batch being loaded, and the last one queued behind it (see load_last)
        self.pending: list[tuple[Future, list[ArticleResult]]] = []
        self.recorded = 0  # how many of the pending batches are in the state already, not committed

    def __enter__(self) -> Loader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.pool.shutdown(wait=True)

    @property
    def idle(self) -> bool:
        """No batch is being loaded (one loaded and not recorded yet is recorded by the next call)."""
        return all(future.done() for future, _ in self.pending)

    def load(self, results: list[ArticleResult]) -> None:
        self.wait()
        if results:
            self._submit(results)

    def load_last(self, results: list[ArticleResult]) -> None:
        """The build's last batch (none: the batch being loaded is the last): queued behind the batch
        being loaded instead of waiting for it (when the last article came, the one before was often
        still loading: ~0.5 s of wild x2's build with a core idle), and every pending batch recorded in
        the state at once, so that what reads the stored articles' mentions (the identities) runs
        while they load. Nothing may commit the state before :meth:`wait`, which commits once they
        are in the store."""
        if results:
            self._submit(results)
        for _, batch in self.pending[self.recorded:]:
            self.state.stored(batch)
        self.recorded = len(self.pending)

    def wait(self) -> None:
        """Until the pending batches are in the store, and recorded so."""
        if not self.pending:
            return
        pending, recorded = self.pending, self.recorded
        self.pending, self.recorded = [], 0
        for number, (future, results) in enumerate(pending):
            future.result()
            if number >= recorded:
                self.state.stored(results)
            self.report.saved += len(results)
        self.state.commit()
        release_freed_memory()

    def _submit(self, results: list[ArticleResult]) -> None:
        batch = [(r.graph, r.ntriples) for r in results]
        self.pending.append((self.pool.submit(self.store.add_new_graphs, batch, trusted=True), results))
