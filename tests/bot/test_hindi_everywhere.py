"""Every feature asked in Devanagari on the sample railway is answered in Hindi: no English
sentence in the reply (names of trains and stations, codes and the like stay in Latin letters),
and the railway's own English notes are said as their reason, in Hindi."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest

from app.bot import format
from app.i18n.language import has_devanagari
from app.messenger.render import render
from app.railways.sample import CANCELLED, CANCELLED_NOTE, PART_CANCELLED, RESCHEDULED
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock
from tests.support.latin_words import latin_words

# Words only English sentences have: a Hindi reply holding one has let English through. Names
# of trains and stations ("Karnataka Express", "KSR Bengaluru") have none of them.
_ENGLISH = re.compile(
    r"\b(?:the|is|are|was|were|your|you|not|with|this|that|please|will|has|have|for|from|and"
    r"|which|when|there|here|what|send|tap|try|no|yes|of|to|in|on|at|by|it)\b",
    re.IGNORECASE,
)
# Latin-letter words a Hindi reply may hold besides names: codes, RailBot's own name, web
# addresses, the sample railway's setting, and the button that switches to English (written
# in English on purpose).
_ALLOWED = re.compile(
    r"RAILWAY_API_KEY|README|RailBot|IRCTC|PNR|[\w.]+\.(?:in|com|org)\b|In English"
)

# One Devanagari question for each feature, as a traveller would ask it.
QUESTIONS = (
    "नमस्ते",
    "मदद",
    "धन्यवाद",
    "तुम्हारा नाम क्या है",
    "तुम बहुत बेकार हो",
    "पीएनआर 4512345678",
    "पीएनआर 4534567890 कन्फर्म होगा क्या",
    "12627 कहाँ है",
    "12627 का रूट",
    "12627 भोपाल में रुकती है क्या",
    "12627 को कितना समय लगता है",
    "12627 भोपाल कब पहुँचती है",
    "क्या 12639 में फर्स्ट एसी है",
    "12627 किस दिन चलती है",
    "12627 की कोच पोजीशन",
    "कर्नाटक एक्सप्रेस आज रद्द है क्या",
    "ट्रेन 12627",
    "बेंगलुरु से दिल्ली की ट्रेनें",
    "एसबीसी से अगले 3 घंटे में जाने वाली ट्रेनें",
    "नई दिल्ली आने वाली ट्रेनें",
    "12627 में कल थर्ड एसी सीट है क्या",
    "12627 का बेंगलुरु से दिल्ली स्लीपर किराया",
    "आज रद्द ट्रेनें",
    "आज किन ट्रेनों का समय बदला है",
    f"{CANCELLED} आज रद्द है क्या",
    f"{PART_CANCELLED[0]} आज रद्द है क्या",
    f"{RESCHEDULED[0]} का समय आज बदला है क्या",
    "दिल्ली का स्टेशन कोड",
    "NDLS कौन सा स्टेशन है",
    "आरएसी क्या होता है",
    "टिकट बुक करना है",
    "स्टेशन पर व्हीलचेयर चाहिए",
    "ट्रेन में खाना कैसे मिलेगा",
    "होटल बुक करना है",
    "भारत की सबसे लंबी नदी कौन सी है",
    "पीएनआर 4512345678 पर अलर्ट लगा दो",
    "मेरे अलर्ट",
    "सारे अलर्ट बंद करो",
    "कुछ भी",
)


# What to type, quoted in lower case ("लिखें “reply in english”"); a railway's note quoted
# ("“Cancelled for track maintenance”") is a sentence.
_QUOTED = re.compile(r"“[a-z0-9][^”]*”")


def _leaks(text: str) -> list[str]:
    """The English words of a reply that a Hindi reply should not hold."""
    said = _ALLOWED.sub(" ", _QUOTED.sub(" ", text))
    return [m.group() for m in _ENGLISH.finditer(said)]


@pytest.mark.parametrize("question", QUESTIONS)
async def test_every_feature_asked_in_devanagari_is_answered_in_hindi(
    question: str, store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(question)
    text = text_of(replies)
    titles = " ".join(chip.title for reply in replies for chip in reply.quick_replies)
    assert re.search(r"[\u0900-\u097f]", text), text
    assert _leaks(text) == [] and _leaks(titles) == [], (question, text, titles)
    # nor any Latin word but names, codes and the words Hindi readers use as they are
    latin = [word for reply in replies for m in render(reply) for word in latin_words(m)]
    assert latin == [], (question, text, latin)


async def test_the_railways_english_note_is_said_as_its_reason_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        hindi = text_of(await user.say(f"{CANCELLED} आज रद्द है क्या"))
        english = text_of(await user.say(f"is {CANCELLED} cancelled today"))
    assert "ट्रैक पर चल रहा काम" in hindi and CANCELLED_NOTE not in hindi
    assert f"“{CANCELLED_NOTE}”" in english


async def test_rescheduled_trains_are_listed_as_hindi_says_it(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        text = text_of(await user.say("आज किन ट्रेनों का समय बदला है"))
    assert "🕒 आज जिन ट्रेनों का समय बदला:" in text
    # it is 16:36: the new start has passed
    assert "बुध, 18 नवंबर को 08:30 बजे चल चुकी" in text
    assert "अब बुध, 18 नवंबर को 08:30 बजे चलेगी" not in text
    assert "समय बदली" not in text


# Questions whose answers carry buttons built from values: a day, a train, a station.
WITH_BUTTONS = (
    *QUESTIONS,
    "12951 में 10 दिसंबर को सेकंड एसी में सीट",
    "12627 कल कहाँ थी",
    "बेंगलुरु से मैसूर",
    "नई दिल्ली से अगले 6 घंटे",
)


@pytest.mark.parametrize("question", WITH_BUTTONS)
async def test_hindi_buttons_fit_messenger_without_being_cut(
    question: str, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A button's Hindi words are never cut short with "…" (a train's or station's name in
    Latin letters may be): Messenger shows 20 characters of a quick reply's title."""
    monkeypatch.setattr(format, "MAX_CHIP_TITLE", 1000)
    async with sample_chat(store, clock) as user:
        replies = await user.say(question)
    titles = [chip.title for reply in replies for chip in reply.quick_replies]
    cut = [title for title in titles if len(title) > 20 and has_devanagari(title)]
    assert cut == [], (question, cut)
    assert all(len(reply.text) <= 2000 for reply in replies)


async def test_the_next_train_is_the_days_next_in_hindi(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        text = text_of(await user.say("दिल्ली से मुंबई अगली ट्रेन"))
    assert "→ Mumbai (सभी स्टेशन), आज की अगली ट्रेन:" in text


async def test_the_part_of_the_run_a_fare_is_for_is_said_in_a_whole_hindi_sentence(
    store: Store, clock: FakeClock
) -> None:
    """A fare or seats asked of a train alone is the whole run's, said as a sentence ("this is
    for the whole route"), never a fragment ("ट्रेन के पूरे रूट के लिए;"); a train the list
    above does not cover is a question of its own: its whole run, never "not on the journey
    shown above"."""
    async with sample_chat(store, clock) as user:
        whole = text_of(await user.say("12627 का स्लीपर किराया"))
        await user.say("रद्द करो")
        await user.say("चेन्नई से बेंगलुरु कल")
        elsewhere = text_of(await user.say("12627 का स्लीपर किराया"))
    said = "यह जानकारी ट्रेन के पूरे रूट की है; बीच की किसी यात्रा के लिए अपने दोनों स्टेशन भेजें"
    assert said in whole, whole
    assert "ऊपर दिखाई गई यात्रा" not in elsewhere and "Chennai" not in elsewhere, elsewhere
    assert said in elsewhere, elsewhere


async def test_the_help_offers_the_lists_of_cancelled_and_rescheduled_trains_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    """The help names the rescheduled list as rescheduled ('जिनका समय बदला'), never as trains
    running late ('देर से चल रही'), which is a train's live status."""
    async with sample_chat(store, clock) as user:
        text = text_of(await user.say("मदद"))
    assert "• आज रद्द हुई ट्रेनें, और जिनका समय बदला" in text, text
    assert "देर से चल रही" not in text


async def test_a_train_of_one_class_has_it_in_the_singular_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    """"इसमें सिर्फ़ 2S है" for one class, "ये क्लास हैं" for several; a class's Hindi name is
    said in one pair of brackets, never "(सेकंड सिटिंग (जनरल))"."""
    async with sample_chat(store, clock) as user:
        no_ac = text_of(await user.say("64405 में एसी है क्या"))
        one = text_of(await user.say("64405 में कौन कौन सी क्लास हैं"))
        several = text_of(await user.say("12627 में कौन सी क्लास हैं"))
    assert "कोई एसी क्लास नहीं है। इसमें सिर्फ़ 2S (सेकंड सिटिंग) है।" in no_ac, no_ac
    assert "में यह क्लास है: 2S (सेकंड सिटिंग)।" in one, one
    assert "में ये क्लास हैं: 1A (फ़र्स्ट एसी), 2A (सेकंड एसी)" in several, several


@pytest.mark.parametrize(
    ("listed", "asked", "said"),
    [
        (
            "दिल्ली से मुंबई 9 दिसंबर",
            "क्या 12627 चलेगी?",
            "नहीं, 12627 बुध, 9 दिसंबर को Delhi (सभी स्टेशन) से Mumbai (सभी स्टेशन) नहीं चलती।",
        ),
        (
            "delhi to mumbai on 9 dec",
            "does 12627 run?",
            "No, 12627 does not run from Delhi (all stations) to Mumbai (all stations) on Wed 9"
            " Dec.",
        ),
    ],
)
async def test_a_train_not_on_a_days_list_is_said_not_to_run_that_day_in_a_whole_sentence(
    store: Store, clock: FakeClock, listed: str, asked: str, said: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say(listed)
        answer = text_of(await user.say(asked))
    assert said in answer, answer
    assert "(सभी स्टेशन)," not in answer


async def test_a_number_of_the_wrong_length_is_said_with_its_digits_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("१२३४५६"))
    assert answer.startswith("१२३४५६ में 6 अंक हैं।"), answer


async def test_a_day_of_rac_asked_in_hindi_says_its_place_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    # 00:15 IST on 1 Jan 2027: the sample railway's sleeper on 12627 the next day is RAC 8.
    clock.now = dt.datetime(2027, 1, 1, 0, 15, tzinfo=ZoneInfo("Asia/Kolkata")).timestamp()
    async with sample_chat(store, clock) as user:
        hindi = text_of(await user.say("12627 कल स्लीपर सीट SBC से NDLS"))
        english = text_of(await user.say("sleeper seats on 12627 SBC to NDLS tomorrow"))
    lead = hindi.splitlines()[0]
    assert "कन्फ़र्म बर्थ नहीं, आरएसी 8 है:" in lead and "RAC 8" not in lead, hindi
    rac = "No confirmed berth in SL on Sat 2 Jan: RAC 8, so you would share a berth"
    assert rac in english, english
