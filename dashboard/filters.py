"""What the user is looking at: the view state, its URL form, and filtering the events table.

The whole view lives in the URL query string (Datasette's lesson: every view is a link), so
`parse_query(to_query(state)) == state`.  Filtering and facet counts are pure functions of
the table and the state; the app's callbacks only glue them to the page.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode

import numpy as np
import pandas as pd

from .figures import LANE_CHOICES
from .i18n import LANGS
from .textnorm import fold

FACETS = ("places", "organisations", "persons", "article_id", "source")
SINGLE_VALUED = ("article_id", "source")


@dataclass(frozen=True)
class ViewState:
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    article_id: tuple[str, ...] = ()
    source: tuple[str, ...] = ()  # where articles came from: a site, or 'upload', 'paste' …
    q: str = ""
    start: int | None = None  # first year shown
    end: int | None = None  # last year shown
    lane: str = "organisation"
    lang: str = "vi"
    event: str | None = None  # the selected event's id

    def cleared(self) -> ViewState:
        """The same view without any filter (language, lanes and selection kept)."""
        return ViewState(lane=self.lane, lang=self.lang)


_URL_KEYS = {"places": "place", "organisations": "org", "persons": "person", "article_id": "article",
             "source": "source"}


def to_query(state: ViewState) -> str:
    """The state as '?place=Bình+Gia&lang=en' (defaults left out, so links stay short)."""
    pairs: list[tuple[str, str]] = []
    for facet, key in _URL_KEYS.items():
        pairs += [(key, v) for v in getattr(state, facet)]
    if state.q:
        pairs.append(("q", state.q))
    if state.start is not None:
        pairs.append(("from", str(state.start)))
    if state.end is not None:
        pairs.append(("to", str(state.end)))
    if state.lane != "organisation":
        pairs.append(("lanes", state.lane))
    if state.lang != "vi":
        pairs.append(("lang", state.lang))
    if state.event:
        pairs.append(("event", state.event))
    return "?" + urlencode(pairs) if pairs else ""


def _int(values) -> int | None:
    try:
        return int(values[0])
    except (TypeError, ValueError, IndexError):
        return None


def parse_query(search: str | None) -> ViewState:
    """A URL query string → the state it describes; unknown or malformed parts are ignored."""
    qs = parse_qs((search or "").lstrip("?"), keep_blank_values=False)
    lane = (qs.get("lanes") or ["organisation"])[0]
    lang = (qs.get("lang") or ["vi"])[0]
    return ViewState(
        **{facet: tuple(qs.get(key, [])) for facet, key in _URL_KEYS.items()},
        q=(qs.get("q") or [""])[0][:200],
        start=_int(qs.get("from")), end=_int(qs.get("to")),
        lane=lane if lane in LANE_CHOICES else "organisation",
        lang=lang if lang in LANGS else "vi",
        event=(qs.get("event") or [None])[0],
    )


def with_changes(state: ViewState, **changes) -> ViewState:
    clean = {k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()}
    return replace(state, **clean)


def _year_of(day) -> float:
    if not isinstance(day, str):
        return np.nan
    return -float(day[1:5]) if day.startswith("-") else float(day[:4])


def search_key(df: pd.DataFrame) -> pd.Series:
    """Accent- and case-free title and sentence of each event, for 'lang son' → 'Lạng Sơn'."""
    return (df["title"].fillna("") + " " + df["sentence"].fillna("") + " " + df["date_text"].fillna("")).map(fold)


class EventIndex:
    """The events table with what filtering needs worked out once: each facet's names as
    codes over row positions, years as numbers, the search key.  A filter change is then a few
    array operations, not a pass of Python over every row (100,000 events stay interactive)."""

    def __init__(self, df: pd.DataFrame):
        self.df = df.reset_index(drop=True)
        self.n = len(self.df)
        self.key = search_key(self.df) if self.n else pd.Series(dtype=str)
        self.first = self.df["start"].map(_year_of).to_numpy(dtype=float) if self.n else np.array([])
        last = self.df["end"].map(_year_of).to_numpy(dtype=float) if self.n else np.array([])
        self.last = np.where(np.isnan(last), self.first, last)
        self.facets: dict[str, tuple[np.ndarray, np.ndarray, pd.Index]] = {}
        for facet in FACETS:
            if not self.n:
                self.facets[facet] = (np.array([], int), np.array([], int), pd.Index([]))
                continue
            if facet not in self.df:
                self.facets[facet] = (np.array([], int), np.array([], int), pd.Index([]))
                continue
            values = self.df[facet] if facet in SINGLE_VALUED else self.df[facet].explode().dropna()
            codes, names = pd.factorize(values)
            self.facets[facet] = (values.index.to_numpy(), codes, names)

    def mask(self, state: ViewState) -> np.ndarray:
        mask = np.ones(self.n, dtype=bool)
        for facet in FACETS:
            chosen = list(getattr(state, facet))
            if not chosen:
                continue
            rows, codes, names = self.facets[facet]
            if not len(names):
                continue
            wanted = names.get_indexer(chosen)
            hit = np.zeros(self.n, dtype=bool)
            hit[rows[np.isin(codes, wanted[wanted >= 0])]] = True
            mask &= hit
        if state.q.strip():
            for word in fold(state.q).split():
                mask &= self.key.str.contains(word, regex=False).to_numpy()
        if state.start is not None:
            mask &= self.last >= state.start
        if state.end is not None:
            mask &= self.first <= state.end
        return mask

    def filter(self, state: ViewState) -> pd.DataFrame:
        return self.df[self.mask(state)]

    def counts(self, facet: str, mask: np.ndarray) -> list[tuple[str, int]]:
        """Each value of a facet with the number of events (among `mask`) that have it."""
        rows, codes, names = self.facets[facet]
        if not len(rows):
            return []
        tally = np.bincount(codes[mask[rows]], minlength=len(names))
        order = np.lexsort((np.arange(len(names)), -tally))
        return [(str(names[i]), int(tally[i])) for i in order if tally[i] > 0]

    def year_bounds(self) -> tuple[int, int]:
        if not self.n or np.isnan(self.first).all():
            return 1900, 2030
        return int(np.nanmin(self.first)), int(np.nanmax(self.last))


def year_bounds(df: pd.DataFrame) -> tuple[int, int]:
    return EventIndex(df).year_bounds() if not df.empty else (1900, 2030)


def apply(df: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """The events the state lets through: every facet's choices (any of them), words, years."""
    if df.empty:
        return df
    return df[EventIndex(df).mask(state)]


def facet_counts(df: pd.DataFrame, facet: str) -> list[tuple[str, int]]:
    """Each value of a facet with the number of events that have it, most first."""
    if df.empty:
        return []
    index = EventIndex(df)
    return index.counts(facet, np.ones(index.n, dtype=bool))



def duplicate_of(df: pd.DataFrame) -> np.ndarray:
    """For each event, the row of an earlier event it repeats (-1 if none): the same date,
    told by another article, naming at least one of the same places or organisations."""
    n = len(df)
    parent = np.arange(n)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if n == 0:
        return np.array([], dtype=int)
    names = [set(p or ()) | set(o or ()) for p, o in zip(df["places"], df["organisations"], strict=True)]
    articles = df["article_id"].to_numpy()
    for _, positions in df.reset_index(drop=True).groupby("edtf", sort=False).indices.items():
        if len(positions) < 2:
            continue
        seen: dict[str, dict] = {}  # name → article → first row naming it (linear, not pairwise)
        for i in positions:
            for name in names[i]:
                by_article = seen.setdefault(name, {})
                for article, j in by_article.items():
                    if article != articles[i]:
                        a, b = root(i), root(j)
                        if a != b:
                            parent[max(a, b)] = min(a, b)
                        break
                by_article.setdefault(articles[i], i)
    roots = np.array([root(i) for i in range(n)])
    return np.where(roots == np.arange(n), -1, roots)
