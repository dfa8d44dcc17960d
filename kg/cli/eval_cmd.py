"""``kg eval``: the extraction scored against the user's own annotations."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..evaluate import evaluate_corpus, format_table, gold_articles


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="List every miss and every extra.")
def evaluate(corpus: Path, gold: Path, errors: bool) -> None:
    """Score the extraction of CORPUS against gold annotations in GOLD (one JSON per article, named after it).

    Prints precision, recall and F1 per kind of fact and the headline F1 as ../shared/eval/score.py
    does. Exit status 0 when every annotated article was built, 1 when some could not be,
    2 when GOLD holds no annotation or none of CORPUS's articles.
    """
    try:
        pairs = gold_articles(corpus, gold)
    except (json.JSONDecodeError, UnicodeDecodeError) as problem:
        raise click.ClickException(f"a gold file in {gold} is not JSON: {problem}") from None
    if not pairs:
        raise click.BadParameter(f"no gold annotation (*.json) in {gold}", param_hint="GOLD")
    if not any(article.is_file() for _, article in pairs):
        raise click.BadParameter(f"{corpus} holds none of the {len(pairs)} articles annotated in {gold} "
                                 f"(such as {pairs[0][1].name})", param_hint="CORPUS")
    result = evaluate_corpus(corpus, gold)
    click.echo(format_table(result))
    if errors:
        for line in result.errors():
            click.echo(line)
    if result.failed:
        for failure in result.failed:
            click.echo(f"FAILED {failure}", err=True)
        sys.exit(1)
