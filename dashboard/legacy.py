"""Vietnamese typed in the encodings before Unicode: TCVN3 ('ABC', the .VnTime fonts) and
VNI-Windows, besides Windows-1258.  Archives hold many such files; read as Latin text they are
gibberish ('Ngµy 2/9/1945', 'Vieät Nam').

Each reading is tried and the one in which common Vietnamese words appear wins (the tables
and the words are data: lexicons/legacy_encodings.json).  The same repair applies to text that
was once decoded the wrong way and saved as UTF-8 (the gibberish itself in UTF-8).
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from .lexicon import load

_VOWELS = set("aeiouyAEIOUYơưƠƯ")


@cache
def _tables():
    lex = load("legacy_encodings")
    tcvn3 = {int(k, 16): v for k, v in lex["tcvn3"].items()}
    # bytes TCVN3 does not use read as Windows-1252 would (quotes, dashes)
    bytes_to_text = [tcvn3.get(b) or bytes([b]).decode("cp1252", errors="replace") for b in range(256)]
    words = sorted(lex["probe_words"], key=len, reverse=True)
    probe = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
    return bytes_to_text, lex["vni"]["letters"], lex["vni"]["marks"], probe


def decode_tcvn3(data: bytes) -> str:
    table = _tables()[0]
    return "".join(table[b] for b in data)


def decode_vni(data: bytes) -> str:
    return vni_to_unicode(data.decode("cp1252", errors="replace"))


def vni_to_unicode(text: str) -> str:
    """VNI's letters and marks (read as Windows-1252 characters) as Unicode, NFC."""
    _, letters, marks, _ = _tables()
    out: list[str] = []
    for c in text:
        mark = marks.get(c)
        if mark is not None and out and out[-1][-1:] in _VOWELS:
            out[-1] += mark  # a vowel and its marks make one letter
        else:
            out.append(letters.get(c, c))
    return unicodedata.normalize("NFC", "".join(out))


def score(text: str) -> int:
    """How many common Vietnamese words the text holds."""
    return len(_tables()[3].findall(unicodedata.normalize("NFC", text)))


def best_reading(data: bytes) -> tuple[str, str, int] | None:
    """The reading of single-byte Vietnamese (Windows-1258, TCVN3, VNI) that holds the most
    common words: (text, encoding, score), or None when none holds any."""
    readings = []
    cp1258 = data.decode("cp1258", errors="replace")
    if "\ufffd" not in cp1258:
        readings.append((cp1258, "cp1258"))
    readings.append((decode_tcvn3(data), "tcvn3"))
    readings.append((decode_vni(data), "vni"))
    scored = [(score(t), i, t, enc) for i, (t, enc) in enumerate(readings)]
    best = max(scored, key=lambda x: (x[0], -x[1]))
    return (best[2], best[3], best[0]) if best[0] else None


def _utf8_misread(text: str) -> str:
    """UTF-8 once read as Windows-1252 and saved again ('Nguyá»…n' for 'Nguyễn'): its bytes read
    as UTF-8 (the five bytes Windows-1252 leaves undefined came through as themselves)."""
    raw = bytearray()
    for c in text:
        try:
            raw += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) < 256:
                raw.append(ord(c))
            else:
                return ""
    return raw.decode("utf-8", errors="replace")


def repaired(text: str) -> tuple[str, str] | None:
    """Text once decoded the wrong way and saved as UTF-8 ('Ngµy', 'Vieät'): its repair and
    the encoding it was typed in, when the repair reads far better; else None."""
    if text.isascii():
        return None
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        # it holds characters no Windows-1252 byte reads as: real Unicode, or UTF-8 misread with
        # one of the five bytes Windows-1252 leaves undefined ('Ä\x90' for 'Đ')
        fixed = _utf8_misread(text)
        return (fixed, "utf-8 read as windows-1252") if fixed and score(fixed) >= 2 * max(score(text), 1) \
            and fixed.count("\ufffd") <= len(fixed) // 1000 else None
    now = score(text)
    for fixed, enc in ((decode_tcvn3(raw), "tcvn3"), (vni_to_unicode(text), "vni"),
                       (_utf8_misread(text), "utf-8 read as windows-1252")):
        better = score(fixed)
        if better >= 2 and better >= 2 * max(now, 1):
            return fixed, enc
    return None
