"""``kg explain``: who a name is across the articles, and why."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from click.core import ParameterSource

from ..explain import explain
from ..output_folder import OutputFolder
from ..store import ArticleStore
from .options import store_option


@click.command("explain")
@click.argument("person")
@click.argument("build", required=False, type=click.Path(file_okay=False, path_type=Path))
@store_option
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), hidden=True,
              help="The output folder of a build (the positional BUILD; kept for older scripts).")
@click.pass_context
def explain_command(ctx: click.Context, person: str, build: Path | None, store_dir: Path, out: Path | None) -> None:
    """Explain who PERSON (a name as articles write it; tone marks optional) is across the articles
    of the build in BUILD (an output folder, default output): which article's mentions were taken
    to be one person and why, and which namesakes were kept apart and why."""
    store_given = ctx.get_parameter_source("store_dir") is not ParameterSource.DEFAULT
    if sum((build is not None, store_given, out is not None)) > 1:
        raise click.UsageError("name the build once: BUILD, or --store DIR")
    if not store_given:
        store_dir = OutputFolder(build or out).store if (build or out) else store_dir
    try:
        store = ArticleStore(store_dir, read_only=True)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    with store:
        identities = explain(store, person)
    if not identities:
        click.echo(f"no person named {person!r} in {store_dir}", err=True)
        sys.exit(1)
    for identity in identities:
        click.echo(f"{identity.name}  <{identity.iri}>")
        for mention in identity.mentions:
            posts = f", {'; '.join(mention.posts)}" if mention.posts else ""
            click.echo(f"  {mention.file} ({mention.date or 'undated'}): {mention.name}{posts}")
            click.echo(f"      {mention.reason or 'first mention'}")
        for note in identity.kept_apart:
            click.echo(f"  kept apart: {note}")
        click.echo()
