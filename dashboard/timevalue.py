"""Typed, partial time values and their EDTF form.

A `Point` is a date known to some precision (a year, a month, a day, a decade …), any part of
which may be inferred.  A `TimeValue` is a point or an interval of two points (either end may be
open).  Years use historical numbering: -179 is 179 BCE and there is no year 0, as EDTF values
in this project are written ('-0179').  `start`/`end` strings are the first and last day covered
('1945-05-01', '-0179-01-01'): ISO-like text rather than pandas timestamps, which stop at 1677.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace

PRECISIONS = ("day", "month", "season", "quarter", "half", "year", "decade", "century")
_COARSENESS = {p: i for i, p in enumerate(PRECISIONS)}


def _astronomical(year: int) -> int:
    return year + 1 if year < 0 else year


def days_in_month(year: int, month: int) -> int:
    y = _astronomical(year)
    if month == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return calendar.mdays[month]


def year_text(year: int) -> str:
    return f"-{abs(year):04d}" if year < 0 else f"{year:04d}"


@dataclass(frozen=True)
class Point:
    """A date known to `precision`.  For coarse precisions `first`/`last` give the months (or
    for decades/centuries the years) it covers."""

    year: int
    month: int | None = None
    day: int | None = None
    precision: str = "year"
    # For season/quarter/half/part-of-year: the months covered; for decade/century: years.
    span: tuple[int, int] | None = None

    def edtf(self) -> str:
        y = year_text(self.year)
        p = self.precision
        if p == "day":
            return f"{y}-{self.month:02d}-{self.day:02d}"
        if p == "month":
            return f"{y}-{self.month:02d}"
        if p == "quarter":
            return f"{y}-{32 + (self.span[0] + 2) // 3}"
        if p == "half":
            return f"{y}-{40 if self.span[0] == 1 else 41}"
        if p == "decade" and self.year >= 0:
            return y[:3] + "X"
        if p == "century" and self.year >= 0:
            return y[:2] + "XX"
        return y

    def edtf_bounds(self) -> tuple[str, str]:
        """EDTF of the first and last unit: equal except for a run of months ('đầu năm')."""
        if self.precision == "season":
            y, (a, b) = self.year, self.span
            last_year, last_month = (y + 1, b - 12) if b > 12 else (y, b)
            return f"{year_text(y)}-{a:02d}", f"{year_text(last_year)}-{last_month:02d}"
        if self.precision in ("decade", "century") and self.year < 0:
            # EDTF's 'XX' digits count forward: a BCE century is written as its years
            return year_text(self.span[0]), year_text(self.span[1])
        e = self.edtf()
        return e, e

    def first_day(self) -> str:
        y = year_text(self.year)
        p = self.precision
        if p == "day":
            return f"{y}-{self.month:02d}-{self.day:02d}"
        if p == "month":
            return f"{y}-{self.month:02d}-01"
        if p in ("quarter", "half", "season"):
            return f"{y}-{self.span[0]:02d}-01"
        if p in ("decade", "century"):
            return f"{year_text(self.span[0])}-01-01"
        return f"{y}-01-01"

    def last_day(self) -> str:
        p = self.precision
        if p == "day":
            return self.first_day()
        if p == "month":
            return f"{year_text(self.year)}-{self.month:02d}-{days_in_month(self.year, self.month):02d}"
        if p in ("quarter", "half", "season"):
            year, month = self.year, self.span[1]
            if month > 12:  # a northern winter runs into January
                year, month = year + 1, month - 12
            return f"{year_text(year)}-{month:02d}-{days_in_month(year, month):02d}"
        if p in ("decade", "century"):
            return f"{year_text(self.span[1])}-12-31"
        return f"{year_text(self.year)}-12-31"

    def sort_key(self) -> tuple:
        return (self.year, self.month or 0, self.day or 0)


def day(year: int, month: int, d: int) -> Point:
    return Point(year, month, d, "day")


def month(year: int, m: int) -> Point:
    return Point(year, m, None, "month")


def year(y: int) -> Point:
    return Point(y, None, None, "year")


def months(y: int, first: int, last: int, precision: str = "season") -> Point:
    return Point(y, None, None, precision, (first, last))


def decade(first_year: int) -> Point:
    return Point(first_year, None, None, "decade", (first_year, first_year + 9))


def century(n: int, bce: bool = False) -> Point:
    """The n-th century: XX → 1900-1999 in everyday use (EDTF 19XX); BCE centuries by bounds."""
    if bce:
        return Point(-n * 100, None, None, "century", (-n * 100, -(n - 1) * 100 - 1))
    first = (n - 1) * 100
    return Point(first, None, None, "century", (first, first + 99))


OPEN = "open"


@dataclass(frozen=True)
class TimeValue:
    """What a temporal expression means: a point, or an interval from `start` to `end`."""

    start: Point | None  # None: open start ('trước năm 1945' → ../1945)
    end: Point | str | None = None  # None: a point; OPEN: no end ('1986/..')
    approximate: bool = False
    inferred: tuple[str, ...] = field(default=())  # which parts were inferred: 'year', 'date' …

    @property
    def is_interval(self) -> bool:
        return self.end is not None or self.start is None

    def edtf(self) -> str:
        if not self.is_interval:
            a, b = self.start.edtf_bounds()
            return a if a == b else f"{a}/{b}"
        a = self.start.edtf_bounds()[0] if self.start else ".."
        b = self.end.edtf_bounds()[1] if isinstance(self.end, Point) else ".."
        return f"{a}/{b}"

    def first_day(self) -> str | None:
        return self.start.first_day() if self.start else None

    def last_day(self, now: Point | None = None) -> str | None:
        if self.end is None:
            return self.start.last_day()
        if isinstance(self.end, Point):
            return self.end.last_day()
        if now is None or (self.start is not None and now.sort_key() < self.start.sort_key()):
            return None  # open, and the article's time is no help: 'sau 1001' told in 1000
        return now.last_day()

    def precision(self) -> str:
        points = [p for p in (self.start, self.end) if isinstance(p, Point)]
        return max((p.precision for p in points), key=_COARSENESS.__getitem__)

    def with_inferred(self, *parts: str) -> TimeValue:
        merged = tuple(dict.fromkeys(self.inferred + parts))
        return replace(self, inferred=merged)
