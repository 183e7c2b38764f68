"""Every kind of webhook body a Page subscribed to Messenger's fields receives, replayed through
the whole service (signed webhook, queue, worker, the real bot on the sample railway, a mocked
Send API): each is acknowledged, what a person did in the thread gets exactly one fitting answer,
and the rest (receipts, reactions, echoes, opt-ins, handovers, standby, feed changes) none."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.i18n import t
from tests.support.messenger import (
    APP_SECRET,
    PAGE_ID,
    PAGE_TOKEN,
    WEBHOOK_FIXTURES,
    GraphRecorder,
    make_settings,
    running_app,
    signed_headers,
)

KINDS = WEBHOOK_FIXTURES / "kinds"
PNR = "4512345678"
PNR_ANSWER = f"🎫 PNR {PNR}"
TRAIN_ANSWER = "🚆 12627 Karnataka Express"

# Fixture → how its single answer begins (None: the body is not answered).
ANSWERS: dict[str, str | None] = {
    "thumbs_up_sticker": t("en", "talk.react_ok"),
    "thumbs_up_sticker_before_2026": t("en", "talk.react_ok"),
    "large_thumbs_up_sticker": t("en", "talk.react_ok"),
    "thumbs_up_emoji": t("en", "talk.react_ok"),
    "other_sticker": t("en", "talk.react_glad"),
    "photo": t("en", "talk.attachment"),
    "two_photos": t("en", "talk.attachment"),
    "voice_note": t("en", "talk.attachment"),
    "video": t("en", "talk.attachment"),
    "file": t("en", "talk.attachment"),
    "shared_link_without_text": t("en", "talk.attachment"),
    "shared_template": t("en", "talk.attachment"),
    "shared_link_with_its_address": t("en", "talk.link"),
    "link_typed_alone": t("en", "talk.link"),
    "reel": t("en", "talk.attachment"),
    "location": t("en", "location.nearest"),
    "location_as_strings": t("en", "location.nearest"),
    "location_with_words": t("en", "location.nearest"),
    "photo_with_a_question": TRAIN_ANSWER,
    "stale_quick_reply": t("en", "talk.stale_button"),
    "quick_reply_of_an_older_version": t("en", "pnr.ask"),
    "menu_postback_of_an_older_version": t("en", "live.ask_train"),
    "get_started": t("en", "talk.intro"),
    # an m.me link's ref, when it asks something: "pnr-alerts" is the alerts, with how to set one
    "link_referral": t("en", "alerts.none"),
    "get_started_from_a_link": t("en", "alerts.none"),
    "link_referral_asking_a_pnr": PNR_ANSWER,
    "get_started_from_a_live_link": TRAIN_ANSWER,
    "first_message_from_a_link": TRAIN_ANSWER,
    "link_referral_with_an_unusable_ref": t("en", "talk.intro"),
    "ad_referral": t("en", "talk.intro"),
    "with_builtin_nlp": t("en", "talk.intro"),
    "edited_message": PNR_ANSWER,
    "edit_with_string_numbers": TRAIN_ANSWER,
    "test_event_in_changes_form": t("en", "talk.intro"),
    "zero_width_inside_a_pnr": PNR_ANSWER,
    "right_to_left": TRAIN_ANSWER,
    "very_long_text": TRAIN_ANSWER,
    "reply_to_a_message": TRAIN_ANSWER,
    "only_whitespace": t("en", "talk.empty"),
    "only_zero_width": t("en", "talk.empty"),
    "no_text_no_attachments": t("en", "talk.empty"),
    "read": None,
    "delivery": None,
    "reaction": None,
    "unreaction": None,
    "echo": None,
    "echo_of_a_template": None,
    "optin": None,
    "notification_optin": None,
    "thread_passed_to_us": None,
    "thread_taken_from_us": None,
    "account_linking": None,
    "policy_enforcement": None,
    "chat_plugin_user_ref": t("en", "talk.intro"),
    "standby_message": None,
    "feed_change": None,
}


def body_of(name: str) -> bytes:
    return (KINDS / f"{name}.json").read_bytes()


def people_in(body: bytes) -> set[str]:
    """Everyone an event of the body is from or to, except the Page."""
    entry = json.loads(body)["entry"][0]
    events = entry.get("messaging", []) + entry.get("standby", [])
    ids = {
        e[side].get(way)
        for e in events
        for side in ("sender", "recipient")
        for way in ("id", "user_ref")  # a Chat Plugin guest: by user_ref
        if side in e
    }
    for change in entry.get("changes", []):
        value = change["value"]
        ids.add(value["from"]["id"] if "from" in value else value["sender"]["id"])
    return {i for i in ids if i and i != PAGE_ID}


def test_every_kind_has_an_expected_answer() -> None:
    assert sorted(p.stem for p in KINDS.glob("*.json")) == sorted(ANSWERS)


async def test_each_kind_is_acknowledged_and_answered_once_or_not_at_all(
    backend: str | None, graph: GraphRecorder, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    bodies = {name: body_of(name) for name in ANSWERS}
    async with running_app(settings) as (_, client):
        for body in bodies.values():
            response = await client.post("/webhook", content=body, headers=signed_headers(body))
            assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")
        await graph.wait_for_messages(sum(answer is not None for answer in ANSWERS.values()))
        await asyncio.sleep(0.5)  # time for an answer that should not come
    wrong = {}
    for name, body in bodies.items():
        texts = [text for person in people_in(body) for text in graph.texts_to(person)]
        expected = ANSWERS[name]
        fits = (
            texts == [] if expected is None else len(texts) == 1 and texts[0].startswith(expected)
        )
        if not fits:
            wrong[name] = texts
    assert wrong == {}
    for message in graph.messages:
        assert 0 < len(message["message"]["text"]) < 2000
    assert any(r.name.startswith("app.") for r in caplog.records)  # the log was watched
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for secret in (APP_SECRET, PAGE_TOKEN, PNR):
        assert secret not in logged
    assert "Traceback" not in caplog.text and not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize(
    "content_type", ["application/json", "text/plain", "", "application/x-www-form-urlencoded"]
)
async def test_a_signed_body_is_accepted_whatever_its_content_type(content_type: str) -> None:
    """The signature, not the header Facebook or a proxy set, says the body is genuine."""
    body = body_of("get_started")
    headers = {**signed_headers(body), "Content-Type": content_type}
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.post("/webhook", content=body, headers=headers)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "cut", [1, 10, len(body_of("get_started")) // 2, len(body_of("get_started")) - 1]
)
async def test_a_truncated_body_signed_as_received_is_a_bad_request(cut: int) -> None:
    body = body_of("get_started")[:cut]
    async with running_app(make_settings(None), run_worker=False) as (_, client):
        response = await client.post("/webhook", content=body, headers=signed_headers(body))
    assert response.status_code == 400


async def test_every_kind_in_one_body_is_answered_as_it_is_alone(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """Facebook may batch several entries, each with several events, into one POST: the kinds
    together get the answers each gets alone, one per person, none for the rest."""
    entries = [entry for name in ANSWERS for entry in json.loads(body_of(name))["entry"]]
    batch = json.dumps({"object": "page", "entry": entries}).encode()  # escaped, as Facebook
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        response = await client.post("/webhook", content=batch, headers=signed_headers(batch))
        assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")
        await graph.wait_for_messages(sum(answer is not None for answer in ANSWERS.values()))
        await asyncio.sleep(0.5)  # time for an answer that should not come
    wrong = {}
    for name, expected in ANSWERS.items():
        texts = [text for person in people_in(body_of(name)) for text in graph.texts_to(person)]
        fits = (
            texts == [] if expected is None else len(texts) == 1 and texts[0].startswith(expected)
        )
        if not fits:
            wrong[name] = texts
    assert wrong == {}


async def test_a_body_streamed_in_small_chunks_is_read_whole(graph: GraphRecorder) -> None:
    body = body_of("get_started")

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 7):
            yield body[start : start + 7]

    headers = {"X-Hub-Signature-256": signed_headers(body)["X-Hub-Signature-256"]}
    async with running_app(make_settings(None)) as (_, client):
        response = await client.post("/webhook", content=chunks(), headers=headers)
        assert response.status_code == 200
        await graph.wait_for_messages(1)
    [text] = [text for person in people_in(body) for text in graph.texts_to(person)]
    assert text.startswith(t("en", "talk.intro"))


async def test_a_signed_body_opening_with_a_byte_order_mark_is_read(graph: GraphRecorder) -> None:
    body = b"\xef\xbb\xbf" + body_of("get_started")
    async with running_app(make_settings(None)) as (_, client):
        response = await client.post("/webhook", content=body, headers=signed_headers(body))
        assert response.status_code == 200
        await graph.wait_for_messages(1)
    [text] = [
        text for person in people_in(body_of("get_started")) for text in graph.texts_to(person)
    ]
    assert text.startswith(t("en", "talk.intro"))
