"""Days an article writes without a year a few days after its own publication: days to come.

The genre reports events days after they happen and announces those a few days ahead (``Đại hội ... chính thức
khai mạc vào sáng 22/10`` on a page of 21/10). Dating such a day a year back, as a day after publication
otherwise is (``25/12`` on a page of 04/01), makes last year's event of an announcement.
"""
from __future__ import annotations

from datetime import date

from .dates import DateMention

_DAYS_AHEAD = 7  # a week: how far ahead the genre announces the days of an event


def ahead_of_publication(mention: DateMention, published: date | None) -> bool:
    """Whether ``mention``, written without a year, falls in the week after ``published``."""
    if mention.year or published is None:
        return False
    try:
        day = date(published.year, mention.month, mention.day)
    except ValueError:  # 29 February of a year that has none
        return False
    return 0 < (day - published).days <= _DAYS_AHEAD
