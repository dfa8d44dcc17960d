"""The view's page: its HTML, its style and its behaviour (see :mod:`kg.view` for what fills it).

Every string from the graph goes through textContent or createTextNode, never innerHTML;
vis-network gets tooltips as DOM elements.
"""

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
<label for="vnkg-search">Search by name</label>
<input id="vnkg-search" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. Nguyễn, Tỉnh ủy" autofocus>
<p id="vnkg-match-count" aria-live="polite"></p>
<ul id="vnkg-matches"></ul>
<section id="vnkg-card" aria-live="polite" hidden></section>
<section id="vnkg-top"><h2>Most connected people</h2><ul id="vnkg-top-people"></ul></section>
<p id="vnkg-counts">{counts}</p>
{note}
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
#vnkg-panel { width: 300px; flex: none; padding: 10px 12px; overflow-y: auto; border-right: 1px solid #ddd;
  background: #fafafa; box-sizing: border-box; height: 100%; }
#vnkg-panel h1 { font-size: 17px; margin: 0 0 8px; }
#vnkg-panel h2 { font-size: 14px; margin: 10px 0 4px; }
#vnkg-network { flex: 1; height: 100%; min-width: 0; }
#vnkg-search { width: 100%; box-sizing: border-box; padding: 6px 8px; margin-top: 2px; font-size: 15px; }
#vnkg-cut-note { background: #fff3cd; border: 1px solid #e0c36c; padding: 6px; border-radius: 4px; }
#vnkg-matches, #vnkg-top-people { list-style: none; padding: 0; margin: 0 0 8px; max-height: 30vh; overflow-y: auto; }
#vnkg-matches button, #vnkg-top-people button { all: unset; cursor: pointer; display: block; padding: 1px 0;
  color: #1a5fb4; }
#vnkg-matches button:hover, #vnkg-top-people button:hover { text-decoration: underline; }
#vnkg-card { background: #fff; border: 1px solid #ccc; border-radius: 4px; padding: 6px 8px; margin: 6px 0; }
#vnkg-legend { border: 1px solid #ddd; padding: 4px 8px; }
.vnkg-kind { display: block; cursor: pointer; }
.vnkg-glyph { display: inline-block; width: 1.2em; text-align: center; }
.vnkg-count, #vnkg-status, #vnkg-match-count, #vnkg-counts { color: #666; }
div.vis-tooltip { white-space: normal; max-width: 440px; font: 13px/1.35 system-ui, sans-serif;
  background: #fffdf5; border: 1px solid #bbb; padding: 6px 8px; }
.vnkg-tip-name { font-weight: bold; font-size: 14px; }
.vnkg-tip-kind { color: #666; margin-bottom: 4px; word-break: break-all; }
.vnkg-tip-row { margin: 1px 0; }
.vnkg-cite { font-size: 11px; vertical-align: super; margin-left: 2px; color: #1a5fb4; text-decoration: none; }
.vnkg-source.vnkg-cited { background: #fff3a8; outline: 1px solid #e0c36c; }
.vnkg-ego { margin-top: 6px; overflow-x: auto; }
.vnkg-ego-title { font-weight: bold; font-size: 12px; }
.vnkg-ego-key { color: #666; font-size: 11px; }
.vnkg-career { border-collapse: collapse; font-size: 11px; }
.vnkg-career th, .vnkg-career td { border: 1px solid #e0e0e0; padding: 1px 2px; text-align: center; }
.vnkg-career th.vnkg-career-post { text-align: left; font-weight: normal; min-width: 120px; }
.vnkg-career th.vnkg-year { writing-mode: vertical-rl; font-weight: normal; color: #666; }
.vnkg-career td.vnkg-held { background: #fde0c5; color: #a04000; }
"""

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

  // A card: the node's rows, each fact followed by links to the Source rows that state it.
  // In the side panel the links jump to the sentence and mark it.
  function card(n, where) {
    var box = element("div", "vnkg-tip");
    var sourceNumber = {};
    var count = 0;
    n.rows.forEach(function (row, index) { if (row[0] === "Source") { sourceNumber[index] = ++count; } });
    function cite(parent, rows) {
      rows.forEach(function (index) {
        var link = element("a", "vnkg-cite", "[" + sourceNumber[index] + "]");
        link.href = "#vnkg-" + where + "-source-" + index;
        link.setAttribute("data-source", String(index));
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var target = document.getElementById("vnkg-" + where + "-source-" + index);
          box.querySelectorAll(".vnkg-cited").forEach(function (el) { el.classList.remove("vnkg-cited"); });
          target.classList.add("vnkg-cited");
          target.scrollIntoView({block: "nearest"});
        });
        parent.appendChild(link);
      });
    }
    var title = element("div", "vnkg-tip-name", n.name);
    cite(title, n.name_cites);
    box.appendChild(title);
    box.appendChild(element("div", "vnkg-tip-kind", data.kinds[n.kind].label + " \\u00b7 " + n.iri));
    n.rows.forEach(function (row, index) {
      var line = element("div", row[0] === "Source" ? "vnkg-tip-row vnkg-source" : "vnkg-tip-row");
      if (row[0] === "Source") {
        line.id = "vnkg-" + where + "-source-" + index;
        line.appendChild(element("b", "", "[" + sourceNumber[index] + "] "));
      } else {
        line.appendChild(element("b", "", row[0] + ": "));
      }
      line.appendChild(document.createTextNode(row[1]));
      cite(line, n.cites[index]);
      box.appendChild(line);
    });
    if (where === "card" && n.career.rows.length) { box.appendChild(careerGrid(n.career)); }
    return box;
  }

  // The ego view over time, in the side panel's card of a person: their posts (and so bodies) by year.
  var MARKS = {b: "\u25b6", e: "\u25a0", r: "\u25cf", h: "\u2500", f: "\u25cb"};
  var MARK_WORDS = {b: "began", e: "ended", r: "reported held", h: "held between reports", f: "former post by then"};
  function careerGrid(career) {
    var grid = element("div", "vnkg-ego");
    grid.appendChild(element("div", "vnkg-ego-title", "Career by year"));
    var table = element("table", "vnkg-career");
    var head = element("tr");
    head.appendChild(element("th", "", "Post"));
    career.years.forEach(function (year) { head.appendChild(element("th", "vnkg-year", String(year))); });
    table.appendChild(head);
    career.rows.forEach(function (row) {
      var line = element("tr");
      line.appendChild(element("th", "vnkg-career-post", row[0]));
      row[1].forEach(function (marks, index) {
        var cell = element("td", marks ? "vnkg-held" : "", marks.split("").map(function (m) { return MARKS[m]; }).join(""));
        cell.setAttribute("data-year", String(career.years[index]));
        cell.setAttribute("data-marks", marks);
        if (marks) {
          cell.title = career.years[index] + ": " + marks.split("").map(function (m) { return MARK_WORDS[m]; }).join(", ");
        }
        line.appendChild(cell);
      });
      table.appendChild(line);
    });
    grid.appendChild(table);
    grid.appendChild(element("div", "vnkg-ego-key", Object.keys(MARKS).map(function (m) {
      return MARKS[m] + " " + MARK_WORDS[m];
    }).join(" \u00b7 ")));
    return grid;
  }

  function edgeTip(e) {
    return element("div", "vnkg-tip", byId[e.from].name + " \\u2192 " + e.label + " \\u2192 " + byId[e.to].name);
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var colour = data.kinds[n.kind].color;
    return {
      id: n.id, label: n.labelled ? n.label : undefined, kind: n.kind, value: n.degree, shape: data.kinds[n.kind].shape,
      labelled: n.labelled,
      color: {background: colour, border: "#333333", highlight: {background: colour, border: "#000000"},
              hover: {background: colour, border: "#000000"}},
      borderWidth: data.focus.indexOf(n.id) >= 0 ? 4 : 1,
      title: card(n, "tip"), hidden: false
    };
  }));
  // Posts drawn as nodes (person -holds-> post -in-> body) or, with Post unticked, as one
  // person -> body edge named after the role: a person never loses their bodies.
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: data.edgeLabels ? e.label : undefined, title: edgeTip(e),
            smooth: e.smooth};
  }).concat(data.postEdges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: data.edgeLabels ? e.label : undefined, title: edgeTip(e),
            post: true, hidden: true, dashes: true};
  })));

  var status = document.getElementById("vnkg-status");
  var counts = document.getElementById("vnkg-counts");
  var panelCard = document.getElementById("vnkg-card");
  var network = new vis.Network(document.getElementById("vnkg-network"), {nodes: nodes, edges: edges}, data.options);

  function shown() {
    return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
  }
  function showCounts() {
    var now = shown();
    counts.textContent = now.nodes + " nodes, " + now.edges + " edges shown";
  }

  // After the layout: move nodes apart until no labelled node (its shape and label) overlaps another node.
  var GAP = 4;
  function declutter() {
    network.redraw();
    var ids = network.body.nodeIndices.slice().sort();
    var at = network.getPositions(ids);
    var boxes = ids.map(function (id) {
      var b = network.getBoundingBox(id), p = at[id];
      return {id: id, labelled: !!nodes.get(id).labelled, x: p.x, y: p.y,
              left: b.left - p.x - GAP, right: b.right - p.x + GAP, top: b.top - p.y - GAP, bottom: b.bottom - p.y + GAP};
    });
    var labelled = boxes.filter(function (b) { return b.labelled; });
    for (var round = 0; round < 400; round++) {
      var moved = false;
      labelled.forEach(function (a) {
        boxes.forEach(function (b) {
          if (a === b || (b.labelled && b.id < a.id)) { return; }
          var dx = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
          var dy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
          if (dx <= 0 || dy <= 0) { return; }
          moved = true;
          if (dx < dy) {
            var sx = a.x < b.x || (a.x === b.x && a.id < b.id) ? -1 : 1;
            a.x += sx * (dx / 2 + 0.5); b.x -= sx * (dx / 2 + 0.5);
          } else {
            var sy = a.y < b.y || (a.y === b.y && a.id < b.id) ? -1 : 1;
            a.y += sy * (dy / 2 + 0.5); b.y -= sy * (dy / 2 + 0.5);
          }
        });
      });
      if (!moved) { break; }
    }
    boxes.forEach(function (b) { network.moveNode(b.id, b.x, b.y); });
    return round > 0;
  }

  // A large view, fitted whole, would draw its labels a few pixels high: they keep their size
  // on screen (larger for more connected nodes) whatever the zoom.
  var labelled = data.nodes.filter(function (n) { return n.labelled; });
  function sizeLabels() {
    var scale = network.getScale();
    nodes.update(labelled.map(function (n) { return {id: n.id, font: {size: n.pixels / scale}}; }));
  }

  function settled() {
    network.setOptions({physics: {enabled: false}});
    if (data.nodes.length) {
      // Fitting the view changes the scale, and with it the labels' size in the layout: they are
      // moved apart at the size they are drawn, again until a fit leaves nothing to move.
      for (var pass = 0; pass < 8; pass++) {
        network.fit({animation: false});
        if (!data.fixedLabels) { sizeLabels(); }
        if (!declutter()) { break; }
      }
      if (!data.fixedLabels) { network.on("zoom", sizeLabels); }
    }
    document.body.setAttribute("data-stabilized", "true");
    status.textContent = "Click a node for its card, drag to move, scroll to zoom.";
  }
  if (data.nodes.length === 0) { settled(); } else { network.once("stabilizationIterationsDone", settled); }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out\\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });

  function showCard(id) {
    panelCard.textContent = "";
    if (id === undefined) { panelCard.hidden = true; return; }
    panelCard.appendChild(card(byId[id], "card"));
    panelCard.hidden = false;
  }
  function goTo(id) {
    network.selectNodes([id], false);
    network.focus(id, {scale: 1.2, animation: false});
    showCard(id);
  }
  network.on("click", function (event) { showCard(event.nodes.length ? event.nodes[0] : undefined); });

  function fold(text) {
    return text.toLowerCase().replace(/\\u0111/g, "d").normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").normalize("NFC");
  }

  function nodeButton(id) {
    var item = element("li");
    var button = element("button", "", byId[id].name + " (" + data.kinds[byId[id].kind].label + ")");
    button.type = "button";
    button.addEventListener("click", function () { goTo(id); });
    item.appendChild(button);
    return item;
  }
  var topPeople = document.getElementById("vnkg-top-people");
  data.topPeople.forEach(function (id) { topPeople.appendChild(nodeButton(id)); });
  document.getElementById("vnkg-top").hidden = data.topPeople.length === 0;

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
    lastMatches.slice(0, 50).forEach(function (id) { matchList.appendChild(nodeButton(id)); });
    return lastMatches;
  }
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && lastMatches.length) {
      if (lastMatches.length === 1) { goTo(lastMatches[0]); } else { network.fit({nodes: lastMatches, animation: false}); }
    }
  });

  document.querySelectorAll("#vnkg-legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      var kind = box.getAttribute("data-kind");
      nodes.update(data.nodes.filter(function (n) { return n.kind === kind; })
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
      if (kind === "post") {
        edges.update(data.postEdges.map(function (e) { return {id: e.id, hidden: box.checked}; }));
      }
      showCounts();
      if (input.value) { search(input.value); }
    });
  });

  showCounts();
  input.focus();
  window.vnkgView = {network: network, nodes: nodes, edges: edges, search: search, shown: shown, showCard: showCard};
})();
"""
