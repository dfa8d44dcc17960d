"""Titles and bodies as articles shorten them: each written out in the lexicon is also known with
the short forms of its words (``Ủy viên Ban Chấp hành Trung ương Đảng`` as ``Ủy viên BCH TƯ Đảng``,
``Ủy viên BCH T.Ư Đảng``, ...; ``Trung ương Đoàn`` as ``T.Ư Đoàn``), so the lexicon lists each once."""
from __future__ import annotations

import re
from itertools import product


def with_short_forms(rows: list[list[str]], forms: list[list[str]]) -> list[list[str]]:
    """``rows`` (surface first) and, after them, each row again under every surface its short forms make."""
    pairs = [(re.compile(rf"(?<![^\W_]){re.escape(full)}(?![^\W_])", re.IGNORECASE),
              [full, *(s.strip() for s in shorts.split(","))]) for full, shorts in forms]
    known = {row[0].casefold() for row in rows}
    added = []
    for row in rows:
        present = [(pattern, choices) for pattern, choices in pairs if pattern.search(row[0])]
        for picked in product(*(choices for _, choices in present)):
            surface = row[0]
            for (pattern, _), choice in zip(present, picked):
                surface = pattern.sub(choice, surface)
            if surface.casefold() not in known:
                known.add(surface.casefold())
                added.append([surface, *row[1:]])
    return rows + added
