"""Where a canonical body name places its body: the tier and the place its name ends with
(``Ban Tổ chức Huyện ủy Gio Linh``: the district Gio Linh) and the provinces that place lies in.
Read by the identity rules and the mentions they judge alike."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import gazetteer

# Tiers of place a post can pin a person to; provinces decide conflicts.
PROVINCE = "province"


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    """Place words and committee names to their tier, and a pattern for ``<word or committee> <Place>`` at the end of a name."""
    from .lexicon import lexicon

    words, committees = {}, {}
    for level in lexicon().levels.values():
        words[level.word] = level.tier
        if level.committee not in lexicon().words("commune-committee"):  # Đảng ủy X: the place word says the tier, not the committee
            committees[level.committee] = level.tier
    heads = sorted({*words, *committees}, key=len, reverse=True)
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, heads)) + r") ((?:[^\W\d_][\w-]*|\d+)(?: [^\W\d_][\w-]*)*)$")
    return words, committees, pattern


def place_tier(word: str, place: str) -> str | None:
    """The tier of a place named with its place word (``tỉnh``, ``thành phố`` ...), a city by the gazetteer."""
    tier = _levels()[0].get(word)
    if tier == "city":  # thành phố: a province-tier city, or a city within a province
        return PROVINCE if place in gazetteer().provinces else "district"
    return tier


def place_of_body(name: str) -> tuple[str, str] | None:
    """(tier, place) a canonical body name ends with: ``Ban Tổ chức Huyện ủy Gio Linh`` → (district, Gio Linh)."""
    words, committees, pattern = _levels()
    m = pattern.search(name)
    if not m:
        return None
    head, place = m.group(1), m.group(2)
    tier = words.get(head) or committees.get(head)
    if tier == "city":  # thành phố / Thành ủy: a province-tier city, or a city within a province
        tier = PROVINCE if place in gazetteer().provinces else "district"
    return (tier, place) if tier else None


def provinces_of(tier: str, place: str) -> frozenset[str]:
    districts = gazetteer().districts
    if tier == PROVINCE:
        return frozenset({place})
    if tier == "district" and len(districts.get(place, ())) == 1:
        return districts[place]
    return frozenset()
