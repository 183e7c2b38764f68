"""Intent → handler, payload prefix → decoder: the bot's switchboard, open to new features.

    router = default_router()
    router.add("live_status", my_live_status)      # replace or add an intent's handler
    router.add_payload("MYPREFIX", decode_mine)     # a new payload prefix

A handler that needs one more slot raises `AskUser`; a railway error it does not word itself is
worded here for travellers. Nothing else escapes `dispatch`.
"""

from __future__ import annotations

from app.bot import payloads
from app.bot.handlers import (
    alerts,
    between,
    cancellations,
    departures,
    fare,
    live,
    pnr,
    route,
    seats,
    smalltalk,
    stations,
)
from app.bot.handlers.common import AskUser, Context, Handler, Outcome, error_text, say
from app.bot.payloads import Decoder, Parsed, Request
from app.bot.replies import Reply
from app.bot.understanding import Intent
from app.errors import RailwayError


class Router:
    """Finds the handler for a request and the decoder for a payload."""

    def __init__(self, fallback: Handler = smalltalk.unknown) -> None:
        self._handlers: dict[str, Handler] = {}
        self._decoders: dict[str, Decoder] = dict(payloads.DECODERS)
        self._fallback = fallback

    def add(self, intent: str, handler: Handler) -> None:
        """Answer `intent` with `handler` (replacing any handler it had)."""
        self._handlers[str(intent)] = handler

    def add_payload(self, prefix: str, decoder: Decoder) -> None:
        """Decode payloads `PREFIX:...` with `decoder` (fields after the prefix, split on `:`)."""
        self._decoders[prefix.upper()] = decoder

    def handles(self, intent: str) -> bool:
        return str(intent) in self._handlers

    def parse_payload(self, payload: str) -> Parsed | None:
        return payloads.parse(payload, self._decoders)

    async def dispatch(self, ctx: Context, request: Request) -> Outcome:
        handler = self._handlers.get(str(request.intent), self._fallback)
        try:
            return await handler(ctx, dict(request.slots))
        except AskUser as question:
            return question.outcome
        except RailwayError as exc:
            return say(Reply(text=error_text(exc)))


def default_router() -> Router:
    """Every built-in feature."""
    router = Router()
    router.add(Intent.PNR_STATUS, alerts.remembering(pnr.pnr_status))
    router.add(Intent.ALERT_SUBSCRIBE, alerts.subscribe)
    router.add(payloads.TRACK_PNR, alerts.subscribe)
    router.add(Intent.ALERT_LIST, alerts.list_alerts)
    router.add(Intent.ALERT_STOP, alerts.stop)
    router.add(Intent.LIVE_STATUS, live.live_status)
    router.add(Intent.TRAIN_ROUTE, route.train_route)
    router.add(Intent.STATION_BY_NAME, stations.station_by_name)
    router.add(Intent.STATION_BY_CODE, stations.station_by_code)
    router.add(Intent.DEPARTURES, departures.departures)
    router.add(Intent.TRAINS_BETWEEN, between.trains_between)
    router.add(Intent.FARE, fare.fare)
    router.add(Intent.SEAT_AVAILABILITY, seats.seat_availability)
    router.add(Intent.CANCELLED_TRAINS, cancellations.cancelled_trains)
    router.add(Intent.RESCHEDULED_TRAINS, cancellations.rescheduled_trains)
    router.add(Intent.HELP, smalltalk.help_)
    router.add(Intent.GREETING, smalltalk.greeting)
    router.add(Intent.THANKS, smalltalk.thanks)
    router.add(Intent.UNKNOWN, smalltalk.unknown)
    router.add(payloads.RESET, alerts.stopping_alerts(smalltalk.reset))
    return router
