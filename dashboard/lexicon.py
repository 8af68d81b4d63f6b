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


def word_pattern(word: str) -> str:
    """A lexicon entry as regex: literal, any run of spaces where it has one."""
    return r"\s+".join(re.escape(part) for part in word.split())


def alternation(words, *, group: str | None = None) -> str:
    """Longest-first alternation of lexicon words, as a (named) group."""
    body = "|".join(word_pattern(w) for w in sorted(set(words), key=len, reverse=True))
    return f"(?P<{group}>{body})" if group else f"(?:{body})"


# Vietnamese letters for word boundaries: \w in Python's re already covers them.
LETTER = r"[^\W\d_]"
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
NOT_WORD_BEFORE = r"(?<!\w)"
NOT_WORD_AFTER = r"(?!\w)"
UPPER = "A-ZÀ-ÖØ-ÞĀ-ỸĐ"  # refined by str.isupper() where it matters
