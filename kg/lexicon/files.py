"""The lexicon's files: rows of ``kg/lexicon/*.tsv`` and the key an entry is found by."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..normalize import modern_tone

LEXICON_DIR = Path(__file__).resolve().parent

_SPACES_RE = re.compile(r"\s+")


def read_tsv(name: str) -> list[list[str]]:
    """Rows of a lexicon file, comments and blank lines left out, text in modern tone marks."""
    rows = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([modern_tone(cell.strip()) for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=8192)
def key(surface: str) -> str:
    return _SPACES_RE.sub(" ", modern_tone(surface)).casefold()
