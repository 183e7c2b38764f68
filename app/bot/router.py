"""Request type → handler: the bot's switchboard, open to new features.

    router = default_router()
    router.add(LiveStatus, my_live_status)     # replace or add a request type's handler

A handler that needs one more field raises `AskUser`; a railway error it does not word itself is
worded here for travellers. Nothing else escapes `dispatch`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from app.bot.alerts import handlers as alerts
from app.bot.format import lines
from app.bot.handlers import (
    between,
    cancellations,
    cannot_do,
    departures,
    explain,
    facts,
    fare,
    forget,
    in_a_class,
    language,
    live,
    location,
    names,
    pnr,
    route,
    seats,
    several,
    smalltalk,
    stations,
    stops,
)
from app.bot.handlers.asking import AskUser
from app.bot.handlers.context import (
    AnyHandler,
    AnySeveralHandler,
    Context,
    Handler,
    Outcome,
    R,
    SeveralHandler,
    say,
)
from app.bot.handlers.railway_errors import error_text
from app.bot.replies import Reply
from app.bot.requests import (
    AlertList,
    AlertStop,
    AlertSubscribe,
    Arrivals,
    CancelledTrains,
    CannotDo,
    ChooseLanguage,
    Departures,
    Explain,
    Fare,
    ForgetMe,
    Greeting,
    Help,
    LiveStatus,
    NearestStations,
    OutOfScope,
    PnrStatus,
    Request,
    RescheduledTrains,
    Reset,
    SeatAvailability,
    StationByCode,
    StationByName,
    StopsAt,
    Thanks,
    TrackPnr,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.state import MAX_EACH, Subject
from app.errors import NotInSample, RailwayError


class Router:
    """Finds the handler for a request, by the request's type."""

    def __init__(self, fallback: Handler[Request] = smalltalk.unknown) -> None:
        self._handlers: dict[type[Request], AnyHandler] = {}
        self._several: dict[type[Request], AnySeveralHandler] = {}
        self._each: dict[type[Request], AnySeveralHandler] = {}
        self._fallback = fallback

    def add(self, kind: type[R], handler: Handler[R]) -> None:
        """Answer requests of type `kind` with `handler` (replacing any handler it had)."""
        self._handlers[kind] = handler

    def add_several(self, kind: type[R], handler: SeveralHandler[R]) -> None:
        """Answer requests of type `kind` about a train's name that names several trains (one
        each way) with `handler`, for all of them at once, instead of asking which one."""
        self._several[kind] = handler

    def add_each(self, kind: type[R], handler: SeveralHandler[R]) -> None:
        """Answer requests of type `kind` about "it" with `handler` for each of the few trains
        just shown or offered (a list of two: "is it on time?"), not for a train's name that
        names several (which of them is asked)."""
        self._each[kind] = handler

    def handles(self, kind: type[Request]) -> bool:
        return kind in self._handlers

    async def dispatch(self, ctx: Context, request: Request) -> Outcome:
        handler: AnyHandler = self._handlers.get(type(request), self._fallback)
        try:
            said = ""  # which train a description chose ("the one going to delhi")
            if ctx.choosing is not None and request.slots.get("train") is None:
                chosen = await names.chosen_by_way(ctx, request, ctx.choosing.options)
                if chosen is None:  # none or both run that way: the question again
                    return Outcome((ctx.choosing.prompt,), ctx.choosing)
                request, said = chosen
            several = self._several.get(type(request))
            shown = ctx.each or _on_screen(ctx, request)
            if several is None and type(request) in self._each:
                several, shown = self._each[type(request)], ctx.each or _few_on_screen(ctx, request)
            if several is not None and len(shown) > 1:
                # "which one stops at katpadi?" after a list: the answer for each train shown
                return await several(ctx, request, list(shown))
            named = names.wants_train(ctx, request)
            if named:
                found = await names.named_trains(ctx, request)
                several = self._several.get(type(request))
                if several is not None and len(found) > 1:
                    # "is karnataka express cancelled today?": yes or no for each of them; the
                    # first is what a follow-up is about ("what time?"), never a train before
                    numbers = [train.number for train in found]
                    answered = await several(ctx, request, numbers)
                    if answered.subject is None and answered.pending is None:
                        first = request.with_slots({"train": numbers[0]})
                        answered = answered.about(Subject.of(first))
                    return answered
                request = await names.named_train(ctx, request, found)
            outcome: Outcome = await handler(ctx, request)
            if said and outcome.replies:
                lead = outcome.replies[0]
                lead = lead.model_copy(update={"text": lines(said, lead.text)})
                outcome = replace(outcome, replies=(lead, *outcome.replies[1:]))
            if (named or said) and outcome.subject is None and outcome.pending is None:
                # The train found by its name, or chosen by the way it runs ("the one from
                # delhi"), is what the answer was about ("2A mein?", "when does it reach kota?").
                outcome = outcome.about(Subject.of(request))
        except AskUser as question:
            return question.outcome
        except NotInSample:
            return names.not_in_sample(ctx, request)
        except RailwayError as exc:
            return say(Reply(text=error_text(ctx.language, exc)))
        return outcome


def _on_screen(ctx: Context, request: Request) -> tuple[str, ...]:
    """The trains of the list just shown, for a question that lacks its train and names none
    ("does any of them stop at katpadi?"), when the conversation is about the list, not one
    train of it; empty otherwise."""
    subject = ctx.subject
    takes = isinstance(request, _OF_EACH) and request.slots.get("train") is None
    if subject is None or not takes or ctx.train_name:
        return ()
    if subject.several and subject.train in subject.several:
        return subject.several  # "and at jhansi?" after whether the Karnataka Express stops
    if subject.train is not None and subject.train not in subject.listed_trains:
        return ()  # one train in hand, not of the list ("which one" of a list keeps the list)
    return subject.listed_trains


def _few_on_screen(ctx: Context, request: Request) -> tuple[str, ...]:
    """The trains of a list of a few just shown (two or three), for a question about "it" that
    names none ("is it on time?", "kab chalegi"), when no one train of it is in hand: each is
    answered rather than asked which, again at every question; empty otherwise."""
    subject = ctx.subject
    if subject is None or request.slots.get("train") is not None or ctx.train_name:
        return ()
    # "sleeper me kitna lagega" after a journey's trains: the fare of each that has the class
    # (those without it passed over), rather than which train, for a page of them; "for 2
    # people" next, each of them again
    most = MAX_CLASSED if isinstance(request, Fare) and request.slots.get("class") else MAX_EACH
    each = 1 < len(subject.several) <= most and subject.train in subject.several
    if subject.answered_each or each:
        return subject.several  # "kab chalegi" after "is it on time?" answered for each
    listed = subject.listed_trains
    if not 1 < len(listed) <= most or subject.train is not None:
        return ()
    return listed


# How many trains of a list a fare in a class is asked of, each answered.
MAX_CLASSED: Final = 6


# Questions about one train that, of a list, are asked of each train on it ("which one stops at
# katpadi?"); not "cancelled trains today", a list of its own.
_OF_EACH = (StopsAt, TrainFacts)


def default_router() -> Router:
    """Every built-in feature."""
    router = Router()
    router.add(PnrStatus, alerts.remembering(pnr.pnr_status))
    router.add(AlertSubscribe, alerts.subscribe)
    router.add(TrackPnr, alerts.subscribe)
    router.add(AlertList, alerts.list_alerts)
    router.add(AlertStop, alerts.stop)
    router.add(LiveStatus, live.live_status)
    router.add_each(LiveStatus, several.for_each_listed(live.live_status))
    router.add(TrainRoute, route.train_route)
    router.add(StationByName, stations.station_by_name)
    router.add(StationByCode, stations.station_by_code)
    router.add(Departures, departures.departures)
    router.add(Arrivals, departures.arrivals)
    router.add(NearestStations, location.nearest_stations)
    router.add(TrainsBetween, between.trains_between)
    router.add(Fare, in_a_class.first_in_a_class(fare.fare))
    router.add_each(Fare, several.for_each_listed_in_a_class(fare.fare))
    router.add(SeatAvailability, in_a_class.first_in_a_class(seats.seat_availability))
    router.add(CancelledTrains, cancellations.cancelled_trains)
    router.add(RescheduledTrains, cancellations.rescheduled_trains)
    router.add_several(CancelledTrains, cancellations.several_trains)
    router.add_several(RescheduledTrains, cancellations.several_trains)
    router.add(StopsAt, stops.stops_at)
    router.add_several(StopsAt, several.for_each_train(stops.stops_at))
    router.add(TrainFacts, facts.train_facts)
    router.add_several(TrainFacts, several.for_each_train(facts.train_facts))
    router.add(CannotDo, cannot_do.cannot_do)
    router.add(Explain, explain.explain)
    router.add(ChooseLanguage, language.answering_again(router.dispatch))
    router.add(OutOfScope, smalltalk.out_of_scope)
    router.add(Help, smalltalk.help_)
    router.add(Greeting, smalltalk.greeting)
    router.add(Thanks, smalltalk.thanks)
    router.add(Unknown, smalltalk.unknown)
    router.add(Reset, alerts.stopping_alerts(smalltalk.reset))
    router.add(ForgetMe, forget.forget_me)
    return router
