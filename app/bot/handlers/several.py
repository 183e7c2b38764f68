"""A question about a train named, not numbered, whose name is several trains (the Karnataka
Express is 12627 one way and 12628 the other) and whose answer does not depend on which: each
train's answer, in one message, rather than a question which one first ("does karnataka express
stop at bhopal?", "kis din chalti hai")."""

from __future__ import annotations

from app.bot.format import MAX_QUICK_REPLIES, lines
from app.bot.handlers.asking import AskUser
from app.bot.handlers.context import Context, Handler, Outcome, R, SeveralHandler, say
from app.bot.replies import QuickReply, Reply
from app.bot.state import Subject


def for_each_train(handler: Handler[R]) -> SeveralHandler[R]:
    """A handler for several trains from a handler for one: each train's answer, lines said
    once (the source under each is the same), the buttons whose titles are not repeated."""

    async def several(ctx: Context, request: R, trains: list[str]) -> Outcome:
        said: list[str] = []
        quick: dict[str, list[QuickReply]] = {}
        shown: Subject | None = None  # the first train's: what a follow-up is about
        for train in trains:
            try:
                outcome = await handler(ctx, request.with_slots({"train": train}))
            except AskUser as question:
                return question.outcome
            shown = shown or outcome.subject
            for reply in outcome.replies:
                said.extend(line for line in reply.text.splitlines() if line not in said)
                for button in reply.quick_replies:
                    quick.setdefault(button.title, []).append(button)
        # A title that stands for one train's button in each ("Route") would be ambiguous.
        unique = [found[0] for found in quick.values() if len(found) == 1]
        answer = say(Reply(text=lines(*said), quick_replies=tuple(unique[:MAX_QUICK_REPLIES])))
        if shown is None:
            return answer
        return answer.about(shown.model_copy(update={"several": tuple(trains)}))

    return several
