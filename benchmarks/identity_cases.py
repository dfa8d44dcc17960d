"""Identity links on real articles: pairwise precision and recall of the people linked across
articles, on tests/identity_cases/real/people.tsv (which refers to ../shared/corpus and copies nothing).

    python benchmarks/identity_cases.py [--sets case check] [--corpus ../shared/corpus] [--errors]

The "check" set is kept for honest figures: look at its errors only after the rules are done.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.identity_score import score_cases

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "identity_cases" / "real" / "people.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["case"])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--errors", action="store_true", help="list wrong and missed pairs")
    args = parser.parse_args()
    for name, result in score_cases(CASES, args.corpus, args.sets).items():
        print(f"{name}: {result.summary()}")
        if args.errors:
            for a, b in result.wrong:
                print(f"  wrong  {a.article} {a.name} ({a.person}) ~ {b.article} {b.name} ({b.person})")
            for a, b in result.missed:
                print(f"  missed {a.article} {a.name} ~ {b.article} {b.name} ({a.person})")
            for c in result.not_found:
                print(f"  not extracted: {c.article} {c.name}")


if __name__ == "__main__":
    main()
