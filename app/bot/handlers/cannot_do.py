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
from app.bot.understanding.text import normal
from app.i18n import N_, t

# A request's fields by name, as a button is built with them.
Fields = dict[str, object]

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
        quick = _booking_helps(ctx)
    elif request.task == "pets" and problem is None:
        # The 1A coupe or cabin a pet travels in: the trains and their seats for the journey.
        asks_1a = (
            ("menu.between", TrainsBetween(**journey), TrainsBetween()),
            ("menu.seats", SeatAvailability(journey_class="1A", **journey), SeatAvailability()),
        )
        quick = tuple(
            chip(t(lang, key), said if said.packable else bare) for key, said, bare in asks_1a
        )
    if problem == "train_cancelled" and _asks_if_automatic(ctx.text):
        # "is the refund automatic?", "refund apne aap milega?", "क्या रिफंड अपने आप आएगा?":
        # yes first, in a line, never the whole paragraph again
        key = N_("cannot.refund_automatic")
    return say(Reply(text=t(lang, key), quick_replies=quick))


def _asks_if_automatic(text: str) -> bool:
    """Whether the message asks if a refund comes by itself ("automatic", "apne aap", "khud",
    "अपने आप", read in Latin letters)."""
    words = normal(text).split()
    pairs = {" ".join(words[n : n + 2]) for n in range(len(words) - 1)}
    return not _AUTOMATIC.isdisjoint(words) or not _BY_ITSELF.isdisjoint(pairs)


def asks_refund_by_itself(text: str) -> bool:
    """Whether the message asks if the refund comes by itself: a word of refund (or money back)
    and one of "automatic" ("is the refund automatic?", "paisa apne aap aayega?", "क्या रिफंड
    अपने आप आएगा?")."""
    words = set(normal(text).split())
    return not words.isdisjoint(_REFUND_WORDS) and _asks_if_automatic(text)


_REFUND_WORDS: Final = frozenset({"refund", "refunds", "refunded", "paisa", "paise", "money"})
_AUTOMATIC: Final = frozenset(
    {"automatic", "automatically", "auto", "automatik", "otomatic", "khud", "khudse", "apneaap"}
)
_BY_ITSELF: Final = frozenset({"apne aap", "apne ap", "apne-aap", "by itself", "on its own"})


def _booking_helps(ctx: Context) -> tuple[QuickReply, ...]:
    """What helps before booking elsewhere: the trains, seats and fares of the journey, the day
    and the train the message named ("kal delhi se mumbai ka ticket chahiye": tomorrow's
    trains); of a message that names none, of the journey in hand ("ticket chahiye" after
    12628's 3A seats on Thursday: its seats and fare in 3A that day). A button carries what is
    known when it can; else it asks it all."""
    said = ctx.mentioned
    origin, destination = ctx.journey
    train = said.train if said is not None else None
    day = _day_to_come(ctx, said.date if said is not None else None)
    journey: Fields = {"origin": origin, "destination": destination, "date": day}
    booked: Fields = {"train": train}
    if not (origin or destination or train):
        journey, booked = _in_hand(ctx) or (journey, booked)
    asks: tuple[tuple[str, Request, Request], ...] = (
        ("menu.between", TrainsBetween(**journey), TrainsBetween()),
        ("menu.seats", SeatAvailability(**journey, **booked), SeatAvailability()),
        ("menu.fare", Fare(**journey, **booked), Fare()),
    )
    lang = ctx.language
    return tuple(chip(t(lang, key), asked if asked.packable else bare) for key, asked, bare in asks)


def _in_hand(ctx: Context) -> tuple[Fields, Fields] | None:
    """The journey the conversation is about (its ends and day), and the train, class and quota
    it was asked of; None when it is about none."""
    subject = ctx.subject
    if subject is None:
        return None
    if subject.journey is not None:
        origin, destination = subject.journey
        journey: Fields = {
            "origin": (origin,),
            "destination": (destination,),
            "date": _day_to_come(ctx, subject.date),
        }
        of_it: Fields = {
            "train": subject.train,
            "journey_class": subject.journey_class,
            "quota": subject.quota,
        }
        return journey, of_it
    listed = subject.listing
    if isinstance(listed, TrainsBetween) and listed.origin and listed.destination:
        # a list of trains between two cities
        ends = {"origin": listed.origin, "destination": listed.destination}
        return {**ends, "date": _day_to_come(ctx, listed.date)}, {}
    return None


def _day_to_come(ctx: Context, day: dt.date | None) -> dt.date | None:
    """`day`, when it is today or later; else None."""
    return day if day is not None and day >= ctx.today else None
