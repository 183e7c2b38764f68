"""Reading one message into a `Parse`: what `intents` and `slots` decide the request from.

Entities are cut out by pattern (see `entities` and `dates`); the rest is split into the
lexicon's phrases; stations are looked up among the words left (see `places`), then misspelt
keywords, then misspelt stations where the sentence places one; last, each station gets its part:
origin, destination, or the station asked about.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.bot.requests.base import Intent
from app.bot.requests.talk import Task
from app.bot.understanding.classifier import model
from app.bot.understanding.corrected import CORRECTING, corrected, correction_at
from app.bot.understanding.dates import (
    DATE_WORDS,
    HOUR_WORDS,
    Found,
    find_dates,
    find_hours,
    letter_words,
)
from app.bot.understanding.entities import (
    CLASS_WORDS,
    COUNT_ALONE,
    PASSENGER_WORDS,
    QUOTA_WORDS,
    YEAR_WORDS,
    find_ages,
    find_classes,
    find_noise,
    find_numbers,
    find_passengers,
    find_quotas,
    find_word_ages,
    has_mixed_number,
    has_quantity,
    has_sum,
)
from app.bot.understanding.lexicon import (
    BY_SOUND,
    COMMON_WORDS,
    COMMON_WRITTEN,
    DAY_PART_WORDS,
    DISTANCE_GROUPS,
    FUZZY_WORDS,
    GENERIC_KINDS,
    KIND_PARTS,
    LEFT_TOPICS,
    NEVER_FUZZY,
    NOT_PLACES,
    PAST_WORDS,
    PHRASE_STARTS,
    PHRASES,
    PLACE_OR_WORD,
    PLATFORM_WORDS,
    PLURAL_TRAINS,
    REACHING,
    TO_VERBS,
    TOPIC_EMOJI,
    TRAIN_KINDS,
    TRAIN_NOUNS,
    TRAIN_VERBS,
    WORD,
    Connector,
    Hint,
    Sense,
    asks_a_stop,
)
from app.bot.understanding.members import CONN_FROM, CONN_PAIR, CONN_SRC, CONN_TO, OUT_OF_SCOPE
from app.bot.understanding.negated import (
    DENIALS,
    drop_denied,
    first_not_denied,
    not_denied,
    undeclined,
)
from app.bot.understanding.owned import drop_topics_own
from app.bot.understanding.places import MAX_WORDS, Place, exact_place, fuzzy_place
from app.bot.understanding.soundalike import SOUND_ALIKE, skeleton
from app.bot.understanding.spoken import spoken_numbers
from app.bot.understanding.transliteration import (
    LOANWORDS,
    Romanized,
    flapped,
    romanize,
    romanize_word,
)
from app.i18n.language import has_devanagari
from app.railways.stations import StationIndex
from app.railways.vocabulary import fold_digits

MAX_CHARS: Final = 5000
MAX_FUZZY_LOOKUPS: Final = 4  # misspelt station lookups per message
MASK: Final = "\x00"
MIN_NUMBER: Final = 3  # digits in a number worth keeping (a mistyped PNR or train number)

_TOKEN = re.compile(rf"(?P<word>{WORD.pattern})|->|=>|[→⇒➡>—–-]|{MASK}|[^\s\w]")
_DIGIT = re.compile(r"\d")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_APOSTROPHE = re.compile(r"[’'`´]")
# A railway noun's possessive ("the train's status", "my ticket's status"): the noun, never its
# plural once the apostrophe goes ("trains status" asks for a day's late trains).
_POSSESSIVE = re.compile(
    r"\b(train|gaadi|gadi|ticket|booking|pnr|station|journey)[’'`´]s\b", re.IGNORECASE
)
# A letter typed three times or more is said once ("routeeee", "todayyy", "plzzz", "hiiii"):
# no English or romanised Hindi word has a letter thrice in a row.
_DRAWN_OUT = re.compile(r"([A-Za-z])\1{2,}")
# An article India Post tracks: two letters, nine digits, the country ("EE123456789IN").
_POSTAL_ARTICLE = re.compile(r"(?i)(?<![\w-])[a-z]{2}\d{9}in(?![\w-])")
# A flight's number: an Indian airline's code and two to four digits ("6E 2134", "AI 101",
# "sg-143"); codes that are letters only ("AI", "UK") in capitals as typed, or with three digits
# or more, since "ai" and "uk" are words too ("gaadi ai 10 baje"). Read as "flight".
_FLIGHT_NUMBER = re.compile(
    r"(?<![\w-])(?:(?i:6e|i5|g8|9i|s5|2t)|AI|IX|SG|UK|QP|(?i:ai|ix|sg|uk|qp)(?=[\s-]?\d{3}))"
    r"[\s-]?\d{2,4}(?![\w-])"
)
_AC = re.compile(r"(?<![a-z])a[./]c\b\.?")
# "ए सी", "ए.सी." spelt letter by letter, read "e si", "e.si." once romanised ("थ्री ए सी",
# "टू ए. सी."): AC, as "एसी".
_SPELT_AC = re.compile(r"(?<![a-z])e(?:\s+|\.\s*)si(?![a-z])\.?")
# A class's code spelt with a hyphen or dots between its letters ("s-l", "S.L.", "3-a", "c-c",
# "2-s"): that class, as written together ("sl", "3a").
_SPELT_CLASS = re.compile(
    r"(?<![\w.-])(?:(?:s[-.]\s?l|c[-.]\s?c|e[-.]\s?c|f[-.]\s?c)\.?|[123]-[ae]|2-s)(?![\w-])"
)
# "Bas" (just) before what is asked ("bas itna batao", "bs ye bta do", "bus itni si baat"),
# spelt like the bus it sounds like: a word of no topic, dropped.
_JUST = re.compile(
    r"\b(?:bus|bas|bs)\b(?=[\s,]+(?:itna|itni|itnaa|etna|ye|yeh|yahi|yehi|yhi|bata|batao|btao"
    r"|bta|batado|bolo)\b)"
)
# A Hindi verb typed with its ending apart ("ruk ti hai", "chal ta h", "pahunch egi"): one word,
# whose ending no search may read as a station code ("TI") or a word of its own.
_SPLIT_VERB = re.compile(
    r"\b(ruk|chal|pahunch|pahuch|pohanch|pohach|nikal|nikl|chhut|chut|guzar|gujar|thahar|thehar|aa|ja)"
    r" (ti|ta|te|tee|egi|ega|enge|ogi)\b"
)
# Keywords next to which a word is a station: "code of X", "X departures", "trains between".
_STATION_INTENTS = frozenset(
    {"station_by_name", "station_by_code", "departures", "arrivals", "trains_between"}
)
# Words that qualify a station's code or name asked ("naya code", "purana naam", "sahi code").
NAME_QUALIFIERS = frozenset(
    {"naya", "nayi", "naye", "new", "purana", "purani", "old", "sahi", "correct", "asli", "poora",
     "pura", "official", "short", "railway", "railways", "rail"}
)  # fmt: skip
_NAMING_INTENTS = frozenset({"station_by_name", "station_by_code"})
# Next to these, only a code is expected ("name of NDLS"), so no misspelt name is looked for.
_CODE_INTENTS = frozenset({"station_by_code"})
# The last words of a board's keywords ("pahunchne wali", "aane vale", "agman"): a name before
# them is the station whose trains come or go.
_BOARD_ENDS = frozenset(
    {"wali", "vali", "wale", "vale", "waali", "vaali", "agman", "agaman", "aagman", "prasthan",
     "anevali", "anewali", "aanevali", "aanewali", "anevale", "anewale", "aanewale", "aanevale"}
)  # fmt: skip


# Stands for a named train's number while the intent is decided; never in a request.
NAMED_TRAIN: Final = "00000"


@dataclass(slots=True)
class Item:
    """One piece of the message: a phrase of the lexicon, a station, a word, or a cut entity."""

    kind: str  # "intent" | "hint" | "conn" | "stop" | "word" | "place" | "cut" | "sep"
    value: str
    words: tuple[str, ...]
    start: int
    end: int
    place: Place | None = None
    role: str = ""  # for places: "from", "to", "at", "via"

    # Written out, not generated, as `Understood`'s is: a dataclass's own `__init__` runs as
    # Python even compiled; the same parameters in the same order with the same defaults as
    # the fields (a test pins it).
    def __init__(
        self,
        kind: str,
        value: str,
        words: tuple[str, ...],
        start: int,
        end: int,
        place: Place | None = None,
        role: str = "",
    ) -> None:
        self.kind = kind
        self.value = value
        self.words = words
        self.start = start
        self.end = end
        self.place = place
        self.role = role


@dataclass(slots=True)
class Parse:
    """Everything found in one message."""

    items: list[Item]
    raw: str
    shouting: bool
    romanized: Romanized | None = None  # how Devanagari words were romanised, if any
    pnr: str | None = None
    train: str | None = None
    date: Found | None = None
    hours: int | None = None
    travel_class: str | None = None
    quota: str | None = None
    age: int | None = None
    passengers: int | None = None  # how many travel ("for 3 people", "teen log")
    intents: set[Intent] = field(default_factory=set)
    hints: set[Hint] = field(default_factory=set)
    conns: set[Connector] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # every word of the message
    # Numbers of 3 digits or more that are neither a PNR nor a train number (a mistyped one).
    other_numbers: tuple[str, ...] = ()
    sums: bool = False  # a sum to work out ("7 times 8")
    digits: bool = False  # it holds a digit at all (searches for numbered things skip it if not)
    quantity: bool = False  # something measured or counted ("20000 mah", "12000 sq ft")
    mixed_number: bool = False  # a whole number and a fraction ("platform 9 3/4")
    # Every PNR, train number and class the message names, in order, each once: a message may
    # ask about several ("pnr 4512345678 and 4523456789", "3a aur 2a ka fare").
    pnrs: tuple[str, ...] = ()
    trains: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    # A train named, not numbered ("karnataka express", "mumbai rajdhani"): its number is the
    # railway's to find.
    train_name: str | None = None
    # The ends of a journey the message gives in words that name no station we know ("delhi se
    # xyzabc": "to"), so that the question for them says it could not be found.
    unfound: frozenset[str] = frozenset()
    # What RailBot cannot do that the message asks (`topics.task`), once worked out: several
    # rules ask it of one parse. Never copied by `dataclasses.replace`, whose copy may differ.
    task_found: tuple[Task | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    # The places among the items, once worked out: every rule after `read` asks for them, and
    # none changes the items (a rule that would makes a new parse with `dataclasses.replace`).
    places_found: list[Item] | None = field(default=None, init=False, repr=False, compare=False)

    # Written out, not generated, as `Understood`'s is: a dataclass's own `__init__` runs as
    # Python even compiled; the same parameters in the same order with the same defaults as
    # the fields (a test pins it).
    def __init__(
        self,
        items: list[Item],
        raw: str,
        shouting: bool,
        romanized: Romanized | None = None,
        pnr: str | None = None,
        train: str | None = None,
        date: Found | None = None,
        hours: int | None = None,
        travel_class: str | None = None,
        quota: str | None = None,
        age: int | None = None,
        passengers: int | None = None,
        intents: set[Intent] | None = None,
        hints: set[Hint] | None = None,
        conns: set[Connector] | None = None,
        words: set[str] | None = None,
        other_numbers: tuple[str, ...] = (),
        sums: bool = False,
        digits: bool = False,
        quantity: bool = False,
        mixed_number: bool = False,
        pnrs: tuple[str, ...] = (),
        trains: tuple[str, ...] = (),
        classes: tuple[str, ...] = (),
        train_name: str | None = None,
        unfound: frozenset[str] = frozenset(),
    ) -> None:
        self.items = items
        self.raw = raw
        self.shouting = shouting
        self.romanized = romanized
        self.pnr = pnr
        self.train = train
        self.date = date
        self.hours = hours
        self.travel_class = travel_class
        self.quota = quota
        self.age = age
        self.passengers = passengers
        self.intents = set() if intents is None else intents
        self.hints = set() if hints is None else hints
        self.conns = set() if conns is None else conns
        self.words = set() if words is None else words
        self.other_numbers = other_numbers
        self.sums = sums
        self.digits = digits
        self.quantity = quantity
        self.mixed_number = mixed_number
        self.pnrs = pnrs
        self.trains = trains
        self.classes = classes
        self.train_name = train_name
        self.unfound = unfound
        self.task_found = None
        self.places_found = None

    @property
    def places(self) -> list[Item]:
        """The items that are places, in order: a list shared by whoever asks, never to change."""
        if self.places_found is None:
            self.places_found = [item for item in self.items if item.kind == "place"]
        return self.places_found

    def words_of(self, item: Item) -> str:
        if self.romanized is None:
            return " ".join(self.raw[item.start : item.end].split())
        start, end = self.romanized.original_span(item.start, item.end)
        return " ".join(self.original[start:end].split())

    @property
    def original(self) -> str:
        return self.romanized.original if self.romanized is not None else self.raw

    def without_places(self) -> Parse:
        """This parse with its places left out of the items, everything else as it is (shared,
        not copied): what `dataclasses.replace(parse, items=...)` gives, field by field, at a
        fraction of its cost, for the rules that weigh the words around a message's places."""
        return Parse(
            items=[item for item in self.items if item.kind != "place"],
            raw=self.raw,
            shouting=self.shouting,
            romanized=self.romanized,
            pnr=self.pnr,
            train=self.train,
            date=self.date,
            hours=self.hours,
            travel_class=self.travel_class,
            quota=self.quota,
            age=self.age,
            passengers=self.passengers,
            intents=self.intents,
            hints=self.hints,
            conns=self.conns,
            words=self.words,
            other_numbers=self.other_numbers,
            sums=self.sums,
            digits=self.digits,
            quantity=self.quantity,
            mixed_number=self.mixed_number,
            pnrs=self.pnrs,
            trains=self.trains,
            classes=self.classes,
            train_name=self.train_name,
            unfound=self.unfound,
        )


# "Stopped" said right after a place ("surat ruki hai kya", "सूरत रुकी थी"): the place a station.
_STOOD_AT: Final = frozenset({"ruki", "ruka", "रुकी", "रुका"})


# Postpositions Marathi and Punjabi write joined to a place's name ("पुण्याहून", "नागपूरला",
# "मुंबईमधून", "नाशिकपर्यंत", "अमृतसरों"), where Hindi writes them apart: the Hindi words each
# is read as, once the name before it is a station's.
_JOINED_AFTER: Final = {
    "मधून": "से", "पासून": "से", "वरून": "से", "हून": "से", "ून": "से", "ओं": "से", "ों": "से",
    "पर्यंत": "तक", "पर्यन्त": "तक", "कडे": "तक", "ला": "तक", "साठी": "के लिए",
    "च्या": "के", "चा": "का", "ची": "की", "मध्ये": "में", "वर": "पर",
}  # fmt: skip
_JOINED: Final = re.compile(
    r"(?<![\u0900-\u097f])([\u0900-\u097f]{2,}?)("
    + "|".join(sorted(_JOINED_AFTER, key=len, reverse=True))
    + r")(?![\u0900-\u097f])"
)
# Marathi bends a name ending in "-e" or "-a" before a postposition: "पुणे" → "पुण्याहून",
# "गोवा" → "गोव्याला".
_BENT_E: Final = "\u094dया"
_MIN_JOINED_NAME: Final = 4  # letters of a name read apart (not "बो" of "बोला")


def _postpositions_apart(text: str, index: StationIndex) -> str:
    """`text` with a postposition joined to a station's name written apart, as Hindi's word
    ("पुण्याहून नागपूरला गाडी आहे का": "पुणे से नागपूर तक गाडी आहे का"), so the name is found
    and placed; every other word as written ("वाला", "गाड़ियों")."""

    def apart(found: re.Match[str]) -> str:
        stem, after = found.group(1), found.group(2)
        bent = stem.endswith(_BENT_E)
        # "पुण्या" of पुणे, "गोव्या" of गोवा, "अकोल्या" of अकोला
        names = [stem[: -len(_BENT_E)] + end for end in ("\u0947", "\u093e")] if bent else []
        for name in (*names, stem):
            word = romanize_word(name)
            if len(word) < _MIN_JOINED_NAME or word in COMMON_WORDS:
                continue
            # a short ending is also Hindi's ("परसों", "वाला"): only a city's name takes it off
            if SOUND_ALIKE.named(word) or (len(after) > 2 and index.by_name(word)):
                return f"{name} {_JOINED_AFTER[after]}"
        return found.group()

    return _JOINED.sub(apart, text)


# Chhattisgarhi's and Bundeli's "ले" is Hindi's "से" (from) after a place ("दुर्ग ले अंबिकापुर",
# "भोपाल ले जबलपुर"), where Hindi's "ले" takes ("दिल्ली ले जाना है", "वेल्लोर ले आए").
_LE_FROM: Final = re.compile(r"(?<![\u0900-\u097f])([\u0900-\u097f]{2,}) ले (?=([\u0900-\u097f]+))")
# What follows Hindi's "ले" (take): going, coming, taking, being able, doing.
_AFTER_TAKE: Final = frozenset(
    {"जा", "जाना", "जाने", "जाओ", "जाए", "जाएं", "जाएँ", "जाऊं", "जाऊँ", "जाइए", "जाते", "जाता",
     "जाती", "जाकर", "जाके", "जाएगा", "जाएगी", "जाएंगे", "जाउंगा", "जाऊंगा", "जाय", "आ", "आना",
     "आने", "आओ", "आए", "आया", "आई", "आएं", "आऊं", "आकर", "आके", "आइए", "लो", "ली", "लिया",
     "लिए", "ले", "लेना", "लेंगे", "लूं", "लूँ", "गया", "गई", "गए", "गयी", "सकते", "सकता",
     "सकती", "सकूं", "सकूँ", "के", "कर", "रहा", "रही", "रहे", "चलो", "चलना", "चलें", "चुके",
     "चुका", "चुकी", "पाऊं", "पाएंगे", "लेते", "लेता", "लेती", "तो", "भी"}
)  # fmt: skip


def _le_from(found: re.Match[str], index: StationIndex) -> str:
    """ "दुर्ग ले ": "दुर्ग से " when "दुर्ग" is a station's name and no verb follows the "ले"."""
    place, after = found.group(1), found.group(2)
    if after in _AFTER_TAKE:
        return found.group()
    word = romanize_word(place)
    if len(word) < _MIN_JOINED_NAME or word in COMMON_WORDS:
        return found.group()
    if SOUND_ALIKE.named(word) or index.by_name(word):
        return f"{place} से "
    return found.group()


def _prepare(text: str, index: StationIndex) -> tuple[str, str, Romanized | None]:
    """The text as written (for words quoted back) and its lower-case comparable form."""
    if not text.isascii():
        text = text.translate(TOPIC_EMOJI)  # "✈️ ticket price": a flight's
    head = text[: MAX_CHARS * 2]
    # ASCII is its own NFKC form
    raw = (head if head.isascii() else unicodedata.normalize("NFKC", head))[:MAX_CHARS]
    if _DRAWN_OUT.search(raw):
        raw = _DRAWN_OUT.sub(r"\1", raw)
    if not raw.isascii():  # ASCII has no invisible marks, other digits nor Devanagari
        raw = _INVISIBLE.sub("", fold_digits(raw))
    # Both searches need an apostrophe, which most messages have not.
    if "'" in raw or "’" in raw or "`" in raw or "´" in raw:
        raw = _APOSTROPHE.sub("", _POSSESSIVE.sub(r"\1", raw))
    raw = raw.replace(MASK, " ")
    # A flight's number and a postal article's have digits: a message without any has neither.
    if _DIGIT.search(raw) is not None:
        if _FLIGHT_NUMBER.search(raw):
            raw = _FLIGHT_NUMBER.sub("flight", raw)  # "AI 865 mumbai se kab nikli": a flight's
        if _POSTAL_ARTICLE.search(raw):
            raw = _POSTAL_ARTICLE.sub("parcel", raw)  # "tracking RM123456789IN": India Post's
    if not raw.isascii() and _JOINED.search(raw) is not None:
        raw = _postpositions_apart(raw, index)
    if not raw.isascii() and " ले " in raw:
        raw = _LE_FROM.sub(lambda found: _le_from(found, index), raw)
    romanized = None if raw.isascii() else romanize(raw)
    if romanized is not None and romanized.changed:
        raw = romanized.text
    low = raw.lower()
    if len(low) != len(raw):
        raw = low
    low = low.replace("time-table", "time table")
    if "bus " in low or "bas " in low or "bs " in low:
        low = _JUST.sub(lambda m: " " * len(m.group()), low)
    if " t" in low or " e" in low or " o" in low:
        low = _SPLIT_VERB.sub(lambda m: f"{m.group(1)}{m.group(2)} ", low)
    if "-" in low or "." in low:
        low = _SPELT_CLASS.sub(_class_joined, low)
    if "a." in low or "a/" in low:
        low = _AC.sub(lambda m: "ac".ljust(len(m.group())), low)
    if romanized is not None and ("e si" in low or "e." in low):
        low = _SPELT_AC.sub(lambda m: "ac".ljust(len(m.group())), low)
    return raw, low, romanized if romanized is not None and romanized.changed else None


def _class_joined(match: re.Match[str]) -> str:
    """A class's code spelt apart ("s-l", "s.l."), its letters together, as long as written."""
    return _CLASS_GAPS.sub("", match.group()).ljust(len(match.group()))


_CLASS_GAPS: Final = re.compile(r"[-.\s]")


def read(text: str, today: dt.date, index: StationIndex) -> Parse:
    """Everything found in one message."""
    raw, low, romanized = _prepare(spoken_numbers(text), index)
    masked = low

    def cut(found: list[Found]) -> list[Found]:
        """Mask what was found, so that no later search reads it again."""
        nonlocal masked
        if found:
            pieces, at = [], 0
            for f in sorted(found, key=lambda f: f.start):
                pieces += [masked[at : f.start], MASK, " " * (f.end - f.start - 1)]
                at = f.end
            masked = "".join([*pieces, masked[at:]])
        return found

    words = letter_words(low)
    if not words.isdisjoint(_GET) and _GETS_THERE.search(low):
        words = words | {"reach"}  # "when will it get to kota": today's run reaching Kota
    digits = _DIGIT.search(low) is not None
    # Each search runs only when the text could hold what it looks for.
    if digits:
        cut(find_noise(low))
    classes = cut(find_classes(masked)) if digits or not words.isdisjoint(CLASS_WORDS) else []
    # Counted before the quota is masked: "for 2 senior citizens" is two, in their quota.
    travellers = (
        find_passengers(masked, words)
        if digits or not words.isdisjoint(PASSENGER_WORDS) or COUNT_ALONE.match(masked)
        else []
    )
    # "tatkal me nahi, normal ticket": a quota declined is no quota asked
    quoted = not words.isdisjoint(QUOTA_WORDS)
    quotas = undeclined(cut(find_quotas(masked)), masked) if quoted else []
    hours = cut(find_hours(masked, words)) if digits or not words.isdisjoint(HOUR_WORDS) else []
    travellers = [f for f in travellers if not _within(f, hours)]
    # "one seat in 3A", "ek seat 3A mein": the count is masked, the seats it counts are still
    # asked (a seats question for a party of one), never a count alone
    cut([_without_seats(f, masked) for f in travellers])
    ages = cut(find_ages(masked)) if digits else []
    if not ages and not words.isdisjoint(YEAR_WORDS):
        ages = cut(find_word_ages(masked))  # "पैंसठ साल के पापा के लिए": 65
    dates = (
        cut(
            [
                f
                for f in find_dates(masked, today, words=words, digits=digits)
                if not _places_a_passenger(masked, f)
            ]
        )
        if digits or not words.isdisjoint(DATE_WORDS)
        else []
    )
    pnrs, trains, other = find_numbers(masked) if digits else ([], [], [])
    cut(pnrs + trains + other)
    # "on 12th, sorry i mean 13th", "2ac no wait 3ac": of a value said again after a correction,
    # the later one is meant
    fixed = correction_at(low) if not words.isdisjoint(CORRECTING) else None
    if not words.isdisjoint(DENIALS):
        # "kal nahi parso", "12626 nahi 12625": of two values, the one said with "not" is not asked
        dates, pnrs, trains = not_denied(dates, low), not_denied(pnrs, low), not_denied(trains, low)
    if fixed is not None:
        classes, dates = corrected(classes, fixed), corrected(dates, fixed)
        pnrs, trains = corrected(pnrs, fixed), corrected(trains, fixed)
    parse = Parse(
        items=_items(masked),
        raw=raw,
        romanized=romanized,
        # All capitals over several words is shouting; one word in capitals is a code ("SC").
        shouting=raw.isupper() and len(words) > 1,
        pnr=str(pnrs[0].value) if pnrs else None,
        train=str(trains[0].value) if trains else None,
        date=_asked_date(dates, low, today),
        hours=_first_int(hours),
        travel_class=str(asked.value) if (asked := first_not_denied(classes, low)) else None,
        quota=str(quotas[0].value) if quotas else None,
        age=_first_int(ages),
        passengers=_first_int(travellers),
        words=words,
        other_numbers=tuple(str(f.value) for f in other if len(str(f.value)) >= MIN_NUMBER),
        sums=digits and has_sum(low),
        digits=digits,
        quantity=digits and has_quantity(low),
        mixed_number=digits and has_mixed_number(low),
        pnrs=_each(pnrs),
        trains=_each(trains),
        classes=_each(classes),
    )
    if "to" in words:
        _verbs_after_to(parse.items)
        if romanized is not None:
            _spoken_toh(parse)
    if "two" in words and romanized is not None:
        _spoken_two(parse)
    if _WAITING in words:
        _waiting_as_verb(parse.items)
    if max(map(len, words), default=0) >= _RUN_TOGETHER:
        _places_run_together(parse.items, index)
    _find_places(parse, index)
    _city_then_station(parse, index)
    if "road" in words:
        _road_stations(parse, index)
    if romanized is not None and not words.isdisjoint(_CODE_ASKED):
        _codes_among_devanagari(parse, index)
    if not words.isdisjoint(_STATION_KINDS):
        _kinds_narrow(parse, index)
    _city_and_its_station(parse.items)
    if "to" in words and "se" in words:
        _toh_before_journey(parse.items)
    if not words.isdisjoint(_FROM_BETWEEN):
        _from_between_places(parse, index)
    if not words.isdisjoint(PLACE_OR_WORD):
        _places_beside_places(parse, index)
        if not words.isdisjoint(_HOW_FAR):
            _places_before_how_far(parse, index)
        if not words.isdisjoint(_AROUND_A_HALT) and not words.isdisjoint(_HALT_WORDS):
            _places_around_a_halt(parse, index)
        if not words.isdisjoint(_BOARD_NOUNS):
            _place_opening_a_board(parse, index)
    if "two" in words:
        _two_between_places(parse.items)
    _misspelt_kinds(parse.items)
    naming = _naming_words(parse.items)
    _left_topics(parse.items, naming)
    _fuzzy_keywords(parse, naming)
    _find_misspelt_places(parse, index)
    if _LIVE in words or "stay" in words:
        _living_as_verb(parse.items)
    if not words.isdisjoint(_TRAIN_WORDS):
        _places_side_by_side(parse, index)
    if not words.isdisjoint(PLACE_OR_WORD) and not words.isdisjoint(_AUXILIARIES):
        _verbs_not_places(parse.items)
    if not words.isdisjoint(PLACE_OR_WORD) and not words.isdisjoint(_VERB_STEMS):
        _verbs_after_stems(parse.items)
    if fixed is not None:
        # "jhansi pe, matlab gwalior pe": the places said after the correction are meant
        meant = {id(item) for item in _places_corrected(parse.items, fixed)}
        parse.items = _without_places_taken_back(parse.items, meant)
        parse.places_found = None
    _train_names(parse)
    _named_train(parse)
    if len(parse.places) > 1:
        _said_again(parse)
    _assign_roles(parse.items)
    if len(parse.places) == 2 and not words.isdisjoint(_JOURNEY_WORDS):
        _destination_in_the_story(parse.items, words)
    parse.unfound = _unfound_ends(parse.items)
    if any(item.value == OUT_OF_SCOPE for item in parse.items if item.kind == "intent"):
        # "metro band hai aaj, 12002 time pe hai kya": the closing is the metro's
        drop_topics_own(parse.items)
    if not words.isdisjoint(DENIALS):
        # "pnr nahi, live status chahiye": the live status is asked
        drop_denied(parse.items, numbered=parse.pnr is not None or parse.train is not None)
    for item in parse.items:
        if item.kind == "intent":
            parse.intents.add(_INTENT_OF[item.value])
        elif item.kind == "hint":
            parse.hints.add(_HINT_OF[item.value])
        elif item.kind == "conn":
            parse.conns.add(_CONNECTOR_OF[item.value])
    return parse


# Each member by its value, as `Intent(value)` finds it but a dictionary faster: a message's
# keywords are looked up on every message.
_INTENT_OF: Final = {intent.value: intent for intent in Intent}
_HINT_OF: Final = {hint.value: hint for hint in Hint}
_CONNECTOR_OF: Final = {connector.value: connector for connector in Connector}


def _places_run_together(items: list[Item], index: StationIndex) -> None:
    """ "mumbaitopune", "delhiseagra": two cities typed without spaces around "to" or "se", read
    as typed apart; only when both sides are big stations' or cities' names."""
    for at in range(len(items) - 1, -1, -1):
        item = items[at]
        if item.kind != "word" or len(item.words[0]) < _RUN_TOGETHER:
            continue
        split = _run_together(item.words[0], index)
        if split is None:
            continue
        left, joint, right = split
        middle = item.start + len(left)
        conn = _items(joint)[0]
        items[at : at + 1] = [
            Item("word", "", (left,), item.start, middle),
            Item(conn.kind, conn.value, conn.words, middle, middle + len(joint)),
            Item("word", "", (right,), middle + len(joint), item.end),
        ]


def _run_together(word: str, index: StationIndex) -> tuple[str, str, str] | None:
    """`word` cut as a city, "to" or "se", and a city, if it is one."""
    for joint in _JOINTS:
        at = word.find(joint, _SHORTEST_CITY)
        while at != -1 and len(word) - at - len(joint) >= _SHORTEST_CITY:
            left, right = word[:at], word[at + len(joint) :]
            if _a_city(left, index) and _a_city(right, index):
                return left, joint, right
            at = word.find(joint, at + 1)
    return None


def _a_city(name: str, index: StationIndex) -> bool:
    return any(index.is_major(match.station.code) for match in index.by_name(name))


_JOINTS: Final = ("to", "se")
_SHORTEST_CITY: Final = 3  # "goa", "hyd"
_RUN_TOGETHER: Final = 2 * _SHORTEST_CITY + 2  # the shortest run: "goatohyd"


def _each(found: list[Found]) -> tuple[str, ...]:
    """The values found, in order, each once."""
    return tuple(dict.fromkeys(str(f.value) for f in found))


def _first_int(found: list[Found]) -> int | None:
    value = found[0].value if found else None
    return value if isinstance(value, int) else None


def _items(text: str) -> list[Item]:
    """Tokens grouped into the longest phrases the lexicon knows."""
    tokens = [(m.group(), m.start(), m.end(), m.lastgroup == "word") for m in _TOKEN.finditer(text)]
    said = [token[0] for token in tokens]
    items: list[Item] = []
    i = 0
    while i < len(tokens):
        token, start, end, is_word = tokens[i]
        i += 1
        if token == MASK:
            items.append(Item("cut", "", (), start, end))
        elif not is_word:
            kind, value = PHRASES.get((token,), ("sep", token))
            items.append(Item(kind, value, (token,), start, end))
        elif (longest := PHRASE_STARTS.get(token, 0)) == 0:
            items.append(Item("word", "", (token,), start, end))
        else:
            j = i
            while j < len(tokens) and j - i < longest - 1 and tokens[j][3]:
                j += 1
            for k in range(j, i - 1, -1):
                words = tuple(said[i - 1 : k])  # this token and those after it
                if (sense := PHRASES.get(words)) is not None:
                    items.append(Item(sense[0], sense[1], words, start, tokens[k - 1][2]))
                    i = k
                    break
            else:
                items.append(Item("word", "", (token,), start, end))
    return items


# --- stations ----------------------------------------------------------------------------------


def _runs(items: list[Item]) -> list[tuple[int, int]]:
    """Index ranges of consecutive unclaimed words."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        if items[i].kind != "word":
            i += 1
            continue
        j = i
        while j < len(items) and items[j].kind == "word":
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _neighbour(items: list[Item], at: int, step: int) -> Item | None:
    near = _neighbour_at(items, at, step)
    return None if near is None else items[near]


def _neighbour_at(items: list[Item], at: int, step: int) -> int | None:
    at += step
    while 0 <= at < len(items) and items[at].kind == "stop":
        at += step
    return at if 0 <= at < len(items) else None


def _placed(items: list[Item], start: int, end: int, *, misspelt: bool = False) -> bool:
    """Whether the sentence puts a station at items[start:end]: next to a connector or to a
    station keyword (for a `misspelt` name, not to one that expects a code)."""
    return _beside(items, start, -1, misspelt=misspelt) or _beside(
        items, end - 1, 1, misspelt=misspelt
    )


def _beside(items: list[Item], at: int, step: int, *, misspelt: bool = False) -> bool:
    """Whether the item before (step -1) or after (step 1) items[at] places a station there."""
    near = _neighbour_at(items, at, step)
    if near is None:
        return False
    neighbour = items[near]
    if step == 1 and neighbour.kind == "word" and neighbour.words[0] in NAME_QUALIFIERS:
        # "मुगलसराय का नया कोड", "allahabad ka purana naam": the code or name asked, qualified
        after = _neighbour(items, near, 1)
        return after is not None and after.kind == "intent" and after.value in _NAMING_INTENTS
    if neighbour.kind == "conn":
        # "at", "near", "for", "from" place what follows them: "salon near bandra" places
        # Bandra, not Salon; "toy train set for kids" places no "set".
        after_only = neighbour.value == "at" or neighbour.words in _PLACE_WHAT_FOLLOWS
        if neighbour.value == "in":
            return step == -1 and (_arriving_in(items, at) or _oneself_in(items, near))
        return not (step == 1 and after_only)
    if neighbour.kind == "intent" and asks_a_stop(neighbour.words):
        return True  # "12951 surat rukti hai", "stop at surat": where a train stops is a station
    if step == 1 and neighbour.kind == "intent" and neighbour.words[0] in _STOOD_AT:
        return True  # "surat ruki hai kya": where a train stopped is a station
    if step == 1 and neighbour.kind in ("intent", "stop") and neighbour.words[0] == "kab":
        return True  # "ग्वालियर कब तक", "रानी कमलापति कब": when a train gets to a station
    if step == 1 and neighbour.kind == "intent" and neighbour.words[0].startswith(_REACHING):
        return True  # "gaya pahunchi kya", "kota pahunch gayi": where a train got to
    if step == -1 and neighbour.words == ("far",) and _how_far_alone(items, near, at):
        return True  # "how far is kota": a station, how far away along the train's way
    if step == -1 and neighbour.kind == "intent" and neighbour.words[-1] in _ENDS_PLACING:
        return True  # "arriving at kota", "departing from gaya": the phrase's "at" places it
    if misspelt and neighbour.kind == "intent" and neighbour.words[-1] in REACHING:
        return True  # "12627 dharmavram kab pahunchti hai": where a train gets to is a station
    if step == 1 and neighbour.kind == "intent" and neighbour.words[-1] in _BOARD_ENDS:
        return True  # "ग्वालियर पहुँचने वाली गाड़ियाँ", "कोटा आगमन": the board's station
    keywords = _STATION_INTENTS - _CODE_INTENTS if misspelt else _STATION_INTENTS
    return neighbour.kind == "intent" and neighbour.value in keywords


def _hour_asked(items: list[Item], at: int) -> bool:
    """Whether "kitne baje" (at what o'clock, "कितने बजे") is said at items[at]."""
    return (
        at + 1 < len(items)
        and items[at].words[:1] in _HOW_MANY
        and items[at + 1].words[:1] in _OCLOCK
    )


_HOW_MANY: Final = frozenset({("kitne",), ("kitni",), ("kitna",), ("kine",)})
_OCLOCK: Final = frozenset({("baje",), ("bje",), ("baj",), ("bajey",)})
# "जाएगी", "जायेगी", "जाएँगी": a train going; a name written in Devanagari just before is where.
_GOING: Final = frozenset(
    {"jaegi", "jayegi", "jaayegi", "jaega", "jayega", "jaengi", "jayengi", "jaayengi", "jaenge",
     "jayenge"}
)  # fmt: skip


def _going_after(items: list[Item], at: int) -> bool:
    """Whether the item after items[at] is a verb of going ("जाएगी", "जायेगी") or of reaching."""
    after = items[at + 1] if at + 1 < len(items) else None
    word = after.words[0] if after is not None and after.words else ""
    return word in _GOING or word.startswith(_REACHING)


def _how_far_alone(items: list[Item], far: int, at: int) -> bool:
    """Whether "how far" at items[far] asks of items[at] alone, nothing said after it ("how far
    is kota", not "how far is kota from here", a road's)."""
    after = all(item.kind in ("stop", "sep") for item in items[at + 1 :])
    return far > 0 and items[far - 1].words == ("how",) and after


def _arriving_in(items: list[Item], at: int) -> bool:
    """Whether "in" before items[at] follows a word of trains coming in, leaving or stopping
    ("arriving in kota", "trains departing in gaya", "halts in bina"): there "in" places a
    station, as "at" would."""
    conn = at - 1
    while conn >= 0 and items[conn].kind == "stop":
        conn -= 1
    before = _neighbour(items, conn, -1) if conn >= 0 else None
    if before is None or before.kind != "intent":
        return False
    return before.value in _COMING_IN or asks_a_stop(before.words) or before.words[-1] in REACHING


def _oneself_in(items: list[Item], conn: int) -> bool:
    """Whether the "in" at items[conn] follows the traveller placing themself ("i am in surat",
    "we are in kota", "staying in gaya", "I am migrant worker in surat") or opens the message
    ("in surat, want go to siwan"): where one is, a town, also one named like a word."""
    if conn == 0:
        return True
    clause = itertools.takewhile(lambda item: item.kind != "sep", reversed(items[:conn]))
    return any(item.words[-1:] in _ONESELF_IN for item in itertools.islice(clause, _CLAUSE))


# How many words before "in" a word of the traveller being somewhere may be ("I am migrant
# worker in surat").
_CLAUSE: Final = 4
# Words before "in" of the traveller being somewhere ("am in", "staying in", "i work in").
_ONESELF_IN: Final = frozenset(
    (word,)
    for word in ("am", "im", "are", "staying", "stay", "live", "living", "work", "working",
                 "settled", "posted", "based", "stuck")
)  # fmt: skip


# Keywords after which "in" places a station: a station's board, a train's stop.
_COMING_IN: Final = frozenset({Intent.ARRIVALS, Intent.DEPARTURES})
# A keyword's last word that places a station after it, as the connector alone would.
_ENDS_PLACING: Final = frozenset({"at", "from", "frm"})
# Connectors that place only the words after them ("for kids", "from home").
_PLACE_WHAT_FOLLOWS: Final = frozenset(
    {("for",), ("till",), ("upto",), ("up", "to"), ("towards",), ("towrds",), ("into",),
     ("from",), ("frm",), ("fr",), ("starting", "from"), ("leaving", "from")}
)  # fmt: skip


# "X mein" / "X में": where something is. It places a station only for a name written in
# Devanagari or a name that is also a word ("kota mein rukti hai"); "in" and "me" are too
# common in English to place anything.
_LOCATIVES: Final = frozenset({"mein", "me", "men"})


# "कोटा", "कोटे": a quota's word as Hindi writes it, which is also Kota's name.
_QUOTA_SAID: Final = frozenset({"kota", "kote"})
# "कोटे" is Kota's name only as Hindi bends it before a postposition ("कोटे में", "कोटे से",
# "कोटे तक"); before anything else it is the plural of quota ("कौन कौन से कोटे होते हैं",
# "कोटे कितने प्रकार के").
_BENT_NAME: Final = "kote"
_POSTPOSITIONS: Final = frozenset(
    {"se", "me", "mein", "men", "main", "ka", "ki", "ke", "ko", "tak", "par", "pe", "pr", "wali",
     "vali", "wale", "vale", "jane", "jaane", "pahunchne", "aane"}
)  # fmt: skip


def _bent_quota(items: list[Item], at: int) -> bool:
    """Whether the word at `at` is "कोटे" said as quotas, not as Kota bent by a postposition."""
    if items[at].words != (_BENT_NAME,):
        return False
    after = items[at + 1] if at + 1 < len(items) else None
    return after is None or not set(after.words[:1]) & _POSTPOSITIONS


# The stems of reaching ("pahunchi", "pahuch gayi", "पहुँची"): a word just before is where.
_REACHING: Final = ("pahunch", "pahuch", "pohch", "puhunch", "पहुँच", "पहुंच")


def _located(parse: Parse, items: list[Item], start: int, end: int) -> bool:
    """Whether the words items[start:end] are followed by "mein" and may be a station there."""
    after = items[end] if end < len(items) else None
    if after is None or after.kind != "stop" or len(after.words) != 1:
        return False
    if after.words[0] not in _LOCATIVES:
        return False
    words = [item.words[0] for item in items[start:end]]
    if parse.quota is not None and _QUOTA_SAID & set(words):
        return False  # "वरिष्ठ नागरिक कोटा में": the quota, not Kota
    spoken = _spoken(parse, items[start])
    return spoken or all(word in PLACE_OR_WORD for word in words)


# A kind of station said after a city's name ("वाराणसी जंक्शन", "आगरा कैंट", "अयोध्या धाम"): of
# the city's stations, the one of that kind, whatever sound the name was found by.
_STATION_KINDS: Final = {
    "junction": "jn", "jn": "jn", "jnc": "jn", "cantt": "cantt", "cant": "cantt",
    "cantonment": "cantt", "city": "city", "central": "central", "terminus": "terminus",
    "dham": "dham",
}  # fmt: skip


def _kinds_narrow(parse: Parse, index: StationIndex) -> None:
    """Narrows a city found by its sound to the station of the kind said after it."""
    items = parse.items
    at = 0
    while at < len(items) - 1:
        item, after = items[at], items[at + 1]
        at += 1
        if item.kind != "place" or item.place is None or item.place.reason != "alias":
            continue
        # "धाम" is also a pilgrimage's word: after a city, of its station named so, the station
        kind = _STATION_KINDS.get(after.words[0]) if after.kind in ("word", "hint") else None
        if kind is None:
            continue
        codes = tuple(
            code
            for code in item.place.codes
            if (station := index.get(code)) is not None and kind in station.name.lower().split()
        )
        if codes:
            place = Place(codes, "alias", parse.raw[item.start : after.end])
            words = (*item.words, after.words[0])
            items[at - 1 : at + 1] = [Item("place", "", words, item.start, after.end, place)]


def _destination_in_the_story(items: list[Item], words: set[str]) -> None:
    """A place where something of the traveller's is ("my exam center is in bhopal", "didi ki
    shaadi jaipur mein hai", "my sister lives in kota") beside trains asked from another place
    ("which trains from indore", "delhi se kaunsi train") is where the journey goes; never where
    the traveller is ("main bhopal me hoon, delhi se train": that is the traveller's own)."""
    places = [item for item in items if item.kind == "place"]
    roles = sorted(item.role for item in places)
    # "in surat, want go to siwan": a message opening with where one is
    opens_in = bool(items) and (items[0].kind, items[0].value) == ("conn", "in")
    here = not words.isdisjoint(_ONESELF_HERE)
    if roles == ["at", "to"] and (opens_in or not words.isdisjoint(_ONESELF_THERE)):
        # "i am in pune right now and want to reach nagpur": where the traveller is, the start
        for item in places:
            if item.role == "at":
                item.role = "from"
        return
    if roles != ["at", "from"] or here:
        return
    for item in places:
        if item.role == "at":
            item.role = "to"


# Words for trains asked for ("trains", "koi train", "gaadi"): a journey's.
_JOURNEY_TRAINS: Final = TRAIN_NOUNS | PLURAL_TRAINS
# Words of a journey asked: trains, or going ("i have to go to my sasural in muzaffarpur from
# delhi", "mujhe jana hai").
_JOURNEY_WORDS: Final = _JOURNEY_TRAINS | frozenset(
    {"go", "going", "travel", "travelling", "traveling", "reach", "jana", "jaana"}
)
# Words of the traveller placing themselves ("i am in bhopal", "main bhopal me hoon").
_ONESELF_HERE: Final = frozenset({"am", "im", "hoon", "hun", "hu", "hoo"})
# Other words of the traveller (or travellers) being somewhere ("we are in kota", "staying in
# ludhiana", "i work in surat"): with a place to go, where they are is the start.
_ONESELF_THERE: Final = _ONESELF_HERE | frozenset(
    {"we", "staying", "stay", "live", "living", "work", "working", "settled", "posted", "based",
     "stuck"}
)  # fmt: skip


def _said_again(parse: Parse) -> None:
    """A station named in the story and again in the question ("my grandmother lives near
    gwalior, will 12002 halt at gwalior?", "दोस्त इटारसी में मिलेगा, 12627 इटारसी में रुकती है
    क्या") is one station, asked where the question names it: the earlier naming goes."""
    places = parse.places
    again: set[int] = set()
    for at, item in enumerate(places):
        twin = next(
            (
                other
                for other in places[at + 1 :]
                if item.place is not None
                and other.place is not None
                and other.place.codes == item.place.codes
            ),
            None,
        )
        if twin is not None:
            # "tanakpur ka code TPU hi hai na": the name is what is asked, its code typed after
            # it only what one thinks the answer is
            again.add(id(twin) if _code_to_check(item, twin) else id(item))
    if again:
        parse.items = [item for item in parse.items if id(item) not in again]
        parse.places_found = None


def _code_to_check(named: Item, typed: Item) -> bool:
    """Whether `typed`, said after `named` of the same station, is its code typed as it is
    (not a name) after the station's name."""
    if named.place is None or typed.place is None:
        return False
    return typed.place.reason == "code" and not typed.place.named and named.place.reason != "code"


def _city_and_its_station(items: list[Item]) -> None:
    """A city said beside one of its main stations, either way round ("Calcutta Howrah", "Bombay
    VT", "Howrah Calcutta se"), is that one station, not a journey between them; a station
    further out ("mumbai thane") stays a place of its own."""
    _join_places(items, _city_beside_its_main_station)


def _city_beside_its_main_station(_: int, first: Place, second: Place) -> Place | None:
    return _main_station_of(first, second) or _main_station_of(second, first)


def _join_places(items: list[Item], joined: Callable[[int, Place, Place], Place | None]) -> None:
    """Two places side by side that `joined` makes one (told where the pair starts, to look at
    the words around it) become that place, said in the words of both."""
    at = 0
    while at < len(items) - 1:
        first, second = items[at], items[at + 1]
        at += 1
        if first.kind != "place" or second.kind != "place" or not first.place or not second.place:
            continue
        place = joined(at - 1, first.place, second.place)
        if place is not None:
            words = (*first.words, *second.words)
            items[at - 1 : at + 1] = [Item("place", "", words, first.start, second.end, place)]


def _main_station_of(city: Place, station: Place) -> Place | None:
    """`station`, if all its candidates are among the first of `city`'s (its main stations)."""
    main = city.codes[:_MAIN_STATIONS]
    if len(station.codes) < len(city.codes) and set(station.codes) <= set(main):
        return station
    return None


# How many of a city's candidates are its main stations ("Calcutta": Howrah, Sealdah, Kolkata).
_MAIN_STATIONS: Final = 3


def _owned(items: list[Item], at: int) -> bool:
    """Whether a possessive goes right before the word at `at` ("my mum is travelling to pune",
    "meri bina"): a person or a thing of one's own, never a station, however the sentence goes
    on."""
    return at > 0 and items[at - 1].words[-1:] in _POSSESSIVES


_POSSESSIVES: Final = frozenset(
    {("my",), ("our",), ("his",), ("her",), ("your",), ("their",), ("meri",), ("mera",),
     ("mere",), ("hamari",), ("humari",), ("uski",), ("unki",)}
)  # fmt: skip


def _said(items: list[Item]) -> int:
    """How many items say something (not filler, not punctuation)."""
    return sum(item.kind not in ("stop", "sep") for item in items)


def _find_places(parse: Parse, index: StationIndex) -> None:
    items = parse.items
    said = _said(items)
    replaced: list[Item] = []
    last = 0
    for start, end in _runs(items):
        replaced.extend(items[last:start])
        last = end
        # Only words at an end of the run touch what places a station: in "dr sahab ko",
        # "ko" places "sahab", not "dr".
        left, right = _beside(items, start, -1), _beside(items, end - 1, 1)
        right = right or _located(parse, items, start, end)
        # "12951 rajdhani kota kitne baje", "12926 वडोदरा कितने बजे": a numbered train's time
        # at a station ("khana kitne baje milega" names none)
        right = right or (parse.train is not None and _hour_asked(items, end))
        going = _going_after(items, end - 1)
        alone = said == end - start  # these words are all the message says
        run = [item.words[0] for item in items[start:end]]
        i = start
        while i < end:
            opens = _starts_name(parse, items[i], index) or _kind_follows(run, i - start, index)
            longest = min(MAX_WORDS, end - i) if opens else 1
            for size in range(longest, 0, -1):
                first, final = items[i], items[i + size - 1]
                words = tuple(run[i - start : i - start + size])
                typed = parse.raw[first.start : final.end]
                capitals = not parse.shouting and typed.isupper() and len(typed) >= 2
                spoken = parse.romanized is not None and parse.romanized.romanised_at(first.start)
                # "दिल्ली से पूरी तरह": an everyday word written in Devanagari is placed only by
                # the postposition after it ("पूरी से हावड़ा"), not by the "से" before it
                follows = not (spoken and _common_written(parse, first, final))
                placed = (i == start and left and follows) or (i + size == end and right)
                # "16021 कल मैसूर जाएगी?": a name written in Devanagari before a verb of going
                placed = placed or (i + size == end and going and spoken)
                placed = placed and not (size == 1 and _owned(items, i))
                quotas = size == 1 and _bent_quota(items, i)
                place = None if quotas or (spoken and _loanwords(words)) else exact_place(
                    words,
                    typed,
                    index,
                    placed=placed,
                    alone=alone,
                    typed_code=capitals,
                    spoken=spoken,
                    written=_written(parse, first, final) if spoken else "",
                )  # "मोबाइल", "कार्ड", "बॉट": English words, never a station's name or code
                if place is None and spoken:
                    flap = _flapped(parse, first, final)
                    if flap is not None and flap != words:
                        place = exact_place(
                            flap,
                            typed,
                            index,
                            placed=placed,
                            alone=alone,
                            typed_code=False,
                            spoken=True,
                        )
                    if place is None and placed and not quotas and not _loanwords(words):
                        # "मधुबनी" ("madhubni"): a small station by its consonants, last; "खगड़िया"
                        # ("khagadiya") as English names write ड़ too (Khagaria)
                        for spelling in dict.fromkeys((words, flap or words)):
                            place = place or exact_place(
                                spelling,
                                typed,
                                index,
                                placed=True,
                                alone=alone,
                                typed_code=False,
                                spoken=True,
                                consonants=True,
                            )
                if place is not None:
                    replaced.append(Item("place", "", words, first.start, final.end, place))
                    i += size
                    break
            else:
                replaced.append(items[i])
                i += 1
    replaced.extend(items[last:])
    parse.items = replaced


def _kind_follows(run: list[str], at: int, index: StationIndex) -> bool:
    """Whether a kind of station follows a word that names no city by itself ("पूर्णिया
    जंक्शन"): the two are one name, looked up together. A city's name is found alone, and
    narrowed to the station of that kind after (`_kinds_narrow`)."""
    if at + 1 >= len(run) or run[at + 1] not in _STATION_KINDS:
        return False
    return not (index.by_name(run[at]) or SOUND_ALIKE.find(run[at]))


def _city_then_station(parse: Parse, index: StationIndex) -> None:
    """A city's name right before one of its stations' as one end of a journey ("लखनऊ चारबाग से",
    "दिल्ली निज़ामुद्दीन से", "to mumbai dadar") is that station: the city only says where it is.
    Side by side with no word of a journey's end around them ("mumbai thane local trains") they
    stay two places (a main station beside its city is one place either way:
    `_city_and_its_station`)."""
    items = parse.items

    def joined(at: int, city: Place, station: Place) -> Place | None:
        around = items[at - 1 : at] + items[at + 2 : at + 3]
        if not any(item.kind == "conn" for item in around):
            return None
        if len(city.codes) < 2 or not set(station.codes) < set(city.codes):
            return None
        return Place(station.codes, station.reason, parse.raw[items[at].start : items[at + 1].end])

    _join_places(items, joined)


def _road_stations(parse: Parse, index: StationIndex) -> None:
    """A station named "X Road" before "se" ("nashik road se patna", "अबू रोड से जयपुर", "खुर्दा
    रोड से पुरी") is that station, left to start the journey: "road se" (by road) is no way of
    travelling after a place that the road is part of the name of."""
    items = parse.items
    for at in range(len(items) - 1):
        place, road = items[at], items[at + 1]
        if place.kind not in ("place", "word") or road.kind != "intent":
            continue
        if road.words != ("road", "se") or (place.kind == "word" and len(place.words) != 1):
            continue
        words = (*place.words, "road")
        typed = parse.raw[place.start : road.start + len("road")]
        spoken = parse.romanized is not None and parse.romanized.romanised_at(place.start)
        named = exact_place(
            words, typed, index, placed=True, alone=False, typed_code=False, spoken=spoken
        )
        if named is None:
            continue
        cut = road.start + len("road")
        items[at] = Item("place", "", words, place.start, cut, named)
        items[at + 1] = Item("conn", CONN_SRC, ("se",), road.end - len("se"), road.end)


# Words of a question about a code or a station ("R कोड किसका है", "टिकट पर R लिखा है").
_CODE_ASKED: Final = frozenset({"code", "kod", "station", "matlab", "likha", "likhi", "likhe"})
_MAX_CODE: Final = 4


def _codes_among_devanagari(parse: Parse, index: StationIndex) -> None:
    """A station's code typed in capital Latin letters in a Devanagari question about a code
    or a station is that code however short or however like an English word ("R कोड किसका है",
    "BE किस स्टेशन का कोड है"): the script the code is written in sets it apart."""
    for item in parse.items:
        if item.kind not in ("word", "stop") or len(item.words) != 1:
            continue
        typed = parse.raw[item.start : item.end]
        if not (typed.isascii() and typed.isalpha() and typed.isupper()):
            continue
        station = index.get(typed) if len(typed) <= _MAX_CODE else None
        if station is not None:
            item.kind, item.place = "place", Place((station.code,), "code", typed)


def _starts_name(parse: Parse, item: Item, index: StationIndex) -> bool:
    """Whether `item` may open a station's name of several words: as the index spells it, or,
    written in Devanagari, as Hindi spells it ("हजरत निजामुद्दीन": Hazrat Nizamuddin)."""
    word = item.words[0]
    if index.starts_name(word):
        return True
    spoken = parse.romanized is not None and parse.romanized.romanised_at(item.start)
    return spoken and SOUND_ALIKE.starts_name(word)


# Gujarati "thi" and Marathi "hun" (from) are Hindi's "was" and "am": "from" only between places.
_FROM_BETWEEN: Final = frozenset({"thi", "hun"})


def _from_between_places(parse: Parse, index: StationIndex) -> None:
    """ "surat thi vadodara", "pune hun mumbai": "thi" or "hun" between two names of stations is
    the journey's "from" (a word that is also a place, "surat", counts before it); "jhansi ki rani
    kaun thi", "main delhi me hun" keep their verbs."""
    items = parse.items
    for at in range(1, len(items) - 1):
        item, before, after = items[at], items[at - 1], items[at + 1]
        if not item.words or item.words[0] not in _FROM_BETWEEN:
            continue
        ends = [_as_place(parse, side, index) for side in (before, after)]
        if all(ends):
            item.kind, item.value = "conn", CONN_SRC
            for side, place in zip((before, after), ends, strict=True):
                side.kind, side.place = "place", place


def _as_place(parse: Parse, item: Item, index: StationIndex) -> Place | None:
    """The station an item is, found already or a word that is also a place ("surat")."""
    if item.kind == "place":
        return item.place
    if item.kind != "word" or item.words[0] not in PLACE_OR_WORD:
        return None
    return _side_by_side(parse, item, index)


def _side_by_side(parse: Parse, item: Item, index: StationIndex) -> Place | None:
    """The station one word names exactly where the sentence places one (beside another place,
    asked how far): written in Devanagari, a word is a code only as `exact_place` hears one ("झाँसी
    मा", in Jhansi: no MA)."""
    typed = parse.raw[item.start : item.end]
    spoken = _spoken(parse, item)
    return exact_place(
        item.words,
        typed,
        index,
        placed=True,
        alone=False,
        typed_code=False,
        spoken=spoken,
        written=_written(parse, item, item) if spoken else "",
    )


def _places_beside_places(parse: Parse, index: StationIndex) -> None:
    """ "kota delhi", "surat ahmedabad": a word that is also a place ("kota", "surat") counts as
    one right beside another place, as two places side by side make a journey."""
    items = parse.items
    for at, item in enumerate(items):
        if item.kind != "word" or item.words[0] not in PLACE_OR_WORD:
            continue
        beside = [items[n] for n in (at - 1, at + 1) if 0 <= n < len(items)]
        if any(other.kind == "place" for other in beside):
            place = _side_by_side(parse, item, index)
            if place is not None:
                item.kind, item.place = "place", place


# The words of how far, bar the asking ("kitne km", "कितनी दूर", "how many kilometres").
_HOW_FAR: Final = frozenset[str]().union(*DISTANCE_GROUPS) - {
    "how", "many", "kitna", "kitne", "kitni"
}


def _places_before_how_far(parse: Parse, index: StationIndex) -> None:
    """ "कोटा कितने किलोमीटर है शुरू से", "kota kitni door hai": a word that is also a place,
    asked how far (the words of distance right after it, but for the asking), is that place."""
    items = parse.items
    for at, item in enumerate(items):
        if item.kind != "word" or item.words[0] not in PLACE_OR_WORD:
            continue
        near = _neighbour_at(items, at, 1)
        if near is None or items[near].kind != "word" or items[near].words[0] not in _HOW_FAR:
            continue
        place = _as_place(parse, item, index)
        if place is not None:
            item.kind, item.place = "place", place


# "After", "before" beside a name while a halt is asked ("the next stop after kota", "kota ke
# baad agla station", "kota se pehle kaunsa stop"): the name is a station of a route.
_AROUND_A_HALT: Final = frozenset({"after", "before", "baad", "bad", "pehle", "pahle"})
_HALT_WORDS: Final = frozenset(
    {"stop", "stops", "halt", "halts", "station", "stations", "stn", "stoppage", "comes", "aata"}
)


def _places_around_a_halt(parse: Parse, index: StationIndex) -> None:
    """ "What's the next stop after kota", "kota ke baad agla station": a word that is also a
    place ("kota"), right before or after "after" or "ke baad" while a halt is asked, is that
    place, not the quota it also names."""
    items = parse.items
    for at, item in enumerate(items):
        if item.kind != "word" or item.words[0] not in PLACE_OR_WORD:
            continue
        beside = [items[n] for n in (at - 1, at + 1) if 0 <= n < len(items)]
        if any(_AROUND_A_HALT & set(other.words) for other in beside):
            place = _as_place(parse, item, index)
            if place is not None:
                item.kind, item.place = "place", place


# Nouns of a station's board or of a train's place at one ("kota trains", "kota ka platform").
_BOARD_NOUNS: Final = TRAIN_NOUNS | PLATFORM_WORDS | {"departures", "arrivals"}


def _place_opening_a_board(parse: Parse, index: StationIndex) -> None:
    """ "kota trains between 11 pm and 5 am", "kota platform kya hai", "kota ka platform": a
    message opening with a word that is also a station's name ("kota", also a quota), right
    before a train's or a platform's word (perhaps after "ka"), is that station: its trains, or
    a train's platform there ("12951 kota platform", "aur kota ka platform"). Never a quota the
    message names ("tatkal kota"), nor a word after another word ("new trains")."""
    items = parse.items
    if parse.quota is not None:
        return
    for start, first in enumerate(items):
        if first.kind != "word" or len(first.words) != 1 or first.words[0] not in PLACE_OR_WORD:
            continue
        if start and items[start - 1].kind == "word":
            continue  # "new trains", "ss kota trains": opening, or after a train or "and"
        at = start + 1
        while at < len(items) and items[at].kind == "stop" and items[at].words[0] in _OF_TRAIN:
            at += 1
        if at >= len(items) or not set(items[at].words[:1]) & _BOARD_NOUNS:
            continue
        place = _as_place(parse, first, index)
        if place is not None and (place.reason != "code" or place.named):
            first.kind, first.place = "place", place


# Words for a train, after which two names side by side are a journey ("surat vadodara train").
_TRAIN_WORDS: Final = frozenset(
    {"train", "trains", "tren", "gadi", "gaadi", "gadiyan", "gaadiyan", "local", "rail"}
)
# Filler between a journey's places and the train word ("gwalior jhansi ki gaadi").
_OF_TRAIN: Final = frozenset({"ki", "ka", "ke", "wali", "vali", "waali"})


def _places_side_by_side(parse: Parse, index: StationIndex) -> None:
    """A terse journey, two names side by side before a train word ("सूरत वडोदरा ट्रेन", "bina
    sagar train", "ग्वालियर झांसी की गाड़ी"): a word beside a place found, or two words before
    the train word, are places when each names a station, by its name (an everyday word too:
    "bina", "sagar") or, for the names written in Devanagari or misspelt, by its sound."""
    items = parse.items
    for start, end in reversed(_runs(items)):
        if end - start > 2:
            continue
        beside = any(
            0 <= at < len(items) and items[at].kind == "place" for at in (start - 1, end)
        )
        pair = end - start == 2 and _before_train(items, end)
        going = end - start == 1 and _whose_train(items, end)  # "gaya wali train"
        if not (beside and end - start == 1) and not pair and not going:
            continue
        found = [_side_place(parse, item, index) for item in items[start:end]]
        if all(place is not None for place in found):
            for item, place in zip(items[start:end], found, strict=True):
                item.kind, item.place = "place", place


def _before_train(items: list[Item], at: int) -> bool:
    """Whether the train word follows at `at`, perhaps after "ki" ("... ki gaadi")."""
    while at < len(items) and items[at].kind == "stop" and items[at].words[0] in _OF_TRAIN:
        at += 1
    return at < len(items) and bool(set(items[at].words) & _TRAIN_WORDS)


def _whose_train(items: list[Item], at: int) -> bool:
    """Whether "wali" and a train word follow at `at` ("gaya wali train", "kota vali gaadi"):
    the train going to the place just before."""
    if at + 1 >= len(items) or items[at].words[:1] not in _WHOSE:
        return False
    return bool(set(items[at + 1].words) & _TRAIN_WORDS)


_WHOSE: Final = frozenset({("wali",), ("vali",), ("waali",), ("wala",), ("vala",), ("waala",)})


def _side_place(parse: Parse, item: Item, index: StationIndex) -> Place | None:
    """The station one word beside another place names, exactly or misspelt."""
    typed = parse.raw[item.start : item.end]
    place = _side_by_side(parse, item, index)
    if place is not None or len(item.words[0]) < MIN_SIDE_LETTERS:
        return place
    return fuzzy_place(item.words, typed, index, spoken=_spoken(parse, item))


MIN_SIDE_LETTERS: Final = 4  # the shortest word looked up as a misspelt place beside another


# Words that follow a verb ("gaya tha", "chala gaya hai"): a word that is also a place, just
# before one and not placed by a connector, is the verb.
_AUXILIARIES: Final = frozenset({"tha", "thi", "the", "hai", "hain", "hu", "hoon", "hun", "ho"})


def _verbs_not_places(items: list[Item]) -> None:
    """ "chand par kaun gaya tha", "main bhi gaya hu": an ordinary word that is also a place's
    name ("gaya" went), followed by a helping verb, is the verb, unless a connector before it
    places a station there ("patna se gaya"), or the helping verb is Gujarati's or Marathi's
    "from" before another place ("surat thi vadodara", "pune hun mumbai")."""
    for at, item in enumerate(items[:-1]):
        if item.kind != "place" or len(item.words) != 1 or item.words[0] not in PLACE_OR_WORD:
            continue
        before = items[at - 1] if at > 0 else None
        if before is not None and before.kind == "conn":
            continue
        after = items[at + 1]
        journey = after.kind == "conn" and at + 2 < len(items) and items[at + 2].kind == "place"
        if after.words[:1] and after.words[0] in _AUXILIARIES and not journey:
            item.kind, item.place = "word", None


def _verbs_after_stems(items: list[Item]) -> None:
    """ "samajh gaya", "ho gaya", "chhut gaya": an ordinary word that is also a place's name
    ("gaya" went), right after a verb's stem, is the verb ("patna se gaya" stays a place)."""
    for at, item in enumerate(items[1:], start=1):
        if item.kind != "place" or len(item.words) != 1 or item.words[0] not in PLACE_OR_WORD:
            continue
        if items[at - 1].kind in ("word", "stop") and items[at - 1].words[-1] in _VERB_STEMS:
            item.kind, item.place = "word", None


# Stems of verbs a helping "gaya" follows ("samajh gaya", "ho gaya", "mil gaya").
_VERB_STEMS: Final = frozenset(
    {"samajh", "samjh", "ho", "aa", "chala", "chali", "mil", "kho", "ruk", "bhool", "bhul",
     "nikal", "so", "baith", "thak", "dar", "uth", "ban", "lag", "kar", "le", "de", "reh", "rah",
     "chal", "jaa", "gir", "phas", "fas", "chhut", "chut", "chhoot", "choot", "ghoom", "ghum",
     "badal", "bik", "bhar", "mar", "toot", "tut", "phat", "fat", "kat", "bach", "aaya", "aagaya"}
)  # fmt: skip


def _flapped(parse: Parse, first: Item, final: Item) -> tuple[str, ...] | None:
    """The Devanagari words of first..final romanised with ड़ as r (Howrah, Vijayawada has d)."""
    if parse.romanized is None:
        return None
    start, end = parse.romanized.original_span(first.start, final.end)
    written = parse.romanized.original[start:end]
    if "\u095c" not in written and "\u095d" not in written and "\u093c" not in written:
        return None
    return tuple(
        flapped(word) if has_devanagari(word) else word for word in written.lower().split()
    )


def _asked_date(dates: list[Found], text: str, today: dt.date) -> Found | None:
    """The date a message asks about: of several ("kal full thi kya, aaj milegi?"), the first
    whose words up to the next date tell nothing past ("thi", "was"): what was is the context;
    so is a day gone beside one to come ("got cancelled yesterday, trains tomorrow")."""
    ordered = sorted(dates, key=lambda found: found.start)
    if len(ordered) > 1:
        coming = [found for found in ordered if not _gone(found, today)]
        ordered = coming if 0 < len(coming) < len(ordered) else ordered
    if len(ordered) == 2 and not WORD.findall(text[ordered[0].end : ordered[1].start]):
        # "शनिवार 12 दिसंबर", "12 dec, saturday": one day said twice, its date the surer
        dated = [found for found in ordered if _DIGIT.search(text[found.start : found.end])]
        if len(dated) == 1:
            return dated[0]
    for at, found in enumerate(ordered):
        end = ordered[at + 1].start if at + 1 < len(ordered) else len(text)
        if len(ordered) == 1 or not set(WORD.findall(text[found.end : end])) & PAST_WORDS:
            return found
    return dates[0] if dates else None


def _gone(found: Found, today: dt.date) -> bool:
    return isinstance(found.value, dt.date) and found.value < today


def _common_written(parse: Parse, first: Item, final: Item) -> bool:
    """Whether first..final, written in Devanagari, is one everyday Hindi word as Hindi spells
    it ("पूरी", whole; not "पुरी", Puri)."""
    if parse.romanized is None or first is not final:
        return False
    start, end = parse.romanized.original_span(first.start, final.end)
    return parse.romanized.original[start:end] in COMMON_WRITTEN


def _written(parse: Parse, first: Item, final: Item) -> str:
    """first..final as the message wrote them (in Devanagari, before romanising)."""
    if parse.romanized is None:
        return ""
    start, end = parse.romanized.original_span(first.start, final.end)
    return parse.romanized.original[start:end]


def _loanwords(words: tuple[str, ...]) -> bool:
    """Whether the words, written in Devanagari, are English words ("मोबाइल", "कार्ड", "सर्विस")
    the transliteration spells back in English: never a station by their sound."""
    return all(word in LOANWORDS for word in words)


def _spoken(parse: Parse, item: Item) -> bool:
    """Whether `item` was written in Devanagari."""
    return parse.romanized is not None and parse.romanized.romanised_at(item.start)


def _fuzzy_keywords(parse: Parse, naming: set[int]) -> None:
    for at, item in enumerate(parse.items):
        if item.kind != "word" or at in naming:
            continue
        if (sense := misspelt_keyword(item.words[0])) is not None:
            item.kind, item.value = sense
        elif (
            _spoken(parse, item)
            and item.words[0] not in NEVER_FUZZY  # "कष्ट" is trouble, never "cost"
            and item.words[0] not in LOANWORDS  # "नॉर्थ" is spelt "north", never "route"
            and (sense := BY_SOUND.get(skeleton(item.words[0])))
        ):
            # An English word written in Devanagari: "पासपोर्ट" is "pasport", passport.
            item.kind, item.value = sense


# Kinds of train long enough to be recognised through a typo ("exprss", "shatabadi").
_SPELT_KINDS: Final = tuple(sorted(kind for kind in TRAIN_KINDS if len(kind) >= 5))


def _misspelt_kinds(items: list[Item]) -> None:
    """An unknown word that is a slip of a kind of train ("exprss", "expres", "rajdhni") is that
    kind, so that the words before it name the train ("karnataka exprss" is Karnataka Express)."""
    for item in items:
        if item.kind == "word" and len(item.words) == 1:
            kind = _misspelt_kind(item.words[0])
            if kind is not None:
                item.words = (kind,)


@lru_cache(maxsize=4096)
def _misspelt_kind(word: str) -> str | None:
    """The kind of train `word` is a one-letter slip of (two for long words), starting with the
    same letter; None when it is none (or is a word of its own)."""
    if len(word) < 5 or not word.isalpha() or word in NEVER_FUZZY or word in TRAIN_KINDS:
        return None
    limit = 1 if len(word) <= 7 else 2
    best = process.extractOne(word, _SPELT_KINDS, scorer=OSA.distance, score_cutoff=limit)
    if best is None or best[0][0] != word[0]:
        return None
    return str(best[0])


@lru_cache(maxsize=8192)
def misspelt_keyword(word: str) -> Sense | None:
    """The keyword `word` is a one-letter slip of (two for long words), if any: never a railway
    keyword when the examples say the word outside railways ("training" is no slip of "train
    running", "truck" none of "track"); small talk's may be ("smart" for "start")."""
    if len(word) < 4 or word in NEVER_FUZZY or not word.isalpha():
        return None
    limit = 1 if len(word) <= 7 else 2
    best = process.extractOne(word, FUZZY_WORDS.keys(), scorer=OSA.distance, score_cutoff=limit)
    if best is None:
        return None
    keyword = best[0]
    # Short words: only a slip inside a short keyword that starts the same ("seet", "fair").
    if len(word) == 4 and (keyword[0] != word[0] or len(keyword) > 5):
        return None
    sense = FUZZY_WORDS[keyword]
    if sense[1] not in _SMALL_TALK and model().word_of_elsewhere(word):
        return None
    return sense


# The senses of small talk, which a word said outside railways may be a slip of too.
_SMALL_TALK: Final = frozenset(
    {Intent.GREETING, Intent.THANKS, Intent.HELP, Intent.LANGUAGE, Intent.FORGET_ME}
)


def _find_misspelt_places(parse: Parse, index: StationIndex) -> None:
    items = parse.items
    said = _said(items)
    budget = MAX_FUZZY_LOOKUPS
    for start, end in reversed(_runs(items)):
        if parse.train is not None:
            # "12002 शताब्दी ग्वालियर कितने बजे": the numbered train's kind, then the place
            while end - start > 1 and items[start].words[0] in TRAIN_KINDS:
                start += 1
        if budget <= 0 or end - start > MAX_WORDS:
            continue
        placed = _placed(items, start, end, misspelt=True)
        if not (placed or said == end - start):
            continue
        words = tuple(item.words[0] for item in items[start:end])
        if sum(len(w) for w in words) < 4 or (end - start == 1 and _bent_quota(items, start)):
            continue
        if all(map(model().word_of_elsewhere, words)):
            continue  # "corporate training for sales team": a word of its own, no slip of a place
        budget -= 1
        typed = parse.raw[items[start].start : items[end - 1].end]
        spoken = parse.romanized is not None and parse.romanized.romanised_at(items[start].start)
        if spoken and _loanwords(words):
            continue  # an English word written in Devanagari is no misspelt station
        place = fuzzy_place(words, typed, index, spoken=spoken, placed=placed)
        if place is None and end - start > 1:
            # "bangalor jaldi": the first word alone may be the misspelt place.
            budget -= 1
            typed = parse.raw[items[start].start : items[start].end]
            words, end = words[:1], start + 1
            place = fuzzy_place(words, typed, index, spoken=spoken, placed=placed)
        if place is not None:
            items[start:end] = [
                Item("place", "", words, items[start].start, items[end - 1].end, place)
            ]


def _two_between_places(items: list[Item]) -> None:
    """ "दिल्ली टू मुंबई" (read "dilli two mumbai"): "two" between two places is the English
    "to" written as it sounds."""
    for before, item, after in zip(items, items[1:], items[2:], strict=False):
        if item.kind == "word" and item.words == ("two",) and before.kind == after.kind == "place":
            item.kind, item.value = "conn", CONN_TO


def _spoken_two(parse: Parse) -> None:
    """ "आरा टू पटना" (read "ara two patna"): "टू" between two words, neither a class it counts
    (those are read as the class: "टू एसी"), is the English "to" written as it sounds, and places
    the words beside it as "to" does ("ara", "gaya" are stations there)."""
    items = parse.items
    for before, item, after in zip(items, items[1:], items[2:], strict=False):
        two = item.kind == "word" and item.words == ("two",) and _spoken(parse, item)
        if two and before.kind == after.kind == "word":
            item.kind, item.value = "conn", CONN_TO


def _toh_before_journey(items: list[Item]) -> None:
    """ "achha to delhi se mumbai ki train": "to" before "<place> se <place>" is the Hindi "toh"
    ("so", "then"); a journey put the English way says "from", never "se"."""
    for at, item in enumerate(items):
        if item.kind != "conn" or item.value != CONN_TO or item.words != ("to",):
            continue
        place = _next_said(items, at, 1)
        while place is not None and items[place].kind == "cut":
            place = _next_said(items, place, 1)  # "to kal delhi se mumbai"
        if place is None or items[place].kind != "place":
            continue
        conn = _next_said(items, place, 1)
        if conn is None or not _is(items, conn, "conn", CONN_SRC):
            continue
        if _is(items, _next_said(items, conn, 1), "place"):
            item.kind, item.value = "stop", ""


def _spoken_toh(parse: Parse) -> None:
    """ "तो दिल्ली से मुंबई की ट्रेनें": "तो" (read "to") is "so", "then"; it places nothing
    (the English "to" written in Devanagari is "टू")."""
    for item in parse.items:
        if item.kind == "conn" and item.words == ("to",) and _spoken(parse, item):
            item.kind, item.value = "stop", ""


def _verbs_after_to(items: list[Item]) -> None:
    """ "need to travel mumbai to pune": the first "to" starts a verb, it places nothing."""
    for item, after in itertools.pairwise(items):
        verb = bool(after.words[:1]) and after.words[0] in TO_VERBS
        if item.kind == "conn" and item.value == CONN_TO and verb:
            item.kind, item.value = "stop", ""


def _waiting_as_verb(items: list[Item]) -> None:
    """ "i am waiting at platform for 12926", "waiting for 12951 since 2 hours": a person waiting,
    said with a helping verb before it or a place or a train after it, not a waiting list."""
    for at, item in enumerate(items):
        if item.kind != "intent" or item.words != (_WAITING,):
            continue
        before = items[at - 1].words if at > 0 else ()
        after = [other for other in items[at + 1 : at + 3] if other.kind != "sep"]
        waited = bool(after) and after[0].words in _WAITED_BY
        for_a_train = (
            len(after) == 2 and after[0].words == ("for",) and after[1].kind in ("cut", "hint")
        )
        if before in _ONE_WAITS or waited or for_a_train:
            item.kind, item.value = "stop", ""


def _living_as_verb(items: list[Item]) -> None:
    """ "i live in surat want to go siwan", "we live near kota", "main surat me live karta hu":
    a person living somewhere, said with who lives before it or where after it, not a train's
    live status ("12951 live", "live status of 12627"); "i stay in kota", "we stay near pune":
    where one lives, not a hotel stay (said with who and where)."""
    for at, item in enumerate(items):
        if item.kind not in ("intent", "hint") or item.words not in _LIVING:
            continue
        before = items[at - 1].words if at > 0 else ()
        after = items[at + 1].words if at + 1 < len(items) else ()
        # "stay" needs both ("hotel stay in goa" is a hotel's); "live" either
        both = before in _WHO_LIVES and after in _WHERE_ONE_LIVES
        either = before in _WHO_LIVES or after in _WHERE_ONE_LIVES
        if both or (item.words == (_LIVE,) and either):
            item.kind, item.value = "stop", ""


_LIVE: Final = "live"
# Living or staying somewhere ("i live in", "we stay in"; "stay" alone is a hotel's).
_LIVING: Final = frozenset({(_LIVE,), ("stay",)})
# Who lives somewhere ("i live", "we live", "my parents live", "jo log ... live"): a person.
_WHO_LIVES: Final = frozenset(
    (word,)
    for word in ("i", "we", "they", "you", "u", "people", "parents", "family", "who", "also",
                 "still", "currently", "now", "both", "log")
)  # fmt: skip
# Where one lives, said right after ("live in", "live near", "live karta hai").
_WHERE_ONE_LIVES: Final = frozenset(
    (word,)
    for word in ("in", "near", "with", "here", "there", "nearby", "karta", "karti", "karte",
                 "krta", "krti", "krte")
)  # fmt: skip
_WAITING: Final = "waiting"
# A train that will get somewhere will reach there ("when will it get to kota", "what time does it
# get to kota", "when it gets to kota"); not a person getting there ("how do i get to kota": the
# trains to Kota).
_GET: Final = frozenset({"get", "gets"})
_GETS_THERE: Final = re.compile(
    r"\b(?:(?:will|wil|does|do|did)\s+(?:it|the\s+train|\d{5})|(?:it|train|\d{5})\s+(?:will|wil))"
    r"\s+get\s+(?:to|there|into|in)\b"
    r"|\b(?:it|train|\d{5})\s+gets\s+(?:to|there|into|in)\b"
    # a board's train said by where it goes ("when does the ghaziabad one get there?"); never
    # "how does one get to kota" (a person)
    r"|\bthe\s+(?:[a-z]+\s+){1,2}one\s+(?:will\s+)?gets?\s+(?:to|there|into|in)\b"
)
# What says a person is waiting ("i am waiting", "we were waiting"), or where ("waiting at").
_ONE_WAITS: Final = frozenset({("am",), ("im",), ("are",), ("were",), ("been",), ("we",)})
_WAITED_BY: Final = frozenset({("at",), ("since",), ("on",), ("here",), ("outside",)})


def _train_names(parse: Parse) -> None:
    """A place just before a kind of train, in a question about a train number, is part of
    the train's name ("12015 Ajmer Shatabdi"), not a station."""
    if parse.train is None:
        return
    items = parse.items
    for at, item in enumerate(items):
        after = items[at + 1].words[:1] if at + 1 < len(items) else ()
        if item.kind == "place" and after and after[0] in TRAIN_KINDS:
            if _said_as_an_end(items, at):
                continue  # "दिल्ली से कोलकाता राजधानी 12302": Kolkata is where the journey goes too
            item.kind, item.place = "word", None
            _name_after_number(items, at)
        elif item.kind == "place" and _name_begun_by_a_place(parse, at):
            # "12003 lko swarna shatabdi arrival time at kanpur": the Lucknow Swarna Shatabdi
            item.kind, item.place = "word", None
        elif item.kind == "place" and after[:1] in _OWNER and _named_after(parse, at):
            # "ट्रेन 12129 आजाद हिंद के सारे ठहराव": the number's name, "Azad Hind", whose stops
            item.kind, item.place = "word", None
        elif item.kind == "place" and after[:1] in _INSIDE and _name_holding(parse, at):
            # "16021 कावेरी में कल स्लीपर खाली है": seats in the Kaveri Express, no station's
            item.kind, item.place = "word", None


def _name_begun_by_a_place(parse: Parse, at: int) -> bool:
    """Whether the one-word place at `at`, right after the train's number, begins its name with
    one more word before its kind ("12003 lko swarna shatabdi", "12817 ranchi swarna jayanti
    express"): the train's town in its name, never a station asked."""
    items = parse.items
    if at < 1 or len(items[at].words) != 1:
        return False
    number = items[at - 1]
    if number.kind != "cut" or not parse.raw[number.start : number.start + 1].isdigit():
        return False
    for middle in range(at + 1, min(at + 3, len(items) - 1)):
        word = items[middle]
        if word.kind != "word" or len(word.words[0]) < _NAME_WORD_LETTERS:
            return False
        kind = items[middle + 1].words[:1]
        if kind and kind[0] in TRAIN_KINDS:
            return True
    return False


def _named_after(parse: Parse, at: int) -> bool:
    """Whether the one-word place at `at` ends a name begun right after the train's number by a
    word that names nothing ("12129 आजाद हिंद के", "12129 azad hind ka route"): the train's
    name, never a station that an unknown word would come before."""
    items = parse.items
    if at < 2 or len(items[at].words) != 1 or items[at - 1].kind != "word":
        return False
    number = items[at - 2]
    if number.kind != "cut" or not parse.raw[number.start : number.start + 1].isdigit():
        return False
    return len(items[at - 1].words[0]) >= _NAME_WORD_LETTERS


def _name_holding(parse: Parse, at: int) -> bool:
    """Whether the one-word place at `at`, right after the train's number and before "in"
    ("16021 कावेरी में", "12727 godavari me"), is the train's name whose seats, classes or
    pantry are asked: what a train holds is in the train, while a station after its number is
    where it stops or arrives ("12627 bhopal me rukegi", "12002 bhopal me kitne baje")."""
    items = parse.items
    if at < 1 or len(items[at].words) != 1:
        return False
    number = items[at - 1]
    if number.kind != "cut" or not parse.raw[number.start : number.start + 1].isdigit():
        return False
    if sum(1 for item in items if item.kind == "place") > 1:
        return False  # "12627 bhopal me, indore se 3a": a journey's places
    held = parse.travel_class is not None or parse.quota is not None
    for item in items[at + 2 :]:
        if item.kind == "intent" and item.value in _HALT_OR_TIME:
            return False
        seats = item.kind == "intent" and item.value == Intent.SEAT_AVAILABILITY
        held = held or seats or (bool(item.words) and item.words[0] in _HELD)
    return held


# "In" said after a train's name ("16021 kaveri me", "कावेरी में").
_INSIDE: Final = frozenset({("me",), ("mein",), ("main",), ("mai",), ("mei",), ("men",), ("in",)})
# What a train holds, asked of it ("pantry", "seat", "jagah"), beside a class or quota.
_HELD: Final = frozenset(
    {"pantry", "seat", "seats", "jagah", "berth", "berths", "khana", "food", "khali", "wifi",
     "charging", "waiting", "available", "availability"}
)  # fmt: skip
# What a station after a train's number is asked for: a halt, a time or a run.
_HALT_OR_TIME: Final = frozenset(
    {Intent.STOPS_AT, Intent.LIVE_STATUS, Intent.TRAIN_ROUTE, Intent.ARRIVALS}
)
# The fewest letters of a word that begins a train's name ("azad", "tamil").
_NAME_WORD_LETTERS: Final = 3


def _name_after_number(items: list[Item], at: int) -> None:
    """The places before the word at `at` of a train's name, when the name follows its number
    ("12163 dadar chennai express"): the train named by the ends of its run, not stations."""
    start = at
    while start > 0 and at - start < MAX_NAME_WORDS - 1 and _name_word(items[start - 1]):
        start -= 1
    if start == at or start == 0 or items[start - 1].kind != "cut":
        return
    for item in items[start:at]:
        item.kind, item.place = "word", None


def _named_train(parse: Parse) -> None:
    """A train named without its number: a kind of train ("express", "rajdhani", "garib rath")
    with the words just before it ("karnataka express", "mumbai rajdhani", "bhopal shatabdi").
    Its words are the name, not stations or unknown words."""
    if parse.train is not None:
        return
    items = parse.items
    for at, item in enumerate(items):
        if item.kind not in _NAME_KINDS or not _kind(item):
            continue
        end = at + 1
        while end < len(items) and items[end].kind in _NAME_KINDS and _kind(items[end]):
            end += 1
        start = at
        while start > 0 and at - start < MAX_NAME_WORDS and _name_word(items[start - 1]):
            start -= 1
        named = items[start:end]
        words = [word for piece in named for word in piece.words]
        if all(word in GENERIC_KINDS for word in words):
            continue  # "express", "mail": no name; but "rajdhani", "shatabdi" alone name a few
        if len(words) < 2 and words[0] not in _KINDS_ALONE:
            continue  # "bharat ki rajdhani", "jan", "kranti": a word of a kind's name, alone
        if len(words) < 2 and not parse.words.isdisjoint(PLURAL_TRAINS):
            continue  # "rajdhani trains": a kind of train, not one named
        if len(words) < 2 and words[0] in KIND_PARTS:
            continue  # "bharat", "jan", "kranti" alone: India, people, a revolution
        if len(words) < 2 and start > 0 and items[start - 1].words[-1:] in _OWNER:
            continue  # "kohli ki shatabdi": someone's century, not a train
        if end < len(items) and set(items[end].words) & PLURAL_TRAINS:
            continue  # "vande bharat trains from delhi": a kind of train, not one train
        if words[-1] == "mail" and end < len(items) and set(items[end].words) & _EMAIL_AFTER:
            continue  # "bank mail id", "office mail check": an email, not a mail train
        parse.train_name = " ".join(words)  # romanised: the railway's names are in Latin letters
        # "bengaluru se chennai shatabdi": Chennai is also where the journey goes; "delhi bhopal
        # shatabdi": two places before the kind are the journey's ends.
        journey = _journey_end(items, start) or _two_places(named)
        for piece in named:
            if not (journey and piece.kind == "place"):
                piece.kind, piece.value, piece.place = "name", "", None
        return


_NAME_KINDS: Final = frozenset({"word", "hint", "place"})
# Words after "mail" that make it an email ("mail id", "mail check karo", "mail aaya").
_EMAIL_AFTER: Final = frozenset(
    {"id", "address", "login", "password", "inbox", "account", "check", "aaya", "aya", "aayi",
     "ayi", "bhejo", "bhej", "bhejna", "bheja", "kiya", "karo", "kar"}
)  # fmt: skip
# Kinds of train whose one word names a few trains ("rajdhani kahan hai"); "vande", "bharat",
# "garib", "rath", "jan", "sampark", "kranti" name one only with the rest of their name.
_KINDS_ALONE: Final = frozenset(
    {"shatabdi", "rajdhani", "duronto", "humsafar", "tejas", "antyodaya", "janshatabdi"}
)
# A word that makes the kind of train after it someone's ("kohli ki shatabdi", "virat ne").
_OWNER: Final = frozenset({("ki",), ("ka",), ("ke",), ("ne",)})
# Connectors that make the place after them an end of a journey.
_JOURNEY_BEFORE: Final = frozenset(
    {Connector.FROM, Connector.TO, Connector.SRC, Connector.PAIR, Connector.BETWEEN, Connector.AND}
)


def _journey_end(items: list[Item], start: int) -> bool:
    """Whether the place starting a train's name is rather the end of a journey: after "se",
    "to", "from" or another place ("delhi se dehradun shatabdi", "delhi dehradun shatabdi")."""
    if items[start].kind != "place":
        return False
    before = _neighbour(items, start, -1)
    if before is None:
        return False
    return before.kind == "place" or (before.kind == "conn" and before.value in _JOURNEY_BEFORE)


def _said_as_an_end(items: list[Item], at: int) -> bool:
    """Whether the place at `at` comes right after "se", "to" or "from": an end of the journey
    said, whatever train's name it also begins."""
    before = _neighbour(items, at, -1)
    return before is not None and before.kind == "conn" and before.value in _JOURNEY_BEFORE


def _two_places(named: list[Item]) -> bool:
    """Whether a train's name starts with two places one after the other ("delhi bhopal
    shatabdi", "howrah puri vande bharat"): a train named by the ends of its run."""
    return len(named) >= 3 and named[0].kind == named[1].kind == "place"


MAX_NAME_WORDS: Final = 3  # words of a train's name before its kind ("chennai mysore shatabdi")


def _kind(item: Item) -> bool:
    return len(item.words) == 1 and item.words[0] in TRAIN_KINDS


def _name_word(item: Item) -> bool:
    """Whether `item` may be a word of a train's name: an unknown word or a place, with a
    letter, and not a kind of train itself."""
    return (
        item.kind in ("word", "place")
        and not _kind(item)
        and any(word.isalpha() for word in item.words)
        and TRAIN_VERBS.isdisjoint(item.words)  # "kal chalegi shatabdi": a verb, not a name
    )


def _left_topics(items: list[Item], naming: set[int]) -> None:
    """Topic words that no station's name took ("beach" in "goa beach", not in "Chennai Beach"),
    nor a train's ("नंदन कानन एक्सप्रेस")."""
    for at, item in enumerate(items):
        if item.kind != "word" or at in naming:
            continue
        if (sense := LEFT_TOPICS.get(item.words[0])) is not None:
            item.kind, item.value = sense


def _naming_words(items: list[Item]) -> set[int]:
    """Where the unknown words just before a kind of train sit ("nandan kanan" before
    "express", "svarn mandir" before "mail"): the words of a train's name, which no misspelt
    keyword or topic of elsewhere takes, whatever they sound like."""
    naming: set[int] = set()
    for at, item in enumerate(items):
        if not _kind(item) or (at > 0 and _kind(items[at - 1])):
            continue  # the first word of a kind's name ("garib" of "garib rath")
        start = at
        while start > 0 and at - start < MAX_NAME_WORDS and _name_word(items[start - 1]):
            start -= 1
            naming.add(start)
    return naming


def _unnamed_before(items: list[Item], at: int) -> bool:
    """ "jhumritalaiya se delhi": the connector before the place at `at` follows a word that is
    no station we know, the origin we could not name; the place is the destination."""
    conn = at - 1
    while conn >= 0 and items[conn].kind == "stop":
        conn -= 1
    origin = _neighbour(items, conn, -1) if conn >= 0 else None
    if origin is None or origin.kind != "word" or origin.words[0] in COMMON_WORDS:
        return False  # "gaon se aa raha hu lucknow se kanpur": from the village, no station
    return len(origin.words[0]) >= 4


def _place_before_connector(items: list[Item], at: int) -> bool:
    """Whether the connector before the place at `at` follows a place ("mumbai jana hai")."""
    conn = at - 1
    while conn >= 0 and items[conn].kind == "stop":
        conn -= 1
    earlier = _neighbour(items, conn, -1) if conn >= 0 else None
    return earlier is not None and earlier.kind == "place"


# The words of "via" that Hindi says after the place ("kota hokar", "itarsi hote hue").
_VIA_AFTER: Final = frozenset({"hokar", "hoke", "hote"})


def _places_corrected(items: list[Item], at: int) -> list[Item]:
    """The places that stand when a correction starts at `at`: one said after it with its end of
    the journey ("sorry i mean from mumbai", "no wait, to mathura", "मथुरा तक") takes back the
    place of that end before it ("trains from pune to nagpur": Pune), the others the last ones."""
    refused = _denied_places(items)
    denied = {id(item) for item in refused}
    # a place denied after the correction says no end of the one meant ("jaipur se nahi ajmer
    # se": Ajmer's "se" is its own), so its words are left out where the roles are read
    unsaid = {
        id(word) for item in refused if item.start >= at for word in _with_denial(items, item)
    }
    before = [replace(item) for item in items if item.start < at]
    after = [replace(item) for item in items if item.start >= at and id(item) not in unsaid]
    _assign_roles(before)
    _roles_said(after)
    roles = {item.start: item.role for item in [*before, *after] if item.kind == "place"}
    places = [item for item in items if item.kind == "place"]
    return corrected(
        places,
        at,
        role=lambda item: roles.get(item.start, ""),
        same=_said_as,
        denied=lambda item: id(item) in denied,
    )


def _denied_places(items: list[Item]) -> list[Item]:
    """The places denied where said, with or without their end: "jaipur se nahi", "agra nahi"."""
    return [item for item in items if item.kind == "place" and _with_denial(items, item)]


def _with_denial(items: list[Item], place: Item) -> list[Item]:
    """The place with its end and the denial said right after it ("jaipur se nahi"), or nothing
    when it is not denied there."""
    at = next(i for i, item in enumerate(items) if item is place)
    said = [place]
    after = items[at + 1 : at + 3]
    if after and after[0].kind == "conn" and after[0].words[0] in _ENDS_AFTER:
        said.append(after[0])
        after = after[1:]
    if after and after[0].words and after[0].words[0] in DENIALS:
        return [*said, after[0]]
    return []


# Words of a place's end that Hindi says after the place ("jaipur se", "agra tak").
_ENDS_AFTER: Final = frozenset({"se", "sai", "tak", "ko", "pe", "par", "mein", "me"})


def _without_places_taken_back(items: list[Item], meant: set[int]) -> list[Item]:
    """`items` without the places a correction took back, nor the words of their end said right
    after them ("jaipur se nahi ajmer se": Jaipur's "se" goes with Jaipur)."""
    kept: list[Item] = []
    dropping = False
    for item in items:
        if item.kind == "place":
            dropping = id(item) not in meant
            if dropping:
                continue
        elif dropping and item.kind == "conn" and item.words[0] in _ENDS_AFTER:
            continue
        else:
            dropping = False
        kept.append(item)
    return kept


def _said_as(item: Item) -> tuple[str, ...]:
    return item.words


def _assign_roles(items: list[Item]) -> None:
    """Which place is the origin, the destination, or the station asked about."""
    _roles_said(items)
    _roles_left(items)


def _roles_said(items: list[Item]) -> None:
    """The roles the words beside each place say ("from agra", "agra se", "to delhi", "tak")."""
    between = earlier = False
    for at, item in enumerate(items):
        if item.kind == "conn" and item.value == "between":
            between = True
        if item.kind != "place":
            continue
        before, after = _neighbour(items, at, -1), _neighbour(items, at, 1)
        was = before.value if before is not None and before.kind == "conn" else ""
        if was == "src" and _by_train(items, at):
            was = ""  # "train se mumbai se": by train, from Mumbai
        if was == "src" and _from_here(items, at):
            was = "to"  # "yahan se mysore": from here (the place in hand) to Mysore
        then = after.value if after is not None and after.kind == "conn" else ""
        if then == "here":
            then = _beyond_station_word(items, at) or then
        # "ticket for delhi to agra": the journey the ticket is for starts at Delhi.
        journey_for = was == "to" and before is not None and before.words == ("for",)
        # "fare for chennai bengaluru shatabdi": two places side by side after "for" are the
        # journey's two ends, in the order said
        journey_for = journey_for and (then in ("to", "pair") or _place_next(items, at))
        if after is not None and set(after.words[:1]) & _VIA_AFTER and earlier:
            item.role = "via"  # "हैदराबाद से काचीगुडा होकर बैंगलोर": Hindi says "via" after the place
        elif was == "from" or was == "between" or journey_for:
            item.role = "from"
        elif (
            was == "to"
            or (was in ("and", "pair", "src") and (earlier or _unnamed_before(items, at)))
            or (was == "and" and between)
        ):
            item.role = "to"
        elif was in ("at", "in"):
            item.role = "at"
        elif was == "via":
            item.role = "via"
        elif then in ("src", "pair", "to") or (then == "and" and between):
            item.role = "from"
        elif then == "dst":
            item.role = "to"
        elif then == "here":
            item.role = "at"
        elif was == "dst" and not _place_before_connector(items, at):
            item.role = "to"  # "kal jaana hai lucknow": where one goes, said after the verb
        earlier = True


def _place_next(items: list[Item], at: int) -> bool:
    """Whether the item after place `at` is another place, nothing between them."""
    return at + 1 < len(items) and items[at + 1].kind == "place"


def _roles_left(items: list[Item]) -> None:
    """The roles of places no word placed: the first is the origin, the next the destination."""
    places = [item for item in items if item.kind == "place"]
    if len(places) == 1 and places[0].role == "via":
        places[0].role = "at"  # "trains passing through itarsi"
    taken = {item.role for item in places}
    for item in places:
        if item.role:
            continue
        if "from" not in taken and "at" not in taken:
            item.role = "from"
        elif "to" not in taken:
            item.role = "to"
        else:
            continue
        taken.add(item.role)


def _beyond_station_word(items: list[Item], at: int) -> str:
    """The end a connector says right after the station word that follows the place at `at`
    ("ballia station se", "बलिया टीसन से": from Ballia; "patna junction tak": to Patna), if any."""
    word = _neighbour_at(items, at, 1)
    beyond = _neighbour(items, word, 1) if word is not None else None
    if beyond is None or beyond.kind != "conn" or beyond.value not in _ENDS_SAID_AFTER:
        return ""
    return str(beyond.value)


# Connectors said after a place that make it one end of a journey ("se", "tak", "ke liye").
_ENDS_SAID_AFTER: Final = frozenset({"src", "dst"})


def _from_here(items: list[Item], at: int) -> bool:
    """Whether the "se" just before items[at] follows "here" or "there" ("yahan se mysore", "यहाँ
    से मैसूर", "wahan se delhi"): the start is the place in hand, the place named the end."""
    conn = at - 1
    while conn >= 0 and items[conn].kind == "stop":
        conn -= 1
    if conn < 1 or items[conn].kind != "conn":
        return False
    return items[conn - 1].words[-1:] in _HERE_OR_THERE


# "Here" and "there" as Hindi says them before "se" (Devanagari read as "yahan", "vahan").
_HERE_OR_THERE: Final = frozenset(
    {("yahan",), ("yahaan",), ("yaha",), ("idhar",), ("idhr",), ("wahan",), ("wahaan",),
     ("waha",), ("vahan",), ("vahaan",), ("vaha",), ("udhar",), ("udhr",)}
)  # fmt: skip


def _by_train(items: list[Item], at: int) -> bool:
    """Whether the "se" before items[at] follows a train word: "train se" is "by train"."""
    before = at - 1
    while before >= 0 and items[before].kind != "conn":
        before -= 1
    word = items[before - 1] if before >= 1 else None
    return word is not None and word.kind == "hint" and bool(set(word.words) & _TRAIN_WORDS)


MAX_UNFOUND_WORDS: Final = 3  # words of a place we could not name, at most
MIN_UNFOUND_LETTERS: Final = 3


def _unfound_ends(items: list[Item]) -> frozenset[str]:
    """The ends of a journey that words name where the sentence places a station, though no
    station we know has that name: "delhi se xyzabc", "to xyzabc" (the destination), "xyzabc se
    delhi", "xyzabc to delhi" (the origin). An end a station already has is not one."""
    taken = {item.role for item in items if item.kind == "place"}
    found: set[str] = set()
    for start, end in _runs(items):
        words = [item.words[0] for item in items[start:end]]
        if end - start > MAX_UNFOUND_WORDS or not all(word.isalpha() for word in words):
            continue
        if any(word in NOT_PLACES or word in _DAY_PARTS for word in words):
            continue  # "delhi se aage", "mumbai se kitne baje", "tomorrow morning to agra"
        if sum(len(word) for word in words) < MIN_UNFOUND_LETTERS:
            continue
        role = _unfound_role(items, start, end)
        if role and role not in taken:
            found.add(role)
    return frozenset(found)


# The parts of a day ("tomorrow morning to agra"): a time to leave, never a place unfound.
_DAY_PARTS: Final = frozenset().union(*DAY_PART_WORDS.values())


def _next_said(items: list[Item], at: int, step: int) -> int | None:
    """The index of the first item from `at` (going by `step`) that is not filler."""
    at += step
    while 0 <= at < len(items) and items[at].kind == "stop":
        at += step
    return at if 0 <= at < len(items) else None


def _is(items: list[Item], at: int | None, kind: str, *values: str) -> bool:
    return at is not None and items[at].kind == kind and (not values or items[at].value in values)


def _unfound_role(items: list[Item], start: int, end: int) -> str:
    """Which end the unknown words items[start:end] stand for, if any."""
    before, after = _next_said(items, start, -1), _next_said(items, end - 1, 1)
    if _is(items, before, "conn", CONN_TO, CONN_PAIR):
        return "to"
    if _is(items, before, "conn", CONN_FROM):
        return "from"
    ends = after is None or _is(items, after, "sep") or _is(items, after, "cut")
    if _is(items, before, "conn", CONN_SRC) and (ends or _is(items, after, "conn", "dst")):
        # "delhi se xyzabc (tak)": after a place and its "se", the words name where one goes.
        assert before is not None
        if _is(items, _next_said(items, before, -1), "place"):
            return "to"
    if _is(items, after, "conn", CONN_SRC, CONN_TO, CONN_PAIR):
        assert after is not None
        if _is(items, _next_said(items, after, 1), "place"):
            return "from"  # "xyzabc se delhi", "xyzabc to delhi"
        alone = before is None and after == end and _trains_at_most(items, after)
        if alone and _is(items, after, "conn", CONN_SRC):
            return "from"  # "gondwanapur se", "xyzq se trains", "xyz से ट्रेन"
    return ""


def _trains_at_most(items: list[Item], at: int) -> bool:
    """Whether nothing but train words ("trains", "gaadi", "ट्रेन") follows items[at] to the
    message's end: a start said alone, "<place> se (trains)", no other question after it."""
    rest = items[at + 1 :]
    return all(
        item.kind == "stop" or (item.kind == "hint" and set(item.words) <= _TRAIN_WORDS)
        for item in rest
    )


# "3rd passenger", "2nd wale yatri": an ordinal that places a passenger of a booking, not a date.
_PASSENGER_AFTER: Final = re.compile(
    r"\s+(?:(?:wale|wala|wali|vale|waale)\s+)?(?:passenger|yatri|yaatri|musafir|traveller|traveler)\b"
)
_ORDINAL: Final = re.compile(r"\d{1,2}\s*(?:st|nd|rd|th)")


def _places_a_passenger(text: str, found: Found) -> bool:
    """Whether a date found is only an ordinal before a passenger ("3rd passenger kab confirm
    hoga"): that passenger, no day."""
    said = text[found.start : found.end].strip()
    return bool(_ORDINAL.fullmatch(said)) and bool(_PASSENGER_AFTER.match(text, found.end))


# The word for seats or berths that ends a count of travellers ("one seat", "2 berths").
_SEATS_COUNTED: Final = re.compile(r"\s+(?:seats?|berths?|सीट|सीटें)(?:\s+(?:ka|ki|ke|for))?\s*$")


def _without_seats(found: Found, text: str) -> Found:
    """A count of travellers without the word for the seats it counts ("one seat": "one"), so
    that the word is still read as the seats asked for."""
    seats = _SEATS_COUNTED.search(text, found.start, found.end)
    if seats is None:
        return found
    return Found(found.start, seats.start(), found.value, found.word)


def _within(found: Found, spans: list[Found]) -> bool:
    """Whether `found` overlaps one of `spans`."""
    return any(found.start < span.end and span.start < found.end for span in spans)
