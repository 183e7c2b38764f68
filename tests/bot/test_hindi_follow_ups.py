"""Conversations in Devanagari that go on after the first answer: a train picked from the list
in Bhojpuri or in Hindi and asked when it leaves, a place taken back ("जयपुर से नहीं आगरा से"),
the day after asked as Hindi asks it ("परसों का क्या हाल है"), a window of hours for the
station the journey starts at, "never mind" said with a "no", a "जी हाँ", and a halt asked as
"हॉल्ट": each answered as the English question would be, in Hindi."""

from __future__ import annotations

from app.i18n import t
from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


async def test_the_first_train_of_the_list_picked_in_bhojpuri_is_the_one_asked_about(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("भैया दिल्ली से झांसी कौनो गाड़ी है")
        leaves = text_of(await user.say("पहिली वाली कब छूटत है"))
        fare = text_of(await user.say("ओकर किराया केतना बा"))
    assert "12002 Bhopal Shatabdi" in leaves and "06:00" in leaves, leaves
    assert "12628" not in leaves, leaves
    # a Shatabdi has two classes: both fares, of the train picked, never which class
    assert "12002 Bhopal Shatabdi" in fare and "CC (एसी चेयर कार)" in fare, fare
    assert t("hi", "ask.class") not in fare, fare


async def test_when_the_first_one_leaves_is_its_time_not_the_list_again(
    store: Store, clock: FakeClock
) -> None:
    """ "कब छूटती है" alone reads as a holiday ("छुट्टी"); said of a train picked, it is when
    the train leaves."""
    async with sample_chat(store, clock) as user:
        await user.say("दिल्ली से झांसी")
        leaves = text_of(await user.say("पहली वाली कब छूटती है"))
    assert "New Delhi (NDLS) से 06:00 बजे → Jhansi Jn (VGLJ) 10:45 बजे" in leaves, leaves


async def test_how_late_in_bhojpuri_is_how_late_not_a_station_named_katni(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 कहवाँ बा")
        late = text_of(await user.say("कतना लेट बा"))
    assert "Katni" not in late, late
    assert "मिनट लेट चल रही है" in late, late


async def test_a_start_taken_back_keeps_the_journeys_end(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("जयपुर से दिल्ली की ट्रेन")
        again = text_of(await user.say("सॉरी, जयपुर से नहीं आगरा से"))
    assert "Agra (सभी स्टेशन) → Delhi (सभी स्टेशन)" in again, again


async def test_how_the_day_after_stands_is_that_days_seats(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12951 में 3एसी में आज सीट")
        later = text_of(await user.say("परसों का क्या हाल है"))
    assert "शुक्र, 20 नवंबर को 3A" in later, later


async def test_a_window_of_hours_for_where_to_is_the_board_of_where_it_starts(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        asked = text_of(await user.say("भोपाल से कौन कौन सी ट्रेन जाती है"))
        board = text_of(await user.say("अगले ३ घंटे में"))
    assert asked.startswith(t("hi", "ask.to")), asked
    assert "Bhopal Jn (BPL), अगले 3 घंटे" in board, board


async def test_never_mind_said_with_a_no_starts_over(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("12627 का किराया")
        over = text_of(await user.say("नहीं रहने दो"))
        after = text_of(await user.say("स्लीपर"))
    assert "नए सिरे से शुरू करते हैं" in over, over
    assert "₹" not in after, after  # the fare asked before is gone


async def test_ji_haan_after_an_answer_is_an_acknowledgement(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("पीएनआर 4523456789")
        yes = text_of(await user.say("जी हाँ"))
    assert "समझ नहीं पाया" not in yes, yes
    assert yes.startswith("👍"), yes


async def test_a_halt_asked_as_halt_is_how_long_the_train_stops_there(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        halt = text_of(await user.say("12627 का झांसी में हॉल्ट कितना है"))
        next_one = text_of(await user.say("और ग्वालियर में?"))
    assert "Jhansi Jn (VGLJ) पर 8 मिनट रुकती है" in halt, halt
    assert "Gwalior Jn (GWL) पर 3 मिनट रुकती है" in next_one, next_one


async def test_a_train_said_in_hindi_number_words_with_sau_and_hazaar(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        whole = text_of(await user.say("बारह हज़ार छह सौ सत्ताईस कहाँ है"))
        pieces = text_of(await user.say("बारह नौ इक्यावन का रूट"))
    assert "12627 Karnataka Express" in whole, whole
    assert "12951 Mumbai Rajdhani" in pieces, pieces
