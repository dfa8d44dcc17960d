"""``kg query``, ``kg validate``, ``kg load``, ``kg serve``: thin layers over the store modules."""
from __future__ import annotations

from pathlib import Path

import click

from ..load import Credentials, LoadError, load
from ..query import FORMATS, named_queries, render, run, run_named
from ..serve import serve
from ..store import ArticleStore
from ..validate import validate

DEFAULT_STORE = Path("output") / "store"

store_option = click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_STORE,
    show_default=True, help="The store a build wrote (OUT/store).")


def _list_queries() -> str:
    lines = []
    for query in named_queries().values():
        lines.append(f"{query.usage()}\n    {query.description}")
        lines += [f"    {p.name}{'' if p.required else ' (optional)'}: {p.description}" for p in query.parameters]
    return "\n".join(lines)


@click.command("query")
@click.argument("name", required=False)
@click.argument("values", nargs=-1)
@store_option
@click.option("-e", "--sparql", help="Run this SPARQL text instead of a named query.")
@click.option("-f", "--file", "sparql_file", type=click.File(encoding="utf-8"), help="Run the SPARQL in this file.")
@click.option("-p", "--param", "params", multiple=True, metavar="VAR=VALUE",
              help="Bind ?VAR to the literal VALUE in an -e/-f query (repeatable).")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
def query_command(name, values, store_dir, sparql, sparql_file, params, output_format, list_queries):
    """Run a named query (NAME [VALUES...]) or any SPARQL 1.1 query over the store.

    Vocabulary prefixes (org:, foaf:, schema:, skos:, vnkg:, res: ...) are predeclared;
    values are bound as literals, never pasted into the query.
    """
    if list_queries:
        click.echo(_list_queries())
        return
    if sum(x is not None for x in (name, sparql, sparql_file)) != 1:
        raise click.UsageError("give a query NAME, or -e SPARQL, or -f FILE (see kg query --list)")
    try:
        with ArticleStore(store_dir, read_only=True) as store:
            if name is not None:
                query = named_queries().get(name)
                if query is None:
                    raise click.UsageError(f"no named query {name!r}; kg query --list shows them")
                result = run_named(store, query, values)
            else:
                bindings = {}
                for param in params:
                    var, sep, value = param.partition("=")
                    if not sep or not var:
                        raise click.UsageError(f"--param wants VAR=VALUE, not {param!r}")
                    bindings[var] = value
                text = sparql if sparql is not None else sparql_file.read()
                result = run(store, text, bindings)
    except SyntaxError as problem:
        raise click.ClickException(f"SPARQL syntax: {problem}") from None
    except (FileNotFoundError, ValueError) as problem:
        raise click.ClickException(str(problem)) from None
    text = render(result, output_format)
    click.echo(text, nl=not text.endswith("\n"))


@click.command("validate")
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default=Path("output") / "graph.ttl")
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Show warnings too.")
def validate_command(graph, warnings):
    """Check GRAPH (Turtle, TriG, N-Quads...) against the SHACL shapes; exit 1 on a violation."""
    report = validate(graph)
    click.echo(report.text(warnings=warnings))
    if not report.conforms:
        raise SystemExit(1)


@click.command("load")
@click.argument("endpoint")
@store_option
@click.option("--graph-per-article", is_flag=True, help="PUT each article as its own named graph.")
@click.option("--graph", "graph_name", help="Name of the one graph to PUT (default: the default graph).")
@click.option("--user", help="User for basic (or digest) authentication.")
@click.option("--password", help="Password for --user.")
@click.option("--progress/--no-progress", default=True, show_default=True)
def load_command(endpoint, store_dir, graph_per_article, graph_name, user, password, progress):
    """PUT the build to a SPARQL 1.1 Graph Store ENDPOINT (e.g. http://127.0.0.1:7878/store).

    PUT replaces, so loading again never duplicates. Without --user, a bearer
    token is taken from $VNKG_TOKEN when set.
    """
    if graph_per_article and graph_name:
        raise click.UsageError("--graph names the single graph; it cannot go with --graph-per-article")
    try:
        with ArticleStore(store_dir, read_only=True) as store:
            written = load(store, endpoint, graph_per_article=graph_per_article, graph=graph_name,
                           credentials=Credentials.from_options(user, password), progress=progress)
    except (FileNotFoundError, LoadError) as problem:
        raise click.ClickException(str(problem)) from None
    click.echo(f"loaded {len(written)} graph(s) into {endpoint}")


@click.command("serve")
@store_option
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
def serve_command(store_dir, port):
    """Serve the store read-only as a SPARQL endpoint on http://127.0.0.1:PORT/query."""
    click.echo(f"SPARQL endpoint: http://127.0.0.1:{port}/query (read-only; Ctrl-C stops it)", err=True)
    try:
        status = serve(store_dir, port)
    except FileNotFoundError as problem:
        raise click.ClickException(str(problem)) from None
    raise SystemExit(status)
