"""Regex building blocks made from the lexicons, named for what they match.

Rules in dates.py are written against these slots ({MONTH_WORD}, {WEEKDAY} …) instead of
spelling word lists out, so adding a word to a lexicon teaches every rule that uses it.
"""
from __future__ import annotations

from functools import cache

from .lexicon import alternation, load

ROMAN = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"  # rules match lowercased text
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR4 = r"(?:1\d{3}|20\d{2}|21\d{2})"
SEP = r"[/.\-]"


@cache
def slots() -> dict[str, str]:
    cal = load("calendar")
    cues = load("cues")
    fest = load("festivals")
    rel = load("relative")
    can = alternation(fest["can"])
    chi = alternation(list(fest["chi"]) + list(fest["chi_variants"]))
    return {
        "DAY": DAY,
        "MONTH": MONTH,
        "YEAR4": YEAR4,
        "SEP": SEP,
        "ROMAN": ROMAN,
        "MONTH_WORD": alternation(cal["month_words"]),
        "WEEKDAY": alternation(cal["weekdays"]),
        "DAY_PART": alternation(cal["day_parts"]),
        "DAY_PREFIX": alternation(cal["day_prefixes"]),
        "BCE": alternation(cal["era_bce"]),
        "CE": alternation(cal["era_ce"]),
        "YEAR_PART": alternation(cal["year_parts"]),
        "MONTH_PART": alternation(cal["month_parts"]),
        "SPAN_PART": alternation(cal["span_parts"]),
        "SEASON": alternation(cal["seasons"]),
        "QUARTER": alternation(cal["quarter_words"]),
        "NUMBER_WORD": alternation(cal["number_words"]),
        # a number in words: one or more of its words ('một nghìn chín trăm bốn mươi lăm')
        "SPELLED": (lambda w: f"(?:{w})(?:\\s+(?:{w}))*")(alternation(
            [x for k, v in cal["spelled_numbers"].items() for x in (v if isinstance(v, list) else list(v))])),
        "REIGN_ERA": alternation(cal["reign_eras"]),
        "DECADE_WORD": alternation(cal["decade_words"]),
        "CENTURY_WORD": alternation(cal["century_words"]),
        "LUNAR": alternation(cal["lunar_markers"]),
        "OVERNIGHT": alternation(cal["overnight"]),
        "APPROX": alternation(cal["approximate_cues"]),
        "RELATIVE": alternation(rel["expressions"]),
        "UNTIL_NOW": alternation(cues["until_now"]),
        "BEFORE": alternation(cues["before"]),
        "AFTER": alternation(cues["after"]),
        "RANGE_OPEN": alternation(cues["range_open"]),
        "TERM": alternation(cues["terms"]),
        "ANNIVERSARY": alternation(cues["anniversary"]),
        "ANNIVERSARY_OBJECT": alternation(cues["anniversary_objects"]),
        "SAME_YEAR": alternation(cues["same_year_anaphora"]),
        "SAME_MONTH": alternation(cues["same_month_anaphora"]),
        "SINCE_TOLD": alternation(cues["since_told"]),
        "SAME_DAY": alternation(cues["same_day_anaphora"]),
        "RECURRING": alternation(cues["recurring"]),
        "COMPARISON": alternation(cues["comparison"] + cues["comparison_words"]),
        "AMENDMENT": alternation(cues["amendment_words"]),
        "COUNTED": alternation(cues["counted_nouns"]),
        "DOCUMENT": alternation(cues["document_words"]),
        "BIRTH": alternation(cues["birth_cues"]),
        "HORIZON": alternation(cues["horizon_cues"]),
        "FESTIVAL": alternation(list(fest["lunar"]) + list(fest["solar"])),
        "CAN": can,
        "CHI": chi,
        "CAN_CHI": f"{can}\\s+{chi}",
    }


def fill(template: str) -> str:
    """Fill {SLOT} placeholders of a rule pattern (regex braces are written {{ }})."""
    return template.format(**slots())
