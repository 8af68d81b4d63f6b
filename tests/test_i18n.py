import pytest

from dashboard.i18n import STRINGS, human_date, t


@pytest.mark.parametrize("edtf,vi,en", [
    ("1945-09-02", "2/9/1945", "2 Sep 1945"),
    ("1940-09", "tháng 9/1940", "Sep 1940"),
    ("1945", "năm 1945", "1945"),
    ("193X", "thập niên 1930", "1930s"),
    ("18XX", "thế kỷ XIX", "19th century"),
    ("2020-34", "quý II/2020", "Q2 2020"),
    ("2020-40", "nửa đầu năm 2020", "H1 2020"),
    ("1945/1975", "năm 1945 – năm 1975", "1945 – 1975"),
    ("1986/..", "năm 1986 – nay", "1986 – present"),
    ("../1945", "trước năm 1945", "before 1945"),
    ("-0179", "năm 179 TCN", "179 BCE"),
])
def test_human_dates(edtf, vi, en):
    assert human_date(edtf, "vi") == vi
    assert human_date(edtf, "en") == en


def test_every_string_has_both_languages():
    for key, entry in STRINGS.items():
        assert entry.get("vi") and entry.get("en"), key
    assert t("events_count", "en", n=3) == "3 events"
