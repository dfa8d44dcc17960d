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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from importlib.util import find_spec

import networkx as nx
from rdflib import Graph

from .fsutil import atomic_write_text
from .network import KINDS, Selection, graph_from_rdf, select

# Found without importing pyvis, which imports IPython (a quarter of a second) for nothing the page needs
VIS_ASSETS = Path(find_spec("pyvis").submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2"
LAYOUT_SEED = 20240601

# kind -> (legend label, colour, vis-network shape, legend glyph)
KIND_STYLE = {
    "person": ("Person", "#d62728", "dot", "●"),
    "body": ("Body", "#1f77b4", "square", "■"),
    "post": ("Post", "#ff7f0e", "diamond", "◆"),
    "document": ("Document", "#2ca02c", "triangle", "▲"),
    "event": ("Event", "#9467bd", "star", "★"),
    "article": ("Article", "#8c564b", "hexagon", "⬢"),
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
    network = graph if isinstance(graph, nx.MultiDiGraph) else graph_from_rdf(graph)
    selection = select(network, focus=focus, depth=depth, types=types, since=since, until=until,
                       max_nodes=max_nodes)
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
    # Barnes-Hut with theta 1.5 and no adaptive timestep costs about a third
    # of vis-network's defaults per physics step; with the iteration budget
    # shrinking as the graph grows, ~2,000 nodes load and settle in about 2.3 s
    # in headless Chromium on two cores (benchmarks/view_load.py). Small graphs,
    # being cheap, get more iterations for a tidier layout. Physics is switched
    # off once settled, so nothing moves afterwards.
    iterations = max(100, min(500, 200_000 // max(node_count, 1)))
    return {
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": node_count <= 150},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"theta": 1.5, "gravitationalConstant": -50, "centralGravity": 0.01, "springLength": 90,
                                 "springConstant": 0.08, "damping": 0.6, "avoidOverlap": 0},
            "maxVelocity": 60,
            "minVelocity": 1,
            "timestep": 0.5, "adaptiveTimestep": False,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": node_count > 300,
                        "multiselect": True},
        "nodes": {"borderWidth": 1, "font": {"size": 13, "face": "sans-serif", "color": "#222222"},
                  "scaling": {"min": 8, "max": 40, "label": {"enabled": False}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.45}}, "width": 0.8, "smooth": False,
                  "color": {"color": "#a0a0a0", "highlight": "#333333", "hover": "#555555", "inherit": False},
                  "font": {"size": 9, "color": "#444444", "strokeWidth": 3, "align": "middle"}},
    }


def _page_data(selection: Selection) -> dict:
    graph = selection.graph
    nodes = [
        {"id": node, "label": data["label"], "name": data["name"], "kind": data["kind"], "iri": data["iri"],
         "search": data["search"], "rows": [list(row) for row in data["details"]], "degree": graph.degree(node)}
        for node, data in sorted(graph.nodes(data=True))
    ]
    edges = [
        {"id": f"e{index}", "from": u, "to": v, "label": data["label"]}
        for index, (u, v, _, data) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]))
    ]
    kinds = {kind: {"label": label, "color": colour, "shape": shape}
             for kind, (label, colour, shape, _) in KIND_STYLE.items()}
    return {"nodes": nodes, "edges": edges, "kinds": kinds, "focus": list(selection.focus),
            "options": _options(len(nodes))}


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
    counts = {kind: 0 for kind in KINDS}
    for _, kind in graph.nodes(data="kind"):
        counts[kind] += 1
    legend = "\n".join(
        f'<label class="vnkg-kind"><input type="checkbox" id="vnkg-kind-{kind}" data-kind="{kind}" checked> '
        f'<span class="vnkg-glyph" style="color:{KIND_STYLE[kind][1]}">{KIND_STYLE[kind][3]}</span> '
        f'{html.escape(KIND_STYLE[kind][0])} <span class="vnkg-count">({counts[kind]})</span></label>'
        for kind in KINDS if counts[kind]
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


PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>{page_css}</style>
</head>
<body>
<aside id="vnkg-panel">
<h1>{title}</h1>
<p id="vnkg-counts">{counts}</p>
{note}
<label for="vnkg-search">Search by name</label>
<input id="vnkg-search" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. Nguyễn, Tỉnh ủy">
<p id="vnkg-match-count" aria-live="polite"></p>
<ul id="vnkg-matches"></ul>
<fieldset id="vnkg-legend"><legend>Kinds (untick to hide)</legend>
{legend}
</fieldset>
<p id="vnkg-status" aria-live="polite">Laying out…</p>
</aside>
<main id="vnkg-network"></main>
<script type="application/json" id="vnkg-data">{data}</script>
<script>{vis_js}</script>
<script>{app_js}</script>
</body>
</html>
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.35 system-ui, sans-serif; color: #222; }
body { display: flex; }
#vnkg-panel { width: 270px; flex: none; padding: 10px 12px; overflow-y: auto; border-right: 1px solid #ddd;
  background: #fafafa; box-sizing: border-box; height: 100%; }
#vnkg-panel h1 { font-size: 17px; margin: 0 0 6px; }
#vnkg-network { flex: 1; height: 100%; min-width: 0; }
#vnkg-search { width: 100%; box-sizing: border-box; padding: 4px 6px; margin-top: 2px; }
#vnkg-cut-note { background: #fff3cd; border: 1px solid #e0c36c; padding: 6px; border-radius: 4px; }
#vnkg-matches { list-style: none; padding: 0; margin: 0 0 8px; max-height: 30vh; overflow-y: auto; }
#vnkg-matches button { all: unset; cursor: pointer; display: block; padding: 1px 0; color: #1a5fb4; }
#vnkg-matches button:hover { text-decoration: underline; }
#vnkg-legend { border: 1px solid #ddd; padding: 4px 8px; }
.vnkg-kind { display: block; cursor: pointer; }
.vnkg-glyph { display: inline-block; width: 1.2em; text-align: center; }
.vnkg-count, #vnkg-status, #vnkg-match-count { color: #666; }
div.vis-tooltip { white-space: normal; max-width: 440px; font: 13px/1.35 system-ui, sans-serif;
  background: #fffdf5; border: 1px solid #bbb; padding: 6px 8px; }
.vnkg-tip-name { font-weight: bold; font-size: 14px; }
.vnkg-tip-kind { color: #666; margin-bottom: 4px; }
"""

# The page's behaviour. Every string from the graph goes through textContent or
# createTextNode, never innerHTML; vis-network gets tooltips as DOM elements.
APP_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("vnkg-data").textContent);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }

  function nodeTip(n) {
    var box = element("div", "vnkg-tip");
    box.appendChild(element("div", "vnkg-tip-name", n.name));
    box.appendChild(element("div", "vnkg-tip-kind", data.kinds[n.kind].label + " \\u00b7 " + n.iri));
    n.rows.forEach(function (row) {
      var line = element("div", "vnkg-tip-row");
      line.appendChild(element("b", "", row[0] + ": "));
      line.appendChild(document.createTextNode(row[1]));
      box.appendChild(line);
    });
    return box;
  }

  function edgeTip(e) {
    return element("div", "vnkg-tip", byId[e.from].name + " \\u2192 " + e.label + " \\u2192 " + byId[e.to].name);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var colour = data.kinds[n.kind].color;
    return {
      id: n.id, label: n.label, kind: n.kind, value: n.degree, shape: data.kinds[n.kind].shape,
      color: {background: colour, border: "#333333", highlight: {background: colour, border: "#000000"},
              hover: {background: colour, border: "#000000"}},
      borderWidth: data.focus.indexOf(n.id) >= 0 ? 4 : 1,
      title: nodeTip(n), hidden: false
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label, title: edgeTip(e)};
  }));

  var status = document.getElementById("vnkg-status");
  var counts = document.getElementById("vnkg-counts");
  var network = new vis.Network(document.getElementById("vnkg-network"), {nodes: nodes, edges: edges}, data.options);

  function shown() {
    return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
  }
  function showCounts() {
    var now = shown();
    counts.textContent = now.nodes + " nodes, " + now.edges + " edges shown";
  }
  function settled() {
    network.setOptions({physics: {enabled: false}});
    document.body.setAttribute("data-stabilized", "true");
    status.textContent = "Drag to move, scroll to zoom, hover for details.";
  }
  if (data.nodes.length === 0) { settled(); } else { network.once("stabilizationIterationsDone", settled); }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out\\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });

  function fold(text) {
    return text.toLowerCase().replace(/\\u0111/g, "d").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").normalize("NFC");
  }

  var input = document.getElementById("vnkg-search");
  var matchCount = document.getElementById("vnkg-match-count");
  var matchList = document.getElementById("vnkg-matches");
  var lastMatches = [];

  function search(query) {
    var wanted = fold(query.trim());
    matchList.textContent = "";
    if (!wanted) {
      lastMatches = [];
      matchCount.textContent = "";
      network.unselectAll();
      return lastMatches;
    }
    lastMatches = data.nodes.filter(function (n) {
      return !nodes.get(n.id).hidden && n.search.indexOf(wanted) >= 0;
    }).map(function (n) { return n.id; });
    network.selectNodes(lastMatches, false);
    matchCount.textContent = lastMatches.length + (lastMatches.length === 1 ? " match" : " matches");
    lastMatches.slice(0, 50).forEach(function (id) {
      var item = element("li");
      var button = element("button", "", byId[id].name + " (" + data.kinds[byId[id].kind].label + ")");
      button.type = "button";
      button.addEventListener("click", function () {
        network.selectNodes([id], false);
        network.focus(id, {scale: 1.2, animation: false});
      });
      item.appendChild(button);
      matchList.appendChild(item);
    });
    return lastMatches;
  }
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && lastMatches.length) { network.fit({nodes: lastMatches, animation: false}); }
  });

  document.querySelectorAll("#vnkg-legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      nodes.update(data.nodes.filter(function (n) { return n.kind === kind; })
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
      showCounts();
      if (input.value) { search(input.value); }
    });
  });

  showCounts();
  window.vnkgView = {network: network, nodes: nodes, edges: edges, search: search, shown: shown};
})();
"""
