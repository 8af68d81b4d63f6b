import unicodedata

import pytest

from dashboard.textnorm import NormalText, canonical, fold


@pytest.mark.parametrize("old,new", [
    ("Tỉnh uỷ", "Tỉnh ủy"), ("hoà bình", "hòa bình"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe"),
    ("Hoàng", "Hoàng"), ("huỳnh", "huỳnh"), ("quý", "quý"), ("luật", "luật"), ("thuế", "thuế"),
    ("ngoài", "ngoài"), ("khuỷu", "khuỷu"), ("Quỳnh", "Quỳnh"), ("hoạch", "hoạch"), ("thuở", "thuở"),
])
def test_tone_placement(old, new):
    assert canonical(old) == new
    assert NormalText.of(old).text == new


@pytest.mark.parametrize("written,read", [
    ("lễ kỉ niệm", "lễ kỷ niệm"), ("quí II", "quý II"), ("hi sinh", "hy sinh"), ("qui định", "quy định"),
    ("đế quốc Mĩ", "đế quốc Mỹ"), ("Canh Tí", "Canh Tý"), ("huyện lị", "huyện lỵ"), ("liệt sỹ", "liệt sĩ"),
    # plain 'ki', 'li', 'mi', 'ti' are other words or names; 'khi', 'thi', 'chi' have no 'y'
    ("Lê Thị Mi", "Lê Thị Mi"), ("ti vi", "ti vi"), ("khi đó", "khi đó"), ("kỳ thi", "kỳ thi"), ("Mỹ Tho", "Mỹ Tho"),
])
def test_syllables_spelt_with_i_or_y_read_one_way_with_offsets_kept(written, read):
    nt = NormalText.of(written)
    assert nt.text == read and len(nt.text) == len(written)


def test_fold_is_accent_and_case_insensitive():
    assert fold("Lạng Sơn") == fold("lang son") == "lang son"
    assert fold("Đảng") == "dang"


@pytest.mark.parametrize("text", ["Tỉnh uỷ Lạng Sơn", "hoà\u00a0bình – 1945", "Ngày 2/9/1945"])
def test_offset_map_on_nfd(text):
    nfd = unicodedata.normalize("NFD", text)
    nt = NormalText.of(nfd)
    assert len(nt.text) == len(unicodedata.normalize("NFC", nfd))
    s, e = nt.to_original(0, len(nt.text))
    assert (s, e) == (0, len(nfd))
    i = nt.text.find("1945") if "1945" in nt.text else 0
    s, e = nt.to_original(i, i + 4)
    assert unicodedata.normalize("NFC", nfd[s:e]) == unicodedata.normalize("NFC", text)[i:i + 4] \
        or "1945" not in text


def test_abbreviations_read_in_full_map_back_to_what_is_written():
    from dashboard.textnorm import NormalText
    text = "Năm 2020, UBND TP. Lạng Sơn và TP.HCM ký kết; TT. xem xét."
    nt = NormalText.of(text)
    assert nt.text == "Năm 2020, UBND thành phố Lạng Sơn và thành phố Hồ Chí Minh ký kết; TT. xem xét."
    for word, written in [("UBND thành phố Lạng Sơn", "UBND TP. Lạng Sơn"), ("thành phố Hồ Chí Minh", "TP.HCM"),
                          ("Hồ Chí Minh", "TP.HCM"), ("Năm 2020", "Năm 2020"), ("ký kết", "ký kết")]:
        a = nt.text.index(word)
        s, e = nt.to_original(a, a + len(word))
        assert text[s:e] == written


def test_an_abbreviation_needs_a_name_after_it():
    from dashboard.textnorm import NormalText
    for text in ("TT. xem xét", "XTP. Lạng Sơn", "Ông TPHCMX về"):
        assert NormalText.of(text).text == text


def test_a_single_letter_abbreviation_only_without_a_space():
    from dashboard.textnorm import NormalText
    # (a numbered district or ward is read in full too: 'Q.1' is District 1; 'Q.1/2025' stays a code)
    nt = NormalText.of("tại P.Bến Nghé, Q.1")
    assert nt.text == "tại phường Bến Nghé, quận 1"
    assert nt.to_original(nt.text.index("quận"), len(nt.text)) == (16, 19)
    assert NormalText.of("Doanh thu Q.1/2025").text == "Doanh thu Q.1/2025"
    assert NormalText.of("Ông Nguyễn Văn H. Trước đó, ông bị bắt.").text == "Ông Nguyễn Văn H. Trước đó, ông bị bắt."


def test_fullwidth_forms_and_a_leading_byte_order_mark_read_as_ascii_with_offsets_kept():
    """Digits and slashes typed with an East Asian keyboard are read; a BOM left at the start of a
    string stays in it (offsets count the caller's characters) and reads as a space."""
    from dashboard import extract_text
    for text, value in [("Ngày １８／１０／１９３０, Văn phòng được thành lập.", "1930-10-18"),
                        ("\ufeffNăm 1933, chi bộ được thành lập.", "1933")]:
        df = extract_text(text)
        assert list(df["edtf"]) == [value]
        row = df.iloc[0]
        assert text[row["char_start"]:row["char_end"]] == row["date_text"]


def test_markup_left_in_copied_text_is_read_as_what_it_stands_for():
    """'v&agrave;o ng&agrave;y 20/1', '<p>': a page's source copied as text; entities read as
    their characters and tags as spaces, the offsets still those of the text as given."""
    from dashboard import extract_text
    text = ("<p>T&agrave;i khoản của tổng thống bị kh&oacute;a v&agrave;o ng&agrave;y 6/1/2021.</p> "
            "<p>&Ocirc;ng Trump ph&aacute;t biểu tối ng&agrave;y 7/1 tại Nh&agrave; Trắng.</p>")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2021-01-06", "2021-01-07"]
    assert df.iloc[0]["title"] == "Tài khoản của tổng thống bị khóa"
    assert text[df.iloc[1]["char_start"]:df.iloc[1]["char_end"]] == df.iloc[1]["date_text"] == "tối ng&agrave;y 7/1"
    assert "<" not in NormalText.of(text).text and "&" not in NormalText.of(text).text


@pytest.mark.parametrize("text", [
    "Ngày 1\u034f2-8-2025, C\u034fông an phường Vườn Lài điều tra vụ cháy.",  # grapheme joiners inside words
    "Ngày 12-8-2025, tỉnh Lạng\u2060 Sơn tổ chức lễ.",  # a word joiner
    "N\u0332g\u0332à\u0332y\u0332 1\u03322\u0332/8/2025, tỉnh Lạng Sơn tổ chức lễ.",  # an underline drawn with marks
    "Ngày 12/8/2025, tỉnh Lạng Sơn tổ chức l\u00adễ kỷ niệm.",  # a soft hyphen inside a word
    "Ngày 12/8/20\u200b25, tỉnh Lạ\u200bng Sơn tổ chức lễ.",  # zero-width spaces inside a year and a name
    "Ngày 12/8/2025,\u200b tỉnh Lạng\u200bSơn tổ chức lễ.",  # and between words: a space
])
def test_invisible_characters_and_stray_marks_are_left_out_of_the_view_with_offsets_kept(text):
    """What a web page leaves inside words (soft hyphens, joiners) and marks no Vietnamese
    letter takes are not read; the table's offsets still slice the text as given."""
    from dashboard import extract_text
    df = extract_text(text)
    assert list(df["edtf"]) == ["2025-08-12"]
    row = df.iloc[0]
    assert text[row["char_start"]:row["char_end"]] == row["date_text"]
    assert set(row["places"]) <= {"Lạng Sơn", "Vườn Lài"} and row["places"]
    assert NormalText.of(text).text.isprintable()


def test_a_foreign_letters_own_mark_stays_in_nfd_text():
    import unicodedata

    from dashboard.textnorm import NormalText
    view = NormalText.of(unicodedata.normalize("NFD", "tại thành phố Saarbrücken, bang Saarland")).text
    assert view == "tại thành phố Saarbrücken, bang Saarland"
