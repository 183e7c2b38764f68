"""Whether a quicker train is on the list just shown ("koi fast train hai?", "any faster train?",
"कोई तेज़ ट्रेन है?"): yes with the quickest by journey time and how long it takes, or no and
why (one train, all as quick, the one in hand already the quickest)."""

from __future__ import annotations

from typing import Final

from app.bot.format import clock_time, duration, train_label
from app.bot.handlers.context import Context
from app.bot.requests import TrainsBetween
from app.i18n import t
from app.railways.models import TrainBetween

_MINUTES_PER_DAY: Final = 24 * 60


def answer(ctx: Context, trains: list[TrainBetween]) -> tuple[list[TrainBetween], str]:
    """The quickest trains of `trains` (those that take the least time), with a yes line; none,
    with a no line, when none is quicker than the others, or than the listed one in hand."""
    lang = ctx.language
    timed = [(item, minutes) for item in trains if (minutes := journey_minutes(item)) is not None]
    if not timed:
        return [], t(lang, "between.fast_unknown")
    best = min(minutes for _, minutes in timed)
    quickest = [item for item, minutes in timed if minutes == best]
    slower = [minutes for _, minutes in timed if minutes > best]
    named = ", ".join(
        f"{train_label(item.train)} ({clock_time(item.departure)})" for item in quickest
    )
    if len(trains) == 1:
        return [], t(lang, "between.fast_only_one", train=named, duration=duration(lang, best))
    if not slower:
        return [], t(lang, "between.fast_all_alike", duration=duration(lang, best))
    in_hand = _one_in_hand(ctx)
    if in_hand is not None and any(item.train.number == in_hand for item in quickest):
        label = next(train_label(i.train) for i in quickest if i.train.number == in_hand)
        return [], t(lang, "between.fast_in_hand", train=label, duration=duration(lang, best))
    line = t(
        lang,
        "between.fast_yes",
        trains=named,
        duration=duration(lang, best),
        others=duration(lang, min(slower)),
    )
    return quickest, line


def journey_minutes(item: TrainBetween) -> int | None:
    """How long a listed train takes between the list's stations, in minutes."""
    if item.duration_min is not None:
        return item.duration_min
    leaves = item.departure.hour * 60 + item.departure.minute
    arrives = item.arrival.hour * 60 + item.arrival.minute
    minutes = arrives + item.arrival_day_offset * _MINUTES_PER_DAY - leaves
    return minutes if minutes > 0 else None


def _one_in_hand(ctx: Context) -> str | None:
    """The train of the list the traveller looked at alone ("the 3rd one", its fare), if any:
    "any faster train?" then asks for one quicker than it."""
    subject = ctx.subject
    if subject is None or subject.train is None or subject.train not in subject.listed_trains:
        return None
    request = subject.request
    if isinstance(request, TrainsBetween) and request.kind is not None:
        return None  # the last answer was the list cut to a kind, no one train of it
    return subject.train
