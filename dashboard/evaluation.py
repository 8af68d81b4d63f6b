"""Scoring extracted events against gold events, by the rules the project is judged with.

Gold events carry `start`/`end` at the precision the text supports and may be `optional`,
`approximate`, lunar or relative ('since', 'until_now', 'after', 'before', 'until').  A
prediction pairs with a gold event when its span overlaps the gold's surface (or by value,
nearest first) and its value, cut to the gold's precision, equals the gold's.  Places and
organisations are scored on paired events, names compared without administrative words and
tone-mark style.  tests/test_evaluation.py checks this agrees with the shared scorer.
"""
from __future__ import annotations

import json
import re

from .textnorm import canonical

_ADMIN = ("thành phố", "tp.", "tỉnh", "huyện", "quận", "thị xã", "châu", "xã", "phường",
          "thị trấn", "bản", "thôn", "làng", "xóm", "ấp", "vùng", "khu", "liên tỉnh")
_SUBYEAR = {"33": ("01", "03"), "34": ("04", "06"), "35": ("07", "09"), "36": ("10", "12"),
            "40": ("01", "06"), "41": ("07", "12")}


def _name_key(name: str) -> str:
    s = canonical(str(name)).casefold()
    return re.sub(r"[\s\-–]+", " ", s).strip(" .,;:\"'“”")


def _name_forms(name: str) -> set[str]:
    s = _name_key(name)
    forms = {s}
    stripped = True
    while stripped:
        stripped = False
        for word in _ADMIN:
            if s.startswith(word + " "):
                s = s[len(word) + 1:]
                forms.add(s)
                stripped = True
                break
    return forms


def same_name(a: str, b: str) -> bool:
    if _name_forms(a) & _name_forms(b):
        return True
    a, b = _name_key(a), _name_key(b)
    return a.startswith(b + " ") or b.startswith(a + " ")


def _bounds(d: str) -> tuple[str, str]:
    d = d.strip()
    if d in ("", ".."):
        return "..", ".."
    m = re.fullmatch(r"(-?\d{4})-(\d\d)", d)
    if m and m.group(2) in _SUBYEAR:
        lo, hi = _SUBYEAR[m.group(2)]
        return f"{m.group(1)}-{lo}", f"{m.group(1)}-{hi}"
    if "X" in d.upper():
        return d.upper().replace("X", "0"), d.upper().replace("X", "9")
    return d, d


def edtf_range(value: str) -> tuple[str, str | None]:
    """EDTF → (first, last) as text at their own precision; last None for a point."""
    v = re.sub(r"[?~%]", "", str(value).strip())
    if "/" in v:
        a, b = v.split("/", 1)
        return _bounds(a)[0], _bounds(b)[1]
    lo, hi = _bounds(v)
    return lo, None if lo == hi else hi


def _year(d) -> int | None:
    m = re.match(r"-?\d+", d or "")
    return int(m.group(0)) if m else None


def _cut(d: str | None, like: str) -> str | None:
    if not d or d == ".." or len(d) < len(like):
        return None
    return d[:len(like)]


def value_matches(gold: dict, edtf: str, latest_year: int) -> bool:
    try:
        ps, pe = edtf_range(edtf)
    except (ValueError, AttributeError):
        return False
    gs, ge = gold["start"], gold.get("end")
    rel = gold.get("relation")
    if gold.get("approximate") or gold.get("calendar") == "lunar" or (
            gold.get("granularity") == "period" and gold.get("inferred") and not rel):
        return _year(ps) == _year(gs) or (ps == ".." and bool(pe) and _year(pe) == _year(ge or gs))
    if rel in ("since", "until_now"):
        return _cut(ps, gs) == gs
    if rel == "after":
        return _year(ps) in (_year(gs), _year(gs) + 1)
    if rel == "before":
        return ps == ".." and _year(pe) in (_year(gs), _year(gs) - 1)
    if rel == "until":
        return _cut(pe or ps, ge or gs) == (ge or gs)
    if _cut(ps, gs) != gs:
        return False
    if ge is None:
        return pe is None or _cut(pe, gs) == gs
    if ge == "open":
        return pe == ".." or (pe is not None and (_year(pe) or 0) >= latest_year)
    return pe not in (None, "..") and _cut(pe, ge) == ge


def _span(e: dict) -> tuple[int, int] | None:
    if e.get("char_start") is None:
        return None
    s = int(e["char_start"])
    end = e.get("char_end")
    return s, int(end) if end is not None else s + len(e.get("date_text") or "x")


def _prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(gold, predictions: list[dict], text: str | None = None, dont_care=()) -> dict:
    golds = gold["events"] if isinstance(gold, dict) else list(gold)

    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    preds = [p for p in predictions
             if not (_span(p) and any(overlaps(_span(p), (d["char_start"], d["char_end"])) for d in dont_care))]
    years = [_year(g["start"]) for g in golds]
    years += [_year(g["end"]) for g in golds if g.get("end") not in (None, "open")]
    years = [y for y in years if y is not None]
    latest = max(years) if years else 0
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi in sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional"))):
        g = golds[gi]
        gspan = _span(g)
        if gspan is None and text and g.get("surface") and g["surface"] in text:
            at = text.find(g["surface"])
            gspan = (at, at + len(g["surface"]))
        cands = [i for i, p in enumerate(preds) if i not in used and value_matches(g, p.get("edtf", ""), latest)]
        if "char_start" in g:
            cands = [i for i in cands if _span(preds[i]) and overlaps(_span(preds[i]), gspan)]
        elif gspan:
            cands.sort(key=lambda i: abs((_span(preds[i]) or (10**9,))[0] - gspan[0]))
        if cands:
            used.add(cands[0])
            pairs.append((gi, cands[0]))
    paired = {gi for gi, _ in pairs}
    found = {(golds[gi]["start"], golds[gi].get("end")) for gi in paired}
    required = [i for i, g in enumerate(golds) if not g.get("optional")
                and (i in paired or (g["start"], g.get("end")) not in found)]
    tp = sum(1 for gi, _ in pairs if not golds[gi].get("optional"))
    npred = len(preds) - (len(pairs) - tp)
    result = {"dates": {**_prf(tp, npred, len(required)), "tp": tp, "predicted": npred, "gold": len(required)}}
    result["missed"] = [f'{golds[i]["surface"]} = {golds[i]["start"]}'
                        f'{"/" + str(golds[i]["end"]) if golds[i].get("end") else ""}'
                        for i in required if i not in paired]
    result["extra"] = [f'{preds[i].get("date_text", "?")} = {preds[i].get("edtf")}'
                       for i in range(len(preds)) if i not in used]
    for fieldname in ("places", "organisations"):
        tp_e = npred_e = ngold_e = 0
        for gi, pi in pairs:
            g = golds[gi].get(fieldname) or []
            p = preds[pi].get(fieldname) or []
            if isinstance(p, str):
                p = [x for x in re.split(r";\s*", p) if x]
            ngold_e += len(g)
            npred_e += len(p)
            tp_e += sum(1 for x in g if any(same_name(x, y) for y in p))
        result[fieldname] = {**_prf(tp_e, npred_e, ngold_e), "gold": ngold_e, "predicted": npred_e}
    return result


def evaluate_file(gold_path, article_path, reference_date=None) -> dict:
    from .extract import extract_file
    from .reading import read_article
    from .table import _records

    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    article = read_article(article_path)
    df = extract_file(article_path, reference_date=reference_date)
    return score(gold, _records(df), article.text)


def format_result(result: dict) -> str:
    d = result["dates"]
    lines = [f"dates: P={d['precision']:.2f} R={d['recall']:.2f} F1={d['f1']:.2f} "
             f"({d['tp']}/{d['gold']} gold, {d['predicted']} predicted)"]
    for f in ("places", "organisations"):
        e = result[f]
        lines.append(f"{f}: P={e['precision']:.2f} R={e['recall']:.2f} F1={e['f1']:.2f}")
    if result["missed"]:
        lines.append("missed: " + "; ".join(result["missed"]))
    if result["extra"]:
        lines.append("extra: " + "; ".join(result["extra"]))
    return "\n".join(lines)


def gold_from_rows(rows: list[dict]) -> list[dict]:
    """Rows people have reviewed (machine rows with their corrections) as gold events."""
    gold = []
    for r in rows:
        start, end = edtf_range(r["edtf"])
        if start == "..":
            gold.append({"start": end, "relation": "before", "char_start": r["char_start"],
                         "char_end": r["char_end"], "surface": r["date_text"],
                         "places": r["places"], "organisations": r["organisations"]})
            continue
        gold.append({"start": start, "end": "open" if end == ".." else end, "char_start": r["char_start"],
                     "char_end": r["char_end"], "surface": r["date_text"],
                     "places": list(r["places"]), "organisations": list(r["organisations"])})
    return gold


def _shifted(rows: list[dict], offset: int) -> list[dict]:
    return [{**r, "char_start": r["char_start"] + offset, "char_end": r["char_end"] + offset} for r in rows]


def evaluate_store(store) -> dict:
    """The extractor against people's corrections: for every article someone corrected, its
    machine rows are scored against the rows as corrected (unreviewed rows count as right,
    so this measures how much people had to fix)."""
    from . import corrections as corr

    by_article: dict[str, list] = {}
    for c in store.corrections():
        by_article.setdefault(c.article_id, []).append(c)
    gold: list[dict] = []
    preds: list[dict] = []
    offset = 0
    for article_id, cs in by_article.items():
        machine = store.machine_rows(article_id)
        corrected = corr.apply(machine, cs)
        # articles side by side: shift offsets so spans of different articles never meet
        gold += gold_from_rows(_shifted(corrected, offset))
        preds += _shifted(machine, offset)
        offset += len(store.text(article_id)) + 1
    result = score(gold, preds)
    result["articles"] = len(by_article)
    result["corrections"] = sum(len(cs) for cs in by_article.values())
    return result
