"""A message read in the light of the bot's last question: starting over, an answer that fills
the question's request, the same question asked again with more said, or a new question.

While a request waits for a detail, a reply that brings that detail, or other details of the same
request, fills them all: after "fare" asks for a station, "12627" is the train and "sbc ndls 3a"
fills three details at once; the handler then asks only for what is still missing. A bare
answer may be a value ("12627", "3rd AC", "nahi parso"), a number picking one of the options
offered, or words of one option's name ("central" for Chennai Central). A station typed alone
answers the station asked for, never the other end of the journey. Only a message that clearly
asks a question of its own (its keywords name one, or it brings a PNR) replaces the pending one.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Final

from app.bot.requests import STATION_SLOTS, Intent, Request, SlotValue
from app.bot.state import Pending
from app.bot.understanding.dates import RELATIVE_DAYS, find_dates
from app.bot.understanding.lexicon import (
    ACK_EMOJI,
    ACK_FILLER,
    ACK_PHRASES,
    ACK_WORDS,
    ANSWER_FILLERS,
    CANCEL_WORDS,
    CLASS_BY_ANSWER,
    CORRECTION_WORDS,
    FAREWELL_FILLER,
    FAREWELL_PHRASES,
    FATE_FILLER,
    FATE_OF_WHAT,
    FATE_WORDS,
    LEAVING_PAIRS,
    LEAVING_WORDS,
    MORE_FILLER,
    MORE_WORDS,
    NEXT_ALONE,
    NO_PHRASES,
    NOT_PLACES,
    OTHER_FILLER,
    OTHER_PAIRS,
    OTHER_TRAIN_NOUNS,
    OTHER_WORDS,
    OWN_TRAIN_GONE,
    RESET_PHRASES,
    SORRY_EMOJI,
    WHAT_NOW_DO,
    WHAT_NOW_FILLER,
    WHAT_NOW_NOW,
    WHAT_NOW_PHRASES,
    WHAT_NOW_WHAT,
    says_other,
)
from app.bot.understanding.members import OUT_OF_SCOPE, TRAIN_FACTS, TRAINS_BETWEEN, UNKNOWN
from app.bot.understanding.text import normal, squash
from app.bot.understanding.understood import Understood
from app.railways.stations import StationIndex
from app.railways.vocabulary import fold_digits

# A typed station answer must match this well to be taken without the understanding's word for it.
MIN_STATION_SCORE: Final = 85.0
# Besides the asked station, a station answer may name these (a name, a window of hours).
_STATION_ANSWER_KEYS: Final = frozenset({*STATION_SLOTS, "name", "hours"})
# Around an emoji, what does not change its meaning: skin tones, the emoji presentation selector,
# the joiner, spaces.
_EMOJI_DRESSING: Final = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f\u200d\\s]")
# Intents that a bare station is read as, while the bot waits for a station.
_ANSWERING: Final = frozenset({Intent.UNKNOWN, Intent.STATION_BY_NAME, Intent.STATION_BY_CODE})


# A train's name typed for "which train?" is a word or three of letters ("kaveri", "karnataka").
MAX_NAME_ANSWER_WORDS: Final = 3
MIN_NAME_ANSWER_LETTERS: Final = 4


def train_name_answer(pending: Pending, understood: Understood, text: str) -> str | None:
    """The words of a reply to "which train?" that are a train's name though no kind of train
    is said ("kaveri", "karnataka", "कावेरी"): the name to look up; None for anything else (a
    number, a station, a question of its own, "ok")."""
    if pending.asking != "train" or understood.details or understood.new_question:
        return None
    if understood.numbered or understood.pnrs or understood.pick is not None:
        return None
    if understood.asks_when:
        return None  # "kab chalegi", "कब पहुँचेगी": a question of "it", not a train's name
    if understood.request.intent not in (UNKNOWN, OUT_OF_SCOPE):
        return None
    words = normal(text).split()
    if not 1 <= len(words) <= MAX_NAME_ANSWER_WORDS or not all(w.isalpha() for w in words):
        return None
    if all(word in ANSWER_FILLERS or word in NOT_PLACES for word in words):
        return None
    if sum(len(word) for word in words) < MIN_NAME_ANSWER_LETTERS:
        return None
    return " ".join(words)


# Words said around a "never mind" that do not change it ("nahi rahne do", "अरे छोड़ो जी").
_RESET_BEFORE: Final = frozenset(
    {"no", "nahi", "nahin", "nhi", "ok", "okay", "bas", "arre", "are", "achha", "acha", "ji",
     "theek", "thik", "hai", "chalo", "sorry", "sori"}
)  # fmt: skip
_RESET_AFTER: Final = frozenset({"ji", "please", "pls", "bhai", "yaar", "yar", "na", "abhi"})


def is_reset(text: str) -> bool:
    """Whether the message says to start over ("cancel", "band karo", "never mind"), perhaps
    with a "no" or a "ji" around it ("नहीं रहने दो", "अरे छोड़ो जी")."""
    words = normal(text).split()
    while len(words) > 1 and words[0] in _RESET_BEFORE:
        words = words[1:]
    while len(words) > 1 and words[-1] in _RESET_AFTER:
        words = words[:-1]
    return " ".join(words) in RESET_PHRASES or starts_over(text)


# Starting the conversation over in other words: "let's begin again from scratch", "chalo phir
# se shuru karte hain", "नए सिरे से शुरू करो", "दोबारा शुरू कीजिए" (as `normal` romanises it).
_STARTING_OVER: Final = re.compile(
    r"\b(?:start(?:ing)?|begin(?:ning)?)\s+(?:(?:all\s+)?over|again|afresh|fresh|anew)\b"
    r"|\b(?:phir|fir|firse|phirse|dobara|dubara|dobaara|naye|nae|naye\s+sire|nae\s+sire)\s+"
    r"(?:se\s+)?(?:shuru|suru|start)\b"
    r"|\b(?:sire|shuru|suru)\s+se\s+(?:shuru|suru|start|karo|karte|karen|kijie|kijiye)\b"
)
# A start over is said in a few words; a long message asks something beside it.
_MAX_START_OVER_WORDS: Final = 12


def starts_over(text: str) -> bool:
    """Whether the message only asks to start over, in other words than a reset's set phrases:
    "let's begin again from scratch", "पहले वाली बात छोड़िए, दोबारा शुरू कीजिए"; never beside
    a number ("12951 phir se start hui?") or in a long message."""
    said = normal(text)
    if any(ch.isdigit() for ch in said) or len(said.split()) > _MAX_START_OVER_WORDS:
        return False
    return _STARTING_OVER.search(said) is not None


def is_ack(text: str) -> bool:
    """Whether the message only acknowledges what was said ("ok", "theek hai", "ठीक है", "👍")."""
    said = normal(text)
    if said:
        return said in ACK_PHRASES or _acknowledging_words(said.split())
    signs = _EMOJI_DRESSING.sub("", text)
    return bool(signs) and all(sign in ACK_EMOJI for sign in signs)


# Beside emoji, what a message of emoji alone may hold: punctuation ("❤️!!", "🙏🙏.").
_EMOJI_PUNCTUATION: Final = re.compile(r"[!?.,~*\-]")


def reaction(text: str) -> str | None:
    """How a message of emoji (or a sticker's) alone feels ("❤️", "😂", "👍🏻", "🙏🙏"): "thanks"
    (🙏), "ok" (👍, 👌, ✅), "sorry" (😡, 😢, 👎) or "glad" (anything else); None when it says
    something in words or numbers."""
    signs = _EMOJI_PUNCTUATION.sub("", _EMOJI_DRESSING.sub("", text))
    symbols = ("So", "Sk")  # emoji are symbols; skin tones, modifiers
    if not signs or not all(unicodedata.category(sign) in symbols for sign in signs):
        return None
    if any(sign in SORRY_EMOJI for sign in signs):
        return "sorry"
    if "\N{PERSON WITH FOLDED HANDS}" in signs:
        return "thanks"
    if all(sign in ACK_EMOJI for sign in signs):
        return "ok"
    return "glad"


def _acknowledging_words(words: list[str]) -> bool:
    """Whether acknowledging words with nothing but fillers around them make the message ("ok
    cool", "acha thik hai", "ok got it bhai", "ठीक है बढ़िया" as romanised)."""
    return any(word in ACK_WORDS for word in words) and all(
        word in ACK_WORDS or word in ACK_FILLER for word in words
    )


def is_no(text: str) -> bool:
    """Whether the message is a bare "no" ("no", "nahi", "नहीं", "no thanks", "kuch nahi")."""
    return normal(text) in NO_PHRASES


def is_farewell(text: str) -> bool:
    """Whether the message only says goodbye ("bye", "ok thanks bye", "अलविदा", "ok baad me
    dekhta hu", "that's all for now", "ठीक है, चलता हूँ")."""
    said = normal(text)
    if said in FAREWELL_PHRASES:
        return True
    words = set(said.split())
    leaving = not words.isdisjoint(LEAVING_WORDS) or any(pair <= words for pair in LEAVING_PAIRS)
    return leaving and words <= LEAVING_WORDS | FAREWELL_FILLER


def asks_other_trains(text: str) -> bool:
    """Whether the message only asks for other trains ("any other train?", "koi aur train",
    "दूसरी ट्रेन बताओ"), perhaps after saying what went wrong with one's own and on a day ("meri
    train cancel ho gayi, koi dusri train kal?"), or asking one that runs ("koi aur train hai jo
    cancel nahi hai"), or an alternative ("is there any alternative?", "koi vikalp hai?"): the
    word for "other", a word for trains, nothing else said."""
    words = set(normal(text).split())
    if not (says_other(words) or not words.isdisjoint(_ALTERNATIVES)):
        return False
    if words.isdisjoint(OTHER_TRAIN_NOUNS | _ALTERNATIVES):
        return False
    return words <= _OTHER_TRAINS_SAID


# "Is there any alternative?", "koi vikalp hai?": an alternative is another train to take.
_ALTERNATIVES: Final = frozenset(
    {"alternative", "alternatives", "alternate", "vikalp", "vikalpa", "विकल्प"}
)
# Which the other train should be: one that runs ("koi aur train hai jo cancel nahi hai", "any
# other train that is running", "कोई और ट्रेन जो चल रही हो").
_THAT_RUNS: Final = frozenset(
    {"jo", "that", "which", "running", "runs", "run", "chal", "chalu", "rahi", "raha", "ho",
     "cancelled", "canceled", "radd", "जो", "चल", "रही", "चालू", "रद्द"}
)  # fmt: skip

# In the place of the one in hand: "another train instead", "instead of this one", "iski jagah
# koi aur train", "iske badle", "इसकी जगह कोई दूसरी ट्रेन" (Devanagari read in Latin letters).
_IN_ITS_PLACE: Final = frozenset(
    {"instead", "of", "this", "that", "one", "it", "rather", "jagah", "jageh", "badle", "badale",
     "iski", "uski", "iske", "uske", "is", "us", "ki", "ke"}
)  # fmt: skip

_OTHER_TRAINS_SAID: Final = (
    OTHER_WORDS
    | OTHER_TRAIN_NOUNS
    | _ALTERNATIVES
    | _THAT_RUNS
    | OTHER_FILLER
    | {word for pair in OTHER_PAIRS for word in pair}
    | OWN_TRAIN_GONE
    | {day for day in RELATIVE_DAYS if " " not in day}
    | _IN_ITS_PLACE
)


def asks_instead_of_cancelled(text: str) -> bool:
    """Whether the message asks what to take instead of a cancelled train ("cancel wali ka koi
    dusra option", "any alternative for the cancelled one?", "रद्द वाली की जगह कौन सी ट्रेन",
    "jo cancel hui uske badle koi train"): a word of cancelling and a word of another or in its
    place, with no number."""
    words = set(normal(text).split())
    if words.isdisjoint(CANCEL_WORDS) or any(word.isdigit() for word in words):
        return False
    instead = not words.isdisjoint(_INSTEAD) or not words.isdisjoint(_ALTERNATIVES)
    other = says_other(words) and not words.isdisjoint(OTHER_TRAIN_NOUNS)
    return instead or other


def asks_in_its_place(text: str) -> bool:
    """Whether the message asks for a train in the place of one ("kerala express ki jagah koi
    aur train", "another train instead of the kerala express", "केरल एक्सप्रेस की जगह कौन सी"):
    a word of in its place, or another train, with no number; which train it names is the
    conversation's to tell."""
    words = set(normal(text).split())
    if any(word.isdigit() for word in words):
        return False
    instead = not words.isdisjoint(_INSTEAD) or not words.isdisjoint(_ALTERNATIVES)
    return instead or (says_other(words) and not words.isdisjoint(OTHER_TRAIN_NOUNS))


def asks_without_cancelled(text: str) -> bool:
    """Whether the message asks for the list on screen without its cancelled train ("ignore the
    cancelled one, show the other", "cancel wali chhodo", "रद्द वाली छोड़ो, बाकी दिखाओ"): a word
    of cancelling and one of leaving it out, with no number."""
    words = set(normal(text).split())
    if words.isdisjoint(CANCEL_WORDS) or any(word.isdigit() for word in words):
        return False
    return not words.isdisjoint(_LEAVE_OUT)


# Leaving one out: "ignore", "skip", "except", "chhodo", "ke alawa", "छोड़ो", "के अलावा".
_LEAVE_OUT: Final = frozenset(
    {"ignore", "skip", "except", "excluding", "exclude", "without", "besides", "chhodo", "chodo",
     "chhod", "chod", "chhodkar", "chodkar", "alawa", "alava", "siwa", "sivay",
     "छोड़ो", "छोड़", "छोड़कर", "छोडो", "छोड", "अलावा", "सिवा"}
)  # fmt: skip


# "In its place": "instead", "ki jagah", "ke badle", "की जगह", "के बदले", an option.
_INSTEAD: Final = frozenset(
    {"instead", "replacement", "substitute", "jagah", "jageh", "badle", "badale", "option",
     "options", "alternate", "जगह", "बदले"}
)  # fmt: skip


def asks_when_it_runs_again(text: str) -> bool:
    """Whether the message asks when a train runs (again), naming no train or day ("kab
    chalegi phir?", "then when does it run?", "next run kab hai", "फिर कब चलेगी?"): after a
    run the railway cancelled, its next run that is not."""
    words = set(normal(text).split())
    if any(any(char.isdigit() for char in word) for word in words):
        return False
    return not words.isdisjoint(_WHEN) and not words.isdisjoint(_RUNS)


# "When": "when", "kab", "कब", "what day".
_WHEN: Final = frozenset({"when", "kab", "kb", "kabse", "कब", "कबसे"})
# Running: "run", "chalegi", "start", "चलेगी", "शुरू".
_RUNS: Final = frozenset(
    {"run", "runs", "running", "resume", "resumes", "restart", "restarts", "operate", "operates",
     "chalegi", "chalega", "chalengi", "chalti", "chalta", "chal", "chalu", "chaalu", "shuru",
     "niklegi", "jayegi", "jaegi", "चलेगी", "चलेगा", "चलती", "चलता", "चलेंगी", "निकलेगी", "शुरू",
     "चालू"}
)  # fmt: skip


def asks_more(text: str) -> bool:
    """Whether the message only asks for more of the list on screen ("more trains", "aur
    dikhao", "और ट्रेनें", "next page"): a word for more, nothing but trains and asking besides."""
    words = set(normal(text).split())
    if words.isdisjoint(MORE_WORDS):
        return False
    return words <= MORE_WORDS | MORE_FILLER | OTHER_TRAIN_NOUNS


def asks_more_stops(text: str) -> bool:
    """Whether the message only asks for more of a train's stops on screen ("more", "aur",
    "more stops", "और स्टेशन दिखाओ")."""
    if asks_more(text):
        return True
    words = set(normal(text).split())
    if words.isdisjoint(MORE_WORDS):
        return False
    return words <= MORE_WORDS | MORE_FILLER | _STOP_NOUNS


# What the stops of a route are called ("more stops", "aur station", "और स्टेशन").
_STOP_NOUNS: Final = frozenset({"stop", "stops", "station", "stations", "stn", "स्टेशन"})


def asks_next_alone(text: str) -> bool:
    """Whether the message is only "next?" ("agla?", "aage?", "अगला?", "next one?", "and
    then?"): after a station's board, its trains after those shown."""
    words = set(normal(text).split())
    if words.isdisjoint(NEXT_ALONE):
        return False
    return words <= NEXT_ALONE | _NEXT_FILLER


# What "next?" may be said with ("next one?", "and then?", "aur aage?", "aage kya hai").
_NEXT_FILLER: Final = frozenset(
    {"one", "ones", "and", "aur", "what", "kya", "hai", "please", "pls", "batao", "dikhao", "और",
     "क्या", "है", "बताओ", "दिखाओ"}
)  # fmt: skip


def asks_what_now(text: str) -> bool:
    """Whether the message asks what to do now ("what should I do now", "ab kya karu", "what
    do we do now", "मुझे अब क्या करना चाहिए")."""
    said = normal(text)
    if said in WHAT_NOW_PHRASES:
        return True
    words = set(said.split())
    if words & WHAT_NOW_WHAT and words & _NOW and words <= WHAT_NOW_WHAT | _NOW | _LEADS_ON:
        return True  # "so what now", "ok now what?", "toh ab kya": what now, led on from before
    if not (words & WHAT_NOW_WHAT and words & WHAT_NOW_DO and words & WHAT_NOW_NOW):
        return False
    return words <= WHAT_NOW_WHAT | WHAT_NOW_DO | WHAT_NOW_NOW | WHAT_NOW_FILLER


# "Now" alone beside "what" ("so what now"), and the words that lead on from an answer to it.
_NOW: Final = frozenset({"now", "ab", "then"})
_LEADS_ON: Final = frozenset(
    {"so", "ok", "okay", "toh", "to", "and", "aur", "acha", "accha", "achha", "theek", "thik",
     "hai", "then", "is", "happens"}
)  # fmt: skip


def asks_ticket_fate(text: str) -> bool:
    """Whether the message only asks what becomes of one's ticket or money ("what happens to my
    ticket?", "mera paisa wapas milega?", "टिकट का क्या होगा", "will i get my money back")."""
    words = set(normal(text).split())
    if not (not words.isdisjoint(FATE_OF_WHAT) and not words.isdisjoint(FATE_WORDS)):
        return False
    if words & FATE_WORDS <= _PRICE_ASKED and words & FATE_OF_WHAT <= _PRICE_NOUNS:
        return False  # "what about the fare?", "किराया क्या होगा": the fare, not its fate
    return words <= FATE_OF_WHAT | FATE_WORDS | FATE_FILLER


# What a ticket costs ("fare", "किराया"): "what about" it asks its price.
_PRICE_NOUNS: Final = frozenset({"fare", "amount", "rupees", "rupaye", "kiraya", "किराया"})
# The words of fate that, beside a price, ask the price ("what about", "kya hoga").
_PRICE_ASKED: Final = frozenset({"about", "hoga", "hogi", "होगा", "होगी"})


def follow_up(
    pending: Pending, understood: Understood, text: str, *, today: dt.date, index: StationIndex
) -> Request | None:
    """The request a message makes while the bot waits for `pending.asking`.

    Fills the pending question when the message answers it (a bare answer, details of the same
    request, or the same kind of question); a different whole question replaces it; None when
    the message does neither.
    """
    request = understood.request
    if _a_board_instead(pending, understood):
        # "trains from agra" while asked where to: that station's board; "in the next 3 hours",
        # "अगले ३ घंटे में" names none: the board of the station the journey starts at
        start = pending.request.slots.get("from")
        if not request.slots.get("station") and start:
            return request.with_slots({"station": start})
        return request
    if _asks_whether_it_runs(pending, understood):
        return request  # "does it run on sunday?" while asked which class: a yes or no of its own
    value = answer_value(pending, understood, text, today=today, index=index)
    if request.intent == pending.request.intent:
        slots = dict(request.slots)
        if pending.asking in STATION_SLOTS and "station" in understood.details:
            # One station, typed without "from" or "to": the one asked for, never the other end.
            for end in ("from", "to"):
                slots.pop(end, None)
        merged = pending.request.with_slots({**slots, **_renamed(pending, understood)})
        if value is not None and pending.asking not in slots:
            merged = merged.with_slots({pending.asking: value})
        return merged
    if not understood.new_question:
        filled = _fill(pending, understood, value)
        if filled is not None:
            return filled
    if _trains_of_a_journey_instead(pending, understood):
        return request  # "which trains go from bengaluru to delhi?" while a fare asks from where
    answers = request.intent in _ANSWERING or pending.asking in STATION_SLOTS or _bare(text)
    if value is not None and _only_answers(pending.asking, request.slots) and answers:
        return pending.filled(value)
    if request.intent == UNKNOWN:
        return None
    return _carried(pending.request, request)


# What a station's board is asked with besides its station: trains, a window of hours, a way.
_BOARDS: Final = frozenset({Intent.DEPARTURES, Intent.ARRIVALS})


def _a_board_instead(pending: Pending, understood: Understood) -> bool:
    """Whether a message typed while the bot asks where a journey goes is a station's board of
    its own ("trains from agra", "agra se agle 2 ghante ki trains", "आगरा से ट्रेनें"): it names
    trains (or a window, or says departures) at a station and no place to go; a station alone,
    or "from agra", is still a detail of the journey asked about."""
    if pending.asking != "to" or pending.request.intent != TRAINS_BETWEEN:
        return False
    if understood.request.intent not in _BOARDS or "to" in understood.details:
        return False
    return understood.train_word or bool(understood.keywords) or "hours" in understood.details


def _trains_of_a_journey_instead(pending: Pending, understood: Understood) -> bool:
    """Whether a message typed while another question waits for a detail asks the trains of a
    whole journey of its own ("which trains go from bengaluru to delhi?", "bangalore se delhi ki
    trains"): both ends and trains said, a question of its own; "sbc to ndls" alone still
    answers the question asked."""
    request = understood.request
    if request.intent != TRAINS_BETWEEN or pending.request.intent == request.intent:
        return False
    both = request.slots.get("from") is not None and request.slots.get("to") is not None
    return both and understood.new_question and understood.train_word


def _asks_whether_it_runs(pending: Pending, understood: Understood) -> bool:
    """Whether a message typed while the bot waits for a detail asks whether the train runs on
    a day ("does it run on sunday?", "sunday ko chalti hai kya?", "क्या ये रविवार को चलती है?"):
    a question of its own to answer, never that day given as the detail."""
    request = understood.request
    if request.intent != TRAIN_FACTS or pending.request.intent == TRAIN_FACTS:
        return False
    return understood.runs and getattr(request, "fact", None) == "days"


# Questions about one journey on one train: the other of them, asked while one waits for a
# detail, takes the journey as given so far ("seats?" while a fare asks which train).
_JOURNEY_INTENTS: Final = frozenset({Intent.FARE, Intent.SEAT_AVAILABILITY})


def _carried(waiting: Request, request: Request) -> Request:
    """`request` with what `waiting` was given of the same journey, when both are about one
    journey and `request` names no train and no station of its own."""
    if {waiting.intent, request.intent} != _JOURNEY_INTENTS:
        return request
    own = request.slots
    if own.get("train") is not None or own.get("from") is not None or own.get("to") is not None:
        return request
    kind = type(request)
    names = set(kind.slot_names()) | ({"date"} & set(kind.model_fields))
    given = {slot: value for slot, value in waiting.slots.items() if slot in names}
    day = waiting.model_dump().get("date")  # a fare's date is a field, not a slot
    if day is not None and "date" in names:
        given.setdefault("date", day)
    return request.with_slots({**given, **own})


def _fill(pending: Pending, understood: Understood, value: SlotValue | None) -> Request | None:
    """The pending request with the message's details (and its answer to the question asked),
    when every detail is one the request carries; None when some are not or there are none."""
    kind = type(pending.request)
    # A fare's date is a field, not a slot ("and day after?" while it asks the class): a detail.
    names = set(kind.slot_names()) | ({"date"} & set(kind.model_fields))
    details: dict[str, SlotValue | None] = {**understood.details}
    train = understood.request.slots.get("train")
    if train is not None:
        details["train"] = train
    details.update(_renamed(pending, understood))
    if "station" in details and pending.asking in STATION_SLOTS:
        details.pop("station")  # the station typed alone: the answer to the one asked for
    elif "station" in details and "station" not in names:
        end = _open_end(pending.request, names)
        if end is not None:  # "sbc" while a fare asks its class: where the journey starts
            details[end] = details.pop("station")
    if value is not None:
        details[pending.asking] = value
    if not details or not set(details) <= names:
        return None
    return pending.request.with_slots(details)


def _renamed(pending: Pending, understood: Understood) -> dict[str, SlotValue | None]:
    """The train slot cleared when a correction names a train by its name and no number while
    the question waits about another ("sorry, kaveri express SL" while 12627's fare asks the
    class): the train named is the one meant, found by its name as a question's own would be."""
    waiting = pending.request
    if not understood.train_name or understood.request.slots.get("train") is not None:
        return {}
    if understood.words.isdisjoint(CORRECTION_WORDS):
        return {}  # "karnataka express 3a": the train asked about, named again
    if "train" not in type(waiting).slot_names() or waiting.slots.get("train") is None:
        return {}
    return {"train": None}


def _open_end(request: Request, names: set[str]) -> str | None:
    """The end of a journey a station typed alone gives, while a question about something else
    is asked: where it starts, else (that said) where it ends; None for a request without a
    journey, or with both its ends."""
    slots = request.slots
    for end in ("from", "to"):
        if end in names and slots.get(end) is None:
            return end
    return None


def answer_value(
    pending: Pending, understood: Understood, text: str, *, today: dt.date, index: StationIndex
) -> SlotValue | None:
    """What the message says for the slot the bot asked for, if anything."""
    asking, slots = pending.asking, understood.request.slots
    words = text.strip()
    if pending.options and words.isdigit() and len(words) <= 2:
        choice = int(words)
        return pending.options[choice - 1] if 1 <= choice <= len(pending.options) else None
    if asking in STATION_SLOTS:
        return _station_answer(pending, understood, words, index)
    if asking == "class":
        found = slots.get("class") or understood.details.get("class")
        return found if isinstance(found, str) else CLASS_BY_ANSWER.get(squash(words))
    if asking == "date":
        found = slots.get("date") or understood.details.get("date")
        if isinstance(found, str):
            return found
        days = [f.value for f in find_dates(words.lower(), today) if isinstance(f.value, dt.date)]
        return days[0].isoformat() if days else None
    if asking == "pnr":
        found = slots.get("pnr")
        return found if isinstance(found, str) else _digits(words, 10)
    if asking == "train":
        found = slots.get("train")
        return found if isinstance(found, str) else _digits(words, 5)
    return slots.get(asking) or understood.details.get(asking)


def _station_answer(
    pending: Pending, understood: Understood, words: str, index: StationIndex
) -> SlotValue | None:
    """The station a reply gives for the one asked: the one placed there ("to sbc"), the one
    typed alone, one of the options by its name, or a close enough name or code."""
    asking, details = pending.asking, understood.details
    for key in (asking, "station"):
        if found := details.get(key):
            return found
    if found := understood.request.slots.get("code"):
        return found
    if pending.options and (picked := _option_named(words, pending.options, index)):
        return picked
    if pending.options and _MAIN_ONE.fullmatch(normal(words)):
        # "the main one", "main station", "बड़ा वाला" for "which Chennai station?": the city's own
        mains = {index.main_station(code) for code in pending.options}
        main = mains.pop() if len(mains) == 1 else None
        return main if main in pending.options else None
    if len(words.split()) > 4 or "date" in details:
        return None  # "kal ka?" asked where to: a day, never a station spelt like it (Kalka)
    matches = [m for m in index.search(words, limit=5) if m.score >= MIN_STATION_SCORE]
    codes = [m.station.code for m in matches]
    if not codes:
        return None
    return codes[0] if len(codes) == 1 or matches[0].reason == "code" else codes


# The city's main station, said of its stations offered ("the main one", "main station", "bada
# wala", "बड़ा वाला", "मुख्य स्टेशन", "मेन स्टेशन"), as `normal` writes them.
_MAIN_ONE: Final = re.compile(
    r"(?:the\s+|sabse\s+)?(?:main|men|mein|mukhya|mukhy|pramukh|bada|bara|badda|big|biggest"
    r"|central|primary)(?:\s+(?:one|station|stn|stesan|wala|wali|vala|vali|waala|waali|vaala"
    r"|junction|jn))?(?:\s+(?:please|pls|plz|hai|chahiye|wala|vala))?"
)


def _option_named(words: str, options: tuple[str, ...], index: StationIndex) -> str | None:
    """The one option whose code or name holds every word typed ("central", "egmore")."""
    typed = [w for w in re.findall(r"[^\W\d_]+", words.lower()) if w not in NOT_PLACES]
    if not typed:
        return None
    found = []
    for code in options:
        station = index.get(code)
        name = re.findall(r"[^\W\d_]+", station.name.lower()) if station else []
        if all(word == code.lower() or word in name for word in typed):
            found.append(code)
    return found[0] if len(found) == 1 else None


def _digits(text: str, length: int) -> str | None:
    digits = fold_digits(re.sub(r"[\s-]", "", text))
    return digits if digits.isascii() and digits.isdigit() and len(digits) == length else None


def _only_answers(asking: str, slots: dict[str, SlotValue]) -> bool:
    """Does the message carry nothing but an answer to `asking` (no train, PNR... of its own)?"""
    allowed = _STATION_ANSWER_KEYS if asking in STATION_SLOTS else {asking, "quota"}
    return set(slots) <= allowed


def _bare(text: str) -> bool:
    """Is the message little more than a value (`12627`, `12627 please`, `3rd AC`)?"""
    words = [w for w in re.findall(r"[^\W_]+", text.lower()) if not w.isdigit()]
    rest = [w for w in words if w not in ANSWER_FILLERS and w.upper() not in CLASS_BY_ANSWER]
    return not rest or squash(" ".join(rest)) in CLASS_BY_ANSWER


def asks_for_a_train(text: str) -> bool:
    """Whether the message only says a train is wanted, perhaps urgently, naming no place, day
    or train ("need train urgent", "train chahiye jaldi", "मुझे जल्दी ट्रेन चाहिए"): the
    journey's ends are still to ask."""
    words = set(normal(text).split())
    if words.isdisjoint(_TRAIN_WANTED) or words.isdisjoint(_WANTED):
        return False
    return words <= _TRAIN_WANTED | _WANTED | _URGENTLY | _WANTING_FILLER


_TRAIN_WANTED: Final = frozenset({"train", "trains", "tren", "gadi", "gaadi"})
_WANTED: Final = frozenset(
    {"need", "needed", "want", "wanted", "require", "chahiye", "chaiye", "chahie", "chiye",
     "chahye", "looking", "find", "search", "dhundo", "dhoondo"}
)  # fmt: skip
_URGENTLY: Final = frozenset(
    {"urgent", "urgently", "arjent", "argent", "jaldi", "jldi", "asap", "immediately", "turant",
     "abhi", "emergency", "now", "quick", "quickly", "fast", "very", "bahut", "bohot", "hai"}
)  # fmt: skip
_WANTING_FILLER: Final = frozenset(
    {"i", "a", "an", "me", "mujhe", "muje", "hume", "humein", "hamein", "ek", "koi", "please",
     "pls", "plz", "bhai", "sir", "yaar", "for", "is", "it", "some", "any", "the"}
)  # fmt: skip


def is_impatient(text: str) -> bool:
    """Whether the message only hurries the bot on ("jaldi karo", "जल्दी बताओ", "hurry up",
    "hello??", "still waiting"): no question of its own, never a train or place."""
    words = set(normal(text).split())
    return bool(words) and not words.isdisjoint(_HURRY) and words <= _HURRY | _HURRY_FILLER


def only_marks(text: str) -> bool:
    """Whether the message is question marks alone ("??", "?!"): noise after an answer, but
    impatience after a question asked or a message not understood."""
    said = text.strip()
    return bool(said) and not said.strip(" ?!.") and "?" in said


# The words that hurry ("jaldi", "जल्दी", "hurry", "quick", "waiting"); never with "how much"
# ("kitna waiting hai" asks a waiting list's place).
_HURRY: Final = frozenset(
    {"hurry", "quick", "quickly", "asap", "jaldi", "jldi", "jaldee", "jaldii", "jldii", "जल्दी",
     "waiting", "intezaar", "intazar", "इंतज़ार", "इंतजार"}
)  # fmt: skip
_HURRY_FILLER: Final = frozenset(
    {"up", "karo", "kro", "kariye", "kijiye", "batao", "btao", "bataiye", "bolo", "do", "de",
     "करो", "कीजिए", "बताओ", "बताइए", "बोलो", "please", "pls", "plz", "bhai", "yaar", "sir",
     "ji", "जी", "भाई", "come", "on", "be", "so", "i", "am", "im", "still", "been", "for",
     "hello", "hi", "abhi", "tak", "अभी", "तक", "aur", "more", "reply", "answer",
     "kya", "hua", "क्या", "हुआ", "na", "naa", "ना", "thoda", "थोड़ा", "me", "main", "मैं",
     "hoon", "hu", "हूँ", "हूं", "kar", "raha", "rahi", "रहा", "रही", "hai", "है", "and", "very"}
)  # fmt: skip


def told_wrong(text: str) -> str | None:
    """What follows a message's saying the last answer was wrong ("that's wrong, I travelled in
    sleeper": "i travelled in sleeper"; "galat hai": ""), the message said again without it;
    None when it says no such thing. The claim stands at the message's start, as a sentence of
    its own (two words or more, or the whole message): "wrong platform" is a platform."""
    said = normal(text).split()
    claim = 0
    while claim < len(said) and said[claim] in _WRONG_SAID:
        claim += 1
    while claim and said[claim - 1] not in _WRONG_CORE | _RIGHT:
        claim -= 1  # the claim ends at its last word of wrong or right ("galat hai" keeps hai)
        if said[claim] in _CLAIM_ENDS:
            claim += 1
            break
    head = set(said[:claim])
    wrong = not head.isdisjoint(_WRONG_CORE)
    not_right = not head.isdisjoint(_NOT) and not head.isdisjoint(_RIGHT)
    if not (wrong or not_right):
        return None
    if claim < len(said) and claim < 2:
        return None
    if set(said) <= _WRONG_SAID:
        return ""  # "ye galat hai bhai": the claim alone
    return " ".join(said[claim:])


# The words that say an answer is wrong ("wrong", "galat", "गलत"), or not right with a no.
_WRONG_CORE: Final = frozenset({"wrong", "incorrect", "galat", "galt", "ghalat", "glt"})
_NOT: Final = frozenset({"not", "nahi", "nahin", "nhi", "nai", "na", "isnt", "isn"})
_RIGHT: Final = frozenset({"correct", "right", "sahi", "sahee", "theek", "thik", "accurate"})
# The words that end the claim with it ("galat hai").
_CLAIM_ENDS: Final = frozenset({"hai", "he", "h", "is"})
_WRONG_SAID: Final = (
    _WRONG_CORE
    | _NOT
    | _RIGHT
    | _CLAIM_ENDS
    | frozenset(
        {"that", "thats", "s", "it", "its", "this", "ye", "yeh", "yah", "wo", "woh", "vo", "no",
         "answer", "jawab", "info", "information", "bilkul", "totally", "completely", "all",
         "sab", "bhai", "sir", "you", "are", "r", "u", "bataya", "told", "me", "ok", "but",
         "par", "lekin", "hai", "bro", "yaar", "was"}
    )
)  # fmt: skip


def asks_to_be_kept_posted(text: str) -> bool:
    """Whether the message only asks to be told of changes from now on, naming nothing ("keep
    me posted", "mujhe batate rehna", "update dete rehna", "मुझे बताते रहना"): after a booking,
    its alerts."""
    words = set(normal(text).split())
    if words.isdisjoint(_TELLING) or words.isdisjoint(_KEPT):
        return False
    return words <= _TELLING | _KEPT | _POSTED_FILLER


_TELLING: Final = frozenset(
    {"notify", "inform", "informed", "update", "updates", "updated", "posted", "batate",
     "batana", "btana", "bataana", "batao", "bataiye", "bata", "khabar", "suchit", "know",
     "alert", "alerts"}
)  # fmt: skip
_KEPT: Final = frozenset(
    {"keep", "rehna", "rahna", "rehiye", "rahiye", "raho", "rakhna", "rakhiye", "dete", "dena",
     "dijiye", "dijie", "let", "send", "me", "mujhe", "muje", "hume", "humein", "karte",
     "karna", "karo"}
)  # fmt: skip
_POSTED_FILLER: Final = frozenset(
    {"me", "us", "please", "pls", "plz", "ok", "okay", "bhi", "aap", "just", "on", "it", "about",
     "of", "haan", "yes", "and", "then", "so", "toh", "to", "bhai", "sir", "hi", "rahe", "rahiyega"}
)  # fmt: skip


def asks_any_cancelled(text: str) -> bool:
    """Whether the message asks whether any train is cancelled ("any train cancelled today?",
    "koi train cancel hai aaj?", "कोई ट्रेन आज रद्द है क्या?"), naming none: the day's list,
    never the train in hand."""
    words = set(normal(text).split())
    if words.isdisjoint(CANCEL_WORDS) or words.isdisjoint(_ANY):
        return False
    if words.isdisjoint(_TRAIN_WANTED | _TRAINS_SAID):
        return False
    return not any(word.isdigit() for word in words)


_ANY: Final = frozenset({"any", "koi", "kuch", "anything", "kon", "kaun", "which"})


def asks_any_train(text: str) -> bool:
    """Whether the message asks of any train, naming none ("koi gaadi reschedule hui hai?",
    "कोई गाड़ी री-शेड्यूल हुई है?", "any train rescheduled?"): a day's list, never the train in
    hand."""
    words = set(normal(text).split())
    if words.isdisjoint(_ANY) or words.isdisjoint(_TRAIN_WANTED | _TRAINS_SAID):
        return False
    return not any(word.isdigit() for word in words)


_TRAINS_SAID: Final = frozenset({"gadiyan", "gaadiyan", "trainen", "trenen"})


def asks_other_options(text: str) -> bool:
    """Whether the message asks for other options, not only other trains ("koi aur option?",
    "any other option", "कोई और विकल्प?", "any alternative?"): after a list that showed every
    train, other days and the way back."""
    words = set(normal(text).split())
    if words.isdisjoint(_OPTIONS):
        return False
    return asks_other_trains(text)


_OPTIONS: Final = frozenset({"option", "options", "alternative", "alternatives", "vikalp"})
