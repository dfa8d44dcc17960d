"""The graph as Popolo JSON (https://www.popoloproject.com): persons, organizations, posts,
memberships and events, for the civic-tech tools that read it.

A person is one real person: the identity the identity layer made of the article's mentions
(owl:sameAs), with each article's node among its identifiers; without identities, each
article's person. A membership says when it was reported held (the article's date) in its
sources, since Popolo's start and end dates are the dates a post was taken up and left, which
the articles rarely say. Every id is the resource's IRI, so a record can be looked up in the graph.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import OWL
from rdflib.term import Node

from .cards import Reader
from .fsutil import atomic_write_text
from .vocab import DCTERMS, FOAF, ORG, RDF, SDO, SKOS, VNKG

_EVENT_ROLES = (("chairs", VNKG.chair), ("attendees", SDO.attendee), ("speakers", VNKG.speaker))


def popolo(rdf: Graph) -> dict:
    """The Popolo collections of ``rdf``, each sorted by id."""
    read = Reader(rdf)
    identity_of = {member: identity for identity, member in rdf.subject_objects(OWL.sameAs)}

    def person(node: Node) -> str:
        return str(identity_of.get(node, node))

    persons: dict[str, dict] = {}
    for node in sorted(set(rdf.subjects(RDF.type, FOAF.Person)), key=str):
        if node in identity_of:
            continue  # one of an identity's mentions: listed under it
        record = persons.setdefault(str(node), {"id": str(node), "name": read.text(node, FOAF.name)})
        mentions = sorted((m for m in rdf.objects(node, OWL.sameAs)), key=str)
        if mentions:
            record["identifiers"] = [{"scheme": "vnkg-mention", "identifier": str(m)} for m in mentions]
        articles = sorted({read.text(a, DCTERMS.identifier) for m in [node, *mentions]
                           for a in rdf.subjects(SDO.mentions, m)} - {""})
        if articles:
            record["sources"] = [{"url": article} for article in articles]
    organizations = [_organization(read, node) for node in sorted(set(rdf.subjects(RDF.type, ORG.Organization)), key=str)]
    posts = []
    for node in sorted(set(rdf.subjects(RDF.type, ORG.Post)), key=str):
        record = {"id": str(node), "role": read.label_of_concept(node, ORG.role)}
        body = next(iter(read.linked(node, ORG.postIn)), None)
        record["label"] = ", ".join(t for t in (record["role"], read.name(body) if body else "") if t)
        if body is not None:
            record["organization_id"] = str(body)
        posts.append(record)
    memberships = []
    for node in sorted(set(rdf.subjects(ORG.member, None)), key=str):
        for member in read.linked(node, ORG.member):
            record = {"id": str(node), "person_id": person(member), "role": read.label_of_concept(node, ORG.role)}
            for key, predicate in (("organization_id", ORG.organization), ("post_id", VNKG.post)):
                linked = read.linked(node, predicate)
                if linked:
                    record[key] = str(linked[0])
            dates = sorted({d for i in read.linked(node, ORG.memberDuring) for d in read.dates_of_interval(i)})
            record["sources"] = [{"url": article, "note": (f"reported held on {', '.join(dates)}: " if dates else "")
                                  + f"“{sentence}”"} for sentence, article in read.sources(node)]
            memberships.append(record)
    events = [_event(read, node, person) for node in sorted(set(rdf.subjects(RDF.type, SDO.Event)), key=str)]
    return {"persons": sorted(persons.values(), key=lambda r: r["id"]), "organizations": organizations,
            "posts": posts, "memberships": memberships, "events": events}


def _organization(read: Reader, node: Node) -> dict:
    record = {"id": str(node), "name": read.text(node, SKOS.prefLabel, FOAF.name, SDO.name)}
    other = [name for name in read.texts(node, SKOS.altLabel) if name != record["name"]]
    if other:
        record["other_names"] = [{"name": name} for name in other]
    kind = read.label_of_concept(node, ORG.classification)
    if kind:
        record["classification"] = kind
    parents = read.linked(node, ORG.subOrganizationOf)
    if parents:
        record["parent_id"] = str(parents[0])
    return record


def _event(read: Reader, node: Node, person) -> dict:
    kind = read.label_of_concept(node, VNKG.eventKind)
    dates = read.texts(node, SDO.startDate)
    record = {"id": str(node), "name": " ".join(t for t in (kind or read.text(node, SDO.name) or "Event", *dates[:1]) if t)}
    if kind:
        record["classification"] = kind
    if dates:
        record["start_date"] = dates[0]
    organizers = read.linked(node, SDO.organizer)
    if organizers:
        record["organization_id"] = str(organizers[0])
    for key, predicate in _EVENT_ROLES:
        people = sorted({person(p) for p in read.linked(node, predicate)})
        if people:
            record[key] = people  # attendees is Popolo's; chairs and speakers are vnkg's own
    documents = [read.text(d, SDO.legislationIdentifier) for d in read.linked(node, SDO.about)]
    if any(documents):
        record["documents"] = sorted(d for d in documents if d)
    record["sources"] = [{"url": article, "note": f"“{sentence}”"} for sentence, article in read.sources(node)]
    return record


def write_popolo(rdf: Graph, path: str | Path) -> dict[str, int]:
    """Write the Popolo JSON of ``rdf`` to ``path``; how many records of each collection."""
    data = popolo(rdf)
    atomic_write_text(Path(path), json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return {key: len(records) for key, records in data.items()}

