"""A read-only SPARQL endpoint over the embedded store, served by Oxigraph's own server.

``oxigraph serve-read-only`` refuses every update, so the endpoint cannot change
the build. Its default graph is the store's, the merge of the article graphs, so
it answers as ``kg query`` does; GRAPH <article> reaches one article.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HOST = "127.0.0.1"  # loopback only: the endpoint is for this machine


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: beside this Python (a venv's bin) first, then on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise FileNotFoundError("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve_argv(store: str | os.PathLike[str], port: int) -> list[str]:
    if not Path(store).is_dir():
        raise FileNotFoundError(f"no store at {store}: run `kg build ... --out DIR` first")
    return [oxigraph_binary(), "serve-read-only", "--location", str(store),
            "--bind", f"{HOST}:{port}"]


def serve(store: str | os.PathLike[str], port: int = 7878) -> int:
    """Run the endpoint in the foreground until interrupted; the server's exit status."""
    try:
        return subprocess.run(serve_argv(store, port), check=False).returncode
    except KeyboardInterrupt:
        return 0
