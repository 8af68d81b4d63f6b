"""The events table: the contract between the extractor and everything else.

One row per dated event.  Columns, in order (README 'The events table' says the same):

article_id     the article's id (its file name without extension by default)
event_id       '<article_id>:<char_start>', stable while the article's text is unchanged
date_text      the date expression exactly as written: text[char_start:char_end]
char_start     offset of the expression in the article text as decoded (characters)
char_end       end offset (exclusive)
edtf           the normalised value in EDTF / ISO 8601-2: 1945-05, 1930-10-18/2020-10-18,
               1986/.., ../1945, 193X, 18XX, 2020-34 (2nd quarter), -0179 (179 BCE)
start, end     first and last day covered, as text '±YYYY-MM-DD' (historical year numbers,
               -0179 = 179 BCE); null for an open end ('1986/..' has end = the article's
               date when known).  Text, because pandas timestamps stop at 1677.
precision      day, month, season, quarter, half, year, decade or century
approximate    the text hedges ('khoảng', 'đầu năm') or the value is conventional
inferred       some part came from context (the article's year, a neighbouring date)
title          the clause that says what happened
sentence       the sentence the expression stands in (as written)
places, organisations, persons
               lists of canonical names ('xã Thụy Hùng' → 'Thụy Hùng'; 'HĐND tỉnh' →
               'Hội đồng nhân dân tỉnh Lạng Sơn')
Extra columns after the contract: sentence_start (offset of `sentence`), inferred_parts
(which parts were inferred), entities (list of dicts: type, name, text, offsets, kind, role,
now = a place's present-day name), notes (warnings such as a weekday that disagrees), origin
('machine', or 'corrected' when a person edited or added the event).
"""
from __future__ import annotations

import json

import pandas as pd

COLUMNS = ["article_id", "event_id", "date_text", "char_start", "char_end", "edtf", "start", "end",
           "precision", "approximate", "inferred", "title", "sentence", "places", "organisations",
           "persons"]
EXTRA_COLUMNS = ["sentence_start", "inferred_parts", "entities", "notes", "origin"]
DEFAULTS = {"origin": "machine", "inferred_parts": [], "entities": [], "notes": []}
LIST_COLUMNS = ["places", "organisations", "persons", "inferred_parts", "entities", "notes"]
FORMATS = ("csv", "jsonl", "json", "parquet")


def empty_table() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in COLUMNS + EXTRA_COLUMNS})


def to_table(rows: list[dict]) -> pd.DataFrame:
    if not rows:
        return empty_table()
    columns = COLUMNS + EXTRA_COLUMNS
    data = {c: [r.get(c, DEFAULTS.get(c)) for r in rows] for c in columns}
    dtypes = {"char_start": "int64", "char_end": "int64", "sentence_start": "int64",
              "approximate": "bool", "inferred": "bool"}
    return pd.DataFrame({c: pd.Series(data[c], dtype=dtypes.get(c, "object")) for c in columns})


def _records(df: pd.DataFrame) -> list[dict]:
    out = []
    for row in df.to_dict(orient="records"):
        clean = {}
        for k, v in row.items():
            if isinstance(v, float) and v != v:
                v = None
            elif hasattr(v, "item") and not isinstance(v, (list, dict, str)):
                v = v.item()
            clean[k] = v
        out.append(clean)
    return out


def write(df: pd.DataFrame, fmt: str, stream_or_path) -> None:
    """Write the table as csv, jsonl, json or parquet.  Lists become JSON arrays in CSV."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        flat = df.copy()
        for c in ("entities",):
            flat[c] = flat[c].map(lambda v: json.dumps(v, ensure_ascii=False))
        flat.to_parquet(stream_or_path, index=False)
        return
    if fmt == "csv":
        flat = df.copy()
        for c in LIST_COLUMNS:
            flat[c] = flat[c].map(lambda v: json.dumps(v, ensure_ascii=False))
        text = flat.to_csv(index=False)
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(df))
    else:
        text = json.dumps(_records(df), ensure_ascii=False, indent=1) + "\n"
    if hasattr(stream_or_path, "write"):
        stream_or_path.write(text)
    else:
        with open(stream_or_path, "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                  newline="") as f:
            f.write(text)
