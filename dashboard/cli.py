"""The command line: `python -m dashboard [extract FILE... | evaluate GOLD ARTICLE]`.

Errors reach the user as one line on stderr naming the file and the problem, with a non-zero
exit; a bad file among many is reported and the others are still processed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import pandas as pd

from .errors import BienNienError, UsageError
from .lexicon import DATA_DIR
from .table import FORMATS, write

ARTICLES_DIR = DATA_DIR / "articles"


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m dashboard",
                                description="Biên niên: dated events from Vietnamese articles.")
    sub = p.add_subparsers(dest="command")
    ex = sub.add_parser("extract", help="extract the events of one or more articles")
    ex.add_argument("files", nargs="+", metavar="FILE")
    ex.add_argument("--format", choices=FORMATS, default=None,
                    help="output format (default: from -o's extension, else jsonl)")
    ex.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    ex.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                    help="the article's own date, for 'hôm qua', '16/10' and the like")
    ad = sub.add_parser("add", help="add articles (files or folders) to the corpus store")
    ad.add_argument("paths", nargs="+", metavar="PATH_OR_FOLDER")
    ad.add_argument("--recursive", "-r", action="store_true", help="look into sub-folders too")
    ad.add_argument("--db", metavar="URL", help="the store (default: var/bien-nien.sqlite, or $BIEN_NIEN_DB)")
    sv = sub.add_parser("serve", help="open the timeline app (the default with no command)")
    _serve_options(sv)
    tb = sub.add_parser("table", help="print the events of the bundled articles as a table")
    tb.add_argument("--data", metavar="DIR", help="a folder of articles (default: data/articles)")
    ev = sub.add_parser("evaluate", help="score extraction against a gold file, or against "
                                         "the corrections people made in the store (--store)")
    ev.add_argument("gold", nargs="?")
    ev.add_argument("article", nargs="?")
    ev.add_argument("--store", action="store_true", help="score against the corrections in the store")
    ev.add_argument("--db", metavar="URL", help="the store (default: var/bien-nien.sqlite)")
    ev.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD")
    ev.add_argument("--json", action="store_true")
    return p


def _serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--data", metavar="DIR", help="show a folder of articles instead of the corpus store")
    p.add_argument("--db", metavar="URL", help="the corpus store (default: var/bien-nien.sqlite, or $BIEN_NIEN_DB)")
    p.add_argument("--debug", action="store_true", help="Dash's debug mode (reloads on change)")


def _serve(args) -> int:
    from .app import create_app
    from .store import Store

    if getattr(args, "data", None):
        app = create_app(args.data)
    else:  # the corpus store; a new one takes in the bundled articles
        app = create_app(store=Store(getattr(args, "db", None)))
    url = f"http://{args.host}:{args.port}/"
    print(f"Biên niên: {url}  (Ctrl+C to stop)", flush=True)
    try:
        app.run(host=args.host, port=args.port, debug=args.debug)
    except OSError as exc:
        raise UsageError(f"cannot serve on {args.host}:{args.port} ({exc.strerror or exc}); "
                         "try another --port") from None
    return 0


def _extract(args) -> int:
    from .extract import extract_records
    from .table import to_table

    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lstrip(".").lower() if args.output else ""
        fmt = suffix if suffix in FORMATS else "jsonl"
    if fmt == "parquet" and not args.output:
        raise UsageError("parquet is binary: give a file with -o OUT.parquet")
    rows, failures, articles = [], 0, []
    for f in args.files:
        try:
            articles.append(_read_any(f))
        except BienNienError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failures += 1
    if len(articles) >= 8 and args.reference_date is None:
        from .batch import extract_texts  # many files: every core
        for article_rows in extract_texts((a.article_id, a.text, a.metadata.get("published")) for a in articles):
            rows.extend(article_rows)
    else:
        for article in articles:
            rows.extend(extract_records(article, reference_date=args.reference_date))
            if n := article.metadata.get("unplaced_dates"):
                print(f"note: {article.article_id}: {n} date{'s' if n > 1 else ''} without a year left out: the "
                      "article never says its year (give it with --reference-date YYYY-MM-DD)", file=sys.stderr)
    if failures == len(args.files):
        return 1
    df = to_table(rows)
    if args.output:
        out = Path(args.output)
        if out.is_dir():
            raise UsageError(f"{out}: is a folder; give a file name for -o")
        tmp = out.with_name(out.name + ".part")
        try:
            write(df, fmt, str(tmp))
            tmp.replace(out)  # a failed write never leaves half a file under the real name
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UsageError(f"{out}: cannot write ({exc.strerror})") from None
    else:
        write(df, fmt, sys.stdout)
    return 2 if failures else 0


def _read_any(path):
    """An article file: text as it is; a saved web page as its story, with the page's own date,
    a Word document or a PDF as its paragraphs (offsets then point into that text)."""
    from pathlib import Path

    from .ingest import HTML_SUFFIXES, PDF_SUFFIXES, WORD_SUFFIXES, from_path, looks_like_html
    from .reading import article_from_text, read_article

    p = Path(path)
    if p.suffix.lower() not in HTML_SUFFIXES + WORD_SUFFIXES + PDF_SUFFIXES:
        article = read_article(p)
        if not looks_like_html(article.text):
            return article
        # a web page saved under another name ('bai-viet.txt' holding '<html>…')
    incoming = from_path(p)
    article = article_from_text(incoming.text, p.stem, path=str(p))
    if incoming.published:
        article.metadata["published"] = incoming.published
    return article


def _add(args) -> int:
    """Add files to the store with a progress line and a summary: added, unchanged, refused."""
    from .ingest import collect, from_path
    from .store import Store

    store = Store(args.db)
    files, skipped = collect(args.paths, recursive=args.recursive)
    added = unchanged = 0
    refused, noted = list(skipped), []
    show = sys.stderr.isatty()
    for i, path in enumerate(files, 1):
        if show:
            print(f"\r[{i}/{len(files)}] {path.name[:50]:50s}", end="", file=sys.stderr, flush=True)
        try:
            result = store.add(from_path(path))
        except BienNienError as exc:
            refused.append(str(exc))
            continue
        if result.status in ("added", "dated"):
            added += 1
        else:
            unchanged += 1
        if result.unplaced:
            noted.append(f"{path.name}: {result.unplaced} date{'s' if result.unplaced > 1 else ''} without a year "
                         "left out: the article never says its year (correct its date in the app)")
    if show and files:
        print(file=sys.stderr)
    print(f"added {added}, unchanged {unchanged}, refused {len(refused)} (store: {store.url})")
    for note in noted:
        print(f"  note: {note}")
    for reason in refused:
        print(f"  refused: {reason}")
    return 0 if not refused else 2


def _evaluate(args) -> int:
    from .evaluation import evaluate_file, evaluate_store

    if args.store:
        from .store import Store
        result = evaluate_store(Store(args.db))
        if not result["articles"]:
            print("no corrections in the store yet: correct some events in the app first")
            return 0
    elif args.gold and args.article:
        result = evaluate_file(args.gold, args.article, args.reference_date)
    else:
        raise UsageError("give a gold file and its article, or --store")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        from .evaluation import format_result
        print(format_result(result))
    return 0


def _table(args) -> int:
    """The events of the bundled articles, as a readable table."""
    from .extract import extract_file

    folder = Path(args.data) if args.data else ARTICLES_DIR
    files = sorted(folder.glob("*.txt"))
    if not files:
        raise UsageError(f"no articles in {folder}")
    with pd.option_context("display.width", 200, "display.max_colwidth", 70, "display.max_rows", 500):
        for f in files:
            df = extract_file(f)
            print(f"# {f.name}: {len(df)} events")
            print(df[["date_text", "edtf", "title", "places", "organisations"]].to_string())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    _serve_options(parser)  # `python -m dashboard --port 8060` serves too
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "add":
            return _add(args)
        if args.command == "table":
            return _table(args)
        return _serve(args)
    except BienNienError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
