"""Whoever opens an operator's m.me link with a `ref` (m.me/<page>?ref=pnr_4512345678) is
answered what the ref asks, whether they tap Get Started, come back to the thread, or say hi:
a button's payload or a short text the bot understands, a language to answer in; anything
else, a ref that would change something, or an unusable one, is greeted as before."""

from __future__ import annotations

import pytest

from app.bot.incoming import Incoming
from app.bot.replies import Reply
from app.i18n import t
from app.store import Store
from tests.bot.harness import Chat, railradar_chat, sample_chat, text_of
from tests.conftest import FakeClock

INTRO = t("en", "talk.intro")


async def came_by(user: Chat, ref: str, *, said: str | None = None) -> list[Reply]:
    """Get Started tapped on a thread opened by a link with `ref`; or, with `said`, the first
    message the link brought."""
    if said is not None:
        return await user.send(Incoming(user_id=user.user, text=said, ref=ref))
    started = Incoming(user_id=user.user, text="Get Started", payload="GET_STARTED", ref=ref)
    return await user.send(started)


@pytest.mark.parametrize(
    ("ref", "answer"),
    [
        ("pnr_4512345678", "🎫 PNR 4512345678"),
        ("PNR:4512345678", "🎫 PNR 4512345678"),  # a button's own payload
        ("live_12627", "🚆 12627 Karnataka Express"),
        ("LIVE:12627", "🚆 12627 Karnataka Express"),
        ("between_NDLS_BCT", "🚆 New Delhi (NDLS) → Mumbai Central (MMCT)"),
        ("between-ndls-bct", "🚆 New Delhi (NDLS) → Mumbai Central (MMCT)"),
        ("departures_NDLS", "🚉 New Delhi (NDLS)"),
        ("fare_12627_SBC_NDLS_3A", "💰 ₹3,052 · 3A"),
    ],
)
async def test_a_link_that_asks_a_question_is_answered_it(
    store: Store, clock: FakeClock, ref: str, answer: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await came_by(user, ref)
    assert text_of(replies).startswith(answer)
    assert INTRO not in text_of(replies)


async def test_a_language_link_sets_the_language_for_what_follows(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        chosen = text_of(await came_by(user, "hindi"))
        then = text_of(await user.say("12627"))
    assert chosen.startswith(t("hi", "language.now_hindi"))
    assert "दिन" in then  # its days and hours, in Hindi


async def test_hi_typed_from_a_link_is_answered_what_the_link_asks(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await came_by(user, "live_12627", said="Hi")
    assert text_of(replies).startswith("🚆 12627 Karnataka Express")


async def test_a_question_typed_from_a_link_is_answered_not_the_link(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await came_by(user, "live_12627", said="pnr 4512345678")
    assert text_of(replies).startswith("🎫 PNR 4512345678")


@pytest.mark.parametrize(
    "ref",
    [
        "winter-trains",  # an ad's campaign name
        "help",
        "forget_me",  # a link never forgets anyone
        "FORGET_ME",
        "stop",
        "TRACK:4512345678",  # nor sets an alert
        "alert_4512345678",
        "TRAIN:12627",  # an answer to a question never asked
        "../../admin",
        "_-_",
        "",
        "x" * 251,
        "pnr 4512345678",  # a space: no m.me ref has one
    ],
)
async def test_a_link_that_asks_nothing_a_link_may_ask_is_greeted(
    store: Store, clock: FakeClock, ref: str
) -> None:
    async with sample_chat(store, clock) as user:
        replies = await came_by(user, ref)
    assert text_of(replies).startswith(INTRO)


async def test_a_link_forgets_nothing_and_tracks_nothing(store: Store, clock: FakeClock) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4512345678")
        await came_by(user, "forget_me")
        await came_by(user, "TRACK:4512345678")
        alerts = text_of(await user.say("my alerts"))
        again = text_of(await user.say("chart?"))
    assert alerts.startswith(t("en", "alerts.none").split(".")[0])
    assert "4512345678" in again or "Chart" in again


async def test_a_question_the_bot_asked_is_not_taken_as_answered_by_a_link(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr status")  # which PNR?
        replies = await came_by(user, "live_12627")
    assert text_of(replies).startswith("🚆 12627 Karnataka Express")


async def test_only_the_checked_train_of_a_ref_reaches_the_railway(
    store: Store, clock: FakeClock
) -> None:
    async with railradar_chat(store, clock) as (user, railradar):
        await came_by(user, "live_12627")
        await came_by(user, "live_12627..%2F")
        await came_by(user, "LIVE:12627/../../admin")
    assert railradar.paths()
    assert all(".." not in path and "admin" not in path for path in railradar.paths())
