"""How many days are left until the journey in hand ("how many days until my journey", "yatra me
kitne din baki hai"): counted from today to the date the conversation holds (a booking's journey,
the date a journey's trains, seats or fare were asked for), with that date."""

from __future__ import annotations

from app.bot.format import day_date
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import Reply
from app.i18n import nt, t


def days_left(ctx: Context) -> Outcome:
    """The days to go until the journey's date in hand; when none is in hand, how to give it."""
    lang = ctx.language
    day = ctx.subject.date if ctx.subject is not None else None
    if day is None:
        return say(Reply(text=t(lang, "days_left.no_date")))
    left = (day - ctx.today).days
    when = day_date(lang, day, ctx.today)
    if left < 0:
        text = t(lang, "days_left.passed", day=when)
    elif left == 0:
        text = t(lang, "days_left.today", day=when)
    else:
        text = nt(lang, "days_left.days", left, count=left, day=when)
    return say(Reply(text=text))
