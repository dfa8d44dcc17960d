"""The gazetteer reads vietnamadminunits' own database without importing the package's parsers."""
import subprocess
import sys

from kg.gazetteer import gazetteer
from kg.normalize import modern_tone


def test_the_gazetteer_holds_todays_and_the_legacy_provinces_and_districts():
    places = gazetteer()
    assert {"Hà Nội", "Quảng Nam", "Lâm Đồng"} <= places.provinces  # Quảng Nam: merged in 2025
    assert "Hải Phòng" in places.cities and "Nghệ An" not in places.cities
    assert "Quảng Ninh" in places.districts["Hải Hà"]


def test_a_district_named_like_another_unit_is_held_by_its_name_alone():
    # the package writes "Kỳ Anh (Huyện)" beside "Kỳ Anh (Thị xã)"; articles write "Huyện ủy Kỳ Anh"
    assert "Hà Tĩnh" in gazetteer().districts["Kỳ Anh"]
    assert not any("(" in name for name in gazetteer().names)


def test_the_gazetteer_agrees_with_the_packages_own_query():
    from vietnamadminunits.database import query
    provinces = {modern_tone(row["provinceShort"])
                 for table in ("admin_units", "admin_units_legacy")
                 for row in query(f"SELECT DISTINCT provinceShort FROM {table}")}
    assert gazetteer().provinces == provinces


def test_reading_the_gazetteer_does_not_load_the_address_parsers():
    script = "import sys; from kg.gazetteer import gazetteer; gazetteer(); print('vietnamadminunits' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
