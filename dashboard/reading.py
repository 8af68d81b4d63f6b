"""Reading an article file: decoding its bytes and telling the body from the page furniture.

The decoded text is kept exactly as decoded (only a byte-order mark is dropped), so every
offset the extractor reports slices the same characters a user sees in the file.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from . import legacy
from .errors import ArticleError

MAX_BYTES = 20 * 1024 * 1024



@dataclass
class Article:
    """An article's text as decoded, with what was learnt about it on the way."""

    article_id: str
    text: str
    path: str | None = None
    encoding: str = "utf-8"
    metadata: dict = field(default_factory=dict)


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Bytes → (text, encoding).  Refuses empty, binary and undecodable input by name."""
    if not data or not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise ArticleError(f"{name}: starts with a {enc} byte-order mark but is not "
                                   f"valid {enc} ({exc.reason} at byte {exc.start})") from None
    # UTF-16 without a BOM: every other byte of ASCII-heavy text is zero.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text, enc
        raise ArticleError(f"{name}: this looks like a binary file, not text")
    controls = sum(1 for b in data[:65536] if b < 0x20 and b not in (9, 10, 12, 13))
    if controls > len(data[:65536]) // 100:
        raise ArticleError(f"{name}: this looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
        if (fixed := legacy.repaired(text)) is not None:
            # typed in TCVN3 or VNI, once read the wrong way and saved as UTF-8: read it right
            text, encoding = fixed[0], f"{fixed[1]} (repaired from utf-8)"
    except UnicodeDecodeError:
        text = None
    if text is None:
        # one byte a character: Windows-1258 (tones as combining marks, NFD-like, accepted as
        # is), TCVN3 or VNI, whichever reads as Vietnamese
        reading = legacy.best_reading(data)
        if reading is None:
            raise ArticleError(f"{name}: not Vietnamese text in UTF-8, UTF-16, Windows-1258, TCVN3 (ABC) or "
                               "VNI; save it as UTF-8 and try again")
        text, encoding, _ = reading
    if not _looks_like_text(text):
        raise ArticleError(f"{name}: this looks like a binary file, not text")
    return text, encoding


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls <= len(text) // 100


def read_article(path: str | Path, article_id: str | None = None) -> Article:
    """Read one article file.  Raises `ArticleError` with a message a person can act on."""
    p = Path(path)
    if not p.exists():
        raise ArticleError(f"{p}: no such file")
    if p.is_dir():
        raise ArticleError(f"{p}: is a folder, not an article file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"{p}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES // 2**20} MB "
                           "an article may be")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{p}: cannot be read ({exc.strerror})") from None
    text, encoding = decode(data, str(p))
    return article_from_text(text, article_id or p.stem, path=str(p), encoding=encoding)


def article_from_text(text: str, article_id: str = "article", *, path: str | None = None,
                      encoding: str = "utf-8") -> Article:
    # (a byte-order mark at the start of a string stays: offsets count the caller's characters;
    # the matching view reads it as a space.  Files lose theirs in decoding.)
    if not text.replace("\ufeff", "").strip():
        raise ArticleError(f"{article_id}: the text is empty")
    return Article(article_id=article_id, text=text, path=path, encoding=encoding)
