"""The intent classifier: trained on the development sets only, and deciding what the rules
leave open (outside railways, or not understood)."""

from __future__ import annotations

import json

import pytest

from app.bot.understanding import classifier
from app.bot.understanding.classifier import EXAMPLES, NaiveBayes, examples_from, model
from tests.bot.understanding.test_eval import DEVELOPMENT, EVERY_HOLDOUT, load_cases


def test_its_examples_are_the_development_sets_own() -> None:
    written = EXAMPLES.read_text(encoding="utf-8").splitlines()
    assert written == examples_from(list(DEVELOPMENT), EVERY_HOLDOUT), (
        "the labelled sets changed: run python tools/intent_examples.py"
    )


def test_it_never_sees_the_held_out_sets() -> None:
    trained = {
        json.loads(line)["text"] for line in EXAMPLES.read_text(encoding="utf-8").splitlines()
    }
    assert not trained & {case["text"] for case in load_cases(*EVERY_HOLDOUT)}


def test_topics_it_was_not_told_of_are_outside_railways_and_chatter_is_not() -> None:
    bayes = NaiveBayes.train(
        [
            ("book a cab to the airport", "out_of_scope"),
            ("hotel booking in goa", "out_of_scope"),
            ("mobile recharge karna hai", "out_of_scope"),
            ("hmm ok", "unknown"),
            ("my name is amit", "unknown"),
            ("asdf", "unknown"),
        ]
    )
    assert bayes.outside_railways("cab booking karna hai")
    assert not bayes.outside_railways("ok")


def test_keyboard_mash_is_never_weighed_and_words_never_seen_favour_no_class() -> None:
    bayes = NaiveBayes.train(
        [
            ("book a cab to the airport", "out_of_scope"),
            ("hotel booking in the city", "out_of_scope"),
            ("hmm ok", "unknown"),
        ]
    )
    assert not bayes.familiar("xkzq vwpj")
    assert not bayes.familiar("कखग घचछ")  # letters that read as a word once romanised
    assert bayes.familiar("होटल booking")
    assert not bayes.outside_railways("xkzq vwpj")
    assert bayes.familiar("booking a hotel")
    unseen = bayes.score("zzyzx")
    assert unseen == bayes.priors  # nothing seen: only how often each class was


def test_the_model_is_trained_once() -> None:
    assert model() is model()
    assert set(classifier.CLASSES) == {"out_of_scope", "unknown", "railway"}


def test_a_word_said_only_outside_railways_is_a_word_of_its_own_there() -> None:
    bayes = NaiveBayes.train(
        [
            ("corporate training for the sales team", "out_of_scope"),
            ("dog training classes", "out_of_scope"),
            ("truck ka bhada", "out_of_scope"),
            ("12627 ka stauts", "railway"),
            ("delhi se agra kaise jaye", "railway"),
            ("kanpur train se kaise jaye", "railway"),
            ("kaise jaye mall", "out_of_scope"),
        ]
    )
    assert bayes.word_of_elsewhere("training")
    assert not bayes.word_of_elsewhere("stauts")  # a slip of a railway word
    assert not bayes.word_of_elsewhere("packers")  # never seen: nothing known of it
    assert bayes.foreign_to_railways("packers")
    assert bayes.foreign_to_railways("truck")
    assert not bayes.foreign_to_railways("jaye")  # railway questions say it more often


def test_words_left_out_are_weighed_as_if_never_said() -> None:
    with_train = model().score("train my dog to sit", frozenset({"train"}))
    without = model().score("my dog to sit")
    assert with_train == pytest.approx(without)
    assert model().score("train my dog to sit") != pytest.approx(without)
