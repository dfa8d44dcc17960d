"""``OUT/build.sqlite``: what the build remembers between runs."""
from __future__ import annotations

import json
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..export import GraphPiece
from ..identity import Mention, block_graph, block_key
from ..store import ArticleStore
from ..vocab import ARTICLES
from ..vocabulary_graph import GRAPH as VOCABULARY_GRAPH, VocabularyLedger
from .work import ArticleResult


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

    def stored(self, results: list[ArticleResult]) -> None:
        """``results`` are in the store: remember their hashes, counts and mentions, and mark the blocks
        they touched and the output files as behind the store. A batch at a time (a statement per
        article cost a third more: ~0.2 ms an article, in the build's tail for its last batch)."""
        if not results:
            return
        self.set_meta("outputs", "stale")
        names = [(result.name,) for result in results]
        # an article built without a failed extractor's facts is built again next time, to report it again
        self.db.executemany("UPDATE articles SET hash = ?, counts = ? WHERE name = ?", [
            (f"warned:{result.content_hash}" if result.warnings else result.content_hash,
             json.dumps(result.counts, sort_keys=True), result.name) for result in results])
        self.db.executemany("INSERT OR IGNORE INTO dirty SELECT block FROM mentions WHERE article = ?", names)
        self.db.executemany("DELETE FROM mentions WHERE article = ?", names)
        self._replace_pieces({result.piece.graph: [result.piece] for result in results})
        for result in results:
            self.vocabulary.record(result.name, result.vocabulary)
        rows = [(mention.person, result.name, block_key(mention.name),
                 json.dumps(mention.to_dict(), ensure_ascii=False)) for result in results for mention in result.mentions]
        self.db.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?)", rows)
        self.db.executemany("INSERT OR IGNORE INTO dirty VALUES (?)", [(row[2],) for row in rows])

    def write_vocabulary(self, store: ArticleStore) -> None:
        """The vocabulary graph, when an article stored since it was written may change it."""
        if self.vocabulary.stale():
            self._replace_pieces({str(VOCABULARY_GRAPH): self.vocabulary.write(store)})

    def dirty_blocks(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT block FROM dirty ORDER BY block")]

    def mentions(self, block: str) -> list[Mention]:
        return [Mention.from_dict(json.loads(row[0]))
                for row in self.db.execute("SELECT data FROM mentions WHERE block = ?", (block,))]

    def cleaned(self, block: str, identities: int, pieces: list[GraphPiece]) -> None:
        """The identities of ``block`` are in the store, as the graph these pieces hold."""
        self.db.execute("DELETE FROM dirty WHERE block = ?", (block,))
        self._replace_pieces({str(block_graph(block)): pieces})
        self.db.execute("INSERT OR REPLACE INTO blocks VALUES (?, ?)", (block, identities))

    def _replace_pieces(self, pieces_of: dict[str, list[GraphPiece]]) -> None:
        """Each graph's pieces, in place of those it had (none: the graph has no triples left)."""
        self.db.executemany("DELETE FROM pieces WHERE graph = ?", [(graph,) for graph in pieces_of])
        self.db.executemany("INSERT INTO pieces VALUES (?, ?, ?, ?)",
                            [(graph, part, piece.trig, piece.jsonld)
                             for graph, pieces in pieces_of.items() for part, piece in enumerate(pieces)])

    def pieces(self) -> Iterator[GraphPiece]:
        """Every graph's pieces in graph order, read through a connection of its own (so from any
        thread), from what was last committed."""
        reader = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            for graph, trig, jsonld in reader.execute("SELECT graph, trig, jsonld FROM pieces ORDER BY graph, part"):
                yield GraphPiece(graph, trig, jsonld)
        finally:
            reader.close()

    def article_graphs(self) -> list[str]:
        """The names of the stored articles' graphs, in order (their pieces', as this connection sees them)."""
        upper = ARTICLES[:-1] + chr(ord(ARTICLES[-1]) + 1)  # the first name past every one that begins so
        return [graph for (graph,) in self.db.execute(
            "SELECT DISTINCT graph FROM pieces WHERE graph >= ? AND graph < ? ORDER BY graph", (str(ARTICLES), upper))]

    def trig_of(self, graph: str) -> bytes:
        """The TriG of one graph, as its pieces hold it (one block per piece)."""
        return b"".join(zlib.decompress(trig) for (trig,) in self.db.execute(
            "SELECT trig FROM pieces WHERE graph = ? ORDER BY part", (graph,)))

    def identities(self) -> int:
        return self.db.execute("SELECT COALESCE(SUM(identities), 0) FROM blocks").fetchone()[0]

    def totals(self) -> tuple[int, Counter]:
        """Articles stored, and their facts summed."""
        totals, articles = Counter(), 0
        for (counts,) in self.db.execute("SELECT counts FROM articles WHERE hash != ''"):
            totals.update(json.loads(counts))
            articles += 1
        return articles, totals

    def article_count(self) -> int:
        """Articles stored, or claimed by this run to be stored."""
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def run_number(self) -> int:
        run = int(self.meta("runs") or 0) + 1
        self.set_meta("runs", str(run))
        return run
