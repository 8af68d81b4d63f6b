"""The app at scale: 100,000 synthetic events across 1,000 articles.

Measures, through the real Dash endpoint (Flask test client, JSON in and out):
- the median server time of a filter change (target under 100 ms),
- the size of the figure's JSON payload (target under 2 MB),
- a warm PNG export through kaleido's long-lived Chromium (target under 1 s).

    .venv/bin/python benchmarks/app.py [--events 100000] [--articles 1000]

Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.app import create_app  # noqa: E402
from dashboard.corpus import Corpus  # noqa: E402
from dashboard.figures import timeline_figure  # noqa: E402
from dashboard.table import to_table  # noqa: E402

PLACES = ["Lạng Sơn", "Cao Bằng", "Bình Gia", "Bắc Sơn", "Hòa An", "Thụy Hùng", "Hà Nội", "Tràng Định",
          "Cao Lộc", "Văn Quan", "Lộc Bình", "Đình Lập", "Chi Lăng", "Hữu Lũng", "Văn Lãng"]
ORGS = ["Văn phòng Tỉnh ủy Lạng Sơn", "Tỉnh ủy Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn", "Hội Cựu chiến binh",
        "Đảng bộ huyện Bình Gia", "Sở Y tế", "Liên đoàn Lao động tỉnh", "Đoàn Thanh niên", "Hội Nông dân",
        "Mặt trận Tổ quốc", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"] + [f"Hợp tác xã {i}" for i in range(40)]
PERSONS = [f"Nguyễn Văn {c}" for c in "ABCDEGHKLMNPQRSTUVXY"]


def synthetic(n: int, articles: int, seed: int = 11):
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        y = rng.randint(1930, 2020)
        kind = rng.random()
        if kind < 0.5:
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            edtf, start, end, prec = f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", "day"
        elif kind < 0.8:
            edtf, start, end, prec = str(y), f"{y}-01-01", f"{y}-12-31", "year"
        else:
            y2 = min(2020, y + rng.randint(1, 15))
            edtf, start, end, prec = f"{y}/{y2}", f"{y}-01-01", f"{y2}-12-31", "year"
        a = f"bai-{i % articles:04d}"
        rows.append({"article_id": a, "event_id": f"{a}:{i}", "date_text": edtf, "char_start": i % 5000,
                     "char_end": i % 5000 + 8, "edtf": edtf, "start": start, "end": end, "precision": prec,
                     "approximate": False, "inferred": False, "title": f"Sự kiện số {i} ở {rng.choice(PLACES)}",
                     "sentence": f"Năm {y}, sự kiện số {i} diễn ra.", "places": rng.sample(PLACES, 2),
                     "organisations": rng.sample(ORGS, 1), "persons": rng.sample(PERSONS, 1) if rng.random() < 0.3 else [],
                     "sentence_start": 0, "inferred_parts": [], "entities": [], "notes": []})
    return to_table(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=15)
    args = ap.parse_args()
    t0 = time.perf_counter()
    df = synthetic(args.events, args.articles)
    app = create_app(corpus=Corpus(df, articles=sorted(df["article_id"].unique())))
    print(f"{len(df)} events in {args.articles} articles (built in {time.perf_counter() - t0:.1f} s)")
    client = app.server.test_client()
    dep = client.get("/_dash-dependencies").get_json()[0]

    def call(search: str, trigger: str = "url.search") -> tuple[float, dict]:
        inputs = []
        for spec in dep["inputs"]:
            value = search if spec["id"] == "url" else None
            if spec["id"].startswith("{"):
                inputs.append([])
                continue
            inputs.append({"id": spec["id"], "property": spec["property"], "value": value})
        body = {"output": dep["output"], "outputs": [{"id": o.split(".")[0], "property": o.split(".")[1]}
                                                    for o in dep["output"].strip(".").split("...")],
                "inputs": inputs, "changedPropIds": [trigger], "state": []}
        start = time.perf_counter()
        resp = client.post("/_dash-update-component", json=body)
        elapsed = time.perf_counter() - start
        assert resp.status_code == 200, resp.data[:300]
        return elapsed, resp.get_json()

    searches = ["", "?place=B%C3%ACnh+Gia", "?org=S%E1%BB%9F+Y+t%E1%BA%BF", "?q=lang+son", "?from=1945&to=1975",
                "?place=Cao+B%E1%BA%B1ng&org=C%C3%B4ng+an+t%E1%BB%89nh", "?lanes=place", "?lang=en&lanes=kind"]
    call("")  # warm
    times, payloads = [], []
    for r in range(args.repeats):
        for s in searches:
            elapsed, out = call(s + ("&" if "?" in s else "?") + f"r={r}" if s else s)
            times.append(elapsed)
            payloads.append(len(json.dumps(out["response"]["timeline"]["figure"])))
    med = statistics.median(times)
    print(f"filter change, server time: median {med * 1000:.0f} ms, p90 "
          f"{sorted(times)[int(len(times) * 0.9)] * 1000:.0f} ms over {len(times)} changes (target under 100 ms)")
    print(f"figure JSON payload: largest {max(payloads) / 1e6:.2f} MB, unfiltered "
          f"{payloads[0] / 1e6:.2f} MB (target under 2 MB)")
    try:
        from dashboard.app import EXPORT_GL_THRESHOLD
        from dashboard.export import EXPORTER, ExportError
        fig = timeline_figure(df, gl_threshold=EXPORT_GL_THRESHOLD)  # as the app's export does
        t0 = time.perf_counter()
        EXPORTER.to_image(fig, "png")
        first = time.perf_counter() - t0
        warm = []
        for _ in range(3):
            t0 = time.perf_counter()
            EXPORTER.to_image(fig, "png")
            warm.append(time.perf_counter() - t0)
        print(f"PNG export: first {first:.2f} s (starts Chromium), warm median {statistics.median(warm):.2f} s "
              f"(target under 1 s)")
        EXPORTER.stop()
    except ExportError as exc:
        print(f"PNG export not measured: {exc}")


if __name__ == "__main__":
    main()
