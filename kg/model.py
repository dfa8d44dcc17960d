"""Typed facts that flow through the pipeline.

Extractors return these plain objects with character spans into the
normalized article text; only :mod:`kg.graph` turns them into RDF.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) in the normalized article text."""

    start: int
    end: int


@dataclass
class RawDocument:
    """What a reader hands on: one article's text and what its container said of it."""

    name: str  # the input's base name, e.g. "dev002.txt": the article's dcterms:identifier
    path: str  # where it came from (a file path, "path:line" for JSONL, "-" for stdin)
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class ReadProblem:
    """An input that could not be read, and why: reported, never raised."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class Article:
    """A normalized article: the unit every extractor works on."""

    name: str
    path: str
    text: str  # normalized (NFC, modern tone marks, plain dashes and spaces)
    source_text: str  # the text as read, for provenance of surface forms
    offsets: list[int]  # offsets[i] = index in source_text of text[i]
    sentences: list[Span] = field(default_factory=list)
    title: str | None = None
    published: date | None = None
    url: str | None = None


class BodyKind(StrEnum):
    """What sort of body: the party's committees, organizations and departments, the state, mass organizations."""

    PARTY_COMMITTEE = "party_committee"
    PARTY_ORGANIZATION = "party_organization"
    PARTY_DEPARTMENT = "party_department"
    GOVERNMENT = "government"
    MASS_ORGANIZATION = "mass_organization"
    OTHER = "other"


class Naming(StrEnum):
    """How a body's name goes on after its head (the naming column of kg/lexicon/bodies.tsv)."""

    NAMED = "named"  # the place follows directly: Quận ủy Thanh Khê
    LEVELED = "leveled"  # a place word and a place follow: Ủy ban nhân dân phường Quan Hoa
    NUMBERED = "numbered"  # a number follows as its own name: Quân khu 7
    PROPER = "proper"  # a place word and place, or else its own name: Trường Chính trị Lê Duẩn
    FIXED = "fixed"  # one national body
    TRADE = "trade"  # an enterprise's trade name follows, in sentence case: Tổng Công ty Khoáng sản và Thương mại X


class Bare(StrEnum):
    """How a mention without a place is resolved (the bare column of kg/lexicon/bodies.tsv)."""

    LEVEL = "level"  # by the kind of place its name implies
    HOME = "home"  # to the unit the article is about
    KEEP = "keep"  # kept as written
    SKIP = "skip"  # not a body


class Part(StrEnum):
    """How a mention relates to the body it belongs to (``BodyRef.of``)."""

    DEPARTMENT = "department"
    STANDING = "standing"
    OFFICE = "office"  # the body of: Thường trực Quận ủy is the Quận ủy
    EXECUTIVE = "executive"  # the committee of: Ban Chấp hành Đảng bộ phường X is Đảng ủy phường X
    AGENCY = "agency"  # the party body of a state agency or institution: Đảng ủy Sở Y tế


class TitleKind(StrEnum):
    """What a title says of its post (the kind column of kg/lexicon/roles.tsv)."""

    PARTY = "party"  # a post in a party committee: a bodiless one takes the committee beside it
    DUTY = "duty"  # a task, not an office: no body
    STAFF = "staff"  # a post in a department
    UNIT = "unit"  # the head of a unit the title names, in the department beside it
    MEMBER = "member"  # a member of the council or executive named after it; with none, no title
    PLAIN = ""  # none of these


@dataclass
class BodyRef:
    """A body as one mention names it; :mod:`kg.resolve` gives it its canonical name.

    ``head`` is the body's name written out without its place ("Quận ủy", "Ủy ban
    nhân dân", "Ban Tuyên giáo"); ``level_word`` and ``place`` are what the mention
    says of its place; ``of`` is the committee a department or standing committee
    belongs to; ``part`` says how the mention relates to ``of``. Kinds given as
    strings (a lexicon row's) are taken as their enum member: a value none has is an error.
    """

    head: str
    kind: BodyKind
    surface: str
    span: Span
    naming: Naming
    bare: Bare = Bare.KEEP
    level_word: str | None = None
    place: str | None = None
    of: BodyRef | None = None
    part: Part | None = None
    fixed_parent: str | None = None
    from_title: bool = False  # implied by a member's title (Quận ủy viên): its words are not the body's name
    name: str = ""  # canonical, set by resolve
    parent: str | None = None  # canonical name of the body above, set by resolve
    resolved: bool = False  # the name is pinned to a place or is national: one IRI across articles

    def __post_init__(self) -> None:
        # most references are made with members already, and Enum(member) is a call each (~0.26 us)
        if type(self.kind) is not BodyKind or type(self.naming) is not Naming or type(self.bare) is not Bare:
            self.kind, self.naming, self.bare = BodyKind(self.kind), Naming(self.naming), Bare(self.bare)
        if self.part is not None and type(self.part) is not Part:
            self.part = Part(self.part)


class Change(Enum):
    """What an article reports of a tenure: that it starts (elected, appointed) or ends (retired, relieved)."""

    START = "start"
    END = "end"


@dataclass(frozen=True)
class Tenure:
    """A post's tenure reported to start or end, by the cue words at ``span`` (lexicon/tenure_cues.tsv)."""

    change: Change
    cue: str
    span: Span


@dataclass
class Post:
    role: str  # written out, without the body: "Trưởng Ban Tuyên giáo"
    body: BodyRef | None
    surface: str
    span: Span
    former: bool = False  # "nguyên Bí thư": kept distinct
    tenure: Tenure | None = None  # "được bầu giữ chức ...", "thôi giữ chức ...": set by kg.extract.tenures


@dataclass
class PersonMention:
    name: str  # title case, NFC
    span: Span
    posts: list[Post] = field(default_factory=list)
    is_author: bool = False


@dataclass
class Document:
    type: str  # "Chỉ thị", "Nghị quyết" ...
    span: Span
    code: str | None = None  # normalized "05-CT/TW"
    number: str | None = None
    issuer: BodyRef | None = None
    issued: date | None = None
    title: str | None = None
    surface: str = ""
    same_day_as_previous: bool = False  # "cùng ngày": issued the day of the document cited before it


@dataclass
class Event:
    kind: str  # from the event-kind lexicon, as the article names it: "Hội nghị sơ kết"
    span: Span
    date: date | None = None
    part_of_day: str | None = None  # sáng, chiều, tối
    place: str | None = None
    organizer: BodyRef | None = None
    chairs: list[str] = field(default_factory=list)  # person names
    attendees: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)  # sentences that say who chaired, spoke, attended


@dataclass
class ArticleFacts:
    article: Article
    persons: list[PersonMention] = field(default_factory=list)
    bodies: list[BodyRef] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    published: date | None = None  # from the reader, else the article's header
    places: dict[str, set[str]] = field(default_factory=dict)  # place word -> the places named with it; set by resolve
    warnings: list[str] = field(default_factory=list)  # "FILE: the X extractor failed: ERROR", one per failed component

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of every fact, with the kind of fact it belongs to: each must lie inside the text."""
        bodies = [*self.bodies, *(p.body for person in self.persons for p in person.posts if p.body),
                  *(d.issuer for d in self.documents if d.issuer), *(e.organizer for e in self.events if e.organizer)]
        for person in self.persons:
            yield "person", person.span
            yield from (("post", post.span) for post in person.posts)
        for body in bodies:
            while body is not None:
                yield "body", body.span
                body = body.of
        yield from (("document", d.span) for d in self.documents)
        for event in self.events:
            yield "event", event.span
            yield from (("event evidence", span) for span in event.evidence)
