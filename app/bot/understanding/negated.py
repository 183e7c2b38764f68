"""A thing asked about said with "not" beside another thing asked: "pnr nahi, live status
chahiye", "not fare, seats in 12301", "kiraya nahi puch raha, seat hai kya", "flight nahi train
ka pnr". The one said with "not" is what the message is NOT about, so it is no longer read as
asked; the other one is. Said alone ("alerts nahi chahiye", "bus nahi chal rahi"), a word with
"not" keeps its sense: it is all the message is about."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from app.bot.requests.base import Intent
from app.bot.understanding.lexicon import Hint
from app.bot.understanding.members import OUT_OF_SCOPE

if TYPE_CHECKING:
    from app.bot.understanding.dates import Found
    from app.bot.understanding.reading import Item

# "X nahi": Hindi says "not" after the thing ("pnr nahi", "पीएनआर नहीं" romanised "nahin").
_NOT_AFTER: Final = frozenset({"nahi", "nahin", "nhi", "nai", "nahee"})
# "not X": English says it before ("not fare", "no pnr").
_NOT_BEFORE: Final = frozenset({"not", "no"})
# The value of a stop word that was a thing asked, said with "not".
DENIED: Final = "denied"
# What is asked that is no railway question: a topic of elsewhere, talk, settings.
_NOT_RAILWAY: Final = frozenset(
    {Intent.OUT_OF_SCOPE, Intent.GREETING, Intent.THANKS, Intent.HELP, Intent.LANGUAGE,
     Intent.FORGET_ME, Intent.UNKNOWN}
)  # fmt: skip
_ARTICLES: Final = frozenset({"the", "a", "an", "my", "its"})
# Words for "the one of" between a thing and its "not" ("flight wala nahi", "bus vali nahi").
_THE_ONE: Final = frozenset({"wala", "wali", "wale", "vala", "vali", "vale", "waala", "waali"})
# Every word of either kind, to skip messages without one.
DENIALS: Final = _NOT_AFTER | _NOT_BEFORE
# Railway hints that a topic of elsewhere said without "not" outweighs when they are denied
# ("train nahi, flight ka pnr").
_TRAIN_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS})


def drop_denied(items: list[Item], *, numbered: bool = False) -> None:
    """Turn what is said with "not" into a plain stop word, in place, when something else asked
    is said without "not": an intent beside another intent (a topic of elsewhere counts as one
    only beside a railway intent, a train word or, `numbered`, a PNR or a train's number), a
    train word beside a topic of elsewhere."""
    denied = [at for at, item in enumerate(items) if _askable(item) and _said_with_not(items, at)]
    if not denied:
        return
    kept = [item for at, item in enumerate(items) if at not in denied and _askable(item)]
    for at in denied:
        numbered_topic = numbered and items[at].kind == "intent" and items[at].value == OUT_OF_SCOPE
        if numbered_topic or _outweighed(items[at], kept):
            item = items[at]
            items[at] = type(item)("stop", DENIED, item.words, item.start, item.end)


def _askable(item: Item) -> bool:
    return item.kind == "intent" or (item.kind == "hint" and item.value in _TRAIN_HINTS)


def _said_with_not(items: list[Item], at: int) -> bool:
    ahead = at + 1
    while ahead < len(items) and items[ahead].words and items[ahead].words[0] in _THE_ONE:
        ahead += 1  # "flight wala nahi": the flight's one denied
    after = items[ahead] if ahead < len(items) else None
    back = at - 1
    while back > 0 and items[back].kind == "stop" and items[back].words[0] in _ARTICLES:
        back -= 1  # "not the fare"
    before = items[back] if back >= 0 else None
    return bool(
        (after is not None and after.kind == "stop" and after.words[0] in _NOT_AFTER)
        or (before is not None and before.kind == "stop" and before.words[-1] in _NOT_BEFORE)
    )


def _outweighed(item: Item, kept: list[Item]) -> bool:
    """Whether what is kept says another thing asked than the denied `item`: a topic of
    elsewhere for a train word, a railway question or a train word for a topic, another railway
    question for a railway question."""
    topic = OUT_OF_SCOPE
    if item.kind == "hint":
        return any(other.kind == "intent" and other.value == topic for other in kept)
    if item.value == topic:
        return any(other.kind == "hint" or _railway(other.value) for other in kept)
    return any(other.kind == "intent" and _railway(other.value, item.value) for other in kept)


def _railway(value: str, *others: str) -> bool:
    return value not in _NOT_RAILWAY and value not in others


def only_denying(items: list[Item], negations: set[str]) -> bool:
    """Whether every "not" of the message (`negations`, its words) only denies a thing asked
    beside another ("flight nahi train ka, status batao": no "don't" to stop alerts by)."""
    denied = {at for at, item in enumerate(items) if item.kind == "stop" and item.value == DENIED}
    if not denied:
        return False
    return all(
        at - 1 in denied or at + 1 in denied
        for at, item in enumerate(items)
        if item.kind == "stop" and item.words[0] in negations
    )


def first_not_denied(found: list[Found], text: str) -> Found | None:
    """The first of several things found (classes: "3ac nahi, chair car") that the text does not
    deny; the first of all when it denies every one or there is only one."""
    if len(found) < 2:
        return found[0] if found else None
    kept = [
        f
        for f in found
        if _DENIED_AFTER.match(text, f.end) is None
        and _DENIED_BEFORE.search(text, 0, f.start) is None
    ]
    return kept[0] if kept else found[0]


# "3ac nahi", "not 3ac", "not the 3ac": a thing found denied, in the text around it.
_DENIED_AFTER: Final = re.compile(r"\s*(?:nahi|nahin|nhi|nai|not)\b")
_DENIED_BEFORE: Final = re.compile(r"\b(?:not|no)\s+(?:the\s+)?$")


def not_denied(found: list[Found], text: str) -> list[Found]:
    """The values of one kind found (dates, trains, PNRs) but those the text denies beside
    another: "kal nahi parso", "kal ki nahi, parso ki", "12626 nahi 12625", "not 4512345678 but
    4512345679". A value denied alone stays ("kal nahi chalegi?": tomorrow is still asked of)."""
    if len(found) < 2:
        return found
    kept = [
        f
        for f in found
        if _DENIED_VALUE_AFTER.match(text, f.end) is None
        and _NOT_VALUE_BEFORE.search(text, 0, f.start) is None
    ]
    return kept or found


# "kal nahi", "kal ki nahi", "12627 wali nahi": a value, perhaps with its particle, then "not".
_DENIED_VALUE_AFTER: Final = re.compile(
    r"\s*(?:(?:ki|ka|ke|ko|wali|wala|vali|vala|wale)\s+)?(?:nahi|nahin|nhi|nai)\b"
)
# "not 20th", "not on the 20th": "not" before a value ("no saturday" after a pause corrects).
_NOT_VALUE_BEFORE: Final = re.compile(r"\bnot\s+(?:(?:on|to|from|for|in)\s+)?(?:the\s+)?$")


def undeclined(found: list[Found], text: str) -> list[Found]:
    """The things found (quotas: "tatkal me nahi, normal ticket", "not tatkal, a normal booking",
    "तत्काल वाला नहीं चाहिए") but those the text declines: "not" before one, or "nahi" after it
    (after "me", "wala") closing what is said of it ("nahi chahiye", "nahi,", at the end). "tatkal
    nahi mila" says what happened, and keeps it."""
    if not found:
        return found
    return [
        f
        for f in found
        if _DECLINED_AFTER.match(text, f.end) is None
        and _DENIED_BEFORE.search(text, 0, f.start) is None
    ]


_DECLINED_AFTER: Final = re.compile(
    r"\s*(?:(?:me|mein|main|mai|wala|vala|wali|vali|quota|kota)\s+)?(?:nahi|nahin|nhi|nai)\b"
    r"(?:\s*(?:chahiye|chahie|chaiye|chahiyee|chaahiye)\b|\s*[,.;!]|\s*$)"
    # "सीनियर सिटीजन के लिए कोई छूट नहीं है अब, तो ... पूरा किराया": the quota's concession gone,
    # the full fare asked
    r"|\s*(?:(?:ke\s+li(?:y)?e|ko|ka|ki|me|mein)\s+)?(?:(?:koi|ab|abhi)\s+)?(?:chhut|chhoot|chut"
    r"|concession|riyayat|discount|rebate)\s+(?:nahi|nahin|nhi|nai|band|khatam|khatm)\b"
)


def undenied_words(items: list[Item], words: set[str]) -> set[str]:
    """The `words` of a message but those only said as denied ("flight nahi": no flight)."""
    denied = {w for i in items if i.kind == "stop" and i.value == DENIED for w in i.words}
    return words - denied if denied else words
