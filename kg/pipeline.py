"""The build: read → normalize → extract → resolve → graph → store → export and view.

Each article goes into the embedded store as its own named graph as soon as it
is built (replacing an earlier build of it), so memory holds one article at a
time and an interrupted build loses nothing already stored; the output files
are written from the store at the end, each whole or not at all.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .extract import extract_all
from .fsutil import atomic_write_bytes
from .graph import article_iri, facts_to_graph
from .model import ArticleFacts, RawDocument, ReadProblem
from .normalize import normalize
from .read import read_inputs
from .store import ArticleStore

OUTPUT_FILES = ("graph.ttl", "graph.trig", "graph.jsonld", "view.html")


@dataclass
class BuildReport:
    """What a build did: counts per kind of fact, and every input it skipped, with why."""

    articles: int = 0
    skipped: list[ReadProblem] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped


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


def build(inputs: Iterable[str | os.PathLike], out: str | os.PathLike = "output", *, view: bool = True,
          on_article: Callable[[str], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` (files, folders, ``-``) into the folder ``out``."""
    out = Path(out)
    report = BuildReport()
    names: Counter = Counter()
    with ArticleStore(out / "store") as store:
        for item in read_inputs(inputs):
            if isinstance(item, ReadProblem):
                report.skipped.append(item)
                continue
            names[item.name] += 1
            if names[item.name] > 1:
                report.skipped.append(ReadProblem(item.path, f"another input is also named {item.name!r}; "
                                                              "its article was built first"))
                continue
            try:
                facts, graph = article_graph(item)
            except Exception as exc:  # one article's failure must not stop the batch
                report.skipped.append(ReadProblem(item.path, f"could not be built: {type(exc).__name__}: {exc}"))
                continue
            store.replace_article(str(article_iri(item.name)), graph)
            report.articles += 1
            report.counts.update(count_facts(facts))
            if on_article:
                on_article(item.name)
        report.outputs = write_outputs(store, out, view=view)
        report.triples = len(store)
    return report


def write_outputs(store: ArticleStore, out: Path, *, view: bool = True) -> list[Path]:
    """graph.ttl (all facts), graph.trig (a named graph per article), graph.jsonld, view.html."""
    written = [store.dump(out / "graph.ttl", "turtle"), store.dump(out / "graph.trig", "trig")]
    union = Graph().parse(out / "graph.ttl", format="turtle")
    atomic_write_bytes(out / "graph.jsonld", union.serialize(format="json-ld", auto_compact=True).encode("utf-8"))
    written.append(out / "graph.jsonld")
    if view:
        from .view import write_view

        write_view(union, out / "view.html", title="vnkg: " + out.resolve().name)
        written.append(out / "view.html")
    return written
