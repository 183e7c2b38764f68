"""A vague opening: a message that says only that a train, or a journey, is wanted ("I need a
train", "train chahiye", "मुझे ट्रेन चाहिए", "kal jana hai"), perhaps with its day. It asks for
the trains of a journey whose ends are still to say, so that the bot asks for them (where from,
then where to) rather than saying it did not understand. One that says only that something is
to be asked about a train ("train ke baare me poochna tha", "I have a question about my train",
"मुझे एक ट्रेन के बारे में पूछना है") is answered with which train, and what can be checked."""

from __future__ import annotations

from typing import Final

from app.bot.requests import Help, OutOfScope, Request, TrainsBetween, Unknown
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


# Words that say something is to be asked or known about it, and the filler around them.
_ABOUT: Final = frozenset(
    {"about", "regarding", "question", "questions", "query", "doubt", "ask", "asking", "info",
     "information", "details", "detail", "baare", "bare", "baré", "sawal", "sawaal", "savaal",
     "prashn", "prashna", "jankari", "jaankari", "janakari", "poochna", "puchna", "poochhna",
     "puchhna", "pooch", "puch", "poochni", "puchni", "janna", "jaanna", "jaanana", "janana",
     "check", "checking", "know", "enquire", "enquiry", "inquire", "inquiry", "pata", "pta",
     "maloom", "malum"}
)  # fmt: skip
_ASKING_FILLER: Final = frozenset(
    {"have", "got", "had", "tha", "thi", "the", "hu", "hun", "hoon", "main", "mai", "mein",
     "me", "se", "sambandhit", "related", "kuch", "something", "can", "could", "you", "tell",
     "want", "wanted", "with", "on", "of", "in", "our", "thoda", "kya", "do", "ji", "bhai",
     "sir", "madam", "hello", "hi", "namaste", "kuchh", "lena", "leni", "chahta", "chahti",
     "chahiye", "hain", "mujhko", "hume", "humko", "hamko", "andar", "dijiye", "de",
     "dena", "dedo", "bata", "bataye", "bataiye", "batana", "batado", "batayiye", "dijie", "bataie",
     "bataen", "batayen"}
)  # fmt: skip
# Words that make a train one's own ("meri train", "apni gaadi", "my train"): a train to say,
# not one to find for a journey; and what is asked of one's own train ("kya haal hai").
_MINE: Final = frozenset(
    {"meri", "mera", "mere", "apni", "apna", "apne", "my", "our", "hamari", "humari", "hamara",
     "humara", "hamare", "humare"}
)  # fmt: skip
_HOW_IT_IS: Final = frozenset({"haal", "hal", "khabar", "update", "updates", "kaisi", "kaise"})


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
    if not words.isdisjoint(_MINE) and words.isdisjoint(_GOING):
        return False  # "meri train ka batao": a train of one's own, which one to say
    return not words.isdisjoint(_TRAIN | _GOING) and words <= _TRAIN | _GOING | _WANTING


def journey_wanted(understood: Understood) -> TrainsBetween:
    """The trains of a journey still to say, on the day the message gives, if any."""
    return TrainsBetween.from_slots({"date": understood.details.get("date")})


def asks_about_a_train(understood: Understood) -> bool:
    """Whether a message not understood says only that something is to be asked about a train
    ("train ke baare me poochna tha", "I have a question about my train"): a word for a train, a
    word for asking about it (or one's own train, "meri train ka batao", "meri gaadi ka kya haal
    hai"), nothing else asked, no place, train or PNR, whatever the words were guessed to ask
    ("train ke bare me puchna hai" is no alert)."""
    request = understood.request
    if request.slots or understood.numbered or understood.train_name:
        return False
    if understood.details or understood.pick is not None:
        return False
    words = understood.words
    said = _TRAIN | _ABOUT | _WANTING | _ASKING_FILLER | _MINE | _HOW_IT_IS
    about = words & _ABOUT or words & _MINE
    return not words.isdisjoint(_TRAIN) and bool(about) and words <= said


def opened(understood: Understood) -> Request | None:
    """What a vague opening asks: the trains of a journey still to say ("I need a train"), or
    which train and what to check ("train ke baare me poochna tha"); None for anything else."""
    if wants_a_train(understood):
        return journey_wanted(understood)
    if asks_about_a_train(understood):
        return Help(remark="train")
    return None
