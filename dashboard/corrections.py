"""Corrections people make to events, kept apart from what the extractor made.

A correction names the event it changes by an anchor into the article's text — the offsets
and the words of the date expression — not by a row number, so it still finds its event after
a newer extractor re-reads the article (the text, and so its offsets, are the same: articles
are stored by content).  `apply` is a pure function: machine rows + corrections → the rows
people see, each marked machine-made or corrected.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .errors import BienNienError
from .resolve import parse_edtf
from .table import COLUMNS

EDITABLE = ("edtf", "title", "places", "organisations", "persons")
ACTIONS = ("edit", "delete", "add")


class CorrectionError(BienNienError):
    """A correction that cannot be applied as given (a bad date, a missing field)."""


@dataclass
class Correction:
    article_id: str
    action: str  # edit, delete, add
    anchor: dict  # char_start, char_end, date_text
    fields: dict = field(default_factory=dict)
    id: int | None = None
    created_at: str | None = None


def anchor_of(row: dict) -> dict:
    return {"char_start": int(row["char_start"]), "char_end": int(row["char_end"]), "date_text": row["date_text"]}


def _overlap(row: dict, anchor: dict) -> int:
    return min(int(row["char_end"]), anchor["char_end"]) - max(int(row["char_start"]), anchor["char_start"])


def find_row(rows: list[dict], anchor: dict) -> int | None:
    """The row an anchor points at: the one whose expression overlaps it most."""
    best, best_overlap = None, 0
    for i, row in enumerate(rows):
        ov = _overlap(row, anchor)
        if ov > best_overlap or (ov == best_overlap and ov > 0 and row["date_text"] == anchor["date_text"]):
            best, best_overlap = i, ov
    return best


def date_fields(edtf: str) -> dict:
    """What an EDTF value sets in a row: edtf, start, end, precision."""
    value = parse_edtf(str(edtf).strip())
    if value is None:
        raise CorrectionError(f"{edtf!r} is not a date this tool reads: write it as 1945, 1945-05, "
                              "1945-05-19, or 1945/1954")
    return {"edtf": value.edtf(), "start": value.first_day(), "end": value.last_day(),
            "precision": value.precision(), "approximate": value.approximate}


def validate(c: Correction) -> Correction:
    if c.action not in ACTIONS:
        raise CorrectionError(f"unknown correction {c.action!r}; use edit, delete or add")
    unknown = set(c.fields) - set(EDITABLE) - {"date_text", "char_start", "char_end", "sentence", "sentence_start"}
    if unknown:
        raise CorrectionError(f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
    if "edtf" in c.fields:
        date_fields(c.fields["edtf"])
    for key in ("places", "organisations", "persons"):
        if key in c.fields and not (isinstance(c.fields[key], list) and all(isinstance(x, str) for x in c.fields[key])):
            raise CorrectionError(f"{key} must be a list of names")
    if c.action == "add" and "edtf" not in c.fields:
        raise CorrectionError("a new event needs a date (edtf)")
    return c


def apply(rows: list[dict], corrections: list[Correction], article_text: str | None = None) -> list[dict]:
    """Machine rows with the corrections applied, oldest first; each row gets `origin`
    ('machine' or 'corrected').  A correction whose event is gone is skipped."""
    out = [dict(r, origin=r.get("origin", "machine")) for r in rows]
    for c in corrections:
        if c.action == "add":
            out.append(_new_row(c, out, article_text))
            continue
        i = find_row(out, c.anchor)
        if i is None:
            continue
        if c.action == "delete":
            out.pop(i)
            continue
        row = dict(out[i])
        for key, value in c.fields.items():
            if key == "edtf":
                row.update(date_fields(value))
            elif key in EDITABLE:
                row[key] = list(value) if isinstance(value, list) else value
        row["origin"] = "corrected"
        out[i] = row
    out.sort(key=lambda r: int(r["char_start"]))
    return out


def _new_row(c: Correction, rows: list[dict], article_text: str | None) -> dict:
    start, end = c.anchor["char_start"], c.anchor["char_end"]
    date_text = c.anchor.get("date_text") or (article_text[start:end] if article_text else "")
    row = {k: None for k in COLUMNS}
    row.update({"article_id": c.article_id, "event_id": f"{c.article_id}:{start}", "date_text": date_text,
                "char_start": start, "char_end": end, "inferred": False, "title": c.fields.get("title", ""),
                "sentence": c.fields.get("sentence", date_text), "places": [], "organisations": [], "persons": [],
                "sentence_start": c.fields.get("sentence_start", start), "inferred_parts": [], "entities": [],
                "notes": ["added by hand"], "origin": "corrected"})
    row.update(date_fields(c.fields["edtf"]))
    for key in ("places", "organisations", "persons"):
        if key in c.fields:
            row[key] = list(c.fields[key])
    return row
