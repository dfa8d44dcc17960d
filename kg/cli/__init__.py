"""The ``kg`` command line: a thin layer over the Python API in :mod:`kg`."""
from __future__ import annotations

import click

from .build_cmd import build
from .eval_cmd import evaluate
from .explain_cmd import explain_command
from .store_cmd import load_command, query_command, serve_command, validate_command
from .view_cmd import export_command, view_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def main() -> None:
    """vnkg: knowledge graphs from Vietnamese political news."""


main.add_command(build)
main.add_command(evaluate)
main.add_command(explain_command)
main.add_command(view_command)
main.add_command(export_command)
main.add_command(query_command)
main.add_command(validate_command)
main.add_command(load_command)
main.add_command(serve_command)
