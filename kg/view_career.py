"""A person's career as the view shows it: one step per post, in the order it was held, and the
same steps by year (the ego view over time: the person's posts and bodies, year by year).

A step gathers every article's report of one post (role and body, by name: an identity's articles
each name the body): the first and last days reported held, the days reported begun (elected,
appointed) or ended (retired, given up), and the first day it is called a former post (nguyên), so
held before it. Steps are ordered by the earliest of those days.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

Source = tuple[str, str]  # (sentence, article), as kg.cards has it

# the most recent years the grid shows: a long career stays readable in the side panel
GRID_YEARS = 25


@dataclass(frozen=True)
class CareerStep:
    post: str  # "Bí thư, Huyện ủy Tuyên Hóa"
    first: str = ""  # ISO days, "" when no article says
    last: str = ""
    began: str = ""
    ended: str = ""
    before: str = ""
    reported: tuple[int, ...] = ()  # the years an article reports it held
    sources: tuple[Source, ...] = ()

    @property
    def start(self) -> str:
        """The earliest day the reports give, "" when they give none."""
        return min((d for d in (self.began, self.first, self.before) if d), default="")

    @property
    def text(self) -> str:
        """``Bí thư, Huyện ủy X (2020-08-21 – 2024-03-15; began 2020-08-21, ended 2024-03-15)``."""
        if self.first:
            period = self.first if self.first == self.last else f"{self.first} – {self.last}"
        else:
            period = f"before {self.before}" if self.before else ""
        changes = ", ".join(f"{word} {day}" for word, day in
                            (("began", self.began), ("ended", self.ended),
                             ("former by", self.before if self.first else "")) if day)
        said = "; ".join(part for part in (period, changes) if part)
        return f"{self.post} ({said})" if said else self.post

    def marks(self, year: int) -> str:
        """What the reports say of ``year``: b(egan), e(nded), r(eported held), h(eld between two
        reports), f(ormer post by then); "" for nothing."""
        def year_of(day: str) -> int | None:
            return int(day[:4]) if day else None

        found = ""
        if year_of(self.began) == year:
            found += "b"
        if year_of(self.ended) == year:
            found += "e"
        if year in self.reported:
            found += "r"
        elif year_of(self.first) is not None and year_of(self.first) < year < year_of(self.last):
            found += "h"
        elif year_of(self.before) == year and not found:
            found = "f"
        return found


def career_steps(posts: Iterable[tuple[str, list[str], list[str], list[str], list[str], list[Source]]]) -> list[CareerStep]:
    """Steps from (post, held days, began days, ended days, former days, sources) per report, in order."""
    gathered: dict[str, list[list]] = {}
    for post, held, began, ended, before, sources in posts:
        parts = gathered.setdefault(post, [[], [], [], [], []])
        for bucket, days in zip(parts, (held, began, ended, before, sources)):
            bucket.extend(days)
    steps = [CareerStep(post, first=min(held, default=""), last=max(held, default=""), began=min(began, default=""),
                        ended=max(ended, default=""), before=min(before, default=""),
                        reported=tuple(sorted({int(d[:4]) for d in held})), sources=tuple(sorted(set(sources))))
             for post, (held, began, ended, before, sources) in gathered.items()]
    # on one day, a post merely held comes before one begun (a Phó Bí thư elected Bí thư)
    return sorted(steps, key=lambda s: (s.start or "~", s.began == s.start, s.post))


def career_grid(steps: Iterable[CareerStep]) -> dict:
    """The steps by year, for the page: ``{"years": [...], "rows": [[post, [marks per year]], ...]}``; no
    rows when no step is dated."""
    steps = [s for s in steps if s.start]
    days = [d for s in steps for d in (s.first, s.last, s.began, s.ended, s.before) if d]
    if not days:
        return {"years": [], "rows": []}
    last = int(max(days)[:4])
    years = list(range(max(int(min(days)[:4]), last - GRID_YEARS + 1), last + 1))
    return {"years": years, "rows": [[s.post, [s.marks(y) for y in years]] for s in steps]}
