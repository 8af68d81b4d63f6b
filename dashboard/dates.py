"""Finding Vietnamese temporal expressions: one small rule per form, then rules that compose.

Each `@rule` answers to one pattern (written with the lexicon slots of patterns.py) and returns
a `Mention` holding typed partial dates (`Part`): a year, a month or a day may be missing and
is filled later, by a neighbouring expression ('từ tháng 3 đến tháng 5/1946') or by the
article's own time (resolve.py).  Composition rules then join mentions: ranges, open
intervals, parts of periods, weekdays, clock times and lunar markers; the passes that read a
mention against its neighbours (anniversary pairs, restatements, documents, reports …) are in
mentions.py, whose `find_mentions` runs both.  Everything here works on the matching view of
the text (textnorm.NormalText.text).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from .lexicon import alternation, load, trie_pattern
from .patterns import fill
from .textnorm import UPPERCASE, lower_view

FLAGS = re.IGNORECASE


@dataclass
class Part:
    """A partial date.  `precision` says how much of it the text gives."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    precision: str = "day"
    span: tuple[int, int] | None = None  # months (season, quarter, half, part) or years
    approx: bool = False
    lunar: bool = False
    leap: bool = False
    weekday: int | None = None
    decade2: int | None = None  # 'thập niên 90': the century is found later
    canchi: str | None = None  # 'Canh Tý': the year is found near the article's year
    century_n: int | None = None
    bce: bool = False
    decades_from_now: int | None = None  # 'thập kỷ trước' (-1): counted from the article's decade


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # point, range, before, after, until_now, from_now, relative, same_year, since_told, years_later,
    #            years_ago, months_later, anniversary, named
    a: Part | None = None
    b: Part | None = None
    rule: str = ""
    weak: bool = False  # a bare 'dd/mm' with no cue: kept only if it joins a range
    info: dict = field(default_factory=dict)
    approx: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def length(self) -> int:
        return self.end - self.start


RULES: list[tuple[str, re.Pattern, int, callable, object]] = []
DIGIT = "digit"
DIGIT_START = "digit start"  # the match starts where a run of digits does


def rule(template: str, priority: int = 0, gate=DIGIT):
    """Register a rule: its pattern (with lexicon slots) and a function match → Mention.

    `gate` says what a match must hold, for speed: DIGIT (the rule is run only in windows
    around digits), DIGIT_START (it is tried only where a run of digits starts: its pattern
    opens with digits that no digit may precede) or Anchors (windows around words or a cue
    pattern).
    """

    def register(fn):
        # Rules match the lowercased text case-sensitively: IGNORECASE makes every scan
        # several times slower.  Functions that care about capitals look at `text`.
        RULES.append((fn.__name__, re.compile(_lookbehind_after_first(fill(template))), priority, fn, gate))
        return fn

    return register


_WORD_START = r"(?<!\w)"


def _lookbehind_after_first(pattern: str) -> str:
    r"""'(?<!\w)tháng…' → 't(?<!\w.)háng…': the same matches, but a pattern that opens with a
    letter lets the regex engine jump from one 't' to the next instead of trying every
    position (a lookbehind in front hides that letter from it)."""
    if pattern.startswith(_WORD_START) and len(pattern) > len(_WORD_START) + 1:
        first = pattern[len(_WORD_START)]
        if first.isalpha() and pattern[len(_WORD_START) + 1] not in "?*+{":
            return first + r"(?<!\w.)" + pattern[len(_WORD_START) + 1:]
    return pattern


_YEAR_PART_CUE = re.compile(r"(?:đầu|cuối|giữa|nửa|sau|tháng)\s+năm(?!\s*\d)")
_COUNTED_CUE = re.compile(r"năm\s+(?:sau|trước|về)|sau\s+(?:đó\s+)?\S+\s+năm|cách\s+(?:đây|nay)")


class Anchors:
    """What a rule's match must hold (words, lexicon entries or a cue pattern): the rule is
    run only in windows around them, as digit rules are around digits, not over the text."""

    def __init__(self, *words, lexicon: str | None = None, keys=(), pattern: re.Pattern | None = None):
        self.words, self.lexicon, self.keys, self._pattern = words, lexicon, keys, pattern
        self.by_words = pattern is None  # word anchors are found together, in one scan

    def all_words(self) -> list[str]:
        return list(self.words) + [e for key in self.keys for e in load(self.lexicon)[key]]

    @property
    def pattern(self) -> re.Pattern:
        if self._pattern is None:
            self._pattern = re.compile(trie_pattern(self.all_words(), space=" "))  # one scan, not one per word
        return self._pattern

    def windows(self, low: str) -> list[tuple[int, int]]:
        return _merged_windows(self.pattern.finditer(low), len(low))


def _has(*words):
    return Anchors(*words)


def _has_lexicon(name, *keys):
    return Anchors(lexicon=name, keys=keys)


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() else None


def _month(s: str) -> int | None:
    if s.isdigit():
        m = int(s)
        return m if 1 <= m <= 12 else None
    return load("calendar")["month_words"].get(re.sub(r"\s+", " ", s.lower()))


def _roman(s: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    s = s.upper()
    if not s or any(c not in values for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = values[c]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    r = _roman(s)
    if r:
        return r
    return load("calendar")["number_words"].get(re.sub(r"\s+", " ", s.lower()))


def _valid_day(d: int | None, m: int | None) -> bool:
    if d is None or m is None:
        return False
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


# ---------------------------------------------------------------- atomic rules: full dates

@rule(r"(?<!\w)tức(?:\s+là)?\s+(?:ngày\s+)?(?P<d>{DAY})\s*/\s*(?P<m>{MONTH})\s*/\s*(?P<y>\d{{3}})(?![\d/])", 30,
      gate=_has("tức"))
def early_solar_restatement(m, text):
    """'ngày 12 tháng 2 năm Giáp Tuất (tức ngày 8/3/974)': a solar day of the first millennium,
    restating a lunar one; three digits are a year only so said."""
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not _valid_day(d, mo):
        return None
    return Mention(m.start("d"), m.end(), "point", Part(y, mo, d, "day"))


# a space may stand around a slash or hyphen in typed text ('20 / 11 / 2024', '20- 11-2024')
@rule(r"(?<![\d/.,])(?P<d>{DAY})(?:(?P<dot>\.)|[ ]?(?P<sl>/)[ ]?|[ ]?(?P<hy>-)[ ]?)(?P<m>{MONTH})"
      r"(?(dot)\.|(?(sl)[ ]?/[ ]?|[ ]?-[ ]?))(?P<y>\d{{4}})(?![\d/]|\.\d)", 30, gate=DIGIT_START)
def numeric_day_month_year(m, text):
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not _valid_day(d, mo) or not 1000 <= y <= 2199:
        return None
    return Mention(m.start(), m.end(), "point", Part(y, mo, d, "day"))


# ISO 8601, as forms and data exports write it ('ngày 2025-03-05'): the year first, four digits, and
# both month and day with two
@rule(r"(?<![\w/.,\-])(?P<y>(?:1[0-9]|2[01])\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/\-]|[.,]\d)", 30,
      gate=DIGIT_START)
def iso_date(m, text):
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not _valid_day(d, mo):
        return None
    return Mention(m.start(), m.end(), "point", Part(y, mo, d, "day"))


@rule(r"(?<![\d/.,])(?P<d>{DAY})(?P<s>[/.\-])(?P<m>{MONTH})(?P=s)(?P<yy>\d\d)(?![\d/\-]|[.,]\d)", 29, gate=DIGIT_START)
def numeric_two_digit_year(m, text):
    """'Ngày 2-9-45', 'ngày 20/11/24': a year written with two digits, after a word that says
    a day follows; its century is the one that puts it at or before the article's time
    (resolve), and it is marked inferred."""
    d, mo = int(m["d"]), int(m["m"])
    if not _valid_day(d, mo) or not _DAY_CUE.search(text[max(0, m.start() - 32):m.start()]):
        return None
    return Mention(m.start(), m.end(), "point", Part(None, mo, d, "day"), info={"yy": int(m["yy"])})


# tried where the day's digits start (the word before it is looked up by the function):
# scanning every position of a window for an optional 'ngày' cost more than all the rest
@rule(r"(?<![\d/.,])(?P<d>{DAY})\s+tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})(?P<leap>\s+nhuận)?"
      r"(?:\s*(?:,\s*)?năm\s+(?:(?P<y>\d{{3,4}})|(?P<cc>{CAN_CHI})(?:\s*\(\s*(?P<cy>{YEAR4})\s*\))?)"
      # 'ngày 15 tháng 10, 2024,': the year after a comma, as English writes it
      r"|,[ \t]*(?P<cy2>(?:1[89]|20)\d\d)(?=\s*[,.;:)]|\s*$)"
      # '13 tháng Giêng Bính Thân': the cycle year without 'năm'
      r"|\s+(?P<cc2>{CAN_CHI})(?!\w)"
      # 'ngày 30 tháng 3/1972': the day in words, the month and year in figures
      r"|(?<=\d)\s*[/\-]\s*(?P<sy>{YEAR4})(?![\d/]))?(?!\s*[/.\-]\d)", 28, gate=DIGIT_START)
def worded_day_month_year(m, text):
    """'ngày 2 tháng 9 năm 1945'; 'mùng 7 tháng Giêng năm Giáp Thìn' is lunar."""
    pre = _DAY_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
    mo = _month(m["m"])
    d = int(m["d"])
    if not _valid_day(d, mo):
        return None
    cc = m["cc"] or m["cc2"]
    if m["sy"] and not pre:
        return None  # ('trong 5 tháng 3/2024 …' without 'ngày': a count of months, then March)
    if m["m"] == "năm" and not (m["y"] or cc or m["cy2"] or m["sy"]) and not text[m.start("m")].isupper():
        return None  # 'ngày 5 tháng năm' without a year: 'tháng năm' is 'the months'
    if not pre and not (m["y"] or cc or m["cy2"] or m["sy"]) \
            and not (m["m"].lower() in ("giêng", "chạp") or not m["m"][:1].isdigit() and text[m.start("m")].isupper()) \
            and not (_day_part_before().search(text, max(0, m.start() - 16), m.start()) or _LUNAR_AFTER.match(text, m.end())
                     or _RANGE_END_BEFORE.search(text, max(0, m.start() - 8), m.start()) and not _UNIT_AFTER.match(text, m.end())):
        # '5 tháng 3' alone may be a duration ('5 tháng 3 ngày'); '30 tháng Giêng' is a day, and so
        # is one after a part of a day or before 'âm lịch' ('Rạng sáng 30 tháng 4', '15 tháng 8 âm lịch')
        return None
    y = _int(m["y"]) or _int(m["cy"]) or _int(m["cy2"]) or _int(m["sy"])  # 'năm Kỷ Dậu (1789)': the bracket names the year
    lunar = bool(cc) or bool(m["leap"]) or (y is None and _is_lunar_month_word(m["m"]))
    if m["leap"] and not (y or cc) and not ((told := _LUNAR_AFTER.match(text, m.end())) and (told["y"] or told["cc"])):
        return None  # ('tháng 7 nhuận' with no year: which year's leap month is not told; 'âm lịch năm 2025' tells it)
    # ('ngày 29 tháng 7 nhuận năm Nhâm Tí (1792)': a leap month is the lunar calendar's)
    return Mention(pre.start() if pre else m.start(), m.end(), "point",
                   Part(y, mo, d, "day", lunar=lunar, leap=bool(m["leap"]), canchi=None if y else cc))


_DAY_WORD_BEFORE = re.compile(r"(?<!\w)(?:ngày|mùng|mồng)\s+$", FLAGS)
# ('Từ 20 tháng 8 đến 2 tháng 9': a stretch's ends, though 'ngày' is not written; not a count,
# 'từ 3 tháng 6 ngày')
_RANGE_END_BEFORE = re.compile(r"(?<!\w)(?:từ|đến|tới)\s+$", FLAGS)
_UNIT_AFTER = re.compile(r"\s+(?:ngày|tuần|năm|tuổi|giờ)(?!\w)", FLAGS)


@cache
def _day_part_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("calendar")["day_parts"] + ["hôm"]) + r")\s+$", FLAGS)


def spelled_number(words: str) -> int | None:
    """A number written in words, up to the thousands: 'một nghìn chín trăm bốn mươi lăm' →
    1945, 'hai mươi mốt' → 21, 'mười chín' → 19, 'hai nghìn không trăm hai mươi' → 2020."""
    lex = load("calendar")["spelled_numbers"]
    digits = lex["digits"]
    total = group = 0
    pending: int | None = None
    for w in words.lower().split():
        if w in lex["thousand"]:
            total += (group + (pending or 0) or 1) * 1000
            group, pending = 0, None
        elif w in lex["hundred"]:
            group += (1 if pending is None else pending) * 100
            pending = None
        elif w in lex["tens"]:
            if pending is None:
                return None
            group += pending * 10
            pending = None
        elif w in lex["ten"]:
            group += 10
        elif w in lex["zero_tens"]:
            continue
        elif w in digits:
            if pending is not None:
                return None  # two digits side by side: no number ('hai ba')
            pending = digits[w]
        else:
            return None
    return total + group + (pending or 0)


@rule(r"(?<!\w)(?P<pre>ngày|mùng|mồng)\s+(?P<d>{SPELLED})\s+tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD}|{SPELLED})"
      r"(?:\s*,?\s*năm\s+(?:(?P<y>\d{{3,4}})|(?P<cc>{CAN_CHI})|(?P<yw>{SPELLED})))?(?!\w)", 27, gate=_has("tháng"))
def spelled_date(m, text):
    """'ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm', 'Ngày mười chín tháng mười
    hai năm 1946': a date written in words, as decrees and old documents write it."""
    d = spelled_number(m["d"])
    mo = _month(m["m"]) or spelled_number(m["m"])  # 'tháng chín', 'tháng 9', 'tháng Giêng'
    y = int(m["y"]) if m["y"] else (spelled_number(m["yw"]) if m["yw"] else None)
    if d is None or not _valid_day(d, mo) or (m["yw"] and not (y and 100 <= y <= 2199)):
        return None
    lunar = bool(m["cc"]) or y is None and _is_lunar_month_word(m["m"])
    return Mention(m.start(), m.end(), "point", Part(y, mo, d, "day", lunar=lunar, canchi=m["cc"]))


@rule(r"(?<!\w)năm\s+(?P<yw>{SPELLED})(?!\w)", 12, gate=_has("nghìn", "ngàn"))
def spelled_year(m, text):
    """'năm một nghìn chín trăm ba mươi': a year written in words (with its thousands and
    hundreds, as a year is read out), not a count ('năm một nghìn người')."""
    words = m["yw"].lower().split()
    y = spelled_number(m["yw"])
    if y is None or not 1000 <= y <= 2199 or "trăm" not in words:
        return None
    return Mention(m.start(), m.end(), "point", Part(y, None, None, "year"))


@rule(r"(?<!\w)(?:ngày\s+)?(?:mùng|mồng)\s+(?P<d>10|[1-9])(?![\w/\-]|[.,]\d|\s+(?:tháng|tết|\d))", 2, gate=_has("mùng", "mồng"))
def lone_day(m, text):
    """'… từ mùng 8 đến mùng 10 tháng Giêng, trong đó chính hội vào ngày mùng 9': a day of the
    month told just before, without its month (find_mentions gives it one, or drops it)."""
    return Mention(m.start(), m.end(), "point", Part(None, None, int(m["d"]), "day", lunar=True), info={"lone_day": True})


@rule(r"(?<!\w)(?:(?:ngày|sáng|chiều|tối|đêm)\s+)?(?:mùng|mồng)\s+(?P<d>[1-9]|10|{NUMBER_WORD})\s+tết"
      r"(?:\s+(?:nguyên\s+đán\s+)?(?:năm\s+)?(?P<cc>{CAN_CHI}))?(?:\s*\(\s*(?:(?P<cc3>{CAN_CHI})\s*,?\s*)?(?P<cy>{YEAR4})\s*\)"
      r"|\s+(?:nguyên\s+đán\s+)?(?:năm\s+)?(?P<y>{YEAR4})|\s+nguyên\s+đán|\s+năm\s+(?P<rel>sau|tới|nay|ngoái|trước))?(?!\w)",
      27, gate=_has("tết"))
def day_of_tet(m, text):
    """'mùng 5 Tết Kỷ Dậu (1789)', 'mồng 5 Tết (Kỷ Dậu, 1789)', 'mồng 3 Tết': a day of the lunar
    new year ('Mùng 2 Tết năm sau': of the Tết a year on from the one at hand)."""
    d = _number(m["d"])
    if not d or d > 10:
        return None
    y = _int(m["y"]) or _int(m["cy"])
    mention = Mention(m.start(), m.end(), "point", Part(y, 1, d, "day", lunar=True, canchi=None if y else m["cc"]))
    if m["rel"]:
        mention.info["year_offset"] = load("relative")["expressions"][f"năm {m['rel'].lower()}"]["offset"]
        mention.info["festival"] = "tết"
    return mention


@rule(r"(?<!\w)(?:mùng|mồng)\s+(?P<d1>[1-9]|10)\s*(?:-|–|đến|tới)\s*(?:hết\s+)?(?:(?:ngày|mùng|mồng)\s+)?(?P<d2>[1-9]|10)\s+tết"
      r"(?:\s+(?:nguyên\s+đán\s+)?(?:năm\s+)?(?P<cc>{CAN_CHI}))?(?:\s+(?:nguyên\s+đán\s+)?(?:năm\s+)?(?P<y>{YEAR4}))?(?!\w)",
      28, gate=_has("tết"))
def days_of_tet(m, text):
    """'Từ mùng 1 đến mùng 3 Tết', 'mùng 2 - 4 Tết Bính Ngọ': days of the lunar new year, the
    feast named once after the last."""
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d1 >= d2:
        return None
    y = _int(m["y"])
    cc = None if y else m["cc"]
    return Mention(_range_start(text, m.start()), m.end(), "range", Part(y, 1, d1, "day", lunar=True, canchi=cc),
                   Part(y, 1, d2, "day", lunar=True, canchi=cc))


@rule(r"(?<!\w)ngày\s+(?:(?P<w>đầu\s+tiên|cuối\s+cùng)\s+(?:của\s+|trong\s+)?năm|đầu\s+năm\s+mới(?:\s+năm)?)\s+(?P<y>{YEAR4})(?!\d)",
      26, gate=_has("ngày đầu", "ngày cuối"))
def first_or_last_day_of_year(m, text):
    """'Ngày đầu tiên của năm 2025', 'ngày đầu năm mới 2026' (1 January), 'ngày cuối cùng của năm
    2024' (31 December)."""
    if re.search(r"(?<!\w)(?:những|các|mấy)\s+$", text[max(0, m.start() - 8):m.start()], FLAGS):
        return None  # 'Những ngày đầu năm mới 2025': the first days, told by their year
    y = int(m["y"])
    last = bool(m["w"]) and m["w"].lower().startswith("cuối")
    return Mention(m.start(), m.end(), "point", Part(y, 12 if last else 1, 31 if last else 1, "day"))


def _is_lunar_month_word(word: str) -> bool:
    return re.sub(r"\s+", " ", word.lower()) in load("calendar")["lunar_month_words"]


# what makes a bare 'dd/mm' a date: a day word, a bracket, a weekday, or a date just before it
# in a list ('Ngày 10/10 và 15/10')
_DAY_CUE = re.compile(fill(r"(?:(?<!\w){DAY_PREFIX}|\(|{WEEKDAY}\s*,?|(?<!\w)(?:{DAY_PREFIX})\s+\d{{1,2}}[/.\-]\d{{1,2}}"
                           r"(?:[/.\-]\d{{2,4}})?\s*(?:,|và|hoặc))\s*$"), FLAGS)


_SCORE_THEN_BRACKET = re.compile(r"(?<![\d/.])\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]*\("
                                 r"(?:[ \t]*\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]*,)*[ \t]*$")
_SHARE_AFTER = re.compile(r"(?:[ \t]*[-–][ \t]*\d{1,2}/\d{1,2})?[ \t]+(?:số|phần|diện[ \t]+tích|dân[ \t]+số|tổng[ \t]+số|lượng)(?!\w)",
                          FLAGS)


# (or a weekday or a day counted from today, and the bracket: 'thứ Năm (22.5)', 'Sáng nay (22.5)')
_DOTTED_DAY_CUE = re.compile(fill(r"(?<!\w)(?:ngày|mùng|mồng|hôm|{DAY_PART})\s*$"
                                  r"|(?<!\w)(?:{WEEKDAY}|nay|qua|mai)\s*,?\s*\(\s*$"), FLAGS)


# (not the first two numbers of '10/3/2025' nor '10-3-2025'; but '10/3-15/3' is two days)
@rule(r"(?<![\d/.,])(?P<d>{DAY})(?P<s>[/.\-])(?P<m>{MONTH})(?![\d]|[/.]\d|-\d(?!\d?[/.]\d))", 10, gate=DIGIT_START)


def numeric_day_month(m, text):
    """'16/10': a day whose year comes from context.  Weak unless a cue stands by it."""
    d, mo = int(m["d"]), int(m["m"])
    if not _valid_day(d, mo):
        return None
    if m["s"] == "." and not _DOTTED_DAY_CUE.search(text, max(0, m.start() - 12), m.start()):
        return None  # '1.5' is a decimal number unless 'ngày' or 'Chiều' says otherwise
    before = text[max(0, m.start() - 32):m.start()]
    if m["s"] == "-" and _SCORE_THEN_BRACKET.search(before):
        return None  # 'tỷ số 3-1 (4-6, 6-4, …)': the sets' scores a match's score opens
    after = text[m.end():m.end() + 3]
    cued = bool(_DAY_CUE.search(before)) or \
        after.startswith(")")
    if m["s"] == "/" and _SHARE_AFTER.match(text, m.end()) \
            and not _DOTTED_DAY_CUE.search(text, max(0, m.start() - 12), m.start()):
        return None  # 'khoảng 1/3-2/3 số hộ', '2/3 diện tích': shares of a whole
    return Mention(m.start(), m.end(), "point", Part(None, mo, d, "day"), weak=not cued)


@rule(r"(?<![\d/.,])(?P<d>{DAY})(?:[ \t]+/[ \t]*|/[ \t]+)(?P<m>{MONTH})(?![\d]|[ \t]*/[ \t]*\d)", 10, gate=DIGIT_START)
def spaced_day_month(m, text):
    """'Ngày 22 /7', 'sáng 22/ 7': a day and month typed with a space at the slash, after a
    word that says a day follows (without one, '3 / 4' may be a share)."""
    d, mo = int(m["d"]), int(m["m"])
    if not _valid_day(d, mo) or not _DAY_CUE.search(text[max(0, m.start() - 32):m.start()]):
        return None
    return Mention(m.start(), m.end(), "point", Part(None, mo, d, "day"))


# ---------------------------------------------------------------- months

@rule(r"tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})(?:(?:\s*[/.\-]\s*|\s*,?\s*năm\s+|\s+)(?P<y>\d{{4}})(?![\d/])"
      # 'Giữa tháng 8, 2023,': the year after a comma, as English writes it
      r"|,[ \t]*(?P<y2>(?:1[89]|20)\d\d)(?=\s*[,.;:)]|\s*$)"
      # 'Tháng 4 năm 981': a year of three digits, after 'năm'
      r"|\s*,?\s*năm\s+(?P<y3>\d{{1,3}})(?![\d/.,]\d|\w))", 26)
def month_year(m, text):
    mo = _month(m["m"])
    y = int(m["y"] or m["y2"] or m["y3"])
    if mo is None or not (1 if m["y3"] else 1000) <= y <= 2199:
        return None
    if m["y3"] and (len(m["y3"]) < 3 and not _tells_first_centuries(text) or re.match(r"\s+tuổi", text[m.end():m.end() + 8])):
        return None  # ('tháng 8 năm 45' in a memoir is 1945, said short: no year 45)
    if m["m"] == "năm" and not text[m.start("m")].isupper() and \
            not re.match(r"\s*,?\s*năm\s", text[m.end("m"):m.start("y" if m["y"] else "y2")] + " "):
        return None  # '9 tháng năm 2023' is nine months of 2023, not May
    return Mention(m.start(), m.end(), "point", Part(y, mo, None, "month"))


@rule(r"tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})(?P<leap>\s+nhuận)?(?:\s+(?:âm\s+lịch|al))?\s*,?\s*năm\s+(?P<cc>{CAN_CHI})"
      r"(?:\s*\(\s*(?P<cy>\d{{3,4}})\s*\))?(?!\w)", 27, gate=_has("tháng"))
def lunar_month_of_cycle_year(m, text):
    """'tháng 7 năm Đinh Mùi', 'tháng Chạp năm Bính Ngọ (1427)': a lunar month of a year named
    by the sixty-year cycle (the bracket, when there is one, names the year the writer meant)."""
    mo = _month(m["m"])
    if mo is None:
        return None
    y = None
    if m["cy"]:
        # ('tháng Chạp năm Bính Ngọ (1427)': Bính Ngọ is 1426, whose twelfth month fell in 1427 as
        # the bracket counts it: the cycle year nearest the bracket's)
        from .resolve import canchi_year
        y = canchi_year(m["cc"], int(m["cy"]))
    return Mention(m.start(), m.end(), "point", Part(y, mo, None, "month", lunar=True, leap=bool(m["leap"]),
                                                     canchi=None if y else m["cc"]))


# history books write the month and year with a hyphen too ('chiến dịch Điện Biên Phủ (5-1954)',
# '(5- 1954)'); a number on either side ('12-2019-NĐ', '2019-2020') is no month's
@rule(r"(?<![\d/.,])(?P<m>{MONTH})(?:\s*/\s*|[ ]?(?P<hy>-)[ ]?)(?P<y>{YEAR4})(?![\d/])(?(hy)(?!-\w))", 20, gate=DIGIT_START)
def numeric_month_year(m, text):
    y = int(m["y"])
    if m.start() and text[m.start() - 1].isalpha():
        return None  # 'Mã AT3/2025': a code, letters and numbers run together
    if m["hy"] and m.start() and text[m.start() - 1] in "-–":
        return None  # '2019-12-2020': numbers in a row, no month
    if y < 1800 and not re.search(r"tháng\s*$", text[max(0, m.start() - 8):m.start()], FLAGS):
        return None  # '1/1000 trẻ sơ sinh' is a ratio; a month of a year that old is written 'tháng …'
    return Mention(m.start(), m.end(), "point", Part(y, int(m["m"]), None, "month"))


@rule(r"(?<!\w)tháng\s+(?P<m>{MONTH}(?![\d/])|{MONTH_WORD})(?!\w)", 12, gate=_has("tháng"))
def month_alone(m, text):
    word = m["m"]
    mo = _month(word)
    if mo is None:
        return None
    if not word[0].isdigit() and not text[m.start("m")].isupper() and word in ("năm", "một", "hai", "ba"):
        return None  # 'tháng năm', 'một tháng hai lần': numbers, not months, unless capitalised
    before = text[max(0, m.start() - 12):m.start()]
    if _COUNT_BEFORE.search(before) and not _DAY_NUMBER_BEFORE.search(before):
        return None  # '3 tháng' is a duration
    # 'tháng Giêng', 'tháng Chạp' with no year are the lunar months (a year after them, read by
    # another rule, makes them solar: 'tháng Chạp năm 1946')
    return Mention(m.start(), m.end(), "point", Part(None, mo, None, "month", lunar=_is_lunar_month_word(word)))


# ---------------------------------------------------------------- years

_CLAUSE_START = re.compile(r"(?:^|[.;:!?\n]\s*|,\s*(?:vào\s+)?|(?<!\w)(?:mùa\s+\w+|vào|đến|tới)\s+)$", FLAGS)
# a month or a season before a short number after 'năm' ('Tháng 5 năm 43', 'Mùa xuân năm 40')
_TIMED_BEFORE = re.compile(r"(?<!\w)(?:tháng\s+(?:\d{1,2}|[^\W\d_]+)|mùa\s+(?:xuân|hạ|hè|thu|đông))\s+$", FLAGS)
_FIRST_MILLENNIUM = re.compile(r"(?<!\w)năm\s+\d{3}(?![\d.,]\d|\w)|(?<!\w)(?:TCN|công\s+nguyên|trước\s+CN)(?!\w)", FLAGS)


@cache
def _early_history_words() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["early_history_words"]) + r")(?!\w)", FLAGS)


@lru_cache(maxsize=4)
def _tells_first_centuries(text: str) -> bool:
    """A history of the first centuries: a year of three digits, an era's mark, or the names of
    its rulers, commanderies and risings ('Thái thú quận Giao Chỉ', 'nhà Đông Hán'); there a
    short number after 'năm' is a year ('Năm 34, Tô Định …'), elsewhere a count or '45' for 1945."""
    return bool(_FIRST_MILLENNIUM.search(text) or _early_history_words().search(text))


@rule(r"(?<!\w)năm\s+(?P<y>\d{{1,4}})(?:\s*(?P<bce>{BCE})|\s*(?P<ce>{CE}))?(?![\d.,]\d|\w)", 22)
def year_with_nam(m, text):
    y = int(m["y"])
    if m["bce"]:
        return Mention(m.start(), m.end(), "point", Part(-y, None, None, "year", bce=True))
    if len(m["y"]) < 3 and not m["ce"] and not (
            y >= 10 and text[m.end():m.end() + 1] == "," and _CLAUSE_START.search(text, max(0, m.start() - 16), m.start())
            and _tells_first_centuries(text)) \
            and not (y >= 1 and _TIMED_BEFORE.search(text, max(0, m.start() - 16), m.start())
                     and not re.match(r"\s+tuổi", text[m.end():m.end() + 8]) and _tells_first_centuries(text)):
        # 'năm 2' is a school year or a count; but in a history of the first centuries ('Năm 248,
        # Bà Triệu khởi nghĩa'), 'Năm 40, Hai Bà Trưng …' opens its clause with a year
        return None
    if y == 0 or y > 2199:
        return None
    if re.match(r"\s*(học|tài chính)\b", text[m.end():m.end() + 10], FLAGS):
        return None
    return Mention(m.start(), m.end(), "point", Part(y, None, None, "year"))


@rule(r"(?<!\w)năm\s+(?P<y1>\d{{3,4}})\s*[-–]\s*(?P<y2>\d{{3,4}})(?![\d.,]\d|\w)(?!\s*(?:{BCE})(?!\w))", 23)
def early_year_range(m, text):
    """'khoảng năm 571-603', 'những năm 544-602': years of the first millennium after 'năm',
    from one to the other (years of four digits on both ends are read by the range rules)."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if min(len(m["y1"]), len(m["y2"])) > 3 or not 100 <= y1 < y2 <= 2199 or y2 - y1 > 400:
        return None
    return Mention(m.start(), m.end(), "range", Part(y1, None, None, "year"), Part(y2, None, None, "year"))


@rule(r"(?<![\d.,/:])(?:(?P<y1>\d{{1,4}})\s*[-–]\s*)?(?P<y>\d{{1,4}})\s*(?P<bce>{BCE})(?!\w)", 21, gate=DIGIT_START)
def year_bce(m, text):
    """'năm 179 TCN'; '218 - 207 TCN', counted down to the era's start, is a range of years
    before it."""
    b = Part(-int(m["y"]), None, None, "year", bce=True)
    if m["y1"] and int(m["y1"]) > int(m["y"]):
        return Mention(m.start(), m.end(), "range", Part(-int(m["y1"]), None, None, "year", bce=True), b)
    start = m.start("y")
    return Mention(start, m.end(), "point", b)


_IDENTIFIER_BEFORE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(load("cues")["identifier_nouns"], key=len, reverse=True))
    + r")\s*:?\s*(?:\d{1,5}\s*[-–/]\s*)?$", FLAGS)  # (and the second of a pair: 'mốc 1119-1120')
_COUNTED_AFTER = re.compile(fill(r"\s+(?:{COUNTED})(?!\w)"), FLAGS)
_COUNT_RANGE_AFTER = re.compile(fill(r"\s*[-–]\s*\d{{4}}\s+(?:{COUNTED})(?!\w)"), FLAGS)


_TERM_RANGE_BEFORE = re.compile(fill(r"(?<!\w)(?:{TERM})\s+(?:đầu\s+tiên\s+)?(?:{YEAR4})\s*[-–]\s*$"), FLAGS)
_COUNT_BEFORE = re.compile(r"(\d|\w\s+mươi|mấy|vài|nhiều|các|những)[ \t]*$", FLAGS)
_DAY_NUMBER_BEFORE = re.compile(r"(ngày|mùng|mồng)\s+\d{1,2}\s*$", FLAGS)
_SHORT_RANGE_OR_SERIAL = re.compile(r"\s*(?:-|–)\s*\d{1,3}(?!\d)|[ .]\d{3,}")


@rule(r"(?<![\d.,/:$€£])(?<![^\W\d_])(?<!\d\s)(?P<y>{YEAR4})(?![\d%]|[.,]\d|\s*[/]\d)", 5, gate=DIGIT_START)
def bare_year(m, text):
    # (not glued to letters: 'chuyến bay VN1234', 'mã QL1945' are codes)
    after = text[m.end():m.end() + 24]
    if (_COUNTED_AFTER.match(after) and not _TERM_RANGE_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
            or (_COUNT_RANGE_AFTER.match(after) and not _TERM_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        return None  # ('1500 - 2000 người'; but 'nhiệm kỳ 2022 – 2027 tổ chức …' ends a term: the verb is no count)
    if _SHORT_RANGE_OR_SERIAL.match(after):
        return None  # '1945-75', phone and serial numbers ('1900 1234')
    if _IDENTIFIER_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return None  # 'phòng 1945', 'cột mốc 1116': a number that names a thing
    return Mention(m.start(), m.end(), "point", Part(int(m["y"]), None, None, "year"))


# ---------------------------------------------------------------- decades and centuries

_DECADE_PAIR_AFTER = re.compile(r"\s*[-–]\s*(?P<n2>\d{3}0)(?![\d/.])")


@rule(r"(?<!\w)(?P<w>{DECADE_WORD})\s+(?P<n>\d{{2,4}})(?:\s*(?:[-–,]|và|đến|tới)\s*(?P<n2>\d0)(?!\d)(?!\s*[/.]))?"
      r"(?:\s+(?:của\s+)?(?:{CENTURY_WORD})\s+"
      r"(?:(?P<prev>trước)|(?:thứ\s+)?(?P<c>\d{{1,2}}|{ROMAN}))(?!\w))?", 24)
def decade_rule(m, text):
    """'thập niên 90', 'những năm 1930', 'những năm 80 của thế kỷ XX'; 'thập kỷ 60-70 của thế kỷ
    trước', 'những năm 70, 80': two decades told together are one stretch, from the first to the
    end of the second."""
    n = m["n"]
    if m["n2"] and (len(n) != 2 or int(m["n2"]) <= int(n) or int(n) % 10):
        return None  # ('năm 70 - 75 tuổi', 'những năm 1960 - 70' are no two decades)
    after = text[m.end():m.end() + 8]
    if len(n) == 4 and n.endswith("0") and not m["n2"] and not m["c"] and not m["prev"] \
            and (pair := _DECADE_PAIR_AFTER.match(after)) and 0 < int(pair["n2"]) - int(n) <= 90 \
            and m["w"].lower() in ("những năm", "thập niên", "thập kỷ", "khoảng những năm"):
        # 'Trong những năm 1960 – 1970, …': two round years after a decade's word are the two decades
        return Mention(m.start(), m.end() + pair.end(), "range", Part(int(n), None, None, "decade"),
                       Part(int(pair["n2"]), None, None, "decade"))
    if len(n) == 4 and (not n.endswith("0") or re.match(r"\s*[-–]\s*\d{4}", after)):
        # 'những năm 1945-1954', 'những năm 1945': years, not a decade
        if m["w"].lower().endswith("năm"):
            y = int(n)
            return Mention(m.end() - 4, m.end(), "point", Part(y, None, None, "year"))
        return None
    if len(n) == 3:
        return None
    value = int(n)
    if len(n) == 2:
        if value % 10:
            return None
        century = _number(m["c"]) if m["c"] else None
        parts = []
        for v in (value, int(m["n2"])) if m["n2"] else (value,):
            if century:
                parts.append(Part((century - 1) * 100 + v, None, None, "decade"))
                continue
            part = Part(None, None, None, "decade", decade2=v)
            if m["prev"]:
                part.century_n = -1  # 'của thế kỷ trước': the century before the article's
            parts.append(part)
        if len(parts) == 2:
            return Mention(m.start(), m.end(), "range", parts[0], parts[1])
        return Mention(m.start(), m.end(), "point", parts[0])
    return Mention(m.start(), m.end(), "point", Part(value, None, None, "decade"))


@rule(r"(?<!\w)(?:{CENTURY_WORD})\s+(?:thứ\s+)?(?P<c>{ROMAN}|\d{{1,2}}|{NUMBER_WORD})(?!\w)"
      r"(?:\s*(?P<link>-|–|đến|tới|sang|và|,)\s*(?:(?:{CENTURY_WORD})\s+)?(?:thứ\s+)?(?P<c2>(?=[ivx\d]){ROMAN}|\d{{1,2}})(?!\w))?"
      r"(?:\s*(?P<bce>{BCE})|\s*(?P<ce>{CE}))?", 24, gate=_has("thế k"))
def century_rule(m, text):
    """'thế kỷ XIX', 'thế kỷ III TCN'; 'các thế kỷ XI - XIV' runs from one to the other, as do
    two centuries side by side ('các thế kỷ 19 và 20')."""
    c = _number(m["c"]) if m["c"] else None
    if not c or c > 21:
        return None
    bce = bool(m["bce"])
    a = Part(None, None, None, "century", century_n=c, bce=bce)
    c2 = _number(m["c2"]) if m["c2"] else None
    # ('thế kỷ thứ 6, thứ 7': two side by side after a comma too)
    if c2 and c2 <= 21 and (c2 < c if bce else c2 > c) and (m["link"] not in ("và", ",") or abs(c2 - c) == 1):
        return Mention(m.start(), m.end(), "range", a, Part(None, None, None, "century", century_n=c2, bce=bce))
    end = m.end() if not m["c2"] else m.end("c")  # not a range: the century alone
    return Mention(m.start(), end, "point", a)


_CENTURIES_COUNTED = re.compile(fill(r"(?<!\w)(?:(?:hơn|gần|khoảng|chừng|ngót)\s+)?(?P<n>nửa|\d{{1,2}}|{NUMBER_WORD})\s+$"), FLAGS)


@rule(r"(?<!\w)(?:{CENTURY_WORD})\s+(?P<rel>trước|này|qua)(?!\w)", 24, gate=_has("thế k"))
def relative_century(m, text):
    """'đầu thế kỷ trước', 'thế kỷ này': the century before the article's, or its own."""
    if re.match(r"\s*(?:đó|nữa)(?!\w)", text[m.end():m.end() + 6]):
        return None
    if m["rel"].lower() in ("trước", "qua") and (count := _CENTURIES_COUNTED.search(text, max(0, m.start() - 16), m.start())):
        # 'Hơn nửa thế kỷ trước, …': so many centuries before now, counted in years, not the last century
        hundred = 50 if count["n"].lower() == "nửa" else 100 * (_number(count["n"]) or 0)
        if not hundred:
            return None
        mention = Mention(count.start(), m.end(), "years_ago", info={"n": hundred})
        mention.approx = True
        return mention
    n = -1 if m["rel"].lower() in ("trước", "qua") else 0
    return Mention(m.start(), m.end(), "point", Part(None, None, None, "century", century_n=n))


@rule(r"(?<!\w)(?:thập\s+kỷ|thập\s+niên)\s+(?P<rel>trước|này|tới)(?!\w)", 24, gate=_has("thập"))
def relative_decade(m, text):
    """'cuối thập kỷ trước', 'thập niên này': the decade before the article's, or its own (not
    'thập kỷ qua', the ten years up to now, nor 'thập niên trước đó', before a time told)."""
    if re.match(r"\s*(?:đó|nữa)(?!\w)", text[m.end():m.end() + 6]):
        return None
    n = {"trước": -1, "này": 0, "tới": 1}[m["rel"].lower()]
    return Mention(m.start(), m.end(), "point", Part(None, None, None, "decade", decades_from_now=n))


# ---------------------------------------------------------------- parts of the year

# business shorthand: 'Q3/2024' (a quarter), 'H1/2024' (a half), '9T/2024' (the year's first nine months)
# (tried where its digits start, as the digit rules are: the letter is looked at behind them)
@rule(r"(?:(?<=[qh])(?P<qh>[1-4])|(?<=t)(?P<tm>1[0-2]|0?[1-9])|(?P<n>[1-9]|1[0-2])t)\s*[/.\-]\s*(?:năm\s+)?(?P<y>{YEAR4})(?!\d)", 26,
      gate=DIGIT_START)
def business_period(m, text):
    # (rules read the lowercased text: 'Q3' is 'q3' here)
    y, start = int(m["y"]), m.start() - (1 if m["qh"] or m["tm"] else 0)
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "/_"):
        return None  # 'XQ3/2024' is a code
    if m["tm"]:
        if text[start] != "T":
            return None  # ('t3/2025' written small is no month's shorthand)
        return Mention(start, m.end(), "point", Part(y, int(m["tm"]), None, "month"))  # 'T3/2025': March 2025
    if m["qh"] and text[start] in "qQ":
        q = int(m["qh"])
        return Mention(start, m.end(), "point", Part(y, None, None, "quarter", span=(3 * q - 2, 3 * q)))
    if m["qh"]:
        if m["qh"] not in "12":
            return None
        return Mention(start, m.end(), "point", Part(y, None, None, "half", span=(1, 6) if m["qh"] == "1" else (7, 12)))
    return Mention(start, m.end(), "range", Part(y, 1, None, "month"), Part(y, int(m["n"]), None, "month"))


@rule(r"(?<!\w)quý\s+(?P<q>{QUARTER})(?!\w)(?:(?:\s*[/.\-]\s*|\s*,?\s*năm\s+|\s+)(?P<y>{YEAR4})(?!\d))?", 25,
      gate=_has("quý"))
def quarter(m, text):
    q = load("calendar")["quarter_words"].get(m["q"].lower())
    if not q:
        return None
    return Mention(m.start(), m.end(), "point",
                   Part(_int(m["y"]), None, None, "quarter", span=(3 * q - 2, 3 * q)))


@rule(r"(?<!\w)tuần\s+(?:thứ\s+)?(?P<w>\d{{1,2}})(?:\s*/\s*|\s*,?\s*(?:của\s+)?năm\s+)(?P<y>{YEAR4})(?!\d)", 25,
      gate=_has("tuần"))
def numbered_week(m, text):
    """'Tuần 45/2025', 'tuần thứ 45 năm 2025': a week counted in the year, as health and market
    reports count them (ISO weeks, Monday to Sunday)."""
    # its days said again in brackets are the same stretch: one mention, over both
    days = _WEEK_DAYS_BRACKET.match(text, m.end())
    return _iso_week(int(m["y"]), int(m["w"]), m.start(), days.end() if days else m.end(), "numbered_week")


def _iso_week(year: int, week: int, start: int, end: int, rule: str) -> Mention | None:
    """The days of a week counted in the year (ISO weeks, Monday to Sunday); None for 'tuần 0',
    'tuần 54': no such week."""
    try:
        first = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    last = first + dt.timedelta(days=6)
    return Mention(start, end, "range", Part(first.year, first.month, first.day, "day"),
                   Part(last.year, last.month, last.day, "day"), rule=rule)


@rule(r"(?<!\w)tuần\s+(?:thứ\s+)?(?P<w>\d{{1,2}})(?![\d/.\-])(?!\s*,?\s*(?:của\s+)?năm\s+\d)(?!\s+(?:liên|liền|tuổi))(?!\w)",
      24, gate=_has("tuần"))
def numbered_week_again(m, text):
    """'Trong tuần 46, …' after 'tuần 46/2025': a week counted in the year the article counted
    its weeks in before (with none told, the number alone says no year)."""
    told = [*_NUMBERED_WEEK_TOLD.finditer(text, max(0, m.start() - 3000), m.start())][-1:]
    if not told:
        return None
    return _iso_week(int(told[0]["y"]), int(m["w"]), m.start(), m.end(), "numbered_week_again")


_NUMBERED_WEEK_TOLD = re.compile(r"(?<!\w)tuần\s+(?:thứ\s+)?\d{1,2}(?:\s*/\s*|\s*,?\s*(?:của\s+)?năm\s+)(?P<y>\d{4})(?!\d)",
                                 FLAGS)
_WEEK_DAYS_BRACKET = re.compile(r"[ \t]*\((?=[^()\n]{0,30}\d{1,2}[ \t]*[/.\-][ \t]*\d)[^()\n]{3,50}\)")


@rule(r"(?<!\w)(?:mùa\s+)?(?P<s>{SEASON})(?:\s*[-–]\s*|\s+)?(?P<s2>{SEASON})?\s+(?:năm\s+(?P<y3>\d{{1,3}}(?![\d.,]\d|\w))"
      r"|(?:năm\s+)?(?:(?:{CAN_CHI})\s+)?(?P<y>{YEAR4})(?:\s*[-–]\s*(?P<y2>{YEAR4})(?!\d))?"
      # ('Mùa xuân năm Kỷ Dậu (1789)', 'Mùa xuân năm Canh Tý 40': the year's name, then its number)
      r"|(?:năm\s+)?(?P<cc>{CAN_CHI})\s*(?:\(\s*(?P<yb>\d{{3,4}})\s*\)|(?P<ys>\d{{1,3}})(?![\d/.,]\d)))(?!\d)", 23)
def season(m, text):
    """'mùa xuân năm 1975', 'Thu Đông 1950' (a campaign season: autumn into winter, that year),
    'Mùa xuân năm Tân Tỵ 1941' (the year's name before its number)."""
    seasons = load("calendar")["seasons"]
    first = seasons[m["s"].lower()]
    last = seasons[m["s2"].lower()] if m["s2"] else first
    wraps = False
    if m["s2"]:
        last = (last[0], min(last[1], 12))
        if last[0] < first[0]:
            # ('vụ Đông Xuân 2020-2021': winter, then the next year's spring; 'vụ Đông Xuân 2024',
            # the one year named, is the spring's: the winter before it)
            last = (last[0] + 12, last[1] + 12)
            wraps = True
    part = _SEASON_PART_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if not m.group(0).lower().startswith("mùa") and not text[m.start("s")].isupper() and not part \
            and not (m["s2"] and _DAYS_OF_BEFORE.search(text, max(0, m.start() - 16), m.start())):
        # 'hè 1975' is rare; 'thu 1975' lowercase is more likely a verb ('đầu xuân 1968' is not;
        # nor 'những ngày thu đông năm 1950')
        return None
    if m["ys"]:
        if not _is_year_named(m["cc"], int(m["ys"])):
            return None
    if m["y3"] and (len(m["y3"]) < 3 and not _tells_first_centuries(text) or int(m["y3"]) == 0):
        return None  # ('mùa thu năm 45' in a memoir is 1945 said short: no year 45)
    year = int(m["y"] or m["y3"] or m["yb"] or m["ys"])
    if wraps and not m["y2"]:
        year -= 1
    end = m.end()
    if m["y2"] and not (int(m["y2"]) == year + 1 and last[1] > 12):
        end = m.end("y")  # 'mùa xuân 2024 - 2025': two springs, a stretch (the range rules join them)
    # ('Mùa đông năm 2024 - 2025': one winter, from November into the next year's January)
    return Mention(part.start() if part else m.start(), end, "point",
                   Part(year, None, None, "season", span=(first[0], last[1]), approx=True))


@rule(r"(?<!\w)(?:mùa\s+)?(?P<s>{SEASON})\s+năm\s+(?P<rel>nay|ngoái|trước|qua|tới|sau)(?!\w)", 23,
      gate=_has("năm nay", "năm ngoái", "năm trước", "năm qua", "năm tới", "năm sau"))
def season_of_relative_year(m, text):
    """'Mùa xuân năm ngoái', 'mùa hè năm nay': a season of a year the article's time names
    (not a crop season over two years, 'vụ Đông Xuân năm trước': which one a year names is the
    writer's habit)."""
    seasons = load("calendar")["seasons"]
    first = seasons[m["s"].lower()]
    before = re.search(r"(\w+)[ \t]*[-–]?[ \t]*$", text[max(0, m.start() - 12):m.start()])
    if before and before.group(1).lower() in seasons:
        return None  # the second of two seasons ('vụ Đông Xuân năm trước')
    part = _SEASON_PART_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if not m.group(0).lower().startswith("mùa") and not text[m.start("s")].isupper() and not part:
        return None
    if _DAY_LATER_IN_SENTENCE.match(text, m.end()):
        return None  # ('Mùa đông năm ngoái, đỉnh núi có băng giá vào các ngày 22 và 23/1/2024': said again by its days)
    mention = Mention(part.start() if part else m.start(), m.end(), "point",
                      Part(None, None, None, "season", span=(first[0], first[1]), approx=True))
    expr = load("relative")["expressions"][f"năm {m['rel']}"]
    mention.info["year_offset"] = expr["offset"]
    if expr.get("after_told"):
        mention.info["after_told"] = True  # 'Mùa xuân năm sau': the year after the one the story told
    return mention


_DAY_LATER_IN_SENTENCE = re.compile(r"[^.!?\n]*?(?<!\d)\d{1,2}[ \t]*/[ \t]*\d{1,2}(?!\d)")


_NEW_YEAR_DAY = re.compile(r"ngày\s+đầu\s+năm\s+mới(?!\w)", FLAGS)
_TET_WORDS = re.compile(r"(?<!\w)(?:tết|xuân|âm\s+lịch|nguyên\s+đán|giao\s+thừa)(?!\w)", FLAGS)
def _is_year_named(canchi: str, year: int) -> bool:
    """Is `year` the one the sixty-year cycle names `canchi` ('Canh Tý' for 40)?"""
    from .resolve import canchi_year  # (resolve reads this module: imported when first asked)
    return canchi_year(canchi, year) == year


_DAYS_OF_BEFORE = re.compile(r"(?<!\w)(?:những\s+)?(?:ngày|tháng|năm)\s+$", FLAGS)
_SEASON_PART_BEFORE = re.compile(r"(?<!\w)(?:đầu|cuối|giữa)\s+$", FLAGS)


# not 'đầu năm học', 'cuối năm thứ hai', 'đầu năm mới 2025': a school year's, someone's or a named year's
@cache
def _attribute_of_meeting() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["meetings_named_for_a_time"]) + r")(?:,)?[ \t]+$", FLAGS)


_GENERIC_PARTS_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+(?:tháng|ngày|tuần|dịp)\s+(?:(?:đầu|cuối|giữa)\s+năm\s*(?:,|và|hoặc)\s*)?$",
                                   FLAGS)


@rule(r"(?<!\w)(?P<p>{YEAR_PART})\s+năm(?:\s+mới)?(?!\s*\d)(?!\w)(?!\s+(?:học|tài\s+chính|thứ|mới)(?!\w))"
      r"(?:\s+(?P<rel>nay|ngoái|trước|qua|tới|sau|ấy|đó)(?!\w)|\s+(?P<cc>{CAN_CHI})(?!\w))?", 11,
      gate=Anchors(pattern=_YEAR_PART_CUE))
def year_part_alone(m, text):
    """'đầu năm', '6 tháng đầu năm': a part of the year the context names ('năm nay', the
    article's year, a year told before)."""
    spec = load("calendar")["year_parts"][re.sub(r"\s+", " ", m["p"])]
    before = text[max(0, m.start() - 12):m.start()]
    if re.search(r"(\d|mấy|vài|nhiều|các|những)[ \t]*$", before):
        return None
    if not m["rel"] and not m["cc"] and _GENERIC_PARTS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None  # 'cúm thường tăng vào các tháng cuối năm và đầu năm': any year's, no time of its own
    if not m["rel"] and not m["cc"] and _attribute_of_meeting().search(text, max(0, m.start() - 16), m.start()):
        return None  # 'phiên họp giao ban đầu năm': a meeting's kind, not a time of its own
    if m["cc"]:
        # 'những ngày cuối năm Giáp Thìn': the end of a lunar year is its twelfth month (in
        # January or February of the next solar year), its start the first
        months = spec.get("months")
        if not months or months[0] != 1 and months[1] != 12:
            return None
        month = 1 if months[0] == 1 else 12
        return Mention(m.start(), m.end(), "point", Part(None, month, None, "month", lunar=True, canchi=m["cc"],
                                                         approx=True))
    if _NEW_YEAR_DAY.search(text, max(0, m.start() - 6), m.end()):
        # 'ngày đầu năm mới': New Year's day, the lunar one in a sentence of Tết or spring
        sentence = text[max(0, m.start() - 120):m.end() + 120]
        lunar = bool(_TET_WORDS.search(sentence))
        mention = Mention(m.start() - 5 if text[m.start() - 5:m.start()].lower() == "ngày " else m.start(), m.end(),
                          "point", Part(None, 1, 1, "day", lunar=lunar))
        if m["rel"]:
            mention.info["year_offset"] = load("relative")["expressions"][f"năm {m['rel']}"]["offset"]
        return mention
    part = Part(None, None, None, "season", approx=bool(spec.get("approximate")))
    if "months" in spec:
        part.span = tuple(spec["months"])
    elif "half" in spec:
        part.span, part.precision = ((1, 6) if spec["half"] == 1 else (7, 12)), "half"
    elif "quarter" in spec:
        q = spec["quarter"]
        part.span, part.precision = (3 * q - 2, 3 * q), "quarter"
    mention = Mention(m.start(), m.end(), "point", part)
    if m["rel"] in ("ấy", "đó"):
        mention.info["same_year"] = True  # 'Cuối năm ấy': of the year told before
    elif m["rel"]:
        spec = load("relative")["expressions"][f"năm {m['rel']}"]
        mention.info["year_offset"] = spec["offset"]
        if spec.get("after_told"):
            mention.info["after_told"] = True  # 'Đầu năm sau' in a history: after the year told
    return mention


# ---------------------------------------------------------------- relative and anaphoric

_COUNTED_UNIT = re.compile(r"(?:năm|tháng|tuần|ngày|hôm|quý)(?!\w)", FLAGS)
# '3 năm trước', 'hơn một tháng sau': a count before the unit makes a duration
# ('hơn nghìn năm nay', 'bao năm nay': how long, up to now)
# ('\Z', not '$': '$' would match before a line's end, and a headline's '20/3' count 'Hôm nay' below it)
_COUNT_BEFORE = re.compile(fill(r"(?<!\w)(?<!thứ\s)(?:\d+|mấy|vài|nhiều|các|những|trăm|nghìn|ngàn|vạn|chục|bao|{NUMBER_WORD})[ \t]*\Z"),
                           FLAGS)  # not 'thứ Hai'


_CLOCK_BEFORE = re.compile(r"(?<![\w,.])\d{1,2}[ \t]*(?:h|giờ)(?:[ \t]*\d{1,2}(?:[ \t]*(?:phút|p))?)?[ \t]+$", FLAGS)


@rule(r"(?<!\w)(?P<r>{RELATIVE})(?!\w)", 15, gate=_has_lexicon("relative", "expressions"))
def relative(m, text):
    before = text[max(0, m.start() - 12):m.start()]
    if _COUNTED_UNIT.match(m["r"]) and _COUNT_BEFORE.search(before) and \
            not re.search(r"(tháng|quý)\s+\S{1,4}\s*$|\d\s*(?:h|giờ)\s*\d*[ \t]*$", before, FLAGS) \
            and not (m["r"].startswith("năm") and re.search(r"\d[/.\-]\d{1,2}[ \t]*$", before)):
        # '3 năm trước' is counted, by years_ago; 'tháng 12 năm ngoái' is not, nor '9h30 sáng nay',
        # nor 'Ngày 27/7 năm ngoái' (but '1-2 tháng tới' is a count: no day and month stand before a month)
        return None
    expr = load("relative")["expressions"][re.sub(r"\s+", " ", m["r"].lower())]
    mention = Mention(m.start(), m.end(), "relative", rule="relative", info=dict(expr))
    if expr.get("unit") == "month":
        # 'cuối tháng này', 'đầu tháng trước': a part of the month it names
        part = _part_pattern("month").search(text, max(0, m.start() - 24), m.start())
        if part:
            mention.start = part.start()
            mention.info["days"] = load("calendar")["month_parts"][re.sub(r"\s+", " ", part["p"].lower())]["days"]
    elif expr.get("unit") == "day" and (clock := _CLOCK_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        mention.start = clock.start()  # '15 giờ chiều nay': the hour of the day, as '17h ngày 26/4'
    elif expr.get("unit") == "year" and re.search(r"(?<!\w)tết\s+$", before, FLAGS):
        # 'Tết năm ngoái': the year of a Tết, counted from the Tết at hand (resolve)
        mention.start = m.start() - len(re.search(r"tết\s+$", before, FLAGS)[0])
        mention.info["of_tet"] = True
    elif expr.get("unit") == "week":
        # 'cuối tuần này': the weekend of the week it names; 'thứ Hai tuần trước': its Monday
        part = _part_pattern("week").search(text, max(0, m.start() - 24), m.start())
        day = _WEEKDAY_OF_WEEK.search(text, max(0, m.start() - 24), m.start())
        if day:
            mention.start = day.start()
            wd = load("calendar")["weekdays"][re.sub(r"\s+", " ", day["wd"].lower())]
            mention.info["weekdays"] = [wd, wd]
        elif part:
            mention.start = part.start()
            mention.info["weekdays"] = load("calendar")["week_parts"][re.sub(r"\s+", " ", part["p"].lower())]["weekdays"]
    return mention


@rule(r"(?<!\w)cách\s+(?:đây|nay)\s+(?:(?P<hedge>khoảng|gần|hơn|chừng|ngót)\s+|(?P<exact>đúng|tròn)\s+)?"
      r"(?P<n>\d{{1,2}}|{NUMBER_WORD})\s+(?P<u>ngày|tuần|tháng)(?!\w)(?!\s+(?:trước|sau)\s+(?:khi|đó|ngày)(?!\w))",
      16, gate=_has("cách đây", "cách nay"))
def counted_ago(m, text):
    """'Cách đây 2 tuần', 'cách đây 10 ngày', 'cách nay hơn 3 tháng': counted back from the
    article's day (the week, the day, the month it falls in); a hedged count is approximate."""
    n = _number(m["n"])
    if not n:
        return None
    unit = {"ngày": "day", "tuần": "week", "tháng": "month"}[m["u"].lower()]
    if unit == "week" and m["exact"]:
        unit, n = "day", 7 * n  # 'cách đây đúng một tuần': the day a week before, to the day
    mention = Mention(m.start(), m.end(), "relative", rule="counted_ago", info={"unit": unit, "offset": -n})
    mention.approx = bool(m["hedge"]) or unit != "day"
    return mention


@rule(r"(?<![\w:.,/])(?:(?P<hedge>khoảng|gần|hơn|chừng|ngót)[ \t]+)?(?P<n>\d{{1,2}}|{NUMBER_WORD})[ \t]+(?P<u>ngày|tuần|tháng)[ \t]+trước"
      r"(?=[ \t]*,)", 16, gate=_has("ngày trước", "tuần trước", "tháng trước"))
def counted_before(m, text):
    """'Khoảng 3 tháng trước, ông T. bị chó cắn': a count back from the article's day opening a
    clause is when (as 'cách đây 3 tháng'); elsewhere ('tăng 5% so với 3 tháng trước') it is
    a comparison or how long, and no event."""
    n = _number(m["n"])
    if not n or not _opens_clause(text, m.start()):
        return None
    mention = Mention(m.start(), m.end(), "relative", rule="counted_ago",
                      info={"unit": {"ngày": "day", "tuần": "week", "tháng": "month"}[m["u"].lower()], "offset": -n,
                            "after_told": True})  # (in a story told in the past, before the day it told)
    mention.approx = bool(m["hedge"]) or m["u"].lower() != "ngày"
    return mention


@rule(r"(?<!\w)(?:kể\s+)?từ\s+đầu\s+(?P<u>tháng|tuần)(?:\s+này)?\s+(?:cho\s+)?(?:đến|tới)\s+(?:nay|hiện\s+nay|hôm\s+nay)(?!\w)",
      14, gate=_has("đầu tháng", "đầu tuần"))
def this_month_so_far(m, text):
    """'Từ đầu tháng đến nay', 'từ đầu tuần đến nay': the article's month (or week) so far,
    as reports count a figure; the month or week is the article's, as 'từ đầu năm đến nay'."""
    unit = "month" if m["u"] == "tháng" else "week"
    info = {"unit": unit, "offset": 0, "until_now": True}
    if unit == "month":
        info["days"] = [1, 1]
    else:
        info["weekdays"] = [0, 0]
    return Mention(m.start(), m.end(), "relative", rule="this_month_so_far", info=info)


@rule(r"(?<!\w)(?:(?:{DAY_PART})\s+)?(?P<wd>{WEEKDAY})\s+(?P<dir>vừa\s+qua|vừa\s+rồi|tới|sắp\s+tới)(?!\w)(?!\s*\(?\s*\d)",
      15, gate=_has("vừa qua", "vừa rồi", "hai tới", "ba tới", "tư tới", "năm tới", "sáu tới", "bảy tới", "nhật tới",
                    "sắp tới"))
def weekday_near(m, text):
    """'Chủ nhật vừa qua', 'tối thứ Sáu tới': the last or next such day from the article's."""
    wd = load("calendar")["weekdays"][re.sub(r"\s+", " ", m["wd"].lower())]
    back = m["dir"].lower().startswith("vừa")
    return Mention(m.start(), m.end(), "relative", rule="weekday_near",
                   info={"unit": "day", "weekday": wd, "offset": -1 if back else 1})


@rule(r"(?<!\w)(?:(?:{DAY_PART})\s+)?hôm\s+(?P<wd>{WEEKDAY})(?!\w)(?!\s+(?:vừa|tới|sắp|tuần|này|nay|đó|ấy)(?!\w))"
      r"(?![ \t]*[,(]?[ \t]*\(?[ \t]*(?:ngày[ \t]+)?\d)", 15, gate=_has("hôm thứ", "hôm chủ"))
def weekday_gone(m, text):
    """'vụ bạo động hôm thứ Tư (theo giờ địa phương)': with no date, the last such day before
    the article's ('hôm' tells of a day gone by)."""
    wd = load("calendar")["weekdays"][re.sub(r"\s+", " ", m["wd"].lower())]
    return Mention(m.start(), m.end(), "relative", rule="weekday_near", info={"unit": "day", "weekday": wd, "offset": -1})


@rule(r"(?<!\w)(?:(?:(?:vào\s+)?lúc\s+)?\d{{1,2}}\s*(?:h|giờ)\s*(?:\d{{1,2}}\s*(?:phút|p)?)?\s*,?\s*)?"
      r"(?:(?:{DAY_PART})\s+)?(?P<r>{SAME_DAY})(?!\w)", 14, gate=_has_lexicon("cues", "same_day_anaphora"))
def same_day(m, text):
    """'Lúc 14h30 cùng ngày', 'Ngày hôm sau': a day told against the date told before."""
    offset = load("cues")["same_day_anaphora"][re.sub(r"\s+", " ", m["r"].lower())]
    if m.start() == m.start("r") and _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # 'suốt 3 ngày sau đó': a count's days, not the day after
    return Mention(m.start(), m.end(), "same_day", info={"offset": offset})


@rule(r"(?<!\w)(?:(?P<dir1>trước|sau)\s+đó\s+(?P<n>\d{{1,2}}|{NUMBER_WORD})\s+(?P<u1>ngày|tuần)"
      r"|(?P<n2>\d{{1,2}}|{NUMBER_WORD})\s+(?P<u2>ngày|tuần)\s+(?P<dir2>sau\s+đó|trước\s+đó|sau|về\s+sau)"
      r"|sau\s+(?:đó\s+)?(?P<n3>\d{{1,2}}|{NUMBER_WORD})\s+(?P<u3>ngày|tuần)(?=\s*,))(?!\w)", 15,
      gate=_has("ngày sau", "ngày trước", "ngày về", "tuần sau", "tuần trước", "tuần về", "trước đó", "sau đó",
                "ngày,", "tuần,"))
def counted_days(m, text):
    """'Trước đó 5 ngày', '3 ngày sau', 'Sau 2 ngày, …', 'Một tuần sau': so many days from the
    day told before."""
    n = _number(m["n"] or m["n2"] or m["n3"])
    if not n or n > 60:
        return None
    if (m["u1"] or m["u2"] or m["u3"]).lower() == "tuần":
        n *= 7
    if (m["n2"] or m["n"]) and _duration_opener().search(text, max(0, m.start() - 30), m.start()):
        return None  # 'suốt 3 ngày sau đó': how long
    if m["n3"] and not _opens_clause(text, m.start()):
        return None  # 'trở lại sau 3 ngày, …' inside a clause: how long, not when
    # ('Sau 5 ngày đêm chiến đấu, …' is how long a fight lasted: only 'Sau 2 ngày,' is a day)
    if m["dir2"] and m["dir2"].lower() in ("sau", "trước") and (_NAMED_AFTER.match(text, m.end())
                                                                 or _counted_from_word().match(text, m.end())):
        return None  # 'Một tuần sau Tết, …', 'hai tuần sau thảm họa': counted from that, not from the day told before
    back = (m["dir1"] or m["dir2"] or "sau").lower().startswith("trước")
    return Mention(m.start(), m.end(), "same_day", info={"offset": -n if back else n})


@rule(r"(?<!\w)(?:(?:mấy|vài|dăm|ít)[ \t]+(?P<u>ngày|hôm|tuần)[ \t]+sau(?:[ \t]+đó)?"
      r"|(?:ít|mấy|vài)[ \t]+(?:ngày|hôm)[ \t]+sau[ \t]+nữa)(?=[ \t]*,)", 15,
      gate=_has("ngày sau", "hôm sau", "tuần sau"))
def some_days_later(m, text):
    """'Mấy ngày sau, …', 'Vài tuần sau đó, …': some days after the day told before, opening a
    clause: a rough stretch (a day to a week on; a week to a month for weeks), no day of its own."""
    if not _opens_clause(text, m.start()):
        return None
    weeks = (m["u"] or "").lower() == "tuần"
    return Mention(m.start(), m.end(), "same_day", info={"offset": 7 if weeks else 1, "offset_end": 30 if weeks else 7})


# a capital after a bare 'sau'/'trước' names what the count starts from ('sau Tết', 'sau Cách mạng …')
# (or a day written out: 'Một tuần sau ngày 5/3')
@cache
def _counted_from_word() -> re.Pattern:
    return re.compile(r"[ \t]+(?:" + alternation(load("cues")["counted_from_words"]) + r")(?!\w)", FLAGS)


# (or an event's name written small before its capital: 'một ngày sau chiến thắng Điện Biên Phủ')
_NAMED_AFTER = re.compile(r"[ \t]+(?:ngày[ \t]+|lễ[ \t]+|dịp[ \t]+|(?:" + alternation(load("cues")["events_named_small"])
                          + r")[ \t]+)?(?:[" + re.escape(UPPERCASE) + r"]|\d{1,2}[/.\-]\d)")


@rule(r"(?<!\w)(?:(?P<n>\d{{1,2}}|{NUMBER_WORD})\s+tháng\s+(?P<dir>sau\s+đó|trước\s+đó|sau|về\s+sau)"
      r"|sau\s+(?:đó\s+)?(?P<n2>\d{{1,2}}|{NUMBER_WORD})\s+tháng(?=\s*,))(?!\w)", 15,
      gate=_has("tháng sau", "tháng trước đó", "tháng về sau", "tháng,"))
def counted_months(m, text):
    """'Ba tháng sau, …', 'Sáu tháng sau đó', 'Sau 2 tháng, …': the month so many months from
    the date told before (resolve), as 'Ba ngày sau' counts days and '20 năm sau' years."""
    n = _number(m["n"] or m["n2"])
    if not n or n > 36:
        return None
    if m["n"] and _duration_opener().search(text, max(0, m.start() - 30), m.start()):
        return None  # 'suốt 3 tháng sau đó': how long
    if m["n2"] and not _opens_clause(text, m.start()):
        return None  # 'trở về sau 3 tháng, …' inside a clause: how long, not when
    if m["dir"] and m["dir"].lower() == "sau" and _NAMED_AFTER.match(text, m.end()):
        return None  # 'Ba tháng sau Cách mạng Tháng Tám': counted from the event named
    if m["n"] and _MONTH_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # 'trong 6 tháng sau': a stretch, not a month
    back = (m["dir"] or "sau").lower().startswith("trước")
    return Mention(m.start(), m.end(), "months_later", info={"n": -n if back else n})


_MONTH_COUNT_BEFORE = re.compile(r"(?<!\w)(?:trong|suốt|những|các|mỗi)\s+$", FLAGS)


@rule(r"(?<!\w)(?P<r>{SINCE_TOLD})\s+(?:đến|tới|cho\s+đến|cho\s+tới)\s+(?:(?P<now>nay|hiện\s+nay|bây\s+giờ|hôm\s+nay)"
      r"|năm\s+(?P<y>{YEAR4}))(?!\w)", 24, gate=_has_lexicon("cues", "since_told"))
def since_told(m, text):
    """'Từ đó đến nay' (since the date told before), 'từ đó đến năm 1954' (from it to 1954)."""
    info = {"until": int(m["y"])} if m["y"] else {}
    return Mention(m.start(), m.end(), "since_told", info=info)


@rule(r"(?<!\w)(?P<r>{SAME_YEAR})(?!\s*\d)(?!\w)", 14, gate=_has_lexicon("cues", "same_year_anaphora"))
def same_year(m, text):
    mention = Mention(m.start(), m.end(), "same_year")
    if _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) or m["r"].lower().startswith(("những", "các")):
        mention.info["plural"] = True  # 'những năm ấy': those years, a stretch told before
    return mention


_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:những|các)\s+$", FLAGS)


@cache
def _works_after() -> re.Pattern:
    return re.compile(r"[ \t]+(?:" + alternation(load("cues")["works_words"]) + r")(?!\w)", FLAGS)


@rule(r"(?<!\w)(?P<r>{SAME_MONTH})(?!\s*\d)(?!\w)", 14, gate=_has_lexicon("cues", "same_month_anaphora"))
def same_month(m, text):
    """'Cũng trong tháng đó': the month of the date told before (not 'những năm tháng ấy',
    those years)."""
    if re.search(r"(?<!\w)năm\s+$", text[max(0, m.start() - 8):m.start()], FLAGS):
        return None
    return Mention(m.start(), m.end(), "same_month")


_MONTH_WORD_BEFORE = re.compile(r"(?<!\w)tháng\s+$", FLAGS)


@rule(r"(?<!\w)(?<!\d[.,/\-])(?:(?P<n>\d{{1,3}}|{NUMBER_WORD})\s+năm\s+(?P<dir>sau(?:\s+đó)?|về\s+sau|trước(?:\s+đó)?|về\s+trước)"
      r"|sau\s+(?:đó\s+)?(?P<n2>\d{{1,3}}|{NUMBER_WORD})\s+năm|cách\s+(?:đây|nay)\s+(?P<hedge>(?:gần|hơn|khoảng|chừng|tròn|đúng)\s+)?"
      r"(?P<n3>\d[.,]\d{{3}}|\d{{1,4}}|{NUMBER_WORD})\s+năm)(?!\w)", 16, gate=Anchors(pattern=_COUNTED_CUE))
def counted_years(m, text):
    """'30 năm sau', 'sau 5 năm' (after the year told last); '50 năm trước', 'cách đây 50
    năm' (before the article's year)."""
    # ('cách đây khoảng 2.500 năm': a count of thousands, its separator a dot or a comma)
    n = _number(m["n"] or m["n2"] or re.sub(r"[.,]", "", m["n3"] or ""))
    if not n or n > 3000:
        return None
    if m["n"] and _MONTH_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # 'từ tháng 10 năm trước đến tháng 4 năm sau': a month of the year before, no count of years
    direction = "trước" if m["n3"] else (m["dir"] or "sau").lower()
    kind = "years_ago" if direction.startswith(("trước", "về trước")) else "years_later"
    if kind == "years_ago" and "đó" in direction:
        kind = "years_before_that"
    if m["n2"] and (not _opens_clause(text, m.start())
                    or _WORD_AFTER.match(text, m.end()) and _YEAR_IN_SENTENCE_BEFORE.search(text, max(0, m.start() - 150),
                                                                                              m.start())):
        # 'vô địch sau 39 năm chờ đợi'; 'ngày 28/1/1941, sau 30 năm xa Tổ quốc, Bác Hồ …' (its
        # sentence has told its date): how long, not when
        return None
    if m["n"] and _duration_opener().search(text, max(0, m.start() - 30), m.start()):
        return None  # 'suốt 10 năm sau đó (1979 - 1989)': how long it lasted, not when
    if m["n2"] and _SINCE_AFTER.match(text, m.end()):
        return None  # 'sau 39 năm kể từ mùa giải 1985': how long since the date that follows
    if m["n2"] and _YEAR_JUST_AFTER.match(text, m.end()):
        return None  # 'Sau 12 năm trị vì, năm 979, …': how long, up to the year the sentence tells
    if m["n2"] and _works_after().match(text, m.end()):
        return None  # 'Sau 4 năm thi công, tuyến đường …': how long the works took, not a year after one told
    mention = Mention(m.start(), m.end(), kind, info={"n": n})
    mention.approx = bool(m["hedge"]) and m["hedge"].strip().lower() not in ("tròn", "đúng")  # 'cách đây khoảng …'
    return mention


_YEAR_JUST_AFTER = re.compile(r"[^.!?;\n\d]{0,40}?(?:(?<!\w)năm[ \t]+\d{3,4}(?!\d)"
                              r"|(?<!\w)ngày[ \t]+\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{4}(?!\d))", FLAGS)
_SINCE_AFTER = re.compile(r"[ \t]+(?:kể[ \t]+)?từ(?!\w)", FLAGS)


@cache
def _duration_opener() -> re.Pattern:
    return re.compile(r"(?<!\w)" + alternation(load("cues")["duration_openers"])
                      + r"\s+(?:(?:gần|hơn|khoảng|tròn|đúng)\s+)?$", FLAGS)


_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]", re.UNICODE)
_YEAR_IN_SENTENCE_BEFORE = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)[^.!?\n]*$")
_CLAUSE_BEFORE = re.compile(r"(?:^|[,.;:!?(\n\"“])\s*(?:(?:và|rồi|nhưng|thì)\s+)?$")


def _opens_clause(text: str, pos: int) -> bool:
    """Does pos open a clause ('Sau 5 năm, …', '…, và sau 3 năm …')?"""
    return _CLAUSE_BEFORE.search(text[max(0, pos - 12):pos]) is not None or pos == 0


@rule(r"(?<!\w)(?:năm|lúc|khi|vào\s+năm|ở\s+tuổi)\s+(?:(?:tôi|ông|bà|anh|chị|em|cụ|mình)\s+)?(?:mới\s+|vừa\s+|tròn\s+|lên\s+)?"
      r"(?P<n>\d{{1,3}}|{NUMBER_WORD})\s+tuổi(?!\w)",
      18, gate=_has("tuổi"))
def age_year(m, text):
    """'Năm 17 tuổi, ông tham gia …', 'Năm tôi 18 tuổi, …': the year a person reached an age,
    counted from the birth the article told before, or from the age the lead gives now (resolve)."""
    n = _number(m["n"])
    if not n or n > 120:
        return None
    return Mention(m.start(), m.end(), "age", info={"n": n})


# tried where the number starts; the cue before it ('kỷ niệm') is looked up by the function
@rule(r"(?<![\w.,])(?P<n>\d\.\d{{3}}|\d{{1,4}})\s+năm\s+(?:(?P<obj>{ANNIVERSARY_OBJECT})(?!\w)|(?=\w))", 13,
      gate=DIGIT_START)
def anniversary(m, text):
    """'kỷ niệm 90 năm ngày …': the founding year, counted back from the article's year
    ('1.000 năm' is a thousand: the dot groups thousands).  After the cue, a name is an
    object too ('kỷ niệm 1.000 năm Thăng Long - Hà Nội')."""
    n = int(m["n"].replace(".", ""))
    if m["obj"] is None and not text[m.end():m.end() + 1].isupper():
        return None  # 'kỷ niệm 20 năm gắn bó': a duration
    obj = re.sub(r"\s+", " ", (m["obj"] or "").lower())
    cue = _anniversary_cue().search(text, max(0, m.start() - 40), m.start())
    if not cue and re.search(r"(?:\)|[^\W_])\s*,?\s+và\s+$|[^\W_],\s+$", text[max(0, m.start() - 8):m.start()]) \
            and _anniversary_cue_word().search(text, max(0, m.start() - 200), m.start()):
        # 'kỷ niệm 60 năm Ngày xuất bản … (15/6/1964 - 15/6/2024) và 99 năm Ngày Báo chí cách mạng
        # Việt Nam', '… năm 1947 và 72 năm Giải phóng Lạng Sơn, 20 năm thành lập …': a further
        # anniversary of the same celebration
        return Mention(m.start(), m.start("n") + len(m["n"]) + len(" năm"), "anniversary", info={"n": n}) \
            if 1 <= n <= 2000 else None
    if not cue and obj not in load("cues")["anniversary_objects_alone"]:
        return None  # '90 năm chiến đấu' is a duration; '90 năm thành lập' an anniversary
    if not 1 <= n <= 2000:
        return None
    # Keep only 'kỷ niệm 90 năm' as the expression: the object belongs to the event.
    end = m.start("n") + len(m["n"]) + len(" năm")
    return Mention(cue.start() if cue else m.start(), end, "anniversary", info={"n": n})


@rule(r"(?<![\w.,])(?P<n>\d{{1,4}})\s+(?:(?P<obj>{ANNIVERSARY_OBJECT})(?!\w)|(?=\w))", 13, gate=DIGIT_START)
def ordinal_anniversary(m, text):
    """'Lễ kỷ niệm lần thứ 75 Ngày giải phóng Lạng Sơn': the 75th anniversary, as 'kỷ niệm 75 năm'."""
    cue = _ORDINAL_CUE.search(text, max(0, m.start() - 40), m.start())
    n = int(m["n"])
    if not cue or not 1 <= n <= 2000 or m["obj"] is None and not text[m.end():m.end() + 1].isupper():
        return None
    return Mention(cue.start(), m.start("n") + len(m["n"]), "anniversary", info={"n": n})


_ORDINAL_CUE = re.compile(fill(r"(?<!\w)(?:{ANNIVERSARY})\s+lần\s+thứ\s+$"), FLAGS)


@cache
def _anniversary_cue_word() -> re.Pattern:
    return re.compile(fill(r"(?<!\w)(?:{ANNIVERSARY})(?!\w)"), FLAGS)


@cache
def _anniversary_cue() -> re.Pattern:
    return re.compile(fill(r"(?<!\w)(?:{ANNIVERSARY})\s+(?:lần\s+thứ\s+)?$"), FLAGS)


# ---------------------------------------------------------------- lunar calendar

_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
# words before a feast that start no person's name ('Trước Tết Nguyên đán 2025', 'Dịp Quốc khánh')
_NAME_CUES = frozenset(["ngày", "lễ", "dịp", "tết", "mừng", "chào", "kỷ", "niệm", "trước", "sau", "đón", "trong",
                        "nhân", "đến", "từ", "vào", "hết", "qua", "ngay", "cận", "sát", "mùa", "đêm", "sáng", "chiều"])


def _inside_name(text: str, start: int) -> bool:
    """Does a capitalised word run on into `start` ('Đặng Quốc Khánh')?"""
    w = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(w) and w.group(1)[0].isupper() and w.group(1).lower() not in _NAME_CUES


_UNIT_BEFORE_NAME = re.compile(r"(?<!\w)(?:xã|phường|thị\s+trấn|huyện|quận|thôn|bản|làng|xóm|phố|đường)\s+$", FLAGS)

_PEOPLE_AFTER = re.compile(r"\s+của\s+(?:người\s+|nhân\s+dân\s+|đồng\s+bào\s+)?(?P<who>[^\W\d_]+)")
# (a feast after these times its clause)
_TIMED_BEFORE = re.compile(r"(?<!\w)(?:vào|trong|dịp|đúng)[ \t]+(?:(?:đêm|ngày|tối|sáng|chiều)[ \t]+)?$", FLAGS)


@rule(r"(?<!\w)(?:(?P<fest>{FESTIVAL})(?:\s+(?:tết(?:\s+nguyên\s+đán)?\s+)?(?:năm\s+)?(?P<cc>{CAN_CHI}))?(?:(?:\s+(?:năm\s+)?|(?<=\d)/)(?P<y>{YEAR4}))?)(?!\w)",
      18, gate=_has_lexicon("festivals", "lunar", "solar"))
def festival(m, text):
    """A festival of the lunar calendar ('Tết Nguyên đán Giáp Thìn') or a solar holiday
    ('Quốc khánh 2/9'): on its day of the year named or, by default, the article's."""
    name = re.sub(r"\s+", " ", m["fest"].lower())
    if _inside_name(text, m.start()) and text[m.start("fest")].isupper() \
            and any(w[:1].isupper() for w in text[m.start("fest"):m.end("fest")].split()[1:]):
        return None  # 'đồng chí Đặng Quốc Khánh' is a man, not the National Day
    if _UNIT_BEFORE_NAME.search(text, max(0, m.start() - 12), m.start()) and text[m.start("fest")].isupper():
        return None  # 'xã Quốc Khánh' is a commune
    if name == "tết" and not (m["cc"] or m["y"]) and not _COUNTED_FROM_DAY.search(text, max(0, m.start() - 24), m.start()):
        return None  # a bare 'Tết' is a season of the year, not a day we can place (but 'Hai tuần trước Tết' counts from its first day)
    if name.startswith("tết") and (other := _PEOPLE_AFTER.match(text, m.end())) and other["who"][:1].isupper() \
            and not other["who"].startswith("Việt"):
        return None  # 'Songkran là Tết cổ truyền của Thái Lan': another people's new year, not ours
    fest = load("festivals")
    lunar = name in fest["lunar"]
    month, day_ = fest["lunar"][name] if lunar else fest["solar"][name]
    if not lunar and m["cc"]:
        return None
    info = {"festival": name}
    if lunar and _TIMED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        info["timed"] = True  # 'vào đêm Giao thừa Tết Ất Tỵ': the feast's day times the clause
    if name == "giao thừa" and (re.search(r"tết", m.group(0), FLAGS) or not (m["cc"] or m["y"])) \
            or name in ("30 tết", "ba mươi tết"):
        # 'giao thừa Tết Quý Mão': the eve before that Tết, not the end of the year Quý Mão;
        # '30 Tết' and a bare 'Giao thừa' are the day before Tết, whether the twelfth month has
        # 29 days or 30
        month, day_, info["day_offset"] = 1, 1, -1
    part = Part(_int(m["y"]), month, day_, "day", lunar=lunar, canchi=m["cc"])
    if not lunar and name in fest["solar_origins"]:
        info["origin"] = fest["solar_origins"][name]
    return Mention(m.start(), m.end(), "point", part, info=info)


@rule(r"(?<!\w)(?:(?:(?:ngày|mùng|mồng)\s+(?P<d>{DAY})\s+)?tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})\s+(?:âm\s+lịch\s+)?)?"
      r"năm\s+(?P<era>{REIGN_ERA})\s+(?:thứ\s+)?(?P<n>\d{{1,2}}|{NUMBER_WORD}|nguyên\s+niên)(?!\w)", 23,
      gate=_has_lexicon("calendar", "reign_eras"))
def reign_year(m, text):
    """'năm Tự Đức thứ 5': the fifth year of a reign era, 1852; 'năm Thành Thái nguyên niên' its
    first; 'tháng 3 năm Bảo Đại thứ 12' a month of it (the lunar month, told as the month)."""
    n = 1 if m["n"].lower().startswith("nguyên") else _number(m["n"])
    first = load("calendar")["reign_eras"][re.sub(r"\s+", " ", m["era"].lower())]
    if not n or n > 70:
        return None
    year, end = first + n - 1, m.end()
    told = _YEAR_IN_BRACKETS.match(text, end)
    if told and abs(int(told["y"]) - year) <= 1:
        # 'năm Chính Hòa thứ 9 (1688)': the era's year and the writer's are one expression; where
        # the histories count the era's first year one apart, the writer's year stands
        year, end = int(told["y"]), told.end()
    month, day = (_month(m["m"]), int(m["d"]) if m["d"] else None) if m["m"] else (None, None)
    if day is not None and not _valid_day(day, month or 1):
        return None
    precision = "day" if day else "month" if month else "year"
    # (a day or month of a reign era is of the lunar calendar the court kept)
    return Mention(m.start(), end, "point", Part(year, month, day, precision, lunar=bool(month)), info={"reign": True})


_NAME_BEFORE_BRACKET = re.compile(r"[^\W\d_]+[ \t]*\([ \t]*$")
_YEAR_IN_BRACKETS = re.compile(r"[ \t]*\([ \t]*(?P<y>\d{3,4})[ \t]*\)")


@rule(r"(?<!\w)(?:năm|xuân|tết)\s+(?P<cc>{CAN_CHI})(?:\s*\(\s*(?P<yb>\d{{3,4}})\s*\)|\s*(?P<y>{YEAR4})"
      r"|\s+(?P<ys>\d{{1,3}})(?![\d/.,]\d))?(?!\w)", 17, gate=_has_lexicon("festivals", "chi"))
def canchi_year(m, text):
    """'năm Giáp Thân (1944)', 'Năm Mậu Thìn (968)', 'năm Canh Tý 40': a cycle year and the year
    it was (a short number after the cycle year only if that year is of the cycle's name)."""
    if m["ys"] and not _is_year_named(m["cc"], int(m["ys"])):
        end = m.end("cc")  # 'năm Canh Tý 20 hộ …': a count after the year's name
        return Mention(m.start(), end, "point", Part(None, None, None, "year", lunar=True, canchi=m["cc"]))
    part = Part(_int(m["y"] or m["yb"] or m["ys"]), None, None, "year", lunar=True, canchi=m["cc"])
    return Mention(m.start(), m.end(), "point", part)


# ---------------------------------------------------------------- special ranges

# 'các ngày 10, 11 và 12/3': a list of days that share their month
@rule(r"(?<![\w/.\-])(?P<list>{DAY}(?:\s*,\s*{DAY})+)\s*(?:,|và|,\s*và)\s*(?P<dl>{DAY})\s*[/.\-]\s*(?P<m>{MONTH})"
      r"(?:\s*[/.\-]\s*(?P<y>\d{{4}}))?(?![\d/])", 29, gate=DIGIT_START)
def listed_days(m, text):
    """'các ngày 10, 11 và 12/3' (one stretch: the days follow each other), 'các ngày 5, 12 và
    19/3' (three days); only after 'ngày', since '5, 6 và 7/10' may be counts."""
    if not re.search(r"(?:ngày|mùng|mồng)\s*$", text[max(0, m.start() - 12):m.start()], FLAGS):
        return None
    return _listed_days(m, text, int(m["m"]))


# 'Trong các ngày 28, 29 tháng 4': the list with its month in words (two days joined by 'và'
# alone are day_range_worded's)
@rule(r"(?<![\w/.\-])(?P<list>{DAY}(?:\s*,\s*{DAY})*)(?:\s*,\s*(?:và\s*)?|\s+và\s+)(?P<dl>{DAY})\s+tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})"
      r"(?:\s*,?\s*năm\s+(?P<y>\d{{4}}))?(?!\w)", 29, gate=DIGIT_START)
def listed_days_worded(m, text):
    """'các ngày 28, 29 tháng 4', 'ngày 5, 12 và 19 tháng 3 năm 2025'."""
    if "," not in text[m.start():m.start("dl")] or not re.search(r"(?:ngày|mùng|mồng)\s*$", text[max(0, m.start() - 12):m.start()], FLAGS):
        return None
    return _listed_days(m, text, _month(m["m"]))


def _listed_days(m, text, mo):
    found = [(x.start() + m.start("list"), x.end() + m.start("list"), int(x.group()))
             for x in re.finditer(r"\d+", m["list"])] + [(m.start("dl"), m.end(), int(m["dl"]))]
    days = [d for _, _, d in found]
    if not all(_valid_day(d, mo) for d in days) or days != sorted(set(days)):
        return None
    y = _int(m["y"])
    start = _range_start(text, m.start())
    info = {} if days == list(range(days[0], days[-1] + 1)) else \
        {"listed_days": [((s, e), d) for s, e, d in found]}
    return Mention(start, m.end(), "range", Part(y, mo, days[0], "day"), Part(y, mo, days[-1], "day"), info=info)


_MONTH_WORD_BEFORE = re.compile(r"(?<!\w)tháng\s+$", FLAGS)


# 'các tháng 3, 4 và 5/2024': months listed with the year they share
@rule(r"(?<!\w)tháng\s+(?P<list>{MONTH}(?:\s*,\s*{MONTH})*)\s*(?:,|và|,\s*và)\s*(?P<ml>{MONTH})\s*/\s*(?P<y>{YEAR4})(?![\d/])",
      29, gate=_has("tháng"))
def listed_months(m, text):
    """'các tháng 3, 4 và 5/2024' (one stretch: the months follow each other), 'tháng 3, 6 và
    9/2024' (three months)."""
    found = [(x.start() + m.start("list"), x.end() + m.start("list"), int(x.group()))
             for x in re.finditer(r"\d+", m["list"])] + [(m.start("ml"), m.end(), int(m["ml"]))]
    months = [mo for _, _, mo in found]
    if not all(1 <= mo <= 12 for mo in months) or months != sorted(set(months)):
        return None
    y = int(m["y"])
    if months == list(range(months[0], months[-1] + 1)):
        return Mention(m.start(), m.end(), "range", Part(y, months[0], None, "month"), Part(y, months[-1], None, "month"))
    first = Part(y, months[0], None, "month")
    return Mention(m.start(), m.end(), "range", first, Part(y, months[-1], None, "month"),
                   info={"listed_months": [((m.start() if i == 0 else s, e), mo) for i, (s, e, mo) in enumerate(found)]})


# 'trong hai tháng 10 và 11', 'các tháng 3, 4 và 5': months counted or listed, the year the text's
@rule(r"(?<!\w)(?:hai|ba|bốn|các|những)\s+tháng\s+(?P<list>{MONTH}(?:\s*,\s*{MONTH})*)\s*(?:,|và|,\s*và)\s*"
      r"(?P<ml>{MONTH})(?![\d/.,]\d|\d|\s*(?:/|năm\s|tháng\s|ngày\s|người|lần|%))", 28, gate=_has("tháng"))
def listed_yearless_months(m, text):
    found = [int(x.group()) for x in re.finditer(r"\d+", m["list"])] + [int(m["ml"])]
    if not all(1 <= mo <= 12 for mo in found) or found != sorted(set(found)) or found != list(range(found[0], found[-1] + 1)):
        return None  # (only months that follow each other make one stretch)
    start = m.start("list") - len("tháng ") if text[m.start("list") - 6:m.start("list")].lower() == "tháng " else m.start()
    return Mention(start, m.end(), "range", Part(None, found[0], None, "month"), Part(None, found[-1], None, "month"))


@rule(r"(?<![\w/.\-])(?P<y1>{YEAR4})\s*[-–]\s*(?P<m2>{MONTH})\s*/\s*(?P<y2>{YEAR4})(?![\d/])", 30, gate=DIGIT_START)
def year_to_month(m, text):
    """'1984-10/1986' (a record's line: from 1984 to October 1986): a year, then a month."""
    y1, m2, y2 = int(m["y1"]), int(m["m2"]), int(m["y2"])
    if not (1 <= m2 <= 12 and y1 <= y2 <= y1 + 60):
        return None
    return Mention(m.start(), m.end(), "range", Part(y1, None, None, "year"), Part(y2, m2, None, "month"))


# both tried where the first day's digits start; the words before it ('từ ngày') are looked up
# ('từ đêm 26 đến sáng 27/10': a part of the day may open the second)
@rule(r"(?<![\w/.\-])(?P<d1>{DAY})\s*(?:-|đến|tới|và|,)\s*(?:hết\s+)?(?:(?:{DAY_PART})\s+)?(?:ngày\s+)?"
      r"(?P<d2>{DAY})\s*[/.\-]\s*(?P<m>{MONTH})(?:\s*[/.\-]\s*(?P<y>\d{{4}}))?(?![\d/])", 29, gate=DIGIT_START)
def day_range_shared_month(m, text):
    """'từ 20 đến 26/3/1931', '20-26/3': two days sharing a month (and year)."""
    d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
    if not (_valid_day(d1, mo) and _valid_day(d2, mo)) or d1 >= d2:
        return None
    if _MONTH_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # 'đầu tháng 3 đến 18/3': a month, then a day; no two days
    y = _int(m["y"])
    start = _range_start(text, m.start())
    joined = re.search(r"\s+và\s+|,", m.group(0)[:m.start("d2") - m.start()])
    if joined and "," in joined.group() and not re.search(r"(?:ngày|mùng|mồng)\s*$", text[max(0, start - 12):start],
                                                           FLAGS) and "ngày" not in text[start:m.start("d1")].lower():
        # '27, 28/6' needs 'ngày' before it: '5, 6/10' may be counts, and 'trên đường 4, ngày
        # 17/10/1950' is a road's number before a date of its own
        return None
    if joined and d2 != d1 + 1 and \
            not re.search(r"(giữa|hai\s+ngày|2\s+ngày)\s*$", text[max(0, start - 12):start], FLAGS):
        # 'ngày 10 và 20/9' are two days (split after composition); 'ngày 10 và 11/9' one span
        return Mention(start, m.end(), "range", Part(y, mo, d1, "day"), Part(y, mo, d2, "day"),
                       info={"two_days": ((m.start("d1"), m.end("d1")), (m.start("d2"), m.end()))})
    return Mention(start, m.end(), "range", Part(y, mo, d1, "day"), Part(y, mo, d2, "day"))


@rule(r"(?<![\w/.\-])(?P<d1>{DAY})\s*(?P<link>-|đến|tới|và)\s*(?:hết\s+)?(?:(?:ngày|mùng|mồng)\s+)?"
      r"(?P<d2>{DAY})\s+tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})"
      r"(?:\s*(?:,\s*)?năm\s+(?:(?P<y>\d{{4}})|(?P<cc>{CAN_CHI})))?(?!\w)", 29, gate=DIGIT_START)
def day_range_worded(m, text):
    """'từ ngày 19 đến 21 tháng Giêng năm Nhâm Dần': a can-chi year means the lunar calendar."""
    d1, d2, mo = int(m["d1"]), int(m["d2"]), _month(m["m"])
    if not (_valid_day(d1, mo) and _valid_day(d2, mo)) or d1 >= d2:
        return None
    lunar = bool(m["cc"]) or (not m["y"] and _is_lunar_month_word(m["m"]))
    a = Part(_int(m["y"]), mo, d1, "day", lunar=lunar, canchi=m["cc"])
    b = Part(_int(m["y"]), mo, d2, "day", lunar=lunar, canchi=m["cc"])
    start = _range_start(text, m.start())
    if m["link"].lower() == "và":
        # ('ngày 13 và 14 tháng Giêng': one stretch, as '13 và 14/3'; 'ngày 5 và 20 tháng 3': two days)
        if not re.search(r"(?:ngày|mùng|mồng)\s*$", text[max(0, start - 12):m.start("d1")], FLAGS) \
                and "ngày" not in text[start:m.start("d1")].lower():
            return None  # '5 và 6 tháng …' may be counts
        if d2 != d1 + 1 and not re.search(r"(giữa|hai\s+ngày|2\s+ngày)\s*$", text[max(0, start - 12):start], FLAGS):
            return Mention(start, m.end(), "range", a, b,
                           info={"two_days": ((m.start("d1"), m.end("d1")), (m.start("d2"), m.end()))})
    return Mention(start, m.end(), "range", a, b)


_RANGE_WORDS_BEFORE = re.compile(r"(?<![\w/.\-])(?:từ\s+)?(?:(?:các|những|hai|2)\s+(?=ngày))?(?:(?:ngày|mùng|mồng)\s+)?$", FLAGS)


@rule(r"(?<![\w/.\-])(?P<d1>{DAY})\s*(?:đến|tới)\s+hết\s+tháng\s+(?P<m>{MONTH}(?!\d)|{MONTH_WORD})"
      r"(?:\s*/\s*(?P<y>\d{{4}})|\s+năm\s+(?:(?P<yw>\d{{4}})|(?P<cc>{CAN_CHI})))?(?![\w/])", 29, gate=DIGIT_START)
def day_to_month_end(m, text):
    """'từ mùng 4 đến hết tháng Giêng', 'từ ngày 15 đến hết tháng 3/2024': from a day of a month
    to that month's last day (a month word of the lunar year is read in that calendar)."""
    d1, mo = int(m["d1"]), _month(m["m"])
    start = _range_start(text, m.start())
    if not _valid_day(d1, mo) or start == m.start() and not _FROM_BEFORE_DAY.search(text, max(0, start - 6), start):
        return None  # ('… 4 đến hết tháng 3': a count, not a day, without 'ngày', 'mùng' or 'từ')
    y = _int(m["y"] or m["yw"])
    lunar = bool(m["cc"]) or (not y and _is_lunar_month_word(m["m"]))
    a = Part(y, mo, d1, "day", lunar=lunar, canchi=m["cc"])
    # the month's last day: the 31st cut to the month's length, or the lunar 30th (the 29th where
    # the month is short)
    b = Part(y, mo, 30 if lunar else 31, "day", lunar=lunar, canchi=m["cc"])
    return Mention(start, m.end(), "range", a, b, info={} if lunar else {"month_end": True})


_FROM_BEFORE_DAY = re.compile(r"(?<!\w)từ\s*$", FLAGS)


def _range_start(text: str, pos: int) -> int:
    """Where a range of days begins: at 'từ', 'ngày' or 'từ ngày' before its first day."""
    return _RANGE_WORDS_BEFORE.search(text, max(0, pos - 16), pos).start()


@rule(r"(?<!\w)(?:đêm|tối|khuya)\s+(?:ngày\s+)?(?P<d1>{DAY})(?:\s*[/.\-]\s*(?P<m1>{MONTH})(?:\s*[/.\-]\s*(?P<y1>\d{{4}}))?)?\s*,?\s+(?:{OVERNIGHT})\s+(?:ngày\s+)?(?P<d2>{DAY})"
      r"(?:\s*[/.\-]\s*(?P<m>{MONTH})(?:\s*[/.\-]\s*(?P<y>\d{{4}}))?|\s+tháng\s+(?P<mw>{MONTH}(?!\d)|{MONTH_WORD})"
      r"(?:\s*,?\s*năm\s+(?P<yw>\d{{4}}))?)(?![\d/])", 31)
def overnight(m, text):
    """'Đêm 16 rạng sáng 17/9/1950': the night from one day into the next."""
    d1, d2 = int(m["d1"]), int(m["d2"])
    mo = int(m["m"]) if m["m"] else _month(m["mw"])
    y = _int(m["y"] or m["yw"])
    if m["m1"] and int(m["m1"]) != mo:
        pass  # across a month's end: below
    elif d2 == d1 + 1 and _valid_day(d2, mo):
        return Mention(m.start(), m.end(), "range", Part(y, mo, d1, "day"), Part(y, mo, d2, "day"))
    prev = mo - 1 if mo and mo > 1 else 12
    if d2 == 1 and mo and _valid_day(d1, prev) and d1 >= 28 and (not m["m1"] or int(m["m1"]) == prev):
        # 'đêm 31/1 rạng sáng 1/2/1968', 'Đêm 31/12/2024 rạng sáng 1/1/2025'
        y1 = y - 1 if y and mo == 1 else y
        if m["y1"] and y1 is not None and int(m["y1"]) != y1:
            return None
        return Mention(m.start(), m.end(), "range", Part(y1, prev, d1, "day"), Part(y, mo, d2, "day"))
    return None


@rule(r"(?<!\w)(?:từ\s+)?tháng\s+(?P<m1>{MONTH})\s*(?:-|đến|tới)\s*(?:tháng\s+)?(?P<m2>{MONTH})"
      r"\s*(?:[/.\-]\s*|\s*,?\s*năm\s+)(?P<y>{YEAR4})(?![\d/])", 29)
def month_range_shared_year(m, text):
    m1, m2, y = int(m["m1"]), int(m["m2"]), int(m["y"])
    if m1 >= m2:
        return None
    return Mention(m.start(), m.end(), "range", Part(y, m1, None, "month"), Part(y, m2, None, "month"))


_TERM_BEFORE = re.compile(fill(r"(?:{TERM}|{RANGE_OPEN}|năm)\s*$"), FLAGS)
_NUMBER_SIGN = re.compile(r"(?<!\w)(?:số|no\.?)\s*$", FLAGS)


@rule(r"(?<!\w)(?P<y1>{YEAR4})\s*[-–/]\s*(?P<y2>\d{{2}})(?![\d/]|[.,]\d)", 8, gate=DIGIT_START)
def short_year_range(m, text):
    """'2020-21', 'niên khóa 1965/66': the second year written with two digits."""
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1 or y2 - y1 > 10:
        return None
    before = text[max(0, m.start() - 16):m.start()]
    # a season written '2023/24' names itself: the next year after a slash ('hai mùa giải liên
    # tiếp 2023/24 và 2024/25'), but not a document's number ('số 2023/24')
    season = y2 == y1 + 1 and "/" in m.group() and not _NUMBER_SIGN.search(before)
    if not season and not _TERM_BEFORE.search(before):
        return None
    return Mention(m.start(), m.end(), "range", Part(y1, None, None, "year"), Part(y2, None, None, "year"))


@rule(r"\(\s*(?P<y1>\d{{2,4}})\s*[-–]\s*(?P<y2>\d{{2,4}})\s*\)", 9)
def early_years_of_a_name(m, text):
    """'quận Nhật Nam (605-618)', 'nhà Tiền Lê (980-1009)': years of fewer than four digits are
    years only in brackets after a name, as history pages give a dynasty's or a province's time."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if min(len(m["y1"]), len(m["y2"])) > 3 or not 10 <= y1 < y2 <= 2100 or y2 - y1 > 400:
        return None
    word = _WORD_BEFORE_BRACKET.search(text, max(0, m.start() - 30), m.start())
    if word is None or not word.group(1)[:1].isupper():
        return None
    return Mention(m.start("y1"), m.end("y2"), "range", Part(y1, None, None, "year"), Part(y2, None, None, "year"))


_WORD_BEFORE_BRACKET = re.compile(r"(\w+)\s*$")


@rule(r"(?<![\w/.])(?P<y1>{YEAR4})\s*/\s*(?P<y2>{YEAR4})(?![\d/.,]\d|\w)", 9, gate=DIGIT_START)
def slashed_years(m, text):
    """'mùa giải 2023/2024', 'năm học 2023/2024': a season or school year over two years."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 != y1 + 1:
        return None
    return Mention(m.start(), m.end(), "range", Part(y1, None, None, "year"), Part(y2, None, None, "year"))


def named_period_rules():
    """The lexicon of named periods as (name, entry) pairs, longest names first: the periods
    as listed, and dynasties and reigns in every frame the histories say them in."""
    lexicon = load("named_periods")
    entries = [(name, entry) for entry in lexicon["periods"] for name in entry["names"]]
    # 'dưới thời Lý - Trần': a time said under its 'thời' or 'triều' ('dưới thời Lý' alone would
    # otherwise take the longer period's start)
    entries += [("dưới " + name, entry) for name, entry in entries if name.startswith(("thời ", "triều "))]
    frames = lexicon["dynasty_frames"]
    for entry in lexicon["dynasties"]:
        for frame in frames["house"] + (frames["short"] if entry.get("short") else []):
            entries.extend((frame.format(house), entry) for house in entry["houses"])
    for entry in lexicon["reigns"]:
        entries.extend((frame.format(king), entry) for frame in lexicon["reign_frames"] for king in entry["kings"])
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    return entries


@cache
def _houses() -> dict:
    """The dynasties by house name, written small."""
    return {house: entry for entry in load("named_periods")["dynasties"] for house in entry["houses"]}


@cache
def _second_house() -> re.Pattern:
    return re.compile(r"[ \t]*[-–][ \t]*(?P<house>" + alternation(list(_houses())) + r")(?!\w)", re.IGNORECASE)


@cache
def _named_finder():
    from .lexicon import LiteralFinder
    index = dict(named_period_rules())
    return LiteralFinder(index, ignore_case=True), index


_DATE_GOES_ON = re.compile(r"\s*[/.\-–]\s*\d")
_HOUSE_NUMBER_BEFORE = re.compile(r"(?<!\w)(?:số|nhà)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*[ \t]*,?[ \t]*$", FLAGS)


def find_named_periods(text: str, low: str | None = None) -> list[Mention]:
    """Named periods of the lexicon ('thời kỳ đổi mới') as mentions of their dates."""
    finder, index = _named_finder()
    out = []
    for s, e, name in finder.finditer(text, low):
        if name[-1].isdigit() and _DATE_GOES_ON.match(text, e):
            continue  # 'tham gia cách mạng tháng 8/1947': the number goes on as a date, no name
        if _HOUSE_NUMBER_BEFORE.search(text, max(0, s - 16), s):
            continue  # 'chùa Phước Viên, số 318, Xô Viết Nghệ Tĩnh': a street named after the event
        entry = index[name]
        m = Mention(s, e, "named", rule="named_period",
                    info={"edtf": entry["edtf"], "approximate": bool(entry.get("approximate"))})
        if "houses" in entry and (pair := _second_house().match(text, e)) is not None:
            # 'thời Lê – Mạc', 'thời Trần - Hồ': two houses told as one time, from the first's
            # start to the second's end
            second = _houses()[re.sub(r"\s+", " ", pair["house"].lower())]
            if second["edtf"].split("/")[-1] > entry["edtf"].split("/")[0]:
                m.end = pair.end()
                m.info["edtf"] = f'{entry["edtf"].split("/")[0]}/{second["edtf"].split("/")[-1]}'
                m.info["approximate"] = True
        if "/" in entry["edtf"] and ".." not in entry["edtf"] and (part := _part_pattern("span").search(text, max(0, s - 24), s)):
            # 'cuối thời Lê', 'đầu thời Nguyễn': a part of a closed period, as of a century
            m.start = part.start()
            m.info["span_part"] = tuple(load("calendar")["span_parts"][re.sub(r"\s+", " ", part["p"].lower())])
        out.append(m)
    return out


# ---------------------------------------------------------------- running the atomic rules

_DIGITS = re.compile(r"\d+")



_WINDOW = 45  # wider than any rule reaches from its digits


def _merged_windows(hits, n: int) -> list[tuple[int, int]]:
    """Stretches around each hit (a match), merged where they come close."""
    out: list[tuple[int, int]] = []  # the windows before the current one
    covered, half = 0, n // 2
    cur_s = cur_e = -1
    for m in hits:
        s, e = m.start() - _WINDOW, m.end() + _WINDOW
        s, e = (s if s > 0 else 0), (e if e < n else n)
        if cur_e >= 0 and s <= cur_e + _WINDOW:
            covered += e - cur_e
            cur_e = e
        else:
            if cur_e >= 0:
                out.append((cur_s, cur_e))
            covered += e - s
            cur_s, cur_e = s, e
        # many small windows cost more in calls than one scan of the text saves: stop looking
        if covered > half and len(out) >= 8:
            return [(0, n)]
    if cur_e >= 0:
        out.append((cur_s, cur_e))
    return out


@cache
def _word_anchors() -> re.Pattern:
    words = [w for _, _, _, _, gate in RULES if isinstance(gate, Anchors) and gate.by_words for w in gate.all_words()]
    return re.compile(trie_pattern(words, space=" "))


def _matches_at(pattern: re.Pattern, low: str, starts: list[int]):
    """pattern.finditer(low), for a pattern that can only match where a run of digits starts:
    one try at each, none inside the previous match."""
    match, after = pattern.match, 0
    for p in starts:
        if p >= after:
            m = match(low, p)
            if m:
                after = m.end()
                yield m


def find_atoms(text: str) -> list[Mention]:
    """Every rule's matches, overlaps settled: the longest wins, then the higher priority."""
    found: list[tuple[Mention, int]] = []
    low = lower_view(text)
    runs = list(_DIGITS.finditer(low))  # digit runs: where digit rules may match
    windows = _merged_windows(iter(runs), len(low))
    starts = [m.start() for m in runs]
    # the words every keyword rule is anchored on, found in one scan: their windows together
    # are still a small part of a text, and one scan costs a tenth of ten
    word_windows = _merged_windows(_word_anchors().finditer(low), len(low))
    for name, pattern, priority, fn, gate in RULES:
        if gate == DIGIT_START:
            matches = _matches_at(pattern, low, starts)
        else:
            if gate == DIGIT:
                spans = windows
            else:
                spans = word_windows if gate.by_words else gate.windows(low)
            matches = (m for s, e in spans for m in pattern.finditer(low, s, e))
        for m in matches:
            mention = fn(m, text)
            if mention is not None:
                mention.rule = mention.rule or name
                found.append((mention, priority))
    for mention in find_named_periods(text, low):
        found.append((mention, 19))
    found.sort(key=lambda mp: (-mp[0].length, -mp[1], mp[0].start))
    # taken mentions never overlap: kept sorted by start, a newcomer need only be checked
    # against its two neighbours (a scan of all of them grew with the square of a long text's dates)
    taken: list[Mention] = []
    starts: list[int] = []
    for mention, _ in found:
        i = bisect_right(starts, mention.start)
        if i and taken[i - 1].end > mention.start or i < len(taken) and taken[i].start < mention.end:
            continue
        taken.insert(i, mention)
        starts.insert(i, mention.start)
    return taken


# ---------------------------------------------------------------- composition

# between the ends of a range: 'đến', and what may open the second end ('đến sáng 9/9',
# 'đến 17h ngày 6/9', 'đến trước 17h ngày 15/5': a deadline's hour closes the stretch)
# (after 'thứ Sáu (4/10)' the bracket closes first; 'đến hết Chủ nhật (13/10)' names the weekday)
_RANGE_GAP = re.compile(fill(r"(?P<close>\s*\))?\s*(?:-|–|đến|tới|cho\s+đến|cho\s+tới|đến\s+hết|tới\s+hết|đến\s+trước|tới\s+trước"
                             # ('bắt đầu từ tháng 11/2026 và kéo dài đến tháng 4/2027': one stretch)
                             r"|(?:,\s*)?(?:và\s+)?kéo\s+dài\s+(?:đến|tới)(?:\s+hết)?)\s*"
                             r"(?:\d{{1,2}}\s*(?:h|giờ)\s*(?:\d{{1,2}}\s*(?:phút|p)?)?\s*,?\s*)?"
                             r"(?:(?:{DAY_PART})\s+)?(?:(?:{WEEKDAY})\s*(?:,\s*|\(\s*|\s)(?:ngày\s+)?)?(?:ngày\s+)?$"), FLAGS)
_RESTATED_OPEN = re.compile(r"\s*\(\s*(?:(?:tức|nhằm)\s+(?:là\s+)?)?(?:(?:ngày|mùng|mồng)\s+)?", FLAGS)
_FROM = re.compile(fill(r"(?<!\w)(?:{RANGE_OPEN})\s+(?:(?:ngày|mùng|mồng)\s+)?$"), FLAGS)
# ('Từ năm 2010 trở lại đây', 'từ năm 2000 trở đi': from then on)
_UNTIL_NOW_AFTER = re.compile(fill(r"(?:\s*(?:-|–|đến|tới|cho\s+đến|cho\s+tới)\s*(?:nay|hiện\s+nay|bây\s+giờ|hôm\s+nay)"
                                   r"|\s+trở\s+lại\s+(?:đây|nay)|\s+trở\s+đi|\s+trở\s+về\s+sau)(?!\w)"), FLAGS)
# (and before a season of that year: 'hoàn thành … trước mùa mưa bão năm 2026')
_AROUND_BEFORE = re.compile(r"(?<!\w)(?:trước\s*(?:,\s*trong\s*)?(?:,|và)\s*sau|trong\s+và\s+sau|trước\s+và\s+trong)"
                            r"\s+(?:(?:dịp|ngày)\s+)?$", FLAGS)
_NEAR_BEFORE = re.compile(r"(?<!\w)(?:(?:những|các)\s+ngày\s+|dịp\s+)?(?:cận|giáp|sát)\s+(?:ngày\s+)?$", FLAGS)
# 'Hai ngày sau Quốc khánh 2/9/1945', 'Một tuần sau ngày 5/3', '3 ngày trước Tết Nguyên đán': so many
# days or weeks from a day
_COUNTED_FROM_DAY = re.compile(fill(r"(?<![\w/.\-])(?P<n>\d{{1,2}}|{NUMBER_WORD})\s+(?P<u>ngày|tuần)\s+(?P<d>trước|sau)"
                                    r"\s+(?:ngày\s+)?$"), FLAGS)
_EVE_BEFORE = re.compile(r"(?<!\w)(?:đêm|tối|hôm|ngày)\s+trước\s+(?:ngày\s+)?$", FLAGS)
# ('trước dịp nghỉ Tết Nguyên đán Bính Ngọ năm 2026', 'sau kỳ nghỉ lễ 2/9': the holiday's time)
_HOLIDAY_OF = r"(?:(?:dịp|kỳ|đợt)\s+(?:nghỉ\s+(?:lễ\s+)?)?)?"
# ('trước ngày thống nhất đất nước 30/4/1975': the day named in words, then its date)
_NAMED_DAY = r"(?:ngày[ \t]+(?P<named>(?:[a-zà-ỹđ]+[ \t]+){1,5})|(?:ngày|năm|tháng)\s+)?"
_BEFORE = re.compile(r"(?<!\w)(?:từ\s+trước|cho\s+đến\s+trước|trước)\s+" + _HOLIDAY_OF + r"(?:"
                     + alternation(load("cues")["seasons_of_a_year"]) + r"\s+)?" + _NAMED_DAY + "$", FLAGS)
_AFTER = re.compile(r"(?<!\w)(?:kể\s+từ\s+sau|từ\s+sau|sau)\s+" + _HOLIDAY_OF + _NAMED_DAY + "$", FLAGS)
# ('trước tiết Đông chí (22/12)', 'trước lễ Vu Lan (15/8)': an observance named, its day in brackets)
_BEFORE_OBSERVANCE = re.compile(r"(?<!\w)trước\s+(?:tiết|lễ|ngày\s+lễ)\s+(?:[^\W\d_]+\s+){1,4}\(\s*$", FLAGS)
_CLOCK_FIRST = re.compile(r"(?:(?:vào\s+)?lúc\s+)?\d{1,2}\s*(?:h|giờ|g)(?:\s*\d{1,2})?(?!\w)", FLAGS)
_APPROX = re.compile(fill(r"(?<!\w)(?:{APPROX})\s+(?:(?:vào\s+)?(?:ngày|năm|tháng)\s+)?$"), FLAGS)
_WEEKDAY_OF_WEEK = re.compile(fill(r"(?<!\w)(?:(?:{DAY_PART})\s+)?(?:hôm\s+|ngày\s+)?(?P<wd>{WEEKDAY})\s+$"), FLAGS)
_WEEKDAY_AFTER = re.compile(fill(r"[ \t]*\([ \t]*(?P<wd>{WEEKDAY})[ \t]*\)"), FLAGS)
_ORDINAL_NOUN_BEFORE = re.compile(r"(?<!\w)" + alternation(load("calendar")["ordinal_nouns"]) + r"\s+$", FLAGS)
_WEEKDAY_BEFORE = re.compile(fill(r"(?<!\w)(?:(?:{DAY_PART})\s+)?(?P<wd>{WEEKDAY})\s*(?:,\s*|\(\s*|\s)(?:ngày\s+)?$"), FLAGS)
# 'Tháng 10 vừa qua' (the last one), 'Tháng 1 tới' (the next one): said of the date itself
_JUST_PAST = re.compile(r"\s+(?:(?P<past>vừa\s+qua|vừa\s+rồi)|(?P<next>sắp\s+tới|tới\s+đây|tới(?=\s*[,.;:)\n]|\s*$)))(?!\w)",
                        FLAGS)
_FROM_NOW = re.compile(r"(?<!\w)từ\s+(?:nay|bây\s+giờ|hôm\s+nay|đây)\s+(?:đến|tới|cho\s+đến|cho\s+tới)\s+(?:hết\s+)?(?:ngày\s+)?$",
                       FLAGS)
_CLOSING_BRACKET = re.compile(r"\s*\)")
# (a span of hours before it too: 'Lễ viếng bắt đầu từ 7 giờ 00 đến 10 giờ 00, ngày 7/3/2024')
_TIME_BEFORE = re.compile(
    fill(r"(?<!\w)(?:(?:từ\s+)?\d{{1,2}}\s*(?:h|giờ)\s*(?:\d{{1,2}}\s*(?:phút|p|')?)?\s*(?:-|đến|tới)\s*)?"
         r"(?:(?:vào\s+)?lúc\s+)?\d{{1,2}}\s*(?:h|giờ|g)\s*(?:\d{{1,2}}\s*(?:phút|p|')?)?\s*"
         r"(?:(?:{DAY_PART})\s*)?,?\s*(?:ngày\s+)?$"), FLAGS)
_DASH_THEN_CAPITAL = re.compile(r"\s*[-–]\s*[" + re.escape(UPPERCASE) + r"]")
_TIME_ZONE_AFTER = re.compile(r"[ \t]+(?:theo[ \t]+)?giờ[ \t]+(?:Hà[ \t]+Nội|Việt[ \t]+Nam|địa[ \t]+phương|GMT[+-]?\d*|quốc[ \t]+tế)(?!\w)",
                             re.IGNORECASE)
_LUNAR_AFTER = re.compile(fill(r"\s*(?:\(\s*(?:{LUNAR})\s*\)|(?:{LUNAR}))(?:\s*,?\s*năm\s+(?:(?P<y>{YEAR4})|(?P<cc>{CAN_CHI})))?(?!\w)"),
                          FLAGS)
_DAY_PART_BEFORE = re.compile(fill(r"(?<!\w)(?:ngày\s+và\s+)?(?:{DAY_PART})\s+(?:ngày\s+)?$"), FLAGS)  # ('Ngày và đêm 23/11')
_LEAP = re.compile(r"\s+nhuận", FLAGS)
_PAREN_DATE_AFTER = re.compile(r"\s*\(\s*$")


@cache
def _not_a_part_before() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("calendar")["not_parts_after"]) + r")\s+$", FLAGS)


@cache
def _part_pattern(kind: str) -> re.Pattern:
    table = load("calendar")[{"year": "year_parts", "month": "month_parts", "span": "span_parts", "week": "week_parts",
                              "quarter": "quarter_parts"}[kind]]
    # ('trong 8 tháng của năm 2025', 'những năm đầu của thế kỷ XX': a part with 'của' before
    # the year or the century)
    of = r"(?:của\s+)?" if kind in ("year", "span") else ""
    return re.compile(r"(?<!\w)" + alternation(table, group="p") + r"\s+" + of + "$", FLAGS)


def _part_prefix(text: str, mention: Mention) -> tuple[int, dict, str] | None:
    """A part word before a year, month, decade or century: 'đầu năm 1945', 'cuối tháng 8'."""
    cal = load("calendar")
    a = mention.a
    before = text[max(0, mention.start - 24):mention.start]
    if a.precision == "year":
        table, kind = cal["year_parts"], "year"
    elif a.precision == "month":
        table, kind = cal["month_parts"], "month"
    elif a.precision in ("decade", "century"):
        table, kind = cal["span_parts"], "span"
    elif a.precision == "quarter" and a.span:
        table, kind = cal["quarter_parts"], "quarter"
    else:
        return None
    m = _part_pattern(kind).search(before)
    if not m or _not_a_part_before().search(before, 0, m.start()):
        return None  # ('được tổ chức lần đầu năm 1977': the first time, in 1977)
    word = re.sub(r"\s+", " ", m["p"].lower())
    return mention.start - (len(before) - m.start()), table[word], kind


def _apply_part(mention: Mention, spec, kind: str) -> None:
    a = mention.a
    if kind == "year":
        if "months" in spec:
            a.span, a.precision = tuple(spec["months"]), "season"
        elif "half" in spec:
            a.span = (1, 6) if spec["half"] == 1 else (7, 12)
            a.precision = "half"
        elif "quarter" in spec:
            q = spec["quarter"]
            a.span, a.precision = (3 * q - 2, 3 * q), "quarter"
        a.approx = a.approx or bool(spec.get("approximate"))
    elif kind == "quarter":
        # 'cuối quý IV': the quarter's last month, roughly
        a.month, a.span, a.precision = a.span[0] + spec["month"], None, "month"
        a.approx = True
    elif kind == "month" and "day" in spec:
        # 'rằm tháng 7': the full moon, a day of the lunar month however the month is written
        a.day, a.precision = spec["day"], "day"
        a.lunar = a.lunar or bool(spec.get("lunar"))
    elif kind == "month":
        lo, hi = spec["days"]
        if a.lunar:
            hi = min(hi, 30)  # a lunar month has 29 or 30 days (the 30th of a short one is its 29th)
        mention.kind = "range"
        mention.b = replace(a, day=hi, precision="day")
        mention.a = replace(a, day=lo, precision="day")
        mention.approx = mention.approx or bool(spec.get("approximate"))
        mention.info["month_end"] = True  # 'cuối tháng': the last day is the month's last
        mention.info["month_part"] = True
    else:
        mention.info["span_part"] = tuple(spec)
        a.approx = True


def _fill_pair(a: Part, b: Part) -> None:
    """Share what one end of a range knows with the other ('tháng 3 đến tháng 5/1946')."""
    if a.year is None and b.year is not None and a.canchi is None:
        a.year = b.year
        if a.month and b.month and (a.month, a.day or 0) > (b.month, b.day or 0):
            a.year -= 1
    if b.year is None and a.year is not None and b.canchi is None:
        b.year = a.year
        if a.month and b.month and (a.month, a.day or 0) > (b.month, b.day or 0):
            b.year += 1
    if a.precision == "day" and a.month is None:
        a.month = b.month
    if b.bce and not a.bce and a.year is not None and b.year is not None and 0 < -b.year < a.year and not a.month:
        a.year, a.bce = -a.year, True  # 'từ năm 218 đến năm 207 TCN': both before the era


def _ordered(a: Part, b: Part) -> bool:
    if a.year is None or b.year is None:
        return True
    ka = (a.year, a.month or 0, a.day or 0)
    kb = (b.year, b.month or 12, b.day or 31)
    return ka <= kb and a.year >= b.year - 3000


def compose(text: str, atoms: list[Mention]) -> list[Mention]:
    """Join atoms into ranges and open intervals and attach modifiers around them."""
    # parts of a year first, so that 'từ giữa năm 2019 đến cuối năm 2020' joins as one range
    for atom in atoms:
        if atom.kind == "point" and atom.a is not None and atom.a.precision == "year":
            hit = _part_prefix(text, atom)
            if hit and hit[2] == "year":
                atom.start = hit[0]
                _apply_part(atom, hit[1], hit[2])
                atom.info["year_part"] = True
    out: list[Mention] = []
    i = 0
    while i < len(atoms):
        cur = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = _RANGE_GAP.fullmatch(text[cur.end:nxt.start]) if nxt is not None else None
        skipped = 0
        if nxt is not None and gap is None and i + 2 < len(atoms) and _RESTATED_OPEN.fullmatch(text, cur.end, nxt.start) \
                and (far := _RANGE_GAP.fullmatch(text[nxt.end:atoms[i + 2].start])) is not None and far["close"]:
            # 'từ ngày 25/1/2027 (tức ngày 18 tháng Chạp năm Bính Ngọ) đến ngày 21/2/2027': the first
            # end said again in the other calendar, in brackets; the range runs on over them
            closed = nxt.end + far.end("close")
            nxt, gap, skipped = atoms[i + 2], _RANGE_GAP.fullmatch(text[closed:atoms[i + 2].start]), 1
        if (cur.kind == "point" and nxt is not None and nxt.kind == "point"
                and cur.a.precision not in ("decade", "century") and nxt.a.precision not in ("decade", "century")
                and gap is not None and (not gap["close"] or text[:cur.start].rstrip().endswith("("))
                and "\n" not in text[cur.end:nxt.start]  # (a list's dash on the next line joins nothing)
                and not (text[cur.end:nxt.start].strip().lower().startswith("và")
                         and "kéo" not in text[cur.end:nxt.start].lower())
                # ('khai mạc vào sáng mùng 6 … và kéo dài đến hết tháng 3': an opening day, then
                # an end; only 'từ …' opens a stretch that lasts to the second)
                and ("kéo" not in text[cur.end:nxt.start].lower() or _FROM.search(text, max(0, cur.start - 20), cur.start))):
            a, b = replace(cur.a), replace(nxt.a)
            _fill_pair(a, b)
            if _ordered(a, b) and not (a.precision == "year" and b.precision == "day"):
                joined = Mention(cur.start, nxt.end, "range", a, b, rule=f"{cur.rule}+{nxt.rule}",
                                 info={"ends": ((cur.start, cur.end), (nxt.start, nxt.end))})
                if a.precision == "day" and b.precision == "month" and not (a.lunar or b.lunar) and b.month \
                        and not _LUNAR_AFTER.match(text, nxt.end) \
                        and re.search(r"(?<!\w)hết\s*$", text[cur.end:nxt.start], FLAGS):
                    # 'từ ngày 15/9 đến hết tháng 10': to the month's last day
                    b.day, b.precision = 31, "day"
                    joined.info["month_end"] = True
                if cur.info.get("day_offset"):  # 'từ đêm 30 Tết đến mùng 5 Tết': the eve before Tết
                    joined.info["a_day_offset"] = cur.info["day_offset"]
                out.append(joined)
                i += 2 + skipped
                continue
            nxt = atoms[i + 1]
        if nxt is not None and (joined := _month_parts_range(text, cur, nxt)) is not None:
            out.append(joined)
            i += 2
            continue
        if nxt is not None and (joined := _range_of_named_ends(text, cur, nxt)) is not None:
            out.append(joined)
            i += 2
            continue
        if nxt is not None and _turn_of_year(text, cur, nxt):
            joined = Mention(cur.start, nxt.end, "range", replace(cur.a), replace(nxt.a), rule=f"{cur.rule}+{nxt.rule}",
                             info={"ends": ((cur.start, cur.end), (nxt.start, nxt.end))})
            out.append(joined)
            i += 2
            continue
        out.append(cur)
        i += 1
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.weak and prev.kind == "named" and re.fullmatch(r"\d{4}-\d\d", edtf := prev.info.get("edtf", "")) \
                and m.a is not None and m.a.month == int(edtf[5:]) and NAMED_DAY_GAP.fullmatch(text, prev.end, m.start):
            # 'Cách mạng Tháng Tám thành công 19/8': the named event's own day, in its year
            m.weak = False
            m.a = replace(m.a, year=int(edtf[:4]))
            m.info["origin"] = m.a.year
    out = [m for m in out if not m.weak]
    for m in out:
        _decorate(text, m)
    out = _join_turns_of_months(text, _join_centuries_to_years(text, _join_turns_of_centuries(text, out)))
    # a modifier may have grown a mention over its neighbour ('âm lịch năm 2020'): keep the first
    # (unless the later one grew over the first whole: 'từ hôm nay đến ngày 7/6' holds 'hôm nay')
    kept: list[Mention] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            if m.start <= kept[-1].start and m.end >= kept[-1].end:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


_PARTS_GAP = re.compile(r"\s*(?:-|–|đến|tới|cho\s+đến|cho\s+tới|sang)\s+", FLAGS)


def _month_parts_range(text: str, cur: Mention, nxt: Mention) -> Mention | None:
    """'Từ giữa tháng 8 đến đầu tháng 9/2024': from a part of one month to a part of another
    is one stretch, from the first part's first day to the second's last."""
    if not (cur.kind == nxt.kind == "point" and cur.a.precision == nxt.a.precision == "month"):
        return None
    part_b = _part_prefix(text, nxt)
    if part_b is None or not _PARTS_GAP.fullmatch(text, cur.end, part_b[0]):
        return None
    a, b = replace(cur.a), replace(nxt.a)
    _fill_pair(a, b)
    if not _ordered(a, b):
        return None
    start, approx = cur.start, bool(part_b[1].get("approximate"))
    part_a = _part_prefix(text, cur)
    if part_a is not None:
        start, a.day, a.precision = part_a[0], part_a[1]["days"][0], "day"
        approx = approx or bool(part_a[1].get("approximate"))
    b.day, b.precision = part_b[1]["days"][1], "day"
    joined = Mention(start, nxt.end, "range", a, b, rule=f"{cur.rule}+{nxt.rule}",
                     info={"ends": ((cur.start, cur.end), (nxt.start, nxt.end)), "month_end": True})
    joined.approx = approx
    return joined


# between a named event of one month and its own day: 'Cách mạng Tháng Tám thành công 19/8'
NAMED_DAY_GAP = re.compile(r"\s*(?:(?:thành\s+công|toàn\s+thắng|thắng\s+lợi)\s+)?(?:ngày\s+)?", FLAGS)
_TURN_GAP = re.compile(r"\s*(?:[-–,]|sang|và|đến|tới)?\s*", re.IGNORECASE)


_NAMED_END_FROM = re.compile(r"(?<!\w)từ\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}\s+$", FLAGS)
_NAMED_END_TO = re.compile(r"\s+(?:đến|tới)\s+(?P<noun>[^\W\d_]+)(?:\s+[^\W\d_]+){0,3}\s+", FLAGS)


def _range_of_named_ends(text: str, cur: Mention, nxt: Mention) -> Mention | None:
    """'từ khoa Nhâm Tuất năm 1442 đến khoa Kỷ Hợi năm 1779': a stretch whose ends are two of the
    same thing (two exams, two terms), each named with its year."""
    if cur.kind != "point" or nxt.kind != "point" or cur.a is None or nxt.a is None \
            or cur.a.precision != "year" or nxt.a.precision != "year" or not (cur.a.year and nxt.a.year) \
            or cur.a.year >= nxt.a.year:
        return None
    frm = _NAMED_END_FROM.search(text, max(0, cur.start - 40), cur.start)
    to = _NAMED_END_TO.fullmatch(text, cur.end, nxt.start)
    if not frm or not to or frm["noun"].lower() != to["noun"].lower():
        return None
    return Mention(frm.start(), nxt.end, "range", replace(cur.a), replace(nxt.a), rule=f"{cur.rule}+{nxt.rule}",
                   info={"ends": ((cur.start, cur.end), (nxt.start, nxt.end))})


def _turn_of_year(text: str, cur: Mention, nxt: Mention) -> bool:
    """'Cuối năm 1974 đầu năm 1975', 'cuối năm 1974 sang đầu năm 1975': the end of one year
    and the start of the next, said side by side, are one stretch of time."""
    if not (cur.info.get("year_part") and nxt.info.get("year_part") and cur.kind == nxt.kind == "point"):
        return False
    a, b = cur.a, nxt.a
    return (a.year is not None and b.year == a.year + 1 and a.span is not None and b.span is not None and a.span[1] == 12 and b.span[0] == 1
            and _TURN_GAP.fullmatch(text, cur.end, nxt.start) is not None)


def _next_decade(prev: Mention, m: Mention) -> bool:
    """Is m's decade the one after prev's ('cuối thập kỷ 80 đầu thập kỷ 90 của thế kỷ XX')? A
    decade whose century is told only with the next takes it from there."""
    a, b = prev.a, m.a
    if a.precision != "decade" or b.precision != "decade" or b.year is None:
        return False
    if a.year is None and a.decade2 is not None and (a.decade2 + 10) % 100 == b.year % 100:
        prev.a = replace(a, year=b.year - 10, decade2=None)
        return True
    return a.year is not None and b.year == a.year + 10


def _join_turns_of_centuries(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Cuối thế kỷ XIX đầu thế kỷ XX', 'cuối thập kỷ 80 đầu thập kỷ 90': the end of one century
    (or decade) and the start of the next, said side by side, are one stretch of time."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "point" and prev.info.get("span_part", (0, 0))[1] == 1.0 \
                and m.info.get("span_part", (1, 1))[0] == 0.0 and _TURN_GAP.fullmatch(text, prev.end, m.start) \
                and (_next_decade(prev, m) or prev.a.precision == m.a.precision == "century" and prev.a.century_n
                     and m.a.century_n == prev.a.century_n + 1 and not (prev.a.bce or m.a.bce)):
            out[-1] = Mention(prev.start, m.end, "range", prev.a, m.a, rule=f"{prev.rule}+{m.rule}",
                              info={"span_parts": (prev.info["span_part"], m.info["span_part"])})
            continue
        out.append(m)
    return out


_CENTURY_YEAR_GAP = re.compile(r"\s*(?:-|–|đến|tới|cho\s+đến|cho\s+tới)\s*", FLAGS)
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s+$", FLAGS)


def _join_centuries_to_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Từ thế kỷ XV đến năm 1789', 'từ năm 1428 đến cuối thế kỷ XVIII', 'từ thập niên 1990 đến
    thập niên 2010': a century or decade (or a part of one) and a year, decade or century at the
    two ends of 'từ … đến' are one stretch of time.  'từ' is asked
    for: without it, 'thế kỷ XV - năm 1789' may be a list."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "point" and prev.a is not None and m.a is not None \
                and ({prev.a.precision, m.a.precision} == {"century", "year"}
                     # ('từ thế kỷ XV đến đầu thế kỷ XX': two centuries, a part of one at least)
                     or prev.a.precision == m.a.precision == "century" and ("span_part" in prev.info or "span_part" in m.info)
                     # ('Từ thập niên 1990 đến thập niên 2010', 'từ năm 1975 đến những năm 1990')
                     or "decade" in {prev.a.precision, m.a.precision}
                     and {prev.a.precision, m.a.precision} <= {"century", "year", "decade"}
                     and all(p.year for p in (prev.a, m.a) if p.precision == "decade")) \
                and not (prev.a.bce or m.a.bce) \
                and (prev.a.year or (prev.a.century_n or 0) > 0) and (m.a.year or (m.a.century_n or 0) > 0) \
                and "\n" not in text[prev.end:m.start] \
                and _CENTURY_YEAR_GAP.fullmatch(text, prev.end, m.start) \
                and (since := _FROM_BEFORE.search(text, max(0, prev.start - 6), prev.start)):
            # (a part of a century is years, 'đầu thế kỷ XX' 1900-1932; a whole one stays a century)
            first, last = prev.info.get("span_part"), m.info.get("span_part")
            lo = (prev.a.century_n - 1) * 100 if prev.a.precision == "century" else prev.a.year
            hi = m.a.century_n * 100 - 1 if m.a.precision == "century" else m.a.year + (9 if m.a.precision == "decade" else 0)
            if lo <= hi:
                out[-1] = Mention(since.start(), m.end, "range", prev.a, m.a, rule=f"{prev.rule}+{m.rule}",
                                  info={"span_parts": (first, last)})
                continue
        out.append(m)
    return out


def _join_turns_of_months(text: str, mentions: list[Mention]) -> list[Mention]:
    """'cuối tháng 5, đầu tháng 6/2025': the end of one month and the start of the next, said
    side by side, are one stretch of time."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == m.kind == "range" and prev.info.get("month_end") and m.info.get("month_end") \
                and prev.a.month and m.a.month and m.a.month == prev.a.month % 12 + 1 and prev.a.lunar == m.a.lunar \
                and (prev.b.day or 0) >= 20 and (m.a.day or 99) <= 11 and _TURN_GAP.fullmatch(text, prev.end, m.start):
            a = replace(prev.a)
            if a.year is None and m.b.year is not None:
                a.year = m.b.year - (1 if a.month == 12 else 0)
            out[-1] = Mention(prev.start, m.end, "range", a, replace(m.b), rule=f"{prev.rule}+{m.rule}",
                              approx=True, info={"ends": ((prev.start, prev.end), (m.start, m.end))})
            continue
        out.append(m)
    return out


def _decorate(text: str, m: Mention) -> None:
    """Modifiers around a mention: 'từ', 'trước', 'sau', 'đến nay', parts, weekday, time,
    lunar marker, approximation."""
    before = text[max(0, m.start - 40):m.start]
    if m.kind in ("point", "range") and m.a is not None:
        # parts of a period ('đầu năm 1945', 'cuối tháng 8', 'giữa thế kỷ XX')
        if m.kind == "point":
            hit = _part_prefix(text, m)
            if hit:
                start, spec, kind = hit
                m.start = start
                _apply_part(m, spec, kind)
                before = text[max(0, m.start - 40):m.start]
        elif m.a.precision == "month" and m.b is not None and m.b.precision == "month" and m.a.day is None \
                and (hit := _part_prefix(text, m)) is not None and hit[2] == "month" and "days" in hit[1]:
            # 'từ trung tuần tháng 02 đến hết tháng 3/2024', 'Từ cuối tháng 3 đến tháng 5/2024': the
            # stretch starts on the part's first day; it ends with its last month
            start, spec, _ = hit
            m.start = start
            m.a.day, m.a.precision = spec["days"][0], "day"
            m.b.day, m.b.precision = 31, "day"
            m.info["month_end"] = True
            m.approx = m.approx or bool(spec.get("approximate"))
            before = text[max(0, m.start - 40):m.start]
        lunar = _LUNAR_AFTER.match(text, m.end)
        if lunar:
            last = m.b or m.a
            for p in (m.a, m.b):
                if p is not None:
                    p.lunar = True
            if lunar["y"] and last.year is None:
                for p in (m.a, m.b):
                    if p is not None and p.year is None:
                        p.year = int(lunar["y"])
            if lunar["cc"]:
                for p in (m.a, m.b):
                    if p is not None and p.year is None:
                        p.canchi = lunar["cc"]
            m.end = lunar.end()
        if m.a.precision == "day" and (zone := _TIME_ZONE_AFTER.match(text, m.end)):
            m.end = zone.end()  # 'Chiều 19/11 giờ Hà Nội': the clock the day is told by
        if m.a.precision == "day" and m.kind == "point" and (after := _WEEKDAY_AFTER.match(text, m.end)):
            # 'Ngày 06/01/2025 (thứ Hai)': the weekday after the day, checked against it as one before it is
            m.a.weekday = load("calendar")["weekdays"][re.sub(r"\s+", " ", after["wd"].lower())]
            m.end = after.end()
        recent = _JUST_PAST.match(text, m.end)
        if recent:
            m.end = recent.end()  # 'Tháng 3 vừa rồi', 'Tối 15/10 vừa qua': said of the date itself
            m.info["direction"] = "past" if recent["past"] else "next"
        leap = _LEAP.match(text, m.end)
        if leap and m.a.lunar:
            m.a.leap = True
        wd = _WEEKDAY_BEFORE.search(before)
        if wd and _ORDINAL_NOUN_BEFORE.search(before, 0, wd.start("wd")):
            wd = None  # 'Kỳ họp bất thường lần thứ 5 ngày 18/1/2024': a count, no weekday
        if wd and m.a.precision == "day":
            m.a.weekday = load("calendar")["weekdays"][re.sub(r"\s+", " ", wd["wd"].lower())]
            m.start -= len(before) - wd.start()
            before = text[max(0, m.start - 40):m.start]
            close = _CLOSING_BRACKET.match(text, m.end)
            if text.count("(", m.start, m.end) > text.count(")", m.start, m.end) and close:
                m.end = close.end()  # 'Sáng thứ Hai (19/10)': the bracket it opened closes
        dp = _DAY_PART_BEFORE.search(before)
        if dp and m.a.precision == "day":
            m.start -= len(before) - dp.start()
            before = text[max(0, m.start - 40):m.start]
        tm = _TIME_BEFORE.search(before)
        if tm and m.a.precision == "day":
            m.start -= len(before) - tm.start()
            before = text[max(0, m.start - 40):m.start]
        if m.kind == "point":
            now = _UNTIL_NOW_AFTER.match(text, m.end)
            if now and _DASH_THEN_CAPITAL.match(now.group()):
                now = None  # 'Hà Nội, ngày 5/3/2025 - Hôm nay, Bộ Ngoại giao …': a dateline, then the story
            if now:  # ('từ những năm 1990 đến nay', 'từ đầu thế kỷ XIX đến nay' too)
                m.kind = "until_now"
                m.end = now.end()
                frm = _FROM.search(before)
                if frm:
                    m.start -= len(before) - frm.start()
            elif _FROM_NOW.search(before):
                hit = _FROM_NOW.search(before)  # 'từ nay đến cuối năm': from the article's day
                m.kind = "from_now"
                m.start -= len(before) - hit.start()
            elif around := _AROUND_BEFORE.search(before):
                m.start -= len(before) - around.start()  # 'trước, trong và sau Tết Nguyên đán': the feast's time
                m.info["around"] = True
            elif (near := _NEAR_BEFORE.search(before)) and m.a.precision == "day" and m.a.day:
                # 'Những ngày giáp Tết Giáp Thìn', 'dịp cận Tết': the week or so before the day
                m.info["days_before"] = 7
                m.approx = True
                m.start -= len(before) - near.start()
            elif (counted := _COUNTED_FROM_DAY.search(before)) and m.a.precision == "day" and m.a.day \
                    and (n := _number(counted["n"])):
                days = n * (7 if counted["u"].lower() == "tuần" else 1)
                m.info["day_offset"] = m.info.get("day_offset", 0) + (days if counted["d"].lower() == "sau" else -days)
                m.start -= len(before) - counted.start()
            elif (eve := _EVE_BEFORE.search(before)) and m.a.precision == "day" and m.a.day:
                # 'đêm trước Ngày Thương binh – Liệt sĩ': the eve of the day, not all time before it
                m.info["day_offset"] = m.info.get("day_offset", 0) - 1
                m.start -= len(before) - eve.start()
            elif (hit := _BEFORE.search(before) or m.a.precision == "day" and _BEFORE_OBSERVANCE.search(before)) \
                    and (not hit.groupdict().get("named") or m.a.precision == "day"):
                m.kind = "before"
                m.start -= len(before) - hit.start()
                if before.endswith("(") and (close := re.match(r"\s*\)", text[m.end:m.end + 4])):
                    m.end += close.end()  # the bracket the observance's day stands in closes with it
            elif (hit := _AFTER.search(before)) and (not hit["named"] or m.a.precision == "day"):
                # (a day named in words is a day: 'Sau ngày hòa bình lập lại năm 1954' names a year)
                m.kind = "after"
                m.start -= len(before) - hit.start()
        elif m.kind == "range" and m.info.get("month_part") and m.b is not None and (hit := _FROM_NOW.search(before)):
            # 'từ nay đến cuối tháng 4': from the article's day to the part's last day (the month's
            # end, when that is the part's, which the month's length decides)
            end = m.b if (m.b.day or 0) <= 28 else replace(m.b, day=None, precision="month")
            m.kind, m.a, m.b = "from_now", end, None
            m.info.pop("month_end", None)
            m.info.pop("month_part", None)
            m.start -= len(before) - hit.start()
        elif m.kind == "range" and m.info.get("month_part") and (now := _UNTIL_NOW_AFTER.match(text, m.end)) \
                and not _DASH_THEN_CAPITAL.match(now.group()):
            # 'Từ đầu tháng 5 đến nay': from the part's first day to the article's
            m.kind, m.b, m.end = "until_now", None, now.end()
            m.info.pop("month_end", None)
            frm = _FROM.search(before)
            if frm:
                m.start -= len(before) - frm.start()
        elif m.kind == "range":
            if (name := _NAME_BEFORE_BRACKET.search(before)) and name.group()[:1].isupper():
                m.info["after_name"] = True  # 'Nông Văn Hiền (1932 - 2009)': a life, or a name's time
            frm = _FROM.search(before)
            if frm and re.fullmatch(r"từ(?:\s+(?:ngày|năm|tháng))?", frm.group(0).strip().lower()):
                m.start -= len(before) - frm.start()
        ap = _APPROX.search(text[max(0, m.start - 30):m.start])
        if ap and not _CLOCK_FIRST.match(text, m.start):
            m.approx = True  # (not 'Khoảng 22 giờ ngày 15/3': about the hour, on that very day)
