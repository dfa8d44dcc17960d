"""What ``kg build`` says of inputs it cannot build: missing paths, empty folders, PDF and Word
files, and its own output folder kept inside the input folder."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main
from helpers import ARTICLES, write_articles


def build(*args: str):
    return CliRunner().invoke(main, ["build", "--quiet", "--no-view", *args])


def test_a_path_that_does_not_exist_is_a_usage_error_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = build(str(tmp_path / "nowhere"), "--out", str(out))
    assert result.exit_code == 2
    assert "no such file or folder: " + str(tmp_path / "nowhere") in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_an_empty_folder_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    result = build(str(tmp_path / "empty"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.strip() == f"no article in {tmp_path / 'empty'}: a build reads .htm, .html, .jsonl, .txt files"


def test_pdf_and_word_files_are_named_with_their_format(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (folder / "b.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (folder / "notes.md").write_text("not an article, not a document format either")
    result = build(str(folder), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"skipped {folder / 'a.pdf'}: PDF is not supported: save it as text (.txt) or HTML first"
    assert lines[1] == f"skipped {folder / 'b.docx'}: DOCX is not supported: save it as text (.txt) or HTML first"
    assert len(lines) == 2


def test_a_pdf_named_directly_is_called_a_pdf_whatever_its_suffix(tmp_path):
    pdf = tmp_path / "bai-bao.txt"
    pdf.write_bytes(b"%PDF-1.4\n\x00\x01binary")
    result = build(str(pdf), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"skipped {pdf}: PDF is not supported: save it as text (.txt) or HTML first"]


def test_rebuilding_a_folder_that_holds_its_own_output_reads_no_output_as_input(tmp_path):
    folder = write_articles(tmp_path / "news", ARTICLES)
    for _ in range(2):  # the second build finds output/view.html inside the input folder
        result = CliRunner().invoke(main, ["build", str(folder), "--out", str(folder / "output")])
        assert result.exit_code == 0, result.output
    assert "view.html" not in result.output.split("written")[0] and "unchanged             2" in result.output
