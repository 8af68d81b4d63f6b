"""The bundled articles and the cache that makes a restart instant."""
import shutil

from conftest import SEED

from dashboard.corpus import load_corpus


def test_cache_is_used_and_renewed(tmp_path):
    articles, cache = tmp_path / "articles", tmp_path / "cache"
    articles.mkdir()
    shutil.copy(SEED, articles / "seed.txt")
    first = load_corpus(articles, cache)
    assert (first.extracted, first.cached) == (1, 0)
    second = load_corpus(articles, cache)
    assert (second.extracted, second.cached) == (0, 1)
    assert list(second.events["edtf"]) == list(first.events["edtf"])
    (articles / "seed.txt").write_text("Năm 1954, hòa bình lập lại.", encoding="utf-8")
    third = load_corpus(articles, cache)
    assert third.extracted == 1 and list(third.events["edtf"]) == ["1954"]


def test_bad_files_are_reported_and_the_rest_loaded(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 10)
    corpus = load_corpus(tmp_path, tmp_path / ".cache")
    assert corpus.articles == ["seed"]
    assert len(corpus.errors) == 2 and any("empty" in e for e in corpus.errors)
    assert len(corpus.events) == 12


def test_missing_folder(tmp_path):
    corpus = load_corpus(tmp_path / "nope", tmp_path / "cache")
    assert corpus.events.empty and "no such folder" in corpus.errors[0]


def test_corrupt_cache_is_ignored(tmp_path):
    articles, cache = tmp_path / "a", tmp_path / "c"
    articles.mkdir()
    shutil.copy(SEED, articles / "seed.txt")
    load_corpus(articles, cache)
    for f in cache.iterdir():
        f.write_text("{not json", encoding="utf-8")
    again = load_corpus(articles, cache)
    assert again.extracted == 1 and len(again.events) == 12
