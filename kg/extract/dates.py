"""Dates as this genre writes them, and the year of a date written without one.

``Sáng ngày 01/7/2021``, ``Chiều 07/7``, ``Sáng 28-6``, ``ngày 7-4-2015``,
``Trong 2 ngày 6 và 7/8``, ``từ ngày 13 đến 15/10/2015``,
``ngày 25 tháng 01 năm 2021``, ``Sáng thứ Hai (9/12)``; a header's
``Ngày đăng 23/06/2021 | 10:27``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date

from ..lexicon import Lexicon, built, cues, lexicon, word_pattern
from ..model import Article, Span
from .writing import CAP_WORD, UPPER

def _part_of_day(lex: Lexicon) -> str:
    return rf"(?P<pod>{lex.pattern('part-of-day')})"


@built
def _date_re(lex: Lexicon) -> re.Pattern:
    """A date as articles write it, with what opens it: a part of day, a day named before its date
    ("Sáng nay (12/3)", "Sáng thứ Hai (9/12)", which may be in brackets; a weekday says the date is a day
    something happened on), a span of days ("trong 2 ngày 6 và 7/8", "ngày 6, 7/8", "từ ngày 13 đến 15/10")."""
    # a date opens with its day or one of these words: the lookaheads name them (first their first letters, a
    # quick test), so positions where none stands fail at once instead of trying each optional part (a third
    # of the time)
    openers = ("part-of-day", "today", "today-short", "weekday-of", "sunday", "date-span-opener", "day")
    day_name = (rf"(?:{lex.pattern('today', 'today-short')}|(?P<weekday>(?:{lex.pattern('weekday-of')})\s+"
                rf"(?:{lex.pattern('weekday-name')})|{lex.pattern('sunday')}))\s*[,(]?\s*")
    day = lex.pattern("day")
    day_month = (
        rf"(?<![\d/.,])(?<![\d/.,]-)(?P<d>\d{{1,2}})(?:\s*(?:{lex.pattern('and')}|-|,(?=\s*\d{{1,2}}\s*/)|{lex.pattern('until')})\s*(?:(?:{day})\s+)?\d{{1,2}})?"
        r"\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?(?![\d/])"
    )
    wordy = (rf"(?<![\d/.,-])(?P<d2>\d{{1,2}})\s+(?:{lex.pattern('month')})\s+(?P<m2>\d{{1,2}})"
             rf"(?:\s+(?:{lex.pattern('year')})\s+(?P<y2>\d{{4}}))?(?!\d)")
    return re.compile(
        rf"(?=\d|{lex.first_letters(*openers)})(?=\d|{lex.pattern(*openers)})(?:{_part_of_day(lex)}\s+)?(?:{day_name})?"
        rf"(?P<ngay>(?:(?:{lex.pattern('date-span-opener')})\s+(?:\d\s+)?)?(?:{day})\s+)?"
        rf"(?:{wordy}|{day_month})",
        re.IGNORECASE,
    )


# the year of the period an article reports on: "năm 2021", "tháng 9/2024", "quý I/2024"
@built
def _year_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"(?={lex.first_letters('year', 'month', 'quarter')})\b(?:(?:{lex.pattern('year')})\s+"
                      rf"|(?:{lex.pattern('month')})\s+\d{{1,2}}\s*[/-]\s*|(?:{lex.pattern('quarter')})\s+[IV1-4]+\s*[/-]\s*)"
                      r"(\d{4})\b", re.IGNORECASE)


_CLAUSE_END_RE = re.compile(r"[,;:.!?\n()]")
_CLAUSE_REACH = 120  # how far back a clause may put a year aside
_HEADER_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")
_DATE_ONLY_LINE_RE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# a line opened by where and when it was written: "Lạng Sơn, 22/8/2024 – Ngày 21/8, ...",
# "Thái Nguyên, ngày 28/02/2025", or by the page's date glued to the lead ("14/12/2021Ngày 13/12");
# the date is the publication's, not an event's
dateline_re = word_pattern(
    rf"(?:{CAP_WORD}(?: {CAP_WORD}){{0,3}},\s*(?:{{day}}\s+)?)?(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*[/.-]\s*(\d{{4}})"
    rf"(?:\s*[-–|]\s*|\s*$|(?=[{UPPER}]))")
# a header line of a date alone with the year in two digits, as some page themes print it: "18/09/20"
_SHORT_YEAR_LINE_RE = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2})")
_CENTURY = 2000  # of a two-digit year: the genre's pages are of this century
_LINE_ENDING_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


@built
def _header_cue_re(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"\d{{1,2}}:\d{{2}}|{lex.pattern('header-cue')}|(?:{lex.pattern('weekday-of')})\s+\w+"
                      rf"|{lex.pattern('sunday')}", re.IGNORECASE)


@dataclass(frozen=True)  # shared by every caller asking about the same text
class DateMention:
    span: Span
    day: int
    month: int
    year: int | None
    part_of_day: str | None
    after_ngay: bool  # written "ngày ..." or with a part of day: a day something happened on
    weekday_only: bool = False  # opened by a weekday alone, as a page's date is ("Thứ ba, 24/05/2022")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """The dates written in text[start:end]: those of the whole text that lie inside it (the text is
    read once, however many sentences of it are asked about)."""
    end = len(text) if end is None else end
    everywhere = _dates_of(text)
    if any(m.span.start < start < m.span.end or m.span.start < end < m.span.end for m in everywhere):
        return list(_read_dates(text, start, end))  # a date the window cuts reads otherwise inside it
    return [m for m in everywhere if start <= m.span.start and m.span.end <= end]


@lru_cache(maxsize=4)
def _dates_of(text: str) -> tuple[DateMention, ...]:
    return _read_dates(text, 0, len(text))


def _read_dates(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    found = []
    for m in _date_re().finditer(text, start, end):
        day = int(m.group("d") or m.group("d2"))
        month = int(m.group("m") or m.group("m2"))
        year = m.group("y") or m.group("y2")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        try:
            date(int(year) if year else 2000, month, day)
        except ValueError:
            continue
        pod = m.group("pod")
        found.append(DateMention(Span(m.start(), m.end()), day, month, int(year) if year else None,
                                 pod.lower() if pod else None,
                                 bool(m.group("ngay") or pod or m.group("weekday")),
                                 bool(m.group("weekday") and not (m.group("ngay") or pod))))
    return tuple(found)


# "Hôm nay", "Sáng hôm qua": a day counted from the publication date, at the start of a sentence
@built
def _relative_day_re(lex: Lexicon) -> re.Pattern:
    # "nay", "qua" name a day only after a part of day: "Chiều qua, ...", "Sáng nay, ..."
    return re.compile(rf"(?:{_part_of_day(lex)}\s+)?(?:(?P<rel>{lex.pattern('today', 'yesterday')})"
                      rf"|(?(pod)(?P<short>{lex.pattern('today-short', 'yesterday-short')})|(?!)))\b",
                      re.IGNORECASE)


def relative_day(text: str, start: int, end: int) -> tuple[int, str | None, Span] | None:
    """(days before publication, part of day, span) of a ``hôm nay``/``hôm qua`` in text[start:end]."""
    m = _relative_day_re().search(text, start, end)
    if not m:
        return None
    pod = m.group("pod")
    word = " ".join((m.group("rel") or m.group("short")).lower().split())
    today = word in lexicon().words("today") or word in lexicon().words("today-short")
    return (0 if today else 1), pod.lower() if pod else None, Span(m.start(), m.end())


def period_years(text: str, start: int, end: int) -> set[int]:
    """The years text[start:end] names as periods (``năm 2015``, ``tháng 3/2020``), not in full dates."""
    return {int(m.group(1)) for m in _year_re().finditer(text, start, end)}


def years_named(text: str, start: int, end: int) -> set[int]:
    """The years text[start:end] names as a time (``năm 2015``, ``tháng 3/2020``, ``12/5/2019``), leaving out
    those its clause puts aside (``sinh năm 1963``, ``đến năm 2030``): a birth year dates no election."""
    return reported_years(text, start, end) | {m.year for m in find_dates(text, start, end) if m.year}


@lru_cache(maxsize=4)  # asked by the dates and by the periods of the same text
def reported_year(text: str) -> int | None:
    """The latest year the article speaks of as the period it reports on (``năm 2021``), leaving
    out a year its clause puts aside as a goal, a plan, a birth or a start (``đến năm 2030``)."""
    return max(reported_years(text), default=None)


def reported_years(text: str, start: int = 0, end: int | None = None) -> set[int]:
    """The years text[start:end] speaks of as periods reported on, as :func:`reported_year` reads them."""
    aside = cues("other-year")
    years = set()
    for m in _year_re().finditer(text, start, len(text) if end is None else end):
        year = int(m.group(1))
        reach = max(0, m.start() - _CLAUSE_REACH)
        clause_start = max((c.end() for c in _CLAUSE_END_RE.finditer(text, reach, m.start())), default=reach)
        if 1945 <= year <= 2100 and not aside.search(text, clause_start, m.end(1)):
            years.add(year)
    return years


def resolve_date(mention: DateMention, published: date | None, year_hint: int | None) -> date | None:
    """A full date; a date without a year takes the publication's year (one year earlier
    when it would fall after publication), else the reported year, else none: never a guess."""
    if mention.year:
        return date(mention.year, mention.month, mention.day)
    if published:
        candidate = date(published.year, mention.month, mention.day)
        return candidate if candidate <= published else date(published.year - 1, mention.month, mention.day)
    if year_hint:
        return date(year_hint, mention.month, mention.day)
    return None


def publication_date(article: Article) -> date | None:
    """The date in the article's header (a dateline with a time, ``Ngày đăng``, ``Cập nhật``, a
    title that ends with it, a line of the date alone, its year in four digits or two)."""
    if article.published:
        return article.published
    latest_written = None
    for line in article.text.split("\n")[:8]:
        dateline = dateline_re().match(line)  # the lead's first line may be long
        if not dateline and len(line) > 90:
            continue
        short = _SHORT_YEAR_LINE_RE.fullmatch(line.strip())
        if short:
            try:
                return date(_CENTURY + int(short.group(3)), int(short.group(2)), int(short.group(1)))
            except ValueError:
                continue
        m = dateline or _HEADER_DATE_RE.search(line)
        if not (m and (dateline or _header_cue_re().search(line) or _DATE_ONLY_LINE_RE.fullmatch(line.strip()))):
            # "... làm việc với công ty X 09/04/2024": a title ending with its page's date, which is
            # not before any date the article writes whole
            m = _LINE_ENDING_DATE_RE.search(line)
            if m and latest_written is None:
                latest_written = _latest_full_date(article.text)
            if not (m and latest_written <= int(m.group(3))):
                continue
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _latest_full_date(text: str) -> int:
    """The latest year of a date written whole: a page's date is not before what its article reports."""
    return max((m.year for m in find_dates(text) if m.year), default=0)
