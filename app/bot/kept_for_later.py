"""Details typed for a question that cannot take them, kept for when it is answered.

While the bot asks where a journey starts (or ends, or which day) for the trains between two
places, the traveller may type something else they need: a class ("3A"), how many travel ("2
log"), a quota ("tatkal"). The list of trains has no such detail, but the traveller wants it: it
is kept, said back ("Noted: 3A (AC 3 Tier)"), the question asked again, and once the list is
shown, each listed train's fare in that class (for that party, in that quota) follows it. Seats
asked which class are told how many travel the same way: the seats, then the fare for them.
"""

from __future__ import annotations

from typing import Final

from app.bot.requests import STATION_SLOTS, Fare, Request, SeatAvailability, TrainsBetween
from app.bot.state import Pending
from app.bot.understanding.understood import Understood

# What a fare carries that a list of trains (or seats, for the party) does not.
_FOR_THE_FARE: Final = frozenset({"class", "passengers", "quota"})
# The questions such details are kept for: the trains between two places, seats.
_KEEPS: Final = (TrainsBetween, SeatAvailability)


def kept_for_later(pending: Pending, understood: Understood) -> tuple[Request, Fare] | None:
    """The pending question's request with the details of the message it takes (the answer
    asked for, a day), and the fare its answer is to be followed by with those it cannot take
    ("3A" asked where from for trains, "2 log" asked which class for seats); None when the
    message gives no such detail, or anything besides details (a question of its own)."""
    request, details = pending.request, dict(understood.details)
    if not isinstance(request, _KEEPS) or not understood.only_details or understood.numbered:
        return None
    names = set(type(request).slot_names()) | ({"date"} & set(type(request).model_fields))
    if "station" in details and pending.asking in STATION_SLOTS:
        details[pending.asking] = details.pop("station")  # "bangalore 3A" asked where from
    for_the_fare = {slot: value for slot, value in details.items() if slot not in names}
    if not for_the_fare or not set(for_the_fare) <= _FOR_THE_FARE:
        return None
    if isinstance(request, SeatAvailability) and "passengers" not in for_the_fare:
        return None
    own = {slot: value for slot, value in details.items() if slot in names}
    earlier = next((asked for asked in pending.then if isinstance(asked, Fare)), Fare())
    return request.with_slots(own), earlier.with_slots(for_the_fare)


def then_with(pending: Pending, request: Request, fare: Fare) -> Pending:
    """`pending` asked again for `request` (what it has been told so far), the fare kept to
    follow its answer."""
    others = tuple(asked for asked in pending.then if not isinstance(asked, Fare))
    return pending.model_copy(update={"request": request, "then": (*others, fare)})


def settled_fare(fare: Fare, answered: Request) -> Fare:
    """A fare kept for later, with what the answered question settled: the list's places and
    day (no train: each listed train's fare), or the seats' train, journey, day and class."""
    if not isinstance(answered, TrainsBetween | SeatAvailability):
        return fare
    missing = {
        slot: value
        for slot, value in answered.slots.items()
        if slot in Fare.slot_names() and fare.slots.get(slot) is None
    }
    settled = fare.with_slots(missing) if missing else fare
    day = getattr(answered, "date", None)
    if day is not None and settled.date is None:
        settled = settled.model_copy(update={"date": day})
    return settled
