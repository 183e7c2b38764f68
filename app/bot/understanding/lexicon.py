"""The words RailBot understands: intent keywords, hints, connectors between places, filler, and
the words of the conversation itself (starting over, answering a question, stopping alerts).

English, Hinglish (romanised Hindi, as typed on phones) and Devanagari Hindi. Every phrase is
written here once, in lower case; `PHRASES` maps its words to what they mean. Single words of
five letters or more are also matched when misspelt (`FUZZY_WORDS`). The spellings of values
live beside the patterns that read them: dates, weekdays and hour windows in `dates`, classes,
quotas and ages in `entities`.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from typing import Final, Literal

from app.bot.requests.base import Intent

Kind = Literal["intent", "hint", "conn", "stop"]
Sense = tuple[Kind, str]


class Hint(StrEnum):
    """Words that shape an intent without naming one."""

    STATUS = "status"  # PNR status with a 10-digit number or nothing else; live with a train
    TRAIN = "train"
    TRAINS = "trains"
    TICKET = "ticket"
    WHAT = "what"
    ALERT = "alert"  # PNR alerts: subscribing, listing or stopping them


class Connector(StrEnum):
    """Words that place a station before or after them (see `_CONNECTORS`)."""

    FROM = "from"
    TO = "to"
    SRC = "src"
    DST = "dst"
    AT = "at"
    IN = "in"
    HERE = "here"
    PAIR = "pair"
    BETWEEN = "between"
    AND = "and"
    VIA = "via"


WORD = re.compile(r"[0-9a-z\u00e0-\u024f\u0900-\u0963\u0966-\u097f]+")

# --- intents -----------------------------------------------------------------------------------
_INTENT_WORDS: Final[dict[Intent, str]] = {
    Intent.PNR_STATUS: """
        pnr | pnrs | pnr no | pnr number | pnr status | p n r | pnr check | pnrstatus
        ticket status | booking status | confirm hua | confirm hoga | confirm hai kya
        confirm hui | confirmation status | chart prepared | chart bana | chart status
        charting | chart | waitlist status | wl status | rac status | cnf | coach number
        berth number | seat number | पीएनआर | पी एन आर | टिकट स्टेटस
    """,
    Intent.LIVE_STATUS: """
        running status | running | live | live status | spot | spot train | where is | wheres
        where are | where my | kahan hai | kaha hai | kahan | kaha | kahaan | kidhar | kaha pe
        location
        current location | current status | pahunchi | pahuchi | pohchi | pahunchegi
        pahuchegi | puhchi | pahunch | reach | reached | reaching | late | delay | delayed
        how late | kitni late | kitna late | on time | right time | eta | arrive | arriving at
        arrival time | kab aayegi | kab ayegi | kab aaegi | kab aaygi | kab pahunchegi | kab tak
        chal rahi | track | tracking | train status | gadi status | abhi kahan | ruki hai
        aayegi | ayegi | aaegi | aayega | aaygi
        कहाँ | कहां | कहा | किधर | लेट | पहुंची | पहुँची | पहुंचेगी | रनिंग | लाइव | रनिंग स्टेटस
        कब आएगी | कब पहुंचेगी | देरी
    """,
    Intent.TRAIN_ROUTE: """
        route | routes | route map | schedule | schedules | time table | timetable | stops
        stop at | stoppage | stoppages | halts | halt | halting | kaun kaun se station
        kon kon se station | kaun kaun station | kon kon station | kaun kaun se stations
        which stations | all stations | station list | stations list | rukti | rukegi | rukti hai
        stations of | list of stations | station list of | all stations of
        ruk | path | timing | timings | rasta | samay sarani | samay sarini | रूट | समय सारणी
        टाइम टेबल | ठहराव | कौन कौन से स्टेशन
    """,
    Intent.STATION_BY_NAME: """
        code | station code | stn code | code of | ka code | ki code | code for | codes
        code kya hai | कोड | स्टेशन कोड
    """,
    Intent.STATION_BY_CODE: """
        kaun sa station | kaunsa station | konsa station | kon sa station | kaun se station
        which station | station name | name of station | station ka naam | ka naam | naam
        name | full name | name of
        full form | stands for | stand for | कौन सा स्टेशन
    """,
    Intent.DEPARTURES: """
        departures | departure | departing | leaving | leave | arrivals | arriving | station board
        live station | next train | next trains | upcoming trains | upcoming train | aane wali
        aane vali | ane wali | aa rahi | abhi | right now | now | currently
        प्रस्थान | अभी
    """,
    Intent.TRAINS_BETWEEN: """
        direct train | direct trains | train list | trains list | which train | which trains
        konsi train | kaun si train | kaunsi train | kon si train | koi train
    """,
    Intent.FARE: """
        fare | fares | fair | kiraya | kiraaya | kiraye | kiray | bhada | bhaada | price | prices
        cost | costs | ticket price | ticket cost | rate | rates | charges | charge | kitna lagega
        kitne ka | kitne ki | kitne paise | kitna paisa | kitne rupaye | amount
        how much | rupees | rupaye | tariff | किराया | भाड़ा | कितना लगेगा
    """,
    Intent.SEAT_AVAILABILITY: """
        seat | seats | availability | available | avail | avl | seat availability | berth
        waiting | waiting list | waiting kitni | wl kitna | rac kitni
        berths | jagah | jagah hai | jaga | khali | khaali | vacancy | vacant | seat milegi
        seat mil jayegi | seat hai | ticket milega | ticket milegi | seat milega | berth milega
        berth milegi | confirm ticket milega | seats available | सीट | जगह | उपलब्ध | खाली
    """,
    Intent.CANCELLED_TRAINS: """
        cancelled | canceled | cancel | cancellation | cancelation | cancelled trains | radd
        rad | raddh | radd hui | nahi chalegi | nahi chal rahi | band hai | cancel hui | रद्द
    """,
    Intent.RESCHEDULED_TRAINS: """
        rescheduled | reschedule | rescheduling | resheduled | time change | time changed
        timing changed | late chalne wali | late chalne vali | der se chalne wali
        der se chalegi | late chalegi | late chal rahi | delayed trains | late trains
        late running | पुनर्निर्धारित
    """,
    Intent.HELP: """
        help | help me | menu | options | option | commands | kya kar sakte ho
        kya kar sakte hai | kya kya kar sakte ho | kya kar sakta hai | what can you do
        what can u do
        what do you do | how to use | how does this work | features | madad | sahayata
        guide | start | get started | started | main menu | services | मदद | सहायता
    """,
    Intent.GREETING: """
        hi | hii | hiii | hiiii | hello | helo | hellow | hllo | hlo | hey | heyy | hy | namaste
        namastey | namaskar | namaskaram | pranam | ram ram | jai shri ram | jai shree ram
        radhe radhe | good morning | good afternoon | good evening | gm | sat sri akal
        salaam | salam | assalamualaikum | vanakkam | hola | yo | sup | how are you
        kya haal hai | kaise ho | नमस्ते | नमस्कार
        राम राम | प्रणाम | हेलो | हाय
    """,
    Intent.THANKS: """
        thanks | thank | thankyou | thank you | thank u | thanku | thnx | thx | tnx | thnks
        thanq | ty | tysm | dhanyavad | dhanyawad | dhanyavaad | dhanyabad | shukriya | sukriya
        shukria | thanks a lot | much appreciated | great | awesome | nice | धन्यवाद | शुक्रिया
    """,
}

# --- hints: words that shape an intent without naming one ---------------------------------------
_HINT_WORDS: Final[dict[Hint, str]] = {
    # "status" alone: PNR with a 10-digit number or nothing else, live status with a train.
    Hint.STATUS: "status | sthiti | स्थिति | स्टेटस",
    Hint.TRAIN: "train | trian | tren | gadi | gaadi | rail | express | exp | mail | ट्रेन | गाड़ी",
    Hint.TRAINS: "trains | gadiyan | gaadiyan | gadiya | ट्रेनें | ट्रेनों | list | सूची",
    Hint.TICKET: "ticket | tickets | tikat | tkt | टिकट",
    Hint.WHAT: "what | whats | what is | kya hai | kya he | क्या है | meaning | means",
    # PNR alerts: what `intents` reads, with the word sets below, as subscribing, listing or
    # stopping them.
    Hint.ALERT: """
        alert | alerts | notify | notification | notifications | subscribe | subscription
        subscriptions | unsubscribe | remind | reminder | reminders | untrack | unfollow | अलर्ट
    """,
}

# --- connectors: words that place a station before or after them --------------------------------
# from: the next place is the origin. to: the next place is the destination. src: the place before
# is the origin ("delhi se"). dst: the place before is the destination ("mumbai tak"). at: the
# next place is where ("at ndls"). here: the place before is where ("ndls pe"). pair: the place
# before is the origin and the place after the destination ("ndls - mmct", "ndls → mmct").
# between/and: "between X and Y". via: the next place is neither end.
_CONNECTORS: Final[dict[Connector, str]] = {
    Connector.FROM: "from | frm | fr | starting from | leaving from",
    Connector.TO: "to | too | till | upto | up to | for | towards | towrds",
    Connector.SRC: "se | say | sey | sai | seh | से",
    Connector.DST: """
        tak | ke liye | ke lie | ke liya | ki taraf | jane wali | jaane wali | jane vali
        jaane vali | jane wale | jaane wale | jana | jaana | jana hai | jaana hai | jane ki
        jaane ki | ko | तक | के लिए | को | जाने वाली | जाना
    """,
    Connector.AT: "at | @ | on station | near",
    Connector.IN: "in",
    Connector.HERE: "pe | par | station | stn | stations | पर | स्टेशन",
    Connector.PAIR: "- | → | -> | => | ⇒ | ➡ | > | — | –",
    Connector.BETWEEN: "between | btw | b w | beech | bich | ke beech | ke bich | बीच",
    Connector.AND: "and | aur | & | और",
    Connector.VIA: "via | through | hote hue | hoke",
}

# --- filler: never a place, never an intent ----------------------------------------------------
_STOP_WORDS: Final = """
    a an the is are am be been of on my me i im you u your ur pls plz please kindly sir madam mam
    bhai bhaiya bhaiyya ji yaar yar bro dear which when how why who whom can could will would
    should shall may might do does did was were tell show give get got check know want need find
    search see let us it its this that these those there here with about any all some then also
    just only very so hai hain he ho ha hu hoon kya kyaa kia ki ka ke mein mai main mera meri mere
    mujhe muje mjhe hum hame humein hamara apna apni batao bataye bataiye btao bata bolo dikhao
    chahiye chaiye chahie karo kariye krdo kr kar karna karni de dena dijiye wala wali wale vala
    vali vale kaun kon kaunsi konsi kaunsa konsa kaunse konse si sa bhi na nahi nahin nhi haan han
    ok okay okk yes no nope number num nbr nmbr no. date day time journey travel travelling yatra
    safar detail details info information update updates today tomorrow aaj kal our we she they
    them his her not dont t s d ll ve re m or if else lagta lagti hoga hogi gi ga ge raha rahi
    rahe jo jis jab tab ab wo woh ye yeh isko usko iska uska kuch sab sabhi bahut jaldi fast quick
    quickly urgent asap again more less than like thik theek achha acha accha hmm hm oh ohh wow
    lol dekho dekh dekhna pata chalega chala chal baje bje quota class coach dabba bogie go going
    goes come wanna bye goodbye night pincode है हैं क्या की का के में मेरी मेरा मुझे भी नहीं हाँ
    हां जी भाई कृपया बताओ बताइए बताएं दिखाओ चाहिए वाली वाला वाले कौन कौनसी कौनसा सी सा
"""

_STOP_PHRASES: Final = "pin code | zip code | good night | bye bye"

# Words one letter away from a keyword that mean something else: never read as that keyword.
_NOT_KEYWORDS: Final = """
    dates love life line lite site sit set sent seal rest test text fat fate fire fine fill file
    hall half hate hole home hope state states stat stay lives liver river lane land post host
    most must coat cast chat cart card care core cold come came cane sale pale tale male wait
    brain drain grain shop ship slip sleep sheep speed spent spend later letter latter rote
    rose lake take make bake other outer hotel motel place places space where change face hold
    last lost morning think tree plate slate stars starts sets lame fairy
"""


def words_of(text: str) -> tuple[str, ...]:
    """The comparable words of a phrase (NFKC, lower case), as the understanding splits text."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return tuple(WORD.findall(folded)) or tuple(folded.split())


def _word_set(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _phrases(block: str) -> list[str]:
    return [p.strip() for p in block.replace("\n", "|").split("|") if p.strip()]


def _build() -> dict[tuple[str, ...], Sense]:
    table: dict[tuple[str, ...], Sense] = {}
    for word in _STOP_WORDS.split():
        table[words_of(word)] = ("stop", "")
    for phrase in _phrases(_STOP_PHRASES):
        table[words_of(phrase)] = ("stop", "")
    for role, block in _CONNECTORS.items():
        for phrase in _phrases(block):
            key = words_of(phrase) if WORD.search(phrase) else (phrase,)
            table[key] = ("conn", role)
    for hint, block in _HINT_WORDS.items():
        for phrase in _phrases(block):
            table[words_of(phrase)] = ("hint", hint)
    for intent, block in _INTENT_WORDS.items():
        for phrase in _phrases(block):
            table[words_of(phrase)] = ("intent", intent)
    return table


PHRASES: Final[dict[tuple[str, ...], Sense]] = _build()
# First word of a phrase → the most words a phrase starting with it has.
PHRASE_STARTS: Final[dict[str, int]] = {}
for _words in PHRASES:
    PHRASE_STARTS[_words[0]] = max(len(_words), PHRASE_STARTS.get(_words[0], 0))

# Single intent and hint words long enough to be recognised through a typo.
FUZZY_WORDS: Final[dict[str, Sense]] = {
    words[0]: sense
    for words, sense in PHRASES.items()
    if len(words) == 1 and len(words[0]) >= 4 and sense[0] in ("intent", "hint")
}
NEVER_FUZZY: Final[frozenset[str]] = frozenset(_NOT_KEYWORDS.split()) | frozenset(
    _STOP_WORDS.split()
)

# Ordinary words that are also the name or code of a station ("gaya" went, "ten", "can", "puri"):
# a station only where the sentence places one ("se gaya", "to puri", "at kota").
PLACE_OR_WORD: Final[frozenset[str]] = _word_set(
    """
    can ask has bay per ten rig jam sur tel ara mau puri gaya tata kota sagar surat bina cape
    goa man bag bar ban bus car cat eat fat get hat let met net pet set sit war was way
    sun sat mon ok mail gate road nagar pur bad nice ram lal dev raja rani mata sun une una
    bhai mani dec guna pta kun rok ajj dee
    """
)

# Past-tense words: "kal" in a sentence with them is yesterday ("kal cancel hui trains").
PAST_WORDS: Final[frozenset[str]] = _word_set(
    "thi tha thee hui hua huyi gayi gai chali nikli was were did"
)
# Words for more than one train: "late" with them asks for the rescheduled list.
PLURAL_TRAINS: Final[frozenset[str]] = _word_set("trains gadiyan gaadiyan gadiya ट्रेनें ट्रेनों list सूची")

# --- PNR alerts ----------------------------------------------------------------------------------
# Words that, beside an alert word or a PNR, say what to do with alerts. Checked against every
# word of the message (`Parse.words`), so that none of them changes how other questions read.
ALERT_STOP: Final[frozenset[str]] = _word_set(
    "stop stopp unsubscribe untrack unfollow remove delete disable off cancel band bandh hatao "
    "hata hatado khatam mat"
)
# Stop words strong enough to stop a PNR's alerts without an alert word ("stop 4512345678").
ALERT_STOP_PNR: Final[frozenset[str]] = _word_set(
    "stop unsubscribe untrack unfollow remove delete disable"
)
ALERT_ALL: Final[frozenset[str]] = _word_set("all every everything sab sabhi saare sare sari saari")
ALERT_PLURALS: Final[frozenset[str]] = _word_set("alerts notifications reminders subscriptions")
# Asking which alerts there are ("show my alerts", "which pnrs am i tracking").
ALERT_LIST: Final[frozenset[str]] = _word_set(
    "list show dikhao dikha dikhana view active current which kaun kon kaunse konse kitne many"
)
ALERT_LIST_WEAK: Final[frozenset[str]] = _word_set("my mere meri mera have any all sab sabhi")
# Asking for an alert ("set alert", "alert me", "alert lagao").
ALERT_SUBSCRIBE: Final[frozenset[str]] = _word_set(
    "track tracking notify remind subscribe set setup add create start enable activate on want "
    "need get send give chahiye chaiye chahie lagao laga lga lagado lagana chalu karo kar krdo "
    "kardo dena de dijiye keep inform tell batana btana message msg ping me"
)
ALERT_TRACK: Final[frozenset[str]] = _word_set("track tracking trace follow monitor watch")
# "Tell me when it confirms": a telling word and a when word, about a ticket.
ALERT_TELL: Final[frozenset[str]] = _word_set(
    "notify tell inform informed message msg ping text batana btana bataana bata batao bataiye "
    "bataye batayein batado update updates updated know"
)
ALERT_WHEN: Final[frozenset[str]] = _word_set(
    "when jab once jaise whenever hone hote jaye jaaye jae soon keep rehna rahna raho"
)
TICKET_WORDS: Final[frozenset[str]] = _word_set(
    "pnr pnrs ticket tickets tikat tkt booking bookings"
)
TICKET_STATUS_WORDS: Final[frozenset[str]] = _word_set(
    "confirm confirms confirmed confirmation cnf chart charting waitlist wl rac berth"
)
# Every word an alert message may hold without it being about something else.
ALERT_WORDS: Final[frozenset[str]] = (
    ALERT_STOP
    | ALERT_ALL
    | ALERT_PLURALS
    | ALERT_LIST
    | ALERT_LIST_WEAK
    | ALERT_SUBSCRIBE
    | ALERT_TRACK
    | ALERT_TELL
    | ALERT_WHEN
    | TICKET_WORDS
    | TICKET_STATUS_WORDS
    | _word_set("alert notification reminder subscription for about of status please pls plz")
    | _word_set("turn switch")
)

# --- the conversation's own words -----------------------------------------------------------------
# Messages (as `text.normal` writes them) that start over: the question pending, if any, is dropped.
RESET_PHRASES: Final[frozenset[str]] = frozenset(
    {
        "cancel",
        "cancel it",
        "cancel this",
        "reset",
        "stop",
        "stop it",
        "band karo",
        "band kro",
        "band kar do",
        "bandh karo",
        "rehne do",
        "chhodo",
        "chodo",
        "start over",
        "restart",
        "never mind",
        "nevermind",
        "quit",
        "exit",
        "clear",
    }
)
# Typed alone with no question pending, these stop PNR alerts, when the user has any: that is what
# a traveller means, replying to an alert.
STOP_ALERT_PHRASES: Final[frozenset[str]] = frozenset(
    {"stop", "stop it", "cancel", "cancel it", "band karo", "band kro", "band kar do", "bandh karo"}
)
# Words around a bare answer to the bot's question ("12627 please", "yes my train number").
ANSWER_FILLERS: Final[frozenset[str]] = frozenset(
    {"please", "pls", "plz", "ok", "okay", "yes", "haan", "ha", "ji", "the", "train", "number"}
    | {"no", "class", "station", "code", "date", "mera", "meri", "my", "wala", "wali"}
)
# A class typed as the answer to "Which class?", squashed to capitals and digits ("3rd AC" →
# 3RDAC): class code → its spellings.
_CLASS_ANSWERS: Final[dict[str, str]] = {
    "1A": "1A 1AC AC1 FIRSTAC 1STAC",
    "2A": "2A 2AC AC2 2TIER SECONDAC 2NDAC",
    "3A": "3A 3AC AC3 3TIER THIRDAC 3RDAC",
    "3E": "3E 3AE 3ECONOMY 3ACECONOMY",
    "SL": "SL SLEEPER SLEEPERCLASS SLP",
    "CC": "CC CHAIRCAR ACCHAIRCAR",
    "EC": "EC EXECUTIVE EXECUTIVECHAIRCAR EXECUTIVECLASS",
    "2S": "2S SECONDSITTING SECONDSEATING",
    "FC": "FC FIRSTCLASS",
}
CLASS_BY_ANSWER: Final[dict[str, str]] = {
    word: code for code, words in _CLASS_ANSWERS.items() for word in words.split()
}
# Words that never name the place a traveller meant, when the bot asks "Which Delhi?".
NOT_PLACES: Final[frozenset[str]] = frozenset(
    " ".join(
        (
            "a an and at between by code for from go going i in is jana jane ka kal ke ki kitna",
            "ko me mein mujhe of on or pe se seat seats station stations status tak the to today",
            "tomorrow train trains wala wale wali what where which live fare pnr route hai kya",
            "aaj parso jn junction please pls",
        )
    ).split()
)
# "kal" means yesterday in a question about a running train or in the past tense.
KAL: Final[frozenset[str]] = frozenset({"kal", "kl", "कल"})
# Politeness around "stop all" ("unsubscribe all pls").
POLITE_WORDS: Final[frozenset[str]] = frozenset(
    {"please", "pls", "plz", "karo", "kar", "do", "it", "them", "now", "bhai"}
)
