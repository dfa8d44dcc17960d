"""How well identities are linked, on cases that say who is who: pairwise precision and recall.

A case file (``tests/identity_cases/real/people.tsv``) lists mentions as ``set, article, name,
person, note``: ``article`` a path under a corpus folder the file only refers to, ``person`` one
label per real person. The articles are built together; two mentions are linked when the build
put them in one identity. Over the pairs of mentions of one set:

* precision = linked pairs that are one person / linked pairs;
* recall = linked pairs that are one person / pairs that are one person.

A mention the build does not find (its name not extracted) is linked to nothing.
"""
from __future__ import annotations

import itertools
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .identity import block_key

# every identity's members, with each member's article and name as written
_MEMBERS = """PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?identity ?file ?name WHERE {
  GRAPH ?block { ?identity owl:sameAs ?member }
  ?article schema:mentions ?member ; dcterms:identifier ?file .
  ?member foaf:name ?name .
}"""


@dataclass(frozen=True)
class CaseMention:
    set: str
    article: str  # path under the corpus folder: wild/w0088.txt
    name: str
    person: str

    @property
    def key(self) -> tuple[str, str]:
        return Path(self.article).name, loose_name(self.name)


@dataclass
class Score:
    mentions: int
    people: int
    same_pairs: int  # pairs of mentions of one person
    namesake_pairs: int  # pairs of mentions of two people whose names share a block
    linked: int
    right: int
    wrong: list[tuple[CaseMention, CaseMention]] = field(default_factory=list)
    missed: list[tuple[CaseMention, CaseMention]] = field(default_factory=list)
    not_found: list[CaseMention] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.linked if self.linked else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.same_pairs if self.same_pairs else 1.0

    def summary(self) -> str:
        return (f"precision {self.precision:.3f} ({self.right}/{self.linked} links), recall {self.recall:.3f} "
                f"({self.right}/{self.same_pairs} same-person pairs); {self.mentions} mentions of {self.people} people, "
                f"{self.namesake_pairs} namesake pairs; {len(self.not_found)} mentions not extracted")


def loose_name(name: str) -> str:
    """A name as compared with the case's: case and apostrophes aside."""
    return " ".join(re.sub(r"['’ʼ`]", "", unicodedata.normalize("NFC", name)).casefold().split())


def read_cases(path: Path) -> list[CaseMention]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [CaseMention(*row[:4]) for row in rows]


def linked_identities(out: Path) -> dict[tuple[str, str], str]:
    """(article file, loose name) → identity IRI, from a build's store."""
    from .output_folder import OutputFolder
    from .store import ArticleStore

    with ArticleStore(OutputFolder(out).store, read_only=True) as store:
        return {(row["file"].value, loose_name(row["name"].value)): row["identity"].value
                for row in store.query(_MEMBERS)}


def score(cases: Iterable[CaseMention], linked: dict[tuple[str, str], str]) -> Score:
    cases = list(cases)
    identity = {case: linked.get(case.key) for case in cases}
    result = Score(mentions=len(cases), people=len({c.person for c in cases}), same_pairs=0, namesake_pairs=0,
                   linked=0, right=0, not_found=[c for c in cases if identity[c] is None])
    for a, b in itertools.combinations(cases, 2):
        same = a.person == b.person
        together = identity[a] is not None and identity[a] == identity[b]
        result.same_pairs += same
        result.namesake_pairs += not same and block_key(loose_name(a.name)) == block_key(loose_name(b.name))
        result.linked += together
        result.right += together and same
        if together and not same:
            result.wrong.append((a, b))
        elif same and not together:
            result.missed.append((a, b))
    return result


def score_cases(path: Path, corpus: Path, sets: Iterable[str] = ("case",)) -> dict[str, Score]:
    """Build every article the case file names (all sets together, as one corpus) and score each set."""
    from .builder.run import build

    cases = read_cases(path)
    with tempfile.TemporaryDirectory(prefix="vnkg-identity-") as out:
        report = build(sorted({corpus / c.article for c in cases}), out, view=False, jobs=1)
        if not report.ok:
            raise RuntimeError(f"articles not built: {[str(p) for p in report.skipped]}")
        linked = linked_identities(Path(out))
    return {name: score([c for c in cases if c.set == name], linked) for name in sets}
