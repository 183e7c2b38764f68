"""What a message comes to, with what the conversation needs to read it in context: the request,
and a few facts about its words (did they name a question of their own, point back at what was
said before, ask about many trains, place a station with "from" or "to").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Final

from app.bot.requests import Intent, Request, SlotValue
from app.bot.understanding import lexicon as lx
from app.bot.understanding import tense
from app.bot.understanding.clock import find_window
from app.bot.understanding.intents import (
    asks_the_whole_run,
    how_much_in_a_quota,
    on_its_way,
    says_running_late,
)
from app.bot.understanding.lexicon import Connector, Hint
from app.bot.understanding.members import (
    ARRIVALS,
    CONN_DST,
    DEPARTURES,
    FARE,
    HINT_STATUS,
    STOPS_AT,
    TRAINS_BETWEEN,
)
from app.bot.understanding.picks import Pick
from app.bot.understanding.reading import Item, Parse
from app.bot.understanding.topics import term_named

# Connectors that say which end of a journey a station is.
_ROLE_CONNECTORS: Final = frozenset(
    {Connector.FROM, Connector.TO, Connector.SRC, Connector.DST, Connector.PAIR, Connector.BETWEEN}
)
# Hints that make a message a question of its own, not a detail of the last one.
_QUESTION_HINTS: Final = frozenset({Hint.ALERT, Hint.TICKET, Hint.STATUS})


@dataclass(frozen=True)
class Understood:
    """A message's request, and what its words say about how it relates to the conversation."""

    request: Request
    # The intents the message's own keywords name ("fare", "kahan hai"), not those guessed from
    # its entities: a message with none is not clearly a new question.
    keywords: frozenset[str] = frozenset()
    refers: bool = False  # "it", "ye", "this train": about what was just said
    plural: bool = False  # "trains", "list": about many trains, not one
    placed: bool = False  # a word says which end of a journey a station is ("se", "to")
    numbered: bool = False  # it holds a number of its own (a PNR, a train, a mistyped one)
    # The details it gives, as slots (class, quota, date, hours, passengers, stations by role;
    # `station` for a station given without a role), and whether it gives nothing else.
    details: dict[str, SlotValue] = field(default_factory=dict)
    only_details: bool = False
    date_word: str = ""  # the word a date came from, when it is ambiguous ("kal")
    how_much: bool = False  # it asks what something costs ("kitna", "how much", "fare")
    tracking: bool = False  # "track", "follow", "nazar rakho": follow a PNR or a train
    # Elliptical follow-ups: "from there", "show them" / "dikhao", "on 12628?" (a train and
    # nothing else but filler), "and GNWL?" (a railway word named).
    there: bool = False
    # Which end of a journey "there" is, when the words say: "from" ("from there", "wahan se",
    # "वहाँ से"), "to" ("to there", "get there", "wahan tak", "वहाँ जाने"); else "".
    there_end: str = ""
    # "kab tak pata chalega", "kab pata chalegi": when one will know (after a booking: by the
    # chart)
    knowing: bool = False
    showing: bool = False
    # "check it again", "ek baar phir dekho", "फिर से चेक करो", "refresh": the last answer again.
    again: bool = False
    # "just tell me yes or no", "haan ya na batao", "हाँ या ना बताओ": a plain yes or no asked.
    yes_or_no: bool = False
    # "what about trains", "ok show the trains", "train batao": the trains, nothing more said.
    asks_trains: bool = False
    # "which coach is P1 in", "mera berth kaunsa hai", "which coach am i in", "कौन सी बोगी": a
    # passenger's place in a booking.
    booking: bool = False
    future_run: bool = False  # "kal chalegi?": a run to come, not yesterday's
    asks_when: bool = False  # "kab", "what time", "kitne baje"
    train_word: bool = False  # "train", "gaadi": a train, perhaps another than the one shown
    # "where do I board", "kahan se chadhna hai": getting on the train (not a station's board).
    boards: bool = False
    leaves: bool = False  # "niklegi", "leave", "chalti": a train leaving, not arriving
    # Which board the words ask for, if any: "departures", "jaane wali" / "arrivals", "aane wali".
    board_way: str = ""
    also: bool = False  # "and", "aur", "what about", "X ka?": the same question of another
    words: frozenset[str] = frozenset()  # every word of it, as read (Devanagari romanised)
    other_train: str = ""
    other_named: bool = False  # "what about kerala express?": the same question of a train named
    term: str = ""
    # Every PNR, train and class it names, in order: several of one kind are several asks.
    pnrs: tuple[str, ...] = ()
    trains: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    train_name: str = ""  # a train named, not numbered ("karnataka express"): to look up
    # The ends of a journey it names in words that are no station we know ("delhi se xyzabc").
    unfound: frozenset[str] = frozenset()
    runs: bool = False  # "will it run", "chalegi": whether a train runs on a day
    # A yes or no about the run of the train in hand, its subject left unsaid as Hindi leaves it:
    # whether it gets to a place or to its end ("reaches": "kya mysore tak jayegi"), has left
    # one ("left": "itarsi se nikal gayi?") or reached one ("reached": "bhopal pahunch gayi?").
    whether: str = ""
    why: bool = False  # "why", "kyun", "क्यों": the reason for what was just said
    pick: Pick | None = None  # a train of a list pointed at ("the first one", "which is fastest")
    which_one: bool = False  # "the Bhopal one", "Bhopal wali": one of a list, by what it is
    running_late: bool = False  # "late chal rahi": its words for late trains say running late
    any_train: bool = False  # "koi", "which", "kaun si": any train, not the one in hand
    status: bool = False  # "status", "sthiti", "स्थिति": a status asked, of whatever it names
    passenger: int = 0  # one passenger of a booking named ("P2", "passenger 3", "dusre yatri")
    # A time said to leave after, minutes of the day ("after 7 tonight", "10 ke baad"), if any.
    after: int | None = None

    # Written out, not generated: a frozen dataclass's own `__init__` runs as Python even
    # compiled (each field through `object.__setattr__`, about 7 % of a compiled message's
    # instructions); mypyc makes each `object.__setattr__` here a native store. The same
    # parameters in the same order with the same defaults as the fields (a test pins it).
    def __init__(
        self,
        request: Request,
        keywords: frozenset[str] = frozenset(),
        refers: bool = False,
        plural: bool = False,
        placed: bool = False,
        numbered: bool = False,
        details: dict[str, SlotValue] | None = None,
        only_details: bool = False,
        date_word: str = "",
        how_much: bool = False,
        tracking: bool = False,
        there: bool = False,
        there_end: str = "",
        knowing: bool = False,
        showing: bool = False,
        again: bool = False,
        yes_or_no: bool = False,
        asks_trains: bool = False,
        booking: bool = False,
        future_run: bool = False,
        asks_when: bool = False,
        train_word: bool = False,
        boards: bool = False,
        leaves: bool = False,
        board_way: str = "",
        also: bool = False,
        words: frozenset[str] = frozenset(),
        other_train: str = "",
        other_named: bool = False,
        term: str = "",
        pnrs: tuple[str, ...] = (),
        trains: tuple[str, ...] = (),
        classes: tuple[str, ...] = (),
        train_name: str = "",
        unfound: frozenset[str] = frozenset(),
        runs: bool = False,
        whether: str = "",
        why: bool = False,
        pick: Pick | None = None,
        which_one: bool = False,
        running_late: bool = False,
        any_train: bool = False,
        status: bool = False,
        passenger: int = 0,
        after: int | None = None,
    ) -> None:
        object.__setattr__(self, "request", request)
        object.__setattr__(self, "keywords", keywords)
        object.__setattr__(self, "refers", refers)
        object.__setattr__(self, "plural", plural)
        object.__setattr__(self, "placed", placed)
        object.__setattr__(self, "numbered", numbered)
        object.__setattr__(self, "details", {} if details is None else details)
        object.__setattr__(self, "only_details", only_details)
        object.__setattr__(self, "date_word", date_word)
        object.__setattr__(self, "how_much", how_much)
        object.__setattr__(self, "tracking", tracking)
        object.__setattr__(self, "there", there)
        object.__setattr__(self, "there_end", there_end)
        object.__setattr__(self, "knowing", knowing)
        object.__setattr__(self, "showing", showing)
        object.__setattr__(self, "again", again)
        object.__setattr__(self, "yes_or_no", yes_or_no)
        object.__setattr__(self, "asks_trains", asks_trains)
        object.__setattr__(self, "booking", booking)
        object.__setattr__(self, "future_run", future_run)
        object.__setattr__(self, "asks_when", asks_when)
        object.__setattr__(self, "train_word", train_word)
        object.__setattr__(self, "boards", boards)
        object.__setattr__(self, "leaves", leaves)
        object.__setattr__(self, "board_way", board_way)
        object.__setattr__(self, "also", also)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "other_train", other_train)
        object.__setattr__(self, "other_named", other_named)
        object.__setattr__(self, "term", term)
        object.__setattr__(self, "pnrs", pnrs)
        object.__setattr__(self, "trains", trains)
        object.__setattr__(self, "classes", classes)
        object.__setattr__(self, "train_name", train_name)
        object.__setattr__(self, "unfound", unfound)
        object.__setattr__(self, "runs", runs)
        object.__setattr__(self, "whether", whether)
        object.__setattr__(self, "why", why)
        object.__setattr__(self, "pick", pick)
        object.__setattr__(self, "which_one", which_one)
        object.__setattr__(self, "running_late", running_late)
        object.__setattr__(self, "any_train", any_train)
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "passenger", passenger)
        object.__setattr__(self, "after", after)

    @property
    def new_question(self) -> bool:
        """Whether the message clearly asks a question of its own (its keywords name one, it
        brings a PNR, it asks a train's status: "16021 status", or it asks for the trains
        between two places: "kal bangalore se chennai ki trains"), rather than giving a detail
        of the question in hand."""
        if self.keywords or self.request.slots.get("pnr") is not None:
            return True
        if self.status and self.request.slots.get("train") is not None:
            return True
        return self.trains_between

    @property
    def trains_between(self) -> bool:
        """Whether the message asks for the trains (the word said) between two places."""
        slots = self.request.slots
        journey = slots.get("from") is not None and slots.get("to") is not None
        return self.plural and journey and self.request.intent == TRAINS_BETWEEN


def facts(request: Request, p: Parse, today: dt.date) -> Understood:
    """`request` with the facts of the message `p` was read from."""
    details = _details(p)
    # "sleeper mein kitna": a word that asks how much, beside details, asks nothing new; nor
    # does one that corrects or swaps what was asked ("sorry, 3A", "make it 3rd ac").
    unknown_words = any(
        item.words[0] not in _ASKS_NOTHING_NEW for item in p.items if item.kind == "word"
    )
    # "kal bangalore se chennai ki trains": the trains between two places, a question of its own.
    # ... and "koi dusri train delhi se agra?", "any other train from A to B": a train, any or
    # another, of a journey named whole.
    trains_said = p.words & lx.PLURAL_TRAINS or (
        p.words & lx.TRAIN_NOUNS and p.words & _ANY_OR_OTHER
    )
    journey_asked = bool(trains_said) and {"from", "to"} <= set(details)
    only = (
        bool(details)
        and not journey_asked
        and not p.intents
        and p.pnr is None
        and p.train is None
        and p.train_name is None
        and p.hints.isdisjoint(_QUESTION_HINTS)
        and not unknown_words
        and not how_much_in_a_quota(p)  # "tatkal ka kitna" after seats: its fare, not seats
    )
    there = _says_there(p)
    return Understood(
        request=request,
        keywords=frozenset(str(intent) for intent in p.intents | _asked_apart(p)),
        status=HINT_STATUS in p.hints,
        refers=not p.words.isdisjoint(lx.REFERRING_WORDS),
        plural=not p.words.isdisjoint(lx.PLURAL_TRAINS),
        placed=not p.conns.isdisjoint(_ROLE_CONNECTORS),
        numbered=p.pnr is not None
        or p.train is not None
        or p.train_name is not None
        or bool(p.other_numbers),
        details=details,
        only_details=only,
        date_word=p.date.word if p.date is not None else "",
        how_much=not p.words.isdisjoint(_HOW_MUCH) or FARE in p.intents,
        tracking=not p.words.isdisjoint(lx.ALERT_TRACK),
        there=there,
        there_end=_there_end(p.raw) if there else "",
        showing=not p.words.isdisjoint(_SHOW) and _only(p, _SHOW_WORDS),
        again=not p.words.isdisjoint(_AGAIN) and _only(p, _AGAIN_WORDS),
        yes_or_no=not p.words.isdisjoint(_YES) and not p.words.isdisjoint(_NO),
        booking=_asks_a_place_in_a_booking(p),
        future_run=tense.future(p.words),
        asks_when=not p.words.isdisjoint(lx.WHEN_WORDS),
        train_word=(not p.hints.isdisjoint(_TRAIN_HINTS) or not p.words.isdisjoint(lx.TRAIN_NOUNS)),
        boards=not p.words.isdisjoint(lx.BOARDING_WORDS) and p.intents.isdisjoint(_BOARDS),
        # "pata chalega" is "will know", not a train going ("kab tak pata chalega")
        leaves=not p.words.isdisjoint(_LEAVING) and not _KNOWING.search(p.raw),
        knowing=not p.words.isdisjoint(lx.WHEN_WORDS) and _KNOWING.search(p.raw) is not None,
        board_way=_board_way(p),
        also=not p.words.isdisjoint(_ALSO),
        words=frozenset(p.words),
        asks_trains=not p.hints.isdisjoint(_TRAIN_HINTS)
        and p.train is None
        and p.pnr is None
        and _only(p, _SHOWN_TRAINS_WORDS),
        other_train=p.train or "" if p.pnr is None and _only(p, _FILLER) else "",
        other_named=_named_alone(p),
        term=term_named(p) or "",
        pnrs=p.pnrs,
        trains=p.trains,
        classes=p.classes,
        train_name=p.train_name or "",
        unfound=p.unfound,
        runs=not p.words.isdisjoint(_RUNS) and p.words.isdisjoint(_STANDING),
        whether=_whether(p),
        why=not p.words.isdisjoint(lx.WHY_WORDS),
        which_one=not p.words.isdisjoint(_WHICH_ONE),
        running_late=says_running_late(p),
        any_train=not p.words.isdisjoint(_ANY_TRAIN),
        passenger=_one_passenger(p),
        after=_leaving_after(p.raw),
    )


def _leaving_after(text: str) -> int | None:
    """The time a message says to leave after ("after 7 tonight": 19:00), minutes of the day."""
    window = find_window(text)
    return window.start if window is not None and window.open else None


def _asked_apart(p: Parse) -> frozenset[Intent]:
    """The intents a message names by words said apart, which no one keyword holds ("beech me
    itarsi aata hai?": a stop on the way), so that it is a question of its own."""
    places = [item for item in p.places if item.role != "via"]
    return frozenset({STOPS_AT}) if on_its_way(p, places) else frozenset()


# Words that ask how much, beside a detail ("sleeper mein kitna", "2A kitne ka").
_HOW_MUCH: Final = frozenset(
    {"kitna", "kitne", "kitni", "kitnaa", "kitana",
     # the fare of a party, added up ("total for 4 people", "4 लोगों का कुल")
     "total", "kul", "altogether", "milake", "milakar", "mila",
     # the money asked by name ("fare for 2", "and the price for 3?" after seats: their fare)
     "fare", "fares", "price", "cost", "kiraya", "kiraaya"}
)  # fmt: skip
# Words that, beside details, ask nothing new: how much, a run to come, a correction or a swap.
_ASKS_NOTHING_NEW: Final = (
    _HOW_MUCH
    | lx.FUTURE_RUN
    | lx.CORRECTION_WORDS
    | lx.SAID_BEFORE_WORDS
    | frozenset({"make", "change", "switch", "oops", "wait", "hmm", "umm", "badlo", "badal"})
    # how it stands that day ("परसों का क्या हाल है", "kal ka kya scene hai")
    | frozenset({"hal", "haal", "halat", "haalat", "scene"})
    # the details said all together ("sleeper aur 3ac dono", "3A and 2A both")
    | frozenset({"dono", "donon", "both"})
    # whether one gets a seat so ("tatkal mil jayega?", "ladies quota me mil jayegi?")
    | frozenset({"mil", "milega", "milegi", "milenge"})
)
# "Will it run?": whether a train runs on a day.
_RUNS: Final = frozenset(
    {"run", "runs", "running", "go", "going", "chalegi", "chalti", "chalega", "jayegi", "jaegi",
     "jaayegi", "chal"}
)  # fmt: skip
# "Running status", "running position": where a train is, not whether it runs.
_STANDING: Final = frozenset({"status", "position", "स्टेटस", "sthiti", "स्थिति", "haal", "hal"})
# "The Bhopal one", "Bhopal wali": one of a list, by what it is.
_WHICH_ONE: Final = frozenset({"one", "wali", "wala", "waali", "waala", "vali", "vala"})
_TRAIN_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS})
# A station's boards: "departure board" is no question of getting on a train.
_BOARDS: Final = frozenset({Intent.DEPARTURES, Intent.ARRIVALS})
def _asks_a_place_in_a_booking(p: Parse) -> bool:
    """Whether a coach or berth is asked as one's own ("mera dabba", "which coach am i in"), of a
    passenger ("P1's coach") or which it is ("कौन सी बोगी", "which berth?"): after a booking,
    where its passengers sit."""
    if p.words.isdisjoint(lx.BOOKING_NOUNS):
        return False
    if not p.words.isdisjoint(lx.PERSONAL_WORDS | _ONESELF | _WHICH):
        return True
    return _PASSENGER.search(p.raw) is not None


# One speaking of oneself ("which coach am i in", "hum kis coach me hain"), or asking which.
_ONESELF: Final = frozenset({"i", "im", "am", "we", "hum", "main", "मैं", "हम"})
_WHICH: Final = frozenset(
    {"which", "kaunsa", "konsa", "kaunsi", "konsi", "kaun", "kon", "kis"}
    | {"कौन", "कौनसा", "कौनसी", "किस"}
)
# A passenger of a booking by the number the PNR's card gives them ("P1", "p 2", "passenger 3").
_PASSENGER: Final = re.compile(r"\b(?:p|passenger|yatri)\s?\d\b", re.IGNORECASE)
_TRAINS: Final = frozenset(
    {"train", "trains", "gaadi", "gadi", "gaadiyan", "gadiyan", "rail", "ट्रेन", "ट्रेनें", "tren"}
)
_ASKING: Final = frozenset(
    {"ok", "okay", "then", "now", "ab", "please", "pls", "tell", "me", "bolo", "batao", "bata",
     "dikhao", "dikha", "give", "get", "check", "any", "koi", "kaunsi", "konsi", "which", "by",
     "se", "via", "instead", "option", "options", "there", "are", "chalo", "so", "yes", "to",
     "toh", "fir", "phir", "ठीक", "है", "हाँ", "हां", "अच्छा", "तो", "फिर", "दिखाओ", "दिखाइए",
     "बताओ", "बताइए"}
    # an acknowledgement before it ("thik hai trains dikhao", "achha to train batao")
    | {word for phrase in lx.ACK_PHRASES for word in phrase.split()}
)  # fmt: skip
# One passenger of a booking, by the number its card gives them ("P2", "p 2's", "passenger 3",
# "यात्री 3" read "yatri 3") or by their place ("second passenger", "दूसरे यात्री").
_NUMBERED_PASSENGER: Final = re.compile(
    r"\b(?:p|passenger|yatri|yaatri|musafir|traveller|traveler)\s?#?([1-9])(?![0-9])",
    re.IGNORECASE,
)
# ... or by a number in words ("passenger three", "yatri do"), or by place with "wale" between
# ("pehle wale passenger").
_WORDED_PASSENGER: Final = re.compile(
    r"\b(?:passenger|yatri|yaatri|musafir|traveller|traveler)\s+(?:no\.?\s+|number\s+)?"
    r"(one|two|three|four|five|six|ek|teen|char|chaar|paanch|panch|chhe)\b",
    re.IGNORECASE,
)
_PLACED_PASSENGER: Final = re.compile(
    r"\b([a-z0-9]+)\s+(?:(?:wale|wala|wali|vale|vala|waale|waala)\s+)?"
    r"(?:passenger|yatri|yaatri|musafir|traveller|traveler)\b",
    re.IGNORECASE,
)
_PASSENGER_NUMBERS: Final = {
    **dict.fromkeys(("one", "ek"), 1),
    **dict.fromkeys(("two",), 2),
    **dict.fromkeys(("three", "teen"), 3),
    **dict.fromkeys(("four", "char", "chaar"), 4),
    **dict.fromkeys(("five", "paanch", "panch"), 5),
    **dict.fromkeys(("six", "chhe"), 6),
}
# The words `_PLACED_PASSENGER` names a passenger by, as the understanding reads them.
PASSENGER_NOUNS: Final = frozenset(
    {"passenger", "yatri", "yaatri", "musafir", "traveller", "traveler"}
)
_PLACES: Final = {
    **dict.fromkeys(("first", "1st", "pehle", "pahle", "pehla", "pahla"), 1),
    **dict.fromkeys(("second", "2nd", "dusre", "doosre", "dusra", "doosra"), 2),
    **dict.fromkeys(("third", "3rd", "tisre", "teesre", "tisra", "teesra"), 3),
    **dict.fromkeys(("fourth", "4th", "chauthe", "chautha"), 4),
}


def _one_passenger(p: Parse) -> int:
    """The number of the one passenger of a booking a message names, else 0."""
    raw = p.raw
    numbered = _NUMBERED_PASSENGER.search(raw) if p.digits else None
    if numbered is not None:
        return int(numbered.group(1))
    if p.words.isdisjoint(PASSENGER_NOUNS):
        return 0
    worded = _WORDED_PASSENGER.search(raw)
    if worded is not None:
        return _PASSENGER_NUMBERS[worded.group(1).lower()]
    placed = _PLACED_PASSENGER.search(raw)
    return _PLACES.get(placed.group(1).lower(), 0) if placed is not None else 0


# "Pata chalega", "pata chal jayega", "पता चलेगा": coming to know, not a train leaving.
_KNOWING: Final = re.compile(r"\b(?:pata|pta)\s+chal|पता\s+चल")
# "From there", and "from here" after a station was shown ("yahan se delhi"): the place last
# shown.
_THERE: Final = frozenset(
    {"there", "wahan", "wahaan", "vahan", "vahaan", "waha", "vaha", "udhar"}
    | {"here", "yahan", "yahaan", "yaha", "idhar", "यहाँ", "यहां", "इधर", "वहाँ", "वहां", "उधर"}
)
_THERE_SAID: Final = (
    r"(?:there|here|wahan|wahaan|vahan|vahaan|waha|vaha|yahan|yahaan|yaha|udhar|idhar|वहाँ|वहां"
    r"|यहाँ|यहां|उधर|इधर)"
)
# "From there", "wahan se", "वहाँ से": there is where the journey starts.
_THERE_START: Final = re.compile(
    rf"(?<![\w\u0900-\u097f])(?:from\s+{_THERE_SAID}|{_THERE_SAID}\s+(?:se|sey|से))"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)
# "To there", "get there", "there from agra", "wahan tak", "wahan jaane", "वहाँ तक", "वहाँ जाने":
# there is where it ends.
_THERE_END: Final = re.compile(
    rf"(?<![\w\u0900-\u097f])(?:(?:to|till|until|reach|get|go)\s+{_THERE_SAID}"
    rf"|{_THERE_SAID}\s+(?:from|tak|jaane|jane|jana|jaana|pahunchne|तक|जाने|जाना|पहुँचने))"
    r"(?![\w\u0900-\u097f])",
    re.IGNORECASE,
)


# "Is there", "are there", "there is": there of being, not a place ("is there 2A?").
_THERE_OF_BEING: Final = re.compile(
    r"\b(?:(?:is|are|was|were|will|would)\s+there|there\s+(?:is|are|was|were|will)|there's)\b",
    re.IGNORECASE,
)


def _says_there(p: Parse) -> bool:
    """Whether the message points at a place with "there", "here", "wahan", "वहाँ" ("trains
    from there"); not the "there" of "is there 2A?" alone."""
    if p.words.isdisjoint(_THERE):
        return False
    if not p.words.isdisjoint(_THERE - {"there"}):
        return True
    return re.search(r"\bthere\b", _THERE_OF_BEING.sub(" ", p.raw), re.IGNORECASE) is not None


def _there_end(raw: str) -> str:
    """Which end of a journey the message's "there" is, when its words say ("from", "to")."""
    if _THERE_START.search(raw):
        return "from"
    return "to" if _THERE_END.search(raw) else ""


# "Show them": the answer the last question had.
_SHOW: Final = frozenset(
    {"show", "list", "dikhao", "dikha", "dikhaiye", "dikhana", "batao", "bata"}
)
# "Again", "refresh": the last answer asked once more ("check it again", "phir se dekho").
_AGAIN: Final = frozenset(
    {"again", "phir", "fir", "phirse", "firse", "dobara", "dubara", "dobaara", "refresh",
     "recheck", "reload"}
)  # fmt: skip
# What else such a message says: a verb of looking, "once", "one more time".
_LOOKING: Final = frozenset(
    {"check", "chek", "dekho", "dekh", "dekhna", "dekhiye", "dekhke", "look", "see", "karo",
     "kar", "kro", "karna", "kijiye", "se", "ek", "baar", "bar", "once", "more", "time", "can",
     "you", "could", "just", "status", "now", "ab", "abhi", "zara", "jara", "it", "its", "this",
     "that", "one", "isko", "ise", "use", "usko"}
)  # fmt: skip
# Words that together ask for a plain yes or no ("yes or no", "haan ya na", "हाँ या ना").
_YES: Final = frozenset({"yes", "haan", "han", "haa", "haanji", "ha"})
_NO: Final = frozenset({"no", "na", "naa", "nahi", "nahin", "nai"})
# Words around a bare detail that change nothing ("and on 12628?", "aur 12628 pe?").
_FILLER: Final = frozenset(
    {"on", "for", "and", "aur", "or", "what", "about", "in", "mein", "me", "pe", "par", "then",
     "them", "do", "de", "dijiye", "please", "pls", "plz", "ka", "ki", "ke", "bhi", "kya",
     "the", "it", "those", "these", "all", "sab", "sabhi", "us", "wo", "woh", "ye", "yeh",
     "phir", "fir", "to", "toh", "ok", "okay", "so", "hai"}
)  # fmt: skip


# "and Agra?", "aur agra?", "what about agra", "agra ka?", "और आगरा?": the same of another.
_ALSO: Final = frozenset({"and", "aur", "or", "ya", "about", "ka", "ki", "ke"})


def _board_way(p: Parse) -> str:
    """ "departures" or "arrivals" when the words ask for a station's board of that way
    ("departures?", "aur jaane wali?", "आने वाली ट्रेनें?"), else ""."""
    if ARRIVALS in p.intents:
        return "arrivals"
    if DEPARTURES in p.intents or (CONN_DST in p.conns and not p.places):
        return "departures"
    return ""


def _whether(p: Parse) -> str:
    """The yes or no a message asks about one train's run without saying which train ("mysore
    tak jayegi?", "क्या इटारसी से निकल गई", "bhopal pahunch gayi?"): "reaches", "left" or
    "reached"; empty for anything else, and for trains to a place ("koi train mysore jayegi?",
    "which trains go to mysore")."""
    words = p.words
    if p.train is not None or p.pnr is not None or p.train_name is not None:
        return ""
    if not words.isdisjoint(_TRAINS_OR_ANY):
        return ""
    places = [item for item in p.places if item.role != "via"]
    if len(places) > 1:
        return ""
    if lx.LEFT_SAID.said_in(words):
        return "left"
    if lx.REACHED_SAID.said_in(words) and words.isdisjoint(lx.WHERE_WORDS):
        return "reached"
    if not words.isdisjoint(lx.WHEN_WORDS):
        return ""
    if asks_the_whole_run(p):
        # "does it run all the way to mysore", "poore route par chalegi?", "पूरे रास्ते चलेगी":
        # whether the run gets to its end (or to the place said)
        return "reaches" if not places or places[0].role in ("to", "at", None) else ""
    if words.isdisjoint(lx.GO_WORDS):
        return ""
    if not places:
        return ""
    return "reaches" if places[0].role in ("to", "at", None) else ""


# "Any train", "which train": a question about trains, not the one in hand.
_ANY_TRAIN: Final = frozenset(
    {"koi", "any", "which", "kaunsi", "konsi", "kaun", "kon", "कोई", "कौन", "कौनसी"}
)


def _named_alone(p: Parse) -> bool:
    """Whether the message names a train by its name and says nothing else but "and", "what
    about" ("what about kerala express?", "aur karnataka express?")."""
    if p.train is not None or p.pnr is not None or not p.train_name:
        return False
    name = set(p.train_name.split())
    return _only(p, _FILLER | name) and not p.words.isdisjoint(_ALSO)


def _only(p: Parse, allowed: frozenset[str]) -> bool:
    """Whether the message says nothing but `allowed` words (and a train number): no PNR,
    place, date, class or keyword of its own."""
    if p.places or p.date is not None or p.travel_class or p.quota or p.hours is not None:
        return False
    return not p.intents and p.words <= allowed


def _details(p: Parse) -> dict[str, SlotValue]:
    found: dict[str, SlotValue] = {}
    if p.travel_class:
        found["class"] = p.travel_class
    if p.quota:
        found["quota"] = p.quota
    if p.date is not None and isinstance(p.date.value, dt.date):
        found["date"] = p.date.value.isoformat()
    if p.hours is not None:
        found["hours"] = p.hours
    if p.passengers is not None:
        found["passengers"] = p.passengers
    places = [item for item in p.places if item.role != "via"]
    if len(places) == 1 and p.conns.isdisjoint(_ROLE_CONNECTORS):
        found["station"] = _codes(places[0])
    else:
        for item in places:
            if item.role in ("from", "to") and item.role not in found:
                found[item.role] = _codes(item)
            elif item.role == "at" and "station" not in found:
                found["station"] = _codes(item)
    return found


def _codes(item: Item) -> SlotValue:
    codes = list(item.place.codes) if item.place is not None else []
    return codes[0] if len(codes) == 1 else codes


# Unions of word sets asked of every message, made once.
_SHOW_WORDS: Final = _SHOW | _FILLER
_AGAIN_WORDS: Final = _AGAIN | _LOOKING | _FILLER
_SHOWN_TRAINS_WORDS: Final = _SHOW | _FILLER | _ASKING | _TRAINS
_LEAVING: Final = lx.LEAVING_NOW | lx.LEAVES_HABIT
_ANY_OR_OTHER: Final = _ANY_TRAIN | lx.OTHER_WORDS
_TRAINS_OR_ANY: Final = lx.PLURAL_TRAINS | _ANY_TRAIN
