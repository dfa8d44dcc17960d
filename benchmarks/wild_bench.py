"""Build benchmark on real text: the wild corpus (/work/shared/corpus/wild, 886 real excerpts),
read in place, and copies of it made by repetition (links under new names in a temporary
folder, so that the store sees distinct articles) to about 1,800 (twice over), 10k and 100k.

For each size, ``kg build`` runs once in a process of its own: articles/s by the wall clock and
per CPU-second of the whole build (the workers and the database's threads included: the
machine is shared, and CPU time is what another load does not change), and its peak RSS.
Then, in this process, on the wild corpus itself, the CPU per article of each stage of a
build (the view drawn in this process, as a build draws it), the quads per article (in the article's graph, and in the store with the union's
copy), and the extraction rate beside a floor measured on the same texts: NFC and three
regular expressions (capitalized name runs, document codes, dates).

    python benchmarks/wild_bench.py [--sizes 886 1772 10000 100000] [--jobs 2] [--work DIR] [--keep]
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zlib
from pathlib import Path

import pyoxigraph as ox

from kg.facts import extract_all
from kg.export import graph_piece, triples_piece, write_graph_files
from kg.graph import article_iri, article_triples
from kg.ntriples import line
from kg.identity import block_graph, block_key, identity_ntriples, mentions_of, resolve_block
from kg.builder.outputs import draw_view, read_view_articles
import kg.view  # noqa: F401  (imported before the view is timed, as a build does)
from kg.normalize import normalize
from kg.builder.run import LOAD_BYTES
from kg.read import Source, read_sources
from kg.store import ArticleStore
from kg.vocab import ARTICLES, VOCABULARY_GRAPH

WILD = Path("/work/shared/corpus/wild")

# The floor: what any extractor pays to look at the text at all.
FLOOR_PATTERNS = (
    re.compile(r"(?:\b[A-ZĐÀ-Ỹ][\w]*\s){1,3}[A-ZĐÀ-Ỹ][\w]*"),  # runs of capitalized words (names, bodies)
    re.compile(r"\b\d+[-/][\w/.-]+"),  # document codes (05-CT/TW, 15/2020/NĐ-CP)
    re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{4})?"),  # dates
)

# Run in the child: the build's own CPU time and peak RSS, free of any earlier build's
_MEASURED_BUILD = """
import resource, subprocess, sys, json
rc = subprocess.run(sys.argv[1:]).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024}))
"""


def copies(count: int, work: Path) -> Path:
    """The wild corpus itself for its own size, else a folder of ``count`` links to its articles,
    each repetition under new names (1,000 a subfolder)."""
    articles = sorted(WILD.glob("*.txt"))
    if count == len(articles):
        return WILD
    folder = work / f"corpus-{count}"
    if not folder.exists():
        for index in range(count):
            source = articles[index % len(articles)]
            sub = folder / f"{index // 1000:04d}"
            sub.mkdir(parents=True, exist_ok=True)
            (sub / f"r{index // len(articles):03d}-{source.name}").symlink_to(source)
    return folder


def run_build(corpus: Path, out: Path, jobs: int) -> dict:
    """Wall seconds, CPU seconds and peak RSS (MiB, its largest process) of one ``kg build``."""
    kg = str(Path(sys.executable).with_name("kg"))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED_BUILD, kg, "build", str(corpus), "--out", str(out),
                           "--jobs", str(jobs), "--quiet"], capture_output=True, text=True, check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    measured["wall"] = time.perf_counter() - started
    return measured


class Clock:
    """CPU seconds (this process, all its threads) and wall seconds, summed per stage."""

    def __init__(self):
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}

    def timed(self, stage: str, work, *args):
        cpu, wall = time.process_time(), time.perf_counter()
        result = work(*args)
        self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu
        self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - wall
        return result


def stage_profile(corpus: Path, work: Path) -> tuple[Clock, int, dict]:
    """Each stage of a build, in this process, on the articles of ``corpus`` (one core; the store's
    threads counted in its stages); (clock, articles, quads figures)."""
    clock = Clock()
    sources = clock.timed("read", lambda: [s for s in read_sources([corpus]) if isinstance(s, Source)])
    # lexicons, gazetteer and the patterns and phrase sets each rule makes on first use (~0.2 s of CPU a
    # process, paid over its first articles) are made once, outside the timing: the floor has none
    for source in sources:
        extract_all(normalize(source.document()))
    results, texts, vocabulary, blocks, pieces = [], [], set(), {}, {}
    for source in sources:
        doc = clock.timed("decode", source.document)
        texts.append(doc.text)
        article = clock.timed("normalize", normalize, doc)
        facts = clock.timed("extract+resolve", extract_all, article)
        terms, text, triples, concepts = clock.timed("graph/N-Triples", _article_ntriples, facts)
        graph = str(article_iri(doc.name))
        pieces[graph] = clock.timed("pieces", triples_piece, graph, terms, text)
        for mention in clock.timed("mentions", mentions_of, facts):
            blocks.setdefault(block_key(mention.name), []).append(mention)
        results.append((graph, triples))
        vocabulary.update(concepts.splitlines(keepends=True))
    article_quads = sum(t.count(b"\n") for _, t in results)
    results.append((str(VOCABULARY_GRAPH), b"".join(sorted(vocabulary))))  # written once, as a build does
    pieces[str(VOCABULARY_GRAPH)] = graph_piece(*results[-1])
    store_path = work / "profile-store"
    shutil.rmtree(store_path, ignore_errors=True)
    with ArticleStore(store_path) as store:
        def load():
            batch, size = [], 0
            for graph, triples in results:
                batch.append((graph, triples))
                size += len(triples)
                if size >= LOAD_BYTES:
                    store.add_new_graphs(batch, trusted=True)
                    batch, size = [], 0
            store.add_new_graphs(batch, trusted=True)
            store.flush()
        clock.timed("store load", load)

        def identities():  # as kg.builder.identities does for a new store: resolved, then loaded with their pieces
            graphs = []
            for block, mentions in sorted(blocks.items()):
                text = "".join(identity_ntriples(resolve_block(mentions)))
                if text:
                    graph = str(block_graph(block))
                    pieces[graph] = graph_piece(graph, text)
                    graphs.append((graph, text.encode("utf-8")))
            store.add_new_graphs(graphs, bulk=False)
        clock.timed("identities", identities)
        def trig_of(graph: str) -> bytes:  # as the build's state keeps the pieces
            return zlib.decompress(pieces[graph].trig)
        def view():  # the articles read, then drawn with their identities, as a build does
            articles = read_view_articles(sorted(g for g in pieces if g.startswith(str(ARTICLES))), trig_of)
            draw_view(store, articles, trig_of, work / "profile-view.html", "profile")
        clock.timed("view", view)
        clock.timed("graph files", write_graph_files, (pieces[graph] for graph in sorted(pieces)),
                    work / "profile-graph.ttl", work / "profile-graph.trig", work / "profile-graph.jsonld")
        union = len(store)
        named = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
    shutil.rmtree(store_path, ignore_errors=True)
    load_costs = union_cost(results, work, len(sources))
    floor = floor_rate(texts)
    extraction = len(sources) / (clock.cpu["normalize"] + clock.cpu["extract+resolve"])
    return clock, len(sources), {"article": article_quads / len(sources), "vocabulary": len(vocabulary),
                                 "named": named / len(sources),
                                 "union": union / len(sources), "floor": floor, "extraction": extraction,
                                 "union cost": load_costs}


def _article_ntriples(facts) -> tuple[list, str, bytes, bytes]:
    """As a build's worker makes them: the article's sorted terms, its N-Triples (text and UTF-8),
    its vocabulary's N-Triples (UTF-8)."""
    terms, concepts = article_triples(facts)
    text = "".join(line(*triple) for triple in terms)
    return terms, text, text.encode("utf-8"), concepts.encode("utf-8")


def union_cost(results: list[tuple[str, bytes]], work: Path, articles: int) -> dict[str, float]:
    """CPU ms per article of bulk-loading these article graphs into a new store three ways: each
    triple in its article's graph and in the union (what a build does), in the article's graph
    alone, in the union alone (the loading, flushing and closing of the store counted)."""
    graphs = b"".join(b"<" + graph.encode() + b"> {\n" + triples + b"\n}\n" for graph, triples in results)
    union = b"\n".join(dict.fromkeys(line for _, triples in results for line in triples.splitlines())) + b"\n"
    cost = {}
    for name, data in (("graphs + union", graphs + union), ("graphs alone", graphs), ("union alone", union)):
        path = work / "union-cost-store"
        shutil.rmtree(path, ignore_errors=True)
        gc.collect()
        started = time.process_time()
        store = ox.Store(str(path))
        store.bulk_load(data, ox.RdfFormat.TRIG)
        store.flush()
        del store
        cost[name] = 1000 * (time.process_time() - started) / articles
        shutil.rmtree(path, ignore_errors=True)
    return cost


def floor_rate(texts: list[str]) -> float:
    """Articles per CPU-second of NFC and the three floor patterns over the texts (the best of three passes:
    one pass is ~0.1 s, and varied by half from run to run)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text in texts:
            text = unicodedata.normalize("NFC", text)
            for pattern in FLOOR_PATTERNS:
                for _ in pattern.finditer(text):
                    pass
        best = min(best, time.process_time() - started)
    return len(texts) / best


def print_stages(clock: Clock, count: int, quads: dict) -> None:
    print(f"\nper article, {count} wild articles in this process (ms; CPU, wall):")
    for stage in clock.cpu:
        print(f"  {stage:<17} {1000 * clock.cpu[stage] / count:7.3f} {1000 * clock.wall[stage] / count:7.3f}")
    total = sum(clock.cpu.values())
    print(f"  {'all':<17} {1000 * total / count:7.3f} {1000 * sum(clock.wall.values()) / count:7.3f}")
    print(f"quads per article: {quads['article']:.1f} in its graph ({quads['vocabulary']} in the vocabulary graph, once); "
          f"in the store {quads['named']:.1f} in named graphs "
          f"+ {quads['union']:.1f} in the union = {quads['named'] + quads['union']:.1f}")
    cost = quads["union cost"]
    print("store load alone, CPU ms per article: " + ", ".join(f"{name} {ms:.2f}" for name, ms in cost.items()))
    print(f"extraction (normalize → extract → resolve): {quads['extraction']:.0f} articles per CPU-s; "
          f"floor (NFC + 3 regexes): {quads['floor']:.0f}; ratio {quads['floor'] / quads['extraction']:.1f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[886, 1772, 10000, 100000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--work", type=Path, help="folder for the copies and outputs (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the copies and outputs")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="vnkg-wild-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.sizes:
            print(f"{'articles':>9} {'art/s wall':>11} {'art/CPU-s':>10} {'wall s':>8} {'CPU s':>8} "
                  f"{'peak RSS MiB':>13} {'graph.ttl MiB':>14}   (jobs {args.jobs})", flush=True)
        for count in args.sizes:
            corpus, out = copies(count, work), work / f"out-{count}"
            shutil.rmtree(out, ignore_errors=True)
            m = run_build(corpus, out, args.jobs)
            note = "" if m["rc"] == 0 else f"  (exit {m['rc']})"
            print(f"{count:>9} {count / m['wall']:>11.0f} {count / m['cpu']:>10.0f} {m['wall']:>8.1f} {m['cpu']:>8.1f} "
                  f"{m['rss_mib']:>13.0f} {(out / 'graph.ttl').stat().st_size / 2**20:>14.1f}{note}", flush=True)
            shutil.rmtree(out, ignore_errors=True)
        clock, count, quads = stage_profile(WILD, work)
        print_stages(clock, count, quads)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
