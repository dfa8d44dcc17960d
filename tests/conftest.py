"""Fixtures shared by the command-line tests."""
from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory) -> Path:
    """The output folder of a build of examples/, as the README builds it (read it, never change it)."""
    import kg

    out = tmp_path_factory.mktemp("examples") / "output"
    report = kg.build([str(EXAMPLES)], out, jobs=1)
    assert report.articles == len(list(EXAMPLES.glob("*.txt"))) and not report.skipped
    return out
