"""The page around a story and what it tells the date stage: a time stamp the story may
contradict, a news agency's credit that dates its lead, a headline that repeats the story's
dates, a feast named as what was held on a day the sentence tells, and the edition year of a
quoted name or a tournament's."""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .dates import Mention, Part
from .lexicon import alternation, load

_HELD = re.compile(r"(?<!\w)(?:tổ\s+chức|khai\s+mạc|phát\s+động|hưởng\s+ứng|tham\s+gia|tham\s+dự|dự)\s+"
                   r"(?:(?:lễ|chương\s+trình|hoạt\s+động)\s+)?$", re.IGNORECASE)


def without_held_feasts(text: str, resolved, sentence_of) -> list:
    """'Hôm qua (15/10), UBND huyện tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021': a feast
    held on the day its sentence tells is what was held then, not its own day (18/11)."""
    if not any("festival" in r.mention.info for r in resolved):
        return resolved
    # (or the month: 'Tháng 9/2026, xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc')
    days = {sentence_of(r.mention.start) for r in resolved
            if "festival" not in r.mention.info and r.value.precision() in ("day", "month")}
    return [r for r in resolved if not (
        "festival" in r.mention.info and not r.mention.info.get("anniversary_pair") and sentence_of(r.mention.start) in days
        and _HELD.search(text, max(0, r.mention.start - 30), r.mention.start))]




def without_edition_years(text: str, resolved, sentence_of) -> list:
    """'Sáng 19/12, … tổ chức chương trình "Tết quân dân" năm 2026': a year right after a quoted
    name, in a sentence whose day falls in another year, is the edition the name carries, not a
    time of its own (in the day's own year, '… "Mẫu Sơn – Mùa hoa đào" năm 2024', it restates the
    day's year and stays: the story's year may rest on it)."""
    day_years: dict[int, set[int]] = {}
    for r in resolved:
        if r.value.precision() == "day" and r.value.start is not None:
            day_years.setdefault(sentence_of(r.mention.start), set()).add(r.value.start.year)
    if not day_years:
        return resolved
    return [r for r in resolved if not (
        r.mention.kind == "point" and r.mention.rule in ("bare_year", "year_with_nam") and r.value.start is not None
        and r.value.precision() == "year"
        and (years := day_years.get(sentence_of(r.mention.start))) and r.value.start.year not in years
        and r.mention.info.get("edition"))]  # (marked by mentions.mark_edition_years: after a quoted name)


@cache
def _competition_before() -> re.Pattern:
    return re.compile(r"(?<![\w.-])(?:" + alternation(load("organisations")["competition_words"]) + r")[ \t]+$")


_YEAR_WORD = re.compile(r"năm[ \t]+", re.IGNORECASE)


def without_competition_editions(text: str, resolved) -> list:
    """'SEA Games 2023', 'V.League 2025/26': a year or a season right after a tournament's name is
    the edition the name carries, not a time of the sentence ('mùa giải 2024/25' is one; so is
    'ra mắt V.League năm 2015').  Dropped once the article's time is read: the edition's year
    may be all that tells it."""
    return [r for r in resolved if not (
        r.mention.kind in ("point", "range") and r.value.precision() == "year" and r.value.start is not None
        and (r.value.end is None or not isinstance(r.value.end, str) and 0 <= r.value.end.year - r.value.start.year <= 1)
        and not _YEAR_WORD.match(text, r.mention.start)  # ('ra mắt V.League năm 2015': a time)
        and _competition_before().search(text, max(0, r.mention.start - 30), r.mention.start))]


@cache
def _part_owner_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["part_owner_words"]) + r")[ \t]+$", re.IGNORECASE)


def without_owned_parts(text: str, resolved, sentence_of) -> list:
    """'Chuyến biển đầu năm của ông bắt đầu từ ngày mùng 6 Tết (tức ngày 3/2/2025)': a part of the
    year after the noun it qualifies names which trip it was; the day told in its sentence, inside
    it, is the time."""
    parts = [r for r in resolved if r.mention.rule == "year_part_alone"
             and _part_owner_before().search(text, max(0, r.mention.start - 24), r.mention.start)]
    if not parts:
        return resolved

    def told_inside(r) -> bool:
        first, last = r.value.first_day(), r.value.last_day()
        return first is not None and last is not None and any(
            o is not r and sentence_of(o.mention.start) == sentence_of(r.mention.start)
            and o.value.precision() in ("day", "month") and (d := o.value.first_day()) is not None and first <= d <= last
            for o in resolved)

    drop = {id(r) for r in parts if told_inside(r)}
    return [r for r in resolved if id(r) not in drop]


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[/\-]\s*(\d{1,2})(?:\s*[/\-]\s*(\d{4}))?")


def credit_mention(text: str, start: int, end: int) -> Mention:
    """'HÀ NỘI, 22/11 (TTXVN) - …': the day a news agency's credit gives its story."""
    d, m, y = _DAY_MONTH_YEAR.match(text, start).groups()
    return Mention(start, end, "point", Part(int(y) if y else None, int(m), int(d), "day"), rule="credit_day")


def stamp_contradicted(mentions, stamp: dt.date) -> bool:
    """Does the story name its own day ('Chiều nay (16/10)', 'Hôm nay, 16/10') as another
    than the stamp's (or the day before it)?"""
    near = {(stamp.month, stamp.day), ((stamp - dt.timedelta(days=1)).month, (stamp - dt.timedelta(days=1)).day)}
    return any(m.kind == "relative" and m.info.get("unit") == "day" and m.info.get("offset", 0) == 0
               and m.a is not None and m.a.month and m.a.day and (m.a.month, m.a.day) not in near for m in mentions)


def without_headline_repeats(resolved, layout) -> list:
    """A headline's date that the story tells again ('Quảng Ninh: 9 tháng năm 2023, thu ngân
    sách …' above '9 tháng năm 2023, tổng thu …') is one event, told in the story."""
    heads = [(b.start, b.end) for b in layout.blocks if b.kind == "title"]
    if not heads:
        return resolved

    def in_headline(r):
        return any(a <= r.mention.start < b for a, b in heads)

    body = [r for r in resolved if not in_headline(r)]
    told = {r.value.edtf() for r in body}

    def retold(r) -> bool:
        if r.value.edtf() in told:
            return True
        if r.mention.kind == "point" and r.value.precision() == "year" and not r.value.is_interval \
                and any(o.value.precision() in ("day", "month") and o.value.edtf().startswith(r.value.edtf() + "-")
                        for o in body):
            # 'Nhớ trận lũ lịch sử năm 1971' above 'Đêm 20 rạng sáng 21/8/1971, …': the headline's
            # year is the story's day, told closer in the story
            return True
        if r.value.precision() == "day" and (first := r.value.first_day()) is not None \
                and (not r.value.is_interval or r.mention.kind == "relative") and any(
                o.value.is_interval and o.value.precision() == "day"
                and (first == o.value.first_day() or not r.value.is_interval and first == o.value.last_day()) for o in body):
            # 'Đêm mai, mưa sao băng … đạt cực đại' above '… vào đêm 12 rạng sáng 13/8': the day
            # begins (or ends) a stretch the story tells; 'Giá lúa gạo tuần qua' above 'Trong tuần
            # từ ngày 10 đến 15/3': the week the story tells to the day
            return True
        if r.value.approximate and r.value.is_interval and r.mention.kind != "named" \
                and (first := r.value.first_day()) and (last := r.value.last_day()) and any(
                o.value.precision() == "day" and (a := o.value.first_day()) is not None
                and a <= last and first <= (o.value.last_day() or a) for o in body):
            # 'Đỉnh mặn sẽ xuất hiện vào đầu tháng 3' above '… từ ngày 28/2 đến 4/3': a part of a
            # month (or a year) the story tells to the day
            return True
        # 'Kỷ niệm 79 năm Cách mạng Tháng Tám …' above '… Cách mạng Tháng Tám thành công
        # (19/8/1945 - 19/8/2024)': a named event the story dates more closely
        if r.mention.kind != "named":
            return False
        first, last = r.value.first_day(), r.value.last_day()
        return first is not None and last is not None and any(
            (d := o.value.first_day()) is not None and first <= d <= last and o.value.precision() == "day" for o in body)

    return [r for r in resolved if not (in_headline(r) and retold(r))]
