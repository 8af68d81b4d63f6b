"""The seed article, scored by the project's evaluation and by the shared scorer (a copy in
fixtures/reference_scorer.py): both must agree, and meet the issue's targets."""
import importlib.util
import json

import pytest
from conftest import FIXTURES, SEED, SEED_GOLD

from dashboard import extract_file
from dashboard.evaluation import score
from dashboard.table import _records


def _reference():
    spec = importlib.util.spec_from_file_location("reference_scorer", FIXTURES / "reference_scorer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def seed_predictions():
    return _records(extract_file(SEED))


@pytest.fixture(scope="module")
def gold():
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_meets_targets(seed_predictions, gold, seed_text):
    result = score(gold, seed_predictions, seed_text)
    assert result["dates"]["f1"] >= 0.95, result
    assert result["places"]["f1"] >= 0.85, result
    assert result["organisations"]["f1"] >= 0.85, result


ARTICLES = sorted((FIXTURES / "articles").glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_more_articles_of_the_genre(gold_path):
    """Articles written for the project in the same genre, each with its gold events."""
    article = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = score(gold, _records(extract_file(article)), article.read_text(encoding="utf-8"))
    assert result["dates"]["f1"] >= 0.9, result
    for names in ("places", "organisations"):
        if result[names]["gold"] == result[names]["predicted"] == 0:
            continue  # an article that names none, and none were found: nothing to measure
        assert result[names]["f1"] >= 0.8, result


def _variants(preds):
    """Prediction sets that exercise the scorer: the real one, some dropped, some extra,
    values off, coarser, open ends, names garbled."""
    yield preds
    yield preds[::2]
    yield preds + [{**preds[0], "char_start": 0, "char_end": 5, "edtf": "2022-01-28", "date_text": "x"}]
    yield [{**p, "edtf": p["edtf"][:4]} for p in preds]
    yield [{**p, "edtf": p["edtf"].replace("..", "2020")} for p in preds]
    yield [{**p, "places": [x.upper() for x in p["places"]], "organisations": p["organisations"][:1]}
           for p in preds]
    yield [{**p, "places": ["xã " + x for x in p["places"]] + ["Hà Nội"]} for p in preds]
    yield [{k: v for k, v in p.items() if k not in ("char_start", "char_end")} for p in preds]
    yield []


def test_project_scorer_agrees_with_shared_scorer(seed_predictions, gold, seed_text):
    ref = _reference()
    for preds in _variants(seed_predictions):
        ours = score(gold, preds, seed_text)
        theirs = ref.score(gold, preds, seed_text)
        for key in ("dates", "places", "organisations"):
            for m in ("precision", "recall", "f1"):
                assert ours[key][m] == pytest.approx(theirs[key][m]), (key, m)
        assert ours["missed"] == theirs["missed"]
        assert ours["extra"] == theirs["extra"]


@pytest.mark.parametrize("gold_event,edtf,ok", [
    ({"start": "1945", "end": None}, "1945", True),
    ({"start": "1945-05", "end": None}, "1945", False),
    ({"start": "1945", "end": None}, "1945-05", True),
    ({"start": "1986", "end": "open"}, "1986/..", True),
    ({"start": "1986", "end": "open"}, "1986/2020", True),
    ({"start": "1945", "relation": "before"}, "../1945", True),
    ({"start": "1975", "relation": "after"}, "1975/..", True),
    ({"start": "1930", "approximate": True}, "193X", True),
    ({"start": "2020-04", "end": "2020-06"}, "2020-34", True),
    ({"start": "-0179", "end": None}, "-0179", True),
])
def test_value_matching_agrees(gold_event, edtf, ok):
    from dashboard.evaluation import value_matches
    ref = _reference()
    assert value_matches(gold_event, edtf, 2020) is ok
    assert ref.date_match(gold_event, {"edtf": edtf}, 2020) is ok
