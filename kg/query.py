"""SPARQL over the store: named queries shipped with the package, and result formats.

A named query is a ``kg/queries/NAME.rq`` file whose leading comments say what it
answers and which parameters it takes::

    # The posts a person holds ...
    # param PERSON: the person's full name
    # param BODY?: a body's name; all bodies when omitted

Parameter ``PERSON`` is the query variable ``?person``. Values are bound as
literals through the store's substitutions, never written into the query text.
A query names its parameters in its SELECT clause (Oxigraph substitutes only
projected variables); they are left out of the printed results.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources

import pyoxigraph as ox

from .store import PREFIX_IRIS, ArticleStore
from .vocab import XSD

FORMATS = ("table", "csv", "tsv", "json")

_PARAM_LINE = re.compile(r"#\s*param\s+([A-Z][A-Z0-9_]*)(\?)?\s*:\s*(.*)")
# The prologue (PREFIX and BASE declarations, comments) that may come before a query's or an update's keyword.
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE_KEYWORD = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
# A value's trailing language tag (VALUE@vi), as RDF writes it; an e-mail address (a@b.vn) is no tag.
_LANGUAGE_TAG = re.compile(r"@([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*)$")
# Names and labels of the graph are tagged Vietnamese: an untagged value that finds nothing is tried so too.
GRAPH_LANGUAGE = "vi"
# Oxigraph's refusal to bind a variable that the SELECT clause does not name.
_UNSELECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")


@dataclass(frozen=True)
class Parameter:
    name: str  # as the user writes it: PERSON
    description: str
    required: bool = True

    @property
    def variable(self) -> str:
        return self.name.lower()

    def usage(self) -> str:
        return self.name if self.required else f"[{self.name}]"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    parameters: tuple[Parameter, ...]
    sparql: str

    def usage(self) -> str:
        return " ".join([self.name, *(p.usage() for p in self.parameters)])

    def bind(self, values: Sequence[str]) -> dict[str, str]:
        """Positional command-line values as variable bindings, checked against the declaration."""
        required = [p for p in self.parameters if p.required]
        if not len(required) <= len(values) <= len(self.parameters):
            raise ValueError(f"usage: kg query {self.usage()}")
        # Names typed on a keyboard may carry decomposed tone marks; the graph is NFC.
        return {p.variable: unicodedata.normalize("NFC", v).strip() for p, v in zip(self.parameters, values)}


def parse_named_query(name: str, text: str) -> NamedQuery:
    description: list[str] = []
    parameters: list[Parameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            parameters.append(Parameter(match[1], match[3].strip(), required=not match[2]))
        else:
            description.append(line.lstrip("#").strip())
    return NamedQuery(name, " ".join(d for d in description if d), tuple(parameters), text)


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ``kg/queries``, by name."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


@dataclass
class Result:
    """A query's answer: the rows of a SELECT, the truth of an ASK, or the triples of a CONSTRUCT."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[ox.NamedNode | ox.BlankNode | ox.Literal | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

    @property
    def empty(self) -> bool:
        return not (self.rows or self.boolean or self.triples)


def run(store: ArticleStore, sparql: str, bindings: Mapping[str, str] | None = None,
        hidden: Sequence[str] = ()) -> Result:
    """Run ``sparql`` over the store; ``hidden`` variables (the parameters) are not shown."""
    try:
        answer = store.query(sparql, bindings)
    except RuntimeError as problem:
        unselected = _UNSELECTED.search(str(problem))
        if not unselected:
            raise
        raise ValueError(_unbindable(sparql, unselected[1])) from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return Result(triples=list(answer))
    columns = [v.value for v in answer.variables if v.value not in hidden]
    rows = [[solution[c] for c in columns] for solution in answer]
    return Result(columns, rows)


def _unbindable(sparql: str, variable: str) -> str:
    if re.search(rf"[?$]{re.escape(variable)}\b", sparql):
        return (f"cannot bind ?{variable}: a value is bound only to a variable that the SELECT clause names "
                f"(SELECT ?{variable} ... or SELECT *)")
    return f"cannot bind ?{variable}: the query has no variable ?{variable}"


def run_named(store: ArticleStore, query: NamedQuery, values: Sequence[str] = ()) -> Result:
    bindings = query.bind(values)
    return run(store, query.sparql, bindings, hidden=[p.variable for p in query.parameters])


def ask(store: ArticleStore, name: str, *values: str) -> Result:
    """The answer of the named query ``name`` (``kg query NAME VALUES...``): ``kg.ask(store, "persons")``
    lists each person once, across articles, with the articles that mention them."""
    queries = named_queries()
    if name not in queries:
        raise ValueError(f"no named query {name!r}; known: {', '.join(queries)}")
    return run_named(store, queries[name], values)


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a SPARQL update (INSERT, DELETE, LOAD ...) rather than a query."""
    return bool(_UPDATE_KEYWORD.match(sparql, _PROLOGUE.match(sparql).end()))


def parse_value(value: str) -> ox.NamedNode | ox.Literal | str:
    """A value typed on the command line: <IRI> is an IRI, TEXT@vi a tagged literal, any other text
    a plain string (bound as itself, then as TEXT@vi when that finds nothing)."""
    value = unicodedata.normalize("NFC", value)
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    tag = _LANGUAGE_TAG.search(value)
    if tag:
        return ox.Literal(value[: tag.start()], language=tag[1].lower())
    return value


def run_values(store: ArticleStore, sparql: str, values: Mapping[str, ox.NamedNode | ox.Literal | str]) -> Result:
    """Run ``sparql`` with ``values`` (from :func:`parse_value`) bound: untagged text first as a plain
    literal, then, when nothing is found, as a Vietnamese one (the graph's foaf:name and labels are "…"@vi)."""
    result = run(store, sparql, values)
    untagged = {name: value for name, value in values.items() if isinstance(value, str)}
    if untagged and result.empty:
        tagged = run(store, sparql, {**values, **{n: ox.Literal(v, language=GRAPH_LANGUAGE) for n, v in untagged.items()}})
        if not tagged.empty:
            return tagged
    return result


# --- output -----------------------------------------------------------------


def shorten(term) -> str:
    """A term as a person reads it: a literal's text, an IRI as prefix:name when a prefix fits."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIX_IRIS.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _cell_width(text: str) -> int:
    # Combining marks take no column; everything in Vietnamese text is otherwise one column wide.
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def format_table(result: Result) -> str:
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    if result.triples is not None:
        return format_triples(result)
    cells = [[shorten(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([_cell_width(c)] + [_cell_width(row[i]) for row in cells]) for i, c in enumerate(result.columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _cell_width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


def as_rows(result: Result) -> Result:
    """A CONSTRUCT's triples as rows of subject, predicate, object (for CSV and TSV); other results as they are."""
    if result.triples is None:
        return result
    return Result(["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in result.triples])


def format_csv(result: Result) -> str:
    """SPARQL 1.1 CSV results: plain values, IRIs in full; a CONSTRUCT's triples as subject,predicate,object."""
    result = as_rows(result)
    if result.boolean is not None:
        return format_table(result)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t.value}" if isinstance(t, ox.BlankNode) else t.value) for t in row])
    return buffer.getvalue()


def format_tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: terms in N-Triples syntax; a CONSTRUCT's triples as subject, predicate, object."""
    result = as_rows(result)
    if result.boolean is not None:
        return format_table(result)
    lines = ["\t".join(f"?{c}" for c in result.columns)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != str(XSD.string):
        out["datatype"] = term.datatype.value
    return out


def format_json(result: Result) -> str:
    """SPARQL 1.1 JSON results; a CONSTRUCT's triples as JSON-LD."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    if result.triples is not None:
        return ox.serialize(result.triples, format=ox.RdfFormat.JSON_LD).decode("utf-8")
    bindings = [{c: _json_term(t) for c, t in zip(result.columns, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.columns}, "results": {"bindings": bindings}}, ensure_ascii=False)


def format_triples(result: Result) -> str:
    """A CONSTRUCT's triples as Turtle, with the vocabulary's prefixes."""
    return ox.serialize(result.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIX_IRIS).decode("utf-8")


FORMATTERS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}


def render(result: Result, output_format: str = "table") -> str:
    return FORMATTERS[output_format](result)
