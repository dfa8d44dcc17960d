"""When two names may be one person's: names written two ways, and a middle name left out.

* Names written two ways are one name: ``Quí``/``Quý`` (a syllable's final i or y), an apostrophe
  written ``'``, ``’`` or not at all (``K’Đăm``/``Kđăm``), old or new tone-mark placement.
* A name without a middle name the other has may be the same person's (``Nguyễn Giảng`` /
  ``Nguyễn Văn Giảng``), never one whose first or last name differs.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import modern_tone

_APOSTROPHES = re.compile(r"['’ʼ`‘]")
# a syllable whose vowel is a lone final i or y after its consonants (Quý, Sỹ, Mỹ, Kỳ, Lý): written both ways
_I_OR_Y = re.compile(r"^(qu|[bcdđghklmnprstvx]+)([iìíỉĩịyỳýỷỹỵ])$")
_Y_TO_I = str.maketrans("yỳýỷỹỵ", "iìíỉĩị")


@lru_cache(maxsize=65536)
def fold_spelling(name: str) -> str:
    """A name with its spelling variants folded: case, apostrophes, i/y, tone-mark placement.

    Cached: a name block compares every name with every other, the same few names again and again."""
    text = modern_tone(unicodedata.normalize("NFC", _APOSTROPHES.sub("", name))).casefold()
    return " ".join(_fold_syllable(token) for token in text.split())


# two consonants that open no Vietnamese syllable (kđ, kr, bl, hr, ml ...): an Ê Đê, Jrai or Bahnar name, whose
# vowel marks Vietnamese spelling renders in more than one way (Kđăm / Kđam)
_VIETNAMESE_ONSETS = ("ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr")
_CONSONANTS = set("bcdđghklmnpqrstvx")


def _fold_syllable(token: str) -> str:
    if len(token) > 2 and token[0] in _CONSONANTS and token[1] in _CONSONANTS and not token.startswith(_VIETNAMESE_ONSETS):
        # its vowel marks dropped, its tone kept apart from them: the same letters with any breve, circumflex or horn
        return "".join(c for c in unicodedata.normalize("NFD", token) if c not in "\u0306\u0302\u031b")
    m = _I_OR_Y.match(token)
    return m.group(1) + m.group(2).translate(_Y_TO_I) if m else token


def block_key(name: str) -> str:
    """Mentions that may be one person share this key: first and last name."""
    tokens = fold_spelling(name).split()
    return f"{tokens[0]} {tokens[-1]}" if tokens else ""


@lru_cache(maxsize=65536)
def names_agree(a: str, b: str) -> str | None:
    """``same name``, ``middle name omitted`` or None."""
    fa, fb = fold_spelling(a), fold_spelling(b)
    if fa == fb:
        return "same name" if a.casefold().split() == b.casefold().split() else "same name, written two ways"
    short, long = sorted((fa.split(), fb.split()), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return None
    rest = iter(long[1:-1])
    return "middle name omitted" if all(token in rest for token in short[1:-1]) else None
