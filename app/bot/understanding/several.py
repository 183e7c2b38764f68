"""Several asks in one message: each is answered, none dropped.

- Several of one thing where the question takes one: "pnr 4512345678 and 4523456789", "3a aur 2a
  ka fare 12627 sbc ndls", "12627 and 12628 kahan hai" ask the same question of each.
- Clauses joined by "and", "aur", "also", "phir", "और", a comma... that each ask a question of
  their own (a keyword, or a PNR): "pnr 4512345678 and where is the train", "alert 4534567890 aur
  12627 kahan hai". A clause that only gives details ("3a", "sbc ndls") belongs to its
  neighbour; details one ask gives and another lacks (the train, the journey, the class) are
  shared ("12627 ka fare aur seats sbc ndls 3a").

The asks come back in the order they were said. The conversation answers them one after the
other, each read against what the one before showed ("where is the train" after a PNR is that
PNR's train).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from app.bot.requests import (
    AlertSubscribe,
    Fare,
    Intent,
    LiveStatus,
    PnrStatus,
    Request,
    SeatAvailability,
    StationByName,
    TrainFacts,
    TrainsBetween,
)
from app.bot.understanding.members import PNR_STATUS, UNKNOWN
from app.bot.understanding.understood import Understood

MAX_ASKS: Final = 4  # asks answered from one message; more is a list, not a conversation
_JOINS: Final = re.compile(
    r"\s*(?:[,;&]|\b(?:and\s+also|and|aur|also|plus|then|phir|fir)\b"
    r"|(?<!\S)(?:और|तथा|एवं|फिर|साथ\s+ही)(?!\S))\s*",
    re.IGNORECASE,
)
# Requests that are not a railway question of their own, however they were worded.
_NOT_ASKS: Final = frozenset(
    {
        Intent.UNKNOWN,
        Intent.GREETING,
        Intent.THANKS,
        Intent.HELP,
        Intent.LANGUAGE,
        Intent.OUT_OF_SCOPE,
        Intent.FORGET_ME,
    }
)
# Details one ask may lend another that lacks them.
_SHARED: Final = ("train", "from", "to", "class", "quota", "passengers")
# Requests for a journey, which also take a date said in another clause.
_JOURNEYS: Final = (Fare, SeatAvailability, TrainsBetween)

UnderstandText = Callable[[str], Understood]


def asks(whole: Understood, text: str, understand: UnderstandText) -> list[Understood]:
    """The asks `text` makes, `whole` being the message understood as one; a single ask is
    `[whole]`."""
    if whole.request.intent in _NOT_ASKS - {UNKNOWN}:
        return [whole]
    stations = _each_station(whole, text, understand)
    if stations is not None:
        return _capped(stations)
    clauses = _of_the_booking(whole, _clauses(text, understand))
    if len(clauses) >= 2:
        each = [each for clause in _shared(clauses) for each in _each(clause)]
        return _capped(_one_card_a_train(each))
    of_its_train = _of_the_bookings_train(whole, text, understand)
    if of_its_train is not None:
        return [whole, of_its_train]
    return _capped(_each(whole))


def _each_station(
    whole: Understood, text: str, understand: UnderstandText
) -> list[Understood] | None:
    """The code of each place of a list ("bhopal, agra aur jhansi ke station code", "codes of
    bhopal, agra and jhansi", "भोपाल और आगरा का स्टेशन कोड"): one ask a place, when every part
    of the list names a station; None for anything else."""
    if not isinstance(whole.request, StationByName):
        return None
    parts = [part for part in _JOINS.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    found = [understand(part) for part in parts]
    if not all(isinstance(one.request, StationByName) and one.request.code for one in found):
        return None
    codes = {str(one.request.slots.get("code")) for one in found}
    return found if len(codes) == len(found) else None


def _of_the_booking(whole: Understood, clauses: list[Understood]) -> list[Understood]:
    """The clauses of a message about a booking: with a PNR in it, seat, berth, coach and
    confirmation words that name no train and no journey of their own ("my pnr is 4512345678,
    is my seat confirmed? which coach and berth") ask about its passengers, not for seats on
    some train; the PNR's ask takes what they ask (`focus`) from the whole message."""
    request = whole.request
    if not isinstance(request, PnrStatus) or request.pnr is None:
        return clauses
    kept = [
        clause
        for clause in clauses
        if not _seats_of_no_journey(clause.request) and not _unnumbered_pnr(clause.request)
    ]
    focus = {"focus": request.focus, "chance": request.chance}
    return [
        replace(clause, request=clause.request.model_copy(update=focus))
        if isinstance(clause.request, PnrStatus) and clause.request.focus is None
        else clause
        for clause in kept
    ]


def _unnumbered_pnr(request: Request) -> bool:
    """A clause asking about a booking without its PNR ("coach number?"): the PNR said's."""
    return isinstance(request, PnrStatus) and request.pnr is None


def _seats_of_no_journey(request: Request) -> bool:
    return isinstance(request, SeatAvailability) and not (
        request.train or request.origin or request.destination
    )


# A PNR as written in a message (digits, maybe grouped, in either script): taken out to read
# what else the message asks.
_PNR_WRITTEN: Final = re.compile(r"(?<![\d०-९])[\d०-९](?:[\s-]?[\d०-९]){9}(?![\d०-९])")
_PNR_WORDS: Final = re.compile(r"\b(?:pnr|p\.n\.r\.?|पीएनआर)\b", re.IGNORECASE)
# A status named with no word of a train's run ("pnr 4512345678 ka status", "स्टेटस बताओ").
_STATUS_WORDS: Final = re.compile(
    r"\b(?:status|staus|stetus|satus|sthiti|stithi)\b|स्टेटस|स्थिति", re.IGNORECASE
)


def _of_the_bookings_train(
    whole: Understood, text: str, understand: UnderstandText
) -> Understood | None:
    """A booking's status and a question about its train in one clause, with no joining word
    ("4512345678 ki train kitni late hai", "pnr 4512345678 dekho gaadi time pe hai kya", "pnr
    4512345678 platform kaunsa hai"): the question read without the PNR, answered after the
    booking's card (about the booking's train, as "where is the train" after a PNR is); None
    when the rest asks nothing of the train."""
    if whole.request.intent != PNR_STATUS or len(whole.pnrs) != 1:
        return None
    rest = _PNR_WORDS.sub(" ", _PNR_WRITTEN.sub(" ", text)).strip()
    if not rest:
        return None
    read = understand(rest)
    if read.numbered or read.train_name or read.pnrs:
        return None
    if isinstance(read.request, LiveStatus) and read.new_question:
        # "status" alone names the booking's status: the train's is asked only in words of
        # its run ("kahan hai", "late", "running status", "platform")
        plain = _STATUS_WORDS.sub(" ", rest).strip()
        again = understand(plain) if plain else None
        if again is not None and isinstance(again.request, LiveStatus) and again.new_question:
            return read  # "kitni late hai", "kahan hai", "platform?", "time pe hai kya"
        return None
    if read.leaves and read.asks_when:
        return read  # "kab chalegi", "kitne baje niklegi": when it leaves the boarding station
    return None


def _one_card_a_train(asks: list[Understood]) -> list[Understood]:
    """Asks of one train's live status side by side ("12627 kahan hai aur bhopal kab
    pahunchegi", "where is 12627 and is it late"): one ask, its card led by the narrower
    question, instead of the same card twice."""
    merged: list[Understood] = []
    for ask in asks:
        before = merged[-1].request if merged else None
        now = ask.request
        if isinstance(before, LiveStatus) and isinstance(now, LiveStatus):
            first, second = _focus(before), _focus(now)
            same = now.train in (None, before.train) and now.date in (None, before.date)
            named = ask.train_name in ("", merged[-1].train_name)
            if same and not (first and second) and named:
                narrow = now if second else before
                update = {"focus": _focus(narrow), "at": narrow.at or before.at}
                merged[-1] = replace(merged[-1], request=before.model_copy(update=update))
                continue
        merged.append(ask)
    return merged


def _focus(request: LiveStatus) -> str | None:
    """What a live-status ask is narrower about; a train said alone is about nothing narrower."""
    return request.focus if request.focus != "train" else None


def _clauses(text: str, understand: UnderstandText) -> list[Understood]:
    """The clauses of `text` that each ask a question, with the words that only give details
    glued to the ask before them (or after, for the first); fewer than two when `text` is one
    question."""
    pieces = [piece for piece in _JOINS.split(text) if piece.strip()]
    if len(pieces) < 2:
        return []
    groups: list[list[str]] = []
    lead: list[str] = []  # details said before any ask
    for piece in pieces:
        read = understand(piece)
        if _is_ask(read) or _asks_in_other_words(read):
            groups.append([*lead, piece])
            lead = []
        elif groups:
            groups[-1].append(piece)
        else:
            lead.append(piece)
    if len(groups) < 2:
        return []
    found = [understand(" ".join(group)) for group in groups]
    if not all(_is_ask(read) or _asks_in_other_words(read) for read in found):
        return []
    distinct = list({_key(read.request): read for read in found}.values())
    return distinct if len(distinct) >= 2 else []


def _is_ask(read: Understood) -> bool:
    """Whether a clause asks a railway question of its own (a keyword of one, or a PNR)."""
    return read.request.intent not in _NOT_ASKS and read.new_question


def _asks_in_other_words(read: Understood) -> bool:
    """Whether a clause beside another ask asks one more thing without a question's keyword:
    the trains of a journey with "train" said ("wardha se akola train batao aur sleeper fare
    bhi"), an alert to set ("pnr ... ka status batao aur uska alert bhi laga do"), when the
    train in hand is due at a place ("12269 ka route dikhao, aur nagpur kitne baje aati hai")."""
    request = read.request
    if isinstance(request, TrainsBetween):
        return read.train_word and request.origin is not None and request.destination is not None
    if isinstance(request, AlertSubscribe):
        return True
    return isinstance(request, TrainFacts) and read.asks_when and bool(read.details)


def _key(request: Request) -> str:
    return f"{request.intent}:{request.model_dump_json()}"


def _shared(clauses: list[Understood]) -> list[Understood]:
    """Each clause with the details it lacks taken from the others (the nearest first)."""
    shared: list[Understood] = []
    for at, clause in enumerate(clauses):
        nearest = sorted((n for n in range(len(clauses)) if n != at), key=lambda n: abs(n - at))
        others = [clauses[n] for n in nearest]
        shared.append(replace(clause, request=_lent(clause.request, others)))
    return shared


def _lent(request: Request, others: list[Understood]) -> Request:
    wanted = set(type(request).slot_names()) | ({"date"} & set(type(request).model_fields))
    if "pnr" in wanted and request.slots.get("pnr") is not None:
        wanted.discard("train")  # a PNR's question is about the PNR's own train
    names = [*_SHARED, "date"] if isinstance(request, _JOURNEYS) else list(_SHARED)
    if isinstance(request, AlertSubscribe) and request.pnr is None and request.train is None:
        names = ["pnr"]  # "... ka status batao aur uska alert bhi laga do": that booking's
    fill: dict[str, object] = {}
    for name in names:
        if name not in wanted or _value(request, name) is not None:
            continue
        value = next(
            (v for other in others if (v := _value(other.request, name)) is not None), None
        )
        if value is not None:
            fill[name] = value
    return request.with_slots(fill) if fill else request


def _value(request: Request, name: str) -> object:
    """A slot's value, or a field's (a fare's date is a field words fill, not a slot)."""
    value = request.slots.get(name)
    return value if value is not None else request.model_dump().get(name)


def _each(read: Understood) -> list[Understood]:
    """One ask per PNR, class or train when the question takes one and several are named."""
    request = read.request
    wanted = type(request).slot_names()
    for slot, values in (("pnr", read.pnrs), ("class", read.classes), ("train", read.trains)):
        if slot in wanted and len(values) >= 2 and (slot != "train" or not read.pnrs):
            one = replace(read, pnrs=(), classes=(), trains=())
            return [replace(one, request=request.with_slots({slot: value})) for value in values]
    return [read]


def _capped(found: list[Understood]) -> list[Understood]:
    distinct = list({_key(read.request): read for read in found}.values())
    return distinct[:MAX_ASKS]
