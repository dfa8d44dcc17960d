"""Writing outputs safely: whole files or nothing, and never outside the output folder."""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

MAX_NAME_LENGTH = 120
# Names Windows refuses for a file whatever its extension; outputs get copied there.
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}
)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for a writer that opens the file itself; the file
    appears at ``path`` only when the block ends without error.

    Renamed into place once on disk: readers see the old file or the new one, never a
    half-written one; when writing fails the old file is left as it was and the
    temporary file removed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); outputs are meant to be shared like
        # any file the user creates, so give it the mode the umask allows.
        os.fchmod(fd, 0o666 & ~_umask())
        os.close(fd)
        yield Path(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` only when the block ends without error (see :func:`atomic_path`)."""
    with atomic_path(path) as tmp, os.fdopen(os.open(tmp, os.O_WRONLY), "wb") as handle:
        yield handle


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """``data`` written atomically to ``path`` (see :func:`atomic_writer`)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    """``text`` as UTF-8, atomically; text that cannot be encoded leaves ``path`` untouched."""
    atomic_write_bytes(path, text.encode("utf-8"))


def safe_file_name(name: str, default: str = "article") -> str:
    """A file name made from untrusted text that cannot leave its folder.

    Only ASCII letters, digits, ``.``, ``_`` and ``-`` survive (Vietnamese letters
    lose their marks, đ becomes d); path separators, NUL and other characters
    become ``-``; no leading dot or dash (no hidden files, nothing read as an
    option), at most MAX_NAME_LENGTH characters. A name with nothing left is
    ``default``.
    """
    name = name.replace("đ", "d").replace("Đ", "D")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip(".-")
    cleaned = cleaned[:MAX_NAME_LENGTH].rstrip(".-")
    if not cleaned:
        return default
    if cleaned.split(".")[0].upper() in _WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned


def contained(folder: Path, name: str) -> Path:
    """``folder/name`` made safe, guaranteed to lie inside ``folder``.

    ``name`` is reduced to a safe file name first, so ``../x`` or ``/etc/passwd``
    become plain names inside ``folder``; if the result still resolves elsewhere
    (an existing symbolic link pointing out), ValueError is raised.
    """
    folder = Path(folder).resolve()
    target = (folder / safe_file_name(name)).resolve()
    if target.parent != folder:
        raise ValueError(f"output name {name!r} escapes {folder}")
    return target


def _umask() -> int:
    # The umask can only be read by setting it; set it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


def inside_folder(folder: str | os.PathLike[str], inputs: list) -> Callable[[str], bool]:
    """Whether a path read from ``inputs`` lies in ``folder``: a build's output folder kept
    inside one of its input folders must not be read back as articles."""
    root = Path(folder).resolve()
    if not any(Path(i).is_dir() and root != Path(i).resolve() and root.is_relative_to(Path(i).resolve())
               for i in inputs if str(i) != "-"):
        return lambda path: False  # the usual case: no path to resolve
    return lambda path: Path(path).resolve().is_relative_to(root)
