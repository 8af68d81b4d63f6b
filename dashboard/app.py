"""The Dash app: the timeline, facets, the events table and exports, in one page.

Callbacks are thin glue: the view state comes from the URL or the controls (filters.py), the
figure from figures.timeline_figure, exports from export.py.  One callback owns the URL and
every control, so a link, back/forward and the controls always agree.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

import dash_ag_grid as dag
import numpy as np
import pandas as pd
from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, no_update

from . import export
from .corpus import Corpus, load_corpus
from .figures import LANE_CHOICES, graph_config, prepare, timeline_figure, timeline_spec
from .filters import EventIndex, ViewState, parse_query, to_query, with_changes
from .i18n import human_date, t

ASSETS = Path(__file__).resolve().parent.parent / "assets"
# page elements whose text is a translated label: element id → i18n key
LABELS = {"tagline": "tagline", "l-search": "search", "l-lanes": "lanes", "l-years": "date_range",
          "l-places": "places", "l-organisations": "organisations", "l-persons": "persons",
          "l-articles": "articles", "clear": "clear", "l-export": "export"}
N_OUTPUTS = 24 + len(LABELS)
GRID_LIMIT = 2000  # rows sent to the table; the timeline and counts cover all
FACET_LIMIT = 300
MAX_POINTS = 5000  # above this the timeline counts events per year instead of drawing each
EXPORT_GL_THRESHOLD = 10**9


def create_app(data_dir=None, cache_dir=None, corpus: Corpus | None = None) -> Dash:
    corpus = corpus or load_corpus(data_dir, cache_dir)
    events = prepare(corpus.events.sort_values(["start", "char_start"], na_position="last")).reset_index(drop=True)
    index = EventIndex(events)
    records = events.to_dict("records")
    by_id = {r["event_id"]: r for r in records}
    grid_rows = {lang: [_grid_row(r, lang) for r in records] for lang in ("vi", "en")}
    lo, hi = index.year_bounds()

    app = Dash(__name__, title="Biên niên", assets_folder=str(ASSETS), suppress_callback_exceptions=True)
    app.layout = _layout(lo, hi)

    def current(search: str | None) -> tuple[ViewState, pd.DataFrame]:
        state = parse_query(search)
        return state, index.filter(state)

    @app.callback(
        Output("url", "search"), Output("f-places", "value"), Output("f-organisations", "value"),
        Output("f-persons", "value"), Output("f-articles", "value"), Output("f-q", "value"),
        Output("f-years", "value"), Output("f-lanes", "value"),
        Output("f-places", "options"), Output("f-organisations", "options"), Output("f-persons", "options"),
        Output("f-articles", "options"), Output("timeline", "figure"), Output("timeline", "config"),
        Output("grid", "rowData"), Output("grid", "columnDefs"), Output("grid", "selectedRows"),
        Output("detail", "children"), Output("message", "children"), Output("count", "children"),
        Output("lang-link", "href"), Output("lang-link", "children"), Output("f-lanes", "options"),
        Output("timeline", "style"),
        *[Output(element, "children") for element in LABELS],
        Input("url", "search"), Input("f-places", "value"), Input("f-organisations", "value"),
        Input("f-persons", "value"), Input("f-articles", "value"), Input("f-q", "value"),
        Input("f-years", "value"), Input("f-lanes", "value"), Input("clear", "n_clicks"),
        Input("timeline", "clickData"), Input("grid", "selectedRows"),
        Input({"type": "chip", "facet": ALL, "value": ALL}, "n_clicks"),
    )
    def render(search, places, orgs, persons, articles, q, years, lane, _clear, click, selected, _chips):
        trigger = ctx.triggered_id
        state = parse_query(search)
        if trigger == "clear":
            state = state.cleared()
        elif isinstance(trigger, dict) and trigger.get("type") == "chip":
            if not any(c for c in (_chips or []) if c):
                return (no_update,) * N_OUTPUTS
            facet, value = trigger["facet"], trigger["value"]
            chosen = tuple(getattr(state, facet))
            if value not in chosen:
                state = with_changes(state, **{facet: chosen + (value,)})
        elif trigger == "timeline" and click:
            points = click.get("points") or [{}]
            event_id = (points[0].get("customdata") or [None])[0]
            if event_id:
                state = with_changes(state, event=event_id)
        elif trigger == "grid":
            if selected and selected[0].get("event_id") != state.event:
                state = with_changes(state, event=selected[0]["event_id"])
            elif not selected:
                return (no_update,) * N_OUTPUTS
        elif trigger and trigger != "url":
            start, end = (years or [lo, hi])
            state = with_changes(
                state, places=places or [], organisations=orgs or [], persons=persons or [],
                article_id=articles or [], q=q or "", lane=lane or "organisation",
                start=start if start != lo else None, end=end if end != hi else None)
        mask = index.mask(state)
        shown = events[mask]
        lang = state.lang
        fig = timeline_spec(shown, lane_by=state.lane, lang=lang, selected=state.event)
        positions = np.flatnonzero(mask)[:GRID_LIMIT]
        rows = [grid_rows[lang][i] for i in positions]
        selected_rows = [r for r in rows if r["event_id"] == state.event][:1]
        new_search = to_query(state)
        other_lang = "en" if lang == "vi" else "vi"
        message = _message(corpus, events, shown, lang)
        return (
            new_search if new_search != (search or "") else no_update,
            list(state.places), list(state.organisations), list(state.persons), list(state.article_id),
            state.q, [state.start if state.start is not None else lo, state.end if state.end is not None else hi],
            state.lane,
            *[_options(index.counts(f, mask), getattr(state, f)) for f in
              ("places", "organisations", "persons", "article_id")],
            fig, graph_config(lang, _filename(state)),
            rows, _columns(lang), selected_rows,
            _detail(by_id.get(state.event), lang), message,
            t("events_count", lang, n=len(shown)),
            to_query(with_changes(state, lang=other_lang)) or "?", t("language", lang),
            [{"label": t(f"lane_{x}", lang), "value": x} for x in LANE_CHOICES],
            {"height": f"{fig['layout'].get('height', 450)}px"},
            *[t(key, lang) for key in LABELS.values()],
        )

    @app.callback(Output("timeline", "figure", allow_duplicate=True),
                  Input("timeline", "relayoutData"), State("url", "search"), prevent_initial_call=True)
    def zoom_in(relayout, search):
        """Above MAX_POINTS events the timeline shows counts; zoomed in far enough, each event."""
        state = parse_query(search)
        mask = index.mask(state)
        if mask.sum() <= MAX_POINTS:
            return no_update  # every event is drawn already; plotly zooms by itself
        window = _zoom(relayout)
        if window is None:
            return no_update if not (relayout or {}).get("xaxis.autorange") else \
                timeline_spec(events[mask], lane_by=state.lane, lang=state.lang)
        first, last = (_year_of_text(x) for x in window)
        mask &= (index.last >= first) & (index.first <= last)
        return timeline_spec(events[mask], lane_by=state.lane, lang=state.lang, x_range=window,
                             max_points=MAX_POINTS, selected=state.event)

    @app.callback(Output("download", "data"), Output("export-message", "children"),
                  Input({"type": "export", "format": ALL}, "n_clicks"),
                  State("url", "search"), State("timeline", "relayoutData"), prevent_initial_call=True)
    def download(clicks, search, relayout):
        if not ctx.triggered_id or not any(c for c in (clicks or []) if c):
            return no_update, no_update
        fmt = ctx.triggered_id["format"]
        state, shown = current(search)
        name = _filename(state)
        try:
            if fmt in export.DATA_FORMATS:
                data = export.export_data(shown, fmt)
                suffix = "timeline.json" if fmt == "timelinejs" else fmt
                return dcc.send_bytes(data, f"{name}.{suffix}"), ""
            # SVG traces, not WebGL: a headless browser renders WebGL in software, ten times slower
            fig = timeline_figure(shown, lane_by=state.lane, lang=state.lang, x_range=_zoom(relayout),
                                  gl_threshold=EXPORT_GL_THRESHOLD)
            if fmt == "html":
                return dcc.send_string(export.to_html(fig), f"{name}.html"), ""
            data = export.EXPORTER.to_image(fig, fmt)
            return dcc.send_bytes(data, f"{name}.{fmt}"), ""
        except export.ExportError as exc:
            return no_update, t("export_failed", state.lang, error=str(exc))

    return app


# ------------------------------------------------------------------ pieces of the page

def _layout(lo: int, hi: int):
    marks = {y: str(y) for y in _marks(lo, hi)}
    facet = lambda fid: dcc.Dropdown(id=fid, multi=True, options=[], value=[], optionHeight=44)  # noqa: E731
    export_buttons = [html.Button(label, id={"type": "export", "format": fmt}, className="export-button")
                      for fmt, label in (("png", "PNG"), ("svg", "SVG"), ("pdf", "PDF"), ("html", "HTML"),
                                         ("csv", "CSV"), ("json", "JSON"), ("timelinejs", "TimelineJS"))]
    return html.Div(className="page", children=[
        dcc.Location(id="url", refresh=False),
        dcc.Download(id="download"),
        html.Header(className="top", children=[
            html.Div([html.H1("Biên niên"), html.Span(id="tagline", className="tagline")]),
            html.Div([html.Span(id="count", className="count"),
                      dcc.Link(id="lang-link", href="?", className="lang-link")]),
        ]),
        html.Div(className="body", children=[
            html.Aside(className="filters", children=[
                html.Label(id="l-search", htmlFor="f-q"),
                dcc.Input(id="f-q", type="search", debounce=True, value="", className="search"),
                html.Label(id="l-lanes"),
                dcc.RadioItems(id="f-lanes", value="organisation", inline=True, options=[
                    {"label": x, "value": x} for x in LANE_CHOICES]),
                html.Label(id="l-years"),
                dcc.RangeSlider(id="f-years", min=lo, max=hi, step=1, value=[lo, hi], marks=marks,
                                allowCross=False, tooltip={"placement": "bottom"}),
                html.Label(id="l-places"), facet("f-places"),
                html.Label(id="l-organisations"), facet("f-organisations"),
                html.Label(id="l-persons"), facet("f-persons"),
                html.Label(id="l-articles"), facet("f-articles"),
                html.Button(id="clear", className="clear"),
                html.Div(className="exports", children=[html.Label(id="l-export"), *export_buttons,
                                                        html.Div(id="export-message", className="error")]),
            ]),
            html.Main(className="main", children=[
                html.Div(id="message", role="status"),
                dcc.Loading(dcc.Graph(id="timeline", config=graph_config()), type="dot"),
                html.Section(id="detail", className="detail"),
                dag.AgGrid(id="grid", rowData=[], columnDefs=[], className="ag-theme-alpine grid",
                           getRowId="params.data.event_id",
                           defaultColDef={"resizable": True, "sortable": True, "filter": False},
                           dashGridOptions={"rowSelection": {"mode": "singleRow", "checkboxes": False,
                                                             "enableClickSelection": True},
                                            "animateRows": False},
                           style={"height": "420px"}),
            ]),
        ]),
    ])


def _marks(lo: int, hi: int) -> list[int]:
    span = max(1, hi - lo)
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if span / s <= 6)
    first = lo + (-lo % step)
    return [lo] + [y for y in range(first, hi, step) if y - lo > step / 2 and hi - y > step / 2] + [hi]


def _options(counts: list[tuple[str, int]], chosen) -> list[dict]:
    counts = counts[:FACET_LIMIT]
    present = {name for name, _ in counts}
    options = [{"label": f"{name} ({n})", "value": name} for name, n in counts]
    options += [{"label": f"{name} (0)", "value": name} for name in chosen if name not in present]
    return options


def _columns(lang: str) -> list[dict]:
    return [
        {"field": "when", "headerName": t("col_date", lang), "width": 150, "sort": None,
         "comparator": {"function": "(a, b, nodeA, nodeB) => nodeA.data.start < nodeB.data.start ? -1 : 1"}},
        {"field": "date_text", "headerName": t("col_date_text", lang), "width": 170},
        {"field": "title", "headerName": t("col_title", lang), "flex": 2, "minWidth": 260, "tooltipField": "title"},
        {"field": "places_text", "headerName": t("col_places", lang), "flex": 1, "minWidth": 140},
        {"field": "organisations_text", "headerName": t("col_organisations", lang), "flex": 1, "minWidth": 160},
        {"field": "persons_text", "headerName": t("col_persons", lang), "flex": 1, "minWidth": 120},
        {"field": "article_id", "headerName": t("col_article", lang), "width": 160},
    ]


def _grid_row(r: dict, lang: str) -> dict:
    return {"event_id": r["event_id"], "start": r["start"], "when": human_date(r["edtf"], lang),
            "date_text": r["date_text"], "title": r["title"],
            "places_text": ", ".join(r["places"]), "organisations_text": ", ".join(r["organisations"]),
            "persons_text": ", ".join(r["persons"]), "article_id": r["article_id"]}


def _detail(row: dict | None, lang: str):
    if row is None:
        return html.P(t("detail_empty", lang), className="hint")
    sentence = row["sentence"] or ""
    a = max(0, row["char_start"] - (row.get("sentence_start") or 0))
    b = max(a, row["char_end"] - (row.get("sentence_start") or 0))
    if sentence[a:b] != row["date_text"]:  # the sentence is not where we think: show it plain
        highlighted = [sentence]
    else:
        highlighted = [sentence[:a], html.Mark(sentence[a:b]), sentence[b:]]
    chips = []
    for facet in ("places", "organisations", "persons"):
        for name in row[facet]:
            chips.append(html.Button(name, id={"type": "chip", "facet": facet, "value": name},
                                     className=f"chip chip-{facet}", title=t(facet, lang)))
    return [
        html.H3(row["title"]),
        html.P([html.B(human_date(row["edtf"], lang)), f" · {t('written_as', lang)}: “{row['date_text']}”",
                f" · EDTF {row['edtf']}"], className="when"),
        html.Blockquote(highlighted, className="sentence"),
        html.Div(chips, className="chips"),
        html.P(f"{t('source', lang)}: {row['article_id']}", className="source"),
    ]


def _message(corpus: Corpus, events: pd.DataFrame, shown: pd.DataFrame, lang: str):
    parts = []
    if not corpus.articles:
        parts.append(html.P(t("no_articles", lang, path=corpus.data_dir), className="error"))
    if corpus.errors:
        parts.append(html.P(t("article_errors", lang, errors="; ".join(corpus.errors)), className="error"))
    if corpus.articles and shown.empty:
        parts.append(html.P(t("no_events", lang), className="empty"))
    return parts


def _zoom(relayout: dict | None) -> tuple[str, str] | None:
    if not relayout:
        return None
    a, b = relayout.get("xaxis.range[0]"), relayout.get("xaxis.range[1]")
    if a is None and isinstance(relayout.get("xaxis.range"), list):
        a, b = relayout["xaxis.range"]
    return (str(a), str(b)) if a and b else None


def _year_of_text(x: str) -> int:
    text = str(x).strip()
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("-")[:4]
    return sign * int(digits) if digits.isdigit() else 0


def _filename(state: ViewState) -> str:
    parts = ["bien-nien"]
    for facet in ("places", "organisations", "persons"):
        parts += [v for v in getattr(state, facet)][:2]
    if state.start or state.end:
        parts.append(f"{state.start or ''}-{state.end or ''}")
    slug = "-".join(parts)
    from .textnorm import fold
    slug = "".join(c if c.isalnum() else "-" for c in fold(slug))
    return textwrap.shorten("-".join(filter(None, slug.split("-"))), 80, placeholder="") or "bien-nien"
