"""``kg build``."""
from __future__ import annotations

import os
import signal
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import click

from ..builder.stopped import BuildStopped, WorkerDied
from ..builder.workers import IN_PROCESS_ARTICLES, builds_in_processes, start_worker_server, stop_worker_server
from .options import out_option

EXIT_SKIPPED = 1
EXIT_WORKER_DIED = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command that Ctrl-C ended


@click.command("build")
@click.argument("inputs", nargs=-1, required=True)
@out_option
@click.option("--view/--no-view", default=True, show_default=True, help="Write view.html.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes building articles  [default: this process alone for fewer than "
                   f"{IN_PROCESS_ARTICLES} articles, else all cores].")
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

    A build stopped half-way loses nothing: the articles stored so far stay in the
    store, every output file is whole (from this build or the one before), and
    building again goes on from there; one line says so.

    \b
    Exit status:
      0    every input was built
      1    some inputs were skipped (each is named, with why; PDF and Word files
           are named as such) or none was found
      2    the command line is wrong, or an input does not exist (nothing is
           written then)
      3    a worker process was killed (the system does so when memory runs out)
      130  interrupted (Ctrl-C)

    An article whose extractor failed is built with the other extractors' facts:
    the line "warning: FILE: the X extractor failed: ERROR" names it, the summary
    counts it, and the exit status stays 0 (the article is in the graph; like a
    compiler's warning).
    """
    if dask and jobs:
        raise click.UsageError("--jobs and --dask exclude each other: Dask's workers do the building")
    refuse_missing(inputs)
    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(desc="articles", unit=" art", file=sys.stderr, dynamic_ncols=True)
    started = time.perf_counter()
    with _interrupted_once():
        try:
            if not dask and builds_in_processes(inputs, jobs):
                start_worker_server()  # before the imports below, which it makes in a process of its own beside them
            from ..builder.run import build as build_graph  # imported here: a Ctrl-C while it loads is caught

            report = build_graph(inputs, out, view=view, jobs=jobs, dask=dask, force=force,
                                 max_bytes=int(max_mb * 2**20),
                                 on_progress=_progress_updater(progress) if progress is not None else None,
                                 on_large=None if quiet else _announce_large)
        except (KeyboardInterrupt, WorkerDied) as exc:
            if progress is not None:
                progress.close()
            click.echo(_stopped_line(exc), err=True)
            sys.exit(EXIT_WORKER_DIED if isinstance(exc, WorkerDied) else EXIT_INTERRUPTED)
        finally:
            stop_worker_server()  # the build stops it; not when stopped before it began
    if progress is not None:
        progress.close()
    for problem in report.skipped:
        click.echo(f"skipped {problem}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        click.echo(summary_table(report, time.perf_counter() - started))
    if not (report.articles or report.unchanged or report.skipped):
        from ..read import SUFFIXES

        click.echo(f"no article in {' '.join(inputs)}: a build reads {', '.join(sorted(SUFFIXES))} files", err=True)
    if report.skipped or not (report.articles or report.unchanged):
        sys.exit(EXIT_SKIPPED)


def refuse_missing(inputs: tuple[str, ...]) -> None:
    """A path that does not exist is a usage error, found before anything is written."""
    from ..read import STDIN

    missing = [i for i in inputs if i != STDIN and not os.path.lexists(i)]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="INPUTS")


def _announce_large(path: str, size: int) -> None:
    click.echo(f"building {path} ({size / 2**20:.1f} MiB): a large article takes seconds per MiB", err=True)


@contextmanager
def _interrupted_once():
    """Ctrl-C stops the build once; a second one while it ends its workers and closes the store
    must not cut that short (a traceback, a worker left running), so from then on it is ignored."""
    def interrupt(signum, frame):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGINT) is interrupt:
            signal.signal(signal.SIGINT, previous)


def _stopped_line(exc: BaseException) -> str:
    if not isinstance(exc, BuildStopped):  # before the build began
        return "interrupted: nothing was built; the output files are as they were before"
    line = f"{exc}: {exc.outcome()}"
    if isinstance(exc, WorkerDied) and exc.signal_number == signal.SIGKILL:
        line += " (fewer --jobs take less memory)"
    return line


def _progress_updater(progress):
    def update(report) -> None:
        progress.update()
        if progress.n % 50 == 0:  # the postfix redraw costs more than an article
            progress.set_postfix(built=report.articles, unchanged=report.unchanged, skipped=len(report.skipped),
                                 people=report.counts.get("people", 0), refresh=False)
    return update


def summary_table(report, seconds: float) -> str:
    """What this run built beside what the whole graph now holds."""
    from ..builder.work import COUNTED

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
