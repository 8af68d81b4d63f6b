"""The corpus store at the scale of a provincial archive: 1,000 articles (about 5 MB).

Measures the time to add them (extraction included, one transaction each) and to open the
app on the stored corpus afterwards: building the page's data and the first render through
Dash's endpoint (target under 2 s).  Prints figures; asserts nothing.

    .venv/bin/python benchmarks/corpus.py [--articles 1000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract import corpus  # noqa: E402

from dashboard.app import create_app  # noqa: E402
from dashboard.ingest import from_paste  # noqa: E402
from dashboard.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    texts = corpus(args.articles * 6.5 / 1000)[:args.articles]
    size = sum(len(t.encode()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite")
        t0 = time.perf_counter()
        added = sum(store.add(from_paste(f"Bài số {i}\n\n{text}", title=f"bai-{i:04d}")).status == "added"
                    for i, text in enumerate(texts))
        add_time = time.perf_counter() - t0
        print(f"added {added} of {len(texts)} articles ({size / 1e6:.2f} MB) in {add_time:.1f} s "
              f"({add_time / len(texts) * 1000:.0f} ms an article, extraction included)")
        t0 = time.perf_counter()
        app = create_app(store=Store(f"sqlite:///{tmp}/bench.sqlite"))
        built = time.perf_counter() - t0
        client = app.server.test_client()
        t1 = time.perf_counter()
        assert client.get("/").status_code == 200
        dep = client.get("/_dash-dependencies").get_json()[0]
        inputs = [[] if spec["id"].startswith("{") else
                  {"id": spec["id"], "property": spec["property"], "value": "" if spec["id"] == "url" else None}
                  for spec in dep["inputs"]]
        body = {"output": dep["output"], "inputs": inputs, "changedPropIds": ["url.search"], "state": [],
                "outputs": [{"id": o.split(".")[0], "property": o.split(".")[1]}
                            for o in dep["output"].strip(".").split("...")]}
        assert client.post("/_dash-update-component", json=body).status_code == 200
        render = time.perf_counter() - t1
        print(f"opening the app on the stored corpus: data {built:.2f} s + page and first render {render:.2f} s "
              f"= {built + render:.2f} s (target under 2 s)")


if __name__ == "__main__":
    main()
