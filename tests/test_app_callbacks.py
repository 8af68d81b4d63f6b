"""The app's callbacks through Dash's own endpoint (no browser): what each returns for a
given URL, click or zoom."""
import json

import pytest
from conftest import ROOT

from dashboard import export
from dashboard.app import MAX_POINTS, create_app
from dashboard.corpus import Corpus, load_corpus


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(ROOT / "data" / "articles", tmp_path_factory.mktemp("cache"))
    c = app.server.test_client()
    c.deps = c.get("/_dash-dependencies").get_json()
    return c


def _call(client, index, values: dict, trigger: str, state: dict | None = None):
    dep = client.deps[index]
    inputs = []
    for spec in dep["inputs"]:
        if spec["id"].startswith("{"):  # a pattern-matching input: one entry per matching button
            key = json.loads(spec["id"])
            clicks = values.get(key["type"], {})
            inputs.append([{"id": {"type": key["type"], "format": fmt}, "property": spec["property"], "value": n}
                           for fmt, n in clicks.items()])
            continue
        name = f"{spec['id']}.{spec['property']}"
        inputs.append({"id": spec["id"], "property": spec["property"], "value": values.get(name)})
    states = [{"id": s["id"], "property": s["property"], "value": (state or {}).get(f"{s['id']}.{s['property']}")}
              for s in dep["state"]]
    outputs = [{"id": o.split(".")[0], "property": o.split(".")[1]} for o in dep["output"].strip(".").split("...")]
    resp = client.post("/_dash-update-component", json={
        "output": dep["output"], "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": inputs, "changedPropIds": [trigger], "state": states})
    return resp


def _render(client, search, trigger="url.search", **values):
    resp = _call(client, 0, {"url.search": search, **values}, trigger)
    assert resp.status_code == 200, resp.data[:500]
    return resp.get_json()["response"]


def test_url_renders_the_filtered_view(client):
    out = _render(client, "?place=B%C3%ACnh+Gia")
    assert out["count"]["children"] == "1 sự kiện"
    assert [r["when"] for r in out["grid"]["rowData"]] == ["tháng 5/1945"]
    places = {o["value"]: o["label"] for o in out["f-places"]["options"]}
    assert places["Bình Gia"] == "Bình Gia (1)"
    assert out["f-places"]["value"] == ["Bình Gia"]


def test_controls_write_the_url(client):
    out = _render(client, "", trigger="f-organisations.value",
                  **{"f-organisations.value": ["Văn phòng Trung ương Đảng"], "f-lanes.value": "place",
                     "f-years.value": [1930, 2020]})
    assert out["url"]["search"] == "?org=V%C4%83n+ph%C3%B2ng+Trung+%C6%B0%C6%A1ng+%C4%90%E1%BA%A3ng&lanes=place"
    assert out["count"]["children"] == "1 sự kiện"


def test_clicking_a_point_selects_its_row_and_opens_detail(client):
    event_id = _render(client, "")["grid"]["rowData"][0]["event_id"]
    out = _render(client, "", trigger="timeline.clickData",
                  **{"timeline.clickData": {"points": [{"customdata": [event_id]}]}})
    assert "event=" in out["url"]["search"]
    assert out["grid"]["selectedRows"][0]["event_id"] == event_id
    assert "mark" in json.dumps(out["detail"]["children"]).lower()


def test_clear_keeps_language(client):
    out = _render(client, "?place=B%C3%ACnh+Gia&lang=en", trigger="clear.n_clicks", **{"clear.n_clicks": 1})
    assert out["url"]["search"] == "?lang=en"
    assert out["count"]["children"] == "12 events"


def test_no_match_says_so(client):
    out = _render(client, "?q=zzzz")
    assert "Không có sự kiện" in json.dumps(out["message"]["children"], ensure_ascii=False)


def test_data_export_callback(client):
    resp = _call(client, 2, {"export": {"png": None, "csv": 1}}, '{"format":"csv","type":"export"}.n_clicks',
                 state={"url.search": "?place=B%C3%ACnh+Gia"})
    assert resp.status_code == 200
    data = resp.get_json()["response"]["download"]["data"]
    assert data["filename"] == "bien-nien-binh-gia.csv"


def test_missing_chromium_is_a_message(monkeypatch, client):
    monkeypatch.setattr(export, "chromium_path", lambda: None)
    monkeypatch.setattr(export, "EXPORTER", export.ImageExporter())
    resp = _call(client, 2, {"export": {"png": 1, "csv": None}}, '{"format":"png","type":"export"}.n_clicks',
                 state={"url.search": ""})
    out = resp.get_json()["response"]
    assert "Chromium" in out["export-message"]["children"]


def test_empty_corpus_page_still_renders(tmp_path):
    app = create_app(corpus=load_corpus(tmp_path / "none", tmp_path / "cache"))
    c = app.server.test_client()
    c.deps = c.get("/_dash-dependencies").get_json()
    out = _render(c, "")
    assert "no such folder" in json.dumps(out["message"]["children"]) or "Chưa có" in json.dumps(
        out["message"]["children"], ensure_ascii=False)


def test_zoom_shows_each_event_above_the_threshold():
    from benchmarks_app import synthetic
    df = synthetic(MAX_POINTS + 2000, 1)  # one article: no event repeats another
    app = create_app(corpus=Corpus(df, articles=["x"]))
    c = app.server.test_client()
    c.deps = c.get("/_dash-dependencies").get_json()
    overview = _render(c, "")["timeline"]["figure"]
    assert all(tr["customdata"][0][0] is None for tr in overview["data"])  # counts per year
    resp = _call(c, 1, {"timeline.relayoutData": {"xaxis.range[0]": "1950-01-01", "xaxis.range[1]": "1952-12-31"}},
                 "timeline.relayoutData", state={"url.search": ""})
    zoomed = resp.get_json()["response"]["timeline"]["figure"]
    ids = [cd[0] for tr in zoomed["data"] if tr.get("customdata") for cd in tr["customdata"]]
    assert ids and all(i is not None for i in ids)
    assert zoomed["layout"]["xaxis"]["range"] == ["1950-01-01", "1952-12-31"]
