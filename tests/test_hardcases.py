"""The hard-case set (tests/hardcases: invented articles and their gold, written
independently of the extractor) guards what the rules do beyond the real articles
they were written on. Floors sit a little under today's figures."""
from pathlib import Path

import pytest

from kg.evaluate import evaluate_corpus, format_table

HERE = Path(__file__).resolve().parent / "hardcases"
FLOORS = {
    "persons": 0.97, "authors": 0.95, "person-role": 0.97, "person-role-body": 0.94, "bodies": 0.95,
    "body-kind": 0.95, "documents": 0.97, "document-issuer": 0.95, "document-date": 0.97, "events": 0.95,
    "event-people": 0.95, "event-documents": 0.85,
}


@pytest.fixture(scope="module")
def result():
    return evaluate_corpus(HERE / "corpus", HERE / "gold")


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_hard_cases_stay_above_their_floor(result, kind):
    assert result.f1(kind) >= FLOORS[kind], format_table(result)


def test_every_hard_case_builds(result):
    assert not result.failed and result.articles == len(list((HERE / "gold").glob("*.json")))
