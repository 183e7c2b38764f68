"""A message of emoji alone ("❤️", "👍", "🙏", "😂", "👍🏻"), or a sticker (Messenger's thumbs-up,
or any other), replayed as Facebook signs it through the whole service: exactly one short,
friendly reply in the person's language, never "didn't get that", never the menu; and the same
delivery retried by Facebook is not answered again."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from app.i18n import t
from tests.support.messenger import (
    PAGE_ID,
    GraphRecorder,
    make_settings,
    running_app,
    signed_headers,
)

TIMESTAMP = 1_795_000_000_000
LIKE_STICKER = 369239263222822
OTHER_STICKER = 126362180873745
STICKER_URL = "https://scontent.xx.fbcdn.net/v/t39.1997-6/851557_369239266556155_759568595_n.png"


def body(user: str, message: dict[str, Any], *, at: int = 0) -> bytes:
    event = {
        "sender": {"id": user},
        "recipient": {"id": PAGE_ID},
        "timestamp": TIMESTAMP + at,
        "message": message,
    }
    entry = {"id": PAGE_ID, "time": TIMESTAMP + at, "messaging": [event]}
    # Escaped as Facebook sends it (emoji as \\ud83d\\udc4d): signed as received.
    return json.dumps({"object": "page", "entry": [entry]}).encode()


def sticker(sticker_id: int) -> dict[str, Any]:
    payload = {"url": STICKER_URL, "sticker_id": sticker_id}
    return {
        "sticker_id": sticker_id,
        "attachments": [
            {"type": "image", "payload": payload},
            {"type": "sticker", "payload": payload},
        ],
    }


REACTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "heart": ({"text": "❤️"}, "talk.react_glad"),
    "thumbs_up": ({"text": "👍"}, "talk.react_ok"),
    "folded_hands": ({"text": "🙏"}, "talk.react_thanks"),
    "laughing": ({"text": "😂"}, "talk.react_glad"),
    "thumbs_up_light_skin": ({"text": "👍🏻"}, "talk.react_ok"),
    "two_hearts_and_bangs": ({"text": "❤️❤️!!"}, "talk.react_glad"),
    "angry": ({"text": "😡"}, "talk.react_sorry"),
    "like_sticker": (sticker(LIKE_STICKER), "talk.react_ok"),
    "other_sticker": (sticker(OTHER_STICKER), "talk.react_glad"),
}


@pytest.mark.parametrize("name", sorted(REACTIONS))
async def test_a_reaction_alone_gets_one_short_friendly_reply_and_no_menu(
    name: str, backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    message, key = REACTIONS[name]
    user = "7005000000000801"
    raw = body(user, {"mid": f"m.react-{name}", **message})
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
        assert (response.status_code, response.text) == (200, "EVENT_RECEIVED")
        await graph.wait_for_messages(1)
        await asyncio.sleep(0.5)  # time for a second answer that should not come
    [sent] = graph.messages_to(user)
    assert sent["text"] == t("en", key)
    assert "quick_replies" not in sent and "attachment" not in sent
    assert t("en", "talk.not_understood") not in sent["text"]
    assert t("en", "talk.attachment") not in sent["text"]


async def test_a_hindi_speakers_heart_is_answered_in_hindi(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    user = "7005000000000802"
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for n, message in enumerate(
            ({"text": "12627 कहाँ है"}, {"text": "❤️"}, sticker(LIKE_STICKER))
        ):
            raw = body(user, {"mid": f"m.hi{n}", **message}, at=n * 1000)
            response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
            assert response.status_code == 200
            await graph.wait_for_messages(n + 1)
        await asyncio.sleep(0.5)
    *_, heart, like = graph.texts_to(user)
    assert heart == t("hi", "talk.react_glad")
    assert like == t("hi", "talk.react_ok")


async def test_a_reaction_while_a_question_is_open_keeps_the_question(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    """ "😂" to "Which class?": no apology, no menu; the question's options stay a tap away."""
    user = "7005000000000803"
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for n, text in enumerate(("fare 12627", "😂")):
            raw = body(user, {"mid": f"m.q{n}", "text": text}, at=n * 1000)
            response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
            assert response.status_code == 200
            await graph.wait_for_messages(n + 1)
        await asyncio.sleep(0.5)
    question, reaction = graph.messages_to(user)
    assert reaction["text"] == t("en", "talk.ack_waiting")
    assert reaction["quick_replies"] == question["quick_replies"]


@pytest.mark.parametrize("name", ["heart", "like_sticker", "other_sticker"])
async def test_facebook_retrying_a_reaction_gets_it_answered_once(
    name: str, backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    message, key = REACTIONS[name]
    user = "7005000000000804"
    raw = body(user, {"mid": f"m.retried-{name}", **message})
    settings = make_settings(backend, railway_provider="sample", data_dir=tmp_path)
    async with running_app(settings) as (_, client):
        for _ in range(3):  # the same delivery, as Facebook retries it after a timeout
            response = await client.post("/webhook", content=raw, headers=signed_headers(raw))
            assert response.status_code == 200
        await graph.wait_for_messages(1)
        again = await client.post("/webhook", content=raw, headers=signed_headers(raw))
        assert again.status_code == 200
        await asyncio.sleep(0.7)
    assert graph.texts_to(user) == [t("en", key)]
