"""The corpus store: articles, their extractions and people's corrections, in one database.

SQLite in a file by default; any SQLAlchemy URL (postgresql+psycopg://…) for a newsroom
sharing one corpus.  Articles are keyed by their content, so the same text added twice is one
article.  Each article's machine rows are stored per extractor fingerprint: a newer extractor
re-extracts, an unchanged one reads back.  Corrections live in their own table and are applied
on read (corrections.apply), so re-extraction never loses them.  Every write is one transaction:
an import that fails half-way leaves the store as it was.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import sqlalchemy as sa

from . import corrections as corr
from .corpus import extractor_fingerprint
from .errors import BienNienError
from .ingest import Incoming
from .lexicon import DATA_DIR
from .table import empty_table, to_table

META = sa.MetaData()
ARTICLES = sa.Table(
    "articles", META,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("title", sa.Text), sa.Column("author", sa.Text), sa.Column("source_url", sa.Text),
    sa.Column("published", sa.String(10)), sa.Column("reference_date", sa.String(10)),
    sa.Column("origin", sa.String(16), nullable=False), sa.Column("text", sa.Text, nullable=False),
    sa.Column("added_at", sa.String(32), nullable=False),
)
EXTRACTIONS = sa.Table(
    "extractions", META,
    sa.Column("article_id", sa.String(40), sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("extractor", sa.String(32), primary_key=True),
    sa.Column("rows", sa.Text, nullable=False), sa.Column("extracted_at", sa.String(32), nullable=False),
)
CORRECTIONS = sa.Table(
    "corrections", META,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(40), sa.ForeignKey("articles.id"), nullable=False, index=True),
    sa.Column("action", sa.String(8), nullable=False), sa.Column("anchor", sa.Text, nullable=False),
    sa.Column("fields", sa.Text, nullable=False), sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("undone", sa.Boolean, nullable=False, default=False),
)


class StoreError(BienNienError):
    """The database cannot be opened or written."""


def default_url() -> str:
    path = Path(os.environ.get("BIEN_NIEN_HOME", DATA_DIR.parent / "var")) / "bien-nien.sqlite"
    return f"sqlite:///{path}"


def content_id(text: str) -> str:
    """An article's id: a hash of its text (NFC, line ends unified), so a copy is the same article."""
    canon = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).strip()
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()[:20]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


@dataclass
class AddResult:
    status: str  # added, unchanged, dated (the same text again, with a date: read again against it)
    article_id: str
    events: int = 0
    unplaced: int = 0  # days written without a year, left out: the article never says its year


class Store:
    def __init__(self, url: str | None = None):
        url = url or os.environ.get("BIEN_NIEN_DB") or default_url()
        if url.startswith("sqlite:///"):
            Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.engine = sa.create_engine(url, future=True)
        except (sa.exc.ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot open the database {url!r}: {exc}") from None
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            META.create_all(self.engine)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot open the database {url!r}: {exc.orig if hasattr(exc, 'orig') else exc}") from None
        self.url = url

    # ---------------------------------------------------------------- articles

    def add(self, incoming: Incoming, extract=None) -> AddResult:
        """Store an article and its extraction in one transaction.  The same text again is
        'unchanged'.  `extract` (article → rows) is for tests; the extractor by default."""
        article_id = content_id(incoming.text)
        with self.engine.connect() as conn:
            exists = conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.published, ARTICLES.c.reference_date)
                                  .where(ARTICLES.c.id == article_id)).first()
        if exists:
            day = incoming.published.isoformat() if incoming.published else None
            if day and day != (exists.reference_date or exists.published):
                # the same text again with the date it did not say: read it again against that date
                self.set_reference_date(article_id, incoming.published)
                return AddResult("dated", article_id, len(self.machine_rows(article_id, extract)))
            return AddResult("unchanged", article_id)
        notes: dict = {}
        rows = extract(article_id, incoming.text, incoming.published) if extract else \
            _extract(article_id, incoming.text, incoming.published, notes)
        try:
            with self.engine.begin() as conn:
                conn.execute(ARTICLES.insert().values(
                    id=article_id, name=incoming.name, title=incoming.title, author=incoming.author,
                    source_url=incoming.source_url,
                    published=incoming.published.isoformat() if incoming.published else None,
                    reference_date=None, origin=incoming.origin, text=incoming.text, added_at=_now()))
                conn.execute(EXTRACTIONS.insert().values(
                    article_id=article_id, extractor=extractor_fingerprint(),
                    rows=json.dumps(rows, ensure_ascii=False), extracted_at=_now()))
        except sa.exc.IntegrityError:
            return AddResult("unchanged", article_id)  # someone added the same text meanwhile
        return AddResult("added", article_id, len(rows), notes.get("unplaced_dates", 0))

    def remove(self, article_id: str) -> bool:
        """Take an article out of the store, unless people corrected it: returns whether it went."""
        with self.engine.begin() as conn:
            if conn.execute(sa.select(CORRECTIONS.c.id).where(CORRECTIONS.c.article_id == article_id)).first():
                return False
            conn.execute(EXTRACTIONS.delete().where(EXTRACTIONS.c.article_id == article_id))
            conn.execute(ARTICLES.delete().where(ARTICLES.c.id == article_id))
        return True

    def articles(self) -> pd.DataFrame:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(ARTICLES.c.id, ARTICLES.c.name, ARTICLES.c.title, ARTICLES.c.author,
                                          ARTICLES.c.source_url, ARTICLES.c.published, ARTICLES.c.reference_date,
                                          ARTICLES.c.origin, ARTICLES.c.added_at).order_by(ARTICLES.c.added_at)).all()
        return pd.DataFrame([dict(r._mapping) for r in rows])

    def text(self, article_id: str) -> str:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(ARTICLES.c.text).where(ARTICLES.c.id == article_id)).first()
        if row is None:
            raise StoreError(f"no article {article_id!r} in the store")
        return row[0]

    def set_reference_date(self, article_id: str, day: dt.date | None) -> None:
        """Correct an article's own date; its events are extracted again against it."""
        with self.engine.begin() as conn:
            conn.execute(ARTICLES.update().where(ARTICLES.c.id == article_id).values(
                reference_date=day.isoformat() if day else None))
            conn.execute(EXTRACTIONS.delete().where(EXTRACTIONS.c.article_id == article_id))

    # ---------------------------------------------------------------- events

    def machine_rows(self, article_id: str, extract=None) -> list[dict]:
        """This article's rows from the current extractor, extracting (and storing) if needed."""
        fingerprint = extractor_fingerprint()
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(EXTRACTIONS.c.rows).where(
                (EXTRACTIONS.c.article_id == article_id) & (EXTRACTIONS.c.extractor == fingerprint))).first()
            article = conn.execute(sa.select(ARTICLES.c.text, ARTICLES.c.published, ARTICLES.c.reference_date)
                                   .where(ARTICLES.c.id == article_id)).first()
        if row is not None:
            return json.loads(row[0])
        if article is None:
            raise StoreError(f"no article {article_id!r} in the store")
        day = article.reference_date or article.published
        rows = (extract or _extract)(article_id, article.text, dt.date.fromisoformat(day) if day else None)
        with self.engine.begin() as conn:  # the new reading replaces the old in one step
            conn.execute(EXTRACTIONS.delete().where(EXTRACTIONS.c.article_id == article_id))
            conn.execute(EXTRACTIONS.insert().values(article_id=article_id, extractor=fingerprint,
                                                     rows=json.dumps(rows, ensure_ascii=False),
                                                     extracted_at=_now()))
        return rows

    def stale(self) -> list[str]:
        """Articles with no extraction by the current extractor (a newer version is running)."""
        fingerprint = extractor_fingerprint()
        current = sa.select(EXTRACTIONS.c.article_id).where(EXTRACTIONS.c.extractor == fingerprint)
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(sa.select(ARTICLES.c.id).where(ARTICLES.c.id.not_in(current)))]

    def events(self, extract=None, allow_stale: bool = False) -> pd.DataFrame:
        """Every article's events with the corrections applied: the table the app shows.
        With allow_stale, an article a newer extractor has not read yet shows its previous
        extraction (refresh_stale re-reads them in the background) instead of waiting."""
        fingerprint = extractor_fingerprint()
        with self.engine.connect() as conn:  # every current extraction in one query
            ids = [r[0] for r in conn.execute(sa.select(ARTICLES.c.id).order_by(ARTICLES.c.added_at))]
            current = {r.article_id: r.rows for r in conn.execute(
                sa.select(EXTRACTIONS.c.article_id, EXTRACTIONS.c.rows).where(EXTRACTIONS.c.extractor == fingerprint))}
        missing = [a for a in ids if a not in current]
        previous = self._latest_rows() if allow_stale and missing else {}
        rows: list[dict] = []
        by_article = self._corrections_by_article()
        for article_id in ids:
            if article_id in current:
                machine = json.loads(current[article_id])
            elif article_id in previous:
                machine = previous[article_id]
            else:
                machine = self.machine_rows(article_id, extract)
            rows += corr.apply(machine, by_article.get(article_id, []))
        return to_table(rows) if rows else empty_table()

    def refresh_stale(self, extract=None) -> int:
        """Re-read every article the current extractor has not read yet; returns how many."""
        ids = self.stale()
        for article_id in ids:
            self.machine_rows(article_id, extract)
        return len(ids)

    def _latest_rows(self) -> dict[str, list[dict]]:
        with self.engine.connect() as conn:
            result = conn.execute(sa.select(EXTRACTIONS.c.article_id, EXTRACTIONS.c.rows)
                                  .order_by(EXTRACTIONS.c.extracted_at))
            return {r.article_id: json.loads(r.rows) for r in result}

    # ---------------------------------------------------------------- corrections

    def correct(self, c: corr.Correction) -> int:
        corr.validate(c)
        with self.engine.begin() as conn:
            if conn.execute(sa.select(ARTICLES.c.id).where(ARTICLES.c.id == c.article_id)).first() is None:
                raise StoreError(f"no article {c.article_id!r} in the store")
            result = conn.execute(CORRECTIONS.insert().values(
                article_id=c.article_id, action=c.action, anchor=json.dumps(c.anchor, ensure_ascii=False),
                fields=json.dumps(c.fields, ensure_ascii=False), created_at=_now(), undone=False))
            return int(result.inserted_primary_key[0])

    def undo(self, article_id: str | None = None) -> int | None:
        """Take back the latest correction (of one article, or of any): returns its id."""
        with self.engine.begin() as conn:
            q = sa.select(CORRECTIONS.c.id).where(CORRECTIONS.c.undone.is_(False))
            if article_id:
                q = q.where(CORRECTIONS.c.article_id == article_id)
            row = conn.execute(q.order_by(CORRECTIONS.c.id.desc()).limit(1)).first()
            if row is None:
                return None
            conn.execute(CORRECTIONS.update().where(CORRECTIONS.c.id == row[0]).values(undone=True))
            return int(row[0])

    def corrections(self, include_undone: bool = False) -> list[corr.Correction]:
        q = sa.select(CORRECTIONS).order_by(CORRECTIONS.c.id)
        if not include_undone:
            q = q.where(CORRECTIONS.c.undone.is_(False))
        with self.engine.connect() as conn:
            return [corr.Correction(r.article_id, r.action, json.loads(r.anchor), json.loads(r.fields), r.id,
                                    r.created_at) for r in conn.execute(q)]

    def _corrections_by_article(self) -> dict[str, list[corr.Correction]]:
        out: dict[str, list[corr.Correction]] = {}
        for c in self.corrections():
            out.setdefault(c.article_id, []).append(c)
        return out


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets readers and one writer work at once; busy_timeout makes a second writer wait
    # for the first instead of failing: two people adding at the same time lose nothing.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _extract(article_id: str, text: str, published: dt.date | None, notes: dict | None = None) -> list[dict]:
    """The article's rows; `notes` (when given) receives what the extractor noted of it."""
    from .extract import extract_records
    from .reading import article_from_text

    article = article_from_text(text, article_id)
    rows = extract_records(article, reference_date=published)
    if notes is not None:
        notes.update(article.metadata)
    return rows
