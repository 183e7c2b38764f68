"""The result of understanding one message: an intent and its slots.

Slot keys and value shapes (what `python -m app parse` prints, and what handlers read):

| intent | slots |
|---|---|
| pnr_status | pnr |
| live_status | train, date? |
| train_route | train |
| station_by_name | name, code |
| station_by_code | code |
| departures | station, hours |
| trains_between | from, to, date? |
| fare | train?, from, to, class?, quota?, age? |
| seat_availability | train?, from, to, date?, class?, quota? |
| cancelled_trains | date |
| rescheduled_trains | date |
| alert_subscribe | pnr? |
| alert_list | (none) |
| alert_stop | pnr? or all |
| help, greeting, thanks, unknown | (none) |

Values: `pnr` 10 digits and `train` 5 digits as strings; `date` ISO `YYYY-MM-DD`; `hours` and
`age` integers; `class` a class code (`1A 2A 3A 3E SL CC EC 2S FC EA EV`); `quota` a quota code
(`GN TQ PT LD SS HP DF FT YU`...); `all` is 1 (every alert of the user). A station slot (`from`,
`to`, `station`, `code`) is a code, or a list of candidate codes, best first, when the words match
several stations. A slot that was not found is absent (an intent may still be chosen, and the bot
asks for what is missing).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SlotValue = str | int | list[str]


class Intent(StrEnum):
    PNR_STATUS = "pnr_status"
    LIVE_STATUS = "live_status"
    TRAIN_ROUTE = "train_route"
    STATION_BY_NAME = "station_by_name"
    STATION_BY_CODE = "station_by_code"
    DEPARTURES = "departures"
    TRAINS_BETWEEN = "trains_between"
    FARE = "fare"
    SEAT_AVAILABILITY = "seat_availability"
    CANCELLED_TRAINS = "cancelled_trains"
    RESCHEDULED_TRAINS = "rescheduled_trains"
    ALERT_SUBSCRIBE = "alert_subscribe"  # message me when this PNR's status changes
    ALERT_LIST = "alert_list"  # which PNRs am I getting alerts for
    ALERT_STOP = "alert_stop"  # stop one PNR's alerts, or all of them
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    UNKNOWN = "unknown"


class Understanding(BaseModel):
    """An intent with its slots (see the module docstring for their shapes)."""

    model_config = ConfigDict(frozen=True)

    intent: Intent
    slots: dict[str, SlotValue] = Field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"intent": self.intent.value, "slots": dict(self.slots)}
