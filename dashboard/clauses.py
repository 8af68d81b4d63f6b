"""Clauses of a sentence, and whether a date opens its clause.

A sentence is cut at commas, semicolons and colons outside brackets and quotes.  A date that
only some opening words stand before ('Đến tháng 5/1945, …', 'Trong kháng chiến chống Pháp, …')
opens its clause: it times what follows.  The opening words are a lexicon list
(cues.narrative_openers).
"""
from __future__ import annotations

import re
from functools import cache

from .lexicon import alternation, load
from .textnorm import LOWER_LETTER, UPPERCASE

# 'LSO-', '(QN) -' before a news lead; not the 'COVID-' of 'COVID-19'
# ('VOV1 - Chiều nay, 23/9, …', '(LSO) Chiều 4/10, …': a credit in brackets needs no dash)
AGENCY = re.compile(r"^(?:\([A-ZĐ][A-ZĐ\d]{1,7}\)\s*(?:[-–](?!\d)\s*)?|[A-ZĐ][A-ZĐ\d]{1,7}\s*[-–](?!\d)\s*)")
# a place's dateline before a date: 'Lạng Sơn - Chiều 29/9, …', 'Hà Nội – Sáng nay, …' (only
# before the date: 'Chùa Bút Tháp - viên ngọc …' is a title's two parts)
_PLACE_DATELINE = re.compile(r"^(?:[" + re.escape(UPPERCASE) + r"][^\W\d_]*[ \t]+){0,3}[" + re.escape(UPPERCASE)
                             + r"][^\W\d_]*[ \t]+[-–—]\s*$")
_CLAUSE_MARKS = re.compile(r"[(“\[)”\],;:\"]")


_LISTED_NUMBER_BEFORE = re.compile(r"(?<![\w/.])(?:[IVXLC]{1,6}|\d{1,2})$")
_LISTED_NUMBER_AFTER = re.compile(r"[ \t]*(?:[IVXLC]{1,6}|\d{1,2})(?![\w/.,]\w)(?=[ \t]*(?:[(,;.)]|và|$))")


_NAME_BEFORE = re.compile(r"(?<![\w])[" + re.escape(UPPERCASE) + r"]" + LOWER_LETTER + "+$")
# the rest of a place's name, then a word written small before any comma: the predicate
_PREDICATE_AFTER_NAME = re.compile(r"[^\W\d_]*(?:[ \t]+[" + re.escape(UPPERCASE) + r"][^\W\d_]*)*[ \t]+"
                                   r"(?:đã|đang|sẽ|vừa|tổ|long|trọng)(?!\w)")


@cache
def _address_after() -> re.Pattern:
    """', huyện Tuyên Hóa': the unit a place named before it lies in."""
    units = load("places")["governed_units"]
    return re.compile(r"[ \t]*(?:" + alternation(units) + r")[ \t]+[" + re.escape(UPPERCASE) + r"]")


def clause_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence: cut at , ; : outside brackets and quotes."""
    out, depth, start = [], 0, s
    quoted = opened = False  # straight quotes open and close alike ('phim "Đào, phở và piano"')
    for m in _CLAUSE_MARKS.finditer(text, s, e):
        c = m.group()
        if c == '"':
            if opened and quoted:
                depth -= 1
            close = text.find('"', m.end(), e)
            # (a quote left open cuts nothing; nor does a quoted date line: 'đề "Quảng Bình, ngày 12 …"')
            inner = text[m.end():close].strip() if close >= 0 else ""
            # (nor what is left of one when its date is cut out of a title: '"Quảng Bình, "')
            quoted = not opened and bool(inner) and inner[-1] not in ",;:" and not any(ch.isdigit() or ch == "\x00" for ch in inner)
            depth += 1 if quoted else 0
            opened = not opened
        elif c in "(“[":
            depth += 1
        elif c in ")”]":
            if depth:
                depth -= 1
        elif depth == 0:
            i = m.start()
            if c == "," and _LISTED_NUMBER_BEFORE.search(text, max(s, i - 8), i) and _LISTED_NUMBER_AFTER.match(text, i + 1, e):
                continue  # 'các khóa XI, XII (2002 - 2011)', 'lần thứ 5, 6': one list, not two clauses
            if c == "," and _NAME_BEFORE.search(text, max(s, i - 12), i) and (unit := _address_after().match(text, i + 1, e)) \
                    and _PREDICATE_AFTER_NAME.match(text, unit.end(), e):
                continue  # 'Đảng bộ xã Đức Hóa, huyện Tuyên Hóa đã tổ chức …': an address, then the verb, no new clause
            out.append((start, i))
            start = i + 1
    out.append((start, e))
    return [(a, b) for a, b in out if not text[a:b].isspace() and a < b] or [(s, e)]


@cache
def opening_words() -> re.Pattern:
    words = load("cues")["narrative_openers"]
    return re.compile(r"^\s*(?:" + alternation(words) + r"\s*)*$", re.IGNORECASE)


@cache
def _subordinator() -> re.Pattern:
    return re.compile(r"^(?:" + alternation(load("cues")["temporal_subordinators"]) + r")\s", re.IGNORECASE)


def is_leading(text: str, clause_start: int, mention_start: int, openers: re.Pattern) -> bool:
    # a quotation or bracket may open the clause: '… cho biết: "Tháng 3 vừa rồi, …'
    before = text[clause_start:mention_start].strip()
    if _PLACE_DATELINE.match(before):
        return True
    before = AGENCY.sub("", before).lstrip(" \"“'(-–")
    # 'Sau ngày hòa bình lập lại năm 1954, …': a time clause, its date last
    return openers.match(before) is not None or _subordinator().match(before) is not None
