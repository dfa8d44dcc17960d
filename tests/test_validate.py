"""SHACL shapes: a well-formed graph conforms; a broken one reports each fault with focus node and path."""
from __future__ import annotations

import pytest
import rdflib
from rdflib import Literal

from kg.validate import validate
from kg.vocab import ORG, PROV, RDF, RES, SDO, VNKG
from samples import article_graph, broken_graph, vi


def results_for(report, focus_suffix: str, path: str) -> list:
    return [r for r in report.violations if r.focus.endswith(focus_suffix) and r.path == path]


def test_well_formed_graph_conforms():
    report = validate(article_graph("ok"))
    assert report.conforms, report.text()
    assert report.results == []


def test_body_without_provenance_is_only_a_warning():
    g = article_graph("ok")
    body = next(g.subjects(RDF.type, ORG.Organization))
    g.remove((body, PROV.wasDerivedFrom, None))
    report = validate(g)
    assert report.conforms
    assert [(w.severity, w.path) for w in report.warnings] == [("Warning", "prov:wasDerivedFrom")]


@pytest.mark.parametrize("code", ["05-CT/TW", "248-KH/TU", "12-HD/BTCTW", "37-QĐi/TW", "15/2020/NĐ-CP",
                                  "123/QĐ-UBND", "01/QC-HĐND-UBND-UBMTTQ", "12/2003/QH11"])
def test_codes_of_the_grammar_pass(code):
    assert validate(article_graph("ok", code=code)).conforms


@pytest.mark.parametrize("code", ["CT/TW", "05-ct/tw", "05-CT", "số 05-CT/TW", "05/CT/TW/", "2020/NĐ CP"])
def test_codes_outside_the_grammar_fail(code):
    report = validate(article_graph("bad", code=code))
    assert [r.path for r in report.violations] == ["schema:legislationIdentifier"]


def test_broken_graph_reports_each_violation():
    report = validate(broken_graph())
    assert not report.conforms
    faults = {(r.focus.rsplit("/", 1)[0], r.path) for r in report.violations}
    assert faults == {
        ("res:post", "org:role"),
        ("res:post", "org:postIn"),
        ("res:event", ""),  # the sh:or of startDate and dateUnknownReason is on the node
        ("res:doc", "schema:legislationIdentifier"),
        ("res:person", "prov:wasDerivedFrom"),
        ("res:evidence", "oa:start"),
        ("res:article", "dcterms:identifier"),
        ("res:article", "schema:datePublished"),
    }, report.text()
    event_fault = next(r for r in report.violations if r.focus.startswith("res:event"))
    assert "startDate" in event_fault.message and "dateUnknownReason" in event_fault.message


def test_event_with_a_reason_for_no_date_conforms():
    g = article_graph("undated")
    event = next(g.subjects(RDF.type, SDO.Event))
    g.remove((event, SDO.startDate, None))
    g.add((event, VNKG.dateUnknownReason, vi("Bài viết không nêu ngày họp.")))
    assert validate(g).conforms


def test_report_text_names_focus_path_and_message():
    text = validate(broken_graph()).text()
    assert "Violation: res:post/" in text and " org:role: a post has exactly one org:role" in text
    assert text.splitlines()[-1].startswith("does not conform: 8 violation(s)")


def test_validates_files_in_turtle_and_trig(tmp_path):
    ttl = tmp_path / "g.ttl"
    broken_graph().serialize(ttl, format="turtle")
    assert len(validate(ttl).violations) == 8
    dataset = rdflib.Dataset()
    dataset.graph(RES["article/ok"]).__iadd__(article_graph("ok"))
    trig = tmp_path / "g.trig"
    dataset.serialize(trig, format="trig")
    assert validate(trig).conforms


def test_membership_needs_member_post_and_dated_interval():
    g = article_graph("m")
    membership = next(g.subjects(RDF.type, ORG.Membership))
    g.remove((membership, VNKG.post, None))
    interval = g.value(membership, ORG.memberDuring)
    instant = g.value(interval, rdflib.namespace.TIME.inside)
    g.set((instant, rdflib.namespace.TIME.inXSDDate, Literal("05/04/2023")))
    report = validate(g)
    assert {r.path for r in report.violations} == {"vnkg:post", "org:memberDuring"}, report.text()
