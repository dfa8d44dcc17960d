"""Settings and fixtures shared by the suite (plain helpers are in helpers.py and samples.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from helpers import EXAMPLES, unavailable

# No test may assert a duration (CI shares its machine): Hypothesis's default 200 ms deadline per
# example is one, and failed on a loaded machine.
settings.register_profile("vnkg", deadline=None)
settings.load_profile("vnkg")

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite the hard-case fact snapshots (tests/hardcases*/facts.tsv) from today's extraction")


@pytest.fixture(scope="session")
def update_snapshots(request) -> bool:
    return request.config.getoption("--update-snapshots")


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory) -> Path:
    """The output folder of a build of examples/, as the README builds it (read it, never change it)."""
    import kg

    out = tmp_path_factory.mktemp("examples") / "output"
    report = kg.build([str(EXAMPLES)], out, jobs=1)
    assert report.articles == len(list(EXAMPLES.glob("*.txt"))) and not report.skipped
    return out


@pytest.fixture(scope="module")  # as each browser module had it: no Playwright loop open between them
def browser():
    """Headless Chromium (Debian's, which .ci/setup.d/chromium.sh installs) through Playwright."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        unavailable("Chromium is not installed (bash .ci/setup.d/chromium.sh installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
