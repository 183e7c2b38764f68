"""Requests that are conversation rather than railway questions."""

from __future__ import annotations

from typing import Annotated, Final, Literal, get_args

from pydantic import BeforeValidator

from app.bot.requests.base import NOT_A_SLOT, Intent, Part, Request
from app.i18n.language import Language, is_language


def _language(value: object) -> Language | None:
    return value if is_language(value) else None


LanguageField = Annotated[Language | None, BeforeValidator(_language)]


class Greeting(Request):
    """Hello, or the Get Started button (`GET_STARTED`)."""

    intent = Intent.GREETING
    menu = "GET_STARTED"


# Small talk about RailBot itself, answered as help: who or what it is ("what is your name",
# "are you a robot"), or a verdict on it ("you are useless").
# "who": who the bot is; "verdict": told it is no good; "train": something to ask about a
# train not yet named.
Remark = Literal["who", "verdict", "train"]


class Help(Request):
    """What can the bot do (`HELP`); with `remark`, asked as small talk about the bot itself."""

    intent = Intent.HELP
    menu = "HELP"

    remark: Annotated[Remark | None, NOT_A_SLOT] = None


class Thanks(Request):
    """Thanks; with `ack`, a message that only acknowledges ("ok", "theek hai"); with `bye`,
    one that says goodbye ("bye", "अलविदा")."""

    intent = Intent.THANKS

    ack: Annotated[bool, NOT_A_SLOT] = False
    bye: Annotated[bool, NOT_A_SLOT] = False


class ChooseLanguage(Request):
    """Answer me in Hindi, or in English (`LANG:hi`); without one, ask which (`LANGUAGE`, the
    language button of the menu)."""

    intent = Intent.LANGUAGE
    prefix = "LANG"
    menu = "LANGUAGE"
    parts = (Part("language", _language),)
    required = 1

    language: LanguageField = None


class OutOfScope(Request):
    """Flights, buses, cabs, hotels, food, recharges, payments: not railway questions; with
    `chat`, small talk with the bot beyond a greeting ("what are you doing", "खाना खाया?");
    with `guessed`, read so only because the examples say its words outside railways far more
    than in railway questions (the classifier), no rule naming another topic: perhaps a
    question of the trip the railway data cannot answer ("kitni bheed hogi", "चाय मिलेगी?")."""

    intent = Intent.OUT_OF_SCOPE

    chat: Annotated[bool, NOT_A_SLOT] = False
    guessed: Annotated[bool, NOT_A_SLOT] = False


class Unknown(Request):
    """A message the bot did not understand as any question; `tapped`, a number alone as small
    as a button's place ("2"), when no button had it: a tap typed."""

    intent = Intent.UNKNOWN

    tapped: Annotated[int | None, NOT_A_SLOT] = None


class Reset(Request):
    """Start over ("cancel", the Cancel button `CANCEL`). `pending` tells whether a question was
    waiting for its answer: without one, "stop" is about PNR alerts."""

    intent = "reset"
    menu = "CANCEL"

    pending: Annotated[bool, NOT_A_SLOT] = False
    # The words said were a stop to alerts ("stop", "band karo"), not only a start over.
    stops_alerts: Annotated[bool, NOT_A_SLOT] = False


def _choice(text: str) -> str | None:
    return text if text in ("yes", "no") else None


class ForgetMe(Request):
    """Delete everything kept about me ("forget me", "delete my data", "मेरा डेटा मिटाओ",
    `FORGET_ME`). Without `answer` the bot asks once to confirm; its Yes and No buttons carry
    the answer (`FORGET:yes`, `FORGET:no`)."""

    intent = Intent.FORGET_ME
    menu = "FORGET_ME"
    prefix = "FORGET"
    parts = (Part("answer", _choice),)

    answer: Annotated[Literal["yes", "no"] | None, NOT_A_SLOT] = None


# What RailBot cannot do for a traveller, each answered with where to go instead.
Task = Literal[
    "booking", "cancellation", "refund", "tatkal", "lost_ticket", "complaint", "care", "food",
    "missed_train", "tdr", "luggage", "pets",
]  # fmt: skip
TASKS: Final[tuple[Task, ...]] = get_args(Task)
# A narrower kind of some tasks, for a more useful answer (not a slot: the task is what is
# asked): a booking's boarding station, a passenger's name or class to change, an IRCTC
# account, money taken with no ticket, a train that runs (a booking on it stands as it is).
Problem = Literal[
    "boarding", "name", "upgrade", "account", "failed_payment", "train_cancelled", "refund_time",
    "train_running",
]
PROBLEMS: Final[tuple[Problem, ...]] = get_args(Problem)
# Railway words RailBot explains.
Term = Literal[
    "RAC", "WL", "GNWL", "RLWL", "PQWL", "TQWL", "RSWL", "CNF", "CHART", "TATKAL",
    "PREMIUM_TATKAL", "PNR", "QUOTA", "BERTH", "NOSB", "REGRET",
]  # fmt: skip
TERMS: Final[tuple[Term, ...]] = get_args(Term)


def _task(value: object) -> Task | None:
    return next((task for task in TASKS if task == value), None)


def _problem(value: object) -> Problem | None:
    return next((problem for problem in PROBLEMS if problem == value), None)


def _term(value: object) -> Term | None:
    text = value.strip().upper() if isinstance(value, str) else None
    return next((term for term in TERMS if term == text), None)


def _terms(value: object) -> tuple[Term, ...]:
    said = value if isinstance(value, list | tuple) else ()
    return tuple(term for item in said if (term := _term(item)) is not None)


class CannotDo(Request):
    """Something RailBot cannot do (book, cancel, refund, Tatkal booking, a lost ticket, a
    complaint, customer care, food on a train): where to go instead (`CANNOT:refund`)."""

    intent = Intent.CANNOT_DO
    prefix = "CANNOT"
    # The problem travels with a button too: "Refund" under a cancelled train's answers is the
    # cancelled train's refund (automatic, no TDR), whatever was shown after it.
    parts = (Part("task", _task), Part("problem", _problem))

    task: Annotated[Task | None, BeforeValidator(_task)] = None
    problem: Annotated[Problem | None, BeforeValidator(_problem), NOT_A_SLOT] = None


class Explain(Request):
    """What a railway word means: RAC, GNWL, chart prepared, Tatkal... (`EXPLAIN:RAC`)."""

    intent = Intent.EXPLAIN
    prefix = "EXPLAIN"
    parts = (Part("term", _term),)

    term: Annotated[Term | None, BeforeValidator(_term)] = None
    # The other words asked about in the same message ("GNWL aur PQWL me kya farak hai").
    also: Annotated[tuple[Term, ...], BeforeValidator(_terms), NOT_A_SLOT] = ()
