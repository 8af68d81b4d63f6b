"""What the user is looking at: the view state, its URL form, and filtering the events table.

The whole view lives in the URL query string (Datasette's lesson: every view is a link), so
`parse_query(to_query(state)) == state`.  Filtering and facet counts are pure functions of
the table and the state; the app's callbacks only glue them to the page.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from urllib.parse import parse_qs, urlencode

import pandas as pd

from .figures import LANE_CHOICES
from .i18n import LANGS
from .textnorm import fold

FACETS = ("places", "organisations", "persons", "article_id")


@dataclass(frozen=True)
class ViewState:
    places: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    article_id: tuple[str, ...] = ()
    q: str = ""
    start: int | None = None  # first year shown
    end: int | None = None  # last year shown
    lane: str = "organisation"
    lang: str = "vi"
    event: str | None = None  # the selected event's id
    filters: tuple = field(default=(), compare=False, repr=False)

    def cleared(self) -> ViewState:
        """The same view without any filter (language, lanes and selection kept)."""
        return ViewState(lane=self.lane, lang=self.lang)


_URL_KEYS = {"places": "place", "organisations": "org", "persons": "person", "article_id": "article"}


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


def _years(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    def year(s):
        if not isinstance(s, str):
            return None
        return -int(s[1:5]) if s.startswith("-") else int(s[:4])
    first = df["start"].map(year)
    last = df["end"].map(year).fillna(first)
    return first, last


def year_bounds(df: pd.DataFrame) -> tuple[int, int]:
    if df.empty:
        return 1900, 2030
    first, last = _years(df)
    return int(first.min()), int(last.max())


def search_key(df: pd.DataFrame) -> pd.Series:
    """Accent- and case-free title and sentence of each event, for 'lang son' → 'Lạng Sơn'."""
    return (df["title"].fillna("") + " " + df["sentence"].fillna("") + " " + df["date_text"].fillna("")).map(fold)


def apply(df: pd.DataFrame, state: ViewState, key: pd.Series | None = None) -> pd.DataFrame:
    """The events the state lets through: every facet's choices (any of them), words, years."""
    mask = pd.Series(True, index=df.index)
    for facet in ("places", "organisations", "persons"):
        chosen = set(getattr(state, facet))
        if chosen:
            mask &= df[facet].map(lambda names, chosen=chosen: bool(chosen & set(names or ())))
    if state.article_id:
        mask &= df["article_id"].isin(state.article_id)
    if state.q.strip():
        words = fold(state.q).split()
        key = key if key is not None else search_key(df)
        for w in words:
            mask &= key.str.contains(w, regex=False)
    if state.start is not None or state.end is not None:
        first, last = _years(df)
        if state.start is not None:
            mask &= last >= state.start
        if state.end is not None:
            mask &= first <= state.end
    return df[mask]


def facet_counts(df: pd.DataFrame, facet: str) -> list[tuple[str, int]]:
    """Each value of a facet with the number of events that have it, most first."""
    if df.empty:
        return []
    if facet == "article_id":
        counts = df["article_id"].value_counts()
    else:
        counts = df[facet].explode().dropna().value_counts()
    return sorted(((str(k), int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], fold(kv[0])))


def state_dict(state: ViewState) -> dict:
    d = asdict(state)
    d.pop("filters", None)
    return d
