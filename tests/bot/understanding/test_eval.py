"""Understanding measured on hand-labelled sets of realistic messages (tests/fixtures/nlu).

Each line is `{"text", "today", "intent", "slots"}`, labelled by hand from what the message means.
Intent accuracy is the share of messages whose intent is right; slot accuracy the share whose
intent and slots are all right (no slot missing, none extra). Figures are given per group: messages
outside railways (labelled `out_of_scope`), the others written in Devanagari, and the rest, in
Latin letters (English and Hinglish).

Station slots: a label that is a code must come back as that code. A label that is a list must
come back as exactly that list, except that a list ending in "..." only fixes its first
candidates (["MAS", "..."]: a list of candidates starting with MAS) — used where the exact tail of
a city's candidates is not something to pin. Every set runs through the index a fresh clone has
(built-in stations only) and through one built from the real 8,990 open-data stations.

`eval.jsonl`, `language.jsonl` and `outside.jsonl` are the development sets: the rules are tuned
on them and the intent classifier trained on them. `holdout.jsonl` to `holdout7.jsonl` are only
ever measured (see their README).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.bot.requests import Intent, Reset, SlotValue
from app.bot.understanding import understand
from app.i18n.language import has_devanagari
from app.railways.stations import StationIndex
from tests.railways.test_stations import datameet_stations

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "nlu"
EVAL_SET = FIXTURES / "eval.jsonl"
DEVELOPMENT = (EVAL_SET, FIXTURES / "language.jsonl", FIXTURES / "outside.jsonl")
HOLDOUT = FIXTURES / "holdout.jsonl"
# Written before the rules were worked on for its kinds (README): measured, never tuned against.
HOLDOUT2 = FIXTURES / "holdout2.jsonl"
HOLDOUT3 = FIXTURES / "holdout3.jsonl"
HOLDOUT4 = FIXTURES / "holdout4.jsonl"
HOLDOUT5 = FIXTURES / "holdout5.jsonl"
HOLDOUT6 = FIXTURES / "holdout6.jsonl"
HOLDOUT7 = FIXTURES / "holdout7.jsonl"
HOLDOUTS = (HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6, HOLDOUT7)
# Every held-out set, the later ones (scored by tools/nlu_score.py, README rows) among them: the
# intent classifier never learns from their messages, even one also written into a development set.
EVERY_HOLDOUT = tuple(sorted(FIXTURES.glob("holdout*.jsonl")))
GROUPS = ("devanagari", "latin", "outside")
# The figures, held on the development sets; the held-out set must not fall below its
# floor (it is measured, never tuned: see tests/fixtures/nlu/README.md).
MIN_INTENT_ACCURACY = 0.98
MIN_SLOT_ACCURACY = 0.96
HOLDOUT_FLOOR = 0.93
PREFIX = "..."


def load_cases(*paths: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for path in paths or (EVAL_SET,)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def group(case: dict[str, Any]) -> str:
    if case["intent"] == Intent.OUT_OF_SCOPE:
        return "outside"
    return "devanagari" if has_devanagari(case["text"]) else "latin"


def slot_matches(expected: Any, got: SlotValue | None) -> bool:
    if isinstance(expected, list) and expected and expected[-1] == PREFIX:
        head = expected[:-1]
        return isinstance(got, list) and got[: len(head)] == head
    return bool(expected == got)


def slots_match(expected: dict[str, Any], got: dict[str, SlotValue]) -> bool:
    return set(expected) == set(got) and all(
        slot_matches(v, got.get(k)) for k, v in expected.items()
    )


@dataclass
class Score:
    """Right intents and right requests (intent and slots) of one group."""

    messages: int = 0
    intents: int = 0
    requests: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def intent_accuracy(self) -> float:
        return self.intents / self.messages if self.messages else 1.0

    @property
    def slot_accuracy(self) -> float:
        return self.requests / self.messages if self.messages else 1.0


def measure(cases: list[dict[str, Any]], index: StationIndex) -> dict[str, Score]:
    scores = {name: Score() for name in GROUPS}
    for case in cases:
        got = understand(case["text"], today=dt.date.fromisoformat(case["today"]), index=index)
        intent_ok = got.intent == case["intent"]
        request_ok = intent_ok and slots_match(case["slots"], got.slots)
        score = scores[group(case)]
        score.messages += 1
        score.intents += intent_ok
        score.requests += request_ok
        if not request_ok:
            score.misses.append(
                f"  {case['text']!r}\n    want {case['intent']} {case['slots']}\n"
                f"    got  {got.intent} {got.slots}"
            )
    return scores


def report(title: str, scores: dict[str, Score], index: StationIndex) -> str:
    parts = [
        f"{name} {s.messages}: intent {s.intent_accuracy:.1%}, slots {s.slot_accuracy:.1%}"
        for name, s in scores.items()
    ]
    return f"\n{title} ({len(index)} stations): " + "; ".join(parts)


@pytest.fixture(scope="module", params=["builtin", "real"])
def index(request: pytest.FixtureRequest) -> StationIndex:
    if request.param == "builtin":
        return StationIndex.build()
    path: Path = request.getfixturevalue("shared_stations_path")
    return StationIndex.build(datameet_stations(path))


def test_the_sets_are_large_and_cover_every_intent_and_group() -> None:
    cases = load_cases(*DEVELOPMENT)
    assert len(cases) >= 1000
    counts = Counter(case["intent"] for case in cases)
    # every intent, and the start over a message may ask by itself ("let's begin again")
    assert set(counts) == {intent.value for intent in Intent} | {Reset.intent}
    assert all(count >= 10 for count in counts.values()), counts
    for path in HOLDOUTS:
        held = Counter(group(case) for case in load_cases(path))
        assert all(held[name] >= 40 for name in GROUPS), (path.name, held)
    texts = [case["text"] for case in [*cases, *load_cases(*HOLDOUTS)]]
    assert len(texts) == len(set(texts)), "a message is in two sets"
    assert all(dt.date.fromisoformat(case["today"]) for case in cases)


def test_slot_comparison_rules() -> None:
    assert slot_matches("NDLS", "NDLS")
    assert not slot_matches("NDLS", ["NDLS", "DLI"])
    assert slot_matches(["MAS", PREFIX], ["MAS", "MS"])
    assert not slot_matches(["MAS", PREFIX], "MAS")
    assert not slot_matches(["LKO", "LJN"], ["LKO", "LJN", "X"])
    assert not slots_match({"train": "12627"}, {"train": "12627", "date": "2026-11-27"})


def test_understanding_in_every_group_of_the_development_sets(
    index: StationIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    scores = measure(load_cases(*DEVELOPMENT), index)
    with capsys.disabled():
        print(report("NLU, development sets", scores, index))
        print("\n".join(miss for score in scores.values() for miss in score.misses))
    for score in scores.values():
        assert score.intent_accuracy >= MIN_INTENT_ACCURACY
        assert score.slot_accuracy >= MIN_SLOT_ACCURACY


@pytest.mark.parametrize("held_out", HOLDOUTS, ids=lambda path: path.stem)
def test_understanding_generalises_to_the_held_out_sets(
    held_out: Path, index: StationIndex, capsys: pytest.CaptureFixture[str]
) -> None:
    """Measured only: their misses are not printed, so that nobody tunes the rules to them."""
    scores = measure(load_cases(held_out), index)
    with capsys.disabled():
        print(report(f"NLU, held-out set {held_out.name}", scores, index))
    for score in scores.values():
        assert score.intent_accuracy >= HOLDOUT_FLOOR
        assert score.slot_accuracy >= HOLDOUT_FLOOR
