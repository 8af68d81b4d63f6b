"""Exports: data as CSV (BOM), JSON and TimelineJS; the figure as HTML and as real images."""
import io
import json
import shutil

import pandas as pd
import pytest
from conftest import SEED

from dashboard import export, extract_file
from dashboard.figures import timeline_figure


@pytest.fixture(scope="module")
def df():
    return extract_file(SEED)


def test_csv_has_bom_and_round_trips(df):
    data = export.to_csv(df)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert list(back["edtf"]) == list(df["edtf"])
    assert json.loads(back.loc[3, "places"]) == df.iloc[3]["places"]


def test_timelinejs(df):
    doc = json.loads(export.to_timelinejs(df))
    events = doc["events"]
    assert len(events) == len(df)
    may = next(e for e in events if e["display_date"] == "tháng 5/1945")
    assert may["start_date"] == {"year": 1945, "month": 5}
    period = next(e for e in events if e["display_date"] == "từ năm 2015 đến năm 2019")
    assert period["end_date"] == {"year": 2019}


def test_json(df):
    rows = json.loads(export.to_json(df))
    assert rows[0]["event_id"] == df.iloc[0]["event_id"]


def test_html_is_standalone(df):
    html = export.to_html(timeline_figure(df))
    assert "<html>" in html[:100] and "plotly" in html.lower() and len(html) > 1_000_000


def test_unknown_formats_are_refused(df):
    with pytest.raises(export.ExportError, match="csv, json or timelinejs"):
        export.export_data(df, "xls")
    with pytest.raises(export.ExportError, match="png, svg or pdf"):
        export.EXPORTER.to_image(timeline_figure(df), "gif")


needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="scripts/test.sh installs Debian's chromium")


@needs_chromium
@pytest.mark.parametrize("fmt,magic,min_size", [("png", b"\x89PNG", 20_000), ("svg", b"<svg", 10_000),
                                                ("pdf", b"%PDF", 5_000)])
def test_real_image_export(df, fmt, magic, min_size):
    data = export.EXPORTER.to_image(timeline_figure(df), fmt)
    assert data[:4] == magic or (fmt == "svg" and b"<svg" in data[:200])
    assert len(data) > min_size
