"""Every member of the understanding's enums (Intent, Hint, Connector), bound once as a `Final`
module constant for the rules to import.

Why: a member reached through its class (`Intent.FARE`) goes through `EnumType.__getattr__`'s
hook, about 0.4 µs a time, and the rules compare against members on every message. A `Final`
name bound here is, compiled, a static that mypyc reads directly from the other modules of its
group (pure Python: one module-global look-up). Each name is the member itself (`FARE is
Intent.FARE`), so a rule reads the same whichever it uses; rules that run per message use these.

Names: an Intent's member as it is (`FARE`), a Hint's with `HINT_`, a Connector's with `CONN_`.
"""

from __future__ import annotations

from typing import Final

from app.bot.requests.base import Intent
from app.bot.understanding.lexicon import Connector, Hint

# What a message asks for.
PNR_STATUS: Final = Intent.PNR_STATUS
LIVE_STATUS: Final = Intent.LIVE_STATUS
TRAIN_ROUTE: Final = Intent.TRAIN_ROUTE
STATION_BY_NAME: Final = Intent.STATION_BY_NAME
STATION_BY_CODE: Final = Intent.STATION_BY_CODE
DEPARTURES: Final = Intent.DEPARTURES
TRAINS_BETWEEN: Final = Intent.TRAINS_BETWEEN
FARE: Final = Intent.FARE
SEAT_AVAILABILITY: Final = Intent.SEAT_AVAILABILITY
CANCELLED_TRAINS: Final = Intent.CANCELLED_TRAINS
RESCHEDULED_TRAINS: Final = Intent.RESCHEDULED_TRAINS
STOPS_AT: Final = Intent.STOPS_AT
TRAIN_FACTS: Final = Intent.TRAIN_FACTS
ARRIVALS: Final = Intent.ARRIVALS
CANNOT_DO: Final = Intent.CANNOT_DO
EXPLAIN: Final = Intent.EXPLAIN
ALERT_SUBSCRIBE: Final = Intent.ALERT_SUBSCRIBE
ALERT_LIST: Final = Intent.ALERT_LIST
ALERT_STOP: Final = Intent.ALERT_STOP
LANGUAGE: Final = Intent.LANGUAGE
OUT_OF_SCOPE: Final = Intent.OUT_OF_SCOPE
FORGET_ME: Final = Intent.FORGET_ME
HELP: Final = Intent.HELP
GREETING: Final = Intent.GREETING
THANKS: Final = Intent.THANKS
UNKNOWN: Final = Intent.UNKNOWN

# Words that shape an intent without naming one.
HINT_STATUS: Final = Hint.STATUS
HINT_TRAIN: Final = Hint.TRAIN
HINT_TRAINS: Final = Hint.TRAINS
HINT_TICKET: Final = Hint.TICKET
HINT_WHAT: Final = Hint.WHAT
HINT_ALERT: Final = Hint.ALERT
HINT_ELSEWHERE: Final = Hint.ELSEWHERE

# Words that place a station before or after them.
CONN_FROM: Final = Connector.FROM
CONN_TO: Final = Connector.TO
CONN_SRC: Final = Connector.SRC
CONN_DST: Final = Connector.DST
CONN_AT: Final = Connector.AT
CONN_IN: Final = Connector.IN
CONN_HERE: Final = Connector.HERE
CONN_PAIR: Final = Connector.PAIR
CONN_BETWEEN: Final = Connector.BETWEEN
CONN_AND: Final = Connector.AND
CONN_VIA: Final = Connector.VIA
