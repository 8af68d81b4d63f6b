"""The timeline figure: one pure function from the events table (and options) to a Figure.

The app, the image exporter and the tests all call `timeline_figure`.  Design choices:
- a date x axis fed with 'YYYY-MM-DD' text, never pandas timestamps, so years before 1678
  (and BCE years, written with a minus) are drawn;
- a lane per organisation, place or kind of date (switchable), so overlapping events stay
  readable; lanes beyond the busiest few fold into 'Khác / Other';
- precision is visible: a day is a filled dot; a month or a year is a faint bar over the
  whole month or year with a hollow dot at its middle (a year-precise event must not look like
  1 January); a period is a solid bar;
- the Okabe-Ito palette, safe for colour-blind readers;
- above `gl_threshold` events the traces switch to WebGL, and above `max_points` events are
  counted per lane and year instead of drawn one by one (zoom in to see them).
"""
from __future__ import annotations

import math
import textwrap

import pandas as pd
import plotly.graph_objects as go

from .i18n import human_date, t

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#B8860B"]
LANE_CHOICES = ("organisation", "place", "kind")
MAX_LANES = 10


# ------------------------------------------------------------------ days, for widths and middles

def _days(day: str) -> int:
    """'±YYYY-MM-DD' → a day number (proleptic Gregorian; any year)."""
    neg = day.startswith("-")
    y, m, d = (int(x) for x in day.lstrip("-").split("-"))
    y = -y if neg else y
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _from_days(z: int) -> str:
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    y += m <= 2
    return f"{'-' if y < 0 else ''}{abs(y):04d}-{m:02d}-{d:02d}"


def middle(start: str, end: str) -> str:
    return _from_days((_days(start) + _days(end)) // 2)


# ------------------------------------------------------------------ lanes

def lanes(df: pd.DataFrame, lane_by: str, lang: str) -> pd.Series:
    """The lane label of each event; all but the busiest MAX_LANES - 1 fold into 'Other'."""
    df = prepare(df)
    if lane_by == "kind":
        period = df["edtf"].str.contains("/", regex=False)
        kinds = df["precision"].map({"day": "kind_day", "month": "kind_month", "season": "kind_month",
                                     "quarter": "kind_month", "half": "kind_month", "year": "kind_year"})
        kinds = kinds.fillna("kind_coarse").where(~period, "kind_period")
        return kinds.map({k: t(k, lang) for k in ("kind_day", "kind_month", "kind_year", "kind_period",
                                                 "kind_coarse")})
    # an all-empty column comes as float NaN: make it text before filling in the lane name
    first = df["_first_place" if lane_by == "place" else "_first_organisation"].astype(object)
    first = first.fillna(t("lane_none", lang))
    counts = first.value_counts()
    if len(counts) > MAX_LANES:
        first = first.where(first.isin(counts.index[:MAX_LANES - 1]), t("lane_other", lang))
    return first


def _wrap(label: str, width: int = 22) -> str:
    return "<br>".join(textwrap.wrap(label, width)[:3]) or label


# ------------------------------------------------------------------ the figure

def prepare(df: pd.DataFrame) -> pd.DataFrame:
    """The table with the helper columns the figure needs (last day, year, first place and
    organisation).  The app prepares its table once; a table without them is prepared here."""
    if "_year" in df.columns:
        return df
    df = df[df["start"].notna()].copy()
    df["_end"] = df["end"].where(df["end"].notna(), df["start"])
    df["_year"] = df["start"].str.slice(0, -6)
    df["_last_year"] = df["_end"].str.slice(0, -6).astype(int)
    df["_first_place"] = df["places"].str[0]
    df["_first_organisation"] = df["organisations"].str[0]
    return df


def timeline_figure(df: pd.DataFrame, **options) -> go.Figure:
    """A timeline of the events in `df` (the events table) as a plotly Figure.  Pure."""
    return go.Figure(timeline_spec(df, **options))


def timeline_spec(df: pd.DataFrame, *, lane_by: str = "organisation", lang: str = "vi",
                  title: str | None = None, max_points: int = 5000, gl_threshold: int = 2000,
                  x_range: tuple[str, str] | None = None, selected: str | None = None) -> dict:
    """The same figure as a plain dict (what Dash sends): building Figure objects validates
    every property, which costs more than the rest of a filter change at 100,000 events."""
    n = len(df)
    if n == 0:
        return {"data": [], "layout": {
            "annotations": [{"text": t("no_events", lang), "showarrow": False, "x": 0.5, "y": 0.5,
                             "xref": "paper", "yref": "paper", "font": {"size": 16}}],
            "xaxis": {"visible": False}, "yaxis": {"visible": False}, "height": 300,
            "plot_bgcolor": "white", "paper_bgcolor": "white"}}
    df = prepare(df)
    df = df.assign(_lane=lanes(df, lane_by, lang).values)
    sizes = df["_lane"].value_counts(sort=True)
    tail = {t("lane_none", lang), t("lane_other", lang)}
    order = [x for x in sizes.index if x not in tail] + [x for x in sizes.index if x in tail]
    colour = {lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(order)}
    kind = "scattergl" if n > gl_threshold else "scatter"
    if n > max_points:
        traces = _aggregated(df, order, colour, lang, kind)
    else:
        traces = _detailed(df, order, colour, lang, kind, n, selected)
    span = f"{df['_year'].astype(int).min()}–{df['_last_year'].max()}"
    layout = {
        "title": {"text": title or f"{t('app_title', lang)} · {span} · {t('events_count', lang, n=n)}",
                  "x": 0.01, "font": {"size": 16}},
        "height": max(320, 140 + 56 * len(order)),
        "margin": {"l": 10, "r": 20, "t": 50, "b": 10},
        "showlegend": False, "hovermode": "closest", "dragmode": "zoom",
        "plot_bgcolor": "white", "paper_bgcolor": "white",
        "xaxis": {"type": "date", "rangeslider": {"visible": True, "thickness": 0.08},
                  "tickformatstops": _tickformats(lang),
                  "hoverformat": "%d/%m/%Y" if lang == "vi" else "%d %b %Y",
                  "showgrid": True, "gridcolor": "#eee", "linecolor": "#999"},
        "yaxis": {"type": "category", "categoryorder": "array",
                  "categoryarray": [_wrap(x) for x in order][::-1],
                  "automargin": True, "fixedrange": True, "showgrid": True, "gridcolor": "#f3f3f3"},
        "font": {"family": "Inter, 'Noto Sans', 'Segoe UI', Arial, sans-serif", "color": "#1d2430"},
        "uirevision": lane_by,
    }
    if x_range:
        layout["xaxis"]["range"] = list(x_range)
    return {"data": traces, "layout": layout}


def _tickformats(lang: str) -> list[dict]:
    day = 86400000
    if lang == "vi":
        return [{"dtickrange": [None, day * 40], "value": "%-d/%-m/%Y"},
                {"dtickrange": [day * 40, day * 360], "value": "tháng %-m/%Y"},
                {"dtickrange": [day * 360, None], "value": "%Y"}]
    return [{"dtickrange": [None, day * 40], "value": "%-d %b %Y"},
            {"dtickrange": [day * 40, day * 360], "value": "%b %Y"},
            {"dtickrange": [day * 360, None], "value": "%Y"}]


def _hover(row, lang: str) -> list[str]:
    return [row["event_id"], row["date_text"], human_date(row["edtf"], lang),
            textwrap.shorten(str(row["title"]), 120, placeholder="…"),
            str(row.get("_sources") or row["article_id"])]


_HOVER = ("<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}"
          "<br><i>%{customdata[4]}</i><extra></extra>")


def _detailed(df, order, colour, lang, kind, n, selected) -> list[dict]:
    traces = []
    label = n <= 40
    span_days = max(1, _days(df["_end"].max()) - _days(df["start"].min())) if label else 1
    for lane in order:
        part = df[df["_lane"] == lane]
        y = _wrap(lane)
        # periods: solid bars; coarse points: faint bars over what they cover
        for periods, width, opacity in ((True, 12, 0.9), (False, 10, 0.28)):
            rows = part[part["edtf"].str.contains("/", regex=False) == periods]
            if not periods:
                rows = rows[rows["precision"] != "day"]
            if rows.empty:
                continue
            xs, ys = [], []
            for s, e in zip(rows["start"], rows["_end"], strict=True):
                xs += [s, e + " 23:59", None]
                ys += [y, y, None]
            traces.append({"type": kind, "x": xs, "y": ys, "mode": "lines", "hoverinfo": "skip",
                           "opacity": opacity, "line": {"color": colour[lane], "width": width},
                           "name": lane, "showlegend": False})
        xs, symbols, custom, texts, positions = [], [], [], [], []
        last_label, flip = None, False
        for _, row in part.sort_values("start").iterrows():
            if "/" in row["edtf"]:
                xs.append(row["start"])
                symbols.append("diamond")
            elif row["precision"] == "day":
                xs.append(row["start"])
                symbols.append("circle")
            else:
                xs.append(middle(row["start"], row["_end"]))
                symbols.append("circle-open")
            custom.append(_hover(row, lang))
            # a label only where it has room: far enough from the last one in this lane
            room = last_label is None or _days(xs[-1]) - last_label > span_days / 9
            texts.append(textwrap.shorten(str(row["title"]), 28, placeholder="…") if label and room else "")
            if label and room:
                last_label, flip = _days(xs[-1]), not flip
            positions.append("top center" if flip else "bottom center")
        trace = {"type": kind, "x": xs, "y": [y] * len(xs), "mode": "markers+text" if label else "markers",
                 "marker": {"color": colour[lane], "size": [18 if c[0] == selected else 11 for c in custom],
                            "symbol": symbols, "line": {"color": colour[lane], "width": 2}},
                 "customdata": custom, "hovertemplate": _HOVER, "name": lane, "showlegend": False}
        if label:
            trace.update(text=texts, textposition=positions, textfont={"size": 10, "color": "#333"})
        traces.append(trace)
    return traces


def _aggregated(df, order, colour, lang, kind) -> list[dict]:
    """Counts per lane and year: a payload that stays small whatever the corpus."""
    traces = []
    grouped = df.groupby(["_lane", "_year"], sort=True).size()
    present = set(grouped.index.get_level_values(0))
    for lane in order:
        if lane not in present:
            continue
        counts = grouped.loc[lane]
        traces.append({
            "type": kind, "x": [f"{y}-07-01" for y in counts.index], "y": [_wrap(lane)] * len(counts),
            "mode": "markers",
            "marker": {"color": colour[lane], "size": [6 + 4 * math.log2(c) for c in counts.values],
                       "opacity": 0.7},
            "customdata": [[None, y, "", t("aggregated", lang, n=int(c)), lane] for y, c in counts.items()],
            "hovertemplate": "<b>%{customdata[1]}</b><br>%{customdata[3]}<extra></extra>",
            "name": lane, "showlegend": False})
    return traces


def graph_config(lang: str = "vi", filename: str = "bien-nien") -> dict:
    """dcc.Graph config: the modebar's PNG/SVG download at print quality, with a real name."""
    return {"displaylogo": False, "locale": "vi" if lang == "vi" else "en",
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 3},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
