"""What is said of a topic of elsewhere belongs to it: in "metro band hai aaj, 12002 time pe
hai kya" the closing is the metro's, in "flight cancel ho gayi, delhi se mumbai train ka kiraya"
the cancellation is the flight's, in "bus nahi chal rahi, lucknow se kanpur ki train" the
running is the bus's. Beside a railway question of its own (another thing asked, a train
number, a journey of trains), such a word is no longer read as asked; alone ("metro band hai
aaj") the topic is all the message says. A topic said as a cause ("due to rain cancelled
trains") owns nothing: the trains are asked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from app.bot.requests.base import Intent
from app.bot.understanding.lexicon import ROAD_WORDS, Hint
from app.bot.understanding.members import OUT_OF_SCOPE

if TYPE_CHECKING:
    from app.bot.understanding.reading import Item

# Words between a topic and what is said of it ("bus ka route", "bus nahi chal rahi").
_BETWEEN: Final = frozenset({"ka", "ki", "ke", "of", "nahi", "nahin", "nhi", "not", "is", "was"})
# What is no railway question: the topic itself, talk, settings.
_NOT_ASKED: Final = frozenset(
    {Intent.OUT_OF_SCOPE, Intent.GREETING, Intent.THANKS, Intent.HELP, Intent.LANGUAGE,
     Intent.FORGET_ME, Intent.UNKNOWN}
)  # fmt: skip
# Words that make the topic before or after them a cause ("barish ki wajah se", "due to rain").
CAUSE_AFTER: Final = frozenset(
    {"wajah", "vajah", "wajeh", "wajha", "karan", "kaaran", "chalte"}  # "baarish ke chalte"
)
CAUSE_BEFORE: Final = frozenset({("due", "to"), ("because", "of"), ("owing", "to")})
# Words after a topic that make it what a journey is for ("shaadi ke liye", "pooja ki khatir").
PURPOSE_AFTER: Final = frozenset({("ke", "liye"), ("ki", "khatir"), ("ke", "vaaste")})
_TRAIN_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS})
# What is asked of a way of travelling ("cab ka fare", "bus ka route", "bus me seat").
_ASKED: Final = frozenset({Intent.FARE, Intent.TRAIN_ROUTE, Intent.SEAT_AVAILABILITY})
# The value a stop word that was said of a topic carries.
TOPICS_OWN: Final = "topic's"


def drop_topics_own(items: list[Item]) -> None:
    """Turn a railway question word said of a topic of elsewhere into a plain stop word, in
    place, when the message asks a railway question besides: another thing asked, or trains
    between places."""
    owned = [at for at in range(len(items)) if _said_of_topic(items, at)]
    if not owned:
        return
    others = [
        item
        for at, item in enumerate(items)
        if at not in owned and item.kind == "intent" and item.value not in _NOT_ASKED
    ]
    places = sum(1 for item in items if item.kind == "place")
    trains_said = any(item.kind == "hint" and item.value in _TRAIN_HINTS for item in items)
    journey = places >= 2 and trains_said
    if not others and not (journey and not any(items[at].value in _ASKED for at in owned)):
        return  # "lucknow se nainital ka cab fare": the fare is the cab's, the train a leg made
    for at in owned:
        item = items[at]
        items[at] = type(item)("stop", TOPICS_OWN, item.words, item.start, item.end)


def _said_of_topic(items: list[Item], at: int) -> bool:
    item = items[at]
    if item.kind != "intent" or item.value in _NOT_ASKED:
        return False
    before = at - 1
    while before >= 0 and items[before].kind == "stop" and items[before].words[0] in _BETWEEN:
        before -= 1
    if before < 0 or not _topic(items[before]):
        return False
    return not _a_cause(items, before)


def _topic(item: Item) -> bool:
    """A topic of elsewhere, or the road ("road band hai"), said in a word of its own."""
    if item.kind == "word":
        return item.words[0] in ROAD_WORDS
    return item.kind == "intent" and item.value == OUT_OF_SCOPE


def _a_cause(items: list[Item], at: int) -> bool:
    after = items[at + 1] if at + 1 < len(items) else None
    before = items[at - 1] if at > 0 else None
    return bool(after and set(after.words) & CAUSE_AFTER) or bool(
        before and before.words in CAUSE_BEFORE
    )
