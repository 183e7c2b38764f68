"""Language understanding: a traveller's message → the request it makes.

Entities first, whatever words surround them (`reading` finds them: numbers and codes in
`entities`, dates and hour windows in `dates`, stations in `places`, keywords and connectors in
the `lexicon`); the intent then comes from the keywords plus which entities are present
(`intents`), and the request carries the slots read for it (`slots`). A message that answers the
bot's last question is read in `followups`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Iterable
from typing import Protocol, TextIO

from app.bot.requests import (
    Arrivals,
    Departures,
    Intent,
    PnrStatus,
    Request,
    TrainsBetween,
    Unknown,
)
from app.bot.understanding.classifier import model
from app.bot.understanding.clock import Window, find_window
from app.bot.understanding.intents import (
    asks_the_world,
    asks_who,
    decide,
    knowledge_question,
    may_be_elsewhere,
    passenger_berth,
)
from app.bot.understanding.reading import Parse, read
from app.bot.understanding.slots import request_for
from app.bot.understanding.topics import asks_chance
from app.bot.understanding.understood import Understood, facts
from app.railways.stations import StationIndex

log = logging.getLogger(__name__)

# Intents a question about a booking's chance of confirmation may be read as at first.
_MAY_ASK_CHANCE = frozenset({Intent.PNR_STATUS, Intent.UNKNOWN, Intent.OUT_OF_SCOPE})
# Intents whose keywords a question about the world may share ("where is", "kitni hai").
_WORLDLY = frozenset(
    {
        Intent.LIVE_STATUS,
        Intent.FARE,
        Intent.LANGUAGE,
        Intent.ARRIVALS,
        Intent.TRAIN_ROUTE,
        Intent.TRAIN_FACTS,  # "इंडिया गेट कितने बजे बंद होता है": not a train's times
    }
)
# Intents a window of clock times makes a station's board ("between 6 and 9 pm").
_BOARDS = frozenset({Intent.TRAINS_BETWEEN, Intent.DEPARTURES, Intent.ARRIVALS})


class Understand(Protocol):
    """Language understanding, as `understand_message` does it."""

    def __call__(self, text: str, *, today: dt.date, index: StationIndex) -> Understood: ...


def understand_message(text: str, *, today: dt.date, index: StationIndex) -> Understood:
    """The request one message makes, with the facts the conversation reads it in context by.
    Never raises; the same input gives the same output."""
    try:
        parse = read(text, today, index)
        intent = decide(_numbered(parse))
        if intent == Intent.UNKNOWN and (may_be_elsewhere(parse) or asks_who(parse)):
            # What the rules have no word for: "lost my phone", "who wrote the ramayana".
            if knowledge_question(parse) or model().outside_railways(text):
                intent = Intent.OUT_OF_SCOPE
        elif intent in _WORLDLY and asks_the_world(parse):
            intent = Intent.OUT_OF_SCOPE  # "where is the eiffel tower": not a train's whereabouts
        request = request_for(intent, parse, today)
        if intent in _MAY_ASK_CHANCE and passenger_berth(parse):
            parse = dataclasses.replace(parse, train_name=None)  # "the rac passenger": a person
        if intent in _MAY_ASK_CHANCE and (asks_chance(parse) or passenger_berth(parse)):
            request = PnrStatus(pnr=parse.pnr, chance=True)  # "will it confirm?"
        elif intent in _BOARDS and (window := find_window(text)) is not None:
            request = _on_the_clock(request, window)  # "trains from SBC between 6 and 9 pm"
        elif isinstance(request, Departures) and "to" in parse.unfound:
            # "delhi se xyzabc": a journey to a place we could not find, not Delhi's board.
            request = TrainsBetween(origin=request.station)
        return facts(request, parse, today)
    except Exception:  # the contract: a message is always understood as something
        log.exception("understanding failed; answering unknown")
        return Understood(Unknown())


def _on_the_clock(request: Request, window: Window) -> Request:
    """A board for a window of clock times: trains "from" one place in it are its departures."""
    times = {"after": window.start, "until": window.end}
    if isinstance(request, Departures | Arrivals):
        return request.model_copy(update=times)
    if isinstance(request, TrainsBetween) and request.origin and not request.destination:
        return Departures(station=request.origin, **times)
    return request


def _numbered(parse: Parse) -> Parse:
    """The parse as the intents see it: a train named ("karnataka express kahan hai") is asked
    about as a train numbered would be; the railway finds its number later."""
    journey = len([item for item in parse.places if item.role != "via"]) >= 2
    if parse.train is None and parse.train_name is not None and not journey:
        return dataclasses.replace(parse, train=NAMED_TRAIN)
    return parse  # "delhi se mumbai rajdhani": a journey, with the name to choose the train


# Stands for a named train's number while the intent is decided; never in a request.
NAMED_TRAIN = "00000"


def understand(text: str, *, today: dt.date, index: StationIndex) -> Request:
    """The request one message makes. Never raises; the same input gives the same output."""
    return understand_message(text, today=today, index=index).request


def run_parse(lines: Iterable[str], out: TextIO, *, today: dt.date, index: StationIndex) -> None:
    """One JSON line `{"intent": ..., "slots": {...}}` per input line (`python -m app parse`)."""
    for line in lines:
        understood = understand(line.rstrip("\r\n"), today=today, index=index)
        out.write(json.dumps(understood.as_json(), ensure_ascii=False) + "\n")
