"""Fare for a train, between two stations, in a class: asks for whatever is missing."""

from __future__ import annotations

import re
from typing import Final

from app.bot.format import (
    chip,
    class_words,
    day_date,
    lines,
    money,
    quota_name,
    source_note,
    station_label,
    train_label,
)
from app.bot.handlers.asking import Journey, ask_again, class_of, require_journey
from app.bot.handlers.cancelled_runs import journey_cancelled
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.facts import train_facts
from app.bot.handlers.lookups import (
    DEFAULT_AGE,
    journey_mismatch,
    not_running_note,
    station_of,
    train_classes,
)
from app.bot.handlers.railway_errors import failure
from app.bot.handlers.seats import TATKAL_QUOTAS
from app.bot.replies import QuickReply, Reply
from app.bot.requests import Fare, SeatAvailability, TrainFacts
from app.bot.state import Subject
from app.bot.understanding.entities import children_said
from app.bot.understanding.text import normal
from app.errors import (
    ClassNotOnTrain,
    FareUnknown,
    InvalidArgument,
    NotFound,
    NotInSample,
    NotRunningOnDate,
    RailwayError,
)
from app.i18n import N_, nt, t
from app.i18n.language import Language
from app.railways import models
from app.railways.vocabulary import GENERAL_QUOTA, MAX_PASSENGERS, RESERVED_CLASSES, JourneyClass


async def fare(ctx: Context, request: Fare) -> Outcome:
    journey = await require_journey(ctx, request)
    train, from_code, to_code = journey.train, journey.origin, journey.destination
    journey_class = request.journey_class
    if journey_class is None and not (request.cooled or request.uncooled) and train:
        both = await _each_of_two_classes(ctx, request, journey)
        if both is not None:  # a train of two classes: both fares, never "which class?"
            return both
    if journey_class is None:
        journey_class = await class_of(ctx, request, train)
    day = request.date or ctx.today
    quota = request.quota or GENERAL_QUOTA
    age = request.age or DEFAULT_AGE
    # A dated run cancelled that day, or on the journey's part: said first.
    cancelled = (
        await journey_cancelled(ctx, train, from_code, to_code, day)
        if request.date is not None
        else None
    )
    try:
        answer = await ctx.provider.fare(train, from_code, to_code, journey_class, quota, age, day)
    except (ClassNotOnTrain, NotRunningOnDate, InvalidArgument) as refusal:
        if request.had and isinstance(refusal, ClassNotOnTrain):
            # "is there first AC?" after a fare: no, and the classes it has; never "which class?"
            facts = TrainFacts(fact="classes")
            return await train_facts(
                ctx, facts.with_slots({"train": train, "class": journey_class})
            )
        raise await ask_again(
            ctx, request, train=train, journey_class=journey_class, day=day, refusal=refusal
        ) from None
    except NotInSample:
        raise  # the router says which trains the sample railway has
    except FareUnknown:  # answered, but with no price: not known, never a guess
        words = class_words(ctx.language, journey_class)
        text = t(
            ctx.language,
            "fare.unknown",
            train=train,
            journey_class=words,
            origin=from_code,
            to=to_code,
        )
        return say(Reply(text=text))
    except NotFound:
        wrong = await journey_mismatch(ctx, train, from_code, to_code)
        cancelled = cancelled or await journey_cancelled(ctx, train, from_code, to_code, day)
        if wrong is None and cancelled is not None:  # the railway cancelled the journey's part
            said, source = cancelled
            wrong = lines(said, source_note(ctx.language, source, ctx.now))
        text = wrong or t(ctx.language, "fare.not_found", train=train, origin=from_code, to=to_code)
        return say(Reply(text=text))
    except RailwayError as exc:
        retry = Fare(
            train=train,
            origin=from_code,
            destination=to_code,
            date=day,
            journey_class=journey_class,
        )
        return say(failure(ctx.language, exc, retry))
    found = answer.data
    lang = ctx.language
    # A day asked that the train does not run: said first (its days, its next run), the fare
    # then of a day it runs
    lead = cancelled[0] if cancelled else ""
    if not lead and request.date is not None:
        lead = await not_running_note(ctx, train, day, from_code)
    origin = station_label(station_of(ctx.index, from_code, found.from_station))
    destination = station_label(station_of(ctx.index, to_code, found.to_station))
    words = class_words(lang, found.journey_class)
    had = t(lang, "facts.has_class", train=train_label(found.train), journey_class=words)
    yes = ""
    if found.quota in TATKAL_QUOTAS and asks_if_tatkal(ctx.text):
        # "is there tatkal?", "tatkal hai kya?", "तत्काल है क्या?": yes first, then its fare
        yes = t(lang, "fare.tatkal_yes", train=train_label(found.train), journey_class=words)
    text = lines(
        had if request.had else yes,
        *((lead, t(lang, "fare.on_a_day_it_runs")) if lead else ()),
        _price_line(lang, found, request.passengers, _children(ctx, request)),
        _concession_line(lang, quota, age),
        f"🚆 {train_label(found.train)}",
        f"{origin} → {destination}",
        journey.note(lang),
        t(lang, "fare.quota", quota=quota_name(lang, found.quota))
        if lead  # not that day's
        else t(
            lang,
            "fare.day_quota",
            day=day_date(lang, day, ctx.today),
            quota=quota_name(lang, found.quota),
        ),
        _breakdown(lang, found),
        t(lang, "fare.estimate") if found.approximate else "",
        source_note(lang, answer, ctx.now),
    )
    leg = {"train": train, "origin": from_code, "destination": to_code, "date": day}
    seats = SeatAvailability(**leg, journey_class=found.journey_class)
    quick: list[QuickReply] = [chip(t(lang, "chip.seats_of", train=found.journey_class), seats)]
    quick.extend(
        chip(t(lang, "chip.fare_of", train=code), Fare(**leg, journey_class=JourneyClass(code)))
        for code in found.train.classes
        if code != found.journey_class and code in RESERVED_CLASSES
    )
    # What it showed: the journey settled (a city's station, the train asked for), its day.
    shown = request.with_slots({**leg, "journey_class": found.journey_class})
    shown = shown.model_copy(update={"had": False})  # asked again, not the yes again
    return say(Reply(text=text, quick_replies=tuple(quick[:8]), shows_card=True)).about(
        Subject.of(shown)
    )


async def _each_of_two_classes(ctx: Context, request: Fare, journey: Journey) -> Outcome | None:
    """The fare in each class of a train that has only two ("12639 fare": CC and 2S), on one
    card, instead of asking which; None when the train has more (or fewer) classes, or when
    either fare is not there to say plainly (a day it does not run, a part cancelled, a
    refusal): the usual path then asks or says why."""
    train, from_code, to_code = journey.train, journey.origin, journey.destination
    known = await train_classes(ctx, train)
    if len(known) != _CLASSES_SHOWN_AT_ONCE:
        return None
    day = request.date or ctx.today
    quota = request.quota or GENERAL_QUOTA
    age = request.age or DEFAULT_AGE
    if request.date is not None and (
        await journey_cancelled(ctx, train, from_code, to_code, day)
        or await not_running_note(ctx, train, day, from_code)
    ):
        return None
    found: list[models.Fare] = []
    answer = None
    for code in known:
        try:
            answer = await ctx.provider.fare(train, from_code, to_code, code, quota, age, day)
        except RailwayError:
            return None
        found.append(answer.data)
    assert answer is not None
    lang = ctx.language
    first = found[0]
    origin = station_label(station_of(ctx.index, from_code, first.from_station))
    destination = station_label(station_of(ctx.index, to_code, first.to_station))
    prices = "\n".join(
        dict.fromkeys(
            line
            for each in found
            for line in _price_line(
                lang, each, request.passengers, _children(ctx, request)
            ).split("\n")
        )
    )
    text = lines(
        prices,
        _concession_line(lang, quota, age),
        f"🚆 {train_label(first.train)}",
        f"{origin} → {destination}",
        journey.note(lang),
        t(
            lang,
            "fare.day_quota",
            day=day_date(lang, day, ctx.today),
            quota=quota_name(lang, quota),
        ),
        t(lang, "fare.estimate") if any(each.approximate for each in found) else "",
        source_note(lang, answer, ctx.now),
    )
    leg = {"train": train, "origin": from_code, "destination": to_code, "date": day}
    quick = tuple(
        chip(t(lang, "chip.seats_of", train=each.journey_class),
             SeatAvailability(**leg, journey_class=each.journey_class))
        for each in found
    )  # fmt: skip
    shown = Subject.of(request.with_slots(leg)).model_copy(
        update={"classes": tuple(each.journey_class for each in found)}
    )
    return say(Reply(text=text, quick_replies=quick, shows_card=True)).about(shown)


# How many classes a train may have for a fare asked with none to show each (more: which?).
_CLASSES_SHOWN_AT_ONCE: Final = 2


# The senior citizen quota's code, and the age from which a traveller is a senior citizen.
SENIOR_QUOTA: Final = "SS"
SENIOR_AGE: Final = 60


def _concession_line(language: Language, quota: str, age: int) -> str:
    """A senior citizen's fare asked: said plainly that the concession was withdrawn in March
    2020, so the fare shown is the normal fare (never the same number relabelled as a
    concession); empty otherwise."""
    if quota != SENIOR_QUOTA and age < SENIOR_AGE:
        return ""
    return t(language, "fare.senior_concession_withdrawn")


def asks_if_tatkal(text: str) -> bool:
    """Whether the message asks if there is Tatkal ("is there tatkal?", "tatkal milega?",
    "तत्काल है क्या?", read in Latin letters): the word and one of asking whether."""
    words = set(normal(text).split())
    return not words.isdisjoint(_TATKAL_WORDS) and not words.isdisjoint(_WHETHER_WORDS)


_TATKAL_WORDS: Final = frozenset({"tatkal", "tatkaal", "tatkall", "tatkl"})
_WHETHER_WORDS: Final = frozenset(
    {"is", "there", "any", "available", "hai", "kya", "milega", "milegi", "milta", "hota", "does",
     "do", "can", "has"}
)  # fmt: skip


def _children(ctx: Context, request: Fare) -> int:
    """How many of the party are children ("2 adults + 1 kid", "do bade ek bachcha", "दो बड़े
    और एक बच्चा"), as this message says, else as the message that said the party did (a class
    or a train chosen next, each train of a list): priced apart from the adults."""
    passengers = request.passengers
    if passengers is None or passengers < 2:
        return 0
    return min(children_said(normal(ctx.text)) or request.children, passengers)


def _price_line(
    language: Language, found: models.Fare, passengers: int | None, children: int = 0
) -> str:
    """`💰 ₹1,092 · SL (Sleeper)`; for several travellers, the fare per person and in total;
    with children among them, the adults' total, then what a child pays by age."""
    words = class_words(language, found.journey_class)
    if passengers is None or passengers < 2:
        return f"💰 {money(language, found.total)} · {words}"
    each = money(language, found.total)
    if children:
        # a child is never priced as an adult without a word: under 5 free (no berth), 5 to 11
        # the full fare for a berth, a lower one without (NOSB)
        adults = passengers - children
        everyone = money(language, found.total * passengers)
        if found.quota in TATKAL_QUOTAS:  # no child fare in Tatkal: 5 to 11 pay it in full
            said = nt(language, "fare.children_tatkal", children, count=children, fare=each,
                      total=everyone, all=passengers)  # fmt: skip
        else:
            said = nt(language, "fare.children", children, count=children, fare=each,
                      total=everyone, all=passengers)  # fmt: skip
        if not adults:
            return f"💰 {each} · {words}\n{said}"
        grown = nt(language, "fare.adults", adults, count=adults, fare=each,
                   total=money(language, found.total * adults))  # fmt: skip
        return f"💰 {grown} · {words}\n{said}"
    total = money(language, found.total * passengers)
    priced = t(language, "fare.per_person", fare=each, total=total, count=passengers)
    # the total is the fare shown times the travellers: an estimate, said so
    estimate = t(language, "fare.party_estimate", count=passengers)
    if passengers <= MAX_PASSENGERS:
        return f"💰 {priced} · {words}\n{estimate}"
    # a group: one booking holds 6, so the group books several
    bookings = -(-passengers // MAX_PASSENGERS)
    group = t(language, "fare.group_bookings", most=MAX_PASSENGERS, bookings=bookings)
    return f"💰 {priced} · {words}\n{estimate}\n{group}"


# The parts of a fare as the railway names them → the catalog key of their words.
# (lower case, letters only, singular: `baseFare`, `reservationCharges`, `serviceTax`; the
# sample railway's short `base`, `reservation`, `superfast`...).
_FARE_PARTS: Final = {
    "base": N_("fare.part.base_fare"),
    "basefare": N_("fare.part.base_fare"),
    "reservation": N_("fare.part.reservation_charge"),
    "reservationcharge": N_("fare.part.reservation_charge"),
    "superfast": N_("fare.part.superfast_charge"),
    "superfastcharge": N_("fare.part.superfast_charge"),
    "catering": N_("fare.part.catering_charge"),
    "tatkal": N_("fare.part.tatkal_charge"),
    "other": N_("fare.part.other_charge"),
    "servicetax": N_("fare.part.gst"),
    "gst": N_("fare.part.gst"),
    "tatkalcharge": N_("fare.part.tatkal_charge"),
    "tatkalfare": N_("fare.part.tatkal_charge"),
    "cateringcharge": N_("fare.part.catering_charge"),
    "othercharge": N_("fare.part.other_charge"),
    "fuelamount": N_("fare.part.fuel_charge"),
    "fuelcharge": N_("fare.part.fuel_charge"),
    "dynamicfare": N_("fare.part.dynamic_fare"),
    "concession": N_("fare.part.concession"),
    "totalconcession": N_("fare.part.concession"),
}


def _breakdown(language: Language, found: models.Fare) -> str:
    """The parts of the fare, when they add up to its total (parts that do not, from a source
    that left some out, would show a wrong sum: the total then stands alone). Parts the catalog
    has no words for are one "other charges" (never a source's own key, in English, in a Hindi
    reply); a concession is taken off (`−₹100`)."""
    shown: dict[str, int] = {}
    for key, amount in found.breakdown.items():
        words = _part_key(key)
        shown[words] = shown.get(words, 0) + amount
    shown = {words: amount for words, amount in shown.items() if amount}
    if not shown or sum(shown.values()) != found.total:
        return ""
    return " · ".join(
        f"{t(language, words)} {'−' if amount < 0 else ''}{money(language, abs(amount))}"
        for words, amount in shown.items()
    )


def _part_key(key: str) -> str:
    known = _FARE_PARTS.get(re.sub(r"[^a-z]", "", key.lower()).removesuffix("s"))
    return known or N_("fare.part.other_charge")
