"""Safe writes: whole files or nothing."""
from __future__ import annotations

import errno
import os
import stat

import pytest

from kg import fsutil
from kg.fsutil import atomic_write_bytes, atomic_write_text


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_atomic_write_replaces_the_file(tmp_path):
    target = tmp_path / "out" / "graph.ttl"
    atomic_write_text(target, "cũ")
    atomic_write_text(target, "mới")
    assert target.read_text(encoding="utf-8") == "mới"
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failed_write_leaves_the_old_file_intact_and_no_temporary(tmp_path, monkeypatch, failing):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old graph")

    def disk_full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fsutil.os, failing, disk_full)
    with pytest.raises(OSError, match="No space left"):
        atomic_write_bytes(target, b"new graph, half written")
    assert target.read_bytes() == b"old graph"
    assert leftovers(tmp_path) == []


def test_write_interrupted_mid_way_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_bytes(b"old graph")
    real_fdopen = os.fdopen

    class Interrupted:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.handle.write(data[: len(data) // 2])
            raise KeyboardInterrupt

    monkeypatch.setattr(fsutil.os, "fdopen", lambda fd, mode: Interrupted(real_fdopen(fd, mode)))
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"x" * 1000)
    assert target.read_bytes() == b"old graph"
    assert leftovers(tmp_path) == []


def test_text_that_cannot_be_encoded_leaves_the_file_untouched(tmp_path):
    target = tmp_path / "page.html"
    target.write_text("cũ", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        atomic_write_text(target, "lone surrogate \ud800")
    assert target.read_text(encoding="utf-8") == "cũ"
    assert leftovers(tmp_path) == []


def test_written_files_get_the_mode_the_umask_allows(tmp_path):
    old_mask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "index.html", "<p>Trang</p>")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "index.html").stat().st_mode) == 0o644
