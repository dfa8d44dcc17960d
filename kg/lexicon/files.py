"""The lexicon's files: rows of ``kg/lexicon/*.tsv`` and the key an entry is found by."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..normalize import modern_tone

LEXICON_DIR = Path(__file__).resolve().parent

_SPACES_RE = re.compile(r"\s+")


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file, comments and blank lines left out, text in modern tone marks.

    A row of one cell in a file of relations is refused with its file and line: a lost tab (or a
    comment line without its ``#``) would otherwise fail every article far from its cause."""
    rows, lines = [], []
    for number, line in enumerate((LEXICON_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append([modern_tone(cell.strip()) for cell in line.split("\t")])
            lines.append(number)
    if any(len(row) > 1 for row in rows):
        for row, number in zip(rows, lines):
            if len(row) == 1:
                raise ValueError(f"{LEXICON_DIR / name}, line {number}: one column where its rows have more "
                                 f"(a tab lost, or a comment without #): {row[0][:60]!r}")
    return rows


@lru_cache(maxsize=8192)
def key(surface: str) -> str:
    return _SPACES_RE.sub(" ", modern_tone(surface)).casefold()
