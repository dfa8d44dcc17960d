"""The lexicon: the genre's words as data (``kg/lexicon/*.tsv``), the lowest layer of vnkg.

Extractors, resolve and identity find roles, bodies, places, cues and every other domain word
here; nothing here knows of articles, facts or RDF.
"""
from .entries import BodyEntry, DepartmentEntry, FamilyNames, LevelEntry, RoleEntry, is_party_unit
from .files import LEXICON_DIR, key, read_tsv
from .lexicon import Lexicon, built, cues, lexicon, word_pattern
from .phrases import PhraseIndex, PhraseMatch, Phrases
from .short_forms import with_short_forms

__all__ = [
    "LEXICON_DIR", "BodyEntry", "DepartmentEntry", "FamilyNames", "LevelEntry", "Lexicon", "PhraseIndex",
    "PhraseMatch", "Phrases", "RoleEntry", "built", "cues", "is_party_unit", "key", "lexicon", "word_pattern",
    "read_tsv", "with_short_forms",
]
