"""`python tools/nlu_crossval.py [--folds 5]`: how the understanding, intent classifier included,
does on development messages the classifier was not trained on. The development sets
(eval.jsonl, language.jsonl, outside.jsonl) are cut into folds; each fold is understood with a
classifier trained on the other folds only, and the intents are scored per kind of message:
outside railways, not understood (`unknown`), and everything else (railway questions, small
talk). The held-out sets are never used.

It answers whether the classifier earns its place: the rules alone are `--rules-only` (a
classifier that never says a message is outside railways nor in another sense)."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest.mock import patch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app.bot.understanding as understanding  # noqa: E402
from app.bot.understanding import classifier, reading  # noqa: E402
from app.railways.stations import StationIndex  # noqa: E402
from tests.bot.understanding.test_eval import DEVELOPMENT, load_cases  # noqa: E402

KINDS = ("out_of_scope", "unknown", "other")


class _Never(classifier.NaiveBayes):
    """A classifier that never overrules the rules."""

    def outside_railways(self, text: str) -> bool:
        return False

    def other_sense(self, text: str) -> bool:
        return False


@contextmanager
def _trained_on(model: classifier.NaiveBayes) -> Iterator[None]:
    """The understanding with `model` as its classifier while inside: in the reading too, where
    it tells words of elsewhere from slips of railway words (remembered per word, so forgotten
    on the way in and out)."""
    reading.misspelt_keyword.cache_clear()
    with (
        patch("app.bot.understanding.message.model", lambda: model),
        patch("app.bot.understanding.reading.model", lambda: model),
    ):
        yield
    reading.misspelt_keyword.cache_clear()


def _examples(cases: list[dict[str, Any]]) -> list[tuple[str, str]]:
    labelled = [(case["text"], classifier.example_label(case["intent"])) for case in cases]
    return [(text, label) for text, label in labelled if label is not None]


def _kind(intent: str) -> str:
    return intent if intent in KINDS else "other"


def crossval(
    folds: int, *, rules_only: bool, misses: list[str] | None = None
) -> dict[str, Counter[str]]:
    """Per kind of message: how many there were and how many got their intent right."""
    cases = load_cases(*DEVELOPMENT)
    random.Random(0).shuffle(cases)
    index = StationIndex.build()
    tally: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for fold in range(folds):
        held = cases[fold::folds]
        trained = [case for at, case in enumerate(cases) if at % folds != fold]
        model = classifier.NaiveBayes.train(_examples(trained))
        if rules_only:
            model = _Never(model.priors, model.likelihoods, model.unseen, model.known)
        with _trained_on(model):
            for case in held:
                today = dt.date.fromisoformat(case["today"])
                got = understanding.understand(case["text"], today=today, index=index)
                kind = _kind(case["intent"])
                tally[kind]["messages"] += 1
                tally[kind]["right"] += got.intent == case["intent"]
                tally[kind][f"as {_kind(got.intent)}"] += 1
                if misses is not None and got.intent != case["intent"]:
                    misses.append(f"  {case['text']!r}: want {case['intent']}, got {got.intent}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(prog="python tools/nlu_crossval.py", description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    misses: list[str] = []
    for kind, counts in crossval(args.folds, rules_only=args.rules_only, misses=misses).items():
        share = counts["right"] / max(1, counts["messages"])
        spread = ", ".join(f"{name} {n}" for name, n in sorted(counts.items()) if " " in name)
        print(f"{kind}: {counts['messages']} messages, intent {share:.1%} ({spread})")
    if args.misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
