"""The way back of a journey asked with no day ("and the return train?", "wapsi ki train?",
"वापसी की ट्रेन"): its trains as their timetable runs them (between.py), then which day is
asked, starting from the onward journey's, never the onward day given silently; the class the
onward fare was asked in follows the answer (each train's fare)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.handlers.asking import AskUser, date_chips
from app.bot.handlers.context import Context
from app.bot.replies import Reply
from app.bot.requests import Fare, TrainsBetween
from app.bot.state import Pending
from app.i18n import t

# How many days are offered for the way back, from the onward journey's.
_DAYS_OFFERED: Final = 4


def asks_the_day_back(request: TrainsBetween) -> bool:
    """Whether `request` is a way back asked with no day of its own."""
    return request.back_from is not None and request.date is None


def ask_the_day_back(ctx: Context, request: TrainsBetween) -> AskUser:
    """Which day the traveller comes back, the onward day and the next ones offered; the fare in
    the onward class (quota, party) kept to follow the trains back."""
    start = max(request.back_from or ctx.today, ctx.today)
    offered = [start + dt.timedelta(days=n) for n in range(_DAYS_OFFERED)]
    plain = request.model_copy(update={"back_from": None, "back_as": ()})
    then = (Fare().with_slots(dict(request.back_as)),) if request.back_as else ()
    chips = date_chips(ctx.language, offered, ctx.today)
    return AskUser(
        Pending(
            request=plain,
            asking="date",
            options=tuple(day.isoformat() for day in offered),
            prompt=Reply(text=t(ctx.language, "between.ask_day_back"), quick_replies=tuple(chips)),
            then=then,
        )
    )


def fare_back(request: TrainsBetween) -> Fare | None:
    """The fare in the onward class (and quota, for as many) to follow the trains back on the
    day said ("return train on the 12th" after a fare in 3A); None when no class was asked."""
    if "class" not in dict(request.back_as) or request.date is None:
        return None
    return Fare().with_slots(dict(request.back_as))
