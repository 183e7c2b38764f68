"""What a handler is given and what it gives back: the context of one message, and the outcome."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from app.bot.format import lines
from app.bot.replies import Reply
from app.bot.requests import LiveStatus, Request
from app.bot.state import Pending, Subject
from app.i18n.language import DEFAULT_LANGUAGE, Language
from app.railways.provider import Provider
from app.railways.stations import StationIndex
from app.store import Store

R = TypeVar("R", bound=Request)
R_contra = TypeVar("R_contra", bound=Request, contravariant=True)


@dataclass(frozen=True)
class Context:
    """One message's world: where answers come from, the time, who asks and what they typed."""

    provider: Provider
    index: StationIndex
    now: dt.datetime  # timezone-aware, in the railway's zone
    user_id: str
    text: str = ""
    store: Store | None = None  # for handlers that keep per-user data of their own (alerts)
    earlier: str = ""  # the words of the question this message answers, if it answers one
    language: Language = DEFAULT_LANGUAGE  # the language to answer in (app.i18n.language)
    subject: Subject | None = None  # what the conversation is about (what was just shown)
    answered: Request | None = None  # the question whose answer was the last thing said
    train_name: str = ""  # a train the message names without its number ("karnataka express")
    # The stations the message gives for a journey (from, to): which way a named train runs.
    journey: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # The ends of a journey the message named in words that are no station we know ("to").
    unfound: frozenset[str] = frozenset()
    # What the message itself names (a train, a journey between two places), whatever it asks:
    # the subject of an answer that shows none ("book a ticket from delhi to mumbai").
    mentioned: Subject | None = None
    # A "which train?" question answered with the way the train runs ("the one going to
    # delhi"): the question, whose options the router narrows by their routes.
    choosing: Pending | None = None
    # The trains a question is asked of, each, while the traveller has not said which of them
    # ("does it stop at bhopal?" while asked which Karnataka Express): the same answer for each.
    each: tuple[str, ...] = ()
    # Whether the person can be messaged later, outside this conversation (`Incoming`): PNR
    # alerts are offered only then.
    reachable_later: bool = True
    # The gist of the last answer (its first line), and how many impatient lines ("jaldi
    # karo", "??") came since: the short word back to one is never the same line twice.
    last_gist: str = ""
    hurried: int = 0

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def run_in_hand(self, train: str | None) -> dt.date | None:
        """The start date of `train`'s run whose live status was just shown (the run the
        traveller follows: "platform?", "when does it reach kota?" next are about it); None
        when the conversation holds no run of that train."""
        request = self.subject.request if self.subject is not None else None
        if not isinstance(request, LiveStatus) or request.train != train:
            return None
        return request.shown


@dataclass(frozen=True)
class Outcome:
    """A handler's answer, the question left open (kept as conversation state), if any, and what
    the answer showed when it is more than the request named (a PNR's train, stations and date):
    the subject the next message may take for granted."""

    replies: tuple[Reply, ...]
    pending: Pending | None = None
    subject: Subject | None = None

    def about(self, subject: Subject) -> Outcome:
        """This outcome, saying what it showed."""
        return replace(self, subject=subject)

    def led_by(self, lead: str) -> Outcome:
        """This outcome with `lead` said first, in its first reply."""
        if not self.replies:
            return self
        first, *rest = self.replies
        led = first.model_copy(update={"text": lines(lead, first.text)})
        return replace(self, replies=(led, *rest))


# `async def fare(ctx: Context, request: Fare) -> Outcome`: a handler answers one request type.
Handler = Callable[[Context, R], Awaitable[Outcome]]
AnyHandler = Callable[[Context, Any], Awaitable[Outcome]]
# `async def several(ctx, request, trains)`: a request about each of several trains of one name.
SeveralHandler = Callable[[Context, R, list[str]], Awaitable[Outcome]]
AnySeveralHandler = Callable[[Context, Any, list[str]], Awaitable[Outcome]]


def say(*replies: Reply) -> Outcome:
    """An outcome that answers and leaves no question open."""
    return Outcome(tuple(replies))
