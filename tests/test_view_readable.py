"""The view as a journalist meets it, in headless Chromium: a full view of twenty articles with a
few large labels on a settled layout, focus views whose labels do not overlap, posts that can be
hidden without cutting people off their bodies, a page that opens on its search and its most
connected people, and cards whose facts link to the sentences that state them."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.network import graph_from_rdf
from kg.rdf_files import read_graph
from kg.view import write_view
from samples import OpenedView

pytestmark = pytest.mark.browser

HARD_CASES = Path(__file__).resolve().parent / "hardcases" / "corpus"  # invented articles

# Every labelled node's box (shape and label) against every other drawn node's: pairs that overlap.
OVERLAPS = """() => {
  const net = vnkgView.network;
  const ids = net.body.nodeIndices;
  const boxes = ids.map(id => [id, !!net.body.nodes[id].options.label, net.getBoundingBox(id)]);
  const found = [];
  boxes.forEach(([a, labelled, p], i) => boxes.forEach(([b, other, q], j) => {
    if (j <= i || !(labelled || other)) return;
    if (Math.min(p.right, q.right) > Math.max(p.left, q.left) && Math.min(p.bottom, q.bottom) > Math.max(p.top, q.top))
      found.push([a, b]);
  }));
  return found;
}"""

# The labels drawn, and their height on screen.
LABELS = """() => {
  const net = vnkgView.network;
  return net.body.nodeIndices.map(id => net.body.nodes[id]).filter(n => n.options.label)
    .map(n => n.options.font.size * net.getScale());
}"""


@pytest.fixture(scope="module")
def hard_cases_network(tmp_path_factory):
    import kg

    out = tmp_path_factory.mktemp("hardcases") / "output"
    report = kg.build([str(HARD_CASES)], out, view=False, jobs=1)
    assert report.articles >= 18
    return graph_from_rdf(read_graph(out))


def test_the_full_view_of_many_articles_has_few_large_labels_on_a_settled_layout(browser, hard_cases_network, tmp_path):
    stats = write_view(hard_cases_network, tmp_path / "full.html")
    assert stats.nodes > 150
    view = OpenedView(browser, tmp_path / "full.html")
    pixels = view.page.evaluate(LABELS)
    assert 10 <= len(pixels) <= 32  # the most connected people and bodies, not every node
    assert min(pixels) >= 12.5
    assert view.page.evaluate(OVERLAPS) == []
    assert view.page.evaluate("vnkgView.network.physics.options.enabled") is False
    assert view.errors == []
    view.page.close()


@pytest.mark.parametrize("focus", ["Huyện ủy Đức Cơ", "Rmah Thị Kim", "Quận ủy Hoàn Kiếm", "Bộ Chính trị"])
def test_labels_of_a_focus_view_do_not_overlap(browser, hard_cases_network, tmp_path, focus):
    write_view(hard_cases_network, tmp_path / "focus.html", focus=focus, depth=2)
    view = OpenedView(browser, tmp_path / "focus.html")
    assert len(view.page.evaluate(LABELS)) == view.shown()["nodes"]  # a small view labels every node
    assert view.page.evaluate(OVERLAPS) == []
    view.page.close()


@pytest.fixture(scope="module")
def examples_view(examples_out, tmp_path_factory):
    network = graph_from_rdf(read_graph(examples_out))
    path = tmp_path_factory.mktemp("examples") / "view.html"
    write_view(network, path)
    return network, path


def node_named(network, name: str, kind: str) -> str:
    return next(n for n, d in network.nodes(data=True) if d["name"] == name and d["kind"] == kind)


def test_unticking_post_keeps_each_holder_joined_to_the_body(browser, examples_view):
    network, path = examples_view
    person = node_named(network, "Lê Thị Thu Hà", "person")
    body = node_named(network, "Đảng ủy phường An Hòa", "body")
    view = OpenedView(browser, path)
    view.page.uncheck("#vnkg-kind-post")
    joined = view.page.evaluate("""([person, body]) => vnkgView.network.body.edgeIndices
        .map(id => vnkgView.network.body.edges[id]).some(e => e.fromId === person && e.toId === body)""", [person, body])
    assert joined
    view.page.check("#vnkg-kind-post")
    assert view.shown()["edges"] == network.number_of_edges()  # the role edges go with the posts back
    view.page.close()


def test_the_page_opens_on_its_search_and_its_most_connected_people(browser, examples_view):
    network, path = examples_view
    view = OpenedView(browser, path)
    assert view.page.evaluate("document.activeElement.id") == "vnkg-search"
    listed = view.page.eval_on_selector_all("#vnkg-top-people button", "buttons => buttons.map(b => b.textContent)")
    people = sorted((n for n, kind in network.nodes(data="kind") if kind == "person"),
                    key=lambda n: (-network.degree(n), n))
    assert listed == [f"{network.nodes[n]['name']} (Person)" for n in people[:10]]
    view.page.click("#vnkg-top-people button >> nth=0")
    assert view.page.text_content("#vnkg-card .vnkg-tip-name").startswith(network.nodes[people[0]]["name"])
    view.page.close()


def test_each_fact_of_a_card_links_to_the_sentence_that_states_it(browser, examples_view):
    network, path = examples_view
    person = node_named(network, "Đặng Quốc Bảo", "person")
    rows, cites = network.nodes[person]["details"], network.nodes[person]["cites"]
    post = next(i for i, row in enumerate(rows) if row == ("Post", "Bí thư, Quận ủy Quận 9 (2023-09-02)"))
    assert cites[post] and all(rows[i][0] == "Source" for i in cites[post])
    view = OpenedView(browser, path)
    view.page.evaluate(f"vnkgView.showCard({person!r})")
    links = view.page.locator("#vnkg-card .vnkg-tip-row", has_text="Bí thư, Quận ủy Quận 9").locator("a.vnkg-cite")
    assert links.count() == len(cites[post])
    links.first.click()
    cited = view.page.text_content("#vnkg-card .vnkg-cited")
    assert "ông Đặng Quốc Bảo – Thành ủy viên, Bí thư Quận ủy" in cited and "(le-trao-huy-hieu-quan-9.txt)" in cited
    view.page.close()
