"""What one row of a lexicon file says: a role, a department, a body, a place level, a family name."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Bare, BodyKind, Naming


@dataclass(frozen=True)
class RoleEntry:
    role: str
    implied_body: str
    kind: str


@dataclass(frozen=True)
class DepartmentEntry:
    name: str
    head_title: str
    kind: str


@dataclass(frozen=True)
class BodyEntry:
    name: str
    kind: BodyKind
    naming: Naming
    level: str
    parent: str
    bare: Bare

    def __post_init__(self) -> None:
        # members once per row, not three Enum() calls in each BodyRef made of the row (~20 an article)
        object.__setattr__(self, "kind", BodyKind(self.kind))
        object.__setattr__(self, "naming", Naming(self.naming))
        object.__setattr__(self, "bare", Bare(self.bare))


def is_party_unit(entry: BodyEntry) -> bool:
    """Đảng ủy, Đảng bộ, Chi bộ, Chi ủy: the party units any place or agency may have (a party body
    named with what follows it and implying no level of its own, in bodies.tsv)."""
    return (entry.kind in (BodyKind.PARTY_COMMITTEE, BodyKind.PARTY_ORGANIZATION) and entry.naming == Naming.LEVELED
            and not entry.level)


class FamilyNames(frozenset):
    """Family names; a word that opens with one written with an apostrophe is one too, however the
    apostrophe is typed (``H'``, ``K’``, ``Hʼ``: ``H’Yim``, ``K'Mák``)."""

    def __contains__(self, word) -> bool:
        opening = _APOSTROPHED_RE.match(word) if isinstance(word, str) else None
        return super().__contains__(word) or (opening is not None and super().__contains__(opening.group(1) + "'"))


_APOSTROPHED_RE = re.compile(r"([^\W\d_]{1,2})['’ʼ]")


@dataclass(frozen=True)
class LevelEntry:
    word: str
    tier: str
    committee: str
