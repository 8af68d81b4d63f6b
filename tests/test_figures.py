"""The timeline figure: a pure function of the events table."""
import json

import pandas as pd
import pytest
from conftest import REF, SEED

from dashboard import extract_file, extract_text
from dashboard.figures import _days, _from_days, middle, timeline_figure
from dashboard.table import to_table


@pytest.fixture(scope="module")
def seed_df():
    return extract_file(SEED)


def _markers(fig):
    return [tr for tr in fig.data if tr.mode and "markers" in tr.mode]


def test_seed_spans_1930_to_2020(seed_df):
    fig = timeline_figure(seed_df)
    xs = [x for tr in _markers(fig) for x in tr.x]
    assert min(xs)[:4] == "1930" and max(xs)[:4] == "2020"
    assert "1930–2020" in fig.layout.title.text
    assert all(isinstance(x, str) for x in xs)  # date strings, never timestamps


def test_precision_is_visible(seed_df):
    fig = timeline_figure(seed_df)
    by_id = {}
    for tr in _markers(fig):
        for x, sym, cd in zip(tr.x, tr.marker.symbol, tr.customdata, strict=True):
            by_id[cd[0]] = (x, sym)
    year_event = seed_df[seed_df["edtf"] == "1933"].iloc[0]["event_id"]
    day_event = seed_df[seed_df["edtf"] == "1930-10-18"].iloc[0]["event_id"]
    assert by_id[year_event] == ("1933-07-02", "circle-open")  # the middle of the year, hollow
    assert by_id[day_event] == ("1930-10-18", "circle")
    lines = [tr for tr in fig.data if tr.mode == "lines"]
    assert any("1945-01-01" in tr.x and "1975-12-31 23:59" in tr.x for tr in lines)  # a period bar


@pytest.mark.parametrize("lane_by,lanes", [
    ("place", {"Bản Khu", "Bắc Sơn", "Lạng Sơn", "(không có)"}),
    ("organisation", {"Liên Tỉnh ủy Cao-Bắc-Lạng", "Văn phòng Trung ương Đảng", "(không có)"}),
    ("kind", {"Tháng", "Năm", "Ngày", "Giai đoạn"})])
def test_lanes(seed_df, lane_by, lanes):
    fig = timeline_figure(seed_df, lane_by=lane_by)
    shown = {y.replace("<br>", " ").replace("- ", "-") for tr in _markers(fig) for y in tr.y}
    assert lanes <= shown


def test_english_hover(seed_df):
    fig = timeline_figure(seed_df, lang="en")
    texts = [cd[2] for tr in _markers(fig) for cd in tr.customdata]
    assert "Sep 1940" in texts and "1986 – present" in texts


def test_empty_table_says_so():
    fig = timeline_figure(to_table([]))
    assert "Không có sự kiện" in fig.layout.annotations[0].text
    assert timeline_figure(to_table([]), lang="en").layout.annotations[0].text.startswith("No events")


def test_bce_and_early_years():
    df = extract_text("Năm 179 TCN, Triệu Đà thôn tính Âu Lạc. Năm 938, Ngô Quyền thắng quân Nam Hán.",
                      reference_date=REF)
    fig = timeline_figure(df)
    xs = sorted(x for tr in _markers(fig) for x in tr.x)
    assert xs[0].startswith("-0179") and xs[1].startswith("0938")


@pytest.mark.parametrize("day", ["1945-05-01", "-0179-01-01", "0001-01-01", "2020-02-29", "1600-12-31"])
def test_day_numbers_round_trip(day):
    assert _from_days(_days(day)) == day


def test_middle():
    assert middle("1933-01-01", "1933-12-31") == "1933-07-02"


def _synthetic(n):
    rows = []
    for i in range(n):
        y = 1900 + i % 120
        rows.append({"article_id": f"a{i % 50}", "event_id": f"a{i % 50}:{i}", "date_text": str(y),
                     "char_start": i, "char_end": i + 4, "edtf": str(y), "start": f"{y}-01-01",
                     "end": f"{y}-12-31", "precision": "year", "approximate": False, "inferred": False,
                     "title": f"Sự kiện {i}", "sentence": f"Năm {y}, sự kiện {i}.",
                     "places": [f"Xã {i % 7}"], "organisations": [f"Tổ chức {i % 13}"], "persons": [],
                     "sentence_start": 0, "inferred_parts": [], "entities": [], "notes": []})
    return to_table(rows)


def test_webgl_above_threshold_and_aggregation_keeps_payload_small():
    df = _synthetic(3000)
    fig = timeline_figure(df)
    assert {type(tr).__name__ for tr in fig.data} == {"Scattergl"}
    big = _synthetic(20000)
    fig = timeline_figure(big, max_points=5000)
    payload = len(json.dumps(fig.to_plotly_json(), default=str))
    assert payload < 400_000
    assert "20000" in fig.layout.title.text
    lanes = {y for tr in fig.data for y in tr.y}
    assert len(lanes) <= 10  # the busiest lanes and 'Khác'


def test_pure(seed_df):
    before = seed_df.copy()
    timeline_figure(seed_df, lane_by="place")
    pd.testing.assert_frame_equal(before, seed_df)
