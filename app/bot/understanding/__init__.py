"""Language understanding: a traveller's message → the request it makes.

Entities first, whatever words surround them (`reading` finds them: numbers and codes in
`entities`, dates and hour windows in `dates`, stations in `places`, keywords and connectors in
the `lexicon`); the intent then comes from the keywords plus which entities are present
(`intents`), and the request carries the slots read for it (`slots`). A message that answers the
bot's last question is read in `followups`.
"""

from __future__ import annotations

# First of all: whether the modules below load compiled (tools/compile.py) or from their sources.
from pathlib import Path

from app.compiled import guard

NATIVE = guard(__name__, Path(__file__).parent)

import datetime as dt
from typing import Protocol

from app.bot.understanding.message import (
    run_parse,
    understand,
    understand_message,
)
from app.bot.understanding.reading import NAMED_TRAIN
from app.bot.understanding.understood import Understood
from app.railways.stations import StationIndex

__all__ = ["NAMED_TRAIN", "NATIVE", "Understand", "run_parse", "understand", "understand_message"]


class Understand(Protocol):
    """Language understanding, as `understand_message` does it."""

    def __call__(self, text: str, *, today: dt.date, index: StationIndex) -> Understood: ...
