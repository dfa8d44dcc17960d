"""Options that several commands share, defined once (as sqlite-utils shares its own)."""
from __future__ import annotations

from pathlib import Path

import click

from ..output_folder import DEFAULT_OUT, OutputFolder


def out_option(command):
    """``--out DIR``: the output folder a build writes."""
    return click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
                        show_default=True, help="Output folder.")(command)


def store_option(command):
    """``--store DIR``: the store a build wrote, read by the commands that query it."""
    return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
                        default=OutputFolder().store, show_default=True,
                        help="The store a build wrote (OUT/store, or the output folder OUT).")(command)


def graph_source_argument(name: str, *, exists: bool = False):
    """An output folder, or a graph file it holds (default: the default output folder)."""
    return click.argument(name, required=False, default=DEFAULT_OUT, type=click.Path(exists=exists, path_type=Path))
