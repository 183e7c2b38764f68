"""Another train named by one word of its name while a train is in focus ("is the kaveri
late?", "kaveri kahan hai?", "कावेरी लेट है?" after the Karnataka Express): the question is the
train so named, not the one in focus.

A word of a name alone ("kaveri") names no train to the understanding, which reads the question
as the focus train's. The railway's train search says which trains the word is a word of the
name of: one, and it is that train; several, and the traveller is asked which ("rajdhani"); the
focus train's own name word ("is the karnataka late?" of 12627) or none, and the focus stays.
"""

from __future__ import annotations

import re
from typing import Final

from app.bot.handlers.context import Context
from app.bot.requests import Request
from app.bot.understanding.lexicon import COMMON_WORDS, TRAIN_KINDS
from app.bot.understanding.reading import Item, read
from app.errors import RailwayError

_WORD: Final = re.compile(r"[a-z]+")
# The fewest letters of a word that may say which train it is ("kaveri", not "sf", "kal").
_NAME_WORD: Final = 4
# Unknown words of a message weighed as names, at most (each a train search).
_MOST_WORDS: Final = 2
# Trains of one name word looked at, at most (more are asked among all the same).
_SEARCHED: Final = 10
# Letters of a word said that, the start of a word of a name, say that word ("brindav").
_LONG_START: Final = 6
# "Of" between a name and what is asked of it ("kaveri ka platform", "कावेरी की स्थिति").
_OF: Final = frozenset({"ka", "ki", "ke"})


async def other_train_named(ctx: Context, request: Request) -> tuple[str, tuple[str, ...]] | None:
    """The word of another train's name the message says and the trains it names, when
    `request` was read as about the train in focus (its number not said); None otherwise."""
    subject = ctx.subject
    if subject is None or subject.train is None or ctx.train_name:
        return None
    if request.slots.get("train") != subject.train:
        return None
    parse = read(ctx.text, ctx.today, ctx.index)
    if parse.train is not None or parse.train_name or parse.trains:
        return None
    words = [
        item.words[0]
        for at, item in enumerate(parse.items)
        if item.kind == "word"
        and len(item.words) == 1
        and item.words[0].isalpha()
        and len(item.words[0]) >= _NAME_WORD
        and item.words[0] not in TRAIN_KINDS
        and item.words[0] not in COMMON_WORDS
        and _where_a_name_is(parse.items, at)
    ][:_MOST_WORDS]
    if not words:
        return None
    for word in words:
        named = await _named_by(ctx, word)
        if subject.train in named:
            return None  # "is the karnataka late?" of 12627: a word of the focus train's name
        if named:
            return word, named
    return None


def _where_a_name_is(items: list[Item], at: int) -> bool:
    """Whether the word at `at` stands where a train's name does: after "the" ("is the kaveri
    late?", "has the kaveri left?"), or just before what is asked of it ("kaveri kahan hai",
    "kaveri ka platform?", "कावेरी लेट है?"); never a word of the question itself ("where do i
    board", "kahan se pakadni hai"), which no train search is spent on."""
    if at > 0 and items[at - 1].kind == "stop" and items[at - 1].words == ("the",):
        return True
    after = at + 1
    if after < len(items) and items[after].kind == "stop" and items[after].words[0] in _OF:
        after += 1  # "kaveri ka platform?"
    return after < len(items) and items[after].kind == "intent"


async def _named_by(ctx: Context, word: str) -> tuple[str, ...]:
    """The numbers of the trains `word` is a word of the name of, in any spelling the railway
    finds it by ("karnatak", from कर्नाटक, of the Karnataka Express)."""
    # a Hindi spelling leaves the last short a unwritten ("कर्नाटक" is "karnatak")
    forms = (word, f"{word}a") if word[-1] not in "aeiouyh" else (word,)
    numbers: dict[str, None] = {}
    for form in forms:
        try:
            found = (await ctx.provider.search_trains(form, _SEARCHED)).data
        except RailwayError:
            continue
        for train in found:
            if any(_same_word(form, own) for own in _WORD.findall(train.name.lower())):
                numbers[train.number] = None
        if numbers:
            break
    return tuple(numbers)


def _same_word(said: str, own: str) -> bool:
    """Whether a word said is a word of a train's name: the same, or its long start."""
    return said == own or (len(said) >= _LONG_START and own.startswith(said))
