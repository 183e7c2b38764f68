"""An answer of several messages, as the Send API receives it: Messenger shows quick replies under
the last message only, so only the last message carries them, every message's taps there, each
named with what it is for (app.bot.quick_replies); a card's buttons stay on the card."""

from __future__ import annotations

from pathlib import Path

from tests.messenger.test_languages import chips, sample_settings
from tests.support.messenger import (
    GraphRecorder,
    message_body,
    post_signed,
    running_app,
)

USER = "7001000000000161"


async def test_two_pnrs_send_their_taps_on_the_second_card_only(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        await post_signed(client, message_body(USER, "m.two", "pnr 4512345678 and 4523456789"))
        await graph.wait_for_messages(2)
    first, second = graph.messages_to(USER)
    assert first["text"].startswith("🎫 PNR 4512345678")
    assert "quick_replies" not in first
    assert second["text"].startswith("🎫 PNR 4523456789")
    assert chips(second)[:2] == ["Track 4512345678", "Track 4523456789"]
    payloads = [quick["payload"] for quick in second["quick_replies"]]
    assert {"TRACK:4512345678", "PNR:4512345678", "TRACK:4523456789", "PNR:4523456789"} <= set(
        payloads
    )
    assert len(payloads) == len(set(payloads)) <= 13
    assert all(len(title) <= 20 for title in chips(second))
