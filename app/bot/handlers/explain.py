"""What common railway words mean (RAC, GNWL, chart prepared, Tatkal...), in the person's
language."""

from __future__ import annotations

from typing import Final

from app.bot.format import chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.pnr import pnr_status
from app.bot.replies import Reply
from app.bot.requests import Explain, PnrStatus
from app.bot.requests.talk import Term
from app.i18n import N_, t

# Each word → the catalog key of its meaning.
_MEANINGS: Final[dict[Term, str]] = {
    "RAC": N_("explain.RAC"),
    "WL": N_("explain.WL"),
    "GNWL": N_("explain.GNWL"),
    "RLWL": N_("explain.RLWL"),
    "PQWL": N_("explain.PQWL"),
    "TQWL": N_("explain.TQWL"),
    "RSWL": N_("explain.RSWL"),
    "CNF": N_("explain.CNF"),
    "CHART": N_("explain.CHART"),
    "TATKAL": N_("explain.TATKAL"),
    "PREMIUM_TATKAL": N_("explain.PREMIUM_TATKAL"),
    "PNR": N_("explain.PNR"),
    "QUOTA": N_("explain.QUOTA"),
    "BERTH": N_("explain.BERTH"),
    "NOSB": N_("explain.NOSB"),
    "REGRET": N_("explain.REGRET"),
}
# Words offered when the question named none, with the catalog key of each chip's title.
_OFFERED: Final[tuple[tuple[Term, str], ...]] = (
    ("RAC", N_("explain.chip_rac")),
    ("GNWL", N_("explain.chip_gnwl")),
    ("CHART", N_("explain.chip_chart")),
    ("TATKAL", N_("explain.chip_tatkal")),
)
# Words about a booking's status: a PNR check is the natural next step.
_ABOUT_A_BOOKING: Final = frozenset(
    {"RAC", "WL", "GNWL", "RLWL", "PQWL", "TQWL", "RSWL", "CNF", "CHART", "PNR"}
)


async def explain(ctx: Context, request: Explain) -> Outcome:
    lang = ctx.language
    if request.term is None:
        offered = tuple(chip(t(lang, key), Explain(term=term)) for term, key in _OFFERED)
        return say(Reply(text=t(lang, "explain.which"), quick_replies=offered))
    terms = (request.term, *(term for term in request.also if term != request.term))
    booked = _booking_in_hand(ctx)
    if terms == ("CHART",) and booked is not None:
        # "mera chart kab banega?" after a PNR: when this booking's chart is prepared, with its
        # taps, not what a chart is
        return await pnr_status(ctx, PnrStatus(pnr=booked, focus="chart"))
    about_a_booking = any(term in _ABOUT_A_BOOKING for term in terms)
    quick = (chip(t(lang, "menu.pnr"), PnrStatus()),) if about_a_booking else ()
    meanings = "\n\n".join(t(lang, _MEANINGS[term]) for term in terms)
    return say(Reply(text=meanings, quick_replies=quick))


def _booking_in_hand(ctx: Context) -> str | None:
    """The PNR the conversation is about, shown last or kept since; None when none."""
    subject = ctx.subject
    if subject is None:
        return None
    return subject.pnr or subject.booked
