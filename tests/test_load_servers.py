"""`kg load` into real SPARQL servers, and `kg serve`: the same queries give the same answers everywhere.

The servers run on loopback with free ports and private data folders, started
and stopped by the fixtures. Locally a missing server skips its tests; in CI
(CI set) it fails them, since .ci/setup.d/servers.sh installs both. The servers are compared on two
small graphs and the gold of the shared seeds and dev sets only (GOLD_SETS).
"""
from __future__ import annotations

import base64
import http.server
import json
import shutil
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli.store_cmd import load_command
from kg.query import named_queries
from kg.store import ArticleStore
from kg.vocab import sparql_prologue
from kg.vocab import RDF, SDO
from helpers import gold_files, gold_graph, shared, unavailable
from samples import article_graph, article_iri, free_port, kg_serve_argv, start, stop

pytestmark = pytest.mark.server



def oxigraph_binary() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        unavailable("oxigraph is not installed (pip install oxigraph)")
    return found


# --- data -------------------------------------------------------------------


# The annotated sets whose graphs the servers are compared on: seeds and dev are enough to
# exercise every query; the 96 real articles made the server comparisons time out.
GOLD_SETS = ("seeds", "dev")


def gold_graphs():
    """The shared gold annotations of GOLD_SETS as graphs, named by their article node."""
    graphs = []
    for path in gold_files(*GOLD_SETS):
        graph = gold_graph(path)
        article = next(graph.subjects(predicate=RDF.type, object=SDO.NewsArticle))
        graphs.append((str(article), graph))
    return graphs


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("build") / "store"
    with ArticleStore(folder) as store:
        store.replace_article(article_iri("a1"), article_graph("a1"))
        store.replace_article(article_iri("a2"), article_graph("a2", person="Lê Thị Mẫu", role="Phó Bí thư",
                                                            date="2023-05-06"))
        for name, graph in gold_graphs():
            store.replace_article(name, graph)
    return folder


# --- what is compared -------------------------------------------------------

PARAMETER_CASES = [
    ("posts-of", ["Trần Văn Thử"]),
    ("holders-of", ["Bí thư"]),
    ("holders-of", ["phó bí thư", "Đảng ủy xã"]),
    ("people-of", ["Đảng ủy xã Hòa Thử"]),
    ("events-citing", ["12-CT/TU"]),
    ("timeline", ["Trần Văn Thử"]),
]


def comparable_queries() -> list[tuple[str, str, dict[str, str]]]:
    """(label, SPARQL, bindings): the shared contract queries and the named queries."""
    cases = []
    for path in sorted(shared("queries").glob("*.rq")):
        if path.name != "prefixes.rq":
            cases.append((path.name, path.read_text(encoding="utf-8"), {}))
    queries = named_queries()
    for name in ("bodies", "documents"):
        cases.append((name, queries[name].sparql, {}))
    for name, values in PARAMETER_CASES:
        cases.append((f"{name} {values}", queries[name].sparql, queries[name].bind(values)))
    return cases


def values_inline(sparql: str, bindings: dict[str, str]) -> str:
    """For a server without substitutions: the bindings as a VALUES block opening the WHERE group.

    The literals are written by pyoxigraph in N-Triples syntax, so they are escaped.
    """
    if not bindings:
        return sparql
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(str(ox.Literal(v)) for v in bindings.values())
    head, brace, tail = sparql.partition("WHERE {")
    return f"{head}{brace}\n  VALUES ({names}) {{ ({row}) }}{tail}"


def term_key(term: dict | None) -> tuple:
    if term is None:
        return (None, None)
    return (term["value"], term.get("xml:lang"))


def local_answers(store_path: Path, sparql: str, bindings: dict[str, str]) -> set[tuple]:
    with ArticleStore(store_path, read_only=True) as store:
        result = store.query(sparql, bindings)
        columns = [v.value for v in result.variables if v.value not in bindings]
        return {tuple((None, None) if s[c] is None else (s[c].value, getattr(s[c], "language", None))
                      for c in columns) for s in result}


def with_prefixes(sparql: str) -> str:
    """The query with the PREFIX declarations the store predeclares, for a server that has none."""
    return sparql_prologue() + sparql


def remote_answers(query_url: str, sparql: str, bindings: dict[str, str]) -> set[tuple]:
    body = urllib.parse.urlencode({"query": with_prefixes(values_inline(sparql, bindings))}).encode()
    request = urllib.request.Request(query_url, data=body, headers={
        "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = json.load(response)
    columns = [c for c in data["head"]["vars"] if c not in bindings]
    # Sets: Virtuoso's DISTINCT lets through duplicates of long literals.
    return {tuple(term_key(b.get(c)) for c in columns) for b in data["results"]["bindings"]}


def assert_same_answers(store_path: Path, query_url: str) -> None:
    for label, sparql, bindings in comparable_queries():
        ours = local_answers(store_path, sparql, bindings)
        theirs = remote_answers(query_url, sparql, bindings)
        assert ours, f"{label} has no answers to compare"
        assert ours == theirs, f"{label}: only here {ours - theirs}; only there {theirs - ours}"


def remote_count(query_url: str) -> int:
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/vnkg/\")) }"
    body = urllib.parse.urlencode({"query": sparql}).encode()
    request = urllib.request.Request(query_url, data=body, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def article_quad_count(store_path: Path) -> int:
    with ArticleStore(store_path, read_only=True) as store:
        return sum(1 for article in store.articles() for _ in store.article_triples(article))


def kg_load(*args: str) -> None:
    result = CliRunner().invoke(load_command, [*args, "--no-progress"])
    assert result.exit_code == 0, result.output


# --- Oxigraph server --------------------------------------------------------


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = oxigraph_binary()
    folder = tmp_path_factory.mktemp("oxigraph")
    base = f"http://127.0.0.1:{free_port()}"
    process = start([binary, "serve", "--location", str(folder / "data"), "--bind", base.removeprefix("http://"),
                     "--union-default-graph"], f"{base}/query", folder)
    yield base
    stop(process)


def test_oxigraph_server_answers_like_the_store(oxigraph_server, store_dir):
    kg_load(f"{oxigraph_server}/store", "--store", str(store_dir), "--graph-per-article")
    kg_load(f"{oxigraph_server}/store", "--store", str(store_dir), "--graph-per-article")
    # PUT replaces: a second load leaves exactly what one load left.
    assert remote_count(f"{oxigraph_server}/query") == article_quad_count(store_dir)
    assert_same_answers(store_dir, f"{oxigraph_server}/query")


def test_single_graph_load_holds_the_union(oxigraph_server, store_dir):
    graph = "https://w3id.org/vnkg/resource/graph/all"
    kg_load(f"{oxigraph_server}/store", "--store", str(store_dir), "--graph", graph)
    body = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"}).encode()
    with urllib.request.urlopen(urllib.request.Request(f"{oxigraph_server}/query", data=body, headers={
            "Accept": "application/sparql-results+json"}), timeout=60) as response:
        count = int(json.load(response)["results"]["bindings"][0]["n"]["value"])
    with ArticleStore(store_dir, read_only=True) as store:
        assert count == len(store)


# --- Virtuoso ---------------------------------------------------------------

VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
DirsAllowed        = .
[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {dir}
ServerThreads      = 4
Charset            = UTF-8
[SPARQL]
ResultSetMaxRows   = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory):
    binary = shutil.which("virtuoso-t")
    if not binary:
        unavailable("virtuoso-t is not installed (bash .ci/setup.d/servers.sh installs virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=folder, sql_port=free_port(), http_port=http_port))
    base = f"http://127.0.0.1:{http_port}"
    process = start([binary, "+foreground", "+configfile", str(ini)], f"{base}/sparql", folder)
    yield base
    stop(process)


def test_virtuoso_answers_like_the_store(virtuoso_server, store_dir):
    # A fresh database's dba password is dba; the authenticated Graph Store uses Digest.
    endpoint = f"{virtuoso_server}/sparql-graph-crud-auth"
    for _ in range(2):
        kg_load(endpoint, "--store", str(store_dir), "--graph-per-article", "--user", "dba", "--password", "dba")
    assert remote_count(f"{virtuoso_server}/sparql") == article_quad_count(store_dir)
    assert_same_answers(store_dir, f"{virtuoso_server}/sparql")


def test_virtuoso_refusal_names_server_and_status(virtuoso_server, store_dir):
    endpoint = f"{virtuoso_server}/sparql-graph-crud-auth"
    result = CliRunner().invoke(load_command, [endpoint, "--store", str(store_dir), "--graph-per-article",
                                               "--user", "dba", "--password", "wrong", "--no-progress"])
    assert result.exit_code == 1
    assert endpoint in result.output and "HTTP 401" in result.output


# --- kg serve ---------------------------------------------------------------


@pytest.fixture
def served_store(store_dir, tmp_path):
    base = f"http://127.0.0.1:{free_port()}"
    process = start(kg_serve_argv(store_dir, int(base.rsplit(":", 1)[1])), f"{base}/query", tmp_path)
    yield base
    stop(process)


def test_serve_answers_like_the_store_and_refuses_updates(served_store, store_dir):
    assert_same_answers(store_dir, f"{served_store}/query")
    update = urllib.request.Request(f"{served_store}/update", data=b"CLEAR ALL",
                                    headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=30)
    assert 400 <= refused.value.code < 600
    assert remote_count(f"{served_store}/query") == article_quad_count(store_dir)


# --- authentication and refusals, against a recording Graph Store ------------


class RecordingStore(http.server.BaseHTTPRequestHandler):
    """Accepts PUTs that carry the expected credentials; remembers what it received."""

    expected_authorization: str | None = None
    received: list[tuple[str, str | None]] = []

    def do_PUT(self):  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        authorization = self.headers.get("Authorization")
        self.received.append((self.path, authorization))
        if self.expected_authorization and authorization != self.expected_authorization:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="test"')
            self.end_headers()
            return
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def recording_store():
    RecordingStore.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RecordingStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/store"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_token_from_environment_is_sent(recording_store, store_dir, monkeypatch):
    monkeypatch.setenv("VNKG_TOKEN", "s3cret")
    RecordingStore.expected_authorization = "Bearer s3cret"
    kg_load(recording_store, "--store", str(store_dir), "--graph-per-article")
    with ArticleStore(store_dir, read_only=True) as store:
        expected = {f"/store?{urllib.parse.urlencode({'graph': a})}" for a in store.articles()}
    assert {path for path, _ in RecordingStore.received} == expected
    assert {auth for _, auth in RecordingStore.received} == {"Bearer s3cret"}


def test_basic_auth_answers_the_challenge(recording_store, store_dir, monkeypatch):
    monkeypatch.delenv("VNKG_TOKEN", raising=False)
    RecordingStore.expected_authorization = "Basic " + base64.b64encode(b"editor:pw").decode()
    kg_load(recording_store, "--store", str(store_dir), "--user", "editor", "--password", "pw")
    assert RecordingStore.received[-1] == ("/store?default", RecordingStore.expected_authorization)


def test_refusal_is_a_clear_error(recording_store, store_dir, monkeypatch):
    monkeypatch.delenv("VNKG_TOKEN", raising=False)
    RecordingStore.expected_authorization = "Bearer needed"
    result = CliRunner().invoke(load_command, [recording_store, "--store", str(store_dir), "--no-progress"])
    assert result.exit_code == 1
    assert f"Error: {recording_store} refused PUT of the default graph: HTTP 401" in result.output
