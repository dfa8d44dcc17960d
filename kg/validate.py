"""Check a graph against ``kg/ontology/shapes.ttl`` (SHACL) and report what is wrong, readably."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import SH

from .rdf_files import read_graph
from .vocab import PREFIXES

# Inside the package, so that an installed wheel has it (the top-level ontology/ links here)
SHAPES_PATH = Path(__file__).resolve().parent / "ontology" / "shapes.ttl"

_PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


@dataclass(frozen=True)
class Violation:
    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str
    message: str
    value: str | None = None
    shape: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".rstrip()
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool  # no result of severity Violation; warnings do not make a graph invalid
    results: list[Violation] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Violation]:
        return [r for r in self.results if r.severity != "Violation"]

    def text(self, warnings: bool = True) -> str:
        shown = self.results if warnings else self.violations
        lines = [str(r) for r in shown]
        summary = (f"{'conforms' if self.conforms else 'does not conform'}: "
                   f"{len(self.violations)} violation(s), {len(self.warnings)} warning(s)")
        return "\n".join([*lines, summary])


def load_graph(source: rdflib.Graph | str | os.PathLike[str]) -> rdflib.Graph:
    """A graph as given, or read from a graph file or an output folder (:func:`kg.rdf_files.read_graph`:
    a dataset's named graphs merged into one graph)."""
    return source if isinstance(source, rdflib.Graph) else read_graph(source)


def _short(node) -> str:
    if node is None:
        return ""
    if isinstance(node, rdflib.URIRef):
        for prefix, namespace in _PREFIX_IRIS.items():
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace):]}"
        return f"<{node}>"
    if isinstance(node, rdflib.BNode):
        return f"_:{node}"
    return repr(str(node)) if isinstance(node, rdflib.Literal) else str(node)


def _path_text(report: rdflib.Graph, path) -> str:
    """A result path as SPARQL writes it: a predicate, a sequence a/b, alternatives (a|b)."""
    if path is None:
        return ""
    if isinstance(path, rdflib.URIRef):
        return _short(path)
    alternatives = report.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path_text(report, p) for p in Collection(report, alternatives)) + ")"
    if report.value(path, rdflib.RDF.first) is not None:
        return "/".join(_path_text(report, p) for p in Collection(report, path))
    return _short(path)


def validate(source: rdflib.Graph | str | os.PathLike[str], shapes: str | os.PathLike[str] = SHAPES_PATH) -> ValidationReport:
    import pyshacl  # slow to import (its SPARQL engine): only validation needs it

    data = load_graph(source)
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    _, report_graph, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", abort_on_first=False)
    results = set()
    # Only the report's own results: those nested under sh:detail explain them.
    for result in report_graph.objects(None, SH.result):
        severity = report_graph.value(result, SH.resultSeverity)
        value = report_graph.value(result, SH.value)
        results.add(Violation(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=_short(report_graph.value(result, SH.focusNode)),
            path=_path_text(report_graph, report_graph.value(result, SH.resultPath)),
            message=str(report_graph.value(result, SH.resultMessage) or ""),
            value=_short(value) if value is not None else None,
            shape=_short(report_graph.value(result, SH.sourceShape)),
        ))
    ordered = sorted(results, key=lambda r: (r.severity != "Violation", r.focus, r.path, r.message, r.value or ""))
    return ValidationReport(conforms=not any(r.severity == "Violation" for r in ordered), results=ordered)
