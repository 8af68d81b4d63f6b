"""The extractor: an article in, its events table out.

    >>> from dashboard import extract_file
    >>> df = extract_file("data/articles/lang-son-van-phong-tinh-uy-90-nam.txt")

Steps: a matching view of the text (textnorm), the page's layout (layout), temporal mentions
(dates), the article's own time and full values (resolve), entities (entities), events
(events), and the table (table).  Offsets are mapped back to the text as read at the end.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache

import pandas as pd

from . import __version__
from .entities import Entity, article_province, find_entities
from .events import _unique, build_events, continuation_opener, founding_phrases
from .layout import analyse, wrapped_paragraphs
from .lexicon import alternation, load
from .mentions import LEAD_CHARS, find_mentions
from .pagetime import (
    credit_mention,
    stamp_contradicted,
    without_competition_editions,
    without_edition_years,
    without_headline_repeats,
    without_held_feasts,
    without_owned_parts,
)
from .reading import Article, article_from_text, read_article
from .resolve import find_reference, resolve
from .table import to_table
from .textnorm import UPPERCASE, NormalText
from .titles import event_title


def extract_article(article: Article, reference_date: dt.date | None = None) -> pd.DataFrame:
    """The events table of one article."""
    return to_table(extract_records(article, reference_date))


def extract_records(article: Article, reference_date: dt.date | None = None) -> list[dict]:
    """The events of one article as rows (dicts with the table's columns): for many articles,
    gather rows and build one table (table.to_table) rather than a table per article."""
    nt, layout, ref, resolved = find_dates(article, reference_date)
    text = nt.text
    province = article_province(text)
    items = _listed_items(text, layout, resolved)
    fields = _form_fields(text, layout, resolved)
    entities = find_entities(text, province, _event_regions(text, layout, resolved, {**fields, **items}))
    events = build_events(text, resolved, layout.told_sentences(), layout.sentence_index, entities)
    if layout.credit_end is not None:
        # the credit's place is where the lead happened ('HÀ NỘI, 22/11 (TTXVN) - Quốc hội biểu quyết …')
        credit_from = layout.sentences[layout.sentence_index(layout.credit_end - 1)][0]
        credited = [x for x in entities if x.type == "place" and credit_from <= x.start and x.end <= layout.credit_end]
        for ev in events:
            if credited and ev.scope[0] == layout.credit_end:
                ev.places = _unique(credited + ev.places)
    _places_of_here(text, layout, events, entities)
    _title_headings(text, layout, events)
    _title_bracketed_lines(text, layout, events)
    _title_from_items(text, layout, events, entities, items)
    _title_from_form(text, layout, events, entities, fields)
    _title_from_record_fields(text, layout, events)
    _title_from_when_clause(text, events, resolved)
    _bodies_over_and(text, events)
    _brackets_after_named_periods(text, events)
    _career_lines(text, events)
    for ev in events:
        if not ev.title and (colon := text.rfind(":", ev.sentence[0], ev.resolved.mention.start)) > ev.sentence[0]:
            # '- Hạn nộp tóm tắt: 15/3/2026.': a label and its date; the label says what the date is
            ev.title = event_title(text, (ev.sentence[0], colon), [])
        if not ev.title:
            # 'Mùng 1 Tết Ất Tỵ là ngày 29/1/2025': a sentence that only says one date is another
            # has no clause beside its dates; its words, dates and all, are its title
            ev.title = event_title(text, ev.sentence, [])
    article.metadata.update({
        "page_date": layout.page_date.isoformat() if layout.page_date else None,
        "reference_date": (ref.date.isoformat() if ref and ref.date else (str(ref.year) if ref else None)),
        "reference_source": ref.source if ref else None,
        "title": _as_written(article.text, nt, layout), "byline": layout.byline, "source": layout.source, "province": province,
        "extractor_version": __version__,
    })
    now = ref.point() if ref else None
    rows = []
    for ev in events:
        r = ev.resolved
        value = r.value
        o_start, o_end = nt.to_original(r.mention.start, r.mention.end)
        s_start, s_end = nt.to_original(*ev.sentence)
        rows.append({
            "article_id": article.article_id,
            "event_id": f"{article.article_id}:{o_start}",
            "date_text": article.text[o_start:o_end],
            "char_start": o_start,
            "char_end": o_end,
            "edtf": value.edtf(),
            "start": value.first_day(),
            "end": value.last_day(now),
            "precision": value.precision(),
            "approximate": value.approximate,
            "inferred": bool(value.inferred),
            "title": ev.title,
            "sentence": article.text[s_start:s_end],
            "places": [e.name for e in ev.places],
            "organisations": [e.name for e in ev.organisations],
            "persons": [e.name for e in ev.persons],
            "sentence_start": s_start,
            "inferred_parts": list(value.inferred),
            "entities": [_entity_dict(e, nt) for e in ev.places + ev.organisations + ev.persons],
            "notes": list(r.notes),
        })
    rows.sort(key=lambda row: row["char_start"])
    return rows


def find_dates(article: Article, reference_date: dt.date | None = None):
    """The date stage alone: the matching view of the text, its layout, the article's own time
    and its dated mentions with full values (what a date tagger does; the benchmark times it
    against dateparser like for like, beside the whole extractor)."""
    nt = NormalText.of(article.text)
    layout = analyse(nt.text)
    if wrapped := wrapped_paragraphs(layout, nt.text):
        # text wrapped to a width ('…, huyện Bình\nGia tham gia …'): read its lines as one
        nt = nt.with_spaces_at(wrapped)
        layout = analyse(nt.text)
    text = nt.text
    skipped = layout.skipped()  # in text order: a mention is looked up among them by bisection
    skipped_starts = [s for s, _ in skipped]

    def in_skipped(pos: int) -> bool:
        i = bisect_right(skipped_starts, pos) - 1
        return i >= 0 and pos < skipped[i][1]

    mentions = [m for m in find_mentions(text, layout.sentence_index) if not in_skipped(m.start)]
    if layout.credit_day:
        # the credit's day dates the lead only when the lead tells no day of its own ('Hà Nội,
        # 22/11 (TTXVN) – Sáng nay, …')
        a, b = layout.credit_day
        credit_sentence = layout.sentence_index(a)
        mentions = [m for m in mentions if not a <= m.start < b]
        told = [m for m in mentions if layout.sentence_index(m.start) == credit_sentence]
        if not told:
            mentions = sorted(mentions + [credit_mention(text, a, b)], key=lambda m: m.start)
        elif (today := next((m for m in told if m.kind == "relative" and m.info.get("unit") == "day"
                             and m.info.get("offset", 0) == 0 and m.a is None), None)) is not None:
            # 'Kuala Lumpur, 26/10 (TTXVN) - Sáng nay, …': today is the credit's day, as 'Chiều nay
            # (16/10)' is its bracket's
            today.a = credit_mention(text, a, b).a
    given = reference_date or layout.published or article.metadata.get("published")
    page_date = layout.page_date
    if layout.credit_day and (full := _FULL_DAY.fullmatch(text[slice(*layout.credit_day)].strip())):
        # 'Hà Nội, ngày 5/3/2025 - Hôm nay, …', 'Berlin, 23/2/2025 (TTXVN) - Hôm nay, …': the
        # dateline's full day is the day the story was filed, as a time stamp is (its years told
        # later, 'tháng 11/2024', are the backstory's)
        try:
            filed = dt.date(int(full["y"]), int(full["m"]), int(full["d"]))
        except ValueError:
            filed = None
        if filed is not None and given is None:
            given = filed
        elif filed is not None and page_date is None:
            page_date = filed
    if not reference_date and given and stamp_contradicted(mentions, given):
        # 'Chiều nay (16/10)' under a stamp of 28/01/2022: the stamp is not this story's day (a
        # page saved or updated later); read the story's time from the story, as under a date bar
        given, page_date = None, page_date or given
    ref = find_reference(mentions, text, page_date, given)
    placed = resolve(mentions, ref, layout.sentence_index, layout.paragraph_index)
    # an article that never says its year leaves its year-less days unplaced: the user is told
    # (the CLI's note) and may give the day it was published
    article.metadata["unplaced_dates"] = len(mentions) - len(placed) if ref is None else 0
    placed = without_held_feasts(text, without_headline_repeats(placed, layout), layout.sentence_index)
    placed = without_owned_parts(text, without_edition_years(text, placed, layout.sentence_index), layout.sentence_index)
    return nt, layout, ref, without_competition_editions(text, placed)


_HERE = re.compile(r"[ \t]*(?:Tại|Ở)[ \t]+(?:đây|đó)[ \t]*,")
_CHAIN_GAP = re.compile(r"[ \t]*(?:[,(]|[-–])?[ \t]*")


def _places_of_here(text: str, layout, events, entities: list[Entity]) -> None:
    """'… ra sơn phòng Tân Sở (Quảng Trị). Tại đây, ngày 13/7/1885, …': 'Tại đây' opening a
    sentence is the place the sentence before ended at, with the province it gave it."""
    for ev in events:
        if not _HERE.match(text, ev.sentence[0]):
            continue
        i = layout.sentence_index(ev.sentence[0])
        if i <= 0:
            continue
        a, b = layout.sentences[i - 1]
        before = sorted((x for x in entities if x.type == "place" and a <= x.start and x.end <= b), key=lambda x: x.start)
        if not before:
            continue
        chain = [before[-1]]
        for x in reversed(before[:-1]):
            if not _CHAIN_GAP.fullmatch(text, x.end, chain[0].start):
                break
            chain.insert(0, x)
        ev.places = _unique(chain + ev.places)


def _as_written(original: str, nt: NormalText, layout) -> str | None:
    """The headline as the article writes it ('TP.HCM: Cảnh báo …'), not as the matching view
    reads it (where abbreviations are spelled out)."""
    block = next((b for b in layout.blocks if b.kind == "title"), None)
    if block is None or layout.title is None:
        return layout.title
    start, end = nt.to_original(block.start, block.end)
    return original[start:end].strip() or layout.title


_FULL_DAY = re.compile(r"(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>\d{4})")
_BRACKETED_DATES = re.compile(r"\s*\([^()]*\d[^()]*\)")
_NUMBERING = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+")  # '1. Thời kỳ 1950 - 1954', 'II. …


def _heading_words(text: str, block) -> str:
    """A heading's words as a title: without its numbering nor its bracketed dates."""
    return _BRACKETED_DATES.sub("", _NUMBERING.sub("", text[block.start:block.end].strip())).strip(" :.-–")


def _title_headings(text: str, layout, events) -> None:
    """A section heading that names a period ('Thời kỳ kháng chiến chống Pháp (1945 - 1954)',
    'Giai đoạn 1930 - 1945') is the period's title as it stands, without its bracketed dates."""
    for ev in events:
        i = layout.paragraph_index(ev.resolved.mention.start)
        if i >= 0 and layout.blocks[i].kind == "heading":
            heading = _NUMBERING.sub("", text[layout.blocks[i].start:layout.blocks[i].end].strip())
            m = ev.resolved.mention
            # a line that only opens with its date ('1930 | Đảng Cộng sản Việt Nam ra đời', a
            # table's row) keeps the title its words give
            if not (_period_heading().match(heading) or text[:m.start].rstrip().endswith("(")):
                continue
            ev.title = _heading_words(text, layout.blocks[i]) or heading


@cache
def _period_heading() -> re.Pattern:
    return re.compile(r"(?:" + alternation(load("titles")["period_headings"]) + r")(?!\w)", re.IGNORECASE)


_AND_THEN_DATE = re.compile(r"[ \t]*,?[ \t]*và[ \t]+(?:(?:vào|đến|từ)[ \t]+)?(?:(?:ngày|năm|tháng|hôm)[ \t]+)?$")
@cache
def _verb_after() -> re.Pattern:
    lex = load("titles")
    return re.compile(r"[ \t]*(?:" + alternation(lex["predicate_openers"] + lex["carried_verbs"]) + r")(?!\w)")


def _bodies_over_and(text: str, events) -> None:
    """'… ngày 11/10/2024, Tập đoàn Điện lực Việt Nam (EVN) đã tăng giá điện …, và ngày 9/11/2023
    tăng 4,5%': a date joined by 'và' whose verb follows it at once has the subject before it."""
    for prev, ev in zip(events, events[1:], strict=False):
        if ev.sentence != prev.sentence or ev.organisations or ev.persons or not prev.organisations:
            continue
        m, p = ev.resolved.mention, prev.resolved.mention
        if p.end <= m.start and _AND_THEN_DATE.search(text, p.end, m.start) and _verb_after().match(text, m.end):
            ev.organisations = list(prev.organisations)


_BRACKET_AFTER_NAME = re.compile(r"[ \t]*(?:và[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*)?\([ \t]*$")


def _brackets_after_named_periods(text: str, events) -> None:
    """'Thời Lê sơ và Mạc (thế kỷ XV – XVI), gốm Bát Tràng được xuất khẩu sang Nhật Bản …': the
    years in brackets after a named period date what the period's sentence tells, with its names."""
    for prev, ev in zip(events, events[1:], strict=False):
        m, p = ev.resolved.mention, prev.resolved.mention
        if ev.sentence != prev.sentence or p.kind != "named" or p.end > m.start \
                or not _BRACKET_AFTER_NAME.fullmatch(text, p.end, m.start) or len(ev.title.split()) > 2:
            continue
        ev.title, ev.places, ev.organisations, ev.persons = prev.title, list(prev.places), list(prev.organisations), list(prev.persons)


@cache
def _elapsed_title() -> re.Pattern:
    counts = alternation(list(load("calendar")["number_words"]) + ["nửa"])
    return re.compile(r"(?:đã\s+)?(?:(?:gần|hơn|tròn|đúng|chừng|ngót)\s+)?(?:\d{1,4}|" + counts
                      + r")\s+(?:năm|tháng|tuần|ngày|thập\s+kỷ|thập\s+niên|thế\s+kỷ)\s+(?:"
                      + alternation(load("titles")["elapsed_words"]) + r")", re.IGNORECASE)


_WHEN_AFTER = re.compile(r"\s*,\s*khi\s+")


def _title_from_when_clause(text: str, events, resolved) -> None:
    """'Đã 8 năm trôi qua kể từ ngày 23/10/2017, khi Ủy ban châu Âu (EC) rút "thẻ vàng" …': the
    clause left counts the years gone by; what happened that day is the 'khi' clause after it."""
    for ev in events:
        m = ev.resolved.mention
        if not ev.title or not _elapsed_title().fullmatch(ev.title.strip(" .")) \
                or not (when := _WHEN_AFTER.match(text, m.end)) or when.end() >= ev.sentence[1]:
            continue
        cuts = [(r.mention.start, r.mention.end) for r in resolved
                if when.end() <= r.mention.start < ev.sentence[1]]
        if title := event_title(text, (when.end(), ev.sentence[1]), cuts):
            ev.title = title


def _title_bracketed_lines(text: str, layout, events) -> None:
    """'CHIẾN DỊCH NGHĨA LỘ' and under it '(Tiến công, từ ngày 18 tháng 4 đến ngày 1 tháng 5
    năm 1948)': a line in brackets under a headline or heading, holding little but its dates,
    dates what the headline names; the headline is the event's title."""
    for ev in events:
        i = layout.paragraph_index(ev.resolved.mention.start)
        if i <= 0 or layout.blocks[i - 1].kind not in ("title", "heading"):
            continue
        line = text[layout.blocks[i].start:layout.blocks[i].end].strip()
        m = ev.resolved.mention
        rest = (text[layout.blocks[i].start:m.start] + " " + text[m.end:layout.blocks[i].end]).strip(" ()[],;:.-–\n")
        if not (line.startswith("(") and line.endswith(")")) or len(rest.split()) > 3:
            continue
        if heading := _heading_words(text, layout.blocks[i - 1]):
            ev.title = heading


_INTRODUCES_LIST = re.compile(r":\s*(?:\[\d{1,3}\]\s*)*$")
_ITEM_MARK = re.compile(r"\s*(?:[•·●○◦▪■►▶✓✔*+\-–—]|\d{1,2}[.)]|[a-zđ]\))\s*")


_ITEM_CLOCK = re.compile(r"\s*\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*[-–]\s*\d")  # ('8h - 10h': a stretch of hours, a time)


def _listed_items(text: str, layout, resolved) -> dict[int, list[int]]:
    """'Ngày 19 tháng 7 năm 1983[4]:' and a list after it: the sentence says only when, the
    items what happened then.  Sentence index → the items' sentence indices (up to the next
    date or the end of the list)."""
    dated = {layout.sentence_index(r.mention.start) for r in resolved}
    first_date: dict[int, int] = {}
    for r in resolved:
        k = layout.sentence_index(r.mention.start)
        first_date[k] = min(first_date.get(k, r.mention.start), r.mention.start)
    out: dict[int, list[int]] = {}
    for i in sorted(dated):
        if not 0 <= i < len(layout.sentences) - 1:
            continue
        s, e = layout.sentences[i]
        if not _INTRODUCES_LIST.search(text, s, e):
            continue
        run = []
        for j in range(i + 1, min(len(layout.sentences), i + 13)):
            a, b = layout.sentences[j]
            # (the first item may name a time inside what it tells: '- 8h30: Phiên họp thường kỳ
            # tháng 11 của UBND tỉnh', but not open with a date of its own)
            own_date = j in dated and not (j == i + 1 and (mark := _ITEM_MARK.match(text, a, b))
                                           and _ITEM_CLOCK.match(text, mark.end(), b) is None
                                           and re.search(r"\w", text[mark.end():first_date[j]])
                                           and not re.match(r"\s*(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*:\s*)?(?:ngày|năm|tháng|từ)\s",
                                                            text[mark.end():first_date[j]], re.IGNORECASE))
            if own_date or not _ITEM_MARK.match(text, a, b) or "\n\n\n" in text[layout.sentences[j - 1][1]:a]:
                break
            if j in dated:
                run.append(j)
                break
            run.append(j)
        if run:
            out[i] = run
    return out


@cache
def _field_label() -> re.Pattern:
    fields = load("titles")["form_fields"]
    return re.compile(r"\s*(?:(?:\d{1,2}|[a-zđ])[.)]\s*|[-–•+*]\s*)?(?P<label>" + alternation(fields["time"] + fields["place"])
                      + r")\s*:", re.IGNORECASE)


def _form_fields(text: str, layout, resolved) -> dict[int, list[int]]:
    """A notice's fields ('1. Thời gian: 8h00, thứ Sáu, ngày 9/1/2026. 2. Địa điểm: Hội trường …'):
    sentence index of a dated time field → the place fields beside it (up to three sentences
    either way)."""
    place_labels = {w.lower() for w in load("titles")["form_fields"]["place"]}
    out: dict[int, list[int]] = {}
    for i in sorted({layout.sentence_index(r.mention.start) for r in resolved}):
        if not 0 <= i < len(layout.sentences):
            continue
        field = _field_label().match(text, *layout.sentences[i])
        if field is None or field["label"].lower() in place_labels:
            continue
        near = []
        for j in range(max(0, i - 3), min(len(layout.sentences), i + 4)):
            other = _field_label().match(text, *layout.sentences[j])
            if j != i and other is not None and other["label"].lower() in place_labels:
                near.append(j)
        out[i] = near
    return out


def _title_from_form(text: str, layout, events, entities, fields: dict[int, list[int]]) -> None:
    """A notice's time field says when what the notice announces happens: the headline is its
    title ('Thông báo tổ chức Hội nghị tổng kết …' → 'Tổ chức Hội nghị tổng kết …'), and the
    place field beside it says where."""
    for ev in events:
        i = layout.sentence_index(ev.resolved.mention.start)
        if i not in fields or not layout.title:
            continue
        ev.title = _notice_words().sub("", layout.title.strip()).strip(" :.-–") or layout.title.strip()
        ev.title = ev.title[:1].upper() + ev.title[1:]
        spans = [layout.sentences[j] for j in fields[i]]
        inside = [x for x in entities if any(s <= x.start and x.end <= e for s, e in spans)]
        ev.places = _unique(ev.places + [x for x in inside if x.type == "place" and x.role != "adjunct"])
        ev.organisations = _unique(ev.organisations + [x for x in inside if x.type == "organisation" and not x.role])


_CAREER_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?$")
_CAREER_COLON = re.compile(r"[ \t]*:[ \t]*(?P<posts>[^\n.;]+)")


def _career_lines(text: str, events) -> None:
    """'- Từ năm 1955 đến năm 1975: Cán bộ, Phó Chánh Văn phòng, Chánh Văn phòng UBND tỉnh.': a
    career's line lists the posts its dates held; a title cut to the first of them (the others
    read as asides after a name) is the whole list."""
    for ev in events:
        m = ev.resolved.mention
        if not ev.title or not _CAREER_LINE_START.search(text, max(0, m.start - 8), m.start) \
                or not (line := _CAREER_COLON.match(text, m.end)):
            continue
        posts = line["posts"].strip()
        if posts.lower().startswith(ev.title.lower() + ",") and not re.search(r"\d{4}|\d{1,2}/\d{1,2}", posts):
            ev.title = posts[:1].upper() + posts[1:]


def _title_from_record_fields(text: str, layout, events) -> None:
    """A record's field ('Ngày sinh: 01-03-1906', '- Ngày vào Đảng: 1940') says what its date
    is: the field's words are the title ('Sinh', 'Vào Đảng'), as a sentence would tell them."""
    fields = load("titles")["record_fields"]
    for ev in events:
        a, _ = layout.sentences[layout.sentence_index(ev.resolved.mention.start)]
        start = ev.resolved.mention.start
        # (the field right before the date: a block of a record's lines reads as one sentence
        # once its lines are joined)
        field = _record_field().search(text, max(a, start - 60), start)
        if field is None:
            continue
        label = " ".join(field["label"].lower().split())
        ev.title = fields.get(label) or field["label"][:1].upper() + field["label"][1:]
        if (named := _record_name(text, field.start()) or _heading_name(text, layout, field.start())) is not None:
            # whose record it is ('Họ và tên: Trần Phú', or the heading '2. Tổng Bí thư Trần Phú')
            s, e = named
            ev.title = f"{text[s:e]} {ev.title[:1].lower()}{ev.title[1:]}"
            if not any(p.name == text[s:e] for p in ev.persons):
                ev.persons = [Entity("person", s, e, text[s:e], text[s:e])] + ev.persons


_NAME_FIELD = re.compile(r"(?:^|\n)[ \t]*(?:[-–•+*][ \t]*)?Họ[ \t]+(?:và[ \t]+)?tên[ \t]*:[ \t]*(?P<name>[^\n,;(]+?)[ \t]*(?=\n|$)",
                         re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+(?P<line>[^\n]+?)[ \t]*(?=\n)")
_NAME_AT_END = re.compile(r"(?P<name>[" + re.escape(UPPERCASE) + r"][^\W\d_]*(?:[ \t]+[" + re.escape(UPPERCASE)
                          + r"][^\W\d_]*){1,3})$")


def _heading_name(text: str, layout, field_at: int) -> tuple[int, int] | None:
    """The person a heading or headline right above a record names ('Đồng chí Phạm Văn Đồng')."""
    i = layout.paragraph_index(field_at)
    if i <= 0 or layout.blocks[i - 1].kind not in ("title", "heading"):
        return None
    above = layout.blocks[i - 1]
    line = text[above.start:above.end].rstrip()
    if ":" in line:
        return None  # ('Quê quán: Huyện Mộ Đức, tỉnh Quảng Ngãi': another field, ending in a place)
    tail = _NAME_AT_END.search(line)
    return (above.start + tail.start(), above.start + tail.end()) if tail is not None else None


def _record_name(text: str, field_at: int) -> tuple[int, int] | None:
    """The person a record's field is about: its 'Họ và tên:' line, or the numbered heading
    naming the person just above the record ('2. Tổng Bí thư Trần Phú'), whichever is nearer."""
    lo = max(0, field_at - 500)
    found = None
    for m in _NAME_FIELD.finditer(text, lo, field_at):
        found = (m.start("name"), m.end("name"))
    for m in _NUMBERED_LINE.finditer(text, lo, field_at):
        if (tail := _NAME_AT_END.search(m["line"])) is not None and (found is None or m.start() > found[0]):
            found = (m.start("line") + tail.start(), m.start("line") + tail.end())
    if found is None or len(text[slice(*found)].split()) > 4 or "\n\n" in text[found[1]:field_at]:
        return None
    return found


@cache
def _record_field() -> re.Pattern:
    return re.compile(r"(?<!\w)(?P<label>" + alternation(load("titles")["record_fields"]) + r")\s*:\s*$", re.IGNORECASE)



@cache
def _notice_words() -> re.Pattern:
    return re.compile(r"^(?:" + alternation(load("titles")["form_fields"]["notice_words"]) + r")(?!\w)\s*", re.IGNORECASE)


def _title_from_items(text: str, layout, events, entities, items: dict[int, list[int]]) -> None:
    """An event whose sentence is only its date and a colon takes its title from the first
    item of the list after it, and its names from all the items."""
    for ev in events:
        i = layout.sentence_index(ev.resolved.mention.start)
        if ev.title or i not in items:
            continue
        spans = [layout.sentences[j] for j in items[i]]
        a, b = spans[0]
        a = _ITEM_MARK.match(text, a, b).end()
        ev.title = event_title(text, (a, b), []) + (" …" if len(spans) > 1 else "")
        inside = [x for x in entities if any(s <= x.start and x.end <= e for s, e in spans)]
        ev.places = _unique([x for x in inside if x.type == "place" and x.role != "adjunct"])
        ev.organisations = _unique([x for x in inside if x.type == "organisation" and not x.role])
        ev.persons = _unique([x for x in inside if x.type == "person"])


def _event_regions(text: str, layout, resolved, items: dict[int, list[int]] | None = None) -> list[tuple[int, int]]:
    """Sentences with events, the one before a sentence that takes its subject from there
    ('Đồng thời, …'), those that say what an anniversary founded ('90 năm ngày thành lập …')
    and the items of a list a date introduces."""
    wanted = {j for run in (items or {}).values() for j in run}
    continuation = continuation_opener()
    for r in resolved:
        i = layout.sentence_index(r.mention.start)
        wanted.add(i)
        if 0 < i < len(layout.sentences) and continuation.match(text[layout.sentences[i][0]:layout.sentences[i][1]]):
            wanted.add(i - 1)
    wanted.update(layout.sentence_index(m.start()) for m in founding_phrases(text))
    # the lead, where a story first names its places ('Hằng năm, … về Vườn quốc gia Xuân Thủy (tỉnh
    # Ninh Bình) …'), though it dates no event: a name told there is known when it comes again
    if lead := next((b for b in layout.blocks if b.kind == "body"), None):
        wanted.update(i for i, (s, _) in enumerate(layout.sentences[:12]) if lead.start <= s < min(lead.end, lead.start + LEAD_CHARS))
    regions = [layout.sentences[i] for i in sorted(wanted) if 0 <= i < len(layout.sentences)]
    merged: list[tuple[int, int]] = []
    for s, e in regions:
        if merged and s <= merged[-1][1] + 200:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _entity_dict(e, nt: NormalText) -> dict:
    d = e.as_dict()
    d["char_start"], d["char_end"] = nt.to_original(e.start, e.end)
    return d


def extract_text(text: str, article_id: str = "article", reference_date: dt.date | None = None) -> pd.DataFrame:
    return extract_article(article_from_text(text, article_id), reference_date)


def extract_file(path, article_id: str | None = None, reference_date: dt.date | None = None) -> pd.DataFrame:
    return extract_article(read_article(path, article_id), reference_date)
