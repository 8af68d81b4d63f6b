"""The interface's words in Vietnamese (first) and English, and dates written for people.

Every label the app shows comes from STRINGS; `t(key, lang)` falls back to Vietnamese.
`human_date` writes an EDTF value the way each language writes dates ('tháng 9/1940',
'Sep 1940').
"""
from __future__ import annotations

import re

LANGS = ("vi", "en")

STRINGS = {
    "app_title": {"vi": "Biên niên", "en": "Biên niên"},
    "tagline": {"vi": "Dòng thời gian các sự kiện trong bài viết",
                "en": "A timeline of the events in your articles"},
    "places": {"vi": "Địa danh", "en": "Places"},
    "organisations": {"vi": "Tổ chức", "en": "Organisations"},
    "persons": {"vi": "Nhân vật", "en": "People"},
    "articles": {"vi": "Bài viết", "en": "Articles"},
    "sources": {"vi": "Nguồn", "en": "Sources"},
    "search": {"vi": "Tìm trong tiêu đề và câu", "en": "Search titles and sentences"},
    "date_range": {"vi": "Khoảng thời gian", "en": "Date range"},
    "clear": {"vi": "Xóa bộ lọc", "en": "Clear filters"},
    "lanes": {"vi": "Xếp hàng theo", "en": "Lanes by"},
    "lane_organisation": {"vi": "Tổ chức", "en": "Organisation"},
    "lane_place": {"vi": "Địa danh", "en": "Place"},
    "lane_kind": {"vi": "Loại mốc", "en": "Kind"},
    "lane_none": {"vi": "(không có)", "en": "(none)"},
    "lane_other": {"vi": "Khác", "en": "Other"},
    "kind_day": {"vi": "Ngày", "en": "Day"},
    "kind_month": {"vi": "Tháng", "en": "Month"},
    "kind_year": {"vi": "Năm", "en": "Year"},
    "kind_period": {"vi": "Giai đoạn", "en": "Period"},
    "kind_coarse": {"vi": "Thập niên, thế kỷ", "en": "Decade, century"},
    "events_count": {"vi": "{n} sự kiện", "en": "{n} events"},
    "no_events": {"vi": "Không có sự kiện nào khớp với bộ lọc. Hãy bỏ bớt bộ lọc.",
                  "en": "No events match these filters. Try removing some."},
    "no_articles": {"vi": "Chưa có bài viết nào trong {path}. Hãy thêm tệp .txt rồi khởi động lại.",
                    "en": "No articles in {path}. Add .txt files and start again."},
    "article_errors": {"vi": "Về các bài viết: {errors}", "en": "About the articles: {errors}"},
    "detail_empty": {"vi": "Bấm vào một sự kiện trên dòng thời gian hoặc trong bảng để xem chi tiết.",
                     "en": "Click an event on the timeline or in the table to see it in full."},
    "source": {"vi": "Nguồn", "en": "Source"},
    "written_as": {"vi": "Viết là", "en": "Written as"},
    "normalised": {"vi": "Chuẩn hóa", "en": "Normalised"},
    "export": {"vi": "Xuất", "en": "Export"},
    "export_image": {"vi": "Ảnh", "en": "Image"},
    "export_data": {"vi": "Dữ liệu", "en": "Data"},
    "export_failed": {"vi": "Không xuất được ảnh: {error}", "en": "Image export failed: {error}"},
    "col_date": {"vi": "Thời gian", "en": "Date"},
    "col_date_text": {"vi": "Viết là", "en": "As written"},
    "col_title": {"vi": "Sự kiện", "en": "Event"},
    "col_places": {"vi": "Địa danh", "en": "Places"},
    "col_organisations": {"vi": "Tổ chức", "en": "Organisations"},
    "col_persons": {"vi": "Nhân vật", "en": "People"},
    "col_article": {"vi": "Bài viết", "en": "Article"},
    "language": {"vi": "English", "en": "Tiếng Việt"},
    "until_now": {"vi": "nay", "en": "present"},
    "before": {"vi": "trước", "en": "before"},
    "add_articles": {"vi": "Thêm bài viết", "en": "Add articles"},
    "upload_hint": {"vi": "Kéo thả hoặc bấm để chọn tệp .txt, .md, .html, .docx, .pdf",
                    "en": "Drop or click to choose .txt, .md, .html, .docx or .pdf files"},
    "paste_add": {"vi": "Thêm văn bản đã dán", "en": "Add the pasted text"},
    "paste_title": {"vi": "Tiêu đề (không bắt buộc)", "en": "Title (optional)"},
    "paste_url": {"vi": "Địa chỉ nguồn (không bắt buộc)", "en": "Source URL (optional)"},
    "bad_date": {"vi": "Ngày đăng “{value}” phải viết dạng YYYY-MM-DD",
                 "en": "The publication date “{value}” must be YYYY-MM-DD"},
    "added_one": {"vi": "Đã thêm {name}: {n} sự kiện", "en": "Added {name}: {n} events"},
    "unchanged_one": {"vi": "{name} đã có trong kho", "en": "{name} is already in the store"},
    "dated_one": {"vi": "{name} đã có trong kho: đọc lại theo ngày đã nhập, {n} sự kiện",
                  "en": "{name} is already in the store: read again against the date given, {n} events"},
    "unplaced": {"vi": "{name}: bài không cho biết năm, {n} ngày không ghi năm đã bị bỏ qua; hãy nhập ngày đăng "
                       "(YYYY-MM-DD) rồi thêm lại, hoặc sửa ngày của bài trong bảng",
                 "en": "{name}: the article never says its year, so {n} days written without one were left out; "
                       "give its date (YYYY-MM-DD) and add it again, or correct the article's date in the table"},
    "origin_machine": {"vi": "Do máy trích xuất", "en": "Extracted by machine"},
    "origin_corrected": {"vi": "Đã được sửa", "en": "Corrected by hand"},
    "edit_date": {"vi": "Thời gian (EDTF: 1945, 1945-05, 1945-05-19, 1945/1954)",
                  "en": "Date (EDTF: 1945, 1945-05, 1945-05-19, 1945/1954)"},
    "save": {"vi": "Lưu", "en": "Save"},
    "article_date": {"vi": "Ngày của bài viết (cho “hôm qua”, “16/10”…)",
                     "en": "The article's own date (for 'yesterday', '16/10'…)"},
    "save_article_date": {"vi": "Lưu ngày của bài", "en": "Save the article's date"},
    "delete": {"vi": "Xóa sự kiện", "en": "Delete event"},
    "add_selected": {"vi": "Thêm sự kiện từ chữ đã bôi đen", "en": "Add an event from the selected words"},
    "undo": {"vi": "Hoàn tác", "en": "Undo"},
    "saved": {"vi": "Đã lưu.", "en": "Saved."},
    "nothing_changed": {"vi": "Không có gì thay đổi.", "en": "Nothing changed."},
    "nothing_to_undo": {"vi": "Không còn gì để hoàn tác.", "en": "Nothing to undo."},
    "select_first": {"vi": "Hãy bôi đen các chữ chỉ thời gian trong câu trước.",
                     "en": "Select the words of the date in the sentence first."},
    "aggregated": {"vi": "{n} sự kiện (phóng to để xem từng sự kiện)",
                   "en": "{n} events (zoom in to see each one)"},
}

_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def t(key: str, lang: str = "vi", **kw) -> str:
    entry = STRINGS.get(key, {})
    text = entry.get(lang) or entry.get("vi") or key
    return text.format(**kw) if kw else text


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _year(y: str, lang: str) -> str:
    n = int(y)
    if n < 0:
        return f"{-n} TCN" if lang == "vi" else f"{-n} BCE"
    return str(n)


def _point(p: str, lang: str) -> str:
    if p == "..":
        return t("until_now", lang)
    m = re.fullmatch(r"(-?\d{4})-(\d\d)-(\d\d)", p)
    if m:
        y, mo, d = m.groups()
        if lang == "vi":
            return f"{int(d)}/{int(mo)}/{_year(y, lang)}"
        return f"{int(d)} {_MONTHS_EN[int(mo) - 1]} {_year(y, lang)}"
    m = re.fullmatch(r"(-?\d{4})-(\d\d)", p)
    if m:
        y, mo = m.groups()
        code = int(mo)
        if code > 12:  # quarters 33-36, halves 40-41
            if 33 <= code <= 36:
                q = code - 32
                return f"quý {_roman(q)}/{_year(y, lang)}" if lang == "vi" else f"Q{q} {_year(y, lang)}"
            half = code - 39
            return (f"nửa {'đầu' if half == 1 else 'cuối'} năm {_year(y, lang)}" if lang == "vi"
                    else f"H{half} {_year(y, lang)}")
        return f"tháng {code}/{_year(y, lang)}" if lang == "vi" else f"{_MONTHS_EN[code - 1]} {_year(y, lang)}"
    m = re.fullmatch(r"(\d{2})XX", p)
    if m:
        c = int(m.group(1)) + 1
        return f"thế kỷ {_roman(c)}" if lang == "vi" else f"{c}th century"
    m = re.fullmatch(r"(\d{3})X", p)
    if m:
        return f"thập niên {m.group(1)}0" if lang == "vi" else f"{m.group(1)}0s"
    if re.fullmatch(r"-?\d{4}", p):
        return f"năm {_year(p, lang)}" if lang == "vi" else _year(p, lang)
    return p


def human_date(edtf: str, lang: str = "vi") -> str:
    """'1940-09' → 'tháng 9/1940' (vi) or 'Sep 1940' (en); intervals as 'a – b'."""
    if not edtf:
        return ""
    if "/" in edtf:
        a, b = edtf.split("/", 1)
        if a == "..":
            return f"{t('before', lang)} {_point(b, lang)}"
        return f"{_point(a, lang)} – {_point(b, lang)}"
    return _point(edtf, lang)
