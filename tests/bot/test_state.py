"""Conversation state: one pending question per user, kept 15 minutes, alike on both stores."""

from __future__ import annotations

from app.bot.replies import QuickReply, Reply
from app.bot.state import ConversationState, Pending
from app.constants import STATE_PREFIX, STATE_TTL_S
from app.store import MemoryStore, Store
from tests.conftest import FakeClock

QUESTION = Pending(
    intent="fare",
    slots={"train": "12951", "from": "NDLS", "to": ["MMCT", "BCT"]},
    asking="class",
    options=("3A", "2A"),
    prompt=Reply(text="Which class?", quick_replies=(QuickReply(title="3A", payload="CLASS:3A"),)),
)


async def test_saved_question_comes_back_whole(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", QUESTION)
    assert await state.load("user-1") == QUESTION


async def test_state_is_per_user(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", QUESTION)
    assert await state.load("user-2") is None


async def test_state_lives_fifteen_minutes(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", QUESTION)
    remaining = await store.ttl(STATE_PREFIX + "user-1")
    assert remaining is not None and STATE_TTL_S - 5 < remaining <= STATE_TTL_S == 900


async def test_question_expires_after_fifteen_minutes(clock: FakeClock) -> None:
    state = ConversationState(MemoryStore(clock=clock))
    await state.save("user-1", QUESTION)
    clock.advance(STATE_TTL_S - 1)
    assert await state.load("user-1") == QUESTION
    clock.advance(2)
    assert await state.load("user-1") is None


async def test_clear_forgets_the_question(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", QUESTION)
    await state.clear("user-1")
    assert await state.load("user-1") is None


async def test_unreadable_state_is_dropped_not_raised(store: Store) -> None:
    await store.set(STATE_PREFIX + "user-1", "{not json", ttl_s=60)
    state = ConversationState(store)
    assert await state.load("user-1") is None
    assert await store.get(STATE_PREFIX + "user-1") is None


def test_filling_the_asked_slot_keeps_the_others() -> None:
    assert QUESTION.filled("3A") == {
        "train": "12951",
        "from": "NDLS",
        "to": ["MMCT", "BCT"],
        "class": "3A",
    }
