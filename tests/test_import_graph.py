"""kg's modules import each other without a cycle, at module level and between its packages,
and extraction sits below resolve, the build and the command line.

The graph is read from the source with ast: every import, at the top of a module or inside a
function (a lazy import hides a cycle, it does not remove one); only imports under
``if TYPE_CHECKING:`` are left out, as they never run.
"""
from __future__ import annotations

import ast
import graphlib
import subprocess
import sys
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in KG.rglob("*.py")}


def _type_checking_only(node: ast.AST) -> set[int]:
    """The ids of the imports inside ``if TYPE_CHECKING:`` blocks."""
    ids = set()
    for block in ast.walk(node):
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test):
            ids |= {id(n) for stmt in block.body for n in ast.walk(stmt)}
    return ids


def imported(name: str) -> set[str]:
    """The modules of kg that module ``name`` imports."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_only(tree)
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            submodules = {f"{target}.{alias.name}" for alias in node.names} & MODULES.keys()
            found |= submodules
            if len(submodules) < len(node.names):  # a name defined in the module (or package) itself
                found.add(target)
    return {module for module in found if module in MODULES and module != name}


def package_of(module: str) -> str:
    """kg's subpackages (kg.extract, kg.cli ...) as one node each; kg's own modules as themselves."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 2 or (KG / parts[-1]).is_dir() else module


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        return error.args[1]
    return None


GRAPH = {name: imported(name) for name in MODULES}


def test_the_graph_is_read():
    assert "kg.extract" in GRAPH["kg.resolve"] or any(m.startswith("kg.extract.") for m in GRAPH["kg.resolve"])
    assert "kg.extract.components" in GRAPH["kg.facts"] and "kg.resolve" in GRAPH["kg.facts"]
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) is not None


def test_no_module_of_kg_imports_one_that_imports_it_back():
    assert cycle(GRAPH) is None


def test_no_package_of_kg_imports_one_that_imports_it_back():
    packages: dict[str, set[str]] = {}
    for module, targets in GRAPH.items():
        packages.setdefault(package_of(module), set()).update(package_of(t) for t in targets)
    for package, targets in packages.items():
        targets.discard(package)
    assert cycle(packages) is None


ABOVE_EXTRACTION = ("kg", "kg.facts", "kg.resolve", "kg.pipeline", "kg.cli", "kg.build", "kg.builder")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("kg.extract")))
def test_extraction_imports_neither_resolve_nor_the_build_nor_the_command_line(module):
    assert not {t for t in GRAPH[module] if package_of(t) in ABOVE_EXTRACTION}


def test_resolve_imports_with_a_bare_package(tmp_path):
    """kg/__init__.py imports nothing the modules need: ``import kg.resolve`` works without it."""
    script = ("import sys, types\n"
              f"package = types.ModuleType('kg'); package.__path__ = [{str(KG)!r}]; sys.modules['kg'] = package\n"
              "import kg.resolve, kg.facts\n"
              "print(len(kg.facts.COMPONENTS))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 7


def test_no_module_imports_the_package_itself():
    """kg/__init__.py is the API, above every module: one that imports it (for __version__, say) waits
    on the whole package."""
    assert not {module for module, targets in GRAPH.items() if "kg" in targets}
