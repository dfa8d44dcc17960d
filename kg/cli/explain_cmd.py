"""``kg explain``: who a name is across the articles, and why."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from rdflib import URIRef

from ..identity import block_graph, block_key, names_agree
from ..network import fold as toneless
from ..store import ArticleStore

_IDENTITIES = """SELECT ?block ?identity ?name ?member ?reason ?note WHERE {
  GRAPH ?block {
    ?identity foaf:name ?name ; owl:sameAs ?member .
    OPTIONAL { ?member rdfs:comment ?reason }
    OPTIONAL { ?identity rdfs:comment ?note }
  }
}"""

# Every name an identity graph holds, for a name typed without its tone marks.
_IDENTITY_NAMES = """SELECT DISTINCT ?block ?name WHERE { GRAPH ?block { ?identity owl:sameAs ?member ; foaf:name ?name } }"""

# An article is dated by its publication date, else by the date its facts of this person hold on.
_MENTION = """SELECT ?member ?file ?published ?held ?met ?name ?post WHERE {
  ?article schema:mentions ?member ; dcterms:identifier ?file .
  ?member foaf:name ?name .
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?member org:holds/skos:prefLabel ?post }
  OPTIONAL { ?membership org:member ?member ; org:memberDuring/(time:inside|time:hasInside)/time:inXSDDate ?held }
  OPTIONAL { ?event vnkg:chair|schema:attendee|vnkg:speaker ?member . ?event schema:startDate ?met }
}"""


@click.command("explain")
@click.argument("person")
@click.argument("build", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The store a build wrote (OUT/store)  [default: output/store].")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), hidden=True,
              help="The output folder of a build (the positional BUILD; kept for older scripts).")
def explain_command(person: str, build: Path | None, store_dir: Path | None, out: Path | None) -> None:
    """Explain who PERSON (a name as articles write it; tone marks optional) is across the articles
    of the build in BUILD (an output folder, default output): which article's mentions were taken
    to be one person and why, and which namesakes were kept apart and why."""
    if sum(x is not None for x in (build, store_dir, out)) > 1:
        raise click.UsageError("name the build once: BUILD, or --store DIR")
    store_dir = store_dir or (build or out or Path("output")) / "store"
    try:
        store = ArticleStore(store_dir, read_only=True)
    except (FileNotFoundError, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    with store:
        identities = _identities(store, person)
        if not identities:
            click.echo(f"no person named {person!r} in {store_dir}", err=True)
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
    """The identities whose name agrees with ``person``: IRI → (name, {member: reason}, notes).

    The name as typed finds its own block; typed without (some of) its tone marks, it is
    compared, tone marks dropped, with every identity's name."""
    if not block_key(person):
        return {}
    found = _in_blocks(store, [block_graph(block_key(person))], lambda name: names_agree(person, name))
    if found:
        return found
    bare = toneless(person)
    blocks = {row["block"] for row in store.query(_IDENTITY_NAMES) if names_agree(bare, toneless(row["name"].value))}
    return _in_blocks(store, sorted(blocks, key=str), lambda name: names_agree(bare, toneless(name)))


def _in_blocks(store: ArticleStore, blocks, agrees) -> dict[str, tuple[str, dict[str, str], set[str]]]:
    found: dict[str, tuple[str, dict[str, str], set[str]]] = {}
    for block in blocks:
        for row in store.query(_IDENTITIES, {"block": block}):
            name = row["name"].value
            if not agrees(name):
                continue
            _, members, notes = found.setdefault(row["identity"].value, (name, {}, set()))
            members[row["member"].value] = row["reason"].value if row["reason"] else ""
            if row["note"]:
                notes.add(row["note"].value)
    return found


def _mention(store: ArticleStore, member: str) -> tuple[str, str, str, list[str]]:
    """(article, date, name as written, posts) of one article's person."""
    file = name = ""
    published, held = set(), set()
    posts = set()
    for row in store.query(_MENTION, {"member": URIRef(member)}):
        file, name = row["file"].value, row["name"].value
        if row["published"]:
            published.add(row["published"].value)
        held |= {row[key].value for key in ("held", "met") if row[key]}
        if row["post"]:
            posts.add(row["post"].value)
    date = min(published or held, default="")
    return file, date, name, sorted(posts)
