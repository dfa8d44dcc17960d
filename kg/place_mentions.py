"""Places an article names without a place word before them.

An article about one province often names it bare (``quê hương Quảng Bình``, ``Đoàn đại biểu
Quảng Bình``) and never as ``tỉnh Quảng Bình``: the province is then read from the gazetteer's
closed list, written in capitals and standing on its own (not inside a longer name such as
``Báo Quảng Bình`` or ``Đại học Quốc gia Hà Nội``).
"""
from __future__ import annotations

from collections import Counter

from .extract.writing import UPPER
from .gazetteer import gazetteer
from .lexicon import Lexicon, Phrases, built, lexicon


@built
def _provinces(lex: Lexicon) -> Phrases:
    return lex.phrases(gazetteer().provinces)


def _capitalized(word: str) -> bool:
    return word[:1] in UPPER


def bare_provinces(text: str) -> Counter:
    """Each province written on its own in ``text``, with how often."""
    found = Counter()
    for m in _provinces().finditer(text):
        place = m.group()
        if not all(_capitalized(word) for word in place.split()) or place not in gazetteer().provinces:
            continue
        # the words either side, from a short window: slicing the whole text per match would be quadratic
        before = text[max(0, m.start() - 40):m.start()].rstrip(" ").rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        after = text[m.end() + 1:m.end() + 40].split(" ", 1)[0] if text[m.end():m.end() + 1] == " " else ""
        if _capitalized(before) or _capitalized(after):
            continue  # part of a longer name
        if len(place.split()) == 3 and place.split()[0] in lexicon().surnames:
            continue  # read as a person's name: "tư tưởng Hồ Chí Minh"
        found[place] += 1
    return found
