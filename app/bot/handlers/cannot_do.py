"""What RailBot cannot do (book, cancel, refund, Tatkal booking, a lost ticket, a complaint,
customer care), said honestly in a few words with where to go instead: never a search it cannot
finish."""

from __future__ import annotations

import datetime as dt
from typing import Final

from app.bot.format import chip, day_date
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import QuickReply, Reply
from app.bot.requests import CannotDo, Fare, Request, SeatAvailability, TrainsBetween
from app.bot.requests.talk import Problem, Task
from app.i18n import N_, t

# Each task → the catalog key of where to go for it.
_WHERE: Final[dict[Task, str]] = {
    "booking": N_("cannot.booking"),
    "cancellation": N_("cannot.cancellation"),
    "refund": N_("cannot.refund"),
    "tatkal": N_("cannot.tatkal"),
    "lost_ticket": N_("cannot.lost_ticket"),
    "complaint": N_("cannot.complaint"),
    "care": N_("cannot.care"),
    "food": N_("cannot.food"),
    "missed_train": N_("cannot.missed_train"),
    "tdr": N_("cannot.tdr"),
    "luggage": N_("cannot.luggage"),
    "pets": N_("cannot.pets"),
}


# A narrower kind of task → the catalog key of what to do about it.
_WHAT_TO_DO: Final[dict[Problem, str]] = {
    "boarding": N_("cannot.boarding"),
    "name": N_("cannot.name"),
    "upgrade": N_("cannot.upgrade"),
    "account": N_("cannot.account"),
    "failed_payment": N_("cannot.failed_payment"),
    "train_cancelled": N_("cannot.train_cancelled"),
    "refund_time": N_("cannot.refund_time"),
    "train_running": N_("cannot.train_running"),
}


async def cannot_do(ctx: Context, request: CannotDo) -> Outcome:
    lang = ctx.language
    key = _WHERE.get(request.task, N_("cannot.general")) if request.task else "cannot.general"
    problem = request.problem
    booking = ctx.subject
    if request.task == "refund" and booking is not None and booking.pnr and booking.cancelled:
        problem = "train_cancelled"  # the booking just shown is on a cancelled train
    if problem is not None:
        key = _WHAT_TO_DO[problem]
    quick: tuple[QuickReply, ...] = ()
    origin, destination = ctx.journey
    journey = {"origin": origin, "destination": destination}
    if problem == "train_cancelled" and ctx.subject is not None:
        # Another train for the same journey, that day.
        subject = ctx.subject
        ends = subject.journey
        if ends is not None:
            other = TrainsBetween(origin=ends[0], destination=ends[1], date=subject.date)
            # Or the journey another day: the day after the cancelled one (or tomorrow).
            after = max(subject.date or ctx.today, ctx.today) + dt.timedelta(days=1)
            later = other.model_copy(update={"date": after})
            on = t(lang, "between.chip_trains_on", day=day_date(lang, after, ctx.today))
            quick = (chip(t(lang, "cannot.chip_other_trains"), other), chip(on, later))
    elif request.task in ("booking", "tatkal") and request.problem in (None, "upgrade"):
        # What helps before booking elsewhere: the trains, seats and fares, for the journey,
        # the day and the train the message named, if it did ("kal delhi se mumbai ka ticket
        # chahiye": tomorrow's trains).
        train = ctx.mentioned.train if ctx.mentioned is not None else None
        day = _day_to_come(ctx)
        asks: tuple[tuple[str, Request, Request], ...] = (
            ("menu.between", TrainsBetween(**journey, date=day), TrainsBetween()),
            ("menu.seats", SeatAvailability(train=train, **journey, date=day), SeatAvailability()),
            ("menu.fare", Fare(train=train, **journey, date=day), Fare()),
        )
        # A button carries what was said when it can; else it asks it all.
        quick = tuple(
            chip(t(lang, key), said if said.packable else bare) for key, said, bare in asks
        )
    elif request.task == "pets" and problem is None:
        # The 1A coupe or cabin a pet travels in: the trains and their seats for the journey.
        asks_1a = (
            ("menu.between", TrainsBetween(**journey), TrainsBetween()),
            ("menu.seats", SeatAvailability(journey_class="1A", **journey), SeatAvailability()),
        )
        quick = tuple(
            chip(t(lang, key), said if said.packable else bare) for key, said, bare in asks_1a
        )
    return say(Reply(text=t(lang, key), quick_replies=quick))


def _day_to_come(ctx: Context) -> dt.date | None:
    """The day of the journey the message named, when it is today or later; else None."""
    day = ctx.mentioned.date if ctx.mentioned is not None else None
    return day if day is not None and day >= ctx.today else None
