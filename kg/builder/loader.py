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
    memory holds at most two. A batch is recorded as stored once it is loaded, by the
    build's own thread (SQLite's connection is not shared): a build killed in between
    builds it again."""

    def __init__(self, store: ArticleStore, state: BuildState, report: BuildReport):
        self.store, self.state, self.report = store, state, report
        self.pool = ThreadPoolExecutor(1)
        self.pending: tuple[Future, list[ArticleResult]] | None = None
        self.recorded = False  # the pending batch is in the state already, not committed

    def __enter__(self) -> Loader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.pool.shutdown(wait=True)

    @property
    def idle(self) -> bool:
        """No batch is being loaded (one loaded and not recorded yet is recorded by the next call)."""
        return self.pending is None or self.pending[0].done()

    def load(self, results: list[ArticleResult]) -> None:
        self.wait()
        if results:
            batch = [(r.graph, r.ntriples) for r in results]
            self.pending = self.pool.submit(self.store.add_new_graphs, batch, trusted=True), results

    def load_last(self, results: list[ArticleResult]) -> None:
        """The build's last batch (none: the batch being loaded is the last): loaded as the others,
        but recorded in the state at once, so that what reads the stored articles' mentions (the
        identities) runs while it loads: the build's last seconds had one core busy, then the
        other. Nothing may commit the state before :meth:`wait`, which commits once the batch is
        in the store."""
        if results:
            self.load(results)
        if self.pending is not None:  # this batch, or the one handed over last if none is left
            self._record(self.pending[1])
            self.recorded = True

    def wait(self) -> None:
        """Until the batch being loaded is in the store, and recorded so."""
        if self.pending is None:
            return
        future, results = self.pending
        self.pending = None
        future.result()
        if not self.recorded:
            self._record(results)
        self.recorded = False
        self.state.commit()
        self.report.saved += len(results)
        release_freed_memory()

    def _record(self, results: list[ArticleResult]) -> None:
        for result in results:
            self.state.stored(result)
