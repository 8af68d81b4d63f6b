"""The articles the app shows and their events, cached so a restart is instant.

Each article's rows are cached under a key made of the article's bytes and the extractor's
fingerprint (its code, its lexicons, its version): change either and that article is
extracted again; otherwise its rows are read back.  A cache file is written to a temporary
name and renamed, so a crash never leaves half a file behind.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pandas as pd

from . import __version__
from .errors import BienNienError
from .lexicon import DATA_DIR, LEXICON_DIR
from .table import empty_table, to_table

PACKAGE_DIR = Path(__file__).resolve().parent
ARTICLE_SUFFIXES = (".txt", ".md")


@cache
def extractor_fingerprint() -> str:
    """A hash of everything that decides what the extractor outputs."""
    h = hashlib.sha256(__version__.encode())
    for path in sorted(PACKAGE_DIR.glob("*.py")) + sorted(LEXICON_DIR.glob("*.json")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path:
    return Path(os.environ.get("BIEN_NIEN_CACHE", DATA_DIR.parent / ".cache"))


@dataclass
class Corpus:
    events: pd.DataFrame
    articles: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    data_dir: Path | None = None
    cached: int = 0
    extracted: int = 0


def load_corpus(data_dir: str | Path | None = None, cache_dir: str | Path | None = None) -> Corpus:
    """Events of every article in data_dir (default data/articles/), from the cache when it
    can.  Unreadable articles are listed in `errors`; they never stop the others."""
    from .extract import extract_records
    from .reading import read_article

    data_dir = Path(data_dir) if data_dir else DATA_DIR / "articles"
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    corpus = Corpus(empty_table(), data_dir=data_dir)
    if not data_dir.is_dir():
        corpus.errors.append(f"{data_dir}: no such folder")
        return corpus
    files = sorted(p for p in data_dir.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    fingerprint = extractor_fingerprint()
    rows: list[dict] = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            corpus.errors.append(f"{path.name}: cannot be read ({exc.strerror})")
            continue
        key = hashlib.sha256(data + path.stem.encode()).hexdigest()[:24]
        cached = cache_dir / f"{key}-{fingerprint}.json"
        article_rows = _read_cache(cached)
        if article_rows is None:
            try:
                article_rows = extract_records(read_article(path))
            except BienNienError as exc:
                corpus.errors.append(str(exc))
                continue
            _write_cache(cached, article_rows)
            corpus.extracted += 1
        else:
            corpus.cached += 1
        corpus.articles.append(path.stem)
        rows.extend(article_rows)
    corpus.events = to_table(rows)
    return corpus


def _read_cache(path: Path) -> list[dict] | None:
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def _write_cache(path: Path, rows: list[dict]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.part")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError:
        pass  # a cache that cannot be written only costs time


def sync_bundled(store, bundled_dir: str | Path | None = None) -> list[str]:
    """Bring the store up to date with the bundled articles (data/articles): new ones are
    added; a changed one replaces its previous version unless people corrected that version
    (then both stay, and the message says so).  Returns messages for the page."""
    from .ingest import collect, from_path

    messages: list[str] = []
    files, skipped = collect([bundled_dir or DATA_DIR / "articles"])
    messages += skipped
    known = store.articles()
    bundled = {} if known.empty else {r.name: r.id for r in known.itertuples() if r.origin == "bundled"}
    for f in files:
        try:
            result = store.add(from_path(f, origin="bundled"))
        except BienNienError as exc:
            messages.append(str(exc))
            continue
        old = bundled.get(f.name)
        if result.status == "added" and old and old != result.article_id:
            if not store.remove(old):
                messages.append(f"{f.name} changed; its earlier version has corrections and is kept too")
    return messages


def load_store_corpus(store=None, bundled_dir: str | Path | None = None, allow_stale: bool = False) -> Corpus:
    """The events of the corpus store (corrections applied), after bringing in the bundled
    articles (a new store shows them at once; an edited one is read again)."""
    from .store import Store

    store = store or Store()
    errors = sync_bundled(store, bundled_dir)
    articles = store.articles()
    events = store.events(allow_stale=allow_stale)
    if not events.empty:
        # people read names, not content hashes; the hash stays in event_id for corrections
        names = _readable_names(articles)
        sources = {row.id: _source_of(row) for row in articles.itertuples()}
        events["source"] = events["article_id"].map(lambda a: sources.get(a, ""))
        events["article_id"] = events["article_id"].map(lambda a: names.get(a, a))
    return Corpus(events, articles=sorted(_readable_names(articles).values()) if not articles.empty else [],
                  errors=errors, data_dir=Path(store.url.replace("sqlite:///", "")) if store.url.startswith("sqlite") else None)


def _source_of(article) -> str:
    """Where an article came from, for the 'source' facet: its site, else how it came in."""
    from urllib.parse import urlparse

    if isinstance(article.source_url, str) and article.source_url:
        host = urlparse(article.source_url).netloc.lower()
        return host[4:] if host.startswith("www.") else host or article.source_url
    return {"bundled": "bundled", "upload": "upload", "paste": "paste", "file": "file"}.get(article.origin, article.origin)


def _strip_suffix(name: str) -> str:
    """'bai.txt' → 'bai'; a pasted title with a slash ('Tin 16/10') is left whole."""
    for suffix in (".txt", ".md", ".text", ".html", ".htm", ".xhtml"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _readable_names(articles: pd.DataFrame) -> dict[str, str]:
    if articles.empty:
        return {}
    stems = {row.id: _strip_suffix(row.name) or row.id for row in articles.itertuples()}
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem] = counts.get(stem, 0) + 1
    return {aid: stem if counts[stem] == 1 else f"{stem} ({aid[:6]})" for aid, stem in stems.items()}
