"""Will a waitlisted booking be confirmed: the provider's estimate, or that it has none."""

from __future__ import annotations

import datetime as dt

from app.bot.handlers import pnr
from app.railways.models import ConfirmationChance, Sourced
from app.store import Store
from tests.bot.handlers.test_pnr import JOURNEY, PNR_URL
from tests.bot.harness import chat, pnr_body, text_of
from tests.conftest import FakeClock


async def test_a_provider_with_no_estimate_says_there_is_none(
    store: Store, clock: FakeClock
) -> None:
    # The v2 API has no confirmation prediction: say so, with where the booking stands.
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL/-/28/GN", "WL/-/12/GN")))
        await user.say("pnr 4512345678")
        replies = await user.say("will it confirm?")
    text = text_of(replies)
    assert "there's no estimate of its chance of confirmation" in text
    assert "Now: P1 WL 12" in text
    assert "%" not in text


async def test_a_confirmed_booking_has_nothing_to_confirm(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("CNF/S6/71/GN", "CNF/S6/71/GN")))
        replies = await user.say("4512345678 confirm hoga?")
    assert "PNR 4512345678 is not waiting for a berth: nothing to confirm." in text_of(replies)


async def test_the_question_is_answered_in_hindi(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL/-/28/GN", "WL/-/12/GN")))
        await user.say("pnr 4512345678")
        replies = await user.say("कन्फर्म होगा?")
    assert "इसके कन्फ़र्म होने का कोई अनुमान नहीं मिला" in text_of(replies)


async def test_a_chance_asked_in_so_many_words_after_a_booking_is_its_chance(
    store: Store, clock: FakeClock
) -> None:
    # "What are my chances?" names no booking and no confirmation: the booking just shown is meant.
    for said in ("what are my chances", "chances?", "चांस कितने हैं?", "umeed hai kya"):
        async with chat(store, clock) as user:
            user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL/-/28/GN", "WL/-/12/GN")))
            await user.say("pnr 4512345678")
            text = text_of(await user.say(said))
        assert "Now: P1 WL 12" in text or "अभी: P1 वेटिंग 12" in text, said
        assert "Indian Railways" not in text, said


def _estimate(percent: int | None, grade: str | None = None) -> Sourced[ConfirmationChance]:
    chance = ConfirmationChance(percent=percent, grade=grade)
    return Sourced(data=chance, source="railradar", as_of=dt.datetime(2026, 11, 18, tzinfo=dt.UTC))


def test_a_plain_yes_or_no_leads_with_what_the_estimate_comes_to() -> None:
    said = {p: pnr.plain_line("en", "4512345678", _estimate(p)) for p in (71, 30, 55)}
    assert said[71].startswith("Probably yes — 71% likely to be confirmed")
    assert "RailRadar's estimate" in said[71]
    assert said[30].startswith("Probably not — 30% likely")
    assert said[55].startswith("Can't say for sure — 55% likely")


def test_a_plain_yes_or_no_from_a_grade_alone_never_says_more_than_the_grade() -> None:
    assert pnr.plain_line("en", "4512345678", _estimate(None, "HIGH")).startswith("Probably yes")
    assert pnr.plain_line("en", "4512345678", _estimate(None, "LOW")).startswith("Probably not")
    medium = pnr.plain_line("hi", "4512345678", _estimate(None, "MEDIUM"))
    assert medium.startswith("कहना मुश्किल है")


async def test_yes_or_no_demanded_without_an_estimate_cannot_be_said_for_sure(
    store: Store, clock: FakeClock
) -> None:
    for said in ("just tell me yes or no, will it confirm?", "haan ya na batao"):
        async with chat(store, clock) as user:
            user.answers(PNR_URL, pnr_body(JOURNEY, ("GNWL/-/28/GN", "WL/-/12/GN")))
            await user.say("pnr 4512345678")
            text = text_of(await user.say(said))
        assert text.startswith("Can't say for sure."), said
        assert "Probably" not in text and "Now: P1 WL 12" in text, said
