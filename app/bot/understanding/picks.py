"""Which train of a list a message points at: by its place ("the first one", "2nd", "pehli wali",
"पहली वाली", "the last one") or by what sets it apart ("which is fastest", "sabse jaldi kaun
pahunchti hai", "the cheapest one", "first train from A to B", "aakhri gaadi").

`find` gives the pick and the message without the words that made it, so that the rest is read
as any message ("2nd one seats" → "seats"): the conversation then takes the train from the list
just shown (or, for a fresh "first train from A to B", from the list the question asks for).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from app.bot.understanding.transliteration import romanize
from app.railways.vocabulary import fold_digits

# What sets a train apart in a list: leaves first, leaves last, takes the least time, the most,
# gets there first, costs least, leaves next (from now on); the one to take, advised; or the one
# before the train in hand ("the one before that").
Superlative = Literal[
    "first", "last", "fastest", "slowest", "arrives", "cheapest", "next", "advised", "previous"
]

_ORDINALS: Final[dict[str, int]] = {
    # Bhojpuri and Awadhi say "pahili", "dusar", "tisar" ("पहिली वाली", "दूसरकी")
    **dict.fromkeys(("first", "1st", "pehli", "pahli", "pehla", "pahla", "pehle", "पहली",
                     "पहला", "पहले", "pahili", "pahila", "पहिली", "पहिला", "पहिलका",
                     "पहिलकी"), 1),
    **dict.fromkeys(("second", "2nd", "doosri", "dusri", "dusari", "doosra", "dusra", "dusre",
                     "doosre", "दूसरी", "दूसरा", "दूसरे", "dusar", "दूसर", "दूसरकी"), 2),
    **dict.fromkeys(("third", "3rd", "teesri", "tisri", "teesra", "tisra", "तीसरी", "तीसरा",
                     "tisar", "तीसर", "तीसरकी"), 3),
    **dict.fromkeys(("fourth", "4th", "chauthi", "chautha", "चौथी", "चौथा"), 4),
    **dict.fromkeys(("fifth", "5th", "paanchvi", "panchvi", "pachvi", "पांचवी", "पाँचवीं",
                     "पांचवीं", "पाँचवी"), 5),
    **dict.fromkeys(("sixth", "6th", "chhathi", "chhati", "छठी", "छठा"), 6),
    **dict.fromkeys(("seventh", "7th", "saatvi", "सातवीं", "सातवी"), 7),
    **dict.fromkeys(("eighth", "8th", "aathvi", "आठवीं", "आठवी"), 8),
}  # fmt: skip
_LAST_WORDS: Final = ("last", "aakhri", "akhri", "aakhiri", "akhiri", "antim", "आखिरी",
                      "आख़िरी", "अंतिम", "आखरी")  # fmt: skip
# Words after an ordinal that make it point at an item of a list ("2nd one", "pehli wali").
_ITEM_WORDS: Final = ("one", "ones", "option", "wali", "wala", "waali", "waala", "vali", "vala",
                      "wale", "waale", "vale", "train", "trains", "gaadi", "gadi", "gaddi",
                      "वाली", "वाला", "वाले", "ट्रेन", "गाड़ी", "गाडी")  # fmt: skip
# Words after "next" that point at the list's next train as a train does ("next departure", "the
# next one", "agli wali", "अगली वाली").
_NEXT_ITEM_WORDS: Final = ("departure", "departures", "one", "wali", "wala", "waali", "waala",
                           "vali", "vala", "वाली", "वाला")  # fmt: skip
# Kinds of train named with a superlative ("the first rajdhani"): not a list's item.
_TRAIN_WORDS: Final = ("train", "trains", "gaadi", "gadi", "gaddi", "ट्रेन", "गाड़ी", "गाडी")


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_W: Final = r"(?<![\w\u0900-\u097f])"  # a word starts (Devanagari letters count as letters)
_E: Final = r"(?![\w\u0900-\u097f])"  # a word ends
# "number" said with a place in a list ("dusre number wali", "नंबर 2 वाली", "2 number wali").
_NUMBER_WORDS: Final = ("number", "nambar", "numbar", "no.", "no", "नंबर", "नम्बर")
_NUMBER: Final = _alternatives(_NUMBER_WORDS)
_ORDINAL = re.compile(
    rf"{_W}(?:sabse\s+|सबसे\s+)?(?:the\s+|number\s+|no\.?\s*)?"
    rf"(?P<ord>{_alternatives([*_ORDINALS, *_LAST_WORDS])})"
    rf"\s+(?:(?:{_NUMBER})\s+)?(?:{_alternatives(_ITEM_WORDS)}){_E}"
)
_NUMBERED = re.compile(
    rf"{_W}(?:(?:number|no\.?|#|नंबर|नम्बर)\s*(?P<n>[1-9])(?:\s+(?:{_alternatives(_ITEM_WORDS)}))?"
    rf"|(?P<m>[1-9])\s*(?:{_NUMBER})\s+(?:{_alternatives(_ITEM_WORDS)})){_E}"
)
# The message is only an ordinal ("2nd", "the last", "pehli", "and the 4th?", "aur teesri?"),
# said of a list on screen.
_BARE = re.compile(
    rf"^\s*(?:(?:and|aur|or|what\s+about|how\s+about|और|तो)\s+)?(?:the\s+)?"
    rf"(?P<ord>{_alternatives([*_ORDINALS, *_LAST_WORDS])})\s*"
    rf"(?:(?:{_alternatives(_ITEM_WORDS)})\s*)?(?:please|pls|plz|do|dikhao|batao)?\s*[?.!]*\s*$"
)
# The message is only "the other one" ("and the other one?", "what about the other?", "aur
# doosri wali?"), said of a list on screen: which one it is, the conversation knows.
_OTHER_BARE = re.compile(
    r"^\s*(?:(?:and|aur|or|what\s+about|how\s+about|और|तो)\s+)?(?:the\s+)?"
    r"(?:other|another|doosri|dusri|doosra|dusra|दूसरी|दूसरा)\s*"
    rf"(?:(?:{_alternatives(_ITEM_WORDS)})\s*)?(?:please|pls|plz|do|dikhao|batao)?\s*[?.!]*\s*$"
)
_SAID: Final[tuple[tuple[Superlative, str], ...]] = (
        # "sabse jaldi pahunchti", "सबसे जल्दी पहुँचने वाली": reaches quickest, the shortest
        # journey; "sabse pehle pahunchti" is the one that arrives first by the clock.
        ("fastest", rf"{_W}(?:fastest|quickest|shortest|sabse\s+(?:tez|tej|fast)|सबसे\s+"
                    rf"(?:तेज़|तेज|फास्ट)(?:\s+(?:वाली|वाला))?|sabse\s+(?:jaldi|jldi)"
                    rf"(?:\s+\w+){{0,2}}?\s+(?:pahunch|pahuch|puhunch)\w*|सबसे\s+जल्दी"
                    rf"(?:\s+\S+){{0,2}}?\s+(?:पहुँच|पहुंच|पहुच)\S*){_E}"),
        ("arrives", rf"{_W}(?:(?:reach(?:es)?|arrives?|gets?\s+there)\s+(?:first|earliest|soonest)"
                    rf"|(?:earliest|first)\s+to\s+(?:reach|arrive)|sabse\s+(?:pehle|pahle)"
                    rf"(?:\s+\w+){{0,2}}?\s+pahunch\w*|सबसे\s+पहले(?:\s+\S+){{0,2}}?"
                    rf"\s+पहुँच\S*|सबसे\s+पहले(?:\s+\S+){{0,2}}?\s+पहुंच\S*){_E}"),
        ("slowest", rf"{_W}(?:slowest|longest|sabse\s+(?:dheemi|dhimi|dheema|slow)"
                    rf"|सबसे\s+(?:धीमी|धीमा|स्लो)){_E}"),
        ("cheapest", rf"{_W}(?:cheapest|lowest\s+fare|sabse\s+(?:sasta|sasti|kam\s+kiraya)"
                     rf"|सबसे\s+(?:सस्ता|सस्ती|कम\s+किराया)){_E}"),
        ("next", rf"{_W}(?:(?:next|upcoming|agli|agla|agle|अगली|अगला|अगले)\s+"
                 rf"(?:{_alternatives((*_TRAIN_WORDS, *_NEXT_ITEM_WORDS))})"
                 rf"|(?:agli|agla|अगली|अगला)\s+(?:kab|kitne|कब|कितने)){_E}"),
        ("first", rf"{_W}(?:(?:first|earliest|pehli|pahli|पहली)\s+(?:{_alternatives(_TRAIN_WORDS)})"
                  rf"|earliest(?:\s+one)?|sabse\s+pehli|सबसे\s+पहली"
                  rf"|sabse\s+(?:pehle|pahle)\s+(?:wali|wala|vali|waali)|सबसे\s+पहले\s+(?:वाली|वाला)"
                  rf"|sabse\s+(?:jaldi|subah)\s+(?:wali|wala|vali|waali)"
                  rf"|सबसे\s+(?:जल्दी|सुबह)\s+(?:वाली|वाला)"
                  rf"|(?:leaves|leaving|departs|departing|goes|starts)\s+(?:the\s+)?(?:first|earliest)"
                  rf"|sabse\s+(?:pehle|pahle)(?:\s+\w+){{0,2}}?\s+(?:chal|nikal|chhut|chhoot|ja)\w*"
                  rf"|सबसे\s+पहले(?:\s+\S+){{0,2}}?\s+(?:चल|छूट|निकल|जा)\S*){_E}"),
        ("last", rf"{_W}(?:(?:last|latest|aakhri|akhri|आखिरी|आख़िरी|अंतिम)\s+"
                 rf"(?:{_alternatives(_TRAIN_WORDS)})|latest(?:\s+one)?"
                 rf"|(?:leaves|leaving|departs|departing|goes|starts)\s+(?:the\s+)?(?:last|latest)"
                 rf"|(?:last|latest)\s+(?:departure|to\s+leave)){_E}"),
)  # fmt: skip
# Advice asked of a list on screen ("which one should I take", "which is best", "toh kaunsa lun",
# "kaunsi leni chahiye", "कौन सी लूँ", "कौन सी बेहतर रहेगी"): the train to take, with why. A word
# for "which" then, within a few words, a word of taking or of being best; or "recommend",
# "suggest", "best option" said of it.
_WHICH_WORDS: Final = (
    "which", "what", "kaun", "kaunsi", "konsi", "konsa", "kaunsa", "kaunse", "konse", "kon",
    "kounsi", "kounsa", "कौन", "कौनसी", "कौनसा", "कौनसे",
)  # fmt: skip
_ADVICE_WORDS: Final = (
    "take", "book", "choose", "pick", "catch", "board", "prefer", "best", "better", "recommend",
    "suggest", "lu", "lun", "loon", "lein", "leni", "lena", "lunga", "lungi", "pakdu",
    "pakdun", "pakdoon", "sahi", "theek", "thik", "achhi", "acchi", "achi", "behtar", "लूँ",
    "लूं", "लू", "लें", "लेनी", "लेना", "लूंगा", "लूँगा", "पकड़ूँ", "पकड़ूं", "सही", "ठीक",
    "बेहतर", "अच्छी", "बढ़िया",
)  # fmt: skip
# The words "which" and the word of taking may have between them: of the train and of whoever
# takes it ("kaun si train le lu", "which one should I take", "कौन सी ट्रेन ले लूँ"), never a
# thing of its own ("kaunsa phone lu", "10th ke baad kaunsa stream lu": not a train to take).
_ADVICE_GAP_WORDS: Final = (
    "si", "sa", "se", "one", "ones", "train", "trains", "gaadi", "gadi", "gaddi", "wali", "wala",
    "vali", "waali", "should", "shall", "would", "will", "do", "does", "i", "we", "you", "me",
    "mai", "main", "mein", "hum", "mujhe", "humein", "hame", "hamein", "le", "ki", "ka", "ke",
    "is", "are", "the", "a", "to", "toh", "of", "these", "those", "them", "sabse", "ek", "most",
    "सी", "सा", "से", "ट्रेन", "गाड़ी", "वाली", "वाला", "ले", "मैं", "हम", "मुझे", "हमें", "है",
    "सबसे", "की", "का",
)  # fmt: skip
_ADVICE: Final = re.compile(
    rf"{_W}(?:(?:{_alternatives(_WHICH_WORDS)})"
    rf"(?:\s+(?:{_alternatives(_ADVICE_GAP_WORDS)})){{0,3}}?\s+"
    rf"(?:{_alternatives(_ADVICE_WORDS)})"
    rf"|(?:recommend|suggest)\w*|(?:best|better)\s+(?:option|choice|one|train|wali|wala)"
    rf"|(?:sabse|सबसे)\s+(?:achhi|acchi|achi|badhiya|best|अच्छी|बढ़िया|बेहतर)){_E}"
)
# Words of a question of its own that advice words may stand beside ("which is the best
# fare", "which class should I take"): not the train to take.
_NOT_ADVICE: Final = re.compile(
    rf"{_W}(?:class|coach|berth|seat|seats|quota|fare|kiraya|platform|pf|route|time|station"
    rf"|क्लास|कोच|बर्थ|सीट|किराया|प्लेटफॉर्म|स्टेशन){_E}"
)


# The train of the list before the one in hand ("the one before that", "the previous one",
# "uske pehle wali", "usse pehle wali", "उससे पहले वाली"): never the first ("pehle wali").
_PREVIOUS: Final = re.compile(
    rf"{_W}(?:(?:the\s+)?(?:one|train)\s+before\s+(?:that|it|this)|(?:the\s+)?previous"
    rf"(?:\s+(?:one|train))?|(?:uske|usse|iske|isse|us\s+se|us\s+ke|उसके|उससे|इसके|इससे)\s+"
    rf"(?:pehle|pahle|phle|पहले)(?:\s+(?:{_alternatives(_ITEM_WORDS)}))?){_E}"
)


# A comparison asked of a list on screen with a word for "which" ("which one is faster", "kaun
# pehle pahunchegi", "कौन सी सस्ती है", "which takes less time"): the train that sets itself
# apart, as its superlative does. Only of a list on screen: alone, "kaun pehle pahunchegi" has
# nothing to compare.
_WHICH: Final = re.compile(rf"{_W}(?:which|whichever|kaun|kaunsi|konsi|konsa|kaunsa|kis|kisme"
                           rf"|kisse|कौन|कौनसी|कौनसा|किस|किसमें|किससे){_E}")
_REACH: Final = r"(?:pahunch\w*|pahuch\w*|puhunch\w*|पहुँच\S*|पहुंच\S*|पहुच\S*)"
_SOONER: Final = r"(?:pehle|pahle|phle|पहले)"  # before the others, by the clock
_QUICKLY: Final = r"(?:jaldi|jldi|जल्दी)"  # quickly: the shorter journey
_GOING: Final = r"(?:(?:leaves?|leaving|departs?|departing|goes|starts?)\s+)?"
_LEAVES: Final = r"(?:chal\w*|nikal\w*|chhut\w*|chhoot\w*|चल\S*|निकल\S*|छूट\S*)"
_COMPARISONS: Final[tuple[tuple[Superlative, str], ...]] = (
    ("arrives", rf"{_W}(?:(?:reach(?:es)?|arrives?|gets?\s+(?:in|there))\s+(?:earlier|sooner"
                rf"|before|first)|{_SOONER}(?:\s+\S+){{0,3}}?\s+{_REACH}){_E}"),
    ("fastest", rf"{_W}(?:faster|quicker|(?:less|least|lesser|shorter)\s+(?:time|hours)"
                rf"|{_QUICKLY}(?:\s+\S+){{0,3}}?\s+{_REACH}"
                rf"|(?:kam|sabse\s+kam)\s+(?:time|samay|waqt|ghante)|कम\s+(?:समय|टाइम|वक़्त"
                rf"|वक्त|घंटे)|tez|tej|fast|तेज़|तेज|फास्ट){_E}"),
    ("cheapest", rf"{_W}(?:cheaper|less\s+expensive|(?:lower|lowest|less|least)\s+(?:fare|price"
                 rf"|cost)|sasti|sasta|saste|सस्ती|सस्ता|सस्ते|(?:kam|कम)\s+(?:kiraya|kiraaya"
                 rf"|किराया)|(?:kiraya|kiraaya|किराया)\s+(?:kam|कम)){_E}"),
    # "which one leaves later", "kaun si baad me chalti hai", "कौन सी पहले निकलती है": by the
    # clock it leaves by (never Latur for "later")
    ("last", rf"{_W}(?:{_GOING}later|(?:baad|bad)\s+(?:me|mein|mai)\s+{_LEAVES}|बाद\s+में\s+{_LEAVES}"
             rf"){_E}"),
    ("first", rf"{_W}(?:{_GOING}(?:earlier|sooner)|{_SOONER}\s+{_LEAVES}){_E}"),
)  # fmt: skip
_COMPARED: Final = tuple((kind, re.compile(pattern)) for kind, pattern in _COMPARISONS)
# One train of a list on screen pointed at by what sets it apart, said as "the … one" with no
# word for "which" ("the cheaper one", "the later one", "sasta wala", "सस्ती वाली", "the quicker
# train"): the train that sets itself apart so, as its superlative does.
_ONE: Final = rf"\s+(?:{_alternatives(_ITEM_WORDS)}){_E}"
# Said without comparing ("the cheap one", "early wali"), not of trains: "fast train" is a kind.
_ONLY_ONE: Final = rf"\s+(?:{_alternatives([w for w in _ITEM_WORDS if w not in _TRAIN_WORDS])}){_E}"
_ATTRIBUTES: Final[tuple[tuple[Superlative, str], ...]] = (
    ("cheapest", rf"{_W}(?:the\s+)?(?:(?:cheaper|less\s+expensive|sasti|sasta|saste|sasthi"
                 rf"|sastha|सस्ती|सस्ता|सस्ते){_ONE}|cheap{_ONLY_ONE})"),
    ("last", rf"{_W}(?:the\s+)?(?:later{_ONE}|late\s+night{_ONLY_ONE})"),
    ("first", rf"{_W}(?:the\s+)?(?:earlier{_ONE}|early{_ONLY_ONE})"),
    ("fastest", rf"{_W}(?:the\s+)?(?:faster|quicker|shorter){_ONE}"),
    ("slowest", rf"{_W}(?:the\s+)?(?:slower|longer){_ONE}"),
)  # fmt: skip
_ATTRIBUTED: Final = tuple((kind, re.compile(pattern)) for kind, pattern in _ATTRIBUTES)
# The words of a superlative left in the message ("next train" keeps "train"; "agli kab" keeps
# "kab", a question of when).
_KEPT_WORDS: Final = (*_TRAIN_WORDS, "kab", "kitne", "कब", "कितने")
_SUPERLATIVES: Final = tuple((kind, re.compile(pattern)) for kind, pattern in _SAID)


# A train of a list pointed at by the time it leaves ("the 7:40 one", "9 baje wali", "साढ़े सात
# वाली", "the one at 16:55"), read on the message romanised (Devanagari words as Hinglish).
_HOUR_WORDS: Final[dict[str, int]] = {
    "ek": 1, "do": 2, "teen": 3, "tin": 3, "char": 4, "chaar": 4, "panch": 5, "paanch": 5,
    "chhah": 6, "chhe": 6, "chhai": 6, "che": 6, "sat": 7, "saat": 7, "ath": 8, "aath": 8,
    "nau": 9, "das": 10, "dus": 10, "gyarah": 11, "gyara": 11, "barah": 12, "bara": 12,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Minutes a word before an hour adds to it ("saadhe saat": 7:30; "paune aath": 7:45).
_QUARTERS: Final[dict[str, int]] = {
    **dict.fromkeys(("sadhe", "saadhe", "sarhe", "saade", "sade"), 30),
    **dict.fromkeys(("sava", "sawa", "savva"), 15),
    **dict.fromkeys(("paune", "pone", "pune"), -15),
}  # fmt: skip
# Half past one and half past two have words of their own ("dedh baje", "dhai baje").
_HALVES: Final[dict[str, int]] = {"dedh": 90, "derh": 90, "dhai": 150, "dhaai": 150}
_MORNING_WORDS: Final = frozenset({"subah", "subha", "morning", "savere", "sawere", "am", "a.m."})
_LATER_WORDS: Final = frozenset(
    {"dophar", "dopahar", "dopehar", "afternoon", "sham", "shaam", "evening", "rat", "raat",
     "night", "pm", "p.m."}
)  # fmt: skip
_CLOCK_PARTS: Final = _alternatives([*_MORNING_WORDS - {"am", "a.m."},
                                     *_LATER_WORDS - {"pm", "p.m."}])  # fmt: skip
_CLOCK_ITEM: Final = (
    r"(?:(?:ki|ke|kee|wali|vali|wala|vala|waali|waala)\s+(?:train|gaadi|gadi|gaddi)"
    r"|wali|vali|wala|vala|waali|waala|wale|vale|one|train|gaadi|gadi|gaddi)"
)
_CLOCK_TIME: Final = (
    rf"(?:(?P<part>{_CLOCK_PARTS})\s+(?:ko\s+|me\s+|mein\s+|ke\s+)?)?"
    rf"(?:(?P<quarter>{_alternatives(list(_QUARTERS))})\s+)?"
    rf"(?P<hour>\d{{1,2}}(?:[:.]\d{{2}})?|{_alternatives([*_HOUR_WORDS, *_HALVES])})"
    r"\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?"
    r"(?:\s*(?P<baje>baje|bje|bajkar|o'?\s?clock|oclock|hrs|hours))?"
)
_CLOCK_PICK: Final = re.compile(
    rf"{_W}(?:the\s+)?(?P<lead>(?:one|train)\s+(?:(?:that\s+|which\s+)?(?:leaving|leaves"
    rf"|departing|departs|going|goes|starting|starts)\s+)?at\s+)?{_CLOCK_TIME}"
    rf"(?:\s*(?P<item>{_CLOCK_ITEM}))?{_E}"
)


# A train of a list pointed at as the first to leave after a time ("the one after 2 pm", "2 baje
# ke baad wali", "2 बजे के बाद वाली", "first train after 17:00").
_AFTER_PICKS: Final = (
    re.compile(
        rf"{_W}(?:the\s+)?(?:(?:first|next)\s+)?(?:one|train|gaadi)\s+(?:(?:that\s+|which\s+)?"
        rf"(?:leaving|leaves|departing|departs|going|goes|starting|starts)\s+)?after\s+"
        rf"{_CLOCK_TIME}{_E}"
    ),
    re.compile(
        rf"{_W}{_CLOCK_TIME}\s+(?:ke|k|ki)\s+(?:baad|bad|baadh|badh)\s+(?:ki\s+|wali\s+|vali\s+)?"
        rf"(?:{_CLOCK_ITEM}){_E}"
    ),
)


@dataclass(frozen=True)
class Pick:
    """A train pointed at: its place in the list (`number`, 1 = first; -1 = the last), what
    sets it apart (`superlative`) or when it leaves (`clock`: the minutes of the day it may be
    said of, earliest and latest, one span for each reading of the hour: "7:40" may be morning
    or evening); and the message without the words that said so."""

    rest: str
    number: int = 0
    superlative: Superlative | None = None
    clock: tuple[tuple[int, int], ...] = ()
    # The first to leave after the time said ("the one after 2 pm"): `clock` holds, for each
    # reading of the hour, the minute from which it may leave.
    after: bool = False


def find(text: str, *, listed: bool) -> Pick | None:
    """The train of a list `text` points at, if any. With `listed` (a list is on screen), an
    ordinal said alone ("2nd", "pehli") points too; without, only a superlative naming trains
    ("first train from A to B") or an ordinal naming an item ("the 2nd one") does."""
    low = text.lower()
    if len(low) != len(text):
        text = low
    if listed and (previous := _PREVIOUS.search(low)) is not None:
        return Pick(_cut(text, previous.start(), previous.end()), superlative="previous")
    if listed and (bare := _BARE.match(low)) is not None:
        return Pick("", number=_number(bare.group("ord")))
    if listed and (timed := _clock_pick(text)) is not None:
        return timed
    found = _ORDINAL.search(low)
    if found is not None and not _class_after(low, found.end()):
        return Pick(_cut(text, found.start(), found.end()), number=_number(found.group("ord")))
    if listed and (numbered := _NUMBERED.search(low)) is not None:
        number = int(numbered.group("n") or numbered.group("m"))
        return Pick(_cut(text, numbered.start(), numbered.end()), number=number)
    if listed and (advised := _advice(text, low)) is not None:
        return advised
    for kind, pattern in _SUPERLATIVES:
        if (said := pattern.search(low)) is not None:
            if kind in ("first", "last") and _class_after(low, said.end()):
                continue
            rest = _cut(text, said.start(), said.end())
            if kind in ("first", "last", "next") and said.group().split()[-1] in _KEPT_WORDS:
                rest = _cut(text, said.start(), said.start() + len(said.group().split()[0]))
            return Pick(rest, superlative=kind)
    if listed and _WHICH.search(low) is not None:
        return _compared(text, low)
    if listed:
        for kind, pattern in _ATTRIBUTED:
            if (said := pattern.search(low)) is not None:
                return Pick(_cut(text, said.start(), said.end()), superlative=kind)
    return None


def _clock_pick(text: str) -> Pick | None:
    """The train pointed at by when it leaves ("the 7:40 one", "9 baje wali", "साढ़े सात वाली"),
    with the words that said it cut; None when no time of a train is said."""
    romanised = romanize(text)
    low = fold_digits(romanised.text.lower())
    for pattern in _AFTER_PICKS:
        for found in pattern.finditer(low):
            spans = _clock_spans(found)
            if spans:
                start, end = romanised.original_span(found.start(), found.end())
                froms = tuple((at if at == until else at + 15, 24 * 60) for at, until in spans)
                return Pick(_cut(text, start, end), clock=froms, after=True)
    for found in _CLOCK_PICK.finditer(low):
        spans = _clock_spans(found) if found["lead"] or found["item"] else ()
        if spans:
            start, end = romanised.original_span(found.start(), found.end())
            return Pick(_cut(text, start, end), clock=spans)
    return None


def _clock_spans(found: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """The minutes of the day a said time may be (earliest, latest); () when the words are no
    time ("2 wali" is the second, "do wali" not a time)."""
    hour_said, quarter = found["hour"], found["quarter"]
    marked = found["ampm"] or found["baje"] or found["part"]
    minutes: int | None = None
    exact = True
    if hour_said in _HALVES:
        minutes = _HALVES[hour_said]
    elif hour_said in _HOUR_WORDS:
        minutes, exact = _HOUR_WORDS[hour_said] * 60, quarter is not None
        if not (marked or quarter):
            return ()
    else:
        hours, _, said_minutes = hour_said.replace(".", ":").partition(":")
        if not said_minutes and not (marked or quarter):
            return ()
        minutes, exact = int(hours) * 60 + int(said_minutes or 0), bool(said_minutes or quarter)
    if quarter is not None:
        minutes += _QUARTERS[quarter]
    if not 0 <= minutes < 24 * 60:
        return ()
    part = {(found["part"] or ""), (found["ampm"] or "").replace(".", "")}
    readings = [minutes]
    if minutes < 13 * 60 and part & _LATER_WORDS:
        readings = [minutes + 12 * 60] if minutes >= 60 * 4 or minutes < 60 else [minutes]
        if "pm" in part and minutes < 12 * 60:  # "2 pm": 14:00 (but "raat 2 baje": 02:00)
            readings = [minutes + 12 * 60]
        if minutes >= 12 * 60:  # "12:15 pm", "dopahar 12 baje": noon
            readings = [minutes]
    elif minutes < 13 * 60 and not part & _MORNING_WORDS and minutes >= 60:
        readings = [minutes, minutes + 12 * 60] if minutes < 12 * 60 else [minutes]
    if minutes >= 12 * 60 and minutes < 13 * 60 and "am" in part:
        readings = [minutes - 12 * 60]  # "12:30 am": half past midnight
    slack = (0, 0) if exact else (-15, 44)  # "9 baje wali": the one leaving around nine
    return tuple((at + slack[0], at + slack[1]) for at in readings if at < 24 * 60)


def says_the_other(text: str) -> bool:
    """Whether the message is only "the other one" ("and the other one?", "और दूसरी वाली?")."""
    return _OTHER_BARE.match(text.lower()) is not None


def _advice(text: str, low: str) -> Pick | None:
    """The train to take asked of a list ("which should I take", "toh kaunsa lun"), unless the
    question is of something else of it ("which class should I take")."""
    said = _ADVICE.search(low)
    if said is None or _NOT_ADVICE.search(low) is not None:
        return None
    return Pick(_cut(text, said.start(), said.end()), superlative="advised")


def _compared(text: str, low: str) -> Pick | None:
    """The train a comparison asked of a list points at ("which one is faster": the fastest)."""
    for kind, pattern in _COMPARED:
        if (said := pattern.search(low)) is not None:
            return Pick(_cut(text, said.start(), said.end()), superlative=kind)
    return None


def _number(word: str) -> int:
    return _ORDINALS.get(word, -1)


def _class_after(text: str, end: int) -> bool:
    """ "first class", "1st ac": a class, not a list's item."""
    return re.match(r"\s*(?:class|ac|a\.c|klass)\b", text[end:]) is not None


def _cut(text: str, start: int, end: int) -> str:
    """`text` without text[start:end], as one line of words."""
    return " ".join(f"{text[:start]} {text[end:]}".split())
