"""The :class:`Lexicon`: the lexicon's files read once, with the matchers made of them.

Every matcher of one lexicon reads a text in the same pass (its :class:`PhraseIndex`), and
is built once, the first time it is asked for, and kept by the lexicon: extractors ask the
lexicon they are given (or the default one, :func:`lexicon`), never keep matchers of their own.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, wraps
from typing import TypeVar

from ..gazetteer import dashed_province_spellings
from .entries import BodyEntry, DepartmentEntry, FamilyNames, LevelEntry, RoleEntry
from .files import key, read_tsv
from .phrases import PhraseIndex, Phrases
from .short_forms import with_short_forms

Built = TypeVar("Built")


@dataclass(eq=False)
class Lexicon:
    roles: dict[str, RoleEntry]
    departments: dict[str, DepartmentEntry]
    department_titles: dict[str, tuple[str, str]]
    bodies: dict[str, BodyEntry]
    parts: dict[str, str]
    levels: dict[str, LevelEntry]
    place_abbreviations: dict[str, tuple[str, str]]
    surnames: FamilyNames
    index: PhraseIndex = field(default_factory=PhraseIndex, repr=False)
    role_re: Phrases = field(init=False)
    department_re: Phrases = field(init=False)
    department_title_re: Phrases = field(init=False)
    body_re: Phrases = field(init=False)
    part_re: Phrases = field(init=False)
    level_re: Phrases = field(init=False)
    place_abbreviation_re: Phrases = field(init=False)
    stop_re: Phrases = field(init=False)
    _built: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self):
        self.role_re = self.phrases(self.roles)
        self.department_re = self.phrases(self.departments)
        self.department_title_re = self.phrases(self.department_titles)
        self.body_re = self.phrases(self.bodies)
        self.part_re = self.phrases(self.parts)
        self.level_re = self.phrases(self.levels)
        self.place_abbreviation_re = self.phrases(self.place_abbreviations)
        # where a run of capitals stops being a name or a place: a title or a body begins
        # (a department's title only with its department: "phường Nghĩa Chánh" is a place, "Chánh Văn phòng" a title)
        dept_titles = [f"{title} {dept}" for title in self.department_titles for dept in self.departments]
        self.stop_re = self.phrases([*self.roles, *self.departments, *dept_titles, *self.bodies, *self.parts])

    def phrases(self, surfaces: Iterable[str]) -> Phrases:
        """Many surfaces found as one: case-insensitive, on word edges, the longest at a position;
        read in the same pass as this lexicon's other phrases."""
        return Phrases(surfaces, self.index)

    def built(self, build: Callable[..., Built], *args) -> Built:
        """What ``build(self, *args)`` makes of this lexicon, made the first time it is asked for."""
        made = self._built.get((build, args), _NOT_YET)
        if made is _NOT_YET:
            made = self._built[build, args] = build(self, *args)
        return made

    def cues(self, relation: str) -> Phrases:
        """The cue words of one relation of ``cues.tsv`` (what each relation means is said there)."""
        return self.built(_cue_set, relation)

    def words(self, relation: str) -> tuple[str, ...]:
        """The words of one relation of ``words.tsv`` (what each relation is, is said there), in the order written."""
        return self.built(_words_of, relation)

    def pattern(self, *relations: str) -> str:
        """The words of ``relations`` as one regex alternation, in the order written; a space in a word
        matches any run of whitespace (a line may break inside ``đồng chí``)."""
        return "|".join(re.escape(word).replace(r"\ ", r"\s+") for relation in relations for word in self.words(relation))

    def first_letters(self, *relations: str) -> str:
        """The first letters of the words of ``relations``, in both cases, as a character class: a lookahead
        ``(?=[...])`` before a pattern that opens with one of the words fails at once where none stands,
        instead of trying every word there."""
        letters = {word[0] for relation in relations for word in self.words(relation)}
        return "[" + "".join(sorted({re.escape(c) for ch in letters for c in (ch.lower(), ch.upper())})) + "]"

    def body_entry(self, name: str) -> BodyEntry:
        return self.bodies[key(name)]


_NOT_YET = object()


@cache
def _relations(name: str) -> dict[str, tuple[str, ...]]:
    """The words of each relation of a file of relations (words.tsv, cues.tsv), in the order written: the
    file read once a process, not once for each of its ~100 relations (0.1 s of a process's first article)."""
    relations: dict[str, list[str]] = {}
    for row in read_tsv(name):
        relations.setdefault(row[1], []).append(row[0])
    return {relation: tuple(words) for relation, words in relations.items()}


def _cue_set(lex: Lexicon, relation: str) -> Phrases:
    return lex.phrases(_relations("cues.tsv").get(relation, ()))


def _words_of(lex: Lexicon, relation: str) -> tuple[str, ...]:
    words = _relations("words.tsv").get(relation, ())
    if not words:
        raise KeyError(f"words.tsv has no relation {relation!r}")
    return words


def _keyed(rows, make):
    return {key(row[0]): make(row) for row in rows}


def _pad(row, n):
    return row + [""] * (n - len(row))


@cache
def lexicon() -> Lexicon:
    """The lexicon of ``kg/lexicon/*.tsv``, read once per process."""
    return Lexicon(
        roles=_keyed(with_short_forms(read_tsv("roles.tsv"), read_tsv("title_short_forms.tsv")),
                     lambda r: RoleEntry(*_pad(r, 4)[1:4])),
        departments=_keyed(read_tsv("departments.tsv"), lambda r: DepartmentEntry(*_pad(r, 4)[1:4])),
        department_titles=_keyed(read_tsv("department_titles.tsv"), lambda r: (r[1], r[2])),
        bodies=_keyed(with_short_forms(read_tsv("bodies.tsv"), read_tsv("title_short_forms.tsv")),
                      lambda r: BodyEntry(*_pad(r, 7)[1:7])),
        parts=_keyed(read_tsv("committee_parts.tsv"), lambda r: r[1]),
        levels=_keyed(read_tsv("levels.tsv"), lambda r: LevelEntry(*r[1:4])),
        place_abbreviations=_keyed(read_tsv("place_abbreviations.tsv") + dashed_province_spellings(), lambda r: (r[1], r[2])),
        surnames=FamilyNames(row[0] for row in read_tsv("surnames.tsv")),
    )


def built(build: Callable[..., Built]) -> Callable[..., Built]:
    """``build(lex, *args)`` made once per lexicon and arguments: ``f(*args)`` asks the default
    lexicon, ``f(*args, lex=...)`` the one given."""

    of_default: dict[tuple, Built] = {}  # per arguments, what the default lexicon made (it is made once a process)

    @wraps(build)
    def of(*args, lex: Lexicon | None = None) -> Built:
        if lex is not None:
            return lex.built(build, *args)
        made = of_default.get(args, _NOT_YET)  # asked ~130 times an article: a dictionary lookup, no call
        if made is _NOT_YET:
            made = of_default[args] = lexicon().built(build, *args)
        return made

    return of


_RELATION_SLOT_RE = re.compile(r"\{([a-z][a-z-]*(?:,[a-z][a-z-]*)*)\}")


def _compiled(lex: Lexicon, template: str, flags: int) -> re.Pattern:
    return re.compile(_RELATION_SLOT_RE.sub(
        lambda slot: f"(?:{lex.pattern(*slot.group(1).split(','))})", template), flags)


def word_pattern(template: str, flags: int = 0) -> Callable[..., re.Pattern]:
    """A regular expression whose ``{relation}`` slots (``{of,by}`` for two) are the words of those
    relations of ``words.tsv``: ``word_pattern(r"\\b{by-agent}\\s+")()`` compiles it once per lexicon.
    Quantifiers keep their braces (``{1,4}``): a slot is lower-case letters and dashes only."""
    compiled: list[re.Pattern] = []  # the default lexicon's, once made: asked ~60 times an article

    def of(*, lex: Lexicon | None = None) -> re.Pattern:
        if lex is not None:
            return lex.built(_compiled, template, flags)
        if not compiled:
            compiled.append(lexicon().built(_compiled, template, flags))
        return compiled[0]

    return of


def cues(relation: str) -> Phrases:
    """The cue words of one relation of ``cues.tsv``, in the default lexicon."""
    return lexicon().cues(relation)
