"""What a careful reader weighs, beyond a shared body, to take two mentions of one name for one
person: where their posts put them in the country's hierarchy.

* Provinces merged in 2025 are one place (``kg/lexicon/province_mergers.tsv``): a Quảng Nam leader
  of 2021 may be a Đà Nẵng leader of 2025.
* A post's standing (``kg/lexicon/identity_posts.tsv``): in a central body (whose holders attend
  meetings in every province, so their article's province says nothing of them), a member of the
  Party's Central Committee (moved between provinces and central posts), or among the leaders of a
  province (its party committee's, council's, government's or front's Bí thư, Chủ tịch and deputies).

:func:`career_evidence` turns these into evidence for :mod:`kg.identity`, always with the same full
name: a name shared by two such people at once is rare, and the rules say which of them applies.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from .body_places import PROVINCE, place_of_body
from .lexicon import lexicon

# the weakest evidence: a mention it joined stands alone again when it fits two namesakes (kg.identity)
UNPLACED = "both among a province's leaders, and one article names no province"


class Standing(str, Enum):
    """How high a post puts its holder, for identity (kg/lexicon/identity_posts.tsv)."""

    CENTRAL = "central"  # a post in a central body
    COMMITTEE = "committee"  # a member of the Party's Central Committee (or Politburo, Secretariat)
    HEAD = "head"  # Bí thư, Phó Bí thư or Chủ tịch of a province's committee, council, government or front
    LEADER = "leader"  # a deputy of those (Phó Chủ tịch ...)


@dataclass(frozen=True)
class _Posts:
    central_bodies: frozenset[str]
    central_suffixes: tuple[str, ...]
    central_prefixes: tuple[str, ...]
    committee_bodies: frozenset[str]
    head_roles: frozenset[str]
    leader_roles: frozenset[str]
    leader_heads: tuple[str, ...]


@lru_cache(maxsize=1)
def _posts() -> _Posts:
    from .lexicon import read_tsv

    rows: dict[str, list[str]] = {}
    for kind, value in read_tsv("identity_posts.tsv"):
        rows.setdefault(kind, []).append(value)
    return _Posts(frozenset(rows["central_body"]), tuple(rows["central_suffix"]), tuple(rows["central_prefix"]),
                  frozenset(rows["central_committee"]), frozenset(rows["head_role"]),
                  frozenset(rows["leader_role"]), tuple(sorted(rows["leader_body_head"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def _mergers() -> dict[str, str]:
    from .lexicon import read_tsv

    return {old: new for old, new in read_tsv("province_mergers.tsv")}


def province_unit(province: str) -> str:
    """The province as it has been since the 2025 mergers."""
    return _mergers().get(province, province)


def _province_tier(body: str) -> bool:
    """A body of a province: named with a province (Tỉnh ủy Lào Cai) or with the province word alone (UBND tỉnh)."""
    place = place_of_body(body)
    if place:
        return place[0] == PROVINCE
    lex = lexicon()
    return body.endswith(tuple(f" {word}" for word in lex.words("province-word"))) or body in lex.words("province-committee")


def post_standing(role: str, body: str) -> set[Standing]:
    """The standings one post (its role, the canonical name of its body, "" when none) gives its holder."""
    posts = _posts()
    role = role.removeprefix(f"{lexicon().words('former')[0]} ").strip()  # a former post is as telling as a current one
    found = set()
    if not body:
        return found
    placed = place_of_body(body) is not None or body.endswith(tuple(f" {word}" for word in lexicon().words("placed-by-word")))
    if body in posts.central_bodies or (not placed and (body.endswith(posts.central_suffixes)
                                                        or body.startswith(tuple(p + " " for p in posts.central_prefixes)))):
        found.add(Standing.CENTRAL)
    if body in posts.committee_bodies:
        found.add(Standing.COMMITTEE)
    if _province_tier(body) and body.startswith(posts.leader_heads):
        if role in posts.head_roles:
            found.add(Standing.HEAD)
        elif role in posts.leader_roles:
            found.add(Standing.LEADER)
    return found


def career_evidence(ours: dict, theirs: dict) -> tuple[int, str, bool] | None:
    """(rank, says, crosses provinces) when two mentions of the same full name are one person by their standing.

    ``ours`` and ``theirs`` hold ``standing`` (a set of :class:`Standing`) and ``units`` (the provinces since
    2025 their provincial posts, or else their articles, place them in; central posts place nobody).
    """
    a, b = ours["standing"], theirs["standing"]
    if Standing.COMMITTEE in a and Standing.COMMITTEE in b:
        return 2, "both members of the Party Central Committee, whose members move between provinces", True
    leads_a, leads_b = a & {Standing.HEAD, Standing.LEADER}, b & {Standing.HEAD, Standing.LEADER}
    for one, other in ((ours, theirs), (theirs, ours)):
        if Standing.CENTRAL in one["standing"] and not one["units"] and Standing.HEAD in other["standing"]:
            return 2, "a central post and the head of a province's leadership: officials move from one to the other", True
    if leads_a and leads_b:
        shared = ours["units"] & theirs["units"]
        if shared:
            written = ours.get("where", set()) & theirs.get("where", set())
            if written:
                return 2, f"both among the leaders of the province {sorted(written)[0]}", False
            return 2, f"both among the leaders of {sorted(shared)[0]} (one province since the 2025 mergers)", False
        if bool(ours["units"]) != bool(theirs["units"]):  # two mentions placed nowhere: a name and a rank alone
            return 1, UNPLACED, False
    return None
