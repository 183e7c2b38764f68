"""Greeting, help, thanks, questions outside railways, and the replies for everything the bot
cannot answer as asked. Every word comes from the catalog, in the person's language."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Final

from app.bot.format import chip, day_date, lines
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    CancelledTrains,
    ChooseLanguage,
    Fare,
    Greeting,
    Help,
    LiveStatus,
    OutOfScope,
    PnrStatus,
    Request,
    Reset,
    SeatAvailability,
    StationByName,
    Thanks,
    TrackPnr,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.state import Pending
from app.i18n import N_, nt, t
from app.i18n.language import Language, other_language


def main_menu(ctx: Context) -> tuple[QuickReply, ...]:
    """The main features, as chips, and the way to the other language."""
    return _menu(ctx.language, ctx.today)


@functools.lru_cache(maxsize=8)
def _menu(lang: Language, today: dt.date) -> tuple[QuickReply, ...]:
    """The menu is the same for everyone writing in one language on one day: made once."""
    return (
        chip(t(lang, "menu.pnr"), PnrStatus()),
        chip(t(lang, "menu.live"), LiveStatus()),
        chip(t(lang, "menu.between"), TrainsBetween()),
        chip(t(lang, "menu.route"), TrainRoute()),
        chip(t(lang, "menu.fare"), Fare()),
        chip(t(lang, "menu.seats"), SeatAvailability()),
        chip(t(lang, "menu.station"), StationByName()),
        chip(t(lang, "menu.cancelled_today"), CancelledTrains(date=today)),
        chip(t(lang, "menu.help"), Help()),
        chip(t(lang, "menu.other_language"), ChooseLanguage(language=other_language(lang))),
    )


def topic_chips(ctx: Context) -> tuple[QuickReply, ...]:
    """Two or three taps of what the conversation is about: the booking shown (again, tracked),
    the train in hand (where it is, its route), else the question last answered again; none
    when the conversation is about nothing yet."""
    subject = ctx.subject
    if subject is None:
        return ()
    lang = ctx.language
    if subject.pnr is not None:
        return (
            chip(t(lang, "chip.refresh_pnr", pnr=subject.pnr), PnrStatus(pnr=subject.pnr)),
            chip(t(lang, "pnr.chip_track"), TrackPnr(pnr=subject.pnr)),
        )
    if subject.train is not None:
        train = subject.train
        return (
            chip(t(lang, "chip.live_of", train=train), LiveStatus(train=train)),
            chip(t(lang, "chip.route"), TrainRoute(train=train)),
        )
    if subject.request is not None:
        return (chip(t(lang, "talk.chip_check_again"), subject.request),)
    return ()


def _topic(ctx: Context) -> str:
    """What the conversation is about, in a few words ("12627", "PNR 4512345678"); empty when
    nothing."""
    subject = ctx.subject
    if subject is None:
        return ""
    if subject.pnr is not None:
        return t(ctx.language, "talk.topic_pnr", pnr=subject.pnr)
    return subject.train or ""


async def greeting(ctx: Context, request: Greeting) -> Outcome:
    lang = ctx.language
    topic = topic_chips(ctx)
    if topic:
        # "how are you", "hi" in the middle of a conversation: one honest line, and the
        # topic in hand still a tap away, never the whole introduction and menu again
        return say(Reply(text=t(lang, "talk.hello_again"), quick_replies=topic))
    text = lines(t(lang, "talk.intro"), t(lang, "talk.what_to_check"))
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


async def help_(ctx: Context, request: Help) -> Outcome:
    """What RailBot does; asked who it is ("what is your name", "are you a robot"), who it is
    and what it does; told it is no good ("you are useless"), an apology and how to ask."""
    lang = ctx.language
    topic = topic_chips(ctx)
    if request.remark == "who" and topic:
        # "are you a bot?", "who made you" mid-conversation: who it is in one line, the topic
        # kept
        return say(Reply(text=t(lang, "talk.who_short"), quick_replies=topic))
    if request.remark == "who":
        text = t(lang, "talk.who_i_am")
    elif request.remark == "train":
        text = t(lang, "talk.which_train_to_ask")
    elif request.remark == "verdict":
        text = " ".join((t(lang, "talk.sorry_unhelpful"), t(lang, "talk.examples")))
    else:
        text = t(lang, "talk.help")
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


async def thanks(ctx: Context, request: Thanks) -> Outcome:
    key = N_("talk.bye") if request.bye else N_("talk.ack") if request.ack else N_("talk.thanks")
    return say(Reply(text=t(ctx.language, key), quick_replies=main_menu(ctx)[:4]))


async def out_of_scope(ctx: Context, request: OutOfScope) -> Outcome:
    """Flights, buses, hotels, food...: say briefly what RailBot does, with the menu; small talk
    ("what are you doing", "खाना खाया?"): a friendly word back, and the menu."""
    key = N_("talk.chat") if request.chat else N_("talk.out_of_scope")
    topic = topic_chips(ctx) if request.chat else ()
    return say(Reply(text=t(ctx.language, key), quick_replies=topic or main_menu(ctx)))


async def unknown(ctx: Context, request: Request) -> Outcome:
    """Any message not understood, and any request no handler answers."""
    lang = ctx.language
    number = request.mistyped
    if isinstance(request, Unknown) and request.tapped is not None:
        text = t(lang, "talk.no_such_button", number=request.tapped)
    elif number is not None:
        text = nt(lang, "talk.wrong_length", len(number), number=number, digits=len(number))
    elif (topic := topic_chips(ctx)) and _topic(ctx):
        # "??", "huh", "hmm" after an answer: a short word on what is in hand, its taps
        text = t(lang, "talk.not_understood_of", topic=_topic(ctx))
        return say(Reply(text=text, quick_replies=topic))
    else:
        text = " ".join((t(lang, "talk.not_understood"), t(lang, "talk.examples")))
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


async def reset(ctx: Context, request: Reset) -> Outcome:
    return say(Reply(text=t(ctx.language, "talk.start_over"), quick_replies=main_menu(ctx)))


# The turn label of an impatient line ("jaldi karo", "??"), remembered as not an answer.
IMPATIENT: Final = "impatient"
# The words back to impatience, taken in turn: never the same line twice in a row.
_HURRY_ACKS: Final = (N_("talk.hurry_ack"), N_("talk.hurry_ack_again"))
MAX_GIST_CHARS: Final = 300
_SHORT_TITLE: Final = 45  # a first line this short is a card's title: its next line goes with it


def gist_of(replies: Sequence[Reply]) -> str:
    """An answer's gist in one line: its first line, with the next one when the first is only a
    card's title ("🚆 12627 Karnataka Express · Started Mon 7 Dec"); never the sample's note."""
    said = [
        line.strip()
        for reply in replies[:1]
        for line in reply.text.splitlines()
        if line.strip() and not line.startswith("🧪")
    ]
    if not said:
        return ""
    gist = " · ".join(said[:2]) if len(said[0]) < _SHORT_TITLE and len(said) > 1 else said[0]
    return gist[:MAX_GIST_CHARS]


def impatient(ctx: Context, pending: Pending | None) -> Outcome:
    """ "Jaldi karo", "जल्दी बताओ", "hurry up", "??": a short word back and what is still
    needed (the question open), else the last answer's gist, else what to send; never read as a
    train or place, never the whole answer again, never the same line twice in a row."""
    lang = ctx.language
    ack = t(lang, _HURRY_ACKS[ctx.hurried % len(_HURRY_ACKS)])
    if pending is not None and ctx.hurried % len(_HURRY_ACKS) == 0:
        # the question open, again, in one line ("First tell me this:"), as any press while
        # asked; never the whole long text again (a failed lookup's with its trains to tap)
        short = pending.prompt.model_copy(update={"text": _needed(lang, pending.prompt)})
        return Outcome(first_reask(ctx, short).replies, pending)
    if pending is not None:  # pressed again: a word back, and the question's line alone
        question = _needed(lang, pending.prompt)
        text = t(lang, "talk.hurry_asking", ack=ack, question=question)
        return Outcome((Reply(text=text, quick_replies=pending.prompt.quick_replies),), pending)
    if ctx.last_gist:
        text = t(lang, "talk.hurry_gist", ack=ack, gist=ctx.last_gist)
        return say(Reply(text=text, quick_replies=topic_chips(ctx) or main_menu(ctx)))
    topic = _topic(ctx)
    if topic:  # "??" after "didn't get that" about the train in hand: what to check of it
        text = t(lang, "talk.hurry_topic", ack=ack, topic=topic)
        return say(Reply(text=text, quick_replies=topic_chips(ctx)))
    return say(Reply(text=t(lang, "talk.hurry_need", ack=ack), quick_replies=main_menu(ctx)))


_NEEDED_CHARS: Final = 90  # a question's first line longer than this is cut to its first clause


def _needed(lang: Language, prompt: Reply) -> str:
    """What an open question still needs, in one line: its first line when short ("Which
    station are you starting from? ..."), else that line's first clause and what to do ("Train
    99999 is not in the sample railway: tap one below or type it")."""
    first = next((line.strip() for line in prompt.text.splitlines() if line.strip()), "")
    if len(first) <= _NEEDED_CHARS:
        return first
    clause = re.split(r"[:.!?।]\s", first, maxsplit=1)[0].strip()
    return t(lang, "talk.hurry_clause", clause=clause)


def waiting(ctx: Context, pending: Pending) -> Outcome:
    """An acknowledgement ("ok", "theek hai") while a question is open: acknowledged, never the
    question asked again; it stays open, its options still a tap away."""
    text = t(ctx.language, "talk.ack_waiting")
    return Outcome((Reply(text=text, quick_replies=pending.prompt.quick_replies),), pending)


# What a message of emoji alone (or a sticker) is answered with, by how it feels.
_REACTIONS: Final = {
    "glad": N_("talk.react_glad"),
    "ok": N_("talk.react_ok"),
    "thanks": N_("talk.react_thanks"),
    "sorry": N_("talk.react_sorry"),
}


def reacted(ctx: Context, feeling: str) -> Outcome:
    """A message of emoji alone ("❤️", "😂", "👍🏻", "🙏") or a sticker, with no question open: a
    short word back in the person's language, no menu (nothing was asked)."""
    return say(Reply(text=t(ctx.language, _REACTIONS.get(feeling, _REACTIONS["glad"]))))


def attachment(ctx: Context) -> Outcome:
    text = t(ctx.language, "talk.attachment")
    return say(Reply(text=text, quick_replies=main_menu(ctx)[:4]))


def link(ctx: Context) -> Outcome:
    """A shared link with nothing else said: the bot opens no links."""
    text = t(ctx.language, "talk.link")
    return say(Reply(text=text, quick_replies=main_menu(ctx)[:4]))


def empty(ctx: Context) -> Outcome:
    text = " ".join((t(ctx.language, "talk.empty"), t(ctx.language, "talk.examples")))
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


def stale_button(ctx: Context) -> Outcome:
    text = t(ctx.language, "talk.stale_button")
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


def expired_question(ctx: Context) -> Outcome:
    text = t(ctx.language, "talk.expired")
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


def reask(ctx: Context, prompt: Reply) -> Outcome:
    """The pending question again, when the answer did not fit it."""
    text = t(ctx.language, "talk.reask", question=prompt.text)
    return say(Reply(text=text, quick_replies=prompt.quick_replies, buttons=prompt.buttons))


def cannot_tell_reask(ctx: Context, prompt: Reply) -> Outcome:
    """The pending question again, after a railway question RailBot has no data for ("kitni
    bheed hogi", "chai milegi?" while asked which class): said so, the trip kept."""
    text = t(ctx.language, "talk.cannot_tell_reask", question=prompt.text)
    return say(Reply(text=text, quick_replies=prompt.quick_replies, buttons=prompt.buttons))


def first_reask(ctx: Context, prompt: Reply) -> Outcome:
    """The pending question again, briefly, after a follow-up that needs its answer first
    ("the one after that?", "उसके बाद वाली?" while asked where from): the trip kept."""
    text = t(ctx.language, "talk.first_reask", question=prompt.text)
    return say(Reply(text=text, quick_replies=prompt.quick_replies, buttons=prompt.buttons))


def told_wrong(ctx: Context) -> Outcome:
    """ "galat hai", "this is not correct" after an answer, saying nothing of what is wrong:
    what the answer was for, and how to say what to change; the question again a tap away."""
    lang = ctx.language
    subject = ctx.subject
    was = _answered_for(ctx)
    text = lines(
        t(lang, "talk.wrong_sorry"),
        t(lang, "talk.wrong_was", what=was) if was else "",
        t(lang, "talk.wrong_change"),
    )
    if subject is None or subject.request is None:
        return say(Reply(text=text, quick_replies=main_menu(ctx)[:4]))
    again = chip(t(lang, "talk.chip_check_again"), subject.request)
    return say(Reply(text=text, quick_replies=(again, *main_menu(ctx)[:3])))


def _answered_for(ctx: Context) -> str:
    """The train, journey, class and day the last answer was for ("12627 · SBC → NDLS · 3A ·
    Thu 3 Dec"); empty when it was for none of them."""
    subject = ctx.subject
    if subject is None:
        return ""
    ends = (
        f"{subject.origin} → {subject.destination}"
        if subject.origin is not None and subject.destination is not None
        else subject.station or ""
    )
    day = day_date(ctx.language, subject.date, ctx.today) if subject.date is not None else ""
    said = (subject.train or "", ends, subject.journey_class or "", day)
    return " · ".join(part for part in said if part)
