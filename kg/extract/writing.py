"""How the genre writes names: capital letters (Vietnamese ones included), lists, a name's letter case."""
from __future__ import annotations

import re

from ..lexicon import word_pattern

# Vietnamese upper-case letters, for names and places written with capitals.
UPPER = "".join(ch for ch in map(chr, [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]) if ch.isupper())
CAP_WORD = rf"[{UPPER}](?:[^\W\d_]|['’ʼ])*"  # H'Nhi, K’Mák: an apostrophe typed three ways
CAP_WORD_RE = re.compile(CAP_WORD)

# between the items of a list: "A, B và C"
list_sep_re = word_pattern(r"\s*(?:,|\b{and}\b)\s*")


def title_case(name: str) -> str:
    """A person's name as names are written: each word capitalized, the rest in lower case."""
    return " ".join(w if w.endswith(".") else _capitalized(w) for w in name.split())


_NAME_PART_RE = re.compile(r"[^.'’ʼ]+")
_PART_SEPARATOR_RE = re.compile(r"[.'’ʼ]")


def _capitalized(word: str) -> str:
    if _PART_SEPARATOR_RE.search(word) is None:  # most words: one part, no regex substitution
        return word[:1].upper() + word[1:].lower()
    # each part of an abbreviated or apostrophed name too: "H.VÂN" is "H.Vân", "H'NHI" is "H'Nhi"
    return _NAME_PART_RE.sub(lambda m: m.group()[:1].upper() + m.group()[1:].lower(), word)
