"""Dates and hour windows as travellers write them: "kal", "5th dec", "05/12", "agle 3 ghante".

Rules, fixed so that answers are predictable:
- Day and month are read in the Indian order (05/12 is 5 December).
- A date without a year that has already passed this year means next year's.
- A weekday is its next occurrence, today included ("friday" on a Friday is today); "next
  friday" is the next one after today.
- "kal" is tomorrow (the understanding reads it as yesterday when the question is about a train
  already running, see `slots`); "parso" is the day after tomorrow.
- A day of the month alone ("on 28th", "28 tarikh", "28 ko") is this month's, or next month's
  when it has passed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from typing import Final

from app.bot.understanding.transliteration import romanize
from app.i18n.language import has_devanagari

# Word edges that also work for Devanagari (whose vowel signs are not `\w`).
L: Final = r"(?<![0-9a-z\u0900-\u097f])"
R: Final = r"(?![0-9a-z\u0900-\u097f])"


@dataclass(frozen=True)
class Found:
    """A piece of the text recognised as a value, with where it sits."""

    start: int
    end: int
    value: dt.date | int | str
    # the word it came from, when that word is ambiguous ("kal"); `WEEKDAY_WORD` for a weekday
    # said alone
    word: str = ""

    # Written out, not generated, as `Understood`'s is: a dataclass's own `__init__` runs as
    # Python even compiled; the same parameters in the same order with the same defaults as
    # the fields (a test pins it).
    def __init__(
        self,
        start: int,
        end: int,
        value: dt.date | int | str,
        word: str = "",
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "word", word)


MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "jan january janvari janwari jnauary januray januari janury जनवरी जनुअरी जैनुअरी जेनुअरी"
        " जानेवारी",
        "feb february febuary feburary farvari farwari फरवरी फ़रवरी फेब्रुअरी फेब्रुवारी फ़ेब्रुअरी",
        "mar march marc मार्च",
        "apr april aprail aprel अप्रैल एप्रिल",
        "may मई",
        "jun june joon जून",
        "jul july julai जुलाई जुलै",
        "aug august agast augst अगस्त ऑगस्ट",
        "sep sept september septmber sitambar सितंबर सितम्बर सेप्टेंबर सप्टेंबर सेप्टेम्बर",
        "oct october octobar aktubar अक्टूबर अक्तूबर ऑक्टोबर अक्टोबर",
        "nov november novmber novembar navambar नवंबर नवम्बर नोव्हेंबर नवेम्बर नोवेम्बर",
        "dec december decmber decembar disambar dicember dicembar desember disember decemeber"
        " dcember दिसंबर दिसम्बर डिसेंबर दिसेंबर डिसेम्बर"
        " दिसेम्बर",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

WEEKDAYS: Final[dict[str, int]] = {}


def _weekday_plurals(name: str) -> tuple[str, ...]:
    """The plurals of a weekday's full name ("sundays", "ravivaron", "ravivaro", "रविवारों");
    none of a short one ("sun", "thu": "suns", "thus" are words)."""
    if name.endswith("day"):
        return (name + "s",)
    if name.endswith(("var", "war")):
        return (name + "on", name + "o")
    if name.endswith("ार"):
        return (name + "ों",)
    return ()


for _number, _names in enumerate(
    (
        "monday mon somvar somwar somvaar somwaar सोमवार",
        "tuesday tue tues mangalvar mangalwar mangalvaar mangalwaar मंगलवार",
        "wednesday wed budhvar budhwar budhvaar budhwaar बुधवार",
        "thursday thu thur thurs guruvar guruwar guruvaar guruwaar brihaspativar गुरुवार"
        " बृहस्पतिवार",
        "friday fri shukravar shukrawar shukravaar shukrawaar शुक्रवार",
        "saturday sat shanivar shaniwar shanivaar shaniwaar शनिवार",
        "sunday sun ravivar raviwar ravivaar raviwaar itvar itwar रविवार",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number
        # "does it run on sundays", "रविवारों को", "somvaron ko": every such day, the next one
        # first (said of a train's run: its running days)
        for _plural in _weekday_plurals(_name):
            WEEKDAYS[_plural] = _number

# The word of a date that was a weekday said alone ("monday", "shukravar ko"), not "next monday".
WEEKDAY_WORD: Final = "weekday"
# Words for a day counted from today.
RELATIVE_DAYS: Final[dict[str, int]] = {
    "today": 0,
    "todays": 0,
    "tday": 0,
    "tdy": 0,
    "tonight": 0,
    "aaj": 0,
    "aj": 0,
    "2day": 0,  # SMS shorthand, as "2mrw"
    "2dy": 0,
    # Today and tomorrow in the languages Hinglish mixes in: Gujarati and Bengali "aaje", Bengali
    # "ajke", Marathi "udya", Tamil "indru" and "naalai", Telugu "ivvala" and "repu"
    "aaje": 0,
    "ajke": 0,
    "aajke": 0,
    # Khortha and Nagpuri of Jharkhand "aaij" (today)
    "aaij": 0,
    "indru": 0,
    "ivvala": 0,
    "udya": 1,
    # Marathi "उद्याची", "आजची": tomorrow's, today's (the day said with "of")
    "udyachi": 1,
    "udyacha": 1,
    "udyachya": 1,
    "aajchi": 0,
    "aajcha": 0,
    "aajchya": 0,
    "udyaa": 1,
    "naalai": 1,
    "nalai": 1,
    "repu": 1,
    "आज": 0,
    "tomorrow": 1,
    "tomorrows": 1,
    "tomorow": 1,
    "tommorow": 1,
    "tommorrow": 1,
    "tomorrw": 1,
    "tomm": 1,
    "tmrw": 1,
    "tmrow": 1,
    "tmr": 1,
    "2moro": 1,
    "2morrow": 1,
    "2mrw": 1,
    "kal": 1,
    "kl": 1,
    "kale": 1,  # Gujarati, tomorrow or yesterday as "kal"
    "kalhu": 1,  # Bhojpuri and Maithili, as "kal" ("काल्हु", "काल्हि" are read "kal")
    "kalhi": 1,
    "कल": 1,
    "parso": 2,
    "parson": 2,
    "parsho": 2,
    "parsun": 2,
    "परसों": 2,
    "परसो": 2,
    # "narso": the day after "parso", as villages count the days ahead
    "narso": 3,
    "narson": 3,
    "नरसों": 3,
    "नरसो": 3,
    "day after tomorrow": 2,
    # "kal ke baad (wala din)": the day after tomorrow, as "parso"
    "kal ke baad": 2,
    "kal ke bad": 2,
    "kal ke baad wala din": 2,
    "kal ke baad wale din": 2,
    "कल के बाद": 2,
    "कल के बाद वाला दिन": 2,
    "day after": 2,
    "day after tmrw": 2,
    "yesterday": -1,
    "yesterdays": -1,
    "last night": -1,
    "this morning": 0,
    "this evening": 0,
    "day before yesterday": -2,
    "yday": -1,
    "ystrdy": -1,
}
# "parsu", "parsoo", "parsoon" as "parso"; "the day after" spelt short (what follows it decides
# whether it is tomorrow's: `_AFTER_TOMORROW`).
RELATIVE_DAYS.update({"day aftr": 2, "dayafter": 2, "parsu": 2, "parsoo": 2, "parsoon": 2})
# The spellings of tomorrow that "the day after" may come before ("day aftr tmrw").
_TOMORROWS: Final = tuple(w for w, n in RELATIVE_DAYS.items() if n == 1 and w.isascii())
# Counts written as words ("in two days", "do ghante").
NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1,
    "ek": 1,
    "two": 2,
    "do": 2,
    "don": 2,  # Marathi ("दोन तास")
    "dui": 2,  # Bengali and Bhojpuri ("दुई घंटा")
    "दुई": 2,
    "three": 3,
    "teen": 3,
    "four": 4,
    "char": 4,
    "chaar": 4,
    "five": 5,
    "paanch": 5,
    "panch": 5,
    "six": 6,
    "chhe": 6,
    "seven": 7,
    "saat": 7,
    "eight": 8,
    "aath": 8,
    "nine": 9,
    "nau": 9,
    "ten": 10,
    "das": 10,
    "twelve": 12,
    "barah": 12,
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "छः": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "बारह": 12,
}
for _table in (MONTHS, WEEKDAYS, RELATIVE_DAYS, NUMBER_WORDS):
    for _name, _value in list(_table.items()):
        if has_devanagari(_name):  # "जनवरी" is read "janavri" once romanised
            _table.setdefault(romanize(_name).text, _value)

# Days of the month said as Hindi number words ("पंद्रह तारीख", "बीस दिसंबर", "pachis tarikh").
DAY_NUMBER_WORDS: Final[dict[str, int]] = {
    word: day
    for day, words in enumerate(
        (
            "एक ek पहली",
            "दो do",
            "तीन teen",
            "चार char chaar",
            "पांच पाँच panch paanch",
            "छह छः chhe chhah",
            "सात saat",
            "आठ aath",
            "नौ nau",
            "दस das",
            "ग्यारह gyarah gyaarah",
            "बारह barah baarah",
            "तेरह terah",
            "चौदह chaudah chodah",
            "पंद्रह पन्द्रह pandrah",
            "सोलह solah",
            "सत्रह satrah",
            "अठारह atharah",
            "उन्नीस unnis unees",
            "बीस bees bis",
            "इक्कीस ikkis",
            "बाईस bais baais",
            "तेईस teis teis",
            "चौबीस chaubis chaubees",
            "पच्चीस pachchis pachis pachees",
            "छब्बीस chhabbis chabbis",
            "सत्ताईस sattais",
            "अट्ठाईस अठाईस atthais athais",
            "उनतीस untis",
            "तीस tees tis",
            "इकतीस इकत्तीस iktis ikattis ikatis",
        ),
        start=1,
    )
    for word in words.split()
}
for _name, _value in list(DAY_NUMBER_WORDS.items()):
    if has_devanagari(_name):
        DAY_NUMBER_WORDS.setdefault(romanize(_name).text, _value)
# English number words, as Hinglish and Devanagari write them too ("on twenty december", "ऑन ट्वेंटी
# डिसेंबर", read "on twenty disembar" once romanised): a day of the month before or after its month.
_ENGLISH_UNITS: Final = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
ENGLISH_DAY_WORDS: Final[dict[str, int]] = {
    **{word: day for day, word in enumerate(_ENGLISH_UNITS, start=1)},
    "twenty": 20,
    "thirty": 30,
    **{f"twenty {word}": 20 + day for day, word in enumerate(_ENGLISH_UNITS[:9], start=1)},
    "thirty one": 31,
}
# Every day of the month said as a word, Hindi's and English's ("twenty" is no Hindi count).
_DAY_NAMES: Final[dict[str, int]] = {**DAY_NUMBER_WORDS, **ENGLISH_DAY_WORDS}

MAX_HOURS: Final = 24
DEFAULT_HOURS: Final = 4


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_MONTH = f"(?P<month>{_alternation(MONTHS)})"
# English ordinals, and Hindi's written after the digits ("15वीं", "21वें", read "15vin", "21ven")
_ORDINAL = r"(?:st|nd|rd|th|vin|veen|vi|ven|van)"
_ORD = rf"{_ORDINAL}?"
_YEAR = r"(?:[\s,/.'-]*(?P<year>\d{4}|'\d{2}))?(?!\d)"
_NUMBER = rf"(?P<n>\d{{1,2}}|{_alternation(NUMBER_WORDS)})"

_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d-])")
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})"
    r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\d]|[/.-]\d)"
)
_DAY_MONTH = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){_ORD}\s*(?:of\s+|[-/.]\s*)?{_MONTH}{R}{_YEAR}")
_MONTH_DAY = re.compile(rf"{L}{_MONTH}[\s,./-]*(?P<day>\d{{1,2}}){_ORD}(?!\d){R}{_YEAR}")
# "2nd one", "3rd wali", "1st train": a place in a list, not a day of the month.
_NOT_A_PICK = (
    r"(?!\s+(?:one|ones|wali|wala|waali|waala|vali|vala|train|trains|option|वाली|वाला)"
    r"(?![^\W\d_]))"
)
_DAY_OF_MONTH = re.compile(
    rf"(?:{L}on\s+(?P<on>\d{{1,2}}){_ORD}{R})"
    rf"|(?:(?<!\d)(?P<nth>\d{{1,2}})(?:st|nd|rd|th){R}{_NOT_A_PICK})"
    rf"|(?:(?<!\d)(?P<tarikh>\d{{1,2}}){_ORD}\s*(?:tarikh|tareekh|tareek|tarekh|tarik|तारीख|तारीख़|ko|को){R})"
)
# "passenger 3 ko", "p3 ko", "यात्री 3 को": the number after a passenger's noun is who, not when.
_PASSENGER_BEFORE = re.compile(
    r"(?:\bp|passenger|yatri|yaatri|musafir|traveller|traveler|यात्री|मुसाफ़िर|मुसाफिर)\s?#?$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    rf"{L}(?:(?P<next>next|agle|agla|a?ane\s+[wv]ale|coming|this|is)\s+)?"
    rf"(?P<weekday>{_alternation(WEEKDAYS)})(?!\s+(?:sri|shri|shree)\b){R}"
)
# "next monday", "agle somvar", "अगले सोमवार", "आने वाले सोमवार" said on a Monday: the one a week
# on, not today ("this monday" is today).
_NEXT: Final = frozenset({"next", "agle", "agla", "aane", "ane", "coming"})
_DAY_WORD = f"(?P<w>{_alternation(_DAY_NAMES)})"
# "पंद्रह तारीख", "bees tarikh ko": a day of the month in words; "बीस दिसंबर": a date.
_WORD_TARIKH: Final = re.compile(
    rf"{L}{_DAY_WORD}\s*(?:tarikh|tareekh|tareek|tarekh|tarik|तारीख|तारीख़){R}"
)
_WORD_MONTH: Final = re.compile(rf"{L}{_DAY_WORD}\s+{_MONTH}{R}{_YEAR}")
# The month said first and its day in words after it, closing the phrase ("छपरा टू सूरत गाड़ी
# दिसंबर सत्ताईस", "december twenty ko", "जनवरी पंद्रह की गाड़ी"): never before a noun it counts
# ("दिसंबर दो टिकट").
_MONTH_WORD: Final = re.compile(
    rf"{L}{_MONTH}\s+{_DAY_WORD}(?=\s*(?:[,.?!;]|$)|\s+(?:ko|tak|ki|ka|ke|wali|vali|wala|vala|"
    rf"wale|vale)(?![0-9a-z\u0900-\u097f]))"
)
# A day of the month in Hindi words from eleven on, bare before "को" ("12801 में इकत्तीस को",
# "pachis ko nikalna hai"): below eleven a number before "को" counts people or things more often.
_LATE_DAY_WORDS: Final = frozenset(
    w for w, n in DAY_NUMBER_WORDS.items() if n >= 11
)
_WORD_KO: Final = re.compile(rf"{L}(?P<w>{_alternation(_LATE_DAY_WORDS)})\s+(?:ko|को){R}")
# A day of the month as an English ordinal word before its month ("first of january", "the
# twenty-first of march", "second jan"): the day's number by its word.
_ORDINAL_UNITS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
)  # fmt: skip
ORDINAL_DAYS: Final[dict[str, int]] = {
    **{word: day for day, word in enumerate(_ORDINAL_UNITS, start=1)},
    "twentieth": 20,
    "thirtieth": 30,
    **{f"twenty {word}": 20 + day for day, word in enumerate(_ORDINAL_UNITS[:9], start=1)},
    "thirty first": 31,
}
_ORDINAL_WORDS: Final = frozenset(word for key in ORDINAL_DAYS for word in key.split()) - {
    "twenty",
    "thirty",
}
_ORDINAL_MONTH: Final = re.compile(
    rf"{L}(?:the\s+)?(?P<ow>(?:(?:twenty|thirty)[\s-]+)?(?:{'|'.join(_ORDINAL_UNITS)}|twentieth|thirtieth))"
    rf"\s+(?:of\s+)?{_MONTH}{R}{_YEAR}"
)
# The month said first, as Hindi says it: "जनवरी की 10 तारीख", "दिसंबर की 22", "जनवरी के 5 तारीख
# को" (Bhojpuri's "के"), "जनवरी पाँच को", "जनवरी की दस तारीख".
_TARIKH = r"(?:tarikh|tareekh|tareek|tarekh|tarik|तारीख|तारीख़)"
_MONTH_OF_DAY: Final = re.compile(
    rf"{L}{_MONTH}\s+(?:ki\s+(?P<day>\d{{1,2}}){_ORD}(?!\d){R}"
    rf"|ke\s+(?P<kday>\d{{1,2}}){_ORD}\s*{_TARIKH}{R})"
)
_MONTH_OF_WORD: Final = re.compile(
    rf"{L}{_MONTH}\s+(?:ki\s+{_DAY_WORD}{R}|(?:ke\s+)?{_DAY_WORD.replace('<w>', '<kw>')}\s*"
    rf"(?:{_TARIKH}|ko){R})"
)
_RELATIVE = re.compile(rf"{L}(?P<word>{_alternation(RELATIVE_DAYS)}){R}")
# "the day after tomorrow" however either word is spelt ("day aftr tmrw", "dayafter tomorow").
_AFTER_TOMORROW = re.compile(
    rf"{L}(?:day\s*(?:after|aftr|afer|aftar)|dayafter)\s+(?:{_alternation(_TOMORROWS)}){R}"
)
_AFTER_WORDS: Final = frozenset({"after", "aftr", "afer", "aftar", "dayafter"})
_IN_DAYS = re.compile(
    rf"{L}(?:(?:in|after)\s+{_NUMBER}\s*(?:days?|din){R}"
    rf"|{_NUMBER.replace('<n>', '<m>')}\s*(?:days?|din)\s*"
    rf"(?:baad|bad|later|me|mein|ke\s+baad|after){R})"
)
# "in a week", "after 2 weeks", "ek hafte baad", "do hafte me": whole weeks from today.
_IN_WEEKS = re.compile(
    rf"{L}(?:(?:in|after)\s+(?:(?P<a>an?)|{_NUMBER})\s*weeks?{R}"
    rf"|(?:(?P<b>a)|{_NUMBER.replace('<n>', '<m>')})\s*"
    rf"(?:weeks?|ha[fph]+t[ae]|ha[fph]+ton|saptah)\s*"
    rf"(?:baad|bad|later|me|mein|ke\s+baad|after){R})"
)
_HOURS = re.compile(
    rf"{L}(?:(?:next|agle|agla|agli|in|within|upcoming|coming|अगले)\s*)?"
    rf"(?:(?P<n>\d{{1,2}}|{_alternation(NUMBER_WORDS)})\s*"
    rf"(?:hours?|hrs?|ghante|ghanta|ghanton|ghnte|घंटे|घंटा|घंटों)|(?P<nh>\d{{1,2}})h){R}"
)
_ONE_HOUR = re.compile(
    rf"{L}(?:(?:next|nxt|agle|agla|within\s+an?|in\s+an?)\s+(?:hour|hr|ghante|घंटे)"
    # "ghante bhar ke andar", "घंटे भर में", "ghante ke andar": within an hour
    rf"|(?:ghante|ghanta|ghnte|hour)\s+(?:bhar|bhr)"
    rf"|(?:ghante|ghanta|ghnte)\s+(?:ke|ki)\s+(?:andar|andr|bhitar|bheetar)){R}"
)
# Hour windows with a part of an hour, in minutes: "1.5 hours", "डेढ़ घंटे" (dedh), "dhai ghante",
# "saadhe teen ghante", "sava do ghante", "paune do ghante", "half an hour", "aadhe ghante", "an
# hour and a half", "next 90 minutes". A window is whole hours, so a part rounds up.
_HOUR_UNIT = r"\s*(?:hours?|hrs?|ghante|ghanta|ghanton|ghnte)"
_HOUR_PARTS: Final[dict[str, int]] = {
    "dedh": 90, "derh": 90, "dhed": 90, "dhai": 150, "dhaai": 150, "adhai": 150, "dhaayi": 150,
    "half an": 30, "half a": 30, "half": 30, "adha": 30, "adhe": 30, "aadha": 30, "aadhe": 30,
}  # fmt: skip
# Minutes a word before a number of hours adds to it ("saadhe teen": 3½; "paune do": 1¾).
_HOUR_QUARTERS: Final[dict[str, int]] = {
    "sadhe": 30, "saadhe": 30, "sade": 30, "saade": 30, "sava": 15, "savaa": 15, "sawa": 15,
    "paune": -15, "pone": -15,
}  # fmt: skip
# Words without which no window has a part of an hour (nor a decimal point).
_PART_WORDS: Final = frozenset(
    {w.split()[0] for w in _HOUR_PARTS} | {*_HOUR_QUARTERS, "and", "minute", "minutes", "min"}
) | {"mins", "minat", "mnt"}
_WINDOW = r"(?:next|nxt|agle|agla|agli|in|within|upcoming|coming)"
_PART_HOURS = re.compile(
    rf"{L}(?:{_WINDOW}\s*)?(?:"
    rf"(?P<dec>\d{{1,2}}\.\d{{1,2}}){_HOUR_UNIT}"
    rf"|(?P<part>{_alternation(_HOUR_PARTS)}){_HOUR_UNIT}"
    rf"|(?P<q>{_alternation(_HOUR_QUARTERS)})\s+(?P<qn>\d{{1,2}}|{_alternation(NUMBER_WORDS)})"
    rf"{_HOUR_UNIT}"
    rf"|(?P<an>\d{{1,2}}|{_alternation(NUMBER_WORDS)}|an?)(?:{_HOUR_UNIT})?\s+and\s+a\s+half"
    rf"(?:{_HOUR_UNIT})?"
    rf"|{_WINDOW}\s*(?P<min>\d{{2,3}})\s*(?:minutes?|mins?|minat|mnt)"
    rf"){R}"
)


# Without a digit, a date needs one of these words; a message with neither is not searched.
LETTERS: Final = re.compile(r"[a-z\u00e0-\u024f\u0900-\u0963\u0966-\u097f]+")
_DIGIT = re.compile(r"\d")
_RELATIVE_WORDS = frozenset(w.split()[0] for w in RELATIVE_DAYS)
# "the day after" said with nothing after it: the day after tomorrow alone, the day after the
# day talked about in a conversation that has one (`subject`).
BARE_AFTER: Final = frozenset({"day after", "day aftr", "dayafter"})
_DAY_WORDS = frozenset({"day", "days", "din"})
_WEEK_WORDS = frozenset(
    {"week", "weeks", "hafte", "hafta", "hafton", "haphte", "haphta", "haphton", "saptah"}
)
_DAY_OF_MONTH_WORDS = frozenset(
    {"on", "st", "nd", "rd", "th", "tarikh", "tareekh", "tareek", "tarekh", "tarik", "ko", "को"}
    | {"तारीख", "तारीख़"}
)
# "तारीख" after a day said in words ("पंद्रह तारीख"): a date with no digit.
_TARIKH_WORDS = frozenset({"tarikh", "tareekh", "tareek", "tarekh", "tarik", "तारीख", "तारीख़"})
# Days of the year with a fixed date, said by name ("on christmas", "new year's eve"): that date.
_HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "christmas": (12, 25),
    "xmas": (12, 25),
    "christmas eve": (12, 24),
    "new year": (1, 1),
    "new years": (1, 1),
    "new year's": (1, 1),
    "new year day": (1, 1),
    "new years day": (1, 1),
    "new year's day": (1, 1),
    "new year eve": (12, 31),
    "new years eve": (12, 31),
    "new year's eve": (12, 31),
    "republic day": (1, 26),
    "independence day": (8, 15),
    "gandhi jayanti": (10, 2),
    # and as Hindi names them, romanised ("नए साल", "क्रिसमस", "गणतंत्र दिवस")
    "nae sal": (1, 1),
    "naye sal": (1, 1),
    "naya sal": (1, 1),
    "nae saal": (1, 1),
    "naye saal": (1, 1),
    "naya saal": (1, 1),
    "nav varsh": (1, 1),
    "krismas": (12, 25),
    "krismis": (12, 25),
    "gantantra divas": (1, 26),
    "ganatantra divas": (1, 26),
    "svatantrata divas": (8, 15),
    "swatantrata diwas": (8, 15),
}
_HOLIDAY_WORDS = frozenset({"christmas", "xmas", "year", "years", "republic", "independence",
                            "jayanti", "sal", "saal", "varsh", "krismas", "krismis", "divas",
                            "diwas"})  # fmt: skip
_HOLIDAY: Final = re.compile(
    r"\b(?P<name>"
    + "|".join(re.escape(name) for name in sorted(_HOLIDAYS, key=len, reverse=True))
    + r")\b"
)
DATE_WORDS: Final[frozenset[str]] = frozenset(
    [*MONTHS, *WEEKDAYS, *_DAY_WORDS, *_RELATIVE_WORDS, *_TARIKH_WORDS, *_HOLIDAY_WORDS]
) | _WEEK_WORDS | _LATE_DAY_WORDS
HOUR_WORDS: Final[frozenset[str]] = frozenset(
    ["hour", "hours", "hr", "hrs", "ghante", "ghanta", "घंटे", *NUMBER_WORDS, *_HOUR_PARTS]
)


def letter_words(text: str) -> set[str]:
    """The runs of letters in `text` ("5dec" gives "dec"): what the searches below are gated on."""
    return set(LETTERS.findall(text))


def find_dates(
    text: str, today: dt.date, *, words: Set[str] | None = None, digits: bool | None = None
) -> list[Found]:
    """Every date in `text` (lower case), in order. Where readings overlap ("5th dec" and
    "5th"), the more specific pattern, tried first, wins. `words` (`letter_words(text)`) and
    `digits` (whether `text` has one) may be passed when known; each pattern runs only when the
    text has what it needs."""
    words = letter_words(text) if words is None else words
    digits = _DIGIT.search(text) is not None if digits is None else digits
    claims = _Claims(text)
    if digits:
        if "-" in text:
            for match in _ISO.finditer(text):
                day, month, year = int(match["day"]), int(match["month"]), int(match["year"])
                claims.keep(match, _make(year, month, day))
        if "/" in text or "." in text or "-" in text:
            for match in _NUMERIC.finditer(text):
                sep, year_text = match["sep"], match["year"]
                # "5.5" or "3-4" alone are amounts and ranges more often than dates.
                short = len(match["day"]) < 2 or len(match["month"]) < 2
                if sep != "/" and year_text is None and short:
                    continue
                day, month = int(match["day"]), int(match["month"])
                claims.keep(match, _dated(today, day, month, year_text))
        if not words.isdisjoint(MONTHS):
            for pattern in (_DAY_MONTH, _MONTH_DAY):
                for match in pattern.finditer(text):
                    day, month = int(match["day"]), MONTHS[match["month"]]
                    claims.keep(match, _dated(today, day, month, match["year"]))
            for match in _MONTH_OF_DAY.finditer(text):
                day, month = int(match["day"] or match["kday"]), MONTHS[match["month"]]
                claims.keep(match, _dated(today, day, month, None))
    if not words.isdisjoint(_DAY_WORDS):
        for match in _IN_DAYS.finditer(text):
            count = _count(match["n"] or match["m"])
            claims.keep(match, today + dt.timedelta(days=count) if count <= 366 else None)
    if not words.isdisjoint(_WEEK_WORDS):
        for match in _IN_WEEKS.finditer(text):
            count = 1 if match["a"] or match["b"] else _count(match["n"] or match["m"])
            claims.keep(match, today + dt.timedelta(weeks=count) if 0 < count <= 52 else None)
    if not words.isdisjoint(WEEKDAYS):
        for match in _WEEKDAY.finditer(text):
            ahead = (WEEKDAYS[match["weekday"]] - today.weekday()) % 7
            if match["next"] and match["next"].split()[0] in _NEXT and ahead == 0:
                ahead = 7
            # A weekday said alone is this week's, or the next one after a later day talked
            # about ("what about monday" after Thu 10 Dec's seats): the word says it was bare.
            bare = WEEKDAY_WORD if match["next"] is None else ""
            claims.keep(match, today + dt.timedelta(days=ahead), bare)
    if not words.isdisjoint(_AFTER_WORDS):
        for match in _AFTER_TOMORROW.finditer(text):
            claims.keep(match, today + dt.timedelta(days=2), "day after tomorrow")
    if digits or not words.isdisjoint(_RELATIVE_WORDS):
        for match in _RELATIVE.finditer(text):
            word = " ".join(match["word"].split())
            if word in BARE_AFTER and re.match(r"\s*[^\W_]", text[match.end() :]):
                continue  # "the day after diwali": after something else, not after tomorrow
            claims.keep(match, today + dt.timedelta(days=RELATIVE_DAYS[word]), word)
    if digits and not words.isdisjoint(_DAY_OF_MONTH_WORDS):
        for match in _DAY_OF_MONTH.finditer(text):
            if match["tarikh"] and _PASSENGER_BEFORE.search(text, 0, match.start()):
                continue  # "passenger 3 ko berth milegi": the passenger numbered, not a day
            day = int(match["on"] or match["nth"] or match["tarikh"])
            claims.keep(match, _day_of_month(today, day))
    holidays: list[Found] = []
    if not words.isdisjoint(_HOLIDAY_WORDS):
        said = len(claims.found)
        for match in _HOLIDAY.finditer(text):
            month, day = _HOLIDAYS[match["name"]]
            claims.keep(match, _dated(today, day, month, None))
        holidays = claims.found[said:]
    if not words.isdisjoint(_ORDINAL_WORDS) and not words.isdisjoint(MONTHS):
        for match in _ORDINAL_MONTH.finditer(text):
            nth = ORDINAL_DAYS.get(" ".join(match["ow"].replace("-", " ").split()))
            if match["month"] == "may" and " of " not in match[0]:
                continue  # "first may i know": the verb, not the month
            if nth is not None:
                claims.keep(match, _dated(today, nth, MONTHS[match["month"]], match["year"]))
    if not words.isdisjoint(_DAY_NAMES):
        if not words.isdisjoint(MONTHS):
            for match in _WORD_MONTH.finditer(text):
                if match["w"] == "do" or (match["month"] == "may" and match["w"].isascii()):
                    continue  # "book kar do december me", "which one may": the verb
                day, month = _DAY_NAMES[match["w"]], MONTHS[match["month"]]
                claims.keep(match, _dated(today, day, month, match["year"]))
            for match in _MONTH_OF_WORD.finditer(text):
                day = _DAY_NAMES[match["w"] or match["kw"]]
                claims.keep(match, _dated(today, day, MONTHS[match["month"]], None))
            for match in _MONTH_WORD.finditer(text):
                if match["w"] == "do" or (match["month"] == "may" and match["w"].isascii()):
                    continue  # "december do", "may one": the verb, not a date
                day = _DAY_NAMES[match["w"]]
                claims.keep(match, _dated(today, day, MONTHS[match["month"]], None))
        if not words.isdisjoint(_TARIKH_WORDS):
            for match in _WORD_TARIKH.finditer(text):
                claims.keep(match, _day_of_month(today, _DAY_NAMES[match["w"]]))
        if "ko" in words or "को" in words:
            for match in _WORD_KO.finditer(text):
                if not _PASSENGER_BEFORE.search(text, 0, match.start()):
                    claims.keep(match, _day_of_month(today, _DAY_NAMES[match["w"]]))
    if holidays and len(claims.found) > len(holidays):
        # "christmas ki chhutti me goa jana hai, 23 dec ko train": the holiday is the occasion,
        # the other date the day of travel
        return sorted((f for f in claims.found if f not in holidays), key=lambda f: f.start)
    return sorted(claims.found, key=lambda f: f.start)


def find_hours(text: str, words: Set[str] | None = None) -> list[Found]:
    """Hour windows ("next 2 hours", "agle 3 ghante", "in 6 hrs", "dedh ghante", "half an hour"),
    whole hours rounded up, capped at a day. `words` (`letter_words(text)`) may be passed when
    known."""
    words = letter_words(text) if words is None else words
    parts = "." in text or not words.isdisjoint(_PART_WORDS)
    found = [
        Found(m.start(), m.end(), min(MAX_HOURS, -(-minutes // 60)))
        for m in (_PART_HOURS.finditer(text) if parts else ())
        if (minutes := _minutes(m)) > 0
    ]
    found += [
        Found(m.start(), m.end(), min(MAX_HOURS, count))
        for m in _HOURS.finditer(text)
        if (count := _count(m["n"] or m["nh"])) > 0 and not _within_any(m, found)
    ]
    found += [
        Found(m.start(), m.end(), 1) for m in _ONE_HOUR.finditer(text) if not _within_any(m, found)
    ]
    return sorted(found, key=lambda f: f.start)


def _minutes(match: re.Match[str]) -> int:
    """The minutes of a window said with a part of an hour."""
    if match["dec"]:
        return round(float(match["dec"]) * 60)
    if match["part"]:
        return _HOUR_PARTS[" ".join(match["part"].split())]
    if match["q"]:
        return _count(match["qn"]) * 60 + _HOUR_QUARTERS[match["q"]]
    if match["an"]:
        whole = 1 if match["an"] in ("a", "an") else _count(match["an"])
        return whole * 60 + 30 if whole else 0
    return int(match["min"]) if match["min"] else 0


def _within_any(match: re.Match[str], found: list[Found]) -> bool:
    return any(f.start < match.end() and match.start() < f.end for f in found)


class _Claims:
    """Dates found so far, and which characters they cover (a later reading may not overlap)."""

    def __init__(self, text: str) -> None:
        self.found: list[Found] = []
        self.taken = bytearray(len(text))

    def keep(self, match: re.Match[str], value: dt.date | None, word: str = "") -> None:
        start, end = match.span()
        if any(self.taken[start:end]):
            return
        self.taken[start:end] = b"\x01" * (end - start)
        if value is not None:
            self.found.append(Found(start, end, value, word))
        # A day no calendar has ("30 feb", "31 april") keeps its words all the same: never
        # read again by a looser pattern as another day ("on 30" as the 30th of this month).


def _count(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS.get(token, 0)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dated(today: dt.date, day: int, month: int, year: str | None) -> dt.date | None:
    if year:
        digits = year.lstrip("'")
        return _make(int(digits) + (2000 if len(digits) == 2 else 0), month, day)
    this_year = _make(today.year, month, day)
    if this_year is None:
        # 29 February in a year without one: the next year that has it, within four.
        return next(
            (d for y in range(today.year + 1, today.year + 5) if (d := _make(y, month, day))), None
        )
    return this_year if this_year >= today else _make(today.year + 1, month, day)


def day_alone(said: str) -> bool:
    """Whether a date was said as a day of the month alone ("3 तारीख को", "on 28th")."""
    return _DAY_OF_MONTH.fullmatch(said.strip()) is not None


def gone_day_of_month(today: dt.date, day: int) -> dt.date | None:
    """Day `day` of this month, or of the last month that had it when it is still to come: the
    day asked of in the past tense ("3 तारीख को कैंसिल थी क्या" on the 7th: the 3rd)."""
    year, month = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, day)
            if candidate <= today:
                return candidate
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def _day_of_month(today: dt.date, day: int) -> dt.date | None:
    """Day `day` of this month, or of the next month that has it when it has passed."""
    if not 1 <= day <= 31:
        return None
    year, month = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = dt.date(year, month, day)
            if candidate >= today:
                return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
