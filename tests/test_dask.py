"""Building on a Dask cluster: dask.distributed worker processes build the articles and
the graph is byte for byte the one a single process builds."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.builder.run import build

pytestmark = pytest.mark.slow  # starts a local dask cluster

distributed = pytest.importorskip("distributed")

CASES = Path(__file__).resolve().parent / "identity_cases"


def test_a_local_cluster_builds_the_same_graph_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.builder.run.CHUNK", 2)  # several tasks, so both workers get some, out of order
    alone = build([CASES], tmp_path / "alone", view=False, jobs=1)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        clustered = build([CASES], tmp_path / "dask", view=False, dask=cluster.scheduler_address)
    assert clustered.articles == alone.articles == len(list(CASES.glob("*.txt")))
    assert clustered.skipped == alone.skipped == []
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "alone" / name).read_bytes(), name
