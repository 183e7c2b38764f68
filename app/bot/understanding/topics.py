"""Railway questions answered with words rather than data: what a railway word means (`explain`:
"RAC kya hai", "what does GNWL mean", "chart prepared matlab"), and what RailBot cannot do for a
traveller (`cannot_do`: booking, cancelling a ticket, refunds, Tatkal booking, a lost ticket, a
complaint, customer care), so that it says where to go instead of starting a search it cannot
finish.

Words are compared as the understanding reads them (lower case, Devanagari romanised).
"""

from __future__ import annotations

from typing import Final

from app.bot.requests.talk import Task, Term
from app.bot.understanding.lexicon import Hint
from app.bot.understanding.reading import Parse


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# --- railway words ------------------------------------------------------------------------------
# A word → the term it names. "waiting list" and "chart prepared" are read word by word.
_TERMS: Final[dict[str, Term]] = {
    "rac": "RAC",
    "wl": "WL",
    "waitlist": "WL",
    "waitlisted": "WL",
    "waiting": "WL",
    "gnwl": "GNWL",
    "rlwl": "RLWL",
    "pqwl": "PQWL",
    "tqwl": "TQWL",
    "rswl": "RSWL",
    "cnf": "CNF",
    "chart": "CHART",
    "charting": "CHART",
    "tatkal": "TATKAL",
    "tatkaal": "TATKAL",
    "pnr": "PNR",
    "quota": "QUOTA",
    "kota": "QUOTA",
    "berth": "BERTH",
    "berths": "BERTH",
    "nosb": "NOSB",
    "regret": "REGRET",
}
# Status codes, which typed alone ask what they mean ("GNWL?"); and words that are also
# features, whose meaning is asked only in so many words ("what is a PNR", not "my pnr").
_CODES: Final[frozenset[Term]] = frozenset(
    {"RAC", "WL", "GNWL", "RLWL", "PQWL", "TQWL", "RSWL", "CNF", "NOSB", "REGRET"}
)
_FEATURES: Final[frozenset[Term]] = frozenset({"PNR", "CHART", "TATKAL", "PREMIUM_TATKAL"})
# Words that ask what something means.
_MEANING: Final = _words(
    "meaning means mean matlab matlb arth explain explained definition define stand stands"
    " full form hota hoti"
)
# Words that make a question about a feature's word a question about one's own booking.
_MINE: Final = _words("my mera meri mere mujhe hamara hamari apna apni")


def explained_term(p: Parse) -> Term | None:
    """The railway word a message asks the meaning of, if it asks one: the term with a word of
    meaning ("RAC kya hai", "GNWL means?", "what is chart prepared"), or the term alone."""
    if p.pnr is not None or p.train is not None or (p.places and not _named_as_term(p)):
        return None
    terms = [_TERMS[word] for word in _ordered_words(p) if word in _TERMS]
    if p.quota == "PT":
        terms.insert(0, "PREMIUM_TATKAL")
    elif p.quota == "TQ" and "TATKAL" not in terms:
        terms.insert(0, "TATKAL")
    if not terms:
        return None
    term = terms[0]
    asks = Hint.WHAT in p.hints or bool(p.words & _MEANING)
    alone = term in _CODES and not p.words - set(_TERMS) - _words("is a the kya hai ka ki ke")
    if not (asks or alone) or (term in _FEATURES and p.words & _MINE):
        return None
    return term


def _named_as_term(p: Parse) -> bool:
    """A place that is also a railway word ("RAC" is a station code): the word wins when the
    message asks a meaning."""
    return all(" ".join(item.words) in _TERMS for item in p.places)


def _ordered_words(p: Parse) -> list[str]:
    return [word for item in p.items for word in item.words]


# --- what RailBot cannot do ----------------------------------------------------------------------
_BOOK: Final = _words("book booking bookings buk")
_TICKET: Final = _words("ticket tickets tikat tkt seat seats berth pnr")
# "I want to", "how do I", "karna hai", "kar do": asking for something to be done.
_WANT: Final = _words(
    "want wanna need how karna karni karne karo kardo krdo kar karwa karwana karvana karao"
    " please pls plz chahta chahti chahiye chaiye kaise kese sakta sakte sakti do"
)
_CANCEL: Final = _words("cancel cancellation cancelation cancelled canceled radd")
_REFUND: Final = _words("refund refunds refunded tdr riphand rifand")
_BACK: Final = _words("wapas vapas wapis vapis")  # "paisa wapas": money back
_MONEY: Final = _words("paisa paise paisay amount money rupees rupaye")
_LOST: Final = _words("lost lose kho khoya khoyi khogaya gum gumm missing misplaced")
_COMPLAINT: Final = _words("complaint complaints complain shikayat shikayath grievance railmadad")
_CARE: Final = _words("helpline helpalain")
_CARE_PAIRS: Final = (
    _words("customer care"),
    _words("customer service"),
    _words("contact number"),
    _words("care number"),
    _words("call centre"),
    _words("call center"),
    _words("kastamar keyar"),
)


# Food on a train: ordered through IRCTC eCatering, never by RailBot.
_FOOD: Final = _words(
    "food khana khaana khane khaane meal meals catering ecatering pantry lunch dinner breakfast"
    " nashta naashta thali bhojan"
)
_ORDER: Final = _words("order mangwana mangana mangao mangwao deliver delivery")


def task(p: Parse) -> Task | None:
    """What the message asks RailBot to do that it cannot, if anything."""
    words = p.words
    ticket = bool(words & _TICKET) or Hint.TICKET in p.hints
    if words & _COMPLAINT:
        return "complaint"
    if words & _CARE or any(pair <= words for pair in _CARE_PAIRS):
        return "care"
    if words & _REFUND or (words & _BACK and (ticket or words & _MONEY)):
        return "refund"
    if words & _LOST and ticket:
        return "lost_ticket"
    if words & _CANCEL and ticket and words & _WANT:
        return "cancellation"
    if words & _BOOK and not words & _words("status"):
        return "tatkal" if p.quota in ("TQ", "PT") else "booking"
    on_a_train = p.train is not None or p.pnr is not None or Hint.TRAIN in p.hints
    if words & _FOOD and (on_a_train or words & _ORDER):
        return "food"  # "order food in 12627", "12627 mein khana", "train mein khana order"
    return None


# --- will a booking be confirmed -----------------------------------------------------------------
_CONFIRM: Final = _words(
    "confirm confirmed confirmation confirmations conform cnf kanfarm kanfirm confarm"
)
_CHANCE: Final = _words(
    "will chance chances chans probability prediction predict likely hoga hogi hoge hojayega"
    " hojayegi jayega jayegi kitna kitne kitni possible sambhavna umeed ummeed percent"
)


def asks_chance(p: Parse) -> bool:
    """Whether the message asks if a booking will be confirmed ("will it confirm?", "confirm
    hoga?", "कन्फर्म होने के चांस"), rather than for its status."""
    return p.train is None and bool(p.words & _CONFIRM) and bool(p.words & _CHANCE)
