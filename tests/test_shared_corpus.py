"""The shared corpus, read in place: the seeds answer the users' queries, a careful reader's
facts of each seed article are in the graph, and the accuracy floors over seeds + dev hold."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.evaluate import KINDS, EvalResult, Tally, evaluate_corpus, format_table
from kg.graph import article_iri
from kg.vocab import VOCABULARY_GRAPH
from kg.builder.run import build
from helpers import require_shared

SHARED = require_shared("corpus").parent
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "gold" / "seeds"
DEV = SHARED / "corpus" / "dev"
DEV_GOLD = SHARED / "gold" / "dev"
QUERIES = SHARED / "queries"


@pytest.fixture(scope="module")
def seeds_built(tmp_path_factory) -> Dataset:
    out = tmp_path_factory.mktemp("seeds")
    report = build([SEEDS], out, view=False)
    assert report.ok, [str(p) for p in report.skipped]
    assert report.articles == len(list(SEEDS.glob("*.txt")))
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return ds


def article_graph(ds: Dataset, name: str) -> Graph:
    """The article's named graph with the build's vocabulary graph (the role and kind concepts its
    facts point at, written once for all articles)."""
    g = ds.graph(article_iri(name))
    assert len(g), f"no named graph for {name}"
    return g + ds.graph(VOCABULARY_GRAPH)


def ask(graph: Graph, query_file: str):
    query = (QUERIES / "prefixes.rq").read_text(encoding="utf-8") + (QUERIES / query_file).read_text(encoding="utf-8")
    return list(graph.query(query))


def gold(name: str) -> dict:
    return json.loads((SEEDS_GOLD / Path(name).with_suffix(".json").name).read_text(encoding="utf-8"))


# --- (a) every query answered where the gold says there is an answer -----------------------------------

def _gold_expects(query_file: str, g: dict) -> bool:
    meetings = g.get("meetings") or []
    return {
        "authors.rq": any(p.get("author") for p in g["persons"]),
        "persons.rq": bool(g["persons"]),
        "posts.rq": any(p.get("posts") for p in g["persons"]),
        "organizations.rq": bool(g["organizations"]),
        "directives.rq": bool(g["directives"]),
        "meetings.rq": bool(meetings),
        "meeting_people.rq": any(m.get("chair") or m.get("attendees") or m.get("speakers") for m in meetings),
        "meeting_directives.rq": any(m.get("directives") for m in meetings),
    }.get(query_file, True)  # a query added later: every article with gold is expected to answer it


SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
QUERY_FILES = sorted(p.name for p in QUERIES.glob("*.rq") if p.name != "prefixes.rq") if QUERIES.is_dir() else []


@pytest.mark.parametrize("query_file", QUERY_FILES)
def test_seeds_answer_every_query(seeds_built, query_file):
    unanswered = [name for name in SEED_NAMES
                  if _gold_expects(query_file, gold(name)) and not ask(article_graph(seeds_built, name), query_file)]
    assert not unanswered, f"{query_file} has no row for {unanswered}"


# --- (b) what a careful reader takes from each seed ------------------------------------------------

def posts(ds, name) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set] = {}
    for r in ask(article_graph(ds, name), "posts.rq"):
        out.setdefault(str(r.name), set()).add((str(r.role), None if r.orgName is None else str(r.orgName)))
    return out


def directives(ds, name) -> dict[str, set[tuple[str | None, str | None]]]:
    out: dict[str, set] = {}
    for r in ask(article_graph(ds, name), "directives.rq"):
        if r.code is not None:
            out.setdefault(str(r.code), set()).add(
                (None if r.issuerName is None else str(r.issuerName), None if r.date is None else str(r.date)))
    return out


def meetings(ds, name) -> dict[str, dict]:
    """date → kind (lower case), organizer, chair, attendee, speaker, documents."""
    g = article_graph(ds, name)
    out: dict[str, dict] = {}
    for r in ask(g, "meetings.rq"):
        out[str(r.date)] = {"kind": str(r.kind).casefold(), "organizer": None if r.organizerName is None
                            else str(r.organizerName), "chair": set(), "attendee": set(), "speaker": set(),
                            "documents": set()}
    for r in ask(g, "meeting_people.rq"):
        out[str(r.date)][str(r.relation)].add(str(r.name))
    for r in ask(g, "meeting_directives.rq"):
        out[str(r.date)]["documents"].add(str(r.code))
    return out


def bodies(ds, name) -> dict[str, tuple[str | None, str | None]]:
    return {str(r.name): (None if r.kind is None else str(r.kind), None if r.parentName is None else str(r.parentName))
            for r in ask(article_graph(ds, name), "organizations.rq")}


def authors(ds, name) -> set[str]:
    return {str(r.name) for r in ask(article_graph(ds, name), "authors.rq")}


S0, S1, S2, S3, S4 = SEED_NAMES if len(SEED_NAMES) == 5 else [None] * 5


def test_seed_ward_conference_on_directive_05(seeds_built):
    got = posts(seeds_built, S0)
    assert got["Mai Quốc Thạnh"] == {("Ủy viên Ban Thường vụ", "Quận ủy Thanh Khê"),
                                     ("Trưởng Ban Tuyên giáo", "Quận ủy Thanh Khê")}
    assert got["Lê Văn Cương"] == {("Quận ủy viên", "Quận ủy Thanh Khê"), ("Bí thư", "Đảng ủy phường Thanh Khê Tây")}
    assert got["Nguyễn Tiến Sữ"] == {("Phó Bí thư Thường trực", "Đảng ủy phường Thanh Khê Tây")}
    assert authors(seeds_built, S0) == {"Thanh Thủy"}
    b = bodies(seeds_built, S0)
    assert b["Ban Tuyên giáo Quận ủy Thanh Khê"] == ("party_department", "Quận ủy Thanh Khê")
    assert b["Ban Thường vụ Đảng ủy phường Thanh Khê Tây"] == ("party_committee", "Đảng ủy phường Thanh Khê Tây")
    assert b["Đảng bộ phường Thanh Khê Tây"][0] == "party_organization"
    assert b["Ủy ban nhân dân quận Thanh Khê"][0] == "government"
    assert directives(seeds_built, S0)["05-CT/TW"] == {("Bộ Chính trị", None)}
    (day, m), = meetings(seeds_built, S0).items()
    assert day == "2021-07-01"
    assert (m["kind"], m["organizer"], m["chair"]) == ("hội nghị sơ kết", "Đảng bộ phường Thanh Khê Tây", {"Lê Văn Cương"})
    assert m["speaker"] == {"Nguyễn Tiến Sữ", "Mai Quốc Thạnh", "Lê Văn Cương"}
    assert m["attendee"] == {"Nguyễn Tiến Sữ", "Mai Quốc Thạnh", "Lê Văn Cương"}
    assert m["documents"] == {"05-CT/TW"}


def test_seed_city_working_session(seeds_built):
    got = posts(seeds_built, S1)
    assert got["Bùi Văn Phú"] == {("Phó Bí thư Thường trực", "Thành ủy PRTC")}
    assert got["Nguyễn Thành Phú"] == {("Phó Bí thư", "Thành ủy PRTC"), ("Chủ tịch", "Ủy ban nhân dân thành phố PRTC")}
    assert got["Kiều Như Nguyên"] == {("Ủy viên Ban Thường vụ", "Thành ủy PRTC"),
                                      ("Phó Chủ tịch", "Hội đồng nhân dân thành phố PRTC")}
    assert authors(seeds_built, S1) == {"Xuân Thoa"}
    assert bodies(seeds_built, S1)["Đảng ủy phường Thanh Sơn"] == ("party_committee", "Thành ủy PRTC")
    d = directives(seeds_built, S1)
    assert d["17-CT/TU"] == {("Ban Thường vụ Tỉnh ủy", "2021-10-13")}
    assert d["04-CT/TU"] == {("Ban Thường vụ Thành ủy PRTC", "2020-12-30")}
    (day, m), = meetings(seeds_built, S1).items()
    assert day == "2022-05-11"
    assert (m["kind"], m["chair"]) == ("buổi làm việc", {"Bùi Văn Phú"})
    assert m["speaker"] == {"Nguyễn Thành Phú", "Bùi Văn Phú"}


def test_seed_district_briefing(seeds_built):
    assert posts(seeds_built, S2) == {"Ngô Mạnh Điềm": {("Phó Bí thư Thường trực", "Quận ủy")}}
    b = bodies(seeds_built, S2)
    assert b["Văn phòng Quận ủy"] == ("party_department", "Quận ủy")
    assert b["Ban Thường vụ Quận ủy"] == ("party_committee", "Quận ủy")
    (day, m), = meetings(seeds_built, S2).items()
    assert day == "2021-06-22"
    assert (m["kind"], m["chair"], m["speaker"]) == ("hội nghị giao ban", {"Ngô Mạnh Điềm"}, {"Ngô Mạnh Điềm"})


def test_seed_mid_term_review(seeds_built):
    got = posts(seeds_built, S3)
    assert got["Phan Thị Thu Hằng"] == {("Quận ủy viên", "Quận ủy"), ("Chủ tịch", "Liên đoàn Lao động quận")}
    assert got["Dương Ngọc Dũng"] == {("Bí thư", "Đảng ủy phường Phúc Lợi"),
                                      ("Chủ tịch", "Hội đồng nhân dân phường Phúc Lợi")}
    assert bodies(seeds_built, S3)["Liên đoàn Lao động quận"][0] == "mass_organization"
    (day, m), = meetings(seeds_built, S3).items()
    assert day == "2018-04-12"
    assert (m["kind"], m["organizer"]) == ("hội nghị sơ kết giữa nhiệm kỳ", "Đảng bộ phường Phúc Lợi")
    assert (m["chair"], m["speaker"]) == (set(), {"Phan Thị Thu Hằng"})


def test_seed_city_review_with_central_documents(seeds_built):
    got = posts(seeds_built, S4)
    assert got["Đặng Văn Lê"] == {("Ủy viên Ban Thường vụ", "Thành ủy Bắc Kạn"), ("Trưởng Ban Dân vận", "Thành ủy Bắc Kạn"),
                                  ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc thành phố Bắc Kạn")}
    assert got["Phạm Quyết Chiến"] == {("Ủy viên Ban Thường vụ", "Thành ủy Bắc Kạn"),
                                       ("Trưởng Ban Tuyên giáo", "Thành ủy Bắc Kạn"),
                                       ("Giám đốc", "Trung tâm bồi dưỡng chính trị thành phố Bắc Kạn")}
    b = bodies(seeds_built, S4)
    assert b["Bộ Chính trị"] == ("party_committee", "Ban Chấp hành Trung ương")
    assert b["Ban Dân vận Thành ủy Bắc Kạn"] == ("party_department", "Thành ủy Bắc Kạn")
    assert b["Đảng ủy phường Phùng Chí Kiên"] == ("party_committee", "Thành ủy Bắc Kạn")
    d = directives(seeds_built, S4)
    assert d["22-NQ/TW"] == {("Ban Chấp hành Trung ương", "2008-02-02")}
    assert d["10-CT/TW"] == {("Ban Bí thư", "2007-03-30")}
    assert d["02-KL/TW"] == {("Ban Bí thư", None)}
    assert d["47-CT/TW"] == {("Ban Bí thư", None)}
    assert ("Bộ Chính trị", "2021-05-18") in d["01-KL/TW"]
    (day, m), = meetings(seeds_built, S4).items()
    assert (day, m["kind"], m["organizer"]) == ("2021-07-07", "hội nghị sơ kết", "Đảng ủy phường Phùng Chí Kiên")
    assert "01-KL/TW" in m["documents"]


# --- (c) accuracy floors over seeds + dev --------------------------------------------------------

FLOORS = {
    "persons": 0.98, "person-role": 0.95, "person-role-body": 0.90, "bodies": 0.90, "body-kind": 0.90,
    "documents": 0.97, "document-issuer": 0.90, "document-date": 0.90, "events": 0.90, "event-people": 0.85,
    "event-documents": 0.85,
}


@pytest.fixture(scope="module")
def scores() -> EvalResult:
    merged = EvalResult({kind: Tally() for kind in KINDS})
    for corpus, gold_dir in ((SEEDS, SEEDS_GOLD), (DEV, DEV_GOLD)):
        result = evaluate_corpus(corpus, gold_dir)
        merged.articles += result.articles
        merged.failed += result.failed
        for kind in KINDS:
            t, m = result.tallies[kind], merged.tallies[kind]
            m.tp, m.fp, m.fn = m.tp + t.tp, m.fp + t.fp, m.fn + t.fn
            m.misses += t.misses
    return merged


def test_every_gold_article_builds(scores):
    assert scores.articles == len(list(SEEDS_GOLD.glob("*.json"))) + len(list(DEV_GOLD.glob("*.json")))
    assert not scores.failed, scores.failed


@pytest.mark.parametrize("kind", FLOORS)
def test_accuracy_floor(scores, kind):
    f1 = scores.f1(kind)
    assert f1 >= FLOORS[kind], (
        f"{kind}: F1 {f1:.3f} < floor {FLOORS[kind]}\n{format_table(scores)}\n"
        + "\n".join(line for line in scores.errors() if line.startswith(f"[{kind}]")))
