"""The view in a real headless Chromium, offline: it draws, searches, filters and keeps article text inert."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.network import graph_from_rdf
from kg.view import write_view
from helpers import AN, ATTRIBUTE_PROBE, PROBE_PERSON, SCRIPT_PROBE, OpenedView, gold_files, gold_graph, sample_rdf

SCREENSHOTS = Path(__file__).resolve().parents[1] / "output"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def sample_view(tmp_path_factory):
    network = graph_from_rdf(sample_rdf())
    path = tmp_path_factory.mktemp("view") / "view.html"
    stats = write_view(network, path)
    return network, stats, path


def test_view_draws_every_node_and_edge_offline(browser, sample_view):
    network, stats, path = sample_view
    view = OpenedView(browser, path)
    assert view.shown() == {"nodes": network.number_of_nodes(), "edges": network.number_of_edges()}
    assert stats.nodes == network.number_of_nodes()
    assert view.errors == [] and view.blocked == [] and view.dialogs == []
    SCREENSHOTS.mkdir(exist_ok=True)
    view.page.screenshot(path=str(SCREENSHOTS / "view-test.png"))
    view.page.close()


def test_search_selects_matching_nodes_ignoring_tone_marks(browser, sample_view):
    _, _, path = sample_view
    view = OpenedView(browser, path)
    view.page.fill("#vnkg-search", "nguyen van an")
    assert view.page.evaluate("vnkgView.network.getSelectedNodes()") == [str(AN)]
    assert view.page.text_content("#vnkg-match-count") == "1 match"
    view.page.fill("#vnkg-search", "Hòa Bình")
    assert view.page.text_content("#vnkg-match-count") == "2 matches"  # the body and its post
    view.page.fill("#vnkg-search", "")
    assert view.page.evaluate("vnkgView.network.getSelectedNodes()") == []
    assert view.errors == []
    view.page.close()


def test_kind_filter_hides_and_shows_a_kind(browser, sample_view):
    network, _, path = sample_view
    view = OpenedView(browser, path)
    persons = {n for n, kind in network.nodes(data="kind") if kind == "person"}
    edges_without_persons = sum(1 for u, v in network.edges() if u not in persons and v not in persons)
    view.page.uncheck("#vnkg-kind-person")
    assert view.shown() == {"nodes": network.number_of_nodes() - len(persons), "edges": edges_without_persons}
    view.page.fill("#vnkg-search", "nguyen van an")
    assert view.page.text_content("#vnkg-match-count") == "0 matches"
    view.page.check("#vnkg-kind-person")
    assert view.shown() == {"nodes": network.number_of_nodes(), "edges": network.number_of_edges()}
    assert view.errors == []
    view.page.close()


def test_article_text_stays_text_in_tooltips_and_search(browser, sample_view):
    _, _, path = sample_view
    view = OpenedView(browser, path)
    view.hover_node(str(PROBE_PERSON))
    tooltip = view.page.text_content("div.vis-tooltip")
    assert SCRIPT_PROBE in tooltip and ATTRIBUTE_PROBE in tooltip
    view.page.fill("#vnkg-search", "alert")
    assert SCRIPT_PROBE in view.page.text_content("#vnkg-matches")
    injected = view.page.evaluate("""() => ({
        images: document.querySelectorAll("img").length,
        scripts: document.scripts.length,
        handlers: document.querySelectorAll("[onerror]").length,
    })""")
    assert injected == {"images": 0, "scripts": 3, "handlers": 0}
    assert view.dialogs == [] and view.errors == []
    view.page.close()


def test_view_of_the_seed_annotations_settles_with_a_cut_note(browser, tmp_path):
    rdf = Graph()
    for gold in gold_files("seeds"):
        rdf += gold_graph(gold)
    path = tmp_path / "seeds.html"
    stats = write_view(rdf, path, max_nodes=40)
    assert stats.cut > 0
    view = OpenedView(browser, path)
    assert view.shown()["nodes"] == 40
    assert "most connected of" in view.page.text_content("#vnkg-cut-note")
    assert view.errors == []
    view.page.close()
