"""kg.graph.facts_to_graph: the users' queries (/work/shared/queries) answered for an invented
article, provenance of every fact node, no blank nodes, deterministic output."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.facts import extract_all
from kg.graph import facts_to_graph
from kg.model import RawDocument
from kg.normalize import normalize, normalize_text
from kg.vocab import FOAF, OA, ORG, PROV, RDF, SDO, SKOS
from helpers import require_shared

XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")

QUERIES = require_shared("queries")  # the contract lives in the shared folder

NAME = "hoa-binh.txt"
TEXT = (
    "Sáng ngày 11/5, Đảng ủy phường Hòa Bình tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày "
    "15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo gương Bác.\n"
    "Đồng chí Trần Văn An - Quận ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị.\n"
    "Dự hội nghị có đồng chí Lê Thị Bình - UVBTV, Trưởng Ban Tuyên giáo Quận ủy Hải Châu Mới.\n"
    "Đồng chí Phạm Minh Cường, Phó Bí thư Thường trực Đảng ủy phường trình bày báo cáo.\n"
    "Thanh Tâm"
)
PUBLISHED = date(2022, 6, 1)
EVENT_DATE = "2022-05-11"

EXPECTED = {
    "authors.rq": {(NAME, "Thanh Tâm")},
    "persons.rq": {("Trần Văn An", NAME), ("Lê Thị Bình", NAME), ("Phạm Minh Cường", NAME), ("Thanh Tâm", NAME)},
    "posts.rq": {
        ("Trần Văn An", "Quận ủy viên", "Quận ủy Hải Châu Mới"),
        ("Trần Văn An", "Bí thư", "Đảng ủy phường Hòa Bình"),
        ("Lê Thị Bình", "Ủy viên Ban Thường vụ", "Quận ủy Hải Châu Mới"),
        ("Lê Thị Bình", "Trưởng Ban Tuyên giáo", "Quận ủy Hải Châu Mới"),
        ("Phạm Minh Cường", "Phó Bí thư Thường trực", "Đảng ủy phường Hòa Bình"),
    },
    # the event column is an IRI: left out (None) of the comparison
    "directives.rq": {(None, "05-CT/TW", "Chỉ thị", "Bộ Chính trị", "2016-05-15",
                       "đẩy mạnh học tập và làm theo gương Bác")},
    "meeting_directives.rq": {(None, EVENT_DATE, "05-CT/TW")},
    "meeting_people.rq": {
        (None, EVENT_DATE, "chair", "Trần Văn An"),
        (None, EVENT_DATE, "attendee", "Trần Văn An"),
        (None, EVENT_DATE, "attendee", "Lê Thị Bình"),
        (None, EVENT_DATE, "attendee", "Phạm Minh Cường"),
        (None, EVENT_DATE, "speaker", "Phạm Minh Cường"),
    },
    "meetings.rq": {(None, EVENT_DATE, "Hội nghị sơ kết", "Đảng ủy phường Hòa Bình")},
}
# organizations.rq: the body and its kind and parent (aliases are checked on their own below)
EXPECTED_BODIES = {
    ("Đảng ủy phường Hòa Bình", "party_committee", "Quận ủy Hải Châu Mới"),
    ("Quận ủy Hải Châu Mới", "party_committee", None),
    ("Ban Tuyên giáo Quận ủy Hải Châu Mới", "party_department", "Quận ủy Hải Châu Mới"),
    # the article names no Ban Chấp hành Trung ương: that Bộ Chính trị sits under it is the
    # lexicon's knowledge, not this article's fact, so neither the body nor the link is in its graph
    ("Bộ Chính trị", "party_committee", None),
}


def build(text: str = TEXT, name: str = NAME, published: date | None = PUBLISHED) -> Graph:
    return facts_to_graph(extract_all(normalize(RawDocument(name=name, path=f"in/{name}", text=text,
                                                            published=published))))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build()


def ask(graph: Graph, query_file: str):
    query = (QUERIES / "prefixes.rq").read_text(encoding="utf-8") + (QUERIES / query_file).read_text(encoding="utf-8")
    return list(graph.query(query))


def plain(row, keep_first: bool) -> tuple:
    values = [None if v is None else str(v) for v in row]
    if not keep_first:
        values[0] = None
    return tuple(values)


def test_every_shared_query_is_covered():
    assert {p.name for p in QUERIES.glob("*.rq")} - {"prefixes.rq"} == set(EXPECTED) | {"organizations.rq"}


@pytest.mark.parametrize("query_file", sorted(EXPECTED))
def test_query_answers(graph, query_file):
    keep_first = query_file in ("authors.rq", "persons.rq", "posts.rq")
    rows = {plain(r, keep_first) for r in ask(graph, query_file)}
    assert rows == EXPECTED[query_file]


def test_organizations_query(graph):
    rows = ask(graph, "organizations.rq")
    got = {(str(r.name), None if r.kind is None else str(r.kind), None if r.parentName is None else str(r.parentName))
           for r in rows}
    assert got == EXPECTED_BODIES


def test_aliases_are_names_of_the_body_not_titles(graph):
    aliases = {(str(r.name), str(r.alias)) for r in ask(graph, "organizations.rq") if r.alias is not None}
    assert ("Đảng ủy phường Hòa Bình", "Đảng ủy phường") in aliases
    # "Quận ủy viên" is a member's title; it never names the Quận ủy
    assert ("Quận ủy Hải Châu Mới", "Quận ủy viên") not in aliases


def test_typed_literals(graph):
    dates = set(graph.objects(None, SDO.startDate)) | set(graph.objects(None, SDO.legislationDate)) | \
        set(graph.objects(None, SDO.datePublished))
    assert dates and all(isinstance(d, Literal) and d.datatype == XSD_DATE for d in dates)
    names = set(graph.objects(None, FOAF.name))
    assert names and all(n.language == "vi" for n in names)
    labels = set(graph.objects(None, SKOS.prefLabel))
    assert all(lbl.language in ("vi", "en") for lbl in labels)


def test_no_blank_nodes(graph):
    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


FACT_CLASSES = (FOAF.Person, ORG.Post, SDO.Event, SDO.Legislation)


def test_every_fact_node_has_evidence_quoting_a_sentence(graph):
    article = normalize(RawDocument(name=NAME, path=f"in/{NAME}", text=TEXT))
    sentences = {article.text[s.start:s.end]: (s.start, s.end) for s in article.sentences}
    checked = 0
    for cls in FACT_CLASSES:
        nodes = set(graph.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            evidence = list(graph.objects(node, PROV.wasDerivedFrom))
            assert evidence, node
            for ev in evidence:
                (exact,) = graph.objects(ev, OA.exact)
                (start,) = graph.objects(ev, OA.start)
                (end,) = graph.objects(ev, OA.end)
                # The quote and its offsets are the source text's; normalized, the quote is a sentence.
                assert article.source_text[start.toPython():end.toPython()] == str(exact)
                assert normalize_text(str(exact))[0] in sentences, (node, str(exact))
                checked += 1
    assert checked >= 4 + 5 + 1 + 1


def test_person_evidence_is_the_sentence_naming_them(graph):
    (person,) = [p for p in graph.subjects(RDF.type, FOAF.Person) if str(graph.value(p, FOAF.name)) == "Lê Thị Bình"]
    quotes = {str(graph.value(ev, OA.exact)) for ev in graph.objects(person, PROV.wasDerivedFrom)}
    assert quotes == {"Dự hội nghị có đồng chí Lê Thị Bình - UVBTV, Trưởng Ban Tuyên giáo Quận ủy Hải Châu Mới."}


def test_every_body_has_a_kind(graph):
    for org in graph.subjects(RDF.type, ORG.Organization):
        kinds = {str(n) for k in graph.objects(org, ORG.classification) for n in graph.objects(k, SKOS.notation)}
        assert len(kinds) == 1, (org, kinds)


def test_same_input_same_serialization(graph):
    again = build()
    assert graph.serialize(format="turtle") == again.serialize(format="turtle")


def test_same_serialization_across_processes(graph, tmp_path):
    script = (
        "import sys\nfrom datetime import date\nfrom kg.facts import extract_all\nfrom kg.graph import facts_to_graph\n"
        "from kg.model import RawDocument\nfrom kg.normalize import normalize\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        f"g = facts_to_graph(extract_all(normalize(RawDocument(name={NAME!r}, path={'in/' + NAME!r}, text=text, "
        "published=date(2022, 6, 1)))))\n"
        "sys.stdout.buffer.write(g.serialize(format='turtle').encode('utf-8'))\n"
    )
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", script, str(source)], capture_output=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout
    assert out.decode("utf-8") == graph.serialize(format="turtle")


def test_article_without_facts_is_just_the_article():
    g = build("Thời tiết hôm nay đẹp.", name="empty-ish.txt", published=None)
    assert set(g.subjects(RDF.type, SDO.NewsArticle))
    for cls in (*FACT_CLASSES, ORG.Organization):
        assert not set(g.subjects(RDF.type, cls)), cls
