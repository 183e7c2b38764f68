"""Requests that are conversation rather than railway questions."""

from __future__ import annotations

from typing import Annotated

from app.bot.requests.base import NOT_A_SLOT, Intent, Request


class Greeting(Request):
    """Hello, or the Get Started button (`GET_STARTED`)."""

    intent = Intent.GREETING
    menu = "GET_STARTED"


class Help(Request):
    """What can the bot do (`HELP`)."""

    intent = Intent.HELP
    menu = "HELP"


class Thanks(Request):
    intent = Intent.THANKS


class Unknown(Request):
    """A message the bot did not understand as any question."""

    intent = Intent.UNKNOWN


class Reset(Request):
    """Start over ("cancel", the Cancel button `CANCEL`). `pending` tells whether a question was
    waiting for its answer: without one, "stop" is about PNR alerts."""

    intent = "reset"
    menu = "CANCEL"

    pending: Annotated[bool, NOT_A_SLOT] = False
