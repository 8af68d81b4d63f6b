"""Extraction throughput and memory on a synthetic corpus of at least 5 MB, with
dateparser.search_dates(languages=["vi"]) measured on the same text in the same run.

    .venv/bin/python benchmarks/extract.py [--mb 5] [--baseline-articles 40] [--repeat 3]

Prints figures and ratios; asserts nothing (targets: >= 2 MB/s, >= 50x dateparser, memory
flat in the corpus size).  Each time is the best of --repeat runs, ours and dateparser's alike
(the slowest in brackets): this machine's speed varies by 15% from run to run.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.extract import extract_records, find_dates  # noqa: E402
from dashboard.reading import article_from_text  # noqa: E402

SEED = ROOT / "data" / "articles" / "lang-son-van-phong-tinh-uy-90-nam.txt"
PLACES = ["xã Hoa Thám, huyện Bình Gia", "tỉnh Cao Bằng", "thành phố Lạng Sơn", "huyện Tràng Định",
          "xã Thụy Hùng", "tỉnh Thái Nguyên", "huyện Bắc Sơn", "thị trấn Đồng Đăng"]
ORGS = ["Văn phòng Tỉnh ủy", "UBND tỉnh", "Hội Cựu chiến binh tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
        "Đảng bộ huyện", "Ban Tuyên giáo Tỉnh ủy", "Liên đoàn Lao động tỉnh"]
TEMPLATES = [
    "Ngày {d}/{m}/{y}, {org} tổ chức hội nghị tại {place}.",
    "Tháng {m}/{y}, {org} được thành lập tại {place}.",
    "Năm {y}, nhân dân {place} tham gia phong trào thi đua yêu nước.",
    "Từ năm {y} đến năm {y2}, {org} hoàn thành xuất sắc nhiệm vụ được giao.",
    "Sáng {d}/{m}, {org} đã tổ chức lễ kỷ niệm {n} năm ngày thành lập.",
    "Giai đoạn {y}-{y2}, tỉnh đạt nhiều thành tựu quan trọng trên các lĩnh vực kinh tế - xã hội.",
    "Cuối năm {y}, công trình tại {place} được khánh thành, phục vụ hơn 2.000 hộ dân.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết cho văn kiện của {org}.",
    "Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.",
]
# Sentences without dates, as most of a news story is: the corpus then has about the seed
# article's density of events (a dozen in 5 KB), not a date in every sentence.
UNDATED = [
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết cho văn kiện của {org}.",
    "Đồng chí Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.",
    "Phát biểu tại buổi lễ, lãnh đạo {org} nhấn mạnh yêu cầu đổi mới công tác tham mưu, "
    "nâng cao chất lượng phục vụ nhân dân và xây dựng hệ thống chính trị vững mạnh.",
    "Nhân dân {place} phấn khởi, tin tưởng vào sự lãnh đạo của Đảng và chính quyền các cấp.",
    "Thời gian tới, {org} tiếp tục bám sát chức năng, nhiệm vụ, chủ động phối hợp với các cơ quan liên quan "
    "để hoàn thành tốt mọi nhiệm vụ được giao.",
]


def corpus(megabytes: float, seed: int = 7):
    """Articles of about 6 KB each: the seed article and generated news paragraphs."""
    rng = random.Random(seed)
    base = SEED.read_text(encoding="utf-8")
    total, articles = 0, []
    while total < megabytes * 1e6:
        parts = [base] if rng.random() < 0.3 else []
        while sum(len(p.encode()) for p in parts) < 6000:
            y = rng.randint(1930, 2020)
            parts.append(" ".join(rng.choice(TEMPLATES if rng.random() < 0.35 else UNDATED).format(
                d=rng.randint(1, 28), m=rng.randint(1, 12), y=y, y2=y + rng.randint(1, 10), n=rng.randint(5, 90),
                org=rng.choice(ORGS), place=rng.choice(PLACES)) for _ in range(rng.randint(2, 5))))
        text = "\n\n".join(parts)
        articles.append(text)
        total += len(text.encode())
    return articles


def best_of(repeat: int, run) -> tuple[float, float, object]:
    """The shortest and longest time of `repeat` runs, and the last run's result: on a shared
    machine the shortest is the most repeatable figure (the others waited for the CPU), the
    longest shows how much the machine varied."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - t0)
    return min(times), max(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--baseline-articles", type=int, default=40)
    ap.add_argument("--memory-every", type=int, default=5, help="measure memory on every n-th article")
    ap.add_argument("--repeat", type=int, default=3, help="time each measure this many times; report the best")
    args = ap.parse_args()
    articles = corpus(args.mb)
    size = sum(len(a.encode()) for a in articles)
    mb = size / 1e6
    print(f"corpus: {len(articles)} articles, {mb:.2f} MB; each figure the best of {args.repeat} runs "
          "(the slowest run in brackets)")

    def extract(text, article_id):
        return extract_records(article_from_text(text, article_id))

    extract(articles[0], "warm-up")  # load lexicons and compile rules once, as a running tool does

    def one_core():
        # streamed: each article's rows are let go
        return sum(len(extract(text, f"a{i}")) for i, text in enumerate(articles))

    elapsed, slowest, events = best_of(args.repeat, one_core)
    ours = mb / elapsed
    # the date stage alone (layout, dates, the article's time, full values): what dateparser
    # does, so the like-for-like ratio; the whole extractor also finds names, titles and events
    dates_elapsed, dates_slowest, _ = best_of(args.repeat, lambda: [find_dates(article_from_text(text, f"d{i}"))
                                                                    for i, text in enumerate(articles)])
    dates_only = mb / dates_elapsed
    from dashboard.batch import default_workers, extract_texts
    workers = default_workers()
    parallel_elapsed, parallel_slowest, parallel_events = best_of(args.repeat, lambda: sum(
        len(rows) for rows in extract_texts(((f"a{i}", text) for i, text in enumerate(articles)), workers=workers)))
    parallel = mb / parallel_elapsed
    assert parallel_events == events
    # one long text (a book chapter, a saved forum thread): time must grow with its length, not
    # its square
    long_text = "\n\n".join(articles[:100])
    long_elapsed, _, _ = best_of(args.repeat, lambda: extract(long_text, "long"))
    long_rate = len(long_text.encode()) / 1e6 / long_elapsed
    # memory in a second pass: tracemalloc slows Python several times over
    tracemalloc.start()
    peaks = []
    for i, text in enumerate(articles[::args.memory_every]):
        tracemalloc.reset_peak()
        extract(text, f"m{i}")
        peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    tenth = max(1, len(peaks) // 10)
    print(f"biên niên, one core: {ours:.2f} MB/s [{mb / slowest:.2f}] ({elapsed:.1f} s, {events} events, "
          f"{events / (size / 5000):.1f} events per 5 KB; the seed article has 12)")
    print(f"biên niên, date stage alone, one core: {dates_only:.2f} MB/s [{mb / dates_slowest:.2f}]")
    print(f"biên niên, one text of {len(long_text.encode()) / 1e6:.2f} MB: {long_rate:.2f} MB/s "
          f"(ratio to the corpus's {long_rate / ours:.2f}: near 1 means linear in a text's length)")
    print(f"biên niên, {workers} worker processes (dashboard.batch): {parallel:.2f} MB/s [{mb / parallel_slowest:.2f}] "
          f"({parallel_elapsed:.1f} s, pool start-up included)")
    print(f"peak memory per article: first 10% of the corpus {max(peaks[:tenth]) / 1e6:.2f} MB, "
          f"whole corpus {max(peaks) / 1e6:.2f} MB (ratio {max(peaks) / max(peaks[:tenth]):.2f}: "
          f"flat means memory grows with one article, not the corpus)")

    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed: no baseline (pip install -r requirements-dev.txt)")
        return
    sample = articles[:args.baseline_articles]
    sample_size = sum(len(a.encode()) for a in sample)
    search_dates(sample[0][:200], languages=["vi"])  # warm its caches too
    base_elapsed, base_slowest, _ = best_of(args.repeat, lambda: [search_dates(text, languages=["vi"])
                                                                  for text in sample])
    theirs = sample_size / 1e6 / base_elapsed
    print(f"dateparser.search_dates(languages=['vi']): {theirs:.4f} MB/s [{sample_size / 1e6 / base_slowest:.4f}] "
          f"on {len(sample)} articles ({sample_size / 1e6:.2f} MB, {base_elapsed:.1f} s)")
    print(f"speed ratio, one core each: {ours / theirs:.1f}x dateparser; with {workers} workers: "
          f"{parallel / theirs:.1f}x (target 50x)")
    print(f"date stage alone against dateparser (both only find and normalise dates), one core each: "
          f"{dates_only / theirs:.1f}x")
    best = max(ours, parallel)
    print(f"throughput target 2 MB/s: {'met' if best >= 2 else 'not met'} ({best:.2f} MB/s)")


if __name__ == "__main__":
    main()
