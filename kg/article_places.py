"""The places an article names (``quận Thanh Khê``, ``tỉnh Nghệ An``, a province in brackets, one
named alone), counted by place word: what :mod:`kg.resolve` resolves bare bodies against."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .extract.places import parse_place
from .gazetteer import gazetteer, place_names
from .lexicon import Lexicon, Phrases, built, cues, key, lexicon
from .model import BodyRef, Naming
from .place_mentions import bare_provinces
from .normalize import modern_tone

TIERS = ("commune", "district", "city", "province")
# the tiers a committee may sit under, nearest first
PARENT_TIERS = {"commune": ("district", "city"), "district": ("city", "province"), "city": ("province",)}


@dataclass
class Places:
    """The places an article names, by place word (``phường`` → {``Thanh Khê Tây``})."""

    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    organizer_place: tuple[str, str] | None = None
    counts: Counter = field(default_factory=Counter)
    # (place word, organizer's place) -> unique_or_dominant's answer: asked once per body, it ranked every place
    chosen: dict = field(default_factory=dict, repr=False)

    def add(self, word: str | None, place: str | None) -> None:
        if word and place:
            self.by_word[word].add(place)
            self.counts[(word, place)] += 1
            self.chosen.clear()

    def home(self) -> tuple[str, str] | None:
        """The unit the article is about: where its event's organizer is, else the one
        place of the lowest tier it names."""
        levels = {lv.word: lv.tier for lv in lexicon().levels.values()}
        for tier in TIERS:
            found = {(w, p) for w, names in self.by_word.items() if levels.get(w) == tier for p in names}
            if len(found) == 1:
                return found.pop()
            if found:
                # several communes, none more than the others (an awardee's xã ...): the organizer's place
                return self._dominant(found) or self.organizer_place
        return None

    def _dominant(self, found: set[tuple[str, str]]) -> tuple[str, str] | None:
        """Among several places of one tier: one named at least twice as often as any
        other, else the organizer's; none when the article leaves it open."""
        ranked = sorted(found, key=lambda wp: -self.counts[wp])
        if self.counts[ranked[0]] >= 2 * self.counts[ranked[1]]:
            return ranked[0]
        return self.organizer_place if self.organizer_place in found else None

    def unique_or_dominant(self, word: str | None) -> str | None:
        if (word, self.organizer_place) not in self.chosen:
            self.chosen[word, self.organizer_place] = self._unique_or_dominant(word)
        return self.chosen[word, self.organizer_place]

    def _unique_or_dominant(self, word: str | None) -> str | None:
        names = self.by_word.get(word or "", set())
        if len(names) > 1:
            dominant = self._dominant({(word, n) for n in names})
            return dominant[1] if dominant else None
        return next(iter(names)) if names else None


_FEW_WORDS_RE = re.compile(r"\s+(?:\w+\s+){0,4}")


def _merged_away(text: str, pos: int) -> bool:
    """The place word at ``pos`` follows a merge cue by a few words: ``hợp nhất ba xã A, B và C``."""
    return any(_FEW_WORDS_RE.fullmatch(text, cue.end(), pos)
               for cue in cues("merged").finditer(text, max(0, pos - 40), pos))


@built
def _place_words(lex: Lexicon) -> Phrases:
    """Where a place may be named: a place word (phường, tỉnh ...) or an abbreviation (TPHCM)."""
    return lex.level_re | lex.place_abbreviation_re


def collect_places(text: str, bodies: list[BodyRef], person_names: frozenset[str] = frozenset()) -> Places:
    """The places the article names; a run of capitals read as a person's name is none
    (``Chủ tịch UBND tỉnh Cao Văn A``)."""
    lex = lexicon()
    places = Places()
    merges = cues("merged").search(text) is not None  # most articles merge no units: no cue to look back for
    for m in _place_words().finditer(text):
        if merges and _merged_away(text, m.start()):
            continue  # "hợp nhất ba xã A, B và C": units that no longer are the article's
        abbreviation = lex.place_abbreviation_re.match(text, m.start())
        if abbreviation and abbreviation.end() >= m.end():
            word, place = lex.place_abbreviations[key(abbreviation.group())]  # any whitespace between its words
            places.add(word, place)
            continue
        if _in_capitals_line(text, m.start()):
            continue  # "HĐND PHƯỜNG AN PHÚ TỔ CHỨC ...": in a headline of capitals no word's case says where a name ends
        level = lex.levels[" ".join(m.group().split()).casefold()]
        after = m.end() + 1 if text.startswith(" ", m.end()) else m.end()
        if after == m.end() and not m.group().endswith("."):
            continue
        found = parse_place(text, after, level.word)
        if found and _plausible_place(found[0]) and found[0] not in person_names:
            places.add(found[1] or level.word, found[0])
            places.add(*_bracketed_province(text, found[2]))
    for body in all_bodies(bodies):
        if body.place and body.level_word and body.naming == Naming.NAMED:
            places.add(body.level_word, body.place)
        elif body.place and body.level_word and not _names_a_level(text, body):
            places.add(body.level_word, body.place)  # "Sở Y tế Nghệ An": a province named without its place word
    if "province" not in _tiers_named(places):
        named = {place for names in places.by_word.values() for place in names}
        for province, count in bare_provinces(text).items():  # "quê hương Quảng Bình": the article's province
            for _ in range(count if province not in named else 0):
                places.add(province_word(province), province)
    return places


def _names_a_level(text: str, body: BodyRef) -> bool:
    """Whether a place word stands in the body's surface; looked up in the article's text where the surface is
    the text at its span and starts a word there (the text's phrases are found already: a surface's own copy
    is read anew for every phrase of the lexicon)."""
    start, end = body.span.start, body.span.end
    if body.surface == text[start:end] and not (start and text[start - 1].isalnum()):
        return lexicon().level_re.search(text, start, end) is not None
    return lexicon().level_re.search(body.surface) is not None


def _in_capitals_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in capitals (no lower-case letter)."""
    if text[pos].islower() or text[pos + 1:pos + 2].islower():
        return False  # the place word itself (tỉnh, Tỉnh): most lines are done with at once
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return not any(ch.islower() for ch in text[start:len(text) if end < 0 else end])


def _tiers_named(places: Places) -> set[str]:
    levels = {lv.word: lv.tier for lv in lexicon().levels.values()}
    return {levels.get(word) for word, names in places.by_word.items() if names}


_BRACKETED_RE = re.compile(r"\s*\(([^()]{2,30})\)")


def _bracketed_province(text: str, pos: int) -> tuple[str | None, str | None]:
    """``huyện Tuy Phước (Bình Định)``: the province in brackets after a unit, as its place word
    and name; only a province the gazetteer knows, so ``(thuộc ...)`` or ``(CCB)`` is none."""
    m = _BRACKETED_RE.match(text, pos)
    province = m and modern_tone(" ".join(m.group(1).split()))
    if not province or province not in gazetteer().provinces:
        return None, None
    return province_word(province), province


def _plausible_place(place: str) -> bool:
    """One capitalized word after a place word is often not a place (``TP Anh hùng``)."""
    return " " in place or place in place_names() or place.isupper() or any(ch.isdigit() for ch in place)


def all_bodies(bodies):
    for body in bodies:
        while body is not None:
            yield body
            body = body.of


def province_word(province: str) -> str:
    """The place word of a province named alone: thành phố for a centrally run city, else tỉnh."""
    return lexicon().words("city-province-word" if province in gazetteer().cities else "province-word")[0]
