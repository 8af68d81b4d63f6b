"""An event's title: the clause that says what happened, without its date.

The date expressions are cut out with the words that lead into them ('khởi công từ tháng
10/2021' → 'khởi công'); background clauses go (a place or occasion opening the sentence,
'Theo ông …', who speaks before a quotation, a person's titles); function words left dangling
go.  The word lists are data/lexicons/titles.json.
"""
from __future__ import annotations

import re
from functools import cache

from .clauses import AGENCY, clause_spans
from .lexicon import alternation, load
from .textnorm import UPPERCASE as _UPPER

# what is left of a bracketed day's time zone once the day is cut: '(28/3, giờ địa phương)'
# (or a city's or a country's, named: '(2/4, giờ Hồng Kông)')
_ZONE_LEFT = re.compile(r"\s*(?:theo\s+)?giờ\s+(?:địa\s+phương|quốc\s+tế|GMT\s*[+-]?\s*\d*|(?-i:[" + re.escape(_UPPER)
                        + r"][^\W\d_]*(?:\s+[" + re.escape(_UPPER) + r"][^\W\d_]*){0,2}))\s*\)?\s*", re.IGNORECASE)


@cache
def title_rules() -> dict:
    lex = load("titles")
    numbers = alternation(list(load("calendar")["number_words"]) + lex["count_words"])
    units = alternation(load("places")["unit_words"])
    # old units ('làng Đông Ngạc, trấn Sơn Tây') only as written small: 'Tổng Bí thư', 'Phủ Chủ tịch'
    # open no address
    old_units = alternation(load("places")["old_units"])
    return {
        "lead_in_plain": re.compile(r"(?<!\w)(?:" + alternation(lex["lead_ins"]) + r")\s*$", re.IGNORECASE),
        # 'trong hai ngày 12 và 13/10': a count of the days or years that follow goes with them
        # ('Kể từ ngày 1/1/2025': lead-ins may follow one another)
        "lead_in": re.compile(r"(?<!\w)(?:" + alternation(lex["lead_ins"]) + r")(?:\s+(?:"
                              + alternation(lex["lead_ins"]) + r"))*(?:\s+(?:" + numbers
                              + r"|\d{1,2}|các|những))?\s*$", re.IGNORECASE),
        "dangling": frozenset(lex["dangling"]),
        # a unit after a number is a duration ('hơn một nghìn năm'), not a dangling word
        "after_number": re.compile(r"(?:[\d%/]|(?<!\w)" + numbers + r")$", re.IGNORECASE),  # '6,5%/năm' too
        "subjects": frozenset(lex["subjects"]),
        "person_words": frozenset(lex["carried_subjects"]),
        "labels": frozenset(lex["labels"]),
        "period_words": frozenset(lex["period_words"]),
        "demonstratives": frozenset(lex["demonstratives"]),
        "speaker": re.compile(r"(?<!\w)(?:" + alternation(lex["speech_verbs"]) + r")\s*(?:rằng\s*)?$", re.IGNORECASE),
        # ('Nguồn tin của PLO thông tin thêm, …': what more a source said)
        "reporter": re.compile(r"(?<!\w)(?:" + alternation(lex["reporting_verbs"]) + r")(?:\s+thêm)?\s*(?:rằng\s*)?$", re.IGNORECASE),
        "bracket_words": lex["bracket_words"],
        # before a document's name written capital ('Căn cứ Luật …'; not 'theo luật định')
        "citing": re.compile(r"(?i:" + alternation(lex["citing_openers"]) + r")[ \t]+(?=(?=[" + re.escape(_UPPER) + r"])(?i:"
                             + alternation(load("cues")["document_words"]) + r")(?!\w))"),
        # ('vào Đảng năm 1937': a verb that begins with a background's word is the event's)
        "predicate": re.compile(r"\s*(?:" + alternation(lex["predicate_openers"]) + r")(?!\w)", re.IGNORECASE),
        "verb_after_time": re.compile(r"(?:" + alternation(lex["predicate_openers"] + lex["verbs_after_a_time_aside"]) + r")(?!\w)",
                                      re.IGNORECASE),
        # an interview's speaker before a colon: a title word or two and a name in capitals
        # (without a title word, a name of three syllables at least: 'Lạng Sơn: …' heads a place's news)
        "speaker_label": re.compile(r"(?:(?:" + alternation(lex["speaker_words"]) + r")\s+(?:[" + re.escape(_UPPER)
                                    + r"][^\W\d_]*\s*){1,5}|(?:[" + re.escape(_UPPER) + r"][^\W\d_]*\s*){3,5})"),
        "background": re.compile(r"^\s*(?:" + alternation(lex["background_openers"]) + r")(?!\w)", re.IGNORECASE),
        "partitive": re.compile(r"^\s*(?:" + alternation(lex["partitive_openers"]) + r")(?!\w)", re.IGNORECASE),
        # a clause opening with an administrative unit; the unit with the capitalised name after it
        "admin_clause": re.compile(r"^\s*(?:" + units + r")\s", re.IGNORECASE),
        "actor_verb": re.compile(r"(?:" + alternation(load("organisations")["verbs_after_names"]) + r")(?!\w)", re.IGNORECASE),
        "admin_name": re.compile(r"^\s*(?:(?i:" + units + r")|" + old_units + r")\s+(?:[" + re.escape(_UPPER) + r"]\w*\s*)+"),
        # the same after the words of an address ('quê quán xã Tân Thành', 'trú tại thôn Nà Pàn')
        "address_name": re.compile(r"^\s*(?i:(?:" + alternation(lex["address_words"]) + r")\s*:?\s*)?(?:(?i:" + units
                                   + r")|" + old_units + r")\s+(?:[" + re.escape(_UPPER) + r"]\w*\s*)+"),
        # an address inside a clause, after its preposition ('làm việc tại một công ty ở phường Đông Kinh')
        "located_name": re.compile(r"(?<!\w)(?i:tại|ở)\s+(?:[^\W\d_]+\s+){0,4}(?i:" + units + r")\s+[" + re.escape(_UPPER) + r"]"),
        "function_only": re.compile(r"(?:\s*(?:" + alternation(lex["function_words"]) + r")\b)+\s*", re.IGNORECASE),
        "life_verbs": frozenset(lex["life_verbs"]),
        # 'Đợt 1 (…), …': a numbered phase opening its sentence
        "phase": re.compile(r"\s*(?:" + alternation(lex["phase_words"]) + r")\s+(?:\d{1,2}|[IVX]{1,4}|" + numbers
                            + r")\s*\(", re.IGNORECASE),
        # 'giữa lúc <the war> đang diễn ra, …': a time clause around the date, its lead-in cut
        # with it; 'giữa' alone opens no background ('giữa Lạng Sơn và Cao Bằng')
        "before_date": re.compile(r"\s*(?:" + alternation(lex["openers_before_date"]) + r")\s*\x00", re.IGNORECASE),
        # ('…, Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình có chuyến thăm …': a holder's
        # titles and name, then a verb: the subject of what happened, not an apposition)
        "name_then_verb": re.compile(r"[" + re.escape(_UPPER) + r"][^\W\d_]*[ \t]+(?:" + alternation(lex["verbs_after_a_name"])
                                     + r")(?!\w)"),
        "lead_background": re.compile(r"^\s*(?:" + alternation(lex["leading_background"]) + r")(?!\w)", re.IGNORECASE),
        "locative_opener": re.compile(r"^\s*(?:" + alternation(lex["locative_openers"]) + r")(?!\w)", re.IGNORECASE),
        "existential": re.compile(r"(?<!\w)(?:" + alternation(lex["existential_verbs"]) + r")(?!\w)", re.IGNORECASE),
        "goes_on": re.compile(r"^\s*(?:" + alternation(lex["continuations"]) + r")(?!\w)", re.IGNORECASE),
    }


_WORD_CHAR = re.compile(r"\w")
_CREDIT = re.compile(r"\s*[^\W\d_][^\W\d_ ]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*,[ \t]*[\d\x00][\d/.\x00 -]{0,12}"
                     r"(?:\([ \t]*[A-ZĐ][A-ZĐa-z.]{1,9}[ \t]*\)[ \t]*)?[-–—][ \t]*")
_DATELINE_PLACE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,5}[ \t]*[-–—]?")
_LEADING_JOINER = re.compile(r"^(?:và|thì|là|đã|rồi)\s+", re.IGNORECASE)
# '(ngày 20/12/2023 của HĐND huyện)' with its day cut: the issuer, without the brackets
_ISSUER_LEFT_IN_BRACKETS = re.compile(r"\([ \t]*((?:của|do)[ \t][^()]*?)[ \t]*\)")
_LOCATIVE = re.compile(r"\s*(?:tại|ở)(?!\w)", re.IGNORECASE)  # a background that says where
_LOCATIVE_INSIDE = re.compile(r"(?<!\w)(?:tại|ở)[ \t]+\S", re.IGNORECASE)  # ('sau trận đánh ở huyện Kỳ Anh')
_LIST_MARKS = re.compile(r"^[\s•·●○◦▪■□►▶✓✔*+\-–—:|]+")
_OF_AFTER_BACKGROUND = re.compile(r"\s*của(?!\w)", re.IGNORECASE)  # '…, ngày 23/2/2026 của Bộ Chính trị …'
_FOOTNOTE = re.compile(r"\[(?:\d{1,3}|[a-z]|cần dẫn nguồn|sửa(?:[ \t]*\|[ \t]*sửa mã nguồn)?)\]")
_LEADING_BRACKET = re.compile(r"^\([^()]*\)[\s,;:]*(?=\S)")
_QUOTE_OPENED_BY_DATE = re.compile(r'^["“]\s*,\s*')
_CAPITALS_LABEL = re.compile(r"[\s*•·\-–]*[" + re.escape(_UPPER) + r"]{2,}(?:[ \t,/&\-–]+[" + re.escape(_UPPER) + r"]+)+[ \t]*:")
_ITEM_NUMBER = re.compile(r"^\d{1,2}[ \t]*[.)\-–][ \t]*(?=[^\W\d_])")
_SEPARATOR_BEFORE_CLOSE = re.compile(r"[ \t]*[,;][ \t]*\)")
_SEPARATOR_AFTER_OPEN = re.compile(r"\([ \t]*[,;][ \t]*")
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*(?:(?:[-–,;]|tức|nhằm|tức là|là|và|hoặc|đến|từ)\s*)*\)")
@cache
def _title_words() -> re.Pattern:
    return re.compile(r"^(?:" + alternation(load("organisations")["titles"]) + r")(?!\w)")


_TENSE_WORD = re.compile(r"(?<!\w)(?:đã|đang|sẽ|vừa|được|bị)(?!\w)")


def _titled(chunk: str) -> bool:
    """Does the clause open with a title, written big or, after a name, small ('Theo PGS.TS Lâm
    Thị Mỹ Dung, trưởng đoàn khai quật, …')?"""
    return bool(_title_words().match(chunk) or chunk[:1].islower() and _title_words().match(chunk[:1].upper() + chunk[1:]))


def _strip_dangling(title: str) -> str:
    """'… đã hoạt động từ' → '… đã hoạt động'; 'hơn một nghìn năm', '6,5%/năm' keep their unit."""
    rules = title_rules()
    while True:
        stripped = title.rstrip()
        start = len(stripped)  # the last word's start, found from the end (no scan from the front)
        while start and (stripped[start - 1].isalnum() or stripped[start - 1] == "_"):
            start -= 1
        word = stripped[start:]
        if not word or start == 0 or word.lower() not in rules["dangling"] or word[:1].isupper() and (
                word.lower() in _NAME_SYLLABLES or stripped[:start].split()[-1:] and stripped[:start].split()[-1][:1].isupper()):
            # ('tại các xã Tràng Các', 'nhà bác học Lương Định Của': a syllable of a name written big stays)
            return title
        word = word.lower()
        before = stripped[:start].rstrip()
        if word in _UNITS and rules["after_number"].search(before):
            return title
        title = before


_UNITS = ("năm", "ngày", "tháng")
_NAME_SYLLABLES = frozenset(["các", "những", "trong", "riêng"])  # dangling words that are also syllables of names


def without_list_marks(title: str) -> str:
    """A title without a list's marks ('• 15/3/2024 – khánh thành': they go with the date) nor
    its item's number ('1- Nguyễn Đình Chiểu (1822-1888) …')."""
    return _ITEM_NUMBER.sub("", _LIST_MARKS.sub("", title))


def balance_brackets(title: str) -> str:
    """Drop the brackets and quotes a cut left without their partner ('Nhà Lý và nhà Trần (',
    'Căn nhà mới đã hoàn thành"')."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    if "(" not in title and ")" not in title:
        return title
    out, open_at = list(title), []
    for i, c in enumerate(title):
        if c == "(":
            open_at.append(i)
        elif c == ")":
            if open_at:
                open_at.pop()
            else:
                out[i] = ""
    for i in open_at:
        out[i] = ""
    return "".join(out)


def _goes_on(clause: str, kept: list) -> bool:
    """Is a clause that ends in a speech verb one more thing its subject did ('Bộ Chính trị họp
    và đề ra kế hoạch …, đồng thời nhấn mạnh: …'), not who speaks before a quotation?"""
    return bool(kept) and bool(title_rules()["goes_on"].match(clause.replace("\x00", "")))


def _next_is_capitalised(scoped: str, spans: list[tuple[int, int]], i: int) -> bool:
    if i + 1 >= len(spans):
        return False
    nxt = scoped[spans[i + 1][0]:spans[i + 1][1]].replace("\x00", "").lstrip()
    return nxt[:1].isupper()


_BLANK_RUN = re.compile(r"\x00+")


def _split_background_at_dates(scoped: str, spans: list[tuple[int, int]], rules) -> list[tuple[int, int]]:
    """'Tại Hương Cảng dưới sự chủ trì của … [từ ngày 3 đến 7/2/1930] hội nghị hợp nhất …': a
    date inside a clause that opens with where, unmarked by a comma, ends that clause; what
    follows is the event."""
    out = []
    for a, b in spans:
        if _LOCATIVE.match(scoped[a:b].replace("\x00", "").strip()):
            for blank in _BLANK_RUN.finditer(scoped, a, b):
                after = scoped[blank.end():b].lstrip()
                if _WORD_CHAR.search(scoped, a, blank.start()) and after[:1].islower():
                    # (a capital after the date goes on with a name: 'Tại Lễ kỷ niệm [80 năm] Ngày …')
                    out.append((a, blank.start()))
                    a = blank.start()
        out.append((a, b))
    return out


# a place named alone after a place of the background ('sau trận đánh ở huyện Kỳ Anh, Hà Tĩnh,'):
# the address goes on
# ('…, với sự trung gian của Qatar, Ai Cập và Mỹ': the names a background's 'của' lists go on in it)
_OF_NAME_END = re.compile(r"(?<!\w)của[ \t]+[" + re.escape(_UPPER) + r"][^,]*$")
_NAME_LIST = re.compile(r"[" + re.escape(_UPPER) + r"]\w*(?:[ \t]+[" + re.escape(_UPPER) + r"]\w*){0,3}"
                        r"(?:[ \t]*(?:,|và)[ \t]*[" + re.escape(_UPPER) + r"]\w*(?:[ \t]+[" + re.escape(_UPPER) + r"]\w*){0,3})*")
_BARE_NAME = re.compile(r"[" + re.escape(_UPPER) + r"]\w*(?:[ \t]+[" + re.escape(_UPPER) + r"]\w*){0,3}")


_SPACE_BEFORE_CLOSING_QUOTE = re.compile(r'(?<=\w)[ \t]+"(?=$|[\s,.;:)])')


def _person_named(keep_chunks: list, rules: dict) -> bool:
    """Is the clause kept last a person's word and name alone ('đồng chí Hoàng Văn A'), a subject
    a comma parts from its verb ('Đồng chí Hoàng Văn A, tham gia cách mạng …')?"""
    if not keep_chunks:
        return False
    words = keep_chunks[-1][1].split()
    n = next((k for k in (2, 1) if len(words) > k and " ".join(words[:k]).lower() in rules["person_words"]), 0)
    return bool(n) and all(w[:1].isupper() for w in words[n:])


def _tells_what_happened(scoped: str, a: int, b: int, rules: dict) -> bool:
    """Does a clause opening with where ('Trên địa bàn tỉnh xảy ra 32 vụ cháy') hold what happened
    there (an existential verb), not only where the time cut out of it was ('Ở bán kết diễn ra …')?"""
    return any(scoped[v.end():].lstrip(" \t")[:1] != "\x00" for v in rules["existential"].finditer(scoped, a, b))


_QUOTE_CLOSED_BEFORE = re.compile(r"[”\"»][ \t]*,[ \t]*$")


def event_title(text: str, scope: tuple[int, int], cut: list[tuple[int, int]], keep: tuple[int, int] | None = None) -> str:
    """The clause that says what happened: the scope without date expressions (and the
    words leading into them), leading background clauses ('Tại buổi lễ', 'Theo ông …')
    or dangling function words.  `keep` is a date to leave in: a named period that is
    the object of its clause ('mở đầu thời kỳ Bắc thuộc')."""
    rules = title_rules()
    s, e = scope
    blanks = []  # the date expressions (and their lead-ins) inside the scope
    for a, b in cut:
        if keep and (a, b) == keep or b <= s or a >= e:
            continue
        if a > s:
            lead = rules["lead_in"].search(text, max(s, a - 24), a)
            if lead:
                a = lead.start()
        blanks.append((max(a, s), min(b, e)))
    pieces, pos = [], s  # blanked out, keeping offsets
    for a, b in sorted(blanks):
        if b <= pos:
            continue
        a = max(a, pos)
        pieces += [text[pos:a], "\x00" * (b - a)]
        pos = b
    pieces.append(text[pos:e])
    scoped = "".join(pieces)
    if "[" in scoped:  # a wiki's footnote marks ('… tồn tại đến ngày 20 tháng 6 năm 2003.[1]')
        scoped = _FOOTNOTE.sub(lambda f: "\x00" * len(f.group()), scoped)
    if ":" in scoped and (label := _CAPITALS_LABEL.match(scoped)):
        # '* VÀI NÉT VỀ QUÁ TRÌNH CÔNG TÁC: Nhập ngũ năm 1946 …': a record's section, in capitals
        scoped = "\x00" * label.end() + scoped[label.end():]
    if "," in scoped[:40] and (credit := _CREDIT.match(scoped)):
        # 'Hà Nội, 22/11/2024 (TTXVN) – Sáng nay, …': where and when a news agency filed it (or the
        # paper itself: 'Hà Nội, 12/12/2023 - Chiều nay, …')
        scoped = "\x00" * credit.end() + scoped[credit.end():]
    keep_chunks, in_background, apposition, where = [], False, False, False
    prev_background = ""  # the background clause read last
    prev_chunk = ""  # the clause read before, kept or not
    short = ""  # the first short leftover: all there is of '…, nhập ngũ năm 1950 và …
    cut_time = False  # a clause that was a time alone came just before
    spans = _split_background_at_dates(scoped, clause_spans(scoped, 0, len(scoped)), rules)
    for ci, (a, b) in enumerate(spans):
        if b < len(scoped) and (scoped[b] == ":" and rules["speaker"].search(scoped[a:b])
                                or scoped[b] == "," and rules["reporter"].search(scoped[a:b].rstrip("\x00 \t"))):
            # (the date it opens what is said with cut: '… cảnh báo từ nay đến cuối tháng 4, …')
            if _goes_on(scoped[a:b], keep_chunks):
                break  # '…, đồng thời nhấn mạnh: …': what was done is told; what was said is not the title
            # '…, cho biết: "…"': who speaks is background to what is said
            keep_chunks = [(True, c, j) for _, c, j in keep_chunks]
            continue
        chunk = scoped[a:b].replace("\x00", "").replace("\x01", ",")
        chunk = AGENCY.sub("", chunk.strip()) if ci == 0 else chunk.strip()  # (a credit opens the lead; not "VN-Index")
        chunk = _EMPTY_BRACKETS.sub("", chunk).strip()
        if _ZONE_LEFT.fullmatch(chunk):
            continue  # '(28/3, giờ địa phương)': the rest of a bracketed day, no part of what happened
        chunk = _ISSUER_LEFT_IN_BRACKETS.sub(r"\1", chunk)
        chunk = _QUOTE_OPENED_BY_DATE.sub("", chunk)  # '“[Năm 1979], tôi nhập ngũ”': the quotation's words
        if keep_chunks and len(chunk.split()) <= 5 and _QUOTE_CLOSED_BEFORE.search(scoped, max(0, a - 8), a) \
                and rules["reporter"].search(chunk.rstrip(" .!")):
            continue  # '"…, đơn vị hành quân vào chiến trường", ông kể.': who told what is quoted
        raw = chunk.strip().lower()  # (a label's last word may dangle: 'Cả ngày: …')
        chunk = _strip_dangling(chunk)
        if not _WORD_CHAR.search(chunk):
            cut_time = cut_time or "\x00" in scoped[a:b]
            continue
        if not keep_chunks and b < len(scoped) and scoped[b] == ":" and rules["speaker_label"].fullmatch(chunk.strip()):
            continue  # 'Ông Hoàng Văn Lâm: Tôi bắt đầu từ năm 1985 …': who answers, in an interview
        if not keep_chunks and (chunk.lower() in rules["labels"] or raw in rules["labels"]):
            continue  # 'Trả lời: …'
        if not keep_chunks and _DATELINE_PLACE.fullmatch(chunk) and (chunk.isupper() or chunk[-1] in "-–—"):
            continue  # 'HÀ NỘI, 22/11 (TTXVN) - …', 'Hà Nội - Sáng 22/11, …': where the story was filed
        chunk = chunk.lstrip("-–— ") if not keep_chunks else chunk
        after_name = bool(keep_chunks) and keep_chunks[-1][0] and keep_chunks[-1][1].split()[-1][:1].isupper() \
            or bool(prev_chunk) and prev_chunk.split()[-1][:1].isupper()
        prev_chunk = chunk
        if (bg := rules["background"].match(chunk)) and not (rules["partitive"].match(chunk) and "\x00" in scoped[a:b]) \
                and not ((verb := rules["predicate"].match(chunk)) and verb.end() > bg.end()) \
                or rules["before_date"].match(scoped, a, b) \
                or all(bg for bg, _, _ in keep_chunks) and (rules["lead_background"].match(chunk)
                                                            or rules["locative_opener"].match(chunk)
                                                            and not _tells_what_happened(scoped, a, b, rules)
                                                            or in_background and _OF_AFTER_BACKGROUND.match(chunk)):
            in_background = True
            where = _LOCATIVE.match(chunk) is not None
            prev_background = chunk
        elif in_background and where and (place := rules["admin_name"].match(chunk)) and len(chunk.split()) > 5 \
                and chunk[place.end():].strip() and not rules["actor_verb"].match(chunk[place.end():].strip()):
            # (not '…, tỉnh Đồng Tháp tổ chức lễ kỷ niệm': the unit that does it is the subject)
            # 'tại Nhà Văn hóa thôn Nà Phặc, xã Hồng Phong, huyện Bình Gia diễn ra ngày hội …': the
            # last place of the list runs on into what happened there
            keep_chunks.append((True, chunk[:place.end()].strip(), ", "))
            chunk = chunk[place.end():].strip()
            in_background = False
        elif not (in_background and (rules["admin_clause"].match(chunk) and len(chunk.split()) <= 5
                                     # ('…, xã Hoa Thám' goes on with the address, '63 tỉnh, thành phố' with
                                     # the list; 'huyện đã xây …' is the event)
                                     and (rules["admin_name"].match(chunk) or not _TENSE_WORD.search(chunk))
                                     or _LOCATIVE_INSIDE.search(prev_background) and _BARE_NAME.fullmatch(chunk)
                                     or _OF_NAME_END.search(prev_background) and _NAME_LIST.fullmatch(chunk.strip(" .;:!"))
                                     or _titled(chunk) and after_name and not where
                                     and not rules["name_then_verb"].search(chunk))):
            # ('Theo ông Nguyễn Văn Hải, Giám đốc Ban …, trong quý IV, …': the titles of the
            # name before are background too; 'Tại buổi kiểm tra, Chủ tịch UBND tỉnh … yêu cầu …'
            # is the event, a holder of a title its subject, as after a place: 'tại huyện Thủy
            # Nguyên, Phó Thủ tướng … đã trao …')
            in_background = False  # 'tại Bản Khu, xã Hoa Thám' goes on; 'thành phố X đã diễn ra …' is the event
        words = chunk.split()
        if short and not keep_chunks and words[0].lower() == "là" and len(words) > 1 \
                and not rules["function_only"].fullmatch(short) and not any(w.lower() in rules["dangling"] for w in short.split()):
            continue  # '…, khánh thành năm 1902, là cây cầu thép đầu tiên': the verb the date cut short is what
            #           happened; 'là …' after it says what the thing is
        if chunk.strip(" ,;:.").lower() in rules["period_words"] or chunk.strip(" ,;:.").lower() in rules["demonstratives"]:
            continue  # 'Nhiệm kỳ 2019 - 2024, …', 'Năm Giáp Thìn này, …': what points at the date, without it
        if len(words) <= 2 and not any(w[0].isupper() for w in words[1:]) and words[0].lower() not in rules["subjects"] \
                and " ".join(words).lower() not in rules["subjects"] \
                and not (words[0][0].isupper() and _next_is_capitalised(scoped, spans, ci)) \
                and not (any(not bg for bg, _, _ in keep_chunks) and all(w.lower() not in rules["dangling"] for w in words)):
            # a leftover ('vào năm', 'nghiêm túc'), unless a subject and its verb ('Ông mất') or
            # the first of a list of bodies ('Quốc hội, Chính phủ tổ chức …')
            short = short or chunk.strip(" ,;:.")
            continue
        if not any(w[0].isupper() for w in words) and rules["function_only"].fullmatch(chunk):
            continue  # what is left of a blanked background phrase: 'và trực tiếp là'
        if keep_chunks and _titled(chunk):
            if len(words) <= 6:
                apposition = True  # a person's titles: ', Ủy viên Trung ương Đảng,'
                continue
            apposition = False  # the last title runs on into the verb: ', Bí thư Tỉnh ủy đã trao …'

        chunk = chunk.strip(" ,;:")
        # after a dropped apposition the verb goes on ('…, Chủ tịch UBND tỉnh, yêu cầu'); a
        # capital opens the next item of a list ('Quốc hội, Chủ tịch nước, Chính phủ')
        if not in_background and "\x00" in scoped[a:b] and rules["predicate"].match(chunk) and prev_background \
                and (part := rules["partitive"].match(prev_background)) and prev_background is keep_chunks[-1][1]:
            # '15 đảng viên được trao Huy hiệu …, trong đó có đồng chí Hoàng Văn Thạch, vào Đảng ngày
            # 19.5.1954': the one picked out of the many is whom the date tells of
            who = re.sub(r"^\s*có\s+", "", prev_background[part.end():]).strip(" ,")
            keep_chunks = [(False, f"{who} {chunk.strip(' ,;:')}", ", ")]
            prev_background = ""
            continue
        # ('Ông Nguyễn Văn A, năm 1990, về quê': a time alone between a short subject and its verb
        # leaves no comma behind)
        subject_before = (cut_time or scoped[a:b].lstrip()[:1] == "\x00" or _person_named(keep_chunks, rules)) \
            and keep_chunks and not keep_chunks[-1][0] \
            and len(keep_chunks[-1][1].split()) <= 5 and chunk[:1].islower() and rules["verb_after_time"].match(chunk)
        keep_chunks.append((in_background, chunk, " " if (apposition or subject_before) and not chunk[:1].isupper() else ", "))
        apposition = cut_time = False
    main = [(c, j) for is_bg, c, j in keep_chunks if not is_bg] or [(c, j) for _, c, j in keep_chunks]
    if keep_chunks and all(bg for bg, _, _ in keep_chunks) and short and _LOCATIVE.match(main[0][0]) \
            and short.lower() in rules["life_verbs"]:
        # 'Sinh ngày 25-8-1911, tại xã Lộc Thủy, …': the verb the date cut short, then where (not
        # 'Trước đó, vào tối 29/4, tại …': a word that leads into the time)
        main[0] = (f"{short} {main[0][0]}", main[0][1])
    # the clauses around a dropped apposition were one ('Đồng chí X, Chủ tịch UBND tỉnh, yêu cầu')
    title = "".join((j if i else "") + c for i, (c, j) in enumerate(main))
    title = " ".join(balance_brackets(title).split()).strip(" .,;:-–|/")  # one space between words ("./." ends news)
    title = without_list_marks(title)
    title = _SEPARATOR_BEFORE_CLOSE.sub(")", _SEPARATOR_AFTER_OPEN.sub("(", title))  # '(tiểu thuyết, [1955])'
    title = _LEADING_BRACKET.sub("", title)  # '(tỉnh Lạng Sơn), Tổ công tác …': what a dropped place left
    title = _strip_dangling(title)
    if not title and short and not rules["function_only"].fullmatch(short) \
            and not any(w.lower() in rules["dangling"] for w in short.split()):
        title = _strip_dangling(short)  # a clause of its own verb: 'nhập ngũ', 'qua đời'
    title = _LEADING_JOINER.sub("", title)
    if (cited := rules["citing"].match(title)) and len(title) > cited.end():
        title = title[cited.end():]  # 'Căn cứ Luật Tổ chức chính quyền địa phương': the law
    title = title.replace(" ”", "”")  # '“Lịch sử Đảng bộ xã (1945 - 2020)”' without its bracket
    title = _SPACE_BEFORE_CLOSING_QUOTE.sub('"', title)  # (and with straight quotes)
    if len(title) > 2 and title[0] in "\"“" and title[-1] in "\"”" \
            and title.count("\"") + title.count("“") + title.count("”") == 2:
        title = title[1:-1].strip(" .,;:")  # a quotation the date opened: its words, without its marks
    if len(title) > 2 and title[0] == "(" and title[-1] == ")" and title.count("(") == title.count(")") == 1:
        title = title[1:-1].strip(" .,;:-–")  # a line wholly in brackets: its words, without them
    if len(title) > 140:
        title = title[:140].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return title[:1].upper() + title[1:]
