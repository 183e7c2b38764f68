"""Which intent a message has, decided from what `reading` found in it.

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
- A topic of another domain (weather, hotels, metro, shares, jokes, sums...) outweighs places,
  dates and the words "train" and "station": out of scope. Train and PNR numbers, trains asked
  for between places and a station code asked about outweigh the topic; a weaker topic (food,
  payments, temples) yields to any railway word, but not to words every question uses
  ("timing", "kahan hai", "price").
- "Forget me", or an erase word with a word for what RailBot keeps about a person ("remove my
  details", "meri jankari hata do"), asks to be forgotten, unless it is about a ticket, a train
  or another service ("delete my alert for <PNR>").
- Alerts come before everything else: an alert word ("alert", "notify", "unsubscribe"...), "track"
  with a PNR or the word PNR/ticket, or "tell me when" about a ticket, is about PNR alerts; with a
  stop word it stops them ("stop 4512345678" too, and a bare "stop all"), with a listing word
  ("my alerts", "show alerts") it lists them, else it subscribes. "track 12951" stays live status.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from typing import Final

from app.bot.requests.base import Intent
from app.bot.requests.talk import Remark
from app.bot.understanding import lexicon as lx
from app.bot.understanding.asked_language import asked_language
from app.bot.understanding.codes import code_place_asked, code_spelling_asked
from app.bot.understanding.dates import RELATIVE_DAYS, letter_words
from app.bot.understanding.entities import CLASS_WORDS, QUOTA_WORDS, worked_on
from app.bot.understanding.facts import asked_fact
from app.bot.understanding.lexicon import PLURAL_TRAINS, Connector, Hint
from app.bot.understanding.members import (
    ALERT_LIST,
    ALERT_STOP,
    ALERT_SUBSCRIBE,
    ARRIVALS,
    CANCELLED_TRAINS,
    CANNOT_DO,
    CONN_AT,
    CONN_BETWEEN,
    CONN_DST,
    CONN_FROM,
    CONN_PAIR,
    CONN_SRC,
    CONN_TO,
    DEPARTURES,
    EXPLAIN,
    FARE,
    FORGET_ME,
    GREETING,
    HELP,
    HINT_ALERT,
    HINT_ELSEWHERE,
    HINT_STATUS,
    HINT_TICKET,
    HINT_TRAIN,
    HINT_TRAINS,
    HINT_WHAT,
    LANGUAGE,
    LIVE_STATUS,
    OUT_OF_SCOPE,
    PNR_STATUS,
    RESCHEDULED_TRAINS,
    SEAT_AVAILABILITY,
    STATION_BY_CODE,
    STATION_BY_NAME,
    STOPS_AT,
    THANKS,
    TRAIN_FACTS,
    TRAIN_ROUTE,
    TRAINS_BETWEEN,
    UNKNOWN,
)
from app.bot.understanding.negated import only_denying, undenied_words
from app.bot.understanding.owned import CAUSE_AFTER, CAUSE_BEFORE, PURPOSE_AFTER
from app.bot.understanding.reading import Item, Parse
from app.bot.understanding.topics import (
    ON_BOARD_FOOD,
    WAIT_KINDS,
    asks_chance,
    class_booked_asked,
    explained_term,
    explained_terms,
    journey_date_asked,
    own_booking_chance,
    paying,
    task,
    term_asked_last,
    term_named,
)

_CODE_TYPED: Final = re.compile(r"[A-Z]{2,5}")
# "कौन कौन सी", "kin-kin", "kis kis": which, said twice, asks for several.
_WHICH_TWICE: Final = re.compile(r"\b(kaun|kon|kin|kis|which)[\s-]+\1\b")
# "confirm ho to batana", "ho jaye toh msg karna": "if it comes to be, then" (not "hai to", which
# asks whether it is).
_CONDITIONAL: Final = re.compile(
    r"\b(?:ho|hove|ho ?jaye|ho ?jaaye|ho ?jae|ho ?jayega|ho ?jayegi|(?P<done>hua|hui|ho gaya|"
    r"ho gayi|ho gaye))\s+(?:to|toh|tab)\b"
)
# The words `_CONDITIONAL` needs, looked for before it.
_CONDITION_VERBS: Final = frozenset(
    {"ho", "hove", "hojaye", "hojaaye", "hojae", "hojayega", "hojayegi", "hua", "hui"}
)
_CONDITION_THEN: Final = frozenset({"to", "toh", "tab"})
# "train" as a verb: "how to train my dog", "can you train me", "i want to train a model", "how
# do i train for a marathon", "model kaise train kare" (the Hindi verb of doing right after it).
_TRAINING: Final = re.compile(
    r"\b(?:to|can|you|i|we|lets|let us|will)\s+train\s+"
    r"(?:my|your|our|his|her|a|an|this|these|me|him|them|for)\b"
    r"|\btrain\s+(?:kare|karen|karein|karna|karne|karte|karo|kiya|kiye|karu|karun|karta|karti)\b"
)
# A price to shop within ("phone under 15000", "below rs 2000", "5000 ke andar").
_PRICE_CAP: Final = re.compile(
    r"\b(?:under|below|upto|up to|within|less than)\s+(?:rs\.?\s*|₹\s*)?\d{3,6}\b"
    r"|\b\d{3,6}\s*(?:ke andar|ke neeche|ke niche|se kam)\b"
)
# A sum in another currency's sign ("$100", "50€", "£20").
_FOREIGN_MONEY: Final = re.compile(r"[$€£¥]\s*\d|\d\s*[$€£¥]")


def _foreign_money(raw: str) -> bool:
    """Whether a sum in another currency is said ("$500"): searched only when its sign is."""
    if "$" not in raw and "€" not in raw and "£" not in raw and "¥" not in raw:
        return False
    return _FOREIGN_MONEY.search(raw) is not None
# Food apps and chains, not the railway's eCatering, whatever train they deliver to.
_FOOD_APPS: Final = frozenset(
    {"zomato", "swiggy", "dominos", "domino", "mcdonalds", "kfc", "pizza", "burger"}
)
# A toy or a model of a train ("toy train set", "model train", "train toy").
_TOY_TRAIN: Final = re.compile(
    r"\b(?:toy|toys|model|lego|wooden|plastic|khilona|khilone)\s+(?:rail|railways?|trains?)\b"
    r"|\b(?:trains?|rail|railways?)\s+(?:set|toy|toys|khilona|model|models|kit|kits)\b"
)
# Telling later ("batana", "bata dena", "msg karna"), not now ("batao"): after "confirm hua to",
# an alert rather than a question whether it is.
_TELL_LATER: Final = frozenset(
    {"batana", "btana", "bataana", "dena", "karna", "inform", "notify", "bhejna", "message", "msg"}
)
# A language request may hold this many words besides the language and its usual company.
MAX_LANGUAGE_EXTRA: Final = 3
_RAILWAY_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS, Hint.TICKET, Hint.STATUS, Hint.ALERT})
# Connectors that make places the ends of a journey.
_JOURNEY_CONNECTORS: Final = frozenset(
    {Connector.FROM, Connector.TO, Connector.SRC, Connector.DST, Connector.PAIR, Connector.BETWEEN}
)


def decide(p: Parse) -> Intent:
    """The intent of the message `p` was read from."""
    kw, hints = p.intents, p.hints
    places = [item for item in p.places if item.role != "via"]
    if _forget_me(p):
        return FORGET_ME
    if _greets_from_a_place(p):
        return GREETING  # "नमस्ते, मैं कानपुर से बोल रहा हूँ": where one writes from, no ask
    if _stops_every_alert(p):
        return ALERT_STOP  # "stop all alerts, trip done": the reason beside it is no ask
    if bot_remark(p) is not None:
        return HELP  # "what is your name", "tumhe kisne banaya", "you are useless"
    if _who_did(p):
        return OUT_OF_SCOPE  # "ravan ko kisne mara", "taj mahal kisne banwaya": the world's
    if _calendar_asked(p, places):
        return OUT_OF_SCOPE  # "aaj kaun sa din hai", "what day is it today": the calendar's
    about_the_bot = _said_of_the_bot(p)
    asked = p.words & lx.QUESTION_WORDS or about_the_bot & lx.BOT_OFFER
    if not about_the_bot.isdisjoint(lx.BOT_PRAISE) and not asked:
        return THANKS  # "good bot", "you are so helpful"
    if not about_the_bot.isdisjoint(_BOT_OFFER_OR_PRAISE):
        # "what can railbot answer", "ये बॉट किस काम आएगा", "what is this bot good for"
        return HELP
    if how_to_use_this(p):
        return HELP  # "ये कैसे चलाना है", "isko kaise use karte hai": how to use RailBot
    if _only_thanked_for(p) or _thanked_with_news(p):
        return THANKS  # "thank you for tracking 4512345678": nothing asked of it again
    if _doubt_then_term(p):
        return EXPLAIN  # "do i get a full berth in RAC? what is RAC": the word asked last
    if (_own_booking_asked(p, places) or _own_wait_asked(p, places)) and not _told_when(p):
        return PNR_STATUS  # "mera coach kaunsa hai", "what is my waiting list number"
    if _room_in_a_class(p):
        return SEAT_AVAILABILITY  # "is there room in 3ac", "sleeper me space hai kya"
    if how_much_in_a_quota(p):
        return FARE  # "tatkal ka kitna", "तत्काल का कितना": the fare in that quota or class
    if _first_run_in_history(p):
        return OUT_OF_SCOPE  # "पहली ट्रेन मुंबई से ठाणे कब चली थी": railway history
    if capital_asked(p) or _word_meaning(p, places) or _where_to_get(p) or _first_ever(p, places):
        return OUT_OF_SCOPE  # "bharat ki rajdhani", "sagar naam ka matlab"
    if _new_time(p, places):
        return RESCHEDULED_TRAINS  # "naya time kya hai": a train's rescheduled start
    if getting_there_by(p):
        return TRAINS_BETWEEN  # "kal subah tak lucknow kaise pahunchu": the trains there
    if _leaves_now(p, places):
        return LIVE_STATUS  # "when will it leave now?", "ab kab chalegi": the run in hand
    if _one_run_whole(p, places):
        return LIVE_STATUS  # "does 16021 run all the way?": a yes or no about its run
    if _way_changed(p):
        return LIVE_STATUS  # "12802 का रास्ता बदला है क्या": whether its run is diverted
    if _trains_diverted(p):
        return RESCHEDULED_TRAINS  # "आज किन गाड़ियों का रास्ता बदला गया है": the list
    if code_spelling_asked(p, places):
        return STATION_BY_NAME  # "रेलवे में झांसी को कैसे लिखते हैं": its code
    if _language_asked_with_a_reason(p):
        return LANGUAGE  # "Hindi please, my grandfather is using my phone"
    outside = _outside_railways(p)  # weighed once: both rules below ask it
    if outside and _food_complaint(p):
        return CANNOT_DO  # "khana kharab tha", "complaint about food quality": RailMadad's
    if outside and (task(p) != "food" or not p.words.isdisjoint(lx.FOOD_ELSEWHERE)):
        # Food on a train is IRCTC eCatering's ("order food in 12627"); delivery apps and
        # restaurants are not railways ("zomato delivery in train", "pizza at kota junction").
        # A train missed is one's own, whatever comes next ("train miss ho gayi, ab bus se").
        missed = task(p) == "missed_train" and not _train_of_life(p)
        return CANNOT_DO if missed else OUT_OF_SCOPE
    if _now_about_oneself(p):
        return UNKNOWN  # "not now", "abhi nahi baad me", "abhi aata hu": no board asked
    learning = not p.words.isdisjoint(lx.LEARNING_WORDS) or language_of_a_thing(p)
    if LANGUAGE in kw and learning and not _railway_said(p):
        # "how to improve my spoken english": a language to learn; "free english speaking app":
        # a thing of that language, not RailBot's replies
        return OUT_OF_SCOPE
    if LANGUAGE in kw and (_only_language(p) or _language_sentence(p)):
        return LANGUAGE
    alert = _alert_intent(p)
    if alert is not None:
        return alert
    if _ran_at_all(p):
        return CANCELLED_TRAINS  # "ravivar ko 22436 chali thi ya nahi": whether it ran that day
    if p.train is None and task(p) == "tatkal":
        # "tatkal me kitne baje booking khulti hai": when Tatkal opens, not a train's time nor
        # what Tatkal is
        return CANNOT_DO
    if explained_term(p) is not None:
        return EXPLAIN  # "RAC kya hai", "what does GNWL mean", "chart kitne baje banta"
    if task(p) == "tdr":
        return CANNOT_DO  # "how long does a tdr refund take": a TDR's time, not a train's
    if _distance_between_places(p, places):
        return OUT_OF_SCOPE  # "delhi se agra kitni door hai", "how far is pune from nashik"
    if on_its_way(p, places):
        return STOPS_AT  # "beech me itarsi aata hai?", "रास्ते में भोपाल पड़ता है?"
    if asked_fact(p) is not None:
        return TRAIN_FACTS  # "how long does 12627 take", "12639 me first ac hai kya"
    if _trains_name_asked(p, places):
        return TRAIN_FACTS  # "17031 किस नाम से चलती है", "what is 12002 called": its timetable
    if _is_it_confirmed(p, places):
        return PNR_STATUS  # "is it confirmed?", "is my booking confirmed", "confirm hua?"
    if (
        task(p) is not None
        and not _code_to_book_with(p, kw, places)
        and not _care_told(p)
        and not _seats_asked_before_booking(p)
    ):
        return CANNOT_DO  # "book ticket", "refund kab aayega", "customer care number"
    if p.pnr is not None:
        return PNR_STATUS
    if code_place_asked(p, places):
        return STATION_BY_CODE  # "GWL कहाँ है", "बीएसपी से मतलब": the code's station
    if _station_to_enter(p, places):
        return STATION_BY_NAME  # "what to put in boarding station for aligarh": its code
    if _nearest_station(p, places) or nearest_station_here(p):
        # "nearest railway station to shirdi": the place's station; "nearest railway station",
        # "नज़दीकी स्टेशन": the traveller's own, asked for their location or town
        return STATION_BY_NAME
    if CANCELLED_TRAINS in kw and _trains_between_places(p) and _instead(p, kw):
        # "my flight got cancelled, need a train delhi to mumbai", "my train got cancelled, any
        # other train from delhi to bhopal on sunday?": a journey's trains instead
        return TRAINS_BETWEEN
    if CANCELLED_TRAINS in kw:
        ticket_only = (
            HINT_TICKET in hints and not {HINT_TRAIN, HINT_TRAINS} & hints and p.train is None
        )
        return UNKNOWN if ticket_only else CANCELLED_TRAINS
    if _time_changed(p):
        return RESCHEDULED_TRAINS  # "12627 ka samay aaj badla kya": rescheduled
    if RESCHEDULED_TRAINS in kw:
        if _one_train_late(p):
            return LIVE_STATUS  # "16021 late chal rahi hai kya": how late it runs
        return RESCHEDULED_TRAINS
    if p.hours is not None and p.train is None and len(places) <= 1 and _coming(p):
        # "which trains come into kanpur in the next 2 hours", "agle 3 ghante me kaun si trains
        # aayengi" (at the station in hand)
        return ARRIVALS
    if _coming_in_now(p, places):
        return ARRIVALS  # "which trains are coming to nagpur now", "abhi kaun si aa rahi"
    if LIVE_STATUS in kw and p.train is None and p.words & PLURAL_TRAINS and not places:
        return RESCHEDULED_TRAINS  # "late trains today", "aaj kaun si trains late hai"
    if _waiting_will_confirm(p, places):
        # "waiting 23 hai confirm hoga kya", "wl 7 par chance kitna hai": a booking's chance
        return PNR_STATUS
    if FARE in kw and not _lateness_asked(p):
        return FARE
    if _group_total(p):
        return FARE  # "delhi se lucknow sleeper 3 log total kitna hoga": what they pay
    if _own_booking_confirmed(p, places):
        return PNR_STATUS  # "meri seat confirm hui kya": one's booking, not seats to find
    if passenger_berth(p):
        return PNR_STATUS  # "will passenger 3 get a berth": the booking in hand's
    if SEAT_AVAILABILITY in kw and not _trains_available(p):
        return SEAT_AVAILABILITY
    if PNR_STATUS in kw:
        return PNR_STATUS
    if ARRIVALS in kw and p.train is None and _two_ends(places):
        # "दिल्ली से मुंबई सबसे जल्दी पहुँचने वाली ट्रेन": the journey's trains, not a board
        return TRAINS_BETWEEN
    if ARRIVALS in kw and p.words.isdisjoint(lx.DEPARTING_WORDS):
        # "trains arriving at ndls"; with a train, or the one in hand ("kab tak pahunch jayegi
        # ye"), when that train arrives. "upcoming departures" are departures.
        one = p.train is not None or _the_one_in_hand(p, places) or _one_train_coming(p, places)
        return LIVE_STATUS if one else ARRIVALS
    if _goes_there(p, places):
        return LIVE_STATUS  # "does it still go up to mysore?": the train in hand's run
    if _which_trains_stop(p, places):
        return DEPARTURES  # "itarsi me kaun kaun si gaadi rukti hai": its board
    if p.train is not None and lx.HOW_LATE_SAID.said_in(p.words):
        return LIVE_STATUS  # "12424 how many hours behind schedule": its delay, not its timetable
    if route_start(p):
        return TRAIN_ROUTE  # "12627 stops from bhopal", "भोपाल से आगे के स्टेशन"
    if _asks_a_stop(p, places):
        return STOPS_AT  # "does 12627 stop at bhopal", "itarsi pe rukti hai kya"
    # "12618 ke stations"; not "taxi se station aa gaya, 12138 ka status": a status asked
    lists_stations = (
        p.words & {"stations", "station"}
        and LIVE_STATUS not in kw
        and HINT_STATUS not in hints
        and p.words.isdisjoint(lx.NOW_WORDS)  # "12318 abhi konsa station pe hai": where it is
        and not _which_one_station(p)  # "12246 is at which station": where it is
    )
    journey = p.train is None and len(places) >= 2  # "pune solapur train timing"
    if TRAIN_ROUTE in kw and p.train is None and len(places) == 1:
        # "which trains are scheduled to depart from howrah": a board, not a train's route
        if not p.words.isdisjoint(lx.DEPARTING_WORDS):
            return DEPARTURES
        if not p.words.isdisjoint(lx.ARRIVING_VERBS) and not p.words.isdisjoint(PLURAL_TRAINS):
            return ARRIVALS
        if (not p.words.isdisjoint(PLURAL_TRAINS) or _which_trains(p)) and _stop_asked(p):
            return DEPARTURES  # "which trains stop at itarsi": the trains coming through
        if _a_places_stations(p):
            return STATION_BY_NAME  # "which stations does mumbai have": the city's
    if TRAIN_ROUTE in kw and _only_which_which(p):
        kw = kw - {TRAIN_ROUTE}  # "किस किस चीज़ में मदद करते हो": no train, no route
    if not journey and (TRAIN_ROUTE in kw or (p.train is not None and lists_stations)):
        return TRAIN_ROUTE  # "12618 ke stations": the stations of a train are its route
    if LIVE_STATUS in kw and _on_a_platform(p) and ({DEPARTURES, TRAINS_BETWEEN} & kw):
        # "im at platform 1 at kanpur, any train now", "main itarsi platform pe khada hu, abhi
        # koi train hai": where the traveller is, and the trains leaving from there
        return TRAINS_BETWEEN if _has(places, "to") else DEPARTURES
    if LIVE_STATUS in kw:
        way = not p.words.isdisjoint(lx.WAY_HOW) or _reaching(p) or _late_in_the_day(p)
        if p.train is None and len(places) >= 2 and way:
            # "how do i reach agra from delhi", "delhi se lucknow koi train jo subah pahunch
            # jaye", "delhi to agra late night": a journey
            return TRAINS_BETWEEN
        if _arrivals_asked(p, places):
            return ARRIVALS  # "which trains will arrive at ndls in the next hour"
        return LIVE_STATUS
    journey_of_trains = journey and bool({HINT_TRAIN, HINT_TRAINS} & hints)
    if (STATION_BY_NAME in kw or STATION_BY_CODE in kw) and not journey_of_trains:
        # "pune se nagpur ka train ka naam batao": the trains' names, a journey's trains
        place = places[0].place if places else None
        # "NDLS code" asks what NDLS is; "PUNE code" asks Pune's code.
        typed_code = place is not None and place.reason == "code"
        if typed_code and place is not None and place.named and STATION_BY_NAME in kw:
            typed_code = False
        if typed_code:
            return STATION_BY_CODE
        if p.train is not None and not places:
            return LIVE_STATUS  # "12952 kaun se station par hai": where the train is
        if STATION_BY_NAME not in kw and not places:
            # "XYZQ kaun sa station" asks about a code we do not know and "which station?"
            # about one not said yet; "my name is rahul" and "what is your name" do not.
            if unknown_code(p) is not None:
                return STATION_BY_CODE
            unknown_words = any(item.kind == "word" for item in p.items)
            asks = p.words & {"station", "stn", "स्टेशन"}
            return STATION_BY_CODE if asks and not unknown_words else UNKNOWN
        if STATION_BY_CODE in kw and not places and unknown_code(p) is not None:
            return STATION_BY_CODE  # "KTW कोड कौन सा स्टेशन": which station the code is
        return STATION_BY_NAME
    if p.train is not None:
        if _general_ticket(p):
            return FARE
        # "12951 full hai kya": its seats
        seats = p.travel_class or p.quota or p.words & lx.FULL_WORDS
        return SEAT_AVAILABILITY if seats else LIVE_STATUS
    # "jaane wali gaadiyan": the trains leaving (a station to be asked for); "ट्रेन की जानकारी
    # के लिए" is what something is for, no train going
    leaving = _going_said(p) and {HINT_TRAIN, HINT_TRAINS} & hints and not places
    if _status_now(p, places):
        # "what's the status now?", "abhi status kya hai", "अभी क्या स्थिति है": the status of
        # what is in hand at this moment, not the trains leaving now
        train_said = HINT_TRAIN in hints and HINT_TICKET not in hints
        return LIVE_STATUS if train_said else PNR_STATUS
    if DEPARTURES in kw or p.hours is not None or leaving:
        return TRAINS_BETWEEN if _has(places, "to") else DEPARTURES
    # "btw who are you": "by the way" when no place is said and the bot is asked of
    between = CONN_BETWEEN in p.conns and (bool(places) or HELP not in kw)
    if TRAINS_BETWEEN in kw or between:
        return TRAINS_BETWEEN
    if len(places) == 1 and not p.words.isdisjoint(lx.ALERT_ALL) and _a_places_stations(p):
        return STATION_BY_NAME  # "दिल्ली शहर के सारे स्टेशन": the city's stations
    if places:
        guessed = all(item.place is not None and item.place.reason == "fuzzy" for item in places)
        if guessed and not kw and not hints and any(item.kind == "word" for item in p.items):
            return UNKNOWN  # a near-miss among unknown words is not a station
        return _with_places(p, places)
    if HINT_WHAT in hints and unknown_code(p) is not None:
        return STATION_BY_CODE  # "what is XYZQ": a code, though not one we know
    if _whether_it_left(p, kw):
        return LIVE_STATUS  # "has the train departed yet", "has my train crossed the station"
    if HINT_STATUS in hints:
        # "train ka status" asks where a train is; "status", "ticket status" about a booking.
        train_said = HINT_TRAIN in hints and HINT_TICKET not in hints
        return LIVE_STATUS if train_said else PNR_STATUS
    if THANKS in kw and not p.words.isdisjoint(_MEANING):
        return OUT_OF_SCOPE  # "ta meaning in chat", "cheers ka matlab": a word's meaning
    if THANKS in kw and cheer_asked(p):
        return OUT_OF_SCOPE  # "say something nice to me": "nice" is what is asked for, no thanks
    for intent in (THANKS, HELP):
        if intent in kw:
            return intent
    if GREETING in kw and _greets(p):
        return HELP if _asks_the_bot(p) else GREETING
    if _asks_the_bot(p) and not p.words.isdisjoint(_YOU):
        return HELP  # "aap kya kya kaam kar sakte hain": what RailBot does
    return UNKNOWN


def _only_thanked_for(p: Parse) -> bool:
    """Whether a message naming a PNR or a train only thanks RailBot for what it did with it
    ("thanks for checking pnr 4512345678", "thank you for tracking 4512345678", "पीएनआर
    4512345678 ट्रैक करने के लिए धन्यवाद"): nothing is asked again, so nothing is looked up nor
    started. A status told with thanks is no such message ("PNR 4512345678 is now CNF B3 45.
    thanks", a railway SMS forwarded: the PNR is checked), nor thanks with an ask ("thanks, also
    check 4523456789", "thanks for the update, is it final?")."""
    if THANKS not in p.intents or (p.pnr is None and p.train is None):
        return False
    if "?" in p.original or not p.words.isdisjoint(_ASKED_MORE):
        return False
    thanked = _THANKED_FOR.search(p.raw)
    # "thank you for tracking 4512345678, stop it now": another sentence after it asks more
    return thanked is not None and _ANOTHER_SENTENCE.search(p.raw, thanked.end()) is None


# Thanks said for something ("thanks a lot for checking", "tracking ke liye shukriya").
_THANKED_FOR: Final = re.compile(
    r"^\W*(?:(?:ok|okay|hi|hello|oh)\W+)*(?:many\s+|big\s+)?(?:thanks|thank\s*(?:you|u)|thanku"
    r"|thnx|thx|tnx|ty|tysm)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|bhai|sir|mam|ji|yaar|bro))*"
    r"\s+for\b"
    r"|\bk[ae]\s+(?:liye|liy|lie|liyee)\s+(?:bahut\s+|aapka\s+|apka\s+)?(?:dhanyava?a?d|dhanyawad"
    r"|dhanyabad|shukriya|shukria|sukriya|thanks|thank\s*(?:you|u)|thx)\W*$",
    re.IGNORECASE,
)
_ANOTHER_SENTENCE: Final = re.compile(r"[,.;!|]\s*\w")
# Words that ask something more beside thanks: a question, a request, another thing.
_ASKED_MORE: Final = lx.QUESTION_WORDS | lx.word_set(
    "also bhi aur and please pls plz kripya batao bataiye bataye btao btaiye dikhao karo kariye"
    " kijiye karein karen"
)


def _which_one_station(p: Parse) -> bool:
    """Whether one station is asked which it is ("12246 is at which station", "which station
    is 12246 at", "currently 12246 is at which station"), as "12952 kaun se station par hai":
    of a train, where its run is; never its stations ("12430 which stations", "12618 ke
    stations", "kaun kaun se station")."""
    return STATION_BY_CODE in p.intents and "stations" not in p.words


def _one_train_coming(p: Parse, places: list[Item]) -> bool:
    """Whether one train, no station nor hours said, is asked when it comes ("train kitne baje
    tak aa jayegi", "gadi time pe aa rahi hai na", "गाड़ी कितने बजे तक पहुँच जाएगी"): the train in
    hand's run, not a station's board ("kaunsi train aa rahi hai", "aane wali trains")."""
    if places or p.hours is not None or HINT_TRAIN not in p.hints or HINT_TRAINS in p.hints:
        return False
    return p.words.isdisjoint(PLURAL_TRAINS) and p.words.isdisjoint(_WHICH_COMING)


# Which train, any train: a board's question ("kaunsi train aa rahi hai", "koi gaadi aayegi").
_WHICH_COMING: Final = frozenset(
    {"kaun", "kon", "kaunsi", "konsi", "kaunse", "konse", "kaunsa", "konsa", "which", "koi",
     "any", "next", "agli", "agla", "wali", "waali", "vali", "upcoming"}
)  # fmt: skip


def _whether_it_left(p: Parse, kw: set[Intent]) -> bool:
    """Whether one train, named by no number, is asked if it has left or passed a station
    ("has the train departed yet", "has my train crossed the last station"), and nothing else:
    its run today, where it is."""
    if kw or HINT_TRAIN not in p.hints or p.hints & _NOT_ONE_TRAIN or p.places:
        return False
    if not lx.LEFT_SAID.said_in(p.words) and not lx.COMING_IN_SAID.said_in(p.words):
        return False  # nor "train aane me kitni der hai": how long till it comes
    # "train my dog, it has passed the test": words of another topic around
    return all(item.kind != "word" or set(item.words) <= _LEFT_WORDS for item in p.items)


# Hints that make a train's leaving another question: trains in the plural, a ticket.
_NOT_ONE_TRAIN: Final = frozenset({Hint.TRAINS, Hint.TICKET})
# The words a question whether the train has left is said with ("has it crossed the last
# station yet", "pichla station paar kiya kya").
_LEFT_WORDS: Final = frozenset().union(*lx.LEFT_GROUPS, *lx.COMING_IN_GROUPS) | frozenset(
    {"has", "have", "did", "does", "yet", "already", "abhi", "tak", "last", "previous",
     "pichla", "pichle", "pichhla", "my", "mera", "meri", "our", "humari", "hamari", "station",
     "baki", "baaki", "bacha", "bachi", "lagegi", "lagega", "lagti", "lagta"}
)  # fmt: skip


def bot_remark(p: Parse) -> Remark | None:
    """What a message says of RailBot itself, if that is all it says: who or what it is ("what
    is your name", "tumhe kisne banaya", "are you a robot or a real person"), or a verdict on it
    ("you are useless", "ye bot bilkul bekaar hai", "you are not good"). A word of anything else
    ("who made the taj mahal, do you know", "is your 12627 late") makes it no remark on the bot."""
    said = _said_of_the_bot(p)
    if said & lx.BOT_VERDICT or (said & _PRAISE_OR_KNOWING and p.words & _DENIED):
        return "verdict"  # "you are not good", "तुझे कुछ नहीं आता"
    if not said.isdisjoint(lx.BOT_SELF - _BOT_NAMES):
        return "who"
    if not said.isdisjoint(_BOT_NAMES) and said.isdisjoint(_PRAISE_OR_OFFER):
        return "who"  # "are you a bot?", "kya tum bot ho": never "good bot", "what can this bot do"
    return "who" if _where_from_asked(p) else None


# What RailBot is called as a kind of thing: a word of who it is, and also the word people
# address it by ("hi bot", "good bot").
_BOT_NAMES: Final = frozenset({"bot", "chatbot", "बॉट"})


def _where_from_asked(p: Parse) -> bool:
    """Whether the message only asks RailBot where it is from ("where are you from", "aap kaha
    se ho", "आप कहाँ से हैं"), as "where do you live" asks: who it is, a bot."""
    words = p.words
    if words.isdisjoint(_FROM_WORDS) or (words.isdisjoint(lx.TO_THE_BOT) and "ho" not in words):
        return False
    return p.train is None and p.pnr is None and _WHERE_FROM.search(p.raw) is not None


_FROM_WORDS: Final = frozenset({"from", "se", "ke", "based"})
# "where are you from", "(aap) kahan se ho", "tum kidhar ke ho", with a greeting or an address.
_WHERE_FROM: Final = re.compile(
    r"^\W*(?:(?:hi|hello|hey|bhai|bhaiya|sir|ji|yaar|bro|dost|and|so|btw)\W+)*"
    r"(?:where\s+(?:are|r)\s+(?:you|u)\s+(?:from|based)"
    r"|(?:aap|ap|tum|tu)\s+(?:kaha|kahan|kahaan|kidhar)\s+(?:se|ke)\s+(?:ho|hain|hai|h)"
    r"|(?:kaha|kahan|kahaan|kidhar)\s+(?:se|ke)\s+ho(?:\s+(?:aap|ap|tum))?)"
    r"(?:\W+(?:bhai|bhaiya|sir|ji|yaar|bro|dost))*\W*$",
    re.IGNORECASE,
)


def _said_of_the_bot(p: Parse) -> frozenset[str]:
    """The words of who RailBot is, of a verdict on it or of praise a message says, when it
    speaks to RailBot and says nothing else; else none."""
    if p.words.isdisjoint(lx.TO_THE_BOT):
        return frozenset()
    said = p.words & _REMARKS_OR_OFFER
    if not said or term_named(p):
        return frozenset()  # "could you explain what RLWL means": a railway word's
    for item in p.items:
        if item.kind in ("stop", "sep") or (item.kind == "hint" and item.value in _ASIDE):
            continue
        if item.kind not in ("word", "intent", "conn") or not set(item.words) <= _OF_THE_BOT:
            return frozenset()
    return frozenset(said)


_REMARKS: Final = lx.BOT_SELF | lx.BOT_VERDICT | lx.BOT_PRAISE
_PRAISE_OR_KNOWING: Final = lx.BOT_PRAISE | lx.BOT_KNOWING
_PRAISE_OR_OFFER: Final = lx.BOT_PRAISE | lx.BOT_OFFER | lx.BOT_KNOWING
_DENIED: Final = lx.NEGATIONS | {"nothing"}
_REMARKS_OR_OFFER: Final = _REMARKS | lx.BOT_OFFER
# Hints a remark on RailBot may hold: "what", trains in general ("useful for train info").
_ASIDE: Final = frozenset({Hint.WHAT, Hint.TRAIN, Hint.TRAINS})
# The words a remark on RailBot may be made of.
_OF_THE_BOT: Final = (
    lx.TO_THE_BOT
    | _REMARKS
    | lx.BOT_OFFER
    | {"this", "dis", "ths", "ye", "yeh", "mujhe", "me", "mere", "liye", "is", "are", "can", "kis"}
    | {"for", "se"}
    | {"a", "an", "the", "train", "trains", "pe", "par"}
    | lx.QUESTION_WORDS
    | lx.NEGATIONS
    | {"bilkul", "bahut", "bohot", "bahot", "very", "so", "really", "totally", "ekdam", "sabse"}
    | {"been", "r", "such", "real", "mate", "bro", "man", "yaar"}
    | {"sach", "sachme", "sachmuch", "lol", "सच"}
    | {"kuch", "kuchh", "bhi", "something", "anything", "nothing"}
    # "ये रेलबॉट कौन कौन से काम कर देता है", "what all can you help me with, first time here"
    | {"deta", "deti", "dete", "hamen", "hame", "humein", "hamein", "humko", "hamko", "all"}
    | {"buddy", "dude", "boss", "dost"}
    | lx.NEWCOMER_WORDS
)


def _lateness_asked(p: Parse) -> bool:
    """Whether the only fare words are an amount asked of a delay ("my train 12951 is late how
    much", "how much late is 12627", "delay kitne ka hai"): how late, not a price."""
    fare = [item.words for item in p.items if (item.kind, item.value) == ("intent", FARE)]
    if any(not set(words) <= _AMOUNT_ASKED for words in fare):
        return False
    return lx.HOW_LATE_SAID.said_in(p.words)


# "how much": a price, or the amount of something else said beside it ("delay kitne ka hai").
_AMOUNT_ASKED: Final = frozenset(
    {"how", "hw", "much", "mch", "howmuch", "kitna", "kitne", "kitni", "kitta", "ka", "ki", "ke",
     "hai", "h", "he", "hy", "कितना", "कितने", "कितनी", "का", "की", "के", "है"}
)  # fmt: skip


# Words that address RailBot, or where it is: "aap kya kar sakte ho", "what can this bot do",
# "yahan kya kya jankari milti hai".
_YOU: Final = frozenset(
    {"ap", "aap", "apse", "aapse", "tum", "tumse", "you", "u", "bot", "yahan", "yaha", "here"}
)


_STATIONS: Final = frozenset({"stations", "stn", "stns", "स्टेशनों"})
# Words that put a train's run around a place ("kota ke baad", "after bhopal", "se", "tak").
_ALONG: Final = frozenset({"baad", "bad", "pehle", "pahle", "after", "before", "next", "agla"})


def _a_places_stations(p: Parse) -> bool:
    """Whether a question of stations names one place and no train, nothing of a run around it
    ("which stations does mumbai have", "mumbai mein kaun kaun se station hai"): that place's
    stations, not a route ("kota ke baad kaun se station", "bhopal se kaun kaun se station")."""
    if p.train is not None or p.train_name is not None or {HINT_TRAIN, HINT_TRAINS} & p.hints:
        return False
    if p.words.isdisjoint(lx.STATION_WORDS | _STATIONS) or not p.words.isdisjoint(_ALONG):
        return False
    placed = [at for at, item in enumerate(p.items) if item.kind == "place"]
    return not any(_journey_beside(p.items, at) for at in placed)


def _journey_beside(items: list[Item], at: int) -> bool:
    """Whether a connector of a journey stands next to items[at], past filler ("bhopal se"; not
    the "se" of "kaun se station" further on)."""
    for step in (-1, 1):
        near = at + step
        while 0 <= near < len(items) and items[near].kind == "stop":
            near += step
        conn = 0 <= near < len(items) and items[near].kind == "conn"
        if conn and items[near].value in _JOURNEY_CONNECTORS:
            return True
    return False


def _only_which_which(p: Parse) -> bool:
    """Whether the only words of a route are a question word said twice ("kis kis", "kaun kaun",
    "क्या-क्या") with no train, place, station or stop named: which things, not which stops."""
    if p.train is not None or p.train_name is not None or p.places:
        return False
    if not p.words.isdisjoint(lx.STATION_WORDS | lx.STOP_NOUNS):
        return False
    route = [
        item.words
        for item in p.items
        if (item.kind, item.value) == ("intent", TRAIN_ROUTE)
    ]
    return all(len(words) == 2 and words[0] == words[1] for words in route)


# Which, of what: "ye bot kis kaam ka hai", "kis bare me jankari deta hai".
_ASKING_WHAT: Final = lx.QUESTION_WORDS | {"kis"}


def _asks_the_bot(p: Parse) -> bool:
    """Whether, after its greeting, a message asks what RailBot tells or offers ("hi, what can
    i ask", "नमस्ते, आप क्या क्या बता सकते हो", "hi bhai ye bot kis kaam ka hai"): a question word
    beside a word of telling, knowing or offering, or of the bot itself. The words of a
    greeting ("kaise ho", "kya haal hai") ask nothing of it."""
    said = {
        word
        for item in p.items
        if (item.kind, item.value) != ("intent", GREETING)
        for word in item.words
    }
    return (not said.isdisjoint(_ASKING_WHAT) and not said.isdisjoint(lx.TELLING_WORDS))


def _greets(p: Parse) -> bool:
    """Whether the message opens with its greeting ("hi", "namaste ji"): "hi" later on is the
    Hindi "only" ("bas itna hi puchna tha", "aaj hi")."""
    first = next((item for item in p.items if item.kind not in ("stop", "sep")), None)
    return first is not None and (first.kind, first.value) == ("intent", GREETING)


def _thanked_with_news(p: Parse) -> bool:
    """Whether a message that opens with thanks only tells what came of it ("thank u, ticket
    confirm ho gaya", "धन्यवाद, टिकट कन्फर्म हो गया", "thanks, got my berth"): nothing asked,
    no booking named to look up."""
    first = next((item for item in p.items if item.kind not in ("stop", "sep")), None)
    if first is None or (first.kind, first.value) != ("intent", THANKS):
        return False
    if p.pnr is not None or p.train is not None or p.places or "?" in p.raw:
        return False
    if not p.intents <= _BOOKING_STATE or not p.words.isdisjoint(lx.QUESTION_WORDS):
        return False
    return not p.words.isdisjoint(_DONE)


# What thanks may be said with, telling what came of a booking ("seat confirm ho gayi").
_BOOKING_STATE: Final = frozenset({THANKS, PNR_STATUS, SEAT_AVAILABILITY})


# Words telling that something came about: "ho gaya", "hui", "got", "mil gayi", "is done".
_DONE: Final = lx.word_set("gaya gayi gai gya gyi hua hui huyi got done mil mila mili")


def _on_a_platform(p: Parse) -> bool:
    """Whether the only live-status words are a platform the traveller says they are on, no
    train named ("im at platform 1", "platform pe khada hu", "sitting at platform 5")."""
    if p.train is not None:
        return False
    at_one = _AT_A_PLATFORM.search(p.raw.lower()) is not None  # "at platform 6 of ahmedabad"
    said = not p.words.isdisjoint(_ONESELF) or not p.words.isdisjoint(_POSTURE)
    if not at_one and (not said or p.words.isdisjoint(_ON_IT)):
        return False
    live = [item for item in p.items if (item.kind, item.value) == ("intent", LIVE_STATUS)]
    return all(set(item.words) <= lx.PLATFORM_WORDS for item in live)


# Saying where one is: "im at", "main ... hu", "khada hoon", "baithi hai".
_POSTURE: Final = lx.word_set(
    "khada khadi khade baitha baithi baithe waiting standing sitting"
)
_ON_IT: Final = lx.word_set("im am hu hoon hun hoo") | _POSTURE
_AT_A_PLATFORM: Final = re.compile(
    r"^\W*(?:i\s+am\s+|im\s+|i'm\s+)?at\s+(?:the\s+)?(?:platform|pf)\b"
)


def _greets_from_a_place(p: Parse) -> bool:
    """Whether a greeting only says where the person writes from ("नमस्ते, मैं कानपुर से बोल रहा
    हूँ", "hello ji, bhopal se bol rahi hoon", "hi, speaking from pune"): a greeting, no journey
    nor board asked (nothing of railways said)."""
    if not _greets(p) or p.train is not None or p.pnr is not None or p.hours is not None:
        return False
    if p.intents != {GREETING} or not p.hints.isdisjoint(_RAILWAY_HINTS):
        return False
    if len(p.places) > 1 or not p.words.isdisjoint(_GOING_TO):
        return False  # "hello, main delhi se bol raha hu, mujhe patna jana hai": a journey
    return not p.words.isdisjoint(_SPEAKING) and not p.words.isdisjoint(_SPEAKING_FROM)


# Going somewhere, said after where one writes from: "jana hai", "jaana", "going to", "reach".
_GOING_TO: Final = lx.word_set(
    "jana jaana jaane jane jaunga jaungi jaenge going go travel travelling reach pahunchna"
)


# Saying where one speaks or writes from: "bol raha hoon", "speaking from", "likh rahi hu".
_SPEAKING: Final = lx.word_set(
    "bol bolta bolti bolte boltaa speaking calling writing messaging likh likhta likhti"
    " boltoy boltey bolto boltoye boltiy"  # Marathi "बोलतोय", "बोलतेय"
)
_SPEAKING_FROM: Final = lx.word_set("raha rahi rahe rha rhi hoon hun hu hoo from se")


def _reaching(p: Parse) -> bool:
    """Whether every live-status word of the message is a verb of getting somewhere ("pahunch
    jaye", "reaches"): beside two places and no train, the journey's, not a train's run."""
    live = [
        item.words for item in p.items if item.kind == "intent" and item.value == LIVE_STATUS
    ]
    return all(set(words) <= _ARRIVING_OR_REACHING | _TAKING_THERE for words in live)


# Taking the traveller there ("aisi train jo agra se mathura jaldi pahuncha de", "जो पहुँचा दे"):
# a train wanted for the journey.
_TAKING_THERE: Final = frozenset(
    {"pahuncha", "pahunchaa", "pahucha", "pahunchade", "pahunchaye", "pahunchae", "pahunchaega",
     "pahunchayega", "pahunchaegi", "pahunchayegi", "pahunchadegi", "pahuncha de", "pahuncha do"}
)  # fmt: skip


def _trains_available(p: Parse) -> bool:
    """ "which trains are available from lucknow to delhi", "chandigarh to dehradun train
    available?": trains between, not seats (no word for a seat, a class, a quota or a train
    number)."""
    if p.train is not None or p.travel_class or p.quota or p.train_name is not None:
        return False
    trains = not p.words.isdisjoint(PLURAL_TRAINS) or not p.words.isdisjoint(lx.TRAIN_NOUNS)
    return trains and p.words.isdisjoint(lx.SEAT_NOUNS)


def _is_it_confirmed(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks if one's booking is confirmed, with nothing else to look up
    ("is it confirmed?", "is my booking confirmed", "confirm ho gaya kya", "क्या कन्फर्म हो
    गया"): not how to get a confirmed ticket, nor another service's booking."""
    words = p.words
    if words.isdisjoint(lx.CONFIRMED_WORDS) or places or p.train is not None:
        return False
    if p.travel_class or p.quota or OUT_OF_SCOPE in p.intents:
        return False
    if task(p) in ("cancellation", "refund"):
        return False  # "confirm ticket cancel karne par kitna katega": what cancelling costs
    if words & _HOW_TO_GET and words.isdisjoint(_FINDING_OUT):
        return False  # "confirm ticket kaise milega"; not "kaise pata karu ki confirm hai"
    if words & (lx.ALERT_TELL | lx.ALERT_WHEN | lx.CONFIRMED_LATER) or p.pnr is not None:
        return False  # "tell me when it gets confirmed", "will it confirm?": read in context
    joined = words & _AND
    if "or" in joined and _OR_NOT.search(p.raw.lower()):
        joined = joined - {"or"}  # "confirmed or not": one question put both ways
    if p.intents & _OTHER_ASKS or joined:
        return False  # "confirm hua kya aur train kab chalegi": two questions
    return len(words) <= 2 or not words.isdisjoint(lx.CONFIRMED_OF)


_AND: Final = frozenset({"and", "aur", "or", "also", "और"})
_OTHER_ASKS: Final = frozenset(
    {Intent.LIVE_STATUS, Intent.TRAINS_BETWEEN, Intent.FARE, Intent.TRAIN_ROUTE}
)
# "How to get a confirmed ticket", "confirm ticket kaise milega": a way to get one, not its state.
_HOW_TO_GET: Final = frozenset({"how", "kaise", "kese", "tips", "trick", "tricks", "way", "ways"})
# How to find out whether it is confirmed ("kaise pata karu ki mera ticket confirm hai", "how can
# i find out whether my ticket is confirmed", "कैसे देखें कन्फर्म हुआ"): its state after all.
_FINDING_OUT: Final = frozenset(
    {"pata", "check", "chek", "know", "find", "see", "dekhe", "dekhen", "dekhu", "dekhun",
     "dekhoon", "jaane", "jane", "janu", "jaanu", "jaanen", "jaanein", "whether"}
)  # fmt: skip
# "confirmed or not": one question put both ways.
_OR_NOT: Final = re.compile(r"\bor\s+(?:not|nahi|nahin|nhi|na)\b")


def _own_booking_confirmed(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks about one's own booking in PNR-status words ("meri seat confirm
    hui kya", "my berth number"), with no train or stations to look seats up for."""
    # "meri waiting list ticket ka kya hua": one's own waitlisted ticket, not seats to find
    waitlisted = HINT_TICKET in p.hints and not p.words.isdisjoint(lx.WAITING_WORDS)
    if not (PNR_STATUS in p.intents or waitlisted) or p.train is not None or places:
        return False
    return not p.words.isdisjoint(lx.PERSONAL_WORDS) and not p.travel_class and not p.quota


def _the_one_in_hand(p: Parse, places: list[Item]) -> bool:
    """Whether a question says "it" or "ye" of one train, no station or trains named."""
    referring = not p.words.isdisjoint(lx.REFERRING_WORDS)
    return not places and referring and p.words.isdisjoint(PLURAL_TRAINS)


def _waiting_will_confirm(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks about a waitlisted booking of one's own: its place on a list told
    ("RAC 14 hai berth milegi", "wl 21 pe hu"), or whether it will be confirmed ("वेटिंग टिकट
    कन्फर्म होगा क्या"), with no train or journey to look seats up for and no other topic's
    queue ("bus ka waiting list confirm hoga kya"); with a train, when the ticket is said to be
    one's own ("mera ticket 12952 me waiting 15 hai confirm hoga kya")."""
    if places or OUT_OF_SCOPE in p.intents:
        return False
    if p.train is not None:
        return own_booking_chance(p)
    if p.digits and _LIST_PLACE.search(p.raw) is not None:
        return True
    return not p.words.isdisjoint(lx.WAITING_WORDS) and asks_chance(p)


# A place on a waiting or RAC list ("waiting 23", "WL-12", "rac 14", "GNWL 25"), not a wait of so
# many minutes or days ("waiting 30 minute", "waiting 10 din").
_LIST_PLACE: Final = re.compile(
    r"\b(?:waiting(?: list)?|wait ?list(?:ed)?|wl|rac|gnwl|rlwl|pqwl|tqwl|rswl)"
    r"\s*(?:no\.?|number|is|hai|h|pe|par|at|on)?\s*[-:#]?\s*\d{1,3}\b"
    r"(?!\s*(?:min|mins|minute|minutes|din|day|days|mahine|month|months|hour|hours|hr|hrs"
    r"|ghante|ghanta|log|people|saal|year|years|%))",
    re.IGNORECASE,
)


def _time_changed(p: Parse) -> bool:
    """ "kya 12627 ka samay aaj badla gaya hai", "time changed today?": a train's time said to
    have changed, the words apart; not a platform, a booking or a route ("route changed")."""
    words = p.words
    if words.isdisjoint(lx.TIME_WORDS) or p.pnr is not None:
        return False
    moved = any(words & one and words & other for one, other in lx.MOVED_PAIRS)
    if not (moved or not words.isdisjoint(lx.CHANGED_WORDS)):
        return False
    # "किन किन ट्रेनों का समय आगे पीछे है": "किन किन" asks which, not the stops; a timetable
    # moved to and fro ("टाइम टेबल इधर उधर हुआ") is its times moved, not its stops.
    asking = lx.TIME_WORDS | lx.WHICH_MANY | {"kis"} | (_TIMETABLE if moved else frozenset())
    route = any(
        item.kind == "intent" and item.value == TRAIN_ROUTE and not set(item.words) <= asking
        for item in p.items
    )
    return not route and words.isdisjoint(lx.PLATFORM_WORDS | lx.TICKET_WORDS)


_TIMETABLE: Final = frozenset({"table", "timetable"})


def _late_in_the_day(p: Parse) -> bool:
    """Whether "late" says when in the day ("late night", "late evening"), not a train's delay:
    every live-status word is "late", beside a part of the day."""
    live = [
        item.words for item in p.items if item.kind == "intent" and item.value == LIVE_STATUS
    ]
    parts = set().union(*lx.DAY_PART_WORDS.values())
    late = bool(live) and all(words == ("late",) for words in live)
    return late and not p.words.isdisjoint(parts)


def _one_train_late(p: Parse) -> bool:
    """Whether the message asks whether one numbered train runs late, in words that without a
    number ask for the list of late trains."""
    if p.train is None or len(p.trains) > 1 or not p.words.isdisjoint(PLURAL_TRAINS):
        return False
    return says_running_late(p)


def says_running_late(p: Parse) -> bool:
    """Whether every word of the message for rescheduled trains says a train runs late ("late
    chal rahi"), not that its timing was changed: of one train, how late it runs."""
    rescheduled = [
        item.words for item in p.items if item.kind == "intent" and item.value == RESCHEDULED_TRAINS
    ]
    return bool(rescheduled) and all(words in lx.RUNNING_LATE for words in rescheduled)




def _arrivals_asked(p: Parse, places: list[Item]) -> bool:
    """Whether "arrive"/"reach" words ask which trains come in at one station, not where a
    train is: trains in the plural, no train number, one station."""
    if p.train is not None or len(places) != 1 or p.words.isdisjoint(lx.ARRIVING_VERBS):
        return False
    if p.hours is not None:
        return True  # "kanpur mein agle 3 ghante mein kaun si gaadi aayegi"
    # "kaun si gaadi aayegi", "कौन कौन सी ट्रेन आएगी" (its "train" read in "kaun si train")
    a_train = HINT_TRAIN in p.hints or not p.words.isdisjoint(lx.TRAIN_NOUNS)
    which = a_train and not p.words.isdisjoint(_WHICH)
    return bool(not p.words.isdisjoint(PLURAL_TRAINS) or HINT_TRAINS in p.hints or which)


def _coming_in_now(p: Parse, places: list[Item]) -> bool:
    """Whether trains, asked for in general, are coming in now to the one station named ("which
    trains are coming to nagpur now"): a station's arrivals, not a journey to it."""
    if p.train is not None or len(places) != 1 or not _coming(p) or p.travel_class or p.quota:
        return False
    if p.date is not None and not _said_today(p):
        return False
    if not p.words.isdisjoint(lx.DEPARTING_WORDS) or not p.words.isdisjoint(_GOING):
        return False  # "indore se abhi kaun si gaadiyan ja rahi hain": leaving
    trains = p.words & PLURAL_TRAINS or HINT_TRAINS in p.hints
    # "बिलासपुर में अभी कौन गाड़ी आती है": which train, asked of any that come in
    a_train = HINT_TRAIN in p.hints or not p.words.isdisjoint(lx.TRAIN_NOUNS)
    trains = trains or (a_train and not p.words.isdisjoint(_WHICH))
    now = p.words & _COMING_NOW or DEPARTURES in p.intents
    return bool(trains and now) and p.intents.isdisjoint({FARE, SEAT_AVAILABILITY})


# Words of trains coming in as one speaks ("coming", "incoming").
_COMING_NOW: Final = frozenset({"coming", "incoming", "arriving"})
# Words of going ("ja rahi", "nikal rahi", "going"): trains leaving, not coming in.
_GOING: Final = frozenset(
    {"ja", "jaa", "going", "jayegi", "jaengi", "jayengi", "jaayengi", "nikal", "nikl", "chhoot",
     "chhut", "chut"}
)  # fmt: skip


# Details of a booking or its train asked about now ("when does it leave", "coach number"),
# and what an alert watches for ("confirmed", "chart", "changes"): "tell me when" with the first
# and none of the second asks the detail, not for an alert.
_BOOKING_DETAILS: Final = frozenset(
    {"leave", "leaves", "leaving", "depart", "departs", "departure", "arrive", "arrives",
     "arrival", "reach", "reaches", "start", "starts", "platform", "coach", "berth", "seat",
     "time", "timing", "baje", "chalegi", "chhutegi", "niklegi", "pahunchegi", "boarding"}
)  # fmt: skip
_WATCHED: Final = lx.TICKET_STATUS_WORDS | frozenset(
    {"change", "changes", "changed", "badle", "badla", "badlav", "status", "update", "updates"}
)
# Words beside "stop" that make it where a train or a coach stops, not stopping alerts.
_WHERE_A_TRAIN_STOPS: Final = frozenset(
    {"coach", "bogie", "dabba", "platform", "station", "stations", "where", "kahan", "kaha",
     "kidhar", "position", "halt"}
)  # fmt: skip
_WHICH: Final = frozenset({"kaun", "kon", "kaunsi", "konsi", "which", "kya", "koi"})


_PASSENGER_NUMBER: Final = re.compile(r"\bp\s?[1-9]\b")
# Words of "the RAC passenger", "the third passenger": a passenger of a booking, not a train.
_ONE_PASSENGER: Final = lx.PASSENGER_WORDS | frozenset(
    lx.words_of(
        "rac wl waiting waitlisted cnf confirmed first second third 1st 2nd 3rd last other my"
    )
)


def _own_booking_asked(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks where one sits in one's booking ("mera coach kaunsa hai", "my
    berth number") or the day of one's journey ("what is the travel date", "यात्रा की तारीख"),
    with no train, place, class, quota or date to look anything up for, and no task of its own
    ("coach me khana")."""
    # "how many passengers": the traveller's, not a train's name ("… Passenger")
    name = p.train_name is not None and not set(p.train_name.split()) <= _HOW_MANY_PASSENGERS
    named = p.train is not None or name or p.pnr is not None
    if named or places or p.date is not None or p.travel_class or p.quota:
        return False
    if class_booked_asked(p) and p.words.isdisjoint(PLURAL_TRAINS):
        return True  # "what class did i book?", "मैंने कौन सी क्लास बुक की है?"
    if not p.words.isdisjoint(PLURAL_TRAINS) or task(p) is not None:
        return False
    held = p.words & _BOOKED_PLACES and p.words & _HELD_BY_ME and p.words & _I
    if held and p.words & _WHICH_OR_WHAT and p.words.isdisjoint(_MAY):
        return True  # "which berth do i have?", "what coach did i get?"; not "can i get a berth"
    given = p.words & lx.BOOKING_NOUNS and p.words & _GIVEN and p.words.isdisjoint(_MAY)
    if given and OUT_OF_SCOPE not in p.intents and HINT_ELSEWHERE not in p.hints:
        return True  # "upper berth mili ya lower", "did my berth get allotted": given already
    if not (p.words & _ASKED_OF_ONES_OWN or "?" in p.raw):
        return False  # "my coach said I need to train harder", "shaadi ki date confirm ho gayi"
    if not p.words.isdisjoint(lx.BOOKING_NOUNS) and not p.words.isdisjoint(_MINE):
        return True
    # "holi 2027 me kis date ko hai": the date of a festival, a topic of its own, not a journey's
    topic = OUT_OF_SCOPE in p.intents or HINT_ELSEWHERE in p.hints
    return (journey_date_asked(p) and not topic) or _BOOKING_FACTS.said_in(p.words)


def _room_in_a_class(p: Parse) -> bool:
    """Whether room is asked for in a class of coach, said as space or room ("is there room in
    3ac", "any space in sleeper class", "sleeper me space hai kya"), and no other question:
    its seats. "ac room" names no class; a topic of elsewhere keeps it there."""
    if not p.travel_class or p.words.isdisjoint(_ROOM) or OUT_OF_SCOPE in p.intents:
        return False
    return p.intents <= {SEAT_AVAILABILITY} and task(p) is None


def how_much_in_a_quota(p: Parse) -> bool:
    """Whether only how much a quota or a class comes to is asked ("tatkal ka kitna", "3A ka
    kitna?", "तत्काल का कितना"): an amount, its fare; never its seats ("kitni" seats)."""
    said = p.quota is not None or p.travel_class is not None
    alone = p.train is None and p.date is None and not p.places
    return said and alone and _HOW_MUCH_OF.match(p.raw.lower()) is not None


_HOW_MUCH_OF: Final = re.compile(
    r"^\s*(?:(?:aur|and|और)\s+)?(?:\S+\s+){1,2}(?:ka|का)\s+(?:kitna|कितना)"
    r"(?:\s+(?:hai|h|hoga|padega|है|होगा|पड़ेगा))?\s*[?.!]*\s*$"
)


# Room to travel in, in the words of any place's room ("space", "room"; "jagah" is seats' own).
_ROOM: Final = frozenset({"space", "room", "spaces", "rooms"})


def _own_wait_asked(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks where one's own waitlisted booking stands, with nothing to look
    seats up for ("what's my current waitlist position", "वेटिंग में मेरा कौन सा नंबर है",
    "mera waiting number kitna hai", "is my berth confirmed or still waiting", "did my wl ticket
    get cleared"): the booking's status, by its PNR."""
    words = p.words
    if words.isdisjoint(_WAITLISTED) or words.isdisjoint(_MINE_OWN):
        return False
    if p.train is not None or p.train_name is not None or places or p.travel_class or p.quota:
        return False
    if OUT_OF_SCOPE in p.intents or HINT_ELSEWHERE in p.hints or task(p) is not None:
        return False  # "my flight waitlist position", "waiting ticket cancel karna hai"
    if explained_term(p) in WAIT_KINDS:
        return False  # "meri ticket GNWL hai, ye kaun si waiting hai": what the kind is
    return not words.isdisjoint(_WAIT_STANDING) or not words.isdisjoint(lx.CONFIRMED_WORDS)


# A booking on the waiting list, however written ("वेटिंग" read "waiting", "wl", "waitlist").
_WAITLISTED: Final = frozenset({"waiting", "waitlist", "waitlisted", "wl", "veting"})
# Whose: the one asking.
_MINE_OWN: Final = frozenset({"my", "mera", "meri", "mere", "humara", "hamara", "hamari"})
# Where it stands: its number, its place, what is left of it, whether it cleared.
_WAIT_STANDING: Final = frozenset(
    {"number", "no", "position", "kitna", "kitni", "kaun", "kaunsa", "kaunse", "konsa",
     "bachi", "bacha", "cleared", "clear", "moved", "current", "now", "ab", "abhi"}
)  # fmt: skip


# Held by the one asking ("which berth do i have", "what coach did i get").
_HELD_BY_ME: Final = frozenset({"have", "got", "get", "allotted", "alloted", "assigned"})
# Where one sits, asked of what one holds ("which seat did i get"): a seat too.
_BOOKED_PLACES: Final = lx.BOOKING_NOUNS | frozenset({"seat"})
# Given already ("berth mili", "allotted"): a booking's, never seats still to find ("milegi").
_GIVEN: Final = frozenset({"mili", "mila", "allotted", "alloted", "assigned", "allot"})
_I: Final = frozenset({"i", "im"})
_WHICH_OR_WHAT: Final = frozenset({"which", "what", "whats"})
_MAY: Final = frozenset({"can", "could", "will", "would", "should", "how", "may"})
_MINE: Final = lx.PERSONAL_WORDS - {"me"}  # "me" is also "in" ("playoff me berth")
# Words that make a message about one's booking a question rather than a remark: question words,
# "kis" ("ticket kis date ka hai") and asking to be told ("mera coach batao", "बताइए" read
# "bataie").
_ASKED_OF_ONES_OWN: Final = _ASKING_WHAT | frozenset(
    {"batao", "bataiye", "bataie", "bataen", "bataye", "bata", "tell"}
)


_HOW_MANY_PASSENGERS: Final = _ONE_PASSENGER | frozenset({"how", "many", "kitne", "kitni"})
# What a booking's card says, asked of one's own ("train ka number kya hai", "how many
# passengers", "kis class ka ticket hai", "मेरी ट्रेन का नंबर").
_BOOKING_FACTS: Final = lx.Phrases(
    tuple(
        frozenset(lx.words_of(phrase))
        for phrase in (
            "train number kya", "train number what", "train no kya", "train number my",
            "train number meri", "train number mera", "how many passengers", "kitne passenger",
            "kitne passengers", "kitne yatri", "class ticket kis", "class ticket which",
            "class ticket kaunsi", "ट्रेन नंबर क्या", "कितने यात्री", "किस क्लास टिकट",
        )
    )
)  # fmt: skip


def passenger_berth(p: Parse) -> bool:
    """Whether the message asks if a passenger of the booking in hand gets a berth ("will
    passenger 3 get a berth", "p2 ka confirm hoga"), not for seats on a train."""
    # "the rac passenger" reads like a train's name ("... Passenger"): it is the traveller
    named = p.train_name is not None and not set(p.train_name.split()) <= _ONE_PASSENGER
    if (p.train is not None and p.train_name is None) or named:
        return False
    if p.places or p.travel_class or p.quota:
        return False
    if p.words.isdisjoint(lx.BERTH_WORDS):
        return False
    return bool(not p.words.isdisjoint(lx.PASSENGER_WORDS) or _PASSENGER_NUMBER.search(p.raw))


# "How" a place is got to ("how do i get to", "kaise pahunchu", "कैसे जाऊँ").
_HOW: Final = frozenset({"how", "kaise", "kese", "kaisay", "kaese", "kaisey"})
# Getting somewhere: reaching it, going there.
_GETTING: Final = lx.REACHING | frozenset(
    {"get", "reach", "pahunchu", "pahunchun", "pahuchu", "pahunche", "pahuche", "pahunchna",
     "pahunchana", "pahunch", "pahuch", "jaun", "jau", "jaaun", "jaye", "jayen", "jaaye", "jaa"}
)  # fmt: skip
# Ways of getting about that are not trains ("metro se", "by road", "car se").
_NOT_BY_TRAIN: Final = frozenset(
    {"metro", "car", "road", "bus", "auto", "cab", "taxi", "flight", "walk", "walking", "uber",
     "ola", "bike", "rickshaw"}
)  # fmt: skip


def getting_there_by(p: Parse) -> bool:
    """Whether a message asks how to get to one station by a day ("how do i get to pune station
    by tomorrow morning", "kal subah tak lucknow kaise pahunchu", "कल सुबह तक नागपुर कैसे
    पहुँचूँ"): a railway question of the trains there, its one place where the journey ends;
    not a way about town ("metro se dwarka kaise jaye") nor one of no day."""
    places = [item for item in p.places if item.role != "via"]
    if p.pnr is not None or p.train is not None or p.train_name is not None:
        return False
    if len(places) != 1 or places[0].place is None or p.date is None:
        return False
    words = p.words
    return bool(words & _HOW and words & _GETTING) and not words & _NOT_BY_TRAIN


def _new_time(p: Parse, places: list[Item]) -> bool:
    """ "What is the new time?", "naya time kya hai": a train's start as the railway moved it;
    a place that is a word of the train's name is no place of the question ("chennai mysuru
    shatabdi ka naya time")."""
    named = set((p.train_name or "").split())
    if any(not set(item.words) <= named for item in places):
        return False
    if p.pnr is not None or not p.words.isdisjoint(PLURAL_TRAINS) or _topics_own_time(p):
        return False
    return (not p.words.isdisjoint(lx.NEW_WORDS) and not p.words.isdisjoint(lx.TIMING_WORDS))


def asks_new_time(p: Parse) -> bool:
    """Whether the words ask a new time ("what is the new time?", "naya time kya hai",
    "new departure time"): the time itself, not whether it changed ("क्या 12512 का समय बदला
    है")."""
    return (not p.words.isdisjoint(_NEW_ITSELF) and not p.words.isdisjoint(lx.TIMING_WORDS))


_NEW_ITSELF: Final = lx.NEW_WORDS - {"badla", "badli", "badle", "बदला", "बदली"}


def _topics_own_time(p: Parse) -> bool:
    """Whether a time asked is another topic's, said with no train's number ("G8 2519 ka naya
    time kya hai", "flight ab kab chalegi"): a flight's or a bus's, not the train in hand."""
    return OUT_OF_SCOPE in p.intents and p.train is None and p.train_name is None


def _leaves_now(p: Parse, places: list[Item]) -> bool:
    """ "When will it leave now?", "अब कब चलेगी": when the train in hand (or numbered) leaves, as
    things stand today, not the trains leaving a station."""
    words = p.words
    if places or p.pnr is not None or words & PLURAL_TRAINS or not words & lx.LEAVING_NOW:
        return False
    if _topics_own_time(p):
        return False
    if words.isdisjoint({"kab", "when", "kitne"}):
        return False
    return p.train is not None or not words.isdisjoint(lx.REFERRING_READ | lx.NOW_WORDS)


# "All the way", "end to end": the whole of a run.
_ALL_THE_WAY: Final = re.compile(r"\ball the way\b|\bend to end\b")
# A train running ("is it running end to end").
_RUNNING: Final = frozenset({"running", "karegi"})
# Completing a journey ("will it complete its journey", "safar poora karegi").
_COMPLETING: Final = frozenset({"complete", "completes", "finish", "finishes"})
_JOURNEY_WORDS: Final = frozenset({"journey", "trip", "run", "safar", "yatra"})


def asks_the_whole_run(p: Parse) -> bool:
    """Whether the message asks if a run goes the whole way ("does it run all the way", "will it
    complete its journey", "poore route par chalegi?", "पूरे रास्ते चलेगी?"): a word of the
    whole or the end of it, beside a verb of going or running; not when it asks when."""
    words = p.words
    if not words.isdisjoint(lx.WHEN_WORDS):
        return False
    completes = (not words.isdisjoint(_COMPLETING) and not words.isdisjoint(_JOURNEY_WORDS))
    if not (completes or not words.isdisjoint(_GOING_OR_RUNNING)):
        return False
    return not words.isdisjoint(lx.END_WORDS) or _ALL_THE_WAY.search(p.raw) is not None


def _one_run_whole(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks if one train's run goes the whole way ("does 16021 run all the
    way to mysore", "16021 poore route par chalegi?", "kya ye poore route par chalegi?"), not
    about its route's stops or its running days, nor about trains in general."""
    if p.pnr is not None or len(places) > 1 or not p.words.isdisjoint(PLURAL_TRAINS):
        return False
    if p.train is None and p.words.isdisjoint(lx.REFERRING_READ):
        return False
    if any(_places_on_the_way(item) for item in p.items):
        return False  # "13151 kaha kaha se hoke jaati hai poora route": the stops on its way
    return asks_the_whole_run(p)


def _places_on_the_way(item: Item) -> bool:
    """Whether `item` asks the places a route passes ("kaha kaha", "hoke", "किन स्टेशनों"): a
    keyword of the route that is more than a word for the route itself."""
    return item.kind == "intent" and item.value == TRAIN_ROUTE and item.words not in _ROUTE_NOUNS


_ROUTE_NOUNS: Final = frozenset(
    {("route",), ("routes",), ("rasta",), ("raasta",), ("raste",), ("raaste",), ("root",)}
)


def _way_changed(p: Parse) -> bool:
    """Whether a train's way is asked whether changed ("12802 का रास्ता बदला है क्या", "has the
    route of 12802 been changed", "दूसरे रास्ते से चल रही है"), or a train said diverted
    beside words of its way ("12802 डायवर्ट होकर चल रही है"): its run diverted, never its
    route's stops."""
    if p.pnr is not None:
        return False
    named = p.train is not None or p.train_name is not None
    if named and not p.words.isdisjoint(lx.DIVERTED_WORDS):
        return True
    referred = named or not p.words.isdisjoint(lx.REFERRING_READ)
    return referred and lx.DIVERTED_SAID.said_in(p.words)


def _trains_diverted(p: Parse) -> bool:
    """Whether the trains diverted are asked, no one train named ("आज किन गाड़ियों का रास्ता
    बदला गया है", "which trains are diverted today", "kaun si trains divert hui"): the day's
    changed runs, the rescheduled list."""
    if p.pnr is not None or p.train is not None or p.train_name is not None:
        return False
    if p.words.isdisjoint(PLURAL_TRAINS | _WHICH_TRAINS):
        return False
    return not p.words.isdisjoint(lx.DIVERTED_WORDS) or lx.DIVERTED_SAID.said_in(p.words)


_WHICH_TRAINS: Final = frozenset({"kin", "which"})


def _goes_there(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks if the train it refers to gets to one place ("does it still go
    up to mysore", "kya ye mysore tak jayegi"), or to the end of its run ("does it still go
    all the way"), rather than for trains to that place."""
    if p.train is not None:
        return False
    if not places and not p.words.isdisjoint(lx.END_WORDS):
        return (not p.words.isdisjoint(lx.REFERRING_READ) and not p.words.isdisjoint(lx.GO_WORDS))
    if len(places) != 1 or places[0].role not in ("to", "at"):
        return False
    if not p.words.isdisjoint(PLURAL_TRAINS):
        return False
    # "mysore tak kyu nahi ja rahi", "मैसूर तक क्यों नहीं जा रही": why the train in hand does not
    # get there, asked without "it"; never a journey's trains
    why_not = not p.words.isdisjoint(lx.WHY_WORDS) and not p.words.isdisjoint(lx.NEGATIONS)
    if p.words.isdisjoint(lx.REFERRING_READ) and not why_not:
        return False
    return not p.words.isdisjoint(lx.GO_WORDS) or (why_not and not p.words.isdisjoint(_GOING_THERE))


# "Going" said as "ja rahi", "jaati" ("mysore tak kyu nahi ja rahi"): beside "why not" only.
_GOING_THERE: Final = frozenset({"ja", "jaa", "jati", "jaati", "jata", "jaata", "jaegi", "jayegi"})


def _asks_a_stop(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks if a train stops at one place ("stop at", "rukti hai", "halt"
    beside a station), rather than for the list of its stops."""
    there = not places and not p.words.isdisjoint(lx.THERE_WORDS)  # the place just shown
    if not (len(places) == 1 or there) or not p.words.isdisjoint(_TRAINS_OR_STOP_LISTS):
        return False
    if _which_trains(p):
        return False  # "इटारसी में कौन कौन सी गाड़ी रुकती है": the trains, not whether one does
    if p.train is not None and not p.words.isdisjoint(lx.STOP_NOUNS):
        return True  # "12951 surat stop hai?"
    return _stop_asked(p) or _stopped_there_asked(p)


def _stopped_there_asked(p: Parse) -> bool:
    """Whether "has it stopped" is asked of a place, yes or no ("surat ruki hai kya", "सूरत रुकी
    थी क्या", "basti ruki ki nahi", Bhojpuri "गोंडा रुकी का"): whether the train stops there, not
    why or since when it stands still."""
    items = p.items
    stood = [at for at, item in enumerate(items) if item.kind == "intent" and _stood(item)]
    if not stood or not p.words.isdisjoint(_WHY_OR_SINCE):
        return False
    return not p.words.isdisjoint(_WHETHER) or _whether_after(items, stood[0])


def _stood(item: Item) -> bool:
    return not _STOOD.isdisjoint(item.words)


def _whether_after(items: list[Item], at: int) -> bool:
    """Whether the words after the verb at items[at] ask yes or no without "kya": "or not"
    ("ki nahi", "ya nahin", "की ना") or Bhojpuri's closing "का" ("रुकी का", did it stop?)."""
    rest = items[at + 1 :]
    after = [word for item in rest for word in item.words if word not in _TENSE_AFTER]
    if after == ["ka"] and all(item.kind in ("stop", "sep") for item in rest):
        return True
    return len(after) >= 2 and after[0] in _OR and after[1] in _NOT


# "Stopped" said of a train ("ruki", "रुकी"); asked whether ("kya"), not why or since when.
_STOOD: Final = frozenset({"ruki", "ruka", "रुकी", "रुका"})
_WHETHER: Final = frozenset({"kya", "kyaa", "क्या"})
# "Or not" after a verb: "ki nahi", "ya nahin", "की ना", "ke na".
_OR: Final = frozenset({"ki", "ya", "ke", "kii"})
_NOT: Final = frozenset({"nahi", "nahin", "nai", "na", "naa", "nhi"})
# The verb's own tense after it ("ruki thi ki nahi", "ruki hai ki nahi").
_TENSE_AFTER: Final = frozenset({"thi", "tha", "hai", "h", "ba", "he"})
_WHY_OR_SINCE: Final = frozenset(
    {"kyu", "kyun", "kyon", "kyo", "why", "क्यों", "क्यूँ", "kab", "कब", "der", "देर", "abhi", "अभी",
     "hui", "हुई", "hua", "हुआ"}
)  # fmt: skip


def route_start(p: Parse) -> tuple[str, ...]:
    """Where the part of a train's route asked for starts ("12627 stops from bhopal", "its
    stations after jhansi", "karnataka express ke stops bhopal se", "भोपाल से आगे के स्टेशन"):
    the codes of the one place said as a start, beside words of a train's list of stops and no
    words of trains in general; empty for anything else."""
    places = [item for item in p.places if item.role != "via"]
    if len(places) != 1 or places[0].place is None or not p.words.isdisjoint(PLURAL_TRAINS):
        return ()
    onward = p.words & _ONWARD
    # "भोपाल से आगे के स्टेशन" (read "bhopal se age ke station"): the stations on from there
    stations = (onward or TRAIN_ROUTE in p.intents) and p.words & {"station"}
    if not (p.words & _STOP_LIST_WORDS or stations) or p.words & lx.DEPARTING_WORDS:
        return ()
    if not onward and not _said_from(p, places[0]):
        return ()
    return tuple(places[0].place.codes)


def _said_from(p: Parse, place: Item) -> bool:
    """Whether a place is said as where something starts: "from bhopal", "bhopal se" (a
    connector right beside it), not just the one place of a message ("stops at ratlam")."""
    at = p.items.index(place)
    before = p.items[at - 1] if at > 0 else None
    after = p.items[at + 1] if at + 1 < len(p.items) else None
    if before is not None and (before.kind, before.value) == ("conn", CONN_FROM):
        return True
    return after is not None and (after.kind, after.value) == ("conn", CONN_SRC)


# A train's list of stops ("stops", "stations", "route", "halts", "स्टेशन").
_STOP_LIST_WORDS: Final = frozenset(
    {"stops", "stations", "stoppages", "halts", "route", "stns", "स्टेशन", "स्टेशनों", "रूट"}
)
# From a place on ("after bhopal", "bhopal ke baad", "bhopal se aage", "भोपाल से आगे").
_ONWARD: Final = frozenset({"after", "onwards", "onward", "aage", "age", "baad", "आगे", "बाद"})


def _which_trains_stop(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks which trains, all of them, stop at one place, no train named
    ("kon kon si train meerut me rukti h", "which all trains halt at katni"): that station's
    board. "Which one train" stops there ("कौन सी ट्रेन पेरम्बूर रुकती है") asks of the trains in
    hand, a stop."""
    if p.train is not None or len(places) != 1 or p.words.isdisjoint(lx.TRAIN_NOUNS):
        return False
    said = [word for item in p.items for word in item.words]
    twice = any(a == b and a in _WHICH_ONES for a, b in itertools.pairwise(said))
    return (twice or "all" in p.words) and _stop_asked(p)


# Words that ask which ones, said twice for all of them ("kaun kaun si", "kin kin").
_WHICH_ONES: Final = frozenset({"kaun", "kon", "kin", "kis", "कौन", "किन"})


def _told_when(p: Parse) -> bool:
    """Whether the message asks to be told later, when something happens ("जब मेरा वेटिंग टिकट
    कन्फर्म हो जाए तो सूचना भेज देना"): an alert, not the booking's state now."""
    words = p.words
    return not words.isdisjoint(_WHEN_SAID) and not words.isdisjoint(_TELL_LATER)


# Setting an alert up ("alert laga do", "set an alert", "alert chalu karo").
_SETTING_ALERT: Final = frozenset(
    {"laga", "lagao", "lagado", "lagana", "lagaiye", "lagaen", "lagayen", "set", "setup",
     "activate", "enable", "chalu"}
)  # fmt: skip
# "When" of a thing to come ("jab", "once", "whenever"), not a question's "kab".
_WHEN_SAID: Final = frozenset({"jab", "once", "whenever"})


def _its_name(p: Parse, at: int) -> bool:
    """Whether the word at `at` names the train numbered just before it, the alert asked after
    both ("12560 shivganga k liye alert laga do"): one or two words after the number."""
    if p.train is None or not any(item.kind == "hint" for item in p.items[at + 1 :]):
        return False
    before = p.items[max(0, at - 2) : at]
    return any(
        item.kind == "cut" and all(other.kind == "word" for other in before[n + 1 :])
        for n, item in enumerate(before)
    )


def _alert_intent(p: Parse) -> Intent | None:
    """Subscribing to, listing or stopping PNR alerts; None when the message is not about them."""
    words = p.words
    if not words.isdisjoint(_TROUBLE_WORDS) and _NOT_WORKING.search(p.raw.lower()) is not None:
        # "subah se website pe kuch nahi khul raha, pnr … pakka hua ya nahi bata do": an app
        # or a site not working is why the booking is asked here, no "don't" nor "stop"
        words = letter_words(_NOT_WORKING.sub(" ", p.raw.lower()))
        p = dataclasses.replace(p, words=words, raw=_NOT_WORKING.sub(" ", p.raw))
    about_ticket = p.pnr is not None or not words.isdisjoint(lx.TICKET_WORDS)
    stopping = not words.isdisjoint(lx.ALERT_STOP)
    if p.pnr is None and p.train is not None and not stopping and _watching_a_train(p):
        return ALERT_SUBSCRIBE  # "keep me posted on 12302", "12840 लेट हो तो खबर कर देना"
    tracking = not words.isdisjoint(lx.ALERT_TRACK) and (about_ticket or stopping)
    conditional = (
        _CONDITIONAL.search(p.raw.lower())
        if not words.isdisjoint(_CONDITION_THEN) and not words.isdisjoint(_CONDITION_VERBS)
        else None
    )
    if conditional is not None and conditional.group("done") and words.isdisjoint(_TELL_LATER):
        conditional = None  # "confirm hua to batao": is it confirmed
    when_words = words & lx.ALERT_WHEN
    if when_words <= _IF and words & _IF and _POLITE_IF.search(p.raw.lower()) is not None:
        when_words = set()  # "i shall be grateful if you tell me the status": a courtesy
    if when_words <= _IF and words & _IF and _IF_ALREADY.search(p.raw.lower()) is not None:
        when_words = set()  # "tell me if my ticket has got confirmed": whether it is, now
    when = bool(when_words) or conditional is not None
    # "सूचना" alone is information, not a notice to come: "विषय: पीएनआर ... की सूचना", "कृपया PNR
    # ... की सूचना दें" ask the booking's status now
    alert_said = HINT_ALERT in p.hints and (when or not _information_only(p))
    telling = bool(not words.isdisjoint(lx.ALERT_TELL) and when) and (
        about_ticket or not words.isdisjoint(lx.TICKET_STATUS_WORDS)
    )
    if about_ticket and words & _UPDATE_NOUNS and (words & _SENDING or words >= _KEPT_COMING):
        telling = True  # "pls send updates for pnr ...", "pnr ... ka update milta rahe"
    if telling and not words.isdisjoint(_BOOKING_DETAILS) and words.isdisjoint(_WATCHED):
        telling = False  # "pnr ... tell me when the train leaves": a detail asked now
    if p.pnr is not None and _negated(p) and not words.isdisjoint(lx.ALERT_TELL):
        return ALERT_STOP  # "don't send updates for 4512345678", "... ki suchna mat bhejo"
    if about_ticket and _negated(p) and words & _SENDING and words & lx.ALERT_ALL:
        return ALERT_STOP  # "अब किसी पीएनआर का मैसेज मत भेजो": none of them
    said_alerts = HINT_ALERT in p.hints or not words.isdisjoint(_UPDATE_NOUNS) or tracking
    if said_alerts and _NO_MORE.search(p.raw.lower()) is not None:
        # "no more alerts", "alert nahi chahiye", "don't want updates", "no need to track 4512..."
        return ALERT_STOP
    receiving = words & lx.ALERT_TELL and words & lx.ALERT_RECEIVING
    if p.pnr is None and receiving and not words.isdisjoint(lx.WHICH_MANY | {"kis"}):
        return ALERT_LIST  # "मुझे किन किन टिकटों के अपडेट मिल रहे हैं"
    if not alert_said and not tracking and not telling:
        where_stopping = words & _WHERE_A_TRAIN_STOPS  # "where will my coach stop": a place
        if not words.isdisjoint(lx.ALERT_STOP_PNR) and (p.pnr is not None or _only_stop_all(p)):
            return None if where_stopping else ALERT_STOP
        if not words.isdisjoint(_STOPPING_ALERTS) and _only_stop_all(p):
            return ALERT_STOP  # "sab band karo", "सब कुछ बंद कर दो", "सब रोक दो"
        return None
    # Alerts are about PNRs: "tell me when 12627 reaches" or "<script>alert(1)" are not.
    strange = any(
        item.kind == "word" and item.words[0] not in lx.ALERT_WORDS and not _its_name(p, at)
        for at, item in enumerate(p.items)
    )
    if p.pnr is None and not about_ticket and p.train is not None and not strange:
        # "alert me about 12627 delays": alerts follow a PNR, whose journey on it is asked for.
        if HINT_ALERT not in p.hints:
            return None
        return ALERT_STOP if stopping else ALERT_SUBSCRIBE
    on_a_train = p.pnr is None and not about_ticket and p.train is not None
    if on_a_train and HINT_ALERT in p.hints and not stopping and words & _SETTING_ALERT:
        return ALERT_SUBSCRIBE  # "12423 के लिए अलर्ट लगा दो, लेट हो तो बता देना": set on a train
    if p.pnr is None and not about_ticket and (p.train is not None or strange):
        return None
    if stopping:
        return ALERT_STOP
    if p.pnr is None:
        if not words.isdisjoint(lx.ALERT_LIST):
            return ALERT_LIST
        if not words.isdisjoint(lx.ALERT_ONGOING) and not words.isdisjoint(_MANY_BOOKINGS):
            return ALERT_LIST  # "pnrs you are watching for me?"
        if not words.isdisjoint(lx.ALERT_TRACK) and not words.isdisjoint(lx.ALERT_GOING_ON):
            return ALERT_LIST  # "mere pnr jo aap track kar rahe ho"
        if not words.isdisjoint(lx.ALERT_STANDING) and words.isdisjoint(lx.ALERT_ORDERS):
            return ALERT_LIST  # "चालू अलर्ट्स बताओ", "अलर्ट बाकी हैं"
        # "alert my pnr" asks for one; "my alerts", "my pnr alerts" and "alerts" ask which.
        first = next((item for item in p.items if item.kind != "sep"), None)
        asks_for_one = first is not None and first.words[:1] == ("alert",)
        listing = words & (lx.ALERT_LIST_WEAK | lx.ALERT_PLURALS)
        if listing and not asks_for_one and words.isdisjoint(lx.ALERT_SUBSCRIBE):
            return ALERT_LIST
    return ALERT_SUBSCRIBE


# Being kept informed of a train from now on: "keep me posted", "batate rahiye", "bhejte rehna".
_KEEP: Final = frozenset(
    {"keep", "rahie", "rahiye", "rahiyega", "rehna", "rahna", "raho", "rehiye"}
)
_KEPT_TELLING: Final = frozenset(
    {"posted", "updated", "informed", "batate", "batati", "bhejte", "bhejti", "dete", "karte"}
)
# A telling to come once something happens ("to khabar kar dena", "then message me").
_TELL_THEN: Final = frozenset({"dena", "dijiyega", "dijiega", "dijiye", "dijie", "karna"})
_TOLD_OF: Final = frozenset({"khabar", "message", "msg", "bata", "batana", "inform", "sms", "call"})


def _watching_a_train(p: Parse) -> bool:
    """Whether the message asks to be told of a train from now on, not where it is now: "keep
    me posted on 12302", "22436 का कोई अपडेट हो तो बताते रहिए", "agar 12840 late ho to mujhe
    message kar dena" (a telling later on a condition, no word "alert")."""
    words = p.words
    if words & _KEEP and words & _KEPT_TELLING:
        return True
    conditioned = bool(words & _IF) or (
        not words.isdisjoint(_CONDITION_THEN) and not words.isdisjoint(_CONDITION_VERBS)
    )
    return conditioned and bool(words & _TELL_THEN) and bool(words & _TOLD_OF)


# Whether seats are there, asked of a class or a train ("is 3A possible", "milegi kya").
_SEATS_THERE: Final = frozenset(
    {"possible", "chance", "chances", "available", "availability", "milega", "milegi", "khali"}
)
# A booking one means to make oneself, later ("planning to book", "book karna hai").
_BOOKING_PLANNED: Final = frozenset(
    {"planning", "plan", "planing", "will", "going", "karna", "karunga", "karungi", "karenge"}
)


def _seats_asked_before_booking(p: Parse) -> bool:
    """Whether the message asks whether seats are there, a booking to come told only as why
    ("is 3A possible in 12840 on 15th? planning to book for my mother"): seats, not a booking
    asked of RailBot ("please book 3A in 12840")."""
    if task(p) != "booking" or (p.travel_class is None and p.train is None):
        return False
    return not p.words.isdisjoint(_SEATS_THERE) and not p.words.isdisjoint(_BOOKING_PLANNED)


# Whether a train ran on a day gone, "or not" said: "chali thi ya nahi", "did it run or not".
_RAN: Final = frozenset({"chali", "ran", "run", "chalai", "chalayi"})
_RAN_OR_NOT: Final = (
    frozenset({"ya", "nahi"}), frozenset({"ya", "nahin"}), frozenset({"or", "not"})
)  # fmt: skip
# Words of how a run went rather than whether it was ("time pe chali ya nahi", "late").
_HOW_IT_RAN: Final = frozenset(
    {"time", "late", "der", "kab", "kitne", "kitni", "platform", "kahan", "where", "when", "se"}
)


def _ran_at_all(p: Parse) -> bool:
    """Whether a train's run on a day gone is asked, whether it ran at all ("ravivar ko 22436
    chali thi ya nahi"): a cancellation's question, not where it is nor how late it ran."""
    words = p.words
    if p.train is None or p.date is None or words.isdisjoint(_RAN) or words & _HOW_IT_RAN:
        return False
    past = "thi" in words or "did" in words or "ran" in words
    return past and any(group <= words for group in _RAN_OR_NOT)


def _information_only(p: Parse) -> bool:
    """Whether the message's only word of alerts is "सूचना" (information, or a notice) of a PNR
    it gives, no change it waits for said beside it ("koi badlav ho to")."""
    if p.pnr is None or not p.words.isdisjoint(lx.ALERT_STANDING):
        return False
    alerts = {item.words for item in p.items if item.kind == "hint" and item.value == HINT_ALERT}
    return all(set(words) <= _INFORMATION for words in alerts) and p.words.isdisjoint(_CHANGE)


_INFORMATION: Final = frozenset({"suchna", "soochna", "suchnaen"})
# Bookings said in the plural: several already kept, not one to start on.
_MANY_BOOKINGS: Final = frozenset({"pnrs", "bookings", "tickets", "alerts"})
_CHANGE: Final = frozenset({"badlav", "badlaav", "badlaw", "change", "changes", "changed"})
# "If" in a courtesy ("grateful if you tell me", "would appreciate if"), no condition to wait on.
_IF: Final = frozenset({"if", "agar"})
_POLITE_IF: Final = re.compile(
    r"\b(?:grateful|thankful|obliged|glad|happy|appreciate|appreciated|kind enough|nice)\b"
    r"[^.?!]*\b(?:if|agar)\b"
)
# "If" before a state already reached ("tell me if my ticket has got confirmed", "if it is
# confirmed or not", "pls tell if confirmed"): whether it is so now, no condition to wait on.
_IF_ALREADY: Final = re.compile(
    r"\b(?:if|agar)\b[^.?!]*?\b(?:is|has|have|was|got|already|hua|hui|ho gaya|ho gayi)\b"
    r"|\bif\s+(?:confirmed|cnf|allotted|alloted)\b"
)
# Sending updates about a ticket, said as a standing wish ("send updates for pnr ..."): an alert.
_SENDING: Final = frozenset(
    {"send", "bhejo", "bhejna", "bhejte", "bhejiye", "give", "dete", "dena", "share", "provide"}
)
# "update milta rahe": updates that keep coming, asked for.
_KEPT_COMING: Final = frozenset({"milta", "rahe"})
# Words for the messages an alert sends ("no more updates pls"): said of alerts.
_UPDATE_NOUNS: Final = frozenset({"updates", "update", "notifications", "notification"})
# "berth no", "pnr no.", "coach no": "no" as short for a number, not a "no".
_NUMBER_NO: Final = re.compile(
    r"\b(?:pnr|berth|coach|seat|train|trn|platform|pf|ticket|tkt|mobile|phone|bogie|booking)"
    r"\s+no\b"
)
# "hua ki nahi", "hai ya nahi", "or not": asking whether, which says no "not".
_WHETHER_NOT: Final = re.compile(
    r"\b(?:ki|ya|ke|or|kee)\s+(?:nahi|nahin|nhi|not|na)\b"
    # "na" after a request pleads, never denies: "बताओ ना क्या होगा", "dekhiye na", "check karo naa"
    r"|\b\w*(?:ao|ro|kho|jo|lo|iye|ie)\s+naa?\b"
)
# Something that did not come ("message nahi aaya", "मैसेज नहीं आया", "sms not received"): a
# booking's news missed, asked for now; never "do not send".
_NOT_ARRIVED: Final = re.compile(
    r"(?:\b(?:nahi|nahin|nhi|nai|na)|नहीं|नही)\s+(?:(?:aaya|aaye|aayi|aya|aye|ayi|aai|aae|mila|mili"
    r"|mile|pahuncha|pahunchi)\b|(?:आया|आए|आये|आई|मिला|मिली|मिले)(?!\S))"
    r"|\b(?:not|never)\s+(?:received|recieved|got|get|getting|came|come|coming|arrived)\b"
)
# What the traveller cannot do themselves ("main bar bar check nahi kar sakta, ... par nazar
# rakho", "i can't keep checking") and a condition put negatively ("confirm na hui to bus se
# jaunga"): the reason for asking, never a "don't".
_CANNOT_MYSELF: Final = re.compile(
    r"\b(?:nahi|nahin|nhi|nai)\s+(?:kar\s+)?(?:sakta|sakti|sakte|paunga|paungi|pata|paata|pati"
    r"|paati)\b|\bi\s+(?:can't|cant|cannot|can not)\b"
    r"|\b(?:nahi|nahin|nhi|nai|na)\s+(?:hua|hui|hue|hoga|hogi|hota|hoti|mila|mili)\s+(?:to|toh)\b"
)
# Something not working, said before a question ("app nahi khul raha", "website is not opening",
# "साइट बंद पड़ी है", "kuch dikh nahi raha"): the trouble of another tool, never "don't" nor "stop".
_NOT_WORKING: Final = re.compile(
    r"\b(?:(?:nahi|nahin|nhi|nai)\s+(?:khul|dikh|chal|load|open|kaam\s+kar|kam\s+kar|ho|aa)"
    r"|(?:khul|dikh|chal|load|open)\s+(?:nahi|nahin|nhi|nai))\s*(?:raha|rahi|rahe|rha|rhi|rhe)\b"
    r"|\b(?:aana|aane|ana|ane)\s+band\s+ho\b"
    r"|\b(?:is|are|was|isnt|isn't|not|keeps?)\s+(?:not\s+)?(?:opening|working|loading|showing"
    r"|responding|failing)\b"
    r"|\b(?:app|aip|website|vebsait|site|sait|server|net|internet)\s+(?:bhi\s+)?"
    r"(?:band|bandh|down)\s+(?:pada|padi|pade|hai|ho\s+gaya|ho\s+gayi|ho\s+gai|he)\b"
)
# The words of tools that fail, without which nothing is said not to work.
_TROUBLE_WORDS: Final = frozenset(
    {"khul", "dikh", "chal", "load", "open", "kaam", "kam", "ho", "aa", "opening", "working",
     "loading", "showing", "responding", "failing", "band", "bandh", "down"}
)  # fmt: skip
# Wanting no more of something: "no more alerts", "alerts nahi chahiye", "don't want updates".
_NO_MORE: Final = re.compile(
    r"\b(?:no more|no longer|dont want|don't want|do not want|dont need|don't need|do not need"
    r"|not needed|(?:nahi|nahin|nhi|nai) (?:chahiye|chahie|chaiye|chahiye)|mat bhejo|mat bhejna"
    r"|no need (?:to |for |of )?(?:track|tracking|alerts?|updates?|send|sending|notify|watch)"
    r"|(?:zarurat|zaroorat|jarurat|jaroorat) (?:nahi|nahin|nhi|nai))\b"
)


def _negated(p: Parse) -> bool:
    """Whether the message says "not": "no" short for a number ("berth no") does not."""
    negations = p.words & lx.NEGATIONS
    if negations == {"no"} and _NUMBER_NO.search(p.raw.lower()) is not None:
        return False
    if not negations or only_denying(p.items, negations):
        return False
    # "confirm hua ki nahi", "or not": asking whether, not "don't"; "pnr no is ...": a number;
    # "sms nahi aaya": a message that did not come, not one not to send
    raw = _CANNOT_MYSELF.sub(" ", _NOT_ARRIVED.sub(" ", _NUMBER_NO.sub(" ", p.raw.lower())))
    said = set(_WHETHER_NOT.sub(" ", raw).split())
    return not said.isdisjoint(lx.NEGATIONS)


def _forget_me(p: Parse) -> bool:
    """Whether the message asks RailBot to forget the person: "forget me", "bhool jao", or an
    erase word with what is kept about them ("remove my details", "meri jankari hata do",
    "delete everything you know about me"). Not about a ticket, a train or another service:
    "delete my alert for <PNR>", "remove my irctc account", "delete my instagram"."""
    words = p.words
    if p.pnr is not None or p.train is not None or OUT_OF_SCOPE in p.intents:
        return False
    kept = _pnrs_kept(p)
    if not words.isdisjoint(_TICKET_OR_RAILWAY) and not kept:
        return False  # "remove my number and pnrs from your system" erases what is kept
    if FORGET_ME in p.intents:
        return True
    if words.isdisjoint(lx.ERASE_WORDS):
        return False
    about_me = (not words.isdisjoint(lx.ABOUT_WORDS) and not words.isdisjoint(lx.PERSONAL_WORDS))
    return about_me or not words.isdisjoint(lx.PERSONAL_DATA) or kept


def _pnrs_kept(p: Parse) -> bool:
    """Whether the message's tickets are the PNRs RailBot keeps of a person, with no number:
    said beside one's data ("meri pnr history", "mera number aur pnr", "the bookings you
    saved" beside one's chat), or all of them ("forget all my pnrs", "मेरे सारे पीएनआर"); never
    a PNR's alert ("delete the alert for my ticket"). PNRs in the plural are always those kept."""
    tickets = p.words & lx.TICKET_WORDS
    if not tickets or HINT_ALERT in p.hints:
        return False
    if not p.words.isdisjoint(lx.PERSONAL_DATA):
        return tickets <= _PNRS_KEPT | _BOOKINGS
    # "delete my pnrs": PNRs in the plural with no number are those kept
    return tickets <= _PLURAL_PNRS or (tickets <= _PNRS_KEPT and not p.words.isdisjoint(_ALL_KEPT))


# PNRs with no number, beside one's data or all of them: what RailBot keeps of a person.
_PNRS_KEPT: Final = frozenset({"pnr", "pnrs"})
_BOOKINGS: Final = frozenset({"bookings"})
_PLURAL_PNRS: Final = frozenset({"pnrs"})
# Words that take in all that is kept ("all my pnrs", "saare pnr", "saved pnrs").
_ALL_KEPT: Final = lx.word_set("all every saare sare saari sari sab sabhi saved stored")


# The first train ever, asked of in the remote past ("pehli train kab chali thi") or by its year
# ("kis saal chali"): history, not a timetable.
_FIRST: Final = frozenset({"pehli", "pahli", "pehla", "pahla", "first"})
_RAN_LONG_AGO: Final = frozenset({"chali", "chala", "chalai", "chalayi", "chalaai", "ran"})
_PAST_PERFECT: Final = frozenset({"thi", "tha", "the"})
_YEAR_WORDS: Final = frozenset({"saal", "sal", "san", "sann", "varsh", "year"})


def _first_run_in_history(p: Parse) -> bool:
    """Whether the message asks when the first train ran, long ago: "पहली रेलगाड़ी हावड़ा से
    हुगली कब चली थी", "delhi se agra pehli train kis saal chali". Never of a train, day or PNR
    named ("aaj pehli train kab chali thi" is today's)."""
    words = p.words
    if p.train is not None or p.pnr is not None or p.date is not None or words.isdisjoint(_FIRST):
        return False
    if words.isdisjoint(_RAN_LONG_AGO):
        return False
    return bool(words & _PAST_PERFECT) or bool(words & _YEAR_WORDS and words & {"kis", "which"})


def knowledge_question(p: Parse) -> bool:
    """Whether a message the rules do not understand asks a question about the world ("who wrote
    the ramayana", "sabse lambi nadi kaun si hai", "explain black holes"): a question word with
    words of its own, about neither RailBot ("who made you") nor the person ("what is my name").
    Only asked of messages with nothing of railways in them (`may_be_elsewhere`)."""
    if p.words.isdisjoint(lx.QUESTION_WORDS) or not p.words.isdisjoint(lx.ABOUT_US | _TRAIN_VERBS):
        return False  # "ab kab chalegi": a train's, said before
    # a word read as a keyword only through a typo is a word of its own too ("ravan ko kisne
    # mara": not "ravana", not "marg")
    return any(
        (item.kind == "word" or (item.kind == "intent" and _typo_read(item)))
        and len(item.words[0]) >= 3
        for item in p.items
    )


def _who_did(p: Parse) -> bool:
    """Whether the message asks who did a deed ("ravan ko kisne mara", "who invented the
    telephone", "लाल किला किसने बनवाया"), with no train, booking, class, date nor task of
    railways in it: history, mythology, general knowledge."""
    if p.words.isdisjoint(_WHO_DID) or p.words.isdisjoint(_DEEDS):
        return False
    if p.pnr or p.train or p.train_name or p.date or p.travel_class or p.quota:
        return False
    if not p.words.isdisjoint(lx.ABOUT_US) or task(p) is not None:
        return False  # "tumhe kisne banaya"; "mera ticket kisne cancel kiya"
    return not _railway_said(p, naming=False) or not p.words.isdisjoint(_FIRST_EVER)


_WHO_DID: Final = lx.word_set("kisne kisnay who")


def _calendar_asked(p: Parse, places: list[Item]) -> bool:
    """Whether the day or the date itself is asked ("aaj kaun sa din hai", "what day is it
    today", "what is the date today", "which day is 25 december"), with no train, booking,
    place, class nor word of railways or of running beside it: the calendar's, not which days
    a train runs."""
    if p.intents or p.words.isdisjoint(_CALENDAR) or p.words.isdisjoint(_CALENDAR_ASKED):
        return False  # "which day is it cancelled?": a train's day, asked of the one in hand
    if places or p.pnr or p.train or p.train_name or p.travel_class or p.quota:
        return False
    if not p.words.isdisjoint(lx.RUN_VERBS | _CALENDAR_NOT) or task(p) is not None:
        return False  # "which day does it run", "kis din chalti hai"
    return not _railway_said(p, naming=False)


# The day and the date as things asked; the words that ask them; words that make the day one of
# a train's or a journey's ("which day should i travel", "kaun sa din jaana hai").
_CALENDAR: Final = lx.word_set("day din date tarikh tareekh tarik")
_CALENDAR_ASKED: Final = lx.word_set(
    "what which kaun kaunsa kon konsa kya kitni today aaj tomorrow kal"
)
_CALENDAR_NOT: Final = lx.word_set(
    "travel travelling traveling travelled jaana jana jaun jau jaenge jayenge book booked booking"
    " reach pahunch leave nikal depart arrive best safar yatra journey trip my mera meri mere"
    " our hamara hamari"
)
# Deeds history and stories tell of: killed, built, wrote, invented, discovered, won, founded.
_DEEDS: Final = lx.word_set(
    "mara maara mari maari mare maare banaya banayi banwaya banvaya banvayi banwayi likha likhi"
    " likhe khoja khoji jeeta jita jeeti jiti killed kill built build made wrote write written"
    " invented invent discovered discover founded found defeated won painted composed"
)


def _typo_read(item: Item) -> bool:
    """Whether a keyword was read through a typo, not as the lexicon spells it."""
    return lx.PHRASES.get(item.words) != ("intent", item.value)


# What trains do ("chalegi", "pahunchti", "niklegi"): a question with one is about a train.
_TRAIN_VERBS: Final = (
    lx.RUN_VERBS | lx.ARRIVES_HABIT | lx.LEAVES_HABIT | lx.RUN_NOW
) - lx.QUESTION_WORDS - {
    "will", "today", "aaj", "aj", "abhi", "now", "expected", "eta", "late", "delay", "currently",
    "right", "arrival", "run", "runs", "start", "starts", "leave", "reach", "arrive", "aati",
    "aata",
}  # fmt: skip


def asks_who(p: Parse) -> bool:
    """ "who is sachin tendulkar": a question about a person, though a word of it is also a
    station's name (Sachin, near Surat); nothing else of railways in it."""
    if p.words.isdisjoint(_WHO) or not p.words.isdisjoint(lx.ABOUT_US):
        return False
    if p.pnr or p.train or p.train_name or p.date or p.travel_class or p.quota or p.hours:
        return False
    if p.intents or p.hints & _RAILWAY_HINTS or p.words & (lx.RAILWAY_WORDS - lx.STATION_NAMING):
        return False  # "who is the railway minister" is about a person too
    return any(item.kind == "word" and len(item.words[0]) >= 3 for item in p.items)


_WHO: Final = frozenset({"who", "whom", "whose", "kisne", "kaun", "kon"})


def asks_the_world(p: Parse) -> bool:
    """Whether a question about the world only shares a word with a railway question: "where is
    the eiffel tower", "everest ki unchai kitni hai", "what language do they speak in brazil".
    Every keyword it has is a question word ("where is", "kitni hai"), a word read through a
    typo ("bada" for "bhada") or a language; nothing of railways is in it; and it has words of
    its own (`knowledge_question`)."""
    if p.pnr or p.train or p.train_name or p.date or p.travel_class or p.quota or p.hours:
        return False
    if p.places or p.hints & _RAILWAY_HINTS or p.words & lx.RAILWAY_WORDS or _railway_said(p):
        return False
    if unknown_code(p) is not None:
        return False
    if _leaves_now(p, list(p.places)) or _goes_there(p, list(p.places)):
        return False  # "अब कब चलेगी", "kya ye aakhri station tak jayegi": the train in hand
    if not p.words.isdisjoint(lx.HINDI_WORDS | lx.ENGLISH_WORDS):
        return False  # "explain in hindi": a language asked for
    for item in p.items:
        if item.kind != "intent" or item.value == LANGUAGE:
            continue
        typo = lx.PHRASES.get(item.words) != ("intent", item.value)
        if not typo and not set(item.words) <= _ASKING:
            return False
    return knowledge_question(p)


# The words of keywords that only ask ("where is", "kitni hai"), as in any question.
_ASKING: Final = lx.QUESTION_WORDS | frozenset({"is", "are", "the", "hai", "he", "h", "hain"})


def _where_to_get(p: Parse) -> bool:
    """ "लखनऊ की चिकनकारी कहाँ मिलेगी", "indore me poha kahan milega": where a thing is to be had
    in a town, with no train, booking or station in it; not "12627 kahan milegi" (where to
    catch a train), "platform ticket kahan milega", nor "कहाँ मिलेगी" alone (of the train in
    hand)."""
    words = [word for item in p.items for word in item.words]
    found = any(a in _WHERE and b in _TO_BE_HAD for a, b in itertools.pairwise(words))
    if not found or railway_own(p) or not p.hints.isdisjoint(_RAILWAY_HINTS):
        return False
    if not p.words.isdisjoint(lx.RAILWAY_WORDS | lx.TRAIN_NOUNS | lx.STATION_WORDS):
        return False
    return any(item.kind == "word" for item in p.items)


_WHERE: Final = lx.word_set("kahan kaha kahaan kidhar")
_TO_BE_HAD: Final = lx.word_set("milega milegi milenge milengi milta milti milte")


def _word_meaning(p: Parse, places: list[Item]) -> bool:
    """ "sagar ka matlab kya hota hai", "meaning of guna": what a word means, where the word is
    also a town's name; not a code asked about ("CNB ka matlab") nor a railway term (those are
    explained before)."""
    numbered = p.train is not None and p.train_name is None
    # "hindi me thank you kaise bolte hai", "what does namaste mean": a greeting asked about as
    # a word, not said
    small_talk = not p.intents.isdisjoint(_SMALL_TALK) and not term_named(p)
    # the search only when it can matter: most messages are no small talk
    about_words = small_talk and (
        not p.words.isdisjoint(_MEANING) or _SAYING.search(p.raw.lower()) is not None
    )
    if about_words and not (p.pnr or numbered or places or _railway_said(p)):
        return True
    if p.words.isdisjoint(_MEANING) or p.pnr or numbered or p.travel_class or term_named(p):
        return False
    if not p.words.isdisjoint(lx.TRAIN_TYPES) and not places and p.words.isdisjoint(lx.TRAIN_NOUNS):
        return True  # "shatabdi ka matlab", "राजधानी का अर्थ": the word, not the train
    if LANGUAGE in p.intents and not places:
        # "happy meaning in hindi", "train of thought meaning in hindi": words to translate, not
        # a language to answer in (a railway word among them is a word too)
        return any(item.kind == "word" and len(item.words[0]) >= 3 for item in p.items)
    if len(places) != 1:
        return False
    place = places[0].place
    if place is None or place.reason == "code" or not p.hints.isdisjoint(_RAILWAY_HINTS):
        return False
    return p.words.isdisjoint(lx.RAILWAY_WORDS) and p.conns.isdisjoint(_JOURNEY_CONNECTORS)


# Greetings and thanks, which a question about words may ask about.
_SMALL_TALK: Final = frozenset({Intent.GREETING, Intent.THANKS})
# How a word is said or written, in the message as read ("how do you say", "kaise bolte hai",
# "कैसे कहते हैं", "translate").
_SAYING: Final = re.compile(
    r"\bhow\s+(?:do\s+(?:you|we|i|they)|to|can\s+i|would\s+you)\s+(?:say|write|spell)\b"
    r"|\b(?:kaise|kese|kaise\s+se)\s+(?:bolte|bolta|bolti|bole|bolen|bolein|kehte|kahte|kehe|kahe"
    r"|likhte|likhe)\b|\btranslat\w*|\bin\s+\w+\s+language\b"
    r"|\b(?:kya|kyaa)\s+(?:bolte|bolta|bolti|kehte|kahte|kehta|kahta)\b|क्या\s+(?:बोलते|कहते)"
)
# Words that ask what a word means.
_MEANING: Final = frozenset(
    {"matlab", "meaning", "means", "mean", "arth", "artha", "matalab", "mtlb", "मतलब", "अर्थ"}
)


def capital_asked(p: Parse) -> bool:
    """ "bharat ki rajdhani kya hai": a country's or a state's capital ("rajdhani" after "ki"),
    not a Rajdhani train; "delhi rajdhani hai bharat ki": a capital of a country or a state
    named, with no train word or number."""
    if p.trains or p.pnr is not None or p.travel_class or p.date is not None:
        return False
    if "rajdhani" not in p.words:
        return False
    if not p.words.isdisjoint(_COUNTRY_WORDS) and p.words.isdisjoint(_TRAIN_SAID):
        return True
    if p.train is not None:
        return False
    words = [word for item in p.items for word in item.words]
    capital = any(a in ("ki", "ka") and b == "rajdhani" for a, b in itertools.pairwise(words))
    asked = p.words & (lx.QUESTION_WORDS | _NAME_WORDS)  # "bharat ki rajdhani ka naam"
    if not p.words.isdisjoint(_A_TRAIN_RUNS):
        return False  # "mumbai ki rajdhani kab aayegi": a train that comes
    return capital and bool(asked) and p.conns.isdisjoint(_JOURNEY_CONNECTORS)


_NAME_WORDS: Final = frozenset({"naam", "name", "nam"})
# What has a capital: a country, a state ("bharat", "rajya", "pradesh").
_COUNTRY_WORDS: Final = frozenset(
    lx.words_of("bharat india hindustan desh country rajya state pradesh duniya world")
)
def _first_ever(p: Parse, places: list[Item]) -> bool:
    """Whether railways' history is asked: the first train or railway of a country ("who started
    the first passenger train in india and when", "bharat me pehli rail kab chali thi"), with no
    train, booking or station of one's own ("when did 12951 start today" is its run)."""
    if (p.train is not None and p.train_name is None) or p.pnr is not None or places:
        return False  # a train by number; "the first passenger train" names none of its own
    words = p.words
    return bool(words & _FIRST_EVER and words & _COUNTRY_WORDS and words & _RAILWAY_THINGS)


_FIRST_EVER: Final = frozenset(lx.words_of("first pehli pahli pehla pahla oldest earliest"))
_RAILWAY_THINGS: Final = frozenset(
    lx.words_of("train trains rail railway railways railgadi line locomotive engine station")
)
# Verbs of a train's run: "rajdhani" with them is a train ("kab aayegi", "chalti hai").
_A_TRAIN_RUNS: Final = lx.ARRIVAL_WORDS | lx.RUN_VERBS | lx.LEAVING_NOW | lx.FUTURE_RUN
# Words that make "rajdhani" a train's ("vande bharat ya rajdhani", "rajdhani express").
_TRAIN_SAID: Final = lx.TRAIN_NOUNS | frozenset({"vande", "shatabdi", "duronto"})


def may_be_elsewhere(p: Parse) -> bool:
    """Whether a message the rules do not understand may be about something else than railways:
    it has words of its own, and nothing of railways (entity, keyword, station)."""
    if not says_nothing_of_railways(p):
        return False
    return any(item.kind == "word" and len(item.words[0]) >= 3 for item in p.items)


def says_nothing_of_railways(p: Parse) -> bool:
    """Whether a message names nothing of railways: no entity, keyword, station, railway word,
    train verb, railway term, nor anything about what RailBot keeps."""
    if p.pnr or p.train or p.date or p.travel_class or p.quota or p.hours or p.places:
        return False
    railway = lx.RAILWAY_WORDS
    if _train_type_owned(p) or train_type_among_words(p):
        railway -= lx.TRAIN_TYPES  # "kohli ki shatabdi": a century, not a train
    if p.intents or not p.hints.isdisjoint(_RAILWAY_HINTS) or not p.words.isdisjoint(railway):
        return False
    if _about_what_is_kept(p):
        return False  # "delete", "my details": about what RailBot keeps, not another service
    if not p.words.isdisjoint(_TRAIN_VERBS):
        return False  # "kitne baje niklegi": a train's, the one in hand
    return term_named(p) is None  # "aur RAC?": a railway word


def chit_chat(p: Parse) -> bool:
    """Whether a message the rules do not understand is chit-chat: a mood told ("bhai mood off
    hai", "मेरा मन नहीं लग रहा") or words asked for to cheer one up ("kuch accha bolo", "koi
    joke sunao"), outside railways as any other topic (with `may_be_elsewhere`, nothing of
    railways said)."""
    words = p.words
    if not words.isdisjoint(lx.MOOD_WORDS) or not words.isdisjoint(lx.CHEER_WORDS):
        return True
    return not words.isdisjoint(lx.NICE_WORDS) and not words.isdisjoint(lx.SAYING_WORDS)


def small_talk(p: Parse) -> bool:
    """Whether a message outside railways is small talk with RailBot rather than a question of
    another domain: asked how it is or what it does beyond a greeting ("hi what are you doing",
    "khana khaya?", "और सुनाओ"), flirting ("will you be my girlfriend", "शादी करोगे"); never a
    mood told (`chit_chat`: "mood off hai", answered as any topic), nor with a train, a PNR or a
    place named."""
    if p.pnr is not None or p.train is not None or p.places:
        return False
    return _CHAT.search(p.original.lower()) is not None


# Small talk said to RailBot, as people write it.
_CHAT: Final = re.compile(
    r"\b(?:what\s+(?:are|r)\s+(?:you|u)\s+doing|wyd|kya\s+kar\s+rah[eia]+\s+ho|kya\s+karte\s+ho"
    r"|khana\s+kha(?:ya|\s*liya|\s*lia)|how\s+(?:was|is)\s+your\s+day|how'?s\s+your\s+day"
    r"|what'?s\s+up|wh?ass?up|i\s+love\s+(?:you|u)|love\s+(?:you|u)|miss\s+(?:you|u)"
    r"|(?:are|r)\s+(?:you|u)\s+(?:single|married)|(?:be|become)\s+my\s+(?:girl|boy)friend"
    r"|sh?aa?di\s+karoge|dosti\s+karoge|date\s+pe\s+chaloge|aur\s+(?:batao|sunao)"
    r"|kya\s+chal\s+raha|do\s+(?:you|u)\s+(?:sleep|eat)|kab\s+sote\s+ho"
    r"|(?:what|wat)\s+(?:did|have)\s+(?:you|u)\s+(?:eat|eaten|had)|(?:did|have)\s+(?:you|u)\s+"
    r"(?:eat|eaten|(?:have|had)\s+(?:your\s+)?(?:lunch|dinner|breakfast|food))|kya\s+khaya(?!\s+ja)"
    r"|tumne\s+khaya)\b"
    r"|क्या\s+कर\s+रह|खाना\s+खा(?:या|\s*लिया)|और\s+(?:सुनाओ|बताओ)|क्या\s+चल\s+रहा"
    r"|(?:दोस्ती|शादी)\s+करोगे|कब\s+सोते|प्यार\s+हो\s+गया|(?:बहुत\s+)?प्यारे\s+हो|क्या\s+खाया"
)


def asks_cheer(p: Parse) -> bool:
    """Whether a message of common words only, nothing of railways said, is chit-chat all the
    same: a mood or a joke named, or something nice asked for ("bhai kuch accha bolo", "कुछ
    अच्छा सुनाओ", "say something nice"); never "accha batao" (ok, go on: an answer)."""
    if not chit_chat(p) or not says_nothing_of_railways(p):
        return False
    words = p.words
    if not words.isdisjoint(lx.MOOD_WORDS) or not words.isdisjoint(lx.CHEER_WORDS):
        return True
    return not words.isdisjoint(_SOMETHING)


def cheer_asked(p: Parse) -> bool:
    """Whether a message asks RailBot to cheer one up, nothing of railways said: a joke, or
    something nice said ("say something nice to me", "kuch accha bolo", "koi joke sunao", "मूड
    खराब है कुछ अच्छा बोलो"): small talk with RailBot, answered with a friendly word. A word of
    praise in it is what is asked for, no thanks ("nice"); a mood told alone asks nothing
    ("bhai mood off hai"), nor does "accha batao" (ok, go on), nor a joke beside another topic's
    ask ("book a flight and tell me a joke")."""
    words = p.words
    if words.isdisjoint(lx.CHEER_WORDS) and (
        words.isdisjoint(lx.NICE_WORDS)
        or words.isdisjoint(lx.SAYING_WORDS)
        or words.isdisjoint(_SOMETHING)
    ):
        return False
    if p.places and not place_among_words(p):
        return False
    for item in p.items:
        if item.kind != "intent" or item.value == THANKS:
            continue
        if item.value != OUT_OF_SCOPE or not set(item.words) <= _CHEERING_TOLD:
            return False  # "book a flight and tell me a joke": another topic's ask first
    # "मूड खराब है कुछ अच्छा बोलो": "खराब" is no place to go (Kharab) among such words; "feeling
    # lonely tonight, say something nice": a day is any topic's
    said = p.without_places() if p.places else p
    return says_nothing_of_railways(dataclasses.replace(said, intents=set(), date=None, hours=None))


# What a message asking to be cheered up may tell besides: a mood ("feeling lonely tonight").
_CHEERING_TOLD: Final = lx.CHEER_WORDS | lx.MOOD_WORDS
# "Something" asked for ("kuch accha bolo", "कुछ" read "kuchh", "say something nice").
_SOMETHING: Final = lx.word_set("kuch kuchh kuchch kuchhh something anything koi")


def _about_what_is_kept(p: Parse) -> bool:
    """Whether a message speaks of what RailBot keeps about the person: a word of erasing
    ("delete", "hata do"), or one of data ("your data about me", "meri jankari kyu rakhi")
    said to RailBot, about oneself or of keeping; not a word of data about anything else
    ("mistri ka number do", "mughal sarai ka itihas", "bank account khulwana hai")."""
    if not p.words.isdisjoint(lx.ERASE_WORDS):
        return True
    if p.words.isdisjoint(lx.PERSONAL_DATA):
        return False
    return not p.words.isdisjoint(_KEPT_BY_US)


# Words that make data RailBot's to keep: said to it, about oneself ("about me"), of keeping.
_KEPT_BY_US: Final = (
    lx.TO_THE_BOT
    | lx.ABOUT_WORDS
    | lx.word_set(
        "store stored storing keep kept save saved rakha rakhte rakhoge rakhi collect collected"
        " share shared"
    )
)


def _train_type_owned(p: Parse) -> bool:
    """ "kohli ki shatabdi", "virat ne shatabdi maari": a kind of train's name said as someone's
    (a century, a capital), with no train word beside it; not "rajdhani mein veg khana"."""
    if not p.words.isdisjoint(lx.TRAIN_NOUNS):
        return False
    words = [word for item in p.items for word in item.words]
    named = [at for at, word in enumerate(words) if word in lx.TRAIN_TYPES]
    return bool(named) and all(at > 0 and words[at - 1] in _WHOSE_WORD for at in named)


def train_type_among_words(p: Parse) -> bool:
    """ "shatabdi ke baad 100 saal ka jashn", "humsafar ban jao mere": a kind of train's name
    among words of its own and nothing else of railways, which the rules do not understand: the
    word may be meant in its everyday sense (the classifier weighs it)."""
    if p.words.isdisjoint(lx.TRAIN_TYPES) or not p.words.isdisjoint(lx.TRAIN_NOUNS):
        return False
    own = [
        item
        for item in p.items
        if item.kind == "word" and len(item.words[0]) >= 3 and item.words[0] not in lx.TRAIN_TYPES
    ]
    return len(own) >= _OWN_WORDS_BESIDE


# The fewest words of its own beside a kind of train's name that may give it another sense.
_OWN_WORDS_BESIDE: Final = 1
# Words that make what follows someone's ("kohli ki", "virat ne").
_WHOSE_WORD: Final = frozenset({"ki", "ka", "ke", "ne"})


def place_among_words(p: Parse) -> bool:
    """Whether a message the rules do not understand names one place among words of its own and
    nothing else of railways ("gaya mein pind daan", "kota ki kachori"): it may be about that
    place, not its trains, as `may_be_elsewhere` weighs the rest."""
    places = p.places
    if len(places) != 1 or not p.conns.isdisjoint(_JOURNEY_CONNECTORS) or _typed_code(p, places[0]):
        return False
    return may_be_elsewhere(p.without_places())


def _outside_railways(p: Parse) -> bool:
    """Whether the message is about something else than railways. A topic word of another
    domain (flights, hotels, weather, shares, jokes...: `Intent.OUT_OF_SCOPE`), or a sum to work
    out, outweighs places, dates, and the words "train" and "station" ("hotel near howrah
    station", "joke about trains"); a weaker one (food, payments, temples...: `Hint.ELSEWHERE`)
    is outweighed by anything only railways have (`_railway_said`). A thing asked for near a
    place, in words the lexicon does not know, is elsewhere too ("zoo near mysore station").
    Train and PNR numbers outweigh them all, and so do trains asked for between places ("train
    to goa for the beaches") and a station code asked about ("is the metro station NDLS's
    code?")."""
    if not p.words.isdisjoint(_FOOD_APPS):
        return True  # "zomato order to my berth in 12627": a delivery app, even to a train
    if p.digits and _foreign_money(p.raw) and p.pnr is None:
        return True  # "$100 in rupees", "€50 kitne ka": another currency's sum
    low = p.raw.lower()
    if p.digits and _PRICE_CAP.search(low) is not None and p.pnr is None and len(p.places) < 2:
        return True  # "laptop under 50000": a price to shop within, not train 50000
    if p.pnr is None and _numbers_elsewhere(p):
        return True  # "recharge 9876543210", "20000 mah power bank", "25000 ka loan chahiye"
    if _booked_another_way(p):
        return True  # "flight PNR 4512345678 status", "bus ka pnr 4512345678": that way's booking
    if _at_another_venue(p):
        return True  # "cloak room at the bangalore airport", "tirupati darshan ticket booking"
    if p.sums and not worked_on(low).isdisjoint({p.pnr, p.train}):
        return True  # "what is 4521098763 divided by 7": a number to work out, no booking
    if p.pnr is not None or (p.train is not None and p.train_name is None):
        return False  # a number outweighs any topic; a train's name only a weak one
    if "train" in low and _TRAINING.search(low) is not None:
        return True  # "how to train my puppy": to train, not a train
    if _train_of_life(p):
        return True  # "life ki train chhoot gayi", "zindagi ki gaadi patri se utar gayi"
    century = any(stem in low for stem in _CENTURY_STEMS)
    if century and _CENTURY.search(low) is not None:
        return True  # "21vi shatabdi", "इक्कीसवीं शताब्दी": a century, not a Shatabdi
    if _by_road(p):
        return True  # "lucknow se varanasi road kaisa hai", "delhi to jaipur highway condition"
    if _queue_elsewhere(p) or _event_cancelled(p) or _event_confirmed(p):
        return True  # "visa appointment waiting", "aaj ki class cancel ho gayi"
    if _rent(p):
        return True  # "मुंबई में किराये का घर", "kiraye pe kamra chahiye": a dwelling's rent
    if _moving_home(p) and not _railway_said(p, naming=False):
        return True  # "shifting from bangalore to hyderabad", "ghar shift karna hai pune se"
    toy = ("rail" in low or "train" in low) and _TOY_TRAIN.search(low) is not None
    if toy and not p.places and p.words.isdisjoint(_TICKET_OR_TIMING):
        # "toy train set price": a toy; "toy train to shimla", "darjeeling toy train ticket"
        # and its timings are a railway's
        return True
    if OUT_OF_SCOPE in p.intents and _topics_name_trains(p):
        return False  # "तूफ़ान मेल का स्टेटस", "toofan express kab aayegi": a train's name
    if OUT_OF_SCOPE in p.intents or p.sums:
        # "irctc wallet recharge kaise kare", "cheque se railway ticket ka payment"
        irctc_paid = bool(_unclaimed_words(p) & _RAILWAY_BOOKING - lx.TRAIN_TYPES) and paying(p)
        journey = _trains_between_places(p) or _classed_journey(p)
        journey = journey and not _asked_of_a_topic(p)
        # "bharat bandh me koi train cancel hai": a cancellation asked of that time
        during = CANCELLED_TRAINS in p.intents
        caused = _topic_a_cause(p, during=during) or _weather_on_board(p)
        return not journey and not _code_asked(p) and not irctc_paid and not caused
    if _near_something(p) and not _railway_said(p, naming=False):
        return True  # "parking near surat railway station"
    if _local_way(p) and not _railway_said(p, naming=False):
        return True  # "prayagraj junction se sangam kaise jaye"
    if _railway_said(p):
        return False
    return HINT_ELSEWHERE in p.hints


def _topics_name_trains(p: Parse) -> bool:
    """Whether every topic of elsewhere is the first word of a train's name, said right before
    its kind ("toofan express", "तूफ़ान मेल"), and something is asked of it (its status, when
    it comes, its route): the train, not the weather."""
    items = p.items
    topics = [
        at for at, item in enumerate(items) if (item.kind, item.value) == ("intent", OUT_OF_SCOPE)
    ]
    # what is asked: its status, when it comes, its route; a platform alone may be a story's
    # ("hogwarts express platform 9 3/4")
    asked = HINT_STATUS in p.hints or any(
        item.kind == "intent"
        and item.value != OUT_OF_SCOPE
        and not set(item.words) <= lx.PLATFORM_WORDS
        for item in items
    )
    return bool(topics) and asked and all(
        at + 1 < len(items)
        and (items[at + 1].kind, items[at + 1].value) == ("hint", HINT_TRAIN)
        and set(items[at + 1].words) <= _NAMED_KINDS
        for at in topics
    )


# The kinds of train a name is said with ("toofan express", "tufan mail"), not "train" itself.
_NAMED_KINDS: Final = lx.word_set("express exp mail superfast sf special passenger")


def _unclaimed_words(p: Parse) -> set[str]:
    """The message's words but those of its topics of elsewhere ("american express card": no
    train's "express")."""
    topic = OUT_OF_SCOPE
    return {w for i in p.items if (i.kind, i.value) != ("intent", topic) for w in i.words}


def _asked_of_a_topic(p: Parse) -> bool:
    """Whether what is asked (a timing, a fare, a route, seats) is said of a topic of elsewhere and
    never of a train ("pahle train ab aage bus, lucknow se nainital bus timing", "lucknow se
    nainital ka cab fare"): the train is only a leg already made."""
    said = [item for item in p.items if item.kind != "stop" or item.words[0] not in _POSSESSIVE]
    owners = [
        said[at - 1]
        for at, item in enumerate(said)
        if at > 0 and item.kind == "intent" and item.value in _ASKED_OF
    ]
    topic = any(o.kind == "intent" and o.value == OUT_OF_SCOPE for o in owners)
    train = any(o.kind == "hint" and o.value in _TRAIN_HINTS for o in owners)
    return topic and not train


# What is asked of a way of travelling ("bus timing", "cab ka fare", "flight ka route").
_ASKED_OF: Final = frozenset({Intent.FARE, Intent.TRAIN_ROUTE, Intent.SEAT_AVAILABILITY})
_POSSESSIVE: Final = frozenset({"ka", "ki", "ke", "of"})


def _weather_on_board(p: Parse) -> bool:
    """Whether every topic of elsewhere is weather felt in a coach that a complaint is about
    ("coach me garmi hai ac band hai", "डिब्बे में बहुत ठंड है", "rain water leaking inside
    coach"): RailMadad's, not a forecast; "ac not cooling at home" names no coach."""
    if p.words.isdisjoint(_IN_A_COACH) or task(p) != "complaint":
        return False
    topics = [item for item in p.items if item.kind == "intent" and item.value == OUT_OF_SCOPE]
    return all(set(item.words) <= _FELT_WEATHER for item in topics)


# Where weather is felt on board: a coach, however named ("coach", "डिब्बे" read "dibbe").
_IN_A_COACH: Final = lx.word_set("coach coaches bogie dabba dabbe dibba dibbe compartment")
# Weather felt: heat, cold, rain ("garmi", "ठंड" read "thand", "baarish").
_FELT_WEATHER: Final = lx.word_set(
    "garmi garmee thand thandi sardi rain raining barish baarish heat hot cold freezing"
)


def _topic_a_cause(p: Parse, *, during: bool = False) -> bool:
    """Whether every topic of elsewhere is said as the cause of what trains do ("baarish ki wajah
    se cancel hui trains mumbai", "trains cancelled due to heavy rain") or as where one heard of
    it ("news me dekha trainen radd hain, aaj ki list do", "अखबार में पढ़ा कि आज बहुत गाड़ियाँ
    कैंसिल हैं"): the trains are asked."""
    heard = not p.words.isdisjoint(_HEARD)
    if p.words.isdisjoint(lx.TRAIN_NOUNS) and not (heard and not p.hints.isdisjoint(_TRAIN_HINTS)):
        return False
    said = [item for item in p.items if item.kind != "stop" or _says_cause(item, during)]
    topics = [
        at
        for at, item in enumerate(said)
        if item.kind == "intent" and item.value == OUT_OF_SCOPE
    ]
    return bool(topics) and all(
        _a_cause(said, at)
        or (during and _a_time(said, at))
        or (heard and set(said[at].words) <= _NEWS)
        for at in topics
    )


# Where people hear what the railways did ("news me dekha", "tv pe bataya", "अखबार में पढ़ा").
_NEWS: Final = lx.word_set(
    "news samachar samachaar khabar khabren akhbar akhbaar newspaper paper tv television radio"
    " channel twitter whatsapp facebook fb insta instagram youtube message"
)
# Words of having heard, read or been told ("suna", "dekha", "padha", "bataya", "heard").
_HEARD: Final = lx.word_set(
    "suna suni dekha dekhi padha padhi bataya batai aaya aayi aya ayi heard saw read said says"
    " reported showing dikhaya"
    # "as per news", "according to the news", "khabar ke mutabik", "समाचार के अनुसार"
    " per according mutabik mutabiq anusar likha likhi written"
)


def _says_cause(item: Item, during: bool) -> bool:
    if during and item.words in _DURING:
        return True
    return bool(set(item.words) & CAUSE_AFTER) or item.words in CAUSE_BEFORE


# Words after a topic that make it when trains are asked about ("bharat bandh me koi train
# cancel hai", "during the strike"): the trains are asked.
_DURING: Final = frozenset({("me",), ("mein",), ("men",), ("main",), ("during",), ("ke", "dauran")})


def _a_cause(said: list[Item], at: int) -> bool:
    """Whether the topic at `at` is said as a cause ("baarish ki wajah se") or as what the
    journey is for ("shaadi ke liye group booking train me kaise kare")."""
    after = said[at + 1] if at + 1 < len(said) else None
    before = said[at - 1] if at > 0 else None
    caused = bool(after and set(after.words) & CAUSE_AFTER)
    for next_one in said[at + 1 : at + 4]:
        # "thand aur kohre ke karan", "fog and rain due to": topics joined, the cause said once
        if caused or not set(next_one.words).isdisjoint(CAUSE_AFTER):
            caused = True
            break
        if next_one.kind not in ("conn", "hint", "intent", "word"):
            break
        if next_one.kind == "conn" and next_one.value != Connector.AND:
            break
    meant = bool(after and after.words in PURPOSE_AFTER)
    return caused or meant or bool(before and before.words in CAUSE_BEFORE)


def _a_time(said: list[Item], at: int) -> bool:
    """Whether the topic at `at` is said as the time trains are asked of ("bharat bandh me koi
    train cancel hai", "during the strike")."""
    after = said[at + 1] if at + 1 < len(said) else None
    before = said[at - 1] if at > 0 else None
    return bool(after and after.words in _DURING) or bool(before and before.words == ("during",))





def _moving_home(p: Parse) -> bool:
    """Whether the message tells of moving house ("shifting from bangalore to hyderabad",
    "relocating to pune", "ghar shift karna hai pune se", "घर का सामान शिफ्ट"): a word of
    relocating, or "shift" said of a home or its goods; never of a train's time ("12301 ka time
    shift hua": its own time word, a rescheduled train)."""
    words = p.words
    if not words.isdisjoint(_TIMED):
        return False
    if not words.isdisjoint(_RELOCATING):
        return True
    return not words.isdisjoint(_SHIFT) and not words.isdisjoint(_HOME)


# Relocating, said so; "shift" said of a home or its goods (Devanagari read "shift", "ghar").
_RELOCATING: Final = lx.word_set("shifting relocating relocate relocation relocated")
_SHIFT: Final = lx.word_set("shift shifted moving")
_HOME: Final = lx.word_set(
    "ghar house home flat family parivar saman samaan saaman household furniture gharelu"
)
_TIMED: Final = lx.word_set(
    "time timing timings samay departure arrival schedule platform date tarikh duty"
)


def _by_road(p: Parse) -> bool:
    """Whether a journey between places is asked of the road ("lucknow se varanasi road kaisa
    hai", "pune to goa highway"): a word of the road said outside the places' names, and no train
    or railway said."""
    if len([item for item in p.places if item.role != "via"]) < 2:
        return False
    road = any(
        item.kind != "place"
        and (
            set(item.words) & lx.ROAD_WORDS - lx.VEHICLE_NOUNS
            # "apni gaadi se", "अपनी गाड़ी से": one's own car or bike, said as a phrase
            or (
                item.kind == "intent"
                and item.value == OUT_OF_SCOPE
                and not set(item.words).isdisjoint(_OWN_VEHICLE)
                and not set(item.words).isdisjoint(lx.VEHICLE_NOUNS)
            )
        )
        for item in p.items
    )
    return road and p.words.isdisjoint(_RAILWAY_BOOKING - lx.VEHICLE_NOUNS)


# Words that make a vehicle one's own in a phrase of the road ("apni gaadi se", "khud ki gaadi").
_OWN_VEHICLE: Final = frozenset({"apni", "khud", "अपनी"})


def _booked_another_way(p: Parse) -> bool:
    """Whether a booking's number is another way of travelling's ("flight PNR 4512345678",
    "bus ka pnr number 4512345678", "फ्लाइट का पीएनआर ..."): a PNR beside a flight, a bus, a cab or
    a ship named, and no train, railway or train number said ("mera pnr ..., flight nahi train
    ka" stays the train's)."""
    if p.pnr is None or p.train is not None:
        return False
    if not (undenied_words(p.items, p.words) & _BOOKABLE_WAYS) - _ways_if_not(p):
        # "pnr ... ka status batao flight nahi": the flight denied; "कंफर्म न हुआ तो बस से जाना
        # पड़ेगा, <PNR> का स्टेटस": the bus is what one takes if the ticket fails, not its booking
        return False
    return p.words.isdisjoint(_RAILWAY_BOOKING) and p.hints.isdisjoint(_TRAIN_HINTS)


def _ways_if_not(p: Parse) -> set[str]:
    """The ways of travelling said as what one takes otherwise ("to bus se jana padega",
    "warna flight se", "otherwise by bus"): after "then"/"else", before "se"/"by"."""
    words = [w for item in p.items for w in item.words]
    return {
        word
        for at, word in enumerate(words)
        if word in _BOOKABLE_WAYS
        and 0 < at < len(words) - 1
        and words[at - 1] in _IF_NOT
        and words[at + 1] in {"se", "say"}
    } | {
        word
        for at, word in enumerate(words)
        if word in _BOOKABLE_WAYS and at > 1 and words[at - 1] == "by" and words[at - 2] in _IF_NOT
    }


_IF_NOT: Final = frozenset({"to", "toh", "warna", "varna", "otherwise", "else", "nahi", "phir"})


def _at_another_venue(p: Parse) -> bool:
    """Whether what is asked is had at a place that is no railway's, or of a vehicle that is no
    train ("cloak room at the bangalore airport", "tirupati darshan ticket booking", "shared jeep
    fare from siliguri to darjeeling"): such a word with no train, booking number, station or
    word of railways' own ("new delhi station pe cloak room" is the station's)."""
    if p.train is not None or p.pnr is not None or p.words.isdisjoint(_VENUES_ELSEWHERE):
        return False
    railway = p.words & (lx.STATION_WORDS | _RAILWAY_BOOKING) or p.hints & _TRAIN_HINTS
    return not railway


# Places and vehicles that have tickets, fares and rooms of their own.
_VENUES_ELSEWHERE: Final = frozenset(
    {"airport", "airports", "lounge", "lounges", "temple", "temples", "mandir", "darshan",
     "jeep", "jeeps", "sumo", "tempo", "shared taxi", "gurudwara", "masjid", "church"}
)  # fmt: skip


# Ways of travelling booked with a PNR of their own ("bas" is also "just": not here).
_BOOKABLE_WAYS: Final = frozenset(
    {"flight", "flights", "plane", "airline", "airlines", "indigo", "spicejet", "vistara", "akasa",
     "goair", "gofirst", "airasia",
     "bus", "buses", "volvo", "redbus", "abhibus", "ksrtc", "msrtc", "upsrtc", "apsrtc", "tsrtc",
     "gsrtc", "rsrtc", "hrtc", "cab", "taxi", "ola", "uber", "ship", "cruise", "ferry"}
) | lx.OTHER_OPERATORS  # fmt: skip
# Words that say a booking is the railway's.
_RAILWAY_BOOKING: Final = (
    lx.TRAIN_NOUNS | lx.TRAIN_TYPES | lx.STATION_NAMING | frozenset({"irctc"})
)


def _distance_between_places(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks how far apart two places are, with no train said ("delhi se agra
    kitni door hai", "how far is pune from nashik by car"): the road's or the map's, not a
    train's; "gaadi" beside it is a car."""
    if len(places) < 2 or p.train is not None or p.pnr is not None or p.train_name is not None:
        return False
    if not _DISTANCE.said_in(p.words):
        return False
    return not any(
        item.kind == "hint"
        and item.value in (HINT_TRAIN, HINT_TRAINS)
        and not set(item.words) <= lx.VEHICLE_NOUNS
        for item in p.items
    )


_DISTANCE: Final = lx.Phrases(lx.DISTANCE_GROUPS)


def _numbers_elsewhere(p: Parse) -> bool:
    """Whether the message's numbers belong to something else than railways, and nothing in it
    says they are a booking's or a train's: another service's identifier (a phone, a recharge,
    an order, an account: `entities.find_numbers`), a quantity measured in a unit ("20000 mah",
    "12000 sq ft"), a round sum beside a topic of elsewhere ("25000 ka loan"), or a helpdesk's
    ticket ("support ticket number 48213")."""
    if p.train is not None and p.words & _HELPDESK and p.hints.isdisjoint(_TRAIN_HINTS):
        return True  # a helpdesk's ticket is no train's number, nor a booking
    if p.hints & _BOOKED_HINTS or p.travel_class or p.quota or p.train_name is not None:
        return False
    if p.mixed_number and p.train is None:
        return True  # "platform 9 3/4": a fraction numbers no platform, whatever words it has
    if p.pnr is None and p.train is None and _PAN_SHAPED.search(p.raw.lower()) is not None:
        return True  # "mera pan ABCDE1234F sahi hai": a tax card's number, no booking's
    if not p.words.isdisjoint(lx.RAILWAY_EVIDENCE):
        return False
    long_numbers = any(len(number) >= _SERVICE_DIGITS for number in p.other_numbers)
    if p.train is None and long_numbers and not p.words.isdisjoint(lx.SERVICE_WORDS):
        return True  # "mera order 4012345678 kab aayega"; not "call me 9876543210" alone
    if p.quantity:
        return True  # "15000 watt generator kitne ka hai"
    round_sum = p.train is not None and len(p.trains) == 1 and p.train.endswith(_ROUND)
    topic = OUT_OF_SCOPE in p.intents or HINT_ELSEWHERE in p.hints
    return round_sum and topic


# Words of a helpdesk whose tickets are numbered ("support ticket 48213", "jira ticket").
_HELPDESK: Final = frozenset({"support", "helpdesk", "servicedesk", "jira", "zendesk", "freshdesk"})
_TRAIN_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS})
# Hints that a number is a booking's or a train's ("ticket 4512345678", "train 12000").
_BOOKED_HINTS: Final = frozenset({Hint.TRAIN, Hint.TRAINS, Hint.TICKET, Hint.ALERT})
# A PAN card's number (five letters, four digits, a letter): never a booking's nor a train's.
_PAN_SHAPED: Final = re.compile(r"\b[a-z]{5}\d{4}[a-z]\b")
# The fewest digits of another service's identifier (a phone, an account, an order).
_SERVICE_DIGITS: Final = 9
# How a round sum of money ends ("25000 ka loan"), which no train's number does in practice.
_ROUND: Final = "000"


def _queue_elsewhere(p: Parse) -> bool:
    """ "hospital me waiting list kitni hai", "visa appointment waiting", "bank ki line me 34 log":
    a queue or waiting list of another place than railways, and nothing else of railways."""
    if p.words.isdisjoint(lx.WAITING_WORDS) or p.words.isdisjoint(lx.QUEUE_PLACES):
        return False
    return _nothing_else_of_railways(p, lx.WAITING_WORDS)


def _event_cancelled(p: Parse) -> bool:
    """ "my wedding got cancelled", "aaj ki class cancel ho gayi", "मीटिंग कैंसिल हो गई": one's
    own event cancelled, and nothing of railways."""
    if p.words.isdisjoint(lx.CANCEL_WORDS) or p.words.isdisjoint(lx.EVENT_NOUNS):
        return False
    return _nothing_else_of_railways(p, lx.CANCEL_WORDS)


def _event_confirmed(p: Parse) -> bool:
    """ "interview ki date confirm hui kya", "my date for the prom got confirmed", "finally got a
    date with her, confirmed for saturday": the day of one's event or of a meeting with someone
    confirmed, and nothing of railways: a verb trains share ("ho gayi") and an email's "mail"
    say no train beside them."""
    if p.words.isdisjoint(lx.CONFIRMED_WORDS):
        return False
    if p.words.isdisjoint(lx.EVENT_NOUNS) and _DATE_WITH.search(p.raw.lower()) is None:
        return False
    items = [item for item in p.items if not _train_only_by_verb(item)]
    said = frozenset(word for item in items for word in item.words)
    hints = {item.value for item in items if item.kind == "hint" and isinstance(item.value, Hint)}
    rest = dataclasses.replace(p, items=items, hints=hints)
    return _nothing_else_of_railways(rest, lx.CONFIRMED_WORDS | _CONFIRMED_SAID) and not said & (
        lx.TICKET_WORDS | lx.SEAT_NOUNS | lx.BOOKING_NOUNS
    )


# A date that is a meeting with someone ("a date with her", "uske saath date").
_DATE_WITH: Final = re.compile(r"\bdate\s+(?:with|ke\s+saath|ke\s+sath)\b|\bsaath\s+date\b")


def _train_only_by_verb(item: Item) -> bool:
    """Whether a train is hinted at only by a verb or a word of another sense ("gayi", "mail"),
    no train's noun or kind."""
    if item.kind != "hint" or item.value not in _TRAIN_HINTS:
        return False
    return not set(item.words) & (lx.TRAIN_NOUNS | lx.TRAIN_TYPES | _TRAIN_KIND_NOUNS)


# Kinds of train that are nouns of their own ("passenger", "local"), not a verb or an email.
_TRAIN_KIND_NOUNS: Final = lx.TRAIN_KINDS - {"mail"}
# How a confirmation is said of something ("confirm ho gayi", "got confirmed"), but a ticket's.
_CONFIRMED_SAID: Final = lx.CONFIRMED_OF - lx.TICKET_WORDS - {"seat", "berth", "tikat", "tkt"}


def _train_of_life(p: Parse) -> bool:
    """ "life ki train chhoot gayi", "zindagi ki gaadi", "life is a train": a train said of one's
    life, love or luck within a few words, as a figure of speech, with no train, booking, class
    or place said."""
    if p.pnr or p.train or p.train_name or p.travel_class or p.quota or p.places:
        return False
    said = [word for item in p.items for word in item.words]
    return any(
        word in _A_LIFE and _TRAIN_WORDS.intersection(said[at + 2 : at + 1 + _LIKENED])
        for at, word in enumerate(said)
    )


# What a train of one's life is said of, and the words between ("life ki train").
_A_LIFE: Final = frozenset(
    {"life", "zindagi", "jindagi", "zindgi", "jindgi", "jeevan", "jivan", "career", "pyaar", "pyar",
     "love", "dil", "kismat", "kismet", "naseeb", "kamyabi", "safalta", "dimag", "dimaag",
     "mind", "soch", "khayal", "khayalon", "vichar", "thoughts"}
)  # fmt: skip
# How many words after a life's word a train may be said of it, one word at least between them
# ("i love trains" loves them): "life ki train", "life is a train", "zindagi ek rail ki tarah",
# "जीवन एक रेलगाड़ी है".
_LIKENED: Final = 3
_TRAIN_WORDS: Final = lx.TRAIN_NOUNS | lx.word_set("relgadi railgadi railgaadi")


def _rent(p: Parse) -> bool:
    """Whether a price asked is a dwelling's rent ("kiraye ka ghar", "कमरे का किराया"): a word of
    price beside one of a home, a room or a shop, and no journey, train or class."""
    if p.words.isdisjoint(_DWELLINGS) or FARE not in p.intents or p.travel_class:
        return False
    # "railway colony mein kiraye pe kamra chahiye": the railway names the neighbourhood the
    # room is in, not a journey
    named = lx.STATION_NAMING if not p.words.isdisjoint(_RAILWAY_HOMES) else frozenset()
    return _nothing_else_of_railways(p, lx.OTHER_SENSES | named)


# Where railway staff live, named after the railway ("railway colony", "रेलवे कॉलोनी",
# "railway quarters").
_RAILWAY_HOMES: Final = frozenset(
    {"colony", "coloni", "koloni", "quarter", "quarters", "kvartar", "kwarter", "township"}
)  # fmt: skip


# Places one pays rent for.
_DWELLINGS: Final = frozenset(
    {"ghar", "makan", "makaan", "kamra", "kamre", "kamara", "kamare", "room", "rooms", "flat",
     "flats", "house", "pg", "dukan", "dukaan", "shop", "office", "hostel", "godown", "quarter",
     "quarters", "kvartar"}
)  # fmt: skip


def _nothing_else_of_railways(p: Parse, words: frozenset[str]) -> bool:
    """Whether nothing in the message but `words` is railways': no train, booking, class, quota,
    journey, railway word, or railway keyword of other words ("waiting list" is of `words`)."""
    if p.pnr or p.train or p.train_name or p.travel_class or p.quota:
        return False
    if p.hints & _BOOKED_HINTS or len([item for item in p.places if item.role != "via"]) >= 2:
        return False
    if not p.words.isdisjoint(lx.RAILWAY_EVIDENCE - words):
        return False
    allowed = words | _LIST_WORDS | lx.QUESTION_WORDS | _EVERYDAY
    return not any(
        item.kind == "intent"
        and item.words in lx.RAILWAY_KEYWORDS
        and not set(item.words) <= allowed
        for item in p.items
    )


# "waiting list", "cancel list": the list of a waiting or a cancelling, not of trains.
_LIST_WORDS: Final = frozenset({"list", "lists", "suchi", "सूची"})
# Numbers and years written as ordinals before a word for a century ("21vi shatabdi", "इक्कीसवीं
# शताब्दी" read "ikkisvin shatabdi", "21st century"): a century, not a Shatabdi.
# What a century's word begins with, looked for before the whole pattern.
_CENTURY_STEMS: Final = ("shatabd", "sad", "century")
_CENTURY: Final = re.compile(
    r"\b(?:\d{1,2}\s*(?:vi|vin|vee|veen|vim|th|st|nd|rd|wi|win)|\w+(?:vin|veen|vim|win))"
    r"\s+(?:shatabdi|shatabdee|sadi|sadee|century)\b"
)


def _railway_said(p: Parse, *, naming: bool = True) -> bool:
    """Whether the message says something only railway questions say: a train, ticket or status
    word, a railway keyword ("running status", not "timing"), a class, a quota, or a railway
    word ("platform", "irctc", "rajdhani"). Without `naming`, the words that only say a place is
    a station ("railway station") do not count."""
    evidence = lx.RAILWAY_EVIDENCE if naming else lx.RAILWAY_EVIDENCE - lx.STATION_NAMING
    if p.hints & _RAILWAY_HINTS or p.travel_class or p.quota or p.words & evidence:
        return True
    if p.train_name is not None:
        return True
    return any(item.kind == "intent" and item.words in lx.RAILWAY_KEYWORDS for item in p.items)


def _instead(p: Parse, kw: set[Intent]) -> bool:
    """Whether a cancellation said beside a journey is what the journey's trains are asked
    instead of: another way of travel's ("my flight got cancelled"), or one's own train's, other
    trains asked for ("any other train", "koi aur train", "दूसरी ट्रेन")."""
    if OUT_OF_SCOPE in kw and not _topic_a_cause(p, during=True):
        return True  # "due to rain cancelled trains from mumbai" asks which are cancelled
    return lx.says_other(p.words) or _own_cancelled_then_journey(p)


def _own_cancelled_then_journey(p: Parse) -> bool:
    """Whether one's own train is told cancelled in a clause, and a later clause asks for a
    journey ("my train got cancelled yesterday, trains from pune to nagpur tomorrow", "मेरी
    ट्रेन कैंसल हो गई है, अब पटना से दिल्ली कल कौन सी गाड़ी है"): what happened, then the
    question."""
    told = False
    for clause, end in _clauses(p):
        words = {word for said in clause for word in said.words}
        cancelled = any(said.value == CANCELLED_TRAINS for said in clause)
        asked = words & lx.QUESTION_WORDS or (end is not None and end.value == "?")
        if cancelled and not words.isdisjoint(lx.OWN_WORDS) and not asked:
            told = True  # not "meri train cancel hui kya, delhi se bhopal wali"
        elif told and not cancelled and any(said.kind == "place" for said in clause):
            return any(said.kind == "conn" and said.value in _JOURNEY_CONNECTORS for said in clause)
    return False


def _clauses(p: Parse) -> Iterator[tuple[list[Item], Item | None]]:
    """The message's clauses in order: each one's items, with the separator that ends it (None
    for the last)."""
    clause: list[Item] = []
    for item in [*p.items, None]:
        if item is not None and item.kind != "sep":
            clause.append(item)
            continue
        yield clause, item
        clause = []


def _trains_between_places(p: Parse) -> bool:
    """Whether the message asks for trains to, from or between places ("train to amritsar")."""
    # "delhi se agra gaadi se kitna petrol lagega": beside a word of the road, "gaadi" is a car
    vehicles = lx.VEHICLE_NOUNS if not p.words.isdisjoint(lx.ROAD_WORDS) else frozenset()
    if not p.words.isdisjoint(_NAMES_EXPRESS):
        vehicles |= {"express"}  # "airport express metro", "express bus": that line's, no train
    trains = any(
        (item.kind == "hint" and item.value in (HINT_TRAIN, HINT_TRAINS))
        or (item.kind == "intent" and not lx.TRAIN_NOUNS.isdisjoint(item.words))
        for item in p.items
        if not set(item.words) <= vehicles
    )
    return trains and bool(p.places) and not p.conns.isdisjoint(_JOURNEY_CONNECTORS)


def _status_now(p: Parse, places: list[Item]) -> bool:
    """Whether a status is asked as of now ("status now?", "abhi status kya hai", "अभी क्या
    स्थिति है"): the only words of a board are "now", and no place, hours or trains are said."""
    if HINT_STATUS not in p.hints or HINT_TRAINS in p.hints or places or p.hours is not None:
        return False
    boards = [item for item in p.items if (item.kind, item.value) == ("intent", DEPARTURES)]
    return bool(boards) and all(set(item.words) <= _NOW_SAID for item in boards)


# "now" as a board's keyword says it ("abhi", "right now", "currently").
_NOW_SAID: Final = lx.NOW_WORDS | {"right", "currently", "rn"}


def _now_about_oneself(p: Parse) -> bool:
    """ "not now", "abhi nahi, baad me", "abhi aata hu": "now" put off or said of oneself, the
    only keyword, with nothing else of railways; not "abhi" alone, which asks the trains now."""
    keywords = [item for item in p.items if item.kind in ("intent", "hint")]
    if not keywords or any(not set(item.words) <= lx.NOW_WORDS for item in keywords):
        return False
    if p.places or p.pnr or p.train or p.train_name or p.hours is not None:
        return False
    if task(p) not in (None, "booking"):
        return False  # "refund abhi tak nahi aaya": the refund is not come yet, nothing put off
    return not p.words.isdisjoint(lx.NEGATIONS | _ONESELF)


# Words of a person speaking of themself ("abhi aata hu", "i'm busy now").
_ONESELF: Final = frozenset({"hu", "hoon", "hun", "hoo", "i", "im", "main", "mai", "me"})


def _classed_journey(p: Parse) -> bool:
    """ "shaadi me jaipur jana hai delhi se sleeper ka kiraya", "hotel pahunchna hai, howrah se
    puri ka kiraya sleeper": a journey between places in a class of the railways', where the
    topics of elsewhere are what the journey is for (an event, a hotel to reach), never another
    way to travel ("volvo sleeper bus", "flight", "cab")."""
    places = [item for item in p.places if item.role != "via"]
    if p.travel_class is None or len(places) < 2 or p.conns.isdisjoint(_JOURNEY_CONNECTORS):
        return False
    if p.travel_class in _RAILWAYS_OWN_CLASSES and p.words.isdisjoint(lx.EVERYDAY_CLASS_WORDS):
        # "flight se sasta hai kya, delhi lucknow 3ac ka kiraya": only trains have 3AC; a flight's
        # "economy" or "executive" class is said in everyday words
        return True
    topics = [i for i in p.items if i.kind == "intent" and i.value == OUT_OF_SCOPE]
    ways = _OTHER_WAYS | lx.ROAD_WORDS
    return not any(set(i.words) & ways for i in topics) and p.words.isdisjoint(ways)


# Classes no other way of travelling sells (a bus has sleepers, a flight economy seats).
_RAILWAYS_OWN_CLASSES: Final = frozenset({"1A", "2A", "3A", "3E", "CC", "EC"})


# Services that have an "express" of their own ("airport express metro", "express bus").
_NAMES_EXPRESS: Final = frozenset(
    {"metro", "metros", "monorail", "bus", "buses", "volvo", "delivery", "courier", "flight"}
)
# Ways of travelling other than a train: a class said beside them is theirs ("flight", "ride").
_OTHER_WAYS: Final = frozenset(
    {"flight", "flights", "ride", "rides", "trip", "tour", "plane", "planes", "airline", "airlines",
     "airport", "metro", "volvo", "ola", "uber", "rapido", "auto", "ship", "ships", "cruise",
     "ferry", "boat", "boats", "udaan", "jahaz", "jahaj", "फ्लाइट", "bas", "redbus"}
) | lx.OTHER_OPERATORS  # fmt: skip


def _code_asked(p: Parse) -> bool:
    """Whether the message asks about a station code it gives ("NDLS code?")."""
    asked = p.intents & {STATION_BY_NAME, STATION_BY_CODE}
    return bool(asked) and any(
        item.place is not None and item.place.reason == "code" for item in p.places
    )


def _near_something(p: Parse) -> bool:
    """ "pg near pune station", "ujjain station ke paas dharamshala": something the lexicon has
    no word for, asked for near a place."""
    if p.words.isdisjoint(lx.NEAR_WORDS) or not (p.places or p.words & lx.STATION_WORDS):
        return False  # "aapke paas kya suvidhaen hain": what one has, near no place
    if _nearest_station(p, [item for item in p.places if item.role != "via"]):
        return False  # "haridwar ke sabse paas ka station": the station itself asked
    if nearest_station_here(p):
        return False  # "sabse paas ka station kaun sa hai": the traveller's own
    return any(
        item.kind == "word" and len(item.words[0]) >= 3 and item.words[0] not in lx.NEAR_WORDS
        for item in p.items
    )


def _local_way(p: Parse) -> bool:
    """ "kolkata station se victoria memorial kitni door", "how to reach lonar lake from jalna
    station": the way or the distance from a station, called one, to something that is no
    station (a landmark, a neighbourhood, a town without one), not a journey ("how to reach
    shirdi from manmad" may be one). A place whose name runs on into words we do not know ("har
    ki pauri", "lonar lake") is that landmark, not a second station."""
    if p.train is not None or p.words.isdisjoint(lx.WAY_WORDS):
        return False
    if not p.words.isdisjoint(lx.WAY_GO) and p.words.isdisjoint(lx.WAY_HOW):
        return False
    if _HOW_LONG.said_in(p.words):
        return False  # "how long to reach bhopal": how long a train takes, not a way to go
    if p.words.isdisjoint(lx.STATION_WORDS) and p.words.isdisjoint(lx.WAY_GO):
        return False  # "how far is X from Y": the distance between two towns, a journey
    ends = [item for item in p.places if item.role != "via" and not _landmark(p.items, item)]
    if len(ends) > 1:
        return False
    return any(item.kind == "word" and len(item.words[0]) >= 3 for item in p.items)


_HOW_LONG: Final = lx.Phrases(lx.DURATION_GROUPS)
# Words that join a place to a landmark named after it ("har ki pauri", "gateway of india").
_OF: Final = frozenset({"ki", "ka", "ke", "of"})


def _landmark(items: list[Item], place: Item) -> bool:
    """Whether the place's name runs on into a word we do not know ("lonar lake", "har ki
    pauri"): a landmark that starts with a station's name."""
    at = items.index(place) + 1
    while at < len(items) and items[at].kind == "stop" and items[at].words[0] in _OF:
        at += 1
    if at < len(items) and items[at].kind == "place":
        return _landmark(items, items[at])  # "rishikesh laxman jhula": a landmark's name
    return at < len(items) and items[at].kind == "word" and len(items[at].words[0]) >= 3


def how_to_use_this(p: Parse) -> bool:
    """Whether the message only asks how to use the bot in hand ("ये कैसे चलाना है", "isko kaise
    use karte hai", "how do i use it"): a word pointing at it, a "how", a verb of using, and
    nothing else of its own (not "गाड़ी कैसे चलाना है": a car is driven)."""
    if p.places or p.pnr or p.train or p.train_name or p.date or p.travel_class or p.quota:
        return False
    words = {word for item in p.items for word in item.words}
    if words.isdisjoint(lx.THIS_ONE) or words.isdisjoint(_HOW) or words.isdisjoint(lx.USING_WORDS):
        return False
    # "मुझे समझ नहीं आ रहा इसे कैसे चलाते हैं": not understanding it, said first
    return words <= lx.THIS_ONE | _HOW | lx.USING_WORDS | lx.HOW_FILLER | lx.CONFUSED_WORDS


def language_of_a_thing(p: Parse) -> bool:
    """Whether a language is named as the kind of a thing said after it ("free english speaking
    app", "english seekhne ka app", "hindi news channel"), not of RailBot's replies: a thing of
    `lx.LANGUAGE_THINGS` within a few words after the language's name, with no word pointing at
    RailBot before it ("ye app hindi me", "this app in hindi" name the language after the app)."""
    words = [word for item in p.items for word in item.words]
    for at, word in enumerate(words):
        if word not in lx.HINDI_WORDS and word not in lx.ENGLISH_WORDS:
            continue
        after = words[at + 1 : at + 1 + _THING_AFTER]
        if not set(after).isdisjoint(lx.LANGUAGE_THINGS) and p.words.isdisjoint(_POINTING_AT_US):
            return True
    return False


# How far after a language's name the thing it is the kind of may come ("english seekhne ka app").
_THING_AFTER: Final = 3
# Words pointing at the app in hand ("is app ko hindi me karo", "this app in english").
_POINTING_AT_US: Final = frozenset({"this", "is", "iss", "ye", "yeh", "isko", "isme", "इस", "ये"})


def _only_language(p: Parse) -> bool:
    """Whether the message only asks for a language ("hindi mein", "reply in english pls",
    "hindi bhi aati hai?"): a short message with nothing about railways in it."""
    if p.pnr or p.train or p.date or p.travel_class or p.quota or not p.words.isdisjoint(_MEANING):
        return False  # "guna meaning in english": a word to translate
    if language_of_a_thing(p):
        return False  # "free english speaking app": an app in English, not RailBot's replies
    said = 0
    for item in p.items:
        if item.kind in ("stop", "sep") or (item.kind, item.value) == ("intent", LANGUAGE):
            continue
        if item.kind in ("place", "cut") or item.value in _RAILWAY_HINTS:
            return False
        if item.kind == "intent" and not set(item.words) <= lx.LANGUAGE_FILLER:
            return False
        said += not set(item.words) <= lx.LANGUAGE_FILLER
    return said <= MAX_LANGUAGE_EXTRA


def _language_sentence(p: Parse) -> bool:
    """ "sir aap mujhse hindi me hi baat kijiye, mujhe english samajh nahi aati", "please reply
    in english from now on because i cannot read hindi well": a language asked for in a whole
    sentence, with a verb of talking or writing and nothing about railways."""
    if p.pnr or p.train or p.date or p.travel_class or p.quota or p.places or p.train_name:
        return False
    if p.hints & _RAILWAY_HINTS or p.words & (lx.RAILWAY_WORDS | _MEANING):
        return False
    return not p.words.isdisjoint(lx.LANGUAGE_VERBS)


def _language_asked_with_a_reason(p: Parse) -> bool:
    """ "talk in english please, my phone shows hindi as boxes", "English mein reply karo, office
    mein sab dekh rahe hain", "reply in english only, i am from chennai": a language asked for in
    so many words (`asked_language`) with a verb of talking or a please, beside a reason about
    anything but railways (a place only as where one is from, `_ONESELF`); never a word to
    translate ("X ko english me kya kehte hain", "how do you spell jhansi in english"), a
    language to learn, nor one to write a thing of another domain in ("hindi mein ek kavita
    likho", "write an essay in english")."""
    if LANGUAGE not in p.intents or asked_language(p) is None:
        return False
    if not p.words.isdisjoint(_COMPOSITIONS):
        return False
    if p.pnr or p.train or p.date or p.travel_class or p.quota or p.train_name:
        return False
    if p.hints & _RAILWAY_HINTS or p.words & (lx.RAILWAY_WORDS | _MEANING | lx.LEARNING_WORDS):
        return False
    if not p.words.isdisjoint(_TRANSLATING) or (p.places and p.words.isdisjoint(_ONESELF)):
        return False
    return not p.words.isdisjoint(lx.LANGUAGE_VERBS | _PLEASE)


# Things written or told in a language that are the request themselves, not a way to talk.
_COMPOSITIONS: Final = lx.word_set(
    "poem poems poetry kavita kavitayen essay essays nibandh story stories kahani kahaniyan letter"
    " patr patra chitthi application arzi arji shayari song songs gana gaana joke jokes chutkula"
    " chutkule speech bhashan paragraph article lekh caption quote quotes"
)
_TRANSLATING: Final = lx.word_set(
    "kehte kahte kehenge bolte called call how kaise kese spelling spell translate translation"
    " word shabd"
)
_PLEASE: Final = lx.word_set("please pls plz switch")


def _general_ticket(p: Parse) -> bool:
    """ "bareilly delhi general ticket": the unreserved class has no seats to look up, so a
    question about it is about its fare; "12952 2a kitna" asks how much a class costs."""
    if SEAT_AVAILABILITY in p.intents:
        return False
    if p.travel_class == "2S":
        # "लेडीज कोटा में 12024 में सेकंड सिटिंग मिलेगी": a quota's or a train's reserved second
        # sitting to be had is its seats
        return not (p.quota or p.train) or p.words.isdisjoint(_HAD)
    seats = p.words & (lx.FULL_WORDS | lx.SEAT_NOUNS)  # "3ac kitna full hai": its seats
    return p.travel_class is not None and not p.words.isdisjoint(_HOW_MUCH_ONE) and not seats


# Getting a seat ("milegi", "mil jayegi"): said of a class, its seats.
_HAD: Final = frozenset({"milegi", "milega", "milenge", "mil", "milti", "milta", "milengi"})
# "How much", said of one thing ("kitna"): "kitni", "kitne" count seats as often as rupees.
_HOW_MUCH_ONE: Final = frozenset({"kitna", "kitta", "kitana"})


# Hindi verbs of stopping beside "sab" ("सब रोक दो"), and what else such a message says: what is
# sent, "any", "now" ("ab koi message mat bhejna").
_STOP_ALL_HINDI: Final = frozenset({"band", "bandh", "rok", "roko", "mat"})
_STOP_ALL_COMPANY: Final = frozenset(
    {"rok", "roko", "de", "koi", "bhi", "bhejna", "bhejo", "bhejiye", "message", "messages",
     "msg", "sms", "ji", "bhai"}
)  # fmt: skip


# A journey said to be over, the reason given beside stopping alerts ("सफ़र पूरा हो गया, अलर्ट
# बंद करो", "yatra khatm ho gai alert hata do", "ghar pahunch gaya alert band kar do").
_JOURNEY_NOUNS: Final = frozenset(
    {"safar", "saphar", "safr", "yatra", "journey", "trip", "travel", "ghar", "home"}
)
_JOURNEY_OVER: Final = frozenset(
    {"pura", "puri", "poora", "poori", "khatam", "khatm", "khtm", "khatma", "samapt", "over",
     "done", "complete", "completed", "finished", "ho", "gaya", "gayi", "gai", "gaye", "hua",
     "hui", "pahunch", "pahuch", "pahunche", "pahuncha", "reached"}
)  # fmt: skip


def journey_over(p: Parse) -> frozenset[str]:
    """The words telling a journey is over, when the message says one is (else none)."""
    return _JOURNEY_OVER if p.words & _JOURNEY_NOUNS and p.words & lx.ALERT_STOP else frozenset()


def _group_total(p: Parse) -> bool:
    """Whether what a group pays together is asked ("3 log total kitna hoga", "hum 2 hain ...
    total kitna", "how much in all for 4 people"): a count of travellers, a word of the whole
    and a word of how much, with no booking of one's own."""
    words = p.words
    return (
        p.passengers is not None
        and p.pnr is None
        and bool(not words.isdisjoint(_WHOLE) or _IN_ALL.search(p.raw.lower()))
        and not words.isdisjoint(_HOW_MUCH)
    )


_WHOLE: Final = frozenset({"total", "kul", "altogether", "overall", "milake", "milakar"})
_IN_ALL: Final = re.compile(r"\bin all\b")
_HOW_MUCH: Final = frozenset(
    {"kitna", "kitne", "kitni", "kitta", "much", "cost", "costs", "amount", "paisa", "paise"}
)


def _stops_every_alert(p: Parse) -> bool:
    """Whether a clause of its own stops alerts, with no PNR or train said, and the message says
    why: every alert stopped ("stop all alerts, trip done", "band karo saare alerts, pahunch
    gaye"), or the journey told over beside them ("trip over, please stop alerts", "ghar
    pahunch gaya alert band kar do", "journey finished unsubscribe"). Whatever else the message
    says is the reason for it."""
    if p.pnr is not None or p.train is not None:
        return False
    over = (not p.words.isdisjoint(_JOURNEY_NOUNS) and not p.words.isdisjoint(_JOURNEY_OVER))
    for clause, _ in _clauses(p):
        words = {word for said in clause for word in said.words}
        alerts = any(said.value == HINT_ALERT for said in clause)
        stops = words & lx.ALERT_STOP and words.isdisjoint(_NOT_STOP)
        if alerts and stops and (over or not words.isdisjoint(lx.ALERT_ALL)):
            return True
    return False


# Words that keep a clause with a stop word from stopping ("don't stop all alerts").
_NOT_STOP: Final = frozenset({"dont", "not", "never", "keep", "rakho", "continue"})


def _only_stop_all(p: Parse) -> bool:
    """Whether the message only says to stop everything ("stop all", "unsubscribe all pls",
    "sab band kar do")."""
    if p.words.isdisjoint(lx.ALERT_ALL) or p.hints or p.places:
        return False
    said = p.words - (lx.ALERT_STOP | lx.ALERT_ALL | lx.POLITE_WORDS | _DO_IT)
    return not said - _STOP_ALL_COMPANY


# What goes with a verb told ("band kar do", "बंद कर दीजिए", "sab kuch"): nothing of its own.
_DO_IT: Final = frozenset(
    {"karo", "kar", "kr", "kro", "do", "dijiye", "dijie", "dena", "den", "karein", "karen",
     "kijiye", "kijie", "kuch", "kuchh", "ab", "abhi", "now", "please"}
)  # fmt: skip


def _with_places(p: Parse, places: list[Item]) -> Intent:
    if _general_ticket(p):
        return FARE
    if len(places) >= 2 or _has(places, "to"):
        return SEAT_AVAILABILITY if p.travel_class or p.quota else TRAINS_BETWEEN
    only = places[0]
    if p.travel_class or p.quota:
        return SEAT_AVAILABILITY
    today = p.date is None or _said_today(p)  # "bhopal se aaj raat jaane wali trains"
    leaving = only.role in ("from", "at") and today and CONN_DST in p.conns
    if leaving and not {CONN_TO, CONN_PAIR} & p.conns:
        return DEPARTURES  # "bhopal se jaane wali gaadiyan": trains leaving Bhopal
    going = {CONN_TO, CONN_PAIR, CONN_DST} & p.conns
    said_from = {CONN_FROM, CONN_SRC, CONN_AT} & p.conns
    if said_from and p.date is not None and _said_today(p) and not going:
        return DEPARTURES  # "trains from bhopal tonight": its board, not a journey
    if p.date is not None or {CONN_TO, CONN_PAIR, CONN_DST} & p.conns:
        # One place and a day ("mumbai kal"), or a way to somewhere we could not name ("howrah
        # to digha"): a journey.
        return TRAINS_BETWEEN
    if {HINT_TRAIN, HINT_TRAINS} & p.hints or {CONN_AT, CONN_FROM, CONN_SRC} & (
        p.conns
    ):
        return DEPARTURES
    if any(item.kind == "word" for item in p.items):
        return UNKNOWN  # a place among words we do not know: not a question about it
    place = only.place
    if place is not None and place.reason == "code" and (p.hints <= {HINT_WHAT}):
        return STATION_BY_CODE
    return STATION_BY_NAME


def _said_today(p: Parse) -> bool:
    """Whether the day the message names is today, in words ("aaj", "tonight")."""
    return any(RELATIVE_DAYS.get(word) == 0 for word in p.words)


def _has(places: list[Item], role: str) -> bool:
    return any(item.role == role for item in places)


def unknown_code(p: Parse) -> str | None:
    """The one unknown word written like a station code (2-5 capital letters), if any."""
    words = [item for item in p.items if item.kind == "word"]
    if len(words) != 1 or p.shouting:
        return None
    typed = p.words_of(words[0])
    return typed if _CODE_TYPED.fullmatch(typed) else None


# Words any question has beside a railway word ("running late for office", "route kaise dekhe").
_EVERYDAY: Final = frozenset(
    {"for", "of", "the", "my", "ka", "ki", "ke", "se", "me", "mein", "is", "are", "hai", "h"}
)


def railway_own(p: Parse) -> bool:
    """Whether the message says something only railways have: a PNR, a train by number or
    name, a class, a quota, a station code, a word of railways alone ("irctc", "tatkal", "pnr",
    "berth"), a journey between places, or a railway keyword that is not an everyday word too
    ("running status", "rukti hai"). Without any, its railway words ("ticket", "coach",
    "platform", "track") may be meant in their everyday sense (`lexicon.OTHER_SENSES`)."""
    if p.pnr or p.train or p.train_name:
        return True
    at_once = _tatkal_at_once(p)
    if (p.travel_class or (p.quota and not at_once)) and not _classed_in_everyday_words(p):
        return True
    places = [item for item in p.places if item.role != "via"]
    if any(_typed_code(p, item) for item in places):
        return True
    if len(places) >= 2 or (places and p.unfound) or unknown_code(p) is not None:
        # a journey ("kolkata to delhi", "howrah to digha"), or a code asked about ("XYZQ")
        return True
    if _nearest_station(p, places):
        return True  # "shirdi ka sabse najdiki station": which station serves a place
    evidence = _EVIDENCE_BUT_TATKAL if at_once else _EVIDENCE
    if not p.words.isdisjoint(evidence) or _RAILWAY_PAIRS.said_in(p.words):
        return True  # "irctc", "tatkal"; "platform ticket online kaise milega"
    if "boarding" in p.words and not p.words.isdisjoint(_BOARDING_PLACES):
        return True  # "boarding station change kaise kare": a booking's boarding point
    if CANCELLED_TRAINS in p.intents and not p.words.isdisjoint(_MANY_TRAINS):
        return True  # "bahut trainen cancel hain": trains cancelled, no event's cancelling
    if _chart_made_asked(p):
        return True  # "chart ban gaya kya bhai": a booking's chart, nothing else said
    return any(
        item.kind == "intent"
        and item.words in lx.RAILWAY_KEYWORDS
        and not set(item.words) <= lx.OTHER_SENSES | lx.QUESTION_WORDS | _EVERYDAY
        for item in p.items
    )


def _chart_made_asked(p: Parse) -> bool:
    """Whether the message asks only whether the chart is out ("chart ban gaya kya bhai", "चार्ट
    बन गया क्या", "chart nikla?"): a booking's chart, no word of another chart's beside it
    ("excel me chart ban gaya", "kundli chart ban gaya kya")."""
    if not _CHART_MADE.said_in(p.words):
        return False
    return all(item.kind != "word" or set(item.words) <= _CHART_WORDS for item in p.items)


_CHART_MADE: Final = lx.Phrases(lx.CHART_MADE_GROUPS)
_CHART_WORDS: Final = frozenset().union(*lx.CHART_MADE_GROUPS) | lx.CHART_MADE_AROUND


def anchored(p: Parse) -> bool:
    """Whether the message holds an anchor in railways besides places: what only railways have
    (`railway_own`, but a journey between places, which roads and couriers have too), or a
    train said ("train", "gaadi", "express"). Without one, places and a fare's or a time's
    words may be a truck's, a courier's, a shrine's ("goods truck rate delhi to ludhiana")."""
    if p.hints & _TRAIN_HINTS or p.words & lx.TRAIN_NOUNS or (p.places and p.unfound):
        return True  # "Howrah to Digha?": a journey to a place not found is a journey still
    if p.places and not p.words.isdisjoint(_RAILWAY_ROLES):
        return True  # "panvel se kurla harbour line local", "help at platform at bhopal"
    return railway_own(p.without_places()) or any(_typed_code(p, item) for item in p.places)


# Words that give a place named beside them a railway's role: a kind of train that is no
# everyday word, a local, a station, a platform.
_RAILWAY_ROLES: Final = (lx.TRAIN_KINDS - lx.TRAIN_TYPES) | lx.word_set(
    "local locals station stations stn junction jn platform platforms"
)

_RAILWAY_PAIRS: Final = lx.Phrases(lx.RAILWAY_PAIRS)
# Trains in the plural ("trains", "gaadiyan", "trainen"), not a list of anything.
_MANY_TRAINS: Final = lx.TRAIN_NOUNS & lx.PLURAL_TRAINS


def tatkal_at_once(p: Parse) -> bool:
    """`_tatkal_at_once`, for weighing such a message without its "tatkal"."""
    return _tatkal_at_once(p)


# "tatkal" as written, in either script, taken out of a message that says it as "at once".
TATKAL_WRITTEN: Final = re.compile(r"tatk\w*l|तत्काल", re.IGNORECASE)


def _tatkal_at_once(p: Parse) -> bool:
    """Whether "tatkal" is said in its everyday sense, at once ("tatkal paisa chahiye", "ghar pe
    tatkal me kya banaye"): no class, ticket, seat, fare, booking or other railway word beside it,
    nor its opening time ("tatkal kab khulta hai")."""
    if p.quota != "TQ" or p.words.isdisjoint(_TATKAL) or p.travel_class:
        return False
    return p.words.isdisjoint(_CLASS_COMPANIONS | _TATKAL_COMPANIONS | (lx.RAILWAY_WORDS - _TATKAL))


_TATKAL: Final = frozenset({"tatkal", "tatkaal", "tatkall", "tatkl", "तत्काल"})
# Words only railway questions have ("irctc", "tatkal"), and those but "tatkal" said as at once.
_EVIDENCE: Final = lx.RAILWAY_EVIDENCE - lx.OTHER_SENSES
_EVIDENCE_BUT_TATKAL: Final = _EVIDENCE - _TATKAL
# What a Tatkal booking is asked with: its fare, its opening, its rules.
_TATKAL_COMPANIONS: Final = frozenset(
    {"book", "booking", "bookings", "fare", "fares", "kiraya", "bhada", "charge", "charges",
     "khulta", "khulti", "khulega", "open", "opens", "opening", "window", "timing", "time",
     "rules", "niyam", "agent", "reservation", "quota", "kota"}
)  # fmt: skip


def _classed_in_everyday_words(p: Parse) -> bool:
    """Whether the class or quota the message was read to name was said only in words that are
    everyday words too ("gift ideas for women", "senior citizen pension", "general knowledge"),
    never a code, a digit or a word of railways alone ("sl", "3a", "ac", "tatkal")."""
    said = p.words & (CLASS_WORDS | QUOTA_WORDS)
    if not said or not said <= lx.EVERYDAY_CLASS_WORDS or not p.words.isdisjoint(_CLASS_COMPANIONS):
        return False  # "general ticket", "ladies coach", "senior citizen quota": a railway's
    return not any(ch.isdigit() for word in p.words for ch in word)


# Nouns a class or quota is a railway's with ("general ticket", "ladies coach", "sitting seat").
_CLASS_COMPANIONS: Final = (
    lx.TICKET_WORDS
    | lx.SEAT_NOUNS
    | frozenset(
        {"class", "quota", "kota", "coach", "coaches", "compartment", "dabba", "dibba", "bogie",
         "concession", "tier"}
    )
)  # fmt: skip


# What one boards at: with "boarding", a booking's own ("boarding point", "boarding stn").
_BOARDING_PLACES: Final = frozenset({"station", "stn", "point", "stesan", "pnr", "ticket"})


def _typed_code(p: Parse, item: Item) -> bool:
    """Whether a place was given by its station code in capitals ("NDLS"), not a word that is
    also one ("bjp", "pen")."""
    return item.place is not None and item.place.reason == "code" and p.words_of(item).isupper()


def _going_said(p: Parse) -> bool:
    """Whether a connector of going is said ("jaane wali", "tak", "ko"), not only "ke liye",
    nor "ko" marking what a command is done to ("train ko rok do")."""
    items = p.items
    return any(
        item.kind == "conn"
        and item.value == CONN_DST
        and item.words not in _FOR
        and not (item.words == ("ko",) and _commanded(items, at + 1))
        for at, item in enumerate(items)
    )


def _commanded(items: list[Item], at: int) -> bool:
    """Whether items[at] is a command of filler ("rok do", "ruk jao"), ending the message."""
    return at == len(items) - 1 and items[at].kind == "stop" and items[at].words[-1] in _TELLING


# The helping verbs of a command ("rok do", "ruk jao", "rok dijiye").
_TELLING: Final = frozenset({"do", "dijiye", "dijie", "lo", "dena", "jao", "jaao", "ja", "jaiye"})


# "ke liye": what something is for ("जानकारी के लिए"), which says no train goes anywhere.
_FOR: Final = frozenset({("ke", "liye"), ("ke", "lie"), ("ke", "liya")})


def _two_ends(places: list[Item]) -> bool:
    """Whether a journey's two ends are named, two stations apart ("दिल्ली से मुंबई"), not one
    station's names side by side ("लखनऊ चारबाग")."""
    start = next((item for item in places if item.role == "from"), None)
    end = next((item for item in places if item.role == "to"), None)
    if start is None or end is None or start.place is None or end.place is None:
        return False
    return not set(start.place.codes) & set(end.place.codes)


def windowed_board(p: Parse) -> Intent | None:
    """The board a window of clock times beside one station asks for ("नागपुर स्टेशन पर शाम 7 से 9
    के बीच कौन सी ट्रेनें आती हैं", "पटना से दोपहर 2 से शाम 6 के बीच"): its arrivals or its
    departures, never a journey whose "from ... to" are the clock's ("से ... के बीच"). None
    when a train, a PNR, or a place the trains go to is said."""
    places = [item for item in p.places if item.role != "via"]
    if p.train is not None or p.pnr is not None or len(places) != 1:
        return None
    if places[0].role not in ("at", "from"):
        return None  # "शाम 5 से 8 के बीच दिल्ली जाने वाली": a journey to Delhi
    return ARRIVALS if _coming(p) else DEPARTURES


def _coming(p: Parse) -> bool:
    """Whether the message asks for trains coming in ("come into", "aane wali"), not leaving."""
    return not p.words.isdisjoint(lx.COMING_VERBS) and p.words.isdisjoint(lx.DEPARTING_WORDS)


def _code_to_book_with(p: Parse, kw: set[Intent], places: list[Item]) -> bool:
    """ "which code do I enter for gwalior when booking", "टिकट बुक करते समय ग्वालियर का कोड":
    a station's code asked to book with is the station's code, which RailBot tells; the booking
    itself stays the traveller's."""
    return task(p) == "booking" and STATION_BY_NAME in kw and bool(places)


def _doubt_then_term(p: Parse) -> bool:
    """Whether a practical doubt about a railway word is followed by its meaning asked ("do i
    get a full berth in RAC? what is RAC exactly", "PQWL वाला टिकट कन्फर्म होगा? PQWL है क्या"):
    the word explained, not the booking in hand."""
    if p.pnr is not None or p.train is not None or "?" not in p.raw:
        return False
    terms = explained_terms(p)
    return bool(terms) and terms[0] == term_asked_last(p)


def _trains_name_asked(p: Parse, places: list[Item]) -> bool:
    """Whether a numbered train's name is asked ("12951 ka naam kya hai", "17031 किस नाम से
    चलती है", "what is 12002 called", "12555 ko kya kehte hain"): the train's timetable, which
    names it, not where it is now; never a traveller's name on a ticket ("12627 me naam galat
    chhapa": a booking's)."""
    if p.train is None or p.pnr is not None or places or task(p) is not None:
        return False
    if not p.intents.isdisjoint({TRAIN_ROUTE, STOPS_AT}):
        return False  # "13019 कहाँ कहाँ रुकती है, सबका नाम": the names of its stops, its route
    return not p.words.isdisjoint(_TRAINS_NAME) and p.words.isdisjoint(_NAME_ON_A_TICKET)


# Words asking what a thing is called ("naam", "name", "called", "कहते").
_TRAINS_NAME: Final = frozenset({"naam", "nam", "name", "called", "kehte", "kahte", "kehlati"})
# A name on a ticket or a traveller's, not the train's.
_NAME_ON_A_TICKET: Final = frozenset(
    {"galat", "wrong", "passenger", "yatri", "mera", "my", "change", "badalna", "spelling",
     "ticket", "pnr", "apna", "your", "aapka", "tumhara"}
)  # fmt: skip


def _station_to_enter(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks what to write for one station in a form ("what to put in
    boarding station for aligarh", "what do i type in the from box for kanpur", "jhansi ke liye
    kya likhu"): its code, as a booking form wants it; not a journey (no train, no day)."""
    if len(places) != 1 or p.train is not None or p.train_name is not None or p.date is not None:
        return False
    return (not p.words.isdisjoint(_ENTER_VERBS) and not p.words.isdisjoint(_WHAT_TO))


def _nearest_station(p: Parse, places: list[Item]) -> bool:
    """Whether the message asks which station is nearest to one place ("nearest railway station
    to shirdi", "shirdi ka sabse najdiki station"): that place's station, not trains to it; no
    train, day or class said. (A police or metro station nearest is another topic's.)"""
    return len(places) == 1 and _nearest_asked(p)


def _nearest_asked(p: Parse) -> bool:
    """Whether a station nearest somewhere is asked, with no train, day or class said."""
    if p.train is not None or p.train_name is not None or p.date is not None:
        return False
    trains = {HINT_TRAIN, HINT_TRAINS} & p.hints and not _TRAIN_STATION.search(p.raw.lower())
    if p.travel_class or p.quota or trains:
        return False  # "nearest station for the rajdhani"; a "train station" is a station
    nearest = p.words & _NEAREST or ("sabse" in p.words and p.words & _CLOSE)
    if not nearest and "near" in p.words and _NEAR_ME.search(p.raw) is not None:
        nearest = {"near"}  # "railway station near me", "station near by"
    if not nearest and not p.words.isdisjoint(_CLOSE):
        return _close_station(p)  # "mere paas wala station", "मेरे पास का स्टेशन"
    return bool(nearest and not p.words.isdisjoint(lx.STATION_WORDS))


def _close_station(p: Parse) -> bool:
    """Whether "near" is said of a station, right before it ("paas wala station", "पास का
    स्टेशन", "kareeb ka station"): the station nearest the speaker; not "station ke paas" (near
    a station: something else there) nor "mere paas ticket hai" (had, not near)."""
    words = [word for item in p.items for word in item.words]
    for at, word in enumerate(words[:-1]):
        if word not in _CLOSE:
            continue
        after = words[at + 1 : at + 4]
        if after[0] not in _CLOSE_JOINS:
            continue  # "mere paas station ka naam nahi": what one has
        if after[1:2] and after[1] in _RAIL_WORDS:
            after = after[1:]  # "paas ka railway station"
        if after[1:2] and after[1] in lx.STATION_WORDS:
            return True
    return False


def nearest_station_here(p: Parse) -> bool:
    """Whether the station nearest the traveller is asked with no place named ("nearest railway
    station", "sabse paas ka station kaun sa hai", "नज़दीकी स्टेशन"): where they are is not known
    until they share their location or name their town."""
    if p.places or p.unfound or p.pnr is not None or OUT_OF_SCOPE in p.intents:
        return False  # "nearest police station": another kind of station
    return _nearest_asked(p)


_TRAIN_STATION: Final = re.compile(r"\btrain\s+station\b")
# "sabse paas", "sabse kareeb": nearest, said in two words.
_CLOSE: Final = frozenset({"paas", "pass", "pas", "kareeb", "karib", "qareeb", "najdik", "nazdik"})
# "paas wala", "पास का" (read "pas ka"): what joins "near" to the station it is said of.
_NEAR_ME: Final = re.compile(r"\bnear\s+(?:me|by|my\s+(?:location|place|home|house))\b", re.I)
_RAIL_WORDS: Final = frozenset({"railway", "rail", "railwe", "relve", "relway", "rly"})
_CLOSE_JOINS: Final = frozenset(
    {"wala", "wali", "vala", "waala", "ka", "ki", "ke", "vaala", "wale", "vale"}
)
_NEAREST: Final = frozenset(
    {"nearest", "closest", "nearby", "najdiki", "nazdiki", "najdeeki", "nazdeeki", "najdik",
     "nazdik", "najdeek", "nazdeek", "nikatam"}
)  # fmt: skip


# Verbs of writing into a form ("put", "type", "daalu", "likhna") and words asking what to.
_ENTER_VERBS: Final = frozenset(
    {"put", "enter", "type", "fill", "write", "likhu", "likhun", "likhna", "likhe", "daalu",
     "dalu", "daalun", "dalun", "dalna", "daalna", "daale", "dale", "bharu", "bharna", "bhare"}
)  # fmt: skip
_WHAT_TO: Final = frozenset({"what", "which", "kya", "kaunsa", "konsa", "kaun", "kon"})


def _which_trains(p: Parse) -> bool:
    """Whether which trains, or how many, are asked, with no train named: "which" said twice
    ("कौन कौन सी गाड़ी", "kin kin trains") or a count ("कितनी गाड़ियां"), so that a singular train
    word asks the plural. A single "कौन सी ट्रेन" asks which one (of a list just shown)."""
    trains = bool(p.hints & {HINT_TRAIN, HINT_TRAINS} or p.words & lx.TRAIN_NOUNS)
    if p.train is not None or p.train_name is not None or not trains:
        return False
    return not p.words.isdisjoint(lx.HOW_MANY) or _WHICH_TWICE.search(p.raw.lower()) is not None


def on_its_way(p: Parse, places: list[Item]) -> bool:
    """Whether one place is asked to be on a train's way, its words apart from the place
    ("beech me itarsi aata hai?", "raste me bhopal padta hai kya", "बीच में इटारसी आता है?"):
    whether the train stops there, not the trains between, nor a board."""
    if len(places) != 1 or p.pnr is not None or p.words & PLURAL_TRAINS or _which_trains(p):
        return False
    return (not p.words.isdisjoint(lx.ON_THE_WAY) and not p.words.isdisjoint(lx.COMES_ON_THE_WAY))


def _stop_asked(p: Parse) -> bool:
    """Whether a word of stopping at a place is said ("stop at", "rukti hai", "रुकती हैं", Maithili
    "रुकथि"), never the past ("ruki": `_stopped_there_asked`)."""
    return any(
        item.kind == "intent" and item.value == TRAIN_ROUTE and lx.asks_a_stop(item.words)
        for item in p.items
    )


# Unions of word sets asked of most messages, made once.
_BOT_OFFER_OR_PRAISE: Final = lx.BOT_OFFER | lx.BOT_PRAISE
_ARRIVING_OR_REACHING: Final = lx.ARRIVAL_WORDS | lx.REACHING
_GOING_OR_RUNNING: Final = lx.GO_WORDS | lx.RUN_VERBS | _RUNNING
_TRAINS_OR_STOP_LISTS: Final = PLURAL_TRAINS | lx.STOP_LISTS
_STOPPING_ALERTS: Final = lx.ALERT_STOP | _STOP_ALL_HINDI
_TICKET_OR_RAILWAY: Final = lx.TICKET_WORDS | lx.RAILWAY_WORDS
_ERASE_OR_DATA: Final = lx.ERASE_WORDS | lx.PERSONAL_DATA
_TICKET_OR_TIMING: Final = lx.TICKET_WORDS | lx.TIMING_WORDS


# What one asks of one's own booking: where one sits, whether it is confirmed, its status.
_OF_THE_BOOKING: Final = frozenset(
    {"coach", "berth", "seat", "confirm", "confirmed", "status", "chart", "sthiti", "kanfarm",
     "koch", "barth", "sit", "seet", "setus", "stetas"}
)  # fmt: skip


def _care_told(p: Parse) -> bool:
    """A need for care told beside a question of its own ("coach aur seat number bata do, pnr …,
    main wheelchair par hoon", "divyang quota seat 12430 3ac, I use a wheelchair"): the booking's
    status, the seats asked, not how the station arranges help."""
    if task(p) != "care":
        return False
    if p.pnr is not None:
        return not p.words.isdisjoint(_OF_THE_BOOKING)
    return p.train is not None and (p.quota is not None or p.travel_class is not None)


def _food_complaint(p: Parse) -> bool:
    """Whether a complaint is about the food of a journey ("the food was stale", "I want to
    complain about food quality", "खाना बहुत खराब था"), not of a restaurant or a delivery app."""
    words = p.words
    return task(p) == "complaint" and bool(words & ON_BOARD_FOOD) and not words & lx.FOOD_ELSEWHERE
