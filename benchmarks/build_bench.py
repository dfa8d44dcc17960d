"""Build benchmark: corpora of 1k, 10k, 100k articles (made by make_corpus.py into a
temporary folder), each built with ``kg build``; prints articles/s of the whole build,
extraction-only articles/s on one core (and of a worker's whole per-article work), what
loading articles into the store costs alone (articles per CPU-second, the database's own
threads included), peak RSS of the build and the output size.

    python benchmarks/build_bench.py [--sizes 1000 10000] [--jobs 2] [--work DIR] [--keep]

Targets (issue 7): extraction >= 2,000 articles/s per core; whole build >= 500
articles/s on 2 cores; peak RSS under 1 GiB at 100k and within 20% of the 10k figure.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import SHARED, make_corpus  # noqa: E402

from kg.facts import extract_all  # noqa: E402
from kg.normalize import normalize  # noqa: E402
from kg.graph import article_iri  # noqa: E402
from kg.builder.run import LOAD_BYTES  # noqa: E402
from kg.builder.work import build_article, content_hash  # noqa: E402
from kg.read import Source, read_sources  # noqa: E402
from kg.store import ArticleStore  # noqa: E402

EXTRACTION_SAMPLE = 2000


def per_article_rates(corpus: Path) -> tuple[float, float, float]:
    """Articles/s in this one process of (extraction: normalize → extract → resolve; the whole
    per-article work of a worker: decoding the file's bytes, that, then graph → N-Triples and the
    pieces of the dataset files; loading the articles into a new store as a build does, per
    CPU-second of all its threads, closing the store included)."""
    sources = []
    for item in read_sources([corpus]):
        if isinstance(item, Source):
            sources.append(item)
            if len(sources) == EXTRACTION_SAMPLE:
                break
    docs = [source.document() for source in sources]
    build_article(sources[0], "")  # lexicons and gazetteer load once, outside the timing
    started = time.perf_counter()
    for doc in docs:
        extract_all(normalize(doc))
    extraction = len(docs) / (time.perf_counter() - started)
    started = time.perf_counter()
    results = [build_article(source, content_hash(source)) for source in sources]
    article_work = len(sources) / (time.perf_counter() - started)
    return extraction, article_work, store_load_rate(results)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process
    return usage.ru_utime + usage.ru_stime


def store_load_rate(results: list) -> float:
    """Articles per CPU-second that loading these built articles into a new store takes, in
    batches of the build's size: the part of a build no extractor can speed up."""
    with tempfile.TemporaryDirectory(prefix="vnkg-store-") as folder:
        started = cpu_seconds()
        with ArticleStore(Path(folder) / "store") as store:
            batch, size = [], 0
            for result in results:
                batch.append((str(article_iri(result.name)), result.ntriples))
                size += len(result.ntriples)
                if size >= LOAD_BYTES:
                    store.add_new_graphs(batch)
                    batch, size = [], 0
            store.add_new_graphs(batch)
        return len(results) / (cpu_seconds() - started)


def size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.is_dir() else path.stat().st_size


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak RSS in MiB of the largest process of the build)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([str(Path(sys.executable).with_name("kg")), "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
                    "--quiet"], check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        print("  (peak RSS not above an earlier build's: ru_maxrss keeps the maximum of all children)")
    return seconds, peak / 1024


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--jobs", type=int, default=os.cpu_count())
    ap.add_argument("--work", type=Path, help="folder for the corpora and outputs (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the corpora and outputs")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="vnkg-bench-"))
    print(f"{'articles':>9} {'build art/s':>12} {'extract art/s/core':>19} {'worker art/s':>15} "
          f"{'store load art/CPU-s':>21} {'peak RSS MiB':>13} "
          f"{'graph.ttl MiB':>14} {'all out MiB':>12}   (jobs {args.jobs}, {work})", flush=True)
    try:
        for count in args.sizes:
            corpus, out = work / f"corpus-{count}", work / f"out-{count}"
            if not corpus.exists():
                make_corpus(count, corpus, [SHARED / "dev", SHARED / "seeds"])
            shutil.rmtree(out, ignore_errors=True)
            seconds, peak = run_build(corpus, out, args.jobs)
            extraction, article_work, store_load = per_article_rates(corpus)
            print(f"{count:>9} {count / seconds:>12.0f} {extraction:>19.0f} {article_work:>15.0f} {store_load:>21.0f} "
                  f"{peak:>13.0f} "
                  f"{size(out / 'graph.ttl') / 2**20:>14.1f} {size(out) / 2**20:>12.1f}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
