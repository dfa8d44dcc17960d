"""Score extraction against hand annotations (the gold format of ``gold/FORMAT.md``).

For users who annotate their own articles: one JSON file per article, named
after it. Each article is built in-process, its graph is asked the questions a
user asks (who holds which post, which bodies, documents, events), and the
answers are compared with the annotation, kind by kind.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .model import ReadProblem
from .normalize import modern_tone
from .builder.work import article_graph
from .read import read_inputs
from .vocab import PREFIXES

KINDS = ("persons", "authors", "person-role", "person-role-body", "bodies", "body-kind", "documents",
         "document-issuer", "document-date", "events", "event-people", "event-documents")
# The kinds whose mean F1 is the headline, as ../shared/eval/score.py has them.
HEADLINE = ("persons", "person-role", "person-role-body", "bodies", "documents", "events", "event-people")

_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
_QUERIES = {
    "persons": "SELECT DISTINCT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }",
    "authors": "SELECT DISTINCT ?name WHERE { ?a a schema:NewsArticle ; schema:author ?p . ?p foaf:name ?name }",
    "posts": """SELECT DISTINCT ?name ?role ?orgName WHERE {
        ?p a foaf:Person ; foaf:name ?name ; org:holds ?post . ?post a org:Post ; org:role ?r . ?r skos:prefLabel ?role .
        OPTIONAL { ?post org:postIn ?o . ?o skos:prefLabel ?orgName } }""",
    "bodies": """SELECT DISTINCT ?org ?name ?kind ?alias WHERE { ?org a org:Organization ; skos:prefLabel ?name .
        OPTIONAL { ?org org:classification ?k . ?k skos:notation ?kind }
        OPTIONAL { ?org skos:altLabel ?alias } }""",
    "documents": """SELECT DISTINCT ?code ?issuerName ?date WHERE { ?d a schema:Legislation ; schema:legislationIdentifier ?code .
        OPTIONAL { ?d schema:legislationPassedBy ?i . ?i skos:prefLabel ?issuerName }
        OPTIONAL { ?d schema:legislationDate ?date } }""",
    "events": "SELECT DISTINCT ?date WHERE { ?e a schema:Event ; schema:startDate ?date }",
    "event-people": """SELECT DISTINCT ?date ?rel ?name WHERE { ?e a schema:Event . OPTIONAL { ?e schema:startDate ?date }
        { ?e vnkg:chair ?p . BIND("chair" AS ?rel) } UNION { ?e schema:attendee ?p . BIND("attendee" AS ?rel) }
        UNION { ?e vnkg:speaker ?p . BIND("speaker" AS ?rel) } ?p foaf:name ?name }""",
    "event-documents": """SELECT DISTINCT ?date ?code WHERE { ?e a schema:Event ; schema:about ?d .
        ?d schema:legislationIdentifier ?code . OPTIONAL { ?e schema:startDate ?date } }""",
}


def norm(text) -> str:
    """Comparison key: NFC, modern tone marks, case-folded, plain dashes and spaces."""
    if text is None:
        return ""
    s = modern_tone(unicodedata.normalize("NFC", str(text))).casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    return re.sub(r"\s+", " ", s).strip(" \t\n.,;:\"'“”‘’()-")


def norm_code(code) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", str(code or "")).upper()).replace("–", "-")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    # Each article's (found, gold) facts: the hard-case tests compare them with stored snapshots.
    by_article: dict[str, tuple[set, set]] = field(default_factory=dict)

    def add(self, doc: str, predicted: set, gold: set) -> None:
        self.by_article[doc] = (predicted, gold)
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)
        self.misses += [f"{doc}  extra   {x}" for x in sorted(predicted - gold, key=str)]
        self.misses += [f"{doc}  missing {x}" for x in sorted(gold - predicted, key=str)]

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (0.0 if self.fn else 1.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class EvalResult:
    tallies: dict[str, Tally]
    articles: int = 0
    failed: list[str] = field(default_factory=list)

    def errors(self) -> list[str]:
        return [f"[{kind}] {line}" for kind in KINDS for line in self.tallies[kind].misses] + \
               [f"FAILED {f}" for f in self.failed]

    def f1(self, kind: str) -> float:
        return self.tallies[kind].prf()[2]

    def headline(self) -> float:
        """The mean F1 of the HEADLINE kinds, each rounded to 4 places first as score.py does."""
        return sum(round(self.f1(kind), 4) for kind in HEADLINE) / len(HEADLINE)


def _rows(graph: Graph, name: str):
    return list(graph.query(_PREFIXES + _QUERIES[name]))


def score_article(graph: Graph, gold: dict, doc: str, tallies: dict[str, Tally]) -> None:
    keys = {}
    for o in gold.get("organizations", []):
        keys[norm(o["name"])] = norm(o["name"])
        for alias in o.get("aliases") or []:
            keys.setdefault(norm(alias), norm(o["name"]))
    persons = gold.get("persons", [])
    tallies["persons"].add(doc, {norm(r.name) for r in _rows(graph, "persons")}, {norm(p["name"]) for p in persons})
    tallies["authors"].add(doc, {norm(r.name) for r in _rows(graph, "authors")},
                           {norm(p["name"]) for p in persons if p.get("author")})
    posts = _rows(graph, "posts")
    gold_posts = [(p["name"], post) for p in persons for post in p.get("posts", [])]
    tallies["person-role"].add(doc, {(norm(r.name), norm(r.role)) for r in posts},
                               {(norm(n), norm(post["role"])) for n, post in gold_posts})
    tallies["person-role-body"].add(doc, {(norm(r.name), norm(r.role), norm(r.orgName)) for r in posts},
                                    {(norm(n), norm(post["role"]), norm(post.get("org"))) for n, post in gold_posts})
    labels, kinds = defaultdict(set), {}
    for r in _rows(graph, "bodies"):
        labels[r.org].add(norm(r.name))
        if r.alias is not None:
            labels[r.org].add(norm(r.alias))
        if r.kind is not None:
            kinds[r.org] = str(r.kind)
    predicted_bodies, predicted_kinds = set(), set()
    for node, names in labels.items():
        canon = next((keys[n] for n in sorted(names) if n in keys), None) or sorted(names)[0]
        predicted_bodies.add(canon)
        if node in kinds and canon in keys.values():
            predicted_kinds.add((canon, kinds[node]))
    organizations = gold.get("organizations", [])
    tallies["bodies"].add(doc, predicted_bodies, {norm(o["name"]) for o in organizations})
    tallies["body-kind"].add(doc, predicted_kinds, {(norm(o["name"]), o.get("kind")) for o in organizations})
    docs = _rows(graph, "documents")
    coded = [d for d in gold.get("directives", []) if d.get("code")]

    def canon_org(name):
        n = norm(name)
        return keys.get(n, n)

    tallies["documents"].add(doc, {norm_code(r.code) for r in docs}, {norm_code(d["code"]) for d in coded})
    tallies["document-issuer"].add(
        doc, {(norm_code(r.code), canon_org(r.issuerName)) for r in docs if r.issuerName is not None},
        {(norm_code(d["code"]), canon_org(d["issuer"])) for d in coded if d.get("issuer")})
    tallies["document-date"].add(doc, {(norm_code(r.code), str(r.date)[:10]) for r in docs if r.date is not None},
                                 {(norm_code(d["code"]), d["date"]) for d in coded if d.get("date")})
    meetings = gold.get("meetings", [])
    tallies["events"].add(doc, {str(r.date)[:10] for r in _rows(graph, "events")},
                          {m["date"] for m in meetings if m.get("date")})
    tallies["event-people"].add(
        doc, {(str(r.date)[:10] if r.date is not None else "", str(r.rel), norm(r.name)) for r in _rows(graph, "event-people")},
        {(m.get("date") or "", rel, norm(n)) for m in meetings
         for rel, fieldname in (("chair", "chair"), ("attendee", "attendees"), ("speaker", "speakers"))
         for n in m.get(fieldname) or []})
    tallies["event-documents"].add(
        doc, {(str(r.date)[:10] if r.date is not None else "", norm_code(r.code)) for r in _rows(graph, "event-documents")},
        {(m.get("date") or "", norm_code(c)) for m in meetings for c in m.get("directives") or [] if c})


def gold_articles(corpus: Path, gold_dir: Path) -> list[tuple[dict, Path]]:
    """Each gold annotation of ``gold_dir`` (``*.json``) with the path of the article in ``corpus`` it annotates:
    the file its ``doc`` names, else the .txt of the same name."""
    pairs = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs.append((gold, Path(corpus) / (gold.get("doc") or gold_path.with_suffix(".txt").name)))
    return pairs


def evaluate_corpus(corpus: Path, gold_dir: Path) -> EvalResult:
    result = EvalResult({kind: Tally() for kind in KINDS})
    for gold, article in gold_articles(corpus, gold_dir):
        result.articles += 1
        graph = Graph()
        item = next(iter(read_inputs([article])), None)
        if isinstance(item, ReadProblem) or item is None:
            result.failed.append(str(item or article))
        else:
            try:
                graph = article_graph(item)[1]
            except Exception as exc:  # scored as an article where nothing was found
                result.failed.append(f"{article}: {type(exc).__name__}: {exc}")
        score_article(graph, gold, article.name, result.tallies)
    return result


def format_table(result: EvalResult) -> str:
    lines = [f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn"]
    for kind in KINDS:
        t = result.tallies[kind]
        p, r, f = t.prf()
        lines.append(f"{kind:<18} {p:6.3f} {r:6.3f} {f:6.3f}   {t.tp}/{t.fp}/{t.fn}")
    lines.append(f"headline F1 (mean of {', '.join(HEADLINE)}): {result.headline():.3f} "
                 f"over {result.articles - len(result.failed)}/{result.articles} articles")
    return "\n".join(lines)
