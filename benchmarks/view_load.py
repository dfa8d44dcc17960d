#!/usr/bin/env python3
"""How long the network view takes to load and settle in headless Chromium (target: under 3 s).

    .venv/bin/python benchmarks/view_load.py                  # the seeds + dev corpus
    .venv/bin/python benchmarks/view_load.py --graph output/  # a graph already built
    .venv/bin/python benchmarks/view_load.py --synthetic 2000 # a made-up graph of ~2,000 nodes

The corpus graph comes from ``kg build``; while the builder cannot build it,
from the gold annotations of the same articles (said so in the output). The
page is opened offline from file://, three times; the median is reported.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal

from kg.network import graph_from_rdf
from kg.rdf_files import read_graph
from kg.view import write_view
from kg.vocab import FOAF, ORG, RDF, RES, SDO, SKOS

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPORA = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TARGET_SECONDS = 3.0


def corpus_graph(work: Path) -> tuple[Graph, str]:
    kg = shutil.which("kg") or str(Path(sys.executable).with_name("kg"))
    built = subprocess.run([kg, "build", *map(str, CORPORA), "--out", str(work / "built")],
                           capture_output=True, text=True)
    if built.returncode == 0:
        return read_graph(work / "built"), "kg build of seeds + dev"
    print(f"kg build failed ({built.stderr.strip().splitlines()[-1:] or built.returncode}); using the gold annotations")
    rdf = Graph()
    for gold in sorted((SHARED / "gold").glob("*/*.json")):
        out = work / f"{gold.stem}.ttl"
        subprocess.run([sys.executable, str(SHARED / "eval" / "gold_to_ttl.py"), str(gold), str(out)], check=True)
        rdf.parse(out)
    return rdf, "gold annotations of seeds + dev"


def synthetic_graph(nodes: int) -> Graph:
    """Persons holding posts in bodies and attending events, ~``nodes`` nodes in all, fixed seed."""
    rdf, rng = Graph(), random.Random(1)
    people = max(1, nodes * 9 // 20)
    bodies = [RES[f"org/b{i}"] for i in range(max(1, people // 8))]
    events = [RES[f"event/e{i}"] for i in range(max(2, people // 10))]
    for i, body in enumerate(bodies):
        rdf.add((body, RDF.type, ORG.Organization))
        rdf.add((body, SKOS.prefLabel, Literal(f"Body {i}")))
    for event in events:
        rdf.add((event, RDF.type, SDO.Event))
        rdf.add((event, SDO.organizer, rng.choice(bodies)))
    for i in range(people):
        person, post = RES[f"person/p{i}"], RES[f"post/q{i}"]
        rdf.add((person, RDF.type, FOAF.Person))
        rdf.add((person, FOAF.name, Literal(f"Person {i}")))
        rdf.add((post, RDF.type, ORG.Post))
        rdf.add((person, ORG.holds, post))
        rdf.add((post, ORG.postIn, rng.choice(bodies)))
        for event in rng.sample(events, 2):
            rdf.add((event, SDO.attendee, person))
    return rdf


def measure(page_path: Path, runs: int) -> list[tuple[float, float]]:
    from playwright.sync_api import sync_playwright

    timings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                       else route.abort())
            start = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), wait_until="load")
            loaded = time.perf_counter() - start
            page.wait_for_selector("body[data-stabilized=true]", timeout=120_000)
            timings.append((loaded, time.perf_counter() - start))
            page.close()
        browser.close()
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--graph", type=Path, help="a built graph: output folder or .ttl/.trig file")
    source.add_argument("--synthetic", type=int, metavar="NODES", help="a made-up graph of about NODES nodes")
    parser.add_argument("--max-nodes", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="where to keep the page (default: a temporary folder)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.graph:
            rdf, what = read_graph(args.graph), str(args.graph)
        elif args.synthetic:
            rdf, what = synthetic_graph(args.synthetic), f"synthetic graph of ~{args.synthetic} nodes"
        else:
            rdf, what = corpus_graph(work)
        page_path = args.out or work / "view.html"
        start = time.perf_counter()
        stats = write_view(graph_from_rdf(rdf), page_path, max_nodes=args.max_nodes)
        written = time.perf_counter() - start
        size = page_path.stat().st_size
        timings = measure(page_path, args.runs)

    load = statistics.median(t[0] for t in timings)
    settle = statistics.median(t[1] for t in timings)
    print(f"graph: {what}: {len(rdf)} triples")
    print(f"view: {stats.nodes} nodes, {stats.edges} edges, {stats.cut} left out; "
          f"page of {size:,} bytes written in {written:.2f} s")
    print(f"load {load:.2f} s, load+settle {settle:.2f} s (median of {len(timings)}; target < {TARGET_SECONDS:.0f} s): "
          f"{'ok' if settle < TARGET_SECONDS else 'SLOW'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
