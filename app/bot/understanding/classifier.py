"""A small intent classifier for what the rules cannot place: is a message the rules do not
understand about something outside railways ("lost my phone", "gas booking karni hai"), or
nothing at all ("hmm ok", "my name is sunil", "asdf")? And in which sense does a message use the
railway words it has when nothing else in it is railways' own: "ticket", "coach", "platform",
"track", "training" in a question about a film, a cricket team, a software or a parcel, or in a
railway question (`other_sense`)?

Multinomial naive Bayes over character n-grams (2 to 4 letters, inside words) and words of the
message as the understanding reads it (Devanagari romanised, digits as 0). It is trained when
first needed, in a few milliseconds, from `intent_examples.jsonl`: the `out_of_scope` and
`unknown` messages of the labelled development sets (tests/fixtures/nlu), and their railway
questions as `railway` (every intent but those two and the small talk), written there by
`python tools/intent_examples.py` (a test fails when they are out of date). No model is
downloaded; nothing is trained on the held-out set.

It is asked only when the rules found nothing and the message holds words but no railway
entity, keyword or station (or only a word railway questions share, such as "kal": then it must
also find the message likelier outside railways than a railway question), or when the rules'
railway reading rests on nothing but everyday words, a time or a place named like a word
(`evidence`: then the same, weighed without those words); it must be sure by `MARGIN` (a
log-likelihood ratio), and the message must be written as words go (`familiar`):
on messages it was not trained on (`python tools/nlu_crossval.py`) it turns more `unknown`
answers into right `out_of_scope` ones than wrong ones, where the rules alone miss every topic
they have no word for.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from app.bot.understanding.transliteration import romanized_text

# Found through the package, not this module's __file__: compiled (tools/compile.py), the
# module's own __file__ is not where its file is.
EXAMPLES: Final = Path(str(resources.files("app.bot.understanding") / "intent_examples.jsonl"))
CLASSES: Final = ("out_of_scope", "unknown", "railway")
# Intents that are neither a railway question nor outside railways: small talk and settings.
_NEITHER: Final = frozenset({"greeting", "thanks", "help", "language", "forget_me"})
SMOOTHING: Final = 0.3  # additive smoothing of feature counts
MARGIN: Final = 5.0  # how much likelier "out_of_scope" must be, in natural log units
# How much likelier "out_of_scope" than "railway" a message must be for its railway words to be
# read in their everyday sense.
SENSE_MARGIN: Final = 4.0
# How much likelier a word must be outside railways than in railway questions to be a word of
# its own there, never a slip of a railway word (`NaiveBayes.word_of_elsewhere`).
WORD_MARGIN: Final = 2.0
# How much likelier "out_of_scope" than "railway" a message that holds something weakly of
# railways (a date word, a name near a station's, a verb trains share) must be to be outside
# railways when the rules did not understand it.
WEAK_MARGIN: Final = 0.0
# The least share of a message's 4-letter pieces the examples hold for the message to be weighed
# at all: keyboard mash ("xkcd zqwv", "poiuyt") stays "not understood", never outside railways,
# while a rare word among common ones ("best moisturizer for dry skin") is weighed.
FAMILIAR: Final = 0.3
_PIECE: Final = 4
_SIZES: Final = (2, 3, _PIECE)  # the letters of a piece of a word
_WORD = re.compile(r"[a-z0]+")
_DIGIT = re.compile(r"\d")
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def features(text: str) -> Counter[str]:
    """Words and the 2- to 4-letter pieces of each word (with its edges) of a message."""
    found: Counter[str] = Counter()
    for word in words_read(text):
        found.update(word_features(word))
    return found


def words_read(text: str) -> list[str]:
    """The words of a message as the classifier reads them (Devanagari romanised, digits as 0)."""
    return _WORD.findall(_DIGIT.sub("0", romanized_text(text.lower())))


def word_features(word: str) -> list[str]:
    """One word's features: the word, and its 2- to 4-letter pieces with its edges."""
    padded = f" {word} "
    pieces = [padded[at : at + size] for size in _SIZES for at in range(len(padded) - size + 1)]
    return ["w:" + word, *pieces]


@lru_cache(maxsize=256)
def _counted(text: str) -> tuple[tuple[str, int], ...]:
    """`features` of a message, kept for the few questions one message is asked in a row."""
    return tuple(features(text).items())


@dataclass(frozen=True)
class NaiveBayes:
    """Log prior and per-feature log likelihoods of each class."""

    priors: dict[str, float]
    likelihoods: dict[str, dict[str, float]]
    unseen: dict[str, float]  # the log likelihood of a feature a class never saw
    known: frozenset[str]  # every feature some class saw
    # Each feature some class saw: its log likelihood in every class, in `CLASSES` order (the
    # unseen one where a class never saw it), so a message is scored in one pass.
    rows: dict[str, tuple[float, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = {
            feature: tuple(
                self.likelihoods[name].get(feature, self.unseen[name]) for name in CLASSES
            )
            for feature in self.known
        }
        object.__setattr__(self, "rows", rows)

    @classmethod
    def train(cls, examples: Iterable[tuple[str, str]]) -> NaiveBayes:
        # Each class's words counted first, then each word's features once, times its count:
        # the counts `features` gives message by message, without cutting a word again for
        # every message that says it.
        said: dict[str, Counter[str]] = {name: Counter() for name in CLASSES}
        messages: Counter[str] = Counter()
        for text, label in examples:
            said[label].update(words_read(text))
            messages[label] += 1
        counts: dict[str, dict[str, int]] = {name: {} for name in CLASSES}
        for name in CLASSES:
            counted = counts[name]
            for word, times in said[name].items():
                for feature in word_features(word):
                    counted[feature] = counted.get(feature, 0) + times
        known = frozenset(set().union(*counts.values()))
        vocabulary = len(known)
        total = sum(messages.values())
        priors, likelihoods, unseen = {}, {}, {}
        for name in CLASSES:
            mass = sum(counts[name].values()) + SMOOTHING * vocabulary
            priors[name] = math.log(max(1, messages[name]) / max(1, total))
            likelihoods[name] = {
                feature: math.log((count + SMOOTHING) / mass)
                for feature, count in counts[name].items()
            }
            unseen[name] = math.log(SMOOTHING / mass)
        return cls(priors, likelihoods, unseen, known)

    def score(self, text: str, beside: frozenset[str] = frozenset()) -> dict[str, float]:
        """Each class's log likelihood of the message, by the features some class saw: a
        feature none saw says nothing of the class (it would favour the class with fewest
        examples, "not understood", for every word never seen). Words `beside` (as
        `words_read` reads them) are left out: the message is weighed as if they were not said."""
        outside, unknown, railway = (self.priors[name] for name in CLASSES)
        rows = self.rows
        for feature, count in _counted(text):
            row = rows.get(feature)
            if row is not None:  # one row per class, in `CLASSES` order
                outside += count * row[0]
                unknown += count * row[1]
                railway += count * row[2]
        for word in words_read(text) if beside else ():
            for feature in word_features(word) if word in beside else ():
                row = rows.get(feature)
                if row is not None:
                    outside -= row[0]
                    unknown -= row[1]
                    railway -= row[2]
        return dict(zip(CLASSES, (outside, unknown, railway), strict=True))

    def familiar(self, text: str) -> bool:
        """Whether the message is written as words go: at least `FAMILIAR` of its 4-letter
        pieces are the examples' ("knee pain exercises", "सिर दर्द"), not "lkjhgf", "xkcd"."""
        counted = [f for f, _ in _counted(text)]
        pieces = [f for f in counted if len(f) == _PIECE and not f.startswith("w:")]
        known = [f for f in pieces if f in self.known]
        if not pieces or len(known) < FAMILIAR * len(pieces):
            return False
        # Romanised, any run of Devanagari letters reads as a word ("कखग" as "kakhag"): one of its
        # words at least must be one the examples have.
        words = [f for f in counted if f.startswith("w:")]
        return _DEVANAGARI.search(text) is None or any(w in self.known for w in words)

    def outside_railways(self, text: str) -> bool:
        scores = self.score(text)
        return self.familiar(text) and scores["out_of_scope"] - scores["unknown"] > MARGIN

    def elsewhere_for_sure(self, text: str, beside: frozenset[str] = frozenset()) -> bool:
        """Whether a message that holds a word railway questions share ("kal", "gayi", a name
        near a station's) is outside railways all the same: likelier than "not understood" by
        `MARGIN`, and than a railway question by `WEAK_MARGIN`; weighed without its words
        `beside` (a train's word said in another sense: "train my dog to sit")."""
        scores = self.score(text, beside)
        return self.familiar(text) and (
            scores["out_of_scope"] - scores["unknown"] > MARGIN
            and scores["out_of_scope"] - scores["railway"] > WEAK_MARGIN
        )

    def leaning(self, word: str) -> float:
        """How many times more often the examples say `word` outside railways than in railway
        questions, counts smoothed, in natural log units: 0 for a word neither says."""
        row = self.rows.get("w:" + word)
        if row is None:
            return 0.0
        outside = row[0] - self.unseen["out_of_scope"]  # log((count + smoothing) / smoothing)
        railway = row[2] - self.unseen["railway"]
        return outside - railway

    def word_of_elsewhere(self, word: str) -> bool:
        """Whether the examples say `word` outside railways more often than in railway
        questions by `WORD_MARGIN` ("training", "truck", "lehenga"): a word of its own, never a
        slip of a railway word."""
        return self.leaning(word) > WORD_MARGIN

    def foreign_to_railways(self, word: str) -> bool:
        """Whether the examples say `word` no more often in railway questions than outside
        railways, or never: "truck", "packers"; never "jaye", "local", "nearest"."""
        return self.leaning(word) >= 0

    def other_sense(self, text: str) -> bool:
        """Whether the message's words are those of questions outside railways rather than of
        railway questions, by `SENSE_MARGIN`: "cricket team ka coach", "track my myntra order"."""
        scores = self.score(text)
        return scores["out_of_scope"] - scores["railway"] > SENSE_MARGIN


@cache
def model() -> NaiveBayes:
    """The classifier, trained on the examples the first time it is asked."""
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line]
    return NaiveBayes.train((row["text"], row["intent"]) for row in rows)


def examples_from(sets: Sequence[Path], held_out: Sequence[Path] = ()) -> list[str]:
    """The lines of `intent_examples.jsonl`, from labelled sets (one JSON line per message),
    leaving out every message that is also in a held-out set: a set that measures how the
    classifier generalises must be one it never learnt from."""
    never = {
        json.loads(line)["text"]
        for path in held_out
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    lines = []
    for path in sets:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            label = None if row is None else example_label(row["intent"])
            if row is not None and label is not None and row["text"] not in never:
                lines.append(json.dumps({"text": row["text"], "intent": label}, ensure_ascii=False))
    return lines


def example_label(intent: str) -> str | None:
    """The class a labelled message of `intent` is an example of, if any (small talk and
    settings are none)."""
    if intent in _NEITHER:
        return None
    return intent if intent in CLASSES else "railway"
