"""Understanding measured on a hand-labelled set of realistic messages (tests/fixtures/nlu).

Each line of `eval.jsonl` is `{"text", "today", "intent", "slots"}`, labelled by hand from what the
message means. Intent accuracy is the share of messages whose intent is right; slot accuracy the
share whose slots all match exactly (no slot missing, none extra).

Station slots: a label that is a code must come back as that code. A label that is a list must
come back as exactly that list, except that a list ending in "..." only fixes its first
candidates (["MAS", "..."]: a list of candidates starting with MAS) — used where the exact tail of
a city's candidates is not something to pin. The set runs through the index a fresh clone has
(built-in stations only) and through one built from the real 8,990 open-data stations.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.bot.requests import Intent, SlotValue
from app.bot.understanding import understand
from app.railways.stations import StationIndex
from tests.railways.test_stations import datameet_stations

EVAL_SET = Path(__file__).resolve().parent.parent / "fixtures" / "nlu" / "eval.jsonl"
MIN_INTENT_ACCURACY = 0.95
MIN_SLOT_ACCURACY = 0.90
PREFIX = "..."


def load_cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines() if line]


def slot_matches(expected: Any, got: SlotValue | None) -> bool:
    if isinstance(expected, list) and expected and expected[-1] == PREFIX:
        head = expected[:-1]
        return isinstance(got, list) and got[: len(head)] == head
    return bool(expected == got)


def slots_match(expected: dict[str, Any], got: dict[str, SlotValue]) -> bool:
    return set(expected) == set(got) and all(
        slot_matches(v, got.get(k)) for k, v in expected.items()
    )


@pytest.fixture(scope="module", params=["builtin", "real"])
def index(request: pytest.FixtureRequest) -> StationIndex:
    if request.param == "builtin":
        return StationIndex.build()
    path: Path = request.getfixturevalue("shared_stations_path")
    return StationIndex.build(datameet_stations(path))


def test_the_set_is_large_and_covers_every_intent() -> None:
    cases = load_cases()
    assert len(cases) >= 300
    counts = Counter(case["intent"] for case in cases)
    assert set(counts) == {intent.value for intent in Intent}
    assert all(count >= 10 for count in counts.values()), counts
    assert all(dt.date.fromisoformat(case["today"]) for case in cases)


def test_slot_comparison_rules() -> None:
    assert slot_matches("NDLS", "NDLS")
    assert not slot_matches("NDLS", ["NDLS", "DLI"])
    assert slot_matches(["MAS", PREFIX], ["MAS", "MS"])
    assert not slot_matches(["MAS", PREFIX], "MAS")
    assert not slot_matches(["LKO", "LJN"], ["LKO", "LJN", "X"])
    assert not slots_match({"train": "12627"}, {"train": "12627", "date": "2026-11-27"})


def test_understanding_accuracy_on_the_labelled_set(
    index: StationIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = load_cases()
    intents_right = slots_right = 0
    misses = []
    for case in cases:
        got = understand(case["text"], today=dt.date.fromisoformat(case["today"]), index=index)
        intent_ok = got.intent == case["intent"]
        slots_ok = slots_match(case["slots"], got.slots)
        intents_right += intent_ok
        slots_right += slots_ok
        if not (intent_ok and slots_ok):
            misses.append(
                f"  {case['text']!r}\n    want {case['intent']} {case['slots']}\n"
                f"    got  {got.intent} {got.slots}"
            )
    intent_accuracy = intents_right / len(cases)
    slot_accuracy = slots_right / len(cases)
    with capsys.disabled():
        print(
            f"\nNLU on {len(cases)} messages ({len(index)} stations): "
            f"intent {intent_accuracy:.1%}, slots {slot_accuracy:.1%}"
        )
        print("\n".join(misses))
    assert intent_accuracy >= MIN_INTENT_ACCURACY
    assert slot_accuracy >= MIN_SLOT_ACCURACY
