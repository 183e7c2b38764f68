"""Devanagari read as Hinglish: "उज्जैन से सूरत सेकंड एसी कितने में" → "ujjain se surat second ac
kitne mein", so that one lexicon and one station index serve both scripts.

Each Devanagari word is romanised with indic-transliteration (ITRANS) after Hindi's own rule for
the inherent vowel is applied (schwa deletion: पटना is "patna", not "patana"; कितने "kitne"), and
the result is spelt as Hinglish writers spell it (ā → a, ट → t, ड़ → r, anusvara → n or m). English
words written in Devanagari (सीट, लेट, एसी, स्टेशन) are spelt back in English, since the romanised
sound of some of them is another English word ("sit", "let"). Everything that is not a
Devanagari letter is left as it is.

`romanize` also says, for each character of the result, which characters of the original it
came from, so that words can be quoted back to the traveller as they wrote them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

_VIRAMA: Final = "\u094d"
_NUKTA: Final = "\u093c"
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")
# Marks that follow a consonant: vowel signs, virama, and the nasal and breath marks.
_VOWEL_SIGNS: Final = frozenset(chr(c) for c in range(0x093E, 0x094D)) | {"\u0962", "\u0963"}
_NASALS: Final = frozenset({"\u0900", "\u0901", "\u0902", "\u0903"})
_KEEP_AFTER_CONJUNCT: Final = frozenset("यरव")


def _is_consonant(ch: str) -> bool:
    code = ord(ch)
    return 0x0915 <= code <= 0x0939 or 0x0958 <= code <= 0x095F or 0x0979 <= code <= 0x097F


def _is_vowel_letter(ch: str) -> bool:
    code = ord(ch)
    return 0x0904 <= code <= 0x0914 or code in (0x0960, 0x0961) or 0x0972 <= code <= 0x0977


# ITRANS spellings → Hinglish, longest first (applied in this order).
_HINGLISH: Final[tuple[tuple[str, str], ...]] = (
    ("RRi", "ri"),
    ("RRI", "ri"),
    ("LLi", "li"),
    ("kSh", "ksh"),
    ("j~n", "gy"),
    ("~n", "n"),
    ("~N", "n"),
    (".Dh", "dh"),
    (".D", "d"),
    (".N", "n"),
    (".a", ""),
    ("Ch", "chh"),
    ("Sh", "sh"),
    ("Th", "th"),
    ("Dh", "dh"),
    ("T", "t"),
    ("D", "d"),
    ("N", "n"),
    ("K", "kh"),
    ("G", "g"),
    ("q", "k"),
    ("Y", "y"),
    ("A", "a"),
    ("I", "i"),
    ("U", "u"),
    ("OM", "om"),
    ("H", "h"),
)
_ANUSVARA = re.compile(r"M(?=[pbm])")

# English words written in Devanagari, spelt back in English (their romanised sound is often
# another English word: सीट "sit", लेट "let"), and Hindi words whose usual Hinglish spelling is not
# their sound letter for letter (में "mein"). Written as people write them, variants included.
_SPELLINGS: Final = """
    सीट seat | सीटें seats | सीटों seats | सीटे seats | लेट late | एसी ac | ए.सी. ac | पीएनआर pnr
    पी.एन.आर. pnr | स्टेटस status | स्टेट्स status | स्टेशन station | स्टेसन station
    स्टेशनों stations | स्टेशनो stations | ट्रेन train | ट्रैन train | ट्रेनें trains
    ट्रेनों trains
    ट्रेने trains | टिकट ticket | टिकिट ticket | टिकटें tickets | टाइम time | टाईम time
    टाइमटेबल timetable | टेबल table | रूट route | रुट route | कोड code | लाइव live
    हॉल्ट halt | हाल्ट halt | फस्ट first | फर्स्ट first
    लोकेशन location | रनिंग running | कैंसिल cancel | कैंसल cancel | कैन्सल cancel
    कन्फर्म confirm | कंफर्म confirm | कनफर्म confirm | रीशेड्यूल rescheduled
    रिशेड्यूल rescheduled | रिग्रेट regret | रेग्रेट regret
    चेयर chair | कार car | थर्ड third | सेकंड second | सेकेंड second | फर्स्ट first | अलर्ट alerts
    अलर्ट्स alerts | ट्रैक track | ट्रैकिंग tracking | ट्रेकिंग tracking | रिमाइंडर reminder
    अपडेट्स updates | मेनू menu | मेन्यू menu | हेलो hello | हैलो hello | हेल्लो hello
    हाय hi | हाई hi | बाय bye | इंग्लिश english | अंग्रेजी angrezi | अंग्रेज़ी angrezi
    वेटिंग waiting | लिस्ट list | नंबर number | नम्बर number | लेडीज ladies | लेडीज़ ladies
    जनरल general | प्लेटफॉर्म platform | प्लेटफार्म platform | बर्थ berth | कोच coach
    चार्ट chart | आरएसी rac | एक्सप्रेस express | एक्सप्रेस express | फ्लाइट flight | फ्लाईट flight
    होटल hotel | टैक्सी taxi | कैब cab | रिचार्ज recharge | पेमेंट payment | मेट्रो metro
    ऑटो auto | पिज़्ज़ा pizza | पिज्जा pizza | लोकल local | डिटेल detail | डिटेल्स details
    स्लीपर sleeper | स्कोर score | मैच match | फिल्म film | मूवी movie | बिल bill
    एयरपोर्ट airport | एयरलाइन airline | ऑर्डर order | आर्डर order | ओला ola | उबर uber
    सिलेंडर cylinder
    डिलीवरी delivery | रेस्टोरेंट restaurant | हिंदी hindi | हिन्दी hindi | में mein | मैं main
    वंदे vande | शताब्दी shatabdi | दुरंतो duronto | गरीब garib | रथ rath | जंक्शन junction | जं jn | पं pt
    शेड्यूल schedule | शेड्युल schedule
    स्टॉपेज stoppage | स्टॉपेजेस stoppages | स्टॉप stop | बॉट bot | बोट bot | रेलबॉट railbot
    थ्री three | टू two | वन one | टियर tier | टायर tier | एग्जीक्यूटिव executive
    फोर four | फ़ोर four | फाइव five | फ़ाइव five | सिक्स six | सेवन seven | एट eight | नाइन nine
    टेन ten | इलेवन eleven | ट्वेल्व twelve | थर्टीन thirteen | फोर्टीन fourteen | फ़ोर्टीन fourteen
    फिफ्टीन fifteen | फ़िफ़्टीन fifteen | सिक्सटीन sixteen | सेवनटीन seventeen | एटीन eighteen
    नाइनटीन nineteen | ट्वेंटी twenty | ट्वेन्टी twenty | ट्वैंटी twenty | थर्टी thirty
    टेंशन tension | टेन्शन tension
    एक्जीक्यूटिव executive | एक्ज़ीक्यूटिव executive | सिटिंग sitting | सीटिंग sitting
    इकोनॉमी economy | इकॉनमी economy | इकोनोमी economy | सीसी cc | एसएल sl | क्लास class
    सीनियर senior | सिटीजन citizen | सिटिज़न citizen | सिटीज़न citizen | प्रीमियम premium
    जिम gym | डाइट diet | पबजी pubg | टिफिन tiffin | वाईफाई wifi | वाई-फाई wifi | लैपटॉप laptop
    लैपटाप laptop | यूट्यूब youtube | इंस्टाग्राम instagram | इंस्टा insta | फॉलोअर्स followers
    पेंशन pension | सेंसेक्स sensex | निफ्टी nifty | डॉलर dollar | सोलर solar | डीजे dj
    साइकिल cycle | फ्रिज fridge | वायरस virus | स्मार्टफोन smartphone | रजिस्ट्री registry
    बैटरी battery | सर्विसिंग servicing | जियो jio | एयरटेल airtel | कूरियर courier
    पार्सल parcel | सब्सिडी subsidy | व्हाट्सएप whatsapp | फेसबुक facebook
    गैस gas | फोन phone | फ़ोन phone | मोबाइल mobile | बुकिंग booking | न्यू new | ओके ok | ओक ok
    ही hee | मैसेज message | मेसेज message | तापमान tapman | जोक joke | जॉब job | जय jai
    आधार aadhar | कार्ड card | अपडेट update | चेक check | रिजल्ट result | सेंट्रल central
    कैंट cantt | टर्मिनस terminus | टर्मिनल terminal | सिटी city | रोड road
    पासवर्ड password | लॉगिन login | लॉग log | अकाउंट account | एकाउंट account | अपग्रेड upgrade
    बोर्डिंग boarding | पॉइंट point | पॉइन्ट point | रिफंड refund | रिफ़ंड refund | पेमेंट payment
    डेबिट debit | ट्रैफिक traffic | ट्रैफ़िक traffic | पार्किंग parking | रेस्टोरेंट restaurant
    डिलीवर deliver | कैंसिलेशन cancellation | शेयर share | स्टॉक stock | चेंज change | रेल rail
    रेलवे railway | रेल्वे railway | शॉर्ट short | शार्ट short | शॉर्टफॉर्म shortform
    शार्टफार्म shortform | शॉर्टफार्म shortform | नेम name
    जोमैटो zomato | ज़ोमैटो zomato | जोमाटो zomato | स्विगी swiggy | ऑनलाइन online
    किलोमीटर kilometer | किलोमीटरों kilometers | शोरूम showroom | शोरूमों showrooms
    हॉल hall | प्राइस price | प्राइज price | कॉस्ट cost | कोस्ट cost | रेट rate | रेट्स rates
    फेयर fare | चार्जेस charges | चार्जेज charges | करंट current | करेंट current
    पोजीशन position | पोजिशन position | शिफ्ट shift | शिफ्टेड shifted | रिवाइज्ड revised
    रिवाइज revised | डिपार्चर departure | डिपार्टर departure | टाइमिंग timing | टाइमिंग्स timings
    अराइवल arrival | अराईवल arrival | रूम room | मीटिंग meeting | लाइन line | डिले delay
    डिलेड delayed | ऑन on | स्पॉट spot | रिजर्वेशन reservation | अवेलेबल available
    अवेलेबिलिटी availability | अवेलिबल available | सीट्स seats | कन्फर्मेशन confirmation
    नॉर्थ north | नार्थ north | ईस्ट east | साउथ south | वेस्ट west
    वैकेंसी vacancy | वेकेंसी vacancy | वैकेन्सी vacancy | वेकेन्सी vacancy | वेकैंसी vacancy
    वेटलिस्ट waitlist | चांस chance | पैंट्री pantry | कैटरिंग catering | लगेज luggage
    व्हीलचेयर wheelchair | पोर्टर porter | एंट्री entry | गेट gate | लिफ्ट lift | पॉलिसी policy
    प्रीपोन preponed | प्रीपोन्ड preponed | पोस्टपोन postponed | पोस्टपोन्ड postponed
    मूव moved | मूव्ड moved | ऑर्डर्स orders | आईडी id | बाइक bike | स्कूटी scooty
    इंश्योरेंस insurance | इन्शुरन्स insurance | सर्विस service | एग्जाम exam | एग्ज़ाम exam
    रेस्टोरेंट्स restaurants | कैफे cafe | कैफ़े cafe | पार्टी party | प्रोग्राम program
    वीज़ा visa | वीजा visa | क्लास class | कॉन्सर्ट concert | इवेंट event | लेक्चर lecture
    फुल full | फ़ुल full | फॉर्म form | फ़ॉर्म form | प्रिपेयर prepared | प्रिपेयर्ड prepared
    टुमॉरो tomorrow | टुमारो tomorrow | टुमोरो tomorrow | टुमौरो tomorrow | टूमारो tomorrow
    टुडे today | टूडे today | येस्टरडे yesterday | यस्टरडे yesterday | येस्टर्डे yesterday
    डे day | आफ्टर after | नेक्स्ट next | वीक week | मंडे monday | ट्यूसडे tuesday | वेडनेसडे wednesday
    थर्सडे thursday | फ्राइडे friday | फ्रायडे friday | सैटरडे saturday | संडे sunday
    शेड्यूल्ड scheduled | शेड्युल्ड scheduled | रीशेड्यूल reschedule | रिशेड्यूल reschedule
    रीशेड्यूल्ड rescheduled | रिशेड्यूल्ड rescheduled | रीशेड्युल्ड rescheduled
    रिशेड्युल्ड rescheduled | रिशेड्युल reschedule | रीशेड्युल reschedule
    कैंसिल्ड cancelled | कैंसल्ड cancelled | कैंसलड cancelled
    इन्फॉर्म inform | इनफॉर्म inform | इन्फोर्म inform | नोटिफाई notify | नोटिफिकेशन notifications
    शिड्यूल schedule | शिड्युल schedule | शिड्यूल्ड scheduled | शिड्युल्ड scheduled
    रीशिड्यूल reschedule | रिशिड्यूल reschedule | रीशिड्यूल्ड rescheduled | रिशिड्यूल्ड rescheduled
    मेल mail | मेल्स mails | जनशताब्दी janshatabdi | सुपरफास्ट superfast | सुपरफ़ास्ट superfast
    इंटरसिटी intercity | इन्टरसिटी intercity | इंटरसिटि intercity | पैसेंजर passenger
    पैसेन्जर passenger | हमसफ़र humsafar | हमसफर humsafar | अंत्योदय antyodaya | दुरन्तो duronto
    एक्सप्रैस express | एक्स्प्रेस express | एक्सप्रेस्स express
    स्पेशल special | स्पेश्यल special | असम assam | ड्राइवर driver | ड्राईवर driver
    एयर air | गोएयर goair | गोफर्स्ट gofirst | एयरवेज airways | इंडिया india | इंडिगो indigo
    स्पाइसजेट spicejet | अकासा akasa | विस्तारा vistara | ग्रैंड grand | ट्रंक trunk
    एक्सपेक्टेड expected | एक्स्पेक्टेड expected | एक्सपेक्टड expected
    भारतीय bhartiya | नॉर्मल normal | नार्मल normal | नोर्मल normal
"""

# The small words of Hindi's neighbours (Rajasthani, Bhojpuri, Haryanvi, Marathi, Bengali) that
# travellers mix into Hindi, spelt as the Hindi words they stand for, so that the one lexicon
# reads them: "जोधपुर सूं जयपुर" is "jodhpur se jaipur" (not "sun", Sunday), "कवन ट्रेन बा" "kaun
# train hai", "नासिक ते मुंबई गाड्या कोणत्या आहेत" "nasik to mumbai gadiyan kaunsi hain", "हिसार तै
# सिरसा गाड्डी" "hisar se sirsa gadi", "कटनी में आवे वाली" "katni mein aane vali", "किती उशीरा
# आहे" "kitna late hai", "कोथाय आछे" "kahan hai".
_REGIONAL: Final = """
    सूं se | सूँ se | कद kab | कुण kaun | कठै kahan | म्हारो mera | म्हारी meri | म्हारा mere
    म्हारे mere | म्हारै mere | बीवी biwi | बीबी bibi
    हुयो hua | जावै jaati | पक्को pakka
    कवन kaun | कवना kaunsi | बा hai | बाटे hai | बाड़े hai | हमार mera | हमरा mera
    हमनी hum | भइल hua | भईल hua | पहुंचल pahunchi | पहुँचल pahunchi | कहिया kab | केतना kitna
    केतने kitne
    आहे hai | आहेत hain | कोणती kaunsi | कोणत्या kaunsi | कोणता kaunsa | कधी kab | किती kitna
    कुठे kahan | गाडी gadi | गाड्या gadiyan | झाली hui | झाला hua | माझा mera | माझी meri
    माझे mere | मला mujhe | पासून se | पर्यंत tak | सांगा batao | सध्याची abhi | ची ki | चा ka
    चे ke | ते to | तिकीट ticket | तिकिट ticket | उशीरा late | उशिरा late | तास ghante
    सुटणारी chhutne | सुटणार chhutegi | जाणारी jane | जाणारे jane | येणारी aane | येणारे aane
    मध्ये mein | उद्या udya | पुढच्या agle | पुढील agle | पुढचे agle | तासात ghante
    तासांत ghante
    चलेला chalti | चलेली chalti | रुकेला rukti | रुकेली rukti | पहुँचेला pahunchti
    पहुंचेला pahunchti | खुलेला khulti | खुलेली khulti | होई hogi | लागी lagega
    हमके mujhe | हमरे mere | होवे ho | त to | दिह dena | दिहा dena | दीं do | बताईं batao
    सकत sakte | अगिला agla | अगिले agle | दु do | लोगन logon | कटवा book | कटवाना book
    कटवावे book | आवे aane | आवेवाली aane
    तै se | सै hai | सैं hain | कित kahan | गाड्डी gadi | गड्डी gadi | लाग्गै lagega
    लागै lagega | कठे kahan | जाणो jana | जाणा jana | जावण jane | री ki | रो ka | किराओ kiraya
    कित्तो kitna | कित्ता kitna | म्हाने mujhe | म्हने mujhe | होयो hua | कोनी nahi
    कोथाय kahan | आछे hai | आमार mera | आमादेर hamara | होलो hua | जाबे jayegi
    छाड़बे chhutegi | थेके se | कखन kab | आसबे aayegi
    कतना kitna | कतने kitne | कतनी kitni | केतनी kitni | ओकर uska | ओकरा uska | ओकरे uske
    एकर iska | एकरा iska | एकरे iske | केकर kiska | कवनो koi | कौनो koi | काल्ह kal | परसो parson
    काल्हु kal | काल्हि kal | कल्हि kal | कल्हु kal
    आबे aane | आबेवारी aane | वारी wali | वारे wale | वारो wala
    हौ ho | हौं hun | हवे hai | हउवे hai | सगळां sab | सगळा sab | सगळे sab | सगळी sab | नै ko
    खातिर liye | पहिली pehli | पहिला pehla | पहिले pehle | पहिलका pehla | पहिलकी pehli
    दूसर dusri | दूसरकी dusri | तीसर teesri | छूटत chhutegi | छूटेला chhutegi | छूटेली chhutegi
    छुटत chhutegi | बतावा batao | बताव batao | बतावल batao | टिकस ticket | इहाँ yahan
    उहाँ vahan | ओहिजा vahan | एहिजा yahan | टीसन station | टेसन station | टिसन station
    अबार abhi | पूगी pahunchi | पूग्यो pahuncha | पूगसी pahunchegi | पूगैगी pahunchegi
    रुकत rukti | रुकेलू rukti | कांई kya | काईं kya | कांईं kya | बखत samay | बखत्त samay
    चाईजे chahiye | चाइजे chahiye | चाहीजे chahiye
    आवण aane | आवणआली aane | आली wali | आळी wali | जणा log | जणां log | जणे log
    दुई do | घंटाय ghante | घंटार ghante | आगामी agle | कत kitne | टाका rupaye | टाकार rupaye
    लागबे lagenge | लागवे lagenge
    हवय hai | हावय hai | हवे hai | मिलही milegi | मिलहि milegi | निकलही niklegi | निकलहि niklegi
    जाही jayegi | पहुंचही pahunchegi | पहुँचही pahunchegi | छूटही chhutegi | खुलही khulegi
    आही aayegi | कतका kitna | लागथे lagta | लगथे lagta | रुकथे rukti | रूकथे rukti | चलथे chalti
    होइस hua | कौनउ koi | कोनो koi | कोनउ koi | नईं nahi | नइ nahi | दू do
    हेकय hai | हेके hai | हय hai | मिलतय milti | खुलतय khulti | रुकतय rukti | रूकतय rukti
    लागतय lagta | चलतय chalti | जातय jaati | आवतय aati | आवेगा aayega | आवेगी aayegi
    बदलल badla | बदलल्ल badla | नाय nahi | आइज aaj | आईज aaj | काइल kal | काईल kal
    बटि se | बटी se | क्वी koi | क्वे koi | छ hai | छन hain | छै hai | जाणी jaane | लिजी liye
    भोल kal | भोलि kal | कित्ती kitne | पुजली pahunchegi | पुजलि pahunchegi | पुजदी pahunchti
    बोलणु bol | कु ka | कहत kehte | आवत aati | म mein | हालत haal
    आसाम assam | असम assam | निकाल nikaal
"""


@dataclass(frozen=True)
class Romanized:
    """A message with its Devanagari words romanised, and where each character came from."""

    text: str
    original: str
    starts: tuple[int, ...]  # for each character of `text`, the first original character
    ends: tuple[int, ...]  # and the original position just after it
    changed: bool  # whether any Devanagari word was romanised

    # Written out, not generated, as `Understood`'s is: a dataclass's own `__init__` runs as
    # Python even compiled; the same parameters in the same order with the same defaults as
    # the fields (a test pins it).
    def __init__(
        self,
        text: str,
        original: str,
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        changed: bool,
    ) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "original", original)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "ends", ends)
        object.__setattr__(self, "changed", changed)

    def romanised_at(self, at: int) -> bool:
        """Whether the character at `at` of `text` comes from a romanised Devanagari word."""
        return (
            self.changed
            and 0 <= at < len(self.starts)
            and "\u0900" <= self.original[self.starts[at]] <= "\u097f"
        )

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that `text[start:end]` came from."""
        if not self.changed or start >= end:
            return start, end
        return self.starts[start], self.ends[end - 1]


def romanize(text: str) -> Romanized:
    """`text` with every Devanagari word romanised (see the module docstring)."""
    if text.isascii() or not _WORD.search(text):
        return Romanized(text, text, (), (), changed=False)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, word in _words_read(text):
        pieces += (text[at:start], word)  # what is between words, each character its own
        starts.extend(range(at, start))
        ends.extend(range(at + 1, start + 1))
        starts.extend([start] * len(word))
        ends.extend([end] * len(word))
        at = end
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return Romanized("".join(pieces), text, tuple(starts), tuple(ends), changed=True)


def romanized_text(text: str) -> str:
    """`romanize(text).text`, without where each character came from (the classifier's and the
    clock's reading need the words alone)."""
    if text.isascii() or not _WORD.search(text):
        return text
    pieces: list[str] = []
    at = 0
    for start, end, word in _words_read(text):
        pieces += (text[at:start], word)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _words_read(text: str) -> list[tuple[int, int, str]]:
    """Each Devanagari word of `text` (start, end, its romanised form); letter names spelt out
    one word at a time ("आर ए सी", "जी एन डब्लू एल") are read together as those letters."""
    # Each word's span and letters taken from its match once: the rules below look at them often.
    found: list[tuple[int, int, str]] = [
        (m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
    ]
    read: list[tuple[int, int, str]] = []
    at = 0
    while at < len(found):
        run = at
        while run + 1 < len(found) and _spaced_letters(text, found[run], found[run + 1]):
            run += 1
        if run > at:
            names = [word for _, _, word in found[at : run + 1]]
            if not set(names) <= _WORDS_TOO:
                letters = "".join(_LETTER_NAMES[unicodedata.normalize("NFC", n)] for n in names)
                read.append((found[at][0], found[run][1], letters))
                at = run + 1
                continue
        start, end, written = found[at]
        joined = _prefixed(text, found, at) or _waiting_code(text, found, at)
        if joined or (joined := _class_code(text, found, at)):
            read.append((start, found[at + 1][1], joined))
            at += 2
            continue
        word = _after_digit(text, start, written) or romanize_word(written)
        if written == _JAN and text[:start].rstrip()[-1:].isdigit() and not _dated_jan(text, end):
            word = "log"  # "३ जन स्लीपर": three people, never 3 January
        if written == _BAS and (text[:start].strip() or _bent(found, at)):
            # "पटना से रांची बस", "बस का पीएनआर": a bus; opening a message ("बस धन्यवाद") or closing
            # what is asked ("स्टेटस देखना है बस", "इतना बता दो बस"): "just"
            word = "bas" if _closing_just(text, found, at) else "bus"
        read.append((start, end, word))
        at += 1
    return read


def _dated_jan(text: str, end: int) -> bool:
    """Whether "जन" after a number is January's: a year or "को" after it ("15 जन को", "3 जन
    2027")."""
    rest = text[end:].lstrip()
    return rest.startswith("को") or rest[:1].isdigit()


def _closing_just(text: str, found: list[tuple[int, int, str]], at: int) -> bool:
    """Whether "बस" at found[at] closes a request ("स्टेटस देखना है बस", "बता दो बस, और कुछ
    नहीं"): after a verb, with nothing but punctuation after it before the sentence ends."""
    if at == 0 or found[at - 1][2] not in _JUST_AFTER:
        return False
    rest = text[found[at][1] :].lstrip()
    return not rest or rest[0] in ",.!?।|"


# What "बस" (just) closes: a verb or "that much" ("देखना है बस", "बता दो बस", "इतना ही बस").
_JUST_AFTER: Final = frozenset(
    {"है", "हैं", "था", "थी", "थे", "दो", "दे", "दीजिए", "दीजिये", "बताओ", "बताइए", "बताइये",
     "बताना", "चाहिए", "करो", "कीजिए", "कीजिये", "इतना", "इतनी", "ही", "हूं", "हूँ"}
)  # fmt: skip


def _bent(found: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the word after found[at] is a postposition ("बस का", "बस में", "बस वाला"): the
    word before it is a noun."""
    return at + 1 < len(found) and found[at + 1][2] in _POSTPOSITIONS


_POSTPOSITIONS: Final = frozenset(
    {"का", "की", "के", "को", "से", "में", "मे", "पर", "पे", "वाला", "वाली", "वाले", "तक"}
)


# The English prefix "re-" written on its own before a loanword ("री-शेड्यूल", "री शेड्यूल्ड").
_RE: Final = frozenset({"री", "रि"})


def _prefixed(text: str, found: list[tuple[int, int, str]], at: int) -> str | None:
    """ "री-शेड्यूल", "रि शेड्यूल्ड": "re" written apart (a hyphen or a space) before an English
    word written in Devanagari, read as one English word ("reschedule", "rescheduled") where that
    word is one; "चेयर कार री सीट" is Rajasthani's "the chair car's seat" (री, of), never
    "reseat"."""
    if found[at][2] not in _RE or at + 1 >= len(found):
        return None
    after_start, _, after = found[at + 1]
    if text[found[at][1] : after_start] not in ("-", " ", "–"):
        return None
    spelt = romanize_word(after)
    joined = "re" + spelt
    return joined if spelt in LOANWORDS and joined in LOANWORDS else None


# A class's number written as an English word in Devanagari ("थ्री-ए", "टू एस", "वन ए").
_CLASS_NUMBERS: Final = {"थ्री": "3", "टू": "2", "वन": "1"}
# The letters a class's code ends in, after its number ("थ्री-ए" 3A, "टू-एस" 2S, "थ्री ई" 3E).
_CLASS_LETTERS: Final = frozenset({"a", "s", "e"})
# What stands between a class's number and its letter ("थ्री-ए", "थ्री ए", "३-ए").
_CLASS_GAPS: Final = frozenset({" ", "-", "–", " - "})


def _class_code(text: str, found: list[tuple[int, int, str]], at: int) -> str | None:
    """ "थ्री-ए", "थ्री ए", "टू-एस": a class's number word and its letter written apart, read as
    its code ("3a", "2s"); not when more letter names follow ("थ्री ए सी": three AC)."""
    number = _CLASS_NUMBERS.get(found[at][2])
    if number is None or at + 1 >= len(found):
        return None
    if text[found[at][1] : found[at + 1][0]] not in _CLASS_GAPS:
        return None
    letter = spelt_letters(found[at + 1][2], least=1)
    if letter not in _CLASS_LETTERS:
        return None
    if at + 2 < len(found) and _spaced_letters(text, found[at + 1], found[at + 2]):
        return None
    return number + letter


# The end of a waiting list's code ("जीएन डब्ल्यूएल", "आरएल डब्लूएल": GNWL, RLWL).
_WAITING_LIST: Final = "wl"


def _waiting_code(text: str, found: list[tuple[int, int, str]], at: int) -> str | None:
    """A waiting list's code written in two words of letter names ("जीएन डब्ल्यूएल"), read as
    one code ("gnwl")."""
    if at + 1 >= len(found) or text[found[at][1] : found[at + 1][0]] != " ":
        return None
    if spelt_letters(found[at + 1][2]) != _WAITING_LIST:
        return None  # the second word, far the rarer, decides first
    first = spelt_letters(found[at][2])
    return first + _WAITING_LIST if first else None


def _spaced_letters(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    """Whether two Devanagari words side by side, a space or a dot apart, are each one letter's
    name."""
    if text[first[1] : second[0]] not in _LETTER_GAPS:
        return False
    return _letter_name(first[2]) and _letter_name(second[2])


def _letter_name(word: str) -> bool:
    return unicodedata.normalize("NFC", word) in _LETTER_NAMES


# What stands between letter names spelt out: a space, a dot or a hyphen ("आर.ए.सी.", "पी. एन.
# आर.", "एस-एल").
_LETTER_GAPS: Final = frozenset({" ", ".", ". ", "-"})
_BAS: Final = "बस"
# "Village", the end of many places' names ("राजनांदगांव", "गोरेगांव"): Hinglish spells it "gaon".
_GAON: Final = ("गांव", "गाँव")
_JAN: Final = "जन"  # people ("चार जन", "३ जन"); Jan Shatabdi's "जन" too
# Letter names that are Hindi words too ("के", "जी", "सी", "ए"): a run of only these is words.
_WORDS_TOO: Final = frozenset({"के", "जी", "सी", "ए", "ई", "ओ", "पी"})


def flapped(word: str) -> str:
    """`word` with ड़ and ढ़ read as r and rh, as the English names of places write them
    (हावड़ा Howrah, खड़गपुर Kharagpur), where Hinglish writes d (गाड़ी "gaadi")."""
    return romanize_word(word, flap=True)


@lru_cache(maxsize=16384)
def romanize_word(word: str, *, flap: bool = False) -> str:
    """One Devanagari word as Hinglish writers spell it; an English loanword in English."""
    word = unicodedata.normalize("NFC", word)
    if (spelt := SPELLINGS.get(word) or SPELLINGS.get(word.replace(_NUKTA, ""))) is not None:
        return spelt  # "प्लेटफ़ॉर्म" as "प्लेटफॉर्म": a nukta is written or left out
    if (letters := spelt_letters(word)) is not None:
        return letters
    for village in _GAON:
        if word.endswith(village) and len(word) > len(village):
            # "राजनांदगांव", "गोरेगांव", "मालेगांव": the place's name spelt as its own ("-gaon")
            return romanize_word(word[: -len(village)], flap=flap) + "gaon"
    # ऑ/ॉ (the "o" of English "doctor") is not in ITRANS; it sounds as ओ/ो to most.
    spoken = _delete_schwas(word.replace("\u0949", "\u094b").replace("\u0911", "\u0913"))
    itrans = _itrans(spoken)
    itrans = _ANUSVARA.sub("m", itrans).replace("M", "n")
    if flap:
        itrans = itrans.replace(".Dh", "rh").replace(".D", "r")
    for old, new in _HINGLISH:
        itrans = itrans.replace(old, new)
    return itrans.lower().replace("|", ".")


def _itrans(text: str) -> str:
    """Devanagari in ITRANS. The library loads all its scripts' tables when first imported
    (about half a second), so it is imported when the first Devanagari word comes."""
    from indic_transliteration import sanscript

    return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.ITRANS))


def _spellings(block: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in block.replace("\n", "|").split("|"):
        if entry.strip():
            written, spelt = entry.split()
            written = unicodedata.normalize("NFC", written)
            table[written] = spelt
            table.setdefault(written.replace(_NUKTA, ""), spelt)
    return table


SPELLINGS: Final[dict[str, str]] = _spellings(_SPELLINGS) | _spellings(_REGIONAL)
# The English words Hindi writers write in Devanagari, as spelt back (one word each).
LOANWORDS: Final[frozenset[str]] = frozenset(
    spelt for spelt in _spellings(_SPELLINGS).values() if spelt.isascii() and " " not in spelt
)

# English letters as Hindi writers spell them out: "जीएनडब्ल्यूएल" is GNWL, "एनडीएलएस" NDLS. A
# word made only of two or more letter names is read as those letters (abbreviations of status
# codes, station codes, IRCTC). ऐ is left out: "ऐसी" is "like this", not AC.
_LETTER_NAMES: Final[dict[str, str]] = {
    unicodedata.normalize("NFC", written): letter
    for letter, spellings in (
        ("a", "ए"), ("b", "बी"), ("c", "सी"), ("d", "डी"), ("e", "ई"), ("f", "एफ एफ़"),
        ("g", "जी"), ("h", "एच"), ("i", "आई"), ("j", "जे"), ("k", "के"), ("l", "एल"),
        ("m", "एम"), ("n", "एन"), ("o", "ओ"), ("p", "पी"), ("q", "क्यू क्यु"), ("r", "आर"),
        ("s", "एस"), ("t", "टी"), ("u", "यू"), ("v", "वी"),
        ("w", "डब्ल्यू डब्ल्यु डबल्यू डब्लू डबलू डब्ल्यूू"), ("x", "एक्स"), ("y", "वाई वाय"),
        ("z", "जेड ज़ेड"),
    )
    for written in spellings.split()
}  # fmt: skip
_LONGEST_LETTER: Final = max(len(name) for name in _LETTER_NAMES)


def _after_digit(text: str, start: int, word: str) -> str | None:
    """A letter name written right after a digit is that letter, as in class codes: "3ए" is 3A
    and "2एस" 2S (alone, ए is the vowel "e")."""
    if start > 0 and text[start - 1].isdigit():
        return spelt_letters(word, least=1)
    # "3-ए", "३ ए": a class's number, a gap, its letter (a single digit, not a longer number's)
    gap = text[max(start - 2, 0) : start]
    if len(gap) == 2 and gap[0] in _CLASS_DIGITS and gap[1] in "- –":
        before = text[start - 3] if start >= 3 else " "
        letter = spelt_letters(word, least=1)
        if not before.isdigit() and letter in _CLASS_LETTERS:
            return letter
    return None


_CLASS_DIGITS: Final = frozenset("123")


@lru_cache(maxsize=8192)
def spelt_letters(word: str, least: int = 2) -> str | None:
    """The English letters a Devanagari word spells out, if it is only letter names (`least`
    or more): "जीएनडब्ल्यूएल" → "gnwl"; None for any other word."""
    letters: list[str] = []
    at = 0
    while at < len(word):
        for size in range(min(_LONGEST_LETTER, len(word) - at), 0, -1):
            letter = _LETTER_NAMES.get(word[at : at + size])
            if letter is not None:
                letters.append(letter)
                at += size
                break
        else:
            return None
    return "".join(letters) if len(letters) >= least else None


def _delete_schwas(word: str) -> str:
    """`word` with a virama wherever Hindi drops a consonant's inherent vowel.

    The final one goes (सूरत is "surat"), unless the word ends in a conjunct (मित्र) or is one
    consonant; then, from right to left, the one between a vowel-consonant and a
    consonant-vowel (पटना "patna", कितने "kitne", रुकती "rukti").
    """
    units = _units(word)
    consonants = [i for i, (letter, vowel) in enumerate(units) if _is_consonant(letter[0])]
    if len(units) < 2 or not consonants:
        return word
    last = len(units) - 1
    letter, vowel = units[last]
    if _is_consonant(letter[0]) and vowel == "a":
        # मित्र, सत्य, पद्य keep it; रद्द, फर्स्ट, उपलब्ध do not.
        sounded = last > 0 and units[last - 1][1] == "" and letter in _KEEP_AFTER_CONJUNCT
        if not sounded:
            units[last] = (letter, "")
    for i in range(last - 1, 0, -1):
        letter, vowel = units[i]
        if not _is_consonant(letter[0]) or vowel != "a":
            continue
        before, after = units[i - 1], units[i + 1]
        vowel_before = before[1] != "" and not before[1].endswith(tuple(_NASALS))
        consonant_after = _is_consonant(after[0][0]) and after[1] != ""
        if vowel_before and consonant_after:
            units[i] = (letter, "")
    return "".join(_written(letter, vowel) for letter, vowel in units)


def _written(letter: str, vowel: str) -> str:
    """A unit in Devanagari again: the virama where the vowel was dropped."""
    if vowel == "":
        return letter + _VIRAMA if _is_consonant(letter[0]) else letter
    return letter + vowel[1:]  # the sign (if any) and nasal marks, without the "a"/"v" tag


def _units(word: str) -> list[tuple[str, str]]:
    """The word as (letter, vowel) units. A consonant's vowel is "a" for its inherent vowel, a
    vowel sign ("a" + sign, so that it reads as sounded), or "" under a virama; a vowel letter
    stands for itself. Nasal marks stay with the vowel before them."""
    units: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        i += 1
        if _is_consonant(ch) or _is_vowel_letter(ch):
            letter = ch
            if i < len(word) and word[i] == _NUKTA:
                letter += _NUKTA
                i += 1
            if _is_vowel_letter(ch):
                vowel = "v"
            elif i < len(word) and word[i] == _VIRAMA:
                vowel = ""
                i += 1
            elif i < len(word) and word[i] in _VOWEL_SIGNS:
                vowel = "a" + word[i]
                i += 1
            else:
                vowel = "a"
            while i < len(word) and word[i] in _NASALS:
                vowel += word[i]
                i += 1
            units.append((letter, vowel))
        elif units:
            last_letter, last_vowel = units[-1]
            if ch == _NUKTA:
                units[-1] = (last_letter + ch, last_vowel)
            else:
                units[-1] = (last_letter, last_vowel + ch)
        else:
            units.append((ch, "v"))
    return units
