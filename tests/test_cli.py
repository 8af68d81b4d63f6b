"""The command line: formats, output files, errors a person understands."""
import json
import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT, SEED

from dashboard.cli import main
from dashboard.table import COLUMNS


def run(*args):
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_jsonl_has_the_contract_columns():
    out = run("extract", str(SEED), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) >= 10
    for r in rows:
        assert list(r)[:len(COLUMNS)] == COLUMNS
        assert r["article_id"] == "lang-son-van-phong-tinh-uy-90-nam"
        assert isinstance(r["places"], list)


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "jsonl"])
def test_output_files(tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert main(["extract", str(SEED), "-o", str(out)]) == 0
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel shows Vietnamese
        df = pd.read_csv(out, encoding="utf-8-sig")
    elif fmt == "json":
        df = pd.DataFrame(json.loads(out.read_text(encoding="utf-8")))
    elif fmt == "parquet":
        df = pd.read_parquet(out)
    else:
        df = pd.read_json(out, lines=True)
    assert "1930-10-18" in set(df["edtf"])
    assert list(df.columns)[:len(COLUMNS)] == COLUMNS


def test_reference_date_option(tmp_path):
    article = tmp_path / "tin.txt"
    article.write_text("Sáng qua, tỉnh tổ chức hội nghị.", encoding="utf-8")
    out = run("extract", str(article), "--reference-date", "2021-03-05")
    assert json.loads(out.stdout)["edtf"] == "2021-03-04"
    bad = run("extract", str(article), "--reference-date", "5/3/2021")
    assert bad.returncode != 0
    assert "YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_bad_file_among_many(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run("extract", str(empty), str(SEED), str(tmp_path / "missing.txt"))
    assert out.returncode == 2
    assert "empty.txt: the file is empty" in out.stderr
    assert "missing.txt: no such file" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stdout.splitlines()) >= 10


def test_all_bad_files_fail(tmp_path):
    out = run("extract", str(tmp_path / "missing.txt"))
    assert out.returncode == 1
    assert out.stdout == ""


def test_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "no-such-dir" / "events.csv"
    out = run("extract", str(SEED), "-o", str(target))
    assert out.returncode == 1
    assert "cannot write" in out.stderr
    assert not target.exists()


def test_parquet_needs_a_file():
    out = run("extract", str(SEED), "--format", "parquet")
    assert out.returncode == 1
    assert "-o" in out.stderr


def test_table_prints_the_bundled_article():
    out = run("table")
    assert out.returncode == 0, out.stderr
    assert "lang-son-van-phong-tinh-uy-90-nam.txt" in out.stdout
    assert "1930-10-18" in out.stdout


def test_evaluate_command():
    gold = ROOT / "tests" / "fixtures" / "lang-son-van-phong-tinh-uy-90-nam.gold.json"
    out = run("evaluate", str(gold), str(SEED), "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["dates"]["f1"] >= 0.95


def test_an_article_that_never_says_its_year_is_noted(tmp_path, capsys):
    path = tmp_path / "tin-ngan.txt"
    path.write_text("Sáng 15/3, UBND huyện tổ chức hội nghị. Chiều cùng ngày, đoàn kiểm tra tại xã Tân Mỹ.", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "tin-ngan: 2 dates without a year left out" in captured.err and "--reference-date" in captured.err
    assert main(["extract", str(path), "--reference-date", "2025-03-16"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(x)["edtf"] for x in captured.out.splitlines()] == ["2025-03-15", "2025-03-15"]
    assert captured.err == ""


@pytest.mark.parametrize("copies", [1, 8], ids=["one", "many (worker processes)"])
def test_a_saved_web_page_is_read_as_its_story_with_its_own_date(tmp_path, capsys, copies):
    page = ROOT / "tests" / "fixtures" / "pages" / "van-phong-tinh-uy.html"
    html = page.read_bytes()
    files = []
    for i in range(copies):
        f = tmp_path / f"trang-{i}.html"
        f.write_bytes(html)
        files.append(str(f))
    assert main(["extract", *files]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    first = [r for r in rows if r["article_id"] == "trang-0"]
    # 'Chiều nay (16/10)' read against the page's published time (2020-10-16), no markup as events
    assert first[0]["date_text"] == "Chiều nay (16/10)" and first[0]["edtf"] == "2020-10-16"
    assert len(first) >= 5 and all("<" not in r["sentence"] for r in first)
    assert len(rows) == len(first) * copies


def test_a_web_page_saved_as_text_is_read_as_its_story(tmp_path, capsys):
    page = ROOT / "tests" / "fixtures" / "pages" / "van-phong-tinh-uy.html"
    saved = tmp_path / "bai-viet.txt"
    saved.write_bytes(page.read_bytes())
    assert main(["extract", str(saved)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0]["edtf"] == "2020-10-16" and all("<" not in r["sentence"] for r in rows)
