"""Families of date forms, generated row by row: every month word, separator, weekday,
relative expression, decade, century, quarter and feast.  The article's date is 16/10/2020."""
import datetime as dt
import json

import pytest
from conftest import REF, ROOT

from dashboard import extract_text

MONTH_WORDS = [("Giêng", 1), ("Hai", 2), ("Ba", 3), ("Tư", 4), ("Năm", 5), ("Sáu", 6), ("Bảy", 7), ("Tám", 8),
               ("Chín", 9), ("Mười", 10), ("Mười một", 11), ("Chạp", 12), ("Mười hai", 12)]
SEPARATORS = ["/", ".", "-"]
DATES = [(2, 9, 1945), (19, 12, 1946), (7, 5, 1954), (30, 4, 1975), (18, 10, 1930), (1, 1, 2000)]
WEEKDAY_NAMES = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
ROMAN = [("I", 1), ("V", 5), ("X", 10), ("XV", 15), ("XVIII", 18), ("XIX", 19), ("XX", 20), ("XXI", 21)]
RELATIVE = json.loads((ROOT / "data/lexicons/relative.json").read_text(encoding="utf-8"))["expressions"]


def edtfs(text):
    return list(extract_text(text, reference_date=REF)["edtf"])


@pytest.mark.parametrize("word,month", MONTH_WORDS)
def test_month_words(word, month):
    assert edtfs(f"Tháng {word} năm 1946, quân dân cả nước kháng chiến.") == [f"1946-{month:02d}"]


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("d,m,y", DATES)
def test_numeric_dates(sep, d, m, y):
    assert edtfs(f"Ngày {d}{sep}{m}{sep}{y}, sự kiện diễn ra.") == [f"{y}-{m:02d}-{d:02d}"]
    assert edtfs(f"Ngày {d:02d}{sep}{m:02d}{sep}{y}, sự kiện diễn ra.") == [f"{y}-{m:02d}-{d:02d}"]


@pytest.mark.parametrize("d,m,y", DATES)
def test_worded_dates(d, m, y):
    assert edtfs(f"Ngày {d} tháng {m} năm {y}, sự kiện diễn ra.") == [f"{y}-{m:02d}-{d:02d}"]


@pytest.mark.parametrize("m,y", [(9, 1940), (5, 1945), (12, 1946), (1, 2020), (10, 1930)])
@pytest.mark.parametrize("form", ["tháng {m}/{y}", "tháng {m:02d}/{y}", "tháng {m} năm {y}", "tháng {m}-{y}",
                                  "{m}/{y}", "({m}-{y})", "({m}- {y})"])
def test_month_year_forms(form, m, y):
    assert edtfs("Vào " + form.format(m=m, y=y) + ", phong trào phát triển.") == [f"{y}-{m:02d}"]


@pytest.mark.parametrize("offset", range(7))
def test_weekdays_agree_and_choose_the_year(offset):
    day = dt.date(2020, 10, 12) + dt.timedelta(days=offset)
    name = WEEKDAY_NAMES[day.weekday()]
    df = extract_text(f"Sáng {name} ({day.day}/{day.month}), hội nghị khai mạc.", reference_date=REF)
    assert list(df["edtf"]) == [day.isoformat()]
    assert df.iloc[0]["notes"] == []
    wrong = WEEKDAY_NAMES[(day.weekday() + 1) % 7]
    df = extract_text(f"{wrong}, ngày {day.day}/{day.month}/2020, hội nghị khai mạc.", reference_date=REF)
    assert df.iloc[0]["notes"] == ["the weekday written does not fall on this date"]


def _shift(unit, offset):
    if unit == "day":
        return (REF + dt.timedelta(days=offset)).isoformat()
    if unit == "week":
        monday = REF - dt.timedelta(days=REF.weekday()) + dt.timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        total = REF.year * 12 + REF.month - 1 + offset
        return f"{total // 12}-{total % 12 + 1:02d}"
    if unit == "quarter":  # its three months
        total = REF.year * 4 + (REF.month - 1) // 3 + offset
        year, first = total // 4, total % 4 * 3 + 1
        return f"{year}-{first:02d}/{year}-{first + 2:02d}"
    return str(REF.year + offset)


@pytest.mark.parametrize("expr", sorted(RELATIVE))
def test_relative_expressions(expr):
    spec = RELATIVE[expr]
    text = f"{expr[0].upper()}{expr[1:]}, đoàn công tác đã làm việc tại tỉnh."
    assert edtfs(text) == [_shift(spec["unit"], spec["offset"])]


@pytest.mark.parametrize("decade", [1920, 1940, 1960, 1980, 2000])
def test_decades(decade):
    assert edtfs(f"Những năm {decade}, đời sống còn nhiều khó khăn.") == [f"{str(decade)[:3]}X"]
    assert edtfs(f"Thập niên {decade}, đời sống còn nhiều khó khăn.") == [f"{str(decade)[:3]}X"]


@pytest.mark.parametrize("roman,n", ROMAN)
def test_centuries(roman, n):
    assert edtfs(f"Thế kỷ {roman}, vùng đất này đã có người ở.") == [f"{n - 1:02d}XX"]
    assert edtfs(f"Thế kỷ {n}, vùng đất này đã có người ở.") == [f"{n - 1:02d}XX"]


@pytest.mark.parametrize("q,code", [("I", 33), ("II", 34), ("III", 35), ("IV", 36), ("1", 33), ("4", 36)])
def test_quarters(q, code):
    assert edtfs(f"Quý {q}/2021, doanh thu tăng.") == [f"2021-{code}"]
    assert edtfs(f"Trong quý {q} năm 2021, doanh thu tăng.") == [f"2021-{code}"]


@pytest.mark.parametrize("dash", ["-", "–", "—", " - ", " – ", " đến "])
def test_year_ranges(dash):
    assert edtfs(f"Giai đoạn 1954{dash}1975, miền Bắc xây dựng chủ nghĩa xã hội.") == ["1954/1975"]


@pytest.mark.parametrize("text,expected", [
    # feasts of the lunar calendar, Vietnamese time zone (UTC+7)
    ("Tết Nguyên đán năm 2020 đến sớm.", "2020-01-25"),
    ("Tết Nguyên đán Tân Sửu, gia đình sum họp.", "2021-02-12"),
    ("Tết Nguyên đán năm 1985 đến sớm.", "1985-01-21"),  # China's was 20 February: UTC+8
    ("Tết Trung thu năm 2020 được tổ chức.", "2020-10-01"),
    ("Giỗ Tổ Hùng Vương năm 2020 được tổ chức.", "2020-04-02"),
    ("Tết Đoan ngọ năm 2020, người dân diệt sâu bọ.", "2020-06-25"),
    ("Rằm tháng Giêng năm 2020, chùa đông khách.", "2020-02-08"),
    ("Lễ Vu lan năm 2020, phật tử về chùa.", "2020-09-02"),
    ("Ngày 15 tháng 8 âm lịch năm 2019, trẻ em rước đèn.", "2019-09-13"),
])
def test_lunar_feasts(text, expected):
    assert edtfs(text) == [expected]


@pytest.mark.parametrize("text", [
    "Có 1975 hộ dân được hỗ trợ.", "Tổng kinh phí 2020 triệu đồng.", "Đơn vị có 1930 đảng viên.",
    "Dự án rộng 1954 ha.", "Sản lượng đạt 1999 tấn.", "Cụ đã 90 tuổi.", "Hội nghị kéo dài 3 ngày.",
    "Trải qua 75 năm xây dựng và trưởng thành.", "Tỷ lệ 8/10 hộ nghèo đã thoát nghèo.",
    "Mã số 2020-123 được cấp.", "Luật Đất đai 2013 có hiệu lực.", "Nghị quyết số 18-NQ/TW được ban hành.",
    "Giá 1.945 đồng một kg.", "Phòng 1945, tầng 19.", "Đường dây nóng: 0205.3812.345 hoặc 1900 1234.",
    "Theo Thông tư 01/2020/TT-BYT, các cơ sở phải báo cáo.", "Nghị định 15/2020/NĐ-CP quy định xử phạt.",
    "Đội tuyển thắng với tỷ số 2-1.", "Mẫu số 01/ĐK được ban hành.", "Giá vé 1.945.000 đồng.",
])
def test_not_events(text):
    assert edtfs(text) == []


@pytest.mark.parametrize("phrase,edtf", [
    ("Từ đầu năm đến nay", "2020-01/.."),
    ("Từ đầu tháng đến nay", "2020-10-01/.."),
    ("Từ đầu tháng này đến nay", "2020-10-01/.."),
    ("Kể từ đầu tuần tới nay", "2020-10-12/.."),  # the article's Friday's week began on Monday the 12th
    ("Từ đầu tháng 9 đến nay", "2020-09-01/.."),
    ("Từ giữa tháng 8 cho đến nay", "2020-08-11/.."),
    ("Từ cuối tháng 7 đến hiện nay", "2020-07-21/.."),
])
def test_so_far_from_a_part_of_a_period(phrase, edtf):
    df = extract_text(f"{phrase}, toàn tỉnh ghi nhận 45 ca sốt xuất huyết.", reference_date=REF)
    assert list(df["edtf"]) == [edtf] and df.iloc[0]["date_text"] == phrase


@pytest.mark.parametrize("era,first", [
    ("Thiên Thành", 1028), ("Thiên Cảm Thánh Võ", 1044), ("Kiến Trung", 1225), ("Hưng Long", 1293),
    ("Khai Đại", 1403), ("Hồng Đức", 1470), ("Minh Đức", 1527), ("Chính Hòa", 1680), ("Chính Hoà", 1680),
    ("Cảnh Hưng", 1740), ("Bảo Hưng", 1801), ("Tự Đức", 1848),
])
def test_reign_eras_of_every_dynasty(era, first):
    assert edtfs(f"Năm {era} thứ 3, đình được trùng tu.") == [str(first + 2)]


def test_a_reign_year_and_its_year_in_brackets_are_one_expression():
    df = extract_text("Năm Chính Hòa thứ 9 (1688), chùa được đại trùng tu.", reference_date=REF)
    assert list(df["date_text"]) == ["Năm Chính Hòa thứ 9 (1688)"] and list(df["edtf"]) == ["1688"]
    # where the histories count an era's first year one apart, the writer's year stands
    df = extract_text("Năm Tự Đức thứ 5 (1853), đình được dựng.", reference_date=REF)
    assert list(df["edtf"]) == ["1853"]
    # a bracket far from the era's year is something else, told apart
    df = extract_text("Năm Tự Đức thứ 5 (1900), đình được dựng.", reference_date=REF)
    assert df.iloc[0]["date_text"] == "Năm Tự Đức thứ 5" and df.iloc[0]["edtf"] == "1852"


@pytest.mark.parametrize("phrase,edtfs_", [
    ("Các tháng 3, 4 và 5/2024", ["2024-03/2024-05"]),  # months that follow each other: one stretch
    ("Tháng 10 và 11/2024", ["2024-10/2024-11"]),
    ("Trong các tháng 3, 6 và 9/2024", ["2024-03", "2024-06", "2024-09"]),  # apart: one event each
])
def test_listed_months_share_their_year(phrase, edtfs_):
    assert edtfs(f"{phrase}, tỉnh kiểm tra 100 cơ sở.") == edtfs_


@pytest.mark.parametrize("text,expected", [
    ("Nhà thầu phấn đấu thông xe vào thứ Năm (22.10).", ["2020-10-22"]),
    ("Sáng nay (16.10), đoàn kiểm tra.", ["2020-10-16"]),
    ("Tỷ lệ (22.5%) đạt yêu cầu.", []),
])
def test_dotted_days_in_brackets_after_a_weekday_or_today(text, expected):
    assert edtfs(text) == expected
