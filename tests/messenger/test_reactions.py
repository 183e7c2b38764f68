"""A message of emoji alone ("❤️", "👍", "🙏", "😂", "👍🏻"), or a sticker (Messenger's thumbs-up,
or any other), replayed as Facebook signs it through the whole service: exactly one short,
friendly reply in the person's language, never "didn't get that", never the menu; and the same
delivery retried by Facebook is not answered again."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import httpx
import pytest

from app.i18n import t
from tests.support.messenger import (
    LIKE_STICKER,
    GraphRecorder,
    post_signed,
    sticker,
    webhook_body,
    webhook_event,
)

OTHER_STICKER = 126362180873745


def body(user: str, message: dict[str, Any], *, at: int = 0) -> bytes:
    return webhook_body(webhook_event({"id": user}, message, at))


async def say_in_turn(
    webhook: httpx.AsyncClient, graph: GraphRecorder, user: str, told: Sequence[dict[str, Any]]
) -> None:
    """`user` sends each message once the one before was answered; then a moment for an answer
    that should not come."""
    for n, message in enumerate(told):
        await post_signed(webhook, body(user, {"mid": f"m.{user}-{n}", **message}, at=n * 1000))
        await graph.wait_for_messages(n + 1)
    await asyncio.sleep(0.5)


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
    name: str, graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    message, key = REACTIONS[name]
    user = "7005000000000801"
    raw = body(user, {"mid": f"m.react-{name}", **message})
    await post_signed(webhook, raw)
    await graph.wait_for_messages(1)
    await asyncio.sleep(0.5)  # time for a second answer that should not come
    [sent] = graph.messages_to(user)
    assert sent["text"] == t("en", key)
    assert "quick_replies" not in sent and "attachment" not in sent
    assert t("en", "talk.not_understood") not in sent["text"]
    assert t("en", "talk.attachment") not in sent["text"]


async def test_a_hindi_speakers_heart_is_answered_in_hindi(
    graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    user = "7005000000000802"
    told = ({"text": "12627 कहाँ है"}, {"text": "❤️"}, sticker(LIKE_STICKER))
    await say_in_turn(webhook, graph, user, told)
    *_, heart, like = graph.texts_to(user)
    assert heart == t("hi", "talk.react_glad")
    assert like == t("hi", "talk.react_ok")


async def test_a_reaction_while_a_question_is_open_keeps_the_question(
    graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    """ "😂" to "Which class?": no apology, no menu; the question's options stay a tap away."""
    user = "7005000000000803"
    await say_in_turn(webhook, graph, user, ({"text": "fare 12627"}, {"text": "😂"}))
    question, reaction = graph.messages_to(user)
    assert reaction["text"] == t("en", "talk.ack_waiting")
    assert reaction["quick_replies"] == question["quick_replies"]


@pytest.mark.parametrize("name", ["heart", "like_sticker", "other_sticker"])
async def test_facebook_retrying_a_reaction_gets_it_answered_once(
    name: str, graph: GraphRecorder, webhook: httpx.AsyncClient
) -> None:
    message, key = REACTIONS[name]
    user = "7005000000000804"
    raw = body(user, {"mid": f"m.retried-{name}", **message})
    for _ in range(3):  # the same delivery, as Facebook retries it after a timeout
        await post_signed(webhook, raw)
    await graph.wait_for_messages(1)
    await post_signed(webhook, raw)
    await asyncio.sleep(0.7)
    assert graph.texts_to(user) == [t("en", key)]
