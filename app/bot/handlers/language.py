"""The language RailBot answers a person in: "हिंदी में", "reply in english", the language
button. The choice itself is kept by the conversation (`app.i18n.preference`) before this
handler runs, so that its answer is already in the chosen language."""

from __future__ import annotations

from app.bot.format import chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.handlers.smalltalk import main_menu
from app.bot.replies import Reply
from app.bot.requests import ChooseLanguage
from app.i18n import N_, t


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
