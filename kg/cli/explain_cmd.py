"""``kg explain``: who a name is across the articles, and why."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rdflib import URIRef
from rdflib.namespace import OWL

from ..identity import block_graph, block_key, fold, names_agree
from ..store import ArticleStore

_IDENTITIES = f"PREFIX owl: <{OWL}>\n" + """SELECT ?block ?identity ?name ?member ?reason ?note WHERE {
  GRAPH ?block {
    ?identity foaf:name ?name ; owl:sameAs ?member .
    OPTIONAL { ?member rdfs:comment ?reason }
    OPTIONAL { ?identity rdfs:comment ?note }
  }
}"""

_MENTION = """SELECT ?member ?file ?date ?name ?post WHERE {
  ?article schema:mentions ?member ; dcterms:identifier ?file .
  ?member foaf:name ?name .
  OPTIONAL { ?article schema:datePublished ?date }
  OPTIONAL { ?member org:holds/skos:prefLabel ?post }
}"""


@click.command("explain")
@click.argument("person")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="The output folder of a build.")
def explain_command(person: str, out: Path) -> None:
    """Explain who PERSON (a name as articles write it) is across the articles of the build in OUT:
    which article's mentions were taken to be one person and why, and which namesakes were kept apart and why."""
    try:
        store = ArticleStore(out / "store", read_only=True)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    with store:
        identities = _identities(store, person)
        if not identities:
            click.echo(f"no person named {person!r} in {out}", err=True)
            sys.exit(1)
        for iri, (name, members, notes) in sorted(identities.items(), key=lambda item: item[1][0]):
            click.echo(f"{name}  <{iri}>")
            mentions = sorted((_mention(store, member) + (reason,) for member, reason in members.items()),
                              key=lambda m: (m[1] or "9999", m[0]))
            for file, date, mention_name, posts, reason in mentions:
                click.echo(f"  {file} ({date or 'undated'}): {mention_name}" + (f", {'; '.join(posts)}" if posts else ""))
                click.echo(f"      {reason or 'first mention'}")
            for note in sorted(notes, key=lambda note: (note.startswith("and "), note)):  # the count last
                click.echo(f"  kept apart: {note}")
            click.echo()


def _identities(store: ArticleStore, person: str) -> dict[str, tuple[str, dict[str, str], set[str]]]:
    """The identities whose name agrees with ``person``: IRI → (name, {member: reason}, notes)."""
    found: dict[str, tuple[str, dict[str, str], set[str]]] = {}
    rows = store.query(_IDENTITIES, {"block": block_graph(block_key(person))}) if fold(person) else []
    for row in rows:
        name = row["name"].value
        if not names_agree(person, name):
            continue
        _, members, notes = found.setdefault(row["identity"].value, (name, {}, set()))
        members[row["member"].value] = row["reason"].value if row["reason"] else ""
        if row["note"]:
            notes.add(row["note"].value)
    return found


def _mention(store: ArticleStore, member: str) -> tuple[str, str, str, list[str]]:
    """(article, date, name as written, posts) of one article's person."""
    file = date = name = ""
    posts = set()
    for row in store.query(_MENTION, {"member": URIRef(member)}):
        file, name = row["file"].value, row["name"].value
        date = row["date"].value if row["date"] else ""
        if row["post"]:
            posts.add(row["post"].value)
    return file, date, name, sorted(posts)
