"""Follow-ups that lean on what was just shown or asked, end to end through the signed webhook on
the sample railway: alerts asked for in Hindi after a PNR, a running day asked while the bot
waits for a class, the journey between two stations just looked up, and the trains of "here"
after a station's code."""

from __future__ import annotations

from pathlib import Path

from tests.messenger.test_languages import Chat, sample_settings
from tests.support.messenger import GraphRecorder, running_app


async def test_follow_ups_lean_on_what_was_just_shown(
    backend: str | None, graph: GraphRecorder, tmp_path: Path
) -> None:
    async with running_app(sample_settings(backend, tmp_path)) as (_, client):
        chat = Chat(client, graph)
        await chat.say("पीएनआर 4534567890 का स्टेटस")
        alerts = await chat.say("इसमें कोई बदलाव हो तो बताना")
        await chat.say("fare of 12627 from SBC to NDLS")
        runs = await chat.say("does it run on sunday?")
        fare = await chat.say("3A")
        await chat.say("code of bhopal")
        await chat.say("code of agra")
        between = await chat.say("trains between those two")
        await chat.say("NDLS kaunsa station hai")
        board = await chat.say("yahan se kaun kaun si trains guzarti hain")
    assert "PNR 4534567890" in alerts["text"] and "अलर्ट चालू" in alerts["text"]
    assert runs["text"].startswith("Yes, 12627 Karnataka Express runs on Sun")
    assert "3A (AC 3 Tier)" in fare["text"]
    assert "Bhopal Jn (BPL) → Agra Cantt (AGC)" in between["text"]
    assert board["text"].startswith("🚉 New Delhi (NDLS)")
