"""Reading articles in every encoding Vietnamese text arrives in, and refusing what is not text."""
import re
import unicodedata

import pytest
from conftest import SEED

from dashboard import extract_file, read_article
from dashboard.errors import ArticleError

SAMPLE = "Năm 1933, tổ chức cơ sở đảng đầu tiên của tỉnh Lạng Sơn được thành lập tại xã Thụy Hùng."


def _cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: base letters precomposed (ă, ơ, ư),
    tones as separate combining marks."""
    out = b""
    for c in text:
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tones = "".join(x for x in d if x in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


# The same sentence as typed in the legacy fonts, as their bytes show in Windows-1252: TCVN3
# (ABC, .VnTime) puts a toned letter in one byte; VNI puts its marks after the vowel.
TCVN3 = "Ngµy 2/9/1945, Chñ tÞch Hå ChÝ Minh ®äc Tuyªn ng«n ®éc lËp t¹i Qu¶ng tr\xadêng Ba §×nh."
VNI = "Ngaøy 2/9/1945, Chuû tòch Hoà Chí Minh ñoïc Tuyeân ngoân ñoäc laäp taïi Quaûng tröôøng Ba Ñình."
LEGACY_READ = "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập tại Quảng trường Ba Đình."


@pytest.mark.parametrize("data,encoding", [
    (TCVN3.encode("latin-1"), "tcvn3"),
    (VNI.encode("cp1252"), "vni"),
    (TCVN3.encode("utf-8"), "tcvn3 (repaired from utf-8)"),  # once read as Latin text and saved
    (VNI.encode("utf-8"), "vni (repaired from utf-8)"),
    # UTF-8 once read as Latin-1 and saved again ('NgÃ y', 'Äá»\x8dc')
    (LEGACY_READ.encode("utf-8").decode("latin-1").encode("utf-8"), "utf-8 read as windows-1252 (repaired from utf-8)"),
])
def test_legacy_vietnamese_encodings_read_as_vietnamese(tmp_path, data, encoding):
    path = tmp_path / "van-ban-cu.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert (article.text, article.encoding) == (LEGACY_READ, encoding)
    df = extract_file(path)
    assert list(df["edtf"]) == ["1945-09-02"] and df.iloc[0]["persons"] == ["Hồ Chí Minh"]
    assert df.iloc[0]["places"] == ["Quảng trường Ba Đình"]


@pytest.mark.parametrize("text", [
    "Le 2 septembre 1945, à Hanoï, Hô Chi Minh a lu la déclaration à la foule réunie.",  # French, UTF-8
    "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.",  # Vietnamese, UTF-8: left alone
])
def test_real_unicode_is_never_repaired(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    assert read_article(path).text == text


def test_latin_text_in_a_single_byte_encoding_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Le 2 septembre 1945, à Hanoï, la déclaration fut lue.".encode("cp1252"))
    with pytest.raises(ArticleError, match="TCVN3"):
        read_article(path)


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", SAMPLE.encode("utf-8")),
    ("utf-8", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")),
    ("utf-16", SAMPLE.encode("utf-16")),
    ("utf-16-le", SAMPLE.encode("utf-16-le")),
    ("cp1258", None),
])
def test_encodings_read_to_the_same_text(tmp_path, encoding, data):
    if data is None:
        data = _cp1258(SAMPLE)
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert unicodedata.normalize("NFC", article.text) == SAMPLE
    df = extract_file(path)
    assert list(df["edtf"]) == ["1933"]
    assert set(df.iloc[0]["places"]) == {"Lạng Sơn", "Thụy Hùng"}


def test_nfd_offsets_are_true_to_the_input(tmp_path):
    nfd = unicodedata.normalize("NFD", SEED.read_text(encoding="utf-8"))
    path = tmp_path / "nfd.txt"
    path.write_text(nfd, encoding="utf-8")
    df = extract_file(path)
    nfc = extract_file(SEED)
    assert list(df["edtf"]) == list(nfc["edtf"])
    for row in df.itertuples():
        assert nfd[row.char_start:row.char_end] == row.date_text
        assert unicodedata.normalize("NFC", row.date_text) == nfc.loc[row.Index, "date_text"]


def test_old_tone_marks_read_like_new(tmp_path):
    old = "Năm 1947, Tỉnh uỷ thành lập Văn phòng Tỉnh uỷ, hoà cùng cả nước."
    df = extract_file(_write(tmp_path, old))
    assert df.iloc[0]["organisations"] == ["Tỉnh ủy", "Văn phòng Tỉnh ủy"]


def test_non_breaking_spaces(tmp_path):
    df = extract_file(_write(tmp_path, "Ngày\u00a02/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn."))
    assert list(df["edtf"]) == ["1945-09-02"]
    assert df.iloc[0]["date_text"] == "Ngày\u00a02/9/1945" or df.iloc[0]["date_text"] == "2/9/1945"


def _write(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    (b"\xff\xfe\x00\xd8", "utf-16"),
])
def test_bad_input_is_refused_with_a_message(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert message in str(err.value).lower()
    assert str(path) in str(err.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)


def test_page_furniture_is_metadata(seed_text):
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text(seed_text, "seed")
    df = extract_article(article)
    assert "2022" not in " ".join(df["edtf"])  # the page widget is no event
    assert article.metadata["page_date"] == "2022-01-28"
    assert article.metadata["byline"] == "CÔNG QUÂN- NGUYỄN PHƯƠNG"
    assert article.metadata["reference_date"] == "2020-10-16"
    assert article.metadata["province"] == "Lạng Sơn"


def test_captions_hold_no_events():
    from dashboard import extract_text
    text = ("Tỉnh tổ chức lễ kỷ niệm.\n\nĐồng chí Nguyễn Văn A trao tặng bằng khen năm 2019\n"
            "cho các tập thể\n\nNăm 2020, tỉnh đạt nhiều thành tích.")
    assert list(extract_text(text)["edtf"]) == ["2020"]


def test_article_year_is_not_taken_from_plans():
    from dashboard import extract_text
    text = ("Sáng 16/10, Tỉnh ủy tổ chức hội nghị triển khai Nghị quyết nhiệm kỳ 2020 - 2025, tầm nhìn "
            "đến năm 2030. Năm 2020, tỉnh đạt tăng trưởng 5%.")
    assert extract_text(text).iloc[0]["edtf"] == "2020-10-16"


def test_a_page_date_is_the_last_resort_for_relative_days():
    from dashboard import extract_text
    text = ("Thứ sáu, 16/10/2020\n\nTỉnh tổ chức hội nghị\n\nSáng nay, UBND tỉnh tổ chức hội nghị tổng kết. "
            "Hôm qua, đoàn công tác đã đến thăm xã Hoa Thám.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2020-10-16", "2020-10-15"]
    assert all(df["inferred"])


def test_a_time_stamp_under_the_headline_is_the_storys_own_date():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Hội chợ du lịch quốc tế khai mạc\n\nChủ nhật, 08/10/2023 - 08:15\n\n"
            "Tuần trước, Sở Du lịch tổ chức hội chợ. Năm 2020, hội chợ bị hoãn.")
    article = article_from_text(text, "a")
    df = extract_article(article)
    assert article.metadata["reference_date"] == "2023-10-08"
    assert article.metadata["page_date"] is None
    assert list(df["edtf"]) == ["2023-09-25/2023-10-01", "2020"]


@pytest.mark.parametrize("stamp,yesterday", [("Cập nhật: 14:20, 16/09/2025", "2025-09-15"),
                                             ("Thứ Bảy, 17/02/2024 | 10:35", "2024-02-16")])
def test_time_stamps_date_relative_days(stamp, yesterday):
    from dashboard import extract_text
    df = extract_text(f"Tiêu đề bài báo\n\n{stamp}\n\nHôm qua, tỉnh tổ chức lễ hội.")
    assert list(df["edtf"]) == [yesterday]


def test_links_to_other_stories_are_furniture():
    from dashboard import extract_text
    text = ("Tỉnh tổ chức hội chợ\n\nSáng 15/10/2024, tỉnh khai mạc hội chợ.\n\nMinh Anh\n\nTin liên quan\n\n"
            "Lạng Sơn: Khai mạc Lễ hội Kỳ Lừa (12/3/2024)\n\nNăm 2023, du lịch tăng trưởng mạnh (5/1/2024)")
    assert list(extract_text(text)["edtf"]) == ["2024-10-15"]


@pytest.mark.parametrize("credit,source", [("(Báo Nghệ An) - ", "(Báo Nghệ An)"), ("HÀ NỘI (TTXVN) - ", "HÀ NỘI (TTXVN)"),
                                           ("Hà Nội, 5/7 (TTXVN) – ", "Hà Nội, 5/7 (TTXVN)"), ("LSO-", "LSO"),
                                           ("VOV.VN - ", "VOV.VN"), ("Baonghean.vn - ", "Baonghean.vn")])
def test_a_source_credit_opening_the_story_is_metadata(credit, source):
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text(f"Xét xử vụ án tham ô\n\n{credit}Ngày 20/11/2024, TAND tỉnh Nghệ An mở phiên tòa.", "a")
    df = extract_article(article)
    assert article.metadata["source"] == source
    assert list(df["edtf"]) == ["2024-11-20"]
    assert df.iloc[0]["title"].startswith("TAND tỉnh Nghệ An mở phiên tòa")
    assert df.iloc[0]["organisations"] == ["Tòa án nhân dân tỉnh Nghệ An"]


@pytest.mark.parametrize("opening", ["COVID-19 bùng phát", "UBND tỉnh - cơ quan thường trực - đã họp",
                                     "Lạng Sơn - Cao Bằng hợp tác"])
def test_a_story_that_opens_with_a_dash_keeps_its_words(opening):
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text(f"Tin tức\n\n{opening} từ tháng 3/2020.", "a")
    df = extract_article(article)
    assert article.metadata["source"] is None
    assert df.iloc[0]["title"].startswith(opening[:10])


def test_a_day_named_without_its_year_and_again_with_it_dates_the_story():
    from dashboard import extract_text
    text = ("Sáng 20/9, Hội nghị Trung ương bế mạc. Đại hội dự kiến tổ chức vào quý I/2026. "
            "Từ ngày 18 đến 20/9/2024, các ủy viên làm việc tại tổ.")
    assert extract_text(text).iloc[0]["edtf"] == "2024-09-20"
    # a day the story commemorates does not date it
    text = "Sáng 2/9, cả nước kỷ niệm Quốc khánh 2/9/1945. Năm 2023, tỉnh đón 2 triệu khách."
    assert extract_text(text).iloc[0]["edtf"] == "2023-09-02"


@pytest.mark.parametrize("text,edtf", [
    ("Vòng 11 diễn ra từ ngày 29/11 đến 1/12/2024. Nam Định làm khách vào chiều 30/11.", "2024-11-30"),
    ("Ngày 30/12/1946, quân ta rút khỏi thành phố. Ngày 2/1, đơn vị về đến chiến khu.", "1947-01-02"),
])
def test_a_story_told_day_by_day_runs_forward_but_may_step_back_a_little(text, edtf):
    from dashboard import extract_text
    assert extract_text(text).iloc[-1]["edtf"] == edtf


def test_a_heading_that_names_a_period_is_its_title():
    from dashboard import extract_text
    text = ("Những mốc son lịch sử\n\nBài viết tổng hợp các sự kiện lớn của Đảng bộ tỉnh.\n\nGiai đoạn 1930 - 1945\n\n"
            "Năm 1933, chi bộ đầu tiên được thành lập.\n\nThời kỳ kháng chiến chống Pháp (1945 - 1954)\n\n"
            "Năm 1947, Tỉnh ủy chuyển về Bắc Sơn.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["1930/1945", "1933", "1945/1954", "1947"]
    assert list(df["title"])[::2] == ["Giai đoạn 1930 - 1945", "Thời kỳ kháng chiến chống Pháp"]


def test_a_saved_page_with_breadcrumb_time_stamp_and_tags():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Trang chủ > Chính trị > Xây dựng Đảng\n\nThứ Sáu, 22/11/2024 | 09:15\n\n"
            "Lạng Sơn: Tổng kết 10 năm thực hiện Chỉ thị 05\n\n"
            "Sáng 21/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết. Năm 2019, tỉnh được khen thưởng.\n\n"
            "Từ khóa: Chỉ thị 05, Lạng Sơn\n\nChia sẻ: Facebook Zalo")
    article = article_from_text(text, "a")
    df = extract_article(article)
    assert article.metadata["title"] == "Lạng Sơn: Tổng kết 10 năm thực hiện Chỉ thị 05"
    assert article.metadata["reference_date"] == "2024-11-22"  # the time stamp, clock and all
    assert list(df["edtf"]) == ["2024-11-21", "2019"]


# (the days leading up to that Tết: 'cận Tết' is the week or so before it)
@pytest.mark.parametrize("published,edtf", [("2024-12-02", "2025-01-22/2025-01-28"), ("2024-03-02", "2024-02-03/2024-02-09")])
def test_a_bare_tet_late_in_the_year_is_the_one_to_come(published, edtf):
    import datetime as dt

    from dashboard import extract_text
    df = extract_text("Dịp cận Tết Nguyên đán, nhất là từ tháng 10 đến tháng Chạp âm lịch, các hộ làm việc hết công suất.",
                      reference_date=dt.date.fromisoformat(published))
    assert df.iloc[0]["edtf"].rstrip("~") == edtf
    assert list(df["title"]) == ["Các hộ làm việc hết công suất"] * 2  # the clause after the dates is theirs


def test_the_same_period_of_a_year_dates_the_story_the_year_after():
    from dashboard import extract_text
    text = ("Ngày 25/11, bệnh viện phẫu thuật thành công ca đầu tiên. Từ đầu năm đến nay, bệnh viện tiếp nhận "
            "120.000 lượt khám, tăng 15% so với cùng kỳ năm 2023. Năm 2022, bệnh viện được xếp hạng I.")
    assert extract_text(text).iloc[0]["edtf"] == "2024-11-25"


NOISY_PAGE = """Trang chủ > Thời sự > Chính trị
Thứ Bảy, 07/12/2024 - 08:15
Huyện Tràng Định kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện
Báo Lạng Sơn - Sáng 6/12, Huyện ủy Tràng Định tổ chức lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện (12/1944 - 12/2024).
Đồng chí Đoàn Thị Hậu, Bí thư Tỉnh ủy trao tặng bức trướng cho Đảng bộ huyện. Ảnh: MINH ANH
Tin liên quan:
Tràng Định: Khánh thành cầu Bản Trại (05/12/2024)
Tràng Định đón nhận bằng công nhận xã nông thôn mới (28/11/2024)
Tháng 12/1944, Chi bộ Đảng đầu tiên của huyện được thành lập tại thôn Nà Sla, xã Kim Đồng.
Năm 2000, Đảng bộ huyện được tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân (năm 1998 và năm 2000).
MINH ANH
Xem thêm:
Lạng Sơn: Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 (03/12/2024)
Từ khóa: Tràng Định, kỷ niệm, Đảng bộ
Chia sẻ: Facebook Zalo"""


def test_a_page_saved_one_paragraph_per_line():
    """No blank lines: each line is a paragraph, so the headline, time stamp, source credit,
    caption, links to other stories (mid-story too) and byline are each told apart."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text(NOISY_PAGE, "a")
    df = extract_article(article)
    md = article.metadata
    assert md["title"] == "Huyện Tràng Định kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện"
    assert (md["reference_date"], md["source"], md["byline"]) == ("2024-12-07", "Báo Lạng Sơn", "MINH ANH")
    assert list(df["edtf"]) == ["2024-12-06", "1944-12", "2024-12", "1944-12", "2000", "1998"]  # 2000 told once
    assert df.iloc[0]["title"] == "Huyện ủy Tràng Định tổ chức lễ kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện"
    assert df.iloc[0]["organisations"] == ["Huyện ủy Tràng Định"]
    assert not any(re.search(r"\(\s*(?:và\s*)?\)", t) for t in df["title"])  # no bracket left empty


def test_wrapped_lines_of_a_caption_stay_one_paragraph():
    from dashboard.layout import analyse
    text = ("Tiêu đề bài báo\n\nĐồng chí Lâm Thị Phương Thanh trao tặng Huân chương\nLao động hạng Nhất cho "
            "Văn phòng Tỉnh ủy\n\nSáng 16/10/2020, Văn phòng Tỉnh ủy tổ chức lễ kỷ niệm.")
    kinds = [b.kind for b in analyse(text).blocks]
    assert kinds == ["title", "caption", "body"]


def _fixture_texts():
    from conftest import FIXTURES
    return sorted((FIXTURES / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", _fixture_texts(), ids=lambda p: p.name)
def test_one_paragraph_per_line_reads_as_blank_lines_between(path):
    """The same article with its paragraphs on single lines gives the same events."""
    from dashboard.extract import extract_records
    from dashboard.reading import article_from_text
    text = path.read_text(encoding="utf-8-sig")

    def events(t):
        return [(r["date_text"], r["edtf"], r["title"], r["places"], r["organisations"])
                for r in extract_records(article_from_text(t, "a"))]
    assert events(re.sub(r"\n\s*\n", "\n", text)) == events(text)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_line_ends_of_other_systems_read_alike(tmp_path, seed_text, newline):
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_text.replace("\n", newline).encode("utf-8"))
    df, reference = extract_file(path), extract_file(SEED)
    assert list(df["edtf"]) == list(reference["edtf"]) and list(df["title"]) == list(reference["title"])
    text = read_article(path).text
    assert all(text[a:b] == t for a, b, t in zip(df["char_start"], df["char_end"], df["date_text"], strict=True))


def test_a_long_paragraph_that_only_lacks_its_full_stop_is_the_story():
    from dashboard import extract_text
    body = ("Các đại biểu đã thảo luận sôi nổi về những kết quả đạt được trong năm 2023, trong đó nổi bật là việc "
            "hoàn thành 15 chỉ tiêu kinh tế - xã hội chủ yếu, thu ngân sách vượt 20% dự toán, thu hút đầu tư tăng "
            "mạnh và đời sống nhân dân không ngừng được cải thiện, góp phần quan trọng vào sự phát triển chung")
    assert list(extract_text(f"Tiêu đề\n\n{body}\n\nẢnh: Quang cảnh hội nghị")["edtf"]) == ["2023"]
    # a caption under a photo, as short as captions are, holds none
    caption = "Các đại biểu dự hội nghị tổng kết năm 2023"
    assert list(extract_text(f"Tiêu đề\n\nNăm 2024, tỉnh tăng trưởng 8%.\n\n{caption}")["edtf"]) == ["2024"]


def test_an_interviews_questions_tell_no_event_and_its_byline_may_say_who_asked():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Ngành du lịch phục hồi\n\nThứ Tư, 10/1/2024 - 08:00\n\n"
            "PV: Thưa ông, năm 2023 ngành du lịch tỉnh đạt được những kết quả nổi bật nào?\n\n"
            "Ông Hoàng Văn Minh: Năm 2023, toàn tỉnh đón hơn 3 triệu lượt khách.\n\n"
            "PV: Kế hoạch của ngành trong năm 2024 là gì, thưa ông?\n\n"
            "Ông Hoàng Văn Minh: Trong quý I/2024, Sở sẽ phối hợp tổ chức Lễ hội Kỳ Lừa.\n\nTHU TRANG (thực hiện)")
    article = article_from_text(text, "a")
    df = extract_article(article)
    assert list(df["edtf"]) == ["2023", "2024-33"]
    assert article.metadata["byline"] == "THU TRANG (thực hiện)"


def test_a_whole_page_copied_line_by_line_menus_story_and_footer():
    """Everything a reader selects on a news site: the date bar, the menu, the headline, the
    story, the byline and the site's footer (its licence has a date that is no event)."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    page = "\n".join([
        "Thứ sáu, 28/01/2022", "Trang chủ", "Thời sự", "Chính trị", "Văn hóa - Xã hội",
        "Huyện Bắc Sơn tổ chức Lễ kỷ niệm 82 năm Ngày Khởi nghĩa Bắc Sơn",
        "LSO-Sáng 27/9, Huyện ủy Bắc Sơn tổ chức lễ kỷ niệm 82 năm Ngày Khởi nghĩa Bắc Sơn (27/9/1940 - 27/9/2022).",
        "Ngày 27/9/1940, nhân dân các dân tộc huyện Bắc Sơn đã vùng lên khởi nghĩa giành chính quyền.",
        "MINH HIỀN",
        "Giấy phép số 123/GP-BTTTT ngày 15/3/2021 của Bộ Thông tin và Truyền thông",
        "Tổng Biên tập: Nguyễn Văn A", "© Bản quyền thuộc Báo Lạng Sơn"])
    article = article_from_text(page, "a")
    df = extract_article(article)
    assert article.metadata["title"] == "Huyện Bắc Sơn tổ chức Lễ kỷ niệm 82 năm Ngày Khởi nghĩa Bắc Sơn"
    assert article.metadata["byline"] == "MINH HIỀN"
    assert list(df["edtf"]) == ["2022-09-27", "1940-09-27", "2022-09-27", "1940-09-27"]


@pytest.mark.parametrize("path", _fixture_texts(), ids=lambda p: p.name)
def test_text_wrapped_to_a_width_reads_as_its_paragraphs(path):
    """The same article with each line wrapped at 72 characters (as e-mail and some text exports
    keep it: a line longer than that goes on on the next, the lines of a list stay lines) gives
    the same events; offsets still slice the text as given."""
    import textwrap

    from dashboard.extract import extract_records
    from dashboard.reading import article_from_text
    text = path.read_text(encoding="utf-8-sig")
    wrapped = "\n".join("\n".join(textwrap.wrap(line, 72, break_on_hyphens=False)) if len(line) > 72 else line
                        for line in text.split("\n"))

    def events(t):
        rows = extract_records(article_from_text(t, "a"))
        assert all(t[r["char_start"]:r["char_end"]] == r["date_text"] for r in rows)
        return [(" ".join(r["date_text"].split()), r["edtf"], " ".join(r["title"].split()), r["places"],
                 r["organisations"]) for r in rows]
    assert events(wrapped) == events(text)


def test_a_documents_text_wrapped_under_a_longer_notice_and_cut_off_mid_sentence():
    """A document site's text: a notice longer than the lines above it, the document's lines
    wrapped near 95 characters with no blank line between paragraphs, a heading, and the page's
    excerpt cut off mid-sentence. The wrapped lines are paragraphs, the cut one no caption."""
    import textwrap

    from dashboard import extract_text
    notice = "Bạn đang xem bản rút gọn của tài liệu. Tải bản đầy đủ của tài liệu tại trang này (356 KB, 8 trang )"
    first = ("Khu di tích lịch sử Căn cứ Tỉnh ủy nằm ở phía bắc huyện, cách trung tâm tỉnh khoảng 40 km về "
             "phía tây; trong nhiều năm, đây là nơi đứng chân của nhiều cơ quan đầu não của tỉnh, của "
             "các ban, ngành và đoàn thể.")
    then = ("Khu di tích gồm ba phân khu: nơi làm việc của Tỉnh ủy, nơi làm việc của Ủy ban hành chính "
            "tỉnh và nơi ở của cán bộ.")
    second = ("Tháng 5 năm 1948, Ban Thường vụ Tỉnh ủy quyết định chuyển cơ quan về đây, do đồng chí Hoàng "
              "Văn Thụ phụ trách. Sau đó, các ban của Tỉnh ủy lần lượt được xây dựng tại khu rừng này. "
              "Ngày 12/9/1954, Tỉnh ủy quyết định chuyển cơ quan về thị xã và bàn giao khu căn cứ cho")
    text = "\n".join([notice, *textwrap.wrap(first, 95), *textwrap.wrap(then, 95), "1. Căn cứ Tỉnh ủy",
                      *textwrap.wrap(second, 95)])
    df = extract_text(text)
    assert list(df["edtf"]) == ["1948-05", "1954-09-12"]
    assert df["title"][0].startswith("Ban Thường vụ Tỉnh ủy quyết định chuyển cơ quan về đây")


@pytest.mark.parametrize("sep", [" | ", "\t", ": "], ids=["pipe", "tab", "colon"])
def test_a_chronology_typed_as_rows(sep):
    """Short lines of like length are a list or a table's rows, not a wrapped caption: each row
    is an event titled by its words."""
    from dashboard import extract_text
    rows = ["1930", "Đảng Cộng sản Việt Nam ra đời"], ["1941", "Bác Hồ về nước"], ["1954", "Hòa bình lập lại"]
    df = extract_text("Niên biểu\n\n" + "\n".join(sep.join(r) for r in rows))
    assert list(df["edtf"]) == ["1930", "1941", "1954"]
    assert list(df["title"]) == ["Đảng Cộng sản Việt Nam ra đời", "Bác Hồ về nước", "Hòa bình lập lại"]


def test_markdown_headings_lists_emphasis_and_tables():
    """A .md file: '#' headings (a short one with a year is no menu), list items on their own
    lines, '**' emphasis and a table's rows; offsets still slice the file's own characters."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("# Lịch sử Đảng bộ xã\n\n## Giai đoạn 1930 - 1945\n\n"
            "- **Năm 1933**: Chi bộ đầu tiên được thành lập tại xã Thụy Hùng.\n"
            "- *Tháng 9/1940*: Khởi nghĩa Bắc Sơn nổ ra.\n\n"
            "| Năm | Sự kiện |\n|---|---|\n| 1945 | Chính quyền cách mạng được thành lập |\n| 1954 | Hòa bình lập lại |\n")
    article = article_from_text(text, "a")
    df = extract_article(article)
    assert article.metadata["title"] == "Lịch sử Đảng bộ xã"
    assert list(df["edtf"]) == ["1930/1945", "1933", "1940-09", "1945", "1954"]
    assert list(df["title"]) == ["Giai đoạn 1930 - 1945", "Chi bộ đầu tiên được thành lập tại xã Thụy Hùng",
                                 "Khởi nghĩa Bắc Sơn nổ ra", "Chính quyền cách mạng được thành lập", "Hòa bình lập lại"]
    assert all(text[a:b] == t for a, b, t in zip(df["char_start"], df["char_end"], df["date_text"], strict=True))


def test_a_caption_set_on_two_short_lines_holds_no_event_but_two_rows_of_a_chronology_do():
    from dashboard import extract_text
    caption = extract_text("Tiêu đề\n\nĐồng chí Nguyễn Văn A trao quà\nngày 15/3/2024\n\nNăm 2023, tỉnh tăng trưởng 8%.")
    assert list(caption["edtf"]) == ["2023"]
    rows = extract_text("Niên biểu\n\n1930 | Đảng ra đời\n1945 | Cách mạng thành công")
    assert list(rows["title"]) == ["Đảng ra đời", "Cách mạng thành công"]


def test_an_official_texts_place_and_date_line_dates_it_and_is_no_event():
    from dashboard import extract_text
    text = ("THÔNG CÁO BÁO CHÍ\n\nLạng Sơn, ngày 20 tháng 12 năm 2024\n\n"
            "Ngày 18/12, Ban Chấp hành Đảng bộ tỉnh họp phiên thường kỳ.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2024-12-18"]
    assert list(df["inferred"]) == [True]


def test_a_tables_header_row_labels_its_columns_and_tells_no_event():
    """'| Chỉ tiêu | 2021 | 2022 | 2023 |' over a rule is a header: its years are no events; a
    chronology's rows under a header still are."""
    from dashboard import extract_text
    text = ("Thu ngân sách\n\n| Chỉ tiêu | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Thu nội địa | 2.500 | 2.800 | 3.100 |\n\n"
            "| Năm | Sự kiện |\n| --- | --- |\n| 1930 | Đảng Cộng sản Việt Nam ra đời |\n| 1945 | Cách mạng Tháng Tám thành công |\n")
    assert list(extract_text(text)["edtf"]) == ["1930", "1945"]


@pytest.mark.parametrize("stamp", ["Thứ Sáu, 28/01/2022, 14:30 (GMT+7)", "Thứ sáu, ngày 28 tháng 1 năm 2022",
                                   "Cập nhật: 28-01-2022 14:30", "14:30 | 28/01/2022",
                                   # with seconds, or a twelve-hour clock
                                   "Đăng lúc: 28-01-2022 14:30:12", "Thứ Sáu, 28/01/2022 02:30 PM", "02:30 PM - 28/01/2022",
                                   # a clock with a minute mark; a desk before the weekday; a blog's short month word
                                   "Thứ Sáu, 28/1/2022 14:30'(GMT+7)", "Ban Thời sự-Thứ sáu, ngày 28/01/2022 17:37 GMT+7",
                                   "28 thg 1, 2022",
                                   # a site's furniture around the stamp
                                   "Theo dõi https://media.example.vn/ trên28/01/2022 18:34"])
def test_a_stamp_the_story_contradicts_is_not_its_day(stamp):
    """'Chiều nay (16/10)' under a stamp of 28/01/2022: the page was saved or updated later; the
    story's year comes from the story (the anniversary pair), and the stamp is no event."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = (f"{stamp}\n\nVăn phòng Tỉnh ủy kỷ niệm 90 năm\n\nChiều nay (16/10), Văn phòng Tỉnh ủy tổ chức lễ kỷ niệm "
            "90 năm ngày truyền thống (18/10/1930-18/10/2020).")
    df = extract_article(article_from_text(text, "a"))
    assert list(df["edtf"]) == ["2020-10-16", "1930-10-18", "2020-10-18"]


def test_a_later_posts_date_on_a_line_of_its_own_is_no_event():
    from dashboard import extract_text
    text = ("17 thg 8, 2019\n\nNhững di tích ở Tiền Giang\n\nNăm 1792, chúa Nguyễn đắp đường Thiên Lý.\n\n"
            "15 thg 7, 2019\n\nDấu tích người xưa\n\nNăm 1862, Trương Định dựng cờ khởi nghĩa.")
    assert list(extract_text(text)["edtf"]) == ["1792", "1862"]


def test_a_stamp_that_agrees_dates_the_story():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Cập nhật: 16/10/2024 18:00\n\nHội nghị tổng kết\n\nChiều nay (16/10), UBND tỉnh tổ chức hội nghị. "
            "Năm 2020, tỉnh đạt nhiều thành tựu.")
    df = extract_article(article_from_text(text, "a"))
    assert list(df["edtf"]) == ["2024-10-16", "2020"]


@pytest.mark.parametrize("lead,expected", [
    # a news agency's credit dates a lead that tells no day of its own …
    ("HÀ NỘI, 22/11 (TTXVN) - Quốc hội biểu quyết thông qua luật.", [("22/11", "2024-11-22")]),
    # … and gives way to one that does; either way the credit is no part of the title
    ("Hà Nội, 22/11/2024 (TTXVN) – Sáng nay, Quốc hội biểu quyết.", [("Sáng nay", "2024-11-22")]),
    ("Hà Nội - Sáng 22/11, Quốc hội biểu quyết thông qua luật.", [("Sáng 22/11", "2024-11-22")]),
])
def test_a_news_agencys_credit_and_a_dateline_place(lead, expected):
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    df = extract_article(article_from_text(f"Thứ sáu, 22/11/2024, 14:30 (GMT+7)\n\nTiêu đề\n\n{lead}", "a"))
    assert list(zip(df["date_text"], df["edtf"], strict=True)) == expected
    assert df.iloc[0]["title"].startswith("Quốc hội biểu quyết")
    assert df.iloc[0]["places"] == ["Hà Nội"]  # (in capitals too)


@pytest.mark.parametrize("body,expected", [
    # a story day the page's date bar names nothing else of came before the page was saved
    ("LSO-Sáng nay (16/10), Hội Nông dân tỉnh khai mạc Đại hội.", "2021-10-16"),
    ("LSO-Sáng 20/1, UBND tỉnh họp.", "2022-01-20"),
    # a year's review early in the next dates the story, not the date bar
    ("LSO-Chiều nay (5/1), UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm 2021.",
     "2021-01-05"),
])
def test_a_date_bar_over_a_story_that_names_no_year(body, expected):
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    df = extract_article(article_from_text(f"Thứ sáu,  28/01/2022\n\nTiêu đề\n\n{body}", "a"))
    assert df.iloc[0]["edtf"] == expected


def test_a_feast_held_on_the_day_its_sentence_tells_is_no_day_of_its_own():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Tiêu đề\n\nLSO-Hôm qua (15/10/2021), UBND huyện Cao Lộc tổ chức Ngày hội Đại đoàn kết toàn dân tộc "
            "năm 2021 tại thôn Nà Pàn, xã Hợp Thành.")
    df = extract_article(article_from_text(text, "a"))
    assert list(df["edtf"]) == ["2021-10-15"]
    assert df.iloc[0]["organisations"] == ["Ủy ban nhân dân huyện Cao Lộc"]  # no 'Đại đoàn' (a division)
    assert "Ngày hội Đại đoàn kết" in df.iloc[0]["title"]


def test_a_readers_question_tells_what_happened_and_labels_leave_the_titles():
    """A Q&A column: the reader's 'Hỏi:' tells dates of their own (an interviewer's 'PV:' asks
    only); 'Trả lời:' is no part of a title."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Hỏi đáp pháp luật\n\nHỏi: Tháng 10/2024, tôi nộp hồ sơ xin cấp giấy chứng nhận. Xin hỏi thời hạn "
            "là bao lâu?\n\nTrả lời: Luật Đất đai năm 2024 có hiệu lực thi hành từ ngày 1/8/2024.")
    df = extract_article(article_from_text(text, "a"))
    assert list(df["edtf"]) == ["2024-10", "2024-08-01"]
    assert df.iloc[1]["title"] == "Luật Đất đai năm 2024 có hiệu lực thi hành"


def test_a_day_planned_to_come_bounds_the_storys_year():
    """No year on the page: the story's days fall before the day it says is to come (the
    inauguration in January 2025: the election was in November 2024), not in an old year it
    recalls."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Bầu cử Mỹ\n\nRạng sáng 6/11, ông Trump tuyên bố chiến thắng tại bang Florida. Ông từng là Tổng thống "
            "trong nhiệm kỳ 2017 - 2021. Lễ nhậm chức sẽ diễn ra vào ngày 20/1/2025 tại thủ đô Washington.")
    df = extract_article(article_from_text(text, "a"))
    assert df.iloc[0]["edtf"] == "2024-11-06"


_OLD_TONES = [("ủy", "uỷ"), ("Ủy", "Uỷ"), ("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
              ("úy", "uý"), ("ùy", "uỳ"), ("ụy", "uỵ"), ("ũy", "uỹ"), ("òe", "oè"), ("óe", "oé")]


def _old_tones(text: str) -> str:
    for new, old in _OLD_TONES:
        text = text.replace(new, old)
    return text


@pytest.mark.parametrize("path", _fixture_texts(), ids=lambda p: p.name)
def test_every_article_reads_alike_in_nfd_old_tone_marks_and_nbsp(path):
    """The same article decomposed (NFD), with the old tone-mark placement ('Tỉnh uỷ', 'hoà') or
    with non-breaking spaces gives the same events and names; offsets slice the text as given."""
    from dashboard.extract import extract_records
    from dashboard.reading import article_from_text
    text = path.read_text(encoding="utf-8-sig")

    def events(t):
        rows = extract_records(article_from_text(t, "a"))
        assert all(t[r["char_start"]:r["char_end"]] == r["date_text"] for r in rows)
        return [(_old_tones(unicodedata.normalize("NFC", r["date_text"])).replace("\xa0", " "), r["edtf"],
                 r["places"], r["organisations"]) for r in rows]
    expected = [(_old_tones(d), e, p, o) for d, e, p, o in events(text)]
    for variant in (unicodedata.normalize("NFD", text), _old_tones(text), text.replace(" ", "\xa0", 50)):
        assert events(variant) == expected


@pytest.mark.parametrize("path", _fixture_texts(), ids=lambda p: p.name)
def test_every_article_reads_alike_in_windows_1258_and_utf_16(tmp_path, path):
    """Each fixture article saved as Windows-1258 (tones as combining marks) and as UTF-16 gives
    the same events and names as its UTF-8 file."""
    from dashboard.extract import extract_records
    text = path.read_text(encoding="utf-8-sig")

    def events(p):
        return [(r["edtf"], r["places"], r["organisations"]) for r in extract_records(read_article(p))]
    expected = events(path)
    for name, data in (("a1258.txt", _cp1258(text)), ("a16.txt", text.encode("utf-16"))):
        (tmp_path / name).write_bytes(data)
        assert events(tmp_path / name) == expected


def test_a_date_well_apart_in_an_earlier_year_gives_no_year_to_the_day_before_it():
    """Told on 22/4/2024: 'sáng 21/4, … thăm cây đa do Tổng Bí thư trồng … vào tháng 8/2023' is
    21/4/2024; 'ngày 30/12 và 2/1/2021' keeps the later date's year."""
    import datetime as dt

    from dashboard import extract_text
    df = extract_text("Sáng 21/4, Thủ tướng thăm Cửa khẩu quốc tế Hữu Nghị, thăm cây đa do Tổng Bí thư trồng "
                      "vào tháng 8/2023.", reference_date=dt.date(2024, 4, 22))
    assert list(df["edtf"]) == ["2024-04-21", "2023-08"]
    df = extract_text("Ngày 30/12 và 2/1/2021, hội nghị diễn ra.", reference_date=dt.date(2024, 4, 22))
    assert list(df["edtf"]) == ["2020-12-30", "2021-01-02"]


def test_a_date_bar_with_a_dash_and_a_clock_time_is_the_pages_stamp():
    """'Thứ sáu - 05/11/2021 00:57' under the headline: the page's time, no event."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Lạng Sơn kỷ niệm 190 năm ngày thành lập tỉnh\n\nThứ sáu - 05/11/2021 00:57\n\n"
            "Sáng nay (4/11), Tỉnh ủy tổ chức lễ kỷ niệm.")
    df = extract_article(article_from_text(text, "a"))
    assert "2021-11-04" in list(df["edtf"]) and "2021-11-05" not in list(df["edtf"])


def test_a_short_paragraph_describing_a_scene_is_a_caption():
    """'Toàn cảnh Đại hội … nhiệm kỳ 2025-2030.' under a photo: its term is no event of the story."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Đại hội Đảng bộ tỉnh\n\nChiều 25/9/2025, Đại hội bầu Ban Chấp hành khóa mới.\n\n"
            "Toàn cảnh Đại hội Đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII, nhiệm kỳ 2020-2025.\n\n"
            "Đại hội bế mạc cùng ngày.")
    df = extract_article(article_from_text(text, "a"))
    assert "2020/2025" not in list(df["edtf"])


def test_births_give_no_year_to_the_story():
    """A court story with no date of its own: its defendants' birth years ('sinh năm 1983') are
    no time the story is told in; its year-less day stays unplaced (and the user is told)."""
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    text = ("Xử trùm ma túy\n\nSáng nay, tòa án mở phiên tòa xét xử Triệu Ký Voòng (sinh năm 1969) và "
            "Sồng A Sang (Sinh năm 1983, trú xã Loóng Luông). Buổi chiều ngày 18 tháng 11 sẽ tuyên án.")
    article = article_from_text(text, "a")
    df = extract_article(article)
    assert list(df["edtf"]) == ["1969", "1983"]
    assert df.iloc[1]["title"] == "Sồng A Sang sinh"
    assert article.metadata["unplaced_dates"] >= 1


def test_a_headline_ending_in_its_bracketed_dates_is_the_headline():
    """'Kỷ niệm 70 năm … (3/10/1950-3/10/2020)' above a time stamp: the headline, whose dates the
    story tells again below, is no second telling of them."""
    from dashboard import extract_text
    from dashboard.layout import analyse
    text = ("Kỷ niệm 70 năm Chiến thắng Biên giới 1950 và Giải phóng tỉnh Cao Bằng (3/10/1950-3/10/2020)\n\n"
            "14:41 - 01/10/2020\n\n"
            "Sáng nay 1/10, Tỉnh ủy Cao Bằng tổ chức Kỷ niệm 70 năm Giải phóng Cao Bằng (3/10/1950-3/10/2020).")
    assert analyse(text).title.startswith("Kỷ niệm 70 năm")
    df = extract_text(text)
    assert (df["date_text"] == "3/10/1950").sum() == 1


def test_a_caption_dated_to_the_month_between_paragraphs_is_no_event():
    """'Gia đình ông … đón nhận Bằng có công với nước (8/1998)' between the story's paragraphs,
    with no stop and no cue: a photo's caption; a heading names a span of years instead."""
    from dashboard import extract_text
    text = ("Ông Ngô Văn Viên hưng công xây dựng đền từ năm 1924.\n\n"
            "Gia đình ông Ngô Văn Viên đón nhận Bằng có công với nước (8/1998)\n\n"
            "Năm 1906, ông lên Lạng Sơn lập nghiệp.\n\n"
            "Thời kỳ kháng chiến chống Pháp (1945 - 1954)\n\n"
            "Ông tích cực ủng hộ kháng chiến.")
    assert list(extract_text(text)["date_text"]) == ["năm 1924", "Năm 1906", "Thời kỳ kháng chiến chống Pháp (1945 - 1954)"]


def test_readers_comments_under_a_story_are_no_part_of_it():
    """'Bình luận' alone on a line opens the readers' comments: their time stamps are no events."""
    from dashboard import extract_text
    text = ("LSO - Sáng 5/3/2025, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 30.\n\n"
            "Năm 2024, tăng trưởng kinh tế của tỉnh đạt 6,5%.\n\nBình luận\n\n"
            "Nguyễn Văn A - 05/03/2025 11:00: Bài viết rất hay!")
    assert list(extract_text(text)["date_text"]) == ["Sáng 5/3/2025", "Năm 2024"]


def test_a_social_posts_date_line_after_a_pictograph_is_its_date_not_an_event():
    from dashboard import extract_text
    text = ("🔴 TIN NÓNG | Lạng Sơn đón đợt không khí lạnh đầu mùa\n\n📅 Thứ Bảy, 28/11/2026\n\n"
            "👉 Từ đêm nay (28/11), không khí lạnh tràn về.\n👉 Dự báo từ ngày 29/11 đến 2/12, trời rét đậm.\n\n#LangSon #ThoiTiet")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-11-28", "2026-11-29/2026-12-02"]
    assert all(text[a:b] == t for a, b, t in zip(df["char_start"], df["char_end"], df["date_text"], strict=True))


def test_a_time_stamp_alone_at_the_foot_of_a_story_with_none_above_dates_it():
    from dashboard import extract_text
    text = ("Đội tuyển thắng 3-1 ở vòng loại Asian Cup 2027\n\nTối 26/11, tại sân Mỹ Đình, đội tuyển thắng 3-1.\n\n"
            "Trước đó, ở lượt đi ngày 10/6, hai đội hòa 1-1.\n\nVòng chung kết diễn ra các kỳ 2019 và 2023.\n\n27/11/2026 06:15")
    df = extract_text(text)
    assert list(df["edtf"])[:2] == ["2026-11-26", "2026-06-10"] and "2026-11-27" not in list(df["edtf"])


@pytest.mark.parametrize("header", [
    # the header's two columns flattened into lines, as copied from a document site
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TỈNH CAO BẰNG Độc lập - Tự do - Hạnh phúc\n"
     "Số: 27/KH-SGDĐT Cao Bằng, ngày 14 tháng 3 năm 2023\n\n"),
    # each item on a line of its own
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH CAO BẰNG\nSố: 27/KH-SGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 14 tháng 3 năm 2023\n\n"),
])
def test_an_official_texts_header_dates_it_and_is_no_event(header):
    from dashboard import extract_text
    from dashboard.layout import analyse
    text = header + ("KẾ HOẠCH\nTổ chức Hội khỏe Phù Đổng cấp tỉnh\n\n"
                     "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;\n\n"
                     "Hội khỏe Phù Đổng được tổ chức từ ngày 10/4 đến ngày 14/4/2023 tại thành phố Cao Bằng.")
    layout = analyse(text)
    assert layout.title.startswith("KẾ HOẠCH")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2019-06-14", "2023-04-10/2023-04-14"]
    # a law the text rests on is named without the word that cites it
    assert df.iloc[0]["title"] == "Luật Giáo dục"
    assert not any("Hội Chủ" in p or "HỘI" in p for ps in df["places"] for p in ps)


def test_a_place_and_day_alone_on_a_line_over_the_story_dates_it():
    from dashboard import extract_text
    text = ("Trường THCS Kim Đồng khai giảng năm học mới\n\nHà Giang, 6/9/2026\n\n"
            "Sáng 5/9, Trường THCS Kim Đồng tổ chức lễ khai giảng năm học 2026 – 2027.")
    df = extract_text(text)
    assert list(df["edtf"])[0] == "2026-09-05" and "Hà Giang" not in list(df["title"])


def test_an_agencys_place_and_day_alone_on_a_line_dates_the_story():
    from dashboard import extract_text
    text = ("Khánh thành cầu mới qua sông Lô\n\nTuyên Quang, 3/12/2026 (TTXVN)\n\n"
            "Chiều 2/12, UBND tỉnh Tuyên Quang tổ chức lễ khánh thành cầu.")
    df = extract_text(text)
    assert list(df["edtf"]) == ["2026-12-02"]


def test_a_lead_that_opens_with_since_a_day_a_year_back_leaves_the_story_the_pages_year():
    from dashboard import extract_text
    text = ("Một năm chính quyền hai cấp\n\nThứ Tư, 1/7/2026\n\nTừ ngày 1/7/2025, các xã mới đi vào hoạt động.\n\n"
            "Chiều 30/6, Tỉnh ủy tổ chức hội nghị sơ kết.")
    assert list(extract_text(text)["edtf"]) == ["2025-07-01", "2026-06-30"]


def test_a_records_bound_is_no_year_of_the_story_under_a_pages_date():
    from dashboard import extract_text
    text = ("Lượng mưa kỷ lục\n\nThứ Hai, 23/2/2026\n\nHôm qua (22/2), lượng mưa tại Huế đạt 300 mm, cao nhất kể từ "
            "năm 1999.\n\nDự báo cuối tuần này mưa giảm.")
    assert list(extract_text(text)["edtf"])[0] == "2026-02-22"


def test_a_story_told_on_the_anniversary_of_the_day_its_lead_dates():
    from dashboard import extract_text
    text = ("10 năm sau vụ cháy chợ\n\nThứ Sáu, 14/3/2025\n\nRạng sáng 14/3/2015, ngọn lửa bùng lên tại chợ Đông Kinh."
            "\n\nHôm nay, tiểu thương dâng hương tại chợ mới.")
    assert list(extract_text(text)["edtf"]) == ["2015-03-14", "2025-03-14"]


def test_a_day_after_the_pages_is_no_lead_day_and_a_headlines_feast_stops_at_its_line():
    from dashboard import extract_text
    text = ("Chợ hoa tấp nập trước ngày ông Công ông Táo\n\nThứ Năm, 5/2/2026\n\nSáng nay, chợ hoa Quảng Bá đông "
            "khách. Tết Nguyên đán Bính Ngọ năm nay rơi vào ngày 17/2/2026.")
    df = extract_text(text)
    assert "Thứ Năm" not in " ".join(df["date_text"])
    assert df[df["date_text"] == "Sáng nay"].iloc[0]["edtf"] == "2026-02-05"


def test_days_just_after_the_pages_date_take_its_year_not_an_old_years():
    from dashboard import extract_text
    text = ("Hội chợ cuối tuần\n\nThứ Sáu, 27/11/2026\n\nTrong hai ngày 28 và 29/11, tỉnh tổ chức hội chợ. "
            "Năm 2025, hội chợ thu hút 60.000 lượt khách.")
    assert list(extract_text(text)["edtf"])[0] == "2026-11-28/2026-11-29"


def test_a_headline_ending_in_a_founding_count_founds_nothing_on_the_next_line():
    from dashboard import extract_text
    text = ("Trường THPT Hòa Bình kỷ niệm 50 năm thành lập\n\nThái Bình, 21/11/2026\n\n"
            "Sáng 20/11, Trường THPT Hòa Bình (tỉnh Thái Bình) tổ chức Lễ kỷ niệm 50 năm thành lập trường (1976 – 2026).")
    df = extract_text(text)
    founding = df[df["edtf"] == "1976"].iloc[0]
    assert list(founding["organisations"]) == ["Trường THPT Hòa Bình"] and list(founding["places"]) == []


def test_a_weekly_schedules_days_take_their_first_item():
    from dashboard import extract_text
    text = ("Lịch công tác tuần\n\nThứ Ba (2/12):\n- Cả ngày: Giám đốc Sở đi kiểm tra các trường học tại huyện Bảo Lâm.\n\n"
            "Thứ Năm (4/12):\n- 14h00: Hội nghị giao ban tháng 12 của Sở Giáo dục và Đào tạo.\n")
    df = extract_text(text, reference_date=__import__("datetime").date(2025, 12, 1))
    days = df[df["date_text"].str.startswith("Thứ")]
    assert list(days["title"]) == ["Giám đốc Sở đi kiểm tra các trường học tại huyện Bảo Lâm",
                                   "Hội nghị giao ban tháng 12 của Sở Giáo dục và Đào tạo"]


def test_a_story_told_a_year_after_the_day_its_lead_counts_from():
    from dashboard import extract_text
    text = ("Một năm sau lũ dữ\n\nTròn một năm sau trận lũ lịch sử ngày 12/10/2023, cuộc sống ở xã Nà Hang đã ổn định.\n\n"
            "Dịp Tết Nguyên đán Giáp Thìn vừa qua, các gia đình đón Tết trong nhà mới.")
    df = extract_text(text)
    # the lead's counted-from day dates the story a year on: the lunar new year just past is 2024's
    assert list(df["edtf"]) == ["2023-10-12", "2024-02-10"]


def test_a_history_is_launched_after_the_years_it_covers():
    from dashboard import extract_text
    text = ("Ra mắt sách\n\nChiều 20/12, Huyện ủy Tràng Định ra mắt cuốn sách \"Lịch sử Đảng bộ huyện Tràng Định (1945 – 2024)\". "
            "Việc biên soạn bắt đầu từ tháng 5/2022.")
    df = extract_text(text)
    assert df.iloc[0]["edtf"] == "2024-12-20"
    assert df.iloc[0]["title"].endswith('"Lịch sử Đảng bộ huyện Tràng Định"')


def test_a_text_dated_only_by_a_cycle_year_takes_its_last_coming():
    from dashboard import extract_text
    df = extract_text("Ngày Tết ở làng\n\nNhững ngày giáp Tết Giáp Thìn, làng rộn ràng. Ngày 23 tháng Chạp, nhà nhà cúng ông Táo.")
    # the last Giáp Thìn (2024, the next is 2084); the days leading up to Tết, then the lunar 23rd of the twelfth month
    assert [e.rstrip("~") for e in df["edtf"]] == ["2024-02-03/2024-02-09", "2024-02-02"]


def test_a_heading_in_capitals_over_its_bracketed_week():
    from dashboard import extract_text
    df = extract_text("LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC UBND TỈNH\n(Từ ngày 1/12/2025 đến ngày 7/12/2025)\n\n"
                      "Thứ Hai (1/12):\n- 8h00: Chủ tịch UBND tỉnh dự hội nghị.\n")
    week = df.iloc[0]
    assert week["title"] == "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC UBND TỈNH"
    assert list(week["organisations"]) == ["Ủy ban nhân dân tỉnh"]  # the unit's word as written small


def test_the_headline_in_metadata_is_as_written():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text("TP.HCM: Cảnh báo triều cường – đợt cao nhất năm\n\nThứ Năm, 22/10/2026\n\n"
                                "Từ ngày 23 đến 27/10, triều cường lên cao.", "a")
    extract_article(article)
    assert article.metadata["title"] == "TP.HCM: Cảnh báo triều cường – đợt cao nhất năm"


def test_a_headline_ending_in_a_quoted_name_is_the_headline():
    from dashboard.extract import extract_article
    from dashboard.reading import article_from_text
    article = article_from_text("Thứ Hai, 02/03/2026 | 14:20\n\nPhát động cuộc thi viết \"Tự hào 80 năm Công an nhân dân\"\n\n"
                                "Sáng 2/3, Công an tỉnh phát động cuộc thi.", "a")
    extract_article(article)
    assert article.metadata["title"] == "Phát động cuộc thi viết \"Tự hào 80 năm Công an nhân dân\""


def test_a_headline_under_a_page_date_over_a_wrapped_story():
    """A story wrapped to 72 characters, its headline nearly as long: the line under the page's
    date that ends no sentence, before a capital, is the headline (its day, told again in the
    story, is no event of its own); a headline that asks is one too, on two lines."""
    from dashboard.extract import extract_records
    from dashboard.reading import article_from_text
    story = ("Theo Thuế tỉnh Lạng Sơn, thời hạn nộp hồ sơ quyết toán thuế thu nhập cá\nnhân năm 2025 được lùi "
             "sang thứ Hai, ngày 4/5/2026. Tính đến hết ngày\n20/3, Thuế tỉnh đã tiếp nhận hơn 12.500 hồ sơ.")
    text = "Thứ Hai, 23/3/2026\nHạn chót quyết toán thuế thu nhập cá nhân năm 2025 là ngày 4/5/2026\n" + story
    article = article_from_text(text, "a")
    rows = extract_records(article)
    assert article.metadata["title"] == "Hạn chót quyết toán thuế thu nhập cá nhân năm 2025 là ngày 4/5/2026"
    assert [r["edtf"] for r in rows] == ["2025", "2026-05-04", "2026-03-20"]
    text = "Thứ Hai, 23/3/2026\nHỏi – đáp: Lao động nam sinh tháng 5/1966 khi nào thì được nghỉ\nhưu?\n" + story
    article = article_from_text(text, "a")
    extract_records(article)
    assert article.metadata["title"] == "Hỏi – đáp: Lao động nam sinh tháng 5/1966 khi nào thì được nghỉ\nhưu?"
