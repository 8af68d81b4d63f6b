"""Turning found mentions into full time values: the article's own time, year-less dates,
relative and anaphoric expressions, anniversaries, lunar dates and weekday checks.

The article's time comes from, in order: a date the caller gives (--reference-date, a
publication date), the anniversary the article celebrates ('kỷ niệm 90 năm … 1930'), and the
latest year the body itself states.  A page widget's date ('Thứ sáu, 28/01/2022', the day the
page was saved) only bounds it from above.  Every part taken from context is listed in
`TimeValue.inferred`.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import cache

from . import timevalue as tv
from .dates import Mention, Part
from .lexicon import alternation, load
from .mentions import (
    AGE_APPOSED,
    AGE_NOW,
    LEAD_CHARS,
    plan_cue,
    to_come_after,
    to_come_before,
    to_come_in_sentence,
    works_end,
    works_span,
)
from .patterns import fill
from .timevalue import OPEN, Point, TimeValue


@dataclass
class Reference:
    """The article's 'now': a year always, a full day when the text or the caller says it."""

    year: int
    date: dt.date | None = None
    source: str = "inferred"  # given, anniversary, body, page

    def point(self) -> Point:
        if self.date:
            return tv.day(self.date.year, self.date.month, self.date.day)
        return tv.year(self.year)


def _canchi_index(name: str) -> tuple[int, int] | None:
    fest = load("festivals")
    parts = re.sub(r"\s+", " ", name.lower()).split(" ")
    if len(parts) != 2:
        return None
    can, chi = parts
    chi = fest["chi_variants"].get(chi, chi)
    try:
        return fest["can"].index(can), fest["chi"].index(chi)
    except ValueError:
        return None


def canchi_year(name: str, near: int) -> int | None:
    """The year named 'Canh Tý' nearest to `near`, not more than one year after it."""
    idx = _canchi_index(name)
    if idx is None:
        return None
    can, chi = idx
    best = None
    for y in range(near - 60, near + 2):
        if (y + 6) % 10 == can and (y + 8) % 12 == chi:
            best = y
    return best


def _cycle_turn_of_day(by: tuple, near: int, solar) -> int | None:
    """The year of the cycle's name ('Bính Ngọ') in which the lunar day `by` falls on the solar
    day it restates: 'Ngày 23/2 (tức mùng 7 tháng Giêng năm Bính Ngọ)' in a text whose latest
    year is 2011 is 2026's, not 1966's (whose mùng 7 was 27/1); the nearest turn when none fits."""
    named = canchi_year(by[0], near)
    if named is None or solar is None or not solar.month or not solar.day:
        return named
    for year in (named, named + 60, named - 60):
        if year <= dt.date.today().year + 1 and _falls_on(year, by[1], by[2], by[3], solar):
            return year
    return named


def _falls_on(year: int, month: int, day: int, leap: bool, solar) -> bool:
    """Does the lunar day (month, day) of `year` fall on the solar `solar`'s month and day?"""
    d = lunar_to_solar(year, month, day, leap)
    return d is not None and (d.month, d.day) == (solar.month, solar.day)


# lunar_vn checks its answers for 1900-2100; its astronomy (Hồ Ngọc Đức's new moons and
# solar terms) holds for centuries either side, where history pages need it ('ngày 25 tháng 11
# năm Mậu Thân' is 22/12/1788).  Those days are converted from the same functions and said so.
_CHECKED_YEARS = (1900, 2100)
# the writing read here (news, commemorations, histories online) is told in these decades: a text
# whose latest year is older tells only history, and its own year is none of those it tells
_MODERN_TELLING = 1990
_HISTORIC_YEARS = (1000, 2199)
BEYOND_CHECKED = "lunar date converted outside the calendar library's checked years (1900-2100): an old almanac may differ by a day"


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """The solar day of a lunar one; the 30th of a month of 29 days is its last day, the 29th
    ('giao thừa năm Giáp Thìn', whose twelfth month had 29 days)."""
    solar = _lunar_to_solar(year, month, day, leap)
    if day == 30 and solar is not None and (d29 := _lunar_to_solar(year, month, 29, leap)) is not None \
            and (solar - d29).days == 1 and _lunar_to_solar(year + (month == 12), month % 12 + 1, 1) == solar:
        return d29
    return solar


def _lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    try:
        from lunar_vn import convert_lunar_to_solar
    except ImportError:
        return None
    if _CHECKED_YEARS[0] <= year <= _CHECKED_YEARS[1]:
        try:
            return convert_lunar_to_solar(day, month, year, 1 if leap else 0)
        except ValueError:
            return None
    if not (_HISTORIC_YEARS[0] <= year <= _HISTORIC_YEARS[1]):
        return None
    return _historic_lunar_to_solar(year, month, day, leap)


def _lunar_year_of(day: dt.date) -> int:
    """The lunar year a solar day falls in (its Tết on or before the day)."""
    tet = lunar_to_solar(day.year, 1, 1, False)
    return day.year if tet is None or day >= tet else day.year - 1


def _lunar_year_falling_in(p, solar_year: int) -> int | None:
    """The one lunar year whose month p.month (day p.day, or its middle) falls in the solar year."""
    found = [y for y in (solar_year - 1, solar_year) if (d := lunar_to_solar(y, p.month, p.day or 15, p.leap)) is not None
             and d.year == solar_year]
    return found[0] if len(found) == 1 else None


def _nearest_lunar_year(p, near: dt.date) -> int:
    """The lunar year in which month p.month (day p.day, or its middle) falls nearest `near`."""
    best, best_gap = near.year, None
    for year in (near.year - 1, near.year, near.year + 1):
        solar = lunar_to_solar(year, p.month, p.day or 15, p.leap)
        if solar is not None and (best_gap is None or abs((solar - near).days) < best_gap):
            best, best_gap = year, abs((solar - near).days)
    return best


def _historic_lunar_to_solar(year: int, month: int, day: int, leap: bool) -> dt.date | None:
    """The lunar-to-solar step of lunar_vn without its range check, from its public functions:
    the 11th month of the year before and of this one bound the year's months; a year of 13
    months has a leap month after the first month without a major solar term."""
    from lunar_vn.core import get_leap_month_offset, get_lunar_month11, get_new_moon_day, jd_to_date
    tz = 7.0
    a11 = get_lunar_month11(year - 1 if month < 11 else year, tz)
    b11 = get_lunar_month11(year if month < 11 else year + 1, tz)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = get_leap_month_offset(a11, tz)
        if leap and month != (leap_off - 2) % 12:
            return None
        if leap or off >= leap_off:
            off += 1
    elif leap:
        return None
    k = math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853)
    if not 1 <= day <= 30:
        return None
    dd, mm, yy = jd_to_date(get_new_moon_day(k + off, tz) + day - 1)
    try:
        return dt.date(yy, mm, dd)
    except ValueError:
        return None


def _complete_point(p: Part, year_hint: int | None) -> tuple[Point | None, tuple[str, ...], list[str]]:
    """A Part with a year (taking `year_hint` if it has none) → Point, inferred parts, notes."""
    inferred: tuple[str, ...] = ()
    notes: list[str] = []
    year = p.year
    if p.canchi and year is None:
        year = canchi_year(p.canchi, year_hint) if year_hint else None
        if year is None:
            return None, inferred, notes
        inferred += ("year",)
    if p.precision == "decade" and p.decade2 is not None:
        if year_hint is None:
            return None, inferred, notes
        century = year_hint // 100 * 100
        if p.century_n == -1:
            century -= 100
        first = century + p.decade2
        if first > year_hint:
            first -= 100
        return tv.decade(first), ("century",), notes
    if p.precision == "decade" and p.decades_from_now is not None:
        # 'cuối thập kỷ trước' told in 2026: the 2010s
        if year_hint is None:
            return None, inferred, notes
        return tv.decade(year_hint // 10 * 10 + 10 * p.decades_from_now), ("year",), notes
    if p.precision == "century" and p.century_n is not None and p.century_n <= 0:
        # 'thế kỷ trước' (-1), 'thế kỷ này' (0): counted from the article's century
        if year_hint is None:
            return None, inferred, notes
        return tv.century(year_hint // 100 + 1 + p.century_n), ("century",), notes
    if p.precision == "century":
        return tv.century(p.century_n, p.bce), inferred, notes
    if p.precision == "decade":
        return tv.decade(p.year), inferred, notes
    if year is None:
        if year_hint is None:
            return None, inferred, notes
        year = year_hint
        inferred += ("year",)
        if p.weekday is not None and p.day and p.month and not p.lunar:
            # choose the year nearest the hint whose day falls on the stated weekday
            for delta in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                try:
                    if dt.date(year_hint + delta, p.month, p.day).weekday() == p.weekday:
                        year = year_hint + delta
                        break
                except ValueError:
                    continue
    if p.lunar and p.month and not p.day and p.precision == "month":
        # 'tháng 3 âm lịch': the solar month its middle falls in (a lunar month straddles two)
        middle = lunar_to_solar(year, p.month, 15, p.leap)
        if middle is not None:
            notes.append("a lunar month, given as the solar month of its middle")
            return tv.month(middle.year, middle.month), inferred, notes
    if p.lunar and p.month and p.day:
        solar = lunar_to_solar(year, p.month, p.day, p.leap)
        if solar is None:
            notes.append("lunar date outside the convertible range (1000-2199)")
            return tv.year(year), inferred, notes
        if not _CHECKED_YEARS[0] <= year <= _CHECKED_YEARS[1]:
            notes.append(BEYOND_CHECKED)
        return tv.day(solar.year, solar.month, solar.day), inferred, notes
    if p.precision == "day":
        last = tv.days_in_month(year, p.month)
        d = min(p.day, last)
        if p.weekday is not None and year > 0:
            try:
                if dt.date(year, p.month, d).weekday() != p.weekday:
                    notes.append("the weekday written does not fall on this date")
            except ValueError:
                pass
        return tv.day(year, p.month, d), inferred, notes
    if p.precision == "month":
        return tv.month(year, p.month), inferred, notes
    if p.precision in ("season", "quarter", "half"):
        return tv.months(year, p.span[0], p.span[1], p.precision), inferred, notes
    return tv.year(year), inferred, notes


def _span_part(point: Point, fraction: tuple[float, float]) -> TimeValue:
    lo, hi = point.span
    length = hi - lo + 1
    a = lo + int(round(fraction[0] * length))
    b = lo + int(round(fraction[1] * length)) - 1
    return TimeValue(tv.year(a), tv.year(max(a, b)), approximate=True)


_COUNTED_ON = frozenset(["years_later", "years_before_that", "age"])


def _long_since(m: Mention) -> bool:
    """'từ năm 2008 tới nay': a stretch to now from a whole year (not 'Từ đầu năm 2025 đến nay')."""
    return m.kind == "until_now" and "span_part" not in m.info and m.a is not None and m.a.precision == "year" \
        and m.a.year is not None


def explicit_years(mentions: list[Mention], text: str = "", records: bool = True) -> list[int]:
    """Years the text states outright (not inferred) as things that happened, for the
    article's time: not the end of a range, not a plan ('tầm nhìn đến năm 2030')."""
    plan = plan_cue()
    years, records_told = [], []
    for m in mentions:
        if m.a is None or m.a.year is None or m.a.canchi or m.a.precision in ("decade", "century"):
            continue
        # ('Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2025': the plan's year)
        # (nor a deadline: 'hoàn thành trước ngày 31/12/2028' is no time the story is told in)
        # (nor the end of a stretch from today: 'Từ nay đến hết tháng 2/2025' is to come)
        # (nor the year a long stretch to now began: 'kể từ năm 2008 tới nay' says the story is
        # later, not when; but 'Từ đầu năm 2025 đến nay' is told in 2025)
        if m.kind in ("after", "before", "from_now") or _long_since(m) or plan.search(text[max(0, m.start - 110):m.start]) \
                and not _DOCUMENT_DAY_BEFORE.search(text, max(0, m.start - 40), m.start) \
                or to_come_after().match(text, m.end) and not _done_then_comma(text, m) \
                or to_come_before().search(text, max(0, m.start - 90), m.start):
            continue  # ('Năm 2026, Philippines sẽ đảm nhận …': a year to come, told after it, or before it)
        if m.info.get("birth"):
            continue  # '(sinh năm 1983, trú tại …)': a person's birth, not the story's time
        if m.info.get("record_since"):
            records_told.append(m.a.year)  # 'cao nhất kể từ năm 1987': the bound a record counts from,
            continue                  # long before the story; only when nothing else tells a year
        years.append(m.a.year)
        if m.kind == "range" and m.b is not None and m.b.year and _HISTORY_TITLE_BEFORE.search(text, max(0, m.start - 120), m.start) \
                and _CLOSES_TITLE.match(text, m.end):
            # ('ra mắt cuốn sách "Lịch sử Đảng bộ huyện Hữu Lũng (1930 – 2025)"': a history is
            # written after the years it covers)
            years.append(m.b.year)
    return years or (records_told if records else [])


_HISTORY_TITLE_BEFORE = re.compile(r"[\"“](?:Lịch\s+sử|Biên\s+niên|Truyền\s+thống)[^\"“”\n]*\(\s*$", re.IGNORECASE)
_CLOSES_TITLE = re.compile(r"\s*\)\s*[\"”]")


# ('Dự án được khởi công tháng 10/2023, dự kiến hoàn thành …': a date ending a clause told as done;
# what is to come is the next clause's; 'được … thẩm định vào tháng 11/2024': done before the story)
_DONE_BEFORE_COMMA = re.compile(r"(?<!\w)(?:đã|được|bị)(?!\w)[^,.;:()\n]{0,60}$", re.IGNORECASE)


def _done_then_comma(text: str, m: Mention) -> bool:
    return bool(_DONE_BEFORE_COMMA.search(text, max(0, m.start - 80), m.start)) \
        and text[m.end:m.end + 3].lstrip(" \t").startswith(",")
# ('Quy hoạch được … phê duyệt tại Quyết định số 236/QĐ-TTg ngày 14/3/2024': the day a document
# was signed is a fact, whatever plan it approves)
_DOCUMENT_DAY_BEFORE = re.compile(r"(?<!\w)số[ \t]+\d[\w/.\-]*[ \t]+(?:ngày[ \t]+)?$", re.IGNORECASE)
@cache
def _cycle_this_year() -> re.Pattern:
    # 'Tết Bính Ngọ năm nay', 'năm Bính Ngọ này': this year, named in the sixty-year cycle
    return re.compile(fill(r"(?<!\w)(?:(?P<a>{CAN_CHI})\s+năm\s+nay|năm\s+(?P<b>{CAN_CHI})\s+này)(?!\w)"), re.IGNORECASE)


_LUNAR_GLOSS_GAP = re.compile(r"\s*\(\s*(?:tức|nhằm)\s+(?:là\s+)?(?:(?:từ\s+)?ngày\s+|từ\s+)?", re.IGNORECASE)


def _year_of_lunar_gloss(mentions: list[Mention], text: str, floor: int | None, limit: int) -> int | None:
    """The year in which a year-less lunar day, glossed at once by a year-less solar day in
    brackets, falls on that solar day: the first from `floor` on (or the latest), None when no
    such gloss is told near the top."""
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if m.start > _LEAD_CHARS:
            return None
        if not (m.a is not None and nxt.a is not None and m.a.lunar and not nxt.a.lunar and m.a.year is None
                and nxt.a.year is None and m.a.precision == nxt.a.precision == "day" and m.a.month and m.a.day
                and nxt.a.month and nxt.a.day and not m.a.canchi and _LUNAR_GLOSS_GAP.fullmatch(text, m.end, nxt.start)):
            continue
        last = min(limit, dt.date.today().year + 1)
        fits = [y for y in range(1900, last + 1) if _falls_on(y, m.a.month, m.a.day, m.a.leap, nxt.a)]
        if fits:
            return next((y for y in fits if floor is None or y >= floor), fits[-1])
        return None
    return None


_NUMBERED_WEEK = re.compile(r"tuần\s+(?:thứ\s+)?(\d{1,2})\s*\(", re.IGNORECASE)


def _years_of_numbered_weeks(mentions: list[Mention], text: str, limit: int) -> list[int]:
    """The years in which a week told by its number and its days ('tuần 46 (từ ngày 9 đến
    15/11)') is that week of the ISO calendar, oldest first; [] when none is told."""
    if "tuần" not in text:
        return []
    last = min(limit, dt.date.today().year + 1)
    for m in mentions:
        if m.kind != "range" or m.a is None or m.a.year is not None or not (m.a.month and m.a.day) \
                or not (w := _NUMBERED_WEEK.match(text, m.start)):
            continue
        fits = []
        for y in range(1990, last + 1):
            try:
                if dt.date(y, m.a.month, m.a.day).isocalendar()[1:] == (int(w.group(1)), 1):
                    fits.append(y)
            except ValueError:
                continue
        return fits
    return []


def _cycle_year_now(text: str, near: int | None) -> int | None:
    """The year a story calls this year by its name in the cycle, the turn nearest `near` (or
    the latest); None when it does not."""
    low = text.lower()
    pattern = _cycle_this_year()
    # (only around 'năm nay' and 'này': the cycle's names are many, the pattern slow over a whole text)
    for word, width in (("năm nay", 20), (" này", 24)):
        at = low.find(word)
        while at >= 0:
            if m := pattern.search(text, max(0, at - width), at + len(word)):
                return canchi_year(m["a"] or m["b"], near if near is not None else dt.date.today().year)
            at = low.find(word, at + 1)
    return None


# (found by its 'tháng … năm YYYY', the count checked before it: a count word alone is everywhere)
_MONTHS_OF_YEAR = re.compile(r"tháng\s+(?:đầu\s+)?năm\s+(\d{4})(?!\d)")
_MONTH_COUNT_BEFORE = re.compile(r"(?<!\w)(?:[1-9]|1[01]|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một)\s+$", re.IGNORECASE)


def _months_so_far(text: str) -> list[int]:
    """'10 tháng đầu năm 2026', '9 tháng năm 2025': the years whose months so far a story counts."""
    return [int(m[1]) for m in _MONTHS_OF_YEAR.finditer(text) if _MONTH_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())]
_THIS_YEAR = re.compile(r"(?<!\w)năm\s+nay(?!\w)", re.IGNORECASE)
_COMPARED_YEAR = re.compile(r"(?<!\w)(?:so\s+với|hơn)\s+(?:cùng\s+kỳ\s+)?năm\s+(\d{4})(?!\d)", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"(?<!\w)cùng\s+kỳ\s+(?:năm\s+)?(\d{4})(?!\d)", re.IGNORECASE)


def _year_step(p: Point, ref: dt.date, direction: str) -> int:
    """+1 when a date said to come lies before the article's day, -1 when one said gone lies after."""
    key = (p.year, p.month or 1, p.day or 1)
    now = (ref.year, ref.month, ref.day)
    if direction == "next" and key < now and not (p.day is None and (p.year, p.month) == (ref.year, ref.month)):
        return 1
    if direction == "past" and key > now:
        return -1
    return 0


def _year_of_same_day(mentions: list[Mention], limit: int) -> int | None:
    """'Sáng 20/9, … bế mạc' and later 'từ ngày 18 đến 20/9/2024': a day the story names
    without its year and again with it is in that year."""
    yearless = {(m.a.month, m.a.day) for m in mentions
                if m.kind == "point" and m.a is not None and m.a.year is None and m.a.day and m.a.month}
    if not yearless:
        return None
    years = [v.year for m in mentions for v in (m.a, m.b)
             if v is not None and v.year and v.day and v.month and (v.month, v.day) in yearless and v.year <= limit]
    return max(years) if years else None


def find_reference(mentions: list[Mention], text: str, page_date: dt.date | None,
                   given: dt.date | None) -> Reference | None:
    if given:
        return Reference(given.year, given, "given")
    limit = page_date.year if page_date else 9999
    year = None
    reviewed = False  # the year told by a review of the year before ('tổng kết năm 2020, … nhiệm vụ năm 2021')
    source = "body"
    # An anniversary pair ('90 năm … (18/10/1930-18/10/2020)') names the year of the ceremony.
    for m in mentions:
        if m.info.get("anniversary_pair") and m.b and m.b.year and m.b.year <= limit:
            year, source = m.b.year, "anniversary"
        elif m.info.get("anniversary_pair") == "founding" and "origin" in m.info and m.info.get("n") \
                and m.info["origin"] + m.info["n"] <= limit:
            # 'kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam' (3/2/1930): the ceremony's year
            year, source = m.info["origin"] + m.info["n"], "anniversary"
        elif m.info.get("anniversary_pair") == "founding" and m.info.get("n") and (named := _year_of_named_event(m)) \
                and named + m.info["n"] <= limit and not _YEAR_WRITTEN.search(_sentence_around(text, m.start, m.end)):
            # 'mừng kỷ niệm 78 năm Ngày Cách mạng Tháng Tám thành công': a named event of one year
            # (not 'Năm 2004, nhân kỷ niệm 50 năm Chiến thắng Điện Biên Phủ': a past anniversary, dated)
            year, source = named + m.info["n"], "anniversary"
    if year is None:
        # (a record's bound is the story's year only when no page's date says better)
        candidates = [y for y in explicit_years(mentions, text, records=page_date is None) if 1000 <= y <= limit]
        # 'tăng 15% so với cùng kỳ năm 2023': the story is told the year after the one it compares with
        candidates += [int(y) + 1 for y in _SAME_PERIOD.findall(text) if 1000 <= int(y) < limit]
        # ('Vụ chè xuân năm nay, … cao hơn năm 2023 khoảng 5 tấn': this year is after the one compared)
        if _THIS_YEAR.search(text):
            candidates += [int(y) + 1 for y in _COMPARED_YEAR.findall(text) if 1000 <= int(y) < limit]
        # 'Năm ngoái, iPhone 17 ra mắt ngày 9/9/2025': a year said from now and by its number at once
        candidates += [y for y in _years_said_twice(mentions, text) if 1000 <= y <= limit]
        # 'Đã 46 năm trôi qua, nhưng … rạng sáng 17/2/1979, …': the story is told that many years on
        elapsed = [y for y in _years_elapsed_since(mentions, text) if 1000 <= y <= limit]
        candidates += elapsed
        # 'khởi công từ tháng 3/2024 … Sau hơn 18 tháng thi công, công trình đã hoàn thành': the
        # works' end is told of as done, so the story is at least that late
        candidates += [y for y in _years_after_works(mentions, text) if 1000 <= y <= limit]
        # 'Ở tuổi 92, cụ …' and 'Cụ sinh năm 1932': a profile is told in the year the age says
        if (now := _year_of_age_now(mentions, text)) is not None and now <= limit:
            candidates.append(now)
        if candidates:
            # ('Từ năm 2019 đến nay, …' beside 'Năm 1991, …': the story is told at least as late as
            # a stretch to now began; alone, that start says nothing of when)
            candidates += [m.a.year for m in mentions if m.kind == "until_now" and _long_since(m) and m.a.year <= limit]
        same_day = _year_of_same_day(mentions, limit)
        # not an old day the story commemorates ('Sáng 2/9, … Quốc khánh 2/9/1945')
        if same_day is not None and same_day >= max(candidates, default=0) - 1:
            year = same_day
        elif candidates:
            year = max(candidates)
            if elapsed and year > max(elapsed):
                # ('Mười năm trước, … ngày 12/12/2015' and a target 'vào năm 2035' the plan's words do
                # not reach: the years counted from a dated day say when the story is told)
                year = max(elapsed)
            elif (so_far := [y for y in _months_so_far(text) if 1000 <= y <= limit]) \
                    and year > max(so_far):
                # ('Theo Bộ Tài chính, 10 tháng đầu năm 2026, thu ngân sách đạt …' beside next year's
                # budget, 'dự toán ngân sách nhà nước năm 2027': the months of a year so far are told in it)
                year = max(so_far)
        # ('… đầu tiên kể từ tháng 10/2021': the story is told after the bound a record counts from)
        floor = max((m.a.year for m in mentions if m.info.get("record_since") and m.a is not None and m.a.year
                     and m.a.year <= limit), default=None)
        if year is not None and floor is not None and year < floor:
            year = floor
    if source == "body" and (glossed := _year_of_lunar_gloss(mentions, text, year, limit)) is not None:
        # 'Từ ngày 10 đến 12 tháng Hai âm lịch (tức từ 28 đến 30/3)' beside 'Lần tổ chức gần nhất là
        # năm 2023': the first year from the story's years on in which the two days fall together
        year = glossed
    if source == "body" and (weeks := _years_of_numbered_weeks(mentions, text, limit)):
        # 'trong tuần 46 (từ ngày 9 đến 15/11)' with no year: the years whose 46th week opens on
        # Monday 9/11 (2020, 2026), the first not before the years the story tells
        year = next((y for y in weeks if year is None or y >= year), weeks[-1])
    if source == "body" and (named := _cycle_year_now(text, year)) is not None and named <= limit:
        # 'Tết Bính Ngọ năm nay' in a story planning for 'Tết Đinh Mùi 2027': this year is the one
        # the cycle names, whatever later years the story looks to
        year = named
    if year is not None and source == "body" and (season := _season_of_two_years(mentions, text)) is not None \
            and season[0] == year and season[1] is not None and season[1] < 7 and year + 1 <= limit:
        # 'Chiều 30/5, … tổng kết năm học 2024 – 2025' with a contest of 'ngày 25 và 26/12/2024':
        # a school year's or season's months before July are in its second year
        year = year + 1
    if year is None and (season := _season_of_two_years(mentions)) is not None:
        # 'Vụ đông năm 2024 – 2025, huyện phấn đấu …; Những ngày cuối tháng 9, …': a season over two
        # years that the story plans in is its time; its months from July on are in its first year
        first, month = season
        year, source = (first if month is None or month >= 7 else first + 1), "body"
    if source == "body" and (ahead := _years_to_come(mentions, text)) and (year is None or year < min(ahead) - 5) \
            and min(ahead) - 1 <= limit and _first_yearless_day(mentions) is not None:
        # 'Sáng nay (26/10) … Hội nghị …; ngày 8/8/1967 …; Năm 2026, Philippines sẽ …': a story
        # whose own days have no year, telling only old years and one to come, is told in the
        # year before it (this year would be 'năm nay')
        year = min(ahead) - 1
    if source == "body" and (bound := _year_before_plan(mentions, text, limit)) is not None \
            and (year is None or year > bound or year < bound):
        # 'Rạng sáng 6/11 …; lễ nhậm chức … sẽ diễn ra vào ngày 20/1/2025': a day planned to
        # come is after the story's own, whose year-less days fall before it (2024), not in it
        # and not in an old year the story recalls ('nhiệm kỳ 2017 - 2021')
        year = bound
    if year is None and (planned := _year_planned_late(mentions, text)) is not None and planned - 1 <= limit:
        # 'Phát biểu kết luận về việc xây dựng phương án tăng trưởng năm 2026 … vào chiều 28-12':
        # a year's plan drawn up in the last months of the year before it
        year = planned - 1
    if source == "body" and (bound := _year_before_from_now(mentions, limit)) is not None \
            and (year is None or year < bound):
        year = bound
    if source == "body" and (bound := _year_before_deadline(mentions, text, limit)) is not None \
            and year is not None and bound - 1 <= year < bound:
        # 'Sáng 12/11, đoàn … kiểm tra … yêu cầu … hoàn thành trước ngày 31/12/2024': a deadline
        # set in the story is weeks or months ahead of it, not a year and more
        year = bound
    if year is not None and source == "body" and year + 1 <= limit and (_after_backstory(mentions, text, year)
                                                                        or _after_done_month(mentions, text, year)):
        # 'Ngày 25/4, TAND huyện … xét xử …. Theo cáo trạng, chiều ngày 22/12/2023, …': the trial
        # came after what the indictment tells, so in the next year
        year = year + 1
    if year is not None and source == "body" and (review := _REVIEW_AND_PLAN.search(text)) \
            and int(review[1]) == year and (review[2] is None or int(review[2]) == year + 1) and year + 1 <= limit:
        # 'Sáng 5/1, … tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024': a review of a
        # year held early in the next one is told in that next year
        first = next((m for m in mentions if m.kind in ("point", "relative") and m.a is not None and m.a.year is None
                      and m.a.month and not m.a.lunar and not m.a.canchi), None)  # ('Chiều nay (5/1)' too)
        if first is not None and first.a.month <= 3:
            year = year + 1
            reviewed = True
    if year is not None and source == "body" and (moved := _year_of_weekday(mentions, year, limit)) is not None:
        # 'Tối Chủ nhật (30/6)' over a season told as '2023/24': the lead's weekday falls on the
        # day in 2024, not 2023; the story's other year-less days are of that year too
        year = moved
    lead = _lead_day(mentions, limit, text)
    if lead is not None and page_date and (lead > page_date or lead.year < page_date.year
                                           and (lead.month, lead.day) == (page_date.month, page_date.day)):
        # ('Thứ Năm, 26/12/2024' over '… sáng 26/12/2004, …': told on the day's anniversary; and a
        # day after the page's, 'Tết … rơi vào ngày 17/2/2026' under 5/2/2026, is one to come)
        lead = None
    elif lead is not None and page_date and abs((page_date - lead).days) > 1 \
            and (_today_undated(mentions) or _counted_to_page(mentions, text, page_date)
                 or (first := _first_yearless_day(mentions)) is not None
                 and any((page_date - dt.timedelta(days=k)).timetuple()[1:3] == first for k in (0, 1))):
        # ('Thứ Bảy, 20/12/2025' over 'Sáng qua (19/12), … Ngày 30/11/2024, Quốc hội …': the
        # story's own day, just before the page's, is the page's year's)
        # ('Thứ Hai, 29/12/2025' over 'Tối 18/12/1972, …', '… kỷ niệm 53 năm Chiến thắng': the
        # lead's day is what the story commemorates)
        # ('Thứ Tư, 04/06/2025' over 'Sáng nay, … xác nhận …. Cuộc bầu cử được tổ chức sau khi tòa án
        # ngày 4/4 phế truất …': the lead tells of today; the day after it is backstory)
        lead = None
    if lead is not None and (year is None or lead.year >= year - 1):
        # 'Ngày 28/12/2023, UBND tỉnh tổ chức hội nghị tổng kết …': a news story's lead tells its
        # day; an anniversary it looks forward to ('chào mừng … (3/2/1930 - 3/2/2024)') does not
        year, source = lead.year, "lead"
        if not any(m.kind == "relative" and m.info.get("unit") == "day" and m.a is not None for m in mentions):
            return Reference(year, lead, source)
    # the story's own days near the top: its first year-less day, and a feast told with its day
    told_days = [d for d in (_first_yearless_day(mentions),) if d is not None] + _lead_feast_days(mentions)
    if page_date and source == "body" and any((page_date - dt.timedelta(days=k)).timetuple()[1:3] in told_days
                                              for k in (0, 1)):
        # 'Thứ Năm, 10/10/2024' over 'Sáng 10/10, …': the story's day is the page's day (or the
        # day before), so the page tells its year; old years in the body do not
        return Reference(page_date.year, page_date, "page")
    if page_date and source == "body" and year is not None and (year < page_date.year - 1 or year < page_date.year
                                                               and not reviewed) \
            and (first := _first_yearless_day(mentions)) is not None \
            and (0 <= (page_date - _day_before(page_date, first)).days <= 45 or 0 < _days_to_come(page_date, first) <= 45):
        # '16/09/2024' over 'Rạng sáng 10/9, …' and, further on, 'lớn nhất kể từ năm 1986': the
        # story's days come just before the page's, whose year they take, not an old year's (nor
        # last year's month a backstory tells: '09/01/2025' over 'ngày 5/1 … từ tháng 10/2024'; a
        # year's review early in the next is that next year, whatever the page's date)
        return Reference(page_date.year, page_date, "page")
    if page_date and source == "body" and year is not None and year < page_date.year - 1 \
            and _first_yearless_day(mentions) is None \
            and any(m.kind == "relative" and m.info.get("unit") == "day" and m.a is None and m.start < _LEAD_CHARS
                    or m.kind == "until_now" and m.a is not None and m.a.year is None and m.a.month and m.start < _LEAD_CHARS
                    for m in mentions):
        # 'Thứ Hai, 12/1/2026' over 'Sáng nay, ngày hội diễn ra …' and a first time 'tháng 1/2009':
        # a lead told of today (or of a month up to now, 'Từ đầu tháng 11 đến nay'), with no day of
        # its own, is the page's day; old years are its past
        return Reference(page_date.year, page_date, "page")
    if page_date and source == "body" and year is not None and year < page_date.year - 1 \
            and _counted_to_page(mentions, text, page_date):
        # 'Thứ Hai, 29/12/2025' over 'Tối 18/12/1972, …' and '… kỷ niệm 53 năm Chiến thắng': the
        # years counted back from the page's reach a year the story tells; the page is its time
        return Reference(page_date.year, page_date, "page")
    if page_date and source == "body" and year is not None and year < page_date.year \
            and (ahead := _years_to_come(mentions, text)) and min(ahead) == page_date.year + 1:
        # 'Thứ Ba, 10/12/2024' over an interview telling 2020, 2023 and what is planned for 2025:
        # the year to come is the page's next, so the page's date is the story's
        return Reference(page_date.year, page_date, "page")
    if year is None and page_date:
        # nothing in the body dates it: the page's date is the best guess, to the day; a story
        # day the text names ('Sáng nay (16/10)' on a page saved 28/01/2022) came before it
        # (unless the lead tells of today without a day: 'Sáng nay, … sau khi tòa án ngày 4/4 …')
        if (first := _first_yearless_day(mentions)) is not None and not _today_undated(mentions):
            day = _day_before(page_date, first)
            return Reference(day.year, day, "page")
        return Reference(page_date.year, page_date, "page")
    if year is None and (cycle := next((m.a.canchi for m in mentions if m.a is not None and m.a.canchi), None)):
        # 'Những ngày giáp Tết Giáp Thìn, …' and no year anywhere: the year so named lately (the
        # cycle comes back every sixty years; a reader takes the last one)
        if (named := canchi_year(cycle, dt.date.today().year)) is not None:
            return Reference(named, None, "cycle")
    if year is None:
        return None
    # a date bar in the year the story is told gives the day 'từ nay', 'hôm qua' count from
    ref = Reference(year, page_date if page_date and page_date.year == year else None, source)
    # 'Chiều nay (16/10)': a relative day with its date in brackets fixes the day itself.
    for m in mentions:
        if m.kind == "relative" and m.info.get("unit") == "day" and m.a is not None and not m.a.lunar:
            # (not 'Hôm qua (ngày 12 tháng Giêng)': a lunar day is no month and day of the solar year)
            try:
                d = dt.date(year, m.a.month, m.a.day) - dt.timedelta(days=m.info["offset"])
            except (ValueError, TypeError):
                continue
            if page_date is None or d <= page_date:
                ref.date = d
                break
    return ref


_LEAD_CHARS = LEAD_CHARS
# (the plan for the next year may go unsaid: 'Sáng 8/1, … tổng kết công tác … năm 2024')
_REVIEW_AND_PLAN = re.compile(r"(?:tổng\s+kết|sơ\s+kết|đánh\s+giá)[^.;\n]{0,60}?năm\s+(\d{4})(?:[^.;\n]{0,80}?"
                              r"(?:nhiệm\s+vụ|kế\s+hoạch|phương\s+hướng)[^.;\n]{0,30}?năm\s+(\d{4}))?", re.IGNORECASE)
# ('mừng thọ cụ …, tròn 100 tuổi': a birthday kept in the story's year; not 'hưởng thọ', a death's age)


_ELAPSED = re.compile(r"(?<!\w)(?:đã\s+)?(\d{1,3})\s+năm\s+(?:đã\s+)?trôi\s+qua|(?<!\w)cách\s+(?:đây|nay)\s+(?:tròn\s+|đúng\s+)?"
                      r"(\d{1,3})\s+năm(?!\s+(?:sau|trước))"
                      # ('Tròn một năm sau cơn bão … ngày 7/9/2024, …': the story is told a year on)
                      r"|(?<!\w)(?:tròn|đúng)\s+(\d{1,3}|một)\s+năm\s+(?:sau|kể\s+từ)(?!\w)", re.IGNORECASE)


def _year_of_named_event(m: Mention) -> int | None:
    """The year of a named event that falls within one year ('Chiến dịch Biên giới Thu Đông
    1950'); None for a longer period (a count of years from a war says nothing sure)."""
    if m.kind != "named" or not (years := re.findall(r"-?\d{4}", m.info.get("edtf", ""))) or ".." in m.info["edtf"]:
        return None
    return int(years[0]) if len(set(years)) == 1 else None


@cache
def _YEARS_BEFORE_OPENING() -> re.Pattern:  # noqa: N802 (a pattern, built once)
    return re.compile(fill(r"(?:^|(?<=[.!?\n]))[ \t]*(?P<n>\d{{1,3}}|{NUMBER_WORD})[ \t]+năm[ \t]+(?:về[ \t]+)?trước[ \t]*,"),
                      re.IGNORECASE)


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else load("calendar")["number_words"].get(" ".join(word.lower().split()))


# 'nhân dịp tròn 10 năm phán quyết', 'kỷ niệm 5 năm vụ phóng': an anniversary of a thing, by its word
_ANNIVERSARY_OF_TOLD = re.compile(r"(?<!\w)(?:nhân\s+dịp|nhân|kỷ\s+niệm|dịp)\s+(?:tròn\s+|đúng\s+)?(?P<n>\d{1,3})\s+năm\s+"
                                  r"(?P<noun>(?:ngày\s+)?[a-zà-ỹđ]+\s+[a-zà-ỹđ]+)(?!\w)")
_HEADLINE_COUNT = re.compile(r"\s*(\d{1,3})\s+năm\s+sau\s+[^\W\d_][^\n]*", re.IGNORECASE)


def _years_elapsed_since(mentions: list[Mention], text: str) -> list[int]:
    """'Đã 46 năm trôi qua, nhưng ông vẫn nhớ … rạng sáng 17/2/1979': the year a count of
    years since a date written in the same sentence comes to (2025), the story's own."""
    out = []
    if (counted := _HEADLINE_COUNT.match(text)) and not any(m.start < counted.end() and m.kind != "years_later" for m in mentions):
        # '20 năm sau thảm họa sóng thần …' over '… sáng 26/12/2004, …': a headline counting the
        # years since what its lead dates is told that many years on
        line_end = text.find("\n", counted.end())
        first = next((m for m in mentions if m.start > line_end >= 0 and m.start < line_end + _LEAD_CHARS
                      and m.kind == "point" and m.a is not None and m.a.year and not m.a.lunar
                      and not m.info.get("birth")), None)
        # (not when the year counted from is told too: '5 năm sau thảm họa Rào Trăng 3' over a lead
        # dated 12/10/2025 that tells 13/10/2020 further on: the lead is the count's end already)
        if first is not None and not any(m.a is not None and m.a.year == first.a.year - int(counted[1]) for m in mentions):
            out.append(first.a.year + int(counted[1]))
    if "năm" in text and ("dịp" in text or "niệm" in text):
        for e in _ANNIVERSARY_OF_TOLD.finditer(text):
            # 'Ngày 12/7/2016, Tòa Trọng tài … ra phán quyết … ¶ Ngày 12/7 vừa qua, nhân dịp tròn 10
            # năm phán quyết, …': the anniversary of what a dated sentence before told is its year on
            # (not one the rules read as a mention of its own, counted back from the story's year,
            # nor one still to come: 'Năm sau, nhân dịp kỷ niệm 50 năm ra trường, … dự kiến …')
            if any(m.start < e.end() and e.start() < m.end for m in mentions) \
                    or to_come_in_sentence().match(text, e.end()):
                continue
            noun = e["noun"].lower()
            told = next((m for m in mentions if m.start < e.start() and m.kind == "point" and m.a is not None
                         and m.a.year and not m.a.lunar and m.a.precision in ("day", "month", "year")
                         and not m.info.get("birth") and not m.info.get("anniversary_pair")
                         and noun in text[_sentence_start(text, m.start):_sentence_end(text, m.end)].lower()), None)
            if told is not None:
                out.append(told.a.year + int(e["n"]))
    if "năm trước" in text:
        for e in _YEARS_BEFORE_OPENING().finditer(text):
            # 'Mười năm trước, tại COP21 ở Paris (Pháp), … thông qua Thỏa thuận Paris ngày 12/12/2015':
            # the story is told that many years after the day its sentence dates
            n = _count(e["n"])
            stop = re.search(r"[.!?\n]", text[e.end():])
            end = e.end() + (stop.start() if stop else len(text) - e.end())
            told = next((m for m in mentions if e.end() <= m.start < end and m.kind == "point" and m.a is not None
                         and m.a.year and not m.a.lunar and not m.info.get("birth")), None)
            if n and told is not None:
                out.append(told.a.year + n)
    head = text[:_LEAD_CHARS * 2].lower()
    if "trôi qua" not in head and "cách" not in head and "tròn" not in head and "đúng" not in head:
        return out  # (most stories say none: no scan)
    for e in _ELAPSED.finditer(text, 0, _LEAD_CHARS * 2):
        n = 1 if (e[3] or "").lower() == "một" else int(e[1] or e[2] or e[3])
        stop = re.search(r"[.!?\n]", text[e.end():])
        end = e.end() + (stop.start() if stop else len(text) - e.end())
        told = next((m for m in mentions if e.end() <= m.start < end and (_year_of_named_event(m) or m.kind == "point" and m.a is not None
                     and m.a.year and not m.a.lunar and m.a.precision in ("day", "month", "year")
                     and not m.info.get("birth"))), None)
        if told is not None:
            out.append((_year_of_named_event(told) or told.a.year) + n)
    return out


def _years_said_twice(mentions: list[Mention], text: str) -> list[int]:
    """'Năm ngoái, iPhone 17 ra mắt ngày 9/9/2025': a sentence that opens with a year counted from
    now and dates its event by the year's number tells the story's year (2026)."""
    out = []
    for m in mentions:
        if m.kind != "relative" or m.info.get("unit") != "year" or m.a is not None \
                or text[_sentence_start(text, m.start):m.start].strip(" \t\"“-–"):
            continue
        end = _sentence_end(text, m.end)
        told = next((o for o in mentions if m.end <= o.start < end and o.kind == "point" and o.a is not None
                     and o.a.year and o.a.precision in ("day", "month") and not o.a.lunar), None)
        if told is not None:
            out.append(told.a.year - m.info.get("offset", 0))
    return out


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for c in ".!?\n" if (i := text.find(c, pos)) >= 0]
    return min(ends) if ends else len(text)


_SINCE_BEFORE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:ngày\s+)?$", re.IGNORECASE)


def _lead_day(mentions: list[Mention], limit: int, text: str = "") -> dt.date | None:
    """The day a news story's lead tells, written out with its year ('Ngày 28/12/2023, …'),
    near the top of the text and not a birth nor a day said to come ('sẽ diễn ra vào ngày
    20/1/2025'); None when there is none."""
    for m in mentions:
        if m.start > _LEAD_CHARS:
            break
        a = m.a
        if m.kind == "point" and a is not None and a.precision == "day" and a.year is None and not a.lunar \
                and not a.canchi and a.month and "festival" not in m.info:
            # 'Sáng 19.12, … khánh thành …. Dự án được khởi công ngày 1.1.2024': the lead's day
            # is year-less; a dated day after it is the story's background
            if (by := m.info.get("restated_by_cycle")) and a.day \
                    and (turn := _cycle_turn_of_day(by, min(limit, dt.date.today().year), a)) is not None \
                    and (day := lunar_to_solar(turn, by[1], by[2], by[3])) is not None \
                    and (day.month, day.day) == (a.month, a.day) and day.year <= limit:
                # ('Ngày 23/2 (tức mùng 7 tháng Giêng năm Bính Ngọ), …': the cycle's name and the
                # lunar day tell the year, the latest in which the two days fall together)
                return day
            return None
        if m.info.get("flashback"):
            continue  # ('Trước đó, ngày 11/10/2024, EVN đã tăng giá …': told as earlier than the story)
        if m.kind == "relative" and m.info.get("unit") == "day" and m.a is not None and m.a.month and m.a.day:
            # ('Đúng 6h sáng qua (20/12), chuyến bay … Dự án … khởi công ngày 26/3/2024': the lead's
            # day is yesterday, told by its day; a dated day after it is the story's background)
            return None
        if m.kind == "point" and a is not None and a.precision == "day" and a.year and not a.lunar \
                and not m.info.get("birth") and a.year <= limit and m.info.get("day_offset") is None \
                and not _FUTURE_CUE.search(text, max(0, m.start - 60), m.start):
            if _SINCE_BEFORE.search(text, max(0, m.start - 16), m.start):
                continue  # ('Từ ngày 1/7/2025, tỉnh mới được hình thành …': when a state of things began,
                #           not the story's day, told a year on)
            if (elapsed := _ELAPSED.search(text, _sentence_start(text, m.start), m.start)):
                # ('Tròn một năm sau cơn bão … ngày 7/9/2024, …': the day counted from, not the
                # story's, which is that many years on)
                n = next((g for g in elapsed.groups() if g), "")
                n = 1 if n.lower() == "một" else int(n) if n.isdigit() else 0
                if n and a.year + n <= limit:
                    try:
                        return dt.date(a.year + n, a.month, a.day)
                    except ValueError:
                        return None
                continue
            try:
                return dt.date(a.year, a.month, a.day)
            except ValueError:
                return None
    return None


def _near_the_page_far_from_the_story(ref, told, a) -> bool:
    """'Bảo tàng … được thành lập ngày 19/5/1976. Từ ngày 1/12 đến hết ngày 31/12, bảo tàng miễn
    phí vé …' under a date bar of 25/11/2026: a year-less day a few weeks after the page's (or days
    before it), and months away from the old day its paragraph told, is the article's."""
    if ref is None or ref.date is None or ref.source not in ("page", "given", "lead") or told.year is None \
            or ref.year - told.year <= 1 or not (a.month and a.day and told.month) or (a.month - told.month) % 12 <= 3:
        return False
    return 0 < _days_to_come(ref.date, (a.month, a.day)) <= 45 or 0 <= (ref.date - _day_before(ref.date, (a.month, a.day))).days <= 10


def _days_to_come(page: dt.date, month_day: tuple[int, int]) -> int:
    """Days from the page's date to the (month, day) next after it ('28 – 29/11' under 27/11/2026:
    one), as a story announcing what is just ahead tells them; -1 when there is none."""
    month, day = month_day
    for year in (page.year, page.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d > page:
            return (d - page).days
    return -1


def _day_before(page: dt.date, month_day: tuple[int, int]) -> dt.date:
    """The last (month, day) on or before the page's date ('10/9' under 16/09/2024 is 10/9/2024)."""
    month, day = month_day
    for year in (page.year, page.year - 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if d <= page:
            return d
    return page


def _years_to_come(mentions: list[Mention], text: str) -> list[int]:
    """Years a clause tells as still to come ('Năm 2026, Philippines sẽ đảm nhận …'); not a
    target's horizon ('đến năm 2030, Lạng Sơn phấn đấu …'), which may lie many years ahead."""
    return [m.a.year for m in mentions if m.kind == "point" and m.a is not None and m.a.year
            and m.a.precision == "year" and to_come_after().match(text, m.end)
            and not _BY_YEAR_BEFORE.search(text, max(0, m.start - 20), m.start)]


_BY_YEAR_BEFORE = re.compile(r"(?<!\w)(?:đến|tới)[ \t]+(?:hết[ \t]+)?(?:năm[ \t]+)?$", re.IGNORECASE)


_FUTURE_CUE = re.compile(r"(?<!\w)(?:sẽ|dự\s+kiến|sắp)(?!\w)[^,.;:()\n]{0,60}$", re.IGNORECASE)


@cache
def _backstory_opener() -> re.Pattern:
    words = sorted(load("cues")["backstory_openers"], key=len, reverse=True)
    return re.compile(r"(?:^|(?<=[.!?\n]))\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                      + r")(?!\w)", re.IGNORECASE)


def _after_backstory(mentions: list[Mention], text: str, year: int) -> bool:
    """Whether the story's first year-less day comes, in the calendar, before a day of `year`
    told as what happened before it (after 'Theo cáo trạng', 'Trước đó' in its paragraph): the
    story's day is then in the year after."""
    first = _first_yearless_day(mentions)
    if first is None:
        return False
    opener = _backstory_opener()
    for m in mentions:
        a = m.a
        if m.kind not in ("point", "range") or a is None or a.year != year or a.lunar or not a.month or m.info.get("birth") \
                or a.precision not in ("day", "month"):
            continue
        para = text.rfind("\n", 0, m.start) + 1
        if opener.search(text, para, m.start) and (a.month, a.day or 1) > first:
            return True
    return False


def _after_done_month(mentions: list[Mention], text: str, year: int) -> bool:
    """Whether the story's first year-less day comes, in the calendar, before a month of `year`
    told after it as done ('Chiều 14/1, … ra mắt cuốn sách … Cuốn sách … được … thẩm định vào
    tháng 11/2024'): a news story's lead is its latest day, so in the year after."""
    first = _first_yearless_day(mentions)
    if first is None:
        return False
    lead = next(m for m in mentions if m.a is not None and m.a.year is None and (m.a.month, m.a.day) == first)
    plan = plan_cue()
    for m in mentions:
        a = m.a
        if m.start <= lead.end or m.kind not in ("point", "range") or a is None or a.year != year or a.lunar \
                or not a.month or a.precision not in ("day", "month") or m.info.get("birth") or m.info.get("to_come"):
            continue
        if _DONE_BEFORE_COMMA.search(text, max(0, m.start - 80), m.start) and (a.month, a.day or 1) > first \
                and not plan.search(text[max(0, m.start - 110):m.start]) and not to_come_after().match(text, m.end) \
                and not _FUTURE_CUE.search(text, max(0, m.start - 60), m.start):
            return True
    return False


def _year_before_plan(mentions: list[Mention], text: str, limit: int) -> int | None:
    """The latest year in which the story's first year-less day falls on or before the
    earliest day it says is to come ('sẽ diễn ra vào ngày 20/1/2025'), if both are told."""
    first = _first_yearless_day(mentions)
    if first is None:
        return None
    # ('Dịp cao điểm Tết …, dự kiến từ ngày 1/2 đến 25/2/2026, sân bay … sẽ phục vụ …': a stretch too)
    planned = [(m.a.year, m.a.month, m.a.day) for m in mentions
               if m.kind in ("point", "range") and m.a is not None and m.a.precision == "day" and m.a.year and not m.a.lunar
               and (m.kind == "point" and _FUTURE_CUE.search(text, max(0, m.start - 60), m.start)
                    or m.kind == "range" and to_come_after().match(text, m.end))]
    # ('Ngày hội … lần thứ V, năm 2025 sẽ diễn ra từ ngày 26 đến 28/9': the year to come is the days')
    for y, d in zip(mentions, mentions[1:], strict=False):
        if y.kind == "point" and y.a is not None and y.a.precision == "year" and y.a.year \
                and d.kind in ("point", "range") and d.a is not None and d.a.year is None and d.a.precision == "day" \
                and not d.a.lunar and d.a.month and d.a.day and d.start - y.end < 40 \
                and _FUTURE_CUE.match(text[y.end:d.start].lstrip(" \t,")) and not re.search(r"[.;:!?\n]", text[y.end:d.start]):
            planned.append((y.a.year, d.a.month, d.a.day))
    if not planned:
        return None
    y, mo, d = min(planned)
    year = y if first <= (mo, d) else y - 1
    return year if year <= limit else None


def _year_before_from_now(mentions: list[Mention], limit: int) -> int | None:
    """The year in which the story's first year-less day falls before the end of a stretch
    from now to a month or day ('Tại đỉnh Mẫu Sơn, … sáng 9/12 …; từ nay đến cuối tháng 2/2026,
    ban sẽ tổ chức …'): such a stretch runs from the story's day, months and not years on."""
    first = _first_yearless_day(mentions)
    ends = [(m.a.year, m.a.month, m.a.day or 28) for m in mentions
            if m.kind == "from_now" and m.a is not None and m.a.year and m.a.month and not m.a.lunar
            and m.a.precision in ("day", "month")]
    if first is None or not ends:
        return None
    y, mo, d = min(ends)
    year = y if first <= (mo, d) else y - 1
    return year if year <= limit else None


@cache
def _demand_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["demand_verbs"]) + r")(?!\w)[^.;:!?\n]{0,100}$", re.IGNORECASE)


def _year_before_deadline(mentions: list[Mention], text: str, limit: int) -> int | None:
    """The year in which the story's first year-less day falls before the earliest deadline a
    demand in the story sets ('yêu cầu … hoàn thành trước ngày 31/12/2024'), if both are told."""
    first = _first_yearless_day(mentions)
    if first is None:
        return None
    deadlines = [(m.a.year, m.a.month, m.a.day) for m in mentions
                 if m.kind == "before" and m.a is not None and m.a.precision == "day" and m.a.year and not m.a.lunar
                 and _demand_before().search(text, max(0, m.start - 100), m.start)]
    if not deadlines:
        return None
    y, mo, d = min(deadlines)
    year = y if first <= (mo, d) else y - 1
    return year if year <= limit else None


def _is_life_span(m: Mention, value: TimeValue) -> bool:
    """A span of years in brackets right after a name, as long as a life: '(1932 - 2009)'."""
    return m.kind == "range" and bool(m.info.get("after_name")) and not value.inferred \
        and isinstance(value.start, Point) and isinstance(value.end, Point) \
        and value.start.precision == "year" and value.end.precision == "year" \
        and 15 <= value.end.year - value.start.year <= 115


def _year_of_weekday(mentions: list[Mention], year: int, limit: int) -> int | None:
    """The year next to `year` whose calendar puts the lead's first year-less day on the
    weekday written with it, when `year`'s does not."""
    first = next((m for m in mentions if m.start <= _LEAD_CHARS and m.kind in ("point", "relative") and m.a is not None
                  and m.a.precision == "day" and m.a.year is None and not m.a.lunar and not m.a.canchi
                  and m.a.month and m.a.day), None)
    if first is None or first.a.weekday is None:
        return None

    def falls(y: int) -> bool:
        try:
            return dt.date(y, first.a.month, first.a.day).weekday() == first.a.weekday
        except ValueError:
            return False

    if falls(year):
        return None
    near = next((y for y in (year + 1, year - 1) if y <= limit and falls(y)), None)
    if near is not None:
        return near
    # ('hôm thứ Hai (27/10) … hôm Chủ nhật (26/10) … kể từ tháng 10/2021': the years told are
    # all before the story; two weekdays that agree on a later year tell it (one may be a slip)
    dated = [m for m in mentions if m.kind in ("point", "relative") and m.a is not None and m.a.precision == "day"
             and m.a.year is None and m.a.weekday is not None and not m.a.lunar and m.a.month and m.a.day]
    if len(dated) < 2:
        return None

    def all_fall(y: int) -> bool:
        try:
            return all(dt.date(y, m.a.month, m.a.day).weekday() == m.a.weekday for m in dated)
        except ValueError:
            return False

    return next((y for y in range(year + 2, year + 7) if y <= limit and all_fall(y)), None)


@cache
def season_word_before() -> re.Pattern:
    """A season's word right before its years ('năm học 2024 – 2025', 'mùa khô năm 2024 – 2025')."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in load("cues")["seasons_over_two_years"])
                      + r")(?:[ \t]+năm)?[ \t]*$", re.IGNORECASE)


_INTAKE_BEFORE = re.compile(r"(?<!\w)(?:tuyển\s+sinh|xét\s+tuyển|thi\s+vào|nhập\s+học)(?!\w)[^.!?\n]*$", re.IGNORECASE)


def _season_of_two_years(mentions: list[Mention], text: str | None = None) -> tuple[int, int | None] | None:
    """A season or school year over two years the text names ('vụ đông năm 2024 – 2025', 'năm học
    2024 - 2025'), with the month of the first year-less date told, if any; with `text`, only a
    range named as a season ('năm học', 'mùa giải', 'vụ đông')."""
    # (not the school year an intake is for: 'tuyển sinh vào lớp 10 năm học 2026 – 2027' is held
    # in the months before it, in the first of its years)
    season = next((m for m in mentions if m.kind == "range" and m.a is not None and m.b is not None
                   and m.a.year and m.b.year == m.a.year + 1 and m.a.precision == "year"
                   and (text is None or season_word_before().search(text, max(0, m.start - 30), m.start)
                        and not _INTAKE_BEFORE.search(text, max(0, m.start - 80), m.start))), None)
    if season is None:
        return None
    month = next((m.a.month for m in mentions if m.a is not None and m.a.year is None and m.a.month
                  and not m.a.lunar and not m.a.canchi and "festival" not in m.info), None)
    return season.a.year, month


def _year_planned_late(mentions: list[Mention], text: str) -> int | None:
    """The year a plan is for, when the story's first year-less day falls in the last quarter
    and no other year tells the story's time; None otherwise."""
    first = _first_yearless_day(mentions)
    if first is None or first[0] < 10:
        return None
    years = [m.a.year for m in mentions if m.kind == "point" and m.info.get("plan") and m.a is not None
             and m.a.precision == "year" and m.a.year and not _BY_YEAR_BEFORE.search(text, max(0, m.start - 20), m.start)]
    return min(years) if years else None


def _counted_to_page(mentions: list[Mention], text: str, page_date: dt.date) -> bool:
    """Does an anniversary's count, taken back from the page's year, reach a year the story
    tells ('kỷ niệm 53 năm' under 29/12/2025 beside '18/12/1972')?"""
    counts = {m.info["n"] for m in mentions if m.kind == "anniversary" and m.info.get("n")}
    return bool(counts) and any(page_date.year - n in explicit_years(mentions, text) for n in counts)


def _today_undated(mentions: list[Mention]) -> bool:
    """Does the lead tell of today or yesterday without a day of its own ('Sáng nay, …')?"""
    return any(m.kind == "relative" and m.info.get("unit") == "day" and m.a is None
               and m.info.get("offset", 0) in (0, -1) and m.start < _LEAD_CHARS for m in mentions)


def _lead_feast_days(mentions: list[Mention]) -> list[tuple[int, int]]:
    """(month, day) of the solar feasts near the top told without a year ('Nhân Ngày Nhà giáo Việt
    Nam 20/11, …' on a page of 20/11: the occasion is the page's day)."""
    return [(m.a.month, m.a.day) for m in mentions if m.start <= _LEAD_CHARS and "festival" in m.info and m.a is not None
            and m.a.year is None and not m.a.lunar and m.a.month and m.a.day]


def _first_yearless_day(mentions: list[Mention]) -> tuple[int, int] | None:
    """(month, day) of the first day written without its year near the top, if any."""
    for m in mentions:
        if m.start > _LEAD_CHARS:
            return None
        a = m.a
        # ('từ đêm nay (27/11) đến ngày 29/11': a relative day with its date, opening a stretch;
        # 'hôm qua (11/1)': the bracket is that day's date, whatever the offset)
        if (m.kind in ("point", "range") or m.kind == "relative" and m.info.get("unit", "day") == "day") \
                and a is not None and a.precision == "day" and a.year is None and not a.lunar \
                and not a.canchi and "festival" not in m.info and a.month and a.day \
                and not m.info.get("month_part"):  # ('từ cuối tháng 9': a part of a month, no day told)
            return a.month, a.day
    return None


_YEAR_WRITTEN = re.compile(r"(?<![\d/.\-])(?:1[0-9]|20)\d\d(?![\d/.\-]\d)")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a span stands in, without the span."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[left:start] + " " + text[end:min(stops) if stops else len(text)]


_WORKS_START_BEFORE = re.compile(r"(?<!\w)(?:khởi\s+công|động\s+thổ|bắt\s+đầu|thi\s+công)(?!\w)[^.!?\n]*$", re.IGNORECASE)


def _years_after_works(mentions: list[Mention], text: str) -> list[int]:
    """'Nhà máy được khởi công từ tháng 3/2024 … Sau hơn 18 tháng thi công, …': the year the
    works' span, counted from the date told just before it, comes to."""
    out = []
    for w in works_span().finditer(text):
        # (in its paragraph, or said to be the works' start: not another story's year above it)
        told = [m for m in mentions if m.end <= w.start() and w.start() - m.end < 300 and m.a is not None
                and m.a.year and not m.a.lunar and m.a.precision in ("month", "year", "day") and m.kind == "point"
                and ("\n\n" not in text[m.end:w.start()] or _WORKS_START_BEFORE.search(text, max(0, m.start - 60), m.start))]
        if not told:
            continue
        out.append(works_end(told[-1].a, w)[0])
    return out


def _year_of_age_now(mentions: list[Mention], text: str) -> int | None:
    """'Ở tuổi 92, cụ Lương Văn Tuấn …' with 'Cụ Tuấn sinh năm 1932': the year told is 2024; so
    is 'Ông Hoàng Văn Nhị, 80 tuổi, …' with 'Năm 1960, khi mới 15 tuổi, …' (born in 1945)."""
    age = AGE_NOW.search(text, 0, _LEAD_CHARS) or AGE_APPOSED.search(text, 0, _LEAD_CHARS)
    ahead = 0
    if not age and "tuổi" in text and (age := _AGE_NEXT_YEAR.search(text)):
        ahead = 1  # '"Năm sau tôi sẽ 31 tuổi", cô chia sẻ' with 'Sinh ngày 15/8/1995': told in 2025
    if not age:
        return None
    # (a birth year named in the cycle and glossed, 'sinh năm Bính Dần (1926)', is that year)
    born = [m.a.year for m in mentions if m.info.get("birth") and m.a is not None and m.a.year
            and (not m.a.lunar or m.a.precision == "year")]
    if not born and (at := _AGE_IN_YEAR.search(text)):
        born = [int(at.group(1)) - int(at.group(2))]
    years = age.group(1) if not ahead else age["a"] or age["b"]
    return born[0] + int(years) - ahead if born else None


# the age a speaker will reach next year
_AGE_NEXT_YEAR = re.compile(r"(?<!\w)năm[ \t]+(?:sau|tới)[ \t]*,?[ \t]*(?:[^\W\d_]+[ \t]+)?(?:sẽ[ \t]+)?"
                            r"(?:bước[ \t]+sang[ \t]+|tròn[ \t]+)?"
                            r"(?:tuổi[ \t]+(?P<a>\d{2,3})|(?P<b>\d{2,3})[ \t]+tuổi)(?!\w)", re.IGNORECASE)


# 'Năm 1960, khi mới 15 tuổi, tôi …': a year told with the age reached in it
_AGE_IN_YEAR = re.compile(r"(?<!\w)năm[ \t]+(\d{4})[ \t]*,[ \t]*(?:khi|lúc|lúc đó|khi đó)[ \t]+(?:mới[ \t]+|vừa[ \t]+|tròn[ \t]+)?"
                          r"(\d{1,2})[ \t]+tuổi(?!\w)", re.IGNORECASE)


def _shift(ref: Reference, unit: str, offset: int) -> TimeValue | None:
    if unit == "year":
        return TimeValue(tv.year(ref.year + offset), inferred=("year",))
    if ref.date is None:
        return None
    if unit == "day":
        d = ref.date + dt.timedelta(days=offset)
        return TimeValue(tv.day(d.year, d.month, d.day), inferred=("date",))
    if unit == "week":
        monday = ref.date - dt.timedelta(days=ref.date.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return TimeValue(tv.day(monday.year, monday.month, monday.day),
                         tv.day(sunday.year, sunday.month, sunday.day), inferred=("date",))
    if unit == "month":
        total = ref.date.year * 12 + ref.date.month - 1 + offset
        return TimeValue(tv.month(total // 12, total % 12 + 1), inferred=("date",))
    if unit == "quarter":  # 'quý trước': the three months of the quarter before the article's
        total = ref.date.year * 4 + (ref.date.month - 1) // 3 + offset
        year, first = total // 4, total % 4 * 3 + 1
        return TimeValue(tv.month(year, first), tv.month(year, first + 2), inferred=("date",))
    return None


def _weekday_near(ref: Reference, weekday: int, direction: int) -> TimeValue | None:
    """'Chủ nhật vừa qua' (direction -1): the last such day before the article's; 'thứ Sáu
    tới' (+1): the next one after it."""
    if ref.date is None:
        return None
    step = (weekday - ref.date.weekday()) % 7 or 7
    d = ref.date + dt.timedelta(days=step) if direction > 0 else ref.date - dt.timedelta(days=(7 - step) % 7 or 7)
    return TimeValue(tv.day(d.year, d.month, d.day), inferred=("date",))


def _after_told(point: Point, unit: str, offset: int = 1) -> TimeValue | None:
    """'Tháng 3/1979, … Tháng sau, …': the unit after a date the story told ('năm sau nữa': two on;
    'Ba ngày trước, …': three days before it)."""
    if unit == "year":
        return TimeValue(tv.year(point.year + offset), approximate=point.precision != "year", inferred=("year",))
    if unit == "month" and point.month:
        total = point.year * 12 + point.month - 1 + offset
        return TimeValue(tv.month(total // 12, total % 12 + 1), inferred=("date",))
    if unit == "day" and point.day:
        d = dt.date(point.year, point.month, point.day) + dt.timedelta(days=offset)
        return TimeValue(tv.day(d.year, d.month, d.day), inferred=("date",))
    if unit == "week" and point.day:
        d = dt.date(point.year, point.month, point.day)
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(weeks=offset)
        sunday = monday + dt.timedelta(days=6)
        return TimeValue(tv.day(monday.year, monday.month, monday.day), tv.day(sunday.year, sunday.month, sunday.day),
                         inferred=("date",))
    return None


@dataclass
class Resolved:
    mention: Mention
    value: TimeValue
    notes: list[str]


def _later_years(mentions: list[Mention], sentence_of) -> dict[int, tuple[int, int]]:
    """For each year-less day or month: the year and month of a date written out later in its
    sentence (a day or month, not an anniversary's or a birth's), when one is."""
    out: dict[int, tuple[int, int]] = {}
    pending: list[Mention] = []
    sent = None
    for m in mentions:
        s = sentence_of(m.start)
        if s != sent:
            pending, sent = [], s
        a = m.b if m.kind == "range" and m.b is not None else m.a
        if a is None or m.kind not in ("point", "range") or m.info.get("anniversary_pair") or m.info.get("birth") \
                or "festival" in m.info or m.info.get("plan") and a.precision not in ("half", "quarter"):
            # ('kỷ niệm Quốc khánh 2/9/1945': a day commemorated; 'phấn đấu thông xe vào ngày
            # 2/9/2025': a target, whose year is not the day's the sentence told)
            continue
        if a.year is None and not a.canchi and not a.lunar and a.precision in ("day", "month", "half", "quarter") \
                and m.info.get("year_offset") is None and not m.info.get("same_year"):
            pending.append(m)
        elif a.year is not None and a.month and a.precision in ("day", "month") and not a.lunar:
            for p in pending:
                out[id(p)] = (a.year, a.month)
            pending = []
        elif a.year is not None and a.precision in ("half", "quarter") and a.span:
            # 'nhiệm vụ 6 tháng đầu năm và … 6 tháng cuối năm 2021': parts of one year, told once
            for p in pending:
                if p.a.precision in ("half", "quarter"):
                    out[id(p)] = (a.year, a.span[1])
            pending = [p for p in pending if p.a.precision not in ("half", "quarter")]
    return out


def _part_of_period(value: TimeValue, part: tuple[float, float]) -> TimeValue | None:
    """'cuối thời Lê' (1428-1789): the part's fraction of the period, as of a century; a part of a
    period longer than a century is that part of a century at the same end ('cuối thời Lê' is
    1756-1789, not the dynasty's last 120 years)."""
    a, b = value.start, value.end
    if not isinstance(a, Point) or not isinstance(b, Point):
        return value
    lo, hi = part
    length = b.year - a.year
    if length > 100:
        if lo == 0:
            first, last = a.year, a.year + round(hi * 100)
        elif hi == 1:
            first, last = b.year - round((1 - lo) * 100), b.year
        else:
            middle = (a.year + b.year) // 2
            first, last = middle - round((hi - lo) * 50), middle + round((hi - lo) * 50)
    else:
        first, last = a.year + round(lo * length), a.year + round(hi * length)
    return TimeValue(tv.year(first), tv.year(last), approximate=True, inferred=value.inferred)


def _nearest_turn_of_year(month: int, day: int, ref: dt.date) -> int:
    """-1 or +1 when a yearly day falls across the turn of the year from `ref` (more than 300 days
    off in ref's own year: the 31st of December told on the 2nd of January), else 0."""
    try:
        gap = (dt.date(ref.year, month, day) - ref).days
    except ValueError:
        return 0
    return -1 if gap > 300 else 1 if gap < -300 else 0


def _after_day(year: int, month: int | None, day: int | None, ref: dt.date) -> bool:
    """Does the day fall more than a day after `ref` in `year`?"""
    try:
        return dt.date(year, month, day) > ref + dt.timedelta(days=1)
    except (TypeError, ValueError):
        return False


def _chain_year(anchor: Point, p: Part) -> int:
    """The year of a year-less day or month told after `anchor` in the same story: the
    anchor's, or the next one when its month comes much earlier in the year (a story runs
    forward: 30/12/1946 … 2/1 is 1947), not when it steps back a little (from 29/11 to
    1/12/2024 … chiều 30/11 is 2024)."""
    if (anchor.month or 0) - (p.month or 0) > 6:
        return anchor.year + 1
    return anchor.year


def resolve(mentions: list[Mention], ref: Reference | None,
            sentence_of=lambda pos: 0, paragraph_of=lambda pos: 0) -> list[Resolved]:
    """Full values for every mention that can be placed; the others are dropped.

    A year-less date takes its year from, in order: a date earlier in its sentence; a date
    known to the day or month earlier in its paragraph ('Sáng 16/9/1950, … đến ngày 18/9' is
    1950: a story told day by day); the story of the paragraphs before, when its paragraph
    goes on in that year ('Chiều 15/9, đơn vị hành quân … Trong những ngày từ 1 đến 7/10/1950'
    after a paragraph told in September 1950); the article's own time."""
    out: list[Resolved] = []
    story_day = _first_yearless_day(mentions)  # (month, day) the story's lead tells, without its year
    # the years a paragraph states outright, where: a story going on in the year told before
    stated: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        # (a founding an anniversary commemorates is no time the story is told in)
        # (nor is the edition a quoted name carries: '"Tết Sum vầy" năm 2026')
        if m.a is not None and m.a.year is not None and not m.a.canchi and m.kind in ("point", "range") \
                and m.info.get("anniversary_pair") != "founding" and not m.info.get("edition"):
            stated.setdefault(paragraph_of(m.start), []).append((m.start, m.a.year))
    story: Point | None = None  # the last date known to the day or month, in any paragraph
    last_year: int | None = None
    last_day: Point | None = None  # the last date told to the day, for 'cùng ngày', 'hôm sau'
    last_day_para = -1
    last_day_flashback = False  # was it told as earlier than the story ('Trước đó, chiều 29.10, …')?
    life_start: int | None = None  # the start of the last span of years told ('Nguyễn Trãi (1380-1442)')
    news_day: Point | None = None  # the last day told in the article's own year
    last_sentence_year: dict[int, int] = {}
    new_year_feast: dict[int, int] = {}  # sentences whose last year told is a lunar new year's
    # where each sentence's first counted anniversary starts, and whether the year it last told
    # came after that (inside what the anniversary commemorates)
    first_anniversary: dict[int, int] = {}
    for m in mentions:
        if m.kind == "anniversary":
            first_anniversary.setdefault(sentence_of(m.start), m.start)
    told_after_cue: dict[int, bool] = {}
    sentence_range: dict[int, tuple[int, int]] = {}  # sentence → the years of the stretch it told last
    chain: dict[int, Point] = {}  # paragraph → its last date known to the day or month
    lunar_told: dict[int, dt.date] = {}  # paragraph → the solar day of its last lunar day told
    birth_year: int | None = None  # the last birth told: ages count from it
    story_point: Point | None = None  # the last date written out, and its paragraph
    told_para = -1
    counted_para = -1  # the paragraph of the last year counted (an age, 'Hai năm sau'), since the last told
    # 'đợt 1 từ ngày 21/10 đến ngày 14/11; đợt 2 từ ngày 20/11 đến ngày 30/11/2024': a year
    # written on the sentence's last date is its earlier dates' too
    later_year = _later_years(mentions, sentence_of)
    # the offset of the first relative year a sentence tells ('Năm ngoái', 'năm nay'), by sentence
    relative_year: dict[int, int] = {}
    for m in mentions:
        if m.kind == "relative" and m.info.get("unit") == "year" and m.info.get("offset") is not None:
            relative_year.setdefault(sentence_of(m.start), m.info["offset"])
    # the paragraphs that tell of now ('Năm nay, …'): a feast told there is of the article's time
    now_paras = {paragraph_of(m.start) for m in mentions if m.kind == "relative"}
    # the sentences that tell a day or a month without its year ('… trước ngày 31/12 để kịp … Tết
    # Nguyên đán'): told of the article's time, not of an old year told just before
    yearless_sents = {sentence_of(m.start) for m in mentions if m.kind in ("point", "range", "before", "after")
                      and m.a is not None and m.a.year is None and not m.a.lunar and m.a.month and "festival" not in m.info}
    # does the text open with a date written with its year (a history, not a news story's day)?
    opens_in_history = bool(mentions) and mentions[0].a is not None and mentions[0].a.year is not None \
        and mentions[0].kind in ("point", "range") and not mentions[0].info.get("birth")
    told_by = prev = None  # the mention that told the story's date, and the one just before this
    last_years: TimeValue | None = None  # the last stretch of years told, for 'những năm ấy'
    for m in mentions:
        told_just_before, prev = told_by is not None and told_by is prev, m
        sent = sentence_of(m.start)
        para = paragraph_of(m.start)
        hint = last_sentence_year.get(sent, ref.year if ref else None)
        if sent in sentence_range and ref is not None and sentence_range[sent][0] <= ref.year <= sentence_range[sent][1]:
            # 'lùi tựu trường năm học 2021 - 2022 đến ngày 1/9': a stretch the article's time is in
            # does not give a year-less day its last year
            hint = ref.year
        elif sent in new_year_feast and m.a is not None and m.a.year is None and not m.a.lunar \
                and (m.a.month or 0) >= 10 and new_year_feast[sent] == hint:
            # 'mở bán vé tàu Tết Đinh Mùi (2027) từ ngày 1/12': the last months before a lunar new
            # year named beside them are the run-up to it, in the year before
            hint -= 1
        lunar_alone = m.a is not None and m.a.lunar and m.a.year is None and not m.a.canchi and m.a.month \
            and ref is not None and ref.date is not None
        if m.info.get("told_year"):
            hint = m.info["told_year"]  # 'Ngày 9/11 … là ngày … vào năm 1946'
        elif m.info.get("year_offset") is not None and m.info.get("after_told") and story_point is not None \
                and (told_para == para or told_para == para - 1 and told_just_before) \
                and (ref is None or story_point.year != ref.year) and not m.info.get("to_come"):
            # 'Sau Hiệp định Giơnevơ (7/1954), … Đầu năm sau, …': the year after the one told, as
            # 'Năm sau' is
            hint = story_point.year + m.info["year_offset"]
        elif m.info.get("year_offset") is not None and m.info.get("after_told") and last_year is not None \
                and counted_para in (para, para - 1) and not m.info.get("to_come"):
            hint = last_year + m.info["year_offset"]  # 'Năm tôi 18 tuổi, … Mùa xuân năm sau, …': after the year counted
        elif m.info.get("year_offset") is not None and ref is not None:
            hint = ref.year + m.info["year_offset"]
            if "festival" in m.info and ref.date is not None and m.a is not None and m.a.lunar \
                    and m.a.month == 1 and (m.a.day or 1) <= 10:
                # ('Tết Nguyên đán năm ngoái' told in November 2026: the Tết before the one at hand,
                # 2026; told in March 2026, the Tết before the one just gone, 2025)
                hint = _nearest_lunar_year(m.a, ref.date) + m.info["year_offset"]
            if "festival" in m.info and ref.date is not None and m.a is not None and not m.a.lunar \
                    and m.a.month and m.a.day:
                # ('Tết Dương lịch năm ngoái' told on 31/12/2024: the year before the feast just ahead)
                hint += _nearest_turn_of_year(m.a.month, m.a.day, ref.date)
        elif lunar_alone and (offset := relative_year.get(sent)) is not None:
            # 'Năm ngoái, tôi bán hết hàng từ ngày 25 tháng Chạp' (told in January 2025, the Chạp
            # of Giáp Thìn): last year's Chạp is the lunar year before the one nearest now
            # ('Năm nay, lễ hội diễn ra vào ngày 10/3 âm lịch' told in November: this lunar year's,
            # gone by, not next year's nearer one; 'Năm ngoái, … từ ngày 25 tháng Chạp' told in
            # October 2020, the lunar year before this one, Kỷ Hợi; but Tết's own days, '30 Tết',
            # 'mùng 3 Tết' told in January before Tết, are those of the Tết in this solar year)
            hint = _lunar_year_of(ref.date) + offset
            if m.a.month == 1 and (m.a.day or 1) <= 10:
                hint = _lunar_year_falling_in(m.a, ref.date.year + offset) or _nearest_lunar_year(m.a, ref.date) + offset
        elif lunar_alone and last_year is not None and ref.year - last_year > 1 and story_point is not None \
                and story_point.year == last_year and told_para in (para, para - 1) and para not in now_paras \
                and sent not in yearless_sents and not m.info.get("to_come"):
            # 'Trong Tổng tiến công … Tết Mậu Thân 1968, … ¶ Tại thị xã Tuy Hòa, đúng giao thừa, …'
            # under a stamp of 2018: a feast of the story told, not of the year the page was saved
            hint = last_year
        elif para in lunar_told and m.a is not None and m.a.lunar and m.a.year is None and not m.a.canchi \
                and m.a.month and not m.info.get("direction") and not m.info.get("year_offset"):
            # 'Đêm mùng 3 Tết Kỷ Dậu, … Sáng mùng 5 Tết, …': a lunar day after another in its
            # paragraph is of the same feast, the nearest its day
            hint = _nearest_lunar_year(m.a, lunar_told[para])
        elif sent not in last_sentence_year and ref is not None and ref.date is not None \
                and m.a is not None and m.a.lunar and m.a.year is None and not m.a.canchi and m.a.month:
            # 'cận Tết Nguyên đán' late in the year, 'ngày 20 tháng Chạp' in January: the lunar
            # year whose day falls nearest the article's time (a lunar year straddles two solar ones)
            hint = _nearest_lunar_year(m.a, ref.date)
        elif ref is not None and ref.date is None and m.a is not None and m.a.lunar and m.a.year is None \
                and not m.a.canchi and m.a.month and para in chain and chain[para].day \
                and chain[para].year == ref.year:
            # ('… trồng xong trước ngày 15/11 để kịp thu hoạch trước Tết Nguyên đán', in a story with no
            # day of its own: the feast nearest the day told before it)
            hint = _nearest_lunar_year(m.a, dt.date(chain[para].year, chain[para].month, chain[para].day))
        elif "festival" in m.info and ref is not None and ref.date is not None and m.a is not None \
                and m.a.year is None and not m.a.lunar and m.a.month and m.a.day \
                and (shift := _nearest_turn_of_year(m.a.month, m.a.day, ref.date)):
            # ('Đêm giao thừa dương lịch' told on 2/1/2025 is the eve just gone, 31/12/2024)
            hint = ref.date.year + shift
        elif m.info.get("same_year") and last_year is not None:
            hint = last_year
        elif m.a is not None and m.a.year is None and m.a.precision in ("half", "quarter") \
                and (later := later_year.get(id(m))) is not None:
            hint = later[0]
        elif sent not in last_sentence_year and m.a is not None and m.a.year is None \
                and m.a.precision in ("day", "month") and not m.a.canchi and not m.a.lunar and m.kind != "relative":
            if (later := later_year.get(id(m))) is not None and not (
                    ref is not None and ref.date is not None and ref.source in ("given", "page", "lead")
                    and (later[0] < ref.year and (later[1] - (m.a.month or later[1])) % 12 > 3
                         # ('Chiều 1/4, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3 năm 2025', told
                         # on 2/4/2025: a day just before the article's in its year names an earlier
                         # month as what the meeting is about, not as a time after it)
                         or later[0] == ref.year and m.a.precision == "day" and m.a.month and m.a.day
                         and not _after_day(ref.year, m.a.month, m.a.day, ref.date)
                         and (ref.date.month - m.a.month) % 12 <= 1)):
                # ('Sáng 21/4, Thủ tướng thăm … cây đa do Tổng Bí thư trồng … vào tháng 8/2023',
                # told in 2024: a date well apart in an earlier year is another time, not the
                # day's year; 'ngày 30/12 và 2/1/2021' are close)
                hint = later[0] - (1 if (m.a.month or 0) > later[1] else 0)
            elif para in chain and not m.info.get("after_works") and not (m.info.get("to_come") and ref is not None
                                        and _chain_year(chain[para], m.a) < ref.year) \
                    and not (ref is not None and last_year is not None and chain[para].year < last_year <= ref.year
                             and chain[para].year < ref.year) \
                    and not _near_the_page_far_from_the_story(ref, chain[para], m.a) \
                    and not (m.info.get("direction") and ref is not None and chain[para].year < ref.year):
                # (nor a day said to be just gone or to come, 'Ngày 12/7 vừa qua': the article's last one)
                # (not a day still to come after an old record: 'Mẫu Sơn ghi nhận -4 độ C vào ngày
                # 24/1/2016. Dự báo đến cuối tuần, từ ngày 7/12, …' is the article's December; nor
                # one after a history told on past its day: 'Ngày 24/2/2014, … Năm 2022, … Trong tuần
                # lễ từ 21 đến 27/4, …' is the article's April)
                hint = _chain_year(chain[para], m.a)
                if m.info.get("flashback") and m.a.month and m.a.month > (chain[para].month or 12) \
                        and hint == chain[para].year:
                    # ('… ngày 1/1/2025. Trước đó, từ 21h ngày 31/12, …': before it, so in the year before)
                    hint -= 1
            elif story is not None and (ref is None or story.year != ref.year) and \
                    any(pos > m.start and y == story.year for pos, y in stated.get(para, ())):
                hint = _chain_year(story, m.a)
            elif story is not None and ref is not None and ref.date is None and ref.source == "body" \
                    and story.year < ref.year and opens_in_history and story.month and m.a.precision == "month" \
                    and 0 <= m.a.month - story.month <= 6 and not m.info.get("direction") and not m.info.get("to_come"):
                # ('Tháng 8/1945, … Ngày 20/8, … ¶ Tháng 9, quân Tưởng kéo vào …': a history that opens
                # with its year goes on in it, paragraph after paragraph, as long as its months go forward;
                # a news story's year-less day, 'Sáng 12/5', keeps the article's year)
                hint = story.year
            elif story is not None and ref is not None and ref.date is not None and story.year < ref.year \
                    and ref.source in ("page", "given") and m.a.precision == "day" and not m.info.get("direction") \
                    and not m.info.get("to_come") and para not in now_paras \
                    and _after_day(ref.year, m.a.month, m.a.day, ref.date) \
                    and 0 <= (m.a.month - story.month) % 12 <= 3:
                # 'Đúng 6h30 sáng ngày 16/9/1950, quân ta nã pháo … ¶ Ngày 17/10 chiến dịch kết thúc
                # thắng lợi', published on 1/10/2020: a past day that would fall after the page's
                # goes on the old story it follows, a few weeks later (not in a paragraph told of
                # now: 'Hôm qua, … khai mạc triển lãm, kéo dài đến ngày 30/11')
                hint = _chain_year(story, m.a)
        if ref is not None and ref.date is not None and hint == ref.year and sent not in last_sentence_year \
                and para not in chain and m.kind == "point" and m.a is not None and m.a.year is None \
                and m.a.precision == "day" and not m.a.lunar and not m.a.canchi and m.a.month and m.a.day \
                and not m.info.get("direction") and m.info.get("year_offset") is None:
            # ('Dự báo trong dịp nghỉ Tết, lượng khách tăng cao từ chiều 31/12', in a story of
            # 1/1/2025: a year-less day just across the turn of the year is the nearest one)
            hint += _nearest_turn_of_year(m.a.month, m.a.day, ref.date)
        if ref is not None and ref.date is None and hint == ref.year and m.info.get("to_come") and story_day \
                and m.a is not None and m.a.year is None and not m.a.lunar and m.a.month \
                and story_day[0] - m.a.month >= 3 and para not in chain:
            # ('Sáng 5/9, … khai giảng năm học …; học kỳ I sẽ kết thúc trước ngày 15/1': a day still to
            # come, months before the story's in the calendar, is in the next year)
            hint += 1
        if (by := m.info.get("restated_by_cycle")) and (near := hint if hint is not None else (ref.year if ref else None)) \
                and (lunar_year := _cycle_turn_of_day(by, near, m.a)) is not None \
                and (solar := lunar_to_solar(lunar_year, by[1], by[2], by[3])) is not None:
            hint = solar.year  # 'Ngày 24/2 (ngày 27 tháng Giêng năm Ất Tỵ)': 24/2/2025
        if (said := m.info.get("restated_solar")) is not None:
            # (the lunar year of the two around the solar one whose day it is)
            hint = next((y for y in (said[0] - 1, said[0])
                         if lunar_to_solar(y, m.a.month, m.a.day, m.a.leap) == dt.date(*said)), hint)
        cycle = m.b if m.kind == "range" and m.b is not None and m.b.canchi else m.a
        if cycle is not None and cycle.canchi and cycle.year is None and m.info.get("restated_year"):
            # 'Ngày 25 tháng 11 năm Mậu Thân (tức ngày 22/12/1788)': the bracket tells the cycle's turn
            hint = m.info["restated_year"]
        elif cycle is not None and cycle.canchi and cycle.year is None and m.info.get("birth") \
                and life_start is not None and canchi_year(cycle.canchi, life_start) == life_start:
            # 'Nguyễn Trãi (1380-1442) … Ông sinh năm Canh Thân': the birth is the span's start
            hint = life_start
        elif cycle is not None and cycle.canchi and cycle.year is None and last_year is not None \
                and (near := canchi_year(cycle.canchi, last_year)) is not None and abs(near - last_year) <= 5:
            # 'Năm 1944, … Năm Ất Dậu, nạn đói …', 'Cuối năm 1788, … Ngày 25 tháng 11 năm Mậu
            # Thân': a year named in the cycle, told in a story of its time, is that time's, not
            # the cycle's latest
            hint = last_year
        if m.info.get("yy") is not None and m.a is not None and m.a.year is None:
            # 'ngày 2-9-45': the century that puts the year at or before the article's time
            now = ref.year if ref else None
            if now is not None:
                century = now // 100 * 100
                hint = century + m.info["yy"] if century + m.info["yy"] <= now + 1 else century - 100 + m.info["yy"]
            elif (anchor := last_year if last_year is not None else birth_year) is not None:
                # with no time of its own, the story's year (or birth) told before it ('sinh năm
                # 1949; hy sinh ngày 12/10/72'): the year of that century nearest it
                hint = anchor // 100 * 100 + m.info["yy"]
                hint += 100 if hint < anchor - 50 else -100 if hint > anchor + 50 else 0
            else:
                continue
        notes: list[str] = list(m.notes)
        value: TimeValue | None = None
        if m.kind == "range" and m.a.lunar and m.b.lunar and m.a.year is None and not m.a.canchi and m.b.canchi \
                and hint is not None and (b_year := canchi_year(m.b.canchi, hint)) is not None:
            # 'từ đêm 30 Tết đến mùng 5 Tết Kỷ Dậu': the first end is in the cycle year the
            # second names, or the one before when its month comes later
            hint = b_year - 1 if (m.a.month or 0) > (m.b.month or 0) else b_year
        # the article's day, or with none, the story's latest day of its year ('Ngày 3/1, … Riêng
        # tháng 12 vừa qua, …': the December gone by the third of January)
        now_day = ref.date if ref is not None and ref.date is not None else \
            dt.date(news_day.year, news_day.month, news_day.day) if news_day is not None else None
        if m.info.get("direction") and m.a is not None and m.a.year is None and now_day is not None:
            # 'hồi tháng 5 vừa qua' is the May gone by the article's time, whatever year the
            # sentence told before it ('… từ năm 1947 đến năm 1954, … hồi tháng 5 vừa qua')
            hint = now_day.year
        if m.info.get("counted_year"):
            hint = m.info["counted_year"]  # ('Sau hơn 18 tháng thi công, … từ ngày 1/11'): the span's year
        if m.kind in ("point", "range", "before", "after", "until_now", "from_now"):
            a, inf_a, n_a = _complete_point(m.a, hint)
            # 'Tháng 1 tới' is the January to come, 'Tháng 10 vừa qua' the October gone
            if a is not None and "year" in inf_a and now_day is not None and m.info.get("direction"):
                step = _year_step(a, now_day, m.info["direction"])
                if step:
                    a, inf_a, n_a = _complete_point(m.a, hint + step)
            notes += n_a
            if a is None:
                continue
            inferred = inf_a
            if m.info.get("a_day_offset") and a.precision == "day":
                d = dt.date(a.year, a.month, a.day) + dt.timedelta(days=m.info["a_day_offset"])
                a = tv.day(d.year, d.month, d.day)
            if m.kind == "range":
                # (two lunar days take the lunar year the first was read in, not its solar year:
                # 'cuối tháng Chạp' runs from the 21st to the 30th of one lunar month)
                lunar_pair = m.a.lunar and m.b.lunar and m.a.year is None and m.b.year is None
                # (a decade's century is found as the first's: 'thập kỷ 60-70 của thế kỷ trước')
                # (and a century counted from the article's: 'cuối thế kỷ trước, đầu thế kỷ này')
                relative_century = m.b.precision == "century" and m.b.century_n is not None and m.b.century_n <= 0
                b, inf_b, n_b = _complete_point(m.b, hint if lunar_pair or not a or m.b.decade2 is not None
                                                or relative_century else a.year)
                if b is not None and m.b.year is None and not lunar_pair and a.year is not None \
                        and day_key(b.last_day()) < day_key(a.first_day()):
                    # ('Đêm 31/12 rạng sáng 1/1', 'từ 28/12 đến 3/1': the second end is in the next year)
                    b, inf_b, n_b = _complete_point(m.b, a.year + 1)
                notes += n_b
                if b is None or day_key(b.last_day()) < day_key(a.first_day()):
                    continue
                if m.info.get("month_end") and b.precision == "day" and not m.b.lunar:
                    b = tv.day(b.year, b.month, min(m.b.day, tv.days_in_month(b.year, b.month)))
                value = TimeValue(a, b, inferred=inferred + inf_b)
                if "span_parts" in m.info:  # 'cuối thế kỷ XIX đầu thế kỷ XX', 'từ thế kỷ XV đến năm 1789'
                    first, last = m.info["span_parts"]
                    if (first is None or a.span) and (last is None or b.span):
                        value = TimeValue(_span_part(a, first).start if first is not None else a,
                                          _span_part(b, last).end if last is not None else b,
                                          approximate=first is not None or last is not None, inferred=inferred + inf_b)
            elif m.kind == "before":
                value = TimeValue(None, a, inferred=inferred)
            elif m.kind == "from_now":
                if ref is None or day_key(a.last_day()) < day_key(ref.point().first_day()):
                    continue
                # ('… Sáng 12/11, đoàn … kiểm tra … ¶ … từ nay đến hết tháng 12': with no day of the
                # article's own, now is the story's latest day of its year)
                now = news_day if ref.date is None and news_day is not None \
                    and day_key(news_day.first_day()) <= day_key(a.last_day()) else ref.point()
                value = TimeValue(now, a, inferred=inferred + ("date",))
            elif m.kind in ("after", "until_now"):
                if "span_part" in m.info and a.span:  # ('từ đầu thế kỷ XIX đến nay': from 1800)
                    a = _span_part(a, m.info["span_part"]).start
                value = TimeValue(a, OPEN, inferred=inferred)
            elif "span_part" in m.info and a.span:
                value = _span_part(a, m.info["span_part"]).with_inferred(*inferred)
            else:
                value = TimeValue(a, inferred=inferred)
                if m.info.get("day_offset") and a.precision == "day":
                    d = dt.date(a.year, a.month, a.day) + dt.timedelta(days=m.info["day_offset"])
                    value = TimeValue(tv.day(d.year, d.month, d.day), inferred=inferred)
                elif m.info.get("days_before") and a.precision == "day":
                    # ('những ngày giáp Tết': the days leading up to it, not the day itself)
                    d = dt.date(a.year, a.month, a.day)
                    first, last = d - dt.timedelta(days=m.info["days_before"]), d - dt.timedelta(days=1)
                    value = TimeValue(tv.day(first.year, first.month, first.day), tv.day(last.year, last.month, last.day),
                                      inferred=inferred)
            approx = m.approx or m.a.approx or (m.b.approx if m.b else False)
            if approx or (m.a.lunar and m.a.precision == "year"):
                value = replace(value, approximate=True)
            if m.info.get("year_offset") is not None and not m.info.get("after_told") and isinstance(value.start, Point) \
                    and not m.a.lunar:
                # 'Trong mùa đông năm nay, … vào cuối tháng 11': the year a season of now is in is the
                # sentence's, for the year-less days after it
                last_sentence_year[sent] = value.start.year
            for p in (value.start, value.end):
                if isinstance(p, Point) and p.precision != "century":
                    # (a year named in the cycle, 'Tết Giáp Thìn', is written too)
                    # (not a founding's year that only the feast's lexicon knows: 'Lễ kỷ niệm 80
                    # năm Ngày truyền thống Công an nhân dân, sáng 17-8, …' is 17-8 of the article's year)
                    # (nor a birth's: 'Bà … (SN 1967, quê Ninh Bình) tái đắc cử … ngày 26/9')
                    if ("year" not in inferred or (m.a.canchi and not m.info.get("restated_year"))) \
                            and not (m.info.get("anniversary_pair") == "founding" and "festival" in m.info) \
                            and not m.info.get("birth") and not (m.info.get("plan") and m.kind == "point" and p.precision == "year"):
                        # (nor a plan's year: 'xây dựng phương án tăng trưởng năm 2026 … vào chiều
                        # 28-12' is a day of the year before the plan's)
                        last_year = p.year
                        last_sentence_year[sent] = p.year
                        if "festival" in m.info and m.a.lunar and m.a.month == 1 and (m.a.day or 1) <= 10:
                            new_year_feast[sent] = p.year
                        else:
                            new_year_feast.pop(sent, None)
                        told_after_cue[sent] = first_anniversary.get(sent, m.start + 1) < m.start \
                            or m.info.get("anniversary_pair") == "founding"
                    if p.precision in ("day", "month") and not m.a.lunar and m.info.get("anniversary_pair") != "founding" \
                            and not m.info.get("record_since"):
                        # (not the date a record is counted from: 'Đây là cuộc bầu cử … đầu tiên kể từ
                        # tháng 10/2021. … vào ngày 11/11' is the story's November)
                        chain[para] = p
                        story = p
                    if m.a is not None and m.a.lunar and p.precision == "day" and p.year > 0:
                        lunar_told[para] = dt.date(p.year, p.month, p.day)
            if "year" not in inferred and isinstance(value.start, Point) and isinstance(value.end, Point) \
                    and value.start.precision != "century":
                sentence_range[sent] = (value.start.year, value.end.year)
                if value.is_interval:
                    life_start = value.start.year
            elif "year" not in inferred:
                sentence_range.pop(sent, None)
            if value.start is not None and value.start.precision == "day" \
                    and (not value.is_interval or m.rule == "overnight") and "festival" not in m.info \
                    and 1 <= value.start.year and not (m.info.get("report") and last_day is not None
                                                       and day_key(last_day.first_day()) < day_key(value.start.first_day())) \
                    and not (m.info.get("as_of") and last_day is not None) and not m.info.get("aside"):
                # (a report given after the story it tells leaves 'cùng ngày' the story's day; a
                # night over two days, 'Đêm 9 rạng sáng 10/2/1930', is the day 'Cùng đêm' goes back to)
                last_day, last_day_para = value.start, para
                last_day_flashback = bool(m.info.get("flashback"))
                if ref is not None and value.start.year == ref.year and not m.info.get("anniversary_pair") \
                        and not m.info.get("flashback") \
                        and (news_day is None or day_key(value.start.first_day()) >= day_key(news_day.first_day())):
                    # (a day told after the story's and before it is its background: 'Sáng 6/11, …
                    # lễ truy điệu … ¶ … đã từ trần … ngày 3/11/2025')
                    news_day = value.start
        elif m.kind == "relative":
            if ref is None and not (m.info.get("after_told") and m.a is None and story_point is not None):
                continue  # (a history of years before 1000 has no time of its own: 'Năm 979, … Năm sau, …')
            if m.a is not None:  # 'Chiều nay (16/10)': the bracketed date, in the article's year
                a, inferred, n_a = _complete_point(m.a, ref.date.year if ref.date else ref.year)
                notes += n_a
                value = TimeValue(a, inferred=inferred) if a else None
            else:
                value = None
                if m.info.get("after_told") and (told_para == para or told_para == para - 1 and told_just_before) \
                        and story_point is not None and (ref is None or story_point.year != ref.year) \
                        and not (ref is not None and m.info.get("to_come")):
                    # (not a plan: 'Năm sau, Ban liên lạc dự kiến tổ chức …' is the year after the article's)
                    # (in its paragraph, or the date just before it in the one before: 'Năm 1930, …
                    # ¶ Mùa xuân năm sau, …')
                    value = _after_told(story_point, m.info["unit"], m.info.get("offset", 1))
                if value is None and m.info.get("after_told") and m.info["unit"] == "year" and last_year is not None \
                        and counted_para in (para, para - 1) and not (ref is not None and m.info.get("to_come")):
                    # 'Năm tôi 18 tuổi, … Mùa xuân năm sau, …': the year after one counted, told since
                    value = TimeValue(tv.year(last_year + m.info.get("offset", 1)), approximate=True, inferred=("year",))
                if value is None and m.info.get("written") and story_point is not None and story_point.precision == "day" \
                        and told_para in (para, para - 1) and story_point.year > 1:
                    # 'Lá thư … đề "Trường Sơn, ngày 15 tháng 3 năm 1972". Trong thư, ông viết: "… hôm
                    # qua …"': counted from the day the letter is dated
                    d = dt.date(story_point.year, story_point.month, story_point.day) + dt.timedelta(days=m.info["offset"])
                    value = TimeValue(tv.day(d.year, d.month, d.day), inferred=("date",))
                if value is None and ref is None:
                    pass
                elif value is None and "weekday" in m.info:
                    value = _weekday_near(ref, m.info["weekday"], m.info["offset"])
                elif value is None:
                    offset = m.info["offset"]
                    if m.info.get("weekend_this") and "weekdays" not in m.info and ref.date is not None \
                            and ref.date.weekday() >= 5:
                        offset = 0  # 'tuần qua' in a weekend's review: the week now ending
                    value = _shift(ref, m.info["unit"], offset)
                    if value is not None and m.info["unit"] == "year" and ref.date is not None \
                            and m.info.get("of_tet"):
                        # 'Tết năm ngoái' told in November 2026: the Tết before the one at hand
                        tet = _nearest_lunar_year(Part(None, 1, 1, "day", lunar=True), ref.date)
                        value = TimeValue(tv.year(tet + m.info["offset"]), inferred=("year",))
                if value is not None and "days" in m.info:  # 'cuối tháng này': days 21 to the end
                    mo = value.start
                    last = tv.days_in_month(mo.year, mo.month)
                    lo, hi = m.info["days"][0], min(m.info["days"][1], last)
                    value = TimeValue(tv.day(mo.year, mo.month, lo), tv.day(mo.year, mo.month, hi),
                                      inferred=value.inferred)
                elif value is not None and "weekdays" in m.info:  # 'cuối tuần này': its Saturday and Sunday
                    monday = dt.date(value.start.year, value.start.month, value.start.day)
                    lo, hi = (monday + dt.timedelta(days=d) for d in m.info["weekdays"])
                    value = TimeValue(tv.day(lo.year, lo.month, lo.day),
                                      tv.day(hi.year, hi.month, hi.day) if hi != lo else None, inferred=value.inferred)
            if value is not None and m.info.get("until_now"):  # 'từ đầu tháng đến nay': its first day on
                value = TimeValue(value.start, OPEN, inferred=value.inferred)
            if value is not None and m.approx:  # 'cách đây hơn 3 tháng', 'cách đây 2 tuần'
                value = replace(value, approximate=True)
            if value is not None and m.info.get("unit") == "year" and isinstance(value.start, Point):
                last_sentence_year[sent] = value.start.year  # 'Năm ngoái, … vào ngày 23/10': that year's
            if value is not None and m.info.get("unit") == "day" and isinstance(value.start, Point) \
                    and value.start.precision == "day" and not value.is_interval:
                last_day, last_day_para = value.start, para  # 'Tối qua, … Cùng ngày, …': the same evening's day
                last_day_flashback = False
                if ref is not None and value.start.year == ref.year \
                        and (news_day is None or day_key(value.start.first_day()) >= day_key(news_day.first_day())):
                    news_day = value.start  # ('Sáng nay, … ¶ Ngày 9/5/1945, … ¶ Chiều cùng ngày, …': the news's day)
        elif m.kind == "same_day":
            if last_day is not None and last_day_para != para and news_day is not None and ref is not None \
                    and (last_day.year != ref.year or last_day_flashback
                         or day_key(last_day.first_day()) < day_key(news_day.first_day())):
                # 'Sáng 26/7, … lễ dâng hương … ¶ Ngày 27/7/1947, … ¶ Tối cùng ngày, …': a paragraph
                # after a history aside goes back to the news story's day; so does one after a day
                # told as earlier ('Trước đó, chiều 29.10, …')
                last_day = news_day
            elif last_day is not None and news_day is not None and ref is not None and last_year is not None \
                    and last_day.year < last_year and last_day.year < ref.year:
                # ('… được thành lập ngày 8/8/1959. Năm 2011, … Giai đoạn 2019 – 2023, … Ngay sau lễ ký
                # kết, chiều cùng ngày, …': the history told on past the old day; the same day is the news's)
                last_day = news_day
            if last_day is not None:
                d = dt.date(last_day.year, last_day.month, last_day.day) + dt.timedelta(days=m.info["offset"])
                value = TimeValue(tv.day(d.year, d.month, d.day), inferred=("date",))
                if "offset_end" in m.info:
                    # 'Mấy ngày sau, …': some days after, a stretch told roughly (the story's day stays)
                    e = dt.date(last_day.year, last_day.month, last_day.day) + dt.timedelta(days=m.info["offset_end"])
                    value = TimeValue(value.start, tv.day(e.year, e.month, e.day), approximate=True, inferred=("date",))
                else:
                    last_day = value.start
        elif m.kind == "same_year":
            if m.info.get("plural") and last_years is not None:
                # ('từ năm 1976 đến năm 1986 … Trong những năm ấy, …': those years, all of them)
                value = TimeValue(last_years.start, last_years.end, inferred=("year",))
            elif last_year is not None:
                value = TimeValue(tv.year(last_year), inferred=("year",))
        elif m.kind == "same_month":
            if story is not None and story.month:
                value = TimeValue(tv.month(story.year, story.month), inferred=("month",))
        elif m.kind == "since_told":
            # 'Từ đó đến nay': from the date told before, to now or to the year named
            if story_point is not None and (m.info.get("until") is None or m.info["until"] >= story_point.year):
                end = tv.year(m.info["until"]) if m.info.get("until") else OPEN
                value = TimeValue(story_point, end, inferred=("date",))
        elif m.kind in ("years_later", "years_before_that"):
            if last_year is not None and not (m.kind == "years_later" and ref is not None and ref.source != "body"
                                              and last_year + m.info["n"] > ref.year):
                # (not past the story's own time: 'tháng 1/2009 … Sau 18 năm, chương trình đã lan
                # rộng …' told in 2026 is how long it has run, not the year 2027)
                sign = 1 if m.kind == "years_later" else -1
                value = TimeValue(tv.year(last_year + sign * m.info["n"]), approximate=True,
                                  inferred=("year",))
        elif m.kind == "months_later":
            # 'Ngày 3/2/1930, … Ba tháng sau, …': counted from the month of the date told last
            # (a year alone says no month to count from)
            if story_point is not None and story_point.precision in ("day", "month"):
                k = story_point.year * 12 + story_point.month - 1 + m.info["n"]
                value = TimeValue(tv.month(k // 12, k % 12 + 1), approximate=True, inferred=("month",))
        elif m.kind == "age":
            # 'Năm 17 tuổi, ông …' after 'sinh … năm 1920': about 1937; not beside a date of its own
            if birth_year is None and m.info.get("age_now") and ref is not None and ref.source in ("given", "page"):
                birth_year = ref.year - m.info["age_now"]  # 'Ông Pản, 78 tuổi, …' told in 2025: born about 1947
            if birth_year is not None and sent not in last_sentence_year \
                    and not (told_para in (para, para - 1) and story_point is not None
                             and story_point.year in (birth_year + m.info["n"] - 1, birth_year + m.info["n"])):
                # (not the year the story has just told: 'Đêm 14 rạng sáng 15/7/1968, … Chị hy sinh
                # khi mới 21 tuổi' says her age on that night, not another event; 'Năm 248, bà … khởi
                # nghĩa … bà hy sinh … khi mới 23 tuổi', born in 226, counts her age as the old
                # reckoning does, a year on)
                value = TimeValue(tv.year(birth_year + m.info["n"]), approximate=True, inferred=("year",))
        elif m.kind == "years_ago":
            if ref is not None and (ref.source != "body" or ref.year >= _MODERN_TELLING):
                # (a history that tells no year later than 1949 is not told then: 'cách đây tròn
                # 73 năm' counts from a day it does not say)
                value = TimeValue(tv.year(ref.year - m.info["n"]), approximate=True, inferred=("year",))
        elif m.kind == "anniversary":
            base = m.info.get("from_year") or (ref.year if ref is not None else None)
            told = last_sentence_year.get(sent)
            if told_after_cue.get(sent):
                # ('… kỷ niệm 75 năm Chiến thắng … năm 1947 và …, 20 năm thành lập TP Lạng Sơn': a
                # year inside what an earlier anniversary commemorates is no ceremony's year)
                told = None
            if not m.info.get("from_year") and told is not None and told - m.info["n"] > 0 \
                    and (base is None or base - m.info["n"] != told):
                # 'Năm 2010, Hà Nội tổ chức Đại lễ kỷ niệm 1.000 năm Thăng Long': the ceremony's
                # year is the sentence's (unless that year is the founding itself, counted
                # back from the article's)
                base = told
            if base is not None and base - m.info["n"] != 0:
                y = base - m.info["n"]
                y = y - 1 if y <= 0 else y
                value = TimeValue(tv.year(y), inferred=("year",))
        elif m.kind == "named":
            value = parse_edtf(m.info["edtf"], approximate=m.info["approximate"])
            if value is not None and "span_part" in m.info:
                value = _part_of_period(value, m.info["span_part"])
            if value is not None and m.info.get("relation") == "after" and value.end != OPEN:
                # 'Sau Cách mạng Tháng Tám năm 1945': from the event's end on
                last = value.end if isinstance(value.end, Point) else value.start
                value = TimeValue(last, OPEN, approximate=value.approximate)
            elif value is not None and m.info.get("relation") == "before" and isinstance(value.start, Point):
                value = TimeValue(None, value.start, approximate=value.approximate)
        if value is None:
            continue
        if m.kind in _COUNTED_ON and isinstance(value.start, Point):
            # ('Hai năm sau, … Cũng trong năm đó, …': a year counted on is the story's next year,
            # what 'that year' then means, and what a further count goes on from)
            last_year = value.start.year
            counted_para = para
        if m.info.get("birth") and isinstance(value.start, Point) and "year" not in value.inferred:
            birth_year = value.start.year
        elif _is_life_span(m, value):
            birth_year = value.start.year  # 'Nhà thơ Nông Văn Hiền (1932 - 2009) …; Năm 16 tuổi, ông …'

        if m.kind == "range" and isinstance(value.start, Point) and isinstance(value.end, Point) \
                and value.start.precision == value.end.precision == "year":
            last_years = value
        if m.kind in ("point", "range") and isinstance(value.start, Point) and not value.inferred \
                and value.start.precision in ("day", "month", "year"):
            story_point, told_para = (value.end if isinstance(value.end, Point) else value.start), para
            told_by = m
            counted_para = -1
        out.append(Resolved(m, value, list(dict.fromkeys(notes))))
    return _drop_restated_names(_join_relative_ranges(out), sentence_of, ref)


def _join_relative_ranges(found: list[Resolved]) -> list[Resolved]:
    """'Từ chiều tối nay đến ngày mai (10/9)': the two days marked as one stretch
    (mentions.mark_relative_ranges), now placed, become that stretch."""
    out: list[Resolved] = []
    i = 0
    while i < len(found):
        r = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        to = r.mention.info.get("range_to")
        if to is not None and nxt is not None and nxt.mention.start == to and isinstance(r.value.start, Point) \
                and not r.value.is_interval and isinstance(nxt.value.start, Point):
            last = nxt.value.end if isinstance(nxt.value.end, Point) else nxt.value.start
            a, b = r.value.start, last
            if (a.year, a.month or 0, a.day or 0) < (b.year, b.month or 0, b.day or 0):
                m = Mention(r.mention.info["range_from"], nxt.mention.end, "range",
                            Part(a.year, a.month, a.day, a.precision), Part(b.year, b.month, b.day, b.precision),
                            rule=f"{r.mention.rule}+{nxt.mention.rule}")
                inferred = tuple(dict.fromkeys(r.value.inferred + nxt.value.inferred))
                out.append(Resolved(m, TimeValue(a, b, inferred=inferred), r.notes + nxt.notes))
                i += 2
                continue
        out.append(r)
        i += 1
    return out


def day_key(day_text: str | None) -> tuple[int, int, int] | None:
    """'±YYYY-MM-DD' → comparable (year, month, day)."""
    if not day_text:
        return None
    sign = -1 if day_text.startswith("-") else 1
    y, m, d = day_text.lstrip("-").split("-")
    return sign * int(y), int(m), int(d)


def _from_lexicon(m: Mention) -> bool:
    """A date known from the lexicon, not written: it gives way to written ones, unless it is
    what an anniversary commemorates."""
    return (m.kind == "named" or "festival" in m.info) and not m.info.get("anniversary_pair")


def _drop_restated_names(found: list[Resolved], sentence_of, ref: Reference | None) -> list[Resolved]:
    """'Ngày 2/9/1945, … đọc Tuyên ngôn Độc lập': a named event that the sentence also dates
    outright is one event, told by its date."""
    now = ref.point() if ref else None
    if not any(_from_lexicon(r.mention) for r in found):
        return found
    # the written dates, their sentence and days, once (a long text has thousands)
    written = []
    for o in found:
        if _from_lexicon(o.mention) or o.mention.info.get("quoted_name") or (b0 := day_key(o.value.first_day())) is None:
            continue  # (nor the year that ends a quoted name: '"Xuân quê hương 2026" đón Tết Nguyên đán')
        written.append((sentence_of(o.mention.start), b0, day_key(o.value.last_day(now)) or b0, o.value.is_interval))
    out = []
    for r in found:
        if _from_lexicon(r.mention):
            # 'Tháng 10/1950, sau chiến thắng Biên giới, …': the event itself, not the time after it
            v = parse_edtf(r.mention.info["edtf"]) if r.mention.info.get("relation") else r.value
            v = v or r.value
            a0, a1 = day_key(v.first_day()), day_key(v.last_day(now))
            sent = sentence_of(r.mention.start)
            # a short named event ('Chiến dịch Biên giới', a month) that the article dates
            # day by day elsewhere is told by those dates
            short = a0 is not None and a1 is not None and v.end != OPEN and \
                (a1[0] - a0[0]) * 372 + (a1[1] - a0[1]) * 31 + (a1[2] - a0[2]) <= 400
            restated = a0 is not None and a1 is not None and any(
                (o_sent == sent or short and not r.mention.info.get("relation")) and (
                    # (the time after or before a short event, alone in its sentence, is no
                    # restatement of the days told of the event: 'Sau Cách mạng Tháng Tám năm 1945, …')
                    a0 <= b0 and b1 <= a1  # the date lies within the named event
                    # or, in its sentence, a date that is no period holds it ('Năm 1940, … Khởi
                    # nghĩa Bắc Sơn'); a period around it ('từ 1941 đến 1945 … Cách mạng Tháng
                    # Tám') is another event
                    # (not a feast's one day that a year holds: 'Năm ngoái, … vào đêm Giao thừa Tết
                    # Ất Tỵ' tells the eve; the year is what is said again)
                    or (o_sent == sent and not interval and b0 <= a0 and a1 <= b1
                        and not (r.mention.info.get("timed") and a0 == a1 and b0[1] != b1[1]))
                    # or, in its sentence, a month that a short one runs into ('Tháng 10/1950, …
                    # tham gia Chiến dịch Biên giới', which ended on 14/10)
                    or (o_sent == sent and short and not interval and b0 <= a1 and a0 <= b1
                        and not (r.mention.info.get("timed") and a0 == a1 and b0[1] != b1[1])))
                for o_sent, b0, b1, interval in written)
            if restated:
                continue
        out.append(r)
    return out


_EDTF_POINT = re.compile(r"(-?\d{4})(?:-(\d\d))?(?:-(\d\d))?")


def _edtf_point(s: str) -> Point | None:
    m = _EDTF_POINT.fullmatch(s)
    if not m:
        return None
    y = int(m[1])
    if m[3]:
        return tv.day(y, int(m[2]), int(m[3]))
    if m[2]:
        return tv.month(y, int(m[2]))
    return tv.year(y)


def parse_edtf(s: str, approximate: bool = False) -> TimeValue | None:
    """The small EDTF subset the lexicons use: points, intervals, open ends."""
    if "/" in s:
        a, b = s.split("/", 1)
        start = None if a == ".." else _edtf_point(a)
        end = OPEN if b == ".." else _edtf_point(b)
        if (a != ".." and start is None) or end is None:
            return None
        return TimeValue(start, end, approximate=approximate)
    p = _edtf_point(s)
    return TimeValue(p, approximate=approximate) if p else None
