"""Writing outputs safely: whole files or nothing."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

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
