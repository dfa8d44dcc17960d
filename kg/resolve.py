"""Resolve mentions within one article: bodies to canonical names and places,
parents, and posts without a body to the committee the article is about.

``Quận ủy`` in an article that names quận Thanh Khê (and no other quận) is
``Quận ủy Thanh Khê``; in one that names no quận it stays ``Quận ủy``: a place is
taken only from the article's own words.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache

from .extract.components import Component, Doc, every_body_named
from .extract.body_grammar import agency_party_suffix, party_executives, unit_party_head, unit_party_suffix
from .lexicon import is_party_unit, key, lexicon
from .model import Bare, BodyKind, BodyRef, Event, Naming, Part, PersonMention, TitleKind
from .gazetteer import gazetteer
from .article_places import PARENT_TIERS, Places, all_bodies, collect_places
from .bare_head_titles import place_bare_head_titles


class Resolver:
    def __init__(self, places: Places, agencies: Counter | None = None):
        self.places = places
        self.home = places.home()
        self.levels = {lv.word: lv for lv in lexicon().levels.values()}
        self.subject_agency = self._subject_agency(agencies or Counter())

    def _subject_agency(self, agencies: Counter) -> str | None:
        """The state agency whose party body the article is about (``Đại hội Đảng bộ Công an tỉnh X``):
        the one agency with a party body named more than once (or as the event's organizer), or named twice as often
        as any other; none in an article about a commune, whose own Đảng ủy a bare ``Đảng ủy`` is."""
        if not agencies or (self.home and self.levels[self.home[0]].tier == "commune"):
            return None
        ranked = agencies.most_common(2)
        if ranked[0][1] < 2:
            return None  # named once ("chỉ định tham gia Đảng ủy Quân khu 1"): a mention, not the article's subject
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1] else None

    def home_committee(self) -> str | None:
        if self.subject_agency:
            return f"{party_executives()[key(lexicon().words('party-organization')[0])]} {self.subject_agency}"
        if not self.home:
            return None
        word, place = self.home
        return self._compose(self.levels[word].committee, word, place)

    @staticmethod
    def _compose(head: str, word: str | None, place: str | None) -> str:
        """``Ủy ban nhân dân phường X``; ``Quận ủy X`` (a committee takes its place directly)."""
        entry = lexicon().bodies.get(head.casefold())
        named = entry is not None and entry.naming == Naming.NAMED
        if not place:
            return f"{head} {word}" if word and not named else head
        if named or not word or place.casefold().startswith(word.casefold()):
            return f"{head} {place}"
        return f"{head} {word} {place}"

    def name(self, body: BodyRef) -> str | None:
        """Canonical name, or None when the mention is too vague to be one body."""
        if body.part in (Part.OFFICE, Part.EXECUTIVE):
            return self._committee_of(body)
        if body.part == Part.STANDING:
            committee = self.name(body.of) if body.of else self.home_committee()
            standing = lexicon().words("standing-committee")[0]
            return f"{standing} {committee}" if committee else standing
        if body.part == Part.AGENCY:
            agency = self.name(body.of)
            return f"{body.head} {agency_party_suffix(body.of.head, agency)}" if agency else None
        if body.part == Part.DEPARTMENT:
            if body.of is None:
                return None
            committee = self.name(body.of)
            lex = lexicon()
            if committee in lex.words("central-committee"):
                named = f"{body.head} {lex.words('central')[0]}"
                central = lex.bodies.get(key(named))  # Văn phòng Trung ương Đảng
                return central.name if central else named
            return f"{body.head} {committee}" if committee else None
        if body.naming == Naming.FIXED:
            return body.head
        if body.naming == Naming.NAMED:
            place = body.place or self.places.unique_or_dominant(body.level_word)
            return self._compose(body.head, body.level_word, place)
        if body.place:
            return self._compose(body.head, body.level_word, self._completed(body.place))
        if body.level_word:
            return self._compose(body.head, *self._level_place(body))
        if body.bare == Bare.SKIP:
            return None
        if self.subject_agency and body.bare == Bare.HOME and is_party_unit(lexicon().body_entry(body.head)):
            return f"{body.head} {self.subject_agency}"
        if body.bare == Bare.HOME and self.home:
            if body.head in lexicon().words("commune-committee"):
                # a bare Đảng ủy is a commune's: in an article about a province it stays as written
                home = self.home_committee()
                return home if home and home.startswith(body.head) else body.head
            return self._compose(body.head, *self.home)
        return body.head

    def _level_place(self, body: BodyRef) -> tuple[str, str | None]:
        """The body's place word and the article's one place of that kind. A province's body named without its
        place word (``Sở KH&ĐT``) in an article about a centrally run city (``Thành ủy Hà Nội``) is the city's."""
        word, place = body.level_word, self.places.unique_or_dominant(body.level_word)
        lex = lexicon()
        province, city = lex.words("province-word")[0], lex.words("city-province-word")[0]
        if place is None and word == province and province not in body.surface.casefold().split():
            found = self.places.unique_or_dominant(city)
            if found in gazetteer().cities:
                return city, found
        return word, place

    def _completed(self, place: str) -> str:
        """``Khối các cơ quan tỉnh``, ending on a place word, takes the article's one place of that kind."""
        word = place.rsplit(" ", 1)[-1]
        found = self.places.unique_or_dominant(word) if word in self.levels and " " in place else None
        return f"{place} {found}" if found else place

    def _committee_of(self, body: BodyRef) -> str | None:
        """``Thường trực Quận ủy`` is the Quận ủy; ``Ban Chấp hành Đảng bộ phường X`` is Đảng ủy phường X."""
        of = body.of
        if of is None:
            return self.home_committee() or body.head
        if of.part == Part.AGENCY and key(of.head) in party_executives():
            agency = self.name(of.of)  # "Ban Chấp hành Đảng bộ Sở Y tế" is the Đảng ủy of Sở Y tế
            return f"{party_executives()[key(of.head)]} {agency_party_suffix(of.of.head, agency)}" if agency else None
        if of.head not in lexicon().words("party-organization"):
            named = self.name(of)
            suffix = unit_party_suffix(of.head, named or "") if of.kind == BodyKind.PARTY_ORGANIZATION else None
            # "Ban Chấp hành Đảng bộ UBND tỉnh X" is the Đảng ủy UBND tỉnh X
            return f"{party_executives()[key(lexicon().words('party-organization')[0])]} {suffix}" if suffix else named
        word = of.level_word or (self.home[0] if self.home and not of.place else None)
        if word is None:
            return self.home_committee() if of.place is None else None
        place = of.place or self.places.unique_or_dominant(word)
        return self._compose(self.levels[word].committee, word, place)

    def is_resolved(self, body: BodyRef, name: str) -> bool:
        """Pinned to one real body: national, or carrying a place name."""
        if body.naming == Naming.FIXED and body.part is None:
            return True
        return name not in _placeless_names(body.head)


def resolve(doc: Doc) -> dict[str, set[str]]:
    """Name every body, link committees to the committee above, fill posts' missing bodies; the places
    the article names, by place word. Names are set in place, so a failure takes them back (a failed
    component adds nothing)."""
    bodies = every_body_named(doc.bodies, doc.title_bodies)
    unplaced = [post for person in doc.persons for post in person.posts if post.body is None]
    everything = [*bodies, *(p.body for person in doc.persons for p in person.posts if p.body),
                  *(d.issuer for d in doc.documents if d.issuer), *(e.organizer for e in doc.events if e.organizer)]
    try:
        return _resolve(doc.article.text, everything, doc.persons, doc.events)
    except Exception:
        for post in unplaced:
            post.body = None
        for body in all_bodies([*everything, *(p.body for person in doc.persons for p in person.posts)]):
            body.name, body.parent, body.resolved = "", None, False
        raise


COMPONENT = Component("resolve", reads=("article", "persons", "bodies", "title_bodies", "documents", "events"),
                      adds=("places",), run=resolve)


def _resolve(text: str, everything: list[BodyRef], persons: list[PersonMention], events: list[Event]):
    places = collect_places(text, everything, frozenset(p.name for p in persons))
    organizer = events[0].organizer if events else None
    if organizer is not None and organizer.place and organizer.level_word:
        places.organizer_place = (organizer.level_word, organizer.place)
    resolver = Resolver(places)
    caucuses = lexicon().words("caucus")  # a council's or a Hội's caucus does not make it the article's agency
    # nor does a cell's (Chi bộ Công ty X); a unit's party body by its own name does (Đảng bộ Quân sự tỉnh X)
    agencies = Counter(agency_party_suffix(b.of.head, name) for b in all_bodies(everything)
                       if b.part == Part.AGENCY and b.of and b.head not in caucuses
                       and lexicon().body_entry(b.head).bare != Bare.SKIP and (name := resolver.name(b.of)))
    agencies.update(suffix for b in all_bodies(everything) if b.part is None and unit_party_head(b.head)
                    and (suffix := unit_party_suffix(b.head, resolver.name(b) or "")))
    resolver = Resolver(places, agencies)
    for body in all_bodies(everything):
        body.name = resolver.name(body) or ""
        body.resolved = bool(body.name) and resolver.is_resolved(body, body.name)
    _corefer_bare(everything)
    _prefer_fuller_heads(everything)
    place_bare_head_titles(list(all_bodies(everything)), persons)
    home = resolver.home_committee()
    for person in persons:
        for post in person.posts:
            if post.body is None and home and _is_party_role(post.role):
                post.body = _home_body(home, post)
            elif post.body is not None and _unnamed_cell_of_a_post(post.body):
                post.body.name = post.body.head  # "nguyên Bí thư Chi bộ" among several: as written
    _link_parents(everything, resolver)
    return places.by_word



@cache
def _placeless_names(head: str) -> frozenset[str]:
    """The names a body with this head has when no place is known: Quận ủy, Ủy ban nhân dân phường ..."""
    words = {lv.word for lv in lexicon().levels.values()}
    return frozenset({head, f"{lexicon().words('standing-committee')[0]} {head}"} | {Resolver._compose(head, w, None) for w in words})


def _corefer_bare(bodies: list[BodyRef]) -> None:
    """``Đảng ủy`` alone, in an article whose only other Đảng ủy is ``Đảng ủy phường``: that one;
    so is ``Chi bộ`` alone (otherwise no body) beside one ``Chi bộ thôn Đông``."""
    fuller: dict[str, set[str]] = defaultdict(set)
    for body in all_bodies(bodies):
        if body.part in (None, Part.AGENCY) and body.name and body.name != body.head:
            fuller[body.head].add(body.name)
    by_name = {b.name: b for b in all_bodies(bodies)}
    for body in all_bodies(bodies):
        bare = body.name == body.head or (not body.name and body.bare == Bare.SKIP)
        if body.part is None and bare and body.naming != Naming.FIXED and len(fuller[body.head]) == 1:
            body.name = next(iter(fuller[body.head]))
            body.resolved = by_name[body.name].resolved


@cache
def _fuller_heads() -> dict[str, tuple[str, ...]]:
    """Per body head, the longer heads that begin with it (``Ủy ban MTTQ`` → ``Ủy ban MTTQ Việt Nam``), fullest first.
    Only those placed the same way: ``Đảng bộ Ủy ban nhân dân tỉnh X`` is another body than ``Đảng bộ tỉnh X``."""
    entries = {e.name: e for e in lexicon().bodies.values()}
    fuller = defaultdict(list)
    for head, entry in entries.items():
        for longer, other in entries.items():
            placed_alike = (other.kind, other.bare, other.level) == (entry.kind, entry.bare, entry.level)
            if longer.startswith(head + " ") and placed_alike:
                fuller[head].append(longer)
    return {head: tuple(sorted(longer, key=lambda h: (-len(h), h))) for head, longer in fuller.items()}


def _prefer_fuller_heads(bodies: list[BodyRef]) -> None:
    """``UBMTTQ huyện X`` and ``Ủy ban MTTQ Việt Nam huyện X`` in one article are one body:
    a name whose head is a shorter form of another's, with the same place, takes the fuller one."""
    fuller_heads = _fuller_heads()
    names = {b.name for b in all_bodies(bodies) if b.name}
    for body in all_bodies(bodies):
        if not body.name or body.part is not None:
            continue
        rest = body.name[len(body.head):]
        for head in fuller_heads.get(body.head, ()):
            if head + rest in names:
                body.name = head + rest
                break


def _unnamed_cell_of_a_post(body: BodyRef) -> bool:
    """A ``Chi bộ`` written alone in a title, which no one cell of the article names: the body of the
    post as the article writes it (a bare Chi bộ outside a title is no body)."""
    entry = lexicon().bodies.get(key(body.head))
    return (not body.name and body.part is None and body.surface[:1].isupper() and entry is not None
            and entry.bare == Bare.SKIP and is_party_unit(entry))


def _is_party_role(role: str) -> bool:
    return any(entry.role == role and entry.kind == TitleKind.PARTY and not entry.implied_body
               for entry in lexicon().roles.values())


def _home_body(home: str, post) -> BodyRef:
    body = BodyRef(head=home, kind=BodyKind.PARTY_COMMITTEE, surface=post.surface, span=post.span, naming=Naming.FIXED)
    body.name, body.resolved = home, True
    return body


def _link_parents(bodies: list[BodyRef], resolver: Resolver) -> None:
    tier_of_committee = {lv.committee: lv.tier for lv in lexicon().levels.values()}
    committees_by_tier: dict[str, set[str]] = defaultdict(set)
    for body in all_bodies(bodies):
        if body.kind == BodyKind.PARTY_COMMITTEE and body.part is None and body.name and body.name != body.head:
            tier = tier_of_committee.get(body.head)
            if body.head in lexicon().words("commune-committee"):
                tier = "commune" if body.level_word is None or body.level_word in lexicon().words("commune-word") else None
            if tier:
                committees_by_tier[tier].add(body.name)
    for body in all_bodies(bodies):
        if body.part in (Part.DEPARTMENT, Part.STANDING) and body.of is not None and body.of.name:
            body.parent = body.of.name if body.of.part is None else resolver.name(body.of)
        elif body.part == Part.STANDING and body.of is None:
            body.parent = resolver.home_committee()
        elif body.fixed_parent:
            body.parent = body.fixed_parent
        elif body.kind == BodyKind.PARTY_COMMITTEE and body.part is None and body.name:
            tier = "commune" if body.head in lexicon().words("commune-committee") else tier_of_committee.get(body.head)
            for upper in PARENT_TIERS.get(tier or "", ()):
                names = committees_by_tier.get(upper, set()) - {body.name}
                if len(names) == 1:
                    body.parent = next(iter(names))
                    break
