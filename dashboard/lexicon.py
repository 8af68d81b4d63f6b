"""Loading the language knowledge kept under data/lexicons/ and turning word lists into patterns.

The lexicons are JSON so a linguist can extend Vietnamese without reading Python.  Keys starting
with '_' are comments.  Every word is put in the canonical spelling on load (textnorm.canonical),
so a lexicon may be written with old or new tone marks alike.
"""
from __future__ import annotations

import json
import re
from functools import cache
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


def trie_pattern(words, *, space: str = r"\s+", end: str = "", after_first: str = "") -> str:
    r"""Many words as one regex shaped like a trie ('tháng(?:\s+(?:mười(?:\s+(?:một|hai)|)|…)').

    It matches what the longest-first alternation `a|b|c` matches, but the regex engine
    decides each character once instead of trying every word at every position: with a
    few hundred words, scans get several times faster.  Longer words are tried before
    their prefixes, so the longest word that lets the whole pattern match wins, as in a
    longest-first alternation.  `space` stands for the gaps between syllables; `end` is
    put after each complete word (a boundary check, say), `after_first` after each word's
    first character (a lookbehind there leaves the engine free to skip ahead to first
    characters, which one in front of the pattern does not).
    """
    root: dict = {}
    for word in set(words):
        node = root
        for i, part in enumerate(word.split()):
            if i:
                node = node.setdefault(" ", {})
            for ch in part:
                node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool = False) -> str:
        branches = [(space if key == " " else re.escape(key)) + (after_first if first else "") + emit(child)
                    for key, child in sorted(node.items()) if key]
        if "" in node:
            branches.append(end)  # after the longer words: they are tried first
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root, first=True) if root else "(?!)"


def alternation(words, *, group: str | None = None) -> str:
    """Longest-first alternation of lexicon words, as a (named) group."""
    body = trie_pattern(words)
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


class LiteralFinder:
    """Finds whole-word occurrences of many fixed names in one regex scan (a trie of the
    names: the cost grows with the text, hardly with the lexicon).  Longest names win where
    occurrences overlap."""

    def __init__(self, names, ignore_case: bool = False):
        self.ignore_case = ignore_case
        self.names: dict[str, str] = {}
        for name in sorted(names, key=len, reverse=True):
            self.names.setdefault(name.lower() if ignore_case else name, name)
        # a name must start and end a word
        self.pattern = re.compile(trie_pattern(self.names, space=" ", end=r"(?![^\W_])", after_first=r"(?<![^\W_].)"))

    def finditer(self, text: str, low: str | None = None, spans=None):
        """(start, end, lexicon name) of each occurrence, in text order, not overlapping;
        only those within `spans` (sorted, disjoint (start, end) pairs) when given."""
        hay = (low if low is not None else text.lower()) if self.ignore_case else text
        names, finditer = self.names, self.pattern.finditer
        if spans is None:
            return [(m.start(), m.end(), names[m.group()]) for m in finditer(hay)]
        return [(m.start(), m.end(), names[m.group()]) for s, e in spans for m in finditer(hay, s, e)]
