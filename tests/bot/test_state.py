"""Conversation state: one pending question per user, kept 15 minutes, alike on both stores, and
read back whole after a restart: the typed request included."""

from __future__ import annotations

import datetime as dt
import json

from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare, LiveStatus, TrainRoute, TrainsBetween
from app.bot.state import Conversation, ConversationState, Listed, Pending, Subject
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


# --- the subject: what was just shown ------------------------------------------------------------

PNR_SHOWN = Subject(
    pnr="4512345678",
    train="12627",
    origin="YPR",
    destination="NDLS",
    date="2026-11-19",
    journey_class="SL",
)


def test_the_subject_of_a_request_is_what_it_named() -> None:
    fare = Fare(train="12951", origin="NDLS", destination="MMCT", journey_class="3A")
    subject = Subject.of(fare)
    assert (subject.train, subject.origin, subject.destination) == ("12951", "NDLS", "MMCT")
    assert subject.journey_class == "3A" and subject.request == fare


def test_a_city_not_settled_to_one_station_is_not_part_of_the_subject() -> None:
    subject = Subject.of(Fare(train="12951", origin="NDLS", destination=["MMCT", "LTT"]))
    assert subject.origin == "NDLS" and subject.destination is None


def test_the_same_train_seen_again_keeps_the_pnr_and_journey() -> None:
    after = PNR_SHOWN.then(Subject.of(LiveStatus(train="12627")))
    assert after.pnr == "4512345678" and after.journey == ("YPR", "NDLS")
    assert after.request == LiveStatus(train="12627")


def test_another_train_or_pnr_is_a_new_subject() -> None:
    train = Subject.of(LiveStatus(train="12951"))
    assert PNR_SHOWN.then(train) == train.model_copy(update={"booked": PNR_SHOWN.pnr})
    other = Subject(pnr="4523456789", train="12952")
    # the two bookings checked one after the other are kept to point at ("the first one")
    assert PNR_SHOWN.then(other) == other.model_copy(update={"pnrs": (PNR_SHOWN.pnr, other.pnr)})


def test_another_journey_without_a_train_is_a_new_subject() -> None:
    between = Subject.of(TrainsBetween(origin="MAS", destination="SBC"))
    assert PNR_SHOWN.then(between) == between.model_copy(update={"booked": PNR_SHOWN.pnr})


def test_the_booking_shown_is_remembered_while_other_things_are_shown() -> None:
    later = PNR_SHOWN.then(Subject.of(TrainsBetween(origin="MAS", destination="SBC")))
    later = later.then(Subject.of(TrainRoute(train="12951")))
    assert later.pnr is None and later.booked == PNR_SHOWN.pnr
    assert later.then(Subject(pnr="4523456789")).booked is None  # another booking: its own


def test_a_journey_then_a_train_on_it_keeps_the_journey() -> None:
    between = Subject.of(TrainsBetween(origin="NDLS", destination="MMCT", date="2026-11-20"))
    after = between.then(Subject.of(TrainRoute(train="12951")))
    assert after.train == "12951" and after.journey == ("NDLS", "MMCT")
    assert after.date == dt.date(2026, 11, 20)


async def test_the_subject_is_saved_with_the_question_and_read_back_whole(store: Store) -> None:
    conversation = Conversation(pending=QUESTION, subject=Subject.of(TrainRoute(train="12627")))
    await ConversationState(store).save("user-1", conversation)
    assert await ConversationState(store).load("user-1") == conversation


async def test_a_conversation_stored_before_subjects_is_still_read(store: Store) -> None:
    stored = ASKED.model_dump(mode="json")
    del stored["subject"]
    await store.set(STATE_PREFIX + "user-1", json.dumps(stored), ttl_s=60)
    assert await ConversationState(store).load("user-1") == ASKED


def test_a_listed_train_looked_at_keeps_the_list_on_screen() -> None:
    listing = TrainsBetween(origin="NDLS", destination="BPL")
    listed = (Listed(train="12002", origin="NDLS", destination="BPL"), Listed(train="12626"))
    shown = Subject.of(listing).model_copy(update={"listed": listed, "listing": listing})
    fare = Subject.of(Fare(train="12626", origin="NDLS", destination="BPL"))
    after = shown.then(fare)
    assert after.train == "12626"
    assert after.listed == listed and after.listing == listing
    other = Subject.of(Fare(train="12951", origin="MMCT", destination="NDLS"))
    assert after.then(other).listed == ()  # another train: another subject
