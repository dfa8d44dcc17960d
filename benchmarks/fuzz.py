"""Fuzz normalize → extract → graph with generated inputs: no exception, every offset inside its text.

Each input is made by a seeded generator from the sentences of real articles (read in
place from ../shared/corpus/dev and /tmp/split/tune/c, never copied into the project):
sentences and pieces cut at random places, repeated, run together, mixed with noise
(dashes, quotes, slashes, digits, dates, document codes, capitals, control and invisible
characters, combining marks, other scripts) and with their case or spacing changed.
Input N of seed S is always the same text, so a failure is reproduced with --show N.

    .venv/bin/python benchmarks/fuzz.py                      # 100,000 inputs on all cores
    .venv/bin/python benchmarks/fuzz.py --count 1000 --show 17
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import sys
import time
import traceback
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT.parent / "shared" / "corpus" / "dev", Path("/tmp/split/tune/c")]
NOISE = ["-", "–", "—", "―", "/", "\\", ":", ";", ",", ".", "…", "(", ")", "[", "]", "\"", "“", "”", "'", "’",
         "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u0301", "\u0323", "\x0b", "\x0c",
         "\x07", "\ufffd", "İ", "ß", "ﬁ", "Ω", "中", "😀", "%", "&", "<", ">", "#", "*", "|", "0", "9", "XIII",
         "ông", "Bà", "đồng chí", "Đ/c", "TP.", "Q.", "số", "ngày", "tháng", "năm", "gồm:", "và", "của"]
PIECES = ["05-CT/TW", "12-NQ/HU", "1236-QĐ/TU", "Số 45/KH-UBND", "3/4", "31/12/2023", "ngày 5 tháng 13 năm 2024",
          "Ban Thường vụ", "Đảng ủy xã", "Huyện ủy", "Bí thư", "Phó Chủ tịch UBND tỉnh", "khóa XII", "nhiệm kỳ 2025-2030",
          "Trần Văn", "NGUYỄN THỊ HÀ", "Y Biêr", "H'Hen Niê", "K'Bang", "Hội nghị", "Đại hội lần thứ I", "chủ trì",
          "phát biểu", "tham dự có các đồng chí:", "được bầu giữ chức"]


@cache
def sentences() -> list[str]:
    from kg.normalize import split_sentences

    found = []
    for folder in CORPORA:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            text = path.read_text(encoding="utf-8")
            found += [text[s.start:s.end] for s in split_sentences(text)]
    if not found:
        sys.exit(f"no articles in {', '.join(map(str, CORPORA))}")
    return found


def generated(seed: int, number: int) -> str:
    """Input ``number`` of ``seed``."""
    rng = random.Random(seed * 1_000_003 + number)
    source = sentences()
    parts = []
    for _ in range(rng.choice([1, 1, 2, 3, 5, 8, 13])):
        parts.append(_piece(rng, source))
    joiner = rng.choice([" ", "\n", "\n\n", "", ". ", " - ", ", "])
    text = joiner.join(parts)
    if rng.random() < 0.1:
        text = text * rng.randint(2, 30)  # repeated whole
    return text


def _piece(rng: random.Random, source: list[str]) -> str:
    sentence = rng.choice(source)
    kind = rng.random()
    if kind < 0.25:
        return sentence
    if kind < 0.45:  # cut at random places
        a, b = sorted(rng.randrange(len(sentence) + 1) for _ in range(2))
        return sentence[a:b]
    if kind < 0.6:  # noise sprinkled in
        chars = list(sentence)
        for _ in range(rng.randint(1, 12)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(NOISE))
        return "".join(chars)
    if kind < 0.7:  # genre pieces mixed
        return " ".join(rng.choice(PIECES + NOISE) for _ in range(rng.randint(1, 15)))
    if kind < 0.78:
        return rng.choice([sentence.upper(), sentence.lower(), sentence.title(), sentence.swapcase()])
    if kind < 0.85:  # spacing lost or doubled
        return rng.choice([sentence.replace(" ", ""), sentence.replace(" ", "  "), sentence.replace(" ", "\n")])
    if kind < 0.92:  # one part repeated
        a = rng.randrange(len(sentence) + 1)
        return sentence[a:a + rng.randint(1, 40)] * rng.randint(2, 60)
    return re.sub(r"\w+", lambda m: rng.choice([m.group(), m.group()[::-1], rng.choice(PIECES)]), sentence)


def check(text: str) -> list[str]:
    """What is wrong when ``text`` goes through normalize, extract and graph: an exception, an
    extractor's failure, a span outside the text, an offset outside the source."""
    from kg.facts import extract_all
    from kg.graph import facts_to_ntriples
    from kg.model import RawDocument
    from kg.normalize import normalize

    try:
        article = normalize(RawDocument(name="fuzz.txt", path="fuzz.txt", text=text))
        facts = extract_all(article)
        facts_to_ntriples(facts)
    except Exception:  # noqa: BLE001 - counting them is the point
        return ["exception: " + traceback.format_exc(limit=-3).strip().replace("\n", " | ")]
    wrong = list(facts.warnings)
    length = len(article.text)
    wrong += [f"{kind} span {span} outside a text of {length}" for kind, span in facts.spans()
              if not 0 <= span.start <= span.end <= length]
    if len(article.offsets) != length or any(not 0 <= o < len(text) for o in article.offsets):
        wrong.append("normalized offsets do not map into the source")
    return wrong


def run_range(seed: int, first: int, count: int) -> tuple[int, list[tuple[int, str]]]:
    failures = []
    for number in range(first, first + count):
        failures += [(number, problem) for problem in check(generated(seed, number))]
    return count, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--show", type=int, help="print input number SHOW and what goes wrong with it")
    args = parser.parse_args()
    if args.show is not None:
        text = generated(args.seed, args.show)
        print(repr(text))
        print("\n".join(check(text)) or "nothing wrong")
        return
    started, done, failures = time.perf_counter(), 0, []
    batch = 500
    ranges = [(args.seed, first, min(batch, args.count - first)) for first in range(0, args.count, batch)]
    with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
        for count, found in pool.imap_unordered(_run, ranges):
            done += count
            failures += found
            if done % 10_000 < batch:
                print(f"{done} inputs, {len(failures)} problems, {time.perf_counter() - started:.0f} s", flush=True)
    seconds = time.perf_counter() - started
    print(f"{done} inputs (seed {args.seed}) in {seconds:.0f} s ({done / seconds:.0f}/s): "
          f"{len({n for n, _ in failures})} inputs with problems, {len(failures)} problems")
    for number, problem in sorted(failures)[:20]:
        print(f"  input {number}: {problem}")
    sys.exit(1 if failures else 0)


def _run(arguments):
    return run_range(*arguments)


if __name__ == "__main__":
    main()
