"""The graph files: TriG and JSON-LD, one named graph per article (and per name block of identities,
and the vocabulary), and Turtle, their triples without the graphs' names.

Each graph is written as a piece where it is built (a worker, for an article) and kept,
compressed, with the build's state; the files are the pieces laid end to end in graph
order. Writing them so costs a copy of the pieces, not a read of the whole store (which
took longer than building the articles at 10,000 of them, and memory that grew with the
store), and a build that adds a few articles to a large corpus writes its files in seconds.
graph.ttl is laid from the same pieces rather than dumped from the store's union, where Oxigraph
looks up every term of every triple (1.9 s of CPU for wild x2's 141,000 triples, against a tenth
of a second; ~170 MiB at 100,000 articles); a triple that two graphs hold (a body that two
articles name) is written in each, and a reader keeps it once.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
from isal import isal_zlib

from .fsutil import atomic_writer
from .vocab import FILE_PREFIXES, PREFIX_IRIS, turtle_prologue

# The pieces are zlib streams (kg.builder.state reads them with zlib), made by ISA-L: at its level 1 they
# shrink about tenfold, as at zlib's fastest, in 0.035 ms of a worker's time an article instead of 0.096
_LEVEL = 1
_BLOCK_END = b"}\n"  # of a piece's TriG block, which opens with its graph's name and a brace on a line of their own


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
    trig = f"{name} {{\n".encode() + (b"\t" + body + b"\n" if body else b"") + _BLOCK_END
    jsonld = b'{"@id":' + json.dumps(graph_iri).encode() + b',"@graph":' \
        + ox.serialize(triples, format=ox.RdfFormat.JSON_LD).strip() + b"}"
    return GraphPiece(graph_iri, isal_zlib.compress(trig, _LEVEL), isal_zlib.compress(jsonld, _LEVEL))


# What the piece of an article's graph is written from without a parser (see triples_piece)
_PREFIXED = tuple(f"<{iri}" for iri in FILE_PREFIXES.values())
_RESOURCE = f"<{PREFIX_IRIS['res']}"  # spelt out in full: the files declare no res: prefix
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # kept raw by kg.ntriples, escaped by Oxigraph's writers
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_BARE = {f"<{_XSD}integer>": str.isdigit, f"<{_XSD}boolean>": ("true", "false").__contains__}
# written by rules not copied here: bare numbers, and string types that a parser makes plain literals
_UNCOVERED = {f"<{_XSD}decimal>", f"<{_XSD}double>", f"<{_XSD}string>",
              "<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>"}
_turtle_names: dict[str, str | None] = {}  # vocabulary IRI -> its prefixed name (None: none fits)
_predicates: dict[str, tuple[str | None, str]] = {}  # predicate -> (its Turtle, its JSON-LD key)
_vocabulary_objects: dict[str, tuple[str, str] | None] = {}  # vocabulary IRI -> its (Turtle, JSON-LD) as an object


def triples_piece(graph_iri: str, triples: list[tuple[str, str, str]], ntriples: str) -> GraphPiece:
    """:func:`graph_piece` of an article's graph as the build makes it: its triples as N-Triples terms
    made by :mod:`kg.ntriples` (IRIs of vocabulary terms and of ``res:`` paths of slugs; no blank
    nodes), sorted, and ``ntriples``, their lines.

    The same bytes, written here from the terms: Oxigraph parsing the lines into Python objects only
    to write them again took two thirds of a piece's cost (0.33 ms an article, now 0.25, half of it
    zlib). Grouped as Oxigraph's writers group sorted triples (a subject's predicates after ``;``, a
    predicate's objects after ``,``; one JSON object a subject, one array a predicate). A term these
    rules do not cover (a control character, a number other than a plain integer or boolean, a vocabulary IRI
    with no plain prefixed name) leaves the piece to :func:`graph_piece`.
    """
    if not triples:
        return graph_piece(graph_iri, ntriples)
    turtle: list[str] = []
    jsonld: list[str] = []
    add_turtle, add_jsonld = turtle.append, jsonld.append
    subject = predicate = None
    for s, p, o in triples:
        if o.startswith(_RESOURCE):  # most objects
            object_turtle, object_json = o, '{"@id":"' + o[1:-1] + '"}'
        else:
            written = _vocabulary_objects.get(o) or _object(o)
            if written is None:
                return graph_piece(graph_iri, ntriples)
            object_turtle, object_json = written
        if s == subject and p == predicate:
            add_turtle(" , " + object_turtle)
            add_jsonld("," + object_json)
            continue
        predicate_turtle, predicate_json = _predicates.get(p) or _predicate(p)
        if predicate_turtle is None:
            return graph_piece(graph_iri, ntriples)
        if s == subject:
            add_turtle(f" ;\n\t\t{predicate_turtle} {object_turtle}")
            add_jsonld(f"],{predicate_json}{object_json}")
        else:
            if s[0] != "<" or s.startswith(_PREFIXED):
                return graph_piece(graph_iri, ntriples)
            add_turtle(f"{' .' if subject else ''}\n\t{s} {predicate_turtle} {object_turtle}")
            add_jsonld(f'{"]}," if subject else ""}{{"@id":"{s[1:-1]}",{predicate_json}{object_json}')
        subject, predicate = s, p
    trig = f"{ox.NamedNode(graph_iri)} {{{''.join(turtle)} .\n".encode() + _BLOCK_END
    graph = b'{"@id":' + json.dumps(graph_iri).encode() + b',"@graph":[' + "".join(jsonld).encode() + b"]}]}"
    return GraphPiece(graph_iri, isal_zlib.compress(trig, _LEVEL), isal_zlib.compress(graph, _LEVEL))


def lines_piece(graph_iri: str, ntriples: str) -> GraphPiece:
    """:func:`graph_piece` of N-Triples lines written by :func:`kg.ntriples.line` (one space between
    terms), as :func:`triples_piece` writes it."""
    lines = sorted(ntriples.splitlines())
    return triples_piece(graph_iri, [tuple(text[:-2].split(" ", 2)) for text in lines], ntriples)


def _turtle_iri(term: str) -> str | None:
    """An IRI term as Turtle: itself, or its prefixed name in a vocabulary (None: a vocabulary IRI
    whose prefixed name would need escapes)."""
    if not term.startswith(_PREFIXED):
        return term
    if term not in _turtle_names:
        iri, name = term[1:-1], None
        for prefix, namespace in FILE_PREFIXES.items():
            local = iri[len(namespace):]
            if iri.startswith(namespace) and local.isascii() and _LOCAL_NAME.fullmatch(local):
                name = f"{prefix}:{local}"
        _turtle_names[term] = name
    return _turtle_names[term]


def _predicate(term: str) -> tuple[str | None, str]:
    """A predicate's (Turtle, JSON-LD key), remembered in _predicates, where the loop looks first."""
    known = _predicates[term] = ("a" if term == _RDF_TYPE else _turtle_iri(term), f'"{term[1:-1]}":[')
    return known


def _object(term: str) -> tuple[str, str] | None:
    """(Turtle, JSON-LD) of an object: a vocabulary IRI or a literal."""
    if term[0] == "<":
        name = _turtle_iri(term)
        written = None if name is None else (name, '{"@id":"' + term[1:-1] + '"}')
        if term.startswith(_PREFIXED):
            _vocabulary_objects[term] = written
        return written
    if not term.isprintable() and _RAW_CONTROL.search(term):  # literals are a tenth of the text: only they are searched
        return None
    end = term.rindex('"')
    value, suffix = term[1:end], term[end + 1:]  # escaped as JSON escapes them: \\ \" \n \r
    if not suffix:
        return term, '{"@value":"' + value + '"}'
    if suffix[0] == "@":
        language = suffix[1:]  # Oxigraph writes tags in lower case
        return (term, f'{{"@language":"{language}","@value":"{value}"}}') if language.islower() else None
    datatype = suffix[2:]
    bare = _BARE.get(datatype)
    if bare is not None:
        if not (value.isascii() and bare(value)):  # +5 is bare too, "1"^^xsd:boolean is not: not copied here
            return None
        literal = value
    elif datatype in _UNCOVERED or _turtle_iri(datatype) is None:
        return None
    else:
        literal = f'"{value}"^^{_turtle_iri(datatype)}'
    return literal, f'{{"@type":"{datatype[1:-1]}","@value":"{value}"}}'


def write_graph_files(pieces: Iterable[GraphPiece], turtle_path: Path, trig_path: Path, jsonld_path: Path) -> None:
    """Write the three files from ``pieces`` (in the order given) in one pass; each appears whole or not at all.

    A graph in several pieces is written as several blocks (TriG) or graph objects (JSON-LD)
    with the same name: readers take their union, the graph. In Turtle, a piece is its TriG
    block's triples (the block's Turtle, between its first line and its closing brace).
    """
    with atomic_writer(turtle_path) as turtle, atomic_writer(trig_path) as trig, \
            atomic_writer(jsonld_path) as jsonld:
        prologue = turtle_prologue().encode()
        turtle.write(prologue)
        trig.write(prologue)
        jsonld.write(b"[")
        for number, piece in enumerate(pieces):
            block = isal_zlib.decompress(piece.trig)
            trig.write(block)
            turtle.write(block[block.index(b"\n") + 1:-len(_BLOCK_END)])
            jsonld.write(b"," * bool(number) + isal_zlib.decompress(piece.jsonld))
        jsonld.write(b"]\n")
