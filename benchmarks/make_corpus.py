"""Make a corpus of N articles by varying the shared dev and seed articles.

Each generated article is a source article with its people renamed (invented names
from common surnames, middle and given names), its provinces and districts swapped
for others, and its years shifted, so that extraction meets new names and places
and identities have namesakes to sort out. Written at run time into a folder of
your choice (1,000 files per subfolder); never committed.

    python benchmarks/make_corpus.py N OUT_DIR [--source DIR ...] [--seed 0]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

from kg.facts import extract_all
from kg.gazetteer import gazetteer
from kg.model import RawDocument
from kg.normalize import normalize
from kg.read import read_inputs

SHARED = Path("/work/shared/corpus")
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Hồng Quốc Đình Công Thu".split()
GIVEN = ("An Bình Cường Dũng Giang Hà Hải Hùng Khánh Lan Linh Long Mai Nam Nga Phong Phúc Quân Sơn "
         "Tâm Thành Thảo Trung Tuấn Việt Vinh Yến Hòa Hiếu Lộc Nghĩa Quyết Thắng Trí").split()
YEAR = re.compile(r"\b(20[12]\d)\b")


def sources(folders: list[Path]) -> list[tuple[RawDocument, list[str]]]:
    """The source articles with the names of the people in them."""
    found = []
    for item in read_inputs(folders):
        if isinstance(item, RawDocument):
            names = sorted({p.name for p in extract_all(normalize(item)).persons}, key=len, reverse=True)
            found.append((item, names))
    return found


def vary(doc: RawDocument, names: list[str], places: list[str], rng: random.Random) -> str:
    text = doc.text
    for name in names:  # longest first, so that a full name is replaced before a shorter form of it
        text = text.replace(name, f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}")
    for place in [p for p in places if p in text]:
        text = re.sub(rf"\b{re.escape(place)}\b", rng.choice(places), text)
    shift = rng.randint(-6, 2)
    return YEAR.sub(lambda m: str(min(2025, int(m.group(1)) + shift)), text)


def make_corpus(count: int, out: Path, source_folders: list[Path], seed: int = 0) -> Path:
    rng = random.Random(seed)
    articles = sources(source_folders)
    if not articles:
        sys.exit(f"no source articles in {', '.join(map(str, source_folders))}")
    # only multi-word names: one-word ones (Vinh, Huế) also occur as ordinary words
    places = sorted(p for p in gazetteer().names if " " in p)
    for index in range(count):
        doc, names = articles[index % len(articles)]
        folder = out / f"{index // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{index:07d}.txt").write_text(vary(doc, names, places, rng), encoding="utf-8")
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("count", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--source", type=Path, action="append", help="folders of source articles (default: shared dev and seeds)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    make_corpus(args.count, args.out, args.source or [SHARED / "dev", SHARED / "seeds"], args.seed)
    print(f"{args.count} articles in {args.out}")


if __name__ == "__main__":
    main()
