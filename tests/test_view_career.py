"""A person's career in the view: the card lists the posts in the order held, with the first and last
days reported and the days begun or ended; the ego view lays the same posts out by year. Articles
invented (tests/test_careers.py)."""
from __future__ import annotations

import pytest

from kg.network import graph_from_rdf
from kg.builder.run import build
from kg.rdf_files import read_graph
from kg.view_career import CareerStep, career_grid, career_steps
from samples import CAREER_ARTICLES, write_career_articles

TUYEN_HOA = "Huyện ủy Tuyên Hóa"


def test_reports_of_one_post_are_one_step_from_its_first_to_its_last_day():
    [step] = career_steps([("Bí thư, Huyện ủy X", ["2022-06-10"], [], [], [], []),
                           ("Bí thư, Huyện ủy X", ["2020-08-21"], ["2020-08-21"], [], [], []),
                           ("Bí thư, Huyện ủy X", ["2024-03-15"], [], ["2024-03-15"], [], [])])
    assert (step.first, step.last, step.began, step.ended, step.reported) == (
        "2020-08-21", "2024-03-15", "2020-08-21", "2024-03-15", (2020, 2022, 2024))
    assert step.text == "Bí thư, Huyện ủy X (2020-08-21 – 2024-03-15; began 2020-08-21, ended 2024-03-15)"


def test_steps_follow_the_days_and_a_post_held_comes_before_one_begun_that_day():
    steps = career_steps([("Chủ tịch, UBND tỉnh X", ["2025-01-02"], [], [], [], []),
                          ("Bí thư, Huyện ủy X", ["2020-08-21"], ["2020-08-21"], [], [], []),
                          ("Phó Bí thư, Huyện ủy X", ["2020-08-21"], [], [], [], []),
                          ("Trưởng Ban, Huyện ủy X", [], [], [], ["2019-05-01"], []),
                          ("Ủy viên, Ban Thường vụ", [], [], [], [], [])])
    assert [s.post for s in steps] == ["Trưởng Ban, Huyện ủy X", "Phó Bí thư, Huyện ủy X", "Bí thư, Huyện ủy X",
                                       "Chủ tịch, UBND tỉnh X", "Ủy viên, Ban Thường vụ"]
    assert steps[0].text == "Trưởng Ban, Huyện ủy X (before 2019-05-01)"
    assert steps[-1].text == "Ủy viên, Ban Thường vụ"


def test_the_grid_marks_each_year_and_keeps_the_latest_years_of_a_long_career():
    step = CareerStep("Bí thư, Huyện ủy X", first="2020-08-21", last="2024-03-15", began="2020-08-21",
                      ended="2024-03-15", reported=(2020, 2022, 2024))
    assert career_grid([step]) == {"years": [2020, 2021, 2022, 2023, 2024],
                                   "rows": [["Bí thư, Huyện ủy X", ["br", "h", "r", "h", "er"]]]}
    long = CareerStep("Ủy viên, Tỉnh ủy X", first="1980-01-01", last="2024-01-01", reported=(1980, 2024))
    assert career_grid([long])["years"][0] == 2000 and career_grid([long])["years"][-1] == 2024
    assert career_grid([CareerStep("Ủy viên, Tỉnh ủy X")]) == {"years": [], "rows": []}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    corpus = write_career_articles(tmp_path_factory.mktemp("career-view"))
    out = corpus / "out"
    assert build([str(corpus)], out, jobs=1).articles == len(CAREER_ARTICLES)
    return out


def mai_of_tuyen_hoa(network) -> str:
    [node] = [n for n, d in network.nodes(data=True) if d["name"] == "Lò Thị Mai"
              and any(TUYEN_HOA in text for _, text in d["details"])]
    return node


def test_the_card_of_a_person_across_articles_lists_the_career_in_order(built):
    network = graph_from_rdf(read_graph(built / "graph.trig"))
    data = network.nodes[mai_of_tuyen_hoa(network)]
    posts = [text for field, text in data["details"] if field == "Post"]
    assert posts == [f"Phó Bí thư, {TUYEN_HOA} (2020-08-21)",
                     f"Bí thư, {TUYEN_HOA} (2020-08-21 – 2024-03-15; began 2020-08-21, ended 2024-03-15)"]
    # the namesake of Mường Tè has her own card: her post is in no row of this one
    assert not any("Mường Tè" in text for _, text in data["details"])
    grid = career_grid(data["career"])
    assert grid["rows"][1] == [f"Bí thư, {TUYEN_HOA}", ["br", "h", "r", "h", "er"]]
