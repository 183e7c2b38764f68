"""One message understood: its reading (`reading`), the intent decided (`intents`) and weighed
against the classifier where words of elsewhere may be meant (`classifier`), the request with its
slots (`slots`) and the facts the conversation reads it in context by (`understood`).

Compiled with the rest of the package (tools/compile.py): the package's `__init__`, which holds
the guard deciding whether the compiled modules load, stays Python and re-exports these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from collections.abc import Iterable
from typing import Final, TextIO

from app.bot.requests import (
    Arrivals,
    Departures,
    Help,
    Intent,
    OutOfScope,
    PnrStatus,
    Request,
    Reset,
    TrainsBetween,
    Unknown,
)
from app.bot.understanding import lexicon as lx
from app.bot.understanding.classifier import model, words_read
from app.bot.understanding.clock import Window, find_window
from app.bot.understanding.evidence import everyday_words, rests_on_everyday_words
from app.bot.understanding.followups import starts_over
from app.bot.understanding.intents import (
    TATKAL_WRITTEN,
    anchored,
    asks_cheer,
    asks_the_world,
    asks_who,
    bot_remark,
    cheer_asked,
    chit_chat,
    decide,
    how_to_use_this,
    knowledge_question,
    may_be_elsewhere,
    nearest_station_here,
    passenger_berth,
    place_among_words,
    railway_own,
    small_talk,
    tatkal_at_once,
    train_type_among_words,
    windowed_board,
)
from app.bot.understanding.lexicon import OTHER_SENSES, REFERRING_READ, Hint
from app.bot.understanding.members import (
    CANNOT_DO,
    CONN_SRC,
    FARE,
    GREETING,
    HELP,
    HINT_ELSEWHERE,
    OUT_OF_SCOPE,
    STATION_BY_NAME,
    TRAIN_FACTS,
    TRAIN_ROUTE,
    TRAINS_BETWEEN,
    UNKNOWN,
)
from app.bot.understanding.owned import PURPOSE_AFTER
from app.bot.understanding.reading import NAMED_TRAIN, Item, Parse, read
from app.bot.understanding.scripts import outside_in_another_script
from app.bot.understanding.slots import request_for
from app.bot.understanding.topics import (
    ON_BOARD_FOOD,
    another_services_care,
    asks_chance,
    journey_date_asked,
    own_booking_chance,
    paying,
    problem,
    task,
)
from app.bot.understanding.understood import Understood, facts
from app.railways.stations import StationIndex

log = logging.getLogger(__name__)

# Intents a question about a booking's chance of confirmation may be read as at first.
_MAY_ASK_CHANCE: Final = frozenset({Intent.PNR_STATUS, Intent.UNKNOWN, Intent.OUT_OF_SCOPE})
# Intents whose keywords a question about the world may share ("where is", "kitni hai").
_WORLDLY: Final = frozenset(
    {
        Intent.LIVE_STATUS,
        Intent.FARE,
        Intent.LANGUAGE,
        Intent.ARRIVALS,
        Intent.TRAIN_ROUTE,
        Intent.TRAIN_FACTS,  # "इंडिया गेट कितने बजे बंद होता है": not a train's times
    }
)
# Intents that are neither railway questions nor outside railways (small talk, settings).
_NEITHER: Final = frozenset(
    {Intent.GREETING, Intent.THANKS, Intent.HELP, Intent.LANGUAGE, Intent.FORGET_ME}
)
# Intents that words of other topics may have been read as, when nothing railways' own is said:
# not understood, or help asked with something else to help with.
_WEAKLY_SAID: Final = frozenset({Intent.UNKNOWN, Intent.HELP})
# Intents about what RailBot keeps for a person: PNR alerts.
_ALERTS: Final = frozenset({Intent.ALERT_SUBSCRIBE, Intent.ALERT_LIST, Intent.ALERT_STOP})
# Intents whose railway words are never weighed for an everyday sense (made once).
_NOT_WEIGHED: Final = _NEITHER | _ALERTS | {Intent.OUT_OF_SCOPE, Intent.EXPLAIN}
# A number alone, as small as a button's place ("2", "#3", "4."): a tap typed.
_TAP_TYPED: Final = re.compile(r"^\s*#?\s*([1-9][0-9]?)\s*[.)]?\s*$")
# Intents a window of clock times makes a station's board ("between 6 and 9 pm").
_BOARDS: Final = frozenset({Intent.TRAINS_BETWEEN, Intent.DEPARTURES, Intent.ARRIVALS})


def understand_message(text: str, *, today: dt.date, index: StationIndex) -> Understood:
    """The request one message makes, with the facts the conversation reads it in context by.
    Never raises; the same input gives the same output."""
    try:
        if starts_over(text):
            return Understood(Reset())  # "let's begin again from scratch", "दोबारा शुरू कीजिए"
        if _AND_HI in text and (first := _first_of_two(text, today, index)) is not None:
            return first
        parse = read(text, today, index)
        intent = decide(_numbered(parse, text))
        guessed = False  # outside railways by the examples alone (`OutOfScope.guessed`)
        elsewhere = may_be_elsewhere(parse) or asks_who(parse) or place_among_words(parse)
        elsewhere = elsewhere or (intent == UNKNOWN and asks_cheer(parse))
        if intent == UNKNOWN and _in_another_script(parse, text):
            intent = OUT_OF_SCOPE  # "আজ কলকাতায় বৃষ্টি হবে কি": a script RailBot does not read
        elif intent == UNKNOWN and elsewhere:
            # What the rules have no word for: "lost my phone", "who wrote the ramayana", "gaya
            # mein pind daan".
            if knowledge_question(parse) or chit_chat(parse) or model().outside_railways(text):
                intent = OUT_OF_SCOPE  # "bhai mood off hai kuch accha bolo": chit-chat
                guessed = not chit_chat(parse)
        elif intent == UNKNOWN and _elsewhere_but_for_its_day(parse):
            # A day or an hour is any topic's: "kal mera paper hai", "what time does the sun set
            # today" are weighed as what the rules have no word for; "आज मेरा मन नहीं लग रहा" is
            # chit-chat as it is without its day.
            if chit_chat(parse) or model().outside_railways(text):
                intent = OUT_OF_SCOPE
                guessed = not chit_chat(parse)
        elif _weakly_said(intent, parse) and model().elsewhere_for_sure(
            _weighed(text, parse), _trains_word(intent, parse)
        ):
            # What holds a word railway questions have too, but nothing railways' own: "kal
            # mera interview hai kuch tips do", "रात को नींद नहीं आती", "insta hack ho gaya help
            # karo", "गाड़ी की चाबी कहीं खो गई", "train my dog to sit"
            intent = OUT_OF_SCOPE
            guessed = True
        elif intent == GREETING and _more_than_greeting(parse):
            if model().elsewhere_for_sure(text, _its_day(parse)):
                intent = OUT_OF_SCOPE  # "hi, ghar me wifi nahi chal raha"
                guessed = True
        elif intent == UNKNOWN and _railway_news(parse, text):
            intent = OUT_OF_SCOPE  # "bullet train kab chalegi india me", "railway budget"
        elif intent in _WORLDLY and asks_the_world(parse):
            intent = OUT_OF_SCOPE  # "where is the eiffel tower": not a train's whereabouts
        if intent not in _NOT_WEIGHED and _trained(parse) and model().elsewhere_for_sure(
            text, frozenset(parse.words & _SHARED_WORDS)
        ):
            intent = OUT_OF_SCOPE  # "my coach says I need to train harder, any diet tips"
        if intent not in _NOT_WEIGHED and _a_train_as_a_likeness(parse):
            intent = OUT_OF_SCOPE  # "thoughts running like a train", "dimag express ki tarah"
        if intent == FARE and _priced_by_weight(parse):
            intent = OUT_OF_SCOPE  # "how much does a kg of onions cost": goods, not a fare
        if intent not in _NOT_WEIGHED and _a_road_vehicle(parse):
            intent = OUT_OF_SCOPE  # "gaadi ka puncture kahan banega": a car's, not a train's
        if intent not in _NOT_WEIGHED and _an_aircraft_model(parse):
            intent = OUT_OF_SCOPE  # "how many seats in an A320": a plane's seats, not a train's
        if intent not in _NOT_WEIGHED and _a_phone_asked_about(parse):
            intent = OUT_OF_SCOPE  # "9876543210 kiska number hai", "is number se call aa rahi"
        if intent == STATION_BY_NAME and _how_a_town_got_its_name(parse):
            intent = OUT_OF_SCOPE  # "मद्रास का नाम चेन्नई कब पड़ा": a city's history
        if intent == CANNOT_DO and _claimed_elsewhere(parse):
            intent = OUT_OF_SCOPE  # "padosi ke khilaf complaint", "khate se paise kat gaye"
        if _booking_asked_of_the_bot(parse):
            # "ek ticket nikalwana hai, aapse ho payega?", "mera ticket bana doge kya", "need a
            # ticket booked, will you manage?": RailBot asked to book, which it cannot do
            intent = CANNOT_DO
        elif _everyday_sense(intent, parse, text) or _unanchored_elsewhere(intent, parse):
            intent = OUT_OF_SCOPE  # "cricket team ka coach", "track my myntra order"
        if rests_on_everyday_words(intent, parse, index) and model().elsewhere_for_sure(
            text, everyday_words(parse)
        ):
            # Nothing of railways but a time and a place named like a word: "भारत के अभी के
            # राष्ट्रपति कौन हैं" (Bharat(pur), now), "बेटा क्लास में हमेशा लेट पहुंचता है"
            intent = OUT_OF_SCOPE
        if intent in (OUT_OF_SCOPE, UNKNOWN) and _how_to_use_here(parse):
            # "what am i supposed to type", "isme kya type karu pata nahi", "how does this
            # work, i am confused": how to use RailBot, asked in confusion
            intent = HELP
        if intent in _RAILWAY_BOARDS and _metro_times(parse):
            # "mumbai metro line 1 last train from ghatkopar", "चेन्नई मेट्रो की आखिरी ट्रेन
            # सेंट्रल से": a city metro's first or last train, not the railway's
            intent = OUT_OF_SCOPE
        if _home_told(intent, parse):
            # "my parents live in gaya, is it safe there at night": where one lives, no board
            intent = OUT_OF_SCOPE if model().outside_railways(text) else UNKNOWN
        window = find_window(text) if intent in _BOARDS else None
        if window is not None and intent == TRAINS_BETWEEN:
            # "नागपुर पर शाम 7 से 9 के बीच": one station's board in that window, not a journey
            intent = windowed_board(parse) or intent
        request = request_for(intent, parse, today)
        may_ask_chance = _may_ask_chance(intent, parse)
        if may_ask_chance and passenger_berth(parse):
            parse = dataclasses.replace(parse, train_name=None)  # "the rac passenger": a person
        if may_ask_chance and (
            asks_chance(parse) or own_booking_chance(parse) or passenger_berth(parse)
        ):
            request = PnrStatus(pnr=parse.pnr, chance=True)  # "will it confirm?"
        elif window is not None:
            request = _on_the_clock(request, window)  # "trains from SBC between 6 and 9 pm"
        elif isinstance(request, Departures) and "to" in parse.unfound:
            # "delhi se xyzabc": a journey to a place we could not find, not Delhi's board.
            request = TrainsBetween(origin=request.station)
        elif _from_a_place_unfound(request, parse):
            # "trains from xyzq": trains from a place we could not find, asked as not found,
            # never "didn't get that" with the menu.
            request = TrainsBetween()
        elif isinstance(request, OutOfScope) and (small_talk(parse) or cheer_asked(parse)):
            # "what are you doing", "खाना खाया?", "say something nice to me": small talk
            request = OutOfScope(chat=True)
        elif isinstance(request, Help) and (remark := bot_remark(parse)) is not None:
            request = Help(remark=remark)  # "what is your name", "you are useless"
        elif isinstance(request, Unknown) and (tap := _TAP_TYPED.match(text)) is not None:
            # "2" with no button 2 on screen: a tap typed, said as such, not "didn't get that"
            request = Unknown(tapped=int(tap.group(1)))
        if guessed and intent == OUT_OF_SCOPE and request == OutOfScope():
            request = OutOfScope(guessed=True)  # no rule named its topic: the examples' guess
        return facts(request, parse, today)
    except Exception:  # the contract: a message is always understood as something
        log.exception("understanding failed; answering unknown")
        return Understood(Unknown())


def _first_of_two(text: str, today: dt.date, index: StationIndex) -> Understood | None:
    """Two questions joined by "और", each asking its own ("गोरखपुर से लखनऊ कौन सी ट्रेन अच्छी
    रहेगी और किराया कितना है", "12561 का रूट क्या है और दरभंगा कितने बजे पहुंचती है"): the first,
    as the conversation answers it first (`several`); None when the first part is no whole
    question ("12312 का रूट और टाइम टेबल भेजो": one ask of two things)."""
    found = _TWO_ASKS.search(text)
    if found is None:
        return None
    first, second = text[: found.start()], text[found.end() :]
    words = _HINDI_WORD.findall(first)
    if len(words) < _LEAST_ASK_WORDS or words[-1] not in _ASK_ENDS:
        return None
    if _HINDI_ASKING.isdisjoint(words):
        return None
    read_first = understand_message(first, today=today, index=index)
    if read_first.request.intent in _NOT_A_QUESTION:
        return None
    read_second = understand_message(second, today=today, index=index)
    if read_second.request.intent in _NOT_A_QUESTION:
        return None
    said = _HINDI_WORD.findall(second)
    if not (read_second.new_question or (said and said[-1] in _ASK_ENDS | _REQUEST_ENDS)):
        return None
    return read_first if read_second.request.intent != read_first.request.intent else None


_AND_HI: Final = "और"
# "और" between two clauses, the second a question of its own.
_TWO_ASKS: Final = re.compile(r"\s*,?\s+और\s+")
_HINDI_WORD: Final = re.compile(r"[\u0900-\u097f]+")
_LEAST_ASK_WORDS: Final = 3
# How a Hindi question or request ends: "है", "क्या", "बताओ", "रहेगी"...
_ASK_ENDS: Final = frozenset(
    {"है", "हैं", "क्या", "बताओ", "बताइए", "बताइये", "बताएं", "बताएँ", "बताना", "दो", "दीजिए",
     "दीजिये", "रहेगी", "रहेगा", "मिलेगी", "मिलेगा", "चलेगी", "होगी", "होगा", "लगेगा", "लगेगी",
     "पहुंचेगी", "पहुँचेगी", "पहुंचती", "पहुँचती", "रुकती", "दिखाओ", "दिखाइए"}
)  # fmt: skip
# How a request for later ends ("मैसेज कर देना", "सूचना भेजना").
_REQUEST_ENDS: Final = frozenset({"देना", "दीजिएगा", "भेजना", "भेज", "बताना", "करना"})
# A question word or a request's verb: what makes a clause ask.
_HINDI_ASKING: Final = frozenset(
    {"क्या", "कौन", "कौनसी", "कौनसा", "कब", "कितना", "कितने", "कितनी", "कहां", "कहाँ", "किस",
     "बताओ", "बताइए", "बताइये", "बताएं", "बताएँ", "दिखाओ", "दिखाइए"}
)  # fmt: skip
# Requests that are no railway question of their own.
_NOT_A_QUESTION: Final = frozenset(
    {Intent.UNKNOWN, Intent.GREETING, Intent.THANKS, Intent.HELP, Intent.LANGUAGE,
     Intent.OUT_OF_SCOPE, Intent.FORGET_ME}
)  # fmt: skip


def _from_a_place_unfound(request: Request, parse: Parse) -> bool:
    """Whether a message not understood asks for trains from a place that is no station we
    know, and names nothing else ("trains from xyzq", "train from gondwanapur")."""
    if parse.unfound != frozenset({"from"}) or parse.places:
        return False
    if parse.train is not None or parse.pnr is not None:
        return False
    if isinstance(request, Unknown) and not parse.words.isdisjoint(lx.TRAIN_NOUNS):
        return True
    return isinstance(request, Unknown | OutOfScope) and _a_start_alone(parse)


def _a_start_alone(parse: Parse) -> bool:
    """Whether a message is no more than unknown words and their "se" ("gondwanapur se"): the
    start of a journey said alone, from a place we could not find."""
    if len(parse.items) < 2:
        return False
    *words, last = parse.items
    said_from = last.kind == "conn" and last.value == CONN_SRC
    return said_from and all(item.kind == "word" for item in words)


def _in_another_script(parse: Parse, text: str) -> bool:
    """Whether a message not understood is written in a script RailBot does not read and
    names nothing of railways, in it or in digits (a train, a PNR) or in the scripts it reads."""
    if parse.train is not None or parse.pnr is not None or parse.places:
        return False
    return outside_in_another_script(text) and not railway_own(parse)


def _elsewhere_but_for_its_day(parse: Parse) -> bool:
    """Whether a message the rules do not understand would be weighed as maybe about something
    else (`may_be_elsewhere`) but for a day or an hour it names ("kal mera paper hai", "what time
    does the sun set today"): days and hours are every topic's, never railways' own."""
    if parse.date is None and parse.hours is None:
        return False
    return may_be_elsewhere(dataclasses.replace(parse, date=None, hours=None))


# Words railway questions share with other topics: a train's own ("gaadi" is a car too, "train"
# a verb) and the railway words with an everyday sense ("coach", "ticket", "late", "track").
_SHARED_WORDS: Final = lx.TRAIN_NOUNS | OTHER_SENSES


def _trains_word(intent: Intent, parse: Parse) -> frozenset[str]:
    """The words a message not understood shares with railway questions (`_SHARED_WORDS`), which
    it is weighed without: with them in, its other words could never outweigh them ("गाड़ी की
    चाबी कहीं खो गई", "my coach says i need to train harder"); the rest must be likelier outside
    railways than a railway question or nothing. Nothing is left out of a message read as help or
    as a train's facts or route: their keywords are railways' already."""
    if intent != UNKNOWN:
        return frozenset()
    return frozenset(parse.words & _SHARED_WORDS)


def _trains_unsaid(intent: Intent, parse: Parse) -> Parse:
    """A message not understood as if it named no train: a train's word alone ("train",
    "gaadi") does not make it a railway question the rules could not read, when its other
    words are another topic's ("train my dog to sit", "gadi chalana sikhna hai"); the
    classifier weighs those (`_trains_word`). Beside a weaker topic's word ("train mein coffee
    milti hai kya") a train is where that topic is asked about: it stays said."""
    if intent != UNKNOWN or parse.words.isdisjoint(lx.TRAIN_NOUNS):
        return parse
    if HINT_ELSEWHERE in parse.hints:
        return parse
    trains = lx.TRAIN_NOUNS
    items = [item for item in parse.items if not item.words or not set(item.words) <= trains]
    words, hints = parse.words - lx.TRAIN_NOUNS, parse.hints - _TRAIN_HINTS
    return dataclasses.replace(parse, items=items, words=words, hints=hints)


def _weighed(text: str, parse: Parse) -> str:
    """The message as the classifier weighs it: "tatkal" said as "at once" ("ghar pe tatkal me kya
    banaye") is an everyday word there, never a railway's, so it is left out."""
    return TATKAL_WRITTEN.sub(" ", text) if tatkal_at_once(parse) else text


_GREETING_WORDS: Final = lx.greeting_words()


def _its_day(parse: Parse) -> frozenset[str]:
    """The words of the day a message names ("today", "kal"), which every topic has: weighed
    without them, the rest says what it is about ("hey whats the vibe today")."""
    return frozenset(words_read(parse.date.word)) if parse.date is not None else frozenset()


def _more_than_greeting(parse: Parse) -> bool:
    """Whether a greeting opens a message that goes on about something else with words of its
    own and nothing of railways ("hi, ghar me wifi nahi chal raha"): the rest is weighed."""
    rest = [item for item in parse.items if (item.kind, item.value) != ("intent", GREETING)]
    if len(rest) == len(parse.items) or parse.intents != {GREETING}:
        return False
    if not parse.words.isdisjoint(lx.TO_THE_BOT):
        return False  # "hi bot kaise ho": still greeting RailBot
    if parse.words <= _GREETING_WORDS | lx.ADDRESS_WORDS:
        return False  # "ram ram bhai sahab", "namaste ji": the greeting and whom it greets
    # a day is any topic's ("hey whats the vibe today"), never railways' own
    return may_be_elsewhere(
        dataclasses.replace(parse, items=rest, intents=set(), date=None, hours=None)
    )


def _may_ask_chance(intent: Intent, parse: Parse) -> bool:
    """Whether a message read as `intent` may ask a booking's chance of confirmation: not when
    it names another topic in so many words ("bus ka waiting list confirm hoga kya": a bus's)."""
    if intent == OUT_OF_SCOPE and OUT_OF_SCOPE in parse.intents:
        return False
    return intent in _MAY_ASK_CHANCE


def _booking_asked_of_the_bot(parse: Parse) -> bool:
    """Whether RailBot itself is asked whether it can book a ticket ("aap ticket book kar
    paoge?", "मेरा एक टिकट बनवा दोगे क्या", "kya tum mera reservation kar sakte ho", "will you be
    able to get my ticket done"): a booking it cannot make, not a ticket of something else
    ("movie ka ticket book kar doge": a film's, outside railways before this is asked)."""
    words = parse.words
    if words.isdisjoint(_ABLE_TO) or words.isdisjoint(_BOOKED_THING):
        return False
    if parse.pnr is not None or parse.train is not None or parse.places:
        return False  # a journey's or a booking's own question, read as it is
    return task(parse) == "booking" and not _outside_railways_said(parse)


# "Can you", "will you", asked of RailBot ("kar paoge", "ho payega", "bana doge", "manage").
_ABLE_TO: Final = frozenset(
    {"doge", "dogi", "paoge", "paogi", "payega", "payegi", "paenge", "payenge", "paayega",
     "paega", "sakte", "sakoge", "sakogi", "manage", "able", "karoge", "karogi", "banaoge",
     "nikaloge", "karwaoge", "possible"}
)  # fmt: skip
# What is booked: a ticket, a seat, a reservation.
_BOOKED_THING: Final = frozenset(
    {"ticket", "tickets", "tikat", "tkt", "reservation", "seat", "berth", "booking"}
)


def _how_to_use_here(parse: Parse) -> bool:
    """Whether the traveller asks, lost, what to type here or how this works ("i dont get what
    to type here", "yahan message kaise karna hai kuch idea nahi"): said of "here", "this",
    "isme", never of a thing named ("how to use my new phone camera")."""
    words = parse.words
    if words.isdisjoint(_USING) or words.isdisjoint(_HERE):
        return False
    numbered = parse.train is not None or parse.pnr is not None or parse.train_name is not None
    return not (numbered or parse.places or parse.travel_class or _outside_railways_said(parse))


# Using or writing to RailBot ("type", "likhna", "use", "chalana", "work").
_USING: Final = frozenset(
    {"type", "typing", "likhu", "likhun", "likhoon", "likhna", "likhe", "likhen", "likhein",
     "write", "use", "using", "chalana", "chalate", "chalaye", "istemal", "work", "works",
     "message", "puchna", "poochna", "puchu", "poochu"}
)  # fmt: skip
# Where: here, this, in it.
_HERE: Final = frozenset(
    {"here", "this", "yahan", "yaha", "yahaan", "isme", "ismein", "isko", "ise", "isse", "bot"}
)


def _metro_times(parse: Parse) -> bool:
    """Whether a city metro's first or last train is asked ("delhi metro ki last train rajiv
    chowk se", "kolkata metro first train from dum dum"): "metro" said just before the first or
    last, no train's number, name, PNR, class nor quota (those are the railway's)."""
    if "metro" not in parse.words or parse.words.isdisjoint(_FIRST_OR_LAST):
        return False
    numbered = parse.train is not None or parse.pnr is not None or parse.train_name is not None
    if numbered or parse.travel_class is not None or parse.quota is not None:
        return False
    return _METRO_FIRST_LAST.search(parse.raw.lower()) is not None


_FIRST_OR_LAST: Final = frozenset(
    {"first", "last", "pehli", "pahli", "pehla", "aakhri", "akhri", "aakhiri", "akhiri",
     "antim", "aakhari", "akhari"}
)  # fmt: skip
# "metro" a few words before its first or last ("metro line 1 last", "metro ki pehli").
_METRO_FIRST_LAST: Final = re.compile(
    r"\bmetro\b(?:\s+[^\s,]+){0,3}?\s+(?:" + "|".join(sorted(_FIRST_OR_LAST)) + r")\b"
    # "first train from andheri metro station": the metro's station named after
    r"|\b(?:" + "|".join(sorted(_FIRST_OR_LAST)) + r")\b"
    r"(?:\s+[^\s,]+){0,5}?\s+metro\s+(?:station|stn)\b"
)
# What a city metro's first or last train is taken for: a board, a journey, a run.
_RAILWAY_BOARDS: Final = frozenset(
    {Intent.DEPARTURES, Intent.TRAINS_BETWEEN, Intent.ARRIVALS, Intent.TRAIN_ROUTE,
     Intent.LIVE_STATUS, Intent.TRAIN_FACTS, Intent.STOPS_AT}
)  # fmt: skip


def _outside_railways_said(parse: Parse) -> bool:
    """Whether a topic of another domain is named ("movie", "flight", "bus")."""
    return any(item.kind == "intent" and item.value == OUT_OF_SCOPE for item in parse.items)


def _everyday_sense(intent: Intent, parse: Parse, text: str) -> bool:
    """Whether a message read as a railway question (or not understood) uses its railway words
    in their everyday sense: nothing in it is railways' own (`railway_own`), words the lexicon
    does not know are around them ("cricket team ka coach", "track my myntra order"), and its
    words are those of questions outside railways (`classifier.other_sense`). What RailBot cannot
    do for a traveller stays so, but for tickets booked for something else."""
    if intent in _NOT_WEIGHED:
        return False  # a railway word asked the meaning of is explained: "वेटिंग लिस्ट किसे कहते हैं"
    if intent == UNKNOWN and not _may_mean_else(parse):
        return False
    if nearest_station_here(parse):
        return False  # "nearest station to me": to a railway bot, a railway station
    if intent == Intent.PNR_STATUS and journey_date_asked(parse):
        return False  # "yatra ki tareekh kya hai": the day of one's own journey
    weighed = (
        task(parse) == "booking"
        or (task(parse) == "care" and another_services_care(parse))
        or (task(parse) == "complaint" and _made_elsewhere(parse))
    )
    if intent == CANNOT_DO and (
        not weighed
        or parse.places
        or problem(parse) is not None
        or paying(parse)
    ):  # a booking's name, boarding point or class to change is a ticket's; "zingbus ka
        # customer care number" is weighed, not "upi se ticket ka payment"
        return False  # "coach me chori ho gayi", "ticket kharidna hai delhi ka"
    if not parse.words.isdisjoint(_POINTING) or not any(_own_word(item) for item in parse.items):
        return False  # "howrah station", "what is the new time then", "isse track karo"
    return not railway_own(parse) and model().other_sense(text)


def _unanchored_elsewhere(intent: Intent, parse: Parse) -> bool:
    """Whether a message read as a railway question from places and words other questions share
    too (a rate, a time to reach) is about something else: nothing but its places anchors it in
    railways (`anchored`: no train, PNR, class, railway word), it has words of its own that are
    not railway questions' (`_foreign_word`, two at least), and the words of what it asks
    (`_asked`) are those of questions outside railways (`classifier.other_sense`):
    "goods truck rate delhi to ludhiana per ton", "packers and movers pune to nagpur charges"."""
    if intent in _NOT_WEIGHED or intent == UNKNOWN or not parse.places:
        return False  # what is not understood is weighed on its own (`_railway_news`)
    asked = _asked(parse)
    # A place not found anchors a journey ("howrah to digha?") but not beside words of their own
    # ("packers and movers noida se gurgaon"): it is weighed as one of those words, not as a place.
    unfound = len(parse.unfound)
    # weighed as if every end were found: only a copy when some end was not (few messages)
    if anchored(dataclasses.replace(parse, unfound=frozenset()) if unfound else parse):
        return False
    if _foreign_words(asked) < _FOREIGN_WORDS + unfound:
        return False
    return model().other_sense(" ".join(word for item in asked for word in item.words))


# The fewest words no railway question has that a message read from its places needs to be
# weighed: one alone may be a name or a slip.
_FOREIGN_WORDS: Final = 2


def _home_told(intent: Intent, parse: Parse) -> bool:
    """Whether a message read as one station's board, a journey from it or the station itself
    only tells where one lives ("i live in delhi", "my parents live in gaya, is it safe there at
    night", "जयपुर में रहती हूँ, आज बाज़ार खुले हैं क्या"): a word of living somewhere, no place
    to go to, no keyword of railway questions and nothing of railways but the place
    (`anchored`)."""
    if intent not in _HOMES_READ or parse.words.isdisjoint(_DWELLING) or parse.intents:
        return False  # "i live in gaya, next 2 hours departures": the board asked for
    if any(item.role == "to" for item in parse.places) or "to" in parse.unfound:
        return False
    return not anchored(parse)


# What a town named as one's home may be read as: a board, a journey from it, the station.
_HOMES_READ: Final = _BOARDS | {Intent.STATION_BY_NAME}
# Living somewhere ("i live in", "we stay in", "रहती हूँ", "rehte hain").
_DWELLING: Final = frozenset(
    {"live", "lives", "living", "stay", "stays", "staying", "settled", "reside", "resident",
     "rehta", "rehte", "rehti", "rahta", "rahte", "rahti", "rehna", "rahna", "rehata", "rahata"}
)  # fmt: skip


def _foreign_words(asked: list[Item]) -> int:
    """How many of `asked` are foreign words (`_foreign_word`), but who the traveller is ("I am
    student in gaya") and their going home ("want go home to patna"): a journey told of oneself,
    not another topic."""
    count = 0
    for at, item in enumerate(asked):
        first = item.words[0] if item.words else ""
        if first in _WHO_TRAVELS:
            continue
        after = asked[at + 1] if at + 1 < len(asked) else None
        if first in _HOME and after is not None and after.kind == "conn":
            continue
        count += _foreign_word(item)
    return count


# Who the traveller says they are ("I am student in gaya", "migrant worker hu surat me").
_WHO_TRAVELS: Final = frozenset(
    {"student", "students", "worker", "workers", "labour", "labourer", "mazdoor", "majdoor",
     "soldier", "jawan", "fauji", "employee", "migrant"}
)  # fmt: skip
# Home, gone to ("go home to patna", "back to my village in siwan").
_HOME: Final = frozenset({"home", "hometown", "native", "village", "gaon", "gaanv", "gav"})


def _foreign_word(item: Item) -> bool:
    """Whether `item` is a word of its own (`_own_word`) that the classifier's examples say no
    more often in railway questions than outside them ("truck", "packers"; never "jaye",
    "local", "nearest": `classifier.foreign_to_railways`)."""
    return _own_word(item) and all(map(model().foreign_to_railways, item.words))


def _asked(parse: Parse) -> list[Item]:
    """The words of what is asked, places left out (a journey's ends are a truck's too), and
    what the journey is for before them ("ganga snan ke liye ... seat milegi kya")."""
    purposes = [at for at, item in enumerate(parse.items) if item.words in PURPOSE_AFTER]
    after = parse.items[purposes[-1] + 1 :] if purposes else parse.items
    return [item for item in after if item.kind != "place"]


def _trained(parse: Parse) -> bool:
    """Whether "train" is said as a verb ("need to train harder", "train my dog", "how to train
    a puppy") and no train, booking, place or class is asked about: the message is weighed
    without it."""
    said = (parse.train, parse.pnr, parse.train_name, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or parse.places:
        return False
    return _TRAIN_VERB.search(parse.raw.lower()) is not None


# "train" as a verb: after "to", a modal or a person, or before whom or how hard one trains.
_TRAIN_VERB: Final = re.compile(
    r"\b(?:to|will|should|must|can|cant|gonna|lets|i|we|you|they)\s+train"
    r"\s+(?:harder|hard|daily|regularly|my|your|his|her|our|their|him|them|myself|yourself|a|an"
    r"|the|dogs?|puppy|puppies|cats?|staff|employees|students|team|players|legs|body|brain|mind"
    r"|for)\b"
)


def _a_train_as_a_likeness(parse: Parse) -> bool:
    """Whether the only train of a message is what something else is likened to ("my thoughts
    are running like a train", "mera dimag express ki tarah daud raha", "मेरे विचारों की
    रेलगाड़ी"): no train, booking, place or class is asked about, and no train beside it."""
    said = (parse.train, parse.pnr, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or parse.places:
        return False
    raw = parse.raw.lower()
    likeness = _LIKENED.search(raw)
    if likeness is None:
        return False
    # "koi rajdhani jaisi train hai": a train asked for beside the likeness
    rest = raw[: likeness.start()] + " " + raw[likeness.end() :]
    return _A_TRAIN.search(rest) is None


_TRAIN_SAID: Final = (
    r"(?:bullet\s+|goods\s+|express\s+|mail\s+|speeding\s+|runaway\s+|local\s+)?"
    r"(?:train|trains|tren|rail|rel|express|rajdhani|shatabdi|railgadi|relgadi|rail\s*gaadi|gaadi"
    r"|gadi|gaari|gari)"
    r"(?:\s+(?:express|mail|train))?"
)
_A_TRAIN: Final = re.compile(rf"\b{_TRAIN_SAID}\b")
# A train as a likeness, in the message as read (Devanagari romanised): "like a train", "express
# ki tarah", "train jaisi", "train se bhi tez", "train of thought", "विचारों की रेलगाड़ी".
_LIKENED: Final = re.compile(
    rf"\b(?:like|as\s+fast\s+as|faster\s+than|slower\s+than)\s+(?:a\s+|an\s+|the\s+)?{_TRAIN_SAID}\b"
    rf"|\b{_TRAIN_SAID}\s+(?:ki\s+tarah|ke\s+jaisa|ke\s+jaise|ki\s+jaisi|jaisi|jaisa|jaise|jaisaa)\b"
    # "ट्रेन से भी तेज़ भागता है", "rajdhani ki speed se": faster than a train, at its speed
    rf"|\b{_TRAIN_SAID}\s+se\s+(?:bhi\s+(?:tez|tej|taiz|fast|zyada|jyada)|tez|tej|taiz)\b"
    rf"|\b{_TRAIN_SAID}\s+ki\s+(?:speed|raftar|raftaar|tezi|teji)\s+se\b"
    r"|\btrains?\s+of\s+thoughts?\b"
    # "jaise train ki line", "railway station jaisi bheed": a queue or crowd likened to one
    rf"|\b(?:jaise|jaisi|jaisa|jaisaa)\s+(?:(?:ki|ke|ka)\s+)?{_TRAIN_SAID}\b"
    # "railway ticket counter jaisi line": a railway thing, up to two words on, a likeness
    r"|\b(?:railway|rail|station|platform)(?:\s+[a-z]+){0,2}?\s+(?:ki\s+tarah|ke\s+jaisa"
    r"|ke\s+jaise|jaisi|jaisa|jaise)\b"
    r"|\b(?:vicharon|khayalon|khyalon|yaadon|yadon)\s+ki\s+(?:rel|rail)?gaa?(?:di|ri)\b"
)


def _priced_by_weight(parse: Parse) -> bool:
    """Whether a price is asked of goods by their weight or count ("how much does a kg of
    onions cost today", "ek dozen kele kitne ke", "per litre rate"), of no train, class, place
    or booking: a fare is never by the kilo."""
    if parse.words.isdisjoint(_GOODS_UNITS):
        return False
    said = (parse.train, parse.pnr, parse.train_name, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or parse.places:
        return False
    return parse.words.isdisjoint(_OF_RAILWAYS - _PRICE_WORDS)


# Units goods are sold by.
_GOODS_UNITS: Final = lx.word_set(
    "kg kgs kilo kilos kilogram kilograms dozen dozens darjan quintal quintals tola gram grams"
    " gm litre liter litres liters ltr packet packets"
)
# Words of a price, which any purchase has ("onion price", "cng ka rate").
_PRICE_WORDS: Final = frozenset(
    {"fare", "fares", "price", "prices", "rate", "rates", "kiraya", "kiraye", "bhada"}
)


def _a_road_vehicle(parse: Parse) -> bool:
    """Whether the only train of a message is "gaadi", said with what is done to a car or a
    bike (`VEHICLE_CARE`: "papa ki gaadi kharab ho gayi mechanic kahan milega", "gaadi ki rc
    transfer", "नई गाड़ी लेनी है पटना में कौन सा शोरूम अच्छा है"): no train, booking or class is
    asked about, and no place but the one town it is done in."""
    if parse.words.isdisjoint(lx.VEHICLE_CARE) or not parse.words & lx.VEHICLE_NOUNS:
        return False
    said = (parse.train, parse.pnr, parse.train_name, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or not _only_a_town_in(parse):
        return False
    return parse.words & (lx.RAILWAY_WORDS | lx.TRAIN_NOUNS) <= lx.VEHICLE_NOUNS


def _an_aircraft_model(parse: Parse) -> bool:
    """Whether a message names an aircraft, by its maker or its model ("boeing 737 me kitni
    seat", "how many seats in an A320", "a350 kitne passenger le jata hai"), and no train
    number, booking or class of the railway's: its seats, its size, its passengers are the
    airline's (a "name" read in it, "many passengers", is no train's). Said here, not as
    words of the lexicon: "boeing" sounds like "banega" (b-n-g), "cessna" like "kisan"."""
    said = (parse.train, parse.pnr, parse.travel_class, parse.quota)
    if any(value is not None for value in said):
        return False
    text = parse.raw.lower()
    return _AIRCRAFT.search(text) is not None or any(word in text for word in _AIRCRAFT_HINDI)


# Aircraft as people write them: their makers, and the models Airbus A319 to A380 (A320neo),
# Boeing B737 to B787 (the bare 737 is a number), ATR 42 and 72, Q400.
_AIRCRAFT: Final = re.compile(
    r"\b(?:boeing|boing|aircrafts?|embraer|bombardier|cessna"
    r"|a3[1-8]\d(?:\s?neo)?|b7[2-8]7(?:\s?max)?|atr[\s-]?(?:42|72)|q400)\b"
)
_AIRCRAFT_HINDI: Final = ("बोइंग", "एयरबस", "एयरक्राफ्ट")


def _only_a_town_in(parse: Parse) -> bool:
    """Whether no place is said but one town something is in ("पटना में", "patna me"), never a
    journey's end nor a station."""
    if not parse.places:
        return True
    if len(parse.places) > 1:
        return False
    at = parse.items.index(parse.places[0])
    after = parse.items[at + 1] if at + 1 < len(parse.items) else None
    return after is not None and after.words in _IN


def _how_a_town_got_its_name(parse: Parse) -> bool:
    """Whether a town's name is asked when or why it was given ("मद्रास का नाम चेन्नई कब पड़ा",
    "bombay ka naam mumbai kyu rakha"): the town's history, not its station's name or code, when
    no station, code or railway word is said."""
    if parse.words.isdisjoint(_NAME) or parse.words.isdisjoint(_NAME_GIVEN):
        return False
    if parse.words.isdisjoint(_WHEN_WHY_HOW) or not parse.words.isdisjoint(_OF_A_STATION):
        return False
    return parse.words.isdisjoint(lx.RAILWAY_WORDS | lx.TRAIN_NOUNS)


_NAME: Final = lx.word_set("naam nam name")
# A name given: "pada" (fell on it), "rakha" (kept), "mila" (got).
_NAME_GIVEN: Final = lx.word_set("pada pda padaa padha rakha rakhi rakhe rakkha mila given")
_WHEN_WHY_HOW: Final = lx.word_set("kab kyu kyun kyon kaise when why how")
_OF_A_STATION: Final = lx.word_set("station stations stn code kod junction jn")


# "In" after a town: "पटना में" (read "mein"), "patna me".
_IN: Final = frozenset({("mein",), ("me",), ("main",), ("mai",), ("men",)})


def _a_phone_asked_about(parse: Parse) -> bool:
    """Whether a message is about a phone number (ten digits a phone's words or the number's
    first digit make a mobile's: "9876543210 kiska number hai", "mujhe 98... se call aa rahi
    hai") and holds nothing of railways besides: no PNR, train, place or railway word. A PNR
    said beside a phone ("pnr 4512345678, mobile 98...") is railways'."""
    if not any(len(number) == _PHONE_DIGITS for number in parse.other_numbers):
        return False
    if parse.pnr is not None or parse.train is not None or parse.train_name is not None:
        return False
    if parse.places or not parse.words.isdisjoint(_OF_RAILWAYS) or anchored(parse):
        return False
    raw = parse.raw.lower()
    if _OWN_NUMBER.search(raw):
        return False  # "my number is 98..., call me": one's own, given
    # whose it is ("kiska number", "spam hai kya"), or words of their own about it ("is number
    # pe call nahi lag raha"); never a number alone ("98765 43210")
    return _WHOSE.search(raw) is not None or any(item.kind == "word" for item in parse.items)


# Whose a number is, who calls from it ("kiska number", "whose number", "spam", "kis company ka").
_WHOSE: Final = re.compile(
    r"\b(?:kiska|kiski|kis\s+ka|whose|spam|fraud|company)\b|किसका|किसकी|कंपनी|फ्रॉड"
)
# One's own number given ("my mobile number is", "मेरा नंबर", "call me on"): not asked about.
_OWN_NUMBER: Final = re.compile(
    r"\b(?:my|mera|meri|mere|mine)\s+(?:\w+\s+)?(?:number|no|num|mobile|phone|contact)\b"
    r"|(?:मेरा|मेरी|मेरे)\s+(?:\S+\s+)?(?:नंबर|मोबाइल|फोन|फ़ोन)"
    r"|\bcall\s+me\b|\b(?:mujhe|muje|mujhko)\s+(?:\w+\s+)?call\s+(?:karo|kar|kare|karna|kijiye)\b"
)


# The digits of an Indian mobile number.
_PHONE_DIGITS: Final = 10


def _claimed_elsewhere(parse: Parse) -> bool:
    """Whether a complaint or a payment to get back is about another service than railways: it
    names one (`SERVICES_ELSEWHERE`: a landlord, the police, the electricity, a bank account, a
    phone network) and nothing of railways, no train, booking or railway word ("mere padosi
    roz jhagda karte hai complaint kaha kare", "मेरे खाते से 5000 रुपये कट गए"). "tte ne paise
    liye complaint" and "paise kat gaye ticket nahi bana" stay RailBot's to point to."""
    if task(parse) not in _CLAIMS or parse.words.isdisjoint(lx.SERVICES_ELSEWHERE):
        return False
    said = (parse.train, parse.pnr, parse.train_name, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or parse.places:
        return False
    railway = parse.words & _OF_RAILWAYS
    if railway and railway <= lx.TICKET_WORDS | _STATUS_WORDS:
        # "bank complaint ticket 7823 ka status": the ticket a complaint was given
        return _COMPLAINT_TICKET.search(parse.raw.lower()) is not None
    return not railway and not railway_own(parse)


# The ticket a complaint is given ("complaint ticket", "shikayat ka ticket number").
_COMPLAINT_TICKET: Final = re.compile(
    r"\b(?:complaint|complain|shikayat|shikayt|grievance|support|service|helpdesk)\s+"
    r"(?:(?:ka|ki|ke|ko)\s+)?(?:ticket|tikat|tkt)s?\b"
    r"|\b(?:ticket|tikat|tkt)\s+(?:id|no|number)\s+(?:mila|diya|di|aaya)"
)
_STATUS_WORDS: Final = frozenset({"status"})
# What may be claimed of another service: a complaint, money back.
_CLAIMS: Final = frozenset({"complaint", "refund"})
# Words of railways a claim may name: a train, a ticket, a coach, a station, the railway.
_OF_RAILWAYS: Final = lx.RAILWAY_WORDS | lx.TRAIN_NOUNS | lx.TICKET_WORDS | OTHER_SENSES


def _made_elsewhere(parse: Parse) -> bool:
    """Whether a complaint names a place of its own to make it (a bank, a shop: a weak topic's
    word) and no railway word but a ticket, which banks and shops give too ("bank complaint ticket
    7823 ka status"); never "platform pe mera phone kho gaya"."""
    if parse.words & ON_BOARD_FOOD and not parse.words & lx.FOOD_ELSEWHERE:
        return False  # "complaint about food quality": the journey's food, RailMadad's
    railway = parse.words & lx.RAILWAY_WORDS
    return HINT_ELSEWHERE in parse.hints and railway <= lx.TICKET_WORDS


def _railway_news(parse: Parse, text: str) -> bool:
    """Whether a message not understood, whose railway words name no train, place, booking or
    class ("bullet train kab chalegi india me", "railway budget me kya mila"), is about railways
    as a topic of the news, a budget or a job, that RailBot does not answer: its words are those
    of questions outside railways, surely more than of railway questions or of nothing."""
    said = (parse.train, parse.pnr, parse.train_name, parse.travel_class, parse.quota)
    if parse.places or any(value is not None for value in said):
        return False
    railway = parse.hints & _TRAIN_HINTS or parse.words & lx.RAILWAY_WORDS
    if not railway or HINT_ELSEWHERE in parse.hints:
        return False  # "show them then": nothing of railways; "train mein coffee": a weak topic's
    return model().elsewhere_for_sure(text) and model().other_sense(text)


_TRAIN_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS})


def _weakly_said(intent: Intent, parse: Parse) -> bool:
    """Whether a message not understood (or asking help with something) may be about something
    else than railways though it holds a word railway questions have too (a date word, a name
    near a station's, a verb trains share): nothing in it is railways' own (`railway_own`), it has
    words of its own, and help is not asked of RailBot itself ("what services do you provide")."""
    if intent == TRAIN_FACTS and parse.train is None and parse.train_name is None:
        # "kal aandhi chalegi kya": no train, only a verb trains share, and words of their own
        return not parse.places and not railway_own(parse) and any(map(_own_word, parse.items))
    if intent == TRAIN_ROUTE and parse.train is None and parse.train_name is None:
        # "12th board ka time table 2027": a time table of no train, and words of its own
        return not parse.places and not railway_own(parse) and any(map(_own_word, parse.items))
    if intent not in _WEAKLY_SAID or railway_own(_trains_unsaid(intent, parse)):
        return False
    if intent == HELP and (parse.words & _TO_US or _ASKED_OF_US.search(parse.raw.lower())):
        return False  # "kaun kaun si cheezon me madad karte ho": asked of RailBot
    if intent == HELP and how_to_use_this(parse):
        return False  # "ye kaise chalana hai": the bot in hand, how to use it
    words = {word for item in parse.items for word in item.words}
    if intent == HELP and words & _QUESTIONS and words & _ASKING:
        return False  # "कौन से सवाल पूछ सकता हूँ", "what questions can i ask": of RailBot
    return any(_own_word(item) for item in parse.items)


# A verb said to the one asked ("madad karte ho", "bata sakte hain"): help asked of RailBot.
_ASKED_OF_US: Final = re.compile(
    r"\b(?:karte|karti|sakte|sakti|dete|deti|batate|batati)\s+(?:ho|hain|hai)\b"
)
# Questions one may ask ("कौन से सवाल पूछ सकता हूँ", "kya kya puch sakte hai"): help asked of RailBot.
_QUESTIONS: Final = frozenset(
    {"saval", "sawal", "savaal", "sawaal", "savalon", "sawalon", "question", "questions", "prashn",
     "prashna"}
)  # fmt: skip
_ASKING: Final = frozenset({"puchh", "puch", "pooch", "poochh", "puchhun", "puchu", "ask", "pucch"})
# Words that speak to RailBot: help asked with them is help with RailBot.
_TO_US: Final = lx.TO_THE_BOT


def _own_word(item: Item) -> bool:
    """Whether `item` is a word the lexicon does not know that may give the railway words beside
    it a sense of its own ("myntra", "cricket", "guitar"), not a word of filler ("then")."""
    if item.kind == "hint" and item.value == HINT_ELSEWHERE:
        return True  # a weak topic's word ("vajan", "sugar"): a sense of its own
    if item.kind != "word" or len(item.words[0]) < _OWN_WORD:
        return False
    return item.words[0] not in _NOT_OWN


def _may_mean_else(parse: Parse) -> bool:
    """Whether a message not understood has a railway word with an everyday sense, and words
    enough around it to give it that sense: not a short follow-up ("isse track karo", "coach
    number?"), nor one pointing back at what was said ("track it")."""
    if parse.words.isdisjoint(OTHER_SENSES) or not parse.words.isdisjoint(_POINTING):
        return False
    return len([item for item in parse.items if item.kind != "sep"]) >= _ENOUGH_WORDS


# Words pointing back at what was said ("track it", "isse track karo"); "इस" and "उस" read as
# "is" and "us", which English sentences have without pointing back.
_POINTING: Final = REFERRING_READ - {"is", "us"}
# The fewest words around a railway word, in a message not understood, that may give it another
# sense ("who is the coach of mumbai indians").
_ENOUGH_WORDS: Final = 4
# The fewest letters of a word, unknown to the lexicon, that gives a railway word another sense.
_OWN_WORD: Final = 4
# Words the lexicon knows of a train's run and a booking ("naya", "chalegi", "pahunchegi").
_RAILWAY_VERBS: Final = (
    lx.NEW_WORDS
    | lx.CHANGED_WORDS
    | lx.FUTURE_RUN
    | lx.RUN_VERBS
    | lx.GO_WORDS
    | lx.ARRIVAL_WORDS
    | lx.LEAVING_NOW
    | lx.REACHING
    | lx.BOARDING_WORDS
    | lx.ON_THE_WAY
    | lx.COMES_ON_THE_WAY
)
# What one does with a ticket ("ek ticket book kar do"): the railway's sense, not another.
_TICKET_VERBS: Final = frozenset(
    {"book", "buk", "booked", "booking", "bookings", "karwana", "karwa", "karna", "nikalna",
     "kare", "karen", "karein", "karu", "karun", "karoon", "krna", "karne", "karvana", "karva",
     "karwani", "karvani"}
) | lx.TICKET_TAKEN  # fmt: skip
# How a ticket is booked ("टिकट कैसे बुक करें ऑनलाइन", "mobile se ticket kaise book kare"): the
# railway's ticket booked that way, never a sense of its own beside it.
_BOOKED_THROUGH: Final = frozenset(
    {"online", "onlain", "offline", "website", "mobile", "phone", "internet", "ghar", "baithe"}
)
# The way asked for ("tarika batao", "विधि बताओ"): how a thing asked is done, no topic.
_WAY: Final = frozenset(
    {"tarika", "tareeka", "tarike", "tareeke", "tariqa", "prakriya", "vidhi"}
)
_FILLER: Final = frozenset(
    {"then", "than", "also", "just", "only", "please", "okay", "yaar", "bhai", "really", "still",
     "again", "very", "much", "that", "this", "there", "here", "with", "about", "kindly"}
)  # fmt: skip
# Hindi verbs every question is asked with ("kaise karte hain", "ban gaya", "pata karu"): the
# verb of a question, never a word of another topic.
_EVERY_VERB: Final = frozenset(
    {"karte", "karta", "karti", "karna", "karni", "karne", "karo", "kare", "karen", "karein",
     "karu", "karun", "karoon", "gaya", "gayi", "gaye", "raha", "rahi", "rahe", "hota", "hoti",
     "hote", "hoga", "hogi", "hoge", "sakte", "sakta", "sakti", "chahiye", "lagta", "lagti",
     "lagte", "lagega", "jata", "jati", "jate", "jaye", "jaaye", "diya", "liya", "lena", "dena",
     "pata", "chalega", "batana", "bataye", "batao", "dekhe", "dekhu", "dekhna"}
)  # fmt: skip
# Words of filler, of a ticket and of a train's run: never words of their own (made once).
# Parts of the day ("raat wali kitne baje niklegi", "the evening one"): when a train runs, never
# a sense of their own beside a railway verb.
_DAY_PARTS: Final = frozenset[str]().union(*lx.DAY_PART_WORDS.values())
_NOT_OWN: Final = (
    _FILLER | _TICKET_VERBS | _BOOKED_THROUGH | _WAY | _RAILWAY_VERBS | _EVERY_VERB | _DAY_PARTS
)


def _on_the_clock(request: Request, window: Window) -> Request:
    """A board for a window of clock times: trains "from" one place in it are its departures."""
    times = {"after": window.start, "until": window.end}
    if isinstance(request, Departures | Arrivals):
        return request.model_copy(update=times)
    if isinstance(request, TrainsBetween) and request.origin and not request.destination:
        return Departures(station=request.origin, **times)
    if isinstance(request, TrainsBetween) and window.start is not None and window.open:
        # "bangalore to delhi after 7 tonight", "kal subah 10 ke baad": the journey's trains
        # leaving from then on, not those of the part of the day said with the time
        return request.model_copy(update={"after": window.start, "part": None})
    return request


def _numbered(parse: Parse, text: str) -> Parse:
    """The parse as the intents see it: a train named ("karnataka express kahan hai") is asked
    about as a train numbered would be; the railway finds its number later."""
    ends = [item for item in parse.places if item.role != "via"]
    journey = len(ends) >= 2 and not _named_by_its_ends(parse, ends)
    # "shatabdi ke baad 100 saal ka jashn": a kind's name alone among words of their own, which
    # no keyword asks about, may be meant as a word; the classifier weighs it (`decide` leaves it
    # not understood)
    as_word = not parse.intents and train_type_among_words(parse) and model().other_sense(text)
    if journey and _asks_its_route(parse):
        journey = False  # "chennai bangalore mail route": that train's, the places narrow it
    if journey and _a_journeys_service(parse, ends):
        # "palwal se mathura passenger kitne baje hai": the journey's trains of a service that
        # names no train, not a train called "Mathura Passenger"
        return dataclasses.replace(parse, train_name=None)
    if parse.train is None and parse.train_name is not None and not journey and not as_word:
        if _a_kind_on_the_clock(parse):
            return dataclasses.replace(parse, train_name=None)
        return dataclasses.replace(parse, train=NAMED_TRAIN)
    return parse  # "delhi se mumbai rajdhani": a journey, with the name to choose the train


def _a_journeys_service(parse: Parse, ends: list[Item]) -> bool:
    """Whether the train's name said is only a stopping service ("passenger", "memu") after an
    end of the journey said ("palwal se mathura passenger"): no one train's name."""
    if parse.train is not None or parse.train_name is None:
        return False
    name = set(parse.train_name.split())
    services = name & _UNNAMED_SERVICES
    places = {word for item in ends for word in item.words}
    return bool(services) and name - services <= places


# Stopping services, which run many trains under one word and name none of them.
_UNNAMED_SERVICES: Final = lx.word_set("passenger memu demu")


def _a_kind_on_the_clock(parse: Parse) -> bool:
    """Whether a kind of train asked for within some hours ("is there any rajdhani from NDLS in
    the next 4 hours", "koi shatabdi agle 2 ghante me") asks a station's board for trains of that
    kind, not where one train of it is."""
    name = parse.train_name
    if parse.hours is None or name is None or not set(name.split()) <= lx.TRAIN_KINDS:
        return False
    return not parse.words.isdisjoint(lx.ANY_WORDS)


def _named_by_its_ends(parse: Parse, ends: list[Item]) -> bool:
    """ "chennai bengaluru mail route", "howrah mumbai mail kahan hai": a train named by the cities
    it runs between, asked what only a train has (its route, where it is); never a journey's
    fare or seats, which the name only chooses the train of ("delhi howrah rajdhani fare")."""
    if parse.train_name is None or parse.intents.isdisjoint(_A_TRAINS_OWN):
        return False
    name = set(parse.train_name.split())
    return all(set(item.words) <= name for item in ends)


# What a train has and a journey has not: a route, a place where it is now.
_A_TRAINS_OWN: Final = frozenset({Intent.TRAIN_ROUTE, Intent.LIVE_STATUS})


def _asks_its_route(parse: Parse) -> bool:
    """Whether a train named with the two places of its journey ("chennai bangalore mail",
    "delhi se mumbai rajdhani") is asked for its route or timetable ("route", "timing", "ka
    schedule", "के स्टॉप"): one train's, not the trains between the places; but "tejas express
    mumbai to goa timing", its places no part of its name, asks the trains of a journey."""
    if TRAIN_ROUTE not in parse.intents or not parse.words.isdisjoint(lx.PLURAL_TRAINS):
        return False
    named = set((parse.train_name or "").split())
    return any(item.kind == "place" and set(item.words) <= named for item in parse.places)




def understand(text: str, *, today: dt.date, index: StationIndex) -> Request:
    """The request one message makes. Never raises; the same input gives the same output."""
    return understand_message(text, today=today, index=index).request


def run_parse(lines: Iterable[str], out: TextIO, *, today: dt.date, index: StationIndex) -> None:
    """One JSON line `{"intent": ..., "slots": {...}}` per input line (`python -m app parse`)."""
    for line in lines:
        understood = understand(line.rstrip("\r\n"), today=today, index=index)
        out.write(json.dumps(understood.as_json(), ensure_ascii=False) + "\n")
