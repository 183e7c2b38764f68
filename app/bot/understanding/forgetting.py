"""Asking to be forgotten: the words that ask RailBot to delete what it keeps about a person.

Matched anywhere in a message, case and punctuation aside ("please forget me", "Delete my data!"),
in English, Hindi and Hinglish; the bot asks once to confirm before it deletes anything.
"""

from __future__ import annotations

import re
from typing import Final

FORGET_PHRASES: Final = (
    "forget me",
    "delete my data",
    "delete my information",
    "erase my data",
    "remove my data",
    "मेरा डेटा मिटाओ",
    "मेरा डेटा मिटा दो",
    "मेरा डेटा डिलीट करो",
    "mera data delete karo",
    "mera data delete kar do",
    "mera data mitao",
    "mera data hatao",
)
# Punctuation only: Devanagari vowel signs are not word characters to `re`, so no `\W`.
_PUNCTUATION: Final = re.compile(r"[.,!?;:'\"()\[\]।॥-]+")


def asks_to_forget(text: str) -> bool:
    """Whether `text` asks for the person's data to be deleted."""
    said = " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())
    return any(phrase in said for phrase in FORGET_PHRASES)
