"""``kg serve`` as a user runs it: the README's queries answer without PREFIX lines, ending the
process by its pid frees the port, and a busy port is one line."""
from __future__ import annotations

import json
import signal
import socket
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner

from kg.cli import main
from samples import free_port, kg_serve_argv, start

pytestmark = pytest.mark.server

README_QUERY = """SELECT DISTINCT ?name ?role ?body WHERE {
    ?person owl:sameAs ?mention ; foaf:name ?name .
    ?mention org:holds ?post .
    ?post org:role/skos:prefLabel ?role ; org:postIn/skos:prefLabel ?body .
    FILTER(CONTAINS(?body, "Quận ủy")) } ORDER BY ?name ?role"""


def ask(url: str, sparql: str) -> dict:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def test_the_readme_query_needs_no_prefixes_and_a_killed_server_frees_its_port(examples_out, tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    process = start(kg_serve_argv(examples_out / "store", port), url, tmp_path)
    try:
        rows = ask(url, README_QUERY)["results"]["bindings"]
        assert ("Đặng Quốc Bảo", "Bí thư", "Quận ủy Quận 9") in {(r["name"]["value"], r["role"]["value"], r["body"]["value"])
                                                             for r in rows}
        assert ask(url, "ASK { ?identity owl:sameAs ?mention }")["boolean"] is True
    finally:
        process.send_signal(signal.SIGTERM)  # what `kill PID` sends
        process.wait(timeout=30)
    again = start(kg_serve_argv(examples_out / "store", port), url, tmp_path)  # the port is free again
    try:
        assert ask(url, "ASK { ?p a foaf:Person }")["boolean"] is True
    finally:
        again.kill()
        again.wait(timeout=30)


def test_a_busy_port_is_one_line(examples_out):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(examples_out / "store"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == f"Error: port {port} on 127.0.0.1 is in use (another kg serve?): choose another with --port\n"
