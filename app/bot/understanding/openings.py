"""A vague opening: a message that says only that a train, or a journey, is wanted ("I need a
train", "train chahiye", "मुझे ट्रेन चाहिए", "kal jana hai"), perhaps with its day. It asks for
the trains of a journey whose ends are still to say, so that the bot asks for them (where from,
then where to) rather than saying it did not understand."""

from __future__ import annotations

from typing import Final

from app.bot.requests import OutOfScope, TrainsBetween, Unknown
from app.bot.understanding.understood import Understood

# Words for a train, or for going somewhere by one.
_TRAIN: Final = frozenset(
    {"train", "trains", "gaadi", "gadi", "gaddi", "gaadiyan", "rail", "railgaadi", "relgadi"}
)
_GOING: Final = frozenset(
    {"travel", "travelling", "traveling", "journey", "trip", "jana", "jaana", "jaani", "jani",
     "safar", "yatra", "jaunga", "jaungi", "nikalna"}
)  # fmt: skip
# Words that say it is wanted, and the filler around them.
_WANTING: Final = frozenset(
    {"need", "needs", "want", "wanted", "looking", "for", "find", "search", "chahiye", "chahie",
     "chaiye", "chahiya", "chahte", "chahta", "chahti", "dhundo", "dhoondo", "batao", "bataiye",
     "i", "a", "an", "the", "to", "me", "my", "am", "is", "please", "pls", "plz", "mujhe", "muje",
     "hume", "humein", "hamein", "mera", "meri", "ek", "koi", "hai", "h", "ki", "ka", "ke",
     "kahin", "kahi", "somewhere", "some", "help", "by", "karna", "karni"}
)  # fmt: skip


def wants_a_train(understood: Understood) -> bool:
    """Whether a message not understood says only that a train or a journey is wanted, with at
    most its day: nothing else asked, no place, train or PNR."""
    request = understood.request
    guessed = isinstance(request, OutOfScope) and "out_of_scope" not in understood.keywords
    if not (isinstance(request, Unknown) or guessed) or understood.numbered:
        return False
    if set(understood.details) - {"date"} or understood.pick is not None:
        return False
    words = understood.words - set(understood.date_word.split())
    return bool(words & (_TRAIN | _GOING)) and words <= _TRAIN | _GOING | _WANTING


def journey_wanted(understood: Understood) -> TrainsBetween:
    """The trains of a journey still to say, on the day the message gives, if any."""
    return TrainsBetween.from_slots({"date": understood.details.get("date")})
