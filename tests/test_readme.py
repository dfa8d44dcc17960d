"""The README's examples, run as a reader would from the project folder, so they cannot drift:
every `kg` command it shows runs with exit status 0, those shown with their output print
exactly that output, and the Python example runs."""
from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

PROJECT = Path(__file__).resolve().parents[1]
README = (PROJECT / "README.md").read_text(encoding="utf-8")
KG = ".venv/bin/kg "


def indented_blocks() -> list[list[str]]:
    """The README's code blocks (lines indented by four spaces), without the indent."""
    blocks, current = [], []
    for line in README.splitlines():
        if line.startswith("    ") or (current and not line.strip()):
            current.append(line[4:])
        elif current:
            blocks.append(current)
            current = []
    return blocks + ([current] if current else [])


def examples() -> list[tuple[list[str], list[str] | None]]:
    """(kg arguments, the output shown or None) of each kg command the README shows, in order."""
    found = []
    for block in indented_blocks():
        lines = iter(block)
        for line in lines:
            if KG not in line or line.lstrip().startswith("kg "):  # "kg build INPUT..." is a synopsis
                continue
            shown = line.startswith("$ ")
            command = line[line.index(KG) + len(KG):].split(" && ")[0]
            while True:
                try:
                    args = shlex.split(command, comments=True)
                    break
                except ValueError:  # a quoted query goes on over the next lines
                    command += "\n" + next(lines)
            output = None
            if shown:
                output = []
                for out_line in lines:
                    if not out_line.strip() or out_line.startswith("$ "):
                        break
                    output.append(out_line.rstrip())
            found.append((args, output))
    return found


def python_example() -> str:
    block = next(b for b in indented_blocks() if b and b[0].startswith("import kg"))
    return "\n".join(line.split("  #")[0] for line in block)


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A folder laid out as the project is to a reader: examples/ and tests/, and no output yet."""
    for name in ("examples", "tests"):
        (tmp_path / name).symlink_to(PROJECT / name)
    return tmp_path


def test_the_readme_shows_commands_with_their_output():
    shown = [args for args, output in examples() if output]
    assert len(shown) >= 5 and all(args[0] in {"query", "explain"} for args in shown)
    assert examples()[0][0] == ["build", "examples/", "--out", "output/"]


def test_every_command_of_the_readme_does_what_it_shows(project_copy, monkeypatch):
    monkeypatch.chdir(project_copy)
    for args, output in examples():
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
        if output is not None:
            printed = [line.rstrip() for line in result.stdout.rstrip("\n").splitlines()]
            assert printed == output, args


def test_the_python_example_runs(project_copy, monkeypatch, capsys):
    monkeypatch.chdir(project_copy)
    exec(compile(python_example(), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    articles = len(list((project_copy / "examples").glob("*.txt")))
    assert printed.startswith(f"{articles} Counter({{") and "Trần Minh Khoa" in printed


def test_ci_runs_every_test_with_the_command_the_readme_gives():
    section = README[README.index("## Run the tests"):].split("\n## ")[0]
    every_test = next(line.strip() for line in section.splitlines() if "pytest" in line and "-m ''" in line)
    ci_commands = [line.split('" ', 1)[-1] for line in (PROJECT / ".ci" / "run").read_text().splitlines()
                   if "pytest" in line and not line.startswith("#")]
    assert ci_commands == [every_test]


def components_block() -> list[str]:
    """The loop's components in its order, each with the slots it reads → those it adds."""
    from kg.facts import COMPONENTS

    width = max(len(c.name) for c in COMPONENTS)
    return [f"{c.name:<{width}}  {', '.join(c.reads)} → {', '.join(c.adds)}" for c in COMPONENTS]


def test_how_it_works_lists_the_components_in_the_loops_order():
    expected = components_block()
    shown = next((b for b in indented_blocks() if b and b[0].split()[:1] == expected[0].split()[:1]), None)
    assert shown is not None and [line for line in shown if line.strip()] == expected, \
        "README's component list differs from kg.facts.COMPONENTS; put this in its place:\n" + "\n".join(expected)
