"""``kg view`` and ``kg export``: the graph as an interactive page or a GraphML/GEXF file."""
from __future__ import annotations

from pathlib import Path

import click

from ..network import KINDS, graph_from_rdf, write_gexf, write_graphml
from ..popolo import write_popolo
from ..rdf_files import GraphFileError, read_graph
from ..view import write_view
from .options import graph_source_argument


def _network(source: Path):
    try:
        network = graph_from_rdf(read_graph(source))
    except (FileNotFoundError, GraphFileError) as exc:
        raise click.ClickException(str(exc)) from None
    if not network.number_of_nodes():
        raise click.ClickException(f"no person, body, document or event in {source}: is it a vnkg graph?")
    return network


def _kinds(ctx, param, value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    kinds = tuple(dict.fromkeys(k.strip() for k in value.split(",") if k.strip()))
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise click.BadParameter(f"unknown kind(s) {', '.join(unknown)}; choose from {','.join(KINDS)}")
    return kinds


@click.command("view")
@graph_source_argument("source")
@click.option("--focus", metavar="NAME|IRI", help="Show only what lies near the nodes of this name or IRI.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True,
              help="Steps from the focus to include.")
@click.option("--types", callback=_kinds, metavar="KIND,...",
              help=f"Kinds of node to show, from {','.join(KINDS)} (default: all).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Drop events and posts dated before DATE.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Drop events and posts dated after DATE.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Keep at most this many nodes, the most connected ones.")
@click.option("--title", default="vnkg network", show_default=True, help="Title of the page.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write.")
def view_command(source, focus, depth, types, since, until, max_nodes, title, out) -> None:
    """Write an interactive network view of the graph in SOURCE as one offline HTML page.

    SOURCE is an output folder, or a graph file it holds (.trig, .ttl, .jsonld, .nt).
    """
    if since and until and since > until:
        raise click.BadParameter(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}", param_hint="--since")
    network = _network(source)
    try:
        stats = write_view(network, out, focus=focus, depth=depth, types=types,
                           since=since.date() if since else None, until=until.date() if until else None,
                           max_nodes=max_nodes, title=title)
    except LookupError as exc:
        raise click.BadParameter(str(exc.args[0]), param_hint="--focus") from exc
    click.echo(f"wrote {out}: {stats.nodes} nodes, {stats.edges} edges")
    if stats.cut:
        left_out = ", ".join(f"{count} {kind}" for kind, count in stats.left_out.items())
        click.echo(f"left out {stats.cut} of {stats.total_nodes} nodes (the least connected): {left_out}")


@click.command("export")
@graph_source_argument("source")
@click.option("--format", "file_format", type=click.Choice(["graphml", "gexf", "popolo"]), required=True,
              help="GraphML (yEd, Cytoscape), GEXF (Gephi), or Popolo JSON (persons, organizations, posts, "
                   "memberships, events) for civic-tech tools.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
def export_command(source, file_format, out) -> None:
    """Write the graph in SOURCE for Gephi, Cytoscape, yEd, or Popolo's tools.

    SOURCE is an output folder, or a graph file it holds (.trig, .ttl, .jsonld, .nt).
    """
    if file_format == "popolo":
        try:
            counts = write_popolo(read_graph(source), out)
        except (FileNotFoundError, GraphFileError) as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"wrote {out}: " + ", ".join(f"{count} {key}" for key, count in counts.items()))
        return
    network = _network(source)
    (write_graphml if file_format == "graphml" else write_gexf)(network, out)
    click.echo(f"wrote {out}: {network.number_of_nodes()} nodes, {network.number_of_edges()} edges")
