"""The corpus store: adding articles (files, folders, web pages, pasted text), deduplication,
bad input, corrections that survive re-extraction, undo, and writers at the same time."""
import json
import multiprocessing
import os
import re
import subprocess
import sys

import pytest
from conftest import ROOT, SEED

from dashboard import corpus as corpus_module
from dashboard.corrections import Correction, CorrectionError, anchor_of
from dashboard.errors import ArticleError
from dashboard.ingest import from_bytes, from_paste, from_path, safe_name
from dashboard.store import Store, content_id

PAGE = ROOT / "tests" / "fixtures" / "pages" / "van-phong-tinh-uy.html"


PG_URL = os.environ.get("BIEN_NIEN_TEST_PG")  # scripts/test.sh starts PostgreSQL and sets it


def _fresh(url: str) -> str:
    """An empty database at url (PostgreSQL's test database is emptied for each test)."""
    if url.startswith("postgresql"):
        import sqlalchemy as sa

        from dashboard.store import META
        engine = sa.create_engine(url)
        META.drop_all(engine)
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    if not PG_URL:
        pytest.skip("BIEN_NIEN_TEST_PG is not set: scripts/test.sh starts PostgreSQL and sets it")
    return _fresh(PG_URL)


@pytest.fixture
def store(db_url):
    return Store(db_url)


def test_add_dedupes_by_content(store, tmp_path):
    first = store.add(from_path(SEED))
    assert first.status == "added" and first.events == 12
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8").replace("\n", "\r\n"), encoding="utf-8")
    again = store.add(from_path(copy))
    assert again.status == "unchanged" and again.article_id == first.article_id
    assert len(store.articles()) == 1
    assert len(store.events()) == 12


def test_web_page_keeps_the_story_only(store):
    incoming = from_path(PAGE)
    assert incoming.title.startswith("Văn phòng Tỉnh ủy")
    assert incoming.published.isoformat() == "2020-10-16"
    assert "alert(" not in incoming.text and "Trang chủ" not in incoming.text and "quảng cáo" not in incoming.text
    store.add(incoming)
    events = store.events()
    assert "2020-10-16" in set(events["edtf"])  # 'Chiều nay (16/10)' against the page's own date
    assert "1945-05" in set(events["edtf"])


def test_pasted_text(store):
    result = store.add(from_paste("Năm 1947, Tỉnh ủy thành lập Văn phòng Tỉnh ủy.", source_url="https://example.org/a"))
    assert result.status == "added"
    assert store.articles().iloc[0]["origin"] == "paste"


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "empty"),
    ("image.txt", bytes(range(256)) * 40, "binary"),
    ("big.txt", b"a" * (20 * 1024 * 1024 + 1), "larger than"),
    ("page.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
    ("latin1.txt", "Le café de la gare, été 1954.".encode("latin-1"), "not Vietnamese text"),
    ("bao-cao.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
    ("cu.doc", b"\xd0\xcf\x11\xe0" + bytes(100), "only text"),
    ("hong.pdf", b"%PDF-1.4 this is no pdf at all", "not a PDF that can be read"),
    ("scan.pdf", (ROOT / "tests" / "fixtures" / "pages" / "anh-scan-khong-chu.pdf").read_bytes(), "no text"),
])
def test_bad_input_is_refused_and_nothing_changes(store, name, data, message):
    store.add(from_path(SEED))
    before = (len(store.articles()), len(store.events()))
    with pytest.raises(ArticleError, match=re.compile(message, re.IGNORECASE)):
        store.add(from_bytes(data, name))
    assert (len(store.articles()), len(store.events())) == before


@pytest.mark.parametrize("raw,safe", [("../../etc/passwd", "passwd"), ("C:\\\\Users\\\\a\\\\bài.txt", "bài.txt"),
                                      ("a\x00b\x1b.txt", "ab.txt"), ("", "bai-viet"), ("..", "bai-viet")])
def test_names_with_path_tricks(raw, safe):
    assert safe_name(raw) == safe


def test_crash_mid_import_leaves_the_store_as_it_was(store):
    store.add(from_path(SEED))

    def boom(*_):
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        store.add(from_paste("Năm 1954, hòa bình lập lại."), extract=boom)
    assert len(store.articles()) == 1


def test_corrections_survive_reextraction_and_undo(store, monkeypatch):
    article_id = store.add(from_path(SEED)).article_id
    rows = store.machine_rows(article_id)
    may = next(r for r in rows if r["edtf"] == "1945-05")
    widget = next(r for r in rows if r["edtf"] == "2020")
    store.correct(Correction(article_id, "edit", anchor_of(may), {"edtf": "1945-05-19", "title": "Chỉ định Tỉnh ủy lâm thời"}))
    store.correct(Correction(article_id, "delete", anchor_of(widget)))
    text = store.text(article_id)
    at = text.index("năm 1945, bộ máy")
    store.correct(Correction(article_id, "add", {"char_start": at, "char_end": at + 8, "date_text": "năm 1945"},
                             {"edtf": "1945-08", "title": "Thêm bằng tay"}))
    # a newer extractor: the stored extraction no longer counts, corrections still apply
    corpus_module.extractor_fingerprint.cache_clear()
    monkeypatch.setattr(corpus_module, "extractor_fingerprint", lambda: "newer-extractor")
    monkeypatch.setattr("dashboard.store.extractor_fingerprint", lambda: "newer-extractor")
    assert store.stale() == [article_id]
    events = store.events()
    assert store.stale() == []
    edited = events[events["date_text"] == "tháng 5/1945"].iloc[0]
    assert edited["edtf"] == "1945-05-19" and edited["origin"] == "corrected"
    assert "2020" not in set(events["edtf"])
    assert (events["origin"] == "corrected").sum() == 2
    assert store.undo(article_id) is not None  # the added event goes
    assert store.undo(article_id) is not None  # the deleted one comes back
    events = store.events()
    assert "2020" in set(events["edtf"]) and (events["origin"] == "corrected").sum() == 1


@pytest.mark.parametrize("fields,message", [({"edtf": "tháng năm"}, "not a date"), ({"places": "Bình Gia"}, "list"),
                                            ({"colour": "red"}, "cannot be corrected")])
def test_bad_corrections_are_refused(store, fields, message):
    article_id = store.add(from_path(SEED)).article_id
    with pytest.raises(CorrectionError, match=message):
        store.correct(Correction(article_id, "edit", {"char_start": 0, "char_end": 5, "date_text": "x"}, fields))
    assert store.corrections() == []


def _writer(url, i):
    from dashboard.corrections import Correction
    from dashboard.ingest import from_paste
    from dashboard.store import Store
    s = Store(url)
    for k in range(5):
        result = s.add(from_paste(f"Năm {1900 + i * 10 + k}, người viết {i} ghi sự kiện số {k}."))
        s.correct(Correction(result.article_id, "edit", {"char_start": 0, "char_end": 8, "date_text": "x"},
                             {"title": f"sửa {i}-{k}"}))
    s.add(from_paste("Văn bản chung của mọi người viết, năm 1999."))


def test_writers_at_the_same_time_lose_nothing(db_url):
    url = db_url
    Store(url)
    procs = [multiprocessing.get_context("spawn").Process(target=_writer, args=(url, i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    s = Store(url)
    assert len(s.articles()) == 4 * 5 + 1
    assert len(s.corrections()) == 4 * 5


def test_add_command(tmp_path):
    folder = tmp_path / "bai"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Năm 1933, chi bộ đầu tiên ra đời.", encoding="utf-8")
    (folder / "sub" / "b.html").write_bytes(PAGE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "a-copy.txt").write_text("Năm 1933, chi bộ đầu tiên ra đời.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    out = subprocess.run([sys.executable, "-m", "dashboard", "add", str(folder), "--recursive", "--db", db],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2, out.stderr
    assert "added 2, unchanged 1, refused 1" in out.stdout
    assert "empty.txt: the file is empty" in out.stdout
    assert "Traceback" not in out.stderr


def test_content_id_ignores_line_ends_and_normal_form():
    import unicodedata
    text = "Tỉnh ủy Lạng Sơn\nnăm 1947"
    assert content_id(text) == content_id(text.replace("\n", "\r\n")) == content_id(unicodedata.normalize("NFD", text))
    assert json.dumps(content_id(text))


def test_app_on_a_new_store_shows_the_bundled_article(tmp_path):
    from dashboard.app import create_app
    from dashboard.corpus import load_store_corpus
    store = Store(f"sqlite:///{tmp_path / 'app.sqlite'}")
    corpus = load_store_corpus(store)
    assert corpus.articles == ["lang-son-van-phong-tinh-uy-90-nam"]
    assert set(corpus.events["article_id"]) == {"lang-son-van-phong-tinh-uy-90-nam"}
    again = load_store_corpus(store)  # no second import
    assert len(again.events) == 12 and len(store.articles()) == 1
    app = create_app(corpus=again)
    client = app.server.test_client()
    assert client.get("/").status_code == 200


def test_a_newer_extractor_rereads_in_the_background(store, monkeypatch):
    from dashboard.app import Data
    from dashboard.corpus import load_store_corpus
    store.add(from_path(SEED))
    monkeypatch.setattr("dashboard.store.extractor_fingerprint", lambda: "newer-extractor")
    calls = []
    from dashboard.store import _extract as real_extract

    def slow_extract(article_id, text, published):
        calls.append(article_id)
        return real_extract(article_id, text, published)

    monkeypatch.setattr("dashboard.store._extract", slow_extract)
    data = Data(load_store_corpus(store, allow_stale=True), store)
    assert len(data.events) == 12 and calls == []  # the page shows the previous reading at once
    thread = data.refresh_in_background()
    thread.join(60)
    assert calls and store.stale() == [] and len(data.events) == 12


def test_corrections_are_gold(store, db_url):
    from dashboard.evaluation import evaluate_store
    article_id = store.add(from_path(SEED)).article_id
    rows = store.machine_rows(article_id)
    assert evaluate_store(store)["articles"] == 0
    may = next(r for r in rows if r["edtf"] == "1945-05")
    store.correct(Correction(article_id, "edit", anchor_of(may), {"edtf": "1945-05-19"}))
    result = evaluate_store(store)
    assert result["articles"] == 1 and result["corrections"] == 1
    assert result["dates"]["tp"] == len(rows) - 1  # the one corrected is the one missed
    assert result["missed"] == ["tháng 5/1945 = 1945-05-19"]
    out = subprocess.run([sys.executable, "-m", "dashboard", "evaluate", "--store", "--db", db_url], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "dates: P=" in out.stdout, out.stderr


def test_bundled_articles_are_kept_in_step(store, tmp_path):
    from dashboard.corpus import load_store_corpus
    folder = tmp_path / "bundled"
    folder.mkdir()
    (folder / "bai.txt").write_text("Năm 1933, chi bộ đầu tiên ra đời.", encoding="utf-8")
    assert list(load_store_corpus(store, folder).events["edtf"]) == ["1933"]
    assert list(load_store_corpus(store, folder).events["edtf"]) == ["1933"]  # unchanged: nothing new
    (folder / "bai.txt").write_text("Năm 1934, chi bộ đầu tiên ra đời.", encoding="utf-8")
    corpus = load_store_corpus(store, folder)
    assert list(corpus.events["edtf"]) == ["1934"] and len(store.articles()) == 1
    # a corrected version stays beside the new one, and the page says so
    article_id = store.articles().iloc[0]["id"]
    store.correct(Correction(article_id, "edit", {"char_start": 0, "char_end": 8, "date_text": "Năm 1934"},
                             {"title": "Chi bộ"}))
    (folder / "bai.txt").write_text("Năm 1935, chi bộ đầu tiên ra đời.", encoding="utf-8")
    corpus = load_store_corpus(store, folder)
    assert sorted(corpus.events["edtf"]) == ["1934", "1935"]
    assert any("earlier version has corrections" in e for e in corpus.errors)


def test_an_article_that_never_says_its_year_is_noted_and_can_be_dated(store):
    text = "Sáng 15/3, UBND huyện Văn Lãng tổ chức hội nghị. Chiều cùng ngày, đoàn kiểm tra tại xã Tân Mỹ."
    first = store.add(from_bytes(text.encode("utf-8"), "tin-ngan.txt"))
    assert (first.status, first.events, first.unplaced) == ("added", 0, 2)
    import datetime as dt
    dated = store.add(from_bytes(text.encode("utf-8"), "tin-ngan.txt", published=dt.date(2025, 3, 16)))
    assert (dated.status, dated.events, dated.article_id) == ("dated", 2, first.article_id)
    assert sorted(store.events()["edtf"]) == ["2025-03-15", "2025-03-15"]
    again = store.add(from_bytes(text.encode("utf-8"), "tin-ngan.txt", published=dt.date(2025, 3, 16)))
    assert again.status == "unchanged"


def _docx(paragraphs, table_rows=()) -> bytes:
    import io

    import docx
    document = docx.Document()
    document.core_properties.title = paragraphs[0]
    for p in paragraphs:
        document.add_paragraph(p)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_document_is_read_as_its_paragraphs_and_tables(store, tmp_path):
    data = _docx(["Lịch sử Đảng bộ xã Hoa Thám", "Năm 1940, nhân dân xã Hoa Thám tham gia khởi nghĩa Bắc Sơn."],
                 [("Năm 1945", "Chính quyền cách mạng xã được thành lập."), ("Năm 1954", "Hòa bình lập lại.")])
    incoming = from_bytes(data, "lich-su.docx")
    assert incoming.title == "Lịch sử Đảng bộ xã Hoa Thám"
    assert "Năm 1945 Chính quyền cách mạng xã được thành lập." in incoming.text
    result = store.add(incoming)
    assert result.status == "added"
    assert sorted(store.events()["edtf"]) == ["1940", "1945", "1954"]
    # the command line reads it too
    path = tmp_path / "lich-su.docx"
    path.write_bytes(data)
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(path)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [json.loads(x)["edtf"] for x in out.stdout.splitlines()] == ["1940", "1945", "1954"]


def test_a_pdf_is_read_as_its_paragraphs_with_lines_joined_again(store, tmp_path):
    pdf = ROOT / "tests" / "fixtures" / "pages" / "lich-su-hoa-tham.pdf"  # printed by Chromium from HTML
    incoming = from_path(pdf)
    # the page broke lines inside sentences and inside 'Cao-Bắc-Lạng'; the text has them whole
    assert "liên Tỉnh ủy Cao-Bắc-Lạng chỉ định Tỉnh ủy lâm thời tỉnh Lạng Sơn." in incoming.text
    assert "\n\nNgày 17/10/1949, thị xã Lạng Sơn được giải phóng." in incoming.text
    store.add(incoming)
    events = store.events()
    # and the time before Cách mạng Tháng Tám, 'trước Cách mạng Tháng Tám'
    assert sorted(events["edtf"]) == ["../1945-08", "1940", "1945-05", "1949-10-17"]
    may = events[events["edtf"] == "1945-05"].iloc[0]
    assert list(may["places"]) == ["Bản Khu", "Hoa Thám", "Lạng Sơn"]
    out = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(pdf)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert [json.loads(x)["edtf"] for x in out.stdout.splitlines()] == ["1940", "../1945-08", "1945-05", "1949-10-17"]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_damaged_word_and_pdf_files_are_refused_by_name_never_a_traceback(kind):
    import random
    base = (ROOT / "tests" / "fixtures" / "pages" / "lich-su-hoa-tham.pdf").read_bytes() if kind == "pdf" else \
        _docx(["Năm 1945, tỉnh giành chính quyền."])
    rng = random.Random(7)
    for _ in range(60):
        data = bytearray(base)
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        if rng.random() < 0.3:
            data = data[:rng.randrange(1, len(data))]
        try:
            from_bytes(bytes(data), f"hong.{kind}")
        except ArticleError as exc:
            assert str(exc).startswith(f"hong.{kind}: ")
