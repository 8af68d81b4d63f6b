"""A matching view of Vietnamese text whose every position maps back to the original.

Rules and lexicons match against one canonical spelling: NFC, ordinary spaces, ASCII hyphens
for dashes, and the "new" tone-mark placement (hòa, ủy).  The original text is never changed:
`NormalText.to_original` turns a span of the matching view into a span of the text as read, so
offsets that reach the table always slice the user's own characters (spaCy's rule: offsets
are sacred).
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

# Same-length replacements: characters that mean the same for matching.
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_TRANSLATE = {ord(c): " " for c in _SPACES} | {ord(c): "-" for c in _DASHES}
_TRANSLATE[0x200B] = " "  # zero-width space: keeps the length, breaks no word we match
_TRANSLATE[0xFEFF] = " "  # a byte-order mark left at the start of a string, or a zero-width no-break space
# fullwidth forms typed with an East Asian keyboard ('１８／１０／１９３０'): their ASCII letters
_TRANSLATE |= {0xFF01 + i: chr(0x21 + i) for i in range(0x5E)}
# str.translate walks the whole text in Python-level lookups; most texts hold none of these
_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")


def _translate(s: str) -> str:
    s = s.translate(_TRANSLATE) if _TRANSLATED.search(s) else s
    if "*" in s or "#" in s:  # Markdown's emphasis and headings ('**Năm 1933**', '## Giai đoạn …'): spaces
        s = _MARKUP.sub(lambda m: " " * len(m.group()), s)
    if "\\" in s:  # a date typed with backslashes ('26\3\1945') reads as one with slashes, same length
        s = _BACKSLASH_IN_DATE.sub("/", s)
    if "\r" in s:  # line ends of Windows ('\r\n') and old Macs (a lone '\r') as '\n', same length
        s = _LONE_CR.sub("\n", s).replace("\r\n", " \n")
    return s


_LONE_CR = re.compile(r"\r(?!\n)")
_BACKSLASH_IN_DATE = re.compile(r"(?<=\d)\\(?=\d)")
# soft hyphen, grapheme and word joiners, zero-width (non-)joiners, Mongolian vowel separator
_INVISIBLE_CHARS = "\u00ad\u034f\u200c\u200d\u2060\u180e"
# the marks Vietnamese letters are made of (in NFD text): tones, circumflex, breve, horn
_VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
# what the view leaves out: the invisible characters, and combining marks no Vietnamese letter takes
_INVISIBLE = re.compile("[" + _INVISIBLE_CHARS + "\u0304\u0305\u0307\u0308\u030a-\u031a\u031c-\u0322"
                        "\u0324-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_MARKUP = re.compile(r"\*+|^#{1,6}(?=[ \t])", re.MULTILINE)


# Every capital letter Vietnamese text uses, from Unicode itself (for rules that need case).
UPPERCASE = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()}))
# One small letter, for rules that must not take a capital for a small word: a range like 'à-ỹ'
# also holds capitals ('Đ', 'Ô', 'Ạ' sit between its ends), so 'Đông' would pass as a small word.
LOWER_LETTER = "[^\\W\\d_" + re.escape(UPPERCASE) + "]"
# markup a page's source leaves in copied text ('v&agrave;o ng&agrave;y 20/1', '<p>'): an entity
# reads as the character it stands for, a tag as spaces
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
# a zero-width space inside a word ('19\u200b45', 'B\u200bác'): left out, as the invisible marks
# are; between words, or before a capital that starts one, it stays a space
_ZWSP_IN_WORD = re.compile(r"(?<=[^\W_])\u200b+(?=[^\W_])(?![" + re.escape(UPPERCASE) + r"])")

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Old-style placement puts the tone on the second vowel of an open "oa/oe/uy" syllable
# (hoà, uỷ); the new style puts it on the first (hòa, ủy).


def _old_to_new_pairs() -> dict[str, str]:
    """Every old-style NFC pair ('oà', 'uỷ') and its new-style spelling ('òa', 'ủy')."""
    pairs = {}
    for first in "oOuU":
        for vowel in "aAeEyY":
            for tone in _TONES:
                old = first + unicodedata.normalize("NFC", vowel + tone)
                new = unicodedata.normalize("NFC", first + tone) + vowel
                if len(old) == 2 and len(new) == 2:
                    pairs[old] = new
    return pairs


_PAIRS = _old_to_new_pairs()
_OLD_NFC = re.compile("[oOuU][" + "".join(sorted({p[1] for p in _PAIRS})) + r"](?![^\W\d_])")


def _new_style_tones(nfc: str) -> str:
    """Old→new tone placement in an NFC string, keeping its length.  Only at a syllable's
    end: in 'hoàng' or 'huỳnh' both styles agree, and 'qu' is a consonant ('quý').  The
    syllables spelt with 'i' or 'y' take one spelling too (_standard_i_y)."""
    def swap(m: re.Match) -> str:
        if m.start() and nfc[m.start() - 1] in "qQ":
            return m.group(0)
        return _PAIRS[m.group(0)]

    return _standard_i_y(_OLD_NFC.sub(swap, nfc))


# Syllables written with a final 'i' or 'y' alike ('kỉ niệm'/'kỷ niệm', 'quí'/'quý', 'hi sinh'/'hy
# sinh', 'Mĩ'/'Mỹ', 'liệt sỹ'/'liệt sĩ'): the view reads each as the spelling news mostly uses, which
# the lexicons are written in.  After k, l, m, t only a toned 'i' (plain 'ki', 'li', 'mi', 'ti' are
# other words or names); after h and qu a plain one too ('hi vọng', 'qui định'); 'sỹ' reads 'sĩ'.
_I_Y = re.compile(r"(?<![^\W\d_])(?:[kKlLmMtT][íìỉĩịÍÌỈĨỊ]|(?:[hH]|[qQ][uU])[iíìỉĩịIÍÌỈĨỊ]|[sS][ỹỸ])(?![^\W\d_])")
_TO_Y = str.maketrans("iíìỉĩịIÍÌỈĨỊỹỸ", "yýỳỷỹỵYÝỲỶỸỴĩĨ")


def _standard_i_y(nfc: str) -> str:
    """The 'i'/'y' spelling of the syllables that have both, keeping the length."""
    if not _I_Y.search(nfc):
        return nfc
    return _I_Y.sub(lambda m: m.group(0).translate(_TO_Y), nfc)


@lru_cache(maxsize=4)
def lower_view(text: str) -> str:
    """text.lower(), keeping every character where it is (a few letters lower to two).
    Rules scan this case-sensitively: re.IGNORECASE makes a scan several times slower."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _fold_table() -> dict[int, str | None]:
    """Every accented Latin letter to its base letter; combining marks (NFD input) to nothing."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x2000):
        c = chr(code)
        if unicodedata.combining(c):
            table[code] = None
            continue
        base = "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
        if base != c and len(base) == 1 and base.isascii():
            table[code] = base
    return table


_FOLD = _fold_table()
_SPACES_RUN = re.compile(r"\s+")


def fold(s: str) -> str:
    """Accent- and case-insensitive key: 'Lạng Sơn' and 'lang son' fold alike."""
    return _SPACES_RUN.sub(" ", s.translate(_FOLD)).casefold().strip()


def canonical(s: str) -> str:
    """The spelling names are stored in: NFC, new tone placement, single spaces."""
    s = unicodedata.normalize("NFC", s).translate(_TRANSLATE)
    return re.sub(r" {2,}", " ", _new_style_tones(s)).strip()


@lru_cache(maxsize=1)
def _expansion_table() -> dict[str, str]:
    from .lexicon import load
    return {k: v for k, v in load("layout")["expansions"].items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _expansion_prefixes() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _expansion_table()), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _expansions() -> re.Pattern:
    """Candidates for an abbreviation the view reads in full (group 2: the spaces after it)."""
    keys = sorted(_expansion_table(), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(" + "|".join(map(re.escape, keys)) + r")( *)")


_NUMBERED_UNIT = re.compile(r"\d{1,2}(?![\d/\w]|[.,]\d)")


def _expands(text: str, m: re.Match) -> bool:
    """An abbreviation ends in a dot or a word's end, and stands before a capitalised name
    ('TP. Lạng Sơn'); a whole name ('TP.HCM') only needs to end where a word ends."""
    nxt = text[m.end():m.end() + 1]
    if m.group(1) in ("Q.", "P.") and not m.group(2) and _NUMBERED_UNIT.match(text, m.end()):
        return True  # 'Q.1', 'P.6': a numbered district or ward
    if len(m.group(1)) == 2 and (m.group(2) or not text[m.end() + 1:m.end() + 2].isalpha()):
        # 'P.Bến Nghé' is a ward; 'Văn H. Trước đó' a man's initial; 'P.V' a reporter's, 'N.V.T' a patient's
        return False
    if not m.group(1)[-1].isalpha() or m.group(2) or not nxt or not (nxt.isalnum() or nxt == "_"):
        whole = _expansion_table()[m.group(1)].split()[-1][:1].isupper()
        return whole and not (nxt.isalnum() and not m.group(2)) or nxt.isupper()
    return False


@dataclass(frozen=True)
class NormalText:
    """The matching view (`text`) of an `original`, with a position map between them."""

    original: str
    text: str
    _starts: tuple[int, ...] | None  # original index of each view character; None = identity
    # expansions as (view start, view end, original start, original end): a span that touches
    # one covers the whole abbreviation it reads
    _expanded_spans: tuple[tuple[int, int, int, int], ...] = ()

    @classmethod
    def of(cls, original: str) -> NormalText:
        nt = cls._composed(original)
        # a plain scan first: most articles hold no abbreviation to read
        if not _expansion_prefixes().search(nt.text):
            return nt
        return nt._expanded() if any(_expands(nt.text, m) for m in _expansions().finditer(nt.text)) else nt

    @classmethod
    def _composed(cls, original: str) -> NormalText:
        markup = ("&" in original and _ENTITY.search(original) is not None) or ("<" in original and _TAG.search(original) is not None)
        if unicodedata.is_normalized("NFC", original) and not _INVISIBLE.search(original) and not markup \
                and not ("\u200b" in original and _ZWSP_IN_WORD.search(original)):
            view = _new_style_tones(_translate(original))
            return cls(original, view, None)
        # Compose cluster by cluster so each composed character remembers where it began; the
        # invisible characters a web page leaves inside words ('Vườn\u00adLài', 'Ng\u034fày') and
        # marks no Vietnamese letter takes ('L̲ú̲c̲': an underline drawn with U+0332) are left out
        # of the view (the span of what surrounds them still covers them in the original).
        pieces: list[str] = []
        starts: list[int] = []
        i, n = 0, len(original)
        hidden = {k for m in _ZWSP_IN_WORD.finditer(original) for k in range(m.start(), m.end())} \
            if "\u200b" in original else set()
        while i < n:
            if i in hidden:
                i += 1
                continue
            if markup and original[i] == "&" and (ent := _ENTITY.match(original, i)) \
                    and (char := html.unescape(ent.group())) != ent.group():
                char = unicodedata.normalize("NFC", char)
                pieces.append(char)
                starts.extend([i] * len(char))
                i = ent.end()
                continue
            if markup and original[i] == "<" and (tag := _TAG.match(original, i)):
                pieces.append(" " * (tag.end() - i))
                starts.extend(range(i, tag.end()))
                i = tag.end()
                continue
            j = i + 1
            while j < n and (unicodedata.combining(original[j]) or original[j] in _INVISIBLE_CHARS):
                j += 1
            cluster = original[i:j]
            if _INVISIBLE.search(cluster):
                # (a foreign letter's own mark stays: 'Saarbru\u0308cken' composes to 'ü')
                cluster = "".join(c for c in cluster if c not in _INVISIBLE_CHARS
                                  and (not unicodedata.combining(c) or c in _VIETNAMESE_MARKS
                                       or len(unicodedata.normalize("NFC", cluster[0] + c)) == 1))
            composed = unicodedata.normalize("NFC", cluster)
            pieces.append(composed)
            starts.extend([i] * len(composed))
            i = j
        view = _translate("".join(pieces))
        return cls(original, _new_style_tones(view), tuple(starts))

    def _expanded(self) -> NormalText:
        """Abbreviations read in full ('TP. Lạng Sơn' → 'thành phố Lạng Sơn'); each character
        of an expansion maps to a character of what it expands, so spans still map back."""
        table = _expansion_table()
        starts = self._starts or tuple(range(len(self.text)))
        pieces: list[str] = []
        new_starts: list[int] = []
        spans = []
        pos = 0
        length = 0
        for m in _expansions().finditer(self.text):
            if not _expands(self.text, m):
                continue
            before = self.text[pos:m.start()]
            pieces.append(before)
            new_starts.extend(starts[pos:m.start()])
            length += len(before)
            full = table[m.group(1)]
            o_start = starts[m.start()]
            o_end = starts[m.end(1) - 1] + 1
            new_starts.extend([o_start] * len(full))
            spans.append((length, length + len(full), o_start, o_end))
            # the spaces after it, or one where 'TP.Lạng Sơn' had none
            gap = m.group(2) or " "
            pieces.append(full + gap)
            new_starts.extend(starts[m.end(1):m.end()] if m.group(2) else [starts[m.end()] if m.end() < len(starts)
                                                                             else len(self.original)])
            length += len(full) + len(gap)
            pos = m.end()
        pieces.append(self.text[pos:])
        new_starts.extend(starts[pos:])
        return NormalText(self.original, "".join(pieces), tuple(new_starts), tuple(spans))

    def with_spaces_at(self, spans) -> NormalText:
        """The same view with the line breaks inside `spans` read as spaces (same length: every
        offset still maps back)."""
        chars = list(self.text)
        for s, e in spans:
            for i in range(s, e):
                if chars[i] == "\n":
                    chars[i] = " "
        return replace(self, text="".join(chars))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span [start, end) to the span of original characters it came from."""
        if self._starts is None:
            return start, end
        n = len(self._starts)
        o_start = self._starts[start] if start < n else len(self.original)
        o_end = self._starts[end] if end < n else len(self.original)
        for v_start, v_end, a, b in self._expanded_spans:
            if v_start <= start < v_end:
                o_start = a
            if v_start < end <= v_end:
                o_end = b
        return o_start, o_end
