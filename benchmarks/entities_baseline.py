"""Places and organisations: Biên niên's rules against underthesea's offline CRF NER.

Both get the same events (our dates, sentences and clause scopes); only the names differ:
ours come from the rules and lexicons in data/lexicons/, the baseline's from underthesea.ner
tags (LOC → places, ORG → organisations) inside each event's sentence.  Scored on the gold
files in tests/fixtures with the project's evaluation.

    .venv/bin/pip install underthesea   # not a project dependency; the baseline only
    .venv/bin/python benchmarks/entities_baseline.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.evaluation import score  # noqa: E402
from dashboard.extract import extract_records  # noqa: E402
from dashboard.reading import read_article  # noqa: E402

PAIRS = [(ROOT / "tests/fixtures/lang-son-van-phong-tinh-uy-90-nam.gold.json",
          ROOT / "data/articles/lang-son-van-phong-tinh-uy-90-nam.txt")]


def ner_names(sentence: str) -> dict[str, list[str]]:
    from underthesea import ner
    out = {"places": [], "organisations": []}
    current, label = [], None
    for word, _pos, _chunk, tag in ner(sentence) + [("", "", "", "O")]:
        kind = tag[2:] if tag != "O" else None
        if tag.startswith("B-") or kind != label:
            if current and label in ("LOC", "ORG"):
                out["places" if label == "LOC" else "organisations"].append(" ".join(current))
            current, label = ([word], kind) if kind else ([], None)
        elif kind:
            current.append(word)
    return out


def main() -> None:
    try:
        import underthesea  # noqa: F401
    except ImportError:
        print("underthesea is not installed: pip install underthesea")
        return
    for gold_path, article_path in PAIRS:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = read_article(article_path)
        ours = extract_records(article)
        baseline = [{**r, **ner_names(r["sentence"])} for r in ours]
        for name, preds in (("biên niên rules", ours), ("underthesea ner", baseline)):
            result = score(gold, preds, article.text)
            print(f"{article_path.name} · {name}: places F1 {result['places']['f1']:.2f} "
                  f"(P {result['places']['precision']:.2f} R {result['places']['recall']:.2f}), "
                  f"organisations F1 {result['organisations']['f1']:.2f} "
                  f"(P {result['organisations']['precision']:.2f} R {result['organisations']['recall']:.2f})")


if __name__ == "__main__":
    main()
