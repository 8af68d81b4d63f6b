"""Extracting many articles at once, on every core.

Extraction is CPU-bound Python, so threads would not help: a process pool does.  Articles go
to the workers in small chunks and their rows come back in the order given; each worker holds
one article at a time, so memory grows with the workers, not with the corpus.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor


def _extract_one(item: tuple) -> list[dict]:
    """(article_id, text) or (article_id, text, published): rows of the article."""
    from .extract import extract_records
    from .reading import article_from_text

    article = article_from_text(item[1], item[0])
    if len(item) > 2 and item[2]:
        article.metadata["published"] = item[2]  # a saved page's own date, read from its markup
    return extract_records(article)


def _warm() -> None:
    _extract_one(("warm-up", "Năm 1945, Tỉnh ủy Lạng Sơn họp tại xã Hoa Thám."))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def extract_texts(items: Iterable[tuple], workers: int | None = None,
                  chunksize: int = 8) -> Iterator[list[dict]]:
    """Rows of each (article_id, text[, published date]), in order; `workers=1` runs in this
    process."""
    workers = workers or default_workers()
    if workers == 1:
        for item in items:
            yield _extract_one(item)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        yield from pool.map(_extract_one, items, chunksize=chunksize)
