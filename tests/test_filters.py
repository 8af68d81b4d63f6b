"""View state, its URL form, filtering and facet counts."""
import pytest
from conftest import SEED
from hypothesis import given
from hypothesis import strategies as st

from dashboard import extract_file
from dashboard.filters import ViewState, apply, facet_counts, parse_query, to_query, year_bounds


@pytest.fixture(scope="module")
def df():
    return extract_file(SEED)


def test_place_bình_gia_leaves_may_1945(df):
    shown = apply(df, ViewState(places=("Bình Gia",)))
    assert list(shown["edtf"]) == ["1945-05"]


def test_organisation_filter(df):
    shown = apply(df, ViewState(organisations=("Văn phòng Trung ương Đảng",)))
    assert list(shown["edtf"]) == ["1930-10-18"]


@pytest.mark.parametrize("q,expected", [("lang son", True), ("LẠNG SƠN", True), ("bac son", True),
                                        ("khoi nghia bac son", True), ("hà nội", False)])
def test_search_is_accent_insensitive(df, q, expected):
    assert (len(apply(df, ViewState(q=q))) > 0) is expected


def test_year_range(df):
    shown = apply(df, ViewState(start=1940, end=1950))
    assert set(shown["edtf"]) == {"1940-09", "1945-05", "1945", "1947", "1945/1975"}
    assert year_bounds(df) == (1930, 2020)


def test_facet_counts(df):
    counts = dict(facet_counts(df, "places"))
    assert counts["Lạng Sơn"] == 4 and counts["Bình Gia"] == 1
    assert facet_counts(df.iloc[0:0], "places") == []


def test_query_round_trip_and_defaults():
    state = ViewState(places=("Bình Gia", "Lạng Sơn"), q="đổi mới", start=1930, end=1975, lane="place",
                      lang="en", event="x:1")
    assert parse_query(to_query(state)) == state
    assert to_query(ViewState()) == ""


@pytest.mark.parametrize("bad", ["?from=abc&lanes=nope&lang=fr", "?%%%", "garbage", None, "?q=" + "x" * 500])
def test_bad_queries_are_ignored(bad):
    state = parse_query(bad)
    assert state.lane == "organisation" and state.lang == "vi" and len(state.q) <= 200


names = st.lists(st.text(min_size=1, max_size=12), max_size=3).map(tuple)


@given(names, names, st.text(max_size=20), st.one_of(st.none(), st.integers(-500, 2100)))
def test_any_state_round_trips(places, orgs, q, start):
    state = ViewState(places=places, organisations=orgs, q=q.strip(), start=start)
    assert parse_query(to_query(state)) == state


def test_the_same_event_from_two_articles_is_one():
    import pandas as pd

    from dashboard.filters import duplicate_of
    rows = pd.DataFrame({
        "edtf": ["1945-05", "1945-05", "1945-05", "1947"],
        "article_id": ["a", "b", "a", "b"],
        "places": [["Bình Gia"], ["Bình Gia", "Hoa Thám"], ["Cao Bằng"], []],
        "organisations": [[], [], [], []],
    })
    assert list(duplicate_of(rows)) == [-1, 0, -1, -1]
