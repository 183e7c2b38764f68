"""Entities that do not depend on stations: PNR, train number, class, quota, age, and the numbers
that are none of these (phone numbers, amounts, times), which must never become slots.
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Final

from app.bot.understanding.dates import DAY_NUMBER_WORDS, NUMBER_WORDS, Found, L, R
from app.bot.understanding.lexicon import SERVICE_WORDS
from app.bot.understanding.spoken import AGE_WORDS
from app.bot.understanding.transliteration import romanize
from app.railways.vocabulary import MAX_PARTY

# The word "quota" as Hindi writes it too ("तत्काल कोटे से", "लेडीज कोटा में"): after a quota's name it is
# that quota's, never the town Kota.
QUOTA_NOUN: Final = r"(?:quota|kota|kote)"
CLASSES: Final[tuple[tuple[str, str], ...]] = (
    (
        "3E",
        r"3\s*e|(?:3|three|third)\s*a?c?\s*eco(?:nomy)?"
        r"|ac\s*(?:3|three|third)\s*(?:tier\s*)?eco(?:nomy)?"  # "एसी थ्री इकॉनमी"
        r"|three\s*i"  # "थ्री ई"
        r"|3\s*tier\s*economy|economy(?:\s*class)?",
    ),
    (
        "1A",
        r"1\s*a|1\s*ac|1st\s*ac|first\s*ac|frst\s*ac|ac\s*(?:1|one|first)(?:\s*(?:tier|class))?"
        r"|first\s*class\s*ac|1\s*tier|1st\s*class\s*ac"
        r"|(?:pehla|pahla|pehli|pahli|pehle|pahile|pahila)\s*ac"  # "पहला एसी": the first AC
        r"|pratham\s*(?:shreni\s*)?vatanukulit|vatanukulit\s*pratham(?:\s*shreni)?"
        r"|pratham\s*shreni\s*ac|ac\s*pratham(?:\s*shreni)?|ac\s*first\s*class",
    ),
    (
        "2A",
        r"2\s*a|2\s*ac|2nd\s*ac|second\s*ac|ac\s*(?:2|two|second)(?:\s*tier)?"
        r"|(?:2|two|do)\s*tier|two\s*ac|do\s*ac|(?:2|two|2nd)\s*tire(?:\s*ac)?|(?:secnd|scnd|sec)\s*ac"
        r"|(?:dusra|doosra|dusri|doosri|dusre|doosre|dusar|doosar)\s*ac"  # "दूसरा एसी": second AC
        r"|dvitiy\s*(?:shreni\s*)?vatanukulit|vatanukulit\s*dvitiy"
        r"|dvitiy\s*shreni\s*ac|ac\s*dvitiy(?:\s*shreni)?|second\s*class\s*ac",
    ),
    (
        "3A",
        r"3\s*a|3\s*ac|3rd\s*ac|third\s*ac|ac\s*(?:3|three|third)(?:\s*tier)?"
        r"|(?:3|three|teen|tin)\s*tier|three\s*ac|(?:teen|tin)\s*ac|(?:3|three|3rd)\s*tire(?:\s*ac)?"
        r"|(?:thrd|thir|thrid|thad|thard|tird|therd)\s*ac"  # "थड एसी": third, misspelt
        r"|(?:teesra|tisra|teesri|tisri|teesre|tisre|tesra|tisar|teesar)\s*ac"  # "तीसरा एसी"
        r"|tritiy\s*(?:shreni\s*)?vatanukulit|vatanukulit\s*tritiy"
        r"|tritiy\s*shreni\s*ac|ac\s*tritiy(?:\s*shreni)?|third\s*class\s*ac",
    ),
    (
        "SL",
        r"sl|slpr|sleeper|sleepr|sleepar|sleper|slepper|sliper|slipar|slepar|slepr|sleeper\s*class"
        r"|sl\s*class|स्लीपर|(?:dvitiy\s*shreni\s*)?shayan(?:yan)?|salipar|saleepar",
    ),
    (
        "CC",
        r"cc|chair\s*car|chaircar|ac\s*chair(?:\s*car)?|ac\s*cc"
        r"|vatanukulit\s*kursi(?:\s*yan|yan)?|cheyar\s*kar|cheyarkar|chair\s*kaa?r"
        r"|kursi\s*y?aa?n",
    ),
    (
        "EC",
        r"ec|exec(?:utive)?\s*(?:chair|class)(?:\s*car)?|executive"
        # "एग्जिक्यूटिव", "एक्जिक्यूटिव चेयर कार" as romanised
        r"|e[gk][jz][iy]+ky?ut[iy]?v(?:\s*(?:chair|class)(?:\s*car)?)?",
    ),
    (
        "2S",
        r"2\s*e?s|two\s*es|2nd\s*sitting|second\s*sitting|second\s*seating|2\s*sitting|sitting"
        # "general" is the unreserved second class ("general ticket", "general ka kiraya"),
        # except in "general quota" ("जनरल कोटे से": by the general quota).
        rf"|general(?!\s*{QUOTA_NOUN})(?:\s*(?:ticket|class|coach|dabba|bogie|compartment))?"
        r"|unreserved(?:\s*(?:ticket|class))?|dvitiy\s*shreni|dusri\s*shreni"
        r"|sadharan(?:\s*(?:ticket|shreni|class|dibba|coach))?|anarakshit"
        r"|samanya?\s*(?:ticket|shreni|class|dibba|dibbe|dabba|dabbe|coach|bogie)",
    ),
    ("FC", r"fc|first\s*class|pratham\s*shreni"),
    ("EA", r"anubhuti"),
    ("EV", r"vistadome"),
)
QUOTAS: Final[tuple[tuple[str, str], ...]] = (
    ("PT", r"(?:premium|primiyam|primium)\s*tatkaa?l|prem\s*tatkaa?l|pt\s*quota|ptq|premium"),
    ("TQ", r"tatkaa?l(?:\s*quota)?|tatkall|tatkl|tatkal|tq|तत्काल"),
    (
        "LD",
        r"ladies(?:\s*quota)?|lady|mahila|ld\s*quota|women|female|महिला"
        rf"|(?:mahilaon|mahilao|auraton)\s*(?:ke\s*|ka\s*)?{QUOTA_NOUN}",
    ),
    (
        "SS",
        r"senior\s*citizens?(?:\s*quota)?|sr\.?\s*citizens?|seniors?|ss\s*quota"
        r"|वरिष्ठ\s*नागरिक|va?ris?h?th?a?\s*naa?ga?ri?k|ss\s*(?:kota|kote)"
        rf"|(?:bujurg|buzurg|bujurgon|buzurgon)\s*(?:ke\s*|ka\s*)?{QUOTA_NOUN}",
    ),
    (
        "HP",
        r"handicap(?:ped)?|divyaa?ng|disabled|physically\s*(?:challenged|handicapped)"
        r"|hp\s*quota|viklang|विकलांग|दिव्यांग|(?:haindikaip|handikap|hendikep)(?:ped)?"
        r"|pwd|pwbd|divyangjan",
    ),
    ("DF", r"defen[cs]e(?:\s*quota)?|df\s*quota|(?:diphens|difens)\s*(?:quota|kota|kote)"),
    ("FT", r"foreign\s*tourists?(?:\s*quota)?|ft\s*quota"),
    ("YU", r"yuva"),
    ("GN", rf"(?:general|samanya)\s*{QUOTA_NOUN}|gn\s*quota|gnq|gn"),
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Without a digit, a class or quota needs one of these words; a message with none is not searched.
CLASS_WORDS: Final = _word_set(
    "sl slpr sleeper sleepr sleepar sleper slepper sliper slipar slepar slepr cc chair chaircar ac"
    " ec exec"
    " executive sitting seating fc first economy anubhuti vistadome third three second two one"
    " general unreserved shayan shayanyan vatanukulit pratham dvitiy tritiy shreni kursiyan"
    " sadharan anarakshit salipar saleepar cheyarkar cheyar egjikyutiv ekjikyutiv es samany samanya"
    " tier tire dusri thrd thir thrid secnd scnd sec frst"
    " स्लीपर"
)
QUOTA_WORDS: Final = _word_set(
    "premium prem pt ptq tatkal tatkaal tatkall tatkl tq ladies lady mahila ld women female"
    " senior seniors sr ss varishth varishtha nagrik handicap handicapped divyang divyaang"
    " disabled physically hp pwd pwbd divyangjan viklang primiyam primium haindikaip handikap"
    " hendikep diphens"
    " difens bujurg buzurg bujurgon buzurgon mahilaon mahilao auraton"
    " defence defense df foreign ft yuva general samanya gn gnq तत्काल महिला वरिष्ठ विकलांग दिव्यांग"
)


def _one_pattern(table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One regex for a table, a named group per code; earlier rows win at the same place."""
    rows = "|".join(rf"(?P<_{n}>(?:{pattern}){R})" for n, (_, pattern) in enumerate(table))
    return re.compile(rf"{L}(?:{rows})")


_CLASS = _one_pattern(CLASSES)
_QUOTA = _one_pattern(tuple((code, rf"(?:{said})(?:\s*{QUOTA_NOUN})?") for code, said in QUOTAS))

# Services a word of a quota may name ("women helpline", "mahila thana", "senior citizen card").
_NOT_A_QUOTA = re.compile(
    r"\s*(?:helpline|help\s*line|thana|police|commission|aayog|ayog|cell|card|pension|hostel"
    r"|hospital|college|university|helpdesk|हेल्पलाइन|थाना|आयोग|पेंशन)\b"
)

_RELATIVES = (
    "papa|papaji|pitaji|pita|father|dad|daddy|mummy|mumma|mummyji|mataji|mata|mother|mom|maa"
    "|dadi|dada|nani|nana|dadaji|naniji|grandfather|grandmother|grandpa|grandma|sasur|saas"
    "|father-in-law|mother-in-law|uncle|aunty|aunt"
)
_AGE = re.compile(
    rf"{L}(?:age|aged|umar|umra|umr|उम्र|आयु)\s*(?:is|of|:|=|-)?\s*(?P<a>\d{{1,3}}){R}"
    rf"|(?<!\d)(?P<b>\d{{1,3}})\s*(?:years?|yrs?|yr|y/o|yo|saal|sal|varsh|varshiy|varshiya|वर्ष|वर्षीय|साल)"
    rf"(?:\s*(?:old|ka|ki|ke))?{R}"
    # "papa 65 ke hain", "my mother is 62": a relative's age said with no word for years
    rf"|{L}(?:{_RELATIVES})\s+(?:ji\s+)?(?:is\s+)?(?P<c>\d{{2}})(?:\s*(?:ke|ki|ka))?"
    rf"(?:\s+(?:hain|hai|he|h))?(?=\s*(?:[,.!?;]|$)|\s+(?:ke|ki|ka|hain|hai|he|h)\b)"
)
# An age in Hindi words before its years ("पैंसठ साल के पापा", "sattar saal ki maa"), as
# written and as `romanize` writes the Devanagari ("bahattar").
_AGES_SAID: Final[dict[str, int]] = {
    **AGE_WORDS,
    **{romanize(word).text.lower(): age for word, age in AGE_WORDS.items() if not word.isascii()},
}
_WORD_AGE = re.compile(
    rf"{L}(?P<w>{'|'.join(sorted(_AGES_SAID, key=len, reverse=True))})\s*"
    rf"(?:साल|वर्ष|वर्षीय|saal|sal|varsh|years?){R}"
)
# The words of years one of which an age in words needs.
YEAR_WORDS: Final = frozenset({"साल", "वर्ष", "वर्षीय", "saal", "sal", "varsh", "year", "years"})
# Numbers that are something else: amounts, times, distances, phone numbers with a prefix. Each
# pattern runs only when the text has the character or word it needs.
# "rs 500", "₹1,200": not "passengers 12627" or "tours 2".
_MONEY_FIRST = re.compile(rf"(?:{L}(?:rs\.?|inr|rupees?)|₹)\s*\d[\d,]*(?:\.\d+)?")
# Units of what is bought, measured or counted ("20000 mah power bank", "12000 sq ft", "10000
# steps"): the number is a quantity, never a train.
_UNITS: Final = (
    r"mah|ml|ltr|litres?|liters?|litar|gms?|grams?|mg|kilos?|kilograms?|tb|mbps|gbps|watts?|kw"
    r"|kwh|kva|volts?|hz|rpm|btu|sq\.?\s*(?:ft|feet|m|mtrs?|yards?)|sqft|sqm"
    r"|square\s*(?:feet|foot|metres?|meters?)|ft|feet|foot|inch(?:es)?|cm|mm|mtrs?|meters?|metres?"
    r"|steps|pcs|pieces|dozen|packets?|calories|kcal|carats?|gaj|tola|tons?|tonnes?"
)
_QUANTITY = re.compile(rf"(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:{_UNITS}){R}")
_WITH_UNIT = re.compile(
    rf"(?<![\d.])(?:\d[\d,]*(?:\.\d+)?\s*(?:rs|rupees?|rupaye|rupay|inr|₹|/-|km|kms|kilometers?"
    rf"|kilometres?|kg|kgs|mb|gb|mp|%|{_UNITS})|\d{{1,2}}\s*(?:am|pm|a\.m\.?|p\.m\.?|baje|bje|o\s*clock))"
    rf"{R}"
)
_CLOCK = re.compile(rf"(?<![\d.])\d{{1,2}}[:.]\d{{2}}(?![.:]?\d)(?:\s*(?:am|pm|baje|bje))?{R}")
_PHONE_PLUS = re.compile(r"\+\s*\d[\d\s-]{7,16}\d")
# A whole number and a fraction ("9 3/4", "2½"): a measure, never a date, a train or a platform.
_MIXED_NUMBER = re.compile(r"(?<![\d./])\d+(?:\s+[1-9]/[1-9]\d?|\s*[¼½¾]|⁄\d+)(?![\d/])")
_FRACTION_MARKS: Final = ("/", "¼", "½", "¾", "⁄")
_NOISE: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = (
    (_MONEY_FIRST, ("rs", "inr", "₹", "rupee")),
    (_WITH_UNIT, ("r", "inr", "₹", "/-", "k", "m", "g", "%", "a", "p", "b", "l", "w", "i", "c",
                  "f", "t", "h", "v", "s", "d", "z")),
    (_CLOCK, (":", ".")),
    (_PHONE_PLUS, ("+",)),
    (_MIXED_NUMBER, _FRACTION_MARKS),
)
# A sum to work out: numbers joined by an operator ("12 x 8", "15 plus 27", "100 divided by 4"),
# or a share of a number ("15% of 2400", "20 percent ka 500").
_SUM = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:[+*×÷x^]|plus|minus|times|into|multiplied\s+by|divided\s+by"
    r"|guna|गुणा)\s*\d+(?:\.\d+)?(?![\d.])"
    r"|(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent|pratishat)\s*(?:of|ka|ki|का|की)\s*\d+"
    # an equation in one unknown ("2x + 5 = 15", "x - 4 = 10", "3y=12"): never a booking's
    r"|(?<!\w)\d*[a-z](?:\^\d)?\s*(?:[-+*/×÷]\s*\d+(?:\.\d+)?\s*)?=\s*-?\s*\d+(?![\d.])"
)
# What every sum `_SUM` reads says: an operator, a percent, or an equals sign.
_SUM_MARKS: Final = (
    "+", "*", "×", "÷", "x", "^", "=", "%", "plus", "minus", "times", "into", "multiplied",
    "divided", "guna", "गुणा", "percent", "pratishat",
)  # fmt: skip
_DIGIT_RUN = re.compile(r"(?<!\d)\d+(?:[ .-]\d+)*(?!\d)")
_PHONE_WORDS = re.compile(
    rf"{L}(?:call|calling|phone|mobile|mob|cell|contact|whatsapp|whats\s*app|ph|fone|helpline"
    rf"|sms|my\s+number|mera\s+number|meri\s+number|number\s+pe|mob\s+no"
    # whose number it is, a caller ("ye kiska number hai", "whose number is", "spam hai kya")
    rf"|(?:kiska|kiski|kis\s+ka|whose|किसका|किसकी)\s+(?:number|no|nmbr|num|नंबर)"
    rf"|spam|truecaller|caller|missed\s+call"
    rf"|kis\s+company|konsi\s+company|kaunsi\s+company|which\s+company){R}"
)
# Numbers of other services: an order, a bill, an account, a policy, a parcel, an application.
_OTHER_ID_WORDS = re.compile(
    rf"{L}(?:order|orders|consumer|account|a/c|acc|policy|awb|courier|parcel|shipment"
    rf"|application|aadhaar|aadhar|adhar|txn|transaction|utr|upi|lpg|gas|indane|cylinder"
    rf"|electricity|bijli"
    rf"|bill|loan|invoice|meter|roll|registration|enrollment|enrolment|upbhokta|khata|avedan"
    rf"|customer\s+id|ca\s+no|k\s+no|ivrs|imei|gst|pan|vi|tracking\s+(?:number|no|id)"
    rf"|pin\s*code|pin|zip\s*code|zip|postal\s+code|room|flat|plot|house\s+(?:no|number)"
    rf"|employee\s+(?:id|no|code)|emp\s+id|roll\s+(?:no|number)|पिन\s*कोड|पिनकोड"
    rf"|{'|'.join(sorted(SERVICE_WORDS, key=len, reverse=True))}){R}"
)
_PNR_WORDS = re.compile(rf"{L}(?:pnr|पीएनआर|pnrs)")
# Words of a railway booking, which outweigh another service's number words ("ticket booked with
# my upi, pnr ..."): the number is the PNR.
_TICKET_WORDS = re.compile(
    rf"{L}(?:pnr|pnrs|ticket|tickets|tkt|tikat|irctc|train|rail|railway|berth){R}"
)
# A ticket's word just before a number ("ticket 4512345678", "tkt no 4512..."): its PNR, whatever
# a phone said elsewhere in the message.
_TICKET_JUST_BEFORE = re.compile(rf"{L}(?:ticket|tickets|tkt|tikat)(?:\s+(?:no|number|num))?\s*$")
MIN_AGE: Final = 1
# How far before a number a "pnr" or "mobile" decides what it is.
CONTEXT_CHARS: Final = 24
MAX_AGE: Final = 125


def find_noise(text: str) -> list[Found]:
    found: list[Found] = []
    for pattern, needs in _NOISE:
        if any(need in text for need in needs):
            for m in pattern.finditer(text):
                if not any(f.start < m.end() and m.start() < f.end for f in found):
                    found.append(Found(m.start(), m.end(), ""))
    return found


def has_quantity(text: str) -> bool:
    """Whether the text measures or counts something in a unit of things bought or measured
    ("20000 mah power bank", "12000 sq ft plot"), not of a journey (km) or of money."""
    return _QUANTITY.search(text) is not None


def has_mixed_number(text: str) -> bool:
    """Whether the text holds a whole number and a fraction ("platform 9 3/4", "2½ feet")."""
    if not any(mark in text for mark in _FRACTION_MARKS):
        return False  # each fraction the pattern reads has one of them
    return _MIXED_NUMBER.search(text) is not None


# A number worked on by a word of arithmetic ("4521098763 divided by 7", "12951 times 3", "15
# percent of 12301"): an operand, never a PNR or a train; "+" and "x" may join two bookings
# ("12951 + 12952").
_WORKED_ON: Final = re.compile(
    r"(?<![\d.])(\d{5,})\s*(?:÷|×|times|multiplied\s+by|divided\s+by)\s*\d"
    r"|\d\s*(?:÷|×|times|multiplied\s+by|divided\s+by)\s*(\d{5,})(?![\d.])"
    # a share of it ("15 percent of 12301", "20% of 4521098763")
    r"|\d\s*(?:%|percent|pratishat)\s*(?:of|ka|ki|का|की)\s*(\d{5,})(?![\d.])"
)


# What every sum `_WORKED_ON` reads says.
_WORKED_MARKS: Final = ("÷", "×", "times", "multiplied", "divided", "%", "percent", "pratishat")


def worked_on(text: str) -> frozenset[str]:
    """The long numbers (five digits or more) a sum in the text works on."""
    if not any(mark in text for mark in _WORKED_MARKS):
        return frozenset()
    return frozenset(n for match in _WORKED_ON.finditer(text) for n in match.groups() if n)


def has_sum(text: str) -> bool:
    """Whether the text holds a sum to work out ("what is 7 times 8"): not a railway question."""
    if not any(mark in text for mark in _SUM_MARKS):
        return False  # each sum the pattern reads has one of them
    return _SUM.search(text) is not None


def find_classes(text: str) -> list[Found]:
    return _first_each(text, _CLASS, CLASSES)


def find_quotas(text: str) -> list[Found]:
    """Quotas named, but a word of one before another service's name ("women helpline",
    "mahila thana"): that service's, never a quota."""
    found = _first_each(text, _QUOTA, QUOTAS)
    return [f for f in found if _NOT_A_QUOTA.match(text, f.end) is None]


# Travellers counted by who they are, in the forms Hindi counts them in (plural, oblique):
# grown-ups, children, students, friends, women, soldiers ("do bado aur ek bachche ka", "तीन
# छात्रों के लिए", "2 adults + 1 child", "hum char dost").
_WHO: Final = (
    r"bad(?:e|o|on|a)|bde|grown\s*-?\s*ups?|vayask|adults?"
    r"|bac+h*c?h+(?:a|e|i|on|o|en|iyan|iyon)|kids?|child(?:ren)?"
    r"|chh?atr(?:a|on|o)?|vidyarthi(?:yon|yo)?|dost(?:on|o)?|friends|mitra"
    r"|mahila(?:on|en|yen)?|aurat(?:on|en)|women|jawan(?:on|o)?|javan(?:on|o)?|fauji|soldiers"
)
# "पहली" (the first, of a month's days): never a count.
_ORDINALS: Final = frozenset({"पहली", "pahli"})
# Counts said as words: one to ten, and on to thirty-one as days of the month are said
# ("सत्ताईस लोगों का", "bees log"); never "पहली" (the first).
_COUNTS: Final = {
    **{word: n for word, n in DAY_NUMBER_WORDS.items() if word not in _ORDINALS},
    **{word: n for word, n in NUMBER_WORDS.items() if n <= MAX_PARTY},
}
_COUNT_WORDS = "|".join(sorted((re.escape(w) for w in _COUNTS), key=len)[::-1])
_PASSENGERS = re.compile(
    rf"{L}(?:family\s+of\s+|(?:for|ke\s+liye)\s+)?(?P<n>\d{{1,2}}|{_COUNT_WORDS})\s*"
    rf"(?:people|persons?|passengers?|pax|adults?|travell?ers?|members?|log|logon|logo|logo[nm]"
    rf"|jan|janon|yatri|yatriyon|sawari|sawariyan|tickets?|tikat|berths?|seats?|लोग|लोगों|यात्री"
    # who they are, counted ("for 2 senior citizens", "3 students", "2 बुजुर्ग")
    rf"|senior\s+citizens?|sr\.?\s*citizens?|seniors|students|ladies|bu[zj]u?rg(?:s|on|o)?"
    rf"|va?ris?h?th?a?\s+naa?ga?ri?k|बुजुर्ग|वरिष्ठ\s+नागरिक"
    rf"|admi|aadmi|admiyon|aadmiyon|vyakti|vyaktiyon"  # "३ आदमी का", "दो व्यक्ति"
    rf"|ppl|ppls|peoples|prsns?|psngrs?|pax|jane|jano|janey|janne"  # "3 ppl", "तीन जने"
    rf"|{_WHO}|of\s+us)"  # "do bado", "तीन छात्रों", "दो बच्चे", "4 of us"
    rf"(?:\s+(?:ka|ki|ke|ke\s+liye|for))?{R}"
    rf"|{L}family\s+of\s+(?P<f>\d{{1,2}}|{_COUNT_WORDS}){R}"
    # "hum 2 hain", "we are 4,": a group counting itself
    rf"|{L}(?:hum|ham|we\s+are)\s+(?P<g>\d{{1,2}}|{_COUNT_WORDS})(?:\s+(?:log|jan|people))?"
    rf"(?:\s+(?:hain|hai|he|h)\b|(?=\s*(?:[,.!?;]|$))"
    # "we are 5 going from mumbai", "hum 4 ja rahe": the group counting itself, then the trip
    rf"|(?=\s+(?:going|travell?ing|coming|leaving|flying|booking|members|in\s+all|in\s+total"
    rf"|altogether|from|to|for|and|aur|ja|jaa|jana|jaana|jayenge|jaenge|chal|chalenge"
    rf"|travel|safar|yatra)\b))"
    # "for 2", "and for 3?", "fare for 2" said alone (after a fare): that many travel
    rf"|^\s*(?:(?:and|aur|what\s+about|how\s+about)\s+)?(?:(?:the\s+)?(?:fare|price|cost)\s+)?"
    rf"for\s+(?P<h>[2-6]|{_COUNT_WORDS})"
    r"\s*[?.!]*\s*$"
    # "do ke liye", "teen ke liye?", "दो के लिए" said alone (after a fare): that many travel
    rf"|^\s*(?:(?:and|aur|और)\s+)?(?P<k>[2-6]|{_COUNT_WORDS})\s+(?:ke\s+li(?:ye|e)|के\s+लिए)"
    r"\s*[?.!]*\s*$"
    # "fare for 3 in 3a on 12952", "3a fare delhi to mumbai on 10 dec for 2": "for" and a
    # small count with no word after it but another part of the question (or the end); kept
    # only beside a word of money or tickets (`_FOR_A_PARTY`)
    rf"|{L}for\s+(?P<m>[2-6]|two|three|four|five|six){R}"
    r"(?=\s*(?:[,?.!]|$|(?:in|on|from|to|kal|tomorrow|today|and|aur|by|please|pls)\b))"
)
# What "for 3" inside a question needs beside it to be a party: a word of money or tickets.
_FOR_A_PARTY: Final = re.compile(
    r"\b(?:fare|fares|price|cost|costs|kiraya|kiraaya|tickets?|seats?|berths?|total"
    r"|how\s+much|kitna|kitne)\b"
)
# "One" after these points at a train ("the evening one", "the night one seats 3A"), never counts.
_POINTING_ONE: Final = re.compile(
    r"\b(?:the|this|that|which|evening|morning|night|afternoon|noon|late|early|first|last|next"
    r"|other|earlier|later|fastest|cheapest|same|tonight'?s|today'?s|tomorrow'?s)\s+$"
)
# "For two", "and for three?", "do ke liye" said alone (after a fare): a count in words with no
# word for people, which the count of travellers is looked for in all the same.
COUNT_ALONE: Final = re.compile(
    rf"^\s*(?:(?:and|aur|what\s+about|how\s+about)\s+)?(?:(?:the\s+)?(?:fare|price|cost)\s+)?"
    rf"for\s+(?:{_COUNT_WORDS})\s*[?.!]*\s*$"
    rf"|^\s*(?:(?:and|aur|और)\s+)?(?:{_COUNT_WORDS})\s+(?:ke\s+li(?:ye|e)|के\s+लिए)\s*[?.!]*\s*$"
)
_A_PERSON: Final = re.compile(
    rf"(?:admi|aadmi|vyakti|{_WHO})(?:\s+(?:ka|ki|ke|ke\s+liye|for))?\s*$"
)
# Without a digit, a count of travellers needs one of these words.
PASSENGER_WORDS: Final = _word_set(
    "people persons person passengers passenger pax adults adult travellers traveller travelers"
    " traveler members member log logon logo jan janon yatri yatriyon sawari sawariyan family"
    " tickets ticket tikat berths berth seats seat hum ham admi aadmi admiyon aadmiyon vyakti"
    " vyaktiyon us bade bado badon bada bde adults grown vayask kids kid child children bachche"
    " bachcha bachchi bachchon bachcho bachon bacho bacche bachhe bacha bache baccho bacchon"
    " bachchen chhatra chhatron chatra chatron vidyarthi vidyarthiyon dost doston dosto friends"
    " mitra mahila mahilaon aurton aurten women jawan jawanon javan javanon fauji soldiers"
    " buzurgon bujurgon buzurgo buzurg bujurg buzurgs students student seniors senior citizen"
    " citizens ladies ppl ppls peoples prsn prsns psngr psngrs jane jano janey janne"
    # the others of a party named by who is in it ("me and my wife"), and "hum dono"
    " wife wifes husband hubby spouse partner mom mother mummy mummi mammi mumma mataji maa ma man"
    " father"
    " dad daddy papa pitaji brother bro bhai bhaiya sister sis behen bahen bahan didi son beta"
    " daughter beti dost patni pati biwi bibi gharwali saas sasur nani nana dadi dada chacha"
    " chachi mama mami uncle aunty aunt grandma grandpa grandmother grandfather colleague cousin"
    " bhabhi jija jiju girlfriend boyfriend fiance fiancee parents sons daughters dosto dono"
    " donon both"
)
# A party named by who is in it, the writer among them: "me and my wife" (two), "main aur meri
# mummy", "मैं और मेरी पत्नी", "me, wife and 2 kids" (four), "meri wife aur main", "hum dono".
_SELF = r"(?:me|main|mai|myself|i|mujhe|maine|mera|meri|mere|my)"
_KIN = (
    r"(?:wife|husband|hubby|spouse|partner|mom|mother|mummy|mummi|mammi|mumma|mataji|maa|ma|man"
    r"|father|dad|daddy|papa|pitaji|brother|bro|bhai|bhaiya|sister|sis|behen|bahen|bahan|didi"
    r"|son|beta|daughter|beti|friend|dost|patni|pati|biwi|bibi|gharwali|saas|sasur|nani|nana"
    r"|miyan|mian|shauhar|shohar|baap|bap|amma|abba|ammi"
    r"|dadi|dada|chacha|chachi|mama|mami|uncle|aunty|aunt|grandma|grandpa|grandmother"
    r"|grandfather|colleague|cousin|bhabhi|jija|jiju|girlfriend|boyfriend|fiance|fiancee"
    r"|parents|kids|children|bachche|bacche|sons|daughters|friends|dosto|doston)s?"
)
_MEMBER = (
    rf"(?:(?:my|meri|mera|mere|apni|apna|apne|our|hamari|hamare)\s+)?"
    rf"(?:(?P<n>\d|{_COUNT_WORDS})\s+)?{_KIN}"
)
_JOIN_MEMBER = r"\s*(?:,|&|\+|and|aur|n)\s*"
_ANY_MEMBER = _MEMBER.replace("?P<n>", "?:")
_PARTY: Final = re.compile(
    rf"{L}(?:{_SELF}(?:{_JOIN_MEMBER}{_ANY_MEMBER})+"
    rf"|{_ANY_MEMBER}(?:(?:{_JOIN_MEMBER}|\s+){_ANY_MEMBER})*{_JOIN_MEMBER}{_SELF}"
    rf"|(?:hum|ham|we)\s+(?:dono|donon|both|two)|both\s+of\s+us"
    rf"|{_ANY_MEMBER}(?:{_JOIN_MEMBER}|\s+){_ANY_MEMBER}\s+(?:dono|donon|both)){R}"
)
_ONE_MEMBER: Final = re.compile(rf"{L}{_MEMBER}{R}")
# Kin that are two, or more than one said without a count ("parents": two; "kids": two at least).
_TWO_KIN: Final = frozenset({"parents", "kids", "children", "bachche", "bacche", "sons"})
_TWO_KIN_MORE: Final = frozenset({"daughters", "friends", "dosto", "doston"})


def _parties(text: str) -> list[Found]:
    """Each party named by who is in it, counted (the writer and each of the others)."""
    found = []
    for match in _PARTY.finditer(text):
        said = match.group()
        count = 1
        for member in _ONE_MEMBER.finditer(said):
            kin = said[member.start() : member.end()].split()[-1]
            if member["n"]:
                count += int(member["n"]) if member["n"].isdigit() else _COUNTS[member["n"]]
            else:
                count += 2 if kin in _TWO_KIN or kin in _TWO_KIN_MORE else 1
        if said.split()[0] in ("hum", "ham", "we", "both") or said.split()[-1] in _BOTH_WORDS:
            count = 2  # "hum dono", "miyan biwi dono", "mummy papa both": two
        if 2 <= count <= MAX_PARTY:
            found.append(Found(match.start(), match.end(), count))
    return found


# Children of a party, counted ("1 kid", "2 children", "ek bachcha", "एक बच्चा" read "ek
# bachcha"): they are priced apart from the adults, by age.
_CHILDREN: Final = re.compile(
    rf"{L}(?P<n>\d{{1,2}}|{_COUNT_WORDS}|a|an)\s+(?:small\s+|chhota\s+|chota\s+)?"
    r"(?:kids?|child(?:ren)?|bac+h*c?h+(?:a|e|i|on|o|en|iyan|iyon)|infants?|toddlers?)"
    rf"{R}"
)


def children_said(text: str) -> int:
    """How many of the travellers a message says are children ("2 adults + 1 kid": one, "do
    bade aur do bachche": two); 0 when it says none."""
    count = 0
    for match in _CHILDREN.finditer(text.lower()):
        said = match["n"]
        count += int(said) if said.isdigit() else _COUNTS.get(said, 1)
    return min(count, MAX_PARTY)


def find_passengers(text: str, words: Set[str] | None = None) -> list[Found]:
    """How many travel ("for 3 people", "teen log", "2 adults", "family of 4"); counts said one
    after another, of people of different kinds, are added up ("do bado aur ek bachche": three,
    "2 adults + 1 child", "दो वयस्क एक बच्चा")."""
    found = _counted(text)
    party = _PARTY_WORD.search(text) if words is None else _party_said(words)
    parties = _parties(text) if party else []
    if parties:
        found = sorted(
            [*parties, *(f for f in found if not any(_overlap(f, p) for p in parties))],
            key=lambda f: f.start,
        )
    joined: list[Found] = []
    for f in found:
        last = joined[-1] if joined else None
        if last is not None and _JOINS.fullmatch(text, last.end, f.start) is not None:
            total = min(int(str(last.value)) + int(str(f.value)), MAX_PARTY)
            joined[-1] = Found(last.start, f.end, total)
        else:
            joined.append(f)
    # "ek aadmi", "एक व्यक्ति", "ek dost ne bataya": a man, a friend, as often as a count; but
    # "do bade aur ek bachcha" counts the child
    return [f for f in joined if f.word != _ONE_PERSON]


# What joins two counts of travellers into one party: "and", "aur", "+", a comma, nothing.
_JOINS: Final = re.compile(r"\s*(?:,|\+|&|and|aur|evam|tatha)?\s*")
# Marks a count of one person that is as often a person as a count.
_ONE_PERSON: Final = "one person"


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


_PARTY_WORD: Final = re.compile(rf"{L}(?:{_SELF}|hum|ham|we|dono|donon|both){R}")
_SELF_WORDS: Final = _word_set("me main mai myself i mujhe maine mera meri mere my")
_KIN_WORDS: Final = frozenset(
    form
    for word in _KIN.removeprefix("(?:").removesuffix(")s?").replace('"', "").split("|")
    for form in (word, word + "s")
)
_BOTH_WORDS: Final = _word_set("dono donon both")


def _party_said(words: Set[str]) -> bool:
    """Whether the words may name a party: the writer and kin, or "both"."""
    return not words.isdisjoint(_BOTH_WORDS) or not (
        words.isdisjoint(_SELF_WORDS) or words.isdisjoint(_KIN_WORDS)
    )


def _counted(text: str) -> list[Found]:
    """Each count of travellers in `text`, as said."""
    found = []
    for match in _PASSENGERS.finditer(text):
        word = match["n"] or match["f"] or match["g"] or match["h"] or match["k"] or match["m"]
        if match["m"] and not _FOR_A_PARTY.search(text):
            continue  # "trains for 2 days"? never a party without a fare or ticket asked
        if word == "one" and _POINTING_ONE.search(text[: match.start("n") if match["n"] else 0]):
            continue  # "evening one seats in 3A", "the one seats": a train pointed at
        if word.isdigit() and match.group().rstrip().endswith("jan"):
            continue  # "1 jan" is a date; "ek jan" and "do jan" are people
        count = int(word) if word.isdigit() else _COUNTS.get(word)
        if count is not None and 1 <= count <= MAX_PARTY:
            one = count == 1 and _A_PERSON.search(match.group()) is not None
            found.append(Found(match.start(), match.end(), count, _ONE_PERSON if one else ""))
    return found


def find_ages(text: str) -> list[Found]:
    found = []
    for match in _AGE.finditer(text):
        age = int(match["a"] or match["b"] or match["c"])
        if MIN_AGE <= age <= MAX_AGE:
            found.append(Found(match.start(), match.end(), age))
    return found


def find_word_ages(text: str) -> list[Found]:
    """Ages said in Hindi number words before their years ("पैंसठ साल के पापा": 65)."""
    return [
        Found(match.start(), match.end(), _AGES_SAID[match["w"].lower()])
        for match in _WORD_AGE.finditer(text)
    ]


def find_numbers(text: str) -> tuple[list[Found], list[Found], list[Found]]:
    """PNRs (10 digits), train numbers (5 digits) and other digit runs, by position.

    A PNR may be written with spaces or dashes inside ("451-234-5678"). Ten digits just after
    "pnr" are a PNR; just after a word of a phone or another service ("call", "mobile",
    "recharge", "order", "account", "otp"), or in a message about those that says nothing of a
    booking ("pnr", "ticket", "train"), another service's number; so are numbers after "+", and
    9-12 digit runs in groups that are not a PNR's. No group of such a run is ever read as a
    train.
    """
    pnrs: list[Found] = []
    trains: list[Found] = []
    other: list[Found] = []
    pnr_talk = _PNR_WORDS.search(text) is not None
    booked = _TICKET_WORDS.search(text) is not None
    phone_talk: bool | None = None  # about a phone or another service: searched once needed
    for match in _DIGIT_RUN.finditer(text):
        start, end = match.span()
        groups = re.split(r"[ .-]", match.group())
        digits = "".join(groups)
        before = text[max(0, start - CONTEXT_CHARS) : start]
        said_of = False  # just after another service's word: "order 12345", "pincode 56001"
        if _PNR_WORDS.search(before):
            phone = False
        elif _phone_words(before) or _OTHER_ID_WORDS.search(before):
            phone = True  # "call 98...", "recharge 98...", "order id 40..."
            said_of = not booked and _OTHER_ID_WORDS.search(before) is not None
        elif _TICKET_JUST_BEFORE.search(before):
            phone = False  # "bhai ke ticket 55... ka alert laga do, uske paas phone nahi hai"
        else:
            if phone_talk is None:
                phone_talk = _about_a_phone(text, pnr_talk=pnr_talk, booked=booked)
            phone = phone_talk
        if start and text[start - 1] == "+":
            other.append(Found(start, end, digits))
        elif len(digits) == 10 and len(groups) > 1 and [len(g) for g in groups] == [5, 5]:
            if pnr_talk and not phone:
                pnrs.append(Found(start, end, digits))
            elif digits[0] in "6789" or phone:
                other.append(Found(start, end, digits))
            else:  # "12627 12628": two trains
                cut = start + len(groups[0])
                trains.append(Found(start, cut, groups[0]))
                trains.append(Found(end - len(groups[1]), end, groups[1]))
        elif len(digits) == 10:
            (other if phone else pnrs).append(Found(start, end, digits))
        elif 9 <= len(digits) <= 12 and len(groups) > 1:
            other.append(Found(start, end, digits))
        elif phone and len(groups) > 1:
            other.append(Found(start, end, digits))  # "aadhaar 1234 56789 01234": one number
        elif said_of and len(digits) == 5:
            other.append(Found(start, end, digits))  # "my pincode is 56001", "order 12345"
        elif len(digits) == 5 and "-" in match.group() and sorted(map(len, groups)) == [2, 3]:
            trains.append(Found(start, end, digits))  # "12-301", "गाड़ी नंबर 125-60": one train
        else:
            _split_groups(match, groups, pnrs, trains, other, phone)
    return pnrs, trains, other


def _phone_words(text: str) -> bool:
    """Whether `text` says a phone's word (`_PHONE_WORDS`): searched only when a piece every one
    of them holds is in it."""
    if not any(mark in text for mark in _PHONE_MARKS):
        return False
    return _PHONE_WORDS.search(text) is not None


# A piece of each of `_PHONE_WORDS`' words ("call" of "missed call" and "truecaller").
_PHONE_MARKS: Final = (
    "call", "ph", "mob", "cell", "contact", "whats", "fone", "helpline", "sms", "number", "kis",
    "whose", "किसका", "किसकी", "spam", "company",
)  # fmt: skip


def _about_a_phone(text: str, *, pnr_talk: bool, booked: bool) -> bool:
    """Whether a message that says nothing of a PNR is about a phone, or about another service's
    number and nothing of a booking."""
    if pnr_talk:
        return False
    if _phone_words(text):
        return True
    return not booked and _OTHER_ID_WORDS.search(text) is not None


def _split_groups(
    match: re.Match[str],
    groups: list[str],
    pnrs: list[Found],
    trains: list[Found],
    other: list[Found],
    phone_talk: bool,
) -> None:
    at = match.start()
    for group in groups:
        piece = Found(at, at + len(group), group)
        if len(group) == 10 and not phone_talk:
            pnrs.append(piece)
        elif len(group) == 5:
            trains.append(piece)
        else:
            other.append(piece)
        at += len(group) + 1


def _first_each(
    text: str, pattern: re.Pattern[str], table: tuple[tuple[str, str], ...]
) -> list[Found]:
    found = []
    for match in pattern.finditer(text):
        row = int(str(match.lastgroup)[1:])
        found.append(Found(match.start(), match.end(), table[row][0]))
    return found
