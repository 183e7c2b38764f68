""" "Forget me": asked once to confirm, then everything kept about the person is deleted."""

from __future__ import annotations

from app.bot.format import chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import Reply
from app.bot.requests import ForgetMe
from app.bot.state import Pending
from app.i18n import t
from app.privacy import forget


async def forget_me(ctx: Context, request: ForgetMe) -> Outcome:
    """Ask to confirm; on Yes delete (and say so), on No say nothing was deleted."""
    if request.answer is None:
        choices = (
            chip(t(ctx.language, "forget.yes"), ForgetMe(answer="yes")),
            chip(t(ctx.language, "forget.no"), ForgetMe(answer="no")),
        )
        question = Reply(text=t(ctx.language, "forget.question"), quick_replies=choices)
        # Kept as the question open: a typed "ok" or "haan" is asked again, never taken for a
        # Yes (only the button deletes) nor answered as if nothing had been asked.
        return Outcome((question,), Pending(request=ForgetMe(), asking="answer", prompt=question))
    if request.answer == "no":
        return say(Reply(text=t(ctx.language, "forget.kept")))
    if ctx.store is not None:
        await forget(ctx.store, ctx.user_id)
    return say(Reply(text=t(ctx.language, "forget.deleted")))
