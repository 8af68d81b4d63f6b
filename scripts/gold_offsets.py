"""Fill in the character offsets of a gold file's events from their surfaces.

    python scripts/gold_offsets.py tests/fixtures/articles/NAME.gold.json

Each event names its "surface" (the date expression as written); where the same words stand
more than once, "after" gives words that come before the wanted one. Offsets are written as
"char_start"/"char_end" into the article the gold file names (offsets into the text as read:
the pairing the scorer does is then exact). Existing offsets are checked, not moved.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def fill(gold_path: Path) -> list[str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["article"]).read_text(encoding="utf-8-sig")
    problems = []
    for ev in gold["events"]:
        surface = ev["surface"]
        if "char_start" in ev:
            if text[ev["char_start"]:ev["char_end"]] != surface:
                problems.append(f"{surface!r}: offsets {ev['char_start']}-{ev['char_end']} hold "
                                f"{text[ev['char_start']:ev['char_end']]!r}")
            continue
        anchor = ev.pop("after", None)
        begin = 0
        if anchor is not None:
            begin = text.find(anchor)
            if begin < 0:
                problems.append(f"{surface!r}: anchor {anchor!r} is not in the article")
                continue
            begin += len(anchor)
        at = text.find(surface, begin)
        if at < 0:
            problems.append(f"{surface!r} is not in the article")
            continue
        ev["char_start"], ev["char_end"] = at, at + len(surface)
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


if __name__ == "__main__":
    bad = [p for arg in sys.argv[1:] for p in fill(Path(arg))]
    print("\n".join(bad) or "all offsets in place")
    sys.exit(1 if bad else 0)
