""""Forget me": asked once to confirm, then everything kept about the person is deleted."""

from __future__ import annotations

from app.bot.format import chip
from app.bot.handlers.context import Context, Outcome, say
from app.bot.replies import Reply
from app.bot.requests import ForgetMe
from app.privacy import forget

QUESTION = (
    "Shall I delete everything I keep about you? That is your PNR alerts, your language choice "
    "and where our conversation had got to. It cannot be undone."
)
DELETED = (
    "Done: I have deleted everything I kept about you, PNR alerts included. "
    "Write to me any time to start afresh."
)
KEPT = "OK, I have deleted nothing."


async def forget_me(ctx: Context, request: ForgetMe) -> Outcome:
    """Ask to confirm; on Yes delete (and say so), on No say nothing was deleted."""
    if request.answer is None:
        choices = (
            chip("Yes, delete it", ForgetMe(answer="yes")),
            chip("No, keep it", ForgetMe(answer="no")),
        )
        return say(Reply(text=QUESTION, quick_replies=choices))
    if request.answer == "no":
        return say(Reply(text=KEPT))
    if ctx.store is not None:
        await forget(ctx.store, ctx.user_id)
    return say(Reply(text=DELETED))
