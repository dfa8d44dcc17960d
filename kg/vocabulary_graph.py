"""A build's vocabulary graph: the concepts its articles' facts point at (roles, kinds of body,
kinds of event, document types), with their labels, schemes, notations and types.

They are the same in every article that uses them: written in each article's graph they were a
sixth of its triples. A build writes them once, in the named graph ``res:graph/vocabulary``,
which joins the union (graph.ttl) as every graph does; each article's graph keeps its facts.

``OUT/build.sqlite`` remembers which vocabulary lines each stored article uses (as numbers of
lines kept once), so that the graph holds exactly the lines the stored articles use, whatever
order they were built or rebuilt in.
"""
from __future__ import annotations

import sqlite3

from .export import GraphPiece, graph_piece
from .store import ArticleStore
from .vocab import VOCABULARY_GRAPH

GRAPH = str(VOCABULARY_GRAPH)


class VocabularyLedger:
    """The vocabulary lines of the stored articles, in the build's SQLite database."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        db.executescript("""
            CREATE TABLE IF NOT EXISTS vocabulary_lines (id INTEGER PRIMARY KEY, line TEXT NOT NULL UNIQUE);
            CREATE TABLE IF NOT EXISTS article_vocabulary (article TEXT PRIMARY KEY, lines TEXT NOT NULL);
        """)
        self._ids: dict[str, int] | None = None  # every line's number, read when first needed

    def record(self, article: str, ntriples: bytes) -> None:
        """The article ``article`` is stored, using these vocabulary lines (N-Triples, UTF-8)."""
        if self._ids is None:
            self._ids = {line: id_ for id_, line in self.db.execute("SELECT id, line FROM vocabulary_lines")}
        numbers = []
        for line in ntriples.decode("utf-8").splitlines():
            number = self._ids.get(line)
            if number is None:
                number = self._ids[line] = self.db.execute(
                    "INSERT INTO vocabulary_lines (line) VALUES (?)", (line,)).lastrowid
            numbers.append(number)
        self.db.execute("INSERT OR REPLACE INTO article_vocabulary VALUES (?, ?)",
                        (article, " ".join(map(str, sorted(numbers)))))
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('vocabulary', 'stale')")

    def text(self) -> str:
        """The vocabulary graph: every line a stored article uses, once, sorted."""
        used: set[int] = set()
        for (numbers,) in self.db.execute("SELECT lines FROM article_vocabulary"):
            used.update(map(int, numbers.split()))
        lines = [line for id_, line in self.db.execute("SELECT id, line FROM vocabulary_lines") if id_ in used]
        return "".join(sorted(f"{line}\n" for line in lines))

    def stale(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'vocabulary'").fetchone()
        return bool(row) and row[0] == "stale"

    def write(self, store: ArticleStore) -> list[GraphPiece]:
        """Make the store's vocabulary graph what the stored articles use; its piece of the dataset files."""
        text = self.text()
        if store.is_stored(GRAPH):
            store.replace_graph(GRAPH, text, bounded=False)
        elif text:
            store.add_new_graphs([(GRAPH, text.encode("utf-8"))])
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('vocabulary', 'current')")
        return [graph_piece(GRAPH, text)] if text else []
