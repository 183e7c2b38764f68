"""The language RailBot answers a person in: "हिंदी में", "reply in english", the language
button. The choice itself is kept by the conversation (`app.i18n.preference`) before this
handler runs, so that its answer is already in the chosen language. Chosen right after an
answer, the answer is said again in the language chosen (the conversation keeps which question
that answer was to), never only the menu."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from app.bot.format import chip, lines
from app.bot.handlers.context import Context, Handler, Outcome, say
from app.bot.handlers.smalltalk import main_menu
from app.bot.replies import Reply
from app.bot.requests import (
    AlertStop,
    AlertSubscribe,
    ChooseLanguage,
    ForgetMe,
    Request,
    Reset,
    TrackPnr,
)
from app.i18n import N_, t

# Requests that change something when answered (an alert set or stopped, a person forgotten):
# never done again just to say their answer in another language.
_ACTIONS = (AlertSubscribe, TrackPnr, AlertStop, ForgetMe, Reset, ChooseLanguage)

Dispatch = Callable[[Context, Request], Awaitable[Outcome]]


async def choose_language(ctx: Context, request: ChooseLanguage) -> Outcome:
    """Confirm the language chosen, or offer both when the message did not say which."""
    if request.language is None:
        offers = (
            chip(t("hi", "language.name"), ChooseLanguage(language="hi")),
            chip(t("en", "language.name"), ChooseLanguage(language="en")),
        )
        return say(Reply(text=t(ctx.language, "language.which"), quick_replies=offers))
    key = N_("language.now_hindi") if request.language == "hi" else N_("language.now_english")
    return say(Reply(text=t(ctx.language, key), quick_replies=main_menu(ctx)))


def answering_again(dispatch: Dispatch) -> Handler[ChooseLanguage]:
    """`choose_language`, then the question whose answer was the last thing said asked again
    through `dispatch`, so that its answer comes in the language just chosen, led by a
    short word of the switch; the menu alone when nothing was answered before."""

    async def choose(ctx: Context, request: ChooseLanguage) -> Outcome:
        last = ctx.answered
        if request.language is None or last is None or isinstance(last, _ACTIONS):
            return await choose_language(ctx, request)
        hindi = request.language == "hi"
        key = N_("language.again_hindi") if hindi else N_("language.again_english")
        again = await dispatch(ctx, last)
        if not again.replies:
            return await choose_language(ctx, request)
        first, *rest = again.replies
        led = first.model_copy(update={"text": lines(t(ctx.language, key), first.text)})
        return replace(again, replies=(led, *rest))

    return choose
