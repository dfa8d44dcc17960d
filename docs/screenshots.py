"""Take the README's screenshots of the view in headless Chromium: the full view of the first
hard-case set (18 articles written for this project) and a focus view of one person in it.

    .venv/bin/python docs/screenshots.py   # needs Debian's chromium and the playwright package
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import kg
from kg.network import graph_from_rdf, load_rdf
from kg.view import write_view

DOCS = Path(__file__).resolve().parent
CORPUS = DOCS.parent / "tests" / "hardcases" / "corpus"
FOCUS = "Rmah Thị Kim"
CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "output"
        kg.build([str(CORPUS)], out, view=False, jobs=1)
        network = graph_from_rdf(load_rdf(out))
        pages = {"view-full.png": Path(work) / "full.html", "view-focus.png": Path(work) / "focus.html"}
        write_view(network, pages["view-full.png"], title=f"vnkg: {len(list(CORPUS.glob('*.txt')))} articles")
        write_view(network, pages["view-focus.png"], focus=FOCUS, depth=2, title=f"vnkg: {FOCUS}")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for name, page_path in pages.items():
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.goto(page_path.as_uri())
                page.wait_for_selector("body[data-stabilized=true]", timeout=120_000)
                page.screenshot(path=str(DOCS / name))
                page.close()
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
