"""An interactive network view of the graph: one self-contained HTML page.

The page draws the network with vis-network, the library pyvis bundles, inlined
so that it works offline from file://. Article text (names, sentences) travels
only as JSON data inside a non-executed script element, with ``<``, ``>`` and
``&`` escaped, and reaches the page through ``textContent``: a name such as
``<script>...`` stays text. A Content-Security-Policy that allows only the
page's own two scripts (by hash) and no network access backs this up.

The same graph gives the same bytes: nodes and edges are sorted, JSON keys are
sorted, and the layout starts from a fixed random seed.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from importlib.util import find_spec

import networkx as nx
from rdflib import Graph

from .fsutil import atomic_write_text
from .network import NodeKind, Selection, graph_from_rdf, select, select_from_rdf
from .view_career import career_grid
from .view_page import APP_JS, PAGE, PAGE_CSS

# Found without importing pyvis, which imports IPython (a quarter of a second) for nothing the page needs
VIS_ASSETS = Path(find_spec("pyvis").submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
LAYOUT_SEED = 20240601
LABEL_ALL = 80  # a view of at most this many nodes labels them all, and its edges
# A larger view labels its most connected people and bodies, this many of each: a reader starts
# from a name; events, documents and posts say what they are on hover.
LABELLED = {NodeKind.PERSON: 20, NodeKind.BODY: 10}
# Label sizes on screen: a small view's; a large one's, whatever the zoom, from its least to its
# most connected labelled node.
LABEL_FONT, LARGEST_FONT = 13, 18
TOP_PEOPLE = 10  # listed in the panel, to start from

# kind -> (legend label, colour, vis-network shape, legend glyph)
KIND_STYLE = {
    NodeKind.PERSON: ("Person", "#d62728", "dot", "●"),
    NodeKind.BODY: ("Body", "#1f77b4", "square", "■"),
    NodeKind.POST: ("Post", "#ff7f0e", "diamond", "◆"),
    NodeKind.DOCUMENT: ("Document", "#2ca02c", "triangle", "▲"),
    NodeKind.EVENT: ("Event", "#9467bd", "star", "★"),
    NodeKind.ARTICLE: ("Article", "#8c564b", "hexagon", "⬢"),
}


@dataclass(frozen=True)
class ViewStats:
    """What a written view shows, and what its node budget left out."""

    nodes: int
    edges: int
    total_nodes: int
    left_out: dict[str, int] = field(default_factory=dict)
    focus: tuple[str, ...] = ()

    @property
    def cut(self) -> int:
        return sum(self.left_out.values())


def write_view(graph: Graph | nx.MultiDiGraph, path: str | Path, *, focus: str | None = None, depth: int = 2,
               types: list[str] | tuple[str, ...] | None = None, since: date | str | None = None,
               until: date | str | None = None, max_nodes: int = 1500, title: str = "vnkg network") -> ViewStats:
    """Write the view of ``graph`` (RDF, or a network from :func:`kg.network.graph_from_rdf`) to ``path``.

    The filters are those of :func:`kg.network.select`; LookupError when
    ``focus`` names no node.
    """
    if isinstance(graph, nx.MultiDiGraph) or focus or types is not None or since or until:
        network = graph if isinstance(graph, nx.MultiDiGraph) else graph_from_rdf(graph)
        selection = select(network, focus=focus, depth=depth, types=types, since=since, until=until,
                           max_nodes=max_nodes)
    else:  # the budget alone: only the nodes it keeps need their cards
        selection = select_from_rdf(graph, max_nodes)
    atomic_write_text(Path(path), render_view(selection, title=title))
    return ViewStats(nodes=selection.graph.number_of_nodes(), edges=selection.graph.number_of_edges(),
                     total_nodes=selection.total_nodes, left_out=selection.left_out, focus=selection.focus)


def cut_note(selection: Selection) -> str:
    """The sentence that tells a reader the view is not the whole selection; empty when it is."""
    if not selection.cut:
        return ""
    kept = selection.graph.number_of_nodes()
    parts = ", ".join(f"{count} {KIND_STYLE[kind][0].lower()}{'s' if count != 1 else ''}"
                      for kind, count in selection.left_out.items())
    return (f"Showing the {kept} most connected of {selection.total_nodes} nodes; "
            f"left out: {parts}. Narrow with --focus, --types or dates, or raise --max-nodes.")


def _options(node_count: int) -> dict:
    # ForceAtlas2 with theta 1.5 and no adaptive timestep costs about a third of
    # vis-network's defaults per physics step; the iteration budget shrinks as the graph
    # grows (~2,000 nodes load and settle in a few seconds in headless Chromium on two
    # cores, benchmarks/view_load.py) and small graphs, being cheap, get enough to settle:
    # a graph cut off mid-way is an even disc in which no cluster shows. Physics is
    # switched off once settled, so nothing moves afterwards; a small graph gets longer
    # springs, room for the labels all its nodes carry.
    iterations = max(150, min(1500, 400_000 // max(node_count, 1)))
    small = node_count <= LABEL_ALL
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": node_count <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"theta": 1.5 if node_count > 600 else 0.8, "gravitationalConstant": -120,
                                 "centralGravity": 0.01 if small else 0.02, "springLength": 130 if small else 60,
                                 "springConstant": 0.08, "damping": 0.5, "avoidOverlap": 0.5},
            "maxVelocity": 60,
            "minVelocity": 1,
            "timestep": 0.5, "adaptiveTimestep": False,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": node_count > 300,
                        "multiselect": True},
        "nodes": {"borderWidth": 1, "font": {"size": LABEL_FONT, "face": "sans-serif", "color": "#222222",
                                             "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 40, "label": {"enabled": False}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "width": 0.8, "smooth": False,
                  "color": {"color": "#a0a0a0", "highlight": "#333333", "hover": "#555555", "inherit": False},
                  "font": {"size": 10, "color": "#444444", "strokeWidth": 3, "align": "middle"}},
    }


def labelled_nodes(selection: Selection) -> set[str]:
    """The nodes whose label is drawn: all of a small view; in a larger one its most connected
    people and bodies, and the focus (the others show their name on hover)."""
    graph = selection.graph
    if graph.number_of_nodes() <= LABEL_ALL:
        return set(graph.nodes)
    chosen = set(selection.focus)
    degree = dict(graph.degree())
    for kind, count in LABELLED.items():
        ranked = sorted((n for n, k in graph.nodes(data="kind") if k == kind), key=lambda n: (-degree[n], n))
        chosen.update(ranked[:count])
    return chosen


def _post_edges(graph) -> list[dict]:
    """For each post, holder -> body edges named after the role: drawn when the page hides posts."""
    found = []
    for post, data in sorted(graph.nodes(data=True)):
        if data["kind"] != NodeKind.POST:
            continue
        holders = sorted(u for u, _, label in graph.in_edges(post, keys=True) if label == "holds")
        bodies = sorted(v for _, v, label in graph.out_edges(post, keys=True) if label == "in")
        found += [{"id": f"p{len(found) + i}", "from": h, "to": b, "label": data["label"]}
                  for i, (h, b) in enumerate((h, b) for h in holders for b in bodies)]
    return found


def _page_data(selection: Selection) -> dict:
    graph = selection.graph
    labelled = labelled_nodes(selection)
    small = graph.number_of_nodes() <= LABEL_ALL
    degree = dict(graph.degree())
    top_degree = max((degree[n] for n in labelled), default=1) or 1
    nodes = [
        {"id": node, "label": data["label"], "name": data["name"], "kind": data["kind"], "iri": data["iri"],
         "search": data["search"], "rows": [list(row) for row in data["details"]],
         "cites": [list(c) for c in data.get("cites", ())] or [[] for _ in data["details"]],
         "name_cites": list(data.get("name_cites", ())), "degree": degree[node], "labelled": node in labelled,
         "career": career_grid(data.get("career", ())),
         # On screen, a large view's labels grow with the node's connections.
         "pixels": LABEL_FONT if small else LABEL_FONT + round((LARGEST_FONT - LABEL_FONT) * degree[node] / top_degree)}
        for node, data in sorted(graph.nodes(data=True))
    ]
    edges = []
    pairs: Counter[frozenset] = Counter()
    for index, (u, v, _, data) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        edge = {"id": f"e{index}", "from": u, "to": v, "label": data["label"]}
        # A second edge between the same two nodes (attended and spoke) curves, its label apart from the first's.
        pairs[frozenset((u, v))] += 1
        if pairs[frozenset((u, v))] > 1:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * (pairs[frozenset((u, v))] - 1)}
        edges.append(edge)
    kinds = {kind: {"label": label, "color": colour, "shape": shape}
             for kind, (label, colour, shape, _) in KIND_STYLE.items()}
    people = sorted((n for n, kind in graph.nodes(data="kind") if kind == NodeKind.PERSON), key=lambda n: (-degree[n], n))
    return {"nodes": nodes, "edges": edges, "postEdges": _post_edges(graph), "kinds": kinds,
            "focus": list(selection.focus), "topPeople": people[:TOP_PEOPLE], "edgeLabels": small,
            "fixedLabels": small, "options": _options(len(nodes))}


def script_json(value) -> str:
    """JSON that cannot end the script element it sits in, nor open a comment or entity."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _vendor(name: str) -> str:
    text = (VIS_ASSETS / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower() or "<!--" in text:
        raise RuntimeError(f"{name} from pyvis cannot be inlined safely")
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_view(selection: Selection, *, title: str = "vnkg network") -> str:
    """The HTML page of ``selection``."""
    graph = selection.graph
    data = _page_data(selection)
    counts = {kind.value: 0 for kind in NodeKind}
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    legend = "\n".join(
        f'<label class="vnkg-kind"><input type="checkbox" id="vnkg-kind-{kind}" data-kind="{kind}" checked> '
        f'<span class="vnkg-glyph" style="color:{KIND_STYLE[kind][1]}">{KIND_STYLE[kind][3]}</span> '
        f'{html.escape(KIND_STYLE[kind][0])} <span class="vnkg-count">({counts[kind]})</span></label>'
        for kind in counts if counts[kind]
    )
    note = cut_note(selection)
    note_html = f'<p id="vnkg-cut-note" role="note">{html.escape(note)}</p>' if note else ""
    vis_js = _vendor("vis-network.min.js")
    app_js = APP_JS
    policy = (f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}; "
              "style-src 'unsafe-inline'; img-src data:")
    return PAGE.format(
        policy=policy,
        title=html.escape(title),
        vis_css=_vendor("vis-network.css"),
        page_css=PAGE_CSS,
        counts=f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
        note=note_html,
        legend=legend,
        data=script_json(data),
        vis_js=vis_js,
        app_js=app_js,
    )
