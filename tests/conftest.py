"""Settings and fixtures shared by the suite."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# No test may assert a duration (CI shares its machine): Hypothesis's default 200 ms deadline per
# example is one, and failed on a loaded machine.
settings.register_profile("vnkg", deadline=None)
settings.load_profile("vnkg")


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory) -> Path:
    """The output folder of a build of examples/, as the README builds it (read it, never change it)."""
    import kg

    out = tmp_path_factory.mktemp("examples") / "output"
    report = kg.build([str(EXAMPLES)], out, jobs=1)
    assert report.articles == len(list(EXAMPLES.glob("*.txt"))) and not report.skipped
    return out
