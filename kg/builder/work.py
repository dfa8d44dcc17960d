"""The work a worker does for one article: read its bytes, normalize, extract, resolve, and
make its graph as N-Triples and as a piece of the dataset files, with its counts and person
mentions; and what decides whether a stored article must be built again (its content hash
and the extraction code's fingerprint)."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from ..version import __version__
from ..export import GraphPiece, triples_piece
from ..facts import extract_all
from ..graph import article_iri, article_triples, facts_to_graph
from ..identity import Mention, mentions_of
from ..model import ArticleFacts, RawDocument
from ..normalize import normalize
from ..ntriples import line
from ..read import Source, Unreadable

COUNTED = ("people", "posts", "bodies", "documents", "events")

# What decides an article's graph and its pieces of the dataset files besides its input: when
# any of it changes, every article is rebuilt.
_PACKAGE = Path(__file__).resolve().parent.parent
_CODE = ("read.py", "decode.py", "normalize.py", "resolve.py", "graph.py", "ntriples.py", "model.py", "vocab.py",
         "identity.py", "export.py", "extract/*.py", "lexicon/*.py", "lexicon/*.tsv")


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
        triples, vocabulary = article_triples(facts)
        text = "".join(line(*triple) for triple in triples)
        return ArticleResult(doc.name, doc.path, digest, text.encode("utf-8"),
                             triples_piece(str(article_iri(doc.name)), triples, text),
                             dict(count_facts(facts)), mentions_of(facts), warnings=facts.warnings,
                             vocabulary=vocabulary.encode("utf-8"))
    except Exception as exc:
        return ArticleResult(doc.name, doc.path, digest, problem=f"could not be built: {type(exc).__name__}: {exc}")


def build_chunk(items: list) -> list:
    """Build the ``(document, hash)`` pairs of a chunk; anything else passes through in its place."""
    return [build_article(*item) if isinstance(item, tuple) else item for item in items]
