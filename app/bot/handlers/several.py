"""A question about a train named, not numbered, whose name is several trains (the Karnataka
Express is 12627 one way and 12628 the other) and whose answer does not depend on which: each
train's answer, in one message, rather than a question which one first ("does karnataka express
stop at bhopal?", "kis din chalti hai")."""

from __future__ import annotations

from app.bot.format import MAX_QUICK_REPLIES, lines
from app.bot.handlers.asking import AskUser
from app.bot.handlers.context import Context, Handler, Outcome, R, SeveralHandler, say
from app.bot.handlers.lookups import train_classes
from app.bot.replies import QuickReply, Reply
from app.bot.state import Subject
from app.bot.understanding.listed import asked_of
from app.i18n import t


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


def for_each_listed_in_a_class(handler: Handler[R]) -> SeveralHandler[R]:
    """As `for_each_listed`, for a question of a class ("fare in 1A", "3A me seats?" after the
    two trains of a journey): each listed train's answer in that class, the trains without it
    passed over, said so ("22691 has no SL."; only when none has it, the question of which
    class), those the list said are cancelled left out; without a class, or with one train
    left, the question as asked of one train (which train, which class)."""

    async def several(ctx: Context, request: R, trains: list[str]) -> Outcome:
        listed = {item.train: item for item in ctx.subject.listed} if ctx.subject else {}
        # a train the list said is cancelled that day is never offered again
        running = [train for train in trains if not (train in listed and listed[train].cancelled)]
        if request.slots.get("class") is None or len(running) < 2:
            return await handler(ctx, request)
        asked: list[R] = []
        for train in running:
            item = listed.get(train)
            own = asked_of(item, request, ctx.subject, today=ctx.today) if item else None
            asked.append(own if isinstance(own, type(request)) else request.with_slots(
                {"train": train}
            ))
        return await _each(handler, ctx, asked, running, passing=True)

    return several


async def _each(
    handler: Handler[R], ctx: Context, asked: list[R], trains: list[str], *, passing: bool = False
) -> Outcome:
    """Each request's answer in one message; a question a handler asks back is the answer,
    unless `passing` (a train without the class asked is passed over while another answers,
    and said so first)."""
    said: list[str] = []
    passed: list[str] = []
    quick: dict[str, list[QuickReply]] = {}
    shown: Subject | None = None  # the first train's: what a follow-up is about
    asked_back: Outcome | None = None
    for request, train in zip(asked, trains, strict=True):
        try:
            outcome = await handler(ctx, request)
        except AskUser as question:
            if not passing:
                return question.outcome
            asked_back = asked_back or question.outcome
            if question.pending.asking == "class":
                passed.append(await _without_the_class(ctx, request, train))
            continue
        shown = shown or outcome.subject or Subject.of(request)
        for reply in outcome.replies:
            said.extend(line for line in reply.text.splitlines() if line not in said)
            for button in reply.quick_replies:
                quick.setdefault(button.title, []).append(button)
    if not said and asked_back is not None:
        return asked_back
    # A title that stands for one train's button in each ("Route") would be ambiguous.
    unique = [found[0] for found in quick.values() if len(found) == 1]
    text = lines(*passed, *said)
    answer = say(Reply(text=text, quick_replies=tuple(unique[:MAX_QUICK_REPLIES]), shows_card=True))
    if shown is None:
        return answer
    return answer.about(shown.model_copy(update={"several": tuple(trains)}))


async def _without_the_class(ctx: Context, request: R, train: str) -> str:
    """ "22691 has no SL." of a listed train passed over for lacking the class asked of each;
    "22691 has 3A, but 3A isn't sold for this journey." of one whose timetable lists it."""
    journey_class = str(request.slots.get("class") or "")
    if journey_class and journey_class in await train_classes(ctx, train):
        return t(ctx.language, "several.class_not_sold", train=train, journey_class=journey_class)
    return t(ctx.language, "several.no_class", train=train, journey_class=journey_class)
