"""From dated mentions to events: which words of a sentence belong to which date, a short
title, and the places, organisations and persons of each event.

A sentence with one date is one event.  A sentence with several is cut into clauses
(clauses.py): a date that opens its clause ('Đến tháng 5/1945, …') governs the clauses after
it; a date at a clause's end ('… vào tháng 9/1940') governs its own clause and any unclaimed
ones before it.  Titles are made in titles.py.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .clauses import clause_spans, is_leading, opening_words
from .entities import Entity, known_country, placed_before
from .lexicon import alternation, load
from .resolve import BEYOND_CHECKED, Resolved, day_key, season_word_before
from .textnorm import LOWER_LETTER, UPPERCASE, lower_view
from .timevalue import Point
from .titles import balance_brackets, event_title, title_rules, without_list_marks

_APPOSITION = re.compile(r"\s*\(\s*(?:(?:tức|nhằm|tức là|là|ngày|vào)\s+)*", re.IGNORECASE)
# '(tức mùng 7 và mùng 8 tháng Giêng năm Giáp Thìn)', ', tức ngày 5/4 âm lịch': the same time said
# again (in the lunar calendar, most often); every date in it restates the one before
# ('Trưa 20/1 (giờ Mỹ, tức rạng sáng 21/1 giờ Việt Nam)': a time zone may come first)
# ('Chiều 14/11 (giờ địa phương), tức rạng sáng 15/11 theo giờ Việt Nam': the clock's bracket first)
_RESTATING = re.compile(r"(?:\s*\((?:theo\s+)?giờ\s+[^\W\d][^,()]{0,25}\))?"
                        r"\s*(?P<open>\(|,)\s*(?:giờ\s+[^\W\d][^,()]{0,25},\s*)?(?P<word>tức\s+là|tức|nhằm|nhằm\s+ngày|tức\s+ngày)\s+",
                        re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?)]")
# '90 năm (ngày) thành lập X', matched on the lowercase view (IGNORECASE scans are slow)
# ('79 năm Ngày truyền thống Văn phòng Chính phủ': a tradition day is a body's founding too)
# ('80 năm Ngày truyền thống lực lượng Công an nhân dân', '… ngành Kiểm sát': the force or branch word before the body)
_FOUNDING = re.compile(r"(?P<n>\d\d{0,3})\s+năm\s+(?:ngày\s+)?(?:thành\s+lập|(?P<tradition>truyền\s+thống))\s+"
                       r"(?:(?:lực\s+lượng|ngành)\s+)?")


@lru_cache(maxsize=4)  # asked twice an article (its regions, its anniversary's objects)
def founding_phrases(text: str) -> tuple[re.Match, ...]:
    return tuple(_FOUNDING.finditer(lower_view(text)))



@dataclass
class Event:
    resolved: Resolved
    sentence: tuple[int, int]
    scope: tuple[int, int]
    places: list[Entity] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    persons: list[Entity] = field(default_factory=list)
    title: str = ""
    head: Resolved | None = None  # the date a bracketed restatement restates


def _has_lead_in(text: str, r: Resolved) -> bool:
    """A date after 'vào', 'từ', 'trong' … times its own clause ('… là cuộc Khởi nghĩa Bắc Sơn vào
    tháng 9/1940'); one right after a noun is part of a name or a topic ('tình hình quý III')."""
    a = r.mention.start
    return title_rules()["lead_in_plain"].search(text, max(0, a - 24), a) is not None


def _told_within(inner: Resolved, outer: Resolved) -> bool:
    """Is inner a shorter time inside outer's ('Đến năm 1972, Mỹ mở …, đỉnh điểm là … cuối tháng
    12/1972': a moment of the year, told as its own event, not a detail of the year's)?"""
    a, b = inner.value, outer.value
    spans = [(day_key(v.first_day()), day_key(v.last_day())) for v in (a, b)]
    if any(x is None or y is None for x, y in spans):
        return False
    (a0, a1), (b0, b1) = spans
    return b0 <= a0 and a1 <= b1 and (a0, a1) != (b0, b1)


@cache
def _coordinated_predicate() -> re.Pattern:
    """'và' opening a predicate of its own ('… và được kết nạp vào …')."""
    return re.compile(r"(?<!\w)và\s+(?:" + alternation(load("titles")["predicate_openers"]) + r")(?!\w)", re.IGNORECASE)


@cache
def _reported() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("titles")["telling_verbs"]) + r")(?:\s+thêm)?(?:\s+rằng)?(?!\w)",
                      re.IGNORECASE)


def _said_before(text: str, since: int, r: Resolved) -> int | None:
    """Where what a speaker says begins, when the next date is told inside it: 'Sáng nay (15/1),
    đại diện Cục Viễn thông cho biết tuyến cáp … đã gặp sự cố từ khoảng 3h ngày 13/1' — the
    fault is the later day's; the opening day's is only that it was said."""
    said = next(reversed(list(_reported().finditer(text, since, r.mention.start))), None)
    if said is None or len(text[said.end():r.mention.start].split()) < 4:
        return None  # ('… cho biết ngày 10/1, bệnh viện …': the date opens what is said already)
    return said.end()


def _after_own_predicate(text: str, since: int, r: Resolved) -> int | None:
    """Where 'và' opens the predicate a date after a name ends ('Năm 1934, đồng chí tham gia hoạt
    động cách mạng và được kết nạp vào Đảng Cộng sản Đông Dương năm 1936': 1936 is the joining's
    time, not a detail of 1934's); None when the date follows a common noun ('… và triển khai
    nhiệm vụ quý IV/2023': the task's quarter)."""
    a = r.mention.start
    before = text[since:a].rstrip()
    last = before.split()[-1] if before.split() else ""
    if not last[:1].isupper():
        return None
    joins = list(_coordinated_predicate().finditer(text, since, a))
    return joins[-1].start() if joins else None


_TIME_NOUNS = frozenset(["năm", "những", "các", "thời", "ngày", "giai", "dịp", "mốc", "kỳ", "tháng", "thời", "lần"])
# a clause that goes on to what came next ('…, ông về công tác tại Ty Văn hóa, rồi làm Chủ tịch Hội …
# từ năm 1992 đến năm 2002'): its date is its own, not part of what the opening date tells
@cache
def _then_opens() -> re.Pattern:
    return re.compile(r"[ \t]*(?:" + alternation(load("titles")["then_openers"]) + r")(?!\w)", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?<!\w)và\s+(?:(?:đến|vào|tới|sang)\s+)?$", re.IGNORECASE)
_THEN_AFTER_COMMA = re.compile(r",[ \t]*(?:rồi|sau[ \t]+đó|tiếp[ \t]+đó)(?!\w)", re.IGNORECASE)


def _plain_date(r: Resolved) -> bool:
    """A date that is only a time (not a named event, an anniversary or a restatement)."""
    m = r.mention
    if m.info.get("thing_age"):
        return True  # ('82 bia đá các khoa thi tiến sĩ triều Lê': the age of a thing the clause tells of)
    return m.kind in ("point", "range", "relative") and "festival" not in m.info and not m.info.get("anniversary_pair")


def _welcomed_feast(text: str, r: Resolved) -> bool:
    """'Tối 14/2, … tổ chức chương trình đón Tết Nguyên đán Bính Ngọ': a feast the clause's act
    welcomes is what the opening date's event is for, part of what it tells."""
    return "festival" in r.mention.info and _WELCOMED_BEFORE.search(text, max(0, r.mention.start - 12), r.mention.start) is not None


_WELCOMED_BEFORE = re.compile(r"(?<!\w)(?:đón|mừng|chào\s+đón|chào\s+mừng|vui|ăn)\s+$", re.IGNORECASE)
_ANNOUNCED_BY = re.compile(r"\s*theo\s(?:[^,;:.!?()\n]|\([^()\n]{1,40}\)){3,80}?\s(?:công\s+bố|thông\s+báo|ban\s+hành|đưa\s+ra)"
                           r"(?:\s+(?:vào|hồi|lúc|hôm))?(?:\s+ngày)?\s+$",
                           re.IGNORECASE)


_EVENT_WORDS = re.compile(r"(?<!\w)(?!(?:ngày|vào|tháng|năm|sáng|chiều|tối|đêm|rạng)(?!\w))[^\W\d_]{2,}", re.IGNORECASE)
_COUNTED_FROM_OPENING = re.compile(r"\s*(?:(?:tròn|đúng|gần|hơn)\s+)?(?:\d{1,3}|một|hai|ba|mười)\s+(?:năm|tháng)\s+(?:sau|kể\s+từ)(?!\w)",
                                   re.IGNORECASE)


def _split_before_joined_dates(text: str, clauses: list[tuple[int, int]], mentions: list[Resolved]) -> list[tuple[int, int]]:
    """'…, gồm 3 chi bộ ở 3 thôn Kiến Phúc, Bảo Thái, Phấn Mễ và đến tháng 7/2005, Đảng bộ đã có …':
    a date that 'và' joins at the end of a clause opens what comes after it; the words before
    'và' end the clause before (not '… vào những năm 1920 và năm 1998', two dates of one clause)."""
    out = list(clauses)
    for prev, r in zip(mentions, mentions[1:], strict=False):
        m = r.mention
        i = next((i for i, (a, b) in enumerate(out) if a <= m.start < b + 1), None)
        if i is None or out[i][0] <= prev.mention.start:
            continue
        a, b = out[i]
        joined = _AND_BEFORE.search(text, max(a, m.start - 16), m.start)
        if joined is None or not re.search(r"\w", text[a:joined.start()]) \
                or re.search(r"\w", _BRACKETED.sub("", text[m.end:b])):
            continue
        out[i:i + 1] = [(a, joined.start()), (joined.start(), b)]
    return out


def scopes(text: str, sentence: tuple[int, int], mentions: list[Resolved],
           attached_to: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """The span of the sentence each mention governs.  `attached_to`, when given, is filled
    with the mentions (by index) that are part of what another tells, and that other's index."""
    openers = opening_words()
    if len(mentions) == 1:
        # '…, Sài Gòn được hoàn toàn giải phóng; ngày 2-5-1975, tỉnh Châu Đốc … được giải phóng':
        # a date opening the part after a semicolon times that part alone
        # as does one opening the part after a colon ('Tóm tắt quá trình công tác: Từ năm 1954 …')
        pos = mentions[0].mention.start
        if (counted := _COUNTED_FROM_OPENING.match(text, sentence[0])) and counted.end() <= pos \
                and text[mentions[0].mention.end:mentions[0].mention.end + 1] == "," \
                and _EVENT_WORDS.search(text, counted.end(), pos):  # (not 'Đúng 10 năm sau, ngày 23/9/1960, Bác …')
            # 'Tròn một năm sau cơn bão … đổ bộ vào miền Bắc ngày 7/9/2024, cuộc sống … đã ổn định':
            # the day counted from times the clause that names it, not what is told of now
            return [(sentence[0], mentions[0].mention.end)]
        if text.find(";", sentence[0], pos) < 0 and text.find(":", sentence[0], pos) < 0:
            return [sentence]
        for a, b in clause_spans(text, *sentence):
            if a <= pos < b + 1 and a > sentence[0] and text[a - 1] in ";:" and is_leading(text, a, pos, openers) \
                    and not (text[a - 1] == ":" and title_rules()["reporter"].search(text, sentence[0], a - 1)):
                # (but after 'X cho biết:' the speaker's words stay the sentence's: who and where)
                return [(a, sentence[1])]
            if a <= pos < b + 1 and a > sentence[0] and text[a - 1] == ";" \
                    and _subject_rules()[1].match(text, _skip_blanks(text, a)) \
                    and len(text[a:pos].split()) <= 3:
                # 'Đồng chí Trường Chinh, tên thật là …, nguyên Tổng Bí thư …; sinh ngày 9/2/1907 ở …':
                # a predicate after a semicolon, its date right after its verb, tells the subject's
                # event; the posts before it are who he is
                return [(a, sentence[1])]
        return [sentence]
    clauses = _split_before_joined_dates(text, clause_spans(text, *sentence), mentions)

    def clause_of(pos):
        for i, (a, b) in enumerate(clauses):
            if a <= pos < b + 1:
                return i
        return len(clauses) - 1

    predicate = _subject_rules()[1]

    subjects = _subject_rules()[0]

    def own_predicate(j):
        after = text[mentions[j].mention.end:mentions[j].mention.end + 40].lstrip(" \t")
        if predicate.match(after):
            return True
        # ('… năm 1925, đồng chí tham gia …  và năm 1926 đồng chí là …': a person's subject, then its verb)
        words = after.split()
        if len(words) > 2 and words[0] == "là" and words[1].lower() not in _TIME_NOUNS:
            return True  # ('… và năm 1926 là một trong những người lãnh đạo …': the subject's again; not
            #             '2017 và 2019 là những năm …', which says what the years were)
        n = next((k for k in (2, 1) if " ".join(words[:k]).lower() in subjects), 0)
        return bool(n) and n < len(words) and (words[n] == "là" or predicate.match(" ".join(words[n:])) is not None)

    idx = [clause_of(r.mention.start) for r in mentions]
    leads = [is_leading(text, clauses[i][0], r.mention.start, openers) for i, r in zip(idx, mentions, strict=True)]
    if not leads[0] and idx[0] == 0 and _ANNOUNCED_BY.match(text, sentence[0], mentions[0].mention.start) \
            and not re.search(r"\w", text[mentions[0].mention.end:clauses[0][1]]):
        # 'Theo kết quả Bộ Giáo dục và Đào tạo công bố chiều 13/2, tỉnh Lạng Sơn có 28 học sinh đạt
        # giải …': the day a source made known what the sentence tells dates it all, as one opening it
        leads[0] = True
    out = []
    claimed_to = sentence[0]  # characters before this belong to earlier mentions
    k = 0
    while k < len(mentions):
        r, ci = mentions[k], idx[k]
        # 'Ngày 5/10, UBND tỉnh tổ chức hội nghị đánh giá tình hình quý III và triển khai nhiệm
        # vụ quý IV/2023': dates inside the clause that a bare opening date governs are part of
        # what it tells; they share its span
        attached = k
        if leads[k] and not re.search(r"\w", _BRACKETED.sub("", text[r.mention.end:clauses[ci][1]])):
            while attached + 1 < len(mentions) and not leads[attached + 1] and idx[attached + 1] > ci \
                    and (_plain_date(mentions[attached + 1]) or _welcomed_feast(text, mentions[attached + 1])) \
                    and ";" not in text[mentions[attached].mention.end:mentions[attached + 1].mention.start] \
                    and not _told_within(mentions[attached + 1], r) \
                    and not _then_opens().match(text, clauses[idx[attached + 1]][0]) \
                    and (mentions[attached + 1].mention.info.get("record_since")
                         # ('Tối qua, … phá kỷ lục … tồn tại từ năm 2017': the bound a record counts
                         # from belongs to what the opening date tells)
                         or not _has_lead_in(text, mentions[attached + 1])
                         and _after_own_predicate(text, mentions[attached].mention.end, mentions[attached + 1]) is None) \
                    and not (own_predicate(attached + 1)
                             and _AND_BEFORE.search(text, max(0, mentions[attached + 1].mention.start - 16),
                                                    mentions[attached + 1].mention.start)):
                attached += 1
        if attached > k:
            start = clauses[ci][0] if k else sentence[0]
            start = max(start, claimed_to) if k else start
            last = idx[attached]
            if attached + 1 < len(mentions) and idx[attached + 1] > last + 1:
                last = idx[attached + 1] - 1
            elif attached + 1 == len(mentions):
                last = len(clauses) - 1
            end = clauses[last][1]
            out.extend([(start, end)] * (attached - k + 1))
            if attached_to is not None:
                attached_to.update({j: k for j in range(k + 1, attached + 1)})
            claimed_to = max(claimed_to, end)
            k = attached + 1
            continue
        # 'trùng tu vào những năm 1920 và năm 1998': dates joined by 'và' time one clause together
        # (not when the second opens its own predicate: 'Ông nhập ngũ năm 1965 và năm 1972 được
        # kết nạp vào Đảng' tells two things)
        run = k
        while run + 1 < len(mentions) and _COORDINATED.fullmatch(text, mentions[run].mention.end,
                                                                   mentions[run + 1].mention.start) \
                and not own_predicate(run + 1):
            run += 1
        # 'Các năm 2015, 2017 và 2019, …': a list closed by 'và' is coordinated throughout
        listed = k
        while listed + 1 < len(mentions) and _LISTED.fullmatch(text, mentions[listed].mention.end,
                                                              mentions[listed + 1].mention.start) \
                and not own_predicate(listed + 1):
            listed += 1
        if listed > run and _COORDINATED.fullmatch(text, mentions[listed - 1].mention.end,
                                                   mentions[listed].mention.start):
            run = listed
        following = mentions[run + 1].mention.start if run + 1 < len(mentions) else sentence[1]
        nxt = idx[run + 1] if run + 1 < len(mentions) else len(clauses)
        if leads[k]:
            start = clauses[ci][0] if k else sentence[0]
            last = max(ci, nxt - 1)
            end = clauses[min(last, len(clauses) - 1)][1]
            # a bracket after the date restates it ('16/2 (tức mùng 7 tháng Giêng)')
            bare = not re.search(r"\w", _BRACKETED.sub("", text[r.mention.end:clauses[ci][1]]))
            if nxt == ci or (bare and last == ci):
                # 'Trong kháng chiến chống Pháp, Đảng bộ … đóng góp … cho Chiến dịch …': a
                # date alone in its clause governs on until the next date
                end = following
                if run + 1 < len(mentions) and (joined := _after_own_predicate(text, r.mention.end, mentions[run + 1])):
                    end = joined  # (up to the 'và' that opens the next date's own predicate)
                elif run + 1 < len(mentions) and not leads[run + 1] \
                        and (said := _said_before(text, r.mention.end, mentions[run + 1])):
                    end = said
                elif run + 1 < len(mentions) and _has_lead_in(text, mentions[run + 1]) \
                        and not _PERIOD_WORD_BEFORE.search(text, max(0, following - 16), following) \
                        and (reason := _REASON.search(text, r.mention.end, following)):
                    end = reason.start()  # ('…, tòa án phế truất tổng thống vì ban bố … hồi tháng 12/2024')
                elif run + 1 < len(mentions) and own_predicate(run + 1) \
                        and (joined := _AND_BEFORE.search(text, max(r.mention.end, following - 16), following)):
                    end = joined.start()  # ('… và năm 1926 đồng chí là …': the next date opens a clause of its own)
                elif nxt == ci and (joins := list(_joining().finditer(text, r.mention.end, following))) \
                        and _NAMED_WORD.search(text, joins[-1].end(), following):
                    # ('…, sau tàu của Hải quân Nhật Bản hồi tháng 3 và tàu của Hải quân Pháp vào tháng 6': the
                    # words after the conjunction, with a name of their own, are the next date's)
                    end = joins[-1].start()
        else:
            # the first date also takes the clauses before its own: they hold its subject
            # ('Dự án đường vành đai V, khởi công tháng 12/2023, …')
            start = sentence[0] if k == 0 else max(clauses[ci][0], claimed_to)
            if k and claimed_to < clauses[ci][0] and (then := _THEN_AFTER_COMMA.search(text, claimed_to, clauses[ci][0])):
                # ('…, sau đó lan ra cả 63 tỉnh, thành phố trong năm 2019': what followed opens
                # at its 'sau đó', before the comma that splits its object)
                start = then.start() + 1
            end = clauses[ci][1]
            # 'Sinh năm 1958 tại thôn Khòn Pịt, xã Bình La, huyện Bình Gia, ông …': the rest of an
            # address goes with the clause it began in
            j = ci + 1
            while j < nxt and j < len(clauses) and ((title_rules()["admin_name"] if j > ci + 1 else title_rules()["address_name"])
                                                   .fullmatch(text[clauses[j][0]:clauses[j][1]])
                                                   or known_country(text[clauses[j][0]:clauses[j][1]].strip())
                                                   # ('sinh tháng 5/1966, làm việc tại một công ty ở phường Đông
                                                   # Kinh, …': where the subject works, told before the next date)
                                                   or j == ci + 1 and text[clauses[j][0] - 1] == ","
                                                   and title_rules()["located_name"].search(text, clauses[j][0], clauses[j][1])):
                # ('… tại thành phố Johannesburg, Nam Phi, sau hai ngày …': the country ends the address)
                end = clauses[j][1]
                j += 1
            if k == 0 and ci == 0 and nxt > ci + 1 and not re.search(r"\w", _BRACKETED.sub("", text[r.mention.end:clauses[ci][1]])):
                # 'Tại buổi kiểm tra sáng 11/6, Chủ tịch UBND tỉnh yêu cầu …, phấn đấu … vào ngày
                # 2/9/2025': an opening phrase the date ends is background; what happened is the
                # clauses after it, up to the next date's
                end = clauses[nxt - 1][1]
            if nxt == ci:
                end = following
                # two dates in one clause, each after its own words ('phát hiện sai phạm vào
                # tháng 5/2022 và chuyển hồ sơ vào năm 2023'): the next begins at the conjunction
                joins = list(_joining().finditer(text, mentions[run].mention.end, following))
                if joins:
                    end = joins[-1].start()
        start = max(start, claimed_to) if k else start
        end = max(end, mentions[run].mention.end)
        out.extend([(start, end)] * (run - k + 1))
        claimed_to = max(claimed_to, end)
        k = run + 1
    # clauses after the last date that no date claimed ('Dịp cận Tết Nguyên đán, nhất là từ tháng
    # 10 đến tháng Chạp, các hộ làm việc hết công suất') are what the last dates time
    # (up to a semicolon before a post held: in a profile's list of items, '…, sinh năm 1945, quê
    # quán …; nhập ngũ tháng 3/1965; nguyên Chính trị viên Tiểu đoàn 2, …', the post is no date's)
    if out and out[-1][1] < sentence[1] and re.search(r"\w", text[out[-1][1]:sentence[1]]):
        last = out[-1]
        semi = text.find(";", last[1], sentence[1])
        until = semi if semi >= 0 and len(mentions) > 1 and _POST_ITEM.match(text, semi + 1) else sentence[1]
        out = [(a, max(b, until)) if (a, b) == last else (a, b) for a, b in out]
    # 'Địa bàn xã, đầu thế kỷ XIX, thời vua Gia Long (1802 – 1819) thuộc tổng Lai Triều': a time
    # alone between commas after the subject, and a second time right after it, say one time
    # twice; both take the subject and what the second's clause tells
    for k in range(len(mentions) - 1):
        ci, cj = idx[k], idx[k + 1]
        if cj == ci + 1 and not text[clauses[cj][0]:out[k + 1][0]].strip() and out[k][0] < clauses[ci][0] \
                and _LIST_COMMA.fullmatch(text, mentions[k].mention.end, mentions[k + 1].mention.start) \
                and not re.search(r"\w", text[clauses[ci][0]:mentions[k].mention.start]) \
                and re.search(r"\w", _BRACKETED.sub("", text[mentions[k + 1].mention.end:out[k + 1][1]])):
            out[k] = out[k + 1] = (out[k][0], out[k + 1][1])
    return out


_FOUNDED_UNIT = re.compile(r"thành\s+lập\s+(?:xã|huyện|tỉnh|phường|thị\s+trấn|thị\s+xã|thành\s+phố)\s*\(", re.IGNORECASE)
_POST_ITEM = re.compile(r"\s*(?:nguyên|từng\s+là|hiện\s+là)\s", re.IGNORECASE)
_COMMEMORATED_BEFORE = re.compile(r"(?:k[ỷỉ]\s+niệm|chào\s+mừng|nhân\s+dịp)\s+\d{1,4}\s+năm\s+(?:ngày\s+)?$", re.IGNORECASE)
_TIMED_BRACKET = re.compile(r"\(\s*(?:từ|ngày|vào|diễn\s+ra|kéo\s+dài)(?!\w)", re.IGNORECASE)
# ('… vì có thành tích … trong phong trào … giai đoạn 2021 – 2025': a stretch that names what is praised)
_PERIOD_WORD_BEFORE = re.compile(r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|năm\s+học)\s+$", re.IGNORECASE)
_REASON = re.compile(r"(?<!\w)(?:vì|bởi\s+vì|do\s+đã)\s", re.IGNORECASE)
_NAMED_WORD = re.compile(r"(?<!\w)[" + re.escape(UPPERCASE) + r"]")
_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:và|hoặc)\s+(?:(?:vào|trong|năm|ngày|tháng)\s+)?")
_LISTED = re.compile(r"\s*,\s*|\s*(?:,\s*)?(?:và|hoặc)\s+(?:(?:vào|trong|năm|ngày|tháng)\s+)?")
_BRACKETED = re.compile(r"\([^()]*\)")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$", re.IGNORECASE)
_LIST_COMMA = re.compile(r"\s*,\s*")
_DECIMAL_COMMA = re.compile(r",(?<=\d,)(?=\d)")  # the comma first: the engine jumps from comma to comma


def _named_object(text: str, sent: tuple[int, int], r: Resolved) -> tuple[int, int] | None:
    """A named period inside its clause ('… mở đầu thời kỳ Bắc thuộc kéo dài …') is what the
    clause is about: it stays in the title.  One that opens its clause ('Trong kháng chiến
    chống Pháp, …') only dates it."""
    m = r.mention
    if m.kind != "named" and "festival" not in m.info:
        return None
    clause_start = max((b + 1 for a, b in clause_spans(text, *sent) if b < m.start), default=sent[0])
    # one that opens its clause and runs on into the verb is its subject ('Đại thắng mùa Xuân
    # 1975 mở ra kỷ nguyên mới')
    subject = not text[clause_start:m.start].strip(" \"“'(-–") and _RUNS_ON.match(text, m.end, sent[1])
    if m.kind != "named":
        # a feast stays in the title only as its clause's subject ('lễ Vu Lan năm 2026 được tổ chức
        # …'), not as a bound ('… đưa vào khai thác trước Tết Nguyên đán')
        return (m.start, m.end) if subject and m.kind == "point" else None
    return None if is_leading(text, clause_start, m.start, opening_words()) and not subject else (m.start, m.end)


_RUNS_ON = re.compile(r"[ \t]+[^\W\d_]")


def _own_stretch(text: str, sent: tuple[int, int], group: list[Resolved], r: Resolved) -> tuple[int, int, bool]:
    """From the end of the date before r in its clause (or the clause's start) to r's end, and
    whether a date opens it."""
    start = sent[0]
    for a, b in clause_spans(text, *sent):
        if a <= r.mention.start < b + 1:
            start = a
            break
    after_date = False
    for o in group:
        if o is not r and start <= o.mention.end <= r.mention.start:
            start, after_date = o.mention.end, True
    return start, r.mention.end, after_date


def _unique(ents: list[Entity]) -> list[Entity]:
    seen, out = set(), []
    for e in ents:
        key = e.name.lower()
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


_BIRTH_BARE_AFTER = re.compile(r"[ \t]+(?=(?:đã|đang|vẫn|từng|hiện|sẽ|dự\s+kiến|cũng|vừa)(?!\w))", re.IGNORECASE)
_BORN_AFTER_NOUN = re.compile(r"(?<![,\d])[ \t]+sinh(?:[ \t]+(?:năm|ngày))?[ \t]+$", re.IGNORECASE)
_BIRTH_ASIDE_AFTER = re.compile(r"[ \t]*,[ \t]*(?=(?:đã|đang|vẫn|từng|là|hiện|được|sẽ|nay|cũng)(?!\w))", re.IGNORECASE)


def _without_counted_dated(group: list[Resolved]) -> tuple[list[Resolved], list[Resolved]]:
    """'Cách đây tròn 94 năm tại Hương Cảng, … từ ngày 03/02 đến ngày 07/02/1930 hội nghị …':
    a time counted back from today that its sentence dates outright, in that year or the next
    (the count is round: 'hơn 70 năm'), is that date told twice.  Returns the events kept and
    the counts dropped (still cut from the title)."""
    if len(group) < 2 or not any(r.mention.kind == "years_ago" for r in group):
        return group, []
    written = [r.value.start.year for r in group if r.mention.kind in ("point", "range") and not r.value.inferred
               and r.value.start is not None and r.value.start.year]
    counted = [r for r in group if r.mention.kind == "years_ago" and r.value.start is not None
               and any(abs(y - r.value.start.year) <= 1 for y in written)]
    return [r for r in group if r not in counted], counted


_WHERE_CLAUSE = re.compile(r",[ \t]*nơi[ \t]+[^,.;:()\n]*$")
_ADJUNCT_ONLY = re.compile(r"[\s,]*(?:(?:vào|trong|hồi|lúc)\s+)?(?:ngày\s+)?", re.IGNORECASE)


def _without_restated_years(text: str, sent: tuple[int, int], group: list[Resolved]) -> list[Resolved]:
    """A bare year that only says again the year of a date beside it: inside a clause ('Ngày
    16/2, … tổ chức Lễ hội Lồng tồng năm 2024 tại …'), or opening the clause that the date is
    in ('Năm nay, lễ hội diễn ra từ ngày 25 đến 27/1').  A year that opens a clause of its
    own ('…, cũng trong năm 1945, bộ máy giúp việc được thành lập') is another event."""
    def year_of(r):
        v = r.value
        if v.start is None or v.is_interval or v.precision() != "year" or r.mention.kind not in ("point", "relative") \
                or r.mention.info.get("anniversary_pair"):
            return None
        return v.start.year

    if len(group) < 2:
        return group  # most sentences tell one date
    # a date in a bracket cites (a decision's date: 'Năm 2017, … (Quyết định số … ngày 28/3/2017)'):
    # the year outside it still tells the event
    finer = [r for r in group if r.value.start is not None and r.value.precision() in ("day", "month")
             and r.value.last_day() and r.value.start.year == day_key(r.value.last_day())[0]
             and not _in_brackets(text, sent[0], r.mention.start)]
    if not finer or len(group) < 2:
        return group
    clauses = clause_spans(text, *sent)

    def clause_of(pos):
        return next((i for i, (a, b) in enumerate(clauses) if a <= pos < b + 1), len(clauses) - 1)

    out = []
    for r in group:
        year = year_of(r)
        # ('Mùa đông năm ngoái, … vào các ngày 22 và 23/1/2024': last year's winter runs into this
        # year's first months; a year counted from today, said again by days early in the next)
        same = [o for o in finer if o.value.start.year == year or r.mention.kind == "relative"
                and o.value.start.year == year + 1 and (o.value.start.month or 12) <= 2] if year is not None else []
        # ('Tham gia công tác từ năm 1967; vào Đảng … ngày 19 tháng 12 năm 1967': a semicolon
        # parts two statements, each with its own time)
        same = [o for o in same if ";" not in text[min(o.mention.end, r.mention.end):max(o.mention.start, r.mention.start)]
                # (nor a later time that takes its year from this one: 'tốt nghiệp năm 1984 và ngay
                # tháng 9 năm đó được phân công …')
                and not (o.mention.info.get("same_year") and o.mention.start > r.mention.start)]
        if same and all(o.mention.end < r.mention.start and _THEN_AFTER_COMMA.search(text, o.mention.end, r.mention.start)
                        for o in same):
            # ('… xuất hiện vào tháng 2/2019 ở tỉnh Hưng Yên, sau đó lan ra cả 63 tỉnh, thành phố
            # trong năm 2019': what followed, in a clause of its own, has the year as its time)
            same = []
        if same:
            ci = clause_of(r.mention.start)
            leading = is_leading(text, clauses[ci][0], r.mention.start, opening_words())
            governed = {ci}
            if leading and not re.search(r"\w", text[r.mention.end:clauses[ci][1]]):
                governed.add(ci + 1)  # 'Năm nay, lễ hội diễn ra từ ngày 25 …': alone, it opens the next
                # ('Năm ngoái, đợt rét đầu tiên xuất hiện muộn hơn, vào giữa tháng 12': a clause that
                # is only a time, set after the clause it times, is that clause's)
                for o in same:
                    j = clause_of(o.mention.start)
                    if j == max(governed) + 1 and _ADJUNCT_ONLY.fullmatch(text[clauses[j][0]:o.mention.start]) \
                            and not re.search(r"\w", text[o.mention.end:clauses[j][1]]):
                        governed.add(j)
            if not leading or any(clause_of(o.mention.start) in governed for o in same):
                continue
        out.append(r)
    return out


@cache
def _document_opening() -> re.Pattern:
    return re.compile(r"\(\s*(?:" + alternation(load("cues")["document_words"]) + r")(?!\w)", re.IGNORECASE)


def _citation(text: str, sent: tuple[int, int], r: Resolved) -> tuple[int, int] | None:
    """The bracket citing a document that a date stands in, as a span."""
    open_at = text.rfind("(", sent[0], r.mention.start)
    if open_at < 0 or ")" in text[open_at:r.mention.start] or not _document_opening().match(text, open_at):
        return None
    close = text.find(")", r.mention.end, sent[1])
    return (open_at, close + 1) if close >= 0 else None


_CLAUSE_MARK = re.compile(r"[,;:]")


def _background_span(text: str, sent: tuple[int, int], x: Entity) -> tuple[int, int]:
    """What to leave out of a title for a background body: from its opener ('theo', 'dưới sự
    lãnh đạo của') to its name's end, or to its clause's end when the opener opens the clause
    ('Theo Ban Chỉ đạo quốc gia về phòng thủ dân sự, …': the words its name did not take too)."""
    start = x.details.get("adjunct_from", x.start)
    before = text[sent[0]:start].rstrip()
    if "adjunct_from" in x.details and (not before or before[-1] in ",;:("):
        mark = _CLAUSE_MARK.search(text, x.end, sent[1])
        if mark:
            return start, mark.start()
    return start, x.end


_BACKGROUND_GAP = re.compile(r"[\s,\x01]*(?:(?:và\s+)?trực\s+tiếp\s+là|và|cùng|với)?[\s,\x01]*")


def _merged_background(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'dưới sự lãnh đạo của Ban Chấp hành, Ban Thường vụ và trực tiếp là Thường trực Tỉnh ủy, …':
    the bodies of one background phrase and the words between them go as one, with the comma
    that closes it."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and _BACKGROUND_GAP.fullmatch(text, out[-1][1], a):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


@cache
def _document_before() -> re.Pattern:
    words = alternation(load("cues")["document_words"])
    # ('Luật Đất đai số 31/2024/QH15 ngày 18/1/2024': a law's name before its number)
    # ('Nghị quyết 20 (ngày 18/7/2023)': its day in brackets)
    return re.compile(r"(?<!\w)(?P<doc>(?:" + words + r")\s+(?:(?:[^\W\d_]+\s+){0,6}?số\s+)?[\w/\-.]*\d[\w/\-.]*)\s*,?\s*"
                      r"(?P<bracket>\(\s*)?(?:ban\s+hành\s+)?(?:ngày\s+)?$", re.IGNORECASE)


_ISSUER = re.compile(r"\s+(?:của|do)\s+")
_OFFICIAL_NUMBER = re.compile(r"(?<!\w)số\s+[\w.\-]*\d[\w.\-]*/[\w/.\-]+", re.IGNORECASE)


def _document_of(text: str, sent: tuple[int, int], r: Resolved):
    """The document a date issued ('Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung
    ương 6'): its span with the issuer after it, and its name as a title."""
    m = r.mention
    if m.kind != "point" or m.a is None or m.a.precision != "day":
        return None
    doc = _document_before().search(text, max(sent[0], m.start - 60), m.start)
    # (written small, only with its official number: 'tại văn bản số 238/UBND-KGVX ngày 19/3/2018')
    if not doc or not (doc["doc"][:1].isupper() or _OFFICIAL_NUMBER.search(doc["doc"])):
        return None
    title, end = doc["doc"], m.end
    title = title[:1].upper() + title[1:]
    closed = _CLOSING.match(text, m.end) if doc["bracket"] else None
    if doc["bracket"] and not closed and not _ISSUER.match(text, m.end):
        return None  # a bracket that goes on with more than its day and issuer
    issuer = _ISSUER.match(text, closed.end() if closed else m.end)
    if issuer:
        # who issued it: up to the clause's end or what the document is about ('về …')
        stop = _ISSUER_END.search(text, issuer.end(), sent[1])
        words = text[issuer.end():stop.start() if stop else sent[1]].split()[:8]
        if words and words[0][:1].isupper():
            body = " ".join(words).rstrip(".")
            title, end = f"{title}{issuer.group().rstrip()} {body}", issuer.end() + len(body)
    if doc["bracket"] and (close := _CLOSING.match(text, max(end, closed.end() if closed else end))):
        end = close.end()  # the bracket goes with its day
    return doc.start(), end, title.replace("\x01", ",")


_CLOSING = re.compile(r"\s*\)")


# ('Dự án được HĐND tỉnh chấp thuận chủ trương đầu tư tại Nghị quyết số 45/NQ-HĐND ngày 10/7/2025')
_BY_DOCUMENT = re.compile(r"(?<!\w)(?:theo|tại|bằng)\s+$", re.IGNORECASE)


@cache
def _issued_before() -> re.Pattern:
    """A verb of issuing right before a document ('Chính phủ đã ban hành Nghị định …')."""
    return re.compile(r"(?<!\w)(?:" + alternation(load("cues")["issuing_verbs"]) + r")\s+$", re.IGNORECASE)
# 'Tại Nghị quyết số 125/NQ-CP và Nghị quyết số 126/NQ-CP ngày 9/5/2025, Chính phủ đã thông qua …':
# documents that open the sentence are what its main clause was done by, that day
_BY_DOCUMENTS_OPENING = re.compile(r"\s*(?:theo|tại|bằng)\s[^,;:]*$", re.IGNORECASE)
_ISSUER_END = re.compile(r"[,;:.()\n]|\s(?:về|nhằm|để|và|với|đã|thì)\s")


_DOCUMENT_SUBJECT = re.compile(r"\s*(?:về|quy\s+định|hướng\s+dẫn)\s[^.;:!?\n]*$", re.IGNORECASE)


def _alone_but_its_subject(text: str, group: list[Resolved], span: tuple) -> bool:
    """Is a document's day the only date of its sentence but for those of what the document is
    about ('ban hành Quyết định … ngày 17/7/2026 về kế hoạch thời gian năm học 2026 – 2027')?"""
    return all(o.mention.start < span[1] and o.mention.end <= span[1] and o.mention.start >= span[0]
               or o.mention.start >= span[1] and _DOCUMENT_SUBJECT.match(text, span[1], o.mention.start)
               for o in group)


def _in_brackets(text: str, start: int, pos: int) -> bool:
    before = text[start:pos]
    return before.count("(") > before.count(")")


@cache
def _name_stops() -> frozenset[str]:
    return frozenset(load("titles")["name_stops"])


@cache
def _joining() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("titles")["clause_joiners"]) + r")(?!\w)", re.IGNORECASE)
_OPEN_BRACKET_BEFORE = re.compile(r"\(\s*(?P<said>[^\W\d][^()\d,;:.]*?)?\s*$")
_CLOSE_BRACKET_AFTER = re.compile(r"\s*\)")
_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{1,60}\)")
_BORN_AFTER_NAME = re.compile(r"\s*,\s*sinh(?:\s+(?:năm|ngày))?\s*", re.IGNORECASE)
_BRACKET_CLAUSE_AFTER = re.compile(r"[ \t]+(?P<said>[^()\d\n,;.:]{3,60}?)\s*\)")
_BRACKET_GOES_ON = re.compile(r"\s*[,;][^()\n]*\)")
_TOKEN = re.compile(r"\S+")


@cache
def _place_words() -> frozenset[str]:
    pl = load("places")
    return frozenset(w.lower() for w in pl["local_kinds"] + ["miền", "vùng"] if " " not in w)


def _place_word(word: str) -> bool:
    return word.lower() in _place_words()


_DAY_NAME = re.compile(r"(?<!\w)(?P<d>Ngày\s+[" + re.escape(UPPERCASE) + r"])")
_COUNTED_YEARS = re.compile(r"(?<![\d/.,])(\d{1,3})[ \t]+năm(?!\w)", re.IGNORECASE)


def _counts_its_years(text: str, r: Resolved, opening: int) -> bool:
    """Whether the sentence before a bracketed range counts the range's years: '… sơ kết 15 năm
    thực hiện ba văn kiện … Việt Nam – Trung Quốc (2009 – 2024)' dates the fifteen years, not the
    name before the bracket."""
    a, b = r.value.start, r.value.end
    if r.mention.kind != "range" or not isinstance(a, Point) or not isinstance(b, Point):
        return False
    stop = max(text.rfind(c, max(0, opening - 240), opening) for c in ".!?\n")
    return any(int(c[1]) == b.year - a.year for c in _COUNTED_YEARS.finditer(text, stop + 1, opening))


_TERM_OF_NAME = re.compile(r"(?<!\w)thời[ \t]+(?:" + LOWER_LETTER + r"+[ \t]+){1,2}"
                           r"(?:[" + re.escape(UPPERCASE) + r"][^\W\d_]*[ \t]*){1,4}$")


_BORN_AT = re.compile(r"(?<!\w)(?:sinh|sinh[ \t]+ra|quê)[ \t]+(?:tại|ở|quán[ \t]+(?:tại|ở)?)[ \t]*")
_LOCATIVE_AFTER = re.compile(r"[ \t]*(?:ở|tại)[ \t]+")
# (a comma inside an address may stand protected as '\x01': see _protect_commas)
_PLACE_CHAIN_GAP = re.compile(r"[ \t]*[,(\x01][ \t]*")
_PLACE_CHAIN_WORD = re.compile(r"[ \t]*[,\x01][ \t]*" + LOWER_LETTER + r"+[ \t]*")


def _places_named_from(text: str, entities: list[Entity], at: int) -> list[Entity]:
    """The places a cue at `at` leads into ('ở Thanh Hóa', 'sinh tại xã Cam An, huyện Cam Lộ'):
    the first right after it, and those that follow it as an address does, by commas or brackets."""
    out = []
    for x in (x for x in entities if x.type == "place"):
        if not out and x.start < at + 12 \
                or out and (_PLACE_CHAIN_GAP.fullmatch(text, out[-1].end, x.start)
                            # ('phường Bích Câu, kinh thành Thăng Long': a word of kind the place's own run leaves out)
                            or _PLACE_CHAIN_WORD.fullmatch(text, out[-1].end, x.start)):
            out.append(x)
        elif out:
            break
    return out


def _bracketed_for_name(text: str, r: Resolved, persons: list[Entity] = ()) -> tuple[int, int, str] | None:
    """The name a bracketed date belongs to, '(1009 - 1225)' after 'nhà Lý', and what the
    bracket says happened then ('cầu Cửa Lục 3 (khởi công tháng 12/2022)'): the words
    before the bracket back to a punctuation mark or a function word (at most six), when a
    capitalised word ends the name."""
    m = r.mention
    opened = _OPEN_BRACKET_BEFORE.search(text, max(0, m.start - 40), m.start)
    if r.mention.info.get("anniversary_pair") or not opened or m.kind not in ("point", "range", "named"):
        return None
    said = (opened["said"] or "").strip()
    words = title_rules()["bracket_words"]
    # 'tổng Yên Định (năm 1910 đổi thành Hữu Định)': a bracket the date opens, going on with what
    # happened then to the name before it
    told_after = None if said or _CLOSE_BRACKET_AFTER.match(text, m.end) else _BRACKET_CLAUSE_AFTER.match(text, m.end)
    if told_after and (not told_after["said"][:1].islower() or len(told_after["said"].split()) > 8):
        told_after = None
    if m.kind == "named" and not told_after:
        return None
    # '(SN 1989, trú tại xã …)': a birth year may lead a bracket that goes on about the person
    if not (told_after or _CLOSE_BRACKET_AFTER.match(text, m.end)
            or said.lower() in words and _BRACKET_GOES_ON.match(text, m.end)):
        return None
    if not said and not told_after and _counts_its_years(text, r, opened.start()):
        return None
    told_of = said.lower() in words  # the bracket says what happened then ('sinh năm', 'SN')
    said = words.get(said.lower(), said)  # '(SN 1971)': born in 1971
    if said:
        lead = title_rules()["lead_in"].search(said)
        said = said[:lead.start()].strip() if lead else said
        if len(said.split()) > 4:
            return None
    if told_after:
        said = told_after["said"]
    end = opened.start()
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if not said and not told_after and _TERM_OF_NAME.search(text, max(0, end - 60), end):
        return None  # 'dưới thời trấn thủ Ngô Thì Sĩ (1777 – 1780)': his term times the clause it is in
    if told_of and end > 0 and text[end - 1] == ",":
        # 'vụ án Triệu Ký Voòng, (sinh năm 1969, trú tại …)': a comma before a birth's bracket
        end -= 1
    if end > 2 and text[end - 1] == "." and text[end - 2].isupper() and not text[end - 3].isalnum():
        end -= 1  # 'đối tượng Hoàng Văn B. (SN 1995)': an initial's dot ends no sentence
    if not said and end > 1 and text[end - 1] in "\"”":
        # 'phim "Bao giờ cho đến tháng Mười" (1984)': a work's quoted title, whole
        opening = max(text.rfind("“", max(0, end - 120), end - 1), text.rfind('"', max(0, end - 120), end - 1))
        if opening >= 0 and "\n" not in text[opening:end] and re.search(r"\w", text[opening + 1:end - 1]):
            return opening + 1, end - 1, said
    if not said and (line := text[text.rfind("\n", 0, end) + 1:end]).isupper() and len(line.split()) >= 3:
        # 'LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC UBND TỈNH (Từ ngày … đến ngày …)': a heading in
        # capitals over its bracketed time is named whole
        return end - len(line.lstrip()), end, said
    lo = max(0, end - 80)
    seg = text[lo:end]
    cut = max(seg.rfind(c) for c in ",;:.!?()\n\"“”")
    tokens = list(_TOKEN.finditer(seg, cut + 1))
    if not said and (meeting := _meeting_name().search(seg, cut + 1)) is not None:
        # 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (19 - 23/01/2026)': a congress's name
        # runs on over its small words and whose it is
        return lo + meeting.start(), end, said

    def syllable(i: int) -> bool:  # the second syllable of a capitalised word ('Lao động', 'Huyện ủy')
        return i > 0 and tokens[i - 1].group()[:1].isupper()

    taken, lower = [], 0
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        w = t.group()
        if w.lower() in _name_stops() and not (not taken and w[:1].isupper() and i > 0 and tokens[i - 1].group()[:1].isupper()) \
                or len(taken) == 8:
            # (a function word written capital at a name's end is the name's: 'Đền Kỳ Cùng')
            break
        if w in ("-", "–"):  # 'Chiến dịch Huế - Đà Nẵng': a dash joins the parts of a name
            taken.append(t)
            continue
        if not (w[:1].isupper() or w.isdigit()) and not syllable(i):
            # one lowercase word of its own: the common noun before a name ('nhà Lý', 'cầu Cửa Lục
            # 3') or a word of the name ('Huân chương Lao động hạng Ba')
            lower += 1
            if lower == 2 and f"{w.lower()} {taken[-1].group().lower()}" in _nouns_before_names():
                taken.append(t)  # 'phong trào Thơ mới (1932 – 1945)': a noun of two syllables
                break
            if lower > 1 or not taken:
                break
        taken.append(t)
    # a capitalised word ends the name (its last syllable may be lowercase: 'Huyện ủy'), or a
    # number after one ('cầu Cửa Lục 3')
    last_i = len(tokens) - 1 - (1 if len(taken) > 1 and taken[0].group().isdigit() else 0)
    if not taken or not (tokens[last_i].group()[:1].isupper() or syllable(last_i)):
        return None
    start = lo + taken[-1].start()
    if (day_name := _DAY_NAME.search(text, lo + cut + 1, start)) is not None:
        start = day_name.start("d")  # 'Ngày Văn hóa các dân tộc Việt Nam (19/4)': a named day, whole
    if not said and m.a is not None and m.a.precision in ("day", "month") and _place_word(taken[-1].group()):
        # '… sau khi rút khỏi miền Nam (tháng 3-1973)': a place has no time of its own to the
        # month; the bracket dates what the clause tells
        return None
    # a person named right before the bracket, after a common noun that is no part of the name
    # ('bị cáo Trần Văn Bình (SN 1971)'; but 'Chủ tịch Hồ Chí Minh (1890 - 1969)' keeps the title)
    person = next((p for p in persons if p.type == "person" and p.end in (end, end + 1)), None)  # ('Hoàng Văn B.' ends at its dot)
    if person is not None and text[start].islower():
        start = person.start
    # a body's name the words cut short ('Hội Nông dân cứu quốc Trung ương (1949 - 1952)': 'quốc Trung ương')
    body = next((o for o in persons if o.type == "organisation" and o.end == end and o.start < start), None)
    if body is not None:
        start = body.start
    return start, end, said


@cache
def _award_at() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("organisations")["awards"]) + r")(?!\w)")


_GRADE = re.compile(r"hạng[ \t]+(?:Nhất|Nhì|Ba|nhất|nhì|ba)(?!\w)", re.IGNORECASE)


@cache
def _timing_verbs() -> frozenset[str]:
    """The verbs, each also after a word of plan ('dự kiến công bố', 'sẽ diễn ra')."""
    lex = load("titles")
    verbs = lex["verbs_timing_the_clause_before"]
    return frozenset(verbs) | {f"{p} {v}" for p in lex["plan_words_before_timing_verbs"] for v in verbs}


@cache
def _nouns_before_names() -> frozenset[str]:
    return frozenset(load("titles")["nouns_before_names"])


@cache
def _meeting_name() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + alternation(load("titles")["meeting_heads"]) + r")(?:[ \t]+[^\s,;:.()“”\"]+){1,12}$")


_FOUNDED_OBJECT_BEFORE = re.compile(r"(?:thành\s+lập|truyền\s+thống|k[ỷỉ]\s+niệm\s+\d{1,4}\s+năm)\s+"
                                   r"(?:lực\s+lượng\s+|ngành\s+)?$", re.IGNORECASE)


_COUNTED_UNITS_BEFORE = re.compile(r"(?<!\w)(?:\d{1,3}|các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+$", re.IGNORECASE)


def _protect_commas(text: str, entities: list[Entity]) -> str:
    """The text with the commas that cut no clause masked (same length): a decimal comma
    ('1,2 km') and one inside a name ('Sở Văn hóa, Thể thao và Du lịch')."""
    spans = [(e.start, e.end) for e in entities if e.type != "person" and "," in e.text]
    # 'Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức …': a list of organisations is one subject
    orgs = sorted((e for e in entities if e.type == "organisation"), key=lambda e: e.start)
    # (not after a venue: 'tại Trung tâm Hội nghị thành phố Hải Phòng, Ban Chấp hành … tổ chức …')
    # (nor after a person's post: '…, Phó Bí thư Tỉnh ủy, Ban Thường vụ Tỉnh ủy thảo luận …')
    spans += [(a.end, b.start) for a, b in zip(orgs, orgs[1:], strict=False) if _LIST_COMMA.fullmatch(text, a.end, b.start)
              and not _VENUE_BEFORE.search(text, max(0, a.start - 8), a.start) and a.role != "title"
              and not (a.role == "adjunct" and b.role != "adjunct")  # ('Được sự đồng ý của Bộ Chính trị, Ban Chấp hành …')
              # (nor after a founding commemorated: 'nhân dịp kỷ niệm 95 năm Ngày thành lập Đảng Cộng
              # sản Việt Nam, Đảng ủy phường Chi Lăng tổ chức …': the host is the subject, apart)
              and not _FOUNDED_OBJECT_BEFORE.search(text, max(0, a.start - 40), a.start)]
    # 'vào Hà Nội, Hải Phòng cuối tháng 12/1972': a list of places named bare is one object
    places = sorted((e for e in entities if e.type == "place"), key=lambda e: e.start)
    # as is one after a count of units ('ở 3 thôn Kiến Phúc, Bảo Thái, Phấn Mễ')
    spans += [(a.end, b.start) for a, b in zip(places, places[1:], strict=False)
              if (a.text == a.name or _COUNTED_UNITS_BEFORE.search(text, max(0, a.start - 12), a.start))
              and b.text == b.name and _LIST_COMMA.fullmatch(text, a.end, b.start)]
    spans += [(m.start(), m.end()) for m in _DECIMAL_COMMA.finditer(text)]
    commas = sorted({i for a, b in spans for i in range(a, b) if text[i] == ","})
    if not commas:
        return text
    pieces, last = [], 0
    for i in commas:
        pieces.append(text[last:i])
        last = i + 1
    pieces.append(text[last:])
    return "\x01".join(pieces)


def build_events(text: str, resolved: list[Resolved], sentences: list[tuple[int, int]], sentence_of,
                 entities: list[Entity]) -> list[Event]:
    text = _protect_commas(text, entities)
    # entities by where they start: each event looks only at its own stretch of a long text
    entities = sorted(entities, key=lambda x: x.start)
    starts = [x.start for x in entities]

    def starting_in(a: int, b: int) -> list[Entity]:
        return entities[bisect_left(starts, a):bisect_left(starts, b)]

    by_sentence: dict[int, list[Resolved]] = {}
    for r in resolved:
        by_sentence.setdefault(sentence_of(r.mention.start), []).append(r)
    continuation = continuation_opener()
    founding_orgs = _anniversary_objects(text, entities)
    events: list[Event] = []
    restating: dict[int, tuple[int, int]] = {}  # dates that say another again, after 'tức': what says it
    for si, group in sorted(by_sentence.items()):
        sent = sentences[si] if si < len(sentences) else (group[0].mention.start, group[-1].mention.end)
        group = _without_restated_years(text, sent, group)
        group, counted = _without_counted_dated(group)
        # anniversary pairs and bracketed restatements ('21/3/2022 (tức 19 tháng Hai âm lịch)')
        # stand inside the main event's sentence: they take no clause of it
        heads = {}
        for prev, r in zip(group, group[1:], strict=False):
            if _APPOSITION.fullmatch(text[prev.mention.end:r.mention.start]):
                heads[id(r)] = prev
        restatements = []
        names = [x for x in starting_in(*sent) if x.type in ("person", "organisation")]
        # '(Quyết định số 1052/QĐ-BVHTTDL ngày 28/3/2017)': the date of the document an event
        # cites; it shares that event's title, and the citation is no part of the title
        for prev, r in zip(group, group[1:], strict=False):
            if id(r) not in heads and (cited := _citation(text, sent, r)) and prev.mention.end <= cited[0]:
                heads[id(r)] = prev
                restatements.append(cited)
        for r in group:
            if id(r) in restating or not (m := _RESTATING.match(text, r.mention.end, sent[1])):
                continue
            if m["open"] == "(":
                close = text.find(")", m.end(), sent[1])
                end = close + 1 if close >= 0 else m.end()
            else:
                stop = _CLAUSE_END.search(text, m.end(), sent[1])
                end = stop.start() if stop else sent[1]
            said = [o for o in group if m.end() <= o.mention.start < end]
            if said:
                inner = (m.start("word"), end - (m["open"] == "("))
                restating.update({id(o): inner for o in said})
                heads.update({id(o): r for o in said})
            if said or m["open"] == "(":
                # a bracket says it again even in words no rule reads ('(tức ngày 8 tháng 3 năm Mậu Tý)')
                restatements.append((m.start(), end))
        # 'nhà Lý (1009 - 1225)', 'Chủ tịch Hồ Chí Minh (1890 - 1969)': a bracketed date after a
        # name is that name's own time, not a clause of the sentence
        # (but a document's day in brackets is its issue: 'Nghị quyết 20 (ngày 18/7/2023)')
        named = {id(r): span for r in group if id(r) not in heads and (span := _bracketed_for_name(text, r, names))
                 and (r.mention.kind == "range" or len(group) - len(heads) > 1 or span[2])
                 and not title_rules()["phase"].match(text, span[0]) and _document_of(text, sent, r) is None}
        # the whole bracket is an aside for the sentence's other events
        asides = [(text.rfind("(", 0, r.mention.start), text.find(")", r.mention.end) + 1)
                  for r in group if id(r) in named] + restatements
        # 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị': the day a document was issued
        documents = {id(r): span for r in group if id(r) not in heads and id(r) not in named
                     and (span := _document_of(text, sent, r))
                     and not (_alone_but_its_subject(text, group, span)
                              and (_BY_DOCUMENT.search(text, max(sent[0], span[0] - 12), span[0])
                                                   or _BY_DOCUMENTS_OPENING.match(text, sent[0], span[0])
                                                   or _issued_before().search(text, max(sent[0], span[0] - 24), span[0])))}
        # ('Trường được thành lập theo Quyết định số 98/TTg ngày 22/6/1970 …': the only date of
        # its sentence, the document's day is the day of what was done by it)
        main = [r for r in group if not r.mention.info.get("anniversary_pair") and id(r) not in heads
                and id(r) not in named and id(r) not in documents]
        # 'thảo luận về đề cương “Lịch sử Đảng bộ tỉnh giai đoạn 2000 – 2020”': a date inside a
        # quoted name is part of the name, and the name part of what another date tells
        quoted = {id(r): q for r in main if (q := _quoted_name(text, sent, r.mention.start))}
        # ('công bố Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 – 2030': a plan's period, in its name, as well)
        quoted.update({id(r): (r.mention.start, r.mention.end) for r in main if id(r) not in quoted
                       and r.mention.kind == "range" and _plan_name_before().search(text, max(sent[0], r.mention.start - 90),
                                                                                  r.mention.start)})
        # ('ban hành Quyết định … ngày 17/7/2026 về kế hoạch thời gian năm học 2026 – 2027': what a
        # document is about, with its years, is part of the document's telling)
        issued = [span for o in main if (span := _document_of(text, sent, o)) and id(o) not in documents]
        quoted.update({id(r): (r.mention.start, r.mention.end) for r in main if id(r) not in quoted
                       and r.mention.kind == "range" and any(r.mention.start >= b and _DOCUMENT_SUBJECT.match(text, b, r.mention.start)
                                                             for _a, b, _t in issued)})
        # ('… ra quân bảo đảm an ninh, trật tự trước, trong và sau Tết Nguyên đán': the feast's time,
        # told after a date of its own, is part of what that date tells)
        quoted.update({id(r): (r.mention.start, r.mention.end) for r in main[1:] if id(r) not in quoted
                       and r.mention.info.get("around")})
        # ('mùa khô năm 2024 – 2025 … dự báo kéo dài từ tháng 11/2024 đến tháng 4/2025': a season
        # named by its two years, told of by a later date of its sentence, is part of what that tells)
        quoted.update({id(r): (r.mention.start, r.mention.end) for r in main[:-1] if id(r) not in quoted
                       and r.mention.kind == "range" and r.mention.a is not None and r.mention.b is not None
                       and r.mention.a.year and r.mention.b.year == r.mention.a.year + 1
                       and season_word_before().search(text, max(sent[0], r.mention.start - 20), r.mention.start)})
        # 'Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030 sẽ diễn ra từ ngày 2-4/10/2025':
        # a body's or a congress's term after its name is part of the name, as a quoted title is
        named_terms = {id(r) for r in main if r.mention.kind == "range"
                       and _NAME_TERM_BEFORE.search(text, max(sent[0], r.mention.start - 30), r.mention.start)}
        plain = [r for r in main if id(r) not in quoted and id(r) not in named_terms]
        quoted_leader = {}
        for r in main:
            if id(r) in quoted and plain:
                before = [o for o in plain if o.mention.end <= r.mention.start]
                quoted_leader[id(r)] = before[-1] if before else plain[0]
            elif id(r) in named_terms and (lead := _term_leader(text, sent, r, plain)) is not None:
                quoted_leader[id(r)] = lead
        if quoted_leader:
            main = [r for r in main if id(r) not in quoted_leader]
        # 'Tại huyện Cao Lộc, anh Hoàng Văn Tùng, sinh năm 2003, đã tốt nghiệp … tháng 6/2024': a
        # birth between commas after a name, the name's predicate going on after it, is an aside;
        # it cuts no scope from the sentence's event (not '…, sinh ngày …, quê quán …, tham gia …')
        born = [r for r in main if r.mention.info.get("birth") and _BIRTH_ASIDE_AFTER.match(text, r.mention.end)
                and _BORN_AFTER_NAME.search(text, max(sent[0], r.mention.start - 16), r.mention.start)
                and any(o.mention.start > r.mention.end for o in main)]
        # ('tay vợt sinh năm 1997 dự kiến sẽ lọt vào top 15 … (17/3)': a birth right after the noun
        # it tells of, the noun's verb going on after it, is an aside without commas too)
        bare_born = {id(r): (b.start() + len(b.group()) - len(b.group().lstrip()), r.mention.end) for r in main
                     if r.mention.info.get("birth") and r not in born and _BIRTH_BARE_AFTER.match(text, r.mention.end)
                     and (b := _BORN_AFTER_NOUN.search(text, max(sent[0], r.mention.start - 16), r.mention.start))
                     and any(o.mention.start > r.mention.end for o in main)}
        born += [r for r in main if id(r) in bare_born]
        if born:
            main = [r for r in main if r not in born]
        attached_to: dict[int, int] = {}
        spans = dict(zip(map(id, main), scopes(text, sent, main, attached_to), strict=True)) if main else {}
        for r in born:
            # (a bare aside's subject is the noun right before it, after the clause's comma)
            spans[id(r)] = ((max(sent[0], text.rfind(",", sent[0], r.mention.start) + 1) if id(r) in bare_born else sent[0]),
                            r.mention.end)
            main = sorted(main + [r], key=lambda o: o.mention.start)
            asides.append(bare_born[id(r)] if id(r) in bare_born else
                          (text.rfind(",", sent[0], r.mention.start), _BIRTH_ASIDE_AFTER.match(text, r.mention.end).end() - 1))
        # 'Năm 2025, tỉnh kỷ niệm 50 năm ngày thành lập Trường …': the counted-back founding is
        # what the ceremony commemorates; the ceremony's title says it whole
        told_with, commemorated = {}, {}
        for r, nxt in zip(main, main[1:], strict=False):
            if nxt.mention.kind == "anniversary" and r.mention.kind != "anniversary":
                spans[id(r)] = (spans[id(r)][0], max(spans[id(r)][1], spans[id(nxt)][1]))
                told_with[id(r)] = (nxt.mention.start, nxt.mention.end)
                # what follows the count is the founding's, up to the end of its phrase ('nhân dịp kỷ
                # niệm 95 năm Ngày thành lập Đảng, Đảng ủy phường Chi Lăng tổ chức …': not the host after it)
                stop = _PHRASE_END.search(text, nxt.mention.end, spans[id(nxt)][1])
                commemorated[id(r)] = (nxt.mention.start, stop.start() if stop else spans[id(nxt)][1])
        # dates that are part of what another tells ('… hội nghị đánh giá tình hình quý III …')
        # stay in its title, and take it as theirs
        leader = {id(main[j]): main[k] for j, k in attached_to.items()}
        in_title = {(main[j].mention.start, main[j].mention.end) for j in attached_to}
        for r in group:
            if id(r) in quoted_leader:
                lead = quoted_leader[id(r)]
                leader[id(r)], spans[id(r)] = lead, spans[id(lead)]
                in_title.add((r.mention.start, r.mention.end))
            if id(r) in named_terms:
                in_title.add((r.mention.start, r.mention.end))  # a name's term stays in every title, its own too
        for r in group:
            pair = r.mention.info.get("anniversary_pair")
            scope = spans.get(id(r), (r.mention.start, r.mention.end))
            ev = Event(r, sent, scope)
            background = _merged_background(text, [_background_span(text, sent, x) for x in starting_in(*scope)
                                                    if x.details.get("adjunct") and not x.details.get("issuer")])
            # what an anniversary commemorates ('Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ') is
            # what the ceremony's title names, not a date to cut from it
            cut = [(o.mention.start, o.mention.end) for o in group
                   if not ((o.mention.kind == "named" or "festival" in o.mention.info)
                           and (_COMMEMORATED_BEFORE.search(text, max(0, o.mention.start - 30), o.mention.start)
                                or o.mention.info.get("anniversary_pair") == "founding"))]
            # a bracket right after a date says more of the date ('Chiều 10/9 (giờ địa phương)')
            cut += [(o.mention.end, b.end()) for o in group if (b := _BRACKET_AFTER.match(text, o.mention.end))]
            cut += [(o.mention.start, o.mention.end) for o in counted]
            # (a name's term told alone in its clause, '…, nhiệm kỳ 2021 - 2026', leaves its own title
            # empty: it then takes the title before it)
            own_term = [(r.mention.start, r.mention.end)] if id(r) in named_terms and id(r) not in quoted_leader \
                and _TERM_AFTER_COMMA.search(text, max(sent[0], r.mention.start - 16), r.mention.start) else []
            ev.title = event_title(text, scope, [c for c in cut if c not in in_title and c != told_with.get(id(r))]
                                   + own_term + background + asides,
                              keep=_named_object(text, sent, r))
            if id(r) in leader:
                ev.head = leader[id(r)]  # the title is its leader's, filled below
            if id(r) in heads:
                ev.head = heads[id(r)]  # its title is its head's, filled below
            elif id(r) in documents:
                a, b, title = documents[id(r)]
                ev.scope = (a, b)
                ev.title = title
                inside = [x for x in starting_in(a, b) if x.end <= b]
                ev.places = _unique([x for x in inside if x.type == "place"])
                ev.organisations = _unique([x for x in inside if x.type == "organisation" and not x.role])
                ev.persons = []
            elif id(r) in named:
                a, b, said = named[id(r)]
                ev.scope = (a, r.mention.end)
                ev.title = " ".join(x for x in (without_list_marks(balance_brackets(text[a:b]).strip()), said) if x)
                ev.title = ev.title[:1].upper() + ev.title[1:]
                inside = [x for x in starting_in(a, b) if x.end <= b]
                if said and (told := _BRACKET_CLAUSE_AFTER.match(text, r.mention.end)) and told["said"] == said:
                    # ('tổng Yên Định (năm 1910 đổi thành Hữu Định)': what the bracket tells names its own)
                    inside += [x for x in starting_in(told.start("said"), told.end("said")) if x.end <= told.end("said")]
                if not main and (_TIMED_BRACKET.match(text, text.rfind("(", 0, r.mention.start))
                                 or _meeting_name().match(text, a, b) and r.mention.kind == "point"):
                    # ('… được trình Quốc hội tại Kỳ họp thứ 10 (tháng 10/2025) và thông qua tại Kỳ họp
                    # thứ 11 (tháng 5/2026)': a session's month is when what the sentence tells happens)
                    # 'Chiến dịch Huế - Đà Nẵng (từ ngày 21-3 đến 29-3-1975) giành thắng lợi, giải
                    # phóng Thừa Thiên Huế': the sentence's only time, and what it tells is the campaign's
                    inside = [x for x in starting_in(*sent) if x.role != "adjunct"]
                close = text.find(")", r.mention.end, sent[1])
                if close >= 0 and (at := _LOCATIVE_AFTER.match(text, close + 1)):
                    # 'khởi nghĩa Ba Đình (1886 – 1887) ở Thanh Hóa': where the named thing was, after its years
                    inside += _places_named_from(text, starting_in(at.end(), min(sent[1], at.end() + 60)), at.end())[:3]
                for born in (_BORN_AT.finditer(text, close + 1, sent[1]) if close >= 0 and r.mention.kind == "range" else ()):
                    # 'Nhà thơ Chế Lan Viên (1920 – 1989) tên thật là …, sinh tại xã Cam An, huyện Cam
                    # Lộ, tỉnh Quảng Trị': a life's span, and where it began (and the home town after 'quê ở')
                    inside += _places_named_from(text, starting_in(born.end(), sent[1]), born.end())[:4]
                ev.places = _unique([x for x in inside if x.type == "place"])
                if not ev.places and (where := _WHERE_CLAUSE.search(text, max(sent[0], r.mention.start - 100), r.mention.start)):
                    # '… tại Khu di tích Đèo Giang, nơi diễn ra trận phục kích ngày 31/7/1949': 'nơi'
                    # takes the place named just before it
                    named = [x for x in starting_in(sent[0], where.start()) if x.type == "place" and x.end <= where.start()]
                    ev.places = named[-1:]
                ev.organisations = _unique([x for x in inside if x.type == "organisation" and not x.role])
                ev.persons = _unique([x for x in inside if x.type == "person"])
            elif pair == "founding":
                founded = _founded_of(founding_orgs.get(r.mention.info["n"], []), sent)
                if not founded and (obj := _anniversary_object_span(text, sent, r)):
                    # '50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - …)': the
                    # places the commemorated event names are the founding's
                    founded = [x for x in starting_in(*obj) if x.end <= obj[1] and x.type == "place"]
                ev.organisations = _unique([x for x in founded if x.type == "organisation"])
                ev.places = _unique([x for x in founded if x.type == "place"])
                ev.title = _founding_title(text, sent, r, ev.organisations,
                                           [p for p in founded if p.type == "place"])
            elif pair == "anniversary":
                obj = _anniversary_object(text, sent, r)
                ev.title = f"Kỷ niệm {r.mention.info['n']} năm" + (f" {obj}" if obj else "")
            else:
                inside = [x for x in starting_in(*scope) if x.end <= scope[1]
                          and not (r.mention.start <= x.start < r.mention.end)]
                # entities inside another event's date expression belong to none, and what an
                # anniversary commemorates ('kỷ niệm 80 năm Ngày thành lập Đội du kích …') is
                # the founding's, not the ceremony's
                skip = [(o.mention.start, o.mention.end) for o in group if o is not r]
                skip += [(a, b) for a, b, _ in documents.values()]  # a document's issuer is its own
                skip += _commemorated_spans(text, sent, group)
                if id(r) in commemorated:
                    skip.append(commemorated[id(r)])
                # '… tổ chức lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện', '… kỷ niệm 600 năm
                # Chiến thắng Chi Lăng - Xương Giang vào năm 2027': what is commemorated, up to the
                # end of its phrase, is no party to the ceremony
                for m in (_COUNTED_ANNIVERSARY.finditer(text, scope[0], scope[1])
                          if "niệm" in text[scope[0]:scope[1]] else ()):
                    stop = _PHRASE_END.search(text, m.end(), scope[1])
                    end = stop.start() if stop else scope[1]
                    if m.end() <= r.mention.start < end:
                        end = r.mention.start
                    if not (r.mention.start < m.end() and m.start() < r.mention.end):  # (its own count: 'Nhân dịp kỷ niệm 80 năm')
                        skip.append((m.start(), end))
                inside = [x for x in inside if not any(a <= x.start < b for a, b in skip)]
                ev.places = _unique([x for x in inside if x.type == "place" and x.role != "adjunct"])
                if id(r) in leader:
                    # '… tới Cộng hòa Chile từ ngày 10-13/11 và Cộng hòa Peru từ ngày 13-16/11': a
                    # date told inside another's clause is where the places just before it are
                    a, b, after_date = _own_stretch(text, sent, group, r)
                    # (from its clause's start, only a place an administrative word or a preposition
                    # sets there: 'Thép Xanh Nam Định thắng … V.League 2024-2025' names a team)
                    own = [x for x in starting_in(a, b) if x.type == "place" and x.role != "adjunct" and x in inside]
                    first = next((i for i, x in enumerate(own) if after_date or x.text.lower() != x.name.lower()
                                  or placed_before(text, x.start, a)), len(own))
                    own = own[first:]  # ('thành phố Lạng Sơn', 'tới Chile'; and what follows the first: 'Vị Xuyên (Hà Giang)')
                    if own:
                        ev.places = _unique(own)
                if not ev.places and (where := _WHERE_CLAUSE.search(text, max(sent[0], r.mention.start - 100), r.mention.start)):
                    # '… tại Khu di tích Đèo Giang, nơi diễn ra trận phục kích ngày 31/7/1949': 'nơi'
                    # takes the place named just before it
                    named = [x for x in starting_in(sent[0], where.start()) if x.type == "place" and x.end <= where.start()]
                    ev.places = named[-1:]
                ev.organisations = _unique([x for x in inside if x.type == "organisation" and not x.role])
                ev.persons = _unique([x for x in inside if x.type == "person"])
                if not ev.organisations and (opener := continuation.match(text[sent[0]:sent[1]])) and si > 0 \
                        and not r.mention.start < sent[0] + opener.end() <= r.mention.end + 1:
                    # (not 'Từ đó đến nay, …': there the opener is the date itself)
                    prev = sentences[si - 1]
                    subject = [x for x in starting_in(*prev) if x.type == "organisation" and not x.role]
                    ev.organisations = subject[:1]
                if r.mention.kind == "anniversary" and (founded := _founded_of(founding_orgs.get(r.mention.info.get("n"), []), sent)):
                    # 'Trường Mầm non Hoa Sen, thành phố Lạng Sơn tổ chức kỷ niệm 50 năm Ngày thành lập
                    # trường': the year counted back is the founding of the body the sentence names,
                    # and where the sentence says it stands
                    ev.organisations = _unique([x for x in founded if x.type == "organisation"]) or ev.organisations
                    ev.places = ev.places or _unique([x for x in starting_in(*sent) if x.type == "place"
                                                      and x.role not in ("adjunct", "title")])
                    if ev.organisations:
                        ev.title = f"Thành lập {ev.organisations[0].name}"
                elif r.mention.kind == "anniversary" and (obj := _commemorated_event(text, sent, r)) is not None:
                    # 'Tỉnh ủy … tổ chức Lễ kỷ niệm 80 năm Quốc dân Đại hội Tân Trào': the year counted
                    # back is the named event's, the hosts are the ceremony's; what its name holds is its
                    named = [x for x in starting_in(*obj) if x.end <= obj[1]]
                    ev.places = _unique([x for x in named if x.type == "place"])
                    ev.organisations = _unique([x for x in named if x.type == "organisation" and not x.role])
                    ev.persons = _unique([x for x in named if x.type == "person"])
                    ev.title = " ".join(text[obj[0]:obj[1]].split())
            events.append(ev)
    # a date whose clause the others took ('… thì lập tức giải phóng miền Nam ngay trong năm
    # 1975') is still an event of its sentence: it takes the title of the one before it there
    # (not from an anniversary pair's halves, which tell what is commemorated: '… lễ kỷ niệm 35
    # năm … (6/12/1989 - 6/12/2024) và tổng kết phong trào thi đua giai đoạn 2019 - 2024')
    for i, ev in enumerate(events):
        if ev.title or ev.head is not None or not i:
            continue
        prev = next((p for p in reversed(events[:i]) if p.sentence == ev.sentence
                     and not p.resolved.mention.info.get("anniversary_pair")), None) \
            or (events[i - 1] if events[i - 1].sentence == ev.sentence else None)
        if prev is not None:
            ev.title = prev.title
            if prev.resolved.mention.kind == "anniversary" and ev.resolved.mention.kind != "anniversary" \
                    and _year_of(ev.resolved) == (_year_of(prev.resolved) or 0) + prev.resolved.mention.info["n"]:
                # 'Dịp kỷ niệm 45 năm Ngày Giải phóng (năm 2020)': the year counted back is the
                # day commemorated, the other the ceremony's
                named = "t" + prev.title[1:] if prev.title.startswith("Thành lập") else prev.title
                ev.title = f"Kỷ niệm {prev.resolved.mention.info['n']} năm {named}"
            if not (ev.places or ev.organisations or ev.persons):
                ev.places, ev.organisations, ev.persons = prev.places, prev.organisations, prev.persons
    # 'thành phố sẽ triển khai đợt 2 chiến dịch, bắt đầu từ thứ Hai tuần tới': a verb alone with
    # its date times the clause before it, told with an earlier date of the sentence
    for i, ev in enumerate(events):
        if i and ev.head is None and ev.title.lower() in _timing_verbs() and events[i - 1].sentence == ev.sentence \
                and events[i - 1].title and events[i - 1].title.lower() not in _timing_verbs():
            prev = events[i - 1]
            ev.title = f"{prev.title}, {ev.title.lower()}"
            if not (ev.places or ev.organisations or ev.persons):
                ev.places, ev.organisations, ev.persons = prev.places, prev.organisations, prev.persons
    # 'Nhà trường được trao tặng Huân chương Lao động hạng Nhì năm 1998, Cờ thi đua … năm 2010':
    # an award listed after another, with its own year, was given by the same verb to the same one
    for i, ev in enumerate(events):
        if not i or ev.head is not None or events[i - 1].sentence != ev.sentence:
            continue
        prev = events[i - 1]
        if (award := _award_at().search(prev.title)) is None or award.start() == 0:
            continue
        if _award_at().match(ev.title):
            ev.title = prev.title[:award.start()] + ev.title
        elif _GRADE.match(ev.title) and (head := _GRADE.search(prev.title, award.start())):
            # ('… Huân chương Lao động hạng Ba năm 2005, hạng Nhì năm 2012': the same order, another grade)
            ev.title = prev.title[:head.start()] + "hạng" + ev.title[4:]
    for ev, nxt in zip(events[-2::-1], events[:0:-1], strict=False):  # from the end: the one after it
        if not ev.title and ev.head is None and nxt.sentence == ev.sentence:
            ev.title = nxt.title
            if not (ev.places or ev.organisations or ev.persons):  # what the title names is its own
                ev.places, ev.organisations, ev.persons = nxt.places, nxt.organisations, nxt.persons
    for ev in events:
        m = ev.resolved.mention
        if m.info.get("birth") and ev.head is None:
            # 'Đồng chí Nông Văn Bằng, sinh năm 1935; quê quán: …': a birth told beside a name
            person = next((p for p in starting_in(ev.sentence[0], m.start) if p.type == "person"
                           and _BORN_AFTER_NAME.fullmatch(text, p.end, m.start)), None)
            if person is not None:
                ev.title = f"{person.name} sinh"
                # (whose birth it is: the bodies of the sentence's event are no part of it: 'TAND
                # tỉnh xét xử bị cáo Lý Thị Sông, sinh năm 1970, trú tại …')
                ev.organisations = [o for o in ev.organisations if o.end > m.start]
                ev.persons = [person]
            elif ev.title.startswith("Sinh ") and (later := next((p for p in starting_in(ev.scope[1], ev.sentence[1])
                                                                   if p.type == "person"), None)):
                # 'Sinh năm 1958 tại thôn Khòn Pịt, …, ông Hoàng Văn Páo nhập ngũ …': whose birth
                # the sentence's subject says
                ev.title = f"{later.name} s{ev.title[1:]}"
                ev.persons = [later]
            elif ev.title and len(ev.title.split()) <= 4 and not ev.title.lower().endswith("sinh") \
                    and _BORN_AFTER_NOUN.search(text, max(ev.sentence[0], m.start - 16), m.start) \
                    and ev.scope[1] == m.end:
                ev.title = f"{ev.title} sinh"  # 'tay vợt sinh năm 1997 dự kiến …': 'Tay vợt sinh'
            elif ev.title.startswith("Sinh ") and ev.scope[0] > ev.sentence[0] and text[ev.scope[0] - 1] == ";" \
                    and (first := next((p for p in starting_in(ev.sentence[0], ev.sentence[0] + 40) if p.type == "person"),
                                       None)):
                # 'Đồng chí Trường Chinh, tên thật là …; sinh ngày 9/2/1907 ở …': the subject the
                # sentence opens with, before the posts that say who he is
                ev.title = f"{first.name} s{ev.title[1:]}"
                ev.persons = [first]
    _carry_subjects(events)
    _carry_named_subjects(text, events)
    by_resolved = {id(e.resolved): e for e in events}
    kept = []
    for ev in events:
        ev.title = ev.title.replace("\x01", ",")
        head = by_resolved.get(id(ev.head)) if ev.head is not None else None
        if head is not None:
            said_again = _solar_restatement(head.resolved, ev.resolved)
            if said_again:
                # 'Ngày 29 tháng 7 năm Nhâm Tý (16/9/1792)': the writer's solar day is the day,
                # where the almanac we compute from may differ by one
                head.resolved.value = ev.resolved.value
                head.resolved.notes[:] = [n for n in head.resolved.notes if n != BEYOND_CHECKED]
            if said_again or ev.resolved.value.edtf() == head.resolved.value.edtf() or id(ev.resolved) in restating:
                # '16/2 (tức mùng 7 tháng Giêng năm Giáp Thìn)': one day said twice is one event
                a, b = restating.get(id(ev.resolved), (ev.resolved.mention.start, ev.resolved.mention.end))
                note = f"restated as '{text[a:b].strip()}'"
                if note not in head.resolved.notes:
                    head.resolved.notes.append(note)
                continue
            ev.title = head.title.replace("\x01", ",")
        kept.append(ev)
    return _without_bracketed_repeats(text, kept)


@cache
def _subject_rules() -> tuple[frozenset[str], re.Pattern]:
    lex = load("titles")
    predicate = re.compile(r"(?i:" + alternation(lex["predicate_openers"]) + r")(?!\w)")
    return frozenset(lex["carried_subjects"]), predicate


@cache
def _not_subjects() -> frozenset[str]:
    return frozenset(load("titles")["not_subjects"])


def _person_subject(title: str, subjects: frozenset[str]) -> str | None:
    """'Ông Nguyễn Văn A sinh …' → 'Ông Nguyễn Văn A': a person's word, the capitalised words
    of a name after it, then a verb written small."""
    words = title.split()
    n = next((k for k in (2, 1) if " ".join(words[:k]).lower() in subjects), 0)
    if not n or any(" ".join(words[:k]).lower().rstrip(",:") in _not_subjects() for k in (2, 3)):
        return None  # ('Họ tên, Lê Duy Nghim, sinh': a record's label)
    while n < len(words) and words[n][:1].isupper():
        n += 1
    return " ".join(words[:n]) if n < len(words) and words[n][:1].islower() else None


def _carry_subjects(events: list[Event]) -> None:
    """'Bà sinh năm 1935, mất năm 2020': the second clause's title is 'Bà mất', not 'Mất'; its
    subject is the person the clause before it told of (a clause of its own subject keeps it)."""
    subjects, predicate = _subject_rules()
    for prev, ev in zip(events, events[1:], strict=False):
        if ev.head is not None or prev.sentence != ev.sentence or not ev.title or ev.title == prev.title \
                or ev.scope[0] <= prev.scope[0]:
            continue
        who = _person_subject(prev.title, subjects) or next(
            (p.name for p in prev.persons if prev.title.startswith(p.name + " ")
             and prev.title[len(p.name) + 1:][:1].islower()), None)  # 'Hoàng Văn A sinh', then 'nhập ngũ'
        if who and predicate.match(ev.title) and _person_subject(ev.title, subjects) is None \
                and not any(ev.title.startswith(p.name) for p in ev.persons):
            ev.title = f"{who} {ev.title[:1].lower()}{ev.title[1:]}"


_JOINED_PREDICATE = re.compile(r"\s*và\s+" + LOWER_LETTER)
_SUBJECT_ENDS = re.compile(r"\s(?:được|bị|đã|đang|sẽ|vừa|chính\s+thức)\s")


def _carry_named_subjects(text: str, events: list[Event]) -> None:
    """'Cầu Phong Châu được khởi công năm 1992 và đưa vào sử dụng năm 1995': a predicate that
    'và' joins to the one before shares its subject; a named place or body the subject holds is
    the second event's as well, and its title says whose."""
    source = None  # the event whose clause opens the sentence: its subject is what later predicates share
    for prev, ev in zip(events, events[1:], strict=False):
        if prev.scope[0] == prev.sentence[0]:
            source = prev
        if ev.head is not None or prev.sentence != ev.sentence or ev.scope[0] <= prev.scope[0]:
            continue
        start = prev.scope[0]
        end = _SUBJECT_ENDS.search(text, start, prev.resolved.mention.start) \
            if _JOINED_PREDICATE.match(text, ev.scope[0], ev.scope[1]) else None
        places = [x for x in prev.places if start <= x.start < end.start()] if end else []
        orgs = [x for x in prev.organisations if start <= x.start < end.start()] if end else []
        if end is None or not text[start:end.start()].strip()[:1].isupper() or not places and not orgs:
            if source is not None and source.sentence == ev.sentence:
                _carry_named_subject_over_comma(text, source, prev, ev)
            continue
        ev.places = _unique(places + ev.places)
        ev.organisations = _unique(orgs + ev.organisations)
        subject = " ".join(text[start:end.start()].split())
        if ev.title and not ev.title.startswith(subject):
            ev.title = f"{subject} {ev.title[:1].lower()}{ev.title[1:]}"


# ('… xây dựng năm 1809 bằng đất, đến năm 1837 …': the first predicate may end in a few words after its date)
# (a dateless predicate of the same subject may stand between: '… năm 1982, đã qua nhiều lần sửa
# chữa, lần gần nhất vào năm 2015')
_COMMA_PREDICATE = re.compile(r"(?:[ \t]+" + LOWER_LETTER + r"+){0,3}[ \t]*"
                              r"(?:,[ \t]*(?:" + LOWER_LETTER + r"+[ \t]+){1,6}" + LOWER_LETTER + r"+[ \t]*)?"
                              r"(?:,[ \t]*|(?:,[ \t]*)?và[ \t]+)(?:" + LOWER_LETTER + r"+[ \t]+){1,4}$")


def _carry_named_subject_over_comma(text: str, source: Event, prev: Event, ev: Event) -> None:
    """'Đình Kim Lũ được dựng vào cuối thế kỷ XVII, trùng tu lớn vào năm 1867': a predicate a comma
    (or 'và') joins to the one before, a few plain words and its date, shares the subject the
    sentence opens with when that subject is a named place or body; the event is that one's too."""
    if not _COMMA_PREDICATE.match(text, prev.resolved.mention.end, ev.resolved.mention.start) \
            or ev.places or ev.organisations:
        return
    start = _skip_blanks(text, source.scope[0])
    named = sorted((x for x in source.places + source.organisations if start <= x.start < source.resolved.mention.start),
                   key=lambda x: x.start)
    if not named:
        return
    start = max(start, text.rfind(",", start, named[0].start) + 1)  # ('Trước đó, cầu Kỳ Cùng …': after an opening phrase)
    start = _skip_blanks(text, start)
    if len(text[start:named[0].start].split()) > 2 or not (text[start:start + 1].isupper() or start == named[0].start
                                                           or text[named[0].start:named[0].start + 1].isupper()):
        return
    end = max(x.end for x in named if x.start < named[0].end)
    rest = text[end:source.resolved.mention.start].split()
    if not rest or not rest[0][:1].islower():
        return  # (the subject runs on past its name: no telling where it ends)
    held = [x for x in named if x.start < end]
    ev.places = _unique([x for x in held if x in source.places])
    ev.organisations = _unique([x for x in held if x in source.organisations])
    subject = " ".join(text[start:end].split())
    if ev.title and ev.title[:1].isupper() and not ev.title.lower().startswith(subject.lower()):
        ev.title = f"{subject[:1].upper()}{subject[1:]} {ev.title[:1].lower()}{ev.title[1:]}"


def _term_leader(text: str, sent: tuple[int, int], term: Resolved, plain: list[Resolved]) -> Resolved | None:
    """The date whose telling a name's term is part of: one that opens the sentence before it
    ('Chiều nay, 23/9, …, Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030 đã tiến hành …'), or the next
    one after it in the same part of the sentence ('… nhiệm kỳ 2025-2030 sẽ diễn ra từ ngày
    2-4/10/2025'); not a deadline mid-sentence before it ('… trước ngày 15/12/2024, chuẩn bị tốt
    cho Đại hội …, nhiệm kỳ 2025 - 2030')."""
    openers = opening_words()
    before = [o for o in plain if o.mention.end <= term.mention.start]
    # (a counted anniversary after it is part of what the leader tells: '… tổ chức gặp mặt kỷ niệm 49 năm …')
    after = [o for o in plain if o.mention.start >= term.mention.end and o.mention.kind != "anniversary"]
    if before and not after and is_leading(text, sent[0], before[0].mention.start, openers) and before[0] is plain[0]:
        return before[0]
    # ('… được thành lập tháng 8/2009, nhiệm kỳ đầu tiên 2009 - 2012': the term that the founding began)
    if before and not after and _TERM_AFTER_COMMA.fullmatch(text, before[-1].mention.end, term.mention.start):
        return before[-1]
    # (the days a congress is held, not a target year: '… nhiệm kỳ 2020 - 2025 đề ra mục tiêu đến năm 2025')
    if after and not re.search(r"[:;]", text[term.mention.end:after[0].mention.start]) \
            and isinstance(after[0].value.start, Point) and after[0].value.start.precision == "day":
        return after[0]
    return None


_NAMED_TERM = (r"(?:" + alternation(load("cues")["named_terms"]) + r")(?:[ \t]+(?:"
               + alternation(load("cues")["term_ordinals"]) + r"))?[ \t]+$")
_TERM_AFTER_COMMA = re.compile(r",[ \t]*" + _NAMED_TERM, re.IGNORECASE)
@cache
def _plan_name_before() -> re.Pattern:
    """A plan's or programme's name, written as a name (capitalised), up to the period word
    before its years: 'Quy hoạch tỉnh Lạng Sơn thời kỳ ', 'Chương trình mục tiêu quốc gia … giai đoạn '."""
    names = alternation([w[0].upper() + w[1:] for w in load("cues")["plan_documents"]])
    return re.compile(r"(?<![^\W_])" + names + r"(?:[ \t]+[^\s,.;:()\d]+){0,12}[ \t]+(?:thời[ \t]+kỳ|giai[ \t]+đoạn)[ \t]+$")


_NAME_TERM_BEFORE = re.compile(r"(?:[" + re.escape(UPPERCASE) + r"]\w*|(?<!\w)[IVXL]+|(?<!\w)(?:tỉnh|huyện|xã|phường|thị\s+trấn)"
                               r"|(?<!\w)(?:" + alternation(load("cues")["term_holders"]) + r")|\d[ \t]*(?=,))"
                               r"[ \t]*,?[ \t]*" + _NAMED_TERM)


def _quoted_name(text: str, sent: tuple[int, int], pos: int) -> tuple[int, int] | None:
    """The quotation pos stands in, when it quotes a name (a book, a programme, a conference's
    theme: a word stands before it), not what someone said (after a colon, or opening the
    sentence)."""
    s, e = sent
    open_curly = text.rfind("“", s, pos)
    if open_curly >= 0 and text.rfind("”", open_curly, pos) < 0:
        opening, close = open_curly, text.find("”", pos, e)
    elif text.count('"', s, pos) % 2 == 1:
        opening, close = text.rfind('"', s, pos), text.find('"', pos, e)
    else:
        return None
    if close < 0 or close - opening > 160:
        return None
    before = text[s:opening].rstrip()
    if not before or not before[-1].isalnum():
        return None
    return opening, close + 1


_ONLY_A_DATE_IN_BRACKETS = re.compile(r"\(\s*(?:ngày\s+|năm\s+)?$", re.IGNORECASE)


def _without_bracketed_repeats(text: str, events: list[Event]) -> list[Event]:
    """'… ngày 27-9-1940, cuộc khởi nghĩa Bắc Sơn (ngày 27/9/1940) …', 'Trong những năm 1925 và
    1926, phong trào đòi thả cụ Phan Bội Châu (1925) …': a date alone in brackets that says again
    a time its sentence told is no event of its own; nor is an anniversary counted back to a year
    its sentence writes."""
    told: dict[tuple, list[Event]] = {}
    for ev in events:
        told.setdefault(ev.sentence, []).append(ev)
    out = []
    for ev in events:
        m = ev.resolved.mention
        if m.a is not None and m.a.lunar and _in_brackets(text, ev.sentence[0], m.start) \
                and any(o is not ev and o.resolved.mention.a is not None and not o.resolved.mention.a.lunar
                        and _covers(o.resolved.value, ev.resolved.value) for o in told[ev.sentence]):
            continue  # '… đến hết ngày 16/02/2019 (thứ sáu, thứ bảy, ngày 11 và ngày 12 tháng Giêng năm Kỷ Hợi)'
        if m.kind == "anniversary" and any(o is not ev and o.resolved.mention.kind != "anniversary"
                                           and o.resolved.value.edtf() == ev.resolved.value.edtf()
                                           for o in told[ev.sentence]):
            continue  # 'kỷ niệm 75 năm Chiến thắng … năm 1947': the year written says it
        if _ONLY_A_DATE_IN_BRACKETS.search(text, max(0, m.start - 8), m.start) and _CLOSE_BRACKET_AFTER.match(text, m.end) \
                and any(o is not ev and o.resolved.mention.a is not None and o.resolved.mention.a.lunar
                        and not text[o.resolved.mention.end:text.rfind("(", 0, m.start)].strip()
                        and _covers(ev.resolved.value, o.resolved.value) for o in told[ev.sentence]):
            continue  # 'tháng Chạp năm Giáp Thân (đầu năm 1285)': the bracket gives the lunar month's solar time
        if _ONLY_A_DATE_IN_BRACKETS.search(text, max(0, m.start - 8), m.start) \
                and _CLOSE_BRACKET_AFTER.match(text, m.end) and not m.info.get("anniversary_pair") \
                and any(o is not ev and o.resolved.value.edtf() == ev.resolved.value.edtf()
                        and not (o.resolved.mention.start <= m.start < o.resolved.mention.end)
                        for o in told[ev.sentence]):
            continue
        out.append(ev)
    return out


def _covers(outer, inner) -> bool:
    """Does one value's stretch hold another's (by their first and last days)?"""
    a0, a1, b0, b1 = (day_key(outer.first_day()), day_key(outer.last_day()),
                      day_key(inner.first_day()), day_key(inner.last_day()))
    return None not in (a0, a1, b0, b1) and a0 <= b0 and b1 <= a1


def _solar_restatement(lunar: Resolved, solar: Resolved) -> bool:
    """Does a solar day (or stretch) in brackets say again a lunar date before it, give or take
    the day an old almanac may differ by?"""
    la, sa = lunar.mention.a, solar.mention.a
    if la is None or sa is None or not la.lunar or sa.lunar or solar.mention.kind != lunar.mention.kind:
        return False
    lv, sv = lunar.value, solar.value
    if isinstance(lv.start, Point) and isinstance(sv.start, Point) and lv.start.precision == "year" \
            and la.precision == "day" and sv.start.precision == "day" and lv.start.year == sv.start.year:
        # ('ngày 12 tháng 2 năm Giáp Tuất (tức ngày 8/3/974)': a lunar day too old for the almanac
        # we compute from, said again in the solar calendar: the writer's day is the day)
        return True
    if not (isinstance(lv.start, Point) and isinstance(sv.start, Point)) or \
            lv.start.precision != "day" or sv.start.precision != "day":
        return False
    gap = abs(dt.date.fromisoformat(lv.start.first_day()) - dt.date.fromisoformat(sv.start.first_day()))
    return gap <= dt.timedelta(days=1)


@cache
def continuation_opener() -> re.Pattern:
    return re.compile(r"^\s*" + alternation(load("organisations")["continuation_openers"]) + r"(?!\w)",
                      re.IGNORECASE)


_COUNTED_ANNIVERSARY = re.compile(r"k[ỷỉ]\s+niệm\s+\d{1,4}(?:\.\d{3})?\s+năm(?!\w)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:()\n]|\s(?:tại|ở|vào|do)\s")  # the object ends where its venue, time or host starts
# ('kỷ niệm', 'chào mừng', 'hướng tới' … 50 năm <object> (d1 - d2))
_COMMEMORATE = re.compile(r"(?<!\w)\d{1,4}\s+năm\s+[^()]*?\(", re.IGNORECASE)


def _year_of(r: Resolved) -> int | None:
    first = r.value.first_day()
    return int(first[:-6]) if first and first[-6:-5] == "-" and first[:-6].lstrip("-").isdigit() else None


def _commemorated_event(text: str, sent: tuple[int, int], r: Resolved) -> tuple[int, int] | None:
    """The capitalised name right after a counted anniversary ('80 năm Quốc dân Đại hội Tân Trào',
    '50 năm Chiến thắng Đường 9 – Nam Lào'), up to where its venue, time or host starts."""
    start = _skip_blanks(text, r.mention.end)
    if not text[start:start + 1].isupper():
        return None
    stop = _PHRASE_END.search(text, start, sent[1])
    end = len(text[:stop.start() if stop else sent[1]].rstrip(" .!?"))
    return (start, end) if end > start else None


def _skip_blanks(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _commemorated_spans(text: str, sent: tuple[int, int], group: list[Resolved]) -> list[tuple[int, int]]:
    """The object phrases of anniversary pairs in a sentence: 'kỷ niệm N năm <object> (d1 - d2)'."""
    spans = []
    for r in group:
        if r.mention.info.get("anniversary_pair") != "founding":
            continue
        before = text[sent[0]:r.mention.start]
        hits = list(_COMMEMORATE.finditer(before))
        if hits:
            spans.append((sent[0] + hits[-1].start(), r.mention.start))
    return spans


def _founded_of(named: list[tuple[int, Entity]], sent: tuple[int, int]) -> list[Entity]:
    """What an anniversary's founding founded: what its own sentence names, if it names one
    (a page of two stories may mark two foundings of the same count of years), else what the
    article names anywhere."""
    own = [e for pos, e in named if sent[0] <= pos < sent[1]]
    return own or [e for _, e in named]


def _anniversary_objects(text: str, entities: list[Entity]) -> dict[int, list[tuple[int, Entity]]]:
    """'90 năm ngày thành lập Văn phòng Trung ương Đảng': the organisation whose founding an
    N-year anniversary marks, wherever the article names it, with where it is named."""
    out: dict[int, list[tuple[int, Entity]]] = {}
    at: dict[int, list[Entity]] = {}  # entities by where they start: a long text has thousands
    for e in entities:
        at.setdefault(e.start, []).append(e)
    latest_first = sorted(entities, key=lambda x: -x.start)
    for m in founding_phrases(text):
        if "\n" in m.group():
            continue  # ('… kỷ niệm 60 năm thành lập' ending a headline: the next line's name is not what was founded)
        for e in at.get(m.end(), ()):
            # an organisation, or a place founded as a unit ('128 năm thành lập tỉnh Bắc Giang');
            # after 'truyền thống' only a body named in full ('Văn phòng Chính phủ', not 'Trung đoàn')
            if (e.type == "organisation" and not e.role or e.type == "place") \
                    and not (m["tradition"] and not any(w[:1].isupper() for w in e.name.split()[1:])
                             and len(e.name.split()) < 4):  # ('Công an nhân dân' is named in full)
                out.setdefault(int(m["n"]), []).append((m.start(), e))
        if int(m["n"]) not in out and not m["tradition"] and (back := _named_before(text, m, latest_first)):
            out[int(m["n"])] = [(m.start(), back)]
        elif int(m["n"]) not in out and m["tradition"] and text.startswith("(", m.end()) \
                and (subject := _subject_before(text, m, latest_first)):
            # 'Trường Chính trị … tổ chức lễ kỷ niệm 75 năm Ngày truyền thống (1949 - 2024)': a
            # tradition day named of no one is its sentence's subject's
            out[int(m["n"])] = [(m.start(), subject)]
    return out


_FIRST_WORD = re.compile(r"\w+")


def _subject_before(text: str, m: re.Match, latest_first: list[Entity]) -> Entity | None:
    """The body that opens the sentence the phrase stands in."""
    subject = None
    for e in latest_first:
        if e.end > m.start():
            continue
        if re.search(r"[.!?\n]", text[e.end:m.start()]):
            break
        if e.type == "organisation" and not e.role:
            subject = e  # the earliest in the sentence
    return subject


def _named_before(text: str, m: re.Match, latest_first: list[Entity]) -> Entity | None:
    """'Trường THPT Chuyên Cao Bằng tổ chức Lễ kỷ niệm 60 năm thành lập trường': a common noun
    after 'thành lập' names the organisation (or the unit: 'thành lập xã') of that kind the
    sentence has just named."""
    word = _FIRST_WORD.match(text, m.end())
    if not word:
        return None
    head = word.group().lower()
    for e in latest_first:
        if e.end <= m.start() and not re.search(r"[.!?\n]", text[e.end:m.start()]) and (
                e.type == "organisation" and not e.role and e.name.lower().startswith(head + " ")
                # 'Đảng ủy, HĐND, UBND … xã Hữu Kiên tổ chức Lễ kỷ niệm 80 năm Ngày thành lập xã':
                # the commune the sentence names
                or e.type == "place" and (e.kind or "").lower() == head):
            return e
    return None


def _anniversary_object(text: str, sent, r: Resolved) -> str:
    """What an anniversary pair commemorates: 'kỷ niệm 45 năm <Ngày giải phóng …> (d1 - d2)'."""
    span = _anniversary_object_span(text, sent, r)
    return text[span[0]:span[1]].strip(" ,") if span else ""


def _anniversary_object_span(text: str, sent, r: Resolved) -> tuple[int, int] | None:
    before = text[sent[0]:r.mention.start]
    # ('… (19/8/1945 - 19/8/2024) và Quốc khánh … (2/9/1945 - 2/9/2024)': a second object of the
    # same anniversary follows the first pair's bracket)
    m = re.search(r"(?:\d+\s+năm|\)\s*,?\s*và(?:\s+(?:hướng\s+tới|tiến\s+tới|chào\s+mừng|kỷ\s+niệm|mừng))*"
                  r"(?:\s+\d+\s+năm)?)"
                  r"\s+(?P<obj>[^()]+?)\s*\(\s*(?:[^()]*[-–]\s*)?$", before, re.IGNORECASE)
    return (sent[0] + m.start("obj"), sent[0] + m.end("obj")) if m else None


_AFTER_COMMEMORATE = re.compile(r"k[ỷỉ]\s+niệm\s+\d{1,4}\s+năm\s+(?P<obj>[^()]*)$", re.IGNORECASE)


def _founding_title(text: str, sent, r: Resolved, orgs: list[Entity], units: list[Entity] = ()) -> str:
    """What was founded or won: the organisation or the unit ('Thành lập xã Hữu Kiên'), else
    the anniversary's object ('Chiến thắng Biên giới Thu Đông 1950', 'Cách mạng Tháng Tám')."""
    if orgs:
        return f"Thành lập {orgs[0].name}"
    if units and units[0].kind and _FOUNDED_UNIT.search(text, sent[0], r.mention.start):
        return f"Thành lập {units[0].kind} {units[0].name}"
    obj = _anniversary_object(text, sent, r)
    if not obj:
        m = _AFTER_COMMEMORATE.search(text[sent[0]:r.mention.start])
        written = text[r.mention.start:r.mention.end]
        named = r.mention.kind == "named"  # a named event is its own title
        obj = (m["obj"].strip() + " " + written).strip() if m and m["obj"].strip() and not named else written
    obj = re.sub(r"^(?:và|,)\s*", "", obj.strip(" ,"))
    return obj[:1].upper() + obj[1:] if obj else "Ngày thành lập"
