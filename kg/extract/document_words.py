"""The patterns that read what is written around a cited document (its number, date of issue,
issuer and title), built once per Lexicon from the relations of ``words.tsv``."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, built, read_tsv, word_pattern


@built
def number_re(lex: Lexicon) -> re.Pattern:
    """A document's number after its type, not a count (``số 02``, not ``6 tháng``); a day word with a date
    after it is the date of issue, not a count of days (``Quyết định số 721 ngày 29/3/2018``)."""
    return re.compile(rf"(?:(?:{lex.pattern('number-word')})\s+)?(\d{{1,4}})(?![\d/-])(?!\s*[-/]\s*\w)"
                      rf"(?!\s+(?!(?:{lex.pattern('day')})\s+\d{{1,2}}\s*[/.-]\s*\d)(?:{lex.pattern('count-unit')}))",
                      re.IGNORECASE)


# what may stand between a document's type and its code (``Chỉ thị số`` 05-CT/TW)
number_gap_re = word_pattern(r"\s*(?:{number-word}\s*)?(?:\d+\s*)?", re.IGNORECASE)


# a headline in capitals writes the day word so too (NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017), on the code's line
# (a capitalized day word after a line break opens the next paragraph's date); the date may stand in brackets:
# "Chỉ thị số 45-CT/TW (ngày 14/4/2025) của Bộ Chính trị"
date_after_re = word_pattern(r"\s*,?\s*(?P<bracket>\(\s*)?(?:{issued-on}\s+)?{day}\s+"
                             r"|[ \t]*,?[ \t]*(?P<bracket2>\([ \t]*)?(?i:(?:{issued-on}[ \t]+)?{day})[ \t]+")


of_re = word_pattern(r"\s*,?\s*{of,by}\s+")


# nothing but a comma or "và" between two codes of one list
list_join_re = word_pattern(r"\s*(?:,|{and})\s*")


@built
def named_re(lex: Lexicon) -> re.Pattern:
    """A named document without a code (``Nghị quyết Đại hội XIII``) up to the end of its name."""
    return re.compile(
        rf"(?P<type>{lex.pattern('resolution')})\s+(?P<name>(?:{lex.pattern('resolution-of')})"
        rf"(?! (?:{lex.pattern('resolution-not')}))[^.;,\n(]{{0,120}}?"
        rf"(?:\s*\(\s*(?:{lex.pattern('term')})\s+[IVXLC]+\s*\))?)"
        rf"(?=\s*(?:[.;,\n:]|(?:{lex.pattern('resolution-end')})\b|$))")


@built
def title_re(lex: Lexicon) -> re.Pattern:
    """A title after ``về``, up to the end of the clause, to ``và`` and the next document's type, or to a comma and a
    day's date, which opens the clause the document is cited for (``..., ngày 7/6, Đoàn kiểm tra làm việc ...``)."""
    types = "|".join(re.escape(t) for t in sorted({r[1] for r in read_tsv("document_types.tsv")}, key=len, reverse=True))
    return re.compile(
        rf"\s*,?\s*(?:{lex.pattern('about')})\s+(?:(?:{lex.pattern('about-matter')})\s+)?[\"“]?"
        r"(?P<title>[^\"”;.\n]{3,300}?)[\"”]?"
        rf"(?=[\"”]?\s*(?:[;.\n]|$|,\s*(?:{lex.pattern('title-end')})|,\s*(?:{lex.pattern('day')})\s+\d{{1,2}}\s*[/.-]\s*\d"
        rf"|,?\s+(?:{lex.pattern('and')})\s+(?:(?:{lex.pattern('many')})\s+)?(?:{types})\b))")


@built
def plenum_re(lex: Lexicon) -> re.Pattern:
    """A plenum, whose resolution is its committee's (``Hội nghị lần thứ sáu``, ``Hội nghị Trung ương 8 khóa XII``)."""
    return re.compile(
        rf"(?:{lex.pattern('conference')})\s+(?:(?:{lex.pattern('ordinal')})\s+[^\W_]+"
        rf"|(?P<central>{lex.pattern('central')})\s+\d+)(?:\s+(?:{lex.pattern('term')})\s+[IVXLC]+)?\s*", re.IGNORECASE)


same_day_re = word_pattern(r"\s*,?\s*{same-day}\b", re.IGNORECASE)


by_agent_re = word_pattern(r"\b{by-agent}\s+", re.IGNORECASE)


according_to_re = word_pattern(r"\b{according-to}\s+$", re.IGNORECASE)
