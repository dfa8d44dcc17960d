"""Time against size: read, normalize, extract and graph on one large input at a time.

Inputs are made by repeating real articles (read in place from ../shared/corpus/dev and
/tmp/split/tune/c, never copied into the project) up to each size, written as one line
(an HTML page stripped of its newlines, a concatenated dump) and as many lines; one
dev article repeated 100-800 times on one line (the case of issue 17); and lists of
20,000 invented names. A linear pipeline doubles its time when the size doubles.
Each input runs in a process of its own, stopped after --limit seconds. Times are wall
seconds; "cpu" is the process's CPU seconds, the steadier figure on a busy machine.

    .venv/bin/python benchmarks/size_time.py                  # the whole table
    .venv/bin/python benchmarks/size_time.py --sizes 0.25 1 --profile 1   # cProfile of the 1 MB runs
"""
from __future__ import annotations

import argparse
import cProfile
import itertools
import multiprocessing
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = [SHARED / "corpus" / "dev", Path("/tmp/split/tune/c")]
COPIED = SHARED / "corpus" / "dev" / "dev002.txt"
SIZES_MB = (0.25, 0.5, 1, 2, 4, 8)
COPIES = (100, 200, 400, 800, 2400)  # 2400 copies of the 2 KB excerpt: 4.6 MB, the size of issue 17's case
NAMES = 20_000


def articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for folder in CORPORA if folder.is_dir()
             for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"no articles in {', '.join(map(str, CORPORA))}")
    return texts


def repeated(texts: list[str], megabytes: float, one_line: bool) -> str:
    """Articles in turn until ``megabytes`` of UTF-8."""
    parts, size = [], 0
    for text in itertools.cycle(texts):
        part = " ".join(text.split()) if one_line else text.strip()
        parts.append(part)
        size += len(part.encode()) + 2
        if size >= megabytes * 2**20:
            break
    return (" " if one_line else "\n\n").join(parts)


def name_list(count: int, one_line: bool) -> str:
    """``count`` invented names (surname, middle, given), as one list sentence or one name a line."""
    rng = random.Random(17)
    surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
    middles = ["Văn", "Thị", "Minh", "Hữu", "Đức", "Ngọc", "Thanh", "Quốc"]
    givens = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Khánh", "Lan", "Long", "Mai", "Nam", "Phúc",
              "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Yến"]
    every = [f"{s} {m} {g}" for s in surnames for m in middles for g in givens]
    every += [f"{s} {m} {g} {h}" for s in surnames for m in middles for g in givens for h in givens if g != h]
    names = rng.sample(every, count)  # all different: a list of people, not one person many times
    if one_line:
        return "Danh sách khen thưởng gồm các đồng chí: " + ", ".join(names) + "."
    return "Danh sách khen thưởng:\n" + "\n".join(f"{i}. Đồng chí {n}" for i, n in enumerate(names, 1))


def inputs(sizes: list[float], copies: list[int], names: bool) -> list[tuple[str, str]]:
    """(label, text) of every input of the table, smallest first within each kind."""
    texts = articles()
    made = []
    for one_line in (True, False):
        made += [(f"{'one line' if one_line else 'lines'} {mb:g} MB", repeated(texts, mb, one_line)) for mb in sizes]
    copied = " ".join(COPIED.read_text(encoding="utf-8").split())
    made += [(f"{COPIED.stem} x{n} one line", " ".join([copied] * n)) for n in copies]
    if names:
        made += [(f"{NAMES} names one line", name_list(NAMES, True)), (f"{NAMES} names lines", name_list(NAMES, False))]
    return made


def stages(text: str) -> dict[str, float]:
    """Seconds of each stage on ``text``, and the facts found."""
    from kg.facts import extract_all
    from kg.graph import facts_to_ntriples
    from kg.normalize import normalize
    from kg.read import from_bytes

    times, started, cpu = {}, time.perf_counter(), time.process_time()

    def lap(stage: str) -> None:
        nonlocal started
        now = time.perf_counter()
        times[stage], started = now - started, now

    (doc,) = list(from_bytes(text.encode("utf-8"), name="big.txt", path="big.txt", kind="text"))
    lap("read")
    article = normalize(doc)
    lap("normalize")
    facts = extract_all(article)
    lap("extract")
    triples = facts_to_ntriples(facts)
    lap("graph")
    times["cpu"] = time.process_time() - cpu
    times["facts"] = len(facts.persons) + len(facts.bodies) + len(facts.documents) + len(facts.events)
    times["triples"] = triples.count("\n")
    times["warnings"] = len(facts.warnings)
    return times


def _child(text: str, profile: bool, queue) -> None:
    if profile:
        profiler = cProfile.Profile()
        result = profiler.runcall(stages, text)
        queue.put((result, _top(profiler)))
    else:
        queue.put((stages(text), ""))


def _top(profiler: cProfile.Profile, lines: int = 25) -> str:
    import io

    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(lines)
    return out.getvalue()


def timed(text: str, limit: float, profile: bool) -> tuple[dict | None, str]:
    """``stages`` in a child process; None when it ran past ``limit`` seconds."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_child, args=(text, profile, queue))
    child.start()
    try:
        return queue.get(timeout=limit)
    except Exception:  # queue.Empty: past the limit
        return None, ""
    finally:
        child.kill()
        child.join()


def whole_build(copies: int) -> str:
    """``kg build`` (its own process, all cores) of one article written ``copies`` times on one line."""
    text = " ".join([" ".join(COPIED.read_text(encoding="utf-8").split())] * copies)
    megabytes = len(text.encode()) / 2**20
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder, "in", f"{COPIED.stem}x{copies}.txt")
        article.parent.mkdir()
        article.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "build", str(article.parent),
                               "--out", str(Path(folder, "out")), "--no-view", "--quiet"], capture_output=True, text=True)
        seconds = time.perf_counter() - started
    return f"kg build of {COPIED.stem} x{copies} on one line ({megabytes:.1f} MB): {seconds:.1f} s, exit {done.returncode}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="*", default=list(SIZES_MB), help="MB of the repeated inputs")
    parser.add_argument("--copies", type=int, nargs="*", default=list(COPIES), help="copies of one article")
    parser.add_argument("--no-names", action="store_true", help="leave out the name lists")
    parser.add_argument("--limit", type=float, default=300, help="seconds before a run is stopped")
    parser.add_argument("--build", type=int, nargs="*", default=[2400],
                        help="copies of one article to run kg build on, end to end")
    parser.add_argument("--profile", type=float, nargs="*", default=[],
                        help="print a cProfile of the runs of these sizes (MB)")
    args = parser.parse_args()
    header = (f"{'input':<26} {'MB':>6} {'read':>6} {'norm':>6} {'extract':>8} {'graph':>6} {'total':>7} {'cpu':>7} "
              f"{'facts':>7}")
    print(header)
    print("-" * len(header))
    for label, text in inputs(args.sizes, args.copies, not args.no_names):
        megabytes = len(text.encode()) / 2**20
        profile = any(label.endswith(f" {mb:g} MB") for mb in args.profile)
        result, profiled = timed(text, args.limit, profile)
        if result is None:
            print(f"{label:<26} {megabytes:6.2f}  stopped after {args.limit:g} s", flush=True)
            continue
        total = sum(result[s] for s in ("read", "normalize", "extract", "graph"))
        print(f"{label:<26} {megabytes:6.2f} {result['read']:6.2f} {result['normalize']:6.2f} {result['extract']:8.2f} "
              f"{result['graph']:6.2f} {total:7.2f} {result['cpu']:7.2f} {result['facts']:7d}"
              + (f"  ({result['warnings']} warnings)" if result["warnings"] else ""), flush=True)
        if profiled:
            print(profiled)
    for copies in args.build:
        print(whole_build(copies), flush=True)


if __name__ == "__main__":
    main()
