"""Follow-up questions in Hinglish and Hindi, answered as their English equivalent would be:
how long a train halts ("kitna rukti hai", "कितनी देर खड़ी रहती है", "वहाँ" after a board), the
first of two trains answered at once ("पहली वाली"), the fare without AC ("non ac me kitna"),
alerts stopped by pointing at them ("अब इसे बंद करो"), a party counted in Hindi words
("सत्ताईस लोगों"), codes of several places, the cancelled one of a day's list and another
train for it, how far a stop is ("कोटा कितनी दूर है"), a listed train's platform by a word of
its name ("कर्नाटक वाली")."""

from __future__ import annotations

import pytest

from app.i18n import t
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


async def test_how_long_it_halts_asked_as_kitna_rukti_is_its_halt_not_whether_it_stops(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12002 ka route")
        halt = text_of(await user.say("gwalior par kitna rukti hai"))
    assert "halts 5 min at Gwalior Jn (GWL)" in halt, halt


async def test_how_long_it_stands_in_hindi_is_its_halt_at_the_station_said_next(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        first = text_of(await user.say("12952 कोटा पर कितना रुकती है"))
        then = text_of(await user.say("और रतलाम पर कितनी देर खड़ी रहती है"))
    assert "Kota Jn (KOTA) पर 10 मिनट रुकती है" in first, first
    assert "Ratlam Jn (RTM) पर 3 मिनट रुकती है" in then, then


async def test_the_first_of_two_trains_answered_in_one_message_is_the_first_shown(
    store: Store, clock: FakeClock
) -> None:
    """Two trains' live status asked at once: "पहली वाली" is the first of them, as the
    English "the first one" is, never the one shown last."""
    async with sample_chat(store, clock) as user:
        await user.say("12627 aur 12951 kahan hai")
        first = text_of(await user.say("पहली वाली कितनी लेट है"))
    async with sample_chat(store, clock) as user:
        await user.say("where are 12627 and 12951")
        second = text_of(await user.say("the second one, when will it reach"))
    assert "12 मिनट लेट चल रही है" in first and "12951" not in first, first
    assert "12951 Mumbai Rajdhani" in second and "12627" not in second, second


async def test_non_ac_after_an_ac_fare_is_the_fare_of_the_trains_class_without_ac(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 ka 3A kiraya")
        latin = text_of(await user.say("non ac me kitna lagega"))
    async with sample_chat(store, clock) as user:
        await user.say("12627 में 2A का किराया")
        hindi = text_of(await user.say("नॉन एसी में कितना"))
    assert "₹1,092 · SL (Sleeper)" in latin, latin
    assert "₹1,092 · SL (स्लीपर)" in hindi, hindi


async def test_non_ac_of_a_train_with_only_ac_classes_says_so_and_asks_which(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12951 ka 2A kiraya")
        asked = text_of(await user.say("non ac me kitna"))
    assert asked == t("en", "ask.class_no_non_ac", train="12951"), asked


async def test_alerts_stopped_by_pointing_at_them_in_hindi_and_hinglish(
    store: Store, clock: FakeClock
) -> None:
    """Right after alerts are turned on, "अब इसे बंद करो", "rehne do alert band karo" and "ab
    mat bhejo" stop them, as "stop it now" does."""
    said = {"hi": "अब इसे बंद करो", "en": "rehne do alert band karo"}
    for language, stop in said.items():
        async with sample_chat(store, clock) as user:
            await user.say("4523456789 ka alert laga do")
            stopped = text_of(await user.say(stop))
        assert stopped.startswith("🔕"), (language, stopped)
    async with sample_chat(store, clock) as user:
        await user.say("alert on karo 4512345678")
        stopped = text_of(await user.say("ab mat bhejo"))
    assert "Stopped alerts for PNR 4512345678" in stopped, stopped


async def test_a_party_counted_in_hindi_words_is_priced_per_person_in_total_and_in_bookings(
    store: Store, clock: FakeClock
) -> None:
    """ "सत्ताईस लोगों का कितना" after a fare: 27 travel, more than one booking holds (6), so
    the fare for each, for all 27, and how many bookings it takes; as "27 people how much"."""
    async with sample_chat(store, clock) as user:
        await user.say("12951 3A ka kiraya")
        hindi = text_of(await user.say("सत्ताईस लोगों का कितना"))
    async with sample_chat(store, clock) as user:
        await user.say("12951 3A ka kiraya")
        latin = text_of(await user.say("27 people how much"))
    assert "प्रति व्यक्ति ₹2,349 · 27 लोगों का ₹63,423" in hindi, hindi
    assert t("hi", "fare.group_bookings", most=6, bookings=5) in hindi, hindi
    assert "₹2,349 per person · ₹63,423 for 27" in latin, latin
    assert t("en", "fare.group_bookings", most=6, bookings=5) in latin, latin


async def test_the_codes_of_several_places_asked_at_once_are_each_answered(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        latin = text_of(await user.say("bhopal, agra aur jhansi ke station code batao"))
        hindi = text_of(await user.say("भोपाल और आगरा का स्टेशन कोड"))
    for code in ("code BPL", "code AGC", "code VGLJ"):
        assert code in latin, latin
    assert "कोड BPL" in hindi and "कोड AGC" in hindi, hindi


async def test_how_long_a_train_named_halts_there_after_a_board_is_its_halt_at_that_station(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("भोपाल स्टेशन से जाने वाली ट्रेनें")
        hindi = text_of(await user.say("12627 वहाँ कितनी देर रुकती है"))
    async with sample_chat(store, clock) as user:
        await user.say("departures from bhopal")
        english = text_of(await user.say("how long does 12627 halt there"))
    assert "Bhopal Jn (BPL) पर 10 मिनट रुकती है" in hindi, hindi
    assert "halts 10 min at Bhopal Jn (BPL)" in english, english


async def test_an_alternative_to_the_cancelled_one_of_a_days_list_is_its_journeys_other_trains(
    store: Store, clock: FakeClock
) -> None:
    """Of a day's list with one train cancelled outright and one cut short, "the cancelled one"
    is the one cancelled outright: another train for its journey, or the one picked."""
    async with sample_chat(store, clock) as user:
        await user.say("aaj kaun kaun si train cancel hai")
        latin = text_of(await user.say("cancel wali ka koi dusra option hai kya"))
    async with sample_chat(store, clock) as user:
        await user.say("आज कौन सी ट्रेनें रद्द हैं")
        hindi = text_of(await user.say("रद्द वाली की जगह कौन सी ट्रेन ले सकते हैं"))
    async with sample_chat(store, clock) as user:
        await user.say("cancelled trains today")
        await user.say("dusri wali")
        picked = text_of(await user.say("jo cancel hui uske badle koi train"))
    assert "no other direct trains from New Delhi (NDLS) to Thiruvananthapuram" in latin, latin
    assert "New Delhi (NDLS) से Thiruvananthapuram Central (TVC) के लिए कोई और" in hindi, hindi
    assert "from KSR Bengaluru City Jn (SBC) to Mysuru Jn (MYS)" in picked, picked


@pytest.mark.parametrize(
    "asked",
    [
        "kerala express ki jagah koi aur train",
        "another train instead of the kerala express",
        "केरल एक्सप्रेस की जगह कोई और ट्रेन",
        "kaveri ki jagah koi aur train",
    ],
)
async def test_an_alternative_to_a_cancelled_train_named_by_its_name_is_its_journeys_others(
    store: Store, clock: FakeClock, asked: str
) -> None:
    """A listed cancelled train named by its name ("kerala express ki jagah") is the one to
    replace: its journey's other trains, never its own seats or live card."""
    async with sample_chat(store, clock) as user:
        await user.say("aaj kaun kaun si train cancel hai")
        answer = text_of(await user.say(asked))
    if "kaveri" in asked:
        assert "KSR Bengaluru City Jn (SBC)" in answer and "Mysuru Jn (MYS)" in answer, answer
    else:
        assert "Thiruvananthapuram Central (TVC)" in answer, answer
    assert "🎫" not in answer and "TRAIN CANCELLED" not in answer, answer


async def test_the_fully_cancelled_one_of_a_days_list_is_that_train(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("cancelled trains today")
        english = text_of(await user.say("what about the fully cancelled one"))
    async with sample_chat(store, clock) as user:
        await user.say("आज रद्द ट्रेनें")
        hindi = text_of(await user.say("जो पूरी रद्द है वो कब चलेगी"))
    assert "Yes, 12626 Kerala Express is cancelled today" in english, english
    assert "12626 Kerala Express" in hindi and "16021" not in hindi, hindi


async def test_how_far_a_stop_is_after_a_list_is_its_distance_from_the_journeys_start(
    store: Store, clock: FakeClock
) -> None:
    """ "कोटा कितनी दूर है" after a list of one train is that train's distance to Kota; "agra
    kitni door hai" after a list of two is each one's from where the list's journey starts."""
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai trains")
        one = text_of(await user.say("कोटा कितनी दूर है"))
    async with sample_chat(store, clock) as user:
        await user.say("bhopal se delhi trains")
        each = text_of(await user.say("agra kitni door hai"))
    assert "New Delhi (NDLS) से Kota Jn (KOTA) तक 465 किमी" in one, one
    assert each.count("506 km from Bhopal Jn (BPL) to Agra Cantt (AGC)") == 2, each


async def test_the_platform_of_a_listed_train_picked_by_a_word_of_its_name_is_where_it_boards(
    store: Store, clock: FakeClock
) -> None:
    """ "what platform is the karnataka one?" (its name read as a state alone) and "कर्नाटक
    वाली किस प्लेटफॉर्म पर आएगी" after the trains from Bhopal to Delhi: the Karnataka Express's
    platform at Bhopal, where the list boards it, never the other train nor a station ahead."""
    async with sample_chat(store, clock) as user:
        await user.say("bhopal se delhi trains")
        english = text_of(await user.say("what platform is the karnataka one?"))
    async with sample_chat(store, clock) as user:
        await user.say("भोपाल से दिल्ली की ट्रेनें")
        hindi = text_of(await user.say("कर्नाटक वाली किस प्लेटफॉर्म पर आएगी"))
    assert english.startswith("Platform 4 at Bhopal Jn (BPL)"), english
    assert "12627 Karnataka Express" in english, english
    assert hindi.startswith("Bhopal Jn (BPL) पर प्लेटफ़ॉर्म 4"), hindi
    assert "22691" not in hindi, hindi


async def test_how_far_a_station_is_with_no_train_in_hand_asks_which_train_then_answers(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("कोटा कितनी दूर है"))
        answered = text_of(await user.say("12952"))
    assert asked.startswith("कौन सी ट्रेन?"), asked
    assert "New Delhi (NDLS) से Kota Jn (KOTA) तक 465 किमी" in answered, answered
