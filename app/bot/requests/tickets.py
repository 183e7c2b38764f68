"""Requests about a ticket: its PNR status, and the alerts that follow it."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import Field

from app.bot.requests.base import NOT_A_SLOT, Intent, PnrField, Request, TrainField, pnr_part
from app.railways import vocabulary

_ALL: str = "ALL"


# What a PNR question asks of the booking, answered first: whether it is confirmed ("is my seat
# confirmed", "confirm hua kya"), where its passengers sit ("which coach and berth"), whether its
# chart is out ("chart bana kya"), the day of the journey ("what is the travel date"), the class
# booked ("what class did i book?").
BookingFocus = Literal[
    "confirmed", "berth", "chart", "date", "class", "train", "count", "waiting", "next"
]


class PnrStatus(Request):
    """The status of a booking (`PNR:4512345678`); with `chance`, whether a waiting or RAC booking
    will be confirmed ("will it confirm?", "confirm hoga?"): the provider's estimate; with
    `focus`, the yes or no (or the berths) the question asks, before the card."""

    intent = Intent.PNR_STATUS
    prefix = "PNR"
    menu = "MENU_PNR"
    parts = (pnr_part(),)
    required = 1

    pnr: PnrField = None
    chance: Annotated[bool, NOT_A_SLOT] = False
    focus: Annotated[BookingFocus | None, NOT_A_SLOT] = None
    # One passenger asked about ("P2's berth", "यात्री 3 की सीट"): their status alone.
    passenger: Annotated[int | None, NOT_A_SLOT] = None
    # The chance asked as a plain yes or no ("just tell me yes or no", "haan ya na batao"): the
    # estimate led by what it comes to ("Probably yes", "Probably not", "Can't say for sure").
    plain: Annotated[bool, NOT_A_SLOT] = False
    # The passengers in one status asked about by it ("will the RAC one get a berth?": "RAC",
    # "waiting wale": "WL"): the first passenger now in it, their status and chance alone.
    waiting: Annotated[Literal["RAC", "WL"] | None, NOT_A_SLOT] = None


class AlertSubscribe(Request):
    """Message me when this PNR's status changes. `train`: the train the message named instead
    ("alert me about 12627 delays"): alerts follow a PNR, so the PNR of a journey on it is asked."""

    intent = Intent.ALERT_SUBSCRIBE

    pnr: PnrField = None
    train: TrainField = None


class TrackPnr(Request):
    """The Track this PNR button (`TRACK:4512345678`): alerts for a PNR just shown."""

    intent = "track_pnr"
    prefix = "TRACK"
    parts = (pnr_part(),)
    required = 1

    pnr: PnrField = None


class AlertList(Request):
    """Which PNRs am I getting alerts for (`ALERTS`)."""

    intent = Intent.ALERT_LIST
    menu = "ALERTS"


class AlertStop(Request):
    """Stop one PNR's alerts (`UNTRACK:4512345678`), or every one (`UNTRACK:ALL`)."""

    intent = Intent.ALERT_STOP
    prefix = "UNTRACK"

    pnr: PnrField = None
    everything: bool = Field(default=False, alias="all")

    def pack(self) -> str:
        if self.everything:
            return f"{self.prefix}:{_ALL}"
        if self.pnr is None:
            raise ValueError("AlertStop needs a PNR or `everything` in a payload")
        return f"{self.prefix}:{self.pnr}"

    @classmethod
    def unpack_fields(cls, fields: list[str]) -> Self | None:
        if len(fields) != 1:
            return None
        if fields[0].upper() == _ALL:
            return cls(everything=True)
        number = vocabulary.parse_pnr(fields[0])
        return cls(pnr=number) if number == fields[0] else None
