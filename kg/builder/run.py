"""The build: inputs streamed through the workers into the store, then identities and outputs."""
from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from ..fsutil import inside_folder
from ..model import ReadProblem
from ..output_folder import DEFAULT_OUT, OutputFolder
from ..read import DEFAULT_MAX_BYTES, Source, read_sources
from ..store import BULK_BYTES, ArticleStore
from .identities import update_identities
from .loader import Loader
from .memory import release_freed_memory
from .outputs import ViewArticles, import_view, read_view_articles, write_outputs
from .state import BuildState
from .stopped import BuildInterrupted, BuildStopped, Stage
from .work import ArticleResult, build_chunk, code_fingerprint, content_hash
from .workers import ordered, stop_worker_server

# Articles per task sent to a worker: enough to make the hand-over cheap, few
# enough that a window of tasks stays small.
CHUNK = 16
# N-Triples of new articles loaded at once: Oxigraph's bulk loader writes them straight into
# the database's files in one atomic step, several times faster than a transaction per chunk
LOAD_BYTES = 16 * 2**20
FLUSH_EVERY = 8  # chunks between flushes of the store's write buffers: memory stays flat on long builds
# An input this large is announced before it is built: it keeps a worker busy for seconds to minutes
LARGE_INPUT_BYTES = 2**20


@dataclass
class BuildReport:
    """What a build did: counts per kind of fact, and every input it skipped, with why."""

    read: int = 0  # inputs taken in so far
    articles: int = 0  # built in this run
    saved: int = 0  # inputs of this run in the store: built and stored, or unchanged
    unchanged: int = 0  # stored already, with the same content: not built again
    skipped: list[ReadProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # articles built without the facts of a failed extractor
    counts: Counter = field(default_factory=Counter)  # facts of the articles built in this run
    totals: Counter = field(default_factory=Counter)  # facts of every article in the store
    stored_articles: int = 0
    identities: int = 0  # recomputed in this run
    identities_total: int = 0  # in the graph
    triples: int = 0
    view_articles: int | None = None  # articles drawn in view.html when not all of them fit
    outputs: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every input was read and built."""
        return not self.skipped


def _chunked(items: Iterator, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class _Unchanged:
    name: str


def build(inputs: Iterable[str | os.PathLike], out: str | os.PathLike = DEFAULT_OUT, *, view: bool = True,
          jobs: int | None = 1, dask: str | None = None, force: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
          on_progress: Callable[[BuildReport], None] | None = None,
          on_large: Callable[[str, int], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` (files, folders, ``-``) into the folder ``out``.

    ``jobs`` worker processes build the articles (1: this process; None: this process
    for a small input, every core for a larger one); ``dask`` is the address of a Dask
    scheduler whose workers build them instead. Articles already stored with the same
    content are not built again unless ``force``. ``on_progress`` is called with the
    report so far after each input; ``on_large`` with the path and size in bytes of each
    input of LARGE_INPUT_BYTES or more, as it is handed on to be built.

    Interrupted (Ctrl-C), it raises :class:`kg.builder.stopped.BuildInterrupted`; a worker process
    killed, :class:`kg.builder.stopped.WorkerDied`; both carry the report so far and say what the
    output folder holds: nothing stored is lost, and every output file is whole.
    """
    folder = OutputFolder(out)
    folder.root.mkdir(parents=True, exist_ok=True)
    inputs = list(inputs)
    is_output = inside_folder(folder.root, inputs)
    report = BuildReport()
    state = BuildState(folder.state)
    fingerprint = code_fingerprint()
    force = force or state.meta("fingerprint") != fingerprint
    run = state.run_number()
    read_all = False  # every input is read: what remains is in the workers' hands

    def work() -> Iterator:
        """Each input as work for a worker (a file still as its bytes), or as what to report without building it."""
        for item in read_sources(inputs, max_bytes=max_bytes):
            if is_output(item.path):  # view.html of the build's own output folder is no article
                continue
            report.read += 1
            if isinstance(item, ReadProblem):
                yield item
                continue
            digest = content_hash(item)
            known = state.article(item.name)
            if known and known[1] == run:
                yield ReadProblem(item.path, f"another input is also named {item.name!r}; its article was built first")
            elif known and known[0] == digest and not force:
                state.claim(item.name, run, digest)
                yield _Unchanged(item.name)
            else:
                state.claim(item.name, run, "")  # until it is stored, so that a crash rebuilds it
                size = len(item.data) if isinstance(item, Source) else len(item.text.encode("utf-8", "replace"))
                if on_large and size >= LARGE_INPUT_BYTES:
                    on_large(item.path, size)
                yield item, digest
        nonlocal read_all
        read_all = True

    def progress() -> None:
        if on_progress:
            on_progress(report)

    stage = Stage.ARTICLES
    try:
        with ArticleStore(folder.store) as store, Loader(store, state, report) as loader, \
                closing(ordered(_chunked(work(), CHUNK), build_chunk, jobs, dask)) as built:
            new: list[ArticleResult] = []  # built, not stored yet: loaded together
            waiting = 0  # their N-Triples' bytes
            for number, results in enumerate(built, 1):
                for result in results:
                    if isinstance(result, ArticleResult) and not result.problem and \
                            not store.is_stored(result.graph):
                        new.append(result)
                        waiting += len(result.ntriples)
                        _count(result, report)
                    else:
                        _record(result, store, state, report)
                    progress()
                # Once every input is read, what has come is loaded as soon as the loader is free: the
                # batch left for after the last article (loaded alone, a core idle) is then a window's.
                # Not less than the bulk loader takes: a transaction costs three times its CPU an article
                if waiting >= LOAD_BYTES or (read_all and waiting >= BULK_BYTES and loader.idle):
                    loader.load(new)
                    new, waiting = [], 0
                state.commit()
                if number % FLUSH_EVERY == 0:
                    store.flush()
            # the workers are done: their server ends beside the rest of the build (its exit is ~0.1 s)
            server_stopped = threading.Thread(target=stop_worker_server)
            server_stopped.start()
            loader.load_last(new)
            to_draw: ViewArticles | None = None
            if view and not _outputs_current(state, folder, view):
                # read while the last batch loads, the main thread waiting on it then (~0.9 s of wild x2's)
                to_draw = read_view_articles(state.article_graphs(), state.trig_of)
                import_view()
            stage = Stage.IDENTITIES
            report.identities = update_identities(store, state, loader.wait)  # resolved while the last batch loads
            loader.wait()
            state.write_vocabulary(store)  # after the last batch, as the identities are (see update_identities)
            release_freed_memory()
            state.set_meta("fingerprint", fingerprint)
            state.commit()
            report.stored_articles, report.totals = state.totals()
            report.identities_total = state.identities()
            stage = Stage.OUTPUTS
            # the union's triples are counted beside the outputs, without Python's lock: the build's last
            # step, 0.035 s CPU for wild x2's 138,000 triples, in proportion seconds at 100,000 articles
            with ThreadPoolExecutor(1) as beside:
                counted = beside.submit(len, store)
                # the identities' and the vocabulary's writes, which closing the store waited for
                flushed = beside.submit(store.flush)
                if _outputs_current(state, folder, view):
                    report.outputs = []  # the store is as the files were written from it
                else:
                    report.outputs, report.view_articles = write_outputs(store, state, folder, view=to_draw)
                    state.set_meta("outputs", "current")
                    state.commit()
                report.triples = counted.result()
                flushed.result()
    except BaseException as exc:
        stop_worker_server()
        state.close(keep=False)  # what the stopped step half-wrote: its articles are built again
        if isinstance(exc, BuildStopped):
            exc.report, exc.stage = report, stage
        elif isinstance(exc, KeyboardInterrupt):
            interrupted = BuildInterrupted()
            interrupted.report, interrupted.stage = report, stage
            raise interrupted from None
        raise
    server_stopped.join()
    state.close()
    return report


def _outputs_current(state: BuildState, folder: OutputFolder, view: bool) -> bool:
    """The output files are there, written from the store as it is."""
    return state.meta("outputs") == "current" and all(path.exists() for path in folder.outputs(view))


def _record(result, store: ArticleStore, state: BuildState, report: BuildReport) -> None:
    """What came back for one input, but a new article: a problem, an unchanged article, or one to replace."""
    if isinstance(result, ReadProblem):
        report.skipped.append(result)
    elif isinstance(result, _Unchanged):
        report.unchanged += 1
        report.saved += 1
    elif result.problem:
        report.skipped.append(ReadProblem(result.path, result.problem))
    else:
        store.replace_article(result.graph, result.ntriples.decode("utf-8"))
        state.stored([result])
        _count(result, report)
        report.saved += 1


def _count(result: ArticleResult, report: BuildReport) -> None:
    report.articles += 1
    report.warnings.extend(result.warnings)
    report.counts.update(result.counts)
