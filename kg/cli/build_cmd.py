"""``kg build`` and ``kg eval``."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..evaluate import evaluate_corpus, format_table
from ..pipeline import build as build_graph

EXIT_SKIPPED = 1


@click.command("build")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Output folder.")
@click.option("--view/--no-view", default=True, show_default=True, help="Write view.html.")
@click.option("--quiet", is_flag=True, help="Print only problems.")
def build(inputs: tuple[str, ...], out: Path, view: bool, quiet: bool) -> None:
    """Build the knowledge graph of INPUTS (files, folders, or - for standard input).

    Writes OUT/graph.ttl, OUT/graph.trig, OUT/graph.jsonld, OUT/view.html and the
    store OUT/store/. Exit status 0 when every input was built, 1 when some were skipped.
    """
    progress = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(desc="articles", unit=" art", file=sys.stderr)
    report = build_graph(inputs, out, view=view, on_article=(lambda _name: progress.update()) if progress else None)
    if progress:
        progress.close()
    for problem in report.skipped:
        click.echo(f"skipped {problem}", err=True)
    if not quiet:
        counts = report.counts
        click.echo(f"articles read   {report.articles}")
        click.echo(f"skipped         {len(report.skipped)}")
        for kind in ("people", "posts", "bodies", "documents", "events"):
            click.echo(f"{kind:<15} {counts.get(kind, 0)}")
        click.echo(f"triples         {report.triples}")
        click.echo(f"written         {', '.join(str(p) for p in report.outputs)}")
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


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
