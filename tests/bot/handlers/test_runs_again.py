"""When a cancelled train runs again ("kab chalegi phir?"): its first run after the cancelled one
that no source says is cancelled, with its day and time, or that every run ahead is cancelled."""

from __future__ import annotations

import datetime as dt
from typing import cast

from app.bot.handlers.context import Context
from app.bot.handlers.runs_again import LOOK_AHEAD_DAYS, runs_again
from app.errors import NotFound
from app.i18n.language import Language
from app.railways import models
from app.railways.models import CancelledTrain, RouteStop, Sourced, Station, Train
from app.railways.provider import Provider
from tests.bot.harness import INDEX, TZ

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=TZ)
TODAY = NOW.date()
KERALA = Train(number="12626", name="Kerala Express")
NDLS = Station(code="NDLS", name="New Delhi")
BPL = Station(code="BPL", name="Bhopal Jn")
TVC = Station(code="TVC", name="Thiruvananthapuram Central")


class CancelledSome:
    """A railway that cancels 12626's runs on some days (whole) and cuts others short (`part`),
    with no live status for any of them: its list of cancelled trains says."""

    name = "railwayapi"

    def __init__(self, whole: set[dt.date], part: set[dt.date] = frozenset()) -> None:  # type: ignore[assignment]
        self.whole, self.part = whole, part

    async def train_route(self, train: str) -> Sourced[models.TrainRoute]:
        stops = (
            RouteStop(seq=1, station=NDLS, departure=dt.time(20, 10), distance_km=0),
            RouteStop(seq=2, station=BPL, arrival=dt.time(6, 45), departure=dt.time(6, 55),
                      day=2, distance_km=702),
            RouteStop(seq=3, station=TVC, arrival=dt.time(14, 0), day=3, distance_km=3035),
        )  # fmt: skip
        route = models.TrainRoute(train=KERALA, stops=stops)
        return Sourced(data=route, source=self.name, as_of=NOW)

    async def live_status(self, train: str, start: dt.date) -> Sourced[models.LiveStatus]:
        raise NotFound("no live status")

    async def cancelled_trains(self, on: dt.date) -> Sourced[list[CancelledTrain]]:
        listed = []
        if on in self.whole:
            listed.append(CancelledTrain(train=KERALA, source=NDLS, destination=TVC,
                                         kind="Fully Cancelled"))  # fmt: skip
        if on in self.part:
            listed.append(CancelledTrain(train=KERALA, source=BPL, destination=TVC,
                                         kind="Partially Cancelled"))  # fmt: skip
        return Sourced(data=listed, source=self.name, as_of=NOW)


def context(provider: CancelledSome, language: Language = "en") -> Context:
    return Context(
        provider=cast(Provider, provider),
        index=INDEX,
        now=NOW,
        user_id="u",
        language=language,
    )


def days(*numbers: int) -> set[dt.date]:
    return {TODAY.replace(day=n) for n in numbers}


async def test_the_next_run_not_cancelled_is_said_with_its_day_and_time() -> None:
    outcome = await runs_again(context(CancelledSome(days(3, 4, 5))), "12626", TODAY)
    assert outcome is not None
    text = outcome.replies[0].text
    assert text.startswith("12626 Kerala Express runs again on Sun 6 Dec")
    assert "leaving New Delhi (NDLS) at 20:10" in text
    assert outcome.subject is not None and outcome.subject.date == TODAY.replace(day=6)


async def test_the_next_run_is_the_day_after_when_only_the_one_asked_is_cancelled() -> None:
    outcome = await runs_again(context(CancelledSome(days(3)), "hi"), "12626", TODAY)
    assert outcome is not None
    assert "12626 Kerala Express फिर शुक्र, 4 दिसंबर को चलेगी" in outcome.replies[0].text
    assert "20:10 बजे" in outcome.replies[0].text


async def test_a_run_cut_short_runs_and_says_where_it_is_cancelled() -> None:
    outcome = await runs_again(context(CancelledSome(days(3), days(4))), "12626", TODAY)
    assert outcome is not None
    text = outcome.replies[0].text
    assert "runs again on Fri 4 Dec" in text
    assert "cancelled between Bhopal Jn (BPL) and Thiruvananthapuram Central (TVC)" in text


async def test_every_run_ahead_cancelled_is_said_plainly_never_a_far_run() -> None:
    ahead = days(*range(3, 4 + LOOK_AHEAD_DAYS))
    outcome = await runs_again(context(CancelledSome(ahead)), "12626", TODAY)
    assert outcome is not None
    text = outcome.replies[0].text
    assert "cancelled on every run up to Sun 13 Dec" in text
    assert "runs again on" not in text
    assert outcome.subject is not None and outcome.subject.cancelled
