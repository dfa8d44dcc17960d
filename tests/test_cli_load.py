"""``kg load`` refuses what cannot work before sending anything: an endpoint that is no HTTP URL,
a user without a password."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.cli import main


def load(out, *args: str):
    return CliRunner().invoke(main, ["load", "--store", str(out / "store"), "--no-progress", *args])


@pytest.mark.parametrize("endpoint", ["notaurl", "ftp://127.0.0.1/store", "http:///store"])
def test_an_endpoint_that_is_no_http_url_is_one_line(examples_out, endpoint):
    result = load(examples_out, endpoint)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)  # no traceback
    assert result.output.splitlines()[-1] == (f"Error: Invalid value for 'ENDPOINT': {endpoint!r} is not an http:// or "
                                              "https:// URL; a Graph Store endpoint looks like http://127.0.0.1:7878/store")


@pytest.mark.parametrize("credentials, message", [
    (["--user", "dba"], "Error: --user and --password go together"),
    (["--password", "secret"], "Error: --password needs --user"),
])
def test_credentials_come_in_pairs(examples_out, credentials, message):
    result = load(examples_out, "http://127.0.0.1:9/store", *credentials)
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == message
