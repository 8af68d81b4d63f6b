"""Exporting what the user sees: images (PNG, SVG, PDF through kaleido and one long-lived
Chromium), an interactive HTML page, and the events as CSV, JSON or TimelineJS JSON.

kaleido starts a browser for every export unless a sync server is running; `ImageExporter`
starts one on first use (with MathJax off: it would be fetched from the internet) and keeps it,
so exports after the first take a fraction of a second.
"""
from __future__ import annotations

import atexit
import io
import json
import os
import shutil
import threading

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from .errors import BienNienError
from .table import LIST_COLUMNS, _records

IMAGE_FORMATS = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
DATA_FORMATS = {"csv": "text/csv", "json": "application/json", "timelinejs": "application/json"}


class ExportError(BienNienError):
    """An export cannot be made: kaleido or Chromium missing, a bad format."""


def chromium_path() -> str | None:
    for name in (os.environ.get("BROWSER_PATH"), "chromium", "chromium-browser", "google-chrome"):
        if name and (path := shutil.which(name) or (name if os.path.exists(name) else None)):
            return path
    return None


class ImageExporter:
    """Figure → image bytes, through one Chromium kept for the life of the process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._started = False

    def _start(self) -> None:
        try:
            import kaleido
        except ImportError:
            raise ExportError("kaleido is not installed: pip install -r requirements.txt") from None
        browser = chromium_path()
        if browser is None:
            raise ExportError("no Chromium found: install it (apt-get install chromium) "
                              "or set BROWSER_PATH")
        os.environ.setdefault("BROWSER_PATH", browser)
        pio.defaults.headers = None  # silences kaleido's 'kopts ignored' warning
        try:
            kaleido.start_sync_server(mathjax=False, silence_warnings=True)
        except TypeError:
            kaleido.start_sync_server(mathjax=False)
        except Exception as exc:  # kaleido reports a missing or broken browser in many ways
            raise ExportError(f"Chromium could not be started for image export ({exc})") from None
        atexit.register(self.stop)
        self._started = True

    def stop(self) -> None:
        if self._started:
            try:
                import kaleido
                kaleido.stop_sync_server(silence_warnings=True)
            except Exception:  # noqa: BLE001 - nothing to do at exit
                pass
            self._started = False

    def to_image(self, fig: go.Figure, fmt: str = "png", width: int = 1600, height: int | None = None,
                 scale: float = 2) -> bytes:
        if fmt not in IMAGE_FORMATS:
            raise ExportError(f"unknown image format {fmt!r}; choose png, svg or pdf")
        with self._lock:
            if not self._started:
                self._start()
        try:
            return fig.to_image(format=fmt, width=width, height=height or fig.layout.height or 600,
                                scale=scale, validate=False)
        except Exception as exc:  # noqa: BLE001 - the page shows it, no traceback
            raise ExportError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None


EXPORTER = ImageExporter()


def to_html(fig: go.Figure) -> str:
    """A standalone interactive page of the figure (plotly.js inlined, works offline)."""
    return pio.to_html(fig, include_plotlyjs=True, full_html=True,
                       config={"displaylogo": False})


def to_csv(df: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese; lists as JSON."""
    flat = df.copy()
    for c in LIST_COLUMNS:
        if c in flat:
            flat[c] = flat[c].map(lambda v: json.dumps(v, ensure_ascii=False))
    buf = io.StringIO()
    flat.to_csv(buf, index=False)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_json(df: pd.DataFrame) -> bytes:
    return json.dumps(_records(df), ensure_ascii=False, indent=1).encode("utf-8")


def _timelinejs_date(day: str | None, precision: str) -> dict | None:
    if not isinstance(day, str):
        return None
    neg = day.startswith("-")
    y, m, d = day.lstrip("-").split("-")
    out = {"year": (-1 if neg else 1) * int(y)}
    if precision in ("day", "month", "season", "quarter", "half"):
        out["month"] = int(m)
    if precision == "day":
        out["day"] = int(d)
    return out


def to_timelinejs(df: pd.DataFrame, title: str = "Biên niên") -> bytes:
    """The events as TimelineJS3 JSON, so the same view can be published with TimelineJS."""
    events = []
    for r in _records(df):
        start = _timelinejs_date(r["start"], r["precision"])
        if start is None:
            continue
        ev = {"start_date": start,
              "display_date": r["date_text"],
              "text": {"headline": r["title"], "text": r["sentence"]},
              "group": (r["organisations"] or r["places"] or [""])[0],
              "unique_id": r["event_id"].replace(":", "-")}
        if "/" in str(r["edtf"]) and r.get("end"):
            ev["end_date"] = _timelinejs_date(r["end"], r["precision"])
        events.append(ev)
    return json.dumps({"title": {"text": {"headline": title}}, "events": events},
                      ensure_ascii=False, indent=1).encode("utf-8")


def export_data(df: pd.DataFrame, fmt: str) -> bytes:
    if fmt == "csv":
        return to_csv(df)
    if fmt == "json":
        return to_json(df)
    if fmt == "timelinejs":
        return to_timelinejs(df)
    raise ExportError(f"unknown data format {fmt!r}; choose csv, json or timelinejs")
