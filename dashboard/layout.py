"""The shape of an article: its paragraphs, which of them are page furniture (a date widget,
photo captions, the byline), and its sentences.

Saved news pages carry text that is not the story: the site's date widget ('Thứ sáu,
28/01/2022', the day the page was saved), captions under photos, the authors' names.  They
are metadata, not events.  All spans here are offsets into the matching view of the text.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .lexicon import alternation, load
from .patterns import fill
from .textnorm import UPPERCASE

_WIDGET = re.compile(fill(
    r"\s*(?:\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?\s*[,|\-]?\s*)?(?:(?P<wd>{WEEKDAY})\s*(?:[,\-–|]\s*)?)?(?:ngày\s+)?(?P<d>{DAY})\s*[/.\-]\s*(?P<m>{MONTH})\s*[/.\-]\s*"
    r"(?P<y>\d{{4}})(?:\s*[,|\-]?\s*\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d\d)?'?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\(?\s*GMT\s*[+\-]\s*\d{{1,2}}(?::\d\d)?\)?)?)?"
    r"(?:\s*(?:GMT|\(GMT)[^\n]*)?(?:\s*[|•·][^\w\n]*\d*)?\s*"), re.IGNORECASE)  # ('21:21 14-04-2025 | :98': a count of views)

# 'Thứ sáu, ngày 28 tháng 1 năm 2022': the date bar written in words ('17 thg 8, 2019': a blog's
# post date, the month word cut short)
_WIDGET_WORDED = re.compile(fill(
    r"\s*(?:(?P<wd>{WEEKDAY})\s*(?:[,\-–|]\s*)?)?(?:ngày\s+)?(?P<d>{DAY})\s+(?:tháng|thg)\s+(?P<m>{MONTH})\s*(?:,?\s*năm\s+|,\s*)(?P<y>\d{{4}})"
    r"(?:\s*[,|\-]?\s*\d{{1,2}}\s*[:h]\s*\d{{2}}(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*"), re.IGNORECASE)


@cache
def _source_credit() -> re.Pattern:
    """The source credit that may open a story's first paragraph (layout.json, source_domains)."""
    domains = alternation(load("layout")["source_domains"])
    place = r"(?:[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*,?\s*(?P<day>\d{1,2}\s*[/\-]\s*\d{1,2}(?:\s*[/\-]\s*\d{4})?\s*)?)?"
    bracketed = r"\(\s*[A-ZĐ][^()\n]{1,38}\)"
    word = r"[A-ZĐ][A-ZĐ0-9]{1,9}(?:\.[A-ZĐ]{2,4})?"
    site = r"[A-Za-z][\w\-]{1,30}(?:" + domains + r")"
    outlet = r"(?:" + alternation(load("layout")["source_outlets"]) + r")(?:\s+[A-ZĐ][^\W\d_]*){1,5}"
    # ('Hà Nội, ngày 5/3/2025 - Hôm nay, …': a place and its full day, no agency)
    placed_day = (r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*,\s*(?:ngày\s+)?"
                  r"(?P<day2>\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}\s*)")
    # ('Hà Nội (TTXVN 15/12/2021) Ngày 15/12/2021, …': the agency and its day in the bracket, no dash)
    agency_day = (r"[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3}\s*\(\s*" + word
                  + r"\s*,?\s*(?P<day3>\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4})\s*\)")
    return re.compile(r"(?:(?:" + place + bracketed + r"|" + placed_day + r"|" + word + r"|" + site + r"|" + outlet
                      + r"(?=\s))\s*[-–—]+|" + agency_day + r"(?:\s*[-–—]+)?)\s*")


@dataclass
class Block:
    start: int
    end: int
    kind: str  # title, body, caption, byline, page_date, dateline, heading, related, source, furniture, question


@dataclass
class Layout:
    blocks: list[Block]
    sentences: list[tuple[int, int]]
    page_date: dt.date | None = None
    published: dt.date | None = None
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    credit_day: tuple[int, int] | None = None  # 'HÀ NỘI, 22/11 (TTXVN) - …': the day the credit dates the story
    credit_end: int | None = None  # where that credit ends and the story's first words begin

    def told_sentences(self) -> list[tuple[int, int]]:
        """The sentences as events read them: the one a credit opens starts after it ('Hà Nội,
        12/12/2023 - Chiều nay, …' tells from 'Chiều nay'), so its first date leads it."""
        if self.credit_end is None:
            return self.sentences
        return [(self.credit_end, b) if a < self.credit_end < b else (a, b) for a, b in self.sentences]

    def skipped(self) -> list[tuple[int, int]]:
        """Spans that are metadata and hold no events."""
        return [(b.start, b.end) for b in self.blocks
                if b.kind in ("caption", "byline", "page_date", "dateline", "related", "source", "furniture",
                              "question")]

    def __post_init__(self) -> None:
        self._block_starts = [b.start for b in self.blocks]  # blocks run in text order

    def paragraph_index(self, pos: int) -> int:
        i = bisect_right(self._block_starts, pos) - 1
        return i if i >= 0 and pos < self.blocks[i].end else -1

    def sentence_index(self, pos: int) -> int:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return mid
        return max(0, min(lo, len(self.sentences) - 1))


_BLANK_LINE = re.compile(r"\n\s*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs: runs of lines between blank lines, or single lines where the text puts one
    paragraph on each line (as text copied from a web page often does)."""
    spans = []
    bounds, pos = [], 0
    for blank in _BLANK_LINE.finditer(text):  # the blank lines, found at once: no test a character
        bounds.append((pos, blank.start()))
        pos = blank.end()
    bounds.append((pos, len(text)))
    for start, end in bounds:
        s, e = _trimmed(text, start, end)
        if e <= s:
            continue
        first_block = not spans
        if first_block and "\n" in text[s:e] and (cuts := _question_over_wrapped(text, s, e)):
            for a, b in zip([s] + [c + 1 for c in cuts], cuts + [e], strict=True):
                spans.append(_trimmed(text, a, b))
        elif "\n" in text[s:e] and (head := _heading_over_wrapped(text, s, e)):
            # 'Lộc Bình: Khánh thành cầu treo …' over its item's paragraph wrapped to a width:
            # the heading is a line of its own, the paragraph one
            spans.append((s, head))
            rest = _trimmed(text, head, e)
            if first_block and _widget_date(text[s:head]) and 0 < (line_end := text.find("\n", *rest)) \
                    and not _LINE_END.search(text, rest[0], line_end) and text[line_end + 1:line_end + 2].isupper():
                # 'Thứ Hai, 23/3/2026 ¶ Hạn chót … là ngày 4/5/2026 ¶ Theo Thuế tỉnh …': under a page's
                # date at the top, a line that ends no sentence before a capital is the headline
                spans.append((rest[0], line_end))
                rest = _trimmed(text, line_end, e)
            spans.append(rest)
        elif "\n" in text[s:e] and _one_paragraph_per_line(text[s:e]):
            listed = _is_list(text[s:e])
            # the longest line: the width a list's items were wrapped to
            longest = max(len(x.strip()) for x in text[s:e].split("\n"))
            width = longest if listed else 0
            # the width most long lines run (a line a little longer, a site's notice above the
            # text, is no measure of it; one far longer is a paragraph of a page copied a line each)
            wrap = _usual_width(text[s:e])
            first = len(spans)
            item_line = 0  # where the last line of a list's item starts, while one goes on
            line_start = s  # where the last line read starts
            for line in re.finditer(r"[^\n]+", text[s:e]):
                a, b = _trimmed(text, s + line.start(), s + line.end())
                if b <= a:
                    continue
                if listed and len(spans) > first and item_line and not _LIST_ITEM.match(text, a) \
                        and spans[-1][1] - item_line >= max(50, 0.75 * width) \
                        and not _LINE_END.search(text, spans[-1][0], spans[-1][1]):
                    # a list's item wrapped onto the next line goes on there (its first line ran
                    # the width; a short heading of the list, '1. Thời kỳ 1950 - 1954', or a
                    # table's row before a longer paragraph, does not)
                    spans[-1] = (spans[-1][0], b)
                    item_line = a
                    continue
                last = spans[-1][1] - line_start if len(spans) > first else 0
                if last and not listed and not _LINE_END.search(text, spans[-1][0], spans[-1][1]) \
                        and (text[a].islower() and last >= max(40, 0.6 * longest)
                             or wrap <= 100 and longest <= 1.2 * wrap and last >= max(40, 0.85 * wrap)
                             # (not a headline, first in the text or under a page's date, when the next
                             # line's first word, a capital's, would have fitted on it: a wrapper breaks
                             # only where it must, 'Trao quyết định bổ nhiệm … Môi trường' / 'Chiều 30/11, …')
                             and not (first_block and text[a].isupper() and last + 1 + len(text[a:b].split()[0]) <= longest
                                      and (len(spans) == first + 1 or len(spans) == first + 2
                                           and _widget_date(text[spans[first][0]:spans[first][1]])))):
                    # a long line cut mid-sentence and a line that goes on in lowercase, or lines
                    # that run a width a text is wrapped to: one line wrapped ('… xã Tân Thành,' /
                    # 'huyện Cao Lộc.', '… thị trấn Na' / 'Sầm, huyện Văn Lãng.')
                    spans[-1] = (spans[-1][0], b)
                    line_start = a
                    continue
                spans.append((a, b))
                line_start = a
                item_line = a if listed and _LIST_ITEM.match(text, a) else 0
        else:
            spans.append((s, e))
    return spans


def _usual_width(chunk: str) -> int:
    """The middle length of a run's long lines (40 characters or more; the longest when fewer
    than three are)."""
    lengths = sorted(n for x in chunk.split("\n") if (n := len(x.strip())) >= 40)
    if len(lengths) < 3:
        return lengths[-1] if lengths else 0
    return lengths[len(lengths) // 2]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# a list's mark, or a chronology's date before a pipe, colon or tab ('1930 | …', '2/9/1945: …')
_LIST_ITEM = re.compile(r"(?:[-*+•·●–]|\d{1,2}[.)])\s|\|?[ \t]*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4})[ ]*[|:\t]")
_INNER_SENTENCE_END = re.compile(r"[.!?…] [" + UPPERCASE + r"]")
_LINE_END = re.compile(r"[.!?…:;\"”»)\]]\s*$")
_QUESTION_OVER_WRAPPED = re.compile(r"[^\n]+(?:\n[^\n]+){0,2}?\?(?=\n)")


def _short(chunk: str) -> bool:
    """A line of a menu: a few words, no sentence, no number (a heading may be as short:
    'Giai đoạn 1930 - 1945'; a Markdown heading is marked '#')."""
    return "\n" not in chunk and len([w for w in chunk.split() if w.isalnum()]) < 6 and not _ends_sentence(chunk) \
        and not any(c.isdigit() for c in chunk) and not chunk.lstrip().startswith("#")


def _is_list(chunk: str) -> bool:
    return sum(1 for x in chunk.split("\n") if _LIST_ITEM.match(x.strip())) >= 2


def _question_over_wrapped(text: str, s: int, e: int) -> list[int]:
    """'Thứ Sáu, 27/11/2026 ¶ Hỏi – đáp pháp luật: … khi nào được ¶ nghỉ hưu? ¶ Hỏi: Tôi …' at the
    top of a story wrapped to a width: a question on lines of its own (after a short line or
    none) is the headline, a paragraph of its own.  Where to cut the text's first run of lines."""
    first_end = text.find("\n", s, e)
    longest = max(len(x.strip()) for x in text[s:e].split("\n"))
    # (a short line above it, a date widget or a section's name, is a paragraph of its own)
    for start in (first_end + 1, s) if 0 < first_end - s <= 60 else (s,):
        asked = _QUESTION_OVER_WRAPPED.match(text, start, e)
        # (its lines but the last run the text's width: a question wrapped, not lines of their own)
        lines = asked[0].split("\n") if asked else []
        if asked and not _SENTENCE_INSIDE.search(asked[0]) and asked.end() - start <= 200 \
                and all(len(x.strip()) >= 0.75 * longest for x in lines[:-1]):
            return [c for c in (start - 1, asked.end()) if c > s]
    return []


def _heading_over_wrapped(text: str, s: int, e: int) -> int | None:
    """Where a short first line that ends no sentence ends, when the lines under it are one
    paragraph wrapped to a width (three lines at least, all but the last running it)."""
    first_end = text.find("\n", s, e)
    rest = text[first_end + 1:e]
    first = text[s:first_end].strip()
    if rest.count("\n") < 1 or _LINE_END.search(first) or _is_list(text[s:e]) or _one_paragraph_per_line(rest):
        return None
    longest = max(len(x.strip()) for x in rest.split("\n"))
    return first_end if len(first) < 0.7 * longest else None


def _one_paragraph_per_line(chunk: str) -> bool:
    """Are the lines of a run paragraphs of their own (a page copied line by line: menus,
    headline, sentences, links), not the wrapped lines of one paragraph or caption?  Wrapped
    lines run nearly the full width and end mid-sentence; only the last may be short."""
    lines = [x.strip() for x in chunk.split("\n") if x.strip()]
    body = lines[:-1]
    if not body:
        return False
    if _is_list(chunk):
        return True  # a list's items ('- Năm 1933: …', '1. …', '1930 | …') are paragraphs of their own
    longest = max(len(x) for x in lines)
    # a width a text is wrapped to (60 to 100 characters); a sentence may end a line by chance;
    # shorter lines of like length are a list or a table's rows ('1930 | Đảng … ra đời')
    full = sum(1 for x in body if len(x) >= 0.7 * longest)
    if 50 <= longest <= 120 and full >= 0.8 * len(body):
        return False
    # two short lines that end no sentence are a caption set on two lines ('Đồng chí … trao quà
    # / cho hộ nghèo'), not two paragraphs
    return len(lines) > 2 or any(_LINE_END.search(x) for x in lines) or longest > 120


_INFOBOX_ROW = re.compile(r"\|[ \t]*\|[ \t]*$")  # a row whose last cells are empty
_TABLE_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?")
# an author's name (capitalised words, or one written in capitals) and the paper in brackets,
# before a time stamp
_AUTHOR_THEN_STAMP = re.compile(r"\s*(?P<author>[" + UPPERCASE + r"][^\W\d_]*(?:[ \t.]+[" + UPPERCASE + r"][^\W\d_]*){0,4}"
                                r"(?:[ \t]*\([^()\d\n]{2,40}\))?)[ \t]*[-–|,]?(?=[ \t]*\d)"
                                # ('Đời sống- Thùy Linh - 12:49 25/10/2021': the section, the author, the stamp)
                                r"|\s*(?P<author2>(?:[" + UPPERCASE + r"][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*[-–|][ \t]*){2,3})(?=\d)"
                                # ('Ban Thời sự-Thứ năm, ngày 30/06/2016 17:37 GMT+7': the desk, then the weekday)
                                r"|\s*(?P<author3>[" + UPPERCASE + r"][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3})[ \t]*[-–|][ \t]*"
                                r"(?=(?:Thứ|thứ|Chủ|chủ)[ \t])")
_CLOCK = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")


# an official text's place and date line: 'Lạng Sơn, ngày 20 tháng 12 năm 2024', 'Hà Nội, ngày 5/3/2024'
_DOCUMENT_DATE = re.compile(r"\s*[" + re.escape(UPPERCASE) + r"][^\W\d_]*(?:[ \t]+[" + re.escape(UPPERCASE) + r"][^\W\d_]*){0,3}"
                            r",[ \t]*(?:ngày[ \t]+)?(?P<d>\d{1,2})(?:[ \t]+tháng[ \t]+|[/.\-])(?P<m>\d{1,2})"
                            r"(?:[ \t]+năm[ \t]+|[/.\-])(?P<y>\d{4})[ \t]*\.?"
                            # ('Quảng Ninh, 22/11/2026 (TTXVN)': an agency's dateline on a line of its own)
                            r"(?:[ \t]*\([ \t]*[" + re.escape(UPPERCASE) + r"][^()\n]{1,30}\))?\s*")


def _line_date(pattern: re.Pattern, chunk: str) -> dt.date | None:
    """The day a whole line written as `pattern` (groups d, m, y) gives, if it is one."""
    return _day_of(pattern.fullmatch(_without_leading_symbols(chunk)))


def _day_of(m: re.Match | None) -> dt.date | None:
    """The day a match's groups d, m and y name, if they name one."""
    if not m:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _without_leading_symbols(chunk: str) -> str:
    """A line without the pictographs a social post sets before it ('📅 Thứ Bảy, 28/11/2026')."""
    i = 0
    while i < len(chunk) and (chunk[i].isspace() or unicodedata.category(chunk[i]) in ("So", "Sk", "Cf", "Mn")):
        i += 1
    return chunk[i:]


_STAMP_DAY = re.compile(r"\s*(?:ngày|cập\s+nhật:?)\s+(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})\s*", re.IGNORECASE)


_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
# 'VietBF - Vietnamese Best Forum Copyright ©2005 - 2025': a site's notice, wherever on its line
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|(?<!\w)copyright(?!\w)|(?<!\w)bản quyền thuộc(?!\w)", re.IGNORECASE)
_DAY_AND_CLOCK = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[ \t]*[,|\-]?[ \t]*\d{1,2}:\d{2}(?!\d)")


def _stamp_in_line(line: str) -> dt.date | None:
    """A day written with its clock time inside a line of other words: a time stamp."""
    return _day_of(_DAY_AND_CLOCK.search(line))


def _stamp_date(line: str) -> dt.date | None:
    """'Ngày 10/07/2020' alone on a line: the day a page was posted."""
    return _line_date(_STAMP_DAY, line)


def _document_date(chunk: str) -> dt.date | None:
    return _line_date(_DOCUMENT_DATE, chunk)


@cache
def _document_header_mark() -> re.Pattern:
    return re.compile(alternation(load("layout")["document_header_marks"]).replace(" ", r"\s+"))


_ISSUE_DAY_AT_LINE_END = re.compile(r"[" + re.escape(UPPERCASE) + r"][^\W\d_]*(?:[ \t]+[" + re.escape(UPPERCASE)
                                    + r"][^\W\d_]*){0,3},[ \t]*ngày[ \t]+(?P<d>\d{1,2})(?:[ \t]+tháng[ \t]+|[/.\-])"
                                    r"(?P<m>\d{1,2})(?:[ \t]+năm[ \t]+|[/.\-])(?P<y>\d{4})[ \t]*\.?[ \t]*$", re.MULTILINE)


def _document_header(text: str, paragraphs: list[tuple[int, int]]) -> tuple[int, dt.date | None]:
    """The last paragraph of an official text's header, and its day of issue: the issuer, the
    number, the national title and motto and '<place>, ngày … tháng … năm …', on lines of their
    own or flattened from two columns ('… CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / … / Số: 01-… Hà Nội,
    ngày 08 tháng 12 năm 1988'); (-1, None) when the text has none."""
    first = paragraphs[:12]
    mark = next((i for i, (s, e) in enumerate(first) if e - s <= 600 and _document_header_mark().search(text, s, e)), None)
    if mark is None:
        return -1, None
    for i, (s, e) in enumerate(first):
        if i >= mark - 4 and e - s <= 600 and (day := _day_of(_ISSUE_DAY_AT_LINE_END.search(text, s, e))):
            return max(i, mark), day
    return -1, None


def _widget_date(chunk: str) -> dt.date | None:
    return _line_date(_WIDGET, chunk) or _line_date(_WIDGET_WORDED, chunk)


def _ends_statement(chunk: str) -> bool:
    """Ends as a sentence does: a bracket alone does not ('… (1945 - 1954)'), one after a stop does."""
    chunk = chunk.rstrip()
    if chunk.endswith("]"):  # '… tách một phần đất của châu Văn Uyên.[1]': a wiki's footnote mark after the stop
        chunk = _FOOTNOTE_END.sub("", chunk)
    return _STATEMENT_END.search(chunk[-2:]) is not None  # only its last characters count


_DAY_OR_MONTH_IN_BRACKETS_END = re.compile(r"\(\s*(?:\d{1,2}\s*/\s*)?\d{1,2}\s*/\s*\d{4}\s*\)\s*$")
_BULLET_ITEM = re.compile(r"[ \t]*[•·●○◦▪■►▶✓✔][ \t]")
_FOOTNOTE_END = re.compile(r"(?:\[\d{1,3}\])+$")


def _ends_sentence(chunk: str) -> bool:
    return _SENTENCE_MARK_END.search(chunk.rstrip()[-1:]) is not None


_QUOTED_NAME_END = re.compile(r"[^\W_][\"”»]\s*$")
_STOP_INSIDE = re.compile(r"[.!?…:;][ \t]")
_SENTENCE_INSIDE = re.compile(r"[.!?…;][ \t]")
_STATEMENT_END = re.compile(r"(?:[.!?…:;\"”»]|[.!?…][)\]])$")
_SENTENCE_MARK_END = re.compile(r"[.!?…:;\"”»)\]]$")


@cache
def _furniture_label() -> re.Pattern:
    return re.compile(r"\s*(?:" + alternation(load("layout")["furniture_labels"]) + r")\s*(?::|$|\s*>)", re.IGNORECASE)


_BREADCRUMB = re.compile(r"[^\n.>»›]{1,40}(?:\s[>»›]\s[^\n.>»›]{1,40}){1,6}")


@cache
def _footer_start() -> re.Pattern:
    return re.compile(r"\s*(?:" + alternation(load("layout")["footer_starts"]) + r")(?!\w)", re.IGNORECASE)


@cache
def _record_line() -> re.Pattern:
    return re.compile(r"\s*(?:[-–•+*]\s*)?(?:" + alternation(load("titles")["record_fields"]) + r")\s*:", re.IGNORECASE)


# 'Bí danh: Tô', 'Quê quán: Huyện Mộ Đức': a short label and its value, as a record's other lines
_LABELLED_LINE = re.compile(r"\s*(?:[-–•+*]\s*)?[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*\S")


@cache
def _scene_caption() -> re.Pattern:
    return re.compile(r"\s*(?:" + alternation(load("layout")["scene_captions"]) + r")(?!\w)")


@cache
def _question_label() -> re.Pattern:
    return re.compile(r"\s*(?:" + alternation(load("layout")["interviewer_labels"]) + r")\s*:")


@cache
def _comment_heading() -> re.Pattern:
    lex = load("layout")
    return re.compile(alternation(lex["comment_headings"] + lex["reference_headings"]), re.IGNORECASE)


_WIKI_EDIT_MARK = re.compile(r"\[\s*sửa(?:\s*\|\s*sửa mã nguồn)?\s*\]")


@cache
def _related_heading() -> re.Pattern:
    return re.compile(alternation(load("layout")["related_headings"]), re.IGNORECASE)


@cache
def _furniture_patterns():
    lay = load("layout")
    return (re.compile(r"(?:" + alternation(lay["caption_cues"]) + r")(?!\w)"),
            re.compile(alternation(lay["photo_credits"]), re.IGNORECASE),
            re.compile(r"\s*" + alternation(lay["dateline_labels"]) + r"\s*:?\s*", re.IGNORECASE),
            re.compile(r"\s*\(?" + alternation(lay["byline_cues"]) + r"(?!\w)", re.IGNORECASE),
            re.compile(r"(?:" + alternation(lay["caption_labels"]) + r")\s*:"))


def analyse(text: str) -> Layout:
    caption_cue, credit, dateline, byline_cue, caption_label = _furniture_patterns()
    furniture = _furniture_label()
    related_heading = _related_heading()
    question = _question_label()
    footer = _footer_start()

    paragraphs = _paragraphs(text)
    header_end, header_day = _document_header(text, paragraphs)
    blocks: list[Block] = []
    page_date = published = None
    credit_day = credit_end = None
    title = byline = None
    related = False  # after 'Tin liên quan': the site's links to other stories
    comments = False  # after 'Bình luận': readers' comments
    source = None
    source_credit = _source_credit()
    bodies = 0  # body paragraphs so far: a source credit opens one of the first two
    for i, (s, e) in enumerate(paragraphs):
        chunk = text[s:e]
        kind = "body"
        if comments or (i > 0 and len(chunk) <= 60 and _comment_heading().fullmatch(
                _WIKI_EDIT_MARK.sub("", chunk).strip(" :.-–()0123456789"))):
            # 'Bình luận': readers' comments to the end of the page; 'Tham khảo[sửa | sửa mã nguồn]':
            # a wiki's references (their access dates are no events)
            comments = True
            blocks.append(Block(s, e, "furniture"))
            continue
        if related and not _looks_like_links(chunk):
            related = False  # the story goes on after the site's links
        if related or (i > 0 and len(chunk) <= 40 and related_heading.fullmatch(chunk.strip(" :.-–"))):
            related = True
            blocks.append(Block(s, e, "related"))
            continue
        if _TABLE_RULE.fullmatch(chunk) or (i + 1 < len(paragraphs) and chunk.lstrip().startswith("|")
                                             and _TABLE_RULE.fullmatch(text, *paragraphs[i + 1])):
            # a Markdown table's header row ('| Chỉ tiêu | 2021 | 2022 |') labels its columns;
            # its years are no events (and the rule under it is no text)
            blocks.append(Block(s, e, "furniture"))
            continue
        if len(chunk) <= 120 and _INFOBOX_ROW.search(chunk):
            # a wiki infobox copied as text ('Năm công nhận | 2016[1] | |', 'Dân số (2019) | ||'):
            # the page's facts in a table, told again in its prose; no events of their own
            blocks.append(Block(s, e, "furniture"))
            continue
        if len(chunk) <= 200 and (furniture.match(chunk) or footer.match(chunk) or i <= 2 and _BREADCRUMB.fullmatch(chunk)
                                  or _COPYRIGHT.search(chunk) and "\n" not in chunk.strip()):
            blocks.append(Block(s, e, "furniture"))  # 'Trang chủ > Chính trị', 'Từ khóa: …'
            continue
        if question.match(chunk) and chunk.rstrip().endswith("?"):
            blocks.append(Block(s, e, "question"))  # 'PV: Thưa ông, năm 2023 … nào?': asks, tells nothing
            continue
        if i == len(paragraphs) - 1 and i > 2 and page_date is None and published is None and len(chunk) <= 60 \
                and _CLOCK.search(chunk) and (d := _widget_date(chunk)):
            # '27/11/2026 06:15' alone at the foot of a story with no stamp above it: the story's own
            blocks.append(Block(s, e, "dateline"))
            published = d
            continue
        if (i > 2 or page_date is not None or published is not None) and len(chunk) <= 60 and _widget_date(chunk):
            blocks.append(Block(s, e, "furniture"))  # a later post's date on a page of several ('15 thg 7, 2019')
            continue
        if i <= 2 and page_date is None and published is None and (d := _widget_date(chunk)):
            # with its clock time, the line is the story's own time stamp ('Thứ Bảy, 17/02/2024
            # | 10:35', under the headline or above it); a bare date above the headline is the
            # site's date bar (the day the page was saved: 'Thứ sáu, 28/01/2022' over the seed)
            if _CLOCK.search(chunk):
                kind, published = "dateline", d
            else:
                kind, page_date = "page_date", d
        elif (m := dateline.match(chunk)) and (d := _widget_date(chunk[m.end():])):
            kind, published = "dateline", d
        elif i <= 3 and published is None and chunk.count("\n") == 1 \
                and len(author := chunk.split("\n")[0].strip()) <= 40 and not any(c.isdigit() for c in author) \
                and _CLOCK.search(stamp := chunk.split("\n")[1]) and (d := _widget_date(stamp)):
            # 'PV\n07:15 25/07/2024': the author's line over the story's time stamp
            kind, published, byline = "dateline", d, byline or author
        elif i <= 3 and published is None and "\n" not in chunk.strip() and _CLOCK.search(chunk) \
                and (m := _AUTHOR_THEN_STAMP.match(chunk)) and (d := _widget_date(chunk[m.end():])):
            # 'HƯNG THƠ (báo lao động) 29/01/2026 16:34 (GMT+7)': the author (and paper) and the
            # story's time stamp on one line
            kind, published, byline = "dateline", d, byline or (m["author"] or m["author2"] or m["author3"]).strip(" -–|")
        elif i <= 3 and published is None and "\n" not in chunk.strip() and len(chunk) <= 120 \
                and not _ends_statement(chunk) and (_URL.search(chunk) or len(chunk) <= 80) \
                and (d := _stamp_in_line(chunk)):
            # 'Theo dõi https://media.congthuong.vn/ trên04/03/2019 18:34': a site's furniture
            # around the story's time stamp, a day with its clock time
            kind, published = "dateline", d
        elif i <= header_end:
            # an official text's header: the issuer, the number, the motto, the day of issue
            kind, published = "dateline", published or header_day
        elif i <= 4 and published is None and (d := _document_date(chunk)):
            kind, published = "dateline", d  # 'Lạng Sơn, ngày 20 tháng 12 năm 2024' over an official text
        elif i == len(paragraphs) - 1 and i > 0 and _is_byline(chunk, byline_cue):
            kind, byline = "byline", chunk
        elif title is None and not any(b.kind in ("title", "body") for b in blocks) and published is None \
                and chunk.strip().count("\n") == 1 and len(chunk) <= 300 \
                and (d := _widget_date(chunk.strip().split("\n")[1]) or _stamp_date(chunk.strip().split("\n")[1])):
            # 'Đình Khả Phú\nNgày 10/07/2020': the headline and, on the next line, the story's day
            cut = s + chunk.index("\n", len(chunk) - len(chunk.lstrip()))
            title, published = text[s:cut].strip(), d
            blocks.append(Block(s, cut, "title"))
            blocks.append(Block(cut + 1, e, "dateline"))
            continue
        elif title is None and not any(b.kind in ("title", "body") for b in blocks) \
                and (not _ends_statement(chunk) or _QUOTED_NAME_END.search(chunk) and not _STOP_INSIDE.search(chunk)
                     # ('Lao động nam sinh tháng 5/1966 khi nào được nghỉ hưu?': a headline may ask, on
                     # one sentence, what the story answers)
                     or chunk.rstrip().endswith("?") and not _SENTENCE_INSIDE.search(chunk)
                     and i + 1 < len(paragraphs) and len(chunk) <= 200) \
                and len(chunk) <= 300:
            # ('Phát động cuộc thi viết "Tự hào 80 năm Công an nhân dân"': a headline may end in a
            # quoted name, its last word before the quote, as a statement does not)
            # ('Kỷ niệm 70 năm Chiến thắng Biên giới 1950 … (3/10/1950-3/10/2020)': a headline may
            # end in a bracket, as no sentence does without a stop)
            if _short(chunk) and (blocks and blocks[-1].kind == "furniture" or i + 1 < len(paragraphs)
                                  and _short(text[paragraphs[i + 1][0]:paragraphs[i + 1][1]])):
                # a menu's items above the headline ('Thời sự', 'Chính trị', 'Văn hóa - Xã hội'):
                # short lines in a run
                blocks.append(Block(s, e, "furniture"))
                continue
            kind, title = "title", chunk
        elif _BULLET_ITEM.match(chunk):
            kind = "body"  # '• Thành lập thị trấn Thất Khê …': a list's item, ended by a stop or not
        elif "\n" in chunk and any(_record_line().match(line) for line in chunk.split("\n")) \
                and all(_record_line().match(line) or _LABELLED_LINE.match(line) for line in chunk.split("\n") if line.strip()):
            kind = "body"  # 'Ngày sinh: 01-03-1906 ¶ Ngày vào Đảng: 1940': a record's fields, no photo's caption
        elif not _ends_sentence(chunk) and (
                "\n" in chunk and (len(chunk) <= 200 or not _INNER_SENTENCE_END.search(chunk))
                or caption_cue.match(chunk) and len(chunk) <= 250 or credit.search(chunk)) \
                or caption_label.match(chunk) and len(chunk) <= 400 \
                or _scene_caption().match(chunk) and len(chunk) <= 200 and chunk.count(". ") == 0:
            # (a long paragraph that only lacks its full stop is still the story, wrapped or not:
            # a page's text cut off mid-sentence)
            kind = "caption"
        elif not _ends_statement(chunk) and len(chunk) <= 200 and bodies and _DAY_OR_MONTH_IN_BRACKETS_END.search(chunk) \
                and " " in chunk[:chunk.rfind("(")].strip():
            # 'Gia đình ông Ngô Đức Viên đón nhận Bằng có công với nước (8/1998)' between the story's
            # paragraphs: a photo's caption dates the photo so; a heading names a span of years
            kind = "caption"
        elif not _ends_statement(chunk) and len(chunk) <= 120:
            kind = "heading"  # 'Thời kỳ kháng chiến chống Pháp (1945 - 1954)' too
        elif credit.search(chunk[-40:]) and len(chunk) <= 400:
            kind = "caption"
        elif source is None and bodies < 2 and (m := source_credit.match(chunk)) \
                and m.end() < len(chunk) and (chunk[m.end()].isupper() or chunk[m.end()] in "\"“"):
            # the story's source before its first words: a block of its own, then the story
            source = chunk[:m.end()].strip(" -–—")
            if m["day"] or m["day2"] or m["day3"]:
                # 'HÀ NỘI, 22/11 (TTXVN) - …': the credit's day is the story's, told in its first
                # sentence; the credit stays in the paragraph (its title leaves it out)
                group = "day" if m["day"] else "day2" if m["day2"] else "day3"
                credit_day = (s + m.start(group), s + m.start(group) + len(m[group].rstrip()))
                credit_end = s + m.end()
            else:
                blocks.append(Block(s, s + m.end(), "source"))
                s = s + m.end()
        blocks.append(Block(s, e, kind))
        bodies += kind == "body"
    if byline is None:
        # the authors' names above the page's own links and labels ('MINH ANH', then 'Xem
        # thêm:', 'Từ khóa: …'): the last words of the story are its byline
        tail = len(blocks)
        while tail > 0 and blocks[tail - 1].kind in ("related", "furniture", "caption"):
            tail -= 1
        if 1 < tail < len(blocks) and blocks[tail - 1].kind in ("heading", "body") \
                and _is_byline(text[blocks[tail - 1].start:blocks[tail - 1].end], byline_cue):
            blocks[tail - 1].kind = "byline"
            byline = text[blocks[tail - 1].start:blocks[tail - 1].end]
    sentences = []
    for b in blocks:
        sentences.extend(split_sentences(text, b.start, b.end))
    return Layout(blocks, sentences, page_date, published, title, byline, source, credit_day, credit_end)


_LINK_DATE = re.compile(r"\(\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\s*\)\s*$")


def _looks_like_links(chunk: str) -> bool:
    """Lines that name other stories ('Tràng Định: Khánh thành cầu Bản Trại (05/12/2024)'):
    short, not sentences, or ending with the story's date in brackets."""
    return all(len(x) <= 200 and (not _ends_statement(x) or _LINK_DATE.search(x))
               for x in chunk.split("\n") if x.strip())


def wrapped_paragraphs(layout: Layout, text: str) -> list[tuple[int, int]]:
    """The story's paragraphs (and headline) that kept their line breaks: wrapped to a width,
    their lines are no sentences (a page copied one paragraph a line was cut up already)."""
    return [(b.start, b.end) for b in layout.blocks if b.kind in ("body", "title") and "\n" in text[b.start:b.end]]


def _is_byline(chunk: str, cue: re.Pattern) -> bool:
    if len(chunk) > 80 or _ends_sentence(chunk) and not chunk.endswith(")"):
        return False
    # 'THU TRANG (thực hiện)', 'MINH ANH (tổng hợp)': the names, not their bracketed role
    letters = [c for c in _ROLE_AFTER.sub("", chunk) if c.isalpha()]
    mostly_upper = letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return bool(mostly_upper or cue.match(chunk))


_ROLE_AFTER = re.compile(r"\s*\([^()]{1,30}\)\s*$")


@cache
def _abbreviations() -> re.Pattern:
    abbr = load("layout")["sentence_abbreviations"]
    return re.compile(r"(?:^|(?<=\s))(?:" + "|".join(re.escape(a) for a in abbr) + r")$")


# a stop ends a sentence before a capital letter or a digit (after an opening quote or bracket):
# the engine looks ahead, so the many stops inside sentences ('1,2 km.', 'v.v. và') cost no call
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»')\]]*(?=\s+[\"“«(\[]?[" + re.escape(UPPERCASE) + r"\d])|\n")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end]: at . ! ? … before a capital letter or a digit, and at
    line breaks; not after abbreviations ('TP.', 'TS.')."""
    abbr = _abbreviations()
    spans = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group(0) != "\n" and abbr.search(text[max(s, m.start() - 6):m.start() + 1]):
            continue
        if m.group(0) == "." and m.start() > 1 and text[m.start() - 1].isupper() and not text[m.start() - 2].isalnum() \
                and text[m.end():m.end() + 3].lstrip().startswith("("):
            continue  # 'đối tượng Hoàng Văn B. (SN 1995) đang …': an initial, its bracket, the sentence going on
        e = m.end()
        if text[s:e].strip():
            spans.append((s, e))
        s = e
    if text[s:end].strip():
        spans.append((s, end))
    # trim surrounding spaces so sentence text starts at a word
    return [(a, b) for a, b in (_trimmed(text, a, b) for a, b in spans) if b > a]
