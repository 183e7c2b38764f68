"""Per-user conversation state: what the bot remembers of a conversation, 15 minutes at most.

Two things: the question the bot asked last (`Pending`: the request it belongs to, with the
fields known so far, and which field it asks for), and the subject of the conversation
(`Subject`: the train, PNR, stations, date, class and quota of what was just shown, which the
next message may take for granted: "is it late?", "what about 2A?", "and tomorrow?"). It lives in
the `Store` (Redis, or the in-memory twin), so that any worker can take the next message of the
conversation, and a worker that restarts in between loses nothing. A follow-up later than
`STATE_TTL_S` starts afresh.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any, Final, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    model_validator,
)

from app.bot.replies import Reply
from app.bot.requests import REQUESTS, Request, SlotValue
from app.bot.requests.base import ClassField, DateField, PnrField, QuotaField, TrainField
from app.bot.requests.stations import StationByCode, StationByName
from app.bot.requests.trains import CancelledTrains, RescheduledTrains
from app.constants import STATE_PREFIX, STATE_TTL_S
from app.railways import vocabulary
from app.railways.vocabulary import StationCode
from app.store import Store

log = logging.getLogger(__name__)


def _load_request(value: object) -> Request:
    """A request as stored: `{"intent": ..., <its fields>}`."""
    if isinstance(value, Request):
        return value
    if isinstance(value, dict):
        kind = REQUESTS.get(str(value.get("intent")))
        if kind is not None:
            return kind.model_validate(value)
    raise ValueError("not a stored request")


def _dump_request(request: Request) -> dict[str, Any]:
    return {"intent": str(request.intent), **request.model_dump(mode="json")}


# A request of any type, stored with its intent as the discriminator.
StoredRequest = Annotated[Request, PlainValidator(_load_request), PlainSerializer(_dump_request)]


StationField = Annotated[StationCode | None, BeforeValidator(vocabulary.parse_station_code)]
PassengersField = Annotated[int | None, BeforeValidator(vocabulary.parse_passengers)]


def _one_station(value: object) -> object:
    """A request's station slot holds a code or candidates; the subject keeps only a settled one."""
    if isinstance(value, list):
        return value[0] if len(value) == 1 else None
    return value


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _codes(*values: object) -> frozenset[str]:
    """The station codes among station slots and fields (a code, or a city's candidates)."""
    codes: set[str] = set()
    for value in values:
        if isinstance(value, list | tuple):
            codes.update(str(code) for code in value)
        elif value:
            codes.add(str(value))
    return frozenset(codes)


# What the traveller said of themselves for a journey (its class, quota, how many travel):
# theirs for the way back as well.
_TRAVELLERS: Final = ("journey_class", "quota", "passengers")


class Listed(BaseModel):
    """One train of a list or board just shown, as a follow-up may point at it ("the first one",
    "uska fare", "12628 ka fare"): its number and name, where the traveller boards and gets off
    (a board's station and the train's last stop), its times ("HH:MM"), the days after leaving
    it arrives, how long it takes, and the day of its run it leaves the boarding station."""

    model_config = ConfigDict(frozen=True)

    train: str
    name: str = ""
    origin: StationField = None
    destination: StationField = None
    departs: str | None = None
    arrives: str | None = None
    # When it now leaves (a board of arrivals: arrives), when the railway moved it ("HH:MM").
    expected: str | None = None
    arrival_days: int = 0
    minutes: int | None = None
    run_day: int = 1
    # The day a board's train leaves (arrives at) the board's station: past midnight, tomorrow.
    on: DateField = None
    cancelled: bool = False  # cancelled on the journey listed, that day
    # Where a departures board's train ends its run ("the ghaziabad one" points at it).
    ends: StationField = None
    # Its number on screen when that is not its place on the page: a list cut to some of its
    # trains ("which ones have sleeper?") keeps the numbers the whole list gave them.
    number: int = 0


class Pending(BaseModel):
    """A question waiting for its answer: its request (the fields known so far), the slot it
    asks for, the values offered and the question as asked."""

    model_config = ConfigDict(frozen=True)

    request: StoredRequest
    asking: str
    options: tuple[str, ...] = ()  # the values offered (station codes, classes, dates)
    prompt: Reply  # the question as asked, to ask again when the answer does not fit
    said: str = ""  # what the user wrote that led to the question ("delhi se mumbai kal")
    # The message's other asks about the train this question chooses ("karnataka express kahan
    # hai aur fare batao"), answered once it is chosen.
    then: tuple[StoredRequest, ...] = ()
    # The trains offered, asked which train, with when each leaves ("the 16:55 one", "8 baje
    # wali" picks one by its time); empty when the question offers no trains or their times.
    listed: tuple[Listed, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _read_older_versions(cls, data: Any) -> Any:
        """A question stored before requests were typed: `{"intent", "slots", ...}`."""
        if isinstance(data, dict) and "request" not in data and "intent" in data:
            request = {"intent": data["intent"], **(data.get("slots") or {})}
            return {key: value for key, value in data.items() if key not in ("intent", "slots")} | {
                "request": request
            }
        return data

    def filled(self, value: SlotValue) -> Request:
        """The request with the asked slot filled in."""
        return self.request.with_slots({self.asking: value})


# At most this many trains are each answered about "it" rather than asked which one is meant (a
# list of two or three, the trains of one name each way).
MAX_EACH: Final = 3
# At most this many PNRs checked in one conversation are kept to point at ("the first one").
MAX_PNRS: Final = 4


class Subject(BaseModel):
    """What the conversation is about: what was just shown, as the next message may take it for
    granted. `request` is the question last answered (to ask again with one detail changed: "what
    about 2A?"); the other fields are what it showed: the train, the PNR, the journey's ends (at
    the traveller's boarding and getting-off stations for a PNR), the station asked about, the
    date (of the journey, or of a train's start for live status), the class and quota."""

    model_config = ConfigDict(frozen=True)

    request: StoredRequest | None = None
    train: TrainField = None
    pnr: PnrField = None
    origin: StationField = None
    destination: StationField = None
    station: StationField = None
    date: DateField = None
    journey_class: ClassField = None
    quota: QuotaField = None
    passengers: PassengersField = None
    # The trains of the list or board just shown (the page on screen), and the number the first
    # of them had on screen.
    listed: tuple[Listed, ...] = ()
    listed_from: int = 1
    listing: StoredRequest | None = None  # the question that showed them
    # Where "more trains" goes on in the listing's whole list, when not right after the trains
    # on screen (a next train and the ones after it, out of the day's list): 0 for right after.
    more_from: int = 0
    cancelled: bool | None = None  # the train of the PNR shown, or the run shown, is cancelled
    # The PNRs of one answer that showed several, in the order shown: "the first one" is one of
    # them, not the last shown.
    pnrs: tuple[str, ...] = ()
    # The "which train?" of several trains of one name that the train shown was chosen from:
    # "the other one" and "no, the one from delhi" choose again among them.
    choice: Pending | None = None
    # The PNR last shown in the conversation, kept while other things are shown since: "what's
    # my passenger status?" after a train's timetable and a journey's trains is that booking's.
    booked: PnrField = None
    booked_cancelled: bool = False  # the train of that booking is cancelled
    # The trains one answer was for, each ("does karnataka express stop at bhopal?": 12627 and
    # 12628), `train` the first of them: the same short question again ("and at jhansi?") is
    # asked of each of them again.
    several: tuple[str, ...] = ()
    # The other stations of a city offered under its board ("Other Chennai stations"): one of
    # them typed next ("perambur", "पेरम्बूर") is that station's board.
    offered: tuple[str, ...] = ()
    # The classes of the fares one answer showed of one train and journey, in the order shown
    # ("sleeper aur 3ac ka fare"): "total for 4 people" next is each of them for 4.
    classes: tuple[str, ...] = ()
    # Two trains looked at one after the other, each alone (12627, then 12628; two trains'
    # fares): "which is faster?", "dono mein sasta kaun" compares them.
    compared: tuple[str, ...] = ()
    # The station asked about before `station` ("code of bhopal", then "code of agra"): "trains
    # between those two" is the journey from it to `station`.
    before: StationField = None

    @classmethod
    def of(cls, request: Request) -> Self:
        """What a request named: its train, PNR, stations (settled ones), date, class, quota."""
        slots = request.slots
        station = slots.get("station") or slots.get("code")
        return cls.model_validate(
            {
                "request": request,
                "train": slots.get("train"),
                "pnr": slots.get("pnr"),
                "origin": _one_station(slots.get("from")),
                "destination": _one_station(slots.get("to")),
                "station": _one_station(station),
                # A fare's date is a field, not a slot: what it showed all the same.
                "date": slots.get("date") or getattr(request, "date", None),
                "journey_class": slots.get("class"),
                "quota": slots.get("quota"),
                "passengers": slots.get("passengers") or getattr(request, "passengers", None),
            }
        )

    @property
    def empty(self) -> bool:
        return self == type(self)()

    @property
    def journey(self) -> tuple[StationCode, StationCode] | None:
        """The journey's two ends, when both are known."""
        if self.origin is None or self.destination is None:
            return None
        return self.origin, self.destination

    @property
    def ends(self) -> tuple[object, object] | None:
        """The journey's ends as the last question gave them (a city's stations, or one), when
        it gave any: a search between cities is a journey though no one station is settled."""
        slots = self.request.slots if self.request is not None else {}
        if "from" not in slots and "to" not in slots:
            return None
        return _hashable(slots.get("from")), _hashable(slots.get("to"))

    def then(self, shown: Subject) -> Subject:
        """The subject after `shown`: what it showed, and what this subject knew that still
        holds. Another PNR or train, or another journey, is a new subject; the same train seen
        again keeps its PNR, journey, class and quota ("is it late?" after a PNR)."""
        after = self._then(shown)
        if None not in (shown.station, self.station) and shown.station != self.station:
            after = after.model_copy(update={"before": self.station})
        booked = None if after.pnr else after.booked or self.pnr or self.booked
        if booked != after.booked:
            cancelled = bool(self.cancelled) if booked == self.pnr else self.booked_cancelled
            after = after.model_copy(update={"booked": booked, "booked_cancelled": cancelled})
        elif booked is not None and booked == self.booked and shown.booked != booked:
            # The booking kept from before this answer (a list shown since): whether its train
            # is cancelled is kept with it, never this answer's unknowing "no".
            after = after.model_copy(update={"booked_cancelled": self.booked_cancelled})
        checked = self._pnrs_checked(shown)
        if checked != after.pnrs:
            after = after.model_copy(update={"pnrs": checked})
        pair = self._trains_looked_at(shown)
        if pair != after.compared:
            after = after.model_copy(update={"compared": pair})
        if self.listed and not shown.listed and shown.train in self.listed_trains:
            # One train of the list looked at: the list stays on screen for "and the 2nd one?",
            # and the journey it makes on the list is the one in hand ("uska fare" next)
            item = self.listed[self.listed_trains.index(shown.train)]
            kept: dict[str, object] = {
                "listed": self.listed,
                "listed_from": self.listed_from,
                "listing": self.listing,
                "more_from": self.more_from,
            }
            if after.journey is None and item.origin and item.destination:
                kept |= {"origin": item.origin, "destination": item.destination}
            return after.model_copy(update=kept)
        if self.listed and not shown.listed and _looks_up_a_station(shown.request):
            # A station's code or name looked up ("NDLS ka code?", "what is the code of Kota")
            # with a list in hand: the list stays in hand, "the second one" next is still its
            # second train (the station looked up is the subject's station all the same)
            kept = {
                "listed": self.listed,
                "listed_from": self.listed_from,
                "listing": self.listing or self.request,
                "more_from": self.more_from,
            }
            return after.model_copy(update=kept)
        left_out = shown.train is not None and not shown.listed and after.listing is not None
        if self.listed and left_out and after.listing == self.listing and not after.listed:
            # A train the list left out looked at ("doesn't the shatabdi run on wednesday?" of
            # the journey's trains that day): the list stays on screen with its question, for
            # "ok the brindavan then" next
            return after.model_copy(update={"listed": self.listed, "listed_from": self.listed_from})
        return after

    def _trains_looked_at(self, shown: Subject) -> tuple[str, ...]:
        """The two trains last looked at each alone, once `shown` is: the train shown and the
        one before it, when they differ; the same train again keeps the two."""
        if shown.train is None or shown.listed or shown.pnr is not None:
            return ()
        if shown.train == self.train:
            return shown.compared or self.compared
        if self.train is None or self.pnr is not None or self.listed:
            return ()
        return (self.train, shown.train)

    def _pnrs_checked(self, shown: Subject) -> tuple[str, ...]:
        """The PNRs checked in the conversation so far, in the order first checked, once
        `shown` is: a booking checked after another ("pnr A", then "pnr B") makes them several,
        as one answer showing both does ("the first one", "which of them is confirmed?")."""
        if shown.pnrs or shown.pnr is None:
            return shown.pnrs
        before = self.pnrs or tuple(pnr for pnr in (self.booked, self.pnr) if pnr is not None)
        if not before or before == (shown.pnr,):
            return ()
        checked = tuple(dict.fromkeys((*before, shown.pnr)))
        return checked[-MAX_PNRS:]

    @property
    def answered_each(self) -> bool:
        """Whether the last answer was for each of a few trains (`several`), the first of them
        in hand: "it" next is each of them again, not the first alone."""
        return 1 < len(self.several) <= MAX_EACH and self.train in self.several

    @property
    def listed_trains(self) -> tuple[str, ...]:
        return tuple(item.train for item in self.listed)

    def _then(self, shown: Subject) -> Subject:
        other_pnr = shown.pnr is not None and shown.pnr != self.pnr
        other_train = None not in (shown.train, self.train) and shown.train != self.train
        if shown.journey is not None:
            other_journey = shown.journey != self.journey
        else:  # a journey between cities, or with one end still to say
            other_journey = shown.ends is not None and shown.ends != self.ends
        if other_pnr or other_train or (other_journey and shown.train is None):
            if self._back_of(shown):
                # the way back ("and the return train?", then its seats): the class, quota and
                # party of the onward journey travel back too, never asked again
                return shown.model_copy(update=self._travellers_for(shown))
            return shown
        if len(shown.listed) == 1 and shown.train is None:
            # a page of one train (the day's one cancelled train, a board or a journey's list
            # showing one): "it", "why?", "how long does it take?" next are of that train, the
            # newest said, never the one in hand before (of several, "is it cancelled?" is still
            # the train in hand's); the traveller's class, quota and party stay
            return shown.model_copy(update=self._travellers_for(shown))
        kept = {
            name: getattr(self, name)
            for name in type(self).model_fields
            if getattr(shown, name) is None and getattr(self, name) is not None
        }
        if other_journey:  # the same train, another part of its run: the PNR is not this one
            kept.pop("pnr", None)
        return shown.model_copy(update=kept)

    def _ends_codes(self) -> tuple[frozenset[str], frozenset[str]]:
        """The stations the journey in hand starts and ends at, as asked (a city's candidates)
        and as settled."""
        slots = self.request.slots if self.request is not None else {}
        return (
            _codes(slots.get("from"), self.origin),
            _codes(slots.get("to"), self.destination),
        )

    def _back_of(self, shown: Subject) -> bool:
        """Whether `shown` is the journey in hand the other way: its way back."""
        there, back = self._ends_codes(), shown._ends_codes()
        return all((*there, *back)) and bool(there[0] & back[1]) and bool(there[1] & back[0])

    def _travellers_for(self, shown: Subject) -> dict[str, object]:
        """The traveller's class, quota and party of this journey that `shown` does not say."""
        return {
            name: getattr(self, name)
            for name in _TRAVELLERS
            if getattr(shown, name) is None and getattr(self, name) is not None
        }


def _a_days_changed_trains(request: Request | None) -> bool:
    """Whether a request lists a day's cancelled or rescheduled trains, of no one train."""
    changed = isinstance(request, CancelledTrains | RescheduledTrains)
    return changed and getattr(request, "train", None) is None


def _looks_up_a_station(request: Request | None) -> bool:
    """Whether a request only looks up a station (its code, or the station of a code)."""
    return isinstance(request, StationByName | StationByCode)


class Conversation(BaseModel):
    """What the bot remembers of one user's conversation: the question it asked last, if any,
    the subject of the conversation (what was just shown), if any, and the question whose
    answer was the last thing said (`answered`: "tell me in Hindi" says that answer again)."""

    model_config = ConfigDict(frozen=True)

    pending: Pending | None = None
    subject: Subject | None = None
    answered: StoredRequest | None = None
    # The cards the last answer showed (`app.bot.shown_cards`): not shown again under the answer
    # to a follow-up about them ("platform?" after a PNR's card).
    cards: tuple[str, ...] = ()
    # The last answer's gist (its first line), and the impatient lines since ("jaldi karo").
    gist: str = ""
    hurried: int = 0

    @model_validator(mode="before")
    @classmethod
    def _read_older_versions(cls, data: Any) -> Any:
        """State stored as a bare pending question, before the conversation had a model."""
        if isinstance(data, dict) and "asking" in data:
            return {"pending": data}
        return data

    @property
    def empty(self) -> bool:
        unsaid = not self.gist and not self.hurried
        return self.pending is None and (self.subject is None or self.subject.empty) and unsaid


class ConversationState:
    """Load, save and clear one user's conversation."""

    def __init__(self, store: Store, ttl_s: int = STATE_TTL_S) -> None:
        self._store = store
        self._ttl_s = ttl_s

    @staticmethod
    def key(user_id: str) -> str:
        return STATE_PREFIX + user_id

    async def load(self, user_id: str) -> Conversation:
        return await self.read(user_id, await self._store.get(self.key(user_id)))

    async def read(self, user_id: str, raw: str | None) -> Conversation:
        """The conversation from its stored text (`load`'s, or one read with other keys)."""
        if raw is None:
            return Conversation()
        try:
            return Conversation.model_validate_json(raw)
        except ValidationError:
            # Damaged, or written by a version that knew other requests: forget it rather than
            # fail the user.
            log.warning("dropping unreadable conversation state", extra={"user": user_id})
            await self._store.delete(self.key(user_id))
            return Conversation()

    async def save(self, user_id: str, conversation: Conversation) -> None:
        value = self.stored(conversation)
        if value is None:
            await self.clear(user_id)
            return
        await self._store.set(self.key(user_id), value[0], ttl_s=value[1])

    def stored(self, conversation: Conversation) -> tuple[str, float] | None:
        """What `save` writes under the user's key (text and lifetime); None: the key is deleted."""
        if conversation.empty:
            return None
        return conversation.model_dump_json(), float(self._ttl_s)

    async def clear(self, user_id: str) -> None:
        await self._store.delete(self.key(user_id))
