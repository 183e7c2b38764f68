"""Whole conversations on the sample railway with a railway SMS pasted or forwarded to RailBot,
and thanks beside a PNR. A status told with thanks ("PNR 4512345678 is now CNF B3 45. thanks")
gets that PNR's status as the railway has it now: the traveller wants it checked. Thanks only for
what RailBot did with a PNR ("thank you for tracking 4534567890") is thanks: nothing is looked up
again, and no alert is started."""

from __future__ import annotations

import pytest

from app.store import Store
from tests.bot.harness import sample_chat, text_of
from tests.conftest import FakeClock


@pytest.mark.parametrize(
    "pasted",
    [
        "PNR 4512345678 is now CNF B3 45. thanks",
        "Fwd: PNR 4512345678 status changed to RAC 12. thanks",
        "PNR 4512345678 ab CNF hai, shukriya",
    ],
)
async def test_a_status_pasted_with_thanks_gets_the_pnrs_status_now(
    store: Store, clock: FakeClock, pasted: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(pasted))
    assert "🎫 PNR 4512345678" in answer and "🚆 12627 Karnataka Express" in answer
    assert "P3 RAC 12" in answer  # the railway's status, not the one pasted
    assert "You're welcome" not in answer


async def test_a_hindi_status_pasted_with_thanks_gets_it_in_hindi(
    store: Store, clock: FakeClock
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say("पीएनआर 4512345678 अब कन्फर्म हो गया है, धन्यवाद"))
    assert "🎫 PNR 4512345678" in answer and "कोई बात नहीं" not in answer


@pytest.mark.parametrize(
    ("thanks", "welcome"),
    [
        ("thank you for tracking 4534567890", "You're welcome! Happy journey 🚆"),
        ("thanks for checking pnr 4534567890", "You're welcome! Happy journey 🚆"),
        ("पीएनआर 4534567890 ट्रैक करने के लिए धन्यवाद", "कोई बात नहीं! आपकी यात्रा शुभ हो 🚆"),
    ],
)
async def test_thanks_only_for_what_was_done_with_a_pnr_is_thanks(
    store: Store, clock: FakeClock, thanks: str, welcome: str
) -> None:
    async with sample_chat(store, clock) as user:
        answer = text_of(await user.say(thanks))
        alerts = text_of(await user.say("my alerts"))
    assert welcome in answer and "🎫" not in answer
    assert "You have no PNR alerts" in alerts
