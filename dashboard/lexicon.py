"""Loading the language knowledge kept under data/lexicons/ and turning word lists into patterns.

The lexicons are JSON so a linguist can extend Vietnamese without reading Python.  Keys starting
with '_' are comments.  Every word is put in the canonical spelling on load (textnorm.canonical),
so a lexicon may be written with old or new tone marks alike.
"""
from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from .textnorm import canonical

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_DIR = DATA_DIR / "lexicons"


def _canon(value):
    if isinstance(value, str):
        return canonical(value)
    if isinstance(value, list):
        return [_canon(v) for v in value]
    if isinstance(value, dict):
        return {(_canon(k) if not k.startswith("_") else k): _canon(v)
                for k, v in value.items() if not k.startswith("_")}
    return value


@cache
def load(name: str) -> dict:
    """The lexicon `name` (file data/lexicons/NAME.json), canonicalised, comments dropped."""
    path = LEXICON_DIR / f"{name}.json"
    with path.open(encoding="utf-8") as f:
        return _canon(json.load(f))


def word_pattern(word: str) -> str:
    """A lexicon entry as regex: literal, any run of spaces where it has one."""
    return r"\s+".join(re.escape(part) for part in word.split())


def alternation(words, *, group: str | None = None) -> str:
    """Longest-first alternation of lexicon words, as a (named) group."""
    body = "|".join(word_pattern(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?P<{group}>{body})" if group else f"(?:{body})"




_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def word_set(text: str) -> frozenset[str]:
    """The distinct words of a text (memoised: several lexicons look a text up in turn)."""
    return frozenset(_TOKEN.findall(text))


class LiteralFinder:
    """Finds whole-word occurrences of many fixed names in one pass over the text's words:
    names are indexed by their first word, so the cost grows with the text, not with the
    lexicon.  Longest names win where occurrences overlap."""

    def __init__(self, names, ignore_case: bool = False):
        self.ignore_case = ignore_case
        self.index: dict[str, list[tuple[str, str]]] = {}
        for name in names:
            key = name.lower() if ignore_case else name
            first = _TOKEN.match(key)
            if first:
                self.index.setdefault(first.group(0), []).append((key, name))
        for options in self.index.values():
            options.sort(key=lambda kv: len(kv[0]), reverse=True)

    def finditer(self, text: str, low: str | None = None):
        """(start, end, lexicon name) of each occurrence, in text order, not overlapping."""
        hay = (low if low is not None else text.lower()) if self.ignore_case else text
        present = self.index.keys() & word_set(hay)  # the few first words that occur here
        if not present:
            return []
        candidates: list[tuple[int, int, str]] = []
        for first in present:
            for key, name in self.index[first]:
                i = hay.find(key)
                while i != -1:
                    j = i + len(key)
                    if (i == 0 or not hay[i - 1].isalnum()) and (j == len(hay) or not hay[j].isalnum()):
                        candidates.append((i, -len(key), name))
                    i = hay.find(key, i + 1)
        candidates.sort()
        hits: list[tuple[int, int, str]] = []
        end = 0
        for i, neg_len, name in candidates:
            if i >= end:
                hits.append((i, i - neg_len, name))
                end = i - neg_len
        return hits
