"""A build killed half-way leaves the previous output intact and the store usable."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from rdflib import Graph

from kg.store import ArticleStore
from kg.vocab import SDO

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def kg_build(inputs: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, "build", str(inputs), "--out", str(out), "--quiet", "--jobs", "1"],
                          capture_output=True, text=True, timeout=600)


def many_articles(folder: Path, copies: int) -> Path:
    folder.mkdir()
    sources = sorted(EXAMPLES.glob("*.txt"))
    for i in range(copies):
        source = sources[i % len(sources)]
        (folder / f"{i:04d}-{source.name}").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_killed_build_keeps_the_previous_output_and_a_consistent_store(tmp_path):
    out = tmp_path / "out"
    assert kg_build(EXAMPLES, out).returncode == 0
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig", "graph.jsonld")}

    corpus = many_articles(tmp_path / "many", 400)
    build = subprocess.Popen([*KG, "build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)  # let it store some articles
    assert build.poll() is None, "the build ended before it could be interrupted: make the corpus larger"
    os.kill(build.pid, signal.SIGKILL)
    build.wait(timeout=30)

    # the files of the last finished build are untouched, and no half-written file is left
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    # the store opens, and every article in it is whole (its NewsArticle node and identifier)
    with ArticleStore(out / "store") as store:
        articles = store.articles()
        assert len(articles) >= 3
        for iri in articles:
            graph = Graph()
            for triple in store.article_triples(iri):
                graph.parse(data=f"{triple} .", format="nt")
            assert (None, SDO.mentions, None) in graph or "identity" in iri

    # building again finishes the work and ends as a fresh build would
    assert kg_build(corpus, out).returncode == 0
    fresh = tmp_path / "fresh"
    assert kg_build(corpus, fresh).returncode == 0
    # the first build's three examples are in out's store too: compare what both built from the corpus
    with ArticleStore(out / "store") as stored, ArticleStore(fresh / "store") as new:
        corpus_articles = set(new.articles())
        assert corpus_articles <= set(stored.articles())
        for iri in sorted(a for a in corpus_articles if "identity" not in a)[:20]:
            assert sorted(map(str, stored.article_triples(iri))) == sorted(map(str, new.article_triples(iri)))
