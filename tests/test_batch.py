"""Extraction on every core gives what one core gives, in the same order."""
from conftest import SEED

from dashboard.batch import extract_texts


def test_parallel_equals_serial():
    seed = SEED.read_text(encoding="utf-8")
    items = [(f"a{i}", seed if i % 2 else f"Năm {1930 + i}, xã Hoa Thám lập chi bộ.") for i in range(12)]
    serial = list(extract_texts(items, workers=1))
    parallel = list(extract_texts(items, workers=2, chunksize=3))
    assert parallel == serial
    assert [rows[0]["article_id"] for rows in parallel] == [f"a{i}" for i in range(12)]


def test_cli_many_files(tmp_path):
    import json
    import subprocess
    import sys

    from conftest import ROOT
    for i in range(9):
        (tmp_path / f"bai-{i}.txt").write_text(f"Năm {1940 + i}, tỉnh tổ chức hội nghị.", encoding="utf-8")
    files = sorted(str(p) for p in tmp_path.glob("*.txt"))
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", *files], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["edtf"] for line in out.stdout.splitlines()] == [str(1940 + i) for i in range(9)]
