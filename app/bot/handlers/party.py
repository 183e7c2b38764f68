"""A party's seats and fare in one train ("seats in 12627 SL for 4", "we are 4" after its seats,
"3 log"): whether there is room for all of them on the day asked, said first, and the class's fare
per person and for the party, said under the seats answer."""

from __future__ import annotations

import datetime as dt

from app.bot.format import class_words, money
from app.bot.handlers.context import Context
from app.bot.handlers.lookups import DEFAULT_AGE
from app.errors import RailwayError, TimetableNotLoaded
from app.i18n import nt, t
from app.i18n.language import Language
from app.railways.models import SeatDay, StatusKind


def party_of(passengers: int | None) -> int | None:
    """The party a question is for when it is more than one traveller; None for one or unsaid."""
    return passengers if passengers is not None and passengers > 1 else None


def room_for_the_party(
    language: Language, seat_day: SeatDay, party: int, journey_class: str, day: str
) -> str:
    """Whether the seats available that day take the whole party ("Yes, enough for 4: 7 seats
    available in SL on Sun 13 Dec.", "Not enough for 4: only 3 seats available in SL on …"); empty
    when the day has no count of seats to weigh (a waiting list, RAC, seats uncounted), whose
    answer says the same for any party."""
    count = seat_day.count
    if seat_day.kind is not StatusKind.AVAILABLE or count is None:
        return ""
    values = {"party": party, "journey_class": journey_class, "day": day, "count": count}
    if count >= party:
        return t(language, "seats.party_room", **values)
    return nt(language, "seats.party_short", count, **values)


async def party_fare(
    ctx: Context,
    leg: tuple[str, str, str],
    journey_class: str,
    quota: str,
    day: dt.date,
    party: int,
) -> str:
    """The class's fare for one and for the party ("Fare in SL: ₹1,015 per person, ₹4,060 for
    4"); empty when no fare is known."""
    train, origin, destination = leg
    lang = ctx.language
    try:
        fare = await ctx.provider.fare(
            train, origin, destination, journey_class, quota, DEFAULT_AGE, day
        )
    except TimetableNotLoaded:
        raise
    except RailwayError:
        return ""
    total = fare.data.total
    price = t(
        lang,
        "in_class.party_price",
        fare=money(lang, total),
        total=money(lang, total * party),
        count=party,
    )
    return t(lang, "in_class.one_party", journey_class=class_words(lang, journey_class), line=price)
