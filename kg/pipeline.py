"""The build: read → normalize → extract → resolve → graph → store → identities → export and view.

Articles stream through: each is read, built (in this process, in ``jobs`` worker
processes, or on a Dask cluster) and written to the embedded store as its own
named graph, so memory holds a bounded window of articles whatever the size of
the corpus, and an interrupted build loses nothing already stored. Results are
stored in input order, not completion order, so every way of running gives the
same graph.

The build is incremental: ``OUT/build.sqlite`` keeps a content hash per article
(and a fingerprint of the extraction code); an article whose input and code are
unchanged is not built again, a changed one replaces its graph. The same file
keeps each article's person mentions, so only the name blocks an article touched
have their identities (:mod:`kg.identity`) recomputed.

At the end graph.ttl (the union) is written from the store; graph.trig and graph.jsonld
are laid together from the pieces each graph's builder made (:mod:`kg.export`), kept in
``OUT/build.sqlite``; each file appears whole or not at all.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

from rdflib import Graph

from .version import __version__
from .export import GraphPiece, graph_piece, write_dataset_files
from .facts import extract_all
from .fsutil import inside_folder
from .graph import article_iri, article_ntriples, facts_to_graph
from .identity import Mention, block_graph, block_key, identity_ntriples, mentions_of, resolve_block
from .model import ArticleFacts, RawDocument, ReadProblem
from .normalize import normalize
from .person_nodes import identity_lines
from .read import DEFAULT_MAX_BYTES, Source, Unreadable, read_sources
from .stopped import BuildInterrupted, BuildStopped, Stage
from .store import GRAPH_BATCH, ArticleStore
from .vocabulary_graph import GRAPH as VOCABULARY_GRAPH, VocabularyLedger
from .workers import ordered, run_in_process

STATE_FILE = "build.sqlite"
COUNTED = ("people", "posts", "bodies", "documents", "events")

# Articles per task sent to a worker: enough to make the hand-over cheap, few
# enough that a window of tasks stays small.
CHUNK = 16
# N-Triples of new articles loaded at once: Oxigraph's bulk loader writes them straight into
# the database's files in one atomic step, several times faster than a transaction per chunk
LOAD_BYTES = 16 * 2**20
# N-Triples of new identity graphs loaded at once: enough to spread the bulk loader's fixed
# cost, small enough that its memory (about 20 times the batch) stays a fraction of the build's
IDENTITY_LOAD_BYTES = 2 * 2**20
FLUSH_EVERY = 8  # chunks between flushes of the store's write buffers: memory stays flat on long builds
# An input this large is announced before it is built: it keeps a worker busy for seconds to minutes
LARGE_INPUT_BYTES = 2**20
VIEW_TRIPLES = 40_000  # the view draws 1,500 nodes at most; more only costs parsing
# Below this many triples the view is drawn in the build's process: starting another costs
# more than the memory it would hand back
VIEW_IN_PROCESS_TRIPLES = 5_000

# What decides an article's graph and its pieces of the dataset files besides its input: when
# any of it changes, every article is rebuilt.
_PACKAGE = Path(__file__).resolve().parent
_CODE = ("read.py", "normalize.py", "resolve.py", "graph.py", "ntriples.py", "model.py", "vocab.py", "identity.py",
         "export.py", "extract/*.py", "lexicon/*.py", "lexicon/*.tsv")


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


@dataclass
class ArticleResult:
    """One article built by a worker: its graph as N-Triples and as a piece of the dataset files,
    counts and person mentions, or why it failed."""

    name: str
    path: str
    content_hash: str
    ntriples: bytes = b""  # UTF-8: the main process hands it to the store as it came
    piece: GraphPiece | None = None
    counts: dict = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)  # extractors that failed: their facts are missing
    vocabulary: bytes = b""  # N-Triples of the concepts its facts point at: stored once for all articles

    @property
    def graph(self) -> str:
        """The IRI of the article's named graph, made once, by the worker."""
        return self.piece.graph


def count_facts(facts: ArticleFacts) -> Counter:
    return Counter(
        people=len(facts.persons),
        posts=sum(len(p.posts) for p in facts.persons),
        bodies=len({b.name for b in facts.bodies if b.name}),
        documents=len(facts.documents),
        events=len(facts.events),
    )


def article_graph(doc: RawDocument) -> tuple[ArticleFacts, Graph]:
    """One article's facts and graph: the whole per-article pipeline."""
    facts = extract_all(normalize(doc))
    return facts, facts_to_graph(facts)


def content_hash(item: Source | RawDocument) -> str:
    """Everything of an input that reaches its graph: a file's bytes, or a record's fields."""
    if isinstance(item, Source):
        head = "\0".join((item.name, item.path, item.kind)).encode("utf-8", "surrogatepass")
        return hashlib.sha256(head + b"\0" + item.data).hexdigest()
    parts = (item.name, item.path, item.text, item.title or "", item.published.isoformat() if item.published else "",
             item.url or "")
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def code_fingerprint() -> str:
    digest = hashlib.sha256(__version__.encode())
    for pattern in _CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def build_article(item: Source | RawDocument, digest: str) -> ArticleResult:
    """The work a worker does for one article, from reading a file's bytes on; never raises (one
    article's failure must not stop the batch)."""
    try:
        doc = item.document() if isinstance(item, Source) else item
    except Unreadable as exc:
        return ArticleResult(item.name, item.path, digest, problem=str(exc))
    try:
        facts = extract_all(normalize(doc))
        triples, vocabulary = (text.encode("utf-8") for text in article_ntriples(facts))
        return ArticleResult(doc.name, doc.path, digest, triples, graph_piece(str(article_iri(doc.name)), triples),
                             dict(count_facts(facts)), mentions_of(facts), warnings=facts.warnings,
                             vocabulary=vocabulary)
    except Exception as exc:
        return ArticleResult(doc.name, doc.path, digest, problem=f"could not be built: {type(exc).__name__}: {exc}")


def build_chunk(items: list) -> list:
    """Build the ``(document, hash)`` pairs of a chunk; anything else passes through in its place."""
    return [build_article(*item) if isinstance(item, tuple) else item for item in items]


class BuildState:
    """``OUT/build.sqlite``: per article its hash and facts counts, per person mention its
    block, and the blocks whose identities must be recomputed. Kept on disk so that
    memory does not grow with the corpus."""

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.executescript("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS articles (name TEXT PRIMARY KEY, hash TEXT NOT NULL, run INTEGER NOT NULL,
                                                 counts TEXT NOT NULL DEFAULT '{}');
            CREATE TABLE IF NOT EXISTS mentions (person TEXT PRIMARY KEY, article TEXT NOT NULL,
                                                 block TEXT NOT NULL, data TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS mentions_block ON mentions (block);
            CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article);
            CREATE TABLE IF NOT EXISTS dirty (block TEXT PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS blocks (block TEXT PRIMARY KEY, identities INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS pieces (graph TEXT NOT NULL, part INTEGER NOT NULL, trig BLOB NOT NULL,
                                               jsonld BLOB NOT NULL, PRIMARY KEY (graph, part));
        """)
        self.path = path
        self.vocabulary = VocabularyLedger(self.db)
        self.db.execute("BEGIN")

    def close(self, keep: bool = True) -> None:
        """Commit what this run wrote since the last commit, or (``keep=False``) roll it back."""
        if self.db.in_transaction:  # not between commit()'s two steps, where an interrupt may fall
            self.db.execute("COMMIT" if keep else "ROLLBACK")
        self.db.close()

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self.db.execute("BEGIN")

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def article(self, name: str) -> tuple[str, int] | None:
        """(hash, run that last saw it)."""
        return self.db.execute("SELECT hash, run FROM articles WHERE name = ?", (name,)).fetchone()

    def claim(self, name: str, run: int, digest: str) -> None:
        """This run has an input named ``name``, with hash ``digest`` ("" until it is stored)."""
        self.db.execute("INSERT INTO articles (name, hash, run) VALUES (?, ?, ?) "
                        "ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, run = excluded.run",
                        (name, digest, run))

    def stored(self, result: ArticleResult) -> None:
        """``result`` is in the store: remember its hash, counts and mentions, and mark the blocks it
        touched and the output files as behind the store."""
        self.set_meta("outputs", "stale")
        # an article built without a failed extractor's facts is built again next time, to report it again
        digest = f"warned:{result.content_hash}" if result.warnings else result.content_hash
        self.db.execute("UPDATE articles SET hash = ?, counts = ? WHERE name = ?",
                        (digest, json.dumps(result.counts, sort_keys=True), result.name))
        self.db.execute("INSERT OR IGNORE INTO dirty SELECT block FROM mentions WHERE article = ?", (result.name,))
        self.db.execute("DELETE FROM mentions WHERE article = ?", (result.name,))
        self._replace_pieces(result.piece.graph, [result.piece])
        self.vocabulary.record(result.name, result.vocabulary)
        for mention in result.mentions:
            block = block_key(mention.name)
            self.db.execute("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?)",
                            (mention.person, result.name, block, json.dumps(mention.to_dict(), ensure_ascii=False)))
            self.db.execute("INSERT OR IGNORE INTO dirty VALUES (?)", (block,))

    def write_vocabulary(self, store: ArticleStore) -> None:
        """The vocabulary graph, when an article stored since it was written may change it."""
        if self.vocabulary.stale():
            self._replace_pieces(VOCABULARY_GRAPH, self.vocabulary.write(store))

    def dirty_blocks(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT block FROM dirty ORDER BY block")]

    def mentions(self, block: str) -> list[Mention]:
        return [Mention.from_dict(json.loads(row[0]))
                for row in self.db.execute("SELECT data FROM mentions WHERE block = ?", (block,))]

    def cleaned(self, block: str, identities: int, pieces: list[GraphPiece]) -> None:
        """The identities of ``block`` are in the store, as the graph these pieces hold."""
        self.db.execute("DELETE FROM dirty WHERE block = ?", (block,))
        self._replace_pieces(str(block_graph(block)), pieces)
        self.db.execute("INSERT OR REPLACE INTO blocks VALUES (?, ?)", (block, identities))

    def _replace_pieces(self, graph: str, pieces: list[GraphPiece]) -> None:
        self.db.execute("DELETE FROM pieces WHERE graph = ?", (graph,))
        self.db.executemany("INSERT INTO pieces VALUES (?, ?, ?, ?)",
                            [(graph, part, piece.trig, piece.jsonld) for part, piece in enumerate(pieces)])

    def pieces(self) -> Iterator[GraphPiece]:
        """Every graph's pieces in graph order, read through a connection of its own (so from any
        thread), from what was last committed."""
        reader = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for graph, trig, jsonld in reader.execute("SELECT graph, trig, jsonld FROM pieces ORDER BY graph, part"):
                yield GraphPiece(graph, trig, jsonld)
        finally:
            reader.close()

    def identities(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(identities), 0) FROM blocks").fetchone()[0]

    def totals(self) -> tuple[int, Counter]:
        """Articles stored, and their facts summed."""
        totals, articles = Counter(), 0
        for (counts,) in self.db.execute("SELECT counts FROM articles WHERE hash != ''"):
            totals.update(json.loads(counts))
            articles += 1
        return articles, totals

    def run_number(self) -> int:
        run = int(self.meta("runs") or 0) + 1
        self.set_meta("runs", str(run))
        return run


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


def build(inputs: Iterable[str | os.PathLike], out: str | os.PathLike = "output", *, view: bool = True,
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

    Interrupted (Ctrl-C), it raises :class:`kg.stopped.BuildInterrupted`; a worker process
    killed, :class:`kg.stopped.WorkerDied`; both carry the report so far and say what the
    output folder holds: nothing stored is lost, and every output file is whole.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    inputs = list(inputs)
    is_output = inside_folder(out, inputs)
    report = BuildReport()
    state = BuildState(out / STATE_FILE)
    fingerprint = code_fingerprint()
    force = force or state.meta("fingerprint") != fingerprint
    run = state.run_number()

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

    def progress() -> None:
        if on_progress:
            on_progress(report)

    stage = Stage.ARTICLES
    try:
        with ArticleStore(out / "store") as store, _Loader(store, state, report) as loader, \
                closing(ordered(_chunked(work(), CHUNK), build_chunk, jobs, dask)) as built:
            new: list[ArticleResult] = []  # built, not stored yet: loaded together
            for number, results in enumerate(built, 1):
                for result in results:
                    if isinstance(result, ArticleResult) and not result.problem and \
                            not store.is_stored(result.graph):
                        new.append(result)
                        _count(result, report)
                    else:
                        _record(result, store, state, report)
                    progress()
                if sum(len(r.ntriples) for r in new) >= LOAD_BYTES:
                    loader.load(new)
                    new = []
                state.commit()
                if number % FLUSH_EVERY == 0:
                    store.flush()
            loader.load(new)
            loader.wait()
            state.write_vocabulary(store)
            stage = Stage.IDENTITIES
            report.identities = update_identities(store, state)
            release_freed_memory()
            state.set_meta("fingerprint", fingerprint)
            state.commit()
            report.stored_articles, report.totals = state.totals()
            report.identities_total = state.identities()
            stage = Stage.OUTPUTS
            if state.meta("outputs") == "current" and all((out / name).exists() for name in _outputs(view)):
                report.outputs = []  # the store is as the files were written from it
            else:
                report.outputs, report.view_articles = write_outputs(store, state, out, view=view)
                state.set_meta("outputs", "current")
                state.commit()
            report.triples = len(store)
    except BaseException as exc:
        state.close(keep=False)  # what the stopped step half-wrote: its articles are built again
        if isinstance(exc, BuildStopped):
            exc.report, exc.stage = report, stage
        elif isinstance(exc, KeyboardInterrupt):
            interrupted = BuildInterrupted()
            interrupted.report, interrupted.stage = report, stage
            raise interrupted from None
        raise
    state.close()
    return report


class _Loader:
    """Loads batches of new articles into the store in a thread of its own, while the build
    goes on (Oxigraph's bulk loader runs without Python's lock); one batch at a time, so
    memory holds at most two. A batch is recorded as stored once it is loaded, by the
    build's own thread (SQLite's connection is not shared): a build killed in between
    builds it again."""

    def __init__(self, store: ArticleStore, state: BuildState, report: BuildReport):
        self.store, self.state, self.report = store, state, report
        self.pool = ThreadPoolExecutor(1)
        self.pending: tuple[Future, list[ArticleResult]] | None = None

    def __enter__(self) -> _Loader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.pool.shutdown(wait=True)

    def load(self, results: list[ArticleResult]) -> None:
        self.wait()
        if results:
            batch = [(r.graph, r.ntriples) for r in results]
            self.pending = self.pool.submit(self.store.add_new_graphs, batch), results

    def wait(self) -> None:
        """Until the batch being loaded is in the store, and recorded so."""
        if self.pending is None:
            return
        future, results = self.pending
        self.pending = None
        future.result()
        for result in results:
            self.state.stored(result)
        self.state.commit()
        self.report.saved += len(results)
        release_freed_memory()


def release_freed_memory() -> None:
    """Hand the memory the build has freed back to the system, where the C library allows it.

    glibc keeps freed heap pages for reuse: after each batch loaded, a long build's RSS showed
    the most it had ever held (130 MiB more than it held after 10,000 articles), and each later
    phase added its own on top. Dask's workers trim their memory the same way.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=None)
def _malloc_trim():
    name = ctypes.util.find_library("c")
    return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None


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
        state.stored(result)
        _count(result, report)
        report.saved += 1


def _count(result: ArticleResult, report: BuildReport) -> None:
    report.articles += 1
    report.warnings.extend(result.warnings)
    report.counts.update(result.counts)


def update_identities(store: ArticleStore, state: BuildState) -> int:
    """Recompute the identities of every name block a stored article touched; the number of identities written.

    The graphs of new blocks go into the store together, IDENTITY_LOAD_BYTES at a time, as
    new articles do (a transaction per block cost more than resolving the block). A block whose
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
        stored = store.is_stored(graph)
        if len(first) > GRAPH_BATCH or (stored and not store.replace_graph(graph, text)):
            pieces: list[GraphPiece] = []
            store.write_graph(graph, _pieced(graph, chain(first, lines), pieces))
            state.cleaned(block, len(identities), pieces)
        elif stored or not first:  # changed in place just now, or nothing to store
            state.cleaned(block, len(identities), [graph_piece(graph, text)] if first else [])
        else:
            new.append((block, text, len(identities)))
            waiting += len(text)
            if waiting >= IDENTITY_LOAD_BYTES:
                _add_new_blocks(store, state, new)
                new, waiting = [], 0
        written += len(identities)
    _add_new_blocks(store, state, new)
    return written


def _add_new_blocks(store: ArticleStore, state: BuildState, blocks: list[tuple[str, str, int]]) -> None:
    graphs = [(str(block_graph(block)), text.encode("utf-8")) for block, text, _ in blocks]
    store.add_new_graphs(graphs)
    for (block, _, identities), (graph, text) in zip(blocks, graphs):
        state.cleaned(block, identities, [graph_piece(graph, text)])


def _pieced(graph: str, lines: Iterator[str], pieces: list[GraphPiece]) -> Iterator[str]:
    """The lines of ``graph``, while a piece of the dataset files is made of every GRAPH_BATCH
    of them (a common name's identities are too many to hold at once)."""
    while batch := list(islice(lines, GRAPH_BATCH)):
        pieces.append(graph_piece(graph, "".join(batch)))
        yield from batch


def _outputs(view: bool) -> list[str]:
    return ["graph.ttl", "graph.trig", "graph.jsonld"] + ["view.html"] * view


def write_outputs(store: ArticleStore, state: BuildState, out: Path, *, view: bool = True
                  ) -> tuple[list[Path], int | None]:
    """graph.ttl (all facts), graph.trig and graph.jsonld (a named graph per article, and per
    name block for identities), view.html; and the number of articles the view draws when
    not all of them fit in it."""
    # graph.trig and graph.jsonld are written (zlib and file writes, without Python's lock) while
    # the view is drawn; graph.ttl after them, on its own: Oxigraph reading the whole store takes
    # memory that grows with the store (~170 MiB at 100,000 articles), and beside them the build's
    # peak at 100,000 articles was 627 MiB instead of 537, for 6% of the time saved
    with ThreadPoolExecutor(1) as pool:
        dataset = pool.submit(write_dataset_files, state.pieces(), out / "graph.trig", out / "graph.jsonld")
        drawn = None
        if view:
            ntriples, drawn, total = view_ntriples(store)
            draw_view(ntriples, out / "view.html", "vnkg: " + out.resolve().name)
            drawn = drawn if drawn < total else None
        dataset.result()
    release_freed_memory()
    store.dump(out / "graph.ttl", "turtle")
    return [out / name for name in _outputs(view)], drawn


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
    from .view import write_view

    write_view(Graph().parse(data=ntriples, format="nt"), path, title=title)
