"""The conversation: one incoming message (text, tap, location, attachment) → the replies.

A message flows one way: the conversation state is loaded, the message is read into a request
(`turns`: a tap's payload is unpacked, text is understood, and a message that answers the
question the bot asked last fills that question's request), the router hands the request to its
handler once, and what the handler asks in turn is remembered as the conversation state.
`respond` never raises, except when the store cannot be reached (`app.store.STORE_ERRORS`): the
caller retries then.

Every answer is in the person's language: the one they chose ("हिंदी में", "reply in english",
the language button), else the one their message is written in (Devanagari: Hindi), else the one
the conversation was in (a PNR typed alone, a tap). A choice is kept before the request is
answered, so that its confirmation is already in the new language.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from app.bot.earlier_train import earlier_train_named
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.smalltalk import IMPATIENT, gist_of
from app.bot.handlers.way_back import fare_back
from app.bot.incoming import Incoming
from app.bot.kept_for_later import settled_fare
from app.bot.other_train_named import other_train_named
from app.bot.quick_replies import on_last
from app.bot.replied import replied_key, subject_replied_to, with_turn
from app.bot.replies import Reply, apology
from app.bot.requests import (
    CannotDo,
    ChooseLanguage,
    Explain,
    Fare,
    ForgetMe,
    Greeting,
    OutOfScope,
    Request,
    Reset,
    Thanks,
    TrainsBetween,
    Unknown,
)
from app.bot.router import Router, default_router
from app.bot.shown_cards import cards_shown, without_cards_shown
from app.bot.state import Conversation, ConversationState, Listed, Pending, Subject
from app.bot.turns import Turn, journey_of, read, read_link
from app.bot.understanding import Understand, understand_message
from app.bot.understanding.mistyped import with_mistyped
from app.bot.understanding.place_words import with_place_words
from app.bot.understanding.subject import in_context
from app.bot.understanding.text import MAX_TEXT_CHARS, clean
from app.bot.understanding.understood import Understood
from app.constants import ALERTS_LAST_PNR_PREFIX
from app.i18n import t
from app.i18n.language import DEFAULT_LANGUAGE, Language
from app.i18n.preference import LanguagePreferences
from app.observability import mask_pnr
from app.railways.provider import Provider
from app.railways.stations import StationIndex
from app.store import STORE_ERRORS, Clock, Store

log = logging.getLogger(__name__)


def staged_keys(user_id: str) -> tuple[str, ...]:
    """The person's keys that answering their message reads or writes (see `app.staging`): the
    language, the conversation state, the last PNR looked up, what recent answers were about."""
    return (
        LanguagePreferences.key(user_id),
        ConversationState.key(user_id),
        ALERTS_LAST_PNR_PREFIX + user_id,
        replied_key(user_id),
    )


class Bot:
    """Answers one user's message at a time (the worker holds the user's lock)."""

    def __init__(
        self,
        provider: Provider,
        index: StationIndex,
        store: Store,
        *,
        clock: Clock,
        tz: ZoneInfo,
        router: Router | None = None,
        understand: Understand = understand_message,
    ) -> None:
        self._provider = provider
        self._index = index
        self._store = store
        self._clock = clock
        self._tz = tz
        self._understand = understand
        self._state = ConversationState(store)
        self._languages = LanguagePreferences(store)
        self.router = router or default_router()

    async def respond(self, incoming: Incoming) -> list[Reply]:
        started = time.perf_counter()
        language: list[Language] = [DEFAULT_LANGUAGE]  # filled in as soon as it is known
        try:
            replies, intent = await self._respond(incoming, language)
        except STORE_ERRORS:
            # The conversation state is out of reach for a moment: the worker tries again once
            # it is back, instead of the traveller getting an apology for a blip.
            raise
        except Exception as exc:
            # The traceback goes out masked, as text: whatever formats this record, the
            # exception's message (which may quote a PNR) is never logged raw.
            log.error(
                "the bot could not answer: %s: %s",
                type(exc).__name__,
                mask_pnr(str(exc))[:300],
                extra={"user": incoming.user_id, "trace": mask_pnr(traceback.format_exc())},
            )
            return [apology(language[0])]
        log.info(
            "answered",
            extra={
                "user": incoming.user_id,
                "intent": intent,
                "replies": len(replies),
                "ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return replies or [apology(language[0])]

    async def _respond(
        self, incoming: Incoming, language: list[Language]
    ) -> tuple[list[Reply], str]:
        now = dt.datetime.fromtimestamp(self._clock(), self._tz)
        user = incoming.user_id
        # What is known of the person, in one round trip: their language, their conversation,
        # what the bot's recent answers to them were about.
        raw_language, raw_state, raw_replied = await self._store.mget(
            [self._languages.key(user), self._state.key(user), replied_key(user)]
        )
        preference = self._languages.read(user, raw_language)
        tapped = incoming.payload is not None and bool(incoming.payload.strip())
        said = clean(incoming.text)
        language[0] = preference.tap_in(said) if tapped else preference.reply_in(said)
        ctx = Context(
            self._provider,
            self._index,
            now,
            user,
            store=self._store,
            language=language[0],
            reachable_later=incoming.reachable_later,
        )
        conversation = await self._state.read(user, raw_state)
        quoted = subject_replied_to(raw_replied, incoming.reply_to)
        if quoted is not None:
            # A reply to an earlier message (a train card swiped, "is it late?"): about what that
            # message was about, not what the conversation moved on to since, nor its question.
            conversation = conversation.model_copy(update={"subject": quoted, "pending": None})
        ctx = replace(
            ctx,
            subject=conversation.subject,
            answered=conversation.answered,
            last_gist=conversation.gist,
            hurried=conversation.hurried,
        )
        turn = read(ctx, incoming, conversation.pending, self._understand)
        if incoming.ref is not None and _greets(turn):
            # Get Started, or "hi", from an m.me link: what the link's ref asks, if anything
            turn = read_link(turn.ctx, incoming.ref, self._understand) or turn
        if not tapped and turn.outcome is None and turn.request is not None:
            # "ndls", "bpl ndls" after a Hindi question: station codes, no words of the
            # person's own, answered in the conversation's language
            again = preference.reply_in(said, _codes_named(turn.request))
            if again != language[0]:
                language[0] = again
                turn = replace(turn, ctx=replace(turn.ctx, language=again))
        chosen = turn.request.language if isinstance(turn.request, ChooseLanguage) else None
        if chosen is not None:
            preference = await self._languages.choose(user, chosen, today=now.date())
            language[0] = chosen
            turn = replace(turn, ctx=replace(turn.ctx, language=chosen))
        if turn.outcome is not None:
            outcome = turn.outcome
        else:
            assert turn.request is not None
            # "going back to the kaveri, till where does it run?": the earlier train's question
            request = await earlier_train_named(turn.ctx, turn.request) or turn.request
            turn = replace(turn, request=request)
            if conversation.pending is None and not turn.more:
                # "is the kaveri late?" while 12627 is in focus: the Kaveri Express's
                turn = await self._other_train_named(turn, incoming)
                assert turn.request is not None
                request = turn.request
            outcome = await self.router.dispatch(turn.ctx, request)
        if turn.noted and outcome.pending is not None and outcome.replies:
            outcome = _noting(turn, outcome)
        subject = _subject_after(conversation.subject, turn, outcome)
        waiting = conversation.pending
        outcome = _then_kept(waiting, outcome)
        if waiting is not None and isinstance(turn.request, Thanks):
            subject = _asked_about(subject, waiting)
        subject = _chosen_from(subject, turn, outcome, waiting)
        if waiting is not None and waiting.then and _answered(waiting, turn, outcome):
            # The train chosen: the message's other asks about it, answered now, with what the
            # answer settled ("3A aur 2A" asked which train: 2A of the train chosen too).
            assert turn.request is not None
            then = (_settled_as(request, turn.request) for request in waiting.then)
            turn = replace(turn, more=tuple(Understood(request) for request in then))
        turn = _fare_back(turn, outcome)
        if turn.more:
            outcome, subject = await self._more(turn, outcome, subject)
        cards = cards_shown(outcome.replies)
        outcome = replace(outcome, replies=without_cards_shown(outcome.replies, conversation.cards))
        writes: dict[str, tuple[str, float | None]] = {}
        deletions: list[str] = []
        remembered = self._remember(conversation, turn, outcome, subject, cards)
        if remembered is not None:
            stored = self._state.stored(remembered)
            if stored is None:
                deletions.append(self._state.key(user))
            else:
                writes[self._state.key(user)] = stored
        forgotten = isinstance(turn.request, ForgetMe) and turn.request.answer == "yes"
        if not forgotten:  # after "forget me", nothing is written about the person again
            updated = self._languages.after(preference, used=language[0], today=now.date())
            if updated is not None:
                writes[self._languages.key(user)] = self._languages.stored(updated)
            if incoming.mid and subject is not None and not subject.empty:
                # What this answer was about, for a reply that quotes it (or this message) later.
                writes[replied_key(user)] = with_turn(raw_replied, incoming.mid, subject)
        if writes or deletions:  # in one round trip
            await self._store.set_many(writes, delete=deletions)
        # Messenger shows quick replies under the last message only: an answer's all go there.
        replies = on_last(outcome.replies, language[0], asking=outcome.pending is not None)
        return replies, turn.label

    async def _other_train_named(self, turn: Turn, incoming: Incoming) -> Turn:
        """`turn` read again as about the train a word of its name says ("is the kaveri
        late?" while 12627 is in focus): that train's number when it is the only one of that
        name, else its question with the train to choose among those of the name."""
        assert turn.request is not None
        named = await other_train_named(turn.ctx, turn.request)
        if named is None:
            return turn
        word, numbers = named
        text = f"{numbers[0]} {turn.ctx.text}"
        again = read(turn.ctx, incoming.model_copy(update={"text": text}), None, self._understand)
        if again.request is None or again.outcome is not None or again.more:
            return turn
        if again.request.slots.get("train") != numbers[0]:
            return turn
        ctx = replace(again.ctx, text=turn.ctx.text)
        if len(numbers) == 1:
            return replace(again, ctx=ctx)
        # "rajdhani" alone while another train is in focus: which of them, by name
        request = again.request.with_slots({"train": None})
        return replace(again, ctx=replace(ctx, train_name=word), request=request)

    async def _more(
        self, turn: Turn, first: Outcome, subject: Subject | None
    ) -> tuple[Outcome, Subject | None]:
        """The further asks of one message answered after the first, each read against what the
        one before showed: the answers in the order asked, then a question any of them left
        open (the last one asked is the one waiting)."""
        answers, questions = _sorted_replies([], [], first)
        pending = first.pending
        more, later = list(turn.more), []
        if pending is not None:
            # "Which Karnataka Express?": the asks about the same train wait for the choice,
            # and the same question in another class ("fare 3A aur 2A") for the answer, instead
            # of the same question asked again beside the first.
            later = [ask.request for ask in more if _waits_for(pending, ask)]
            more = [ask for ask in more if not _waits_for(pending, ask)]
            pending = pending.model_copy(update={"then": (*pending.then, *later)})
        shown = [subject.pnr] if subject is not None and subject.pnr else []
        trains = [subject.train] if subject is not None and subject.train else []
        listed = subject.listed if subject is not None else ()
        fares = [_fare_shown(subject)]
        for understood in more:
            ctx = replace(
                turn.ctx,
                subject=subject,
                train_name=understood.train_name,
                journey=journey_of(understood),
            )
            request = in_context(understood, subject, today=ctx.today)
            request = with_mistyped(with_place_words(request, turn.ctx.text, ctx.index), ctx.text)
            outcome = await self.router.dispatch(ctx, request)
            answers, questions = _sorted_replies(answers, questions, outcome)
            pending = outcome.pending or pending
            subject = _subject_after(subject, replace(turn, request=request), outcome)
            if subject is not None and subject.pnr and subject.pnr not in shown:
                shown.append(subject.pnr)
            if subject is not None and subject.train and subject.train not in trains:
                trains.append(subject.train)
            fares.append(_fare_shown(subject))
        classes = _classes_of_one_journey(fares)
        if subject is not None and len(classes) > 1:
            subject = subject.model_copy(update={"classes": classes})
        if subject is not None and len(shown) > 1:  # several bookings: "the first one" points
            subject = subject.model_copy(update={"pnrs": tuple(shown)})
        elif subject is not None and len(trains) > 1 and subject.listed == listed:
            # several trains, each answered ("12627 aur 12951 kahan hai"): "pehli wali" is the
            # first of them as they were shown, not the one shown last
            subject = subject.model_copy(update=_trains_shown(trains))
        return Outcome(_noted_once(turn.ctx.language, answers + questions), pending), subject

    # --- the question left open ------------------------------------------------------------------

    def _remember(
        self,
        conversation: Conversation,
        turn: Turn,
        outcome: Outcome,
        subject: Subject | None,
        cards: tuple[str, ...] = (),
    ) -> Conversation | None:
        """What to keep of the conversation: the question left open, if any, the subject of
        what was answered (`subject`) and the cards it showed; None when nothing needs writing."""
        pending = conversation.pending
        asked = outcome.pending
        if asked is not None:
            # The words that led here, so that a later question can still say "Which Delhi?".
            said = turn.said.strip()[:MAX_TEXT_CHARS]
            pending = asked.model_copy(update={"said": said})
        elif not turn.keep:
            pending = None
        # The answer just said, when this turn answered about the railway (its subject is new):
        # what a language chosen next says again; nothing after a greeting or a question.
        fresh = asked is None and subject is not None and subject is not conversation.subject
        answered = subject.request if fresh and subject is not None else None
        if turn.label == IMPATIENT:  # the answer hurried for is still the last one
            gist, hurried = conversation.gist, conversation.hurried + 1
        else:
            # (nothing kept after "forget me" or "reset", nor of a message not understood)
            answer = not isinstance(turn.request, Unknown | OutOfScope | ForgetMe | Reset)
            # (and only of an answer about something: a greeting alone writes no state)
            answer = answer and (subject is not None or pending is not None)
            gist, hurried = (gist_of(outcome.replies) if answer else ""), 0
        remembered = Conversation(
            pending=pending,
            subject=subject,
            answered=answered,
            cards=cards,
            gist=gist,
            hurried=hurried,
        )
        if remembered != conversation or subject is not None:
            # Saved again even unchanged while there is a subject: it lasts as long as the
            # conversation goes on.
            return remembered
        return None


def _codes_named(request: Request) -> tuple[str, ...]:
    """The station codes a request was read to name ("NDLS" of "ndls"), each as a word of the
    message could be it: what says nothing of the language its writer reads."""
    found: list[str] = []
    for value in request.slots.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.isalpha() and item.isupper() and len(item) <= 5:
                found.append(item)
    return tuple(found)


def _fare_shown(subject: Subject | None) -> tuple[object, str] | None:
    """The journey (train, ends, date) and class of the fare an answer showed; None if none."""
    if subject is None or not isinstance(subject.request, Fare) or not subject.journey_class:
        return None
    journey = (subject.train, subject.journey, subject.date, subject.quota)
    return journey, subject.journey_class


def _classes_of_one_journey(fares: Sequence[tuple[object, str] | None]) -> tuple[str, ...]:
    """The classes of the fares one message's answers showed, in order, when every answer was a
    fare of the same journey in a class; none otherwise."""
    if not fares or None in fares:
        return ()
    shown = [fare for fare in fares if fare is not None]
    if len({journey for journey, _ in shown}) != 1:
        return ()
    return tuple(dict.fromkeys(journey_class for _, journey_class in shown))


def _trains_shown(trains: Sequence[str]) -> dict[str, object]:
    """The subject's list, of the trains one message's answers showed one after the other."""
    listed = tuple(Listed(train=train) for train in trains)
    return {"listed": listed, "listed_from": 1, "listing": None, "more_from": 0}


def _waits_for(pending: Pending, ask: Understood) -> bool:
    """Whether a further ask of a message waits for the answer to the question the first left
    open: an ask about the train being chosen, or the same question as the first in another
    class (or PNR, or train) that lacks the same detail."""
    if pending.asking == "train" and pending.options and _of_the_train_chosen(ask):
        return True
    request, first = ask.request, pending.request
    if type(request) is not type(first) or request.slots.get(pending.asking) is not None:
        return False
    apart = {"class", "pnr", "train", pending.asking}
    own = {slot: value for slot, value in request.slots.items() if slot not in apart}
    return own == {slot: value for slot, value in first.slots.items() if slot not in apart}


def _fare_back(turn: Turn, outcome: Outcome) -> Turn:
    """The trains back on a day said ("return train on the 12th" after a fare in 3A) followed by
    each one's fare in the onward class, never "which class?" asked again of it."""
    request = turn.request
    if turn.more or outcome.pending is not None or not isinstance(request, TrainsBetween):
        return turn
    fare = fare_back(request)
    if fare is None or outcome.subject is None or not outcome.subject.listed:
        return turn  # no train back that day: said once, never a fare's "which train?" after
    settled = settled_fare(fare, request)
    if request.cities:
        # city to city (22691 gets to Nizamuddin, 12627 to New Delhi): each listed train's
        # fare from and to its own stations on the list, never one station's for all
        settled = settled.model_copy(update={"borrowed": True})
    return replace(turn, more=(Understood(settled),))


def _greets(turn: Turn) -> bool:
    """Whether the person only said hello (Get Started, a thread reopened, "hi"), or nothing:
    what an m.me link they came by asks is answered then, never instead of a question."""
    return isinstance(turn.request, Greeting) or turn.label == "empty"


def _then_kept(waiting: Pending | None, outcome: Outcome) -> Outcome:
    """The outcome with the asks the waiting question was to be followed by, when answering it
    led to a further question of the same request ("sleeper" asked which class, then which
    day): still to follow its answer, never dropped on the way."""
    asked = outcome.pending
    if waiting is None or not waiting.then or asked is None or asked.then:
        return outcome
    if type(asked.request) is not type(waiting.request):
        return outcome
    return replace(outcome, pending=asked.model_copy(update={"then": waiting.then}))


def _settled_as(request: Request, answered: Request) -> Request:
    """A further ask of the message, with what answering the question settled for the first
    (the train chosen, the station): the details it lacks, of the same question; its own class
    kept."""
    if isinstance(request, Fare) and not isinstance(answered, Fare):
        return settled_fare(request, answered)  # "3A" kept while asked where from: its fare
    if type(request) is not type(answered):
        return request
    missing = {
        slot: value
        for slot, value in answered.slots.items()
        if request.slots.get(slot) is None and slot != "class"
    }
    return request.with_slots(missing) if missing else request


def _of_the_train_chosen(ask: Understood) -> bool:
    """Whether an ask is about a train it does not name, so about the one being chosen."""
    request = ask.request
    takes = "train" in type(request).slot_names()
    return takes and request.slots.get("train") is None and not ask.train_name


def _answered(waiting: Pending, turn: Turn, outcome: Outcome) -> bool:
    """Whether `turn` answered the question `waiting` asked: its request, filled, and answered
    without a further question."""
    request = turn.request
    if request is None or outcome.pending is not None or type(request) is not type(waiting.request):
        return False
    if request.slots.get(waiting.asking) is not None:
        return True
    # answered with another detail that settled it ("12627" asked where from): all the question
    # knew, and more
    kept = all(request.slots.get(slot) == value for slot, value in waiting.request.slots.items())
    return kept and len(request.slots) > len(waiting.request.slots)


def _noting(turn: Turn, outcome: Outcome) -> Outcome:
    """The question asked again after a reply that gave other details than the one asked, led
    by those details, so that the traveller sees they were kept ("Noted: 3A, Fri 4 Dec.")."""
    noted = t(turn.ctx.language, "ask.noted", details=", ".join(turn.noted))
    first, *rest = outcome.replies
    led = first.model_copy(update={"text": f"{noted}\n{first.text}"})
    return replace(outcome, replies=(led, *rest))


def _noted_once(language: Language, replies: list[Reply]) -> tuple[Reply, ...]:
    """The replies with the sample railway's note on the last that has it only: one note for
    answers that come one after the other."""
    note = t(language, "source.sample")
    marked = [n for n, reply in enumerate(replies) if note in reply.text]
    for n in marked[:-1]:
        text = "\n".join(line for line in replies[n].text.split("\n") if line != note)
        replies[n] = replies[n].model_copy(update={"text": text})
    return tuple(replies)


def _sorted_replies(
    answers: list[Reply], questions: list[Reply], outcome: Outcome
) -> tuple[list[Reply], list[Reply]]:
    """Answers first, questions last: the question waiting is the last thing said."""
    if outcome.pending is not None:
        return answers, [*questions, *outcome.replies]
    return [*answers, *outcome.replies], questions


def _chosen_from(
    subject: Subject | None, turn: Turn, outcome: Outcome, waiting: Pending | None
) -> Subject | None:
    """The subject with the choice of trains of one name its train was chosen from (by a tap,
    a number, a way, or "the other one"), for the next message to choose again among them."""
    choice = turn.ctx.choosing
    if choice is None and waiting is not None and waiting.asking == "train":
        choice = waiting if _answered(waiting, turn, outcome) else None
    if subject is None or choice is None or len(choice.options) < 2:
        return subject
    if subject.train not in choice.options:
        return subject
    return subject.model_copy(update={"choice": choice})


def _asked_about(subject: Subject | None, waiting: Pending) -> Subject | None:
    """The subject once the question left open is let go ("thanks", "bye" to "Which class?"):
    what that question was about (its train, its journey), so that "2A?" next is its fare,
    never the train before it."""
    asked = Subject.of(waiting.request)
    if asked.model_copy(update={"request": None}).empty:
        return subject
    return subject.then(asked) if subject is not None else asked


def _subject_after(subject: Subject | None, turn: Turn, outcome: Outcome) -> Subject | None:
    """What the conversation is about once `outcome` is said: what it showed, on top of what was
    known before; unchanged while a question is open (unless the answer before it says what it
    showed: the trains back, then which day) or when nothing railway was answered; nothing after
    starting over or asking to be forgotten."""
    if isinstance(turn.request, Reset | ForgetMe):
        return None
    if turn.request is None or (outcome.pending is not None and outcome.subject is None):
        return subject
    shown = outcome.subject or Subject.of(turn.request)
    if isinstance(turn.request, CannotDo | OutOfScope) and turn.ctx.mentioned is not None:
        # "book a ticket from delhi to mumbai": not answered, but what "ok show the trains" and
        # "tatkal fare?" are about next.
        shown = turn.ctx.mentioned
    # "and GNWL?" asks the next word; "kitne din me aayega?" after a refund's answer, its time.
    explained = isinstance(turn.request, Explain | CannotDo)
    # "chennai se bangalore": a journey between cities shows no one station, but is a subject
    # all the same ("kal ka?" asks it again for tomorrow).
    journey = shown.request is not None and bool({"from", "to"} & set(shown.request.slots))
    if shown.empty or (
        shown.model_copy(update={"request": None}).empty and not explained and not journey
    ):
        return subject
    return subject.then(shown) if subject is not None else shown
