"""The Dash app: the timeline, facets, the events table and exports, in one page.

Callbacks are thin glue: the view state comes from the URL or the controls (filters.py), the
figure from figures.timeline_figure, exports from export.py.  One callback owns the URL and
every control, so a link, back/forward and the controls always agree.
"""
from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import dash_ag_grid as dag
import numpy as np
import pandas as pd
from dash import ALL, Dash, Input, Output, State, ctx, dcc, html, no_update

from . import export
from .corpus import Corpus, load_corpus
from .figures import LANE_CHOICES, graph_config, prepare, timeline_figure, timeline_spec
from .filters import EventIndex, ViewState, duplicate_of, parse_query, to_query, with_changes
from .i18n import human_date, t

ASSETS = Path(__file__).resolve().parent.parent / "assets"
# page elements whose text is a translated label: element id → i18n key
LABELS = {"tagline": "tagline", "l-search": "search", "l-lanes": "lanes", "l-years": "date_range",
          "l-places": "places", "l-organisations": "organisations", "l-persons": "persons",
          "l-articles": "articles", "l-sources": "sources", "clear": "clear", "l-export": "export"}
# labels of the 'add articles' section, present only with a corpus store
ADD_LABELS = {"l-add": "add_articles", "upload-label": "upload_hint", "paste-add": "paste_add"}
N_OUTPUTS = 29 + len(LABELS)
GRID_LIMIT = 2000  # rows sent to the table; the timeline and counts cover all
FACET_LIMIT = 300
MAX_POINTS = 5000  # above this the timeline counts events per year instead of drawing each
EXPORT_GL_THRESHOLD = 10**9


class Data:
    """What the page shows, worked out once per change of the corpus (not per click)."""

    def __init__(self, corpus: Corpus, store=None):
        self.store = store
        self.load(corpus)

    def load(self, corpus: Corpus) -> None:
        events = prepare(corpus.events.sort_values(["start", "char_start"], na_position="last")).reset_index(drop=True)
        # the same event told by several articles is drawn once, naming all of them
        self.duplicate = duplicate_of(events)
        article_ids = events["article_id"].tolist()
        sources = {i: [a] for i, a in enumerate(article_ids)}
        for i in np.flatnonzero(self.duplicate >= 0):
            p = self.duplicate[i]
            if article_ids[i] not in sources[p]:
                sources[p].append(article_ids[i])
        events["_sources"] = [" · ".join(sources[i]) for i in range(len(events))]
        records = events.to_dict("records")
        self.corpus, self.events, self.index = corpus, events, EventIndex(events)
        self.by_id = {r["event_id"]: r for r in records}
        self.records = records
        self._grid_rows: dict[str, list[dict]] = {}
        self.article_dates: dict[str, str] = {}  # content id → the article's own date, as stored
        if self.store is not None:
            for row in self.store.articles().itertuples():
                self.article_dates[row.id] = row.reference_date or row.published or ""
        self.lo, self.hi = self.index.year_bounds()

    def grid_rows(self, lang: str) -> list[dict]:
        """The table's rows in a language, made on first use (most people use one)."""
        if lang not in self._grid_rows:
            self._grid_rows[lang] = [_grid_row(r, lang) for r in self.records]
        return self._grid_rows[lang]

    def visible(self, mask: np.ndarray) -> np.ndarray:
        """The events to draw: a repeat is hidden when the event it repeats is shown."""
        dup = self.duplicate >= 0
        hidden = np.zeros_like(mask)
        hidden[dup] = mask[self.duplicate[dup]]
        return mask & ~hidden

    def reload(self) -> None:
        if self.store is not None:
            from .corpus import load_store_corpus
            self.load(load_store_corpus(self.store, allow_stale=True))

    def refresh_in_background(self) -> threading.Thread | None:
        """A newer extractor re-reads the stored articles in a thread; the page keeps showing
        the previous reading meanwhile and the new one from the next change on."""
        if self.store is None or not self.store.stale():
            return None

        def work():
            if self.store.refresh_stale():
                self.reload()

        thread = threading.Thread(target=work, name="re-extract", daemon=True)
        thread.start()
        return thread


def create_app(data_dir=None, cache_dir=None, corpus: Corpus | None = None, store=None) -> Dash:
    if corpus is None and store is not None:
        from .corpus import load_store_corpus
        corpus = load_store_corpus(store, allow_stale=True)
    data = Data(corpus or load_corpus(data_dir, cache_dir), store)
    data.refresh_in_background()

    app = Dash(__name__, title="Biên niên", assets_folder=str(ASSETS), suppress_callback_exceptions=True)
    app.layout = lambda: _layout(data.lo, data.hi, editable=data.store is not None)

    def current(search: str | None) -> tuple[ViewState, pd.DataFrame]:
        state = parse_query(search)
        return state, data.index.filter(state)

    @app.callback(
        Output("url", "search"), Output("f-places", "value"), Output("f-organisations", "value"),
        Output("f-persons", "value"), Output("f-articles", "value"), Output("f-sources", "value"),
        Output("f-q", "value"),
        Output("f-years", "value"), Output("f-lanes", "value"),
        Output("f-places", "options"), Output("f-organisations", "options"), Output("f-persons", "options"),
        Output("f-articles", "options"), Output("f-sources", "options"),
        Output("timeline", "figure"), Output("timeline", "config"),
        Output("grid", "rowData"), Output("grid", "columnDefs"), Output("grid", "selectedRows"),
        Output("detail", "children"), Output("message", "children"), Output("count", "children"),
        Output("lang-link", "href"), Output("lang-link", "children"), Output("f-lanes", "options"),
        Output("timeline", "style"), Output("f-years", "min"), Output("f-years", "max"),
        Output("f-years", "marks"),
        *[Output(element, "children") for element in LABELS],
        Input("url", "search"), Input("f-places", "value"), Input("f-organisations", "value"),
        Input("f-persons", "value"), Input("f-articles", "value"), Input("f-sources", "value"),
        Input("f-q", "value"),
        Input("f-years", "value"), Input("f-lanes", "value"), Input("clear", "n_clicks"),
        Input("timeline", "clickData"), Input("grid", "selectedRows"),
        Input({"type": "chip", "facet": ALL, "value": ALL}, "n_clicks"), Input("version", "data"),
    )
    def render(search, places, orgs, persons, articles, sources, q, years, lane, _clear, click, selected, _chips,
               _version):
        trigger = ctx.triggered_id
        lo, hi, events, index = data.lo, data.hi, data.events, data.index
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
                article_id=articles or [], source=sources or [], q=q or "", lane=lane or "organisation",
                start=start if start != lo else None, end=end if end != hi else None)
        mask = index.mask(state)
        visible = data.visible(mask)
        shown = events[visible]
        lang = state.lang
        fig = timeline_spec(shown, lane_by=state.lane, lang=lang, selected=state.event)
        positions = np.flatnonzero(visible)[:GRID_LIMIT]
        grid = data.grid_rows(lang)
        rows = [grid[i] for i in positions]
        selected_rows = [r for r in rows if r["event_id"] == state.event][:1]
        new_search = to_query(state)
        other_lang = "en" if lang == "vi" else "vi"
        message = _message(data.corpus, events, shown, lang)
        return (
            new_search if new_search != (search or "") else no_update,
            list(state.places), list(state.organisations), list(state.persons), list(state.article_id),
            list(state.source),
            state.q, [state.start if state.start is not None else lo, state.end if state.end is not None else hi],
            state.lane,
            *[_options(index.counts(f, mask), getattr(state, f)) for f in
              ("places", "organisations", "persons", "article_id", "source")],
            fig, graph_config(lang, _filename(state)),
            rows, _columns(lang), selected_rows,
            _detail(data.by_id.get(state.event), lang, editable=data.store is not None,
                    article_dates=data.article_dates), message,
            t("events_count", lang, n=len(shown)),
            to_query(with_changes(state, lang=other_lang)) or "?", t("language", lang),
            [{"label": t(f"lane_{x}", lang), "value": x} for x in LANE_CHOICES],
            {"height": f"{fig['layout'].get('height', 450)}px"}, lo, hi,
            {y: str(y) for y in _marks(lo, hi)},
            *[t(key, lang) for key in LABELS.values()],
        )

    @app.callback(Output("timeline", "figure", allow_duplicate=True),
                  Input("timeline", "relayoutData"), State("url", "search"), prevent_initial_call=True)
    def zoom_in(relayout, search):
        """Above MAX_POINTS events the timeline shows counts; zoomed in far enough, each event."""
        state = parse_query(search)
        events, index = data.events, data.index
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

    if data.store is not None:
        _store_callbacks(app, data)

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


# ------------------------------------------------------------------ the corpus store's callbacks

def _store_callbacks(app: Dash, data: Data) -> None:
    import base64
    import datetime as dt

    from .corrections import Correction, CorrectionError, anchor_of
    from .errors import BienNienError
    from .ingest import from_bytes, from_paste

    @app.callback(*[Output(k, "children") for k in ADD_LABELS], Output("paste-title", "placeholder"),
                  Output("paste-url", "placeholder"), Input("url", "search"))
    def add_labels(search):
        lang = parse_query(search).lang
        return (*[t(v, lang) for v in ADD_LABELS.values()], t("paste_title", lang), t("paste_url", lang))

    @app.callback(Output("version", "data", allow_duplicate=True), Output("add-message", "children"),
                  Input("upload", "contents"), Input("paste-add", "n_clicks"),
                  State("upload", "filename"), State("paste-text", "value"), State("paste-title", "value"),
                  State("paste-url", "value"), State("paste-date", "value"), State("version", "data"),
                  State("url", "search"), prevent_initial_call=True)
    def add_articles(contents, _paste, names, text, title, url, day, version, search):
        lang = parse_query(search).lang
        lines, added = [], 0
        try:
            published = dt.date.fromisoformat(day.strip()) if day and day.strip() else None
        except ValueError:
            return no_update, t("bad_date", lang, value=day)
        items = []
        if ctx.triggered_id == "upload" and contents:
            for content, name in zip(contents, names or [], strict=False):
                try:
                    raw = base64.b64decode(content.split(",", 1)[1])
                    items.append(from_bytes(raw, name, origin="upload", published=published))
                except (BienNienError, IndexError, ValueError) as exc:
                    lines.append(str(exc) if isinstance(exc, BienNienError) else f"{name}: unreadable upload")
        elif ctx.triggered_id == "paste-add":
            try:
                items.append(from_paste(text or "", title=title or None, source_url=url or None, published=published))
            except BienNienError as exc:
                lines.append(str(exc))
        for item in items:
            try:
                result = data.store.add(item)
            except BienNienError as exc:
                lines.append(str(exc))
                continue
            added += result.status in ("added", "dated")
            lines.append(t({"added": "added_one", "dated": "dated_one"}.get(result.status, "unchanged_one"), lang,
                           name=item.name, n=result.events))
            if result.unplaced:
                lines.append(t("unplaced", lang, name=item.name, n=result.unplaced))
        if added:
            data.reload()
        # text from uploads is shown as text, never as HTML: Dash escapes string children
        return (version or 0) + 1 if added else no_update, [html.Div(line) for line in lines]

    # the words selected in the sentence, as an offset into it (read in the browser)
    app.clientside_callback(
        """function(n) {
            const sel = window.getSelection(), el = document.getElementById('detail-sentence');
            if (!n || !sel || !sel.rangeCount || !el || !el.contains(sel.anchorNode)) return null;
            const range = sel.getRangeAt(0), before = range.cloneRange();
            before.selectNodeContents(el); before.setEnd(range.startContainer, range.startOffset);
            return {offset: before.toString().length, text: sel.toString(), at: Date.now()};
        }""",
        Output("selection", "data"), Input("edit-add", "n_clicks"), prevent_initial_call=True)

    @app.callback(Output("version", "data", allow_duplicate=True),
                  Output("edit-message", "children", allow_duplicate=True),
                  Input("edit-refdate-save", "n_clicks"), State("edit-refdate", "value"), State("url", "search"),
                  State("version", "data"), prevent_initial_call=True)
    def correct_article_date(clicks, value, search, version):
        """The article's own date, corrected: its relative dates are read again against it."""
        state = parse_query(search)
        row = data.by_id.get(state.event)
        if not clicks or row is None:
            return no_update, no_update
        try:
            day = dt.date.fromisoformat(value.strip()) if value and value.strip() else None
        except ValueError:
            return no_update, t("bad_date", state.lang, value=value)
        data.store.set_reference_date(row["event_id"].rsplit(":", 1)[0], day)
        data.reload()
        return (version or 0) + 1, t("saved", state.lang)

    @app.callback(Output("version", "data", allow_duplicate=True), Output("edit-message", "children"),
                  Input("edit-save", "n_clicks"), Input("edit-delete", "n_clicks"), Input("edit-undo", "n_clicks"),
                  Input("selection", "data"),
                  State("edit-edtf", "value"), State("edit-title", "value"), State("edit-places", "value"),
                  State("edit-organisations", "value"), State("edit-persons", "value"), State("url", "search"),
                  State("version", "data"), prevent_initial_call=True)
    def correct(save, delete, undo, selection, edtf, title, places, orgs, persons, search, version):
        state = parse_query(search)
        lang = state.lang
        row = data.by_id.get(state.event)
        trigger = ctx.triggered_id
        if row is None or not (save or delete or undo or selection):
            return no_update, no_update
        article = row["event_id"].rsplit(":", 1)[0]
        names = lambda value: [x.strip() for x in (value or "").split(",") if x.strip()]  # noqa: E731
        try:
            if trigger == "edit-undo":
                if data.store.undo(article) is None:
                    return no_update, t("nothing_to_undo", lang)
            elif trigger == "edit-delete":
                data.store.correct(Correction(article, "delete", anchor_of(row)))
            elif trigger == "selection":
                if not selection or not selection.get("text", "").strip():
                    return no_update, t("select_first", lang)
                start = int(row.get("sentence_start") or 0) + int(selection["offset"])
                anchor = {"char_start": start, "char_end": start + len(selection["text"]),
                          "date_text": selection["text"]}
                data.store.correct(Correction(article, "add", anchor, {
                    "edtf": edtf, "title": title or selection["text"], "sentence": row["sentence"],
                    "sentence_start": int(row.get("sentence_start") or 0)}))
            else:
                fields = {"edtf": edtf, "title": title, "places": names(places),
                          "organisations": names(orgs), "persons": names(persons)}
                changed = {k: v for k, v in fields.items() if v != row.get(k)}
                if not changed:
                    return no_update, t("nothing_changed", lang)
                data.store.correct(Correction(article, "edit", anchor_of(row), changed))
        except (CorrectionError, BienNienError) as exc:
            return no_update, str(exc)
        data.reload()
        return (version or 0) + 1, t("saved", lang)


# ------------------------------------------------------------------ pieces of the page

def _add_section():
    """Upload files (or drop them here) or paste a text; only with a corpus store."""
    return html.Div(className="add", children=[
        html.Label(id="l-add"),
        dcc.Upload(id="upload", multiple=True, className="upload", max_size=20 * 1024 * 1024,
                   children=html.Div(id="upload-label")),
        dcc.Textarea(id="paste-text", className="paste", placeholder="…"),
        dcc.Input(id="paste-title", type="text", className="paste-field", debounce=False),
        dcc.Input(id="paste-url", type="url", className="paste-field"),
        dcc.Input(id="paste-date", type="text", className="paste-field", placeholder="YYYY-MM-DD"),
        html.Button(id="paste-add", className="paste-button"),
        html.Div(id="add-message", className="add-message", role="status"),
    ])


def _layout(lo: int, hi: int, editable: bool = False):
    marks = {y: str(y) for y in _marks(lo, hi)}
    facet = lambda fid: dcc.Dropdown(id=fid, multi=True, options=[], value=[], optionHeight=44)  # noqa: E731
    export_buttons = [html.Button(label, id={"type": "export", "format": fmt}, className="export-button")
                      for fmt, label in (("png", "PNG"), ("svg", "SVG"), ("pdf", "PDF"), ("html", "HTML"),
                                         ("csv", "CSV"), ("json", "JSON"), ("timelinejs", "TimelineJS"))]
    return html.Div(className="page", children=[
        dcc.Location(id="url", refresh=False),
        dcc.Download(id="download"),
        dcc.Store(id="version", data=0),
        dcc.Store(id="selection"),
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
                html.Label(id="l-sources"), facet("f-sources"),
                html.Button(id="clear", className="clear"),
                html.Div(className="exports", children=[html.Label(id="l-export"), *export_buttons,
                                                        html.Div(id="export-message", className="error")]),
                *([_add_section()] if editable else []),
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
        {"field": "origin", "headerName": "", "width": 44, "headerTooltip": t("origin_corrected", lang),
         "tooltipValueGetter": {"function": f"params.value ? '{t('origin_corrected', lang)}' : ''"}},
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
            "origin": "✎" if r.get("origin") == "corrected" else "",
            "date_text": r["date_text"], "title": r["title"],
            "places_text": ", ".join(r["places"]), "organisations_text": ", ".join(r["organisations"]),
            "persons_text": ", ".join(r["persons"]), "article_id": r.get("_sources") or r["article_id"]}


def _edit_form(row: dict, lang: str, article_date: str = ""):
    """Correct this event: its date (EDTF), title and names; delete it; add a missed one from
    words selected in the sentence; undo the last change."""
    field = lambda fid, value, label: html.Div([html.Label(t(label, lang), htmlFor=fid),  # noqa: E731
                                                dcc.Input(id=fid, value=value, type="text", className="edit-field")])
    return html.Div(className="edit", children=[
        html.Span("✎ " + t("origin_corrected" if row.get("origin") == "corrected" else "origin_machine", lang),
                  className=f"origin origin-{row.get('origin', 'machine')}"),
        field("edit-edtf", row["edtf"], "edit_date"),
        field("edit-title", row["title"], "col_title"),
        field("edit-places", ", ".join(row["places"]), "places"),
        field("edit-organisations", ", ".join(row["organisations"]), "organisations"),
        field("edit-persons", ", ".join(row["persons"]), "persons"),
        html.Button(t("save", lang), id="edit-save", className="edit-button"),
        html.Button(t("delete", lang), id="edit-delete", className="edit-button danger"),
        html.Button(t("add_selected", lang), id="edit-add", className="edit-button"),
        html.Button(t("undo", lang), id="edit-undo", className="edit-button"),
        html.Div([html.Label(t("article_date", lang), htmlFor="edit-refdate"),
                  dcc.Input(id="edit-refdate", value=article_date, type="text", placeholder="YYYY-MM-DD",
                            className="edit-field")]),
        html.Button(t("save_article_date", lang), id="edit-refdate-save", className="edit-button"),
        html.Div(id="edit-message", className="edit-message", role="status"),
    ])


def _detail(row: dict | None, lang: str, editable: bool = False, article_dates: dict | None = None):
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
        html.Blockquote(highlighted, className="sentence", id="detail-sentence",
                        **{"data-start": str(row.get("sentence_start") or 0)}),
        html.Div(chips, className="chips"),
        html.P(f"{t('source', lang)}: {row.get('_sources') or row['article_id']}", className="source"),
        *([_edit_form(row, lang, (article_dates or {}).get(row["event_id"].rsplit(":", 1)[0], ""))]
          if editable else []),
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
