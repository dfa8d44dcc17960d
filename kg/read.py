"""Read inputs (files, folders, JSONL, standard input) into RawDocuments.

Input is messy: legacy Vietnamese encodings, mojibake, binaries named ``.txt``,
huge files, broken JSON lines, symlink loops. Every input yields either a
RawDocument or a ReadProblem that names the file (and line) and says what is
wrong in plain words; nothing here raises for a bad input. A build takes a text or
HTML file as its bytes (a Source) and leaves the decoding to the worker that builds it.
"""
from __future__ import annotations

import codecs
import errno
import json
import os
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .decode import Unreadable, decode_bytes, repair_text
from .model import RawDocument, ReadProblem
from .unsupported import refusal, unsupported_format

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
# What a folder walk picks up; a file named explicitly is read whatever its suffix.
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Documents a user may drop among the articles and expect read: a walk picks them up too, to name each
# as a problem rather than pass it over in silence
OFFICE_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf"})
STDIN = "-"
_NOT_ARTICLE = ["//nav", "//*[@role='navigation']", "//script", "//style", "//noscript"]


def read_inputs(
    inputs: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | ReadProblem]:
    """Each input as RawDocuments and ReadProblems, in a stable order.

    An input is a file, a folder (read recursively in name order, hidden entries
    skipped, symlinked folders visited once) or ``-`` for standard input. Files
    larger than ``max_bytes`` are refused without being read.
    """
    for item in read_sources(inputs, max_bytes=max_bytes):
        if isinstance(item, Source):
            yield from item.documents()
        else:
            yield item


@dataclass(frozen=True)
class Source:
    """A text or HTML file's bytes, read but not decoded: decoding, mending and an HTML page's
    extraction cost more than reading the file, so a build does them where it builds the article."""

    name: str
    path: str
    kind: str
    data: bytes

    def document(self) -> RawDocument:
        """The article; Unreadable when the bytes hold none."""
        text = decode_bytes(self.data)
        if self.kind == "html":
            return _html_document(text, name=self.name, path=self.path)
        return RawDocument(name=self.name, path=self.path, text=_require_text(text))

    def documents(self) -> Iterator[RawDocument | ReadProblem]:
        try:
            yield self.document()
        except Unreadable as exc:
            yield ReadProblem(self.path, str(exc))


def read_sources(
    inputs: Iterable[str | os.PathLike], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Source | RawDocument | ReadProblem]:
    """The inputs of :func:`read_inputs`, in its order, with each text or HTML file left as a
    Source; a JSONL file's records and standard input come read."""
    for item in inputs:
        if str(item) == STDIN:
            yield from _read_stdin(max_bytes)
            continue
        path = Path(item)
        problem = _missing(path)
        if problem:
            yield problem
        elif path.is_dir():
            for found in _walk(path, set()):
                if isinstance(found, ReadProblem):
                    yield found
                else:
                    yield from _file_source(found, max_bytes)
        else:
            yield from _file_source(path, max_bytes)


def _file_source(path: Path, max_bytes: int) -> Iterator[Source | RawDocument | ReadProblem]:
    try:
        data = _read_file_bounded(path, max_bytes)
    except Unreadable as exc:
        yield ReadProblem(str(path), str(exc))
        return
    if (unsupported := unsupported_format(path, data[:16])) is not None:
        yield ReadProblem(str(path), refusal(unsupported))
        return
    kind = _kind_of(path.suffix)
    if kind == "jsonl":
        yield from from_bytes(data, name=path.name, path=str(path), kind=kind)
    else:
        yield Source(path.name, str(path), kind, data)


def from_bytes(data: bytes, *, name: str, path: str, kind: str) -> Iterator[RawDocument | ReadProblem]:
    """Bytes of kind ``text``, ``html`` or ``jsonl`` as RawDocuments or ReadProblems."""
    if kind != "jsonl":
        yield from Source(name, path, kind, data).documents()
        return
    try:
        yield from _jsonl_records(decode_bytes(data), name=name, path=path)
    except Unreadable as exc:
        yield ReadProblem(path, str(exc))


def _require_text(text: str) -> str:
    if not text:
        raise Unreadable("empty: the file has no text")
    if not text.strip():
        raise Unreadable("empty: the file holds only whitespace")
    return text


# --- formats --------------------------------------------------------------


def _kind_of(suffix: str) -> str:
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _html_document(html: str, *, name: str, path: str) -> RawDocument:
    """The article body of a web page, with its title, date and address from the markup."""
    import trafilatura  # slow to import; only HTML needs it

    _require_text(html)
    try:
        extracted = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            # Cut before the fallback extractors run too: they would hand back the
            # menu of a page that has no article as its "text".
            prune_xpath=_NOT_ARTICLE,
            # Only dates the page states; no guessing from the running text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - a parser failure is a bad input, not a crash
        raise Unreadable(f"HTML could not be parsed: {exc}") from None
    body = extracted.text if extracted is not None else None
    if not body or not body.strip():
        raise Unreadable("no article text found in the HTML")
    return RawDocument(
        name=name,
        path=path,
        text=unicodedata.normalize("NFC", body),
        title=unicodedata.normalize("NFC", extracted.title) if extracted.title else None,
        published=_parse_date(extracted.date) if extracted.date else None,
        url=extracted.url or None,
    )


def _jsonl_records(text: str, *, name: str, path: str) -> Iterator[RawDocument | ReadProblem]:
    """One RawDocument per good line; a broken line is a ReadProblem with its number."""
    seen_names: dict[str, int] = {}
    found_any = False
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other breaks.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found_any = True
        try:
            record = _jsonl_record(line, default_name=f"{name}#{number}", path=f"{path}:{number}")
        except Unreadable as exc:
            yield ReadProblem(path, str(exc), line=number)
            continue
        if record.name in seen_names:
            yield ReadProblem(path, f"duplicate id {record.name!r} (first on line {seen_names[record.name]})", line=number)
            continue
        seen_names[record.name] = number
        yield record
    if not found_any:
        yield ReadProblem(path, "empty: the JSONL file has no records")


def _jsonl_record(line: str, *, default_name: str, path: str) -> RawDocument:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise Unreadable(f"not valid JSON: {exc}") from None
    if not isinstance(record, dict):
        raise Unreadable(f"a record must be a JSON object, not {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Unreadable('the record has no "text" (a non-empty string)')
    for key in ("title", "url", "published"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise Unreadable(f'"{key}" must be a string')
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        raise Unreadable('"id" must be a string or a number')
    published = record.get("published")
    title = record.get("title")
    own_name = str(record_id).strip() if record_id is not None else ""
    return RawDocument(
        name=own_name or default_name,
        path=path,
        text=repair_text(text),
        title=repair_text(title) if title else None,
        published=_parse_date(published) if published else None,
        url=record.get("url") or None,
    )


def _parse_date(value: str) -> date:
    """A calendar date from ``YYYY-MM-DD`` or an ISO date-time."""
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise Unreadable(f"published date {value!r} is not an ISO date such as 2022-04-03") from None


# --- files, folders, standard input ---------------------------------------


def _missing(path: Path) -> ReadProblem | None:
    """Why ``path`` cannot be opened at all, or None when it exists."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return ReadProblem(str(path), "symbolic link loop: the link never reaches a file")
        if os.path.islink(path):
            return ReadProblem(str(path), f"broken symbolic link (it points to {os.readlink(path)}, which does not exist)")
        if exc.errno == errno.ENOENT:
            return ReadProblem(str(path), "no such file or folder")
        return ReadProblem(str(path), f"cannot open: {exc.strerror or exc}")
    return None


def _walk(folder: Path, visited: set[Path]) -> Iterator[Path | ReadProblem]:
    """Readable files under ``folder`` in name order; each real folder visited once."""
    real = folder.resolve()
    if real in visited:  # a symlink loop, or a second link to a folder already read
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield ReadProblem(str(folder), f"cannot list the folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        problem = _missing(path)
        if problem is not None:
            if path.suffix.lower() in SUFFIXES | OFFICE_SUFFIXES:
                yield problem
        elif path.is_dir():
            yield from _walk(path, visited)
        elif path.suffix.lower() in SUFFIXES | OFFICE_SUFFIXES:
            if path.is_file():
                yield path
            else:
                yield ReadProblem(str(path), "not a regular file (a device, socket or named pipe); skipped")
        elif (unsupported := unsupported_format(path)) is not None:
            yield ReadProblem(str(path), refusal(unsupported))


def _read_file_bounded(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                raise Unreadable(_too_large(info.st_size, max_bytes))
            return _read_bounded(handle, max_bytes)
    except OSError as exc:
        raise Unreadable(f"cannot read: {exc.strerror or exc}") from None


def _read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; more than that is refused, not truncated."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Unreadable(_too_large(None, max_bytes))
    return data


def _too_large(size: int | None, max_bytes: int) -> str:
    limit = f"the limit of {_megabytes(max_bytes)} (max_bytes={max_bytes})"
    if size is None:
        return f"too large: more than {limit}; not read"
    return f"too large: {_megabytes(size)} ({size} bytes) is over {limit}; not read"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _read_stdin(max_bytes: int) -> Iterator[RawDocument | ReadProblem]:
    try:
        data = _read_bounded(sys.stdin.buffer, max_bytes)
    except Unreadable as exc:
        yield ReadProblem("standard input", str(exc))
        return
    except (OSError, AttributeError, ValueError) as exc:  # closed or absent stdin
        yield ReadProblem("standard input", f"cannot read: {exc}")
        return
    for result in from_bytes(data, name="stdin", path=STDIN, kind=_sniff_kind(data)):
        # A document keeps "-" as its path (the model's convention); a problem says it in words.
        yield ReadProblem("standard input", result.reason, result.line) if isinstance(result, ReadProblem) else result


def _sniff_kind(data: bytes) -> str:
    """Standard input has no suffix: HTML and JSONL are told by their first bytes."""
    head = data[:1024].lstrip(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"
