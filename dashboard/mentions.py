"""Temporal mentions in context: the passes that join, split, mark and drop the atomic rules'
mentions by what stands around them (a relative day and its bracketed date, anniversary pairs,
a named period's own date, documents, comparisons, recurring days, births, reports), and
`find_mentions`, which runs the rules (dates) and then these passes."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .dates import _AFTER, _BEFORE, _CLOSING_BRACKET, _FROM, FLAGS, NAMED_DAY_GAP, Mention, Part, compose, find_atoms
from .lexicon import alternation, load
from .patterns import fill
from .textnorm import UPPERCASE

# ---------------------------------------------------------------- joins across mentions

_PAREN_AFTER_RELATIVE = re.compile(r"\s*\(\s*$")


_COMMA_DAY_AFTER = re.compile(r"\s*,\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})(?=\s*[,;:)]|\s*$)")


def join_relative_with_date(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Chiều nay (16/10)', 'Sáng nay 7/6': the relative word and its date are one expression."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.a is not None and m.a.canchi and nxt is not None and nxt.kind == "relative" \
                and nxt.info.get("unit") == "year" and nxt.a is None and not text[m.end:nxt.start].strip():
            # 'Xuân Ất Tỵ năm nay', 'Tết Giáp Thìn năm ngoái': the year named in the cycle, said again
            m.end = nxt.end
            out.append(m)
            i += 2
            continue
        if (m.kind == "relative" and m.info.get("unit") == "day" and nxt is not None
                and nxt.kind == "point" and nxt.a.precision == "day"
                and re.fullmatch(r"\s*(?:,\s*)?(?:\(\s*|ngày\s+)?", text[m.end:nxt.start])):
            close = re.match(r"\s*\)", text[nxt.end:]) if "(" in text[m.end:nxt.start] else None
            end = nxt.end + (close.end() if close else 0)
            out.append(Mention(m.start, end, "relative", nxt.a, rule=f"{m.rule}+{nxt.rule}",
                               info=dict(m.info)))
            i += 2
            continue
        if (m.kind == "relative" and m.info.get("unit") == "week" and len(set(m.info.get("weekdays") or ())) == 1
                and nxt is not None and nxt.kind == "point" and nxt.a is not None and nxt.a.precision == "day"
                and nxt.a.year is None and re.fullmatch(r"\s*\(\s*", text[m.end:nxt.start])):
            # 'vào thứ Sáu tuần sau (18/9)': the weekday of a week counted from now, its day in
            # brackets; the day says it (the weekday checks it)
            close = re.match(r"\s*\)", text[nxt.end:])
            out.append(Mention(m.start, nxt.end + (close.end() if close else 0), "point",
                               replace(nxt.a, weekday=m.info["weekdays"][0]), rule=f"{m.rule}+{nxt.rule}"))
            i += 2
            continue
        if m.kind == "relative" and m.info.get("unit") == "day" and (day := _COMMA_DAY_AFTER.match(text, m.end)) \
                and (nxt is None or nxt.start >= day.end()) and 1 <= int(day["d"]) <= 31 and 1 <= int(day["m"]) <= 12:
            # 'Chiều nay, 23/9, tại …': the day said again between commas (no date alone: '23/9'
            # may be a count of 9, but not after 'chiều nay')
            out.append(Mention(m.start, day.end("m"), "relative", Part(None, int(day["m"]), int(day["d"]), "day"),
                               rule=f"{m.rule}+comma_day", info=dict(m.info)))
            i += 1
            continue
        if (m.kind == "relative" and m.info.get("unit") == "day" and nxt is not None and nxt.kind == "range"
                and nxt.a is not None and nxt.a.precision == "day" and re.fullmatch(r"\s*(?:\(\s*|,\s*)?", text[m.end:nxt.start])):
            # 'từ đêm nay (16/10) đến hết ngày 18/10', 'Từ đêm nay 22/11 đến ngày 24/11': the relative
            # day opens the stretch
            frm = _FROM.search(text, max(0, m.start - 12), m.start)
            out.append(Mention(frm.start() if frm else m.start, nxt.end, "range", nxt.a, nxt.b,
                               rule=f"{m.rule}+{nxt.rule}", info=dict(nxt.info)))
            i += 2
            continue
        if (m.kind == "relative" and m.info.get("unit") in ("week", "month") and m.a is None and "weekday" not in m.info
                and nxt is not None and nxt.kind in ("point", "range") and nxt.a is not None
                and nxt.a.precision == ("day" if m.info["unit"] == "week" else "month")
                and (nxt.kind == "range" or m.info["unit"] == "month")
                and re.fullmatch(r"\s*(?:\(\s*|,\s*)", text[m.end:nxt.start])):
            # 'Tuần qua (từ ngày 17 đến 23/11)', 'Tháng trước (tháng 10)': the week or month said
            # again by its dates is one expression, and they place it
            close = re.match(r"\s*\)", text[nxt.end:]) if "(" in text[m.end:nxt.start] else None
            out.append(Mention(m.start, nxt.end + (close.end() if close else 0), nxt.kind, nxt.a, nxt.b,
                               rule=f"{m.rule}+{nxt.rule}", info=dict(nxt.info)))
            i += 2
            continue
        if (m.kind in ("point", "range", "until_now") and m.a is not None and m.a.year is None and not m.a.canchi
                and nxt is not None and nxt.kind == "relative" and nxt.info.get("unit") == "year"
                and re.fullmatch(r"\s*", text[m.end:nxt.start])):
            # 'tháng 12 năm ngoái', 'quý I năm nay': the relative year is this date's year
            m.end = nxt.end
            m.info["year_offset"] = nxt.info["offset"]
            if nxt.info.get("after_told"):
                m.info["after_told"] = True  # ('ngày Quốc tế Phụ nữ năm sau': the year after the one told)
            m.rule = f"{m.rule}+{nxt.rule}"
            out.append(m)
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_RESTATING_GAP = re.compile(r"\s*[(,]\s*(?:(?:tức|nhằm|tức\s+là|ngày|từ)\s+)*", FLAGS)


_CYCLE_NAMES_YEAR = re.compile(r"\s*,?\s*(?:là|tức|tức\s+là|cũng\s+là|nhằm)\s+(?:năm\s+)?$", FLAGS)


def drop_cycle_names_of_a_year(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Năm 1979 là năm Kỷ Mùi': the year named again in the sixty-year cycle is the same year,
    no second event (when the cycle's name is that year's: the writer may compare two years)."""
    from .resolve import canchi_year
    out, prev = [], None
    for m in mentions:
        if prev is not None and m.kind == "point" and m.a is not None and m.a.canchi and m.a.year is None \
                and m.a.precision == "year" and prev.kind == "point" and prev.a is not None and prev.a.year \
                and prev.a.precision == "year" and not prev.a.canchi and m.start >= prev.end \
                and _CYCLE_NAMES_YEAR.fullmatch(text, prev.end, m.start) \
                and canchi_year(m.a.canchi, prev.a.year) == prev.a.year:
            prev.end = m.end  # (the restatement is part of how the year is told, cut from the title with it)
            continue
        if m.kind == "point" and m.a is not None and m.a.canchi and m.a.year is None and m.a.precision == "year" \
                and any(o.a is not None and o.a.year and not o.a.lunar and o.a.precision in ("day", "month")
                        and not _SENTENCE_BREAK.search(text, o.end, m.start) and canchi_year(m.a.canchi, o.a.year) == o.a.year
                        for o in out[-3:]):
            continue  # ('… ngày 28/11/2026, nhằm ngày 19 tháng 10, tức ngày Canh Dần, tháng Kỷ Hợi, năm Bính Ngọ': its year again)
        out.append(m)
        prev = m
    return out


_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def mark_restated_cycle_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ngày 25 tháng 11 năm Mậu Thân (tức ngày 22/12/1788)': a lunar date named by its cycle
    year and said again in the solar calendar takes its turn of the cycle from the bracket."""
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        named = m.b if m.kind == "range" and m.b is not None and m.b.canchi else m.a
        if named is not None and named.canchi and named.year is None and nxt.a is not None and nxt.a.year \
                and not nxt.a.lunar and _RESTATING_GAP.fullmatch(text, m.end, nxt.start):
            m.info["restated_year"] = nxt.a.year
        elif m.kind == "point" and m.a is not None and m.a.year is None and not m.a.lunar and m.a.precision == "day" \
                and nxt.a is not None and nxt.a.lunar and nxt.a.canchi and nxt.a.month and nxt.a.year is None \
                and _RESTATING_GAP.fullmatch(text, m.end, nxt.start):
            # 'Ngày 24/2 (ngày 27 tháng Giêng năm Ất Tỵ)': the cycle year in the bracket tells the
            # solar day's year
            m.info["restated_by_cycle"] = (nxt.a.canchi, nxt.a.month, nxt.a.day or 15, nxt.a.leap)
        elif m.kind == "point" and m.a is not None and m.a.lunar and not m.a.canchi and m.a.year is None \
                and m.a.month and m.a.day and nxt.a is not None and not nxt.a.lunar and nxt.a.year \
                and nxt.a.precision == "day" and _RESTATING_GAP.fullmatch(text, m.end, nxt.start):
            # 'tối 29 tháng Chạp, tức ngày 28/1/2025': the solar day said again tells the lunar year
            m.info["restated_solar"] = (nxt.a.year, nxt.a.month, nxt.a.day)
    return mentions


_LUNAR_BRACKET_GAP = re.compile(r"\s*\(\s*(?P<word>(?:tức\s+là|tức|nhằm)\s+)?(?:ngày\s+)?", FLAGS)
_LUNAR_DAY_WORD = re.compile(r"(?:mùng|mồng)\s", FLAGS)


def mark_lunar_restatements(text: str, mentions: list[Mention]) -> list[Mention]:
    """'sáng 7/4 (mùng 10 tháng 3)', 'ngày 3/2 (tức ngày 6 tháng Giêng)': a day said again in a
    bracket, in the other calendar, is the lunar day (its month written as a number does not
    make it solar): read so, it falls on the same day, and tells no day of its own."""
    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if m.kind != "point" or nxt.kind != "point" or m.a is None or nxt.a is None or m.a.lunar or nxt.a.lunar \
                or m.a.precision != "day" or nxt.a.precision != "day" or nxt.a.year is not None or nxt.a.canchi \
                or (nxt.a.month, nxt.a.day) == (m.a.month, m.a.day):
            continue
        gap = _LUNAR_BRACKET_GAP.fullmatch(text, m.end, nxt.start)
        if gap and (gap["word"] or _LUNAR_DAY_WORD.match(text, nxt.start)):
            nxt.a = replace(nxt.a, lunar=True)
            nxt.info["lunar_restatement"] = True
    return mentions


@cache
def _duration_before_bracket() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["duration_openers"]) + r"\s+)?(?:(?:gần|hơn|khoảng|tròn)\s+)?"
                      + fill(r"(?:\d{{1,3}}|{NUMBER_WORD})\s+(?:năm|tháng|ngày|tuần)")
                      + r"(?:\s+(?:sau\s+đó|tiếp\s+theo|sau|qua|ấy|đó))?\s*\(\s*$", FLAGS)


def widen_bracketed_durations(text: str, mentions: list[Mention]) -> list[Mention]:
    """'suốt 10 năm sau đó (1979 - 1989)': the bracket says when the stretch was; the stretch
    and its bracket are one expression of time, as 'Chiều nay (16/10)' is."""
    out = []
    for m in mentions:
        if m.kind == "range" and (close := _CLOSING_BRACKET.match(text, m.end)) \
                and (d := _duration_before_bracket().search(text, max(0, m.start - 50), m.start)
                     or _WEEK_NUMBER_BEFORE.search(text, max(0, m.start - 20), m.start)):
            if (ago := _AGO_BEFORE.search(text, max(0, d.start() - 12), d.start())) and m.a is not None:
                # 'Cách đây 72 năm (9/1940 - 9/2012)': then and now; what happened is then
                out = [o for o in out if not (o.kind in ("relative", "years_ago") and o.end > ago.start())]
                out.append(Mention(ago.start(), close.end(), "point", m.a, rule=m.rule))
                continue
            m.start, m.end = d.start(), close.end()
        out.append(m)
    return out


_AGO_BEFORE = re.compile(r"(?<!\w)cách\s+(?:đây|nay)\s+$", FLAGS)
# ('Trong tuần 46 (từ ngày 9 đến 15/11), …': a week of the year by its number, the bracket its days)
_WEEK_NUMBER_BEFORE = re.compile(r"(?<!\w)tuần\s+(?:thứ\s+)?\d{1,2}\s*\(\s*$", FLAGS)


_ANAPHORA_KINDS = frozenset(["same_year", "same_month", "same_day"])


def _quote_opened(text: str, pos: int) -> int | None:
    """Where the quotation that `pos` stands in opens, within its paragraph, or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    curly = before.rfind("“")
    if curly > before.rfind("”"):
        return line_start + curly
    if before.count('"') % 2:
        return line_start + before.rfind('"')
    return None


@cache
def _work_title_opening() -> re.Pattern:
    # (or a list of titles after one: 'phim "Mùa hè năm ấy" (1989) và "Tháng Ba có gì" (1991)')
    title = r"[\"“][^\"“”\n]{1,80}[\"”]\s*(?:\([^()\n]{1,20}\)\s*)?"
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["work_nouns"]) + r")\s*(?:" + title
                      + r"(?:,\s*và|,|và)\s*)*[\"“]$", FLAGS)


def drop_work_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """'… vai diễn trong phim "Bao giờ cho đến tháng Mười" (1984)': a date inside a work's quoted
    title is part of the title, no event."""
    out = []
    for m in mentions:
        q = _quote_opened(text, m.start)
        # (not the years a history covers, in brackets: 'cuốn sách "Lịch sử Đảng bộ huyện (1930 – 2020)"')
        if q is not None and m.kind == "point" and "(" not in text[q:m.start] \
                and _work_title_opening().search(text, max(0, q - 300), q + 1):
            close = min((i for i in (text.find("”", m.end), text.find('"', m.end)) if i >= 0), default=-1)
            if close >= 0 and "\n" not in text[m.end:close]:
                continue
        out.append(m)
    return out


def drop_quoted_anaphora(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ông … kể: "Năm ấy, tôi mới 23 tuổi …"': a speaker's 'that year' is the year of the
    speaker's own story, not of the date the article told last; with no date of its own in the
    quotation it cannot be placed."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind in _ANAPHORA_KINDS and (q := _quote_opened(text, m.start)) is not None \
                and not any(o.start >= q and o.kind in ("point", "range") for o in out):
            continue
        out.append(m)
    return out


@cache
def _written_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["writing_verbs"]) + r")(?:\s+rằng)?\s*:?\s*$", FLAGS)


def mark_written_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Trong thư, ông viết: "Mẹ ơi, hôm qua đơn vị con …"': a day counted from now inside what
    was written counts from the day the writing is dated (resolved against the date told before)."""
    for m in mentions:
        if m.kind == "relative" and m.a is None and m.info.get("unit") == "day" \
                and (q := _quote_opened(text, m.start)) is not None and _written_before().search(text, max(0, q - 40), q):
            m.info["written"] = True
    return mentions


_COUNTED_KINDS = frozenset(["years_later", "years_before_that", "years_ago", "age", "months_later"])
# (one or two words of what went on for the count may stand before the comma: 'Sau 35 năm tồn
# tại, đến ngày 1/1/1997')
_COUNTED_GAP = re.compile(r"(?:\s+[a-zà-ỹđ]+){0,2}\s*[,(\-–]?\s*(?:(?:tức|là|vào|đến|tới|những|ngày|năm|tháng)\s+)*", FLAGS)


_COUNT_AFTER_DAY = re.compile(r"[ \t]*,[ \t]*")


def drop_counted_restated(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Gần 40 năm sau, tháng 7/2018, …', '30 năm sau (1975), …': a counted time said at
    once as a date is that date; the count adds only a guess."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind in _COUNTED_KINDS and nxt is not None and nxt.kind in ("point", "range") \
                and nxt.a is not None and nxt.a.year and _COUNTED_GAP.fullmatch(text, m.end, nxt.start):
            continue
        if m.kind == "same_day" and nxt is not None and nxt.kind in ("point", "range") and nxt.a is not None \
                and nxt.a.precision == "day" and _COUNTED_GAP.fullmatch(text, m.end, nxt.start):
            # 'Cùng ngày 20/1', 'Khoảng 10h30 sáng hôm sau (6/3)': the day is written; the words
            # that told it are its expression too
            if "\n" not in text[m.start:nxt.start]:
                if "(" in text[m.end:nxt.start] and (close := re.match(r"[ \t]*\)", text[nxt.end:])):
                    nxt.end += close.end()
                nxt.start = m.start
            continue
        if m.kind == "same_day" and m.info.get("offset") and out and out[-1].kind == "point" and out[-1].a is not None \
                and out[-1].a.precision == "day" and _COUNT_AFTER_DAY.fullmatch(text, out[-1].end, m.start):
            continue  # 'Chiều 12/11, sau 43 ngày, anh đã chạm đích': the days counted up to the day written
        if m.kind in _COUNTED_KINDS and out and out[-1].kind == "point" and out[-1].a is not None \
                and out[-1].a.year and _SAID_AGAIN_AS_COUNT.fullmatch(text, out[-1].end, m.start):
            continue  # '… khánh thành ngày 12/10/2021, đúng một năm sau thảm họa': the day written, counted again
        out.append(m)
    return out


_SAID_AGAIN_AS_COUNT = re.compile(r"[ \t]*,[ \t]*(?:(?:đúng|tròn|vừa|chỉ)[ \t]+)?", FLAGS)
_YEAR_BRACKET = re.compile(r"\(\s*(?:năm\s+)?", FLAGS)


def split_anniversary_pairs(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'kỷ niệm 90 năm … (18/10/1930-18/10/2020)' is two events: the founding and its 90th
    anniversary, not one 90-year period.  The counted-back 'kỷ niệm 90 năm' then adds nothing."""
    counted = {}
    for m in mentions:
        if m.kind == "anniversary":
            counted.setdefault(sentence_of(m.start), []).append(m)
    out: list[Mention] = []
    dropped: set[int] = set()
    for m in mentions:
        if m.kind == "range" and m.a.year and m.b.year and m.a.precision == m.b.precision \
                and m.a.precision in ("day", "month", "year"):
            diff = m.b.year - m.a.year
            cues = [c for c in counted.get(sentence_of(m.start), []) if c.start < m.start]
            same_day = m.a.precision in ("day", "month") and (m.a.month, m.a.day) == (m.b.month, m.b.day)
            # ('… ôn lại truyền thống 37 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2026)': the
            # count written before the bracket names the anniversary, with or without 'kỷ niệm')
            named = any(c.info["n"] == diff for c in cues) or same_day and diff > 0 and re.search(
                rf"(?<![\d.,]){diff}\s+năm(?!\w)[^()]*\(\s*$", text[max(0, m.start - 120):m.start]) is not None
            ends = m.info.get("ends")
            if ends and diff > 0 and (named or (same_day and diff % 5 == 0)):
                (a0, a1), (b0, b1) = ends
                if m.end > b1 and m.a.lunar:
                    b1 = m.end  # '(5/3/1947-5/3/2025 Âm lịch)': the calendar named after both is the second's words
                if out and ("festival" in out[-1].info or out[-1].kind == "named") \
                        and re.fullmatch(r"\s*\(\s*", text[out[-1].end:a0]):
                    # '37 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2026)': the feast named is
                    # what the pair commemorates, told by its founding day
                    out.pop()
                out.append(Mention(a0, a1, "point", m.a, rule="anniversary_pair",
                                   info={"anniversary_pair": "founding", "n": diff}))
                out.append(Mention(b0, b1, "point", m.b, m.b, rule="anniversary_pair",
                                   info={"anniversary_pair": "anniversary", "n": diff}))
                for c in cues:
                    if c.info["n"] == diff:
                        dropped.add(id(c))
                continue
        out.append(m)
    latest = max((m.a.year for m in out if m.a is not None and m.a.year), default=9999)
    # 'kỷ niệm 70 năm Chiến thắng Biên giới Thu Đông 1950': the object dates itself; that date
    # is the event commemorated, and the counted-back year adds nothing
    for i, c in enumerate(out):
        if c.kind != "anniversary" or id(c) in dropped:
            continue
        nxt = next((o for o in out[i + 1:] if o.kind != "named"), None)  # named ones are restated
        if nxt is not None and nxt.kind == "point" and nxt.a is not None and nxt.a.precision == "year" \
                and nxt.a.year and sentence_of(nxt.start) == sentence_of(c.start) and nxt.start - c.end < 80 \
                and _YEAR_BRACKET.fullmatch(text, text.rfind("(", c.end, nxt.start), nxt.start) \
                and text.rfind("(", c.end, nxt.start) >= 0 and nxt.a.year - c.info["n"] > 0:
            # 'Dịp kỷ niệm 45 năm Ngày Giải phóng (năm 2020)': the bracket names the anniversary's
            # year; the founding counts back from it
            c.info["from_year"] = nxt.a.year
            continue
        if nxt is not None and nxt.kind in ("point", "range") and nxt.a.year and \
                sentence_of(nxt.start) == sentence_of(c.start) and nxt.start - c.end < 80 and \
                "(" not in text[c.end:nxt.start] and not nxt.info.get("anniversary_pair") \
                and nxt.a.year + c.info["n"] <= latest + 1:
            # ('Lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện ngày 28/4/2025': a day whose Nth
            # anniversary would lie beyond every year the text names is the ceremony's, no founding)
            nxt.info.update(anniversary_pair="founding", n=c.info["n"])
            dropped.add(id(c))
            continue
        if nxt is not None and nxt.kind == "point" and nxt.a is not None and nxt.a.year and \
                sentence_of(nxt.start) == sentence_of(c.start) and nxt.start - c.end < 80 and \
                "(" not in text[c.end:nxt.start] and not nxt.info.get("anniversary_pair") and nxt.a.year - c.info["n"] > 0 \
                and not any(o.kind == "named" and c.end <= o.start < nxt.start for o in out) and nxt.a.precision == "day":
            # ('Lễ kỷ niệm 80 năm Ngày thành lập tỉnh, tổ chức vào ngày 20/8/2024': a day too late
            # to be the founding is the ceremony's; the founding counts back from its year)
            c.info["from_year"] = nxt.a.year
        # 'kỷ niệm 75 năm Cách mạng Tháng Tám và Quốc khánh 2/9': named events are the object
        end = c.end
        named = []
        for o in out[i + 1:]:
            if named and (year := _day_of_named(named[-1], o, text[end:o.start])) is not None:
                # '… 78 năm Ngày Cách mạng Tháng Tám thành công 19/8 và Quốc khánh 2/9': the named
                # event's own day, in its year
                o.a = replace(o.a, year=year)
                o.info["origin"] = year
            elif not (o.kind == "named" or "origin" in o.info) or \
                    not re.fullmatch(r"\s*(?:(?:,|và)\s*)?(?:ngày\s+)?", text[end:o.start], FLAGS):
                break
            named.append(o)
            end = o.end
        for o in named:
            o.info.update(anniversary_pair="founding", n=c.info["n"])
            if "origin" in o.info and o.a.year is None:
                o.a.year = o.info["origin"]  # 'kỷ niệm 75 năm … Quốc khánh 2/9': the first one
        if named and "origin" in named[0].info:
            # 'kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam' is one expression of the
            # founding's time: the count and the day it counts from
            named[0].start = c.start
        if named:
            dropped.add(id(c))
    # 'ôn lại truyền thống 90 năm ngày thành lập …' elsewhere in the article tells the same
    # founding again: the pair already gives it, with its day.
    pair_years = {m.info["n"] for m in out if m.info.get("anniversary_pair")}
    return [m for m in out if id(m) not in dropped
            and not (m.kind == "anniversary" and m.info["n"] in pair_years)]


_UNTIL_YEAR_GAP = re.compile(r"\s*(?:,\s*)?(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?", FLAGS)


def close_open_named_periods(text: str, mentions: list[Mention]) -> list[Mention]:
    """'trong thời kỳ đổi mới cho đến năm 2015': a period still running, told up to a year,
    is the stretch from its start to that year."""
    out: list[Mention] = []
    skip = None
    for i, m in enumerate(mentions):
        if m is skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        start = m.info.get("edtf", "").split("/")[0] if m.kind == "named" and m.info.get("edtf", "").endswith("/..") else ""
        if start[:4].isdigit() and nxt is not None and nxt.kind == "point" and nxt.a is not None \
                and nxt.a.precision == "year" and nxt.a.year and nxt.a.year > int(start[:4]) \
                and _UNTIL_YEAR_GAP.fullmatch(text, m.end, nxt.start):
            m.end = nxt.end
            m.info["edtf"] = f"{start}/{nxt.a.year}"
            skip = nxt
        out.append(m)
    return out




def _day_of_named(named: Mention, o: Mention, gap: str) -> int | None:
    """The year of a year-less day told right after a named event of one month ('Cách mạng Tháng
    Tám thành công 19/8') in that month: the event's day; None otherwise."""
    edtf = named.info.get("edtf", "") if named.kind == "named" else ""
    if not re.fullmatch(r"\d{4}-\d\d", edtf) or o.kind != "point" or o.a is None \
            or o.a.year is not None and o.info.get("origin") != int(edtf[:4]) \
            or o.a.lunar or o.a.month != int(edtf[5:]) or not o.a.day or not NAMED_DAY_GAP.fullmatch(gap):
        return None
    return int(edtf[:4])


def relate_named_periods(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Sau Cách mạng Tháng Tám năm 1945', 'Trước chiến thắng Điện Biên Phủ': the time after
    or before a named event."""
    for m in mentions:
        if m.kind != "named":
            continue
        before = text[max(0, m.start - 20):m.start]
        for relation, pattern in (("after", _AFTER), ("before", _BEFORE)):
            if hit := pattern.search(before):
                m.info["relation"] = relation
                m.start -= len(before) - hit.start()
                break
    return mentions


@cache
def _task_before() -> re.Pattern:
    return re.compile(r"(?<!\w)" + alternation(load("cues")["task_objects_before"]) + r"\s+$", FLAGS)


@cache
def _link_before() -> re.Pattern:
    return re.compile(r"(?<!\w)" + alternation(load("cues")["links_before"]) + r"\s+$", FLAGS)


_NAME_BEFORE = re.compile(r"(?<![\w.])[" + re.escape(UPPERCASE) + r"]\w*[ \t]+[" + re.escape(UPPERCASE) + r"]\w*[ \t]+$")


@cache
def _thing_before() -> re.Pattern:
    return re.compile(r"(?<!\w)" + alternation(load("cues")["things_of_an_era"]) + r"\s+$", FLAGS)


def drop_task_objects(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ban Chỉ đạo phòng, chống dịch COVID-19', 'công tác phòng, chống dịch': a named period
    that is what a task or a body works against is no event; nor is one a place is linked with
    ('di tích gắn với vương triều Mạc').  An era that tells a thing's age ('bia tiến sĩ triều Lê',
    'sắc phong thời vua Tự Đức') stays a date, marked: it is part of what the clause it stands in tells."""
    for m in mentions:
        if m.kind == "named" and _ERA_WORD.match(text, m.start) and (_thing_before().search(text, max(0, m.start - 16), m.start)
                                                                 or _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)):
            # (or a name's: 'Lễ tế Nam Giao triều Nguyễn', 'Hoàng thành Thăng Long thời Lý')
            m.info["thing_age"] = True
    return [m for m in mentions if not (m.kind == "named" and (_task_before().search(text, max(0, m.start - 24), m.start)
                                                               or _link_before().search(text, max(0, m.start - 24), m.start)))]


# a time named as an era, a dynasty or a reign ('thời vua Gia Long', 'dưới thời nhà Mạc', 'Thời
# Pháp thuộc'), not an event named ('Chiến dịch Điện Biên Phủ (13/3 - 7/5/1954)': the name is its title)
_ERA_WORD = re.compile(r"(?:dưới\s+)?(?:thời|triều|đời|nhà)(?!\w)", FLAGS)


def drop_shadowed_named_periods(text: str, mentions: list[Mention]) -> list[Mention]:
    """A named period beside its own explicit date ('Khởi nghĩa Bắc Sơn vào tháng 9/1940')
    gives way to that date."""
    mentions = _with_own_years(text, mentions)
    out = []
    for i, m in enumerate(mentions):
        if m.kind == "named" and (_site_before().search(text, max(0, m.start - 30), m.start)
                                  or _COUNTED_FROM_BEFORE.search(text, max(0, m.start - 30), m.start)):
            # 'Khu di tích Khởi nghĩa Bắc Sơn': a site named after the event; 'sau 4 ngày cuộc
            # Khởi nghĩa Bắc Sơn bùng nổ': the event a later time is counted from
            continue
        if m.kind == "named":
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            prev = mentions[i - 1] if i > 0 else None
            if nxt is not None and nxt.kind in ("point", "range") and \
                    re.fullmatch(r"\s*(?:,\s*)?(?:(?:vào|năm|từ|ngày|trong|diễn ra)\s*)*(?:\(\s*)?", text[m.end:nxt.start], FLAGS):
                if nxt.kind == "range" and re.fullmatch(r"\s*\(\s*", text[m.end:nxt.start]) and _ERA_WORD.match(text, m.start) \
                        and (close := _CLOSING_BRACKET.match(text, nxt.end)):
                    # 'thời vua Gia Long (1802 – 1819)': the bracket gives the reign's or the
                    # period's years; the name and its years are one expression of time, not
                    # a king's life after his name
                    nxt.start, nxt.end = m.start, close.end()
                    nxt.info.pop("after_name", None)
                continue
            if prev is not None and prev.kind in ("point", "range") and \
                    re.fullmatch(r"\s*(?:,\s*)?(?:(?:là|của|với|trong)\s*)?", text[prev.end:m.start], FLAGS):
                continue
        out.append(m)
    return out


_MONTH_WORD = re.compile(r"(?<!\w)tháng(?!\w)", FLAGS)
_OWN_YEAR_GAP = re.compile(r"\s*(?:năm\s+)?", FLAGS)


def _with_own_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Cách mạng tháng Tám 1945', 'Tổng khởi nghĩa tháng 8 năm 1945': a named event that says
    its month, and the bare year after it, are one date, a month (the year alone would lose the
    month the words give, and an 'Sau …' before it).  A name that does not say its month
    ('Chiến dịch Biên giới năm 1950') gives way to the year, as to any date of its own."""
    out: list[Mention] = []
    skip = -1
    for i, m in enumerate(mentions):
        if i == skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        edtf = m.info.get("edtf", "") if m.kind == "named" else ""
        if (nxt is not None and nxt.kind == "point" and _MONTH_WORD.search(text, m.start, m.end)
                and nxt.a is not None and nxt.a.precision == "year"
                and not nxt.a.approx and _within_year(edtf, nxt.a.year)
                and _OWN_YEAR_GAP.fullmatch(text, m.end, nxt.start)):
            m.end = nxt.end
            skip = i + 1
        out.append(m)
    return out


def _within_year(edtf: str, year: int) -> bool:
    """An event's value (a day, a month, a stretch) falls inside one year."""
    ends = edtf.split("/")
    return all(e[:4].isdigit() and len(e) >= 4 and int(e[:4]) == year for e in ends)


_COUNTED_FROM_BEFORE = re.compile(r"(?<!\w)(?:sau|trước)\s+\d{1,3}\s+(?:ngày|tuần|tháng|năm)\s+(?:khi\s+)?(?:cuộc\s+)?$", FLAGS)


@cache
def _site_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["sites_named_after_events"]) + r")\s+$", FLAGS)


_DOCUMENT = re.compile(fill(r"(?<!\w)(?:{DOCUMENT})(?!\w)") + "|" + r"(?<!\w)(?:"
                       + alternation(load("cues")["named_documents"]) + r")(?!\w)", FLAGS)
# (a number with its figures, not 'hạt giống số một. Năm 2026, …': a rank, then a new sentence)
_NUMBER_BEFORE = re.compile(r"(?<!\w)số\s+[\w/\-.]*\d[\w/\-]*\s*$", FLAGS)


_AT_TIME_BEFORE = re.compile(r"(?<!\w)(?:vào|từ|đến|trong)\s*$", FLAGS)


def _in_document_name(before: str) -> bool:
    """Does the phrase just before a year name a law or document ('Bộ luật Hình sự ')? (A name
    may hold a comma before a word written small: 'Luật Phổ biến, giáo dục pháp luật năm 2012'.)"""
    if _AT_TIME_BEFORE.search(before):
        return False  # '… thông qua bản Hiến pháp đầu tiên vào năm 1946': when it was done, no name's year
    parts = re.split(r"[,.;:()\"“”\n]", before)
    phrase = parts[-1]
    if len(parts) > 1 and phrase.strip()[:1].islower() and before[len(before) - len(phrase) - 1] == ",":
        phrase = parts[-2] + " " + phrase
    words = phrase.split()[-14:]
    tail = " ".join(words)
    near = len(" ".join(words[:-8])) if len(words) > 8 else -1  # where the last eight words begin
    # (a word of its name may be one written small: "pháp luật"; a law's title runs long, 'Luật Bầu
    # cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015', other documents' words that far
    # back are what the document is about: 'Quyết định xếp hạng 11 di tích quốc gia đặc biệt năm 2018')
    hits = [h for h in _DOCUMENT.finditer(tail) if h.group()[0].isupper()
            and (h.start() > near or h.group().lower() in ("luật", "bộ luật", "pháp lệnh"))]
    # ('Pháp lệnh Dân số được ban hành năm 2003': what was done with the document ends its name)
    return bool(hits) and not _document_name_stop().search(tail, hits[-1].end())


@cache
def _document_name_stop() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["document_name_stops"]) + r")(?!\w)", FLAGS)


# 'Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017': the year of a version of the document
_AMENDED = re.compile(fill(r"\s*,?\s*(?:(?:{AMENDMENT})\s*(?:,|và)?\s*)+(?:năm\s+)?$"), FLAGS)


_AFTER_QUOTED_NAME = re.compile(r"[\"”»][ \t]*(?:năm[ \t]+)?$")


_OPEN_QUOTE_BEFORE = re.compile(r"[\"“][^\"“”\n]{2,78}$")


def mark_edition_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'… chương trình "Tết Sum vầy" năm 2026': a year right after a quoted name is the edition
    the name carries; marked, so that no year-less day of its paragraph takes it as the story's
    year (whether it is a time at all is told once the article's day is known)."""
    for m in mentions:
        if m.kind == "point" and m.a is not None and m.a.precision == "year" \
                and _AFTER_QUOTED_NAME.search(text, max(0, m.start - 8), m.start):
            m.info["edition"] = True
        elif m.kind == "point" and m.a is not None and m.a.precision == "year" and text[m.end:m.end + 1] in "\"”" \
                and _OPEN_QUOTE_BEFORE.search(text, max(0, m.start - 80), m.start):
            m.info["quoted_name"] = True  # '… chương trình "Xuân quê hương 2026" …': the year ends the name
    return mentions


def drop_document_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Bộ luật Hình sự 1999', 'Hiến pháp năm 1992': a year inside a document's name, and the
    year of its amendment after it."""
    out = []
    for m in mentions:
        if m.kind == "point" and m.a.precision == "year" and m.rule in ("bare_year", "year_with_nam"):
            before = text[max(0, m.start - 80):m.start]
            if _in_document_name(before) or _NUMBER_BEFORE.search(before) or _named_by_year().search(before):
                continue
            amended = _AMENDED.search(before)
            head = before[:amended.start()] if amended else ""
            if amended and _TRAILING_YEAR.search(head) and _in_document_name(_without_trailing_year(head)):
                continue
        out.append(m)
    return out


@cache
def _named_by_year() -> re.Pattern:
    # 'chương trình giáo dục phổ thông 2018': a programme named by its year, written small
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["named_by_year"]) + r")\s+(?:năm\s+)?$", FLAGS)


_TRAILING_YEAR = re.compile(r"\s*(?:năm\s+)?\d{4}\s*$", FLAGS)


def _without_trailing_year(before: str) -> str:
    return _TRAILING_YEAR.sub("", before)


_RECURRING_AFTER = re.compile(fill(r"\s*,?\s*(?:{RECURRING})(?!\w)"), FLAGS)
_RECURRING = re.compile(fill(r"(?<!\w)(?:{RECURRING})(?!\w)[^.!?\n]*$"), FLAGS)


# 'Từ đó, ngày 17-7 trở thành ngày truyền thống của Bảo tàng': a day of the calendar named as a
# yearly day, not a day that happened
_BECOMES_A_DAY = re.compile(r"\s*,?\s*(?:trở\s+thành|được\s+(?:chọn|lấy)\s+làm|được\s+gọi\s+là|là)\s+(?:một\s+)?"
                            r"ngày\s+(?:truyền\s+thống|kỷ\s+niệm|hội|lễ|quốc\s+khánh|thành\s+lập)(?!\w)", FLAGS)


# 'lấy ngày rằm tháng 4 âm lịch là ngày Phật đản Quốc tế', '20/11 là Ngày Nhà giáo Việt Nam': a day of
# the calendar that a name is given to (written with its capital)
_NAMED_A_DAY = re.compile(r"[ \t]*,?[ \t]*(?:(?:trở[ \t]+thành|được[ \t]+(?:chọn|lấy)[ \t]+làm|là)[ \t]+)(?:một[ \t]+)?"
                          r"[Nn]gày[ \t]+[" + re.escape(UPPERCASE) + r"]")


_STRETCH_AFTER_FEAST = re.compile(r"\s*(?:\(\s*|(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ|các\s+năm)\s+)?", FLAGS)


def drop_recurring(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Hằng năm, vào dịp 4/11, …', '… từ ngày 22 đến 27 tháng Giêng âm lịch hằng năm': a
    year-less day that comes back every year is no event."""
    def yearless(m):
        # (a century has no year of its own either, but never comes back: 'Chợ … họp vào Chủ nhật
        # hằng tuần, được hình thành từ cuối thế kỷ XIX')
        return m.kind in ("point", "range") and m.a is not None and m.a.year is None and not m.a.canchi \
            and m.a.precision not in ("century", "decade")

    def habit_before(m):
        cue = _RECURRING.search(text[max(0, m.start - 80):m.start])
        if cue is not None and _ADJECTIVAL_HABIT.match(cue.group()) and not _HABIT_THEN_TIME.match(cue.group()):
            # ('chuyến tham vấn thường niên kéo dài từ ngày 12 đến 25/11': the annual visit's days
            # this year; 'được tổ chức thường niên vào tháng 4' recurs)
            return False
        # ('diệt bọ gậy mỗi tuần một lần cho đến hết tháng 12': a weekly habit, until a month that
        # comes once; the month is the habit's end, not a yearly day)
        # (nor 'mỗi ngày một ván, từ ngày 6 đến 14/3': the stretch the daily habit runs over)
        return cue is not None and not (_SHORT_HABIT.match(cue.group()) and m.a.month
                                        and (m.kind == "range" or _BOUND_BEFORE.search(text, max(0, m.start - 20), m.start)))

    recurring = {i for i, m in enumerate(mentions) if yearless(m) and (
        habit_before(m) or _RECURRING_AFTER.match(text, m.end)
        or _BECOMES_A_DAY.match(text, m.end) or _NAMED_A_DAY.match(text, m.end))}
    # ('tàu khởi hành lúc 21h20 hằng ngày, đến ga Nam Ninh lúc 9h15 sáng hôm sau': the day after
    # each day of a habit, no day of its own)
    recurring |= {i for i, m in enumerate(mentions) if m.kind == "same_day" and m.info.get("offset")
                  and (_RECURRING.search(text[max(0, m.start - 80):m.start])
                       or _DAILY_BEFORE.search(text[max(0, m.start - 80):m.start]))}
    # 'Ngày hội Đại đoàn kết toàn dân tộc giai đoạn 2003 - 2023': a feast held every year of
    # the stretch told after it
    for i, (m, nxt) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if "festival" in m.info and yearless(m) and nxt.kind == "range" and nxt.a is not None and nxt.a.year \
                and _STRETCH_AFTER_FEAST.fullmatch(text, m.end, nxt.start):
            recurring.add(i)
    # 'đạt đỉnh vào tháng 9 và tháng 10 hằng năm': every day of a list the cue closes
    for i in sorted(recurring, reverse=True):
        j = i - 1
        while j >= 0 and yearless(mentions[j]) and _LIST_GAP.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            recurring.add(j)
            j -= 1
    # ('vào những dịp lễ, Tết như Tết Nguyên đán, Tết Thanh minh (…) hay rằm tháng Bảy': and every
    # day of a list the cue opens)
    for i in sorted(recurring):
        j = i + 1
        while j < len(mentions) and j not in recurring and yearless(mentions[j]) \
                and _LIST_GAP_ON.fullmatch(text, mentions[j - 1].end, mentions[j].start):
            recurring.add(j)
            j += 1
    return [m for i, m in enumerate(mentions) if i not in recurring]


_ADJECTIVAL_HABIT = re.compile(r"(?:thường\s+niên|định\s+kỳ)(?!\w)", FLAGS)
# ('tổ chức thường niên vào tháng 4', 'định kỳ 6 tháng một lần': the habit's time or its rate comes next)
_HABIT_THEN_TIME = re.compile(r"(?:thường\s+niên|định\s+kỳ)\s*,?\s*"
                              r"(?:(?:vào|trong|dịp|từ|ngày|tháng|mùng|mồng|hằng|hàng|mỗi|một|hai|ba|sáu)(?!\w)|\d|$)", FLAGS)
_DAILY_BEFORE = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+ngày(?!\w)[^.!?\n]*$", FLAGS)
_SHORT_HABIT = re.compile(r"(?:mỗi|hằng|hàng)\s+(?:tuần|ngày|buổi|sáng|tối)(?!\w)", FLAGS)
# (or its first time: 'Chợ đêm họp vào tối thứ Bảy hằng tuần, bắt đầu từ ngày 5/12')
_BOUND_BEFORE = re.compile(r"(?<!\w)(?:(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+)?|(?:bắt\s+đầu\s+|kể\s+)?từ\s+)(?:ngày\s+)?$", FLAGS)
_LIST_GAP_ON = re.compile(r"[ \t]*\)?[ \t]*(?:,|và|hay|hoặc)[ \t]*(?:[^\W\d_]+[ \t]+){0,3}?", re.IGNORECASE)


_COMPARED = re.compile(fill(r"(?<!\w)(?:{COMPARISON})\s+(?:(?:của\s+)?(?:ngày|tháng|năm)\s+)?$"), FLAGS)


# a clause that opens with the comparison and runs, with no break, to the date
_COMPARED_CLAUSE = re.compile(fill(r"(?:^|[,;:.!?(]\s*|\n)(?:{COMPARISON})\s[^,;:.!?()\n]*$"), FLAGS)


# 'so với dịp nghỉ lễ năm 2024', 'so với vụ xuân năm trước': the occasion compared, then its year
_COMPARED_OCCASION = re.compile(r"(?<!\w)so\s+với\s+(?:[^\W\d_]+\s+){1,4}(?:(?:năm|tháng|ngày)\s+)?$", FLAGS)


_HORIZON = re.compile(fill(r"(?<!\w)(?:{HORIZON})\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$"), FLAGS)


_BEFORE_HORIZON = re.compile(r"\s*,?\s*(?:và\s+)?tầm\s+nhìn", FLAGS)


def drop_horizons(text: str, mentions: list[Mention]) -> list[Mention]:
    """'tầm nhìn đến năm 2050': the horizon in a plan's name, no event; so is the plan's term
    before it ('Quy hoạch chung … đến năm 2035, tầm nhìn đến năm 2050')."""
    return [m for m in mentions if not (m.kind in ("point", "before") and (
        _HORIZON.search(text, max(0, m.start - 30), m.start) or _BEFORE_HORIZON.match(text, m.end)))]


def drop_comparisons(text: str, mentions: list[Mention]) -> list[Mention]:
    """'tăng 20% so với cùng kỳ năm 2023', 'So với Đại hội lần thứ VIII năm 2018, …': the date
    a figure is measured against is no event."""
    for i, m in enumerate(mentions[:-1]):
        if text[m.end:m.end + 1] == "," and _SAME_TIME_OPENING.search(text, max(0, m.start - 40), m.start):
            _lend_year(text, m, mentions[i + 1])
    return [m for m in mentions if not _COMPARED.search(text, max(0, m.start - 40), m.start)
            and not _COMPARED_CLAUSE.search(text, max(0, m.start - 60), m.start)
            and not _COMPARED_OCCASION.search(text, max(0, m.start - 60), m.start)
            and not (m.kind == "until_now" and _YEAR_SO_FAR.match(text, m.start)
                     and _SUPERLATIVE_BEFORE.search(text, max(0, m.start - 12), m.start))]


def _lend_year(text: str, opening: Mention, nxt: Mention) -> None:
    """'Cùng thời điểm năm ngoái, miền Bắc cũng đón đợt rét đậm vào ngày 1/12': the same time of
    another year, opening its sentence, is no event (a comparison), but the year-less day the
    sentence goes on to tell is in that year."""
    if nxt.a is None or nxt.a.year is not None or nxt.a.lunar or re.search(r"[.!?\n]", text[opening.end:nxt.start]):
        return
    if opening.kind == "relative" and opening.info.get("unit") == "year":
        nxt.info["year_offset"] = opening.info.get("offset", 0)
    elif opening.a is not None and opening.a.year and opening.a.precision == "year":
        nxt.a = replace(nxt.a, year=opening.a.year)


# 'Cùng thời điểm năm ngoái, …': opening its sentence, the same time of another year
_SAME_TIME_OPENING = re.compile(r"(?:^|[.!?\n]\s*)(?:cùng\s+(?:kỳ|thời\s+điểm|thời\s+gian|khoảng\s+thời\s+gian\s+này)"
                                r"|vào\s+(?:cùng\s+)?(?:thời\s+điểm|khoảng\s+thời\s+gian)\s+(?:này|đó))\s+$", FLAGS)


# 'đạt hơn 820 triệu USD, cao nhất từ đầu năm đến nay': the year so far is what a figure is the
# highest of, no event ('lớn nhất kể từ năm 1986' names a year, and the flood in it: kept)
_YEAR_SO_FAR = re.compile(r"(?:kể\s+)?từ\s+(?:đầu\s+năm|trước)\s+(?:đến|tới)\s+nay", FLAGS)
_SUPERLATIVE_BEFORE = re.compile(r"(?<!\w)nhất\s+$", FLAGS)


def split_two_days(mentions: list[Mention]) -> list[Mention]:
    """'ngày 10 và 20/9/2020', 'các ngày 5, 12 và 19/3': an event for each day, each with the
    month and year they share."""
    out = []
    for m in mentions:
        spans = m.info.get("two_days") if m.kind == "range" else None
        if spans:
            (a0, a1), (b0, b1) = spans
            out.append(Mention(a0, a1, "point", m.a, rule=m.rule))
            out.append(Mention(b0, b1, "point", m.b, rule=m.rule))
        elif m.kind == "range" and (days := m.info.get("listed_days")):
            for (s, e), d in days:
                out.append(Mention(s, e, "point", replace(m.a, day=d), rule=m.rule))
        elif m.kind == "range" and (months := m.info.get("listed_months")):
            for (s, e), mo in months:
                out.append(Mention(s, e, "point", replace(m.a, month=mo), rule=m.rule))
        else:
            out.append(m)
    return out


@cache
def _report_after() -> re.Pattern:
    verbs = alternation(["cho biết", "cho hay", "thông tin", "xác nhận", "thông báo", "khẳng định"])
    # 'Chiều 13/5, đại diện Công an tỉnh Yên Bái cho biết, …': the day a report was given
    return re.compile(r"\s*,\s*[^,.;:!?\n\d]{3,80}?(?<!\w)(?:" + verbs + r")(?!\w)", FLAGS)


@cache
def plan_cue() -> re.Pattern:
    """Words that make the date after them a plan, target or deadline ('phấn đấu', 'dự kiến',
    'tầm nhìn đến'); the cue may stand a few words before the date in its clause ('dự kiến tổ
    chức vào quý I/2026', 'giai đoạn 2 (2026 - 2027)')."""
    words = load("cues")["plan_cues"]
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      # (no other year between: 'từ năm 2021 đến năm 2023 và được … thẩm định vào tháng 11/2024')
                      + r")(?!\w)(?:(?!\d{4})[^,.;:()\n]){0,80}(?:\(\s*)?$"
                      # 'Theo kế hoạch, đến năm 2030, …': a sentence that opens with the plan (all of
                      # it: '…, tòa thứ nhất sẽ hoàn thành trong quý IV/2027, tòa thứ hai trong nửa đầu năm 2028')
                      r"|(?:^|[.!?\n][ \t]*)(?:theo\s+)?(?:kế\s+hoạch|dự\s+kiến|lộ\s+trình)[ \t]*,[^.;:()\n]{0,140}$",
                      re.IGNORECASE)


@cache
def _to_come_cue() -> str:
    """One of the cues' 'to_come_cues' as a whole word: the words that tell a clause is still to come."""
    return r"(?<!\w)(?:" + alternation(load("cues")["to_come_cues"]) + r")(?!\w)"


@cache
def to_come_after() -> re.Pattern:
    """The words after a date that tell its clause is still to come."""
    return re.compile(r"[ \t]*,?[^,.;:()\n]{0,60}?" + _to_come_cue(), re.IGNORECASE)


@cache
def _to_come_opening() -> re.Pattern:
    """A sentence that opens with a to-come cue, up to the date: 'Dự báo đến cuối tuần, từ ngày 7/12'."""
    return re.compile(r"(?:^|[.!?\n][ \t]*)" + _to_come_cue() + r"[^.!?\n]{0,80}$", re.IGNORECASE)


@cache
def to_come_before() -> re.Pattern:
    """A to-come cue earlier in the date's clause ('bà con sẽ chuẩn bị đất cho vụ xuân 2025')."""
    return re.compile(_to_come_cue() + r"[^.!?\n;:,]{0,80}$", re.IGNORECASE)


@cache
def to_come_in_sentence() -> re.Pattern:
    """A to-come cue anywhere in the rest of the sentence, past the asides between commas
    ('Năm sau, nhân dịp kỷ niệm 50 năm …, Ban liên lạc dự kiến tổ chức …')."""
    return re.compile(r"[^.!?\n]{0,200}?" + _to_come_cue(), re.IGNORECASE)


def mark_plans(text: str, mentions: list[Mention]) -> list[Mention]:
    """A date a plan's words lead into is a target, not a time the story was told in; a
    year-less day whose clause tells what is to come ('Từ khoảng ngày 8/6, nắng nóng có khả năng
    giảm dần') is ahead of the article's day, not on an old story's; so is a 'năm sau' whose
    sentence tells a plan."""
    plan = plan_cue()
    for m in mentions:
        if m.a is not None and m.a.year is not None and plan.search(text[max(0, m.start - 110):m.start]):
            m.info["plan"] = True
        elif m.a is not None and m.a.year is None and m.a.day and (
                to_come_after().match(text, m.end) or _to_come_opening().search(text, max(0, m.start - 100), m.start)
                or to_come_before().search(text, max(0, m.start - 100), m.start)):
            # (or its sentence opens with the cue: 'Dự báo đến cuối tuần, từ ngày 7/12, …'; or its
            # clause has the cue before it: '…; dự kiến công bố kết quả trước ngày 20/7')
            m.info["to_come"] = True
        elif m.info.get("after_told") and to_come_in_sentence().match(text, m.end):
            # 'Năm sau, …, Ban liên lạc dự kiến tổ chức …': a plan counts from the article's time
            m.info["to_come"] = True
        elif m.a is not None and m.a.year is None and _advice_before().search(text, max(0, m.start - 200), m.start):
            # 'Ngành thú y khuyến cáo người dân …; tiêm phòng … trước và sau Tết Nguyên đán': advice
            # is for what lies ahead of the article's day, not for an old story's year
            m.info["to_come"] = True
    return mentions


@cache
def _advice_before() -> re.Pattern:
    """An advice's verb earlier in the date's sentence."""
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["advice_verbs"]) + r")(?!\w)[^.!?\n]*$", re.IGNORECASE)


def mark_reports(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day that opens a report of a story told before it ('Chiều 13/5, đại diện Công an tỉnh
    cho biết, vụ tai nạn …') is the day of the telling: 'cùng ngày' after it is the story's day."""
    for m in mentions:
        if m.kind == "point" and m.a is not None and m.a.precision == "day" and _report_after().match(text, m.end):
            m.info["report"] = True
        elif m.kind == "point" and m.a is not None and m.a.precision == "day" \
                and _AS_OF_BEFORE.search(text, max(0, m.start - 20), m.start):
            # 'đến ngày 15.12.2025, khối lượng hoàn thành đạt 98%': where things stood on a day,
            # not a day the story tells; 'cùng ngày' after it is still the story's day
            m.info["as_of"] = True
        if m.kind == "point" and m.a is not None and m.a.precision == "day" \
                and _FLASHBACK_BEFORE.search(text, max(0, m.start - 24), m.start):
            m.info["flashback"] = True  # 'Trước đó, chiều 29.10, …': told as earlier than the story
        elif m.kind == "point" and m.a is not None and m.a.precision == "day" \
                and _AFTER_CLAUSE_BEFORE.search(text, max(0, m.start - 150), m.start):
            # 'Cuộc bầu cử được tổ chức sau khi Tòa án Hiến pháp ngày 4/4 phế truất …': a day in
            # the clause that says what came before the main one; 'ngay trong ngày' after it is
            # still the story's day
            m.info["aside"] = True
    return mentions


# (a main clause first, then 'sau khi' or 'trước khi' and the day, in one sentence)
_AFTER_CLAUSE_BEFORE = re.compile(r"[^\W\d_][^.;!?\n]*?\s(?:sau|trước)\s+khi\s[^.;!?\n,]{0,60}$", re.IGNORECASE)
_FLASHBACK_BEFORE = re.compile(r"(?<!\w)trước\s+đó\s*,?\s*(?:vào\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# (not 'Phải đến ngày 31/12/1976, tàu … mới lại chạy suốt': not until then, a day the story tells)
_AS_OF_BEFORE = re.compile(r"(?<!\w)(?<!phải\s)(?<!mãi\s)(?<!chờ\s)(?<!đợi\s)(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$",
                           re.IGNORECASE)


_BIRTH = re.compile(fill(r"(?<!\w)(?<!hy\s)(?:{BIRTH})\s*(?:\(\s*)?$"), FLAGS)  # not 'hy sinh' (fell)


LEAD_CHARS = 400  # the headline and the lead sentence
AGE_NOW = re.compile(r"(?<!\w)(?:ở\s+tuổi|năm\s+nay(?:\s+(?:tôi|ông|bà|cụ|anh|chị|em))?(?:\s+đã)?|nay\s+đã"
                     r"|đã\s+bước\s+sang\s+tuổi|(?<!thọ\s)tròn|mừng\s+thọ"
                      r"|thượng\s+thọ)\s+(\d{2,3})(?:\s+tuổi)?(?!\w)", re.IGNORECASE)
# 'Ông Hoàng Văn Nhị, 80 tuổi, ở thôn …': a person's age set after the name, as a profile's lead does
AGE_APPOSED = re.compile(r"[" + re.escape(UPPERCASE) + r"][^\W\d_]*,[ \t]*(\d{2,3})[ \t]+tuổi[ \t]*,")


def mark_age_now(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ông Hoàng Văn Pản, 78 tuổi, …' in the lead: the age a profile's subject has now, from
    which the years of his ages count ('Năm tôi 18 tuổi', resolve) when no birth is told."""
    if not any(m.kind == "age" for m in mentions):
        return mentions
    now = AGE_APPOSED.search(text, 0, LEAD_CHARS) or AGE_NOW.search(text, 0, LEAD_CHARS)
    if now:
        for m in mentions:
            if m.kind == "age":
                m.info["age_now"] = int(now.group(1))
    return mentions


def mark_births(text: str, mentions: list[Mention]) -> list[Mention]:
    """A date right after 'sinh' ('sinh ngày 15 tháng 3 năm 1920', '(SN 1971)') is a birth."""
    for m in mentions:
        if m.kind == "point" and _BIRTH.search(text, max(0, m.start - 16), m.start):
            m.info["birth"] = True
    return mentions


_SAME_YEAR_GAP = re.compile(r"[ \t]*,?[ \t]*")


_LIST_GAP = re.compile(r"\s*(?:,\s*và|,|và|hoặc)\s*(?:(?:ngày|tháng)\s+)?", FLAGS)


# listed together they share a year ('6 tháng đầu năm và quý III/2025', 'quý III và 9 tháng năm 2025')
_PARTS_OF_YEAR = ("month", "quarter", "half", "season")


def _first_month(part) -> int | None:
    return part.month or (part.span[0] if part.span else None)


def share_listed_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Tháng 1 và tháng 2/2024', 'ngày 30/12 và 2/1/2021', 'Quý I và quý II năm 2025': dates
    listed together share the
    year written on the last (the one before it when its month comes later in the year)."""
    for i in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.kind == "point" and nxt.kind == "point" and m.a is not None and nxt.a is not None \
                and m.a.year is None and not m.a.canchi and not m.a.lunar and nxt.a.year and not nxt.a.lunar \
                and (m.a.precision == nxt.a.precision == "day"
                     or m.a.precision in _PARTS_OF_YEAR and nxt.a.precision in _PARTS_OF_YEAR) \
                and _first_month(m.a) and _first_month(nxt.a) and m.info.get("year_offset") is None \
                and not m.info.get("same_year") and _LIST_GAP.fullmatch(text, m.end, nxt.start):
            # (a part that comes later in the year than all of the next is of the year before)
            m.a.year = nxt.a.year - (1 if _first_month(m.a) > (nxt.a.span[1] if nxt.a.span else nxt.a.month) else 0)
    return mentions


def join_listed_following_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """'(14/8 và 15/8/2020)': two days that follow each other, listed with 'và', are one stretch,
    as 'ngày 26 và 27/9/2018' is."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "point" and prev.a is not None and m.a is not None \
                and prev.a.precision == m.a.precision == "day" and not (prev.a.lunar or m.a.lunar) \
                and prev.a.month == m.a.month and prev.a.day is not None and m.a.day == prev.a.day + 1 \
                and prev.a.year in (None, m.a.year) and _AND_GAP.fullmatch(text, prev.end, m.start) \
                and _BARE_DAY.fullmatch(text, prev.start, prev.end) and _BARE_DAY.fullmatch(text, m.start, m.end):
            # (not two sessions each with its hours: 'từ 7 giờ đến 22 giờ ngày 8/11 và từ 7 giờ … ngày 9/11')
            a = replace(prev.a, year=m.a.year)
            out[-1] = Mention(prev.start, m.end, "range", a, replace(m.a), rule=f"{prev.rule}+{m.rule}")
            continue
        out.append(m)
    return out


_AND_GAP = re.compile(r"\s*và\s*(?:ngày\s+)?", FLAGS)
_BARE_DAY = re.compile(r"(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?", FLAGS)


def _join_into_yearless(mentions: list[Mention], joins) -> list[Mention]:
    """Mentions with those that `joins(prev, m)` (which completes `prev`) folded into the
    year-less date before them."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("point", "range") and prev.a is not None and prev.a.year is None \
                and not prev.a.canchi and joins(prev, m):
            prev.end = m.end
            continue
        out.append(m)
    return out


def _join_same_year(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Tháng 10 cùng năm', 'tháng 12 năm đó': a year-less date and the words that say its year
    is the one told before are one expression."""
    def joins(prev: Mention, m: Mention) -> bool:
        if m.kind == "same_year" and _SAME_YEAR_GAP.fullmatch(text, prev.end, m.start):
            prev.info["same_year"] = True
            return True
        return False
    return _join_into_yearless(mentions, joins)


@cache
def _epithet_gap() -> re.Pattern:
    return re.compile(r"\s+(?:" + alternation(load("cues")["date_epithets"]) + r")\s+", FLAGS)


def _join_epithet_year(text: str, mentions: list[Mention]) -> list[Mention]:
    """'những ngày cuối tháng 4 lịch sử năm 1975', 'mùa xuân đại thắng năm 1975': a year-less
    date, a word praising it and the year it was in are one expression."""
    gap = _epithet_gap()

    def joins(prev: Mention, m: Mention) -> bool:
        if prev.a.lunar or (prev.b is not None and prev.b.year is not None) or m.kind != "point" or m.a is None \
                or m.a.precision != "year" or not m.a.year or not gap.fullmatch(text, prev.end, m.start):
            return False
        for p in (prev.a, prev.b):
            if p is not None:
                p.year = m.a.year
        return True
    return _join_into_yearless(mentions, joins)


_YEAR_WORD_AFTER = re.compile(r"[ \t]+")


def _join_written_year(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ngày 30/4 năm 1975', 'ngày 2-9 năm 1945': a day written in figures, then its year
    after 'năm', is one date (as 'ngày 30 tháng 4 năm 1975' is)."""
    def joins(prev: Mention, m: Mention) -> bool:
        if prev.kind != "point" or prev.a.lunar or prev.a.precision != "day" or not prev.a.month \
                or m.kind != "point" or m.a is None or m.a.precision != "year" or not m.a.year or m.a.lunar \
                or m.info or not _YEAR_WORD_AFTER.fullmatch(text, prev.end, m.start) \
                or not re.fullmatch(r"năm[ \t]+\d{4}", text[m.start:m.end], FLAGS):
            return False
        prev.a.year = m.a.year
        return True
    return _join_into_yearless(mentions, joins)


def month_for_lone_days(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'… từ mùng 8 đến mùng 10 tháng Giêng, trong đó chính hội vào ngày mùng 9': a day told
    without its month is of the month the sentence told last (and of its calendar and year);
    with none there, it is dropped."""
    out: list[Mention] = []
    for m in mentions:
        if m.info.get("lone_day"):
            prev = next((p for p in reversed(out) if sentence_of(p.start) == sentence_of(m.start)
                         and p.a is not None), None)
            part = (prev.b if prev is not None and prev.kind == "range" and prev.b is not None else
                    prev.a if prev is not None else None)
            # (a day before the one told last is of the month after, which it does not say: 'Từ ngày 20
            # tháng Chạp, … đến mùng 5'; inside a stretch told, any of its days: 'từ mùng 8 đến mùng 10')
            floor = (prev.a.day or 0) if prev is not None and prev.kind == "range" and prev.a is not None \
                and prev.a.month == part.month else (part.day or 0) + 1 if part is not None else 0
            if part is None or not part.month or "\n" in text[prev.end:m.start] or m.a.day < floor:
                continue
            m.a.month, m.a.year, m.a.canchi, m.a.lunar, m.a.leap = part.month, part.year, part.canchi, part.lunar, part.leap
            del m.info["lone_day"]
        out.append(m)
    return out


def find_mentions(text: str, sentence_of=lambda pos: 0) -> list[Mention]:
    """All temporal expressions of a text, composed, before their values are resolved."""
    mentions = month_for_lone_days(text, compose(text, find_atoms(text)), sentence_of)
    mentions = _join_written_year(text, _join_epithet_year(text, mentions))
    mentions = split_two_days(join_relative_with_date(text, _join_same_year(text, mentions)))
    mentions = share_listed_years(text, join_listed_following_days(text, mentions))
    mentions = widen_bracketed_durations(text, drop_quoted_anaphora(text, drop_work_titles(text, mentions)))
    mentions = mark_written_days(text, mentions)
    mentions = drop_counted_restated(text, split_anniversary_pairs(
        text, mark_lunar_restatements(text, mark_restated_cycle_years(text, drop_cycle_names_of_a_year(text, mentions))),
        sentence_of))
    mentions = drop_shadowed_named_periods(text, close_open_named_periods(text, mentions))
    mentions = relate_named_periods(text, drop_task_objects(text, mentions))
    mentions = mark_edition_years(text, drop_document_years(text, mentions))
    mentions = drop_restated_parts(drop_comparisons(text, drop_horizons(text, mentions)), sentence_of)
    mentions = join_defined_day_with_year(text, mentions, sentence_of)
    mentions = drop_occasions(text, drop_feasts_naming_their_day(mentions, sentence_of), sentence_of)
    mentions = mark_relative_ranges(text, mark_lunar_context(text, mentions), sentence_of)
    mentions = mark_records_since(text, mark_plans(text, mark_reports(text, mark_births(text, drop_recurring(text, mentions)))))
    mentions = mark_recent_asides(text, mentions, sentence_of)
    mentions = mark_age_now(text, mentions)
    return _balance_brackets(text, mark_after_works(text, mentions))


_JUST_BEFORE = re.compile(r"(?<!\w)vừa(?!\s+(?:qua|rồi))(?!\w)[^,.;:!?()\n]{0,60}$", FLAGS)


def mark_recent_asides(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'10 giờ 45 phút ngày 30/4/1975, …, Dương Văn Minh vừa lên chức tổng thống ngày 28/4 đã
    phải tuyên bố đầu hàng. Đến 11 giờ 30 phút cùng ngày, …': a day told after 'vừa' in a
    sentence another day opens is what had just happened before it; 'cùng ngày' after it is
    still the opening day's."""
    opened: set[int] = set()  # sentences a day has been told in
    for m in mentions:
        if m.a is None or m.a.precision != "day":
            continue
        sent = sentence_of(m.start)
        if sent in opened and _JUST_BEFORE.search(text, max(0, m.start - 70), m.start):
            m.info["aside"] = True
        opened.add(sent)
    return mentions


@cache
def works_span() -> re.Pattern:
    return re.compile(r"(?<!\w)sau[ \t]+(?:hơn[ \t]+|gần[ \t]+|khoảng[ \t]+)?(\d{1,2})[ \t]+(tháng|năm)[ \t]+(?:"
                      + alternation(load("cues")["works_words"]) + r")(?!\w)", re.IGNORECASE)


def mark_after_works(text: str, mentions: list[Mention]) -> list[Mention]:
    """'khởi công từ tháng 3/2024 … Sau hơn 18 tháng thi công, công trình … đi vào hoạt động từ
    ngày 1/11': a year-less date after a span of works counted from a date told just before is
    in the year the span comes to."""
    if "sau" not in text.lower():
        return mentions
    for i, m in enumerate(mentions):
        if m.a is None or m.a.year is not None or m.a.lunar or m.a.canchi or not i:
            continue
        prev = mentions[i - 1]
        if prev.a is None or not prev.a.year or prev.a.lunar or m.start - prev.end > 300:
            continue
        spans = [*works_span().finditer(text, prev.end, m.start)][-1:]
        if not spans:
            continue
        if re.search(r"[.!?\n]", text[spans[0].end():m.start]):
            if "\n" not in text[spans[0].end():m.start]:
                # ('Dự án được khởi công ngày 1/1/2024. Sau gần 3 năm thi công, … Trước đó, hôm
                # 15/11, …': the works' span has brought the story to its own time; the day told
                # after it is no day of the works' start year)
                m.info["after_works"] = True
            continue
        year, month = works_end(prev.a, spans[0])
        if m.a.month and m.a.month < month:
            year += 1  # (a month earlier in the calendar than the span's last is in the year after it)
        m.info["counted_year"] = year
    return mentions


def works_end(start: Part, span: re.Match) -> tuple[int, int]:
    """(year, month) a span of works ('Sau hơn 18 tháng thi công') comes to from its start."""
    months = int(span.group(1)) * (1 if span.group(2).lower() == "tháng" else 12)
    k = start.year * 12 + (start.month or 1) - 1 + months
    return k // 12, k % 12 + 1


def _balance_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Từ sau khi kết thúc chiến tranh Việt Nam (1975) đến năm 2017': a stretch whose first end
    stands in a bracket is told from the bracket's opening, so the date's words balance."""
    for m in mentions:
        surface = text[m.start:m.end]
        if ")" in surface and surface.count(")") > surface.count("(") \
                and (opened := text.rfind("(", max(0, m.start - 30), m.start)) >= 0 and ")" not in text[opened:m.start]:
            m.start = opened
    return mentions


def mark_records_since(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Đây là cuộc bầu cử … đầu tiên kể từ tháng 10/2021': the date a record counts from is told
    as a bound, not as the story's time: the days after it do not take its year."""
    for m in mentions:
        if _SINCE_RECORD.search(text, max(0, m.start - 90), m.start):
            m.info["record_since"] = True
    return mentions


# ('kỷ lục quốc gia … tồn tại từ năm 2017': how long a record stood is such a bound too)
_SINCE_RECORD = re.compile(r"(?<!\w)(?:(?:đầu\s+tiên|nhất|lần\s+đầu)(?!\w)[^.;!?\n]{0,40}?|kỷ\s+lục(?!\w)[^.;!?\n]{0,70}?)"
                           r"(?<!\w)(?:kể\s+)?từ\s+(?:(?:bão|trận|đợt|cơn|vụ)\s+(?:[^\W\d_]+\s+){0,3})?(?:(?:ngày|tháng|năm)\s+)?$", FLAGS)


_DAY_DEFINED = re.compile(r"(?<!\w)(?:là|chính\s+là)\s+ngày(?!\w)[^.!?\n]*?(?:vào\s+)?(?:năm\s+)?$", FLAGS)


def join_defined_day_with_year(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'Ngày 9/11 được chọn vì đây là ngày Quốc hội thông qua bản Hiến pháp đầu tiên … vào năm
    1946': a year-less day the sentence defines as the day something happened in a year told
    after it is that year's day; the year is no event of its own."""
    out: list[Mention] = []
    pending: Mention | None = None
    for m in mentions:
        if pending is not None and sentence_of(m.start) != sentence_of(pending.start):
            pending = None
        if pending is not None and m.kind == "point" and m.a is not None and m.a.precision == "year" \
                and m.a.year and _DAY_DEFINED.search(text, pending.end, m.start):
            pending.info["told_year"] = m.a.year
            pending = None
            continue
        if m.kind == "point" and m.a is not None and m.a.precision == "day" and m.a.year is None and not m.a.lunar:
            pending = m
        out.append(m)
    return out


def drop_restated_parts(mentions: list[Mention], sentence_of) -> list[Mention]:
    """'GDP quý III/2025 ước tăng 8,23%, mức tăng cao nhất của quý III trong giai đoạn 2011 – 2025':
    a quarter or half named again without its year, in the sentence that gave it one, is that
    part of any year, no second event."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "point" and m.a is not None and m.a.year is None and m.a.precision in ("quarter", "half") \
                and any(o.kind == "point" and o.a is not None and o.a.year and o.a.precision == m.a.precision
                        and o.a.span == m.a.span and sentence_of(o.start) == sentence_of(m.start) for o in out):
            continue
        out.append(m)
    return out


def mark_lunar_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Ngày 18 tháng 9 âm lịch, Liễu Thăng … Liễu Thăng bị chém vào ngày 20 tháng 9': a day
    written in words, with no year, right after a lunar day of the same month is lunar too."""
    for prev, m in zip(mentions, mentions[1:], strict=False):
        a, p = m.a, prev.a
        if m.kind == "point" and a is not None and a.precision == "day" and a.year is None and not a.lunar \
                and p is not None and p.lunar and p.month == a.month and m.start - prev.end < 300 \
                and "tháng" in text[m.start:m.end].lower() and "\n" not in text[prev.end:m.start]:
            m.a = replace(a, lunar=True)
    return mentions


# ('từ khoảng 18h tối nay đến rạng sáng mai': a hedge on the first end)
_RANGE_FROM_BEFORE = re.compile(r"(?<!\w)(?:kể\s+)?từ\s+(?:(?:khoảng|chừng|tầm)\s+)?$", FLAGS)
_RANGE_TO_GAP = re.compile(r"\s*(?:đến|tới|cho\s+đến|cho\s+tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?", FLAGS)


def mark_relative_ranges(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'Từ chiều tối nay đến ngày mai (10/9)', 'Từ ngày mai đến hết ngày 12/9': a stretch from a
    day counted from today to another, one event; its ends are placed when the article's day is
    known (resolve joins them)."""
    def day_end(m):
        return m.kind == "relative" and m.info.get("unit") == "day" \
            or m.kind == "point" and m.a is not None and m.a.precision == "day" and not m.a.lunar

    for m, nxt in zip(mentions, mentions[1:], strict=False):
        if (m.kind == "relative" or nxt.kind == "relative") and day_end(m) and day_end(nxt) \
                and sentence_of(m.start) == sentence_of(nxt.start) and _RANGE_TO_GAP.fullmatch(text, m.end, nxt.start) \
                and (opened := _RANGE_FROM_BEFORE.search(text, max(0, m.start - 20), m.start)):
            m.info["range_to"] = nxt.start
            m.info["range_from"] = opened.start()
        elif m.kind == nxt.kind == "relative" and m.info.get("unit") == nxt.info.get("unit") == "day" \
                and m.info.get("offset") == nxt.info.get("offset", 0) - 1 and _NIGHT.match(text, m.start) \
                and _DAWN.match(text, nxt.start) and _OVERNIGHT_GAP.fullmatch(text, m.end, nxt.start):
            # 'Đêm qua rạng sáng nay, mưa lớn': one night over two days, as 'Đêm 4 rạng sáng 5/7'
            m.info["range_to"] = nxt.start
            m.info["range_from"] = m.start
    return mentions


_NIGHT = re.compile(r"(?:đêm|tối|khuya)(?!\w)", FLAGS)
_DAWN = re.compile(r"(?:rạng[ \t]+sáng|sáng[ \t]+sớm|sáng)(?!\w)", FLAGS)
_OVERNIGHT_GAP = re.compile(r"[ \t]*(?:,|\(|đến|sang)?[ \t]*")


@cache
def _occasion_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["occasion_cues"]) + r")[ \t]+$", FLAGS)


def drop_occasions(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """'Ngày 2/11, nhân Ngày Pháp luật Việt Nam, Sở Tư pháp tổ chức mít tinh': a yearly day
    named as the occasion of what a dated sentence tells is no event of its own (its sentence
    has its day; the feast's comes back every year)."""
    dated = {sentence_of(m.start) for m in mentions if m.a is not None and m.a.precision == "day"
             and "festival" not in m.info and m.kind in ("point", "range", "relative")}
    return [m for m in mentions
            if not ("festival" in m.info and m.a is not None and m.a.year is None and not m.a.canchi
                    and sentence_of(m.start) in dated and _occasion_before().search(text, max(0, m.start - 20), m.start))]


def drop_feasts_naming_their_day(mentions: list[Mention], sentence_of) -> list[Mention]:
    """'Ngày 23 tháng Chạp năm Giáp Thìn, người dân cúng ông Công ông Táo': a lunar feast after
    its day, told in the same sentence, names that day again; no second event (nor a year of
    its own, counted from another)."""
    out: list[Mention] = []
    for m in mentions:
        a = m.a
        if "festival" in m.info and a is not None and a.lunar and a.year is None and a.month and a.day \
                and any(o.a is not None and o.a.lunar and (o.a.month, o.a.day) == (a.month, a.day)
                        and sentence_of(o.start) == sentence_of(m.start) for o in out):
            continue
        out.append(m)
    return out
