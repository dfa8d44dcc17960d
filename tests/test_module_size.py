"""No module of kg/ grows over 400 lines: a module past that holds several ideas, and its next
part belongs in a new, well-named module (the project's code style)."""
from __future__ import annotations

from pathlib import Path

KG = Path(__file__).resolve().parents[1] / "kg"
MOST_LINES = 400


def lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_count_sees_kg_modules():
    assert lines(KG / "graph.py") > 100  # the walk below reads real modules, not an empty folder


def test_no_kg_module_over_400_lines():
    too_long = {str(path.relative_to(KG.parent)): lines(path)
                for path in sorted(KG.rglob("*.py")) if lines(path) > MOST_LINES}
    assert not too_long, f"split these by idea (at most {MOST_LINES} lines each): {too_long}"
