"""The ``kg`` command line: a thin layer over the Python API in :mod:`kg`.

Each command's module is imported only when that command runs: together they import
rdflib, Oxigraph, networkx and the extraction's lexicons, which took ``kg --help``
seconds. ``kg --help`` lists the commands from the summaries below (a test holds them
to the commands' own).
"""
from __future__ import annotations

from importlib import import_module

import click

# name: (module in kg.cli, the command in it, its summary for kg --help)
COMMANDS = {
    "build": ("build_cmd", "build",
                 "Build the knowledge graph of INPUTS (files, folders, or - for standard input)."),
    "eval": ("eval_cmd", "evaluate",
                 "Score the extraction of CORPUS against gold annotations in GOLD (one JSON per article, "
                 "named after it)."),
    "explain": ("explain_cmd", "explain_command",
                 "Explain who PERSON (a name as articles write it; tone marks optional) is across the "
                 "articles of the build in BUILD (an output folder, default output): which article's "
                 "mentions were taken to be one person and why, and which namesakes were kept apart and "
                 "why."),
    "export": ("view_cmd", "export_command",
                 "Write the graph in SOURCE for Gephi, Cytoscape, yEd, or Popolo's tools."),
    "load": ("store_cmd", "load_command",
                 "PUT the build to a SPARQL 1.1 Graph Store ENDPOINT (e.g. http://127.0.0.1:7878/store)."),
    "query": ("store_cmd", "query_command",
                 "Run a named query (NAME [VALUES...]), a query file (NAME.rq or -f FILE) or any SPARQL "
                 "1.1 query (-e) over the store."),
    "serve": ("store_cmd", "serve_command",
                 "Serve the store read-only as a SPARQL endpoint on http://127.0.0.1:PORT/query."),
    "validate": ("store_cmd", "validate_command",
                 "Check GRAPH against the SHACL shapes; exit 1 on a violation."),
    "view": ("view_cmd", "view_command",
                 "Write an interactive network view of the graph in SOURCE as one offline HTML page."),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(import_module(f"{__name__}.{module}"), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(map(len, COMMANDS))
        rows = [(name, click.utils.make_default_short_help(summary, limit))
                for name, (_, _, summary) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def main() -> None:
    """vnkg: knowledge graphs from Vietnamese political news."""
