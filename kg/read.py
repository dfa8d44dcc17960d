"""Read inputs (files, folders) into RawDocuments; problems are yielded, never raised."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import RawDocument, ReadProblem

SUFFIXES = {".txt", ".html", ".htm"}


def read_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[RawDocument | ReadProblem]:
    """Each input file or folder (recursively, sorted) as RawDocument or ReadProblem."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                yield read_file(child)
        elif path.exists():
            yield read_file(path)
        else:
            yield ReadProblem(str(path), "no such file or folder")


def read_file(path: Path) -> RawDocument | ReadProblem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadProblem(str(path), f"cannot read: {exc.strerror or exc}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ReadProblem(str(path), "not UTF-8 text")
    if path.suffix.lower() in {".html", ".htm"}:
        import trafilatura

        text = trafilatura.extract(text, include_comments=False) or ""
    if not text.strip():
        return ReadProblem(str(path), "empty: no text to read")
    return RawDocument(name=path.name, path=str(path), text=text)
