"""Railway questions answered with words rather than data: what a railway word means (`explain`:
"RAC kya hai", "what does GNWL mean", "chart prepared matlab"), and what RailBot cannot do for a
traveller (`cannot_do`: booking, cancelling a ticket, refunds, Tatkal booking, a lost ticket, a
complaint, customer care), so that it says where to go instead of starting a search it cannot
finish.

Words are compared as the understanding reads them (lower case, Devanagari romanised).
"""

from __future__ import annotations

import re
from collections.abc import Set
from typing import Final

from app.bot.requests.talk import Problem, Task, Term
from app.bot.understanding import lexicon as lx
from app.bot.understanding.lexicon import ARRIVAL_WORDS, FOOD_ELSEWHERE, word_set
from app.bot.understanding.members import (
    DEPARTURES,
    FARE,
    HINT_TICKET,
    HINT_TRAIN,
    HINT_TRAINS,
    HINT_WHAT,
    OUT_OF_SCOPE,
    SEAT_AVAILABILITY,
)
from app.bot.understanding.reading import NAMED_TRAIN, Parse

# --- railway words ------------------------------------------------------------------------------
# A word → the term it names. "waiting list" and "chart prepared" are read word by word.
_TERMS: Final[dict[str, Term]] = {
    "rac": "RAC",
    "wl": "WL",
    "waitlist": "WL",
    "waitlisted": "WL",
    "waiting": "WL",
    "pratiksha": "WL",
    "gnwl": "GNWL",
    "rlwl": "RLWL",
    "pqwl": "PQWL",
    "tqwl": "TQWL",
    "rswl": "RSWL",
    "cnf": "CNF",
    "confirm": "CNF",  # "कन्फर्म टिकट का मतलब क्या है": what a confirmed ticket is
    "confirmed": "CNF",
    "chart": "CHART",
    "charting": "CHART",
    "tatkal": "TATKAL",
    "tatkaal": "TATKAL",
    "pnr": "PNR",
    "quota": "QUOTA",
    "quotas": "QUOTA",
    "kota": "QUOTA",
    "kote": "QUOTA",
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
# Written or shown on a ticket or a screen: "likha hai", "written", "showing", "dikha raha".
_WRITTEN: Final = word_set(
    "likha likhi likhe likhaa written write writes says showing shows shown mentioned dikha dikhaa"
    " dikh dikhta dikhata aa"
)
_MEANING: Final = word_set(
    "meaning means mean matlab matlb mtlb matalab maane mane माने arth explain explained definition"
    " define stand stands"
    " full form hota hoti fark farak phark pharak difference antar"
    " tatparya tatpary abhipray abhipraay samjhao samjhaie samjhaiye samjhaen samjhayen"
    " samjhaaiye"
)
# Words that weigh two things against each other ("GNWL or PQWL, which is better", "rlwl vs gnwl").
_COMPARED: Final = word_set(
    "vs versus better behtar behtr accha achha acha compare compared comparison safer cheaper"
    " sasta jaldi faster pick choose prefer"
)
_TATKAL_SAID: Final = re.compile(r"\btatk(?:aa|a)?l\b")
# "किसे कहते हैं" ("what is called"): a definition asked.
_CALLED: Final = (
    word_set("kise kahte"),
    word_set("kise kehte"),
    word_set("kisko kahte"),
    word_set("kise bolte"),
    word_set("kisko bolte"),
)
# "Can one travel on a waiting-list ticket?": what the term means for a traveller.
_TRAVEL: Final = word_set(
    "travel travelling traveling safar saphar yatra board use ja jaa jana chadh chadhne so sona"
    " sone let leta lete"
)
# The quota said in English, which names no city.
_QUOTA_WORDS: Final = word_set("quota quotas")
_ANY: Final = word_set("any koi there")
_HOW_IT: Final = word_set("how kaise")
_WORKS: Final = word_set("work works working")
# Who a railway word is for ("लेडीज़ कोटा किसको मिलता है", "who gets senior citizen quota", "tatkal
# kaun le sakta hai"): whom, beside getting or being eligible, asks what it is and who may use it.
_WHOM: Final = word_set("kisko kise kinko kinhe who whom eligible eligibility")
_GETS: Final = word_set(
    "milta milti milte milega milegi get gets given eligible eligibility avail"
)
_CAN: Final = word_set("can sakte sakta sakti allowed")
_WHEN: Final = word_set("kab when baje time pahle pehle ghante")
_MADE: Final = word_set(
    "banta banti bante banega banegi prepare prepared preparation hota hoti made"
)
# What a status gives any traveller, said in the present of habit ("आरएसी में पूरी बर्थ मिलती
# है या आधी", "बर्थ शेयर करनी पड़ती है", "दो लोग बैठते हैं"): what the status means.
_HABIT: Final = word_set(
    "milti milta milte padti padta padte baithte baith bantni bantani banti share shear"
)
# The kinds of waiting list a code names, and the words asking which kind a thing is ("ye kaun
# si waiting hai", "kis type ki", "which kind of waitlist").
WAIT_KINDS: Final[frozenset[Term]] = frozenset({"GNWL", "RLWL", "PQWL", "TQWL", "RSWL"})
_KIND_ASKED: Final = word_set(
    "which kaun kon kaunsa konsa kaunse konse kaunsi konsi kis kaisi type kind prakar kism"
)
# Which ones: "which quotas", "kaun kaun se", "kaunsa".
_WHICH: Final = word_set(
    "which what kaun kon kaunsa konsa kaunse konse kaunsi konsi types kinds kitne kaun-kaun prakar"
)
# "क्या क्या": what all, asked of a plural ("रेलवे के कोटे क्या क्या हैं").
_WHAT_ALL: Final = "kya kya"
# Words that make a question about a feature's word a question about one's own booking.
_MINE: Final = word_set("my mera meri mere mujhe hamara hamari apna apni")


def explained_term(p: Parse) -> Term | None:
    """The railway word a message asks the meaning of, if it asks one: the term with a word of
    meaning ("RAC kya hai", "GNWL means?", "what is chart prepared"), or the term alone."""
    terms = explained_terms(p)
    return terms[0] if terms else None


def explained_terms(p: Parse) -> tuple[Term, ...]:
    """Every railway word a message asks the meaning of, in the order said ("GNWL aur PQWL me
    kya farak hai", "difference between RAC and WL"); none when it asks no meaning."""
    if p.pnr is not None or p.train is not None or (p.places and not _named_as_term(p)):
        return ()
    if p.places and not p.words.isdisjoint(ARRIVAL_WORDS | lx.PLATFORM_WORDS):
        # "what time will it reach kota", "what platform at kota": Kota the place, not a quota
        return ()
    if _HALT_AROUND.said_in(p.words):
        return ()  # "what's the next stop after kota", "what comes after kota": a route's halt
    terms = [_TERMS[word] for word in _ordered_words(p) if word in _TERMS]
    if "CNF" in terms and not p.words.isdisjoint(_OWN_CONFIRMING) and "cnf" not in p.words:
        terms = [term for term in terms if term != "CNF"]  # "mera ticket confirm hoga kya"
    pair = _tatkal_pair(p)
    if pair:
        terms = [*pair, *terms]  # "tatkal or premium tatkal, which should i pick"
    elif "QUOTA" in terms and _EXAMPLES_GIVEN.said_in(p.words):
        pass  # "what does quota mean, e.g. TQ or SS": the word asked, its kinds as examples
    elif p.quota == "PT":
        terms.insert(0, "PREMIUM_TATKAL")
    elif p.quota == "TQ" and "TATKAL" not in terms:
        terms.insert(0, "TATKAL")
    elif p.quota is not None and "QUOTA" not in terms:
        terms.append("QUOTA")  # "GN quota kya hai"
    if not terms:
        return ()
    last = term_asked_last(p)
    if last is not None:
        # "do i get a full berth in RAC? what is RAC": a practical doubt, then the word asked
        return (last, *dict.fromkeys(t for t in terms if t != last))
    term = terms[0]
    asks = HINT_WHAT in p.hints or not p.words.isdisjoint(_MEANING)
    asks = asks or _CALLED_SAID.said_in(p.words)
    asks = asks or (not p.words.isdisjoint(_TRAVEL) and not p.words.isdisjoint(_CAN))
    asks = asks or (term in _CODES and not p.words.isdisjoint(_HABIT) and p.date is None)
    # "chart kab banta hai", "when is the chart prepared": how charting works.
    asks = asks or (term == "CHART" and bool(p.words & _WHEN and p.words & _MADE))
    # "which quotas are there", "abhi kaunsa quota open hai", "कोटा कौन कौन से हैं": the quotas
    # there are, when no quota is named
    asks = asks or (term == "QUOTA" and _which_quotas(p))
    # "is there a quota for students", "ladies ke liye koi quota hai kya": whether one exists
    asks = asks or (term == "QUOTA" and bool(p.words & _QUOTA_WORDS and p.words & _ANY))
    # "quotas available in irctc?": the kinds; "how does the ladies quota work": how it works
    asks = asks or (term == "QUOTA" and "quotas" in p.words)
    asks = asks or (not p.words.isdisjoint(_HOW_IT) and not p.words.isdisjoint(_WORKS))
    asks = asks or (not p.words.isdisjoint(_WHOM) and not p.words.isdisjoint(_GETS))
    # "टिकट पर RLWL लिखा है, ये क्या है", "ticket pe GNWL likha aa raha, what is it": a word
    # written on the ticket, asked about
    asks = asks or (not p.words.isdisjoint(_WRITTEN) and not p.words.isdisjoint(lx.QUESTION_WORDS))
    # "टिकट पर RLWL 7 लिखा है ये कौन सी वेटिंग है", "PQWL kis type ki waiting hoti hai": which
    # kind of waiting list a code is, asked by the kind and the general word
    if term in WAIT_KINDS and "WL" in terms and not p.words.isdisjoint(_KIND_ASKED):
        asks, terms = True, [t for t in terms if t != "WL"]
    # "which is better, GNWL or PQWL", "rlwl vs gnwl": two kinds weighed, the first explained
    asks = asks or (len(set(terms)) > 1 and not p.words.isdisjoint(_COMPARED))
    alone = term in _CODES and not p.words - set(_TERMS) - word_set("is a the kya hai ka ki ke")
    if not (asks or alone) or (term in _FEATURES and not p.words.isdisjoint(_MINE)):
        return ()
    closing = _explained_last(p)
    if closing is not None:
        # "tatkal aur premium tatkal me fark kya hai, premium tatkal samjhao", "no seat no berth
        # wala liya, NOSB ka matlab kya hua": the word the last clause asks the meaning of
        terms = [closing, *terms]
    return tuple(dict.fromkeys(terms))


def _explained_last(p: Parse) -> Term | None:
    """The one railway word the message's last clause (after a comma or a question mark) asks
    the meaning of; None when there is one clause, or the last names none or several."""
    clauses = [part for part in _CLAUSES.split(p.raw.lower()) if part.strip()]
    if len(clauses) < 2:
        return None
    words = clauses[-1].split()
    if len(words) > _SHORT_CLAUSE or _MEANING_ITSELF.isdisjoint(words):
        return None
    named = [_TERMS[word] for word in words if word in _TERMS]
    if "premium" in words:
        named = ["PREMIUM_TATKAL" if term == "TATKAL" else term for term in named]
    return named[0] if len(set(named)) == 1 else None


_CLAUSES: Final = re.compile(r"[?,।|]")
# Words of meaning itself ("matlab", "samjhao"), not of how a thing is or differs ("hota", "fark").
_MEANING_ITSELF: Final = _MEANING - word_set(
    "hota hoti fark farak phark pharak difference antar stand stands"
)
_SHORT_CLAUSE: Final = 8


def term_asked_last(p: Parse) -> Term | None:
    """The railway word the last of several questions asks the meaning of, after a practical
    doubt about it ("do i get a full berth in RAC? what is RAC exactly", "WL ticket pe chadh
    sakte hain? WL hota kya hai"): the word explained, whatever the doubt before named first."""
    if "?" not in p.raw:
        return None
    asked = [part for part in p.raw.lower().split("?") if part.strip()]
    if len(asked) < 2:
        return None
    words = asked[-1].split()
    named = [_TERMS[word] for word in words if word in _TERMS]
    if len(set(named)) != 1 or len(words) > _SHORT_QUESTION:
        return None
    meaning = not _WHAT_IS.isdisjoint(words) or not _MEANING.isdisjoint(words)
    return named[0] if meaning else None


# The longest last question read as asking a word's meaning ("what is RAC exactly").
_SHORT_QUESTION: Final = 6
_WHAT_IS: Final = word_set("what kya whats क्या")


# The halt after or before a station asked ("next stop after kota", "what comes before kota").
_HALT_AROUND: Final = lx.Phrases(lx.NEXT_HALT_GROUPS + lx.PREVIOUS_HALT_GROUPS)
# One's own booking getting confirmed ("mera ticket confirm hoga kya, matlab chances?"): its
# state asked, not what "confirmed" means.
_OWN_CONFIRMING: Final = frozenset(
    {"mera", "meri", "mere", "my", "hamara", "hamari", "humara", "apna", "apni", "hua", "hui",
     "hoga", "hogi", "hoge", "ho", "will", "has", "got", "abhi"}
)  # fmt: skip
# Examples given after a word asked ("e.g.", "jaise", "for example", "such as", "like").
_EXAMPLES_GIVEN: Final = lx.Phrases(
    (frozenset({"e", "g"}), frozenset({"eg"}), frozenset({"jaise"}), frozenset({"jaisa"}),
     frozenset({"for", "example"}), frozenset({"such", "as"}), frozenset({"udaharan"}))
)  # fmt: skip


def _which_quotas(p: Parse) -> bool:
    """Whether "which" is asked of the word quota itself ("which quotas are there", "abhi kaunsa
    quota open hai", "कोटा कौन कौन से हैं"), with no quota, no train and no question of its own
    beside it ("kaunsi train kota jayegi", "which trains stop at kota": Kota the place)."""
    which = not p.words.isdisjoint(_WHICH) or _WHAT_ALL in p.raw
    if p.quota is not None or not which:
        return False
    if not p.hints.isdisjoint({HINT_TRAIN, HINT_TRAINS}) and p.words.isdisjoint(_QUOTA_WORDS):
        return False  # "kaunsi train kota jayegi"; not "types of quota in a train ticket"
    if not p.intents <= {DEPARTURES} and p.words.isdisjoint(_QUOTA_WORDS):
        # "abhi" (now) is read as a board's word; "which quota has more seats" asks quotas
        return False
    # "kota" (and "कोटा") is also a city: the word only among words of asking which; "कोटे"
    # left unplaced is the plural of quota
    plural = any(item.kind == "word" and item.words == ("kote",) for item in p.items)
    return (
        plural
        or not p.words.isdisjoint({"quota", "quotas"})
        or not any(item.kind == "word" for item in p.items)
    )


# A station's code asked for: the place said with it is a station, never a railway word.
_CODE_WORDS: Final = frozenset({"code", "codes", "kod", "कोड"})


def _named_as_term(p: Parse) -> bool:
    """A place that is also a railway word ("RAC" is a station code): the word wins when the
    message asks a meaning, unless it is asked about as a station ("what station is KOTA", "KOTA
    kaun sa station hai"), or its code is asked ("what is the code of Kota", "कोटा का कोड"):
    then the place wins."""
    if not p.words.isdisjoint(lx.STATION_WORDS) or not p.words.isdisjoint(_CODE_WORDS):
        return False
    return all(" ".join(item.words) in _TERMS for item in p.places)


def _tatkal_pair(p: Parse) -> list[Term]:
    """Tatkal and Premium Tatkal in the order said, when both are ("tatkal or premium tatkal",
    "premium tatkal vs tatkal"); none otherwise."""
    raw = p.raw.lower()
    premium = raw.find("premium")
    if premium < 0:
        return []  # Premium Tatkal unsaid: no pair, whatever else is
    tatkal = [found.start() for found in _TATKAL_SAID.finditer(raw)]
    if len(tatkal) < 2:
        return []
    return ["TATKAL", "PREMIUM_TATKAL"] if tatkal[0] < premium else ["PREMIUM_TATKAL", "TATKAL"]


def _ordered_words(p: Parse) -> list[str]:
    return [word for item in p.items for word in item.words]


# --- what RailBot cannot do ----------------------------------------------------------------------
_BOOK: Final = word_set("book booking bookings buk")
_TICKET: Final = word_set(
    "ticket tickets tikat tkt seat seats berth pnr reservation reservations rizervation"
    " rijarvation aarakshan arakshan"
)
# "I want to", "how do I", "karna hai", "kar do": asking for something to be done.
_WANT: Final = word_set(
    "want wanna need how karna karni karne karo kardo krdo kar karwa karwana karvana karao"
    " please pls plz chahta chahti chahiye chaiye kaise kese sakta sakte sakti do"
)
_CANCEL: Final = word_set("cancel cancellation cancelation cancelled canceled radd")
# "cancel my ticket", "pnr ... cancel kar do": the order to cancel, not the question whether it
# was ("is my ticket cancelled", "mera ticket radd ho gaya kya").
_CANCEL_ORDER: Final = word_set("cancel radd")
_ASKS_WHETHER: Final = word_set("is was has been hua hui gaya gayi gai kya hai hain")
_REFUND: Final = word_set(
    "refund refunds refunded tdr riphand rifand dhanvapsi dhanvapasi dhanwapsi dhanwapasi"
)
_BACK: Final = word_set("wapas vapas wapis vapis back")  # "paisa wapas", "money back"
_MONEY: Final = word_set(
    "paisa paise paisay amount money rupees rupaye payment payments balance khate khata"
)
# "Money deducted but no ticket": a payment gone wrong is a refund to claim.
_DEDUCTED: Final = word_set(
    "deducted deduct debited debit cut kat kata kate kati katt katne kaat kaate failed fail"
)
_NOT: Final = word_set("not nahi nahin nhi na no didnt didn couldnt cant")
_MADE_TICKET: Final = word_set(
    "bana bani booked book generated generate mila mili hua hui confirm confirmed issued"
)
_LOST: Final = word_set(
    "lost lose kho khoya khoyi khogaya gum gumm missing misplaced gir gira giri"
)  # "gir gaya": dropped
_COMPLAINT: Final = word_set("complaint complaints complain shikayat shikayath grievance railmadad")
_CARE: Final = word_set("helpline helpalain")
_CARE_PAIRS: Final = (
    word_set("customer care"),
    word_set("customer service"),
    word_set("customer support"),
    word_set("irctc support"),
    word_set("contact number"),
    word_set("care number"),
    word_set("enquiry number"),
    word_set("inquiry number"),
    word_set("call centre"),
    word_set("call center"),
    word_set("kastamar keyar"),
)
_HELPLINE: Final = "139"  # the railway's helpline number
# An IRCTC account: signing in, a password, a locked or new account (IRCTC's care helps).
_IRCTC: Final = word_set("irctc")
_ACCOUNT: Final = word_set(
    "password passwords passwd pasword login log signin sign account accounts user userid"
    " username id otp lock locked unlock blocked register registration banaye banana"
)
# Changing a booking (boarding station, a passenger's name, an upgrade) is done on IRCTC.
_CHANGE: Final = word_set(
    "change changed changing badal badalna badalni badalne badlen badle badlo badalwana"
    " badalwa badlna modify edit correct correction correcting sudhar sudharna sudharwana"
    " galat wrong mistake spelling thik theek"
)
_BOARDING: Final = word_set("boarding bording boardng")
_NAME: Final = word_set("name naam nam names")
_PASSENGER: Final = word_set("passenger passengers yatri")
_UPGRADE: Final = word_set("upgrade upgradation upgraded apgred apgrade")
_CHANGE_VERB: Final = word_set(
    "change changed changing badal badalna badalni badalne badlen badle badlo badalwana modify"
)
_BOOKED_PARTS: Final = word_set("berth berths seat seats coach journey")
_DATE: Final = word_set("date")
# A date moved ("date aage kar sakte hai", "postpone my journey date").
_DATE_MOVED: Final = word_set("aage peeche piche postpone prepone shift preponed postponed")
_ADD: Final = word_set("add adding jodna jodni jod")
_COUNTER_APPS: Final = word_set("uts")
_COPY: Final = word_set("download print printout reprint pdf")
_CHARGES: Final = word_set(
    "charges charge charj charjes chaarj kategi katega katenge deduction"
)
# Trouble on board or at a station, for RailMadad: a problem word with a railway word.
_TROUBLE: Final = word_set(
    "chori stolen theft thief robbed dirty ganda gandi gandagi gandgi smell badboo cockroach"
    " cockroaches rats harassment harass misbehave misbehaved overcharged overcharging"
    " badatmiji badatmizi badtameezi badtamizi badtamiji ladai ladaai jhagda jhagra jhagada"
    " fight fighting marpeet maarpeet chura churaya churayi churaye churali stole steal"
    " stealing pickpocket pickpocketed"
)
_NOT_WORKING: Final = (
    word_set("not working"),
    word_set("kaam nahi"),
    word_set("kam nahi"),
    word_set("kaam nahin"),
)
_ON_BOARD: Final = word_set(
    "train trains coach bogie dabba tte pantry toilet station platform berth seat ac fan light"
    " charging dibba dibbe dibbon compartment"
)
# On-board things that stop working ("charging point nahi chal raha", "fan band hai").
_EQUIPMENT: Final = word_set(
    "charging charger socket ac fan fans light lights lait bulb toilet flush tap water pani paani"
)
_STOPPED: Final = word_set("chal chalta chalti band kharab broken working kaam kam cooling aa aata")
# A light not burning ("लाइट नहीं जल रही"), in a coach: a house's lights are no train's.
_LIT: Final = word_set("jal jalti jalta")
# Switched off ("ac band hai"), in a coach.
_OFF: Final = word_set("band")
# Railway staff on board taking money ("टीटी ने ज़्यादा पैसे ले लिए", "tte ne paise maange").
_STAFF: Final = word_set("tte tt tc ttee titi")
_TAKEN: Final = word_set(
    "liye liya lie le maange mange manga maanga maang mang extra zyada jyada jada rishwat bribe"
)
# Words that say by themselves that a thing on board is out of order ("ac kharab hai", "the fan
# is broken", "ac failed").
_BROKEN: Final = word_set("kharab broken failed faulty defective damaged leaking tuta toota")
# A refund asked for a journey made in less than was paid for ("fare difference", "got 3ac").
_LOWER_CLASS: Final = word_set("difference downgraded downgrade lower")
# Belongings left on a train: RailMadad's lost property, not a lost ticket.
# The ticket a belonging held ("पर्स वाला टिकट खो गया", "wallet me rakha ticket"): the ticket lost.
_TICKET_IN_A_BELONGING: Final = re.compile(
    r"\b(?:purse|pars|wallet|bag|baig)\s+(?:(?:wala|vala|wali|vali|wale|vale|me|mein|ka|ki|ke)"
    r"\s+)?(?:rakha\s+|rakhi\s+)?(?:ticket|tikat|tkt|tickets)\b"
)
_BELONGINGS: Final = word_set(
    "purse pars wallet bag baig bags luggage saman samaan suitcase phone mobile laptop charger"
    " charjar earphones headphones watch ghadi keys chabi umbrella chhata jacket documents"
    " chashma chasma glasses specs spectacles tiffin lunchbox bottle"
)
_LEFT_BEHIND: Final = word_set("chhut chhoot chhuta chhuti chut reh rah bhool bhul forgot left")
# Where a thing lost is railways' to find: a train, its coach or berth, a station or its room.
_RAILWAY_PLACES: Final = (
    word_set(
        "train trains tren gadi gaadi coach bogie dabba berth seat station stn platform railway"
        " railways rail waiting cloak retiring irctc"
    )
    | lx.TRAIN_KINDS
)
# How long something takes to come: "kab aayega", "kitne din", "how long", "how many days".
_WAIT_WORDS: Final = word_set("kab when long days din dino dinon kitne ghante hours week weeks")
# A train gone without the traveller: "missed", "miss ho gayi", "chhut gayi", "nikal gayi".
_MISSED: Final = word_set("missed miss mis")
_LEFT_WITHOUT: Final = word_set("chhut chhoot chhooti chhuti chuti chut chooti")
_GONE: Final = word_set("gayi gai gaya gyi gayee")
# "chhut to nahi gayi", "छूट तो नहीं गई": whether it has left, asked, not said.
_NOT_LEFT: Final = re.compile(
    r"\b(?:chhut|chhoot|chut|chhuti|chhooti|chuti)\s+(?:to\s+)?(?:nahi|nahin|nhi|na)\s+(?:gayi|gai|gaya|gyi)\b"
)
# Getting on a train, said not done ("couldn't board", "chadh nahi paya").
_BOARDED: Final = word_set("board boarded chadh chadha chadhi chad paya payi catch caught pakad")
# Luggage and what may be carried: "how much luggage is allowed", "saman ki limit".
_LUGGAGE: Final = word_set("luggage baggage saman samaan saaman lagej bags")
# A pet taken along ("can I carry my dog", "kutta le ja sakte", "बिल्ली ले जा सकता"): allowed only
# in a 1A coupe or cabin or the brake van's dog box, booked at the parcel office.
_PETS: Final = word_set(
    "dog dogs puppy puppies pup kutta kutte kuta kute kutiya kutia kuttiya pilla cat cats kitten"
    " kittens billi bili billiyan pet pets paltu paaltu palatu janvar jaanvar janwar animal animals"
    # dogs by their breed ("can my labrador travel with me")
    " labrador labradors pomeranian beagle pug husky dachshund doberman rottweiler"
    " retriever shepherd shihtzu"
)
# A pet to be had, not taken: "dog food delivery", "pet shop near me".
_PET_TRADE: Final = word_set(
    "food delivery deliver order shop store buy sell sale price grooming vet doctor hospital"
    " khana treats adopt adoption"
)
# Goods sent ("parcel", "पार्सल"): by train, booked at a station's parcel office.
_PARCEL: Final = word_set("parcel parcels parsal parsel")
_ALLOWANCE: Final = word_set(
    "allowed allowance allow limit limits sima seema kitna kitne kitni much kg kgs kilo kilos"
    " weight vajan wajan wazan carry free maximum max rule rules niyam"
)
# "get me a ticket", "ticket dila do", "ticket kaise len": a ticket to buy.
_OBTAIN: Final = word_set(
    "dila dilado dilao dilwa dilwado dilva buy purchase kharid kharidna kharidni len lein"
    " bana banado banao banwa banwado banva banvado"  # "mera ticket bana do": made, booked
    # "reservation karwa do", "टिकट करा दीजिए": had made by someone, a booking
    " karva karwa karvado karwado karvana karwana karvaiye karwaiye kara karao karado karaiye"
    " nikaal"  # "टिकट निकाल दो": a ticket taken out, bought ("निकल", leave, reads "nikal")
) | lx.TICKET_TAKEN
_TRANSFER: Final = word_set("transfer transferred transfering transferring")
_TATKAL: Final = word_set("tatkal tatkaal")
_HOW: Final = word_set("kaise kese kaisay how")
# When Tatkal booking opens ("tatkal kab khulta hai", "tatkal timing", "तत्काल किस बखत चालू होवे").
_OPENS: Final = word_set(
    "khulta khulti khulega khulegi khulte open opens opening start starts shuru timing timings"
    " chalu chaalu"
)


# Help for a traveller who cannot walk far or climb (a wheelchair, a battery car, a porter): the
# station's staff, through the 139 helpline, arrange it. Devanagari as romanised ("व्हीलचेयर").
_ACCESS: Final = word_set(
    "wheelchair wheelchairs vhilcheyar vhilchair weelchair ramp ramps stretcher"
)
# People who need it: with a word for help ("divyang yatri ke liye sahayata"); with a quota
# ("handicapped quota seats") they ask for seats.
_ACCESS_PEOPLE: Final = word_set(
    "divyang divyangjan viklang handicapped disabled disability blind deaf"
)
_ASSIST: Final = word_set("help assistance assist support sahayata sahayta madad suvidha facility")
# A porter to carry one's luggage at a station ("kuli kahan milega", "कुली का रेट"): licensed by the
# railway, found and paid at the station. "kuli" and "coolie" are always the station's; "porter"
# only with a station, a train or a place said ("porter app se saaman bhejna": a delivery app).
_KULI: Final = word_set("kuli kulli coolie coolies kuliyon")
_PORTER: Final = word_set("porter porters")


def _porter_asked(p: Parse) -> bool:
    words = p.words
    if not words.isdisjoint(_KULI):
        return True
    railway = p.places or p.train or words & lx.STATION_WORDS or words & _A_TRAIN
    return bool(not words.isdisjoint(_PORTER) and railway)


_ACCESS_PAIRS: Final = (
    word_set("wheel chair"),
    word_set("vhil chair"),
    word_set("vhil cheyar"),
    word_set("battery car"),
    word_set("baitri car"),
    word_set("battery gadi"),
)
# Paying for a ticket: IRCTC's wallet, cards, UPI, net banking (IRCTC's care helps). Said
# with "irctc", a ticket or a train; alone they are a bank's or an app's ("paytm wallet").
_PAYING: Final = word_set(
    "pay paying paid payment payments wallet ewallet volet upi card cards credit debit netbanking"
    " banking paytm phonepe gpay bhim bhugtan"
)
# Food on a train: ordered through IRCTC eCatering, never by RailBot.
_FOOD: Final = word_set(
    "food khana khaana khane khaane meal meals catering ecatering pantry lunch dinner breakfast"
    " nashta naashta thali bhojan"
)
_ORDER: Final = word_set(
    "order mangwana mangana mangao mangwao deliver delivery mangavana mangvana mangavani mangvani"
    " mangava mangvao mangavao"
)
# "Is food served?", "kaise milega": food to be had on a train named by its kind or as "train".
_SERVED: Final = word_set(
    "milta milti milte milega milegi milenge mil available serve served serves get provide"
    " provided included include kaise how"
)
_A_TRAIN: Final = word_set("train trains tren gadi gaadi pantry") | lx.TRAIN_KINDS


def food_asked_of_a_train(p: Parse) -> bool:
    """Whether the message asks whether food is had on the train it numbers ("does 12951 give
    food", "rajdhani me khana milta hai kya 12951", "12301 में खाना मिलता है?"), not to order it
    ("order food in 12627"): that train's pantry or meals, a fact of it."""
    if p.train in (None, NAMED_TRAIN) or p.places or not p.words.isdisjoint(_ORDER | _DELIVERED):
        return False  # ("chacha ji kalyan pe khana denge, 12105 kalyan rukegi?": its stop)
    return task(p) == "food"


# A meal brought to one's seat is ordered ("how can i get a meal delivered to my seat").
_DELIVERED: Final = word_set("delivered deliver delivering bring bringing")


def _on_railways(p: Parse) -> bool:
    """Whether a thing lost was lost on railways: a train, a coach, a station or a journey said
    ("train me charger bhool gaya", "12627 me bag reh gaya"); "mera charger ghar pe chhoot gaya"
    and "बाजार में मेरा पर्स खो गया" are not."""
    if p.train or p.train_name or p.places:
        return True
    said = [word for item in p.items for word in item.words]
    return any(
        word in _RAILWAY_PLACES and not (word in _VEHICLE and said[at + 1 : at + 2] in _OF)
        for at, word in enumerate(said)
    )  # "गाड़ी की चाबी कहीं खो गई": a car's key, not a thing lost on a train


# "gaadi" is any vehicle: said as the owner of the thing lost ("gaadi ki chabi"), a car's.
_VEHICLE: Final = word_set("gadi gaadi")
_OF: Final = (["ki"], ["ka"], ["ke"])


def _pet_taken(p: Parse) -> bool:
    """Whether a pet is to be taken on a train ("can I carry my dog?", "kutta le ja sakte hai train
    me?", "ट्रेन में अपनी बिल्ली ले जा सकता हूँ?"); not a pet's food or a shop ("dog food
    delivery")."""
    words = p.words
    if words.isdisjoint(_PETS) or not words.isdisjoint(_PET_TRADE):
        return False
    if _CARRYING.said_in(words) or not words.isdisjoint(_TAKE_ALONG):
        return True  # "can I carry my dog?", "billi allowed hai?"
    return "le" in words and not words.isdisjoint(_GO)  # "pet dog ko train me kaise le jaye"


# Taking a thing along, or its being let on ("can I carry my dog?", "bring my cat", "allowed").
_TAKE_ALONG: Final = word_set("carry bring travel take taking allowed allow ticket book booking")
_GO: Final = word_set("ja jaa jaye jaaye jayen jana jaana jaenge jayenge sakte sakta sakti")


def task(p: Parse) -> Task | None:
    """What the message asks RailBot to do that it cannot, if anything."""
    if p.task_found is None:
        p.task_found = (_task(p),)
    return p.task_found[0]


def _task(p: Parse) -> Task | None:
    words = p.words
    ticket = not words.isdisjoint(_TICKET_OR_BOOK) or HINT_TICKET in p.hints or p.pnr is not None
    if _trouble_of_an_earlier_journey(p):
        pass  # "pichhle saal chori hui thi, is baar 12487 me 2ac me jagah hai?": the seats asked
    elif (not words.isdisjoint(_COMPLAINT) and not _declined(p, _COMPLAINT)) or (
        words >= _RAIL_MADAD
    ):
        return "complaint"
    if bad_food(frozenset(words)) and not _trouble_of_an_earlier_journey(p):
        return "complaint"  # "khana bahut kharab tha", "the food was stale": RailMadad's
    aids = not words.isdisjoint(_ACCESS) or _ACCESS_SAID.said_in(words) or _porter_asked(p)
    if aids or (not words.isdisjoint(_ACCESS_PEOPLE) and not words.isdisjoint(_ASSIST)):
        return "care"  # "wheelchair chahiye ndls pe": the station arranges it, through 139
    if "tdr" in words:
        return "tdr"  # "TDR kaise file kare": how a refund is claimed for a journey not made
    if _trouble_on_board(p) and not _trouble_of_an_earlier_journey(p):
        if (
            not words.isdisjoint(_REFUND)
            or (not words.isdisjoint(_BACK) and not words.isdisjoint(_MONEY))
            or _given_lower_class(p)
        ):
            return "tdr"  # "ac not working the whole night, refund?": claimed through a TDR
        return "complaint"  # "coach me chori ho gayi", "ac not working in the train"
    if not words.isdisjoint(_CARE) or _CARE_SAID.said_in(words) or _HELPLINE in p.other_numbers:
        return "care"
    if not words.isdisjoint(_IRCTC) and not words.isdisjoint(_ACCOUNT):
        return "care"  # "irctc password reset", "irctc login nahi ho raha"
    if _missed_train(p):
        return "missed_train"  # "meri train chhut gayi", "I missed my train, refund?"
    if _pet_taken(p):
        return "pets"  # "can I carry my dog?", "kutta le ja sakte hai train me?"
    if not words.isdisjoint(_LUGGAGE) and (
        not words.isdisjoint(_ALLOWANCE) or not words.isdisjoint(_WANT)
    ):
        return "luggage"  # "how much luggage is allowed in sleeper", "kitna saman le ja sakte"
    if not words.isdisjoint(lx.TRAIN_NOUNS) and _CARRYING.said_in(words):
        return "luggage"  # "train me power bank le ja sakte hai": what may be carried
    if not words.isdisjoint(_PARCEL) and not words.isdisjoint(lx.TRAIN_NOUNS):
        return "luggage"  # "parcel by train from pune to mumbai": the station's parcel office
    if not words.isdisjoint(_REFUND) or (
        not words.isdisjoint(_BACK) and (ticket or not words.isdisjoint(_MONEY))
    ):
        # "booked 2ac but got 3ac, refund?", "train diverted so i didn't travel": a lower class
        # than booked, or a journey not made, is claimed through a TDR
        return "tdr" if _given_lower_class(p) or _not_travelled(p) else "refund"
    if not words.isdisjoint(_DEDUCTED) and (
        not words.isdisjoint(_MONEY) or (ticket and not p.train)
    ):
        return "refund"  # "paise kat gaye ticket nahi bana", "amount debited"
    if (
        not words.isdisjoint(_MONEY)
        and ticket
        and not words.isdisjoint(_NOT)
        and not words.isdisjoint(_MADE_TICKET)
    ):
        return "refund"  # "payment ho gaya par ticket nahi bana"
    if (
        not words.isdisjoint(_BELONGINGS)
        and not words.isdisjoint(_LOST_OR_LEFT)
        and not p.pnr
        and _on_railways(p)
        and _TICKET_IN_A_BELONGING.search(p.raw.lower()) is None
    ):
        return "complaint"  # "mera purse train mein chhut gaya": RailMadad's lost property
    if not words.isdisjoint(_LOST) and ticket:
        return "lost_ticket"
    if not words.isdisjoint(_COPY) and ticket:
        return "lost_ticket"  # "e ticket download kaise kare": the SMS or the app is enough
    if not words.isdisjoint(_CANCEL) and not words.isdisjoint(_CHARGES):
        return "cancellation"  # "cancellation charges kitne lagenge"
    if not words.isdisjoint(_CANCEL) and ticket and _cancel_asked(p):
        return "cancellation"
    if _changes_booking(p, ticket=ticket):
        return "booking"
    tatkal = p.quota in ("TQ", "PT") or not words.isdisjoint(_TATKAL)
    if tatkal and (
        not words.isdisjoint(_OPENS) or (ticket and not words.isdisjoint(_HOW) and p.train is None)
    ):
        return "tatkal"  # "tatkal kab khulta hai", "tatkal ticket kaise nikale"
    ordered_food = not words.isdisjoint(_FOOD)  # "food order karwana hai ... seat 23 pe"
    if not words.isdisjoint(_OBTAIN) and (ticket or tatkal) and p.pnr is None and not ordered_food:
        # "12952 ka ticket dila do", "general ticket online kaise len", "tatkal ticket bana do"
        return "tatkal" if p.quota in ("TQ", "PT") else "booking"
    if _ticket_wanted(p):
        # "ticket chahiye", "mujhe delhi ka ticket chahiye", "I need a ticket", "टिकट चाहिए"
        return "tatkal" if p.quota in ("TQ", "PT") else "booking"
    booked = not words.isdisjoint(_BOOK) and "status" not in words and p.pnr is None
    if booked and not _bookable(p) and not _booked_elsewhere(p):
        # "pehle se book hai, pnr 4512345678": the booking made, its PNR asked about
        return "tatkal" if p.quota in ("TQ", "PT") else "booking"
    # A train said only as "train" is not enough: "jaipur to ajmer train after lunch".
    on_a_train = p.train is not None or p.pnr is not None
    if not words.isdisjoint(_FOOD) and (on_a_train or not words.isdisjoint(_ORDER)):
        return "food"  # "order food in 12627", "12627 mein khana", "train mein khana order"
    if (
        not words.isdisjoint(_FOOD)
        and not words.isdisjoint(_A_TRAIN)
        and not words.isdisjoint(_SERVED)
    ):
        return "food"  # "train me khana milta hai kya", "is breakfast served in the shatabdi"
    if paying(p):
        return "care"  # "irctc wallet me paise kaise daale", "upi se ticket ka payment"
    return None


# A ticket itself: not a seat or berth in it, nor a booking's number.
_A_TICKET: Final = word_set("ticket tickets tikat tkt")
# Wanting one: "ticket chahiye", "I need a ticket", "ticket lena hai", "टिकट चाहिए".
_WANTED: Final = word_set("chahiye chaiye chahie chahiya chahye need want wanna lena leni lene")
# What is asked of a ticket rather than for one: its price, its seats, a platform ticket.
_ASKED_OF_A_TICKET: Final = word_set(
    "kitna kitne kitni kiraya fare price cost rate seat seats berth available khali platform"
)


def _ticket_wanted(p: Parse) -> bool:
    """Whether the message asks for a railway ticket to be had, nothing asked of it ("ticket
    chahiye", "mujhe ticket chahiye delhi ka", "I need a ticket", "टिकट चाहिए"): a booking,
    which RailBot cannot make; not its fare or seats ("ticket kitne ka hai"), nor one declined
    ("ticket nahi chahiye")."""
    words = p.words
    if words.isdisjoint(_A_TICKET) or words.isdisjoint(_WANTED) or p.pnr is not None:
        return False
    return words.isdisjoint(_ASKED_OF_A_TICKET) and words.isdisjoint(_NOT)


# Forms of "to do" that say what one wants or means to do ("shikayat nahi karni"): negated,
# the thing is not wanted.
_MEANT: Final = word_set("karni karna karunga karungi karenge chahta chahti chahte want wanna")


def _declined(p: Parse, nouns: frozenset[str]) -> bool:
    """Whether every mention of `nouns` is declined ("शिकायत नहीं करनी", "complaint nahi karna",
    "no complaint"): not something asked for."""
    said = [word for item in p.items for word in item.words]
    at = [n for n, word in enumerate(said) if word in nouns]
    return bool(at) and all(_declines(said[max(n - 1, 0) : n], said[n + 1 : n + 3]) for n in at)


def _declines(before: list[str], after: list[str]) -> bool:
    if before == ["no"]:
        return True
    return len(after) == 2 and after[0] in _NOT and after[1] in _MEANT


def another_services_care(p: Parse) -> bool:
    """Whether customer care is asked with a word the lexicon does not know beside it that is no
    word of asking for care ("zingbus ka customer care number"): maybe another service's; not
    "customer care number", "कस्टमर केयर का नंबर दो"."""
    if not (not p.words.isdisjoint(_CARE) or _CARE_SAID.said_in(p.words)):
        return False
    return any(
        item.kind == "word" and len(item.words[0]) >= 4 and item.words[0] not in _CARE_ASKED
        for item in p.items
    )


_CARE_ASKED: Final = (
    _CARE | frozenset(word for pair in _CARE_PAIRS for word in pair) | word_set("number nambar no")
)


def paying(p: Parse) -> bool:
    """Whether the message is about paying IRCTC or for a ticket (a wallet, a card, UPI), not
    about a refund (asked before) or a bank of one's own."""
    words = p.words
    railway = (
        words & _IRCTC
        or words & (_TICKET - word_set("seat seats berth"))
        or (HINT_TICKET in p.hints or words & _A_TRAIN)
    )
    return bool(not words.isdisjoint(_PAYING) and railway)


def _missed_train(p: Parse) -> bool:
    """Whether the traveller says their train left without them ("I missed my train", "meri
    train chhut gayi", "ट्रेन छूट गई", "train miss ho gayi"), not that something was left on
    one ("mera bag train mein chhut gaya")."""
    words = p.words
    if words.isdisjoint(lx.TRAIN_NOUNS) or not words.isdisjoint(_BELONGINGS):
        return False
    if _chance_gone(p):
        return False  # "उसकी तो गाड़ी छूट गई, शादी हो गई लड़की की": a chance gone, an idiom
    journey = len([item for item in p.places if item.role != "via"]) >= 2
    if journey and not p.intents.isdisjoint({OUT_OF_SCOPE}):
        return False  # "meri flight chhut gayi, delhi se mumbai ki train batao": a train asked for
    if words & _MISSED or (words & _NOT and words & _BOARDED) or _left_before_me(p):
        return True  # "i missed my train", "couldn't board, the train came on another platform"
    if words.isdisjoint(_GONE):
        return False
    if not words.isdisjoint(_LEFT_WITHOUT):
        if p.train is not None and words & _WHETHER and words.isdisjoint(lx.PERSONAL_WORDS):
            # "12370 हरिद्वार से छूट गई क्या अभी तक": whether a numbered train has left, not
            # one's own missed
            return _aftermath_asked(p)
        # "छूट तो नहीं गई?": a worry whether it has left, which where it is answers
        return not _NOT_LEFT.search(p.raw)
    if words.isdisjoint(_PULLED_OUT):
        return False
    # "meri train nikal gayi"; "स्टेशन पहुंचते पहुंचते गाड़ी निकल गई (सरक गई), अब टिकट का क्या
    # होगा": one's own, or what now becomes of it asked; not "kya train nikal gayi?", whether it
    # has left.
    return not words.isdisjoint(lx.PERSONAL_WORDS) or _aftermath_asked(p)


# Asking whether ("... chhut gayi kya", "has it left yet").
_WHETHER: Final = word_set("kya kyaa yet")


def _chance_gone(p: Parse) -> bool:
    """Whether a train gone is someone else's chance gone by ("uski to gaadi chhoot gayi, ladki
    ki shaadi ho gayi", "his train has left, she married someone else"): said of another, beside
    a wedding, a match or a chance, with no train, booking, class or place of the railway's."""
    if p.train or p.pnr or p.train_name or p.travel_class or p.quota or p.places:
        return False
    words = p.words
    return not words.isdisjoint(_ANOTHERS) and not words.isdisjoint(_CHANCES)


# Whose train it is, when not the traveller's ("uski", "उसकी", "his").
_ANOTHERS: Final = word_set("uski uska uske unki unka unke his her their")
# What an idiom's train stands for: a wedding, a match, a chance ("shaadi ho gayi", "mauka").
_CHANCES: Final = word_set(
    "shaadi shadi vivah viwah byah biyah sagai rishta married marriage wedding engaged"
    " engagement mauka chance opportunity"
)


def _aftermath_asked(p: Parse) -> bool:
    """Whether what now becomes of one's ticket or money is asked ("ab ticket ka kya hoga", "अब
    पैसे वापस मिलेंगे", "ab kya karu"), or the traveller was late for the train ("पहुंचते
    पहुंचते"): the train gone without them."""
    words = p.words
    if not words.isdisjoint(_TOO_LATE):
        return True
    return "ab" in words and not words.isdisjoint(_AFTERMATH)


# A train pulled out, said of it gone ("nikal gayi", "सरक गई").
_PULLED_OUT: Final = word_set("nikal sarak")
# "स्टेशन पहुंचते पहुंचते", "by the time I reached": the traveller too late.
_TOO_LATE: Final = word_set("pahunchte pahuchte pahunchate")
# What becomes of a ticket or its money, or what to do now.
_AFTERMATH: Final = word_set(
    "hoga hogi karu karun karoon karen karein kare milega milegi milenge refund paisa paise"
    " paise ticket tikat"
)


def _left_before_me(p: Parse) -> bool:
    """ "the train left before i reached the platform", "train left without me"."""
    return "left" in p.words and not p.words.isdisjoint(_BEFORE_ME)


_BEFORE_ME: Final = word_set("before without")


def problem(p: Parse) -> Problem | None:
    """The narrower kind of what cannot be done, where an answer can say more: a boarding
    station, a name or a class to change, an IRCTC account, money taken with no ticket."""
    words = p.words
    found = task(p)
    if found == "booking":
        if not words.isdisjoint(_BOARDING):
            return "boarding"
        if not words.isdisjoint(_UPGRADE):
            return "upgrade"
        if (words & _NAME and words & _CHANGE) or words & _TRANSFER:
            return "name"  # a ticket transferred is a passenger changed: at a counter, by rule
    if found == "care" and not words.isdisjoint(_IRCTC) and not words.isdisjoint(_ACCOUNT):
        return "account"
    if found == "refund" and not words & _REFUND and (words & _DEDUCTED or words & _NOT):
        return "failed_payment"
    if found == "refund" and not words.isdisjoint(_WAIT_WORDS):
        return "refund_time"  # "refund kab aayega", "how many days for refund"
    return None


# Food on a journey, and what is said of it when it was bad ("khana kharab tha", "stale food",
# "खाने में कीड़ा"): a complaint to make, never a question about a pantry.
ON_BOARD_FOOD: Final = word_set("food khana khaana khane khaane meal meals bhojan catering")
_BAD_FOOD: Final = word_set(
    "bad kharab kharaab stale basi baasi ganda gandi gande poor worst terrible awful pathetic"
    " cockroach insect insects keeda kida keede kide baal hair smelly badbu badboo rotten sada"
    " sadi spoiled spoilt unhygienic bekar bekaar ghatiya"
)


def bad_food(words: frozenset[str]) -> bool:
    """Whether the words say the food of a journey was bad (a complaint), not where it is from."""
    return bool(words & ON_BOARD_FOOD and words & _BAD_FOOD) and not words & FOOD_ELSEWHERE


def _trouble_of_an_earlier_journey(p: Parse) -> bool:
    """Whether trouble is told of an earlier journey ("pichhle saal", "last time") as the story
    before a question of this one's seats or fare, with its train or class ("pichhle saal isi
    train me chori ho gayi thi to is baar 12487 me 2ac me jagah hai kya", "last time my bag was
    stolen, is 3ac available in 12951 tomorrow"): the question, not a complaint to make."""
    words = p.words
    if words.isdisjoint(_EARLIER) or words.isdisjoint(_TIMES_OF_TRAVEL):
        return False
    if p.intents.isdisjoint(_JOURNEY_ASKS):
        return False
    return p.train is not None or p.travel_class is not None


# Words of a journey made before ("pichhle saal", "last time", "pichli baar", "previous trip").
_EARLIER: Final = word_set("pichhle pichle pichhli pichli pichla pichhla last previous")
_TIMES_OF_TRAVEL: Final = word_set(
    "saal sal baar bar time year trip journey mahine month safar yatra"
)
# Questions of the journey to come, which a story of an earlier one may come before.
_JOURNEY_ASKS: Final = frozenset({SEAT_AVAILABILITY, FARE})


def _trouble_on_board(p: Parse) -> bool:
    """A problem on a train or at a station to report ("ac kaam nahi kar raha", "luggage stolen
    in train"): RailMadad's, not a question about the train."""
    words = p.words
    if words & _STAFF and words & _MONEY and words & _TAKEN:
        return True  # "tte ne zyada paise le liye": overcharged by staff
    if not words & _ON_BOARD:
        return False
    if words & _EQUIPMENT and words & _NOT and words & _STOPPED:
        return True  # "train me charging point nahi chal raha"
    if words & _EQUIPMENT and words & (_LIT | _OFF) and words & _CARRIAGE:
        return True  # "डिब्बे में लाइट नहीं जल रही", "coach me ac band hai"; not at home
    if words & _EQUIPMENT and words & _BROKEN:
        return True  # "coach ka ac kharab hai", "the fan in b2 is broken"
    if _WITHOUT_EQUIPMENT.search(p.raw.lower()) is not None:
        return True  # "ac coach had no ac", "bina pani ke safar"
    if words & _SEAT_OR_BERTH and words & lx.PERSONAL_WORDS and _SEAT_TAKEN.search(p.raw.lower()):
        return True  # "meri seat pe koi aur baitha hai", "someone is sleeping on my berth"
    return not words.isdisjoint(_TROUBLE) or _NOT_WORKING_SAID.said_in(words)


# Where on board, beside the things on board ("coach", "dibbe", "train"; not "ac", "light").
_CARRIAGE: Final = _ON_BOARD - _EQUIPMENT


# Someone else on one's seat or berth, or not leaving it: RailMadad's to settle.
_SEAT_OR_BERTH: Final = word_set("seat seats berth berths")
_SEAT_TAKEN: Final = re.compile(
    r"\b(?:koi|someone|somebody|dusra|doosra|dusre|doosre|other|aadmi|admi|aurat|log|zabardasti"
    r"|jabardasti)\b.*"
    r"\b(?:baitha|baithi|baithe|baith|sitting|sleeping|leta|leti|soya|soyi|occupied|occupying"
    r"|so\s+(?:raha|rahi|rahe))\b"
    r"|\b(?:kabza|kabja|not vacating|khali nahi kar|nahi chhod)"
)


def _not_travelled(p: Parse) -> bool:
    """Whether the traveller says they did not make the journey ("didn't travel", "yatra nahi
    ki"), for which a refund is claimed through a TDR."""
    return not p.words.isdisjoint(_NOT) and not p.words.isdisjoint(_JOURNEY_MADE)


_JOURNEY_MADE: Final = word_set("travel travelled traveled yatra safar journey")


def _booked_elsewhere(p: Parse) -> bool:
    """Whether what is booked is named beside the word of booking as another topic's ("cab book
    kar li hai, bas ye batao 12296 platform kaunsa", "book a cab"): not a ticket to book."""
    said = [item for item in p.items if item.kind != "stop"]
    for at, item in enumerate(said):
        if not set(item.words) & _BOOK:
            continue
        beside = said[max(at - 1, 0) : at] + said[at + 1 : at + 2]
        if any(other.kind == "intent" and other.value == OUT_OF_SCOPE for other in beside):
            return True
    return False


def _bookable(p: Parse) -> bool:
    """Whether the message asks if a train can be booked in a quota or a class ("can i book in
    ladies quota on 12951", "kya 12627 me 3ac book ho sakta hai"): its seats, not a booking."""
    return p.train is not None and bool(p.quota or p.travel_class) and not p.words.isdisjoint(_CAN)


def _given_lower_class(p: Parse) -> bool:
    """Whether a class lower than the one booked was given ("booked 2ac but got 3ac", "fare
    difference"): two classes named with a word of booking and one of getting, or a difference
    paid for."""
    if not p.words.isdisjoint(_LOWER_CLASS):
        return True
    return len(p.classes) >= 2 and not p.words.isdisjoint(_BOOKED) and not p.words.isdisjoint(_GOT)


# A thing on board said missing ("no ac", "without water", "bina pani").
_WITHOUT_EQUIPMENT: Final = re.compile(
    r"\b(?:no|without|bina)\s+(?:ac|fan|fans|light|lights|water|pani|paani|charging|bedroll)\b"
    r"|\b(?:water|pani|paani|light|lights|lait|fan|fans)\s+(?:nahi|nahin|nhi)\s+(?:hai|he|aa|aata)\b"
)
_GOT: Final = word_set("got given mila mili diya di allotted allot")
_BOOKED: Final = _BOOK | word_set("booked karaya karayi kiya")


def _cancel_asked(p: Parse) -> bool:
    """Whether the message asks for a ticket to be cancelled ("how to cancel", "cancel my
    ticket pnr ...", "mera ticket radd kar do"), not whether it was."""
    words = p.words
    if not words.isdisjoint(_WANT):
        return True
    ordered = words & _CANCEL_ORDER and words.isdisjoint(_ASKS_WHETHER)
    return bool(ordered and (not words.isdisjoint(_MINE) or p.pnr is not None))


def _changes_booking(p: Parse, *, ticket: bool) -> bool:
    """A change to a booking: its boarding station, a passenger's name, an upgrade."""
    words = p.words
    if not words.isdisjoint(_UPGRADE) or (not words.isdisjoint(_TRANSFER) and ticket):
        return True
    moved = words & _CHANGE_VERB or words & _DATE_MOVED
    if (not words.isdisjoint(_CHANGE_VERB) and not words.isdisjoint(_BOOKED_PARTS)) or (
        moved and not words.isdisjoint(_DATE) and (ticket or not words.isdisjoint(_MINE) or p.train)
    ):
        # "change my berth", "journey date change karni hai"; a train has no date of its own
        # to change, a booking on it has ("12506 ki date change ho sakti hai")
        return True
    if not words.isdisjoint(_ADD) and not words.isdisjoint(_PASSENGER) and ticket:
        return True  # "add a passenger to my ticket"
    if ticket and (not words.isdisjoint(_COUNTER_APPS) or words >= _PLATFORM_TICKET):
        return True  # "uts app se ticket", "platform ticket kaise le"
    if not words.isdisjoint(_BOARDING) and (not words.isdisjoint(_CHANGE) or p.pnr is not None):
        return True
    return bool(words & _NAME and words & _CHANGE and (ticket or words & _PASSENGER))


# --- will a booking be confirmed -----------------------------------------------------------------
_CONFIRM: Final = word_set(
    "confirm confirmed confirmation confirmations conform cnf kanfarm kanfirm confarm confirms"
    " confirming"
)
_CHANCE: Final = word_set(
    "will chance chances chans probability prediction predict likely hoga hogi hoge hojayega"
    " hojayegi jayega jayegi kitna kitne kitni possible sambhavna umeed ummeed percent"
    " jaega jaegi hojaega hojaegi jaayega jaayegi ummid umid odds"
)


def asks_chance(p: Parse) -> bool:
    """Whether the message asks if a booking will be confirmed ("will it confirm?", "confirm
    hoga?", "कन्फर्म होने के चांस"), rather than for its status."""
    return p.train is None and not p.words.isdisjoint(_CONFIRM) and not p.words.isdisjoint(_CHANCE)


def own_booking_chance(p: Parse) -> bool:
    """Whether a traveller says their own ticket on a train is waitlisted or in RAC and asks if
    it will be confirmed ("mera ticket 12952 me waiting 15 hai confirm hoga kya", "rac mila hai
    12301 me berth milegi kya"): their booking's chance, not the train's seats."""
    if p.pnr is not None or p.travel_class or p.date is not None:
        return False
    words = p.words
    if words.isdisjoint(_OWN) or words.isdisjoint(lx.WAITING_WORDS | _HELD):
        return False
    confirming = not words.isdisjoint(_CONFIRM) and not words.isdisjoint(_CHANCE)
    berth = not words.isdisjoint(_BERTH) and not words.isdisjoint(_GETTING)
    return confirming or berth or not words.isdisjoint(_CHANCE_NOUNS)


# One's own ("mera ticket", "my ticket", "mila hai": what one was given).
_OWN: Final = word_set("mera meri mere my mine hamara hamari humara apna apni mila mili mile got")
# A booking's state short of confirmed, besides waiting: RAC, a waitlist code.
_HELD: Final = word_set("rac wl gnwl rlwl pqwl tqwl")
_GETTING: Final = word_set("milegi milega milenge milengi get")


_CHART: Final = word_set("chart charting charted चार्ट")
_BERTH: Final = word_set(
    "berth berths seat seats coach coaches bogie dabba sit sitting बर्थ सीट कोच डिब्बा"
)


# The date of one's journey asked ("what is the travel date", "yatra ki tareekh", "ticket kis
# date ka hai", "यात्रा की तारीख"): a date word beside a word of the journey or one's own.
_DATE_NOUNS: Final = word_set("date tarikh tareekh tarikh tareek tarik तारीख तारीख़ दिनांक")
_JOURNEY_NOUNS: Final = word_set(
    "journey travel travelling yatra safar safer trip ticket tickets booking यात्रा सफर सफ़र टिकट"
    " बुकिंग"
)


def journey_date_asked(p: Parse) -> bool:
    """Whether the message asks the date of one's journey, no date or train named: a date word
    beside a word of the journey or one's own, or when (which day) one's journey is ("when is my
    journey?", "which day am i travelling", "mera safar kab hai", "मेरी यात्रा कब है?")."""
    if p.date is not None or p.train is not None:
        return False
    if not p.words.isdisjoint(_DATE_NOUNS):
        return not p.words.isdisjoint(_JOURNEY_NOUNS | lx.PERSONAL_WORDS)
    own = p.words & (lx.PERSONAL_WORDS | _I) and p.words & _JOURNEY_NOUNS
    which_day = p.words & _WHICH_SAID and p.words & _DAY_NOUNS
    when = p.words & _WHEN_SAID or which_day
    other = lx.ARRIVING_VERBS | _NOT_ITS_DAY | _CONFIRM | _CHART  # "tell me when it confirms"
    return bool(own and when) and p.words.isdisjoint(other)


# One speaking of oneself in English ("which day am i travelling").
_I: Final = word_set("i am im")
_WHEN_SAID: Final = word_set("when kab कब")
_WHICH_SAID: Final = word_set("which what kis kaunse konse kaun kon kaunsa konsa किस कौन कौनसे")
_DAY_NOUNS: Final = word_set("day din दिन")
# When a journey ends or how long it takes, not its day ("when does my journey end").
_NOT_ITS_DAY: Final = word_set(
    "end ends khatam reach pahunch pahuchegi long lambi kitna kitni time hours ghante ghanta"
    " खत्म ख़त्म पहुंचेगी पहुँचेगी tell notify batana bataana refund"
)


def class_booked_asked(p: Parse) -> bool:
    """Whether the message asks the class of one's booking ("what class did i book?", "kaunsi
    class book hai?", "मैंने कौन सी क्लास बुक की है?"), no class or train named."""
    if p.travel_class or p.train is not None or p.words.isdisjoint(_CLASS_NOUNS):
        return False
    if p.words.isdisjoint(lx.QUESTION_WORDS | _WHICH_SAID) or not p.words.isdisjoint(_ADVICE):
        return False  # "which class should i book?": advice, not one's booking
    return not p.words.isdisjoint(_BOOKED_SAID)


_CLASS_NOUNS: Final = word_set("class क्लास श्रेणी")
# Asking what to do rather than what was done ("which class should i book", "konsi class lu").
_ADVICE: Final = word_set(
    "should shall best better good recommend suggest suggestion prefer chahiye chaiye lena lu"
    " loon lun karu karun karoon achha acha accha sahi behtar चाहिए लूं लूँ करूं करूँ बेहतर अच्छा"
    " अच्छी सही for chahie karni karna karne karni"
)
# Words of one's own booking: booked, a ticket, one's own.
_BOOKED_SAID: Final = word_set(
    "book booked booking ticket tickets reserved बुक बुकिंग टिकट my mera meri mere मेरा मेरी मेरे"
    " maine mainne buk मैंने"
)


# Words that name a chance itself ("what are my chances", "odds?", "चांस कितना है"): after a
# booking, its chance of confirmation.
_CHANCE_NOUNS: Final = word_set(
    "chance chances chans chanse probability odds prediction sambhavna sambhawna umeed ummeed"
    " ummid umid"
)


def says_chance(words: frozenset[str]) -> bool:
    """Whether the words name a chance ("what are my chances", "चांस कितने हैं?")."""
    return not words.isdisjoint(_CHANCE_NOUNS)


def says_confirmed(words: frozenset[str]) -> bool:
    """Whether the words ask about being confirmed ("is it confirmed?", "कन्फर्म है?")."""
    return not words.isdisjoint(_CONFIRM)


def train_number_asked(words: Set[str]) -> bool:
    """Whether the words ask the number of the train ("what's the train number?", "train
    number kya hai", "ट्रेन का नंबर क्या है"), no other number (a PNR, a seat, a platform)."""
    if words.isdisjoint(_TRAIN_NOUNS) or words.isdisjoint(_NUMBER_NOUNS):
        return False
    return words.isdisjoint(_NUMBERS_NOT_A_TRAINS)


_TRAIN_NOUNS: Final = word_set("train trains gaadi gadi gaddi ट्रेन गाड़ी गाडी")
_NUMBER_NOUNS: Final = word_set("number no num nambar numbar नंबर नम्बर")
_NUMBERS_NOT_A_TRAINS: Final = word_set(
    "pnr seat berth coach bogie platform pf phone mobile helpline sms sim"
)


def booking_focus(p: Parse) -> str | None:
    """What a question about a booking asks first: whether its chart is out ("chart bana
    kya"), its day ("what is the travel date"), whether it is confirmed ("is my seat
    confirmed", "confirm hua kya"), its train ("train number kya hai"), or where its passengers
    sit ("which coach and berth"); None for its whole status."""
    if not p.words.isdisjoint(_CHART):
        return "chart"
    if journey_date_asked(p):
        return "date"
    if class_booked_asked(p):
        return "class"
    if p.train is None and p.pnr is None and train_number_asked(p.words):
        return "train"
    if not p.words.isdisjoint(_CONFIRM):
        return "confirmed"
    if not p.words.isdisjoint(_BERTH):
        return "berth"
    return None


def term_named(p: Parse) -> Term | None:
    """The railway word a message names, asked about or not ("and GNWL?", "aur tatkal?")."""
    if p.pnr is not None or p.train is not None:
        return None
    if p.quota == "PT":
        return "PREMIUM_TATKAL"
    if p.quota == "TQ":
        return "TATKAL"
    return next((_TERMS[word] for word in _ordered_words(p) if word in _TERMS), None)


# Phrase groups and phrases asked of many messages, made once (see `lexicon.Phrases`).
_CALLED_SAID: Final = lx.Phrases(_CALLED)
# Carrying a thing on board: "le ja sakte hai", "can i carry", "allowed in train".
_CARRYING: Final = lx.Phrases(
    (
        word_set("le ja sakte"),
        word_set("le jaa sakte"),
        word_set("le ja sakta"),
        word_set("le ja sakti"),
        word_set("can carry"),
        word_set("allowed in"),
    )
)
_CARE_SAID: Final = lx.Phrases(_CARE_PAIRS)
_ACCESS_SAID: Final = lx.Phrases(_ACCESS_PAIRS)
_NOT_WORKING_SAID: Final = lx.Phrases(_NOT_WORKING)
_RAIL_MADAD: Final = word_set("rail madad")
_PLATFORM_TICKET: Final = word_set("platform ticket")


# Unions of word sets asked of most messages, made once.
_TICKET_OR_BOOK: Final = _TICKET | _BOOK
_LOST_OR_LEFT: Final = _LOST | _LEFT_BEHIND
