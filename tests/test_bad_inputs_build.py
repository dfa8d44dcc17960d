"""``kg build`` of a small zoo of bad inputs (benchmarks/bad_inputs.py makes it): exit 1, one line
naming each bad input and none naming a good one, and every fact of each good input in the graph."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

pytestmark = pytest.mark.slow  # builds the whole zoo of bad inputs

ZOO_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bad_inputs.py"


@pytest.fixture(scope="module")
def zoo_module():
    spec = importlib.util.spec_from_file_location("bad_inputs", ZOO_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def zoo_build(zoo_module, tmp_path_factory):
    root = tmp_path_factory.mktemp("zoo")
    # the long inputs at a twentieth of their size; the one over the bound just over a bound of 1 MiB
    expected = zoo_module.make_zoo(root / "zoo", huge_bytes=2**20 + 10, scale=0.05)
    result = CliRunner().invoke(main, ["build", str(root / "zoo"), "--out", str(root / "out"), "--no-view",
                                       "--jobs", "1", "--max-mb", "1"], catch_exceptions=False)
    return zoo_module, root, expected, result


def test_the_zoo_has_bad_and_good_inputs_of_every_sort(zoo_build):
    _, _, expected, _ = zoo_build
    assert len(expected) >= 27
    assert sum(expected.values()) >= 15 and not all(expected.values())


def test_a_build_of_the_zoo_exits_1(zoo_build):
    _, _, _, result = zoo_build
    assert result.exit_code == 1, result.output


def test_each_bad_input_is_named_once_and_no_good_one(zoo_build):
    module, root, expected, result = zoo_build
    for name, bad in expected.items():
        assert module.times_named(result.stderr, root / "zoo", name) == int(bad), (name, result.stderr)
    assert "Traceback" not in result.output


def test_every_fact_of_the_good_inputs_is_in_the_graph(zoo_build):
    module, root, expected, result = zoo_build
    assert module.check(root / "zoo", root / "out", expected, result.stderr) == []


def test_the_summary_counts_what_was_built_and_skipped(zoo_build):
    _, _, expected, result = zoo_build
    rows = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.strip()}
    good_records = sum(1 for name, bad in expected.items() if not bad)  # broken.jsonl holds one good record
    assert rows["articles"][0] == str(good_records)
    assert rows["skipped"][0] == str(sum(expected.values()))
    assert rows["warnings"][0] == "0"
