"""The tense of a message's verbs: a Hindi verb in the future, whichever verb, or "will"."""

from __future__ import annotations

import pytest

from app.bot.understanding.tense import future


@pytest.mark.parametrize(
    "words",
    [
        {"kal", "pahunchegi"},  # "kal pahunchegi?" (and "पहुँचेगी", read so)
        {"aayega"},
        {"rukenge"},
        {"milengi"},
        {"chalegi"},
        {"will", "reach"},
    ],
)
def test_a_verb_in_the_future_says_a_thing_to_come(words: set[str]) -> None:
    assert future(words)


@pytest.mark.parametrize(
    "words",
    [
        {"kal", "pahunchi", "thi"},  # it reached
        {"kahan", "hai"},
        {"challenge"},  # an English word with the ending
        {"omega"},
        {"ega"},  # the ending alone is no verb
    ],
)
def test_other_words_say_nothing_to_come(words: set[str]) -> None:
    assert not future(words)
