"""The year of an event's date written without one, when the article has no publication
date: from the period the article reports on (gold/FORMAT.md "Years"), never a guess.

In the order a reader trusts them:
- the same day written with its year elsewhere (``Ngày 15/10 ...`` and later ``từ ngày 15/10/2025``);
- for an event that opens a term (a congress, a first session, the nomination of candidates),
  the first year of the term it names: ``Đại hội ... nhiệm kỳ 2025-2030`` is held in 2025; so is any
  event that puts people forward for a term its sentence names (``giới thiệu nhân sự ... nhiệm kỳ 2021-2026``);
- the year of the anniversary the article celebrates: ``96 năm Ngày thành lập Đảng (3-2-1930 - 3-2-2026)``;
- the year the event's name gives it (``Hội nghị lần thứ 16 năm 2023``), else
  the year the article reports on (``năm 2023``, ``6 tháng đầu năm 2021``, ``quý 3-2025``),
  leaving out the years of goals, plans, births and starts (``đến năm 2030``, ``sinh năm 1971``);
  a year-end review (``tổng kết ... năm 2023``) dated in the first months is held the year after the
  first year it names (``tổng kết năm 2023 và triển khai nhiệm vụ năm 2024``: held in 2024); a review of
  a span of years (``tổng kết ... giai đoạn 2016 - 2020``) is held at its end, in its last year;
- the latest issue year of a document the event's own sentence cites (``quán triệt Chỉ thị số 35-CT/TW,
  ngày 30/5/2019`` on ``22/8``): an event takes up a document after it is issued; not for a review of
  carrying it out (``tổng kết thực hiện Nghị quyết số 18 ngày 25-10-2017``), held years later.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from ..lexicon import cues, lexicon
from ..model import Document, Span
from .dates import DateMention, find_dates, period_years, reported_year, reported_years

_SPAN_OF_YEARS_RE = re.compile(r"\s*(\d{4})\s*[-–]\s*(\d{4})\b")
# "giai đoạn 2016 - 2020", "nhiệm kỳ 2015 – 2020": not the years of two dates "(3-2-1930 - 3-2-2026)"
_YEARS_SPANNED_RE = re.compile(r"(?<![\d/.-])(\d{4})\s*[-–]\s*(\d{4})(?![\d/.-])")
_LONGEST_SPAN = 10  # the years of a stage or a term, not of an anniversary
# "(3-2-1930 - 3-2-2026)", "(1930 - 2020)", "(27-10-2004 / 27-10-2024)": the years an anniversary counts between
_ANNIVERSARY_RE = re.compile(r"\(\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})\s*[-–/]\s*(?:\d{1,2}[/.-]\d{1,2}[/.-])?(\d{4})\s*\)")
_ANNIVERSARY_REACH = 200  # how far before its years an anniversary names its count of years
_AHEAD_REACH = 20  # "hướng tới kỷ niệm": how far before an anniversary's count a goal word makes it one to come
_LAST_MONTH_OF_A_REVIEW = 3
_NAME_REACH = 60  # how far after an event's name its name may go on to give its year
_CLAUSE_BREAK_RE = re.compile(r"[,;:.()\n]")  # a review of a whole year held up to March is held the year after


@dataclass
class Periods:
    """What an article says of the time it reports on, read once per article."""
    text: str
    same_day: dict[tuple[int, int], set[int]] = field(default_factory=dict)
    terms: list[tuple[int, int]] = field(default_factory=list)  # (position, first year)
    anniversary: int | None = None
    anniversaries: list[tuple[int, int]] = field(default_factory=list)  # (where written, year celebrated)
    reported: int | None = None
    issued: list[tuple[int, date]] = field(default_factory=list)  # (where cited, date of issue), in order


def periods_of(text: str, documents: list[Document]) -> Periods:
    periods = Periods(text, issued=sorted((d.span.start, d.issued) for d in documents if d.issued))
    for mention in find_dates(text):
        if mention.year:
            periods.same_day.setdefault((mention.month, mention.day), set()).add(mention.year)
    for m in cues("term").finditer(text):
        span = _SPAN_OF_YEARS_RE.match(text, m.end())
        if span and int(span.group(1)) < int(span.group(2)):
            periods.terms.append((m.start(), int(span.group(1))))
    for m in _ANNIVERSARY_RE.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        reach = max(0, m.start() - _ANNIVERSARY_REACH)
        count = re.search(rf"\b{last - first}\s+(?:{lexicon().pattern('years-count')})\b", text[reach:m.start()],
                          re.IGNORECASE) if last > first else None  # "95 năm": the count of the years between
        # "hướng tới kỷ niệm 100 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2030)": an anniversary to come
        if count and not cues("other-year").search(text, max(0, reach + count.start() - _AHEAD_REACH),
                                                   reach + count.start()):
            periods.anniversary = max(periods.anniversary or 0, last)
            periods.anniversaries.append((m.start(), last))
    periods.reported = reported_year(text)
    return periods


def event_year(periods: Periods, mention: DateMention, sentence: Span, opens_term: bool,
               name_end: int | None = None) -> int | None:
    """The year of ``mention`` (a date without one) in the event ``sentence`` reports, or None;
    ``name_end``: where the event's name ends in the sentence."""
    written = periods.same_day.get((mention.month, mention.day), set())
    if len(written) == 1:
        return next(iter(written))
    i = bisect_left(periods.terms, (sentence.start,))
    own = i < len(periods.terms) and periods.terms[i][0] < sentence.end
    if opens_term and periods.terms:
        # "Đại hội Thi đua yêu nước toàn quốc lần thứ XI năm 2025": its own year beats a term named elsewhere
        named = _year_of_name(periods.text, name_end, sentence.end)
        return periods.terms[i][1] if own else named or periods.terms[0][1]
    nomination = cues("nomination").search(periods.text, sentence.start, sentence.end)
    if nomination and own:  # "giới thiệu nhân sự tái cử ... nhiệm kỳ 2021-2026": put forward for the term it opens
        j = bisect_left(periods.terms, (nomination.start(),))
        if j < len(periods.terms) and periods.terms[j][0] < sentence.end:
            return periods.terms[j][1]
    # a listing page's leads each celebrate their own: the anniversary of the event's sentence first
    own_anniversary = [year for pos, year in periods.anniversaries if sentence.start <= pos < sentence.end]
    if own_anniversary or periods.anniversary:
        return max(own_anniversary) if own_anniversary else periods.anniversary
    review = cues("year-review").search(periods.text, sentence.start, sentence.end)
    # "tổng kết công tác năm 2016 và triển khai nhiệm vụ năm 2017": the year reviewed is the first period the
    # review names (a cited document's date is no period); the tasks it sets out are of the year it is held in
    reviewed = (min(period_years(periods.text, review.end(), sentence.end), default=None)
                or _last_year_spanned(periods.text, review.end(), sentence.end)) if review else None
    named = _year_of_name(periods.text, name_end, sentence.end)
    if reviewed or named or periods.reported:
        year = reviewed or named or periods.reported
        return year + 1 if review and mention.month <= _LAST_MONTH_OF_A_REVIEW else year
    cited = periods.issued
    issued = [day for _, day in cited[bisect_left(cited, (sentence.start,)):bisect_left(cited, (sentence.end,))]]
    if issued and not review:  # a review of carrying a document out comes years after it: no year to take
        latest = max(issued)
        return latest.year if (mention.month, mention.day) >= (latest.month, latest.day) else latest.year + 1
    return None


def _year_of_name(text: str, name_end: int | None, end: int) -> int | None:
    """The year the event's name gives it (``Hội nghị lần thứ 16 năm 2023``, ``hội nghị phiên cuối năm 2021``):
    a period year in the words right after the name, before any clause break, not set aside as a goal."""
    if name_end is None:
        return None
    stop = _CLAUSE_BREAK_RE.search(text, name_end, min(end, name_end + _NAME_REACH))
    years = reported_years(text, name_end, stop.start() if stop else min(end, name_end + _NAME_REACH))
    return min(years) if years else None


def _last_year_spanned(text: str, start: int, end: int) -> int | None:
    """The last year of the first span of years text[start:end] names (``giai đoạn 2016 - 2020``)."""
    for m in _YEARS_SPANNED_RE.finditer(text, start, end):
        first, last = int(m.group(1)), int(m.group(2))
        if 0 < last - first <= _LONGEST_SPAN:
            return last
    return None
