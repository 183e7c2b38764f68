"""A kind of train asked for at a station ("there's a rajdhani from nizamuddin, right?", "is
there a shatabdi at bhopal?", "kya nizamuddin se rajdhani hai"): whether a train of that kind
stops there, asked of each train of the kind, never "which train?" as if one were named.
"""

from __future__ import annotations

from typing import Final

from app.bot.requests import LiveStatus, Request, StopsAt
from app.bot.understanding import lexicon as lx
from app.bot.understanding.understood import Understood

# Kinds that say which trains they are ("rajdhani", "shatabdi"), unlike "express".
_DISTINCT_KINDS: Final = lx.TRAIN_KINDS - lx.GENERIC_KINDS
# Words that ask whether such a train is there at all: "is there", "there's", "koi", "right?".
_WHETHER_ONE: Final = lx.ANY_WORDS | lx.word_set("theres exist exists right na")
# Words that ask where a train is or when, not whether one is there.
_WHERE_OR_WHEN: Final = lx.word_set(
    "where kahan kaha kahaan status live location running when kab time baje late"
)


def kind_at_a_station(understood: Understood) -> Request | None:
    """Whether a train of a kind stops at one station, asked of that kind ("is there a
    rajdhani from nizamuddin?"): the stop asked of each train of the kind, named by the kind;
    None for a train named or numbered, or asked where it is."""
    request, words = understood.request, understood.words
    if not isinstance(request, LiveStatus) or request.focus is not None or request.train:
        return None
    kinds = understood.train_name.split()
    if not kinds or not set(kinds) <= _DISTINCT_KINDS or len(request.at) == 0:
        return None
    asks_whether = not words.isdisjoint(_WHETHER_ONE) or {"kya", "hai"} <= words
    if not asks_whether or not words.isdisjoint(_WHERE_OR_WHEN):
        return None
    return StopsAt(of_kind=True).with_slots({"station": list(request.at)})
