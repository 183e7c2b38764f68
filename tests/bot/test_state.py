"""Conversation state: one pending question per user, kept 15 minutes, alike on both stores, and
read back whole after a restart: the typed request included."""

from __future__ import annotations

import json

from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare
from app.bot.state import Conversation, ConversationState, Pending
from app.constants import STATE_PREFIX, STATE_TTL_S
from app.store import MemoryStore, Store
from tests.conftest import FakeClock

QUESTION = Pending(
    request=Fare(train="12951", origin="NDLS", destination=["MMCT", "ADH"]),
    asking="class",
    options=("3A", "2A"),
    prompt=Reply(text="Which class?", quick_replies=(QuickReply(title="3A", payload="CLASS:3A"),)),
)
ASKED = Conversation(pending=QUESTION)


async def test_saved_question_comes_back_whole(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", ASKED)
    assert await state.load("user-1") == ASKED


async def test_state_is_per_user(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", ASKED)
    assert await state.load("user-2") == Conversation()


async def test_state_lives_fifteen_minutes(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", ASKED)
    remaining = await store.ttl(STATE_PREFIX + "user-1")
    assert remaining is not None and STATE_TTL_S - 5 < remaining <= STATE_TTL_S == 900


async def test_question_expires_after_fifteen_minutes(clock: FakeClock) -> None:
    state = ConversationState(MemoryStore(clock=clock))
    await state.save("user-1", ASKED)
    clock.advance(STATE_TTL_S - 1)
    assert await state.load("user-1") == ASKED
    clock.advance(2)
    assert await state.load("user-1") == Conversation()


async def test_clear_forgets_the_question(store: Store) -> None:
    state = ConversationState(store)
    await state.save("user-1", ASKED)
    await state.clear("user-1")
    assert await state.load("user-1") == Conversation()


async def test_unreadable_state_is_dropped_not_raised(store: Store) -> None:
    await store.set(STATE_PREFIX + "user-1", "{not json", ttl_s=60)
    state = ConversationState(store)
    assert await state.load("user-1") == Conversation()
    assert await store.get(STATE_PREFIX + "user-1") is None


def test_filling_the_asked_slot_keeps_the_others() -> None:
    assert QUESTION.filled("3A") == Fare(
        train="12951", origin="NDLS", destination=["MMCT", "ADH"], journey_class="3A"
    )


async def test_the_request_is_stored_with_its_type_so_any_worker_reads_it(store: Store) -> None:
    await ConversationState(store).save("user-1", ASKED)
    stored = json.loads(await store.get(STATE_PREFIX + "user-1") or "{}")
    assert stored["pending"]["request"]["intent"] == "fare"
    assert await ConversationState(store).load("user-1") == ASKED


async def test_a_question_stored_before_requests_were_typed_is_still_answered(
    store: Store,
) -> None:
    older = {
        "intent": "fare",
        "slots": {"train": "12951", "from": "NDLS", "to": ["MMCT", "ADH"]},
        "asking": "class",
        "options": ["3A", "2A"],
        "prompt": {
            "text": "Which class?",
            "quick_replies": [{"title": "3A", "payload": "CLASS:3A"}],
        },
    }
    await store.set(STATE_PREFIX + "user-1", json.dumps(older), ttl_s=60)
    assert await ConversationState(store).load("user-1") == ASKED


async def test_a_question_of_a_request_this_version_does_not_know_is_dropped(store: Store) -> None:
    stored = ASKED.model_dump(mode="json")
    stored["pending"]["request"]["intent"] = "teleport"
    await store.set(STATE_PREFIX + "user-1", json.dumps(stored), ttl_s=60)
    assert await ConversationState(store).load("user-1") == Conversation()
