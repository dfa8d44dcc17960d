"""A set of character ranges with logarithmic look-up, so that no extractor's time
grows with the square of the text (50,000 titles in a row must stay linear)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right


class Intervals:
    """Disjoint, sorted half-open ranges; adding a range merges it with those it touches."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        i = bisect_left(self.ends, start)
        j = bisect_right(self.starts, end)
        if i < j:
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]
