"""The dataset files, TriG and JSON-LD: one named graph per article (and per name block of identities).

Each graph is written as a piece where it is built (a worker, for an article) and kept,
compressed, with the build's state; the files are the pieces laid end to end in graph
order. Writing them so costs a copy of the pieces, not a read of the whole store (which
took longer than building the articles at 10,000 of them, and memory that grew with the
store), and a build that adds a few articles to a large corpus writes its files in seconds.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from .fsutil import atomic_writer
from .vocab import FILE_PREFIXES, turtle_prologue

# zlib's fastest level: the pieces of an article shrink about tenfold for ~0.1 ms of a worker's time
_LEVEL = 1


class GraphPiece(NamedTuple):
    """A named graph (or a part of one), compressed: its TriG block, and its JSON-LD graph object."""

    graph: str
    trig: bytes
    jsonld: bytes


def graph_piece(graph_iri: str, ntriples: str | bytes) -> GraphPiece:
    """The piece of the dataset files that holds these N-Triples lines (text, or UTF-8) as the
    graph ``graph_iri``.

    The lines are sorted first, so that the same triples always make the same bytes (UTF-8
    sorts as the text it encodes does).
    """
    name = ox.NamedNode(graph_iri)  # rejects anything that is not an IRI
    data = ntriples.encode("utf-8") if isinstance(ntriples, str) else ntriples
    triples = list(ox.parse(b"".join(sorted(data.splitlines(keepends=True))), ox.RdfFormat.N_TRIPLES))
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=FILE_PREFIXES)
    start = 0
    while turtle.startswith(b"@prefix ", start):  # the triples come after the prefix lines
        start = turtle.index(b"\n", start) + 1
    body = turtle[start:].rstrip(b"\n").replace(b"\n", b"\n\t")
    trig = f"{name} {{\n".encode() + (b"\t" + body + b"\n" if body else b"") + b"}\n"
    jsonld = b'{"@id":' + json.dumps(graph_iri).encode() + b',"@graph":' \
        + ox.serialize(triples, format=ox.RdfFormat.JSON_LD).strip() + b"}"
    return GraphPiece(graph_iri, zlib.compress(trig, _LEVEL), zlib.compress(jsonld, _LEVEL))


def write_dataset_files(pieces: Iterable[GraphPiece], trig_path: Path, jsonld_path: Path) -> None:
    """Write both files from ``pieces`` (in the order given) in one pass; each appears whole or not at all.

    A graph in several pieces is written as several blocks (TriG) or graph objects (JSON-LD)
    with the same name: readers take their union, the graph.
    """
    with atomic_writer(trig_path) as trig, atomic_writer(jsonld_path) as jsonld:
        trig.write(turtle_prologue().encode())
        jsonld.write(b"[")
        for number, piece in enumerate(pieces):
            trig.write(zlib.decompress(piece.trig))
            jsonld.write(b"," * bool(number) + zlib.decompress(piece.jsonld))
        jsonld.write(b"]\n")
