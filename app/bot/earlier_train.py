"""Going back to a train looked at earlier in the conversation, by a word of its name.

"going back to the kaveri — till where does it run?", "kaveri wali kahan tak jaati hai?",
"वापस कावेरी पर, यह कहाँ तक जाती है?" after the Kaveri Express and then the Karnataka Express:
the question is the Kaveri Express's, not the train last shown's. A word of the name alone
("kaveri") names no train to the understanding; the earlier train's own name says it is that
train. Only the train looked at before the one in hand is weighed, and only when the message
points back ("back", "wapas", "वापस", "wali").
"""

from __future__ import annotations

import re
from typing import Final

from app.bot.handlers.context import Context
from app.bot.requests import Request
from app.bot.understanding.lexicon import TRAIN_KINDS
from app.bot.understanding.transliteration import romanize
from app.errors import RailwayError

# Words that point back at a train said before ("going back to", "wapas", "pichli wali").
_BACK: Final = frozenset(
    {"back", "earlier", "previous", "first", "wapas", "vapas", "waapas", "vaapas", "wapis",
     "vapis", "pichli", "pichhli", "pehli", "pahli", "wali", "wala", "waali", "vali", "one"}
)  # fmt: skip
_WORD: Final = re.compile(r"[a-z]+")
# The fewest letters of a name's word that says which train it is ("kaveri", not "sf").
_NAME_WORD: Final = 4


async def earlier_train_named(ctx: Context, request: Request) -> Request | None:
    """`request`, read as about the train in hand, asked of the train looked at before it when
    the message points back at that train by a word of its name; None otherwise."""
    subject = ctx.subject
    if subject is None or subject.train is None or request.slots.get("train") != subject.train:
        return None
    words = set(_WORD.findall(romanize(ctx.text.lower()).text))
    if words.isdisjoint(_BACK):
        return None
    for number in subject.compared:
        if number != subject.train and words & await _name_words(ctx, number):
            return request.with_slots({"train": number})
    return None


async def _name_words(ctx: Context, number: str) -> set[str]:
    """The words of a train's name that set it apart ("kaveri" of "Kaveri Express")."""
    try:
        found = await ctx.provider.search_trains(number, 1)
    except RailwayError:
        return set()
    names = (train.name.lower() for train in found.data if train.number == number)
    return {
        word
        for name in names
        for word in _WORD.findall(name)
        if word not in TRAIN_KINDS and len(word) >= _NAME_WORD
    }
