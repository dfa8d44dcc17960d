#!/usr/bin/env python3
"""Time the named queries on a store of the seeds and dev articles.

    benchmarks/query_time.py [--store OUT/store] [--repeat 20]

Without --store, a store is made in a temporary folder from the shared gold
annotations (seeds + dev, written as graphs by shared/eval/gold_to_ttl.py), so
the figures do not wait on the extractor. Parameters are taken from the data:
the person with the most posts, the commonest role and its body, the most cited code.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import tempfile
import time
from pathlib import Path

from kg.query import named_queries, run_named
from kg.store import ArticleStore

SHARED = Path(__file__).resolve().parents[2] / "shared"


def store_from_gold(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("gold_to_ttl", SHARED / "eval" / "gold_to_ttl.py")
    gold_to_ttl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gold_to_ttl)
    with ArticleStore(folder) as store:
        for split in ("seeds", "dev"):
            for path in sorted((SHARED / "gold" / split).glob("*.json")):
                graph = gold_to_ttl.convert(json.loads(path.read_text(encoding="utf-8")))
                article = next(graph.subjects(None, gold_to_ttl.SDO.NewsArticle))
                store.replace_article(str(article), graph)
    return folder


def first(store: ArticleStore, sparql: str) -> list[str]:
    solution = next(iter(store.query(sparql)), None)
    return [] if solution is None else [t.value for t in solution if t is not None]


def parameters(store: ArticleStore) -> dict[str, list[str]]:
    person = first(store, "SELECT ?n WHERE { ?p foaf:name ?n ; org:holds ?x } GROUP BY ?n ORDER BY DESC(COUNT(?x)) ?n LIMIT 1")
    role_body = first(store, """SELECT ?r ?b WHERE { ?post org:role/skos:prefLabel ?r ; org:postIn/skos:prefLabel ?b }
                                GROUP BY ?r ?b ORDER BY DESC(COUNT(?post)) ?r ?b LIMIT 1""")
    body = first(store, "SELECT ?b WHERE { ?post org:postIn/skos:prefLabel ?b } GROUP BY ?b ORDER BY DESC(COUNT(?post)) ?b LIMIT 1")
    code = first(store, "SELECT ?c WHERE { ?e schema:about/schema:legislationIdentifier ?c } GROUP BY ?c ORDER BY DESC(COUNT(?e)) ?c LIMIT 1")
    return {"posts-of": person, "timeline": person, "holders-of": role_body, "people-of": body,
            "events-citing": code}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="a store a build wrote (OUT/store)")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = args.store or store_from_gold(Path(tmp) / "store")
        with ArticleStore(store_dir, read_only=True) as store:
            values = parameters(store)
            print(f"store: {len(store.articles())} articles, {len(store)} triples in their union; median of {args.repeat} runs")
            print(f"{'query':<34} {'rows':>5} {'median ms':>10} {'max ms':>8}")
            for name, query in named_queries().items():
                given = values.get(name, [])
                times, result = [], None
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    result = run_named(store, query, given)
                    times.append((time.perf_counter() - started) * 1000)
                label = " ".join([name, *(f'"{v}"' for v in given)])
                print(f"{label[:34]:<34} {len(result.rows):>5} {statistics.median(times):>10.2f} {max(times):>8.2f}")


if __name__ == "__main__":
    main()
