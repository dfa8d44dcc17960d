"""The build's tail: the identities are computed while the last batch of articles loads and stored after it, and what
the state records of that batch is committed only once it is in the store."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

import kg.builder.run as run
from kg.builder.run import build
from kg.identity import IDENTITY_GRAPHS
from kg.store import ArticleStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_identities_are_computed_while_the_last_batch_loads_and_stored_after_it(tmp_path, monkeypatch):
    events: list[str] = []
    identities_begun = threading.Event()
    load = ArticleStore.add_new_graphs
    resolve = run.update_identities

    def slow_load(store, graphs, trusted=False, bulk=None):
        if trusted:  # the loader's batch of articles, in its thread: held until the identities begin
            identities_begun.wait(timeout=60)
            events.append("articles loaded")
        elif any(IDENTITY_GRAPHS in graph for graph, _ in graphs):
            events.append("identities stored")
        return load(store, graphs, trusted, bulk)

    def identities(store, state, before_writing):
        events.append("identities")
        identities_begun.set()
        return resolve(store, state, before_writing)

    monkeypatch.setattr(ArticleStore, "add_new_graphs", slow_load)
    monkeypatch.setattr(run, "update_identities", identities)
    report = build([EXAMPLES], tmp_path / "out", jobs=1, view=False)
    assert events == ["identities", "articles loaded", "identities stored"]
    assert report.ok and report.identities_total > 0 and report.saved == report.articles > 0


def test_a_last_batch_that_fails_to_load_is_built_again(tmp_path, monkeypatch):
    load = ArticleStore.add_new_graphs

    def failing_load(store, graphs, trusted=False, bulk=None):
        if trusted:
            raise OSError("disk full")
        return load(store, graphs, trusted, bulk)

    monkeypatch.setattr(ArticleStore, "add_new_graphs", failing_load)
    with pytest.raises(OSError):
        build([EXAMPLES], tmp_path / "out", jobs=1, view=False)
    monkeypatch.setattr(ArticleStore, "add_new_graphs", load)
    report = build([EXAMPLES], tmp_path / "out", jobs=1, view=False)
    assert report.unchanged == 0 and report.articles == report.saved > 0
