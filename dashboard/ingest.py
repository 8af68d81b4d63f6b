"""Bringing articles in: files, folders, uploads and pasted text, each checked and cleaned.

Plain text and Markdown are decoded as reading.decode does; saved web pages go through
trafilatura, which keeps the story and drops menus, scripts and footers, and reports the
title, author and publication date (the article's own date, for 'hôm qua' and the like).
Whatever is refused is refused with a reason a person understands.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .legacy import repaired
from .reading import MAX_BYTES, decode

TEXT_SUFFIXES = (".txt", ".md", ".text")
WORD_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WORD_SUFFIXES + PDF_SUFFIXES


@dataclass
class Incoming:
    """An article ready for the store."""

    text: str
    name: str  # a safe display name: the file's name without folders or control characters
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    source_url: str | None = None
    origin: str = "file"  # file, upload, paste, bundled
    metadata: dict = field(default_factory=dict)


def safe_label(text: str) -> str:
    """A pasted title as a label: no control characters, at most 120 characters."""
    label = "".join(c for c in unicodedata.normalize("NFC", text or "") if unicodedata.category(c)[0] != "C")
    return label.strip()[:120] or "bai-viet"


def safe_name(name: str) -> str:
    """A file name as a label: no folders ('../../etc/passwd' → 'passwd'), no control
    characters, at most 120 characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C")
    base = base.strip(" .") or "bai-viet"
    return base[:120]


def _is_html(data: bytes, name: str) -> bool:
    return name.lower().endswith(HTML_SUFFIXES) or looks_like_html(data[:2048].decode("latin-1"))


def looks_like_html(text: str) -> bool:
    """Does the text open as a web page ('<!doctype html', '<html', a '<body' early on)?"""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _parse_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def from_html(html: str, name: str, source_url: str | None = None) -> Incoming:
    """The story of a saved news page, without menus, scripts, comments or footers."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ArticleError(f"{name}: web pages cannot be read here: {exc} "
                           "(pip install -r requirements.txt)") from None
    doc = trafilatura.bare_extraction(html, url=source_url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    data = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    body = (data.get("text") or "").strip()
    if len(body.split()) < 8:  # a menu or a caption is not a story
        raise ArticleError(f"{name}: no article text found in this web page")
    # one paragraph a line from trafilatura; a blank line between them as in the text files
    body = re.sub(r"\n+", "\n\n", body)
    title = (data.get("title") or "").strip() or None
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    return Incoming(text=body, name=name, title=title, author=(data.get("author") or None),
                    published=_parse_date(data.get("date")), source_url=source_url or data.get("url"),
                    metadata={"sitename": data.get("sitename")})


def from_docx(data: bytes, name: str) -> Incoming:
    """A Word document's paragraphs (and its tables' rows), a blank line between them, and its
    title and author from the document's properties (python-docx reads the file; the older
    .doc is not read)."""
    import io
    import zipfile

    try:
        import docx
    except ImportError as exc:
        raise ArticleError(f"{name}: Word documents cannot be read here: {exc} "
                           "(pip install -r requirements.txt)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
        # text in tables too: a chronology is often typed as one
        for table in document.tables:
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    paragraphs.append(" ".join(dict.fromkeys(cells)))  # merged cells repeat their text
    except zipfile.BadZipFile:
        raise ArticleError(f"{name}: not a Word document that can be read (not a .docx file)") from None
    except Exception as exc:  # a damaged file fails in the zip, the XML or the package, each its own way
        raise ArticleError(f"{name}: not a Word document that can be read ({exc.__class__.__name__})") from None
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise ArticleError(f"{name}: the Word document holds no text")
    # the file's creation date is no date of the article (a template may be years old)
    props = document.core_properties
    return Incoming(text=text, name=name, title=(props.title or None), author=(props.author or None))


def from_pdf(data: bytes, name: str) -> Incoming:
    """A PDF's text (pdfminer.six lays it out in paragraphs), each paragraph's lines joined
    again: a PDF breaks lines where the page ended them, not where sentences do.  Text typed in
    a legacy font (TCVN3, VNI) and read out as Latin letters is repaired."""
    import io

    try:
        from pdfminer.high_level import extract_text
        from pdfminer.pdfparser import PDFSyntaxError
    except ImportError as exc:
        raise ArticleError(f"{name}: PDF files cannot be read here: {exc} (pip install -r requirements.txt)") from None
    import logging

    pdf_log = logging.getLogger("pdfminer")
    level = pdf_log.level
    pdf_log.setLevel(logging.ERROR)  # its warnings about damaged parts are not the user's to read
    try:
        raw = extract_text(io.BytesIO(data))
    except PDFSyntaxError:
        raise ArticleError(f"{name}: not a PDF that can be read (not a PDF file)") from None
    except Exception as exc:  # a damaged file fails in the parser, a stream or a font, each its own way
        raise ArticleError(f"{name}: not a PDF that can be read ({exc.__class__.__name__})") from None
    finally:
        pdf_log.setLevel(level)
    if raw.count("(cid:") > 20:
        raise ArticleError(f"{name}: the PDF's fonts do not say which letters they draw; its text cannot be "
                           "read without OCR")
    paragraphs = []
    for block in re.split(r"\n\s*\n|\f", raw):
        lines = [x.strip() for x in block.splitlines() if x.strip()]
        if not lines or all(x.isdigit() for x in lines):
            continue  # a page number alone
        text = lines[0]
        for line in lines[1:]:
            # 'Cao-' then 'Bắc-Lạng': Vietnamese syllables are not split to wrap, so a dash at a
            # line's end joins a name's parts
            text += line if text.endswith("-") else " " + line
        paragraphs.append(text)
    text = "\n\n".join(paragraphs)
    if len(text.split()) < 3:
        raise ArticleError(f"{name}: the PDF holds no text (a scan needs OCR first)")
    if (fixed := repaired(text)) is not None:
        text = fixed[0]
    return Incoming(text=text, name=name)


def from_bytes(data: bytes, name: str, *, origin: str = "file", source_url: str | None = None,
               published: dt.date | None = None) -> Incoming:
    """Check and decode one file's bytes.  Raises ArticleError naming the problem."""
    name = safe_name(name)
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: {len(data) / 1e6:.1f} MB is larger than the "
                           f"{MAX_BYTES // 2**20} MB an article may be")
    if name.lower().endswith(WORD_SUFFIXES + PDF_SUFFIXES):
        incoming = from_docx(data, name) if name.lower().endswith(WORD_SUFFIXES) else from_pdf(data, name)
        incoming.origin, incoming.source_url = origin, source_url
        incoming.published = published or incoming.published
        return incoming
    if name.lower().endswith((".doc", ".zip", ".png", ".jpg", ".jpeg", ".gif")):
        raise ArticleError(f"{name}: only text (.txt, .md), Word (.docx), PDF and saved web pages (.html) "
                           "can be read")
    text, _encoding = decode(data, name)
    if _is_html(data, name):
        incoming = from_html(text, name, source_url)
    else:
        incoming = Incoming(text=text.lstrip("\ufeff"), name=name, source_url=source_url)
    incoming.origin = origin
    if published:
        incoming.published = published
    return incoming


def from_path(path: str | Path, origin: str = "file") -> Incoming:
    p = Path(path)
    if not p.is_file():
        raise ArticleError(f"{p}: no such file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(f"{p.name}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES // 2**20} MB "
                           "an article may be")
    return from_bytes(p.read_bytes(), p.name, origin=origin)


def from_paste(text: str, title: str | None = None, source_url: str | None = None,
               published: dt.date | None = None) -> Incoming:
    if not text or not text.strip():
        raise ArticleError("the pasted text is empty")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ArticleError(f"the pasted text is larger than the {MAX_BYTES // 2**20} MB an article may be")
    name = safe_label(title or text.strip().splitlines()[0][:60])
    return Incoming(text=text, name=name, title=title, published=published, source_url=source_url, origin="paste")


def collect(paths, recursive: bool = False) -> tuple[list[Path], list[str]]:
    """The article files named by paths (folders expanded), and what was passed over."""
    files: list[Path] = []
    skipped: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            walker = p.rglob("*") if recursive else p.iterdir()
            for f in sorted(walker):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    files.append(f)
        elif p.is_file():
            files.append(p)
        else:
            skipped.append(f"{raw}: no such file or folder")
    seen, unique = set(), []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped
