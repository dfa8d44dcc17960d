"""A command imports what it uses: ``kg --help`` none of the pipeline, a small build none of the
heavy libraries other commands need (SHACL, HTML extraction, Dask, pyvis's IPython)."""
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from kg.cli import COMMANDS, main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lam-viec-xa-hong-phong.txt"
HEAVY = ("pyshacl", "trafilatura", "networkx", "pyvis", "IPython", "dask", "distributed", "rdflib", "pyoxigraph")


def imported_by(*args: str) -> set[str]:
    """The heavy modules a run of ``kg ARGS`` imported, in a fresh interpreter."""
    script = ("import json, sys\nfrom kg.cli import main\nmain(sys.argv[1:], standalone_mode=False)\n"
              f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_kg_help_lists_each_command_with_its_own_summary(name):
    command = main.get_command(click.Context(main), name)
    assert command.name == name
    assert command.get_short_help_str(limit=10**6) == COMMANDS[name][2]


def test_kg_help_imports_none_of_the_pipeline():
    assert imported_by("--help") == set()


@pytest.mark.slow  # two builds in fresh interpreters
def test_a_small_build_imports_only_what_it_uses(tmp_path):
    assert imported_by("build", str(EXAMPLE), "--out", str(tmp_path / "plain"), "--quiet", "--no-view") == \
        {"rdflib", "pyoxigraph"}
    # the view draws with networkx; pyvis's files are read without importing it
    assert imported_by("build", str(EXAMPLE), "--out", str(tmp_path / "viewed"), "--quiet") == \
        {"rdflib", "pyoxigraph", "networkx"}
