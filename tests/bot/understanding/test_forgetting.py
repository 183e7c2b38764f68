"""Asking to be forgotten is recognised in English, Hindi and Hinglish, and nothing else is."""

from __future__ import annotations

import pytest

from app.bot.requests import ForgetMe, unpack
from app.bot.understanding.forgetting import asks_to_forget


@pytest.mark.parametrize(
    "text",
    [
        "forget me",
        "Please FORGET ME!",
        "delete my data.",
        "can you erase my data please",
        "मेरा डेटा मिटाओ",
        "मेरा डेटा मिटा दो।",
        "mera data delete karo",
        "Mera data hatao",
    ],
)
def test_asking_to_be_forgotten_is_recognised(text: str) -> None:
    assert asks_to_forget(text)


@pytest.mark.parametrize(
    "text", ["pnr 4512345678", "I forgot my PNR", "delete", "data", "forget it", "mera pnr"]
)
def test_other_messages_are_not_taken_for_it(text: str) -> None:
    assert not asks_to_forget(text)


def test_the_confirmation_buttons_carry_the_answer_and_nothing_else_unpacks() -> None:
    assert ForgetMe().pack() == "FORGET_ME"
    assert unpack(ForgetMe(answer="yes").pack()) == ForgetMe(answer="yes")
    assert unpack("FORGET:no") == ForgetMe(answer="no")
    assert unpack("FORGET:maybe") is None
    assert unpack("FORGET:yes:again") is None
