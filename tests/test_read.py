"""Readers against a zoo of bad inputs, each made here in tmp_path."""
from __future__ import annotations

import io
import json
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from viparse.normalize.tables import Charmap
from viparse.normalize.tcvn3 import TCVN3
from viparse.normalize.vni import VNI

from kg.decode import Unreadable, decode_bytes
from kg.model import RawDocument, ReadProblem
from kg.read import DEFAULT_MAX_BYTES, Source, read_inputs, read_sources

# Invented text in the style of local political news. TCVN3 has no accented
# capitals (a heading font drew them), so the accented capitals here are only Đ.
SAMPLE = (
    "Sáng ngày 3/4/2022, Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết công tác "
    "xây dựng Đảng quý I năm 2022. Đồng chí Trần Văn An, Bí thư Đảng ủy phường chủ trì "
    "hội nghị. Tham dự có các đồng chí trong Ban Thường vụ, lãnh đạo ủy ban nhân dân "
    "phường và đại diện các chi bộ trực thuộc. Hội nghị đã thảo luận, đánh giá kết quả "
    "thực hiện nghị quyết và đề ra nhiệm vụ trọng tâm trong thời gian tới."
)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: a base letter, then a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        tone = "".join(c for c in decomposed if c in TONE_MARKS)
        out += (base + tone).encode("cp1258")
    return bytes(out)


def legacy_bytes(text: str, charmap: Charmap) -> bytes:
    """``text`` as a legacy-font file stores it: each letter's font code point as one byte."""
    letter_codes = {}
    for code, letter in charmap.pairs:
        letter_codes.setdefault(letter, code)
    return "".join(letter_codes.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("cp1252")


def read_all(*inputs, **kwargs) -> list[RawDocument | ReadProblem]:
    return list(read_inputs([str(i) for i in inputs], **kwargs))


def read_one(path: Path, **kwargs) -> RawDocument | ReadProblem:
    (result,) = read_all(path, **kwargs)
    return result


def read_text(tmp_path: Path, data: bytes, name: str = "a.txt") -> RawDocument | ReadProblem:
    path = tmp_path / name
    path.write_bytes(data)
    return read_one(path)


def assert_problem(result, *words: str) -> ReadProblem:
    assert isinstance(result, ReadProblem), f"expected a problem, read {result!r}"
    for word in words:
        assert word in result.reason, f"{word!r} not in {result.reason!r}"
    return result


# --- encodings ------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(SAMPLE.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), id="utf-8-bom"),
        pytest.param(unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), id="utf-8-decomposed"),
        pytest.param(SAMPLE.encode("utf-16"), id="utf-16-bom"),
        pytest.param(b"\xfe\xff" + SAMPLE.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(SAMPLE.encode("utf-32"), id="utf-32-bom"),
        pytest.param(cp1258_bytes(SAMPLE), id="windows-1258"),
        pytest.param(SAMPLE.encode("utf-8").decode("latin-1").encode("utf-8"), id="mojibake-latin-1"),
    ],
)
def test_text_in_any_vietnamese_encoding_reads_as_nfc_unicode(tmp_path, data):
    doc = read_text(tmp_path, data)
    assert isinstance(doc, RawDocument), doc
    assert doc.text == SAMPLE
    assert doc.name == "a.txt" and doc.path == str(tmp_path / "a.txt")


def test_windows_1258_really_holds_decomposed_tone_marks():
    # Guards the fixture above: without combining marks the cp1258 case tests nothing.
    assert b"a\xd2ng" in cp1258_bytes("Đảng")


def test_mojibake_through_windows_1252_is_repaired(tmp_path):
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    garbled = SAMPLE.encode("utf-8").decode("sloppy-windows-1252")
    assert "Ä" in garbled
    assert read_text(tmp_path, garbled.encode("utf-8")).text == SAMPLE


@pytest.mark.parametrize("charmap", [TCVN3, VNI], ids=["tcvn3", "vni"])
def test_legacy_font_encodings_are_converted(tmp_path, charmap):
    data = legacy_bytes(SAMPLE, charmap)
    assert not data.isascii() and b"\xe1\xba" not in data  # truly legacy bytes, not UTF-8
    doc = read_text(tmp_path, data)
    assert isinstance(doc, RawDocument), doc
    assert doc.text == SAMPLE


def test_tcvn3_letters_at_known_bytes(tmp_path):
    # A heading written out byte by byte from the TCVN3 chart, before enough text to detect.
    known = b"\xa7\xb6ng \xf1y ph\xad\xeang H\xdfa B\xd7nh t\xe6 ch\xf8c h\xe9i ngh\xde. "
    doc = read_text(tmp_path, known + legacy_bytes(SAMPLE, TCVN3))
    assert doc.text == "Đảng ủy phường Hòa Bình tổ chức hội nghị. " + SAMPLE


def test_legacy_text_stored_as_unicode_is_converted(tmp_path):
    as_surface = legacy_bytes(SAMPLE, TCVN3).decode("cp1252")
    assert read_text(tmp_path, as_surface.encode("utf-8")).text == SAMPLE


@pytest.mark.parametrize("charmap", [TCVN3, VNI], ids=["tcvn3", "vni"])
@pytest.mark.parametrize("fragment", ["Đảng ủy", "Hội nghị sơ kết", "Bí thư chi bộ", "ủy ban nhân dân xã"])
def test_short_legacy_text_is_converted_or_refused_never_garbled(tmp_path, charmap, fragment):
    result = read_text(tmp_path, legacy_bytes(fragment, charmap))
    if isinstance(result, RawDocument):
        assert result.text == fragment
    else:
        assert_problem(result, "not UTF-8", "TCVN3", "save it as UTF-8")


def test_ambiguous_legacy_text_is_refused_naming_the_line(tmp_path):
    # One dense phrase over and over converts plausibly with more than one table.
    heading = b"\xa7\xb6ng \xf1y ph\xad\xeang H\xdfa B\xd7nh t\xe6 ch\xf8c h\xe9i ngh\xde\n"
    problem = assert_problem(read_text(tmp_path, b"Trang 1\n" + heading * 5), "not UTF-8", "save it as UTF-8")
    assert "line 2" in problem.reason


def test_undecidable_8bit_text_is_refused(tmp_path):
    german = "Größe und Übermaß, schöne Straße für Fußgänger.".encode("latin-1")
    assert_problem(read_text(tmp_path, german), "not UTF-8", "Windows-1258")


def test_truncated_utf8_keeps_all_but_the_cut_character(tmp_path):
    data = (SAMPLE + " Hộ").encode("utf-8")[:-1]  # "ộ" is three bytes; keep two
    assert read_text(tmp_path, data).text == SAMPLE + " H"


def test_broken_utf16_is_refused(tmp_path):
    assert_problem(read_text(tmp_path, b"\xff\xfe" + "Đảng".encode("utf-16-le") + b"\x00"), "broken UTF-16")


def test_utf16_without_bom_is_refused_with_a_hint(tmp_path):
    assert_problem(read_text(tmp_path, SAMPLE.encode("utf-16-le")), "NUL", "byte-order mark")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, id="png"),
        pytest.param(b"Sang ngay\x00 3/4", id="nul-in-text"),
        pytest.param(bytes(range(1, 32)) * 40, id="control-characters"),
    ],
)
def test_binary_files_are_refused(tmp_path, data):
    assert_problem(read_text(tmp_path, data), "binary")


@pytest.mark.parametrize(
    ("data", "why"),
    [(b"", "no text"), (b" \n\t\r\n  ", "only whitespace"), ("\u3000\u00a0\n".encode("utf-8"), "only whitespace")],
    ids=["empty", "whitespace", "unicode-whitespace"],
)
def test_empty_files_are_refused(tmp_path, data, why):
    assert_problem(read_text(tmp_path, data), "empty", why)


# --- size bound -----------------------------------------------------------


def test_file_over_the_bound_is_refused_naming_size_and_bound(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    problem = assert_problem(read_one(path, max_bytes=4096), "too large")
    assert "5000 bytes" in problem.reason and "max_bytes=4096" in problem.reason


def test_default_bound_refuses_a_huge_file_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21 * 1024 * 1024)
    monkeypatch.setattr("kg.read._read_bounded", lambda *a: pytest.fail("read a file over the bound"))
    problem = assert_problem(read_one(path), "too large", "21.0 MB", "20.0 MB")
    assert str(DEFAULT_MAX_BYTES) in problem.reason


def test_a_file_exactly_at_the_bound_is_read(tmp_path):
    path = tmp_path / "edge.txt"
    path.write_bytes(b"a" * 4096)
    assert isinstance(read_one(path, max_bytes=4096), RawDocument)


# --- files that cannot be read --------------------------------------------


def test_missing_file(tmp_path):
    assert_problem(read_one(tmp_path / "nope.txt"), "no such file")


def test_broken_symlink(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "never-there.txt")
    assert_problem(read_one(tmp_path / "gone.txt"), "broken symbolic link", "never-there.txt")


def test_symlink_pointing_to_itself(tmp_path):
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    assert_problem(read_one(tmp_path / "self.txt"), "symbolic link loop")


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_read_error_is_reported_not_raised():
    # Tests run as root, so chmod 000 cannot make a read fail; this file always does.
    problem = assert_problem(read_one(Path("/proc/self/mem")), "cannot read")
    assert problem.path == "/proc/self/mem"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_in_a_folder_is_skipped_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(SAMPLE, encoding="utf-8")
    results = read_all(tmp_path)
    assert [type(r) for r in results] == [RawDocument, ReadProblem]
    assert_problem(results[1], "not a regular file")


# --- folders --------------------------------------------------------------


def test_folder_is_read_recursively_in_order_skipping_hidden_and_foreign_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "inner.txt").write_text("Bài hai.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bài một.", encoding="utf-8")
    (tmp_path / "c.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ẩn", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("ẩn", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text("id\turl\n", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()  # a folder that only looks like a file
    (tmp_path / "folder.txt" / "deep.txt").write_text("Bài ba.", encoding="utf-8")
    names = [doc.name for doc in read_all(tmp_path)]
    assert names == ["a.txt", "inner.txt", "c.htm", "deep.txt"]


def test_symlink_loop_in_a_folder_ends_and_reads_each_file_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(SAMPLE, encoding="utf-8")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "again").symlink_to(tmp_path / "sub")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    results = read_all(tmp_path)
    assert [r.name for r in results if isinstance(r, RawDocument)] == ["x.txt"]
    assert [r.reason for r in results if isinstance(r, ReadProblem)] == [
        f"broken symbolic link (it points to {tmp_path / 'nowhere.txt'}, which does not exist)"
    ]


# --- JSONL ----------------------------------------------------------------


def test_jsonl_reads_good_records_and_reports_broken_lines_by_number(tmp_path):
    lines = [
        json.dumps({"text": "Đảng ủy phường Hòa Bình họp.", "url": "https://example.org/1", "published": "2022-04-03", "title": "Họp"}),
        '{"text": "Bí thư chủ trì", ',  # cut off
        "",
        json.dumps({"id": "bai-7", "text": "Chi bộ khu phố 3 sinh hoạt.", "published": "2022-04-05T07:30:00+07:00"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Ngày sai.", "published": "3/4/2022"}),
        json.dumps({"id": "bai-7", "text": "Trùng mã."}),
        json.dumps({"text": "Sa\u0301ng nay."}, ensure_ascii=False),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_all(path)
    docs = [r for r in results if isinstance(r, RawDocument)]
    problems = {r.line: r for r in results if isinstance(r, ReadProblem)}

    assert [d.name for d in docs] == ["feed.jsonl#1", "bai-7", "feed.jsonl#9"]
    first = docs[0]
    assert (first.title, first.url, first.published) == ("Họp", "https://example.org/1", date(2022, 4, 3))
    assert first.path == f"{path}:1"
    assert docs[1].published == date(2022, 4, 5)
    assert docs[2].text == "Sáng nay."  # NFC

    assert sorted(problems) == [2, 5, 6, 7, 8]
    assert "not valid JSON" in problems[2].reason
    assert "JSON object" in problems[5].reason
    assert '"text"' in problems[6].reason
    assert "not an ISO date" in problems[7].reason
    assert "duplicate id 'bai-7'" in problems[8].reason and "line 4" in problems[8].reason
    assert all(p.path == str(path) for p in problems.values())
    assert str(problems[2]).startswith(f"{path}:2: ")


def test_jsonl_with_no_records(tmp_path):
    assert_problem(read_text(tmp_path, b"\n\n", name="empty.jsonl"), "empty")


def test_jsonl_deeply_nested_line_is_a_problem_not_a_crash(tmp_path):
    results = read_all(_written(tmp_path / "deep.jsonl", b"[" * 100_000 + b"\n" + json.dumps({"text": "Còn đọc."}).encode()))
    assert [type(r) for r in results] == [ReadProblem, RawDocument]


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --- HTML -----------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head>
<title>Hội nghị sơ kết | Báo Hòa Bình</title>
<meta property="og:title" content="Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết">
<meta property="article:published_time" content="2022-04-03T08:00:00+07:00">
<link rel="canonical" href="https://example.org/tin/hoi-nghi-so-ket">
<style>body { color: red } .KIEU_CSS { }</style>
<script>var theoDoi = "MA_THEO_DOI";</script>
</head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">MỤC_ĐIỀU_HƯỚNG</a></li></ul></nav>
<article><h1>Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết</h1>
<p>Sáng ngày 3/4/2022, Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2022.</p>
<p>Đồng chí Trần Văn An – Bí thư Đảng ủy phường chủ trì hội nghị. Tham dự có các đồng chí trong Ban Thường vụ Đảng ủy phường.</p>
</article><footer>Bản quyền thuộc về Báo Hòa Bình</footer></body></html>"""


def test_html_keeps_the_article_and_its_metadata_and_drops_scripts_styles_navigation(tmp_path):
    doc = read_text(tmp_path, HTML.encode("utf-8"), name="page.html")
    assert isinstance(doc, RawDocument), doc
    assert "Đồng chí Trần Văn An – Bí thư Đảng ủy phường chủ trì hội nghị." in doc.text
    for dropped in ("MA_THEO_DOI", "KIEU_CSS", "MỤC_ĐIỀU_HƯỚNG"):
        assert dropped not in doc.text
    assert doc.title == "Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết"
    assert doc.published == date(2022, 4, 3)
    assert doc.url == "https://example.org/tin/hoi-nghi-so-ket"
    assert doc.name == "page.html"


def test_html_without_metadata_leaves_it_empty(tmp_path):
    doc = read_text(tmp_path, f"<html><body><p>{SAMPLE}</p></body></html>".encode(), name="bare.htm")
    assert (doc.text, doc.title, doc.published, doc.url) == (SAMPLE, None, None, None)


def test_html_with_no_article_text(tmp_path):
    page = b"<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"
    assert_problem(read_text(tmp_path, page, name="empty.html"), "no article text")


def test_html_in_windows_1258(tmp_path):
    page = b"<html><body><p>" + cp1258_bytes(SAMPLE) + b"</p></body></html>"
    assert read_text(tmp_path, page, name="old.htm").text == SAMPLE


# --- standard input -------------------------------------------------------


class FakeStdin:
    """sys.stdin with a byte buffer that records how much each read asked for."""

    def __init__(self, data: bytes):
        self.buffer = self
        self._data = io.BytesIO(data)
        self.requested: list[int] = []

    def read(self, size: int = -1) -> bytes:
        self.requested.append(size)
        return self._data.read(size)


def test_stdin_is_read_as_a_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(cp1258_bytes(SAMPLE)))
    (doc,) = read_all("-")
    assert (doc.name, doc.path, doc.text) == ("stdin", "-", SAMPLE)


def test_stdin_holding_jsonl_or_html_is_recognised(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b'{"text": "B\xc3\xa0i m\xe1\xbb\x99t."}\n{"text": "Hai."}\n'))
    assert [d.name for d in read_all("-")] == ["stdin#1", "stdin#2"]
    monkeypatch.setattr(sys, "stdin", FakeStdin(HTML.encode()))
    assert read_all("-")[0].title == "Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết"


def test_stdin_over_the_bound_is_refused_after_reading_one_byte_past_it(monkeypatch):
    stdin = FakeStdin(b"a" * 10_000)
    monkeypatch.setattr(sys, "stdin", stdin)
    (problem,) = read_all("-", max_bytes=1000)
    assert_problem(problem, "too large", "max_bytes=1000")
    assert problem.path == "standard input"
    assert stdin.requested == [1001]


def test_problems_on_stdin_name_it_in_words(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b'{"text": "ok"}\n{broken\n'))
    problem = read_all("-")[1]
    assert str(problem).startswith("standard input:2: not valid JSON")


def test_closed_stdin_is_a_problem(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert_problem(read_all("-")[0], "cannot read")


# --- the whole zoo at once ------------------------------------------------


def test_the_whole_zoo_yields_documents_and_problems_and_never_raises(tmp_path):
    zoo = {
        "empty.txt": b"",
        "blank.txt": b"   \n",
        "binary.txt": os.urandom(4096) + b"\x00",
        "utf16.txt": SAMPLE.encode("utf-16"),
        "cp1258.txt": cp1258_bytes(SAMPLE),
        "tcvn3.txt": legacy_bytes(SAMPLE, TCVN3),
        "vni.txt": legacy_bytes(SAMPLE, VNI),
        "truncated.txt": SAMPLE.encode()[:-1],
        "broken.jsonl": b'{"text": \n{"text": "ok"}\n',
        "page.html": HTML.encode(),
        "garbage.html": os.urandom(2048).replace(b"\x00", b""),
    }
    for name, data in zoo.items():
        (tmp_path / name).write_bytes(data)
    results = read_all(tmp_path, tmp_path / "missing.txt")
    assert all(isinstance(r, (RawDocument, ReadProblem)) for r in results)
    problems = [r for r in results if isinstance(r, ReadProblem)]
    assert {Path(p.path).name for p in problems} >= {"empty.txt", "blank.txt", "binary.txt", "broken.jsonl", "missing.txt"}
    assert all(p.reason for p in problems)
    docs = {d.name: d.text for d in results if isinstance(d, RawDocument)}
    assert {docs[n] for n in ("utf16.txt", "cp1258.txt", "tcvn3.txt", "vni.txt")} == {SAMPLE}


def test_decode_bytes_raises_only_unreadable():
    with pytest.raises(Unreadable):
        decode_bytes(b"\x00\x01")


def test_sources_leave_text_and_html_files_as_their_bytes_until_a_builder_reads_them(tmp_path):
    (tmp_path / "a.txt").write_bytes(cp1258_bytes(SAMPLE))
    (tmp_path / "b.html").write_text(f"<html><body><article><p>{SAMPLE}</p></article></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "bai-1", "text": SAMPLE}, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    items = list(read_sources([tmp_path]))
    sources = [item for item in items if isinstance(item, Source)]
    assert [(s.name, s.kind) for s in sources] == [("a.txt", "text"), ("b.html", "html"), ("d.txt", "text")]
    assert sources[0].data == (tmp_path / "a.txt").read_bytes()
    assert [item.name for item in items if isinstance(item, RawDocument)] == ["bai-1"]  # records come read
    assert sources[0].document().text == SAMPLE
    assert SAMPLE in sources[1].document().text
    with pytest.raises(Unreadable, match="empty"):
        sources[2].document()
    # read_inputs is the sources read: the empty file is a problem that names it
    assert [getattr(r, "name", None) or r.path for r in read_all(tmp_path)] == \
        ["a.txt", "b.html", "bai-1", str(tmp_path / "d.txt")]
