"""Language understanding: a traveller's message → an intent and its slots.

Entities first, whatever words surround them (`reading` finds them: numbers, dates, hour windows,
class, quota, age, keywords, connectors and stations); the intent then comes from the keywords
plus which entities are present. Decisions worth knowing (the tests pin them):

- A 10-digit number asks for PNR status whatever else is said; a bare 5-digit number asks for
  live running status, the most common need behind a train number typed alone.
- A bare station code asks what station it is ("NDLS", or "XYZQ" typed in capitals); a bare
  station or city name asks for its code.
- Two places, or one place as a destination, ask for trains between; one place with "from",
  "at" or "se" and no day asks for its departures board; one place with a day, for trains
  between (the day makes it a journey).
- "kal" is tomorrow, except in a question about a running train (or in the past tense), where it
  is yesterday: a train that started yesterday is the one still running.
- Departures default to the next 4 hours; cancelled and rescheduled trains to today.
- A place among words we do not know ("what is the weather in delhi") is not a question about
  that place: unknown.
- Alerts come before everything else: an alert word ("alert", "notify", "unsubscribe"...), "track"
  with a PNR or the word PNR/ticket, or "tell me when" about a ticket, is about PNR alerts; with a
  stop word it stops them ("stop 4512345678" too, and a bare "stop all"), with a listing word
  ("my alerts", "show alerts") it lists them, else it subscribes. "track 12951" stays live status.
- Only the slots of the chosen intent are returned (understanding.py lists them), so that a
  stray number or word never becomes a slot the handler does not expect.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from typing import Final, TextIO

from app.bot import lexicon as lx
from app.bot.dates import DEFAULT_HOURS
from app.bot.lexicon import PAST_WORDS, PLURAL_TRAINS
from app.bot.reading import Item, Parse, read
from app.bot.understanding import Intent, SlotValue, Understanding
from app.railways.stations import StationIndex

log = logging.getLogger(__name__)

_CODE_TYPED = re.compile(r"[A-Z]{2,5}")
# The most words of an unknown place quoted back in `name`.
MAX_NAME_WORDS: Final = 5
# "kal" means yesterday in these questions (see the module docstring).
_PAST_KAL = frozenset({"kal", "kl", "कल"})
_POLITE = frozenset({"please", "pls", "plz", "karo", "kar", "do", "it", "them", "now", "bhai"})
# The slots each intent carries (understanding.py).
SLOTS: Final[dict[Intent, tuple[str, ...]]] = {
    Intent.PNR_STATUS: ("pnr",),
    Intent.LIVE_STATUS: ("train", "date"),
    Intent.TRAIN_ROUTE: ("train",),
    Intent.STATION_BY_NAME: ("name", "code"),
    Intent.STATION_BY_CODE: ("code",),
    Intent.DEPARTURES: ("station", "hours"),
    Intent.TRAINS_BETWEEN: ("from", "to", "date"),
    Intent.FARE: ("train", "from", "to", "class", "quota", "age"),
    Intent.SEAT_AVAILABILITY: ("train", "from", "to", "date", "class", "quota"),
    Intent.CANCELLED_TRAINS: ("date",),
    Intent.RESCHEDULED_TRAINS: ("date",),
    Intent.ALERT_SUBSCRIBE: ("pnr",),
    Intent.ALERT_STOP: ("pnr", "all"),
}


def understand(text: str, *, today: dt.date, index: StationIndex) -> Understanding:
    """The intent and slots of one message. Never raises; the same input gives the same output."""
    try:
        return _understand(text, today, index)
    except Exception:  # the contract: a message is always understood as something
        log.exception("understanding failed; answering unknown")
        return Understanding(intent=Intent.UNKNOWN)


def run_parse(lines: Iterable[str], out: TextIO, *, today: dt.date, index: StationIndex) -> None:
    """One JSON line `{"intent": ..., "slots": {...}}` per input line (`python -m app parse`)."""
    for line in lines:
        understood = understand(line.rstrip("\r\n"), today=today, index=index)
        out.write(json.dumps(understood.as_json(), ensure_ascii=False) + "\n")


def _understand(text: str, today: dt.date, index: StationIndex) -> Understanding:
    parse = read(text, today, index)
    intent = _decide(parse)
    return Understanding(intent=intent, slots=_slots(intent, parse, today))


# --- deciding ----------------------------------------------------------------------------------


def _decide(p: Parse) -> Intent:
    kw, hints = p.intents, p.hints
    places = [item for item in p.places if item.role != "via"]
    alert = _alert_intent(p)
    if alert is not None:
        return alert
    if p.pnr is not None:
        return Intent.PNR_STATUS
    if "cancelled_trains" in kw:
        ticket_only = "ticket" in hints and not {"train", "trains"} & hints and p.train is None
        return Intent.UNKNOWN if ticket_only else Intent.CANCELLED_TRAINS
    if "rescheduled_trains" in kw:
        return Intent.RESCHEDULED_TRAINS
    if "live_status" in kw and p.train is None and p.words & PLURAL_TRAINS and not places:
        return Intent.RESCHEDULED_TRAINS  # "late trains today", "aaj kaun si trains late hai"
    if "fare" in kw:
        return Intent.FARE
    if "seat_availability" in kw:
        return Intent.SEAT_AVAILABILITY
    if "pnr_status" in kw:
        return Intent.PNR_STATUS
    if "train_route" in kw or (p.train is not None and "stations" in p.words):
        return Intent.TRAIN_ROUTE  # "12618 ke stations": the stations of a train are its route
    if "live_status" in kw:
        return Intent.LIVE_STATUS
    if "station_by_name" in kw or "station_by_code" in kw:
        place = places[0].place if places else None
        # "NDLS code" asks what NDLS is; "PUNE code" asks Pune's code.
        typed_code = place is not None and place.reason == "code"
        if typed_code and place is not None and place.named and "station_by_name" in kw:
            typed_code = False
        if typed_code:
            return Intent.STATION_BY_CODE
        if "station_by_name" not in kw and not places:
            # "XYZQ kaun sa station" asks about a code we do not know and "which station?"
            # about one not said yet; "my name is rahul" and "what is your name" do not.
            if _unknown_code(p) is not None:
                return Intent.STATION_BY_CODE
            unknown_words = any(item.kind == "word" for item in p.items)
            asks = p.words & {"station", "stn", "स्टेशन"}
            return Intent.STATION_BY_CODE if asks and not unknown_words else Intent.UNKNOWN
        return Intent.STATION_BY_NAME
    if p.train is not None:
        return Intent.SEAT_AVAILABILITY if p.travel_class or p.quota else Intent.LIVE_STATUS
    if "departures" in kw or p.hours is not None:
        return Intent.TRAINS_BETWEEN if _has(places, "to") else Intent.DEPARTURES
    if "trains_between" in kw or "between" in p.conns:
        return Intent.TRAINS_BETWEEN
    if places:
        guessed = all(item.place is not None and item.place.reason == "fuzzy" for item in places)
        if guessed and not kw and not hints and any(item.kind == "word" for item in p.items):
            return Intent.UNKNOWN  # a near-miss among unknown words is not a station
        return _with_places(p, places)
    if "what" in hints and _unknown_code(p) is not None:
        return Intent.STATION_BY_CODE  # "what is XYZQ": a code, though not one we know
    if "status" in hints:
        return Intent.PNR_STATUS
    for intent in (Intent.THANKS, Intent.HELP, Intent.GREETING):
        if intent.value in kw:
            return intent
    return Intent.UNKNOWN


def _alert_intent(p: Parse) -> Intent | None:
    """Subscribing to, listing or stopping PNR alerts; None when the message is not about them."""
    words = p.words
    about_ticket = p.pnr is not None or bool(words & lx.TICKET_WORDS)
    stopping = bool(words & lx.ALERT_STOP)
    tracking = bool(words & lx.ALERT_TRACK) and (about_ticket or stopping)
    telling = bool(words & lx.ALERT_TELL and words & lx.ALERT_WHEN) and (
        about_ticket or bool(words & lx.TICKET_STATUS_WORDS)
    )
    if "alert" not in p.hints and not tracking and not telling:
        if words & lx.ALERT_STOP_PNR and (p.pnr is not None or _only_stop_all(p)):
            return Intent.ALERT_STOP
        return None
    # Alerts are about PNRs: "tell me when 12627 reaches" or "<script>alert(1)" are not.
    strange = any(item.kind == "word" and item.words[0] not in lx.ALERT_WORDS for item in p.items)
    if p.pnr is None and not about_ticket and (p.train is not None or strange):
        return None
    if stopping:
        return Intent.ALERT_STOP
    if p.pnr is None:
        if words & lx.ALERT_LIST:
            return Intent.ALERT_LIST
        # "alert my pnr" asks for one; "my alerts", "my pnr alerts" and "alerts" ask which.
        first = next((item for item in p.items if item.kind != "sep"), None)
        asks_for_one = first is not None and first.words[:1] == ("alert",)
        listing = words & (lx.ALERT_LIST_WEAK | lx.ALERT_PLURALS)
        if listing and not asks_for_one and not words & lx.ALERT_SUBSCRIBE:
            return Intent.ALERT_LIST
    return Intent.ALERT_SUBSCRIBE


def _only_stop_all(p: Parse) -> bool:
    """Whether the message only says to stop everything ("stop all", "unsubscribe all pls")."""
    if not p.words & lx.ALERT_ALL or p.hints or p.places:
        return False
    return not p.words - (lx.ALERT_STOP | lx.ALERT_ALL | _POLITE)


def _with_places(p: Parse, places: list[Item]) -> Intent:
    if len(places) >= 2 or _has(places, "to"):
        return Intent.SEAT_AVAILABILITY if p.travel_class or p.quota else Intent.TRAINS_BETWEEN
    only = places[0]
    if p.travel_class or p.quota:
        return Intent.SEAT_AVAILABILITY
    if p.date is not None or {"to", "pair", "dst"} & p.conns:
        # One place and a day ("mumbai kal"), or a way to somewhere we could not name ("howrah
        # to digha"): a journey.
        return Intent.TRAINS_BETWEEN
    if {"train", "trains"} & p.hints or {"at", "from", "src"} & p.conns:
        return Intent.DEPARTURES
    if any(item.kind == "word" for item in p.items):
        return Intent.UNKNOWN  # a place among words we do not know: not a question about it
    place = only.place
    if place is not None and place.reason == "code" and (p.hints <= {"what"}):
        return Intent.STATION_BY_CODE
    return Intent.STATION_BY_NAME


def _has(places: list[Item], role: str) -> bool:
    return any(item.role == role for item in places)


# --- slots -------------------------------------------------------------------------------------


def _slots(intent: Intent, p: Parse, today: dt.date) -> dict[str, SlotValue]:
    wanted = SLOTS.get(intent, ())
    if not wanted:
        return {}
    places = [item for item in p.places if item.role != "via"]
    slots: dict[str, SlotValue] = {}
    found: dict[str, SlotValue | None] = {
        "pnr": p.pnr,
        "train": p.train,
        "class": p.travel_class,
        "quota": p.quota,
        "age": p.age,
        "date": _date(intent, p, today),
    }
    if intent in (Intent.STATION_BY_NAME, Intent.STATION_BY_CODE):
        found.update(_station_slots(intent, p, places))
    elif intent == Intent.DEPARTURES:
        at = _first(places, "at") or _first(places, "from") or (places[0] if places else None)
        found["station"] = _codes(at)
        found["hours"] = p.hours or DEFAULT_HOURS
    else:
        ends = [item for item in places if item.role in ("from", "to")]
        found["from"] = _codes(_first(ends, "from"))
        found["to"] = _codes(_first(ends, "to"))
    if intent == Intent.ALERT_STOP and p.pnr is None:
        found["all"] = 1 if p.words & (lx.ALERT_ALL | lx.ALERT_PLURALS) else None
    for key in wanted:
        value = found.get(key)
        if value is not None:
            slots[key] = value
    return slots


def _date(intent: Intent, p: Parse, today: dt.date) -> str | None:
    if p.date is None:
        if intent in (Intent.CANCELLED_TRAINS, Intent.RESCHEDULED_TRAINS):
            return today.isoformat()
        return None
    value = p.date.value
    assert isinstance(value, dt.date)
    if p.date.word in _PAST_KAL and (intent == Intent.LIVE_STATUS or p.words & PAST_WORDS):
        value = today - dt.timedelta(days=1)
    return value.isoformat()


def _station_slots(intent: Intent, p: Parse, places: list[Item]) -> dict[str, SlotValue | None]:
    first = places[0] if places else None
    if intent == Intent.STATION_BY_CODE:
        if first is not None:
            return {"code": _codes(first)}
        code = _unknown_code(p)
        return {"code": code} if code else {}
    if first is not None:
        return {"name": p.words_of(first), "code": _codes(first)}
    words = [item for item in p.items if item.kind == "word"][:MAX_NAME_WORDS]
    if not words:
        return {}
    return {"name": " ".join(p.words_of(item) for item in words)}


def _unknown_code(p: Parse) -> str | None:
    """The one unknown word written like a station code (2-5 capital letters), if any."""
    words = [item for item in p.items if item.kind == "word"]
    if len(words) != 1 or p.shouting:
        return None
    typed = p.words_of(words[0])
    return typed if _CODE_TYPED.fullmatch(typed) else None


def _first(places: list[Item], role: str) -> Item | None:
    return next((item for item in places if item.role == role), None)


def _codes(item: Item | None) -> SlotValue | None:
    if item is None or item.place is None:
        return None
    codes = list(item.place.codes)
    return codes[0] if len(codes) == 1 else codes
