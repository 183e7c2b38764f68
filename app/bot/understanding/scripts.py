"""Messages written in a script RailBot does not read: Bengali, Gurmukhi, Gujarati, Odia, Tamil,
Telugu, Kannada, Malayalam, Urdu. RailBot understands English, Hinglish and Devanagari Hindi; a
message in another script that names no train, railway, station or PNR in that script ("আজ
কলকাতায় বৃষ্টি হবে কি", "இன்று தங்கம் விலை என்ன") is about something else, and is answered so.
One that names them ("ট্রেন কখন আসবে") stays not understood: it may be a railway question RailBot
cannot read, never told it is outside railways.
"""

from __future__ import annotations

import re
from typing import Final

# The letters of the scripts RailBot does not read (Devanagari, U+0900-097F, it reads).
_OTHER_LETTER: Final = re.compile("[\u0980-\u0dff\u0600-\u06ff\u0750-\u077f]")
# Any letter RailBot reads, or of another script.
_LETTER: Final = re.compile("[a-zA-Z\u0900-\u097f\u0980-\u0dff\u0600-\u06ff\u0750-\u077f]")
# How much of a message's letters must be another script's for it to be written in it.
_MOSTLY: Final = 0.5

# "Train" written in each script, as a loanword: a word beginning so is a train, unless it goes
# on as "training" does (the vowel sign i: "ট্রেনিং", "ட்ரெயினிங்", "ટ્રેનિંગ").
_TRAIN_LOANS: Final = (
    "ট্রেন", "ট্রেইন", "ਟ੍ਰੇਨ", "ਟਰੇਨ", "ટ્રેન", "ଟ୍ରେନ", "ட்ரெயின", "டிரெயின", "ட்ரைன",
    "ట్రైన", "ట్రెయిన", "ಟ್ರೈನ", "ಟ್ರೇನ", "ട്രെയിന", "ട്രെയിൻ", "ٹرین",
)  # fmt: skip
_VOWEL_I: Final = frozenset("িਿિିிిಿി")
# Railways' own words in each script (a word beginning so: case endings follow): rail, the
# station, the PNR, the platform, a berth, a train in the language's own word.
_RAILWAY_STEMS: Final = (
    "রেল", "স্টেশন", "ষ্টেশন", "পিএনআর", "প্ল্যাটফর্ম", "বার্থ",
    "ਰੇਲ", "ਸਟੇਸ਼ਨ", "ਪੀਐਨਆਰ", "ਪਲੇਟਫਾਰਮ",
    "રેલ", "સ્ટેશન", "પીએનઆર", "પ્લેટફોર્મ",
    "ରେଳ", "ରେଲ", "ଷ୍ଟେସନ", "ଷ୍ଟେଶନ",
    "ரயில", "ரெயில", "இரயில", "ஸ்டேஷன", "நிலைய", "பிஎன்ஆர்", "பிளாட்பார்ம",
    "రైలు", "రైల్", "స్టేషన", "పీఎన్ఆర్", "ప్లాట్‌ఫాం", "ప్లాట్ఫాం",
    "ರೈಲು", "ರೈಲ್", "ಸ್ಟೇಷನ", "ನಿಲ್ದಾಣ", "ಪಿಎನ್ಆರ್",
    "തീവണ്ടി", "റെയിൽ", "സ്റ്റേഷൻ", "പിഎൻആർ",
    "ریل", "اسٹیشن", "سٹیشن", "پی این آر",
)  # fmt: skip
# A ticket in each script: a railway's, unless a bus, a flight or a film is named beside it.
_TICKET_STEMS: Final = (
    "টিকিট", "টিকেট", "ਟਿਕਟ", "ટિકિટ", "ટિકટ", "ଟିକେଟ", "ଟିକଟ", "டிக்கெட்", "டிக்கட்",
    "టికెట్", "టిక్కెట్", "ಟಿಕೆಟ್", "ಟಿಕೇಟ್", "ടിക്കറ്റ്", "ٹکٹ",
)  # fmt: skip
_OTHER_TICKETS: Final = (
    "বাস", "বিমান", "ফ্লাইট", "সিনেমা", "ਬੱਸ", "ਬਸ", "ਫਲਾਈਟ", "ਫਿਲਮ", "ਫ਼ਿਲਮ", "બસ", "ફ્લાઇટ",
    "સિનેમા", "ફિલ્મ", "ବସ", "ସିନେମା", "ପ୍ଲେନ", "பஸ்", "பேருந்து", "விமான", "சினிமா", "படம்",
    "బస్", "విమాన", "ఫ్లైట్", "సినిమా", "ಬಸ್", "ವಿಮಾನ", "ಸಿನಿಮಾ", "ബസ്", "വിമാന", "ഫ്ലൈറ്റ്",
    "സിനിമ", "بس", "فلائٹ", "فلم",
)  # fmt: skip
_WORD: Final = re.compile(r"[^\s\d.,!?;:()\"'।-]+")


def written_elsewhere(text: str) -> bool:
    """Whether most of a message's letters are of a script RailBot does not read."""
    if _OTHER_LETTER.search(text) is None:
        return False
    letters = _LETTER.findall(text)
    return len(_OTHER_LETTER.findall(text)) > _MOSTLY * len(letters)


def names_railways(text: str) -> bool:
    """Whether a message in another script names a train, railways, a station or a PNR in it,
    or a ticket with no bus, flight or film beside it."""
    words = _WORD.findall(text)
    for word in words:
        for loan in _TRAIN_LOANS:
            if word.startswith(loan) and word[len(loan) : len(loan) + 1] not in _VOWEL_I:
                return True
        if word.startswith(_RAILWAY_STEMS):
            return True
    ticket = any(word.startswith(_TICKET_STEMS) for word in words)
    return ticket and not any(word.startswith(_OTHER_TICKETS) for word in words)


def outside_in_another_script(text: str) -> bool:
    """Whether a message is written in a script RailBot does not read and names nothing of
    railways in it: about something else ("ఈ రోజు వర్షం పడుతుందా", "عید کب ہے")."""
    return written_elsewhere(text) and not names_railways(text)
