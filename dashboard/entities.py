"""Places, organisations and persons named in a text, each with a canonical name.

Vietnamese proper names capitalise the first syllable of each word ('Ban Chấp hành', 'Văn
phòng Tổng bộ Việt Minh'), so a name is read as a run of words: a capitalised syllable, or a
lexicon word whose first syllable is capitalised, or an inner lowercase word that the run goes
on after ('Ủy ban nhân dân tỉnh Lạng Sơn').  Everything the rules know — heads, admin words,
titles, abbreviations, the gazetteer — is in data/lexicons/.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .lexicon import LiteralFinder, alternation, load
from .textnorm import LOWER_LETTER as _LOW
from .textnorm import UPPERCASE as _UPPER
from .textnorm import lower_view

# ('Đắk R'lấp', 'Ch’ơm', 'M'Drắk': names of the Central Highlands hold an apostrophe)
# a hyphen joins the parts of a word ('Mát-xcơ-va', 'Bà Rịa-Vũng Tàu'), not a name and the words
# a writer glued to it ('xã Phúc Sơn-lúc đó bao gồm …')
_GLUED = alternation(load("places")["glued_after_dash"])
# ('Sở VH,TT&DL': a comma inside a short name of capitals joined by '&' is part of it)
_SYLLABLE = re.compile(r"[^\W\d_][\w]*(?:(?:[-&](?!" + _GLUED + r"(?![\w-]))|['’](?=[^\W\d_])|(?<=[A-ZĐ]),(?=[A-ZĐ]+&[A-ZĐ]))"
                       r"[^\W\d_][\w]*)*|&")


@dataclass
class Entity:
    type: str  # place, organisation, person
    start: int
    end: int
    text: str
    name: str  # canonical
    kind: str | None = None  # for places: xã, huyện, tỉnh …
    role: str | None = None  # title (part of a person's title), award, adjunct, present_day
    now: str | None = None  # a place's present-day name ('nay là …')
    details: dict = field(default_factory=dict)

    def __post_init__(self):
        if "  " in self.name or "\n" in self.name or "\t" in self.name:
            # a name broken over a page's wrapped lines ('Thủ\n    Dầu  Một'): one name, one space
            self.name = " ".join(self.name.split())

    def as_dict(self) -> dict:
        d = {"type": self.type, "name": self.name, "text": self.text,
             "char_start": self.start, "char_end": self.end}
        if self.kind:
            d["kind"] = self.kind
        if self.role:
            d["role"] = self.role
        if self.now:
            d["now"] = self.now
        return d


def _ci(words) -> set[str]:
    return {w.lower() for w in words}


@cache
def _knowledge():
    org = load("organisations")
    pl = load("places")
    fest = load("festivals")
    per = load("persons")
    heads = sorted(set(org["heads"]) | set(org["standalone"]) | set(org["companies"]), key=len, reverse=True)
    return {
        # fixed word lists are found through a first-word index (lexicon.LiteralFinder):
        # a regex alternation of a hundred names rescans the text at every position
        "heads": LiteralFinder(heads),
        "heads_small": LiteralFinder(org["heads_written_small"]),
        # a known body of four words or more, whatever its capitals ('Hội Việt Nam cách mạng
        # Thanh niên', 'Đội Việt Nam tuyên truyền giải phóng quân'): long enough to be no phrase
        "standalone_ci": LiteralFinder([n for n in org["standalone"] if len(n.split()) >= 4], ignore_case=True),
        "located_heads": frozenset(org["located_heads"]),
        "opening_prepositions": frozenset(p for p in pl["place_prepositions"] if " " not in p),
        # ('Đốc trấn Ngô Thì Sĩ', 'Tuần phủ …': an official's title ends in the unit he governed)
        "unit_title": re.compile(r"(?<!\w)(?:" + alternation([m for m in per["markers"] if len(m.split()) > 1
                                                            and m.split()[-1].lower() in pl["admin_words"]]) + r")$"),
        "steering_task": re.compile(r"[ \t]+(?:" + alternation(org["steering_tasks"]) + r")(?=[ \t]+[" + re.escape(_UPPER) + r"])"),
        "paper_small": re.compile(r"(?<![^\W\d_])" + org["papers_written_small"]["word"] + r"(?=[ \t]+[" + re.escape(_UPPER) + r"])"),
        "paper_compound": re.compile(r"(?<![^\W\d_])(?:" + alternation(org["papers_written_small"]["not_after"]) + r")[ \t]+$",
                                     re.IGNORECASE),
        "prefixes": tuple(p + " " for p in org["lowercase_prefixes"]),
        "delegations": set(org["delegations"]),
        # the words a numbered road or a site named after a day begins with, before a digit: a
        # cheap first scan (no look-behind at every position) for the full pattern below
        "road_cue": re.compile(r"(?:" + alternation(pl["numbered_roads"] + pl["date_named_sites"]) + r")[ \t]+\d"),
        "roads": re.compile(r"(?<!\w)(?:" + alternation(pl["numbered_roads"]) + r")[ \t]+\d{1,3}[a-z]?(?![\w/]|[.,]\d)"
                            r"(?![ \t]*(?:" + alternation(pl["road_number_not_before"]) + r")(?!\w))"
                            r"|(?<!\w)(?:" + alternation(pl["date_named_sites"]) + r")[ \t]+\d{1,2}[-/.]\d{1,2}(?!\w|[-/.]\d)"),
        "not_after_dash": set(org["not_after_dash"]),
        "heads_ci": _phrase_index(_ci(org["heads"]) | _ci(org["standalone"])),
        "inner": _phrase_index(_ci(org["inner_words"]) | _ci(org["heads"])),
        "endings": _ci(org["name_endings"]),
        "final_endings": _ci(org["final_endings"]),
        "seated_level": re.compile(r"[ \t]+(?:" + alternation(org["seated_endings"]) + r")(?=[ \t]+tại[ \t]+[" + re.escape(_UPPER) + r"])"),
        "people_words": _phrase_index(_ci(org["people_words"])),
        "cap_compounds": _phrase_index(_ci(org["capitalised_compounds"])),
        "objects": _phrase_index(_ci(org["managed_objects"])),
        "award_heads": _phrase_index(_ci(org["awards"])),
        "document_before": re.compile(r"(?<!\w)(?:" + alternation(org["document_words_before"]) + r")[ \t]+$",
                                      re.IGNORECASE),
        "standalone": set(org["standalone"]),
        "whole_names": set(org["whole_names"]),
        "anaphoric_heads": frozenset(org["anaphoric_heads"]),
        "complete_heads": frozenset(org["complete_heads"]),
        "companies": frozenset(org["companies"]),
        "festival_hoi": re.compile(r"(?:" + alternation(org["festivals_named_hoi"]) + r")(?!\w)"),
        # 'Đại lễ Phật đản Liên Hợp Quốc': a feast named after a body names no body of the event
        # (only a feast's full name, 'Đại lễ …', 'Lễ …': 'chúc mừng Giáng sinh Tòa Giám mục', 'chúc Tết
        # Bộ Chỉ huy' wish the body well)
        "festival_before": re.compile(r"(?<!\w)(?:" + alternation([f for f in list(fest["lunar"]) + list(fest["solar"])
                                                                   if f.startswith(("lễ ", "đại lễ "))]) + r")[ \t]+$",
                                      re.IGNORECASE),
        # ('AFC Asian Cup', 'FIFA World Cup': a word or two of the tournament's own before its kind)
        # (the abbreviation in brackets vouches that the small words are the name's)
        # ('Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC)': a few words written small before them)
        "scope_before_bracket": re.compile(r"(?:[ \t]+[^\W\d_A-Z" + re.escape(_UPPER[26:]) + r"]\w*){0,3}?(?:[ \t]+(?:"
                                           + alternation(org["scope_words"]) + r")(?!\w))+(?=[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&\-]{1,9}[ \t]*\))"),
        # 'SEA Games 32 (Campuchia)', 'World Cup 2022 (Qatar)': a games' edition, then where it was held
        "games_bracket": re.compile(r"(?<![\w])(?:" + alternation(org["competition_words"]) + r")(?:[ \t]+(?:\d{1,4}|[IVXL]{1,6}))?"
                                    r"[ \t]*\(([^()\n]{2,40})\)"),
        "competition_after": re.compile(r"(?:[ \t]+[A-Z][A-Za-z]+){0,2}[ \t]+(?:" + alternation(org["competition_words"]) + r")(?!\w)"),
        "thing_before": re.compile(r"(?<!\w)(?:" + alternation(org["named_things"]) + r")[ \t]+$"),
        "admin_inner": _ci(pl["admin_words"]) | _ci(org["name_continuers"]),
        "continuers": _ci(org["name_continuers"]),
        "local_units": _ci(pl["local_kinds"]),
        "parents": _phrase_index(_ci(org["parent_bodies"])),
        "unit_heads": set(org["unit_heads"]),
        "business_heads": set(org["business_heads"]),
        "business_prefixes": tuple(h + " " for h in org["business_heads"] if h not in org["local_business_heads"]),
        "descriptive_heads": set(org["descriptive_heads"]),
        "small_led_heads": set(org["small_led_heads"]),
        "steering_heads": set(org["steering_heads"]),
        # (not 'xã hội': a unit's word opening a compound)
        "bare_unit_after": re.compile(r"[ \t]+(?i:" + alternation(pl["local_kinds"]) + r")(?!\w)(?![ \t]+(?:[" + re.escape(_UPPER)
                                      + r"]|hội(?!\w)))"),
        # ('Ủy ban Hành chính kháng chiến Nam Bộ': or a region's name right after the qualifier)
        "historic_qualifier": re.compile(r"[ \t]+(?i:" + alternation(org["historic_qualifiers"]) + r")[ \t]+(?:(?P<unit>(?i:"
                                         + alternation(pl["local_kinds"]) + r"))(?!\w)|(?=[" + re.escape(_UPPER) + r"]))"),
        "guarded_heads": set(org["guarded_heads"]),
        "school_heads": set(org["school_heads"]),
        "name_verbs": tuple(org["verbs_after_names"]),
        "admin_phrases": _phrase_index(_ci(pl["admin_words"])),
        "admin_phrases_set": _ci(pl["admin_words"]),  # ('Ngày Giải phóng Thủ đô': the capital, in sentence case)
        "title_start": re.compile(r"^(?:" + alternation(org["titles"]) + r")(?!\w)"),
        "title_end": re.compile(r"(?<!\w)(?:" + alternation(org["titles"]) + r")[ \t]+$"),
        # words of organisation names that name no place ('Du lịch'), unlike 'Hồ Chí Minh'
        "particles": frozenset(pl["foreign_name_particles"]),
        "sectors": _ci(org["inner_words"]) - _ci(pl["admin_words"]) - _ci(per["well_known"])
        - {n.lower() for names in pl["gazetteer"].values() for n in names},
        "abbr": org["abbreviations"],
        "titles": re.compile(r"(?<!\w)" + alternation(org["titles"]) + r"(?:\s+(?:"
                             + alternation(org["title_joiners"]) + r"))?\s*$"),
        "awards": LiteralFinder(org["awards"]),
        "venues": LiteralFinder(org["venues"], ignore_case=True),  # 'Nhà Văn hóa thôn …', 'Nhà văn hóa …'
        "generic": _ci(org["generic"]),
        "adjunct": LiteralFinder(org["adjunct_openers"], ignore_case=True),
        # 'Nghị quyết số 60-NQ/TW của …': the body that issued a document the sentence cites
        "issued_by": re.compile(r"(?<!\w)(?:" + alternation(load("cues")["document_words"] + load("cues")["directive_words"])
                                + r")(?!\w)[^,;.:()\n]{0,70}?"
                                r"[ \t]của[ \t]+$", re.IGNORECASE),
        "province_bound": {w.lower(): w for w in org["province_bound"]},
        "admin": LiteralFinder(pl["admin_words"], ignore_case=True),
        "common_big": frozenset(pl["common_words_written_big"]),
        "names_inside_names": frozenset(org["names_inside_names"]),
        "qualifiers": re.compile(r"(?:" + alternation(pl["name_qualifiers"]) + r")(?!\w)"),
        "site_words": frozenset(pl["site_words_in_bodies"]),
        "admin_small": set(pl["admin_written_small"]),
        "numbered_unit": re.compile(r"[ \t]+(\d{1,2})(?![\w/:-]|[.,]\d)"),
        "numbered_units": set(pl["numbered_units"]),
        "document_after": re.compile(r"[ \t]+(?:" + alternation(pl["documents_after_classifier"]) + r")(?!\w)"),
        "village": _ci(pl["village_words"]),
        "landforms": _ci(pl["landform_words"]),
        "sites": _ci(pl["named_sites"]),
        "unit_before": re.compile(r"(?<!\w)(?:" + alternation(pl["unit_words"] + pl["natural_features"]) + r")[ \t]+$"),
        # (matched in the text as written: an old unit's word is written small, and 'Chính phủ' is none)
        "old_units_set": frozenset(pl["old_units"]),
        "old_unit_before": re.compile(r"(?<![\w.])(?<!Chính )(?<!chính )(?:" + alternation(pl["old_units"]) + r")[ \t]+$"),
        "bare_unit": re.compile(r"\s(" + alternation(pl["governed_units"]) + r")$"),
        "qualifier": re.compile(r"\s((?i:" + alternation(pl["governed_units"]) + r")\s+(\w[\w-]*(?:\s+\w[\w-]*)*))$"),
        "local_kinds": _ci(pl["local_kinds"]),
        # the same words alone, for the scan of the whole article (fewer hits than every admin word)
        "local_admin": LiteralFinder(pl["local_kinds"], ignore_case=True),
        "province_level": _ci(pl["province_level"]),
        "event_heads": LiteralFinder(pl["event_heads"], ignore_case=True),
        "event_head_at": re.compile(r"(?:" + alternation(sorted(_ci(pl["event_heads"]))) + r")(?!\w)"),
        "present": re.compile(r"\(?\s*" + alternation(pl["present_day"]) + r"\s*:?\s*$", re.IGNORECASE),
        "not_places": set(pl["not_places"]),
        "not_places_alone": set(pl["not_places_alone"]) | set(pl["peoples"]),
        "peoples": tuple(sorted(pl["peoples"], key=len, reverse=True)),
        # 'hiệp ước Giáp Thân': a year of the sixty-year cycle names a treaty or an uprising, no place
        "cycle_year": re.compile(r"(?:" + alternation(fest["can"]) + r")[ \t]+(?:"
                                 + alternation(list(fest["chi"]) + list(fest["chi_variants"])) + r")", re.IGNORECASE),
        "speaks": re.compile(r"[ \t]+(?:đã[ \t]+)?(?:(?:" + alternation(load("titles")["reporting_verbs"]) + r")[ \t]*(?:rằng[ \t]*)?[,:]"
                             r"|cho[ \t]+biết[ \t]+(?:rằng[ \t]+)?(?=\w)"  # ('Sở Y tế cho biết thành phố sẽ …': no comma)
                             # ('… cảnh báo từ nay đến cuối tháng 4, …': a warning's time opens what it says)
                             # (not since a year: 'được Tổ chức Y tế Thế giới khuyến cáo từ năm 2009' is who did it)
                             r"|(?:" + alternation(load("titles")["forecast_verbs"]) + r")[ \t]+(?!từ[ \t]+năm[ \t]+\d)"
                             r"(?=(?:từ|trong|đến|tới|"
                             + alternation(load("calendar")["day_parts"]) + r")[ \t]))", re.IGNORECASE),
        "numbered": _ci(org["numbered_heads"]),
        # a number that ends a name: not a decimal, a date, or a count or measure after it
        "dashed_pair": re.compile(r"(?:" + "|".join(re.escape(a) + r"[ \t]*[-–][ \t]*" + re.escape(b) for a, b in org["dashed_pairs"])
                                  + r")(?!\w)"),
        "arm_after_number": re.compile(r"[ \t]+(?:" + alternation(org["arms_after_number"]) + r")(?!\w)"),
        "club_heads": frozenset(org["club_heads"]),
        # 'hãng bảo mật CrowdStrike': a firm's own name after its word, written small, and its trade
        "brand": re.compile(r"(?<![\w])(?:" + alternation(org["brand_words"]) + r")(?:[ \t]+" + _LOW + r"+){0,3}[ \t]+"
                            r"((?:[A-Z][\w&\-]*)(?:[ \t]+[A-Z][\w&\-]*){0,2})(?![\w])"),
        "number_after": re.compile(r"(?:[ \t]+(?:" + alternation(org["numbered_arms"]) + r"))?[ \t]+\d{1,4}"
                                   # (a dash then a capital goes on with a name: 'Tòa án nhân dân khu vực 1 - Vĩnh Long')
                                   r"(?![\d/:%]|[.,]\d|[ \t]*(?:[-–](?![ \t]+[" + re.escape(_UPPER) + r"])|"
                                   + alternation(org["number_units"]) + r")(?!\w))"),
        "team_words": frozenset(pl["team_suffixes"]),
        "team_after": re.compile(r"[ \t]+(?:" + alternation(pl["team_suffixes"]) + r")(?![\w.])"),
        "compounds": _compound_index(pl["admin_compounds"]),
        "route_before": re.compile(r"(?<!\w)(?i:" + alternation(pl["route_words"]) + r")[ \t]+" + _ROUTE_NAME
                                   + r"[ \t]*[-–][ \t]*" + _STATION + r"$"),
        "route_word_before": re.compile(r"(?<!\w)(?i:" + alternation(pl["route_words"]) + r")[ \t]+(?:(?:ga|bến|cảng|sân bay)[ \t]+)?$"),
        "route_not_names": frozenset(pl["route_not_names"]),
        "language_at": re.compile(r"(?:" + alternation(pl["language_words"]) + r")[ \t]"),
        "language_before": re.compile(r"(?<!\w)(?i:" + alternation(pl["language_words"]) + r")[ \t]+$"),
        "topic_before": re.compile(r"(?<!\w)(?i:" + alternation(pl["topic_heads"]) + r")(?:[ \t]+[^\s,.;:!?()]+){0,5}[ \t]+về[ \t]+$"),
        "noble_after": re.compile(r"[ \t]+(?:" + alternation(pl["noble_titles_after"]) + r")(?!\w)"),
        "law_title": re.compile(r"(?<!\w)(?:" + alternation(pl["law_title_heads"]) + r")[ \t]+[" + re.escape(_UPPER) + r"]"
                                r"(?:(?!(?<!\w)(?:" + alternation(pl["law_title_stops"]) + r")(?!\w))[^.;:!?()\"“”\n]){0,160}$"),
        "not_after_locative": re.compile(alternation(pl["not_after_locative"] + load("cues")["document_words"])
                                         + r"(?!\w)"),
        "function_words": {"và", "của", "cho", "với", "các", "những", "là", "có", "được", "đã", "sẽ", "đang", "này", "đó",
                           "ấy", "cùng", "tại", "ở", "từ", "đến"},
        "locative": LiteralFinder(pl["locatives"], ignore_case=True),
        "locative_compound": re.compile(r"(?<!\w)(?:" + alternation(pl["locative_compounds"]) + r")[ \t]+$"),
        # the first kind listed wins: 'Lạng Sơn' is a province before it is a city
        "gazetteer": {name: kind for kind, names in reversed(pl["gazetteer"].items()) for name in names},
        "directions": set(pl["directions"]),
        "keep_admin": pl["canonical_keep_admin"],
        "committees": LiteralFinder(pl["committee_places"], ignore_case=True),
        "committee_kind": pl["committee_places"],
        "region_named": tuple(h + " " for h in pl["regions_in_names_of"]),
        "pair_words": set(pl["paired_country_words"]),
        "match_before": re.compile(r"(?<!\w)(?:" + alternation(pl["match_words"]["before"]) + r")[ \t]+$", re.IGNORECASE),
        # (or a score after it: 'để thua Công an Hà Nội 1-2')
        "match_after": re.compile(r"[ \t]+(?:(?:" + alternation(pl["match_words"]["after"]) + r")(?!\w)"
                                  r"|\d{1,2}[ \t]*[-–][ \t]*\d{1,2}(?![\d/]))", re.IGNORECASE),
        "people_before": re.compile(r"(?<!\w)(?:" + alternation(pl["people_of"]["words"]) + r")[ \t]+$", re.IGNORECASE),
        "people_kinds": frozenset(pl["people_of"]["kinds"]),
        "zone_before": re.compile(r"(?<!\w)(?:(?:theo|tức)[ \t]+)?(?:" + alternation(pl["time_zone_words"]) + r")[ \t]+$",
                                  re.IGNORECASE),
        "side_before": re.compile(r"(?<!\w)(?:" + alternation(pl["side_words"]) + r")\s+$", re.IGNORECASE),
        "side_acts": re.compile(r"\s+(?:" + alternation(pl["side_acts"]) + r")(?!\w)", re.IGNORECASE),
        "named_after_place": re.compile(r"(?<!\w)" + alternation(pl["named_after_place"]) + r"[ \t]+$", re.IGNORECASE),
        "state_before": re.compile(r"(?<!\w)(?:" + alternation([w for w in pl["state_words"] if w[:1].isupper()])
                                   + r")\s+$"),
        "place_prep": re.compile(r"(?<!\w)" + "".join(r"(?!(?<=" + re.escape(w.rsplit(" ", 1)[0]) + r" )" + re.escape(w.rsplit(" ", 1)[1])
                                                      + r"(?!\w))" for w in pl["verbs_ending_in_a_preposition"])
                                 + alternation(pl["place_prepositions"]) + r"\s+(?:(?:"
                                 + alternation(pl["state_words"]) + r")\s+)?$", re.IGNORECASE),
        # a preposition of place, a state's formal words or both before a name ('tới Cộng hòa ')
        "placed_by": re.compile(r"(?<!\w)(?:(?:" + alternation(pl["place_prepositions"]) + r")\s+(?:(?:"
                                + alternation(pl["state_words"]) + r")\s+)?|(?:" + alternation(pl["state_words"])
                                + r")\s+)$", re.IGNORECASE),
        "markers": re.compile(r"(?<!\w)" + alternation(per["markers"]) + r"\s+$"),
        "family": set(per["family_names"]),
        "not_single_names": frozenset(per["not_single_names"]),
        "well_known": set(per["well_known"]),
        "aliases": per["aliases"],
    }


def _compound_index(words) -> dict[str, set[str]]:
    """'phát động' → {'động': {'phát'}}: a place word and the syllables that make it no place."""
    index: dict[str, set[str]] = {}
    for w in words:
        first, _, last = w.rpartition(" ")
        index.setdefault(last, set()).add(first)
    return index


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


_RUN = re.compile(r"[ \t]*((?:" + _SYLLABLE.pattern + r")(?:[ \t]+(?:" + _SYLLABLE.pattern + r")){0,15})")


def _words_at(text: str, pos: int):
    """Syllables from pos on (at most 16: a board named for what it manages runs long),
    stopping at punctuation or a line break."""
    m = _RUN.match(text, pos)
    if not m:
        return []
    run, pos = m.group(1), m.start(1)
    out = []
    # the run is syllables and spaces (the matching view reads tabs as spaces; two spaces leave
    # an empty piece): positions follow from the lengths
    for w in (run if "\t" not in run else run.replace("\t", " ")).split(" "):
        if w:
            out.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return out


def _phrase_index(phrases) -> dict[str, list[tuple[str, ...]]]:
    """Phrases by their first syllable, longest first, so a lookup tries only a few."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        parts = tuple(p.split())
        index.setdefault(parts[0], []).append(parts)
    for v in index.values():
        v.sort(key=len, reverse=True)
    return index


def _match_phrase(words, k: int, index) -> int:
    """How many syllables from words[k] form one of the indexed phrases (case-insensitive)."""
    if k >= len(words):
        return 0
    candidates = index.get(words[k][2].lower())
    if not candidates:
        return 0
    for parts in candidates:
        n = len(parts)
        if k + n > len(words):
            continue
        for j in range(1, n):  # a plain loop: a generator per candidate cost more than the test
            if words[k + j][2].lower() != parts[j]:
                break
        else:
            return n
    return 0


_CAPITALISED_PAIR_END = re.compile(r"[" + re.escape(_UPPER) + r"]\w*[ \t]+[" + re.escape(_UPPER) + r"]\w*$")
_LOWER_WORD = re.compile(r"[ \t]*(,)?[ \t]+([^\W\d_][\w]*)")
_SCHEME_WORD = re.compile(r"[ \t]*(,)?[ \t]+([\w][\w/-]*)")  # a word or a scheme's number: 'Đề án 06'



def _steering_name_end(text: str, pos: int, K) -> int:
    """'Ban Chỉ đạo liên ngành về an toàn thực phẩm tỉnh Điện Biên', 'Ban Chỉ đạo phòng, chống
    thiên tai tỉnh': a board names its task in lowercase words, commas and 'về' among them, up
    to the unit it serves; the name is whole only if the words reach a unit."""
    end = pos
    # ('Ban Chỉ đạo triển khai Đề án 06 tỉnh': a task that opens with its verb names a scheme)
    task = K["steering_task"].match(text, pos)
    if task:
        end = task.end()
    for _ in range(16):
        m = _LOWER_WORD.match(text, end) or (_SCHEME_WORD.match(text, end) if task else None)
        if not m or not m.group(2)[:1].islower() and not task:
            return pos
        word = m.group(2).lower()
        if word in K["local_units"]:
            after = _skip_spaces(text, m.end())
            named = _extend_name(text, after, K, place=True) if after > m.end() else after
            return named if named > after and _is_cap(text[after:named]) else m.end()
        if not task and text[pos:m.end()].lstrip(" \t,").lower().startswith(K["name_verbs"]) \
                or word in K["function_words"] and word not in ("và", "các", "những"):
            return pos  # 'Ban Chỉ đạo họp tại …': a verb or a preposition, not the board's task
        end = m.end()
    return pos


def _small_led_name_end(text: str, pos: int, K) -> int:
    """'Trung tâm phóng vệ tinh Tửu Tuyền', 'Viện nghiên cứu lúa quốc tế IRRI': a centre's or an
    institute's name may say its work in a few words written small before its capitalised name;
    the name ends with that capitalised run (no verb nor function word between)."""
    words = _words_at(text, pos)[:8]
    k = 0
    while k < len(words) and k < 6 and not _is_cap(words[k][2]) and not words[k][2].isupper():
        w = words[k][2].lower()
        if w in K["function_words"] or " ".join(x[2].lower() for x in words[k:]).startswith(K["name_verbs"]) \
                or not w.isalpha():
            return pos
        k += 1
    if k == 0 or k >= len(words) or _match_phrase(words, k, K["heads_ci"]):
        return pos
    end = pos
    while k < len(words) and (_is_cap(words[k][2]) or words[k][2].isupper()) and words[k][2].isalpha():
        end = words[k][1]
        k += 1
    return end


def _runs_to_unit(words, k: int, K) -> int:
    """Where up to four lowercase words from k, that are no verb or function word, reach an
    administrative unit ('Hội Văn học nghệ thuật tỉnh', 'Hội Doanh nhân trẻ huyện'): the unit's
    index, else 0.  An association names itself in sentence case."""
    j = k
    while j < len(words) and j - k < 4:
        w = words[j][2].lower()
        if _is_cap(words[j][2]) or w in K["function_words"] or w in K["local_units"]:
            break
        j += 1
    if j == k or j >= len(words) or words[j][2].lower() not in K["local_units"]:
        return 0
    phrase = " ".join(x[2].lower() for x in words[k:j])
    if any(phrase == v or phrase.startswith(v + " ") for v in K["name_verbs"]):
        return 0  # 'Hội Nông dân chỉ đạo huyện …': a verb, and the unit its object
    return j


def _extend_name(text: str, pos: int, K, named: bool = False, place: bool = False, unit: bool = False,
                 business: bool = False, descriptive: bool = False, school: bool = False) -> int:
    """End of a proper-name run starting at pos (just after a head or admin word).

    Lowercase words go on with the name when they lead to a capitalised word ('Ủy ban nhân
    dân huyện Hòa An'); once the name has had its capitalised part, only an administrative
    unit may follow ('Sở Y tế tỉnh Lạng Sơn'): in 'Sở Văn hóa, Thể thao và Du lịch tổ chức Lễ
    hội …' the verb 'tổ chức' ends it.  Nor does a run go on into another organisation's
    head ('UBND tỉnh chỉ đạo Sở Y tế').  'và' joins the parts of an organisation's name ('Sở
    Văn hóa, Thể thao và Du lịch'), but two places ('xã Hoàng Văn Thụ và Mông Ân')."""
    words = _words_at(text, pos)
    end = pos
    k = 0
    # has the name had its proper part yet? (a full name from the lexicon has)
    while k < len(words):
        w = words[k][2]
        n = _match_phrase(words, k, K["inner"]) if named else _inner_at(words, k, K)
        if place and named and _SEASON_PAIR.match(text, words[k][0]):
            break  # 'Chiến dịch Việt Bắc Thu - Đông': the seasons of a campaign, no part of the place
        if k and _is_cap(w) and _match_phrase(words, k, K["award_heads"]) > 1:
            break  # 'trao tặng Bộ Ngoại giao Huân chương Lao động': the award is no part of the name
        if _is_cap(w) or w.isupper():
            # 'Khu kinh tế cửa khẩu Đồng Đăng': a capitalised site word of several syllables;
            # 'Ban Chỉ đạo Giải thưởng cấp tỉnh': a word of two syllables, the second written small
            compound = _match_phrase(words, k, K["cap_compounds"])
            if place and k and max(n, compound) > 1 and text[pos:words[k][1]] in K["gazetteer"]:
                n = compound = 1  # ('ga Hà Nội chính thức': a known place's last syllable opens no body's word, 'Nội chính')
            step = max(n, _match_phrase(words, k, K["admin_phrases"]), compound, 1)
            end = words[k + step - 1][1]
            k += step
            named = True
            continue
        if place and named and w in K["particles"] and k + 1 < len(words) and _is_cap(words[k + 1][2]):
            end = words[k + 1][1]  # 'Rio de Janeiro': a foreign name's particle between its capitals
            k += 2
            continue
        if business and (named or k <= 2) and not n and k + 1 < len(words) and _is_cap(words[k + 1][2]) \
                and not _match_phrase(words, k + 1, K["heads_ci"]) and w.lower() not in K["function_words"] \
                and not w.lower().startswith(K["name_verbs"]):
            # 'Công ty Cổ phần Sự kiện Thể thao Việt': a company's name may hold a word written small;
            # 'Hợp tác xã chè Bằng Mạc': its trade, too, before the name
            end = words[k + 1][1]
            k += 2
            continue
        if school and named and not n and k + 1 < len(words) and words[k + 1][2] in K["family"] \
                and w.lower() not in K["function_words"] and not w.lower().startswith(K["name_verbs"]):
            # 'Trường Viết văn Nguyễn Du': a school named after a person, a word written small before
            end = words[k + 1][1]
            k += 2
            continue
        if not place and w.lower() == "và" and k + 1 < len(words) and _is_cap(words[k + 1][2]) \
                and not _BRAND.fullmatch(words[k + 1][2]) \
                and (not _match_phrase(words, k + 1, K["heads_ci"]) or _match_phrase(words, k + 1, K["cap_compounds"]) > 1) \
                and not _match_phrase(words, k + 1, K["people_words"]):
            # (not 'Chi bộ Cộng sản và Nhân dân Bắc Sơn': the people, written with a capital)
            # 'và Truyền hình', 'và Nhân văn'
            step = max(_match_phrase(words, k + 1, K["inner"]), _match_phrase(words, k + 1, K["cap_compounds"]), 1)
            end = words[k + step][1]
            k += 1 + step
            continue
        if descriptive and named and not place and (j := _runs_to_unit(words, k, K)) \
                and not (n and _leads_to_capital(words, k + n, K, unit)):
            # ('nghệ thuật' is a word of names too: it must not stop the run to the unit)
            end, k = words[j - 1][1], j  # 'Hội Doanh nhân trẻ tỉnh': an association's name written small
            continue
        if (named or k == 0) and not place and (j := _managed_object_end(words, k, K)):
            # 'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ban Quản lý dự án đường Hồ Chí Minh': what
            # a board manages, written small, is its name up to the unit or the capital it reaches
            end, k = words[j - 1][1], j
            if j < len(words) and (_is_cap(words[j][2]) or words[j][2] == "và"):
                continue
            break
        if n:
            phrase = " ".join(x[2].lower() for x in words[k:k + n])
            if named and not place and k + n + 1 < len(words) and words[k + n][2] == "và" \
                    and _is_cap(words[k + n + 1][2]) and not _match_phrase(words, k + n + 1, K["heads_ci"]) \
                    and not _match_phrase(words, k + n + 1, K["people_words"]):
                # 'Trường Đại học Khoa học xã hội và Nhân văn': a field written small, joined by
                # 'và' to a capitalised one, is still the name
                end = words[k + n][1]
                k += n
                continue
            if named and not place and phrase in K["continuers"] and k + n < len(words) \
                    and words[k + n][2].lower() in K["local_units"] and not _leads_to_capital(words, k + n, K, unit):
                # 'Đảng bộ Khối các cơ quan tỉnh': the bodies a bloc is made of, and the unit it serves
                end, k = words[k + n][1], k + n + 1
                break
            if named and not place and k and (" ".join(x[2].lower() for x in words[max(0, k - 2):k]) in K["site_words"]
                                              or words[k - 1][2].lower() in K["site_words"]) \
                    and K["qualifiers"].fullmatch(phrase) and k + n < len(words) and _is_cap(words[k + n][2]):
                # 'Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị': the gate's kind word, then its name
                end = words[k + n - 1][1]
                k += n
                continue
            if school and named and not place and _NAME_BOUNDARY.match(text, words[k + n - 1][1]) \
                    and any(j <= k and _match_phrase(words, k - j, K["inner"]) == j for j in (2, 1, 3)):
                # 'Học viện Thủy lợi điện lực.', 'Trường Đại học Sư phạm kỹ thuật (…)': a school's
                # field written small after its capitalised field, where the sentence or clause ends
                end = words[k + n - 1][1]
                break
            if named and phrase not in K["admin_inner"] and phrase not in K["endings"] \
                    and not (unit and _leads_to_parent(words, k + n, K)) \
                    and not (descriptive and not place and _runs_to_unit(words, k, K)):
                break
            if _leads_to_capital(words, k + n, K, unit):
                end = words[k + n - 1][1]
                k += n
                continue
            if phrase in K["endings"]:
                end = words[k + n - 1][1]
                k += n
                if k + 1 < len(words) and f"{words[k][2]} {words[k + 1][2]}".lower() in K["final_endings"] and not place:
                    end, k = words[k + 1][1], k + 2  # 'Viện kiểm sát nhân dân tối cao'
                if named and phrase not in K["admin_inner"] and k < len(words) \
                        and words[k][2].lower() in K["local_units"] and not place:
                    # 'Hội Nông dân cứu quốc tỉnh': the unit after the ending is the name's too
                    end = words[k][1]
                    k += 1
                break
        break
    if not place and named and end > pos and (num := _NUMBERED_SUFFIX.match(text, end)):
        end = num.end()  # 'Đội Quản lý thị trường số 3', 'Trường Tiểu học số 1'
    if place and named and end > pos and (dash := _DASHED_PART.match(text, end)) \
            and text[pos:end].rsplit(None, 1)[-1] in K["pair_words"] \
            and (after := _words_at(text, dash.end())) and after[0][2] in K["pair_words"]:
        # 'Cung Văn hóa Hữu nghị Việt - Xô': a pair of countries is one name; alone ('biên giới
        # Việt - Trung') it tells whose border, and names no place
        return after[0][1] if " " in text[pos:end].strip() else pos
    if not place and named and end > pos and (dash := _DASHED_PART.match(text, end)) \
            and (after := _words_at(text, dash.end())[:4]) and after[0][2].lower() not in K["not_after_dash"] \
            and not _match_phrase(after, 0, K["heads_ci"]):
        # 'Liên minh nghị sĩ hữu nghị Nhật - Việt', '… Đồng Đăng - Lạng Sơn'; not 'Báo Lạng Sơn -
        # Tiếng nói của …', where one word after the dash runs on in lowercase: a description
        further = _extend_name(text, dash.end(), K, named=True)
        if " " in text[dash.end():further].strip() or not _LOWER_AFTER.match(text, further):
            return further
    return end


# 'Ngân hàng TMCP Á Châu và Techcombank': a word of seven Latin letters or more is no
# Vietnamese syllable, so no field of a name ('… và Phát triển'), but another body's brand
_BRAND = re.compile(r"[A-Za-z]{7,}")
_SCHOOL_LEVEL = re.compile(r"[ \t]+cấp[ \t]+(?:[1-3]|I{1,3})(?:[ \t]*[-–,][ \t]*(?:[1-3]|I{1,3}))?(?=[ \t]+[" + re.escape(_UPPER) + r"])")
_VOWEL_RUNS = re.compile(r"[aeiouy]+", re.IGNORECASE)
_CAPITAL_NEXT = re.compile(r"[ \t]+[" + re.escape(_UPPER) + r"]")
_JOINT_MINISTRIES = re.compile(r"Liên[ \t]+Bộ[ \t]+([^\W\d_][^-–]*?)[ \t]*[-–][ \t]*([^\W\d_][^-–]*)")
_NAME_BOUNDARY = re.compile(r"[ \t]*(?:[.,;:()\n]|$)")
_SEASON_PAIR = re.compile(r"(?:Xuân|Hè|Hạ|Thu|Đông)[ \t]*[-–][ \t]*(?:Xuân|Hè|Hạ|Thu|Đông)(?!\w)")
_LEADER_AFTER = re.compile(r"[ \t]+(?:trưởng|phó|viên|ủy[ \t]+viên|uỷ[ \t]+viên)(?![^\W\d_])", re.IGNORECASE)
_NUMBERED_SUFFIX = re.compile(r"[ \t]+số[ \t]+\d{1,3}(?![\d/.,\w])")
_CAPS_DATELINE = re.compile(r"(?m)^[ \t]*([" + re.escape(_UPPER) + r"]{2,}(?:[ \t]+[" + re.escape(_UPPER) + r"]{2,}){0,3})"
                            r"(?=[ \t]*[,(–—-])")
_LOWER_AFTER = re.compile(r"[ \t]+[^\W\d_A-Z" + re.escape(_UPPER[26:]) + r"]")
# 'Moscow, 9/5/2025 (TTXVN) – …': an agency's dateline names where the story was filed, a place
# even when the gazetteer does not know it
_AGENCY_DATELINE = re.compile(r"(?m)^[ \t]*([" + re.escape(_UPPER) + r"][^\W\d_]+(?:[ \t]+[" + re.escape(_UPPER)
                              + r"][^\W\d_]+){0,3})[ \t]*,[ \t]*(?:ngày[ \t]+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                              r"[ \t]*\([ \t]*[" + re.escape(_UPPER) + r"][" + re.escape(_UPPER) + r"+]+[ \t]*\)")
_SEAT_AFTER = re.compile(r"[ \t]+tại[ \t]+[" + re.escape(_UPPER) + r"][^\W\d_]*(?:[ \t]+[" + re.escape(_UPPER) + r"][^\W\d_]*){0,3}")
_DASHED_PART = re.compile(r"[ \t]+[-–][ \t]+(?=[" + re.escape(_UPPER) + r"])")


def _inner_at(words, k: int, K) -> int:
    """How many words from k go on inside a name: a lexicon phrase, or 'của' before an
    administrative unit ('Đội văn nghệ xung kích của huyện Bình Gia')."""
    n = _match_phrase(words, k, K["inner"])
    if not n and words[k][2] == "của" and k + 1 < len(words) and words[k + 1][2].lower() in K["local_units"]:
        return 1
    return n


def _leads_to_parent(words, k: int, K) -> bool:
    """Do lowercase inner words from k on lead to a parent body ('kinh tế Công an tỉnh')?"""
    while k < len(words):
        if _is_cap(words[k][2]):
            return _match_phrase(words, k, K["parents"]) > 0
        n = _match_phrase(words, k, K["inner"])
        if not n:
            return False
        k += n
    return False


def _leads_to_capital(words, k: int, K, unit: bool = False) -> bool:
    """Do lowercase inner words from k on lead to a capitalised word ('nhân dân huyện Hòa An')
    that does not open another organisation ('… chỉ đạo Sở Y tế')?"""
    while k < len(words):
        if _is_cap(words[k][2]):
            # ('Phòng Cảnh sát kinh tế Công an tỉnh': a unit's name runs on into its parent body;
            # after 'xã', 'thị trấn' comes the unit's name, though it look like a head: 'thị trấn
            # Trường Sơn', 'xã Đoàn Kết')
            return not _match_phrase(words, k, K["heads_ci"]) or unit and _match_phrase(words, k, K["parents"]) > 0 \
                or _after_unit(words, k, K)
        if _after_unit(words, k, K):
            return False  # after 'huyện' comes its name: 'Đảng bộ huyện tổ chức Đại hội' is a verb
        n = _inner_at(words, k, K)
        if not n:
            return False
        k += n
    return False


def _managed_object_end(words, k: int, K) -> int:
    """Where a managed object's words from k ('dự án đầu tư xây dựng tỉnh', 'dự án đường Hồ …')
    end: just after the administrative unit, or before the capital they reach; 0 if neither."""
    n = _match_phrase(words, k, K["objects"])
    if not n:
        return 0
    j = k + n
    while j < len(words):
        if _is_cap(words[j][2]):
            return j if not _match_phrase(words, j, K["heads_ci"]) else 0
        if words[j - 1][2].lower() in K["local_units"]:
            return j
        if words[j][2] == "và" and j + 1 < len(words) and _is_cap(words[j + 1][2]) \
                and (not _match_phrase(words, j + 1, K["heads_ci"]) or _match_phrase(words, j + 1, K["cap_compounds"]) > 1):
            return j  # 'Cục Quản lý đê điều và Phòng chống thiên tai': a second task, capitalised
        step = max(_match_phrase(words, j, K["inner"]), _match_phrase(words, j, K["objects"]))
        if not step:
            return 0
        j += step
    return j if words[j - 1][2].lower() in K["local_units"] else 0


_OWNER_AFTER = re.compile(r"[ \t]+[-–][ \t]+([" + re.escape(_UPPER) + r"][\w&]*(?:[ \t]+[" + re.escape(_UPPER) + r"][\w&]*)?)(?!\w)")
_CAP_SYL = "[" + re.escape(_UPPER) + r"][^\W\d_]*"
_NAME_DASH_BEFORE = re.compile(r"(?<![^\W\d_])(" + _CAP_SYL + r"[ \t]+" + _CAP_SYL + r")[ \t]+[-–][ \t]+$")
_HONOUR_NAME = re.compile(r"[ \t]+([" + re.escape(_UPPER) + r"]\w*(?:[ \t]+[" + re.escape(_UPPER) + r"]\w*){1,2})(?!\w)")


def _ends_with_numbered(surface: str, K) -> bool:
    """Does a name end in a body a number names ('Bộ Tư lệnh Quân khu' before '1')?"""
    words = surface.lower().split()
    return any(" ".join(words[-n:]) in K["numbered"] for n in (1, 2) if len(words) > n)


def _after_unit(words, k: int, K) -> bool:
    """Does an administrative unit's word ('xã', 'thị trấn') stand just before word k?"""
    return k > 0 and (words[k - 1][2].lower() in K["local_units"]
                      or k > 1 and f"{words[k - 2][2]} {words[k - 1][2]}".lower() in K["local_units"])


def _canonical_org(surface: str, K, province: str | None) -> str:
    words = []
    for w in re.split(r"(\s+)", surface):
        if w not in K["abbr"] and len(w) > 1 and w.isupper() and w.lower() in K["local_units"]:
            w = w.lower()  # 'LỊCH CÔNG TÁC … UBND TỈNH': a unit's word in a heading's capitals
        words.append(K["abbr"].get(w, w))
    name = re.sub(r"\s+", " ", "".join(words)).strip()
    if name and name[0].islower():
        name = name[0].upper() + name[1:]
    if province:
        # 'Văn phòng Tỉnh ủy', and any name that ends in a bare 'tỉnh', 'Tỉnh ủy' or 'Tỉnh Đoàn'
        # ('Hội Nông dân tỉnh', 'Ban Nội chính Tỉnh ủy', 'Ban Chấp hành Tỉnh Đoàn')
        if K["province_bound"].get(name.lower()) or name.endswith((" tỉnh", " Tỉnh ủy", " Tỉnh Đoàn", " Tỉnh đoàn")):
            name = f"{name} {province}"
    return name


def _place_name(surface: str, admin: str | None, K) -> tuple[str, str | None]:
    key = surface.lower()
    if admin and f"{admin.lower()} {key}" in K["keep_admin"]:
        return K["keep_admin"][f"{admin.lower()} {key}"], admin.lower()
    return surface, admin.lower() if admin else None


# Capitalised syllables (title case, not all-caps abbreviations), built from Unicode itself.
_LOWER_TAIL = r"(?:[^\W\d_A-Z" + re.escape(_UPPER[26:]) + r"][\w]*)?(?:['’][^\W\d_][\w]*)?"
# the look-behind after the first capital, not before it: the engine then jumps from capital
# to capital instead of trying every position
_CAP_RUN = re.compile(r"[" + re.escape(_UPPER) + r"](?<!\w.)" + _LOWER_TAIL + r"(?:[ \t]+[" + re.escape(_UPPER) + r"]"
                      + _LOWER_TAIL + r")+(?!\w)")
_CAP_WORD = re.compile(r"\S+")


def _known_prefix_end(text: str, start: int, end: int, K) -> int:
    """'tại Việt Nam Ito Naoki': where a run of capitals the gazetteer does not know begins
    with a name it knows, the place is that name (a foreign name may follow it)."""
    words = list(_CAP_WORD.finditer(text, start, end))
    if len(words) < 3 or " ".join(w.group() for w in words) in K["gazetteer"]:
        return end
    for k in range(len(words) - 1, 1, -1):
        if " ".join(w.group() for w in words[:k]) in K["gazetteer"]:
            return words[k - 1].end()
    return end


def _ends_compound(low: str, s: int, e: int, K) -> bool:
    """Is the place word at s:e the last syllable of a word that names no place?"""
    firsts = K["compounds"].get(low[s:e])
    if not firsts:
        return False
    w = _WORD_BEFORE.search(low, max(0, s - 12), s)
    return bool(w) and w.group(1) in firsts


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def _inside_known_place(text: str, s: int, e: int) -> bool:
    """Does a gazetteer name that starts before s run over s ('Hải Phòng' holds 'Phòng')?"""
    lo = max(0, s - 20)
    return any(a + lo < s < b + lo for a, b, _ in _gazetteer().finditer(text[lo:e]))


_ROMAN = re.compile(r"[IVXL]{1,6}")


_NUMBERED_CODE = re.compile(r"[A-ZĐ]{1,6}[ -]?\d{1,4}")  # 'COP21', 'G20', 'APEC 2024': meetings, no places


def _not_a_place(name: str, K) -> bool:
    """A listed non-place, or a name that begins with one ('Chiến dịch Biên giới …'); a
    direction alone ('thành Nam', the city's nickname)."""
    if name in K["not_places_alone"] or _ROMAN.fullmatch(name) or _NUMBERED_CODE.fullmatch(name) \
            or K["cycle_year"].fullmatch(name):
        return True  # ('Kho bạc Nhà nước khu vực VI': a numbered area, no place; 'tại COP21': a meeting)
    if _INNER_CAPITAL.search(name) and name not in K["gazetteer"]:
        return True  # ('chuyển sang HoSE', 'trên UPCoM'): a short name with a capital inside its word, a body's
    if name.isupper() and len(name) > 1 and name.title() in K["not_places_alone"] | K["not_places"]:
        return True  # a heading in capitals: 'CHỦ NGHĨA XÃ HỘI' names no commune 'Hội'
    words = name.split()
    no = K["not_places"]
    return any(" ".join(words[:k]) in no for k in range(1, len(words) + 1))


def _skip_spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _starts_within(spans, s: int) -> bool:
    k = bisect_right(spans, (s, float("inf"))) - 1
    return k >= 0 and s < spans[k][1]


def _iter(pattern: re.Pattern, text: str, spans):
    """pattern.finditer within the spans of text (all of it when spans is None).  One scan of
    the whole text, keeping the matches that start in a span, costs less than a scan a span."""
    if spans is None:
        yield from pattern.finditer(text)
        return
    if len(spans) < 4:
        for s, e in spans:
            yield from pattern.finditer(text, s, e)
        return
    starts = [s for s, _ in spans]
    for m in pattern.finditer(text, spans[0][0], spans[-1][1]):
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and m.end() <= spans[k][1]:
            yield m


def _short_names_told(text: str, orgs: list[Entity], places: list[Entity], persons, regions) -> list[Entity]:
    """'Đảng Dân chủ Tự do (LDP) … Năm 2009, LDP từng mất quyền lực': a short name the article
    gives a body in brackets (or a firm's own name after its trade's word) stands for it wherever
    it is written alone after that."""
    told: dict[str, tuple[int, str]] = {}
    gaz = _knowledge()["gazetteer"]
    for o in orgs:
        if o.role in (None, "speaker") and ((b := _SHORT_NAME_BRACKET.match(text, o.end))
                                            or (b := _WORD_NAME_BRACKET.match(text, o.end)) and b.group(1) not in gaz):
            # ('Cục Dự trữ Liên bang Mỹ (Fed)': a short name written as a word, not a known place)
            told.setdefault(b.group(1), (b.end(), o.name))
        elif o.details.get("brand") and len(o.name) > 2 and o.name not in gaz:
            # ('công ty OpenAI (Mỹ) ra mắt ChatGPT … Tháng 3/2023, OpenAI công bố …': a firm's own
            # name first given after its trade's word stands for the firm written alone)
            told.setdefault(o.name, (o.end, o.name))
    if not told:
        return []
    taken = SpanList(list(orgs) + list(places) + list(persons))
    pattern = re.compile(r"(?<![\w&\-])(" + "|".join(re.escape(k) for k in sorted(told, key=len, reverse=True))
                         + r")(?![\w&\-])")
    out = []
    for m in _iter(pattern, text, regions):
        after, name = told[m.group(1)]
        if m.start() >= after and not taken.covers(m.start(), m.end()) and text[m.start() - 1:m.start()] != "(":
            # ('ACV cho biết …': who reports, as with its full name)
            out.append(Entity("organisation", m.start(), m.end(), m.group(1), name,
                              role="speaker" if _knowledge()["speaks"].match(text, m.end()) else None))
    return out


@cache
def _act_after() -> re.Pattern:
    """What a body does, right after its head written alone ('Sở đã …', 'Hội phối hợp …'), not the
    rest of a word ('Hội nghị', 'Bộ chỉ huy')."""
    verbs = load("organisations")["verbs_after_names"] + load("titles")["carried_verbs"] + load("titles")["predicate_openers"]
    return re.compile(r"[ \t]+(?:(?:đã|đang|sẽ|vừa|cũng|tiếp tục|luôn)[ \t]+)*(?:" + alternation(verbs) + r")(?!\w)")


def _bare_heads_told(text: str, orgs, K) -> None:
    """'Theo kế hoạch của Sở Giáo dục và Đào tạo, … Trước đó, ngày 20/8, Sở đã tổ chức …': a head
    written alone before a verb stands for the one body of that head named before it."""
    heads = K["anaphoric_heads"]
    named = [o for o in orgs if o.role not in ("title", "generic") and any(o.name.startswith(h + " ") for h in heads)]
    if not named:
        return
    for o in orgs:
        if o.role != "generic" or o.text not in heads or not _act_after().match(text, o.end):
            continue
        told = {n.name for n in named if n.end <= o.start and n.name.startswith(o.text + " ")
                and not any(n.name.startswith(h + " ") for h in heads if len(h) > len(o.text) and h.startswith(o.text))}
        if len(told) == 1:
            o.name, o.role = told.pop(), None


def _bare_foreign_names_told(text: str, orgs: list[Entity], places: list[Entity], persons, regions) -> list[Entity]:
    """'núi lửa Kanlaon … lần phun trào thứ hai của Kanlaon': a foreign one-word name the article
    first gave with its kind word stands for that place wherever it is written alone after that
    (only a foreign word: a Vietnamese syllable alone, 'Hồng', may name anyone)."""
    told: dict[str, tuple[int, str]] = {}
    for p in places:
        words = p.name.split()
        bare = words[-1]
        if len(words) > 1 and p.kind and p.name.lower().startswith(p.kind + " ") and bare.isascii() and len(bare) >= 4 \
                and bare[:1].isupper() and len(_VOWEL_RUNS.findall(bare)) > 1:
            told.setdefault(bare, (p.end, p.name))
    return _told_again(text, told, orgs, places, persons, regions)


def _whole_names_told(text: str, orgs: list[Entity], places: list[Entity], persons, regions) -> list[Entity]:
    """'… tại Đàn Nam Giao, phường Trường An … ¶ Đàn Nam Giao được vua Gia Long cho xây dựng …':
    a place of two words or more, written whole and capitalised where it was first told as a
    place, is that place where it opens a clause again, as its subject (after a word of kind,
    'quân Tây Sơn', a name may stand for a force or a dynasty)."""
    told: dict[str, tuple[int, str]] = {}
    K = _knowledge()
    for p in places:
        # (not a known place: countries and provinces keep their own rules, 'nhà Tây Sơn' is a dynasty)
        # ('Vườn quốc gia Xuân Thủy … ¶ Xuân Thủy là khu Ramsar …': told after its kind word too)
        if (p.text == p.name or p.text.endswith(" " + p.name)) and " " in p.name and p.name[:1].isupper() \
                and p.name.split()[1][:1].isupper() and p.name not in K["gazetteer"]:
            told.setdefault(p.name, (p.end, p.name))
    return [p for p in _told_again(text, told, orgs, places, persons, regions)
            if _CLAUSE_OPENS.search(text, max(0, p.start - 3), p.start)]


def _told_again(text: str, told: dict[str, tuple[int, str]], orgs, places, persons, regions) -> list[Entity]:
    """The places a text names again, by a name it told (`told`: the name → where it was told and
    its canonical name), after it was told and where no other name stands."""
    if not told:
        return []
    taken = SpanList(list(orgs) + list(places) + list(persons))
    pattern = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(k) for k in sorted(told, key=len, reverse=True)) + r")(?![\w\-])")
    return [Entity("place", m.start(), m.end(), m.group(1), told[m.group(1)][1], kind=None)
            for m in _iter(pattern, text, regions)
            if m.start() >= told[m.group(1)][0] and not taken.covers(m.start(), m.end())]


# where a clause opens: a told name there is its subject ('nghĩa quân Tây Sơn' names a force, no place)
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;\n][ \t]*|,[ \t]+)$")


# ('Quacquarelli Symonds (QS, Anh)': the short name, then where the body is from)
_WORD_NAME_BRACKET = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z][A-Za-z]{1,7})[ \t]*\)")
_SHORT_NAME_BRACKET = re.compile(r"[ \t]*\([ \t]*([A-ZĐ][A-ZĐ&\-]{1,9})[ \t]*(?:,[^()\n]{1,30})?\)")
# a tournament's head and its words written small, right before a sponsor's brand
_CONTEST_BEFORE = re.compile(r"(?<!\w)(?:(?:Giải|giải|Cúp|cúp)(?:[ \t]+[^\W\d_A-Z" + re.escape(_UPPER[26:]) + r"][^\W\d_]*){0,6}"
                             # ('Giải Marathon Quốc tế Hà Nội Techcombank': a tournament's name in title case)
                             r"|(?:Giải|Cúp)[ \t]+[" + re.escape(_UPPER) + r"][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,6})[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+và(?!\w)")
_ABBREVIATION_BRACKET = re.compile(r"[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&\-]{1,9}[ \t]*\)")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm|\d+)(?:\s+tuyến)?\s+$")  # ("các tuyến phố …")
_LIST_OPENS = re.compile(r"[ \t]*[:(][ \t]*")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")


_CLAUSE_AFTER_NAME = re.compile(r"[ \t]+(?!và\b|hoặc\b|cùng\b)[^\W\d_]")


def _listed_places(text: str, pos: int, kind: str | None, K, locative: bool = False, counted: bool = False) -> list[Entity]:
    """The further names of a list after an administrative word in the plural, or after 'tại'
    (where a name that a verb follows opens the next clause: 'tại ải Chi Lăng, Liễu Thăng bị …').
    After a count and a colon ('22 xã: Bắc Ái, …, Đoàn Kết, Đội Cấn') every name is a unit's,
    though it look like a body's."""
    out = []
    while True:
        gap = _LIST_GAP.match(text, pos)
        if not gap:
            return out
        start = gap.end()
        words = _words_at(text, start)
        if not words or not _is_cap(words[0][2]) or (_match_phrase(words, 0, K["heads_ci"]) and not counted) \
                or words[0][2].lower() in K["admin_inner"]:
            return out
        end = _extend_name(text, start, K, place=True)
        if end <= start:
            return out
        name = text[start:end]
        if locative and (after := _CLAUSE_AFTER_NAME.match(text, end)) and text[after.end() - 1].islower():
            return out
        if K["team_after"].match(text, end):
            return out  # 'giữa Thép Xanh Nam Định và Hà Nội FC': a club, named after its city
        # ('các tuyến phố Nhà Chung, Lý Quốc Sư và Nhà Thờ': every street of the list keeps the word, as the first)
        canonical = f"{kind[:1].upper()}{kind[1:]} {name}" if kind in K["sites"] else name
        out.append(Entity("place", start, end, name, canonical, kind=kind, details={"counted": True} if counted else {}))
        pos = end


_HONORIFICS = frozenset({"Ông", "Bà", "Anh", "Chị", "Cụ"})


_SITE_OF_THE_FALLEN = re.compile(r"(?<!\w)(?:nghĩa[ \t]+trang|đài[ \t]+tưởng[ \t]+niệm|đền[ \t]+thờ|bia[ \t]+tưởng[ \t]+niệm)"
                                 r"[ \t]+liệt[ \t]+sĩ[ \t]+$", re.IGNORECASE)
_ADDRESS_BEFORE = re.compile(r"(?:(?<!\w)số[ \t]+\d+[A-Za-z]?(?:/\d+)*|(?<!\w)(?:phố|đường|ngõ|ngách|Phố|Đường)),?[ \t]+$")


_LOWER_WORD_AFTER = re.compile(r"[ \t]+" + _LOW)


def find_persons(text: str, K, regions=None) -> list[Entity]:
    """Runs of two to five title-case syllables after a marker ('đồng chí'), or starting with
    a family name (three or four syllables), or a well-known name."""
    spans = []
    for m in _iter(_CAP_RUN, text, regions):
        run = [(m.start() + w.start(), m.start() + w.end(), w.group(0)) for w in _CAP_WORD.finditer(m.group(0))]
        opened = 0
        if len(run) > 2 and run[0][2] in _HONORIFICS and " ".join(w[2] for w in run[:2]) not in K["aliases"]:
            opened = 1  # 'Ông Vương Đình Huệ được …': a sentence's first word, capitalised, is the marker
        elif len(run) > 3 and f"{run[0][2]} {run[1][2]}" == "Đồng Chí":
            opened = 2
        run = run[opened:]
        while len(run) > 1 and run[-1][2] in K["companies"]:
            run = run[:-1]  # 'Giải Marathon Quốc tế Hà Nội Techcombank': a sponsor's name ends the run, no one's
        name = " ".join(w[2] for w in run[:5])
        before = text[max(0, run[0][0] - 24):run[0][0]]
        if not opened and (_ADDRESS_BEFORE.search(before) or _SITE_OF_THE_FALLEN.search(before)) \
                and name not in K["aliases"]:
            # 'số 5 Trần Thánh Tông', 'phố Lê Lợi': a street named after a person; 'Nghĩa trang
            # liệt sĩ Dốc Bắt': a cemetery's place, though 'liệt sĩ' comes before a name
            continue
        if len(run) >= 2 and run[-1][2] in K["not_single_names"] and _LOWER_WORD_AFTER.match(text, run[-1][1]) \
                and " ".join(w[2] for w in run[:-1]) in K["gazetteer"]:
            continue  # 'Việt Nam Cộng hòa': a state's name in sentence case, no one's
        marked = bool(opened) or K["markers"].search(before) is not None
        family = run[0][2] in K["family"]
        if name in K["aliases"]:  # 'Bác Hồ' is Hồ Chí Minh
            spans.append(Entity("person", run[0][0], run[min(len(run), 5) - 1][1], name, K["aliases"][name]))
        elif (tail := _person_after_place(run, K, marked)) is not None:
            spans.append(tail)
        elif marked and not family and _match_phrase(run, 0, K["heads_ci"]):
            continue  # 'Bộ trưởng Bộ Quốc phòng …': a title's body, not its holder
        elif marked and not family and K["title_start"].match(name):
            continue  # 'đồng chí Phó Chủ tịch UBND tỉnh': a title, its holder unnamed
        elif marked and name in K["gazetteer"] and name not in K["well_known"]:
            continue  # 'Thủ tướng Nhật Bản': whose head of government, not a name
        elif marked and len(run) <= 5 or name in K["well_known"] or family and 3 <= len(run) <= 4 \
                and name not in K["gazetteer"] and not _two_places(run, K):  # 'Hà Nam Ninh' was a province
            spans.append(Entity("person", run[0][0], run[min(len(run), 5) - 1][1], name, name))
    return spans


def _two_places(run, K) -> bool:
    """'Cao Bằng Lạng Sơn': two places named one after the other, no person."""
    words = [w[2] for w in run]
    return any(" ".join(words[:k]) in K["gazetteer"] and " ".join(words[k:]) in K["gazetteer"]
               for k in range(1, len(words)))


def _person_after_place(run, K, marked: bool) -> Entity | None:
    """'Đốc trấn Lạng Sơn Ngô Thì Sĩ', 'Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu': a place's
    name, then a name that starts with a family name, in one run of capitals."""
    for k in range(1, len(run) - 1 if not marked else len(run)):
        rest = len(run) - k
        # after a title, a foreign name need not start with a Vietnamese family name ('Tổng
        # thống Mỹ Joe Biden')
        if (run[k][2] in K["family"] and (2 if marked else 3) <= rest <= 4
                or marked and 1 <= rest <= 4 and not (rest == 1 and run[k][2] in K["not_single_names"])) \
                and " ".join(w[2] for w in run[:k]) in K["gazetteer"]:
            name = " ".join(w[2] for w in run[k:])
            return Entity("person", run[k][0], run[-1][1], name, name)
    return None


def find_entities(text: str, province: str | None = None, regions=None) -> list[Entity]:
    """Every place, organisation and person of a text (the matching view), in text order;
    only within `regions` (sorted, disjoint spans) when given, since only sentences with
    events need them."""
    if regions is not None and not regions:
        return []
    K = _knowledge()
    low = lower_view(text)  # the case-blind patterns scan this (IGNORECASE is slow)
    persons = find_persons(text, K, regions)

    def inside(ents, s, e):
        if isinstance(ents, SpanList):
            return ents.covers(s, e)
        return any(x.start <= s and e <= x.end for x in ents)

    persons = SpanList(persons)
    orgs: list[Entity] = SpanList()
    named_tails: list[Entity] = []  # the places small-led bodies are named after
    document_until = 0
    # ('đồn Biên phòng Na Hình' is written small in running text): merged in text order
    head_hits = K["heads"].finditer(text, low, regions)
    # (one written small throughout, 'đội du kích', only before a capitalised name: 'đội du kích Bắc
    # Sơn', not 'đội du kích xã')
    small = [(s, e, h) for s, e, h in K["heads_small"].finditer(text, low, regions)
             if any(c.isupper() for c in h) or _CAPITAL_NEXT.match(text, e)]
    # ('in trên báo Độc lập'; not 'thông báo Kết luận')
    small += [(m.start(), m.end(), "Báo") for m in _iter(K["paper_small"], text, regions)
              if not K["paper_compound"].search(low, max(0, m.start() - 8), m.start())]
    small += [(s, e, name) for s, e, name in K["standalone_ci"].finditer(text, low, regions) if text[s:e] != name]
    if small:
        head_hits = sorted(head_hits + small, key=lambda h: (h[0], -h[1]))
    for s, e, head in head_hits:
        if inside(orgs, s, e) or K["unit_before"].search(low, max(0, s - 12), s) or (s and text[s - 1] in "-/") \
                or K["old_unit_before"].search(text, max(0, s - 12), s) \
                or K["thing_before"].search(low, max(0, s - 14), s):
            # 'xã Trường Hà' is a commune, not a school; '123/QĐ-UBND' a document's number; 'bảo
            # tháp Báo Nghiêm' a stupa, not a newspaper
            continue
        if _LEADER_AFTER.match(text, e):
            continue  # 'Tiểu đội trưởng', 'Đội trưởng', 'Xứ ủy viên': a leader's or member's title, no body
        if ((known := _gazetteer().pattern.match(text, s)) and known.end() > e or _inside_known_place(text, s, e)) \
                and not (head in K["standalone"] and " " in head and (known is None or known.end() < e)):
            # (a known body's whole name holds a known place: 'Hoàng Anh Gia Lai')
            continue  # 'vượt Trường Sơn', 'Hội An', 'Hải Phòng': a known place holds the head's word
        if head in K["delegations"] and _match_phrase(_words_at(text, _skip_spaces(text, e))[:4], 0, K["heads_ci"]):
            continue  # 'Đoàn Liên minh nghị sĩ …': the delegation's body is named next
        if s < document_until:
            continue  # a body named inside a law's title
        if (head in K["whole_names"] or head in K["companies"] or head in K["standalone"]) \
                and K["competition_after"].match(text, e):
            continue  # 'ASEAN Cup 2024', 'LPBank V-League 1': a tournament named after the body or its sponsor, no body
        if K["festival_before"].search(text, max(0, s - 40), s):
            continue  # 'Đại lễ Phật đản Liên Hợp Quốc (Vesak)': the feast's name, no body
        if K["festival_hoi"].match(text, s):
            continue  # 'Hội Gióng đền Phù Đổng', 'Hội Lim': a festival, no association
        if head in K["companies"] and _CONTEST_BEFORE.search(text, max(0, s - 50), s):
            continue  # 'Giải cờ vua quốc tế HDBank lần thứ 14': the sponsor in a tournament's name
        if K["document_before"].search(text, max(0, s - 12), s):
            # 'Luật Tổ chức Viện Kiểm sát nhân dân': a law's title, and every name in it
            document_until = _extend_name(text, e, K)
            continue
        start = s
        if head[:1].isupper() and (club := _NAME_DASH_BEFORE.search(text, max(0, s - 30), s)) \
                and not _gazetteer().pattern.fullmatch(club.group(1)) and not K["title_start"].match(club.group(1)) \
                and not _match_phrase(_words_at(text, club.start(1))[:2], 0, K["heads_ci"]):
            start = club.start(1)  # 'Thể Công - Viettel': a club named with its owner, whole
        for prefix in K["prefixes"]:  # 'liên Tỉnh ủy Cao-Bắc-Lạng'
            if low.startswith(prefix, s - len(prefix)) and (s - len(prefix) == 0 or not low[s - len(prefix) - 1].isalnum()):
                start = s - len(prefix)
        # 'Trường cấp 2 – 3 Việt Bắc': a school's levels, numbered, before its name
        level = _SCHOOL_LEVEL.match(text, e) if head in K["school_heads"] else None
        e = level.end() if level else e
        # an international body's name is whole ('Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng')
        end = e if head in K["whole_names"] else max(_extend_name(text, e, K, named=head in K["standalone"] or head in K["complete_heads"],
                                                                  unit=head in K["unit_heads"],
                                                                  business=head in K["business_heads"],
                                                                  descriptive=head in K["descriptive_heads"],
                                                                  school=head in K["school_heads"]), e)
        if (pair := K["dashed_pair"].search(text, max(start, end - 14), end + 16)) and pair.start() < end < pair.end():
            end = pair.end()  # 'Bảo tàng Phòng không – Không quân': one name of two parts
        if head in K["companies"] and end > e and _PRODUCT_AFTER_BRAND.match(text, e):
            end = e  # 'Apple Watch Series 12', 'Samsung Galaxy S26': the brand, then its product's name
        if head in K["companies"] and _AND_AFTER.match(text, e):
            end = e  # 'các sàn … Tiki và Sendo': two brands listed, not one name joined by 'và'
        if end == e and head in K["small_led_heads"] and not K["title_start"].match(text[start:start + 40]) \
                and (led := _small_led_name_end(text, e, K)) > end:
            # (not 'Viện sĩ Trần Đại Nghĩa', 'Viện trưởng …': a title, then a person)
            end = led
            # ('Trung tâm phóng vệ tinh Tửu Tuyền': the capitalised name after its work is the place
            # it is named after, unless it is a short name in capitals, 'IRRI')
            tail = _CAP_TAIL.search(text, e, end)
            if tail and not tail.group().isupper():
                named_tails.append(Entity("place", tail.start(), tail.end(), tail.group(), tail.group()))
        if head in K["club_heads"] and end > e and (owner := _OWNER_AFTER.match(text, end)) \
                and _match_phrase(_words_at(text, owner.start(1))[:3], 0, K["heads_ci"]) \
                and owner.group(1) in K["companies"]:
            end = owner.end()  # 'Câu lạc bộ bóng đá Thể Công – Viettel': the owner's brand ends the club's name
        if (branch := _BRANCH_AFTER.match(text, end)) and (branch_end := _extend_name(text, branch.end(), K, place=True)) > branch.end():
            end = branch_end  # 'Bảo tàng Hồ Chí Minh – Chi nhánh Thành phố Hồ Chí Minh': a branch is the body's name
        if (level := K["seated_level"].match(text, end)) and _SEAT_AFTER.match(text, level.end()):
            end = level.end()
        if (head in K["located_heads"] or level) and (seat := _SEAT_AFTER.match(text, end)):
            # 'Đại sứ quán Việt Nam tại Lào', 'Tòa án nhân dân cấp cao tại Hà Nội': where it sits
            # is part of its name
            end = seat.end()
        elif text.endswith("Việt Nam", start, end) and (seat := _SEAT_AFTER.match(text, end)) \
                and K["gazetteer"].get(seat.group().split("tại", 1)[1].strip()) == "quốc gia":
            end = seat.end()  # 'Hội Giáo chức Việt Nam tại Pháp': Vietnamese abroad, named with their country
        if end == e and head in K["steering_heads"]:
            end = _steering_name_end(text, e, K)
        if end > start and (text[end - 1].islower() or text[start:end].isupper()) \
                and (unit := K["bare_unit_after"].match(text, end)) is not None:
            end = unit.end()  # 'Ủy ban nhân dân tỉnh tổ chức …': the full name with its unit, as 'UBND tỉnh'
        if (hist := K["historic_qualifier"].match(text, end)) is not None:
            # 'Ủy ban nhân dân cách mạng lâm thời xã', 'Ủy ban kháng chiến hành chính tỉnh'
            after = _skip_spaces(text, hist.end())
            named_end = _extend_name(text, after, K, place=True) if after > hist.end() or not hist["unit"] else after
            end = named_end if named_end > after and _is_cap(text[after:named_end]) else hist.end() if hist["unit"] else end
        if end > start and (scope := K["scope_before_bracket"].match(text, end)):
            end = scope.end()  # 'Liên đoàn Bóng đá thế giới (FIFA)': the world's federation, whole
        if head in K["guarded_heads"] and not _ABBREVIATION_BRACKET.match(text, end) \
                and not _CAPITALISED_PAIR_END.search(text, e, end):
            continue  # 'Cơ quan Thẩm định của UNESCO': a sentence-cased name the run cut short
        # 'Viện kiểm sát nhân dân (VKSND) tỉnh': the name goes on after its abbreviation
        bracket = _ABBREVIATION_BRACKET.match(text, end)
        if bracket and not _AND_AFTER.match(text, bracket.end()) \
                and (after := _extend_name(text, bracket.end(), K, named=True)) > bracket.end():
            # (not 'Ngân hàng Á Châu (ACB) và Ngân hàng Quân đội': the abbreviation closed the name)
            end = after
        if head.lower() in K["numbered"] and (prev := _WORD_BEFORE.search(text, max(0, start - 12), start)) \
                and prev.group(1)[:1].isupper() and f"{prev.group(1)} {head}".lower() in K["numbered"]:
            continue  # 'Tiểu Đoàn 3' written with two capitals: a battalion, not a 'Đoàn'
        if (head.lower() in K["numbered"] or _ends_with_numbered(text[start:end], K)) \
                and (num := K["number_after"].match(text, end)):
            end = num.end()  # 'Quân khu 1', 'Bệnh viện Trung ương Quân đội 108', 'Bộ Tư lệnh Quân khu 1'
            if (honour := _HONOUR_NAME.match(text, end)) and not _match_phrase(_words_at(text, honour.start(1))[:4], 0, K["heads_ci"]):
                end = honour.end()  # 'Sư đoàn 3 Sao Vàng': the name the number carries
            elif arm := K["arm_after_number"].match(text, end):
                end = arm.end()  # 'Bộ Tư lệnh Vùng 3 Hải quân'
            elif _UNIT_AFTER_NUMBER.match(text, end) and (after := _extend_name(text, end, K)) > end:
                end = after  # 'Ban Chỉ đạo 389 tỉnh Lạng Sơn', 'Ban Chỉ đạo 35 Tỉnh ủy': whose it is
            elif (dashed := _DASHED_PLACE_AFTER.match(text, end)) and dashed[1] in K["gazetteer"]:
                end = dashed.end()  # 'Tòa án nhân dân khu vực 3 – Lạng Sơn': the area's province after a dash
        if inside(persons, start, end):
            if not (head in K["standalone"] and end == e and " " in head):
                continue
            # ('trong màu áo Hoàng Anh Gia Lai': a known body's whole name, though it opens with a family name)
            persons = SpanList(p for p in persons if not (p.start <= start and end <= p.end))
        in_title = K["titles"].search(text[max(0, start - 40):start]) is not None
        if in_title:
            # after a title, the name that follows is the person's: 'Thủ tướng Chính phủ Phạm Minh
            # Chính'; elsewhere it names the body ('Trường Chính trị Hoàng Văn Thụ')
            end = min([p.start for p in persons if e <= p.start < end] + [end])
            end = len(text[:end].rstrip())
        surface = text[start:end]
        if joint := _JOINT_MINISTRIES.fullmatch(surface):
            # 'Liên Bộ Công Thương – Tài chính': two ministries acting together, each a body
            orgs.extend(Entity("organisation", start + joint.start(g), start + joint.end(g), joint[g], f"Bộ {joint[g]}")
                        for g in (1, 2))
            continue
        ent = Entity("organisation", start, end, surface,
                     head if head in K["standalone"] and surface.lower() == head.lower()
                     else _canonical_org(_ABBREVIATION_BRACKET.sub("", surface), K, province))
        if in_title:
            ent.role = "title"
        orgs.append(ent)
    for m in _iter(K["brand"], text, regions):
        # (an ASCII name only: a Vietnamese one after 'công ty' is read with its head above)
        s0, e0 = m.span(1)
        if m.group(1).isascii() and not orgs.covers(s0, e0) and not inside(persons, s0, e0):
            orgs.append(Entity("organisation", s0, e0, m.group(1), m.group(1), details={"brand": True}))
    for s, e, _ in K["awards"].finditer(text, low, regions):
        end = _extend_name(text, e, K)
        for o in orgs:
            if s <= o.start < end:
                o.role = "award"
        orgs.append(Entity("organisation", s, end, text[s:end], text[s:end], role="award"))
    for s, e, _ in K["venues"].finditer(text, low, regions):
        end = _extend_name(text, e, K)
        for o in orgs:
            if s <= o.start < end:
                o.role = "venue"  # 'Hội trường UBND tỉnh' is where, not who
    for o in orgs:
        if not o.role and (K["speaks"].match(text, o.end)
                           or (short := _SHORT_NAME_AFTER.match(text, o.end)) and K["speaks"].match(text, short.end())):
            # ('Tập đoàn Điện lực Việt Nam (EVN) cho biết, …': its short name between)
            o.role = "speaker"  # 'Trung tâm … cho biết, …': who reports, not who acts
        elif not o.role and (parent := _PARENT_AFTER.match(text, o.end)) and K["speaks"].match(text, parent.end()):
            # 'Cục Viễn thông (Bộ Thông tin và Truyền thông) cho biết …': the body it belongs to, in
            # brackets, speaks with it
            for x in orgs:
                if o is x or parent.start() < x.start < parent.end():
                    x.role = x.role or "speaker"
    for o in orgs:
        if o.name.lower() in K["generic"] and not o.role:
            o.role = "generic"  # kept until adjuncts are marked: 'Ban Chấp hành, Ban Thường vụ và …'

    places: list[Entity] = SpanList(named_tails)
    org_starts = {o.start for o in orgs}
    for s, e, _ in K["admin"].finditer(text, low, regions):
        admin = text[s:e]  # as written: its capital matters
        if admin[:1].isupper() and admin.lower() in K["admin_small"]:
            continue  # 'Hồ Chí Minh' is a man, 'hồ Phai Loạn' a lake
        if admin[:1].isupper() and inside(persons, s, e):
            continue  # 'Hoàng Đình Giong': a middle name, no communal house
        if admin[:1].isupper() and (prev := _CAP_WORD_BEFORE.search(text, max(0, s - 12), s)) \
                and not prev.group(1).isupper() and admin.lower() not in K["village"] \
                and prev.group(1).lower() not in K["opening_prepositions"]:  # ('Tại Thành phố Hồ Chí Minh, …')
            continue  # 'Minh Thành Tổ', 'Phan Bội Châu': a word inside a name, no citadel nor canton
        if K["document_after"].match(low, e):
            continue  # 'bản Tuyên ngôn Độc lập': a text, no village
        if K["unit_title"].search(text, max(0, s - 12), e) and (nxt := _words_at(text, e)) and nxt[0][2] in K["family"]:
            continue  # 'Đốc trấn Ngô Thì Sĩ': a governor, no citadel named after him (but 'Tri huyện Văn Uyên')
        if admin.lower() in K["numbered_units"] and (num := K["numbered_unit"].match(text, e)):
            # 'phường Bến Nghé, quận 1': a district named by its number
            name = f"{admin[:1].upper()}{admin[1:].lower()} {num.group(1)}"
            places.append(Entity("place", s, num.end(), text[s:num.end()], name, kind=admin.lower()))
            continue
        if _ends_compound(low, s, e, K):
            continue  # 'phát động Tháng cao điểm': 'động' here is no cave
        if (opened := _LIST_OPENS.match(text, e)) and _PLURAL_BEFORE.search(low, max(0, s - 12), s):
            # 'gồm 14 xã: A Rooi, A Tiêng, …', '11 phường (Phú Cường, Hiệp Thành, …)': the units named after
            first = opened.end()
            end = _extend_name(text, first, K, place=True)
            words = _words_at(text, first)[:4]
            if end > first and _is_cap(text[first:end]) and not _match_phrase(words, 0, K["heads_ci"]) \
                    and not inside(places, first, end) and not _not_a_place(text[first:end], K):
                places.append(Entity("place", first, end, text[first:end], text[first:end], kind=admin.lower()))
                places.extend(_listed_places(text, end, admin.lower(), K, counted=text[opened.end() - 1] == ":"
                                             or ":" in opened.group()))
            continue
        after = _skip_spaces(text, e)
        if inside(places, s, after) or after == e:
            continue
        name_end = _extend_name(text, after, K, place=True)
        if name_end <= after and text[after:after + 1].islower() and (qual := K["qualifiers"].match(low, after)) \
                and text[(named_at := _skip_spaces(text, qual.end())):named_at + 1].isupper() \
                and not _gazetteer().pattern.match(text, named_at):  # ('phố cổ Hội An': the known place stands)
            # 'Nghĩa trang liệt sĩ Dốc Bắt': a word of kind the name's run does not take in
            name_end = _extend_name(text, named_at, K, place=True)
            after = named_at  # (a street named after a man, 'phố đi bộ Nguyễn Đình Chiểu', is the street)
            if road := _NUMBERED_ROAD_NAME.match(text, named_at):
                name_end = road.end()  # 'Nghĩa trang liệt sĩ Quốc gia Đường 9': named after a road
        # 'Chủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh': the place ends where its chairman's name begins
        if holder := [p.start for p in persons if after < p.start < name_end]:
            name_end = len(text[:min(holder)].rstrip())
        if name_end <= after:
            continue
        if " " not in text[after:name_end] and (chain := _SYLLABLE_CHAIN.match(text, name_end)):
            name_end = chain.end()  # 'căn cứ địa Cao - Bắc - Lạng', 'vùng Bình - Trị - Thiên': one region
        name = text[after:name_end]
        if (qual := K["qualifiers"].match(low, after)) and qual.end() < name_end \
                and (not _is_cap(name) or " " in qual.group().strip() and text[_skip_spaces(text, qual.end()):][:1].isupper()):
            # (a one-word qualifier written big is the name's own: 'thành Cổ Loa')
            # 'Sân bay quốc tế Nội Bài', 'phố cổ Hội An', 'Cửa khẩu Quốc tế Lao Bảo': a word of kind
            # between the unit and its name
            after = _skip_spaces(text, qual.end())
            name = text[after:name_end]
        if not _is_cap(name) or K["title_start"].match(text[after:after + 40]) or (
                (head := K["event_head_at"].match(low, after)) and not _all_capitalised(text[after:head.end()])
                and head.group() not in _GAMES_WORDS) \
                or admin.lower() == "thành" and _match_phrase(_words_at(text, after)[:4], 0, K["heads_ci"]):
            # ('đổi tên … thành Chiến dịch Hồ Chí Minh': a campaign, no citadel; '… thống nhất các
            # đơn vị thành Công an nhân dân vũ trang': a body they became)
            continue  # 'Tổng Bí thư Nguyễn Phú Trọng' names no canton
        if text[s:name_end] in K["gazetteer"]:
            continue  # 'Đình Lập', 'Chợ Mới': a district whose name begins with a site's word
        if _MEMORIAL.search(low, s, after) and name not in K["gazetteer"] and 2 <= len(name.split()) <= 4 \
                and (name.split()[0] in K["family"] or name.split()[0] in _HONOURED):
            # 'Khu lưu niệm Nguyễn Du', 'Khu di tích Nguyễn Du', 'đền Bà Triệu': a person remembered,
            # no place called so
            continue
        if K["gazetteer"].get(name) == "quốc gia" and not _is_cap(admin) and admin.lower() not in K["province_level"] \
                and admin.lower() not in ("nước", "quốc gia") and f"{admin.lower()} {name.lower()}" not in K["keep_admin"]:
            continue  # 'đồn Pháp', 'quân Nhật': a post of the French, not a place called France (but 'châu Mỹ')
        if K["gazetteer"].get(name) == "quốc gia" and admin[:1].isupper() and orgs.covers(s, name_end) \
                and not orgs.heads(s, name_end) and admin.lower() not in ("quốc gia", "nước"):
            continue  # 'Tổng công ty Cảng hàng không Việt Nam': a country in a body's name, no place
        if admin == "châu" and K["keep_admin"].get(f"châu {name.lower()}", "").startswith("châu ") and orgs.covers(s, name_end):
            continue  # 'Ủy ban châu Âu', 'Ngân hàng Phát triển châu Á': a continent in a body's name, as a country, no place
        if admin[:1].isupper() and admin.lower() in K["old_units_set"] and orgs.covers(s, name_end):
            continue  # 'Bệnh viện Phủ Doãn': a street's name in a body's name, no prefecture 'Doãn'
        if orgs.heads(s, name_end):
            continue  # 'Đồn Biên phòng Cửa khẩu Tân Thanh': the word heads a body's name, no post
        if after in org_starts:
            continue  # 'trên sân Trường Đại học Nông Lâm …': a body's ground, named by the body
        if admin[:1].isupper() and _match_phrase(_words_at(text, s)[:3], 0, K["heads_ci"]) >= 2:
            continue  # 'Tỉnh Đoàn', 'Ban Chấp hành Tỉnh Đoàn': a body's head, no province called 'Đoàn'
        if name not in K["well_known"] and inside(persons, after, name_end) \
                and any(o.role == "title" and o.start < s <= o.end for o in orgs):
            continue  # 'Chủ tịch UBND tỉnh Trịnh Việt Hùng': the province's chairman, named
        if admin.lower() == "núi" and text[max(0, s - 4):s] == "Leo " \
                and _match_phrase(_words_at(text, after)[:4], 0, K["heads_ci"]):
            continue  # 'Giải Việt dã và Leo núi Báo Tiền Phong': a sport in a race's name, then its giver
        if admin.lower() == "bang" and K["title_end"].search(text, max(0, s - 16), s):
            continue  # 'Thống đốc bang California ban bố …': the post's domain, no place of the event
        if name not in K["gazetteer"] and (admin.lower() in K["landforms"] or admin.lower() in K["village"]) \
                and (people := next((p for p in K["peoples"] if name == p or name.startswith(p + " ")), None)):
            # (a unit's name may begin like a people's: 'tỉnh Thái Nguyên', 'huyện Hoa Liên')
            if name == people:
                continue  # 'làng Chăm', 'tháp Chăm': a people's, no place called so
            after = _skip_spaces(text, after + len(people))  # 'tháp Chăm Pô Nagar': the tower is 'Pô Nagar'
            name = text[after:name_end]
        # a capitalised village word mid-sentence is part of the name ('Bản Khu'); so is a
        # landform word before a one-syllable name ('sông Hồng', 'Đèo Giang', not 'Kỳ Cùng')
        if admin.lower() in K["landforms"] and len(name.split()) == 1 and K["gazetteer"].get(name) \
                and orgs.covers(s, name_end):
            # 'Trường Cầu đường Paris': a known city after a word of the body's own name
            surface, kind = name, K["gazetteer"][name]
        elif admin.lower() in K["village"] and _is_cap(admin) or \
                admin.lower() in K["landforms"] and len(name.split()) == 1:
            surface, kind = f"{admin} {name}", admin.lower()
        elif admin.lower() in K["sites"]:
            surface, kind = f"{admin[:1].upper()}{admin[1:]} {name}", admin.lower()
        else:
            surface, kind = _place_name(name, admin, K)
        if (known := f"{admin[:1].upper()}{admin[1:]} {name}") in K["gazetteer"] and admin.lower() in K["village"]:
            surface, kind = known, admin.lower()  # 'tại ấp Bắc': the hamlet the gazetteer knows, 'Ấp Bắc'
        elif _not_a_place(surface, K) or name.lower() in K["sectors"] and admin.lower() not in _GROUNDS \
                or name in K["common_big"]:  # ('sân Thống Nhất': a ground's name, though a word of bodies' names)
            continue  # 'Hội chợ Du lịch': a sector's name is no place; 'Di tích Nơi thành lập …': a word, written big
        places.append(Entity("place", s, name_end, text[s:name_end], surface, kind=kind))
        if kind in K["landforms"] and (dash := _DASHED_PART.match(text, name_end)) \
                and (other_end := _extend_name(text, dash.end(), K, place=True)) > dash.end() \
                and not _match_phrase(_words_at(text, dash.end())[:4], 0, K["heads_ci"]):
            # 'di tích Nhị Thanh - Tam Thanh': two sites named as one
            other = text[dash.end():other_end]
            if not _not_a_place(other, K):
                places.append(Entity("place", dash.end(), other_end, other, other, kind=kind))
        if (plural := _PLURAL_BEFORE.search(low, max(0, s - 12), s)) \
                and not (kind in K["sites"] and plural.group()[:1].isdigit()):
            # 'các xã Hoàng Văn Thụ, Mông Ân và Hoa Thám': every name of the list is one (but 'số nhà
            # 15 phố Hàng Nón, Hà Nội': a house's number, then its city)
            places.extend(_listed_places(text, name_end, kind, K))
    for _s, e, _ in K["event_heads"].finditer(text, low, regions):
        if _VENUE_BEFORE_GAMES.search(low, max(0, _s - 24), _s):
            continue  # ('Sân vận động Olympic Thường Châu': a stadium's name, not the games of a city)
        after = _skip_spaces(text, e)
        end = _extend_name(text, after, K, place=True)
        if end > after and " " not in text[after:end] and (chain := _SYLLABLE_CHAIN.match(text, end)):
            end = chain.end()  # 'căn cứ địa Cao - Bắc - Lạng', 'Chiến dịch Bình - Trị - Thiên'
        name = text[after:end]
        if name.isupper() and len(name) <= 6 and name not in K["gazetteer"]:
            continue  # 'Hội nghị WEF mùa hè': a body's short name, no place
        if after > e and end > after and _is_cap(name) and not inside(places, after, end) and \
                not inside(persons, after, after + 1) and not _not_a_place(name, K) and name.lower() not in K["sectors"] \
                and not K["team_after"].match(text, end) and name.split()[-1] not in K["team_words"] \
                and not _match_phrase(_words_at(text, after)[:4], 0, K["heads_ci"]) \
                and (" " in name and (_all_capitalised(re.sub(r"[-–]", " ", name)) or name.lower() in K["admin_phrases_set"])
                     or name.isascii() or name in K["gazetteer"]):
            # (not 'Hội nghị Ban Chấp hành Trung ương Đảng': a body's meeting, not a place's; nor
            # 'Hội nghị Thông báo …', a title in sentence case: a lone Vietnamese syllable is no
            # place unless it is a known one, 'Hội nghị Paris' is; nor 'Hiệp ước Hữu nghị và Hợp tác',
            # words in sentence case: a place's name capitalises every syllable; nor 'Chiến dịch Lê
            # Hồng Phong II', named after a man)
            places.append(Entity("place", after, end, name, name, kind=None))
    for _s, e, _ in K["locative"].finditer(text, low, regions):
        # 'tại Ma Cao (Trung Quốc)', 'tại trường bắn Tương Mai': a capitalised name after 'tại'
        # or 'ở', or after one or two common nouns there, is where
        if K["locative_compound"].search(low, max(0, _s - 8), _s):
            continue  # 'tồn tại suốt thời Lê Sơ', 'hiện tại': no 'tại' of place
        start = _skip_spaces(text, e)
        if start == e:
            continue
        if K["not_after_locative"].match(low, start):
            continue
        if K["language_at"].match(low, start):
            continue  # ('dịch sang tiếng Anh': a language)
        if K["law_title"].search(text, max(0, _s - 200), _s):
            continue  # '… Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam': the law's scope
        words = _words_at(text, start)
        # (two common nouns only after 'tại', 'ở': 'tại trường bắn Tương Mai'; after a move, two small
        # words are a verb: 'chuyển sang tổ chức Festival 4 mùa')
        for k in ((1, 2) if low[_s:e] in ("tại", "ở") else (1,)):
            if len(words) > k and not _is_cap(words[0][2]) and not _is_cap(words[k - 1][2]) \
                    and _is_cap(words[k][2]) and words[k - 1][2].lower() not in K["function_words"]:
                start, words = words[k][0], words[k:]
                break
        if not words or not _is_cap(words[0][2]) or _match_phrase(words, 0, K["heads_ci"]) \
                or K["title_start"].match(text[start:start + 40]) or words[0][2].lower() in K["admin_inner"] \
                or K["venues"].pattern.match(low, start) or K["not_after_locative"].match(low, start):
            continue
        end = _extend_name(text, start, K, place=True)
        end = _known_prefix_end(text, start, end, K)
        name = text[start:end]
        if not re.search(r"[\s\-–]", name) and (not name.isascii() or len(_VOWEL_RUNS.findall(name)) == 1) \
                and name not in K["gazetteer"] and _LOWER_AFTER.match(text, end):
            # 'ở Vườn hồng', 'tại Cung thể thao …': a Vietnamese common noun written big, then
            # small, is no name of a place (a foreign name, 'tại Kourou vào …', may be)
            continue
        if end <= start or inside(places, start, end) or inside(orgs, start, end) or inside(persons, start, end) \
                or _not_a_place(name, K) or name.lower() in K["sectors"] or name.lower() in K["admin_inner"]:
            continue  # ('tại Công viên trung tâm thị trấn …': a place's word, its name untold)
        places.append(Entity("place", start, end, name, name, kind=None))
        places.extend(p for p in _listed_places(text, end, None, K, locative=True)  # 'tại Đồng Đăng và Tân Thanh'
                      if not inside(orgs, p.start, p.end) and not _not_a_place(p.name, K))
        bracket = _BRACKETED_NAME.match(text, end)
        if bracket and not inside(places, bracket.start(1), bracket.end(1)):
            places.append(Entity("place", bracket.start(1), bracket.end(1), bracket.group(1), bracket.group(1)))
    for s, e, committee in K["committees"].finditer(text, low, regions):
        # 'Huyện ủy Hòa An' names the district Hòa An; 'liên Tỉnh ủy Cao-Bắc-Lạng' no place
        after = _skip_spaces(text, e)
        end = _extend_name(text, after, K, place=True)
        # 'Bí thư Huyện ủy Lộc Bình Vy Văn Sơn': the secretary's name is no part of the district's
        end = min([p.start for p in persons if after < p.start < end] + [end])
        end = len(text[:end].rstrip())
        name = text[after:end]
        if after > e and end > after and _is_cap(name) and "-" not in name and not inside(places, after, end) \
                and not low.startswith("liên ", max(0, s - 5)) \
                and not _match_phrase(_words_at(text, after)[:4], 0, K["admin_phrases"]):
            # ('Đồn Biên phòng Cửa khẩu Tân Thanh': the gate's word names the place its own way)
            places.append(Entity("place", after, end, name, name, kind=K["committee_kind"].get(committee)))
    gaz = K["gazetteer"]
    last_country = 0  # where the last country placed ends
    if gaz:
        # ('Trường Đại học Nông Lâm Bắc Giang': 'Lâm Bắc Giang' reads as a man's name, but it lies
        # in a body's name, where a person is none: the province stands)
        in_bodies = SpanList(o for o in orgs if o.role != "title")
        # ('Công an Hà Nội đánh bại …': a club in a match, whose city places nothing)
        clubs = SpanList(o for o in orgs if " " in o.text and (K["match_after"].match(text, o.end)
                                                                 or K["match_before"].search(text, max(0, o.start - 12), o.start)))
        free_persons = SpanList(p for p in persons if not in_bodies.covers(p.start, p.end))
        for s, e, name in gazetteer_hits(text):
            if regions is not None and not _starts_within(regions, s):
                continue
            if inside(places, s, e) or inside(free_persons, s, e) or (e < len(text) and text[e] == "-") \
                    or (s > 0 and text[s - 1] == "-") or K["team_after"].match(text, e) \
                    or K["zone_before"].search(text, max(0, s - 12), s) or clubs.covers(s, e):
                continue  # 'Hà Nội FC' is a club; '14h10 giờ Hà Nội' a clock's time zone
            if " " not in name and (nxt := _NEXT_CAP_WORD.match(text, e)) and nxt.group(1) not in K["family"] \
                    and not _match_phrase(_words_at(text, nxt.start(1))[:4], 0, K["heads_ci"]):
                continue  # 'Vinh Hải', 'Nga Sơn', 'Đức Thọ': a longer name that starts with a city's or a country's
            if " " not in name and (prev := _PREV_CAP_WORD.search(text, max(0, s - 12), s)) \
                    and not prev.group(1).isupper() and prev.group(1).lower() not in K["directions"] \
                    and not _SENTENCE_OPENS.search(text, max(0, prev.start() - 3), prev.start()) and prev.start() > 0:
                # ('mây tre đan Phú Vinh', 'ông Minh Đức'): a longer name that ends with a city's or a
                # country's, mid-sentence (at a sentence's start a capital says nothing: 'Tại Paris'),
                # but for a side of it ('Tây Đức')
                continue
            kind = gaz[name]
            if kind == "quốc gia" and K["language_before"].search(text, max(0, s - 12), s):
                continue  # ('dịch sang tiếng Anh': a language)
            if K["noble_after"].match(text, e):
                continue  # ('tự xưng là Bình Định Vương': a lord's title)
            if K["topic_before"].search(text, max(0, s - 60), s):
                continue  # ('Hội nghị Genève về Đông Dương': what the meeting was about)
            if K["law_title"].search(text, max(0, s - 200), s):
                continue  # ('Luật … cư trú của người nước ngoài tại Việt Nam': the law's scope, within its title)
            if kind == "quốc gia" and not K["place_prep"].search(text[max(0, s - 40):s]) \
                    and not (text[e:e + 1] == ")" and (named := _NAME_BEFORE_BRACKET.search(text, max(0, s - 40), s))
                             and not in_bodies.covers(*named.span(1))) \
                    and not (text[e:e + 1] == ")" and (addr := _ADDRESS_IN_BRACKET.search(text, max(0, s - 45), s))
                             and addr.group(1).strip() in gaz) \
                    and not (text[e:e + 1] == "," and _NAME_BEFORE_BRACKET.search(text, max(0, s - 40), s)) \
                    and not ((gap := _COMMA_GAP_BEFORE.search(text, max(0, s - 4), s)
                              or _DIRECTION_GAP_BEFORE.search(text, max(0, s - 24), s))
                             and any(p.end == gap.start() and p.kind in _CITY_KINDS for p in places)) \
                    and not (K["state_before"].search(text[max(0, s - 30):s]) and last_country
                             and s - last_country < 150 and not re.search(r"[.!?\n]", text[last_country:s])) \
                    and not (last_country and _LIST_GAP.fullmatch(text, last_country, s)):
                # ('thăm Lào và Campuchia': a country listed after a placed one is placed too)
                # ('thăm … tới Cộng hòa Chile từ ngày 10-13/11 và Cộng hòa Peru': a second state
                # named in form after a country the sentence has placed is a destination too)
                continue
            if kind == "vùng" and K["title_end"].search(text, max(0, s - 16), s):
                continue  # ('Toàn quyền Đông Dương ký nghị định …': the post's domain, no place of the event)
            if kind == "vùng" and _THREE_REGIONS.search(text, max(0, s - 8), s):
                continue  # ('du khách ba miền Bắc, Trung, Nam': the whole country's people, no region's)
            if kind == "quốc gia" and K["side_before"].search(text, max(0, s - 8), s) and K["side_acts"].match(text, e):
                continue  # ('phía Trung Quốc tuyên bố rút quân': a party that acts)
            if kind == "quốc gia":
                last_country = e
            places.append(Entity("place", s, e, name, name, kind=kind))
    for m in _iter(_CAPS_DATELINE, text, regions):
        # 'HÀ NỘI, 22/11 (TTXVN) - …': a dateline's place in capitals
        name = m.group(1).title()
        if gaz.get(name) and not inside(places, m.start(1), m.end(1)):
            places.append(Entity("place", m.start(1), m.end(1), m.group(1), name, kind=gaz[name]))
    for m in _iter(_AGENCY_DATELINE, text, regions):
        name = m.group(1)
        if not name.isupper() and not inside(places, m.start(1), m.end(1)) and not inside(orgs, m.start(1), m.end(1)):
            # (one in capitals is read above, when the gazetteer knows it)
            places.append(Entity("place", m.start(1), m.end(1), name, name, kind=gaz.get(name)))
    for cue in _iter(K["road_cue"], low, regions):
        m = K["roads"].match(low, cue.start())
        if m and not inside(places, m.start(), m.end()) and not _ends_compound(low, m.start(), m.start() + len(m.group().split()[0]), K) \
                and not _CAMPAIGN_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            # (not 'giảng đường số 19': a lecture hall, numbered; nor 'chiến dịch Đường 9 - Nam Lào',
            # a campaign named after the road)
            surface = text[m.start():m.end()]
            places.append(Entity("place", m.start(), m.end(), surface, surface[:1].upper() + surface[1:],
                                 kind=re.sub(r"[ \t]+\d.*", "", m.group().lower())))
    places.extend(_local_places(text, low, K, regions, places, persons))
    places.extend(_places_before_their_province(text, places, orgs, persons, K))
    places.extend(_places_located_in(text, places, orgs, persons, K))
    places.extend(_route_ends(text, places, orgs, persons, K))
    places.extend(_places_in_brackets_after(text, places, orgs, persons, K))
    places.extend(_hosts_of_games(text, places, orgs, persons, K, regions))
    places = [_country_of_region(p, K) for p in places]
    # ('cách đảo Lý Sơn 30 hải lý về phía Đông Bắc': a bearing, no region)
    places = [p for p in places if not (p.name in _BEARINGS and _BEARING_BEFORE.search(text, max(0, p.start - 10), p.start))]
    # 'Washington D' read up to a dot, inside the gazetteer's 'Washington D.C.': the longer one
    places = _without_cut_short(places)
    # ('người châu Á đầu tiên': a people, not a place)
    # (a name with its own word before it, 'Đại học Quốc gia Hà Nội', is not one)
    places = [p for p in places if not (p.kind in K["people_kinds"] and p.text == p.name
                                        and K["people_before"].search(text, max(0, p.start - 16), p.start))]
    # a place inside a body's whole name from the lexicon ('Đảng Cộng sản Đông Dương') is a
    # word of that name, not where anything happens
    whole = SpanList(o for o in orgs if o.name in K["standalone"])
    if whole:
        places = [p for p in places if not whole.covers(p.start, p.end)]
    # a company's name takes a place's as a brand ('Công ty cổ phần Logistics Đồng Đăng'): no
    # place of the event, unless written with its administrative word ('… tỉnh Lạng Sơn')
    brands = SpanList(o for o in orgs if o.text.startswith(K["business_prefixes"]))
    if brands:
        places = [p for p in places if not (brands.covers(p.start, p.end) and p.text == p.name)]
    named = SpanList(o for o in orgs if o.text.startswith(K["region_named"]))
    if named:
        places = [p for p in places if not (p.kind == "vùng" and named.covers(p.start, p.end))]
    # 'nghĩa quân Tây Sơn', 'nhà Tây Sơn': a force or a dynasty called after the place
    places = [p for p in places if not K["named_after_place"].search(text, max(0, p.start - 16), p.start)]
    # 'vùng Đồng bằng sông Cửu Long': a place named inside a longer place's name is that name's part
    # (a river or a mountain only: 'SVĐ thôn Nà Tông' keeps its village)
    spans_of_places = [(p.start, p.end) for p in places]
    places = [p for p in places if not ((p.kind or "") in K["landforms"] and any(
        a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in spans_of_places))]
    # 'Tập đoàn Điện lực Việt Nam (EVN)': the bracket after a body's name is its short name, no other body
    # (a short name: one word, 'Agribank', 'UNESCO'; not a parent body named in full)
    orgs = [o for o in orgs if not (o.start and text[o.start - 1] == "(" and text[o.end:o.end + 1] == ")"
                                    and " " not in o.text.strip()
                                    and any(p.end in (o.start - 1, o.start - 2) for p in orgs if p is not o))]
    # ('Tây Ban Nha': a head word inside a known country's or city's name opens no body)
    known = SpanList(p for p in places if p.text == p.name and p.name in K["gazetteer"])
    if known:
        orgs = [o for o in orgs if not (known.covers(o.start, o.end) and o.start > 0
                                        and any(p.start < o.start for p in places if p.start <= o.start < p.end))]
    # 'Bảo tàng Chiến thắng B-52': a code of letters and digits is one word of a name
    for x in orgs:
        if (code := _CODE_TAIL.match(text, x.end)) and re.search(r"(?<![^\W\d_])[A-Z]{1,3}$", x.text):
            x.end, x.text = code.end(), text[x.start:code.end()]
            x.name = x.name + code.group()
    places = [p for p in places if not (_CODE_TAIL.match(text, p.end) and len(p.name) <= 3)]
    # ('tàu chở dầu Hải Hà 08': a number with a leading zero after the name makes it a code, a ship's)
    places = [p for p in places if not (_ZERO_CODE_AFTER.match(text, p.end) and p.text == p.name)]
    # ('Đại lễ Vesak Liên hợp quốc', 'Công ước khung của Liên hợp quốc': the body's name written
    # small is part of another name there, no actor; written so at a clause's head it acts)
    orgs = [o for o in orgs if not (o.text in K["names_inside_names"]
                                    and (_CAP_WORD_BEFORE.search(text, max(0, o.start - 20), o.start)
                                         or _OF_BEFORE.search(text, max(0, o.start - 8), o.start)))]
    # '22 xã: …, Đoàn Kết, Đội Cấn': a counted list's units, though their names open like bodies
    units = {p.start for p in places if p.details.get("counted")}
    if units:
        orgs = [o for o in orgs if o.start not in units]
    # ('Giải thưởng Văn học Thành phố Hồ Chí Minh', 'Cúp Truyền hình Thành phố Hồ Chí Minh': the
    # city an award or a cup is named after is no place of what is told)
    prizes = SpanList(o for o in orgs if o.role == "award")
    if prizes:
        places = [p for p in places if not prizes.covers(p.start, p.end)]
    _present_day(text, places, K)
    _titles_renamed(text, orgs)
    _bind_local_units(orgs, places, K)
    orgs = _shared_heads(text, orgs, places)
    orgs = _branches_of_bodies(text, orgs)
    # 'Thành phố Hồ Chí Minh': an admin word makes the name a place, not the person; so does an
    # organisation's ('Trường Chính trị Hoàng Văn Thụ')
    holders = SpanList(p for p in places + orgs if p.role != "title")
    persons = [x for x in persons if not holders.covers(x.start - 1, x.end)]
    # ('liệt sĩ Đoàn Kinh tế - Quốc phòng 337': a body whose head is a family name, not a person
    # the title before it names)
    org_starts = {o.start: o.end for o in orgs if o.role != "title"}
    persons = [x for x in persons if org_starts.get(x.start, 0) <= x.end]
    # ('hai xã Kim Đồng và Quang Trung': a commune listed after its word, though named after a king)
    units = {(p.start, p.end) for p in places if p.kind in K["local_kinds"] or p.kind in K["sites"]}
    persons = [x for x in persons if (x.start, x.end) not in units]
    orgs = orgs + _short_names_told(text, orgs, places, persons, regions)
    _bare_heads_told(text, orgs, K)
    places = places + _bare_foreign_names_told(text, orgs, places, persons, regions)
    places = places + _whole_names_told(text, orgs, places, persons, regions)
    ents = persons + orgs + places
    ents.sort(key=lambda x: (x.start, -x.end))
    _mark_adjuncts(text, low, ents, K, regions)
    _distribute_qualifiers(text, [e for e in ents if e.type == "organisation" and e.role != "award"], K)
    return ents


_DIRECTIONS = ("Nam ", "Bắc ", "Trung ", "Đông ", "Tây ")


def _country_of_region(p: Entity, K) -> Entity:
    """'miền Nam Trung Quốc': the south of a known place is that place ('Trung Quốc')."""
    if (p.kind or "").lower() == "miền" and p.name.startswith(_DIRECTIONS):
        rest = p.name.split(" ", 1)[1]
        if rest in K["gazetteer"] or p.name not in K["gazetteer"] and rest.isascii() and rest[:1].isupper():
            # ('miền Bắc California': the north of a foreign land named is that land)
            return Entity("place", p.end - len(rest), p.end, rest, rest, kind=K["gazetteer"].get(rest, p.kind))
    return p


def _without_cut_short(places: list[Entity]) -> list[Entity]:
    """Places without those that overlap a longer reading of the same name ('Washington D'
    beside 'Washington D.C.') or cross another; only overlapping ones are compared, so long
    texts stay linear."""
    order = sorted(places, key=lambda x: x.start)
    dropped: set[int] = set()
    active: list[Entity] = []
    for p in order:
        active = [q for q in active if q.end > p.start]
        for q in active:
            if q.name != p.name and q.name.startswith(p.name):
                dropped.add(id(p))
            elif p.name != q.name and p.name.startswith(q.name):
                dropped.add(id(q))
            elif q.start <= p.start and p.end <= q.end and q.name != p.name and q.name.endswith(" " + p.name):
                dropped.add(id(p))  # 'Hoàng thành Thăng Long' holds 'Thăng Long': the site, not the old capital
            elif p.start <= q.start and q.end <= p.end and p.name != q.name and p.name.endswith(" " + q.name):
                dropped.add(id(q))
            elif q.start < p.start < q.end < p.end:
                # two readings that cross ('di tích Thành' over 'Thành nhà Mạc'): the longer,
                # the later where they are as long (the earlier ran into the other's name)
                dropped.add(id(q) if p.end - p.start >= q.end - q.start else id(p))
        active.append(p)
    return [p for p in places if id(p) not in dropped] if dropped else places


_CAP_WORD_DOTTED = r"[" + re.escape(_UPPER) + r"][^\W\d_]*(?:[.\-][^\W\d_.]+\.?)*"  # 'Phnom', 'D.C.', 'Giơ-ne-vơ'
_CAP_NAME = _CAP_WORD_DOTTED + r"(?:[ \t]+" + _CAP_WORD_DOTTED + r"){0,3}"
# 'cửa sông Hát (Hát Môn, nay thuộc huyện Phúc Thọ, Hà Nội)': the place's other name, then where it lies now
# '(Paris, Pháp)': a bracket's address ending in its country
_ADDRESS_IN_BRACKET = re.compile(r"\([ \t]*([" + re.escape(_UPPER) + r"][^()\n,]{1,30}),[ \t]*$")
# 'tại thành phố Johannesburg, Nam Phi': a city's address goes on to its country
_THREE_REGIONS = re.compile(r"(?<!\w)(?:ba|cả[ \t]+ba)[ \t]+$", re.IGNORECASE)
_CAMPAIGN_BEFORE = re.compile(r"(?<!\w)(?:chiến[ \t]+dịch|mặt[ \t]+trận)[ \t]+$")
_COMMA_GAP_BEFORE = re.compile(r",[ \t]*$")
# ('ở tỉnh Chiang Rai, miền bắc Thái Lan': the part of the country the province is in, then the country)
_DIRECTION_GAP_BEFORE = re.compile(r",[ \t]*(?:miền|phía|vùng)[ \t]+(?:đông|tây)?[ \t]*(?:bắc|nam|trung|đông|tây)?[ \t]+$",
                                   re.IGNORECASE)
_CITY_KINDS = frozenset(["thành phố", "thủ đô", "bang", "tỉnh", "thị trấn", "thị xã"])
_BEARINGS = frozenset(["Đông", "Tây", "Nam", "Bắc", "Đông Bắc", "Tây Bắc", "Đông Nam", "Tây Nam"])
_BEARING_BEFORE = re.compile(r"(?<!\w)(?:phía|hướng)[ \t]+$", re.IGNORECASE)
_GROUNDS = frozenset(["sân", "sân vận động", "nhà thi đấu", "cung thể thao"])
_GAMES_WORDS = frozenset(["olympic", "paralympic"])  # written big in any name ('Sân vận động Olympic Thường Châu')
_VENUE_BEFORE_GAMES = re.compile(r"(?<!\w)(?:sân\s+vận\s+động|sân|khu\s+liên\s+hợp(?:\s+thể\s+thao)?|cung\s+thể\s+thao|làng)\s+$")
_ZERO_CODE_AFTER = re.compile(r"[ \t]+0\d{1,3}(?![\w/.,-])")
_CODE_TAIL = re.compile(r"-\d{1,4}(?![\w/])")
_CAP_TAIL = re.compile(r"(?:[" + re.escape(_UPPER) + r"][^\W\d_]*[ \t]*)+$")
_OF_BEFORE = re.compile(r"(?<!\w)của[ \t]+$")
# a product's words after a brand (not the company's own: 'Samsung Việt Nam', 'Vingroup Holdings')
_PRODUCT_AFTER_BRAND = re.compile(r"[ \t]+(?:" + alternation(load("organisations")["product_words"]) + r")(?!\w)")
_BRANCH_OF = re.compile(r"[ \t]+của[ \t]+")


def _branches_of_bodies(text: str, orgs: list[Entity]) -> list[Entity]:
    """'Chi nhánh Hà Nội của Ngân hàng Thương mại cổ phần Đông Á': one body, named as such a
    branch is officially ('Ngân hàng … – Chi nhánh Hà Nội'), not a branch and a bank."""
    by_start = {o.start: o for o in orgs if o.role is None}
    merged: set[int] = set()
    for o in orgs:
        if o.role is None and o.name.lower().startswith("chi nhánh ") and len(o.name) > 10 \
                and (of := _BRANCH_OF.match(text, o.end)) and (parent := by_start.get(of.end())) is not None:
            o.end, o.text = parent.end, text[o.start:parent.end]
            o.name = f"{parent.name} - {o.name}"
            merged.add(id(parent))
    return [o for o in orgs if id(o) not in merged] if merged else orgs


_BRANCH_AFTER = re.compile(r"[ \t]*[-–][ \t]*(?:[Cc]hi[ \t]+nhánh|[Cc]ơ[ \t]+sở|[Pp]hân[ \t]+hiệu)[ \t]+(?=[" + re.escape(_UPPER) + r"])")
_YEAR_BEFORE_BRACKET = re.compile(r"[ \t]+\d{4}(?=[ \t]*\()")
_MEMORIAL = re.compile(r"(?<!\w)(?:di tích|lưu niệm|tưởng niệm|đền|đền thờ|miếu)(?!\w)")
_HONOURED = frozenset(["Bà", "Ông", "Bác", "Vua", "Chúa", "Đức", "Thánh"])
_PARENT_AFTER = re.compile(r"[ \t]*\([^()\n]{2,80}\)")
_SHORT_NAME_AFTER = re.compile(r"[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&\d\-]{1,9}[ \t]*\)")
_NUMBERED_ROAD_NAME = re.compile(r"(?:Đường|Quốc lộ)[ \t]+\d{1,3}[A-Z]?(?![\w/]|[.,]\d)")
_BRACKETED_OTHER_NAME = re.compile(r"[ \t]*\([ \t]*(" + _CAP_NAME + r")[ \t]*,[ \t]*(?:nay|ngày\s+nay|hiện\s+nay)(?!\w)")
_BRACKETED_LIST = re.compile(r"[ \t]*\([ \t]*(" + _CAP_NAME + r"(?:[ \t]*,[ \t]*" + _CAP_NAME + r"){0,3})[ \t]*\)")


def _hosts_of_games(text: str, places, orgs, persons, K, regions) -> list[Entity]:
    """'ở SEA Games 32 (Campuchia), cô lập kỷ lục …': the known places in a bracket after a games'
    name are where it was held."""
    if "(" not in text:
        return []
    taken = SpanList(list(places) + list(orgs) + list(persons))
    gaz = _knowledge()["gazetteer"]
    out = []
    for m in _iter(K["games_bracket"], text, regions):
        for name in re.finditer(_CAP_NAME, m.group(1)):
            s, e = m.start(1) + name.start(), m.start(1) + name.end()
            if name.group() in gaz and not taken.covers(s, e):
                out.append(Entity("place", s, e, name.group(), name.group(), kind=None))
    return out


# a short name's capitals after a small letter ('HoSE', 'UPCoM'); not a name's second word run
# together ('MetLife', 'McAllen')
_INNER_CAPITAL = re.compile(r"[a-z][A-Z](?:[A-Z]|$)")


def _places_in_brackets_after(text: str, places: list[Entity], orgs: list[Entity], persons: list[Entity], K) -> list[Entity]:
    """'tại sân vận động Olympic (Phnom Penh, Campuchia)': the names in a bracket right after a
    place are the places it lies in."""
    out: list[Entity] = []
    taken = SpanList(places + orgs + persons)
    gaz = _knowledge()["gazetteer"]
    for p in places + [o for o in orgs if o.role != "title"]:
        # ('Olympic Rio 2016 (Brazil)': a year of the games between the city and its country)
        at = year.end() if p.type == "place" and (year := _YEAR_BEFORE_BRACKET.match(text, p.end)) else p.end
        m = _BRACKETED_LIST.match(text, at) or (_BRACKETED_OTHER_NAME.match(text, at) if p.type == "place" else None)
        if not m or p.type == "organisation" and _SHORT_NAME_BRACKET.match(text, p.end):
            continue  # ('Quacquarelli Symonds (QS, Anh)': a body's short name and home, no place of the event)
        for name in re.finditer(_CAP_NAME, m.group(1)):
            s, e = m.start(1) + name.start(), m.start(1) + name.end()
            # after a body ('Đồn Công an Ái Điểm (Trung Quốc)') only a known place: '(UBND)' is no place
            if (name.group().isupper() or _INNER_CAPITAL.search(name.group())) and name.group() not in gaz:
                # 'Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF)', '… TP Hồ Chí Minh (HoSE)': a short name in
                # capitals, or with a capital inside its word, no place
                continue
            if not taken.covers(s, e) and not _not_a_place(name.group(), K) and (p.type == "place" or name.group() in gaz):
                out.append(Entity("place", s, e, name.group(), name.group(), kind=None))
    return out


# ('Rio de Janeiro': a foreign name's particle, written small, between its capitalised words)
_PARTICLE = r"(?:[ \t]+(?:" + alternation(load("places")["foreign_name_particles"]) + r")(?=[ \t]+[" + re.escape(_UPPER) + r"]))?"
_NAME_BEFORE_BRACKET = re.compile(r"(?<![^\W\d_])([" + re.escape(_UPPER) + r"]" + _LOWER_TAIL + r"(?:" + _PARTICLE
                                  + r"[ \t]+[" + re.escape(_UPPER) + r"]" + _LOWER_TAIL + r"){0,3})[ \t]*\([ \t]*$")
_PROVINCE_KINDS = frozenset(["tỉnh", "thành phố", "quốc gia"])


def _places_before_their_province(text: str, places: list[Entity], orgs: list[Entity], persons: list[Entity], K) -> list[Entity]:
    """'từ Phong Thổ (Lai Châu) đến Pò Hèn (Quảng Ninh)', 'mặt trận Vị Xuyên (Hà Giang)': a
    capitalised name right before a bracket that holds a province or a country is a place in it."""
    out: list[Entity] = []
    taken = SpanList(places + orgs + persons)
    for p in places:
        if p.kind not in _PROVINCE_KINDS or text[p.end:p.end + 1] != ")":
            continue
        m = _NAME_BEFORE_BRACKET.search(text, max(0, p.start - 40), p.start)
        if not m:
            continue
        s, e = m.span(1)
        # the first word of a sentence is capitalised whatever it is: not on its own
        sentence_start = not text[:s].rstrip() or text[:s].rstrip()[-1] in ".!?\n:\"“"
        name = m.group(1)
        # ('Ở Olympic Tokyo (Nhật Bản)': a sentence's preposition and a games' word before the city)
        while " " in name and (sentence_start and name.split()[0].lower() in K["opening_prepositions"]
                               or name.split()[0].lower() in _GAMES_WORDS):
            first = name.split()[0]
            s = _skip_spaces(text, s + len(first))
            name, sentence_start = text[s:e], False
        if (sentence_start and " " not in name) or taken.covers(s, e) or _not_a_place(name, K) \
                or _match_phrase(_words_at(text, s), 0, K["heads_ci"]) or K["title_start"].match(text[s:s + 40]):
            continue
        out.append(Entity("place", s, e, name, name, kind=None))
    return out


_NAME_LOCATED_IN = re.compile(r"(?<![^\W\d_])(?i:" + alternation(load("places")["located_in"]["site_nouns"]) + r")[ \t]+"
                              r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+(?:"
                              + alternation(load("places")["located_in"]["cues"]) + r")[ \t]+$")


_ROUTE_NAME = r"(?P<n>" + _CAP_SYL + r"(?:[ \t]+" + _CAP_SYL + r"){0,2})"
_STATION = r"(?:(?:ga|bến|cảng|sân bay)[ \t]+)?"


def _route_ends(text: str, places: list[Entity], orgs: list[Entity], persons: list[Entity], K) -> list[Entity]:
    """'tuyến Cát Linh – Hà Đông', 'tuyến đường sắt đô thị Nhổn – ga Hà Nội', '… 8 nhà ga từ Nhổn đến
    Cầu Giấy': the other end of a route whose one end is a known place is a place too."""
    taken = SpanList(list(places) + list(orgs) + list(persons))
    out: list[Entity] = []

    def add(start: int, end: int) -> None:
        name = text[start:end]
        if not taken.covers(start, end) and not _not_a_place(name, K) and name.split()[0] not in K["route_not_names"] \
                and not _match_phrase(_words_at(text, start)[:3], 0, K["heads_ci"]):
            out.append(Entity("place", start, end, name, name))
            taken.append(out[-1])

    for p in sorted(places, key=lambda x: x.start):
        at = p.start
        if (before := K["route_before"].search(text, max(0, at - 90), at)) is not None:
            add(before.start("n"), before.end("n"))  # 'Nhổn – ga Hà Nội'
        elif (before := _FROM_BEFORE.search(text, max(0, at - 40), at)) is not None:
            add(before.start("n"), before.end("n"))  # 'từ Nhổn đến Cầu Giấy'
        if K["route_word_before"].search(text, max(0, at - 40), at) and (after := _ROUTE_AFTER.match(text, p.end)):
            add(after.start("n"), after.end("n"))  # 'tuyến Hà Đông – Cát Linh'
    return out


_FROM_BEFORE = re.compile(r"(?<!\w)từ[ \t]+" + _STATION + _ROUTE_NAME + r"[ \t]+(?:đến|tới)[ \t]+" + _STATION + r"$")
_ROUTE_AFTER = re.compile(r"[ \t]*[-–][ \t]*" + _STATION + _ROUTE_NAME + r"(?![\w\-])")


def _places_located_in(text: str, places: list[Entity], orgs: list[Entity], persons: list[Entity], K) -> list[Entity]:
    """'từ bãi phóng Kourou ở Guyana': a foreign name after a site's noun, said to lie in a
    place, is a place too."""
    out: list[Entity] = []
    taken = SpanList(places + orgs + persons)
    for p in places:
        m = _NAME_LOCATED_IN.search(text, max(0, p.start - 60), p.start)
        if not m:
            continue
        s, e = m.span(1)
        name = m.group(1)
        if taken.covers(s, e) or _not_a_place(name, K) or _match_phrase(_words_at(text, s), 0, K["heads_ci"]) \
                or K["title_start"].match(text[s:s + 40]):
            continue
        out.append(Entity("place", s, e, name, name, kind=None))
    return out


_NAME_AFTER = re.compile(r"[ \t]+([" + re.escape(_UPPER) + r"]" + _LOWER_TAIL + r"(?:" + _PARTICLE + r"[ \t]+[" + re.escape(_UPPER) + r"]"
                         + _LOWER_TAIL + r")*)(?!\w)")


class SpanList(list):
    """A list of entities that answers 'does one of you cover s:e?'.  Small, it scans; past a
    few dozen (a long text has thousands) it keeps an index of where they start and bisects.
    Only append and extend grow it."""

    _INDEX_FROM = 48

    def __init__(self, items=()):
        super().__init__()
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._longest = 0
        self.extend(items)

    def append(self, x) -> None:
        super().append(x)
        self._longest = max(self._longest, x.end - x.start)
        if self._starts is not None:
            i = bisect_right(self._starts, x.start)
            self._starts.insert(i, x.start)
            self._ends.insert(i, x.end)
        elif len(self) > self._INDEX_FROM:
            pairs = sorted((y.start, y.end) for y in self)
            self._starts = [a for a, _ in pairs]
            self._ends = [b for _, b in pairs]

    def extend(self, items) -> None:
        for x in items:
            self.append(x)

    def covers(self, s: int, e: int) -> bool:
        if self._starts is None:
            for x in self:  # a plain loop: this is asked tens of thousands of times
                if x.start <= s and e <= x.end:
                    return True
            return False
        i = bisect_right(self._starts, s) - 1
        while i >= 0 and self._starts[i] >= s - self._longest:
            if self._ends[i] >= e:
                return True
            i -= 1
        return False

    def heads(self, s: int, e: int) -> bool:
        """Does one of you start at s and reach e?"""
        if self._starts is None:
            return any(x.start == s and e <= x.end for x in self)
        i = bisect_left(self._starts, s)
        while i < len(self._starts) and self._starts[i] == s:
            if self._ends[i] >= e:
                return True
            i += 1
        return False


def _local_places(text: str, low: str, K, regions, places: list[Entity], persons: list[Entity]) -> list[Entity]:
    """The article's own gazetteer: a name it introduces with an administrative word anywhere
    ('xã Yên Trạch') is that place where it later stands alone ('Lễ hội Lồng tồng Yên
    Trạch'), as the gazetteer's names are."""
    if regions is not None and not regions:
        return []
    kinds = K["local_kinds"]
    # names already found in the regions; the rest of the article scanned once more
    names: dict[str, str] = {p.name: p.kind for p in places if p.kind in kinds and p.role != "present_day"}
    outside, pos = [], 0
    for a, b in regions if regions is not None else []:
        if a > pos:
            outside.append((pos, a))
        pos = max(pos, b)
    if regions is None or pos < len(text):
        outside.append((pos, len(text)))
    for s, e, admin in K["local_admin"].finditer(text, low, outside if regions is not None else None):
        # the capitalised run after the word (one regex match, not the full name rules: this
        # scans the whole article, and a name here is only looked for again)
        if admin not in kinds or not (run := _NAME_AFTER.match(text, e)) or _ends_compound(low, s, e, K) \
                or K["document_after"].match(low, e):
            continue  # ('đọc bản Tuyên ngôn Độc lập': a text, no village 'Tuyên')
        if text[s:s + 1].isupper() and _match_phrase(_words_at(text, s)[:3], 0, K["heads_ci"]) >= 2:
            continue  # 'Tỉnh Đoàn', a body's head: no province called 'Đoàn'
        name = run.group(1)
        if holder := [p.start for p in persons if run.start(1) < p.start < run.end(1)]:
            # 'tỉnh Cao Bằng Hoàng Xuân Ánh': the chairman's name is no part of the province's
            name = text[run.start(1):min(holder)].rstrip()
        if name not in names and len(name) > 2 and not K["title_start"].match(name) and not _not_a_place(name, K) \
                and name.lower() not in K["sectors"]:  # (not an initial: 'N.V.T')
            names[name] = admin
    if not names:
        return []
    found = SpanList()
    places, persons = SpanList(places), SpanList(persons)
    # a few names an article: plain substring searches (a regex of them would be compiled anew
    # for every article)
    hits = []
    for name in names:
        for a, b in regions if regions is not None else [(0, len(text))]:
            s = text.find(name, a, b)
            while s >= 0:
                e = s + len(name)
                if not (s and (text[s - 1].isalnum() or text[s - 1] == "_")) and \
                        not (e < len(text) and (text[e].isalnum() or text[e] in "_-")):
                    hits.append((s, -e, name))
                s = text.find(name, s + 1, b)
    for s, neg_e, name in sorted(hits):  # longest first where they start together
        e = -neg_e
        if places.covers(s, e) or persons.covers(s, e) or found.covers(s, e) or K["team_after"].match(text, e):
            continue  # ('Hà Nội FC' is a club)
        if " " not in name and (_PREV_CAP_WORD.search(text, max(0, s - 12), s) or _NEXT_CAP_WORD.match(text, e)):
            continue  # ('châu Phi' … 'Nam Phi': one syllable inside a longer name is no place of its own)
        found.append(Entity("place", s, e, name, name, kind=names[name]))
    return found


@lru_cache(maxsize=4)
def gazetteer_hits(text: str) -> list[tuple[int, int, str]]:
    """Gazetteer names in a text (memoised: the province guess and the entities both ask)."""
    return _gazetteer().finditer(text)


@cache
def _gazetteer():
    from .lexicon import LiteralFinder
    return LiteralFinder(_knowledge()["gazetteer"])


# one capitalised syllable after another, joined by dashes: a region named by its provinces' first syllables
def _all_capitalised(words: str) -> bool:
    """'Chiến Thắng' (a commune's name, every word big), not 'Chiến thắng' (a victory)."""
    return len(words.split()) > 1 and all(w[:1].isupper() for w in words.split())


_CAP = "[" + re.escape(_UPPER) + "]"
# (three parts at least: 'Xứ Lạng - Con đường di sản' is a title, no region)
_SYLLABLE_CHAIN = re.compile(r"(?:[ \t]*[-–][ \t]*" + _CAP + r"[^\W\d_]*(?![^\W\d_]|[ \t]+" + _CAP + r")){2,}")
_CAP_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(" + _CAP + r"[^\W\d_]*)[ \t]+$")
_NEXT_CAP_WORD = re.compile(r"[ \t]+(" + _CAP + r"[^\W\d_]*)")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n\"“(\-–—])[ \t]*$")
_PREV_CAP_WORD = re.compile(r"(?<![^\W\d_])(" + _CAP + r"[^\W\d_]*)[ \t]+$")
_DASHED_PLACE_AFTER = re.compile(r"[ \t]*[-–][ \t]*([" + re.escape(_UPPER) + r"][^\W\d_]*(?:[ \t]+[" + re.escape(_UPPER)
                                 + r"][^\W\d_]*){0,3})(?![\w])")
_UNIT_AFTER_NUMBER = re.compile(r"[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|thị[ \t]+xã|quận|xã|phường|thị[ \t]+trấn|"
                                r"Tỉnh[ \t]+ủy|Huyện[ \t]+ủy|Thành[ \t]+ủy|Đảng[ \t]+ủy)(?!\w)")
_BRACKETED_NAME = re.compile(r"[ \t]*\([ \t]*([A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3})[ \t]*\)")


_SEVERAL_UNITS = re.compile(r"[ \t]+(?:hai|ba|bốn|năm|các)[ \t]+(?=(?P<kind>tỉnh|huyện|xã|phường|thị xã|thành phố)[ \t]+)")
_UNIT_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")


def _shared_heads(text: str, orgs: list[Entity], places: list[Entity]) -> list[Entity]:
    """'Công an hai tỉnh Cao Bằng và Lạng Sơn': one head shared by the units listed after it, a
    body of each ('Công an tỉnh Cao Bằng', 'Công an tỉnh Lạng Sơn')."""
    by_start = {p.start: p for p in places}
    out = []
    for o in orgs:
        m = _SEVERAL_UNITS.match(text, o.end) if not o.role else None
        listed, pos = [], m.end() if m else -1
        while m and (p := by_start.get(pos)) is not None:
            listed.append(p)
            gap = _UNIT_LIST_GAP.match(text, p.end)
            if not gap:
                break
            pos = gap.end()
        if len(listed) < 2:
            out.append(o)
            continue
        # (a Party committee takes the bare name: 'Tỉnh ủy Cao Bằng')
        unit = "" if o.name.lower() in _COMMITTEES else f" {m['kind']}"
        head = o.name
        o.name = f"{head}{unit} {listed[0].name}"
        out.append(o)
        out.extend(Entity("organisation", p.start, p.end, p.text, f"{head}{unit} {p.name}", role=None)
                   for p in listed[1:])
    return out


def _bind_local_units(orgs: list[Entity], places: list[Entity], K) -> None:
    """'UBND thành phố', 'Đoàn Thanh niên huyện': the city or district the article is about,
    when it names one of that kind more than any other ('thành phố Lạng Sơn')."""
    by_kind: dict[str, Counter] = {}
    for o in orgs:
        m = K["bare_unit"].search(o.name)
        if not m or o.role:
            continue
        kind = m.group(1)
        if kind not in by_kind:  # counted once a kind: a long text has thousands of names
            by_kind[kind] = Counter(p.name for p in places if p.kind == kind and p.role != "present_day")
        top = by_kind[kind].most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            name = top[0][0]
            # ('UBND thành phố' in Thành phố Hồ Chí Minh: the unit's word is in the name already)
            o.name = f"{o.name[:-len(kind)].rstrip()} {name}" if name.lower().startswith(kind + " ") else f"{o.name} {name}"


def _titles_renamed(text: str, orgs: list[Entity]) -> None:
    """'giữ chức Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, nay là Sở Nông nghiệp và Môi
    trường': the body of a post, by its name today, is still part of the post, no body of the event."""
    ordered = sorted(orgs, key=lambda o: o.start)
    for prev, o in zip(ordered, ordered[1:], strict=False):
        if prev.role == "title" and o.role is None and _RENAMED_GAP.fullmatch(text, prev.end, o.start):
            o.role = "title"


_RENAMED_GAP = re.compile(r"[\s,(]*(?:nay\s+là|nay|ngày\s+nay\s+là)\s*:?\s*", re.IGNORECASE)


def _present_day(text: str, places: list[Entity], K) -> None:
    """'châu Văn Uyên (nay là xã Thụy Hùng, huyện Cao Lộc)': record today's names."""
    places.sort(key=lambda p: p.start)
    for i, p in enumerate(places):
        before = text[max(0, p.start - 16):p.start]
        if K["present"].search(before) and i > 0:
            group = [q for q in places[i:] if q.start - p.start < 80 and ")" not in text[p.start:q.start]]
            for q in group:
                q.role = "present_day"
            prev = places[i - 1]
            prev.now = ", ".join(q.name for q in group)


# committees whose name says their unit ('Huyện ủy Bắc Sơn'); a 'Đảng ủy' takes the unit's word
# with the name ('Đảng ủy xã Hữu Kiên')
_COMMITTEES = ("tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "châu ủy")


def _distribute_qualifiers(text: str, orgs: list[Entity], K) -> None:
    """'Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện Bắc Sơn' (or 'Thành ủy - HĐND - UBND - …'): the
    place at the end of a list belongs to every bare head in it ('Huyện ủy Bắc Sơn', 'Hội đồng
    nhân dân huyện Bắc Sơn')."""
    orgs = sorted(orgs, key=lambda e: e.start)
    chain: list[Entity] = []
    for e in orgs + [None]:
        if e is not None and chain and re.fullmatch(r"\s*(?:,|và|,\s*và|[-–])\s*", text[chain[-1].end:e.start]):
            chain.append(e)
            continue
        if len(chain) > 1:
            m = K["qualifier"].search(chain[-1].name)
            if m:
                for o in chain[:-1]:
                    if _match_bare_head(o.name, K) and o.name not in K["standalone"]:  # (not 'Chính phủ')
                        is_committee = o.name.lower() in _COMMITTEES
                        o.name = f"{o.name} {m.group(2) if is_committee else m.group(1)}"
        chain = [e] if e is not None else []


def _match_bare_head(name: str, K) -> bool:
    """Is this name a head alone ('Huyện ủy', 'Hội đồng nhân dân'), saying no whose?"""
    words = [(0, 0, w) for w in name.split()]
    return bool(words) and _match_phrase(words, 0, K["heads_ci"]) == len(words) or \
        name.lower() in {v.lower() for v in K["abbr"].values()}


_CLAUSE_OPENS = re.compile(r"(?:^|[.;:!?\n]|\d[ \t]*,)[ \t\"“]*$")
_DOCUMENT_DATE = re.compile(r"ngày\s+\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# 'thành lập ngày 3/9/1974 theo Quyết định số 58/QĐ-UB của …': the document right after the
# event's date is how the event was done, so its issuer acted in it
_DATED_BY_DOCUMENT = re.compile(r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:năm|tháng)[ \t]+\d{1,4})"
                                r"[ \t]*,?[ \t]*(?:theo|tại|bằng)[ \t]+$")


# a word written small right after a name, not one that goes on with the list or the name
_VERB_AFTER_SUBJECT = re.compile(r"[ \t]+(?!và\b|cùng\b|với\b|các\b|trực\b|tỉnh\b|huyện\b|xã\b|thành\b|thị\b)"
                                 r"[^\W\d_A-Z" + re.escape(_UPPER[26:]) + r"]")


def _mark_adjuncts(text: str, low: str, ents: list[Entity], K, regions=None) -> None:
    """Organisations in 'dưới sự lãnh đạo của A, B và C, …' are the background, not actors.
    The list runs over separators until a 'và' has closed it.  So is the body whose document
    an event carries out ('Thực hiện Nghị quyết số 60-NQ/TW của Ban Chấp hành Trung ương, …')."""
    starts = [e.start for e in ents]  # ents are in text order: look from where the phrase ends
    for e in ents:
        if e.type == "organisation" and not e.role and (doc := K["issued_by"].search(low, max(0, e.start - 90), e.start)) \
                and not _DOCUMENT_DATE.search(doc.group()) \
                and not _DATED_BY_DOCUMENT.search(low, max(0, doc.start() - 40), doc.start()) \
                and not _CLAUSE_OPENS.search(text, max(0, doc.start() - 40), doc.start()):
            # (a dated document's issue is the issuer's own event; a document that opens its
            # clause is its subject, not cited: 'Nghị định số 168/2024/NĐ-CP của Chính phủ … có
            # hiệu lực từ ngày 1/1/2025')
            e.role = "adjunct"
            e.details["adjunct"] = True
            e.details["issuer"] = True  # (what a title keeps: '… Nghị quyết số 100/NQ-CP của Chính phủ về …')
    for m_start, m_end, _ in K["adjunct"].finditer(text, low, regions):
        pos = m_end
        first = True
        closed = False
        for e in ents[bisect_left(starts, pos):]:
            if e.start < pos or e.type != "organisation":
                continue
            gap = text[pos:e.start]
            if not first and re.fullmatch(r"\s*\(\s*", gap) and text[e.end:e.end + 1] == ")":
                e.role = e.role or "adjunct"  # 'Theo số liệu Cục Thống kê (Bộ Tài chính)': its ministry too
                e.details["adjunct"] = True
                pos = e.end + 1
                continue
            if not re.fullmatch(r"\s*(?:,|và|cùng|với|trực tiếp là|và trực tiếp là|\s)*\s*", gap):
                break
            if closed and "," in gap:
                break
            if not first and "," in gap and _VERB_AFTER_SUBJECT.match(text, e.end):
                break  # 'được sự chỉ đạo của Ban Thường vụ Huyện ủy, Đảng ủy xã tổ chức …': the subject
            e.role = e.role or "adjunct"
            if first:  # the opener itself ('dưới sự lãnh đạo của') goes with the phrase
                e.details["adjunct_from"] = m_start
                first = False
            e.details["adjunct"] = True
            for p in ents[bisect_left(starts, e.start):bisect_left(starts, e.end)]:
                if p.type == "place" and p.end <= e.end:
                    p.role = p.role or "adjunct"
            closed = closed or "và" in gap
            pos = e.end
            if closed and not re.match(r"\s*(?:và|,)", text[pos:]):
                break


def known_country(name: str) -> bool:
    """Is the name a country the gazetteer knows ('Nam Phi')?"""
    return _knowledge()["gazetteer"].get(name) == "quốc gia"


def placed_before(text: str, pos: int, floor: int = 0) -> bool:
    """Does a preposition of place or a state's formal name set what starts at pos as where?"""
    return _knowledge()["placed_by"].search(text, max(floor, pos - 30), pos) is not None


@lru_cache(maxsize=1)
def _credits() -> re.Pattern:
    return re.compile(r"(?m)^\s*\(?(" + "|".join(map(re.escape, load("places")["paper_credits"])) + r")\)?\s*[-–]")


def article_province(text: str) -> str | None:
    """The province an article is about: the one it names most ('tỉnh Lạng Sơn', 'Tỉnh ủy
    Lạng Sơn'), so 'Văn phòng Tỉnh ủy' can be read as 'Văn phòng Tỉnh ủy Lạng Sơn'."""
    gaz = _knowledge()["gazetteer"]
    counts = Counter(name for _, _, name in gazetteer_hits(text) if gaz[name] == "tỉnh")
    if not counts and (credit := _credits().search(text, 0, 2000)):
        # 'LSO - Sáng 5/9, …' and no province named: the provincial paper's credit says which
        return load("places")["paper_credits"].get(credit.group(1))
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[0][1] == top[1][1]:
        # two provinces named as often ('thành phố Lạng Sơn' … 'nhà tù Sơn La'): which one
        # 'Tỉnh ủy' means is not known, and a wrong one is worse than none
        return None
    return top[0][0]
