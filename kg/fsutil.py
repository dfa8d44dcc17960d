"""Writing outputs safely: whole files or nothing, and never outside the output folder."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def safe_file_name(name: str, default: str = "article") -> str:
    """A file name made from untrusted text that cannot leave its folder."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip(".-")
    return cleaned[:120] or default


def contained(folder: Path, name: str) -> Path:
    """``folder/name`` made safe, guaranteed to lie inside ``folder``."""
    folder = Path(folder).resolve()
    target = (folder / safe_file_name(name)).resolve()
    if folder not in target.parents:
        raise ValueError(f"output name {name!r} escapes {folder}")
    return target
