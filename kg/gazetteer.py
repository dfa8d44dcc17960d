"""Administrative units from the ``vietnamadminunits`` package, read once.

Provinces before and after the 2025 reform, and the pre-2025 districts with the
provinces each lies in. Wards are left out on purpose: many are people's names
(phường Nguyễn Du), and a ward is always written with its place word anyway.
"""
from __future__ import annotations

import importlib.util
import re
import sqlite3
import sys
from contextlib import closing
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .normalize import modern_tone


@dataclass(frozen=True)
class Gazetteer:
    provinces: frozenset[str] = frozenset()
    districts: dict[str, frozenset[str]] = field(default_factory=dict)  # district -> its provinces
    cities: frozenset[str] = frozenset()  # provinces that are cities (Hải Phòng): "thành phố", not "tỉnh"

    @property
    def names(self) -> frozenset[str]:
        """Every province and district name."""
        return self.provinces | frozenset(self.districts)


def _dataset() -> Path | None:
    """The package's own database, found without importing the package: its ``__init__`` loads the
    address parsers (0.9 s of a one-article build), which vnkg does not use."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "dataset.db"
    return path if path.is_file() else None


def _rows(dataset: Path, sql: str) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(f"{dataset.as_uri()}?mode=ro", uri=True)) as connection:
        connection.row_factory = sqlite3.Row
        return connection.execute(sql).fetchall()


# "Kỳ Anh (Huyện)", "Kỳ Anh (Thị xã)": the package tells apart two units of one name by their kind; an article
# writes the name alone
_UNIT_KIND_RE = re.compile(r"\s*\([^()]*\)\Z")


@cache
def gazetteer() -> Gazetteer:
    dataset = _dataset()
    if dataset is None:  # places are then read from capitals and place words alone
        print("vnkg: vietnamadminunits is not installed; place names are read without a gazetteer", file=sys.stderr)
        return Gazetteer()
    provinces, cities = set(), set()
    districts: dict[str, set[str]] = {}
    for row in [*_rows(dataset, "SELECT DISTINCT province, provinceShort FROM admin_units"),
                *_rows(dataset, "SELECT DISTINCT province, provinceShort FROM admin_units_legacy")]:
        provinces.add(modern_tone(row["provinceShort"]))
        if row["province"].startswith("Thành phố"):
            cities.add(modern_tone(row["provinceShort"]))
    for row in _rows(dataset, "SELECT DISTINCT provinceShort, districtShort FROM admin_units_legacy"):
        if row["districtShort"]:
            district = _UNIT_KIND_RE.sub("", modern_tone(row["districtShort"]))
            districts.setdefault(district, set()).add(modern_tone(row["provinceShort"]))
    return Gazetteer(frozenset(provinces), {d: frozenset(p) for d, p in districts.items()}, frozenset(cities))


@cache
def place_names() -> frozenset[str]:
    return gazetteer().names


def dashed_province_spellings() -> list[list[str]]:
    """Rows (spelling, place word, canonical name) for provinces named with a dash (``Bà Rịa - Vũng Tàu``),
    however the article spaces the dash: a run of capitals alone stops at it."""
    rows = []
    for province in sorted(gazetteer().provinces):
        if " - " not in province:
            continue
        word = "thành phố" if province in gazetteer().cities else "tỉnh"
        rows += [[province.replace(" - ", dash), word, province] for dash in (" - ", "-", " -", "- ", " – ", "–")]
    return rows
