"""What one message comes to before any handler runs: the request to answer, or an outcome
already decided.

A tap's payload is unpacked; text is cleaned and understood; a message that answers the question
the bot asked last (a tap on one of its chips, a typed value, a number picking an option) fills
that question's request; "cancel" and its kin start over. What a message cannot mean (a stale
button, an answer to a question that has expired, text that answers nothing asked) is answered
here, without a handler.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from app.bot.format import chip, detail_words, lines, station_label
from app.bot.handlers import between, smalltalk
from app.bot.handlers.asking import ask, city_label, one_city
from app.bot.handlers.cannot_do import asks_refund_by_itself
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.days_left import days_left
from app.bot.handlers.lookups import station_of
from app.bot.incoming import Incoming, Location
from app.bot.kept_for_later import kept_for_later, settled_fare, then_with
from app.bot.links import asked_by_a_link, ref_words, valid_ref
from app.bot.replies import Reply
from app.bot.requests import (
    AlertSubscribe,
    Answer,
    Arrivals,
    CancelledTrains,
    CannotDo,
    Departures,
    Fare,
    ForgetMe,
    Help,
    LiveStatus,
    NearestStations,
    OutOfScope,
    PnrStatus,
    Request,
    RescheduledTrains,
    Reset,
    SeatAvailability,
    StationByName,
    StopsAt,
    Thanks,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
    Unknown,
    unpack,
)
from app.bot.requests.base import Intent, SlotValue
from app.bot.state import MAX_EACH, Listed, Pending, Subject
from app.bot.understanding import Understand, classifier, openings, picks, several
from app.bot.understanding.corrected import without_denied_tail
from app.bot.understanding.days_left import asks_days_left
from app.bot.understanding.facts import asks_ends
from app.bot.understanding.followups import (
    asks_any_cancelled,
    asks_any_train,
    asks_for_a_train,
    asks_in_its_place,
    asks_instead_of_cancelled,
    asks_more,
    asks_more_stops,
    asks_next_alone,
    asks_other_options,
    asks_other_trains,
    asks_ticket_fate,
    asks_to_be_kept_posted,
    asks_what_now,
    asks_when_it_runs_again,
    asks_without_cancelled,
    follow_up,
    is_ack,
    is_farewell,
    is_impatient,
    is_no,
    is_reset,
    only_marks,
    reaction,
    told_wrong,
    train_name_answer,
)
from app.bot.understanding.lexicon import (
    CORRECTION_WORDS,
    DAY_PART_WORDS,
    EITHER_GOING,
    EITHER_WORDS,
    OTHER_WORDS,
    STOP_ALERT_PHRASES,
    TRIP_UNTOLD_WORDS,
    says_other,
)
from app.bot.understanding.listed import (
    HAVING_WORDS,
    asked_of,
    asks_for_one_after,
    asks_the_one_after,
    at_the_time,
    going_there,
    has_one_after,
    leaving_tonight,
    of_those_at_the_time,
    of_those_in_the_day_part,
    picks_a_day_part,
)
from app.bot.understanding.mistyped import with_mistyped, wrong_length_number
from app.bot.understanding.place_words import with_place_words
from app.bot.understanding.pressing import asks_the_total, presses_to_hurry
from app.bot.understanding.scripts import outside_in_another_script
from app.bot.understanding.subject import (
    asks_the_other_way,
    asks_the_way_back,
    day_in_hand,
    in_context,
    mentioned,
    more_of_the_route,
    the_rest,
    tracks_the_pnr,
    way_back_while_asked,
)
from app.bot.understanding.text import clean, has_link, normal
from app.bot.understanding.topics import says_confirmed
from app.bot.understanding.understood import Understood
from app.i18n import N_, t
from app.railways.vocabulary import StationCode

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Turn:
    """What one message comes to before any handler runs: the request to answer, in the context
    to answer it in, or an outcome already decided (a stale button, a question asked again);
    whether a pending question survives it, and the words that led to it."""

    ctx: Context
    label: str  # the intent, for the log
    request: Request | None = None
    outcome: Outcome | None = None
    keep: bool = True
    said: str = ""
    # The message's further asks ("pnr 4512345678 and where is the train"), answered after
    # `request` one by one, each read against what the one before showed.
    more: tuple[Understood, ...] = ()
    # The details a reply gave besides the one asked for ("3A", "Fri 4 Dec"), kept: said back
    # when the question is asked again, so that the traveller sees they were taken.
    noted: tuple[str, ...] = ()


def read(ctx: Context, incoming: Incoming, pending: Pending | None, understand: Understand) -> Turn:
    """What `incoming` comes to, with `pending` the question the bot asked last, if any."""
    text = clean(incoming.text)
    if incoming.payload is not None and incoming.payload.strip():
        turn = _read_payload(ctx, incoming.payload.strip(), pending)
        if turn.label != _BAD_PAYLOAD or not text:
            return turn
        # A button of an older version, or tampered with: its title is what the person chose
        # ("PNR status", "12627 kahan hai"), answered when it asks about the railway.
        titled = _read_text(replace(ctx, text=text), pending, understand)
        return turn if isinstance(titled.request, Unknown | OutOfScope | None) else titled
    if text:
        turn = _read_text(replace(ctx, text=text), pending, understand)
        near_you = isinstance(turn.request, StationByName) and turn.request.near_you
        if not isinstance(turn.request, Unknown | OutOfScope) and not near_you:
            return turn
        if incoming.location is not None:
            # Words beside a shared location ("nearest station?", "मैं यहाँ हूँ", its title):
            # the location is what they are about, and where the nearest station is asked from.
            return _nearest(ctx, incoming.location)
        if has_link(incoming.text):
            # Words around a shared link ("is this real?"), about the link: which is not read.
            return Turn(ctx, "link", outcome=smalltalk.link(ctx))
        return turn
    if incoming.location is not None:
        return _nearest(ctx, incoming.location)
    if "sticker" in incoming.attachment_types:  # a sticker alone: a reaction, as an emoji is
        return _reacted(ctx, "glad", pending)
    if has_link(incoming.text):  # a shared link, and nothing else said
        return Turn(ctx, "link", outcome=smalltalk.link(ctx))
    if incoming.attachment_types:
        return Turn(ctx, "attachment", outcome=smalltalk.attachment(ctx))
    return Turn(ctx, "empty", outcome=smalltalk.empty(ctx))


def read_link(ctx: Context, ref: str, understand: Understand) -> Turn | None:
    """What an m.me link's `ref` asks (`app.bot.links`): a button's payload ("PNR:4512345678"),
    else its words ("live_12627": "live 12627"), read afresh, as if the conversation had just
    begun; None when it asks nothing a link may ask, and the person is greeted."""
    valid = valid_ref(ref)
    if valid is None:
        return None
    fresh = replace(ctx, text="", earlier="", subject=None, answered=None)
    packed = unpack(valid)
    if isinstance(packed, Request):
        return _dispatch(fresh, packed) if asked_by_a_link(packed) else None
    words = ref_words(valid)
    if packed is not None or not words:
        return None  # an answer to a question never asked
    turn = _read_text(replace(fresh, text=words), None, understand)
    return turn if turn.outcome is None and asked_by_a_link(turn.request) else None


def _reacted(ctx: Context, feeling: str, pending: Pending | None) -> Turn:
    """Emoji alone, or a sticker: a word back, or, while a question is open, the question kept
    open with its options (never "didn't get that")."""
    if pending is not None:
        return Turn(ctx, "ack", outcome=smalltalk.waiting(ctx, pending), said=pending.said)
    return Turn(ctx, "reaction", outcome=smalltalk.reacted(ctx, feeling))


def _read_text(ctx: Context, pending: Pending | None, understand: Understand) -> Turn:
    if is_reset(ctx.text):
        # Whether a question was pending: "stop" cancels it, or else stops PNR alerts.
        stops = normal(ctx.text) in STOP_ALERT_PHRASES
        reset = Reset(pending=pending is not None, stops_alerts=stops)
        return Turn(ctx, Reset.intent, request=reset, keep=False)
    if is_farewell(ctx.text):  # "bye": whatever was asked, the conversation ends here
        return Turn(ctx, Thanks.intent, request=Thanks(bye=True), keep=False)
    wrong = told_wrong(ctx.text)
    if wrong == "":  # "galat hai", "this is not correct": what the answer was for, and how
        return Turn(ctx, "told_wrong", outcome=smalltalk.told_wrong(ctx))  # to say what to change
    if wrong:  # "that's wrong, I travelled in sleeper": the correction, read as said alone
        ctx = replace(ctx, text=wrong)
    # "jaldi karo", "hurry up"; "??" to a question or after "didn't get that": a short word
    # back and what is still needed, never a train's name nor the same line again
    marks = only_marks(ctx.text) and (pending is not None or not ctx.last_gist)
    if is_impatient(ctx.text) or marks:
        return Turn(ctx, smalltalk.IMPATIENT, outcome=smalltalk.impatient(ctx, pending))
    if asks_for_a_train(ctx.text):  # "need train urgent": a journey, its ends to ask
        return _dispatch(ctx, TrainsBetween())
    feeling = reaction(ctx.text)
    if feeling is not None and (pending is None or not isinstance(pending.request, ForgetMe)):
        return _reacted(ctx, feeling, pending)  # "❤️", "😂", "👍🏻", "🙏": felt, not asked
    if is_ack(ctx.text) and (pending is None or not isinstance(pending.request, ForgetMe)):
        if pending is not None:  # "ok" to a question: acknowledged, the question still open
            return Turn(ctx, "ack", outcome=smalltalk.waiting(ctx, pending), said=pending.said)
        return _dispatch(ctx, Thanks(ack=True))
    if pending is None and is_no(ctx.text):
        return _dispatch(ctx, Thanks(ack=True))  # "no" when nothing was asked: nothing more
    dated = ctx.subject is not None and ctx.subject.date is not None
    if pending is None and asks_days_left(ctx.text, dated=dated):
        # "how many days until my journey", "yatra me kitne din baki hai": the days to go until
        # the date in hand, never the journey's length in hours nor the days the train runs
        return Turn(ctx, "days_left", outcome=days_left(ctx))
    outside = _outside_for_sure(ctx, understand, asked=pending is not None)
    if outside is not None:
        # "flight to goa", "income tax return kaise file kare" after a list, a fare, a PNR, or
        # while asked which class: outside railways as it is alone, never a pick among the
        # trains shown, a station, class or date answer, nor a question of the train in hand.
        # What it names stays the subject ("flight from delhi to mumbai", then "what about
        # trains": Delhi to Mumbai's trains)
        ctx = replace(
            ctx,
            train_name=outside.train_name,
            journey=journey_of(outside),
            unfound=outside.unfound,
            mentioned=mentioned(outside),
        )
        return _dispatch(ctx, outside.request)
    if pending is not None and (asks_the_total(ctx.text) or presses_to_hurry(ctx.text)):
        # "total?", "jaldi batao", "कुल कितना" while asked which class: that question first,
        # briefly, the trip kept; never "the data doesn't say" nor "didn't get that"
        outcome = Outcome(smalltalk.first_reask(ctx, pending.prompt).replies, pending)
        return Turn(ctx, str(pending.request.intent), outcome=outcome, said=pending.said)
    if pending is None and asks_the_total(ctx.text):
        total = _total_in_hand(ctx)
        if total is not None:  # "total?", "कुल कितना" after a fare: for the party, or how many
            return total
    if asks_other_options(ctx.text) and _whole_list_in_hand(ctx.subject):
        subject = ctx.subject
        if subject is not None and isinstance(subject.listing, TrainsBetween):
            # "koi aur option?" after a whole list: it is all; other days, the way back
            outcome = between.all_listed(ctx, subject.listing, subject.listed)
            return Turn(ctx, "all_listed", outcome=outcome)
    if asks_other_trains(ctx.text):
        others = _other_trains(ctx.subject, ctx.today)
        if others is not None:  # "koi aur train?" after a cancelled train: the journey's trains
            return _dispatch(ctx, _on_the_day_said(others, ctx, understand))
    if asks_without_cancelled(ctx.text):
        running = _listed_running(ctx.subject)
        if running is not None:  # "ignore the cancelled one, show the other": the list without it
            return _dispatch(ctx, running)
    if asks_instead_of_cancelled(ctx.text) or (
        asks_in_its_place(ctx.text) and _named_listed(ctx.text, ctx.subject) is not None
    ):
        instead = _instead_of_the_cancelled(ctx.subject, ctx.today, ctx.text)
        if instead is not None:  # "cancel wali ka koi dusra option" after a day's cancellations
            return _dispatch(ctx, instead)
    if asks_next_alone(ctx.text) and _board_in_hand(ctx.subject):
        rest = the_rest(ctx.subject)
        if rest is not None:  # "next?", "agla?" after a board: its trains after those shown
            return _dispatch(ctx, rest)
    if asks_more(ctx.text):
        rest = the_rest(ctx.subject)
        if rest is not None:  # "more trains", "aur dikhao": the list on screen, further on
            return _dispatch(ctx, rest)
    if asks_more_stops(ctx.text):
        further = more_of_the_route(ctx.subject)
        if further is not None:  # "more", "और दिखाओ" after a route: its next stops, or all shown
            return _dispatch(ctx, further)
    if asks_to_be_kept_posted(ctx.text):
        # "keep me posted", "mujhe batate rehna": the booking's alerts (with none, which PNR)
        return _dispatch(ctx, AlertSubscribe(pnr=_booking_in_hand(ctx.subject)))
    if asks_when_it_runs_again(ctx.text) and _cancelled_run_in_hand(ctx.subject):
        # "kab chalegi phir?", "then when does it run?" after a cancelled run: its next run
        # that is not cancelled
        assert ctx.subject is not None
        next_run = LiveStatus(train=ctx.subject.train, date=ctx.subject.date, focus="runs_again")
        return _dispatch(ctx, next_run)
    if (
        asks_when_it_runs_again(ctx.text)
        # never a train named ("kerala express kab chalegi": that train's run)
        and not _names_a_listed(ctx.text, ctx.subject)
        and (of_list := _runs_again_of_the_list(ctx))
    ):
        # "kab chalegi phir?" after a day's cancelled trains: the one in focus, the only one
        # cancelled, else which of them (buttons)
        return of_list
    if asks_refund_by_itself(ctx.text) and _cancelled_in_hand(ctx.subject):
        # "is the refund automatic?", "क्या रिफंड अपने आप आएगा?" after a booking on a cancelled
        # train: yes first, in a line
        return _dispatch(ctx, CannotDo(task="refund", problem="train_cancelled"))
    if asks_what_now(ctx.text) or asks_ticket_fate(ctx.text):
        if _cancelled_in_hand(ctx.subject):
            # "what should I do now", "what happens to my ticket?", "टिकट का क्या होगा" after a
            # PNR on a cancelled train (or after other questions since, a station's asked among
            # them) or a cancelled run: its refund, another train.
            return _dispatch(ctx, CannotDo(task="refund", problem="train_cancelled"))
        if asks_ticket_fate(ctx.text) and _running_in_hand(ctx.subject):
            # "what happens to my ticket?" about a train (or booking) that runs: nothing, it
            # stands as booked, never outside railways
            return _dispatch(ctx, CannotDo(task="refund", problem="train_running"))
        booking = _booking_in_hand(ctx.subject)
        if asks_what_now(ctx.text) and booking is not None:
            # "what happens now?", "ab kya hoga" after a booking (or since): what comes of it,
            # as the railway's rules go for where it stands (waiting, RAC, confirmed)
            return _dispatch(ctx, PnrStatus(pnr=booking, focus="next"))
        train = _running_train_in_hand(ctx.subject)
        if asks_what_now(ctx.text) and train is not None:
            # "what should I do now?" after a train's status, no booking: how it runs, and what
            # can be checked of it next, not the whole menu
            return _dispatch(ctx, LiveStatus(train=train, focus="what_now"))
        if asks_what_now(ctx.text):
            return _dispatch(ctx, Help())
    if asks_any_cancelled(ctx.text) or asks_any_train(ctx.text):
        said = _understood(ctx, understand)
        anyone = said.request
        if isinstance(anyone, RescheduledTrains) and anyone.train is None:
            # "koi gaadi reschedule hui hai?" after one train's answer: the day's list
            if ctx.subject is not None and day_in_hand(anyone, ctx.subject, ctx.today):
                anyone = anyone.model_copy(update={"date": ctx.subject.date})
            return _dispatch(ctx, anyone)
        if isinstance(anyone, CancelledTrains) and anyone.train is None:
            # "any train cancelled today?", "...from NDLS?": never the train in hand
            place = said.details.get("from") or said.details.get("to")
            codes = tuple(place) if isinstance(place, list) else (place,) if place else ()
            if codes and not (anyone.origin and anyone.destination):
                anyone = anyone.model_copy(update={"origin": codes, "destination": ()})
            said_day = bool(said.date_word) or "date" in said.details
            if (
                ctx.subject is not None
                and not said_day
                and day_in_hand(anyone, ctx.subject, ctx.today)
            ):
                # "aur koi train cancel hai?" after tomorrow's run or list: tomorrow's list
                anyone = anyone.model_copy(update={"date": ctx.subject.date})
            return _dispatch(ctx, anyone)
    compared = _trains_compared(ctx, pending, understand)
    if compared is not None:  # "which one is faster?" after 12627, then 12628: those two
        return _dispatch(ctx, compared)
    choices = pending is not None and bool(pending.options)
    understood = _understood(ctx, understand, choices=choices)
    if isinstance(understood.request, ForgetMe):
        return _dispatch(ctx, understood.request)  # whatever was asked before: never an answer
    if pending is None:
        which = _which_one_then(ctx, understood)
        if which is not None:  # "tonight's one" when two leave tonight: which of them
            return which
        after = _any_after(ctx)
        if after is not None:  # "is there a train after 7 pm?" of a list: yes, and which
            return after
        by_place = _listed_by_place(ctx, understood, understand)
        if by_place is not None:  # "delhi wali" after a list: its train from or to Delhi
            return by_place
        rechosen = _chosen_again(ctx, understood) or _one_of_each_answered(ctx, understood)
        return rechosen if rechosen is not None else _several(ctx, understood, understand)
    back = way_back_while_asked(understood, ctx.subject, pending.request)
    if back is not None:
        # "and the way back on 14 dec", "wapsi 14 dec" while "Which class?" waits: the journey
        # reversed on that day (its class, quota and party kept), the question let go
        return _dispatch(ctx, back)
    if pending.asking == "train" and len(pending.options) > 1:
        # "the one going to delhi", "दिल्ली जाने वाली", "the rajdhani to mumbai", "delhi wali
        # rajdhani" for "which Mumbai Rajdhani?": the train of those offered that runs that way
        # (the name asked about said again, never the same question again)
        of_the_choice = _without_the_name_asked(pending, understood)
        if _names_a_way(of_the_choice):
            way = replace(
                ctx, earlier=pending.said, journey=_way_of(of_the_choice), choosing=pending
            )
            return _dispatch(way, pending.request)
    parted = of_those_in_the_day_part(pending.listed, understood)
    if parted is not None and parted.train in pending.options:
        # "the morning one", "सुबह वाली" for "which train?": the one offered leaving then
        return _dispatch(replace(ctx, earlier=pending.said), _choice_made(pending, parted.train))
    if pending.listed and picks_a_day_part(understood) and not understood.details:
        return _ask_again(ctx, pending)  # "shaam wali" when both leave in the evening
    switched = _another_listed_train(ctx, pending, understood)
    if switched is not None:
        # "the night one", "सुबह वाली" for "which class?" of the first train of the list: the
        # same question of that train, with all it was given (its class still asked)
        return _dispatch(replace(ctx, earlier=pending.said), switched)
    if understood.train_name:
        same = understood.request.intent == pending.request.intent
        if understood.new_question and not same:
            # another question about a named train, on the day the open one was asked for
            asked = replace(ctx, subject=_with_the_train_asked_about(ctx.subject, pending))
            return _several(asked, understood, understand)
        if pending.asking == "train" and not understood.details:
            # "karnataka express" answers "which train?": the railway finds its number.
            named = replace(ctx, earlier=pending.said, train_name=understood.train_name)
            return _dispatch(named, pending.request)
    name = train_name_answer(pending, understood, ctx.text)
    if name is not None:  # "kaveri" for "which train?": the railway finds its number
        return _dispatch(replace(ctx, earlier=pending.said, train_name=name), pending.request)
    each = _asked_of_each(ctx, pending, _with_it(ctx, understood, understand))
    if each is not None:  # "does it stop at bhopal?" while asked which: the answer for each
        return each
    again = _asked_of_the_choice(pending, understood)
    if again is not None:  # "is it late?" while asked which of two: still which, for that
        return Turn(ctx, "which_train", outcome=Outcome((again.prompt,), again), said=again.said)
    chosen = _option_picked(pending, understood, ctx.subject)
    if chosen is not None:  # "the 2nd one", "pehli wali": one of the choices offered
        return _dispatch(replace(ctx, earlier=pending.said), _choice_made(pending, chosen))
    listed = ctx.subject is not None and bool(ctx.subject.listed)  # "fastest": of the list
    by_price = None if listed else _class_by_price(pending, understood)
    if by_price is not None:  # "the cheapest one", "sabse sasta" for "which class?"
        return _dispatch(replace(ctx, earlier=pending.said), pending.filled(by_price))
    if pending.asking == "class" and not listed and _picks_a_train_by_its_run(understood):
        # "the fastest" for "which class?": every class of one train runs as fast; still which
        lead = t(ctx.language, "ask.class_same_train")
        prompt = pending.prompt.model_copy(update={"text": f"{lead}\n{pending.prompt.text}"})
        return Turn(ctx, "which_class", outcome=Outcome((prompt,), pending), said=pending.said)
    if _needs_the_answer_first(pending, understood):
        # "uske baad wali?", "उसके बाद वाली?" while asked where from for the next train: the
        # one after it needs that station too; asked again briefly, the trip kept
        outcome = Outcome(smalltalk.first_reask(ctx, pending.prompt).replies, pending)
        return Turn(ctx, str(pending.request.intent), outcome=outcome, said=pending.said)
    if understood.pick is not None and ctx.subject is not None and ctx.subject.listed:
        return _several(ctx, understood, understand)  # "which is fastest?": of the list
    if _railway_unanswerable(understood) and not _of_the_train_asked(ctx, pending, understand):
        if not _asks_the_untold(understood):
            # "neend", "kohra bahut hai bahar", "office trip cancelled" while asked which
            # class: a few words of a subject of their own, outside railways as alone
            return _dispatch(ctx, OutOfScope())
        # "kitni bheed hogi", "chai milegi?" while asked which class: never "outside railways"
        # nor the trip forgotten; said it cannot be told, and the question stays
        outcome = Outcome(smalltalk.cannot_tell_reask(ctx, pending.prompt).replies, pending)
        return Turn(ctx, str(pending.request.intent), outcome=outcome, said=pending.said)
    kept = _kept_for_later(ctx, pending, understood)
    if kept is not None:  # "3A", "2 log" asked where from for trains: kept for the answer
        return kept
    request = follow_up(pending, understood, ctx.text, today=ctx.today, index=ctx.index)
    if request is None and pending.asking == "pnr" and wrong_length_number(ctx.text):
        # "451234567" for the PNR asked: its handler says how many digits it has and asks again.
        return _dispatch(replace(ctx, earlier=pending.said), pending.request)
    if request is None:
        return _ask_again(ctx, pending)
    typed = request.slots.get("train")
    if pending.asking == "train" and isinstance(typed, str) and typed in pending.options:
        # "12627" for "which of tonight's two?": what its quick reply asks of it
        request = _choice_made(pending, typed, request)
    if request.intent == pending.request.intent:
        ctx = replace(ctx, earlier=pending.said, train_name=understood.train_name)
        turn = _dispatch(ctx, _class_had(pending, _train_kept(request, understood), understood))
        more = _each_class_more(pending, request, understood)
        return replace(turn, noted=_noted(ctx, pending, request, understood), more=more)
    # A new question: read against what the conversation is about, the train the question left
    # open is about included ("does it stop at itarsi?" asked which class for 12627's fare).
    ctx = replace(ctx, subject=_with_the_train_asked_about(ctx.subject, pending))
    if request == understood.request:  # perhaps several
        turn = _several(ctx, understood, understand)
    else:
        request = in_context(replace(understood, request=request), ctx.subject, today=ctx.today)
        turn = _dispatch(ctx, request)
    if _helps_answer(pending, turn.request):
        # "what classes does it have?" asked "which class?": answered, and the question stays
        # open with all it was given ("SL" next is the fare asked, from the station named)
        return replace(turn, keep=True, said=pending.said)
    return turn


def _which_one_then(ctx: Context, understood: Understood) -> Turn | None:
    """Which train is meant, when a message picks one of the list just shown as tonight's
    ("tonight's one", "tonight's one fare 3A", "aaj raat wali") and two or more of them (not
    cancelled) leave tonight, the evening and the night, from where the traveller boards: each
    a quick reply with its time, number and name, doing what the message asked of it once
    tapped; never one of them picked silently. None when one alone leaves then (it is that
    one), the message names a train, asks which of them or whether one left ("which one leaves
    tonight?", "has tonight's one gone yet?": the list cut to them, the yes or no as before)."""
    subject = ctx.subject
    if subject is None or not subject.listed or understood.numbered or understood.train_name:
        return None
    listing = subject.listing or subject.request
    if not isinstance(listing, TrainsBetween) or understood.pick is not None:
        return None
    if understood.whether or not understood.words.isdisjoint(_WHICH_OR_ANY):
        return None
    boards = listing.origin if len(listing.origin) == 1 else ()
    leaving = leaving_tonight(subject.listed, understood, boards)
    if len(leaving) < 2:
        return None
    request = understood.request
    asked: list[Request] = []
    for item in leaving:
        of_it = None
        if not isinstance(request, Unknown | OutOfScope | TrainsBetween):
            of_it = asked_of(item, request, subject, today=ctx.today)
        picked = listing.model_copy(update={"pick": item.train, "offset": 0, "runs": False})
        asked.append(of_it if of_it is not None and of_it.packable else picked)
    quick = [
        chip(f"{item.departs or ''} {item.train} {item.name.title()}", target)
        for item, target in zip(leaving, asked, strict=True)
    ]
    named = "\n".join(
        f"{item.departs or ''} {item.train} {item.name.title()}".strip() for item in leaving
    )
    text = lines(t(ctx.language, "ask.which_then"), named)
    plain = request if "train" in type(request).slot_names() else LiveStatus(focus="train")
    asking = ask(
        plain, "train", text, quick, options=[item.train for item in leaving], listed=leaving
    )
    return Turn(ctx, "which_train", outcome=asking.outcome, said=ctx.text)


# Words that ask which of the list (or whether any) leave then, not about one of them.
_WHICH_OR_ANY: Final = frozenset(
    {"which", "any", "kaun", "kaunsi", "konsi", "kon", "kaunse", "konse", "koi"}
)


def _choice_made(pending: Pending, train: str, typed: Request | None = None) -> Request:
    """The question a choice of train answers: what its quick reply does, when the question
    offered each train as a question of its own ("which of tonight's two?"), else the question
    waiting with the train filled in."""
    for reply in pending.prompt.quick_replies:
        tapped = unpack(reply.payload)
        if isinstance(tapped, Request) and tapped.slots.get("train") == train:
            return tapped
        if isinstance(tapped, TrainsBetween) and tapped.pick == train:
            return tapped
    return typed if typed is not None else pending.filled(train)


def _total_in_hand(ctx: Context) -> Turn | None:
    """The total of the fare (or the seats' fare) just shown: for the party already said, per
    person and in total; with none said, how many travel is asked in a line (the fare in hand
    stays for "3 log" next). None when no fare or seats in a class is in hand."""
    subject = ctx.subject
    shown = subject.request if subject is not None else None
    if subject is None or not isinstance(shown, Fare | SeatAvailability):
        return None
    if isinstance(shown, SeatAvailability) and shown.journey_class is None:
        return None
    if not subject.passengers or subject.passengers < 2:
        reply = Reply(text=t(ctx.language, "fare.total_how_many"))
        return Turn(ctx, str(Fare.intent), outcome=Outcome((reply,)))
    kept = {
        "train": shown.train, "origin": shown.origin, "destination": shown.destination,
        "journey_class": shown.journey_class, "quota": shown.quota, "date": shown.date,
    }  # fmt: skip
    priced = Fare(**kept).model_copy(update={"passengers": subject.passengers})
    return _dispatch(ctx, priced)


def _another_listed_train(
    ctx: Context, pending: Pending, understood: Understood
) -> Request | None:
    """The open question's request of another train of the list just shown, the train said by
    the part of the day it leaves in ("the night one", "raat wali", "सुबह वाली") while a detail
    of the train in hand is asked (its class, a date): its journey on the list, the details
    already given kept; None when the message picks no other listed train that way."""
    subject = ctx.subject
    if subject is None or not subject.listed or pending.asking == "train":
        return None
    asked_of = pending.request.slots.get("train")
    if asked_of is None or understood.numbered or understood.details:
        return None
    item = of_those_in_the_day_part(subject.listed, understood)
    if item is None or item.train == asked_of:
        return None
    journey = {"train": item.train, "from": item.origin, "to": item.destination}
    return pending.request.with_slots({k: v for k, v in journey.items() if v is not None})


def _kept_for_later(ctx: Context, pending: Pending, understood: Understood) -> Turn | None:
    """A reply giving details the question asked cannot take ("3A", "2 log", "tatkal" asked
    where from for the trains to Delhi): said back and kept, the question asked again; with
    its answer in the same reply ("bangalore 3A"), the list now and each train's fare after."""
    kept = kept_for_later(pending, understood)
    if kept is None:
        return None
    request, fare = kept
    ctx = replace(ctx, earlier=pending.said)
    if request.slots.get(pending.asking) is not None:
        turn = _dispatch(ctx, request)
        return replace(turn, more=(Understood(settled_fare(fare, request)),), said=pending.said)
    noted = tuple(
        detail_words(ctx.language, slot, str(value), ctx.today)
        for slot, value in understood.details.items()
        if slot in fare.slots or slot == "date"
    )
    outcome = Outcome((pending.prompt,), then_with(pending, request, fare))
    return Turn(ctx, str(pending.request.intent), outcome=outcome, said=pending.said, noted=noted)


# What two trains looked at may be compared by: their journey time, their fare.
_COMPARED_BY: Final = {
    "fastest": "fastest",
    "arrives": "fastest",
    "cheapest": "cheapest",
    "first": "first",  # "which one leaves earlier", "the earlier one"
    "last": "last",  # "which one leaves later", "the later one"
}


def _trains_compared(
    ctx: Context, pending: Pending | None, understand: Understand
) -> TrainFacts | None:
    """ "Which one is faster?", "dono mein sasta kaun" with no list in hand but two trains
    looked at one after the other (12627, then 12628; two trains' fares): those two compared,
    on the journey and class in hand; None when the message asks anything else."""
    subject = ctx.subject
    if pending is not None or subject is None:
        return None
    # two trains answered for at once ("fare of 12627 and 12628 in 3a") are compared alike
    pair = subject.compared or (subject.several if len(subject.several) == 2 else ())
    if len(pair) != 2 or (subject.listed and set(subject.listed_trains) != set(pair)):
        return None
    pick = picks.find(ctx.text, listed=True)
    by = _COMPARED_BY.get(pick.superlative or "") if pick is not None else None
    if pick is None or by is None:
        return None
    rest = understand(pick.rest, today=ctx.today, index=ctx.index)
    if not isinstance(rest.request, Unknown | OutOfScope) or rest.numbered:
        return None
    first, second = pair
    journey: dict[str, SlotValue] = {"train": first}
    if subject.journey is not None:
        journey |= {"from": subject.journey[0], "to": subject.journey[1]}
    if subject.journey_class is not None:
        journey["class"] = subject.journey_class
    if subject.date is not None and subject.date >= ctx.today:
        journey["date"] = subject.date.isoformat()
    asked = TrainFacts(fact="duration").with_slots(journey)
    return asked.model_copy(update={"against": second, "compared": by})


def _train_kept(request: Request, understood: Understood) -> Request:
    """A fare's or seats' train kept from the question waiting, when the reply names an end of
    the journey and not the train: marked taken, so that it stands only where it makes that
    journey ("दिल्ली से भोपाल" while 12627's seats ask the class is a journey of its own)."""
    if not isinstance(request, Fare | SeatAvailability) or request.train is None:
        return request
    if request.train in understood.trains or understood.train_name:
        return request
    if {"from", "to"}.isdisjoint(understood.details):
        return request
    return request.model_copy(update={"train_taken": True})


def _class_had(pending: Pending, request: Request, understood: Understood) -> Request:
    """A fare's class asked for answered with whether the train has it ("does brindavan have
    AC chair car?", "CC hai kya?"): the fare says yes first."""
    if pending.asking != "class" or not isinstance(request, Fare) or len(understood.classes) != 1:
        return request
    if understood.words.isdisjoint(HAVING_WORDS):
        return request
    return request.model_copy(update={"had": True})


def _helps_answer(pending: Pending, request: Request | None) -> bool:
    """Whether a question asked back while the bot waits for a detail is one about the train
    the open question is about (or of none named) that helps answer it: which classes there are
    (asked which class), which days it runs ("does it run on sunday?" asked anything)."""
    if not isinstance(request, TrainFacts):
        return False
    waiting = pending.request.slots.get("train")
    if request.train not in (None, waiting):
        return False
    return request.fact == "days" or (request.fact == "classes" and pending.asking == "class")


def _each_class_more(
    pending: Pending, request: Request, understood: Understood
) -> tuple[Understood, ...]:
    """The classes after the first, when "which class?" is answered with several ("kitne ka
    padega sleeper mein aur 3ac mein?", "SL and 3A"): the same question in each of them, asked
    after the first (never all but one dropped)."""
    if pending.asking != "class" or len(understood.classes) < 2:
        return ()
    return tuple(
        Understood(request.with_slots({"class": other}))
        for other in understood.classes[1:]
        if other != request.slots.get("class")
    )


def _board_in_hand(subject: Subject | None) -> bool:
    """Whether the answer just given was a station's board (its trains listed)."""
    if subject is None or not subject.listed:
        return False
    return isinstance(subject.request, Departures | Arrivals) and isinstance(
        subject.listing, Departures | Arrivals
    )


def _cancelled_in_hand(subject: Subject | None) -> bool:
    """Whether the conversation is about a booking whose train is cancelled (its PNR just shown,
    or kept since beside other questions) or a cancelled run just shown."""
    if subject is None:
        return False
    shown = bool(subject.cancelled) and (subject.pnr is not None or subject.train is not None)
    return shown or (subject.booked is not None and subject.booked_cancelled)


def _cancelled_run_in_hand(subject: Subject | None) -> bool:
    """Whether the answer just given was a train's run the railway cancelled: its status, its
    booking, or the one of a list picked, cancelled on the list's day."""
    if subject is None or subject.train is None:
        return False
    picked = (item for item in subject.listed if item.train == subject.train)
    return bool(subject.cancelled) or any(item.cancelled for item in picked)


def _booking_in_hand(subject: Subject | None) -> str | None:
    """The PNR the conversation is about: the one just shown, else the one shown last."""
    if subject is None:
        return None
    return subject.pnr or subject.booked


def _running_in_hand(subject: Subject | None) -> bool:
    """Whether the conversation is about a booking or a train not known to be cancelled."""
    if subject is None or subject.cancelled or subject.booked_cancelled:
        return False
    return subject.pnr is not None or subject.train is not None or subject.booked is not None


def _running_train_in_hand(subject: Subject | None) -> str | None:
    """The train the conversation is about, when no booking is and it is not cancelled."""
    if subject is None or subject.cancelled or subject.pnr is not None or subject.booked:
        return None
    return subject.train


def _with_the_train_asked_about(subject: Subject | None, pending: Pending) -> Subject | None:
    """The subject with the train of the question left open, when it names one; else with the
    day it was asked for, when it names one ("fare of mumbai rajdhani" while asked where to go
    tomorrow evening: tomorrow's fare, never today's)."""
    asked = Subject.of(pending.request)
    if asked.train is None and asked.date is None:
        return subject
    return subject.then(asked) if subject is not None else asked


def _asked_of_the_choice(pending: Pending, understood: Understood) -> Pending | None:
    """The "which train?" question again, now for the message's own question, when the message
    asks about "it" (or a train it does not name) instead of choosing one of those offered."""
    request = understood.request
    if pending.asking != "train" or len(pending.options) < 2:
        return None
    if "train" not in type(request).slot_names() or request.slots.get("train") is not None:
        return None
    if understood.numbered or understood.train_name or understood.pick is not None:
        return None
    if not (understood.keywords or understood.refers):
        return None
    return pending.model_copy(update={"request": request, "then": ()})


# Questions whose answer is one per train, asked of each train of a choice not yet made (the
# router answers them for each: `Router.add_several`).
_ASKED_OF_EACH = (StopsAt, TrainFacts, CancelledTrains, RescheduledTrains, LiveStatus)


def _with_it(ctx: Context, understood: Understood, understand: Understand) -> Understood:
    """A question of when that names nothing ("kab chalegi", "कब पहुँचेगी"), read as of "it"
    when it reads as nothing without it; the message as understood otherwise."""
    if not isinstance(understood.request, Unknown) or not understood.asks_when:
        return understood
    if understood.numbered or understood.details or understood.pick is not None:
        return understood
    with_it = understand(f"it {ctx.text}", today=ctx.today, index=ctx.index)
    return understood if isinstance(with_it.request, Unknown) else with_it


def _asked_of_each(ctx: Context, pending: Pending, understood: Understood) -> Turn | None:
    """A question the same for each train offered ("does it stop at bhopal?", "what time does
    it get there?", "roz chalti hai?") while asked which of a few trains (the Karnataka Express
    one way and the other): answered for each of them, and the choice still open; None for
    anything else."""
    if pending.asking != "train" or not 1 < len(pending.options) <= MAX_EACH:
        return None
    if understood.numbered or understood.train_name or understood.pick is not None:
        return None
    if not isinstance(understood.request, _ASKED_OF_EACH) or understood.request.slots.get("train"):
        return None
    subject = ctx.subject
    if subject is not None and subject.train in pending.options:
        subject = subject.model_copy(update={"train": None})  # the first of them, shown last
    asked = in_context(understood, subject, today=ctx.today)
    if not isinstance(asked, _ASKED_OF_EACH):
        return None
    if asked.slots.get("train") is not None:
        if asked.slots.get("train") not in pending.options:
            return None
        asked = asked.model_copy(update={"train": None})
    turn = _dispatch(replace(ctx, each=pending.options, earlier=pending.said), asked)
    return replace(turn, keep=True, said=pending.said)


def _whole_list_in_hand(subject: Subject | None) -> bool:
    """Whether the answer just given was a list of trains between two places, from its start
    and with none of them cancelled or left out: "other trains" are none of this day's."""
    if subject is None or not subject.listed or subject.train is not None:
        return False
    listing = subject.listing
    if not isinstance(listing, TrainsBetween) or not listing.origin or not listing.destination:
        return False
    whole = listing.besides is None and listing.part is None and listing.kind is None
    return whole and not any(item.cancelled for item in subject.listed)


def _other_trains(subject: Subject | None, today: dt.date) -> TrainsBetween | None:
    """The trains of the journey in hand (a booking's, a train's between two places, a list's:
    the list's own journey when the train in hand is one of it), on its day when that is to
    come, without the train in hand (else the list's cancelled one); None when no journey is
    in hand."""
    if subject is None:
        return None
    ends = subject.journey or subject.ends
    listing, train = subject.listing, str(subject.train or "")
    day = subject.date if subject.date is not None and subject.date >= today else None
    if isinstance(listing, TrainsBetween) and (not train or train in subject.listed_trains):
        listed = listing.slots
        ends = (listed.get("from"), listed.get("to"))
        day = listing.date if listing.date is not None and listing.date >= today else None
    if ends is None or not ends[0] or not ends[1]:
        return None
    if not train:
        train = next((item.train for item in subject.listed if item.cancelled), "")
    if not train and isinstance(listing, TrainsBetween):
        train = listing.besides or ""  # asked again of a list that left the cancelled one out
    found = TrainsBetween.from_slots({"from": ends[0], "to": ends[1], "date": day})
    return found.model_copy(update={"besides": train or None})  # the others, not this one


def _listed_running(subject: Subject | None) -> Request | None:
    """The journey's list on screen without its one cancelled train: the train left when only
    one is, else the list again leaving that one out; None when no list shows one cancelled."""
    if subject is None or not isinstance(subject.listing, TrainsBetween):
        return None
    cancelled = [item.train for item in subject.listed if item.cancelled]
    running = [item.train for item in subject.listed if not item.cancelled]
    if len(cancelled) != 1 or not running:
        return None
    if len(running) == 1:
        return subject.listing.model_copy(update={"pick": running[0], "offset": 0})
    return subject.listing.model_copy(update={"besides": cancelled[0], "offset": 0})


def _names_a_listed(text: str, subject: Subject | None) -> bool:
    """Whether a message names a train of the list on screen by its own name ("kerala express
    kab chalegi"), not by words many trains' names share ("express")."""
    return bool(_listed_named(text, subject))


def _named_listed(text: str, subject: Subject | None) -> Listed | None:
    """The one train of the list on screen a message names by its own name ("kerala express ki
    jagah"); None for none or several."""
    named = _listed_named(text, subject)
    return named[0] if len(named) == 1 else None


def _listed_named(text: str, subject: Subject | None) -> list[Listed]:
    """The trains of the list on screen a message names by a word of each one's own name."""
    words = set(normal(text).split())
    listed = subject.listed if subject is not None else ()
    return [i for i in listed if _a_name_word(words, set(normal(i.name).split()) - _SHARED)]


def _a_name_word(words: set[str], name: set[str]) -> bool:
    """Whether a word said is one of a name's, or its start written in Devanagari without the
    last vowel ("केरल" read "keral": Kerala), four letters at least."""
    return any(
        word in name or (len(word) >= 4 and any(part.startswith(word) for part in name))
        for word in words
    )


# Words of many trains' names, naming none of them alone.
_SHARED: Final = frozenset({"express", "exp", "mail", "superfast", "sf", "special", "passenger"})


def _runs_again_of_the_list(ctx: Context) -> Turn | None:
    """After a day's cancelled trains, when runs again the one picked from the list, else the
    list's only one cancelled on its whole run; of several, which one, each a button. None when
    no list of cancellations is in hand."""
    subject = ctx.subject
    if subject is None or not isinstance(subject.listing, CancelledTrains) or not subject.listed:
        return None
    picked = [item for item in subject.listed if item.train == subject.train]
    cancelled = picked or [item for item in subject.listed if item.cancelled] or subject.listed
    day = cancelled[0].on or subject.listing.date
    if len(cancelled) == 1:
        return _dispatch(ctx, LiveStatus(train=cancelled[0].train, date=day, focus="runs_again"))
    asked = LiveStatus(date=day, focus="runs_again")
    offered = cancelled[:MAX_EACH]
    quick = [
        chip(f"{item.train} {item.name}".strip(), asked.with_slots({"train": item.train}))
        for item in offered
    ]
    text = t(ctx.language, "runs_again.which")
    options = tuple(item.train for item in offered)
    question = ask(asked, "train", text, quick, options=options, listed=offered)
    return Turn(ctx, str(asked.intent), outcome=question.outcome, said=ctx.text)


def _instead_of_the_cancelled(
    subject: Subject | None, today: dt.date, text: str = ""
) -> TrainsBetween | None:
    """After a day's cancelled trains, the other trains of the journey of the one cancelled on
    its whole run (the one named or picked from the list, else the list's only such one), that
    day; None when no list of cancellations is in hand or it does not say which."""
    if subject is None or not isinstance(subject.listing, CancelledTrains):
        return None
    named = _named_listed(text, subject)
    picked = [named] if named is not None else []
    picked = picked or [item for item in subject.listed if item.train == subject.train]
    cancelled = picked or [item for item in subject.listed if item.cancelled]
    if len(cancelled) != 1 or not cancelled[0].origin or not cancelled[0].destination:
        return None
    item = cancelled[0]
    day = item.on if item.on is not None and item.on >= today else None
    found = TrainsBetween.from_slots({"from": item.origin, "to": item.destination, "date": day})
    return found.model_copy(update={"besides": item.train})


def _on_the_day_said(others: TrainsBetween, ctx: Context, understand: Understand) -> Request:
    """Other trains asked for on a day ("koi dusri train kal?"): that day's, a day to come ("kal"
    is tomorrow: another train is one to take); the journey's own day when none is said."""
    said = _understood(ctx, understand).details.get("date")
    day = dt.date.fromisoformat(said) if isinstance(said, str) else None
    if day is None or day < ctx.today:
        return others
    return others.model_copy(update={"date": day})


def _option_picked(pending: Pending, understood: Understood, subject: Subject | None) -> str | None:
    """The option offered that a message says only the place of ("the 2nd one", "aakhri wali")
    or, asked which train, the time of ("the 7:40 one"); asked which train, the trains of the
    list on screen are the options."""
    pick, options = understood.pick, pending.options
    if not options and pending.asking == "train" and subject is not None:
        options = subject.listed_trains
    if pick is None or not options or understood.request.slots:
        return None
    if not isinstance(understood.request, Unknown):
        return None
    if pick.clock and pending.asking == "train" and pending.listed:
        # "the 16:55 one", "5 baje wali" for "which Mumbai Rajdhani?": the train offered then
        offered = of_those_at_the_time(pending.listed, pick)
        return offered.train if offered is not None and offered.train in options else None
    if pick.clock and pending.asking == "train" and subject is not None:
        # "the 7:40 one", "2 baje ke baad wali" for "which train?": the listed train then
        timed = at_the_time(subject, pick)
        return timed.train if timed is not None and timed.train in options else None
    if not pick.number:
        return None
    at = len(options) - 1 if pick.number == -1 else pick.number - 1
    return options[at] if 0 <= at < len(options) else None


# The reserved classes from the cheapest fare to the dearest, as the railway prices them.
_BY_PRICE: Final = ("2S", "SL", "CC", "3E", "3A", "2A", "EC", "EA", "EV", "FC", "1A")
# What sets a train apart by its run, not a class by its price ("the fastest", "sabse pehle").
_OF_A_RUN: Final = frozenset({"fastest", "slowest", "arrives", "next"})


def _class_by_price(pending: Pending, understood: Understood) -> str | None:
    """The class offered that the message picks by its price ("the cheapest one", "sabse sasta",
    "सबसे सस्ता वाला") while the bot asks which class: the cheapest of those offered."""
    pick = understood.pick
    if pending.asking != "class" or pick is None or pick.superlative != "cheapest":
        return None
    if understood.request.slots or understood.numbered:
        return None
    offered = [code for code in _BY_PRICE if code in pending.options]
    return offered[0] if offered else None


def _picks_a_train_by_its_run(understood: Understood) -> bool:
    """Whether a reply only picks a train by how it runs ("the fastest", "jo pehle pahunche")."""
    pick = understood.pick
    if pick is None or pick.superlative not in _OF_A_RUN:
        return False
    return not (understood.request.slots or understood.numbered or understood.details)


def _several(ctx: Context, understood: Understood, understand: Understand) -> Turn:
    """A question of its own, or several: the first to dispatch, the others to answer after."""

    def clause(text: str) -> Understood:
        return _understood(replace(ctx, text=text), understand)

    first, *more = several.asks(understood, ctx.text, clause)
    either = _either_place(ctx, understood, clause) if not more else None
    if either is not None:  # "does it go to delhi or mumbai?": the train in hand, each place
        first, *more = either
    first, more = _chance_with_the_booking(first, more)
    first, more = _booking_of_the_refund(understood, first, more)
    if not more:
        first = _about_the_train(ctx, first, clause)
        first = _arrival_of_the_listed(ctx, first)
    request = _next_stop(first, in_context(first, ctx.subject, today=ctx.today))
    request = _besides_the_train(request, first, ctx.subject)
    request = _of_each_again(request, first, ctx.subject)
    if not more and isinstance(request, Unknown | OutOfScope) and _unsaid_train(first):
        # Nothing the conversation makes of it either: perhaps a question of the train in hand
        first = _of_the_train(ctx, first, clause)
        request = _next_stop(first, in_context(first, ctx.subject, today=ctx.today))
    if not more and (isinstance(request, Unknown | OutOfScope) or not request.slots):
        # "I need a train": where from, where to; "train ke baare me poochna tha", "meri train
        # ka batao": which train (whatever its words were guessed to ask)
        request = openings.opened(first) or request
    ctx = replace(
        ctx,
        train_name=first.train_name,
        journey=journey_of(first),
        unfound=first.unfound,
        mentioned=mentioned(first),
    )
    going = going_there(request, ctx.subject)
    if len(going) == 1:  # the board's one train going there: its arrival there, on its run
        picked = asked_of(going[0], request, ctx.subject, today=ctx.today) or request
        if isinstance(picked, LiveStatus) and isinstance(request, LiveStatus):
            # picked by where it goes ("ghaziabad wali kab pahunchegi"): "uske baad wali?"
            # next is the next going there too, never the board's next row
            picked = picked.model_copy(update={"going": request.at})
        request = picked
    elif going:  # those going there, each (never every train of the board)
        ctx = replace(ctx, each=tuple(item.train for item in going))
    if not more:
        more = _each_class_said(first, request)
    if not more:
        request, more = _each_class_shown(request, first, ctx.subject)
    if not more:
        request, more = _each_booking_checked(request, first, ctx.subject)
    turn = _dispatch(ctx, request)
    return replace(turn, more=tuple(more))


def _each_class_said(understood: Understood, request: Request) -> list[Understood]:
    """The classes after the first when a follow-up names several and the conversation made it
    one question of a class ("sleeper aur 3ac dono", "3A and 2A both" after a fare): the same
    question in each of them, after the first (never all but one dropped)."""
    if len(understood.classes) < 2 or "class" not in type(request).slot_names():
        return []
    first = request.slots.get("class")
    return [
        Understood(request.with_slots({"class": other}))
        for other in understood.classes
        if other != first
    ]


def _each_class_shown(
    request: Request, understood: Understood, subject: Subject | None
) -> tuple[Request, list[Understood]]:
    """A party's fare, or a quota's, asked after the fares of several classes ("total for 4
    people", "4 logo ka kitna", "tatkal?" after "sleeper aur 3ac ka fare"): the fare in each
    class shown, in the order shown, not only the last."""
    if not isinstance(request, Fare) or subject is None:
        return request, []
    if request.passengers is None and "quota" not in understood.details:
        return request, []
    shown = subject.classes
    if len(shown) < 2 or understood.classes or request.journey_class not in shown:
        return request, []
    each = [request.with_slots({"class": journey_class}) for journey_class in shown]
    return each[0], [Understood(other) for other in each[1:]]


# Words that ask a question of each of the bookings checked, not of the last ("which of them is
# confirmed?", "kaunsa confirm hua", "dono confirm hue?", "कौन सा कन्फर्म हुआ").
_OF_THE_BOOKINGS: Final = frozenset(
    {"which", "them", "both", "kaunsa", "kaunsi", "konsa", "konsi", "kaun", "kon", "dono",
     "donon", "कौन", "कौनसा", "कौनसी", "दोनों"}
)  # fmt: skip


def _each_booking_checked(
    request: Request, understood: Understood, subject: Subject | None
) -> tuple[Request, list[Understood]]:
    """Whether any is confirmed asked of the bookings checked in the conversation ("which of
    them is confirmed?", "kaunsa confirm hua" after two PNRs): the answer for each of them, in
    the order checked, not for the last alone."""
    if not isinstance(request, PnrStatus) or request.focus != "confirmed" or subject is None:
        return request, []
    if len(subject.pnrs) < 2 or understood.pnrs or understood.words.isdisjoint(_OF_THE_BOOKINGS):
        return request, []
    each = [request.model_copy(update={"pnr": pnr}) for pnr in subject.pnrs]
    return each[0], [Understood(other) for other in each[1:]]


def _besides_the_train(
    request: Request, understood: Understood, subject: Subject | None
) -> Request:
    """Another train of a journey named whole, asked right after a train ("koi dusri train
    bangalore se delhi?", "any other train from A to B?"): the journey's trains besides the one
    in hand; the request as it was for anything else."""
    if not isinstance(request, TrainsBetween) or subject is None or subject.train is None:
        return request
    if not (request.origin and request.destination) or request.besides is not None:
        return request
    words = understood.words
    if not says_other(words):
        return request
    return request.model_copy(update={"besides": subject.train})


def _chance_with_the_booking(
    first: Understood, more: list[Understood]
) -> tuple[Understood, list[Understood]]:
    """A booking's status asked with its chance of confirmation as a further ask ("mera pnr
    4523456789 hai, confirm hone ka chance kitna hai"): one answer, its status then the chance,
    never the chance said twice."""
    booking = first.request
    if not isinstance(booking, PnrStatus) or booking.chance or booking.pnr is None:
        return first, more

    def chance(ask: Understood) -> bool:
        asked = ask.request
        return isinstance(asked, PnrStatus) and asked.chance and asked.pnr in (None, booking.pnr)

    if not any(chance(ask) for ask in more):
        return first, more
    merged = replace(first, request=booking.model_copy(update={"chance": True}))
    return merged, [ask for ask in more if not chance(ask)]


# "Delhi or Mumbai", "दिल्ली या आगरा": the word between two places asked about, as written.
_EITHER_SPLIT: Final = re.compile(r"\s+(?:or|ya|yaa|athva|athwa|या|अथवा)\s+", re.IGNORECASE)


def _either_place(
    ctx: Context, understood: Understood, clause: Callable[[str], Understood]
) -> list[Understood] | None:
    """ "Does it go to delhi or mumbai?", "delhi jaati hai ya agra?", "भोपाल रुकेगी या इटारसी?"
    about the train in hand: whether it gets to each place, one after the other (which is its
    end, which a stop); never a search for the trains between the two places. None for anything
    else (a train, PNR or trains of its own, no train in hand, not two places)."""
    subject = ctx.subject
    if subject is None or subject.train is None or understood.numbered or understood.plural:
        return None
    if understood.train_name or (understood.train_word and not understood.refers):
        return None
    words = understood.words
    if not words & EITHER_WORDS or not words & EITHER_GOING:
        return None
    if not isinstance(understood.request, TrainsBetween | StopsAt | LiveStatus | Unknown):
        return None
    halves = _EITHER_SPLIT.split(ctx.text, maxsplit=1)
    if len(halves) != 2:
        return None
    places = [_place_of(clause(half)) for half in halves]
    if None in places or places[0] == places[1]:
        return None
    return [
        Understood(StopsAt.from_slots({"train": subject.train, "station": place}))
        for place in places
    ]


def _place_of(understood: Understood) -> object:
    """The one place a clause names, whatever its role; None when it names none."""
    details = understood.details
    return details.get("to") or details.get("station") or details.get("from")


# What a traveller asks back about a booking of theirs (its refund, a TDR's): with its PNR said,
# the booking's status is looked up too.
_ABOUT_A_BOOKING: Final = frozenset({"refund", "tdr"})


def _booking_of_the_refund(
    understood: Understood, first: Understood, more: list[Understood]
) -> tuple[Understood, list[Understood]]:
    """A refund (a TDR's) asked with the booking's PNR ("pnr 4545678901 ka refund
    kab aayega", "train cancel ho gayi, refund? pnr ..."): the booking's status first (whether
    its train is cancelled), then what to do about the refund; never "Which train is yours?" for
    a train the PNR already says."""
    asks = [first, *more]
    if not understood.pnrs or any(isinstance(ask.request, PnrStatus) for ask in asks):
        return first, more
    wanted = (ask.request for ask in asks if isinstance(ask.request, CannotDo))
    if not any(request.task in _ABOUT_A_BOOKING for request in wanted):
        return first, more
    booking = Understood(PnrStatus.from_slots({"pnr": understood.pnrs[0]}))
    # "my train got cancelled": the booking's card says whether it is, of the booking's train.
    kept = [ask for ask in asks if not _of_a_train_unsaid(ask.request)]
    return booking, kept


def _of_each_again(request: Request, understood: Understood, subject: Subject | None) -> Request:
    """Where "it" is, when it leaves, asked right after such a question was answered for each of
    a few trains of a list (the first of them in hand): each of them again, never the first
    alone; the request as it was otherwise."""
    if subject is None or not isinstance(request, LiveStatus) or request.train != subject.train:
        return request
    if not subject.answered_each:
        return request
    if understood.numbered or understood.train_name or understood.pick is not None:
        return request
    if not isinstance(subject.request, LiveStatus):
        return request  # after each Karnataka Express's stop at Bhopal, "it" is as it was
    return request.model_copy(update={"train": None})


def _of_a_train_unsaid(request: Request) -> bool:
    """Whether a request asks whether "my train" is cancelled, naming none."""
    return isinstance(request, CancelledTrains) and request.train is None and request.mine


# Questions a message may ask of the train in hand without naming it.
_OF_A_TRAIN = (LiveStatus, TrainFacts, StopsAt)
# What such a message is read as without the train: a station's board or name, a journey with
# one end, nothing.
_WITHOUT_A_TRAIN = (Unknown, Departures, Arrivals, StationByName, TrainsBetween)


def _about_the_train(
    ctx: Context, understood: Understood, understand: Callable[[str], Understood]
) -> Understood:
    """A question of when, or about "it", of the train just shown, that names no train ("ye
    train kab chalegi", "bhopal at what time", "when does it get to jhansi", "does it have
    2A?"): read as the same words with that train's number, when they then ask about the
    train; else the message as it was."""
    subject = ctx.subject
    request = understood.request
    if subject is None or subject.train is None or understood.again:
        return understood  # ("check it again": the last answer again, whatever it was about)
    if not (understood.asks_when or understood.refers):  # "when", or "it", "this train"
        return understood
    if understood.train_word and not understood.refers:
        return understood  # "when is the next train to mumbai": another train
    if understood.numbered or understood.train_name or understood.plural or understood.pick:
        return understood
    if subject.pnr is not None and says_confirmed(understood.words):
        return understood  # "is it confirmed?" after a booking: the booking, not its train
    if tracks_the_pnr(understood, subject):
        return understood  # "isme koi change ho to batana" after a booking: its alerts
    if asks_the_one_after(understood) and (
        subject.train in subject.listed_trains or has_one_after(subject)
    ):
        return understood  # "uske baad wali?" after the next train: the one after it
    guessed = isinstance(request, OutOfScope) and not understood.keywords and understood.refers
    if not isinstance(request, _WITHOUT_A_TRAIN) and not guessed:
        return understood  # ("which days does it run": guessed elsewhere, though about "it")
    if isinstance(request, TrainsBetween) and request.origin and request.destination:
        return understood  # a journey of its own
    reread = understand(f"{subject.train} {ctx.text}")
    if not isinstance(reread.request, _OF_A_TRAIN):
        return understood
    if subject.answered_each:
        # "it" after an answer for each of a few trains: each of them again, not the first
        return replace(reread, request=reread.request.model_copy(update={"train": None}))
    return _unnumbered(reread)


def _unsaid_train(understood: Understood) -> bool:
    """Whether a message that names no train is not understood, or was taken for a question
    outside railways without a word of another topic ("how long is the whole journey?", "agla
    station kaunsa hai"): it may ask about the train in hand."""
    if understood.numbered or understood.plural or understood.pick or understood.details:
        return False
    request = understood.request
    guessed = isinstance(request, OutOfScope) and "out_of_scope" not in understood.keywords
    return isinstance(request, Unknown) or guessed


# Questions a message not understood may ask of the train in hand, read with its number: its
# timetable, its route, whether it stops somewhere (not its whereabouts, a bare number's default).
_ITS_OWN = (TrainFacts, TrainRoute, StopsAt)
# "next stop?", "agla station kaunsa hai": where the running train calls next.
_NEXT = frozenset({"next", "agla", "agle", "agli", "aglaa"})
_CALLS = frozenset({"stop", "stops", "station", "stations", "stn", "halt", "stoppage"})
_CALL = _CALLS - {"stops", "stations"}


def _next_stop(understood: Understood, request: Request) -> Request:
    """ "12627 next station", "12627 ka agla station kaunsa hai": where the train calls next (its
    live status, that stop first), not its whole route; any other request as it was."""
    words = understood.words
    if not (words & _NEXT and words & _CALL):
        return request  # ("next stations", "agle stations": the route's next page)
    if isinstance(request, LiveStatus) and request.focus == "arrival" and not request.at:
        # "next station kab aayega", "when is the next stop": when it reaches its next stop,
        # never its last
        return request.model_copy(update={"focus": "next"})
    if not isinstance(request, TrainRoute):
        return request
    return LiveStatus(train=request.train, focus="next")


def _of_the_train(
    ctx: Context, understood: Understood, understand: Callable[[str], Understood]
) -> Understood:
    """A message not understood, read with the number of the train in hand: what it asks of
    that train, when that is a question of its own; else the message as it was."""
    subject = ctx.subject
    if subject is not None and subject.train is None and subject.listed_trains:
        return _of_the_listed(ctx, understood, understand, subject.listed_trains[0])
    if subject is None or subject.train is None:
        return understood
    reread = understand(f"{subject.train} {ctx.text}")
    words = understood.words
    if isinstance(reread.request, TrainRoute) and words & _NEXT and words & _CALLS:
        return replace(reread, request=LiveStatus(train=subject.train, focus="next"))
    if isinstance(reread.request, CannotDo) and reread.request.task == "food":
        # "is there food?", "khana milta hai kya" of the train in hand: its pantry, and meals
        return replace(reread, request=TrainFacts(train=subject.train, fact="pantry"))
    live = isinstance(reread.request, LiveStatus) and "live_status" in reread.keywords
    return _unnumbered(reread) if isinstance(reread.request, _ITS_OWN) or live else understood


def _unnumbered(reread: Understood) -> Understood:
    """A message read again with the number of the train in hand, that number not its own: the
    station in hand is still what it asks about ("and how long is the stop?" after when it
    reaches Bhopal: at Bhopal), as when it had said "it"."""
    return replace(reread, numbered=False, trains=(), refers=True)


def _of_the_listed(
    ctx: Context, understood: Understood, understand: Callable[[str], Understood], first: str
) -> Understood:
    """A message not understood while a journey's trains are listed ("how long does it take?"
    after them), read as asked of a train of the list: a fact of the journey on each of them
    (how long, how far, when), its train left for the list to give; else the message as it was."""
    reread = understand(f"{first} {ctx.text}")
    request = reread.request
    if isinstance(request, LiveStatus) and request.focus == "arrival" and not request.at:
        # "waha kab aayegi", "when will it get there": when each listed train reaches the
        # journey's end, by the timetable the list is of
        request = TrainFacts(fact="times", moment="arrival")
    if not isinstance(request, TrainFacts) or request.fact not in _OF_THE_JOURNEY:
        return understood
    return replace(reread, request=request.model_copy(update={"train": None}), numbered=False)


def _arrival_of_the_listed(ctx: Context, understood: Understood) -> Understood:
    """When "it" gets there ("wahan kab pahunchegi", "वहाँ कब आएगी", "when will it get there")
    right after a journey's trains were listed (two or a page of them), none of them picked: when
    each reaches the journey's end, by the timetable the list is of (never the board of the
    place "there" is)."""
    request, subject = understood.request, ctx.subject
    if subject is None or subject.train is not None or len(subject.listed) < 2:
        return understood
    if not isinstance(subject.listing, TrainsBetween) or understood.numbered:
        return understood
    if understood.pick is not None or understood.train_name or understood.details:
        return understood
    live = isinstance(request, LiveStatus) and request.focus == "arrival" and not request.at
    timed = isinstance(request, TrainFacts) and (request.fact, request.moment) == (
        "times",
        "arrival",
    )
    if not (live or timed) or request.slots:
        return understood
    asked = TrainFacts(fact="times", moment="arrival")
    return replace(understood, request=asked, there=False, there_end="")


# Facts of a journey a list's trains each have: how long, how far, when.
_OF_THE_JOURNEY: Final = frozenset({"duration", "distance", "times"})


# What "the other one" is said with ("no, the other one", "dusri wali", "दूसरी वाली").
_ONE_OF: Final = frozenset(
    {"the", "one", "wali", "wala", "waali", "waala", "vali", "vala", "vaali", "ek", "please"}
)


def _chosen_again(ctx: Context, understood: Understood) -> Turn | None:
    """Right after a train was chosen of several of one name ("which Karnataka Express?"), "the
    other one" or a correction naming a way ("no, the one from delhi", "नहीं, दिल्ली से आने
    वाली"): the same question of the other train, or of the one that runs that way, chosen
    among those offered; never a new search for the place said. None for anything else."""
    subject = ctx.subject
    choice = subject.choice if subject is not None else None
    if subject is None or choice is None or subject.train not in choice.options:
        return None
    if understood.numbered or understood.train_name or understood.pnrs:
        return None
    words = understood.words
    others = [number for number in choice.options if number != subject.train]
    vague = isinstance(understood.request, Unknown | OutOfScope) and not understood.details
    pick = understood.pick
    if vague and pick is not None and pick.number and not (subject.listed or subject.pnrs):
        # "dusri wali", "the first one": of the trains offered, in the order offered
        at = len(choice.options) - 1 if pick.number == -1 else pick.number - 1
        if not 0 <= at < len(choice.options):
            return None
        train = choice.options[at]
        if train == subject.train and len(others) == 1 and _says_other(ctx.text):
            train = others[0]  # "dusri wali" (second, or other) after the second: the other
        return _dispatch(replace(ctx, choosing=choice), choice.filled(train))
    if vague and words & OTHER_WORDS and words <= OTHER_WORDS | CORRECTION_WORDS | _ONE_OF:
        if len(others) != 1:
            return None
        return _dispatch(replace(ctx, choosing=choice), choice.filled(others[0]))
    placed = {"from", "to", "station"} & set(understood.details)
    if words & CORRECTION_WORDS and placed and _names_a_way(understood):
        way = replace(ctx, earlier=choice.said, journey=_way_of(understood), choosing=choice)
        return _dispatch(way, choice.request)
    return None


def _one_of_each_answered(ctx: Context, understood: Understood) -> Turn | None:
    """Right after one answer for each of a few trains of one name (both Mumbai Rajdhanis'
    times), a reply that picks one by the way it runs ("the one from delhi", "mumbai wali",
    "दिल्ली वाली"): the same question of that train alone, which the conversation is about from
    then on; None for anything else ("and at jhansi?" is asked of each again)."""
    subject = ctx.subject
    if subject is None or subject.request is None:
        return None
    # (or of a train and its return asked of together or one after the other, "12627 and
    # 12628": "delhi jaane wali", "the one to delhi" is the one that runs to Delhi; only with
    # a word that picks one, as "bhopal se kitne baje chalti hai" asks of the train in hand)
    trains = subject.several
    if not trains and understood.words & _PICKING:
        trains = subject.compared
    if len(trains) < 2 or not _names_a_way(understood) or not _picks_one(understood):
        return None
    if "date" in understood.details and not understood.words & _PICKING:
        return None  # "kal subah bhopal ke liye?", "tomorrow morning to bhopal?": a trip of its own
    asked = subject.request.model_copy(update={"train": None})
    prompt = Reply(text=t(ctx.language, "train.which"))
    choice = Pending(request=asked, asking="train", options=trains, prompt=prompt)
    way = replace(ctx, journey=_way_of(understood), choosing=choice)
    return _dispatch(way, asked)


# Words that make a place a pick of one train ("mumbai wali", "the one to delhi").
_PICKING: Final = frozenset(
    {"one", "wali", "wala", "waali", "waala", "vali", "vala", "वाली", "वाला"}
)


def _picks_one(understood: Understood) -> bool:
    """Whether a reply names the way a train runs ("from delhi", "to mumbai") or one train by a
    place ("mumbai wali"), not only a place ("and at jhansi?")."""
    return bool({"from", "to"} & set(understood.details) or understood.words & _PICKING)


def _listed_by_place(ctx: Context, understood: Understood, understand: Understand) -> Turn | None:
    """ "delhi wali", "the mysore one", "दिल्ली वाली" after a list of trains (between two places,
    cancelled, rescheduled): the one listed train that starts or ends in that place's city,
    picked as "the 2nd one" would be; which of them, when several do; None when the message
    is more than a place picking a train, or no listed train runs there."""
    subject = ctx.subject
    if subject is None or not subject.listed or not understood.words & _PICKING:
        return None
    if not _names_a_place(understood):
        return None
    place = understood.details.get("station")
    named = [place] if isinstance(place, str) else place if isinstance(place, list) else []
    stations = {str(given) for given in named}
    cities = {code for given in stations for code in (given, *ctx.index.same_city(given))}
    found: list[tuple[int, Listed]] = []
    for codes in (stations, cities):  # "nizamuddin wali": that station's, before its city's
        found = [
            (at, item)
            for at, item in enumerate(subject.listed)
            if item.origin in codes or item.destination in codes
        ]
        if len(found) == 1:
            at, item = found[0]
            number = item.number or at + subject.listed_from
            picked = replace(ctx, text=f"the {_ordinal(number)} one")
            return _several(picked, _understood(picked, understand), understand)
    listing = subject.listing
    if len(found) < 2 or not isinstance(listing, TrainsBetween):
        return None
    # "delhi wali" when every train of the list goes to Delhi: which of them, never a station
    lang = ctx.language
    city = ctx.index.city_name(next(iter(stations))) or station_label(
        station_of(ctx.index, next(iter(stations)))
    )
    text = t(lang, "listed.which_of_place", count=str(len(found)), place=city)
    taps = tuple(
        chip(f"{item.train} {item.name}", _its_journey(listing, item)) for _, item in found[:6]
    )
    return Turn(ctx, "which_train", outcome=Outcome((Reply(text=text, quick_replies=taps),)))


# Words that ask whether there is one ("is there", "any", "koi ... hai", "क्या").
_THERE_IS: Final = frozenset({"there", "any", "koi", "kya", "hai", "anything", "milegi", "milega"})


def _any_after(ctx: Context) -> Turn | None:
    """ "Is there a train after 7 pm?", "8 baje ke baad koi train hai?" of a journey's list on
    screen, with one reading of the hour: yes, every listed train that leaves after it (a
    cancelled one said so), each to tap; None when none does (the list again says the nearest),
    the hour reads two ways, or the message asks anything else."""
    subject = ctx.subject
    if subject is None or not subject.listed or not isinstance(subject.listing, TrainsBetween):
        return None
    start = _after_the_hour(ctx.text)
    if start is None or set(normal(ctx.text).split()).isdisjoint(_THERE_IS):
        return None  # "the one after 7 pm": that one, picked
    leaving = [
        item for item in subject.listed if _minute_of(item.expected or item.departs) >= start
    ]
    running = [item for item in leaving if not item.cancelled]
    if not running:
        return None
    lang = ctx.language
    time = f"{start // 60:02d}:{start % 60:02d}"
    said = [f"{item.train} {item.name} ({item.expected or item.departs})" for item in running]
    gone = [f"{item.train} {item.name}" for item in leaving if item.cancelled]
    text = "\n".join(
        [
            t(lang, "listed.after_yes", count=str(len(running)), time=time, trains=", ".join(said)),
            *([t(lang, "listed.after_cancelled", trains=", ".join(gone))] if gone else []),
        ]
    )
    listing = subject.listing
    taps = tuple(
        chip(f"{item.train} {item.name}", _its_journey(listing, item)) for item in running[:6]
    )
    return Turn(ctx, "any_after", outcome=Outcome((Reply(text=text, quick_replies=taps),)))


# "after 7 pm", "after 19:30"; "shaam 7 baje ke baad", "7 pm ke baad", "रात 8 बजे के बाद".
_AFTER_EN: Final = re.compile(r"\bafter\s+(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>am|pm)?\b")
_AFTER_HI: Final = re.compile(
    r"(?:(?P<part>subah|sham|shaam|raat|रात|शाम|सुबह)\s+)?(?P<h>\d{1,2})(?::(?P<m>\d{2}))?"
    r"\s*(?P<ap>am|pm)?\s*(?:baje|bje|बजे)?\s+(?:ke|के)\s+(?:baad|bad|बाद)"
)
_EVENING: Final = frozenset({"pm", "sham", "shaam", "raat", "रात", "शाम"})
_MORNING: Final = frozenset({"am", "subah", "सुबह"})


def _after_the_hour(text: str) -> int | None:
    """The minute of the day a message asks after ("after 7 pm": 1140), when it reads one way
    only (a 24-hour time, or am/pm, morning or evening said); None otherwise."""
    low = text.lower()
    found = _AFTER_EN.search(low) or _AFTER_HI.search(low)
    if found is None:
        return None
    hour, minute = int(found.group("h")), int(found.group("m") or 0)
    said = {found.group("ap"), found.groupdict().get("part")}
    if hour > 23 or minute > 59:
        return None
    if said & _EVENING and hour < 12:
        hour += 12
    elif not said & (_EVENING | _MORNING) and hour <= 12:
        return None  # "after 8": morning or evening
    return hour * 60 + minute


def _minute_of(said: str | None) -> int:
    """The minute of the day of "HH:MM"; -1 for none."""
    hours, _, minutes = (said or "").partition(":")
    return int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else -1


def _its_journey(listing: TrainsBetween, item: Listed) -> TrainsBetween:
    """One listed train, asked about alone on its own stations of the list's journey."""
    if not item.origin or not item.destination:
        return listing.model_copy(update={"pick": item.train})
    update = {"origin": (item.origin,), "destination": (item.destination,), "cities": None}
    return listing.model_copy(update={**update, "pick": item.train, "offset": 0})


def _ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th... 11th, 12th, 13th, 21st."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _names_a_way(understood: Understood) -> bool:
    """Whether a reply to "which train?" names which way the train runs ("the one going to
    delhi", "delhi se aane wali", or only a place: "bangalore wali", "new delhi", "मुंबई वाली"),
    and nothing of another question (no number, no PNR, no keyword of its own)."""
    details = understood.details
    if understood.numbered or understood.train_name or not ({"from", "to"} & set(details)):
        return _names_a_place(understood)
    if understood.trains_between:
        return False  # "trains from chennai to bangalore": a question of its own
    return set(details) <= {"from", "to", "date"}


def _without_the_name_asked(pending: Pending, understood: Understood) -> Understood:
    """A reply to "which Mumbai Rajdhani?" that says the name again ("the rajdhani to mumbai",
    "mumbai rajdhani from delhi", "दिल्ली वाली राजधानी"), as if it said only the rest: each word of
    the name is in the question; the reply as it is otherwise."""
    name = understood.train_name
    if not name or understood.trains or understood.pnrs:
        return understood
    asked = normal(pending.prompt.text.split("\n", 1)[0]).split()
    words = [word[:_NAME_PREFIX] for word in name.lower().split()]
    if not all(any(said.startswith(word) for said in asked) for word in words):
        return understood
    return replace(understood, train_name="", numbered=False)


# Letters of a word of a train's name that must match the name asked about ("rajdhani").
_NAME_PREFIX: Final = 5


def _names_a_place(understood: Understood) -> bool:
    """Whether a reply names one place and asks nothing else ("bangalore wali", "sbc")."""
    if understood.numbered or understood.train_name or understood.keywords:
        return False
    return set(understood.details) == {"station"}


def _way_of(understood: Understood) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The way a reply to "which train?" says the train runs: a place named alone is where it
    starts, as the trains offered are told apart by where they run from."""
    origin, destination = journey_of(understood)
    heading = bool(understood.words & _HEADING)
    if heading and bool(origin) != bool(destination):
        return (), origin or destination  # "the Delhi-bound one": to Delhi, however read
    if origin or destination:
        return origin, destination
    place = understood.details.get("station")
    if place is None:
        return (), ()
    # The rule: a place with a word of heading ("the Delhi-bound one", "delhi ki taraf wali",
    # "दिल्ली की तरफ वाली") is where the train goes; a place alone ("delhi wali") where it
    # starts.
    end = "to" if heading else "from"
    return journey_of(Understood(understood.request, details={end: place}))


# Words that make a place named alone the end a train runs to ("delhi-bound", "delhi ki
# taraf", "दिल्ली की ओर").
# (Devanagari is read in its Latin spelling: "तरफ" is "taraph".)
_HEADING: Final = frozenset({"bound", "towards", "toward", "taraf", "tarf", "taraph"})


_NOTED_SLOTS = ("from", "to", "class", "quota", "date", "passengers")
# A station kept as an end of the journey, said back ("from KSR Bengaluru City Jn (SBC)").
_NOTED_ENDS = {"from": N_("ask.noted_from"), "to": N_("ask.noted_to")}


def _noted(
    ctx: Context, pending: Pending, request: Request, understood: Understood
) -> tuple[str, ...]:
    """The details of a reply to `pending` other than the one asked for, in words, when the
    one asked for is still missing: "3A", "Fri 4 Dec" while the bot waits for a station."""
    if request.slots.get(pending.asking) is not None:
        return ()
    noted: list[str] = []
    for slot in _NOTED_SLOTS:
        value = request.slots.get(slot) if slot in _NOTED_ENDS else understood.details.get(slot)
        field = type(request).field_of(slot)
        if value is None or value == [] or (isinstance(value, list) and slot not in _NOTED_ENDS):
            continue  # (several stations only of an end: "bhopal", a city's)
        if field is None or getattr(request, field) is None:
            continue
        if slot not in _NOTED_ENDS:
            noted.append(detail_words(ctx.language, slot, str(value), ctx.today))
        elif pending.request.slots.get(slot) is None:  # an end said back only when it is new
            station = _end_label(ctx, value)
            noted.append(t(ctx.language, _NOTED_ENDS[slot], station=station))
    return tuple(word for word in noted if word)


def _end_label(ctx: Context, value: str | int | list[str]) -> str:
    """An end of the journey said back: its station ("Itarsi Jn (ET)"), or a city's stations
    together ("Bhopal (all stations)"), or the first of places that only share a name."""
    if not isinstance(value, list):
        return station_label(station_of(ctx.index, str(value)))
    codes = tuple(StationCode(code) for code in value)
    if one_city(ctx.index, codes):
        return city_label(ctx.index, ctx.language, codes[0])
    return station_label(station_of(ctx.index, codes[0]))


def journey_of(understood: Understood) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stations a message gives for each end of a journey, as candidate codes."""

    def codes(value: object) -> tuple[str, ...]:
        if isinstance(value, str):
            return (value,)
        return tuple(str(code) for code in value) if isinstance(value, list | tuple) else ()

    return codes(understood.details.get("from")), codes(understood.details.get("to"))


def _understood(ctx: Context, understand: Understand, *, choices: bool = False) -> Understood:
    """The message understood, with the train of a list it points at ("the 2nd one", "which is
    fastest") set apart: the rest of it is read as any message ("2nd one seats" → seats)."""
    subject = ctx.subject
    shown = subject is not None and bool(subject.listed or subject.pnrs)
    # one passenger of a booking just shown: its passengers are a list ("and the third?")
    shown = shown or (isinstance(subject.request, PnrStatus) and bool(subject.request.passenger)
                      if subject is not None else False)  # fmt: skip
    pick = picks.find(ctx.text, listed=choices or shown)
    if ctx.subject is not None and picks.says_the_other(ctx.text):
        pick = _the_other(ctx.subject) or pick
    if pick is not None and pick.superlative == "next" and subject is not None:
        pick = _next_not_left(subject, pick, ctx.now) or pick
    # "sorry, from pune not mumbai": what a correction ends by denying is not asked
    text = without_denied_tail(pick.rest if pick is not None else ctx.text)
    try:
        understood = understand(text, today=ctx.today, index=ctx.index)
    except Exception as exc:
        log.error("understanding failed: %s", type(exc).__name__, extra={"user": ctx.user_id})
        understood = Understood(Unknown())
    if pick is None:
        understood = _of_the_train_in_hand(ctx, understood, understand)
    if pick is None:
        understood = _food_on_the_train_in_hand(ctx, understood)
    if pick is None:
        understood = _day_said_alone(ctx, understood, understand)
    if pick is None and _when_it_leaves_that_day(understood):
        # "aaj kab chalegi?", "आज कब चलेगी?" of the train in hand: when its run of that day
        # leaves, as the railway now has it (rescheduled, late), as "when will it leave today?"
        # reads; not which days it runs, nor its timetable's time
        assert isinstance(understood.request, TrainFacts)
        leaves = LiveStatus(date=understood.request.date)
        understood = replace(
            understood, request=leaves, runs=False, refers=True, only_details=False
        )
    if pick is not None and text.strip() and _reads_without_its_subject(understood):
        # "when will the first one leave today?", "pehli wali aaj kab niklegi": without its pick,
        # "when will leave today" reads as a board of no station, "aaj kab niklegi" as nothing;
        # the pick is what leaves, as "it" would be
        with_it = understand(f"it {text}", today=ctx.today, index=ctx.index)
        if isinstance(with_it.request, Unknown | OutOfScope):
            # "पहली वाली कब छूटती है": Hindi says "this train" where English says "it"
            with_it = understand(f"ye train {text}", today=ctx.today, index=ctx.index)
        understood = understood if isinstance(with_it.request, Unknown | OutOfScope) else with_it
    if _asks_ends_in_hand(ctx, pick is not None, understood):
        # "where does the first one go?", "पहली वाली कहाँ तक जाती है?", "कहाँ से कहाँ तक जाती
        # है" after a train's answer: the two ends of the train picked or in hand, as "it" asks
        understood = replace(
            understood, request=TrainFacts(), refers=True, runs=False, only_details=False
        )
    if pick is not None and _other_journey(pick, understood, ctx.text):
        # "दिल्ली से एर्नाकुलम की दूसरी ट्रेन": other trains, not the 2nd; read whole, its words
        # for another train included ("koi dusri train": a question of its own)
        return understand(ctx.text, today=ctx.today, index=ctx.index)
    if pick is not None and pick.number == 2 and _says_other(ctx.text):
        whole = understand(ctx.text, today=ctx.today, index=ctx.index)
        if _other_journey(pick, whole, ctx.text):
            # "meri train cancel ho gayi koi dusri train delhi se bhopal kal": without "dusri"
            # it would ask about one's own train; whole, it asks the journey's trains
            return whole
    return replace(understood, pick=pick) if pick is not None else understood


# What a question about "it" may be read as once "it" is the train: a fact of it, where it is,
# whether it stops somewhere, its route.
_ABOUT_IT: Final = (TrainFacts, LiveStatus, StopsAt, TrainRoute)
# The English words for the train in hand that another question's words may be read beside.
_IT: Final = re.compile(r"\b(?:it|this|that)\b", re.IGNORECASE)


# Marks around the words of a short message ("tomorrow morning?", "कल सुबह।").
_MARKS: Final = re.compile(r"[?!.,;:।]")


def _day_said_alone(ctx: Context, understood: Understood, understand: Understand) -> Understood:
    """A day and a part of it said alone while something is talked about ("tomorrow morning",
    "and tomorrow evening?"), taken for outside railways for the part of the day ("morning"):
    read as the day said alone ("tomorrow") with that part, a detail of what is in hand; the
    message as understood otherwise (a word of another topic, nothing in hand)."""
    if ctx.subject is None or ctx.subject.empty or understood.numbered:
        return understood
    if not isinstance(understood.request, OutOfScope) or Intent.OUT_OF_SCOPE in understood.keywords:
        return understood
    if set(understood.details) != {"date"}:
        return understood
    parts = frozenset().union(*DAY_PART_WORDS.values())
    said = _MARKS.sub(" ", ctx.text.lower()).split()
    kept = [word for word in said if word not in parts]
    if len(kept) == len(said) or not kept:
        return understood
    plain = understand(" ".join(kept), today=ctx.today, index=ctx.index)
    if not isinstance(plain.request, Unknown) or plain.details != understood.details:
        return understood
    return replace(understood, request=plain.request, only_details=plain.only_details)


def _food_on_the_train_in_hand(ctx: Context, understood: Understood) -> Understood:
    """ "Train me khana milega?", "ट्रेन में खाना मिलेगा?", "is food served?" while a train is
    in hand, read as food to order: whether that train has a pantry car (said unknown when the
    data does not say), e-catering only beside it; never "I can't order food" alone."""
    subject = ctx.subject
    request = understood.request
    if subject is None or subject.train is None or understood.numbered:
        return understood
    if not isinstance(request, CannotDo) or request.task != "food":
        return understood
    if not understood.words.isdisjoint(_ORDERING):
        return understood  # "khana order karna hai": ordering, which RailBot cannot do
    pantry = TrainFacts(train=subject.train, fact="pantry")
    return replace(understood, request=pantry, refers=True)


# Words that order food rather than ask whether it is had ("order", "mangwana", "deliver").
_ORDERING: Final = frozenset(
    {"order", "ordering", "mangwana", "mangana", "mangao", "mangwao", "deliver", "delivery",
     "book", "ऑर्डर", "मंगाना", "मँगाना"}
)  # fmt: skip


def _of_the_train_in_hand(
    ctx: Context, understood: Understood, understand: Understand
) -> Understood:
    """A question about "it" with a railway word of its own but read as nothing, or as outside
    railways, for want of a train ("how long does it stop there?", "how long will it stop"),
    while a train is in hand: read again with "it" said as "the train", when that reads as a
    question about a train naming none of its own; the message as understood otherwise (a
    topic of another domain, or no railway word at all)."""
    subject = ctx.subject
    if subject is None or subject.train is None or not understood.refers:
        return understood
    if not isinstance(understood.request, Unknown | OutOfScope) or understood.numbered:
        return understood
    if not understood.keywords or Intent.OUT_OF_SCOPE in understood.keywords:
        return understood
    said = _IT.sub("the train", ctx.text)
    if said == ctx.text:
        return understood
    again = understand(said, today=ctx.today, index=ctx.index)
    if not isinstance(again.request, _ABOUT_IT) or again.request.slots.get("train"):
        return understood
    return replace(again, refers=True)


def _asks_ends_in_hand(ctx: Context, picked: bool, understood: Understood) -> bool:
    """Whether a message that names no train nor place asks where the train picked from a list
    or the one in hand runs from and to, read otherwise for want of its subject."""
    request = understood.request
    if isinstance(request, TrainFacts | TrainRoute) or not asks_ends(understood.words):
        return False
    in_hand = picked or (ctx.subject is not None and ctx.subject.train is not None)
    named = understood.numbered or understood.trains or understood.train_name
    placed = request.places or understood.details.keys() & {"from", "to", "station"}
    return in_hand and not named and not placed


def _when_it_leaves_that_day(understood: Understood) -> bool:
    """Whether a message asks when a train it does not name leaves on today's date ("aaj kab
    chalegi?"), read as which days it runs for want of a train."""
    request = understood.request
    if not isinstance(request, TrainFacts) or request.fact != "days" or request.train:
        return False
    return understood.asks_when and request.date is not None and not understood.numbered


def _the_other(subject: Subject) -> picks.Pick | None:
    """ "The other one" of a list of two on screen, one of them in hand ("and the other one?",
    "और दूसरी वाली?" after a question of the second): the one not in hand, by its number."""
    listed = subject.listed_trains
    if len(listed) != 2 or subject.train not in listed:
        return None
    other = 1 - listed.index(subject.train)
    return picks.Pick("", number=subject.listed_from + other)


def _next_not_left(subject: Subject, pick: picks.Pick, now: dt.datetime) -> picks.Pick | None:
    """ "The next one" of a board shown a while ago, its first trains left since: the first of
    it that has not left yet, its place on the board said with the pick; None when the first
    has not (or the board's times are unknown), so that the board's first stands."""
    board = subject.listing or subject.request
    if not isinstance(board, Departures) or not subject.listed or subject.train is not None:
        return None
    for place, item in enumerate(subject.listed):
        at = item.expected or item.departs
        if item.on is None or at is None:
            return None
        leaves = dt.datetime.combine(item.on, dt.time.fromisoformat(at), tzinfo=now.tzinfo)
        if leaves >= now and not item.cancelled:
            if place == 0:
                return None
            # still "the next one", of those not left: its place says which
            return replace(pick, number=subject.listed_from + place)
    return None


def _reads_without_its_subject(understood: Understood) -> bool:
    """Whether what is left of a message once its pick is cut lacks the train it asks about: a
    station's board that names no station, nothing understood (or only outside railways), or
    which days a train runs asked with "when" ("आज कब चलेगी")."""
    request = understood.request
    if isinstance(request, Departures | Arrivals):
        return not request.station
    days = isinstance(request, TrainFacts) and request.fact == "days" and understood.asks_when
    # "कब छूटती है" alone reads as a holiday ("छुट्टी") asked, outside railways
    return isinstance(request, Unknown | OutOfScope) or days


def _says_other(text: str) -> bool:
    """Whether the message says "other" ("the other one", "dusri", "दूसरी")."""
    return bool(set(normal(text).split()) & OTHER_WORDS)


def _other_journey(pick: picks.Pick, understood: Understood, text: str) -> bool:
    """Whether "dusri" / "दूसरी" (second, or other) beside a journey of the message's own asks
    for other trains of that journey rather than the second of a list."""
    request = understood.request
    journey = isinstance(request, TrainsBetween) and bool(request.origin and request.destination)
    return journey and pick.number == 2 and _says_other(text)


_BAD_PAYLOAD: Final = "bad_payload"


def _read_payload(ctx: Context, payload: str, pending: Pending | None) -> Turn:
    tapped = unpack(payload)
    if tapped is None:
        return Turn(ctx, _BAD_PAYLOAD, outcome=smalltalk.stale_button(ctx))
    if isinstance(tapped, Answer):
        if pending is None:
            return Turn(ctx, "expired", outcome=smalltalk.expired_question(ctx))
        if pending.asking != tapped.slot:  # a button of an earlier question
            return _ask_again(ctx, pending)
        return _dispatch(replace(ctx, earlier=pending.said), pending.filled(tapped.value))
    assert isinstance(tapped, Request)
    return _dispatch(ctx, tapped)


def _nearest(ctx: Context, location: Location) -> Turn:
    return _dispatch(ctx, NearestStations(lat=location.lat, lng=location.lng))


def _dispatch(ctx: Context, request: Request) -> Turn:
    """A turn for the router: the request, with the words it wrote for its places of several
    stations ("Which Delhi station?"), and the words behind it."""
    said = f"{ctx.text} {ctx.earlier}"
    request = with_mistyped(with_place_words(request, said, ctx.index), ctx.text)
    return Turn(ctx, str(request.intent), request=request, keep=False, said=said)


# The stations a question of trains may be waiting for.
_STATIONS_ASKED: Final = frozenset({"from", "to", "station"})


def _needs_the_answer_first(pending: Pending, understood: Understood) -> bool:
    """Whether a message points at the train after the one asked for ("the one after that?",
    "uske baad wali?") while the trains are still waiting for a station: a question of the
    same trains, which cannot be answered before that one."""
    if not isinstance(pending.request, TrainsBetween | Departures | Arrivals):
        return False
    return pending.asking in _STATIONS_ASKED and asks_for_one_after(understood)


def _outside_for_sure(ctx: Context, understand: Understand, *, asked: bool) -> Understood | None:
    """The message read alone, when its answer is outside railways: it reads so (no small
    talk) and says so in its own words: a word of another topic ("flight", "hotel": its
    keywords), a word the examples say outside railways far more often than in railway
    questions ("scholarship", "aadhaar"; one while a question is `asked`, two whatever was
    shown: "sabse sasta fridge", never a pick), a subject of its own (`_named_elsewhere`:
    "kitne baje dukaan khulti hai", "12 tarikh ko bank holiday hai kya"), or a script RailBot
    does not read. What the conversation is about never makes it a railway question then.
    None for a question of the trip the railway data cannot tell ("how long is the whole
    journey?", "kitni bheed hogi", "चाय मिलेगी?"), a pick among what was shown ("which one is
    faster?", "the kaveri one"), or what reads as anything else alone ("and 3A?", "kal ka?",
    "mysore wali")."""
    try:
        alone = understand(ctx.text, today=ctx.today, index=ctx.index)
    except Exception as exc:
        log.error("understanding failed: %s", type(exc).__name__, extra={"user": ctx.user_id})
        return None
    request = alone.request
    if not isinstance(request, OutOfScope) or request.chat:
        return None
    said = classifier.model()
    # Words of another topic: never a thing of the trip ("chai", "safe": "चाय मिलेगी?")
    elsewhere = [
        word
        for word in alone.words
        if said.word_of_elsewhere(word) and word not in TRIP_UNTOLD_WORDS
    ]
    if (
        "out_of_scope" in alone.keywords
        or outside_in_another_script(ctx.text)
        or len(elsewhere) >= _ELSEWHERE_WORDS
    ):
        # "sabse sasta fridge kaunsa hai", "first train in india kis saal chali thi": a rule or
        # two words name another topic, never a pick among the trains shown
        return alone
    if (pick := picks.find(ctx.text, listed=True)) is not None:
        if pick.superlative == "advised" and _rest_outside(ctx, pick, understand):
            return alone  # "10000 mah power bank kaunsa lu": what to take is not a train
        return None  # "which one is faster?", "pehla wala": one of what was shown
    if asks_the_other_way(alone, ctx.subject):
        return None  # "ulti taraf wali?" after a train: the one the other way ("ulti": vomit)
    if (
        (asked and _named_elsewhere(alone))
        or (elsewhere and asked)
        or (elsewhere and not asked and not alone.train_word and not _railway_said(alone))
    ):
        return alone
    return None


def _rest_outside(ctx: Context, pick: picks.Pick, understand: Understand) -> bool:
    """Whether what a message asking which to take says beside it reads outside railways
    ("chair kaunsi lu office ke liye": a chair), not "toh", "mujhe ... chahiye"."""
    rest = understand(pick.rest, today=ctx.today, index=ctx.index)
    return isinstance(rest.request, OutOfScope) and not rest.request.chat


def _railway_said(understood: Understood) -> bool:
    """Whether a message says a railway thing of its own ("ignore the cancelled one, show the
    other": cancelled), so that one word the examples say elsewhere more ("ignore") never
    makes it outside railways."""
    return bool(understood.keywords & _RAILWAY_THINGS)


# Keywords that name a railway thing (a cancellation, a PNR, a fare, seats), not only a way of
# asking ("kab aayegi", "leave"): "scholarship kab aayegi" stays outside railways.
_RAILWAY_THINGS: Final = frozenset(
    {
        "cancelled_trains",
        "rescheduled_trains",
        "pnr_status",
        "seat_availability",
        "fare",
        "train_route",
        "stops_at",
        "explain",
    }
)


# How many words of another topic make a message outside railways whatever the conversation is
# about: one may be a railway word the examples happen to say elsewhere more ("faster",
# "return", "chai"); two are another topic ("income tax return", "aadhaar pan link"). One is
# enough when no question is open and no train is said ("scholarship kab aayegi" after a list:
# never when the trains arrive); while asked, "चाय मिलेगी?" is a question of the trip.
_ELSEWHERE_WORDS: Final = 2


def _railway_unanswerable(understood: Understood) -> bool:
    """Whether a message was taken for a question outside railways without a word of another
    topic (no flight, bus, hotel...), nor small talk, and reads as of the trip: while a question
    is open, a question about the trip RailBot has no data for ("how crowded is it?", "kitni
    bheed hogi", "चाय मिलेगी?", "train me khana milega kya"); never "what is the speed of
    light", "mera laptop chalu nahi ho raha" (a subject of their own: outside railways)."""
    request = understood.request
    if not isinstance(request, OutOfScope) or request.chat or not _of_the_trip(understood):
        return False
    return "out_of_scope" not in understood.keywords and not understood.details


def _asks_the_untold(understood: Understood) -> bool:
    """Whether a question of the trip the railway data cannot tell says what of it is asked: a
    thing a journey has (`TRIP_UNTOLD_WORDS`: "kitni bheed hogi", "चाय मिलेगी?", "charging
    point hoga?", "how long is the whole journey?") or "it" ("is it late at night?"). Never a
    few words of another subject ("neend", "rajdhani ka arth", "chandragrahan kab lagega",
    "toy train set for kids online")."""
    return understood.refers or not understood.words.isdisjoint(TRIP_UNTOLD_WORDS)


def _named_elsewhere(understood: Understood) -> bool:
    """Whether a message outside railways says its own topic while a question is open, so that
    a station, class, date or number in it answers nothing: no word gives a station it names
    its end ("where can i get good biryani in hyderabad", "vijayawada station ke paas veg
    thali"; never "from pune, my home town": "to" in "how to tie a tie" places nothing), nor
    points at one of what was shown ("the kaveri one"); and it is no question of the trip
    (`_of_the_trip`: "kitni bheed hogi"), or, when it holds a station, date or number, it says
    no train, boarding nor way back ("gaya me pind daan kab kare", "aaj holiday hai kya", "ye
    message 10 logo ko bhejo"; never "my friend will board at itarsi")."""
    if _station_placed(understood) or understood.which_one:
        return False
    if understood.details:
        return not _of_the_train_said(understood)
    return not _of_the_trip(understood)


def _station_placed(understood: Understood) -> bool:
    """Whether a word says which end of a journey a station the message names is ("from pune"):
    "to" in "how to tie a tie", "ko" in "ye message 10 logo ko bhejo" place nothing."""
    return understood.placed and not _STATIONS_ASKED.isdisjoint(understood.details)


def _of_the_trip(understood: Understood) -> bool:
    """Whether a message may be a question of the trip in hand, though read as outside railways:
    its subject left unsaid in a few words ("kitni bheed hogi", "charging point hoga?"), or the
    train, "it" or the journey said ("train me bheed hogi kya", "is it safe at night?", "how
    long is the whole journey?"). A longer message names a subject of its own: "what is the
    speed of light", "vijayawada station ke paas veg thali"; one's own thing said without the
    train is no trip's ("mera phone kho gaya", "my son got 45% in boards, is that okay?")."""
    words = understood.words
    if _of_the_train_said(understood):
        return True
    if not words.isdisjoint(_ONE_OWN):
        return False
    if len(words) <= _TRIP_QUESTION_WORDS or understood.refers:
        return True
    return not words.isdisjoint(_JOURNEY_WORDS)


def _of_the_train_said(understood: Understood) -> bool:
    """Whether a message says the train, boarding it or the way back ("train me bheed hogi
    kya", "my friend will board at itarsi", "and the way back on 14 dec")."""
    return understood.train_word or understood.boards or asks_the_way_back(understood)


# The most words a question of the trip left unsaid runs to ("kitni bheed hogi", "how crowded
# is it?", "चाय मिलेगी?").
_TRIP_QUESTION_WORDS: Final = 4
# The trip said in words of its own ("how long is the whole journey?", "safar kaisa rahega").
_JOURNEY_WORDS: Final = frozenset({"journey", "safar"})
# One's own thing ("my phone", "mera mood", "मेरा फोन"): the trip is said as the train's.
_ONE_OWN: Final = frozenset({"my", "mera", "meri", "mere"})


def _of_the_train_asked(ctx: Context, pending: Pending, understand: Understand) -> bool:
    """Whether a message read as nothing railway asks a fact of the open question's train when
    read with its number ("how long is the whole journey?": its timetable's time)."""
    train = pending.request.slots.get("train")
    if not isinstance(train, str):
        return False
    reread = understand(f"{train} {ctx.text}", today=ctx.today, index=ctx.index)
    return isinstance(reread.request, _ITS_OWN)


def _ask_again(ctx: Context, pending: Pending) -> Turn:
    """The pending question again, when the message did not answer it."""
    outcome = Outcome(smalltalk.reask(ctx, pending.prompt).replies, pending)
    return Turn(ctx, str(pending.request.intent), outcome=outcome, said=pending.said)
