"""After a booking on a cancelled train (PNR 4545678901, 12626 Kerala Express), "is the refund
automatic?" is answered yes first, in a short answer, never the whole refund paragraph again."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    ("asked", "yes", "before"),
    [
        ("is the refund automatic?", "Yes: your train is cancelled", "what should i do now"),
        ("refund apne aap milega kya?", "Yes: your train is cancelled", "ab kya karu"),
        ("क्या रिफंड अपने आप आएगा?", "हाँ: आपकी ट्रेन रद्द है", "अब क्या करूँ"),
    ],
)
async def test_is_the_refund_automatic_is_yes_first_and_short(
    store: Store, clock: FakeClock, asked: str, yes: str, before: str
) -> None:
    async with sample_chat(store, clock) as user:
        await user.say("pnr 4545678901")
        said = text_of(await user.say(before))
        answer = text_of(await user.say(asked))
    assert answer.startswith(yes), answer
    assert answer != said
    assert "look at other trains" not in answer and "दूसरी ट्रेनें देखें" not in answer
