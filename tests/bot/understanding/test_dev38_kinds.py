"""The kinds an independent writer's regional Hindi batch (dev38) missed, each in other words,
trains and towns: "बस" closing a request ("इतना बता दो बस": just), a bus said as what one takes
if the ticket fails, never the booking's way; Haryanvi "आवण आली" (coming), Bengali "दुई" (two),
"घंटाय", "कत टाका लागबे" (how many rupees), Rajasthani "जणा" (people); "X उतरना है" naming the stop
asked; an unknown code asked "कोड कौन सा स्टेशन" or "what station is that"; a share of a number
worked out; "kahan kahan se hokar ... poora route" (the stops, not the whole run); a train's run
only told in a "जो ... उसमें" clause; a reserved second sitting to be had ("मिलेगी"); a numbered
train asked whether it has left ("छूट गई क्या अभी तक"); a train wanted that "पहुंचा दे"; a train's
kind before the station ("12004 शताब्दी कानपुर"); "X का किराया" of a numbered train (to X); not
being able to check oneself, or a negative condition, is never a "don't"; "माने क्या" (means);
what questions one may ask RailBot; a quota whose concession is said gone ("सीनियर सिटीजन के लिए
कोई छूट नहीं है अब") is no quota asked."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bot.requests import Intent
from app.bot.understanding import understand
from app.railways.stations import StationIndex

TODAY = dt.date(2026, 12, 7)  # a Monday


def read(text: str, index: StationIndex) -> tuple[Intent, dict[str, object]]:
    got = understand(text, today=TODAY, index=index)
    return got.intent, dict(got.slots)


@pytest.mark.parametrize(
    ("text", "intent", "slots"),
    [
        ("मेरा पीएनआर 4512345678 कंफर्म हुआ कि नहीं, इतना बता दो बस", Intent.PNR_STATUS,
         {"pnr": "4512345678"}),
        ("सीट कंफर्म न हुई तो बस से जाऊंगा, 4512345678 का स्टेटस बताओ", Intent.PNR_STATUS,
         {"pnr": "4512345678"}),
        ("ticket confirm nahi hua to bus se jana padega, 4512345678 ka status", Intent.PNR_STATUS,
         {"pnr": "4512345678"}),
        ("हिसार में अगले 3 घंटे में आवण आली गाड्डी", Intent.ARRIVALS,
         {"station": "HSR", "hours": 3}),
        ("hisar me agle 4 ghante me aavan aali gaddi", Intent.ARRIVALS,
         {"station": "HSR", "hours": 4}),
        ("हावड़ा थेके आगामी दुई घंटाय कोन ट्रेन आसबे", Intent.ARRIVALS,
         {"station": "HWH", "hours": 2}),
        ("सियालदह से पुरी स्लीपर कत टाका लागबे", Intent.FARE,
         {"from": "SDAH", "to": "PURI", "class": "SL"}),
        ("म्हारे तीन जणा रो जयपुर सूं अजमेर रो भाड़ो", Intent.FARE,
         {"from": ["JP", "GADJ", "DPA"], "to": "AII", "passengers": 3}),
        ("मुझे कानपुर उतरना है, 12302 वहाँ रुकेगी?", Intent.STOPS_AT,
         {"train": "12302", "station": "CNB"}),
        ("XQZ कोड कौन सा स्टेशन", Intent.STATION_BY_CODE, {"code": "XQZ"}),
        ("my ticket says boarding CNB, what station is that", Intent.STATION_BY_CODE,
         {"code": "CNB"}),
        ("What is 20 percent of 12951?", Intent.OUT_OF_SCOPE, {}),
        ("12627 kahan kahan se hokar jaati hai poora route", Intent.TRAIN_ROUTE,
         {"train": "12627"}),
        ("जो 12627 परसों चलेगी उसमें थर्ड एसी में सीट है क्या", Intent.SEAT_AVAILABILITY,
         {"train": "12627", "date": "2026-12-09", "class": "3A"}),
        ("12628 में सेकंड सिटिंग मिलेगी", Intent.SEAT_AVAILABILITY,
         {"train": "12628", "class": "2S"}),
        ("12627 कर्नाटक एक्सप्रेस भोपाल से छूट गई क्या अभी तक", Intent.LIVE_STATUS,
         {"train": "12627"}),
        ("ऐसी गाड़ी चाहिए जो कानपुर से लखनऊ जल्दी पहुंचा दे", Intent.TRAINS_BETWEEN,
         {"from": "CNB", "to": ["LKO", "LJN"]}),
        ("12004 शताब्दी कानपुर कितने बजे पहुंचती है", Intent.TRAIN_FACTS,
         {"train": "12004", "station": "CNB"}),
        ("12420 में कानपुर का थर्ड एसी किराया", Intent.FARE,
         {"train": "12420", "to": "CNB", "class": "3A"}),
        ("मैं रोज़ चेक नहीं कर सकती, 4512345678 पर नजर रखना", Intent.ALERT_SUBSCRIBE,
         {"pnr": "4512345678"}),
        ("आरएसी माने क्या", Intent.EXPLAIN, {"term": "RAC"}),
        ("ये कैसे इस्तेमाल करूं, क्या क्या सवाल पूछ सकते हैं", Intent.HELP, {}),
        ("12627 कर्नाटक एक्सप्रेस रास्ते में कहाँ कहाँ रुकती है, सबका नाम", Intent.TRAIN_ROUTE,
         {"train": "12627"}),
        ("senior citizen ko concession nahi milta ab, 12561 sleeper fare", Intent.FARE,
         {"train": "12561", "class": "SL"}),
    ],
)
def test_the_kinds_dev38_missed(
    text: str, intent: Intent, slots: dict[str, object], index: StationIndex
) -> None:
    assert read(text, index) == (intent, slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("पटना से रांची बस", Intent.OUT_OF_SCOPE),  # a bus, as before
        ("4512345678 ka update mat bhejo", Intent.ALERT_STOP),  # still a "don't"
        ("16021 poore route par chalegi?", Intent.LIVE_STATUS),  # the whole run, as before
        ("12566 kal chalegi?", Intent.TRAIN_FACTS),  # its day, as before
        ("exam me kaun se sawal puche jayenge", Intent.OUT_OF_SCOPE),
    ],
)
def test_what_stays_as_it_was(text: str, intent: Intent, index: StationIndex) -> None:
    assert read(text, index)[0] == intent
