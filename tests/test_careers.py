"""Careers (issue 18): tenures reported as starting or ending, read from the cue words of
lexicon/tenure_cues.tsv; memberships in W3C ORG with OWL-Time begin and end; and the named
queries career and holders-on over the articles of one person. Every article here is invented."""
from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from rdflib import Literal

from kg.cli import main
from kg.graph import facts_to_graph
from kg.model import Change
from kg.builder.run import build
from kg.validate import validate
from kg.vocab import ORG, TIME, XSD
from helpers import facts
from samples import CAREER_ARTICLES, write_career_articles


def facts_of(text: str, published: date | None = date(2024, 3, 15)):
    """The facts of an invented article published on a fixed day (tenures are dated from it)."""
    return facts(text, published)


def tenures(text: str) -> dict[tuple[str, str, str], str | None]:
    """(person, role, body) -> start, end or None."""
    return {(p.name, post.role, post.body.name if post.body else ""): post.tenure and post.tenure.change.value
            for p in facts_of(text).persons for post in p.posts}


def test_an_election_starts_the_post_given_not_the_one_the_person_is_introduced_with():
    found = tenures("Tại phiên họp thứ nhất, đồng chí Lò Thị Mai, Phó Bí thư Huyện ủy Tuyên Hóa, được bầu giữ chức "
                    "Bí thư Huyện ủy Tuyên Hóa nhiệm kỳ 2020-2025.")
    assert found[("Lò Thị Mai", "Bí thư", "Huyện ủy Tuyên Hóa")] == "start"
    assert found[("Lò Thị Mai", "Phó Bí thư", "Huyện ủy Tuyên Hóa")] is None


def test_an_appointment_starts_each_title_given_together():
    found = tenures("Đại hội đã bầu đồng chí Vi Văn Khánh giữ chức Phó Bí thư Huyện ủy Tuyên Hóa, Chủ tịch UBND huyện "
                    "Tuyên Hóa.")
    assert found[("Vi Văn Khánh", "Phó Bí thư", "Huyện ủy Tuyên Hóa")] == "start"
    assert found[("Vi Văn Khánh", "Chủ tịch", "Ủy ban nhân dân huyện Tuyên Hóa")] == "start"


def test_a_transfer_starts_the_new_post_and_leaves_the_old_one_unsaid():
    found = tenures("Ban Thường vụ Tỉnh ủy Quảng Bình điều động đồng chí Đinh Quốc Hưng, Bí thư Huyện ủy Tuyên Hóa, "
                    "giữ chức Trưởng Ban Tổ chức Tỉnh ủy Quảng Bình.")
    assert found[("Đinh Quốc Hưng", "Trưởng Ban Tổ chức", "Tỉnh ủy Quảng Bình")] == "start"
    assert found[("Đinh Quốc Hưng", "Bí thư", "Huyện ủy Tuyên Hóa")] is None


def test_retirement_ends_the_posts_it_names_and_no_bystanders():
    found = tenures("Đồng chí Hồ Văn Lâm, Bí thư Tỉnh ủy Quảng Bình trao quyết định nghỉ hưu cho đồng chí Mạc Thị Yến, "
                    "Trưởng Ban Dân vận Tỉnh ủy Quảng Bình; đồng chí Tạ Minh Đức, Phó Chủ tịch UBND tỉnh Quảng Bình dự.")
    assert found[("Mạc Thị Yến", "Trưởng Ban Dân vận", "Tỉnh ủy Quảng Bình")] == "end"
    assert found[("Hồ Văn Lâm", "Bí thư", "Tỉnh ủy Quảng Bình")] is None
    assert found[("Tạ Minh Đức", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")] is None


def test_retirement_after_a_persons_titles_ends_them():
    found = tenures("Ông Kha Văn Tài, Phó Giám đốc Sở Y tế tỉnh Quảng Bình, nghỉ hưu theo chế độ từ ngày 1/3/2024.")
    assert found[("Kha Văn Tài", "Phó Giám đốc", "Sở Y tế tỉnh Quảng Bình")] == "end"


def test_a_post_given_up_is_read_and_ended():
    found = tenures("HĐND tỉnh Quảng Bình cho ông Lục Văn Thắng thôi giữ chức Phó Chủ tịch UBND tỉnh Quảng Bình.")
    assert found == {("Lục Văn Thắng", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình"): "end"}


def test_re_election_to_the_post_a_person_is_introduced_with_starts_it():
    found = tenures("Đồng chí Đàm Văn Hòa, Bí thư Huyện ủy Tuyên Hóa tái đắc cử Bí thư Huyện ủy Tuyên Hóa.")
    assert found[("Đàm Văn Hòa", "Bí thư", "Huyện ủy Tuyên Hóa")] == "start"


def test_a_post_merely_held_has_no_tenure_change():
    found = tenures("Đồng chí Lã Văn Hiếu, Bí thư Huyện ủy Tuyên Hóa chủ trì hội nghị.")
    assert found == {("Lã Văn Hiếu", "Bí thư", "Huyện ủy Tuyên Hóa"): None}


def test_the_tenure_is_a_fact_of_the_post_with_the_span_of_its_cue():
    facts = facts_of("Ông Kha Văn Tài được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Quảng Bình.")
    [post] = facts.persons[0].posts
    assert post.tenure.change is Change.START
    assert facts.article.text[post.tenure.span.start:post.tenure.span.end] == post.tenure.cue == "được bổ nhiệm"


def test_a_tenure_begins_or_ends_the_memberships_interval_in_owl_time():
    facts = facts_of("Ông Kha Văn Tài được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Quảng Bình. Ông Lục Văn Thắng, "
                     "Phó Giám đốc Sở Y tế tỉnh Quảng Bình, nghỉ hưu theo chế độ.")
    graph = facts_to_graph(facts)
    day = Literal("2024-03-15", datatype=XSD.date)
    began = {m for m, i in graph.subject_objects(ORG.memberDuring)
             if (i, TIME.hasBeginning, None) in graph and graph.value(graph.value(i, TIME.hasBeginning), TIME.inXSDDate) == day}
    ended = {m for m, i in graph.subject_objects(ORG.memberDuring)
             if graph.value(graph.value(i, TIME.hasEnd), TIME.inXSDDate) == day}
    assert len(began) == 1 and len(ended) == 1 and began != ended
    assert validate(graph).conforms




@pytest.fixture(scope="module")
def careers_out(tmp_path_factory):
    corpus = write_career_articles(tmp_path_factory.mktemp("careers"))
    out = corpus / "out"
    report = build([str(corpus)], out, jobs=1, view=False)
    assert report.articles == len(CAREER_ARTICLES)
    return out


def ask(out, *args) -> list[dict[str, str]]:
    result = CliRunner().invoke(main, ["query", "--store", str(out / "store"), *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    import json
    rows = json.loads(result.output)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def test_career_spans_the_articles_of_one_person(careers_out):
    rows = ask(careers_out, "career", "Lò Thị Mai")
    [secretary] = [r for r in rows if r["role"] == "Bí thư"]
    assert (secretary["first"], secretary["last"], secretary["began"], secretary["ended"], secretary["articles"]) == (
        "2020-08-21", "2024-03-15", "2020-08-21", "2024-03-15", "3")
    assert len({r["who"] for r in rows}) == 2  # she, and the namesake of Mường Tè


def test_holders_on_a_day_follow_the_reports(careers_out):
    def holders(day):
        return [(r["name"], r["from"], r["to"]) for r in ask(careers_out, "holders-on", "Bí thư", "Huyện ủy Tuyên Hóa", day)]

    assert holders("2019-01-01") == []
    assert holders("2022-01-01") == [("Lò Thị Mai", "2020-08-21", "2024-03-15")]
    assert holders("2024-03-15") == [("Lò Thị Mai", "2020-08-21", "2024-03-15"),
                                     ("Đinh Quốc Hưng", "2024-03-15", "2024-03-15")]


def test_timeline_keeps_namesakes_apart_as_explain_does(careers_out):
    rows = ask(careers_out, "timeline", "Lò Thị Mai")
    files_of = {}
    for row in rows:
        files_of.setdefault(row["who"], set()).add(row["file"])
    assert sorted(map(sorted, files_of.values())) == [["a2020.txt", "a2022.txt", "a2024.txt"], ["b2023.txt"]]
    explained = CliRunner().invoke(main, ["explain", "Lò Thị Mai", str(careers_out)]).output
    assert all(f"<{who}>" in explained for who in files_of)
