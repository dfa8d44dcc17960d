"""``kg build`` and ``kg eval``."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from ..evaluate import evaluate_corpus, format_table
from ..pipeline import COUNTED
from ..pipeline import build as build_graph

EXIT_SKIPPED = 1


@click.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Output folder.")
@click.option("--view/--no-view", default=True, show_default=True, help="Write view.html.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes building articles  [default: all cores].")
@click.option("--dask", "dask", metavar="SCHEDULER_ADDRESS",
              help="Build the articles on the workers of this Dask scheduler (tcp://host:8786).")
@click.option("--force", is_flag=True, help="Build every input again, even those stored unchanged.")
@click.option("--max-mb", "max_mb", type=click.FloatRange(min=0, min_open=True), default=20, show_default=True,
              help="Refuse input files larger than this many MiB.")
@click.option("--quiet", is_flag=True, help="Print only problems.")
def build(inputs: tuple[str, ...], out: Path, view: bool, jobs: int | None, dask: str | None, force: bool, max_mb: float,
          quiet: bool) -> None:
    """Build the knowledge graph of INPUTS (files, folders, or - for standard input).

    Writes OUT/graph.ttl, OUT/graph.trig, OUT/graph.jsonld, OUT/view.html, the
    store OUT/store/ and OUT/build.sqlite, which remembers what was built: building
    again into the same OUT builds only new and changed articles.

    Exit status 0 when every input was built, 1 when some were skipped (each named
    on a line "skipped FILE: REASON"), 2 for a usage error. An article whose
    extractor failed is built with the other extractors' facts: the line "warning:
    FILE: the X extractor failed: ERROR" names it, the summary counts it, and the
    exit status stays 0 (the article is in the graph; like a compiler's warning).
    """
    if dask and jobs:
        raise click.UsageError("--jobs and --dask exclude each other: Dask's workers do the building")
    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(desc="articles", unit=" art", file=sys.stderr, dynamic_ncols=True)
    started = time.perf_counter()
    report = build_graph(inputs, out, view=view, jobs=jobs or os.cpu_count() or 1, dask=dask, force=force,
                         max_bytes=int(max_mb * 2**20), on_progress=_progress_updater(progress) if progress else None,
                         on_large=None if quiet else _announce_large)
    if progress:
        progress.close()
    for problem in report.skipped:
        click.echo(f"skipped {problem}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        click.echo(summary_table(report, time.perf_counter() - started))
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _announce_large(path: str, size: int) -> None:
    click.echo(f"building {path} ({size / 2**20:.1f} MiB): a large article takes seconds per MiB", err=True)


def _progress_updater(progress):
    def update(report) -> None:
        progress.update()
        if progress.n % 50 == 0:  # the postfix redraw costs more than an article
            progress.set_postfix(built=report.articles, unchanged=report.unchanged, skipped=len(report.skipped),
                                 people=report.counts.get("people", 0), refresh=False)
    return update


def summary_table(report, seconds: float) -> str:
    """What this run built beside what the whole graph now holds."""
    rows = [("articles", report.articles, report.stored_articles),
            ("unchanged", report.unchanged, ""),
            ("skipped", len(report.skipped), ""),
            ("warnings", len(report.warnings), ""),
            *((kind, report.counts.get(kind, 0), report.totals.get(kind, 0)) for kind in COUNTED),
            ("identities", "", report.identities_total),
            ("triples", "", report.triples)]
    lines = [f"{'':<12} {'this run':>10} {'graph':>10}"]
    lines += [f"{name:<12} {run!s:>10} {total!s:>10}" for name, run, total in rows]
    rate = report.articles / seconds if seconds else 0.0
    lines.append(f"time         {seconds:.1f} s ({rate:.{0 if rate >= 10 else 1}f} articles/s built)")
    if report.view_articles is not None:
        lines.append(f"view.html draws {report.view_articles} of {report.stored_articles} articles "
                     "(kg view draws a chosen part of the whole graph)")
    lines.append(f"written      {', '.join(str(p) for p in report.outputs)}" if report.outputs else
                 "written      nothing: the files in the output folder already hold this graph")
    return "\n".join(lines)


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="List every miss and every extra.")
def evaluate(corpus: Path, gold: Path, errors: bool) -> None:
    """Score the extraction of CORPUS against gold annotations in GOLD (one JSON per article)."""
    result = evaluate_corpus(corpus, gold)
    click.echo(format_table(result))
    if errors:
        for line in result.errors():
            click.echo(line)
