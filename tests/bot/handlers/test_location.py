"""A shared location gets the nearest stations; attachments get asked for text."""

from __future__ import annotations

import pytest

from app.bot.incoming import Incoming, Location
from app.i18n import t
from app.store import Store
from tests.bot.harness import assert_phone_friendly, chat, chips, sample_chat, text_of
from tests.conftest import FakeClock


async def test_shared_location_lists_the_nearest_stations_with_distances(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.share_location(28.6430, 77.2200)  # by New Delhi station
    assert_phone_friendly(replies)
    text = text_of(replies)
    assert text.startswith("📍 Stations nearest to you:\n1. New Delhi (NDLS): ")
    assert " m\n2. " in text  # a few hundred metres away
    assert text.count("\n") == 4
    assert text.endswith("\nFrom RailBot's built-in station list.")  # as station answers say it
    assert chips(replies)["Trains at NDLS"] == "DEPS:NDLS:4:0"


async def test_location_far_from_any_railway_says_so(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.share_location(10.0, 72.0)  # the Arabian Sea
    assert "quite far" in text_of(replies)


async def test_distances_are_grouped_the_indian_way_in_each_language(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        english = text_of(await user.share_location(10.0, 60.0))  # far out in the Arabian Sea
        await user.say("हिंदी में")
        hindi = text_of(await user.share_location(10.0, 60.0))
    assert "1. Vasco Da Gama (VSG): 1,613.1 km" in english
    assert "1. Vasco Da Gama (VSG): 1,613.1 किमी" in hindi
    assert "RailBot की अपनी स्टेशन सूची से।" in hindi, hindi
    assert t("hi", "location.far") in hindi


async def test_impossible_coordinates_get_a_polite_reply(store: Store, clock: FakeClock) -> None:
    async with chat(store, clock) as user:
        replies = await user.share_location(123.0, 500.0)
    assert "doesn't look right" in text_of(replies)


async def test_image_audio_or_file_asks_for_the_pnr_as_text(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        for kind in ("image", "audio", "file", "video"):
            replies = await user.send(Incoming(user_id=user.user, attachment_types=(kind,)))
            assert_phone_friendly(replies)
            assert "type your 10-digit PNR" in text_of(replies)


async def test_a_sticker_alone_is_a_reaction_answered_with_a_friendly_word(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.send(Incoming(user_id=user.user, attachment_types=("sticker",)))
    assert [reply.text for reply in replies] == [t("en", "talk.react_glad")]
    assert not replies[0].quick_replies


async def test_an_incoming_with_nothing_in_it_gets_a_helpful_reply(
    store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        replies = await user.send(Incoming(user_id=user.user))
    assert_phone_friendly(replies)
    assert "pnr 4512345678" in text_of(replies)


@pytest.mark.parametrize(
    ("words", "heading"),
    [
        ("nearest station?", "📍 Stations nearest to you:"),
        ("Pinned Location", "📍 Stations nearest to you:"),
        ("मैं यहाँ हूँ", "📍 आपके सबसे पास के स्टेशन:"),
    ],
)
async def test_words_beside_a_shared_location_are_about_it(
    words: str, heading: str, store: Store, clock: FakeClock
) -> None:
    async with chat(store, clock) as user:
        at = Location(lat=28.6430, lng=77.2200)
        replies = await user.send(Incoming(user_id=user.user, text=words, location=at))
    assert text_of(replies).startswith(f"{heading}\n1. New Delhi (NDLS): ")


async def test_a_railway_question_beside_a_location_is_answered(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        at = Location(lat=28.6430, lng=77.2200)
        replies = await user.send(Incoming(user_id=user.user, text="pnr 4512345678", location=at))
    assert text_of(replies).startswith("🎫 PNR 4512345678")


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("nearest railway station", "en"),
        ("sabse paas ka station kaun sa hai", "en"),
        ("नज़दीकी स्टेशन", "hi"),
    ],
)
async def test_nearest_station_typed_without_a_location_asks_for_one_or_the_town(
    store: Store, clock: FakeClock, message: str, language: str
) -> None:
    async with chat(store, clock) as user:
        if language == "hi":
            await user.say("हिंदी में")
        replies = await user.say(message)
    assert_phone_friendly(replies)
    assert text_of(replies).startswith(t(language, "location.ask"))


async def test_the_town_named_after_asked_for_a_location_gets_its_station(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("nearest railway station")
        replies = await user.say("new delhi")
    assert "NDLS" in text_of(replies)
