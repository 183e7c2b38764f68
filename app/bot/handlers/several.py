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
from app.bot.understanding.listed import asked_of


def for_each_train(handler: Handler[R]) -> SeveralHandler[R]:
    """A handler for several trains from a handler for one: each train's answer, lines said
    once (the source under each is the same), the buttons whose titles are not repeated."""

    async def several(ctx: Context, request: R, trains: list[str]) -> Outcome:
        asked = [request.with_slots({"train": train}) for train in trains]
        return await _each(handler, ctx, asked, trains)

    return several


def for_each_listed(handler: Handler[R]) -> SeveralHandler[R]:
    """As `for_each_train`, each train asked about as a train of the list just shown is (a
    journey's train at where it is boarded, on the list's day; a board's at its station)."""

    async def several(ctx: Context, request: R, trains: list[str]) -> Outcome:
        listed = {item.train: item for item in ctx.subject.listed} if ctx.subject else {}
        asked: list[R] = []
        for train in trains:
            item = listed.get(train)
            own = asked_of(item, request, ctx.subject, today=ctx.today) if item else None
            asked.append(own if isinstance(own, type(request)) else request.with_slots(
                {"train": train}
            ))
        return await _each(handler, ctx, asked, trains)

    return several


async def _each(handler: Handler[R], ctx: Context, asked: list[R], trains: list[str]) -> Outcome:
    said: list[str] = []
    quick: dict[str, list[QuickReply]] = {}
    shown: Subject | None = None  # the first train's: what a follow-up is about
    for request in asked:
        try:
            outcome = await handler(ctx, request)
        except AskUser as question:
            return question.outcome
        shown = shown or outcome.subject or Subject.of(request)
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
