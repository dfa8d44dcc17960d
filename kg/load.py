"""Push a build to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Every graph goes with PUT, which replaces the graph on the server: loading the
same build twice leaves the server as loading it once. With one graph per
article the server holds the same named graphs as the embedded store.
"""
from __future__ import annotations

import html
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from tqdm import tqdm

from .store import ArticleStore

TOKEN_VARIABLE = "VNKG_TOKEN"
# The payload is N-Triples, sent as Turtle (of which it is a subset) because every
# Graph Store accepts text/turtle; it avoids prefixed names, whose escapes (res:event\/1)
# Virtuoso 7.2 reads wrongly.
TURTLE = "text/turtle; charset=utf-8"
TIMEOUT_SECONDS = 120


class LoadError(RuntimeError):
    """The server could not be reached or refused a graph."""


@dataclass(frozen=True)
class Credentials:
    user: str | None = None
    password: str | None = None
    token: str | None = None

    @classmethod
    def from_options(cls, user: str | None, password: str | None) -> Credentials:
        """User and password when given, else a bearer token from ``$VNKG_TOKEN``, else none."""
        if user:
            return cls(user=user, password=password or "")
        return cls(token=os.environ.get(TOKEN_VARIABLE) or None)


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of a named graph, or of the default graph when ``graph`` is None."""
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _opener(endpoint: str, credentials: Credentials) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if credentials.user:
        # Each handler answers the server's own challenge: Basic, or Digest (Virtuoso).
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, endpoint, credentials.user, credentials.password)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _readable(body: str) -> str:
    """A server's error page as one line of text (servers answer in HTML, plain text or JSON)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]*>", " ", body))).strip()[:300]


def put_graph(opener: urllib.request.OpenerDirector, endpoint: str, graph: str | None, turtle: bytes,
              credentials: Credentials) -> int:
    """PUT ``turtle`` as ``graph`` (the default graph when None); the HTTP status on success."""
    request = urllib.request.Request(graph_url(endpoint, graph), data=turtle, method="PUT",
                                     headers={"Content-Type": TURTLE})
    if credentials.token:
        request.add_header("Authorization", f"Bearer {credentials.token}")
    target = f"<{graph}>" if graph else "the default graph"
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status
    except urllib.error.HTTPError as refused:
        detail = _readable(refused.read(4000).decode("utf-8", "replace"))
        raise LoadError(f"{endpoint} refused PUT of {target}: HTTP {refused.code} {refused.reason}"
                        + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError, ValueError) as unreachable:
        reason = getattr(unreachable, "reason", unreachable)
        raise LoadError(f"cannot reach {endpoint} to PUT {target}: {reason}") from None


def _payload(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def load(store: ArticleStore, endpoint: str, *, graph_per_article: bool = False, graph: str | None = None,
         credentials: Credentials = Credentials(), progress: bool = True) -> list[str]:
    """Send the store to ``endpoint``; returns the names of the graphs written.

    With ``graph_per_article`` each article's named graph is PUT under its own
    name; otherwise the union of all articles is PUT as the one graph ``graph``
    (the server's default graph when None).
    """
    opener = _opener(endpoint, credentials)
    if not graph_per_article:
        put_graph(opener, endpoint, graph, _payload(store.triples()), credentials)
        return [graph or "default"]
    articles = store.articles()
    for article in tqdm(articles, desc=f"PUT {endpoint}", unit="graph", disable=not progress):
        put_graph(opener, endpoint, article, _payload(store.article_triples(article)), credentials)
    return articles
