"""Reading a graph for ``kg view``, ``kg export`` and ``kg validate``: a build's output folder,
or one RDF file in any of the formats a build writes, with a one-line message when it is not
well-formed (Oxigraph's parsers name the line and column; rdflib's print the bytes around)."""
from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .output_folder import OutputFolder

_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
            ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
            ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3}


class GraphFileError(ValueError):
    """A graph file that cannot be read, and why, in one line."""


def graph_file(source: str | os.PathLike[str]) -> Path:
    """The graph file ``source`` names: itself, or the first graph file of the output folder it names."""
    path = Path(source)
    if path.is_dir():
        files = OutputFolder(path).graph_files()
        found = next((file for file in files if file.is_file()), None)
        if found is None:
            names = ", ".join(file.name for file in files)
            raise FileNotFoundError(f"{path} holds no graph ({names}): is it a build's output folder?")
        return found
    if not path.is_file():
        raise FileNotFoundError(f"no such file or folder: {path}")
    return path


def read_graph(source: str | os.PathLike[str]) -> Graph:
    """The triples of ``source`` (a file, or an output folder) as one rdflib graph: a dataset's
    named graphs are merged."""
    path = graph_file(source)
    rdf_format = _FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise GraphFileError(f"{path}: not a graph file this reads ({', '.join(_FORMATS)})")
    try:
        triples = (getattr(quad, "triple", quad) for quad in ox.parse(path=str(path), format=rdf_format))
        ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as problem:
        raise GraphFileError(f"{path} is not well-formed {rdf_format.name}: {problem}") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise GraphFileError(f"cannot read {path}: {problem}") from None
    return Graph().parse(data=ntriples, format="nt")


def merged_graph(dataset: Dataset) -> Graph:
    """The triples of every graph of ``dataset`` in one graph."""
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
