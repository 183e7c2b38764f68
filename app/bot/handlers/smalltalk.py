"""Greeting, help, thanks, and the replies for everything the bot cannot answer as asked."""

from __future__ import annotations

from app.bot.format import chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.pnr import wrong_length_number
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    CancelledTrains,
    Fare,
    Greeting,
    Help,
    LiveStatus,
    PnrStatus,
    Request,
    Reset,
    SeatAvailability,
    StationByName,
    Thanks,
    TrainRoute,
    TrainsBetween,
)

INTRO = (
    "Namaste! 🙏 I'm RailBot. I answer Indian Railways questions: PNR status, live train "
    "status, trains between stations, routes, fares, seats, station codes and cancelled trains."
)
HELP_TEXT = """Here's what you can ask me (English or Hinglish):

• PNR status: pnr 4512345678
• Live status: 12627 kaha hai
• Trains between: chennai se bangalore kal
• Route: route 12951
• Trains leaving a station: NDLS next 4 hours
• Fare: fare 12951 NDLS MMCT 3A
• Seats: seats 12627 SBC MAS 3A tomorrow
• Station: code of howrah / station NDLS
• Cancelled or rescheduled trains today
• PNR alerts: alert 4512345678 · my alerts · stop alerts

Type "cancel" any time to start over."""
EXAMPLES = "Try “pnr 4512345678”, “12627 kaha hai” or “delhi se mumbai kal”."


def main_menu(ctx: Context) -> tuple[QuickReply, ...]:
    """The main features, as chips."""
    return (
        chip("PNR status", PnrStatus()),
        chip("Live status", LiveStatus()),
        chip("Trains between", TrainsBetween()),
        chip("Train route", TrainRoute()),
        chip("Fare", Fare()),
        chip("Seats", SeatAvailability()),
        chip("Station code", StationByName()),
        chip("Cancelled today", CancelledTrains(date=ctx.today)),
        chip("Help", Help()),
    )


async def greeting(ctx: Context, request: Greeting) -> Outcome:
    return say(Reply(text=f"{INTRO}\nWhat would you like to check?", quick_replies=main_menu(ctx)))


async def help_(ctx: Context, request: Help) -> Outcome:
    return say(Reply(text=HELP_TEXT, quick_replies=main_menu(ctx)))


async def thanks(ctx: Context, request: Thanks) -> Outcome:
    return say(Reply(text="You're welcome! Happy journey 🚆", quick_replies=main_menu(ctx)[:4]))


async def unknown(ctx: Context, request: Request) -> Outcome:
    """Any message not understood, and any request no handler answers."""
    number = wrong_length_number(ctx.text)
    if number is not None:
        text = (
            f"{number} has {len(number)} digits. A PNR has 10 digits and a train number 5. "
            "Please check it and send it again."
        )
    else:
        text = f"Sorry, I didn't get that. {EXAMPLES}"
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


async def reset(ctx: Context, request: Reset) -> Outcome:
    return say(
        Reply(
            text="Okay, let's start over. What would you like to check?",
            quick_replies=main_menu(ctx),
        )
    )


def attachment(ctx: Context) -> Outcome:
    text = (
        "I can't read photos, stickers, voice notes or files here. "
        "Please type your 10-digit PNR, like “pnr 4512345678”, or your question."
    )
    return say(Reply(text=text, quick_replies=main_menu(ctx)[:4]))


def empty(ctx: Context) -> Outcome:
    return say(Reply(text=f"I didn't catch that. {EXAMPLES}", quick_replies=main_menu(ctx)))


def stale_button(ctx: Context) -> Outcome:
    text = "Sorry, that button doesn't work any more. What would you like to check?"
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


def expired_question(ctx: Context) -> Outcome:
    text = "That question has expired. Please ask again, and I'll pick up from there."
    return say(Reply(text=text, quick_replies=main_menu(ctx)))


def reask(ctx: Context, prompt: Reply) -> Outcome:
    """The pending question again, when the answer did not fit it."""
    text = f"Sorry, I didn't get that.\n{prompt.text}\n(Or type “cancel” to start over.)"
    return say(Reply(text=text, quick_replies=prompt.quick_replies, buttons=prompt.buttons))
