"""Railway errors in a traveller's words: never a trace, never a code; and a "Try again" chip for
the failures that may pass."""

from __future__ import annotations

from app.bot.format import chip
from app.bot.replies import QuickReply
from app.bot.requests import Request
from app.errors import (
    ClassNotOnTrain,
    FlushedPnr,
    InvalidArgument,
    InvalidPnr,
    NotFound,
    NotOffered,
    NotRunningOnDate,
    RailwayError,
    TimetableNotLoaded,
    UpstreamUnavailable,
)

UPSTREAM_DOWN = "Indian Railways isn't answering right now, try again in a few minutes. 🙏"
NOT_CONNECTED = (
    "This needs a live railway data provider, which this bot isn't connected to. "
    "Timetable questions (route, trains between stations, station codes) still work."
)
PNR_NOT_FOUND = "PNR not found — check the 10 digits on your ticket."


def error_text(exc: RailwayError) -> str:
    """A railway error in a traveller's words."""
    if isinstance(exc, InvalidPnr):
        return PNR_NOT_FOUND
    if isinstance(exc, FlushedPnr):
        return (
            "This PNR's journey is completed, so Indian Railways has flushed it "
            "(PNR status is kept only until the journey ends)."
        )
    if isinstance(exc, NotOffered):
        return NOT_CONNECTED
    if isinstance(exc, UpstreamUnavailable):
        return UPSTREAM_DOWN
    if isinstance(exc, NotRunningOnDate):
        return "That train doesn't run on that date."
    if isinstance(exc, ClassNotOnTrain):
        return "That train doesn't have that class."
    if isinstance(exc, InvalidArgument):
        return (
            "Indian Railways didn't accept that question — please check the train number, "
            "stations and date."
        )
    if isinstance(exc, TimetableNotLoaded):
        return (
            "I don't have the train timetable loaded yet, so I can't answer that right now. "
            "Station names and codes still work. (Running this bot? `python -m app data fetch` "
            "loads the open timetable.)"
        )
    if isinstance(exc, NotFound):
        return "I couldn't find anything for that. Please check the number or name."
    return "Sorry, I couldn't get that answer. Please try again in a little while."


def retry_chips(request: Request, exc: RailwayError) -> tuple[QuickReply, ...]:
    """A "Try again" chip, asking `request` again, for failures that may pass."""
    if isinstance(exc, UpstreamUnavailable):
        return (chip("Try again", request.pack()),)
    return ()
