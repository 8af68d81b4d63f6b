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

def kind_of(row) -> str:
    if "/" in str(row["edtf"]):
        return "kind_period"
    p = row["precision"]
    if p == "day":
        return "kind_day"
    if p in ("month", "season", "quarter", "half"):
        return "kind_month"
    if p == "year":
        return "kind_year"
    return "kind_coarse"


def lanes(df: pd.DataFrame, lane_by: str, lang: str) -> pd.Series:
    """The lane label of each event; all but the busiest MAX_LANES - 1 fold into 'Other'."""
    if lane_by == "kind":
        return df.apply(lambda r: t(kind_of(r), lang), axis=1)
    column = "places" if lane_by == "place" else "organisations"
    first = df[column].map(lambda names: names[0] if isinstance(names, list) and names else t("lane_none", lang))
    counts = first.value_counts()
    if len(counts) > MAX_LANES:
        keep = set(counts.index[:MAX_LANES - 1])
        first = first.map(lambda x: x if x in keep else t("lane_other", lang))
    return first


def _wrap(label: str, width: int = 22) -> str:
    return "<br>".join(textwrap.wrap(label, width)[:3]) or label


# ------------------------------------------------------------------ the figure

def timeline_figure(df: pd.DataFrame, *, lane_by: str = "organisation", lang: str = "vi",
                    title: str | None = None, max_points: int = 5000, gl_threshold: int = 2000,
                    x_range: tuple[str, str] | None = None, selected: str | None = None) -> go.Figure:
    """A timeline of the events in `df` (the events table).  Pure: no I/O, no globals."""
    fig = go.Figure()
    n = len(df)
    if n == 0:
        fig.add_annotation(text=t("no_events", lang), showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper", font={"size": 16})
        fig.update_layout(xaxis={"visible": False}, yaxis={"visible": False}, height=300,
                          template="plotly_white")
        return fig
    df = df[df["start"].map(lambda s: isinstance(s, str))].copy()
    df["_end"] = [e if isinstance(e, str) else s for s, e in zip(df["start"], df["end"], strict=True)]
    df["_lane"] = lanes(df, lane_by, lang).values
    order = list(df.groupby("_lane", sort=False).size().sort_values(ascending=False).index)
    tail = {t("lane_none", lang), t("lane_other", lang)}
    order = [x for x in order if x not in tail] + [x for x in order if x in tail]
    colour = {lane: PALETTE[i % len(PALETTE)] for i, lane in enumerate(order)}
    use_gl = n > gl_threshold
    Scatter = go.Scattergl if use_gl else go.Scatter

    if n > max_points:
        _aggregated(fig, df, order, colour, lang, Scatter)
    else:
        _detailed(fig, df, order, colour, lang, Scatter, n, selected)

    years = df["start"].str.slice(0, -6)
    span = f"{years.min()}–{df['_end'].str.slice(0, -6).max()}"
    fig.update_layout(
        template="plotly_white",
        title={"text": title or f"{t('app_title', lang)} · {span} · {t('events_count', lang, n=n)}",
               "x": 0.01, "font": {"size": 16}},
        height=max(320, 140 + 56 * len(order)),
        margin={"l": 10, "r": 20, "t": 50, "b": 10},
        showlegend=False,
        hovermode="closest",
        dragmode="zoom",
        xaxis={"type": "date", "rangeslider": {"visible": True, "thickness": 0.08},
               "tickformatstops": _tickformats(lang), "hoverformat": "%d/%m/%Y" if lang == "vi" else "%d %b %Y",
               "showgrid": True, "gridcolor": "#eee"},
        yaxis={"categoryorder": "array", "categoryarray": [_wrap(x) for x in order][::-1],
               "automargin": True, "fixedrange": True},
        font={"family": "Inter, 'Noto Sans', 'Segoe UI', Arial, sans-serif"},
        uirevision=lane_by,
    )
    if x_range:
        fig.update_xaxes(range=list(x_range))
    return fig


def _tickformats(lang: str) -> list[dict]:
    if lang == "vi":
        return [{"dtickrange": [None, 86400000 * 40], "value": "%-d/%-m/%Y"},
                {"dtickrange": [86400000 * 40, 86400000 * 360], "value": "tháng %-m/%Y"},
                {"dtickrange": [86400000 * 360, None], "value": "%Y"}]
    return [{"dtickrange": [None, 86400000 * 40], "value": "%-d %b %Y"},
            {"dtickrange": [86400000 * 40, 86400000 * 360], "value": "%b %Y"},
            {"dtickrange": [86400000 * 360, None], "value": "%Y"}]


def _hover(row, lang: str) -> list[str]:
    return [row["event_id"], row["date_text"], human_date(row["edtf"], lang),
            textwrap.shorten(str(row["title"]), 120, placeholder="…"), str(row["article_id"])]


_HOVER = ("<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}"
          "<br><i>%{customdata[4]}</i><extra></extra>")


def _detailed(fig, df, order, colour, lang, Scatter, n, selected) -> None:
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
            fig.add_trace(Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", opacity=opacity,
                                  line={"color": colour[lane], "width": width}, name=lane, showlegend=False))
        xs, symbols, custom, texts, positions = [], [], [], [], []
        last_label, flip = None, False
        for _, row in part.sort_values("start").iterrows():
            is_period = "/" in row["edtf"]
            if is_period:
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
        sizes = [18 if c[0] == selected else 11 for c in custom]
        fig.add_trace(Scatter(
            x=xs, y=[_wrap(lane)] * len(xs), mode="markers+text" if label else "markers",
            text=texts if label else None, textposition=positions if label else None,
            textfont={"size": 10, "color": "#333"},
            marker={"color": colour[lane], "size": sizes, "symbol": symbols,
                    "line": {"color": colour[lane], "width": 2}},
            customdata=custom, hovertemplate=_HOVER, name=lane, showlegend=False))


def _aggregated(fig, df, order, colour, lang, Scatter) -> None:
    """Counts per lane and year: a payload that stays small whatever the corpus."""
    df = df.assign(_year=df["start"].str.slice(0, -6))
    for lane in order:
        counts = df[df["_lane"] == lane].groupby("_year").size()
        if counts.empty:
            continue
        xs = [f"{y}-07-01" for y in counts.index]
        sizes = [6 + 4 * math.log2(c) for c in counts.values]
        fig.add_trace(Scatter(
            x=xs, y=[_wrap(lane)] * len(xs), mode="markers",
            marker={"color": colour[lane], "size": sizes, "opacity": 0.7},
            customdata=[[None, y, "", t("aggregated", lang, n=int(c)), lane] for y, c in counts.items()],
            hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[3]}<extra></extra>",
            name=lane, showlegend=False))


def graph_config(lang: str = "vi", filename: str = "bien-nien") -> dict:
    """dcc.Graph config: the modebar's PNG/SVG download at print quality, with a real name."""
    return {"displaylogo": False, "locale": "vi" if lang == "vi" else "en",
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 3},
            "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
