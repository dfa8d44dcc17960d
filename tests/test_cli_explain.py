"""``kg explain`` finds a name typed without its tone marks, reads the build as the other commands
do, and dates each article by what it says."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main


def explain(*args: str):
    return CliRunner().invoke(main, ["explain", *args])


@pytest.mark.parametrize("typed", ["Nguyễn Văn Sơn", "Nguyen Van Son", "nguyễn van sơn"])
def test_tone_marks_are_optional(examples_out, typed):
    result = explain(typed, str(examples_out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Nguyễn Văn Sơn  <https://w3id.org/vnkg/resource/person/nguyen-van-son-")


def test_the_build_is_named_as_for_the_other_commands(examples_out):
    by_folder = explain("Đặng Quốc Bảo", str(examples_out))
    by_store = explain("Đặng Quốc Bảo", "--store", str(examples_out / "store"))
    by_old_option = explain("Đặng Quốc Bảo", "--out", str(examples_out))
    assert by_folder.exit_code == by_store.exit_code == by_old_option.exit_code == 0
    assert by_folder.output == by_store.output == by_old_option.output
    assert "--out" not in explain("--help").output
    twice = explain("Đặng Quốc Bảo", str(examples_out), "--store", str(examples_out / "store"))
    assert twice.exit_code == 2 and twice.output.splitlines()[-1] == "Error: name the build once: BUILD, or --store DIR"


def test_an_article_without_a_publication_date_is_dated_by_its_facts(examples_out):
    # The article has no date line; the session it reports was on 21 March 2024.
    line = explain("Nguyễn Văn Sơn", str(examples_out)).output.splitlines()[1]
    assert line.startswith("  lam-viec-xa-hong-phong.txt (2024-03-21): Nguyễn Văn Sơn, Phó Bí thư Thường trực")
    lines = explain("Lê Thị Thu Hà", str(examples_out)).output.splitlines()
    assert "  hoi-nghi-so-ket-phuong-an-hoa.txt (2023-07-12): Lê Thị Thu Hà, Bí thư, Đảng ủy phường An Hòa; " \
           "Chủ tịch, Hội đồng nhân dân phường An Hòa; Quận ủy viên, Quận ủy Bình Lâm" in lines  # its publication date


def test_a_name_not_in_the_build_is_one_line(examples_out):
    result = explain("Không Có Ai", str(examples_out))
    assert result.exit_code == 1
    assert result.output == f"no person named 'Không Có Ai' in {examples_out / 'store'}\n"
