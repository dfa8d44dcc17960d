"""``kg query``, ``kg validate``, ``kg load``, ``kg serve``: thin layers over the store modules."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click

from ..load import Credentials, LoadError, load
from ..query import FORMATS, is_update, named_queries, parse_value, render, run_named, run_values
from ..rdf_files import GraphFileError, read_graph
from ..serve import ServeError, serve
from ..store import ArticleStore
from ..validate import validate
from .options import graph_source_argument, store_option


def _list_queries() -> str:
    lines = []
    for query in named_queries().values():
        lines.append(f"{query.usage()}\n    {query.description}")
        lines += [f"    {p.name}{'' if p.required else ' (optional)'}: {p.description}" for p in query.parameters]
    return "\n".join(lines)


@click.command("query", epilog="""\b
Examples, on the build of examples/:
  kg query people-of "Quận ủy Bình Lâm"
  kg query holders-of "Bí thư" "Quận ủy Quận 9"
  kg query -e 'SELECT ?p ?name WHERE { ?p foaf:name ?name }' -p name="Lê Thị Thu Hà"
  kg query examples/who-chaired.rq --format csv""")
@click.argument("name", required=False)
@click.argument("values", nargs=-1)
@store_option
@click.option("-e", "--sparql", help="Run this SPARQL text instead of a named query.")
@click.option("-f", "--file", "sparql_file", type=click.File(encoding="utf-8"),
              help="Run the SPARQL in this file (or name the .rq file as NAME).")
@click.option("-p", "--param", "params", multiple=True, metavar="VAR=VALUE",
              help='Bind ?VAR (named in SELECT) to VALUE in an -e/-f query (repeatable): plain text, '
                   'tried as "VALUE"@vi too when it finds nothing (names and labels are tagged @vi); '
                   'VALUE@vi for that tag only, <IRI> for an IRI.')
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="table", show_default=True,
              help="SELECT: SPARQL results as CSV, TSV, JSON, or an aligned table. "
                   "CONSTRUCT: Turtle (table), JSON-LD (json), subject/predicate/object rows (csv, tsv).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
def query_command(name, values, store_dir, sparql, sparql_file, params, output_format, list_queries):
    """Run a named query (NAME [VALUES...]), a query file (NAME.rq or -f FILE) or any SPARQL 1.1
    query (-e) over the store. The store is only read: updates are refused.

    Vocabulary prefixes (org:, foaf:, schema:, skos:, vnkg:, res:, owl:, rdf: ...) are predeclared;
    values are bound as RDF terms, never pasted into the query.
    """
    if list_queries:
        click.echo(_list_queries())
        return
    named = None
    if name is not None and sparql is None and sparql_file is None:
        named = named_queries().get(name)
        if named is None and (name.endswith(".rq") or Path(name).is_file()):
            sparql_file, name = _query_file(name), None
        elif named is None:
            raise click.UsageError(f"no named query {name!r}; kg query --list shows them")
    if sum(x is not None for x in (name, sparql, sparql_file)) != 1:
        raise click.UsageError("give a query NAME, a FILE.rq, or -e SPARQL, or -f FILE (see kg query --list)")
    if values and named is None:
        raise click.UsageError("values follow a named query; give those of a SPARQL query with -p VAR=VALUE")
    text = sparql if sparql is not None else sparql_file.read() if sparql_file else None
    if text is not None and is_update(text):
        raise click.UsageError("updates are not allowed: kg query only reads the store (kg build writes it)")
    bindings = _bindings(params)
    try:
        with ArticleStore(store_dir, read_only=True) as store:
            result = run_named(store, named, values) if named else run_values(store, text, bindings)
    except SyntaxError as problem:
        raise click.ClickException(f"SPARQL syntax: {problem}") from None
    except (FileNotFoundError, ValueError, RuntimeError) as problem:
        raise click.ClickException(str(problem)) from None
    text = render(result, output_format)
    click.echo(text, nl=not text.endswith("\n"))


def _query_file(path: str):
    try:
        return click.open_file(path, encoding="utf-8")
    except OSError as problem:
        raise click.BadParameter(f"cannot read {path}: {problem.strerror or problem}", param_hint="NAME") from None


def _bindings(params: tuple[str, ...]) -> dict:
    bindings = {}
    for param in params:
        var, sep, value = param.partition("=")
        if not sep or not var:
            raise click.UsageError(f"--param wants VAR=VALUE, not {param!r}")
        bindings[var.lstrip("?$")] = parse_value(value)
    return bindings


@click.command("validate")
@graph_source_argument("graph", exists=True)
@click.option("--warnings/--no-warnings", default=True, show_default=True, help="Show warnings too.")
def validate_command(graph, warnings):
    """Check GRAPH against the SHACL shapes; exit 1 on a violation.

    GRAPH is an output folder, or a graph file (.ttl, .trig, .jsonld, .nt, .nq).
    """
    try:
        report = validate(read_graph(graph))
    except (FileNotFoundError, GraphFileError) as problem:
        raise click.ClickException(str(problem)) from None
    click.echo(report.text(warnings=warnings))
    if not report.conforms:
        raise SystemExit(1)


def _endpoint(ctx, param, value: str) -> str:
    url = urlsplit(value)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise click.BadParameter(f"{value!r} is not an http:// or https:// URL; a Graph Store endpoint "
                                 "looks like http://127.0.0.1:7878/store")
    return value


@click.command("load")
@click.argument("endpoint", callback=_endpoint)
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
    if bool(user) != (password is not None):
        raise click.UsageError("--user and --password go together" if user else "--password needs --user")
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
    """Serve the store read-only as a SPARQL endpoint on http://127.0.0.1:PORT/query.

    Queries may use the prefixes kg query predeclares; updates are refused. Ctrl-C (or
    ending the process) stops it and frees the port.
    """
    def announce(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url} (read-only; Ctrl-C stops it)", err=True)

    try:
        serve(store_dir, port, on_ready=announce)
    except (FileNotFoundError, OSError, ServeError) as problem:
        raise click.ClickException(str(problem)) from None
