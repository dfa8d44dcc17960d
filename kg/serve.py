"""A read-only SPARQL endpoint over the embedded store: the query operation of the SPARQL 1.1
Protocol on /query, and the read operation of the Graph Store Protocol on /store.

Served from this process through pyoxigraph (not by a child ``oxigraph`` server) so that a
query may use the vocabulary's prefixes undeclared, as with ``kg query``; updates are refused;
and ending the process (Ctrl-C, or kill PID) ends the endpoint and frees its port. The
default graph is the store's, the merge of the article graphs, so it answers as ``kg query``
does; GRAPH <article> reaches one article.
"""
from __future__ import annotations

import errno
import os
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .query import is_update
from .vocab import QUERY_PREFIXES

HOST = "127.0.0.1"  # loopback only: the endpoint is for this machine

# Media types a client may ask for (Accept), the first of each table being the default.
_RESULTS = {"application/sparql-results+json": ox.QueryResultsFormat.JSON, "application/json": ox.QueryResultsFormat.JSON,
            "application/sparql-results+xml": ox.QueryResultsFormat.XML, "application/xml": ox.QueryResultsFormat.XML,
            "text/csv": ox.QueryResultsFormat.CSV, "text/tab-separated-values": ox.QueryResultsFormat.TSV}
_GRAPHS = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
           "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
           "text/plain": ox.RdfFormat.N_TRIPLES}
READ_ONLY = "updates are not allowed: this endpoint only reads the store (kg build writes it)"


class ServeError(RuntimeError):
    """The endpoint cannot start, in one line."""


def _chosen(accept: str, offered: dict):
    """The offered media type the Accept header prefers (q-values honoured; */* takes the default)."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *parameters = (p.strip() for p in part.split(";"))
        quality = next((float(p[2:]) for p in parameters if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        ranked.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranked):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next(iter(offered))
    return next(iter(offered)) if not accept.strip() else None


class SparqlHandler(BaseHTTPRequestHandler):
    store: ox.Store  # set on the subclass :func:`serve` makes
    server_version = "vnkg"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        if url.path == "/query" and "query" in params:
            self._query(params["query"][0], params)
        elif url.path == "/store":
            self._graph(params)
        elif url.path in ("", "/", "/query"):
            self._send(200, "text/plain", f"SPARQL endpoint: {self._base()}/query?query=... (read-only; "
                       f"predeclared prefixes: {', '.join(QUERY_PREFIXES)})\n".encode())
        else:
            self._send(404, "text/plain", f"no such resource: {url.path}; queries go to /query\n".encode())

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        kind = self.headers.get_content_type()
        params = parse_qs(url.query)
        if url.path != "/query" or kind == "application/sparql-update":
            return self._refuse(403 if url.path in ("/update", "/query", "/store") else 404)
        if kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body.decode("utf-8", "replace")))
            if "update" in params:
                return self._refuse(403)
            if "query" not in params:
                return self._send(400, "text/plain", b"no query: send query=... in the form\n")
            return self._query(params["query"][0], params)
        if kind == "application/sparql-query":
            return self._query(body.decode("utf-8", "replace"), params)
        self._send(415, "text/plain", f"unsupported content type {kind}\n".encode())

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(403)

    do_DELETE = do_PATCH = do_PUT

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if is_update(sparql):
            return self._refuse(403)
        try:
            answer = self.store.query(sparql, prefixes=QUERY_PREFIXES,
                                      default_graph=[ox.NamedNode(g) for g in params.get("default-graph-uri", [])] or None,
                                      named_graphs=[ox.NamedNode(g) for g in params.get("named-graph-uri", [])] or None)
        except (SyntaxError, ValueError) as problem:
            return self._send(400, "text/plain", f"{problem}\n".encode())
        offered = _GRAPHS if isinstance(answer, ox.QueryTriples) else _RESULTS
        media = _chosen(self.headers.get("Accept", ""), offered)
        if media is None:
            return self._send(406, "text/plain", f"offered: {', '.join(offered)}\n".encode())
        self._send(200, media, answer.serialize(format=offered[media]))

    def _graph(self, params: dict[str, list[str]]) -> None:
        media = _chosen(self.headers.get("Accept", ""), _GRAPHS)
        if media is None or not ({"graph", "default"} & set(params)):
            return self._send(400, "text/plain", b"ask for ?default or ?graph=IRI, as Turtle, N-Triples, JSON-LD or RDF/XML\n")
        graph = ox.NamedNode(params["graph"][0]) if "graph" in params else ox.DefaultGraph()
        if isinstance(graph, ox.NamedNode) and not self.store.contains_named_graph(graph):
            return self._send(404, "text/plain", f"no graph {graph}\n".encode())
        self._send(200, media, self.store.dump(format=_GRAPHS[media], from_graph=graph))

    def _refuse(self, status: int) -> None:
        self._send(status, "text/plain", (READ_ONLY if status == 403 else "not found") .encode() + b"\n")

    def _send(self, status: int, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8" if media.startswith("text/") else media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"


def serve(store: str | os.PathLike[str], port: int = 7878, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve ``store`` on http://127.0.0.1:PORT until interrupted; ``on_ready`` gets the query URL once it listens."""
    if not Path(store).is_dir():
        raise FileNotFoundError(f"no store at {store}: run `kg build ... --out DIR` first")
    handler = type("Handler", (SparqlHandler,), {"store": ox.Store.read_only(str(store))})
    try:
        server = ThreadingHTTPServer((HOST, port), handler)
    except OSError as problem:
        if problem.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {HOST} is in use (another kg serve?): choose another with --port") from None
        raise ServeError(f"cannot listen on {HOST}:{port}: {problem.strerror or problem}") from None
    with server:
        if on_ready:
            on_ready(f"http://{HOST}:{port}/query")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
