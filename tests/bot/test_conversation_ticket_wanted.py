"""Whole conversations on the sample railway where the traveller only says they want a ticket
("ticket chahiye", "mujhe ticket chahiye delhi ka", "टिकट चाहिए", "I need a ticket from
bangalore to delhi"): RailBot says plainly it cannot book and where to (IRCTC's app or website,
a reservation counter), in the traveller's language, and offers what it can do for that journey
(its trains, seats and fare) as buttons; never a station card nor "I didn't get that"."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import chips, sample_chat, text_of
from tests.conftest import FakeClock

CANNOT = "I can't book tickets. Book on the IRCTC Rail Connect app or irctc.co.in, or at a railway"
CANNOT_HI = "मैं टिकट बुक नहीं कर सकता। टिकट IRCTC Rail Connect ऐप या irctc.co.in पर, या स्टेशन के"


@pytest.mark.parametrize(
    ("asked", "plainly", "offered"),
    [
        ("ticket chahiye", CANNOT, ("Trains between", "Seats", "Fare")),
        ("mujhe ticket chahiye delhi ka", CANNOT, ("Trains between", "Seats", "Fare")),
        ("I need a ticket", CANNOT, ("Trains between", "Seats", "Fare")),
        ("टिकट चाहिए", CANNOT_HI, ("स्टेशनों के बीच", "सीटें", "किराया")),
        ("मुझे दिल्ली का टिकट चाहिए", CANNOT_HI, ("स्टेशनों के बीच", "सीटें", "किराया")),
    ],
)
async def test_a_ticket_wanted_is_told_where_to_book_with_what_the_bot_can_do(
    store: Store, clock: FakeClock, asked: str, plainly: str, offered: tuple[str, ...]
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(asked)
    assert text_of(replies).startswith(plainly)
    assert "🚉" not in text_of(replies)  # never Delhi's station card
    assert list(chips(replies))[:3] == list(offered)


@pytest.mark.parametrize(
    ("asked", "trains"),
    [
        ("kal 12627 ka ticket chahiye bangalore se delhi", "BETWEEN:SBC:NDLS:2026-11-19:0"),
        ("I need a ticket from bangalore to delhi tomorrow", "BETWEEN:SBC:NDLS:2026-11-19:0"),
        ("कल दिल्ली से मुंबई का टिकट चाहिए", "BETWEEN:NDLS:CSMT:2026-11-19:0"),
    ],
)
async def test_a_ticket_wanted_for_a_journey_offers_that_journeys_trains_on_its_day(
    store: Store, clock: FakeClock, asked: str, trains: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say(asked)
    assert "IRCTC" in text_of(replies)
    assert trains in chips(replies).values()


async def test_the_train_named_with_the_ticket_wanted_has_its_seats_and_fare_to_tap(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await user.say("kal 12627 ka ticket chahiye bangalore se delhi")
    offered = chips(replies)
    assert offered["Seats"] == "SEATS:12627:SBC:NDLS:2026-11-19"
    assert offered["Fare"] == "FARE:12627:SBC:NDLS:2026-11-19"


@pytest.mark.parametrize(
    "asked", ["ticket kitne ka hai delhi se mumbai", "bus ka ticket chahiye", "ticket nahi chahiye"]
)
async def test_a_ticket_asked_about_or_declined_is_not_a_booking(
    store: Store, clock: FakeClock, asked: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(asked))
    assert CANNOT not in answer


@pytest.mark.parametrize(
    ("before", "asked", "seats", "fare"),
    [
        (
            ("mujhe kal delhi se bhopal jana hai", "12628 seats 3A"),
            "ticket chahiye",
            "SEATS:12628:NDLS:BPL:2026-11-19:3A",
            "FARE:12628:NDLS:BPL:2026-11-19:3A",
        ),
        (
            ("दिल्ली से भोपाल कल", "12628 में 3A सीट"),
            "टिकट चाहिए",
            "SEATS:12628:NDLS:BPL:2026-11-19:3A",
            "FARE:12628:NDLS:BPL:2026-11-19:3A",
        ),
        (
            ("pnr 4512345678",),
            "ek aur ticket book kar do",
            "SEATS:12627:SBC:NDLS:2026-11-19:SL",
            "FARE:12627:SBC:NDLS:2026-11-19:SL",
        ),
    ],
)
async def test_a_ticket_wanted_after_a_journey_offers_that_journeys_seats_and_fare(
    store: Store, clock: FakeClock, before: tuple[str, ...], asked: str, seats: str, fare: str
) -> None:
    async with sample_chat(store, clock) as user:
        for said in before:
            await user.say(said)
        replies = await user.say(asked)
    assert "IRCTC" in text_of(replies)
    offered = list(chips(replies).values())
    assert offered[1:3] == [seats, fare]


async def test_a_ticket_wanted_after_a_list_offers_that_lists_trains(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("delhi se mumbai ki train kal")
        replies = await user.say("ticket chahiye")
    assert chips(replies)["Trains between"] == "BETWEEN:NDLS:CSMT:2026-11-19:0"
