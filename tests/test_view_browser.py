"""The view in a real headless Chromium, offline: it draws, searches, filters and keeps article text inert."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.network import graph_from_rdf
from kg.view import write_view
from helpers import gold_files, gold_graph
from samples import AN, ATTRIBUTE_PROBE, PROBE_PERSON, SCRIPT_PROBE, OpenedView, sample_rdf, write_career_articles

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


def test_the_built_page_shows_a_person_s_career_in_order_and_by_year(browser, tmp_path):
    """The build's own view.html of invented articles (tests/samples.py CAREER_ARTICLES): the card of the Lò Thị Mai
    of Tuyên Hóa lists her posts in the order held, and the ego view marks her years."""
    from kg.builder.run import build

    build([str(write_career_articles(tmp_path))], tmp_path / "out", jobs=1)
    view = OpenedView(browser, tmp_path / "out" / "view.html")
    view.page.fill("#vnkg-search", "lo thi mai")
    assert view.page.text_content("#vnkg-match-count") == "2 matches"  # she and her namesake of Mường Tè
    for button in view.page.query_selector_all("#vnkg-matches button"):
        button.click()
        if "Tuyên Hóa" in view.page.text_content("#vnkg-card"):
            break
    rows = view.page.eval_on_selector_all("#vnkg-card .vnkg-tip-row:not(.vnkg-source)", "rows => rows.map(r => r.textContent)")
    posts = [row for row in rows if row.startswith("Post: ")]
    assert [post.split("[")[0] for post in posts] == [
        "Post: Phó Bí thư, Huyện ủy Tuyên Hóa (2020-08-21)",
        "Post: Bí thư, Huyện ủy Tuyên Hóa (2020-08-21 – 2024-03-15; began 2020-08-21, ended 2024-03-15)"]
    years = view.page.eval_on_selector_all("#vnkg-card .vnkg-career th.vnkg-year", "cells => cells.map(c => c.textContent)")
    assert years == ["2020", "2021", "2022", "2023", "2024"]
    marks = view.page.eval_on_selector_all("#vnkg-card .vnkg-career tr", """rows => rows.slice(1).map(r =>
        [r.querySelector("th").textContent, Array.from(r.querySelectorAll("td")).map(c => c.dataset.marks)])""")
    assert marks == [["Phó Bí thư, Huyện ủy Tuyên Hóa", ["r", "", "", "", ""]],
                     ["Bí thư, Huyện ủy Tuyên Hóa", ["br", "h", "r", "h", "er"]]]
    assert "Mường Tè" not in view.page.text_content("#vnkg-card")
    assert view.errors == [] and view.blocked == []
    view.page.close()
