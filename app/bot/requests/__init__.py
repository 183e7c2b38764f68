"""What a traveller asks, as typed models: one request per feature, and the taps that answer the
bot's last question. `unpack(payload)` reads a button's payload into either.

Adding a feature starts here: a request model (its fields, its payload form), then a handler for
it in `app.bot.handlers`, the words for it in `app.bot.understanding.lexicon`, and the provider
method it calls.
"""

from app.bot.requests.answers import (
    STATION_SLOTS,
    ChosenClass,
    ChosenDate,
    ChosenStation,
    ChosenTrain,
)
from app.bot.requests.base import (
    REQUESTS,
    Answer,
    Intent,
    Packable,
    Request,
    SlotValue,
    unpack,
)
from app.bot.requests.journeys import Fare, SeatAvailability, TrainsBetween
from app.bot.requests.stations import (
    Arrivals,
    Departures,
    NearestStations,
    StationByCode,
    StationByName,
)
from app.bot.requests.talk import (
    CannotDo,
    ChooseLanguage,
    Explain,
    ForgetMe,
    Greeting,
    Help,
    OutOfScope,
    Reset,
    Thanks,
    Unknown,
)
from app.bot.requests.tickets import AlertList, AlertStop, AlertSubscribe, PnrStatus, TrackPnr
from app.bot.requests.trains import (
    CancelledTrains,
    LiveStatus,
    RescheduledTrains,
    StopsAt,
    TrainFacts,
    TrainRoute,
)

__all__ = [
    "REQUESTS",
    "STATION_SLOTS",
    "AlertList",
    "AlertStop",
    "AlertSubscribe",
    "Answer",
    "Arrivals",
    "CancelledTrains",
    "CannotDo",
    "ChooseLanguage",
    "ChosenClass",
    "ChosenDate",
    "ChosenStation",
    "ChosenTrain",
    "Departures",
    "Explain",
    "Fare",
    "ForgetMe",
    "Greeting",
    "Help",
    "Intent",
    "LiveStatus",
    "NearestStations",
    "OutOfScope",
    "Packable",
    "PnrStatus",
    "Request",
    "RescheduledTrains",
    "Reset",
    "SeatAvailability",
    "SlotValue",
    "StationByCode",
    "StationByName",
    "StopsAt",
    "Thanks",
    "TrackPnr",
    "TrainFacts",
    "TrainRoute",
    "TrainsBetween",
    "Unknown",
    "unpack",
]
