"""Questions about something else than railways: a topic word of another domain outweighs a
place, a date and the words "train" and "station"; what only railways have (train and PNR
numbers, trains asked for between places, a station code asked about, railway words) outweighs
the topic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bot.requests import Help, Intent
from app.bot.understanding import understand
from app.bot.understanding.lexicon import BY_SOUND
from app.bot.understanding.soundalike import skeleton
from app.railways.stations import StationIndex
from tests.railways.test_stations import datameet_stations

TODAY = dt.date(2026, 11, 27)


def intent_of(text: str, index: StationIndex) -> str:
    return str(understand(text, today=TODAY, index=index).intent)


@pytest.mark.parametrize(
    "text",
    [
        "guest house close to puri station",  # not the departures of Puri
        "hyderabad humidity tomorrow",  # not a journey to Hyderabad tomorrow
        "metro from dwarka to noida now",  # not trains between
        "share price of irctc today",  # not a fare
        "a joke about trains please",
        "पटना में कल धूप रहेगी क्या",
    ],
)
def test_a_topic_word_outweighs_places_dates_and_railway_words(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is 12951 late because of the rain", Intent.LIVE_STATUS),
        ("train to madgaon for the beaches", Intent.TRAINS_BETWEEN),
        ("agra ke liye train taj mahal dekhne", Intent.TRAINS_BETWEEN),
        ("what is the code of NDLS metro station", Intent.STATION_BY_CODE),
    ],
)
def test_numbers_journeys_by_train_and_codes_asked_outweigh_a_topic(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "payment failed for tatkal ticket",
        "train mein coffee milti hai kya",
        "rajdhani mein veg khana",
    ],
)
def test_a_weaker_topic_yields_to_anything_only_railways_have(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) != Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text", ["temple timings in madurai", "restaurant abhi khula hai near ndls", "coffee kahan hai"]
)
def test_words_every_question_uses_do_not_make_a_weaker_topic_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


def test_something_the_lexicon_does_not_know_asked_for_near_a_place_is_elsewhere(
    index: StationIndex,
) -> None:
    assert intent_of("zoo near mysore station", index) == Intent.OUT_OF_SCOPE
    assert intent_of("nagpur station ke bahar salon", index) == Intent.OUT_OF_SCOPE
    assert intent_of("trains near ndls", index) == Intent.DEPARTURES


def test_a_sum_to_work_out_is_elsewhere_unless_it_holds_a_train(index: StationIndex) -> None:
    assert intent_of("45 x 12", index) == Intent.OUT_OF_SCOPE
    assert intent_of("18 guna 7 kitna", index) == Intent.OUT_OF_SCOPE
    assert intent_of("12627 x 2", index) == Intent.LIVE_STATUS


def test_topic_words_in_a_stations_name_stay_part_of_the_station(index: StationIndex) -> None:
    journey = understand("chennai beach to tambaram", today=TODAY, index=index)
    board = understand("agra fort departures", today=TODAY, index=index)
    assert journey.slots == {"from": "MSB", "to": "TBM"}
    assert board.slots["station"] == "AF"
    assert intent_of("beach near chennai", index) == Intent.OUT_OF_SCOPE


def test_no_everyday_hindi_word_is_taken_for_a_topic_by_its_sound(index: StationIndex) -> None:
    # "कितना" sounds like "equation" (k-t-n): it must stay a word of the fare question.
    assert skeleton("kitna") not in BY_SOUND
    assert intent_of("भोपाल से इंदौर कितना किराया", index) == Intent.FARE
    assert intent_of("कितनी ट्रेनें कैंसिल हुई", index) == Intent.CANCELLED_TRAINS


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("zomato delivery in train at bhopal", Intent.OUT_OF_SCOPE),
        ("pizza delivery at kota junction", Intent.OUT_OF_SCOPE),
        ("ट्रेन में जोमैटो से खाना कैसे मंगाएं", Intent.OUT_OF_SCOPE),
        ("order food in 12627", Intent.CANNOT_DO),  # IRCTC eCatering
        ("jaipur to ajmer train after lunch", Intent.TRAINS_BETWEEN),
    ],
)
def test_delivery_apps_and_restaurants_are_elsewhere_ecatering_is_the_railways(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "parking near surat railway station",  # "railway" only names the station
        "kolkata station se victoria memorial kitni door",  # a landmark, not a journey
        "salon near bandra station",  # "near" places Bandra, not the code SLON
        "vande bharat share price",  # a train's name outweighs no strong topic
    ],
)
def test_things_near_or_from_a_station_are_elsewhere(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "who will be the next coach of the indian hockey team",  # a team's coach
        "track my meesho order please",  # a parcel
        "which platform is better for selling handmade jewellery",  # a software platform
        "diljit concert tickets kab milenge",  # a concert
        "leadership training workshop for teachers",  # training
        "how many seats does the rajya sabha have",  # seats of a house
    ],
)
def test_railway_words_read_in_the_sense_the_words_around_them_give(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "platform ticket kaise milega",  # nothing around the railway words
        "ticket kharidna hai patna ka",  # a place makes it a journey's ticket
        "coach position of 12627",  # a train number is railways' own
        "isse track karo",  # a short follow-up, read in its context
        "darjeeling toy train ticket price",  # a toy train with a ticket runs on rails
        "andheri se churchgate local",  # a suburban local is a train
    ],
)
def test_what_only_railways_have_or_too_few_words_keep_the_railway_sense(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) != Intent.OUT_OF_SCOPE


def test_the_sense_model_weighs_the_words_of_railway_questions_against_the_others() -> None:
    from app.bot.understanding.classifier import model

    assert model().other_sense("who is the batting coach of the indian cricket team")
    assert not model().other_sense("which coach is the pantry car in 12627")


@pytest.mark.parametrize(
    "text",
    [
        "gaya mein shraddh ki vidhi kya hai",  # a town's rites, not its trains
        "surat ki ghari mithai kahan milti hai",  # a town's sweets
        "कोटा में कोचिंग की फीस",  # coaching, not a coach
    ],
)
def test_a_place_among_words_of_another_topic_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize("text", ["gaya jaana hai", "bina", "pune mein hu"])
def test_a_place_alone_or_with_a_way_to_go_stays_a_railway_question(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) != Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("kal school ki chhutti hai kya", True),  # a day off
        ("is monday a bank holiday", True),
        ("holiday special train list", False),  # a railway's holiday trains
    ],
)
def test_days_off_are_outside_railways_but_holiday_trains_are_not(
    text: str, outside: bool, index: StationIndex
) -> None:
    assert (intent_of(text, index) == Intent.OUT_OF_SCOPE) is outside


@pytest.fixture(scope="module")
def real_index(shared_stations_path: Path) -> StationIndex:
    return StationIndex.build(datameet_stations(shared_stations_path))


@pytest.mark.parametrize(
    "text",
    ["pani hai kya", "season hai kya", "मुझे पानी के बारे में जानना है", "मुझे सचिन के बारे में बताओ"],
)
def test_an_everyday_word_said_alone_is_no_small_station(
    text: str, real_index: StationIndex
) -> None:
    """Among 8,990 stations, everyday words are near many small stations' names ("pani",
    "season", "बदल"): alone, or written in Devanagari, such a word is not read as one."""
    assert not understand(text, today=TODAY, index=real_index).slots


@pytest.mark.parametrize(
    "text",
    [
        "jio recharge 8800112233 for 239",  # a phone to recharge
        "my flipkart order 2345678901 kab aayega",  # an order
        "sbi account 3012345678 me paise nahi aaye",  # a bank account
        "मेरा कूरियर 5678901234 कहाँ पहुंचा",  # a parcel
        "buy a 20000 mah power bank",  # a quantity, not train 20000
        "15000 watt generator kitne ka hai",
        "25000 ka loan chahiye",  # a round sum beside a topic
    ],
)
def test_numbers_of_other_services_and_quantities_are_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "pnr"),
    [
        ("9123456780 pnr status", "9123456780"),
        ("mere mobile pe pnr aaya 4512345678 status batao", "4512345678"),
        ("my mobile is 9876543210 and pnr 4512345678", "4512345678"),
        ("4512345678", "4512345678"),
    ],
)
def test_ten_digits_with_a_booking_word_or_alone_stay_a_pnr(
    text: str, pnr: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert (request.intent, request.slots.get("pnr")) == (Intent.PNR_STATUS, pnr)


@pytest.mark.parametrize(
    "text",
    [
        "visa appointment waiting",  # a queue of another place
        "bank ki line me 34 log hain",
        "अस्पताल में वेटिंग लिस्ट कितनी लंबी है",
        "my wedding got cancelled",  # one's own event
        "aaj ki class cancel ho gayi",
        "मेरी मीटिंग कैंसिल हो गई",
        "ship me berth kaise book kare",  # a ship's berth
        "icu bed khali hai kya",
        "21vi shatabdi ke mahapurush",  # a century
        "इक्कीसवीं शताब्दी पर निबंध",
        "rajdhani newspaper today",  # a publication
        "delhi se agra gaadi se jaane me kitna petrol lagega",  # the road
        "bangalore to mysore drive kitne ghante",
        "delhi rajdhani hai bharat ki",  # a capital
        "1 ton ac 15000 me milega kya",  # a quantity and a price
        "mere papa ke number 9456123780 pe balance daalna hai",  # a recharge
        "nau do gyarah hona muhavre ka matlab",  # an idiom's meaning
        "bharat ka rashtriya pashu kaun sa hai",  # "bharat" alone is India, not Vande Bharat
        "भारत में कितने राज्य हैं",
        "humsafar ban jao mere",  # a kind's name alone among words of its own
        "बच्चों का स्कूल कल बंद रहेगा",  # a school closed
        "team ko playoff me berth mili kya",  # a tournament's berth
    ],
)
def test_railway_words_in_other_senses_are_outside_railways(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my waiting list ticket confirm hoga", Intent.PNR_STATUS),
        ("waiting list kitni hai 12627 me", Intent.SEAT_AVAILABILITY),
        ("aaj kitni trains cancel hui", Intent.CANCELLED_TRAINS),
        ("is my train 12951 cancelled", Intent.CANCELLED_TRAINS),
        ("lower berth chahiye 12627 me", Intent.SEAT_AVAILABILITY),
        ("delhi se agra gaadi kitne baje hai", Intent.TRAINS_BETWEEN),
        ("battery car chahiye ndls pe", Intent.CANNOT_DO),
        ("meri waiting list ticket ka kya hua", Intent.PNR_STATUS),
        ("mumbai ki rajdhani kab aayegi", Intent.LIVE_STATUS),
        ("rajdhani kahan hai", Intent.LIVE_STATUS),
        ("vande bharat kab aayegi", Intent.LIVE_STATUS),
        ("passenger ka naam galat hai", Intent.CANNOT_DO),
        ("upper berth ke liye kaise bole", Intent.SEAT_AVAILABILITY),  # a train's berth
    ],
)
def test_the_railway_senses_of_those_words_stay(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize("text", ["trade fair delhi 2026 dates", "new arrivals in zara"])
def test_a_fair_and_new_arrivals_of_a_shop_are_not_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text",
    [
        "kal mera interview hai kuch tips do",  # "kal" is no date of a journey
        "आज मेरा मन बहुत उदास है",
        "insta account hack ho gaya help karo",  # help with something else, not with RailBot
        "how to improve my spoken english",  # a language to learn, not to answer in
        "mujhe english sikhni hai kaise shuru karu",
    ],
)
def test_everyday_life_with_only_a_word_railway_questions_share_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("shaadi me jaipur jana hai delhi se sleeper ka kiraya kitna hai", Intent.FARE),
        ("interview ke liye pune se mumbai 3ac fare", Intent.FARE),
        ("what services do you provide", Intent.HELP),  # help with RailBot itself
        ("english me batao 12627 kahan hai", Intent.LIVE_STATUS),
    ],
)
def test_a_journey_in_a_class_for_an_event_and_help_with_railbot_stay_railways(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text", ["delhi to goa flight economy class fare", "volvo sleeper bus delhi se manali kiraya"]
)
def test_a_class_said_of_a_flight_or_a_bus_is_still_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sab band karo", Intent.ALERT_STOP),  # all that was set, never outside railways
        ("सब कुछ बंद कर दीजिए", Intent.ALERT_STOP),
        ("aaj sab band hai", Intent.CANCELLED_TRAINS),  # a question, not a thing told
    ],
)
def test_stopping_everything_in_hindi_stops_the_alerts(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("best gift ideas for women", Intent.OUT_OF_SCOPE),  # never the ladies' quota
        ("senior citizen pension scheme kaise apply kare", Intent.OUT_OF_SCOPE),
        ("ladies suit online kahan sasta milega", Intent.OUT_OF_SCOPE),
        ("general ticket online kaise book kare", Intent.CANNOT_DO),  # a ticket's class
        ("ladies quota me seat milegi kya 12627", Intent.SEAT_AVAILABILITY),
        ("sitting me jagah hai kya kal 12051 me", Intent.SEAT_AVAILABILITY),
    ],
)
def test_a_class_or_quota_said_in_everyday_words_alone_is_weighed_as_those_words(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("मुंबई में किराये का घर", Intent.OUT_OF_SCOPE),  # a house's rent, never Mumbai's fares
        ("kiraye pe kamra chahiye pune me", Intent.OUT_OF_SCOPE),
        ("ghar jaane ka kiraya delhi se patna", Intent.FARE),  # the fare of a journey home
        ("patna se ghar jane ka kiraya sleeper", Intent.FARE),
    ],
)
def test_a_dwellings_rent_is_outside_railways_a_journey_homes_fare_is_not(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("not now", Intent.UNKNOWN),  # put off, never a board of the trains now
        ("abhi nahi baad me", Intent.UNKNOWN),
        ("अभी आता हूँ", Intent.UNKNOWN),  # oneself, now
        ("abhi", Intent.DEPARTURES),  # the trains now, a station to be asked
        ("mujhe sochne do", Intent.UNKNOWN),  # the conversation, not another topic
        ("wait karo thoda", Intent.UNKNOWN),
    ],
)
def test_remarks_on_the_conversation_are_not_understood_never_a_board_or_another_topic(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("मेरी फ्लाइट छूट गई, दिल्ली से मुंबई की ट्रेन बताओ", Intent.TRAINS_BETWEEN),
        ("train miss ho gayi ab bus se jaunga", Intent.CANNOT_DO),  # one's own train missed
        ("meri flight chhut gayi ab kya karu", Intent.OUT_OF_SCOPE),
    ],
)
def test_a_flight_missed_asks_trains_and_a_train_missed_stays_ones_own(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize("text", ["सिर में दर्द", "सिर दर्द", "khansi"])
def test_an_ailment_said_alone_is_no_station_by_its_sound(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("what is your name", "who"),
        ("are you a robot or a real person", "who"),
        ("tumhe kisne banaya", "who"),  # not who built a monument
        ("तुम्हारा नाम क्या है", "who"),
        ("you are useless", "verdict"),
        ("ye bot bilkul bekaar hai", "verdict"),
        ("तुम बहुत बेकार हो", "verdict"),
    ],
)
def test_small_talk_about_the_bot_itself_is_help_with_the_remark(
    text: str, remark: str, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert isinstance(request, Help) and request.remark == remark


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("who made the taj mahal, do you know", Intent.OUT_OF_SCOPE),  # not the bot's maker
        ("my name is rahul", Intent.UNKNOWN),  # one's own name, said to no one
        ("your train 12627 is late", Intent.LIVE_STATUS),
        ("what can you do", Intent.HELP),
    ],
)
def test_words_about_the_bot_beside_anything_else_are_no_remark_on_it(
    text: str, intent: Intent, index: StationIndex
) -> None:
    request = understand(text, today=TODAY, index=index)
    assert request.intent == intent and not (isinstance(request, Help) and request.remark)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("railway model kit kahan milega", Intent.OUT_OF_SCOPE),  # a model, not a train's run
        ("hotel pahunchna hai, howrah se puri ka kiraya sleeper", Intent.FARE),  # a hotel reached
        ("volvo sleeper bus delhi se manali kiraya", Intent.OUT_OF_SCOPE),  # another way to go
    ],
)
def test_a_model_railway_is_a_toy_and_a_hotel_to_reach_leaves_a_classed_journey(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what can railbot answer", Intent.HELP),  # about the bot, in the third person
        ("ye bot kya batayega", Intent.HELP),  # with a future verb, no train's run
        ("ये बॉट किस काम आएगा", Intent.HELP),
        ("is this bot useful for train info", Intent.HELP),
        ("what is this bot good for", Intent.HELP),
        ("good bot", Intent.THANKS),  # praise, thanked for
        ("you are not good", Intent.HELP),  # praise denied: a verdict
        ("could you explain what RLWL means", Intent.EXPLAIN),  # a railway word asked of it
        ("do you know the cricket score", Intent.OUT_OF_SCOPE),
    ],
)
def test_what_the_bot_is_good_for_asked_in_any_person_is_help_praise_is_thanks(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("mumbai ka std code kya hai", Intent.OUT_OF_SCOPE),  # a city's code elsewhere
        ("lucknow airport ka code", Intent.OUT_OF_SCOPE),
        ("lucknow ka station code", Intent.STATION_BY_NAME),
        ("holi kab hai 2027 me", Intent.OUT_OF_SCOPE),  # a festival, never a greeting
        ("होली किस तारीख को है", Intent.OUT_OF_SCOPE),
        ("holi pe delhi se patna ki train", Intent.TRAINS_BETWEEN),
        ("kal aandhi chalegi kya", Intent.OUT_OF_SCOPE),  # the weather "runs", no train
        ("kal chalegi kya", Intent.TRAIN_FACTS),  # the train in hand's run
        ("bullet train kab chalegi india me", Intent.OUT_OF_SCOPE),  # railways in the news
        ("railway budget 2027 me kya mila", Intent.OUT_OF_SCOPE),
        ("train of thought meaning in hindi", Intent.OUT_OF_SCOPE),  # words to translate
    ],
)
def test_codes_festivals_weather_and_railway_news_are_outside_railways(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("support ticket number 48213 ka kya hua", Intent.OUT_OF_SCOPE),  # a helpdesk's ticket
        ("ticket number 12627 ka status", Intent.LIVE_STATUS),  # a train's number
        ("dmrc smart card refund", Intent.OUT_OF_SCOPE),  # the metro's, never a ticket refund
        ("vaishno devi helicopter booking kaise kare", Intent.OUT_OF_SCOPE),
        ("meri gaadi ki rc kho gayi hai", Intent.OUT_OF_SCOPE),  # a vehicle's papers
        ("kaun kaun si cheezon me madad karte ho", Intent.HELP),  # asked of RailBot
        ("insta hack ho gaya help karo", Intent.OUT_OF_SCOPE),
    ],
)
def test_a_helpdesks_ticket_a_metros_refund_and_help_asked_of_the_bot(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("tum kaha rehte ho", Intent.HELP),  # where the bot lives: who it is
        ("तुम्हारा मालिक कौन है", Intent.HELP),
        ("aap bahut achhe ho", Intent.THANKS),
        ("makemytrip refund status", Intent.OUT_OF_SCOPE),  # a travel site's refund
        ("refund status of my cancelled train ticket", Intent.CANNOT_DO),
    ],
)
def test_where_the_bot_lives_its_owner_praise_and_a_travel_sites_refund(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "what is this assistant for",  # the bot in the third person, no word "bot"
        "what does this page do",
        "what info does this service give",
        "ye app kis kaam ka hai",
        "इस ऐप से क्या पता चलेगा",
        "is this a railway bot",
    ],
)
def test_what_this_assistant_app_or_page_is_for_is_help(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.HELP


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("irctc app login nahi ho raha", Intent.CANNOT_DO),  # another app's trouble, not RailBot's
        ("can this bot check pnr 4512345674", Intent.PNR_STATUS),
        ("is this app free to download from play store", Intent.OUT_OF_SCOPE),
    ],
)
def test_an_app_or_a_bot_beside_anything_else_is_not_about_railbot(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("flight PNR 4512345678 status", Intent.OUT_OF_SCOPE),
        ("bus ka pnr number 4512345678 hai seat kaunsi hai", Intent.OUT_OF_SCOPE),
        ("फ्लाइट का पीएनआर 4512345678 है", Intent.OUT_OF_SCOPE),
        ("bus ka waiting list confirm hoga kya", Intent.OUT_OF_SCOPE),  # no chance of a train's
        # a train said beside the other way keeps the booking the railway's; "bas" is "just"
        ("my flight is cancelled, is my train pnr 4512345678 confirmed", Intent.PNR_STATUS),
        ("bas 4512345678 ka status batao", Intent.PNR_STATUS),
        ("4512345678 pnr status", Intent.PNR_STATUS),
    ],
)
def test_a_booking_of_another_way_of_travelling_is_that_ways(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("✈️ ticket price mumbai to dubai", Intent.OUT_OF_SCOPE),  # emoji read as their topic
        ("☔ tomorrow in chennai?", Intent.OUT_OF_SCOPE),
        ("🚌 delhi to agra kal", Intent.OUT_OF_SCOPE),
        ("airport express metro fare new delhi to airport", Intent.OUT_OF_SCOPE),  # a metro line
        ("msrtc shivneri pune mumbai kitne ka ticket", Intent.OUT_OF_SCOPE),  # a state's buses
        ("flght delayd by 3 hrs can i get refund", Intent.OUT_OF_SCOPE),
        ("cancelled cheque kya hota hai", Intent.OUT_OF_SCOPE),
        ("new delhi to mumbai express train fare", Intent.FARE),
        # only trains have 3AC: a flight compared with is no way of making the journey
        ("flight se sasta hai kya, delhi lucknow 3ac ka kiraya", Intent.FARE),
        ("platform ticket online kaise milega", Intent.CANNOT_DO),  # the railway's own pair
    ],
)
def test_signs_shorthand_and_other_services_names_say_the_topic(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


def test_family_words_are_no_station_codes(real_index: StationIndex) -> None:
    assert intent_of("happy birthday wishes for mom", real_index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("zingbus ka customer care number", Intent.OUT_OF_SCOPE),  # another service's care
        ("pnb ka customer care", Intent.OUT_OF_SCOPE),
        ("customer care number", Intent.CANNOT_DO),  # the railway's, with nothing else said
        ("lucknow se varanasi road kaisa hai", Intent.OUT_OF_SCOPE),  # the road between them
        ("lucknow se varanasi train", Intent.TRAINS_BETWEEN),
        ("rto me dl ka waiting bahut hai", Intent.OUT_OF_SCOPE),  # another office's queue
        ("cheque bounce ho gaya kya kare", Intent.OUT_OF_SCOPE),
        ("cheque se railway ticket ka payment ho sakta hai kya", Intent.CANNOT_DO),
    ],
)
def test_other_services_care_roads_and_queues_are_theirs(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a topic said as the cause of what trains do is no topic asked
        ("baarish ki wajah se cancel hui trains mumbai", Intent.CANCELLED_TRAINS),
        ("trains cancelled due to heavy rain in mumbai", Intent.CANCELLED_TRAINS),
        ("kal mumbai me barish hogi kya", Intent.OUT_OF_SCOPE),
        # a cab booked is no ticket to book; a train's sign keeps the PNR the railway's
        ("cab book kar li hai, bas ye batao 12296 platform kaunsa", Intent.LIVE_STATUS),
        ("12296 me ticket book karna hai", Intent.CANNOT_DO),
        ("pnr 4356789012 ✈️ nahi 🚆 ka hai, status?", Intent.PNR_STATUS),
    ],
)
def test_a_topic_beside_a_railway_question_as_its_cause_or_done_already_leaves_it(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # what is asked is said of the other way; the train was a leg already made
        ("pahle train ab aage bus, lucknow se nainital bus timing", Intent.OUT_OF_SCOPE),
        ("train se lucknow gaya, ab lucknow se nainital ka cab fare", Intent.OUT_OF_SCOPE),
        ("hotel pahunchna hai, howrah se puri ka kiraya sleeper", Intent.FARE),
        ("bus ka kiraya 800 hai, train ka kitna hai pune se nagpur sleeper", Intent.FARE),
        # everyday life that held nothing the rules knew
        ("hello ji hamare gaon me mobile tower nahi hai kya kare", Intent.OUT_OF_SCOPE),
        ("आज बादल छाए रहेंगे क्या", Intent.OUT_OF_SCOPE),
        ("समय बदल गया", Intent.RESCHEDULED_TRAINS),  # "badal" is a change, not a cloud
        ("dilli ka purana naam kya tha", Intent.OUT_OF_SCOPE),
    ],
)
def test_what_is_asked_belongs_to_the_way_it_is_said_of(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("flt delayed pls help", Intent.OUT_OF_SCOPE),  # chat shorthand of a flight, a hotel
        ("htl bkng cnfrmd?", Intent.OUT_OF_SCOPE),
        ("gaadi ka track record kaise check kare second hand", Intent.OUT_OF_SCOPE),
        ("गाड़ी का इंजन आवाज कर रहा है", Intent.OUT_OF_SCOPE),
        ("ट्रेन में टीटीई ने बदतमीजी की", Intent.CANNOT_DO),  # misbehaviour on board: RailMadad
    ],
)
def test_shorthand_used_cars_and_misbehaviour_on_board(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a festival's, a pilgrimage's or a monument's date, cost or ticket; its special trains
        ("rath yatra is saal kis tarikh ko hai", Intent.OUT_OF_SCOPE),
        ("kumbh mela me snan ki tithi", Intent.OUT_OF_SCOPE),
        ("char dham yatra me kitna kharcha", Intent.OUT_OF_SCOPE),
        ("chhath special train dilli se patna", Intent.TRAINS_BETWEEN),
        # another country's trains, a minister, a road closed beside a train asked
        ("china me train ka kiraya kitna hai", Intent.OUT_OF_SCOPE),
        ("railway minister ka naam", Intent.OUT_OF_SCOPE),
        ("highway band hai, 12560 kitni late hai", Intent.LIVE_STATUS),
    ],
)
def test_festivals_pilgrimages_other_lands_and_closed_roads(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "child helpline number kya hai",  # never the child quota
        "cyber crime ki complaint kahan kare",  # never a complaint on a train
        "amex card ki annual fee",  # never a train's "express"
        "swiggy platform fee kyu lagta hai",  # never a platform's fare
        "japan ki trains kitni tez hai",  # another country's trains
    ],
)
def test_other_services_named_like_quotas_cards_and_platforms(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("train me guitar le ja sakte hai kya", Intent.CANNOT_DO),  # what may be carried on board
        ("flight me achar le ja sakte hai kya", Intent.OUT_OF_SCOPE),
        ("zepto pe doodh kitne ka hai", Intent.OUT_OF_SCOPE),  # a delivery app by name
        ("republic day parade ke pass kaise milte hai", Intent.OUT_OF_SCOPE),
    ],
)
def test_what_may_be_carried_delivery_apps_and_a_parades_passes(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my coach says train smarter not harder", "out_of_scope"),  # a sports coach's advice
        ("meri exam date aa gayi", "out_of_scope"),  # a remark, not "what is my travel date"
        ("my exam date got confirmed", "out_of_scope"),
        ("mera coach kaunsa hai", "pnr_status"),  # asked of one's booking
        ("ticket kis date ka hai", "pnr_status"),
        ("mera coach number batao", "pnr_status"),
        ("my berth number please?", "pnr_status"),
    ],
)
def test_ones_coach_or_date_is_the_bookings_only_when_asked_about(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a legislature's or an election's seats, never seats on a train
        ("kitni seats jeeti congress ne rajasthan me", "out_of_scope"),
        ("how many mla seats are there in delhi", "out_of_scope"),
        ("लोकसभा की कितनी सीटें यूपी में हैं", "out_of_scope"),
        ("is 12952 running on time, i have to vote tomorrow", "live_status"),
        ("12626 me sleeper seat hai kya 14 dec", "seat_availability"),
    ],
)
def test_seats_of_a_legislature_or_an_election_are_not_a_trains(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the day of one's own event, or a date with someone, confirmed: a remark, no booking
        ("my dinner date got confirmed for friday", "out_of_scope"),
        ("sagai ki date confirm ho gayi kya", "out_of_scope"),
        ("got a date with him, confirmed!", "out_of_scope"),
        ("meeting confirm hui, mail aaya", "out_of_scope"),
        # one's ticket confirmed stays the booking's
        ("mera ticket confirm hua kya", "pnr_status"),
        ("shaadi me jana hai, pnr 4512309876 confirm hua?", "pnr_status"),
    ],
)
def test_an_events_date_confirmed_is_no_booking(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ghar ke bahar gaadi bulwao, mandir jana hai", "out_of_scope"),  # a car called
        ("kochi me tram chalti thi kya pehle", "out_of_scope"),  # another way of travel
        ("shivratri pe kaunse bhagwan ki puja hoti hai", "out_of_scope"),  # worship
        ("aaj roza kitne baje khulega", "out_of_scope"),
        ("uski naukri patri se utar gayi", "out_of_scope"),  # an idiom: no station Patri
        ("chhata kho gaya bazaar me", "out_of_scope"),  # an umbrella: no station by its sound
        ("porter app se sofa shift karna hai", "out_of_scope"),  # a delivery app, no station APP
    ],
)
def test_cars_called_trams_worship_idioms_and_apps_are_outside_railways(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a porter at a station is the station's service, arranged there
        ("patna junction pe kuli milta hai kya", "cannot_do"),
        ("coolie charges at mumbai central", "cannot_do"),
        ("kuli ka rate kitna hai", "cannot_do"),
        # which station serves a place is a railway question, a police station's is not
        ("closest railway station to haridwar", "station_by_name"),
        ("mathura ka najdiki station", "station_by_name"),
        ("nearest police station to kota junction", "out_of_scope"),
    ],
)
def test_porters_and_the_station_nearest_a_place_are_railway_questions(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # a hall, a banquet or a venue booked is no ticket
        ("marriage hall ki booking kitne ki hai", "out_of_scope"),
        ("community hall booking for birthday", "out_of_scope"),
        # a train of one's life is a figure of speech, one's own train missed is not
        ("zindagi ki train chhoot gayi", "out_of_scope"),
        ("meri train chhoot gayi refund milega", "cannot_do"),
        # a weak topic's word gives railway words its sense ("sugar", "vajan")
        ("papa ko sugar hai kya khana chahiye", "out_of_scope"),
        # "tatkal" said as "at once" is weighed without it
        ("tatkal me ghar pe kya khana banaye", "out_of_scope"),
    ],
)
def test_halls_figures_of_speech_and_health_are_outside_railways(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # someone on one's seat or berth, a fight on board: RailMadad's
        ("meri seat par koi aur baitha hai 12627 me", "cannot_do"),
        ("someone is sleeping on my berth", "cannot_do"),
        ("coach me jhagda ho raha hai", "cannot_do"),
        ("train me baitha hu, 12627 kab pahunchegi", "live_status"),
        # a booking's date on a train changed; the station nearest said in two words
        ("12627 ki date change karni hai", "cannot_do"),
        ("agra ke sabse kareeb ka station", "station_by_name"),
        # a status asked after a station reached is the train's, not its stations
        ("cab se station pahunch gaya, 12627 ka status", "live_status"),
    ],
)
def test_seats_taken_booking_dates_and_the_nearest_station_stay_railway_questions(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("fb pe profile lock kaise kare", "out_of_scope"),  # Facebook by its short name
        ("kal subah agra me dhund hogi kya", "out_of_scope"),  # fog in a station's city
        ("dhund ki wajah se 12280 late hai kya", "live_status"),
        ("uski padhai patri se utar gayi hai", "out_of_scope"),  # derailed, as an idiom
        ("ek aadmi meri berth pe zabardasti leta hai", "cannot_do"),  # RailMadad's to settle
        ("12419 ke ticket ki date aage ho sakti hai kya", "cannot_do"),  # a booking's date moved
    ],
)
def test_facebook_fog_idioms_and_a_bookings_date_moved(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # goods carried by road between cities: a truck's or a tempo's hire, not a fare
        ("truck se saamaan bhejna hai patna se ranchi kitna lagega", "out_of_scope"),
        ("ट्रक का भाड़ा लखनऊ से कानपुर कितना है", "out_of_scope"),
        ("ट्रक ड्राइवरों की हड़ताल है, 12530 आज समय पर है क्या", "live_status"),
        # the village's and the district's offices, and trouble at home
        ("tehsil me khatauni kaise nikale", "out_of_scope"),
        ("पंचायत में शिकायत कहाँ दें", "out_of_scope"),
        ("दहेज के लिए परेशान कर रहे हैं", "out_of_scope"),
        ("sarpanch ji ke saath jana hai pnr 4512345678 confirm hua kya", "pnr_status"),
        # a train of the mind, as a figure of speech
        ("mere khayalon ki train ruk hi nahi rahi", "out_of_scope"),
        # everyday Hindi words that are no slip of a keyword ("tanki" no "thanks", "gaali" no
        # "gaadi", "pati" no "path")
        ("tanki bhar gayi hai", "out_of_scope"),
        ("usne mujhe gaali di", "out_of_scope"),
        # one's provident fund, and what the bot is doing
        ("pf ka paisa nikalna hai", "out_of_scope"),
        ("tum abhi kya kar rahe ho", "out_of_scope"),
    ],
)
def test_road_goods_village_offices_and_hindi_everyday_words_are_outside_railways(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # English words of everyday life written in Devanagari are read as those words
        ("पबजी खेलने से आंखें खराब होती हैं क्या", "out_of_scope"),  # no journey from Kalyan
        ("वाईफाई का राउटर कहाँ से लूं", "out_of_scope"),
        ("टिफिन लेकर चढ़ना है, 12560 कितने बजे आएगी", "live_status"),
        # a translation asked is no language to answer in; the bot's earnings no fare
        ("is line ka anuvad hindi me karo", "out_of_scope"),
        ("तुम कितना कमाती हो", "out_of_scope"),
        # money lent to a relative is no refund
        ("udhaar diye paise wapas kaise le", "out_of_scope"),
        ("pension ke kaam se jana hai, pnr 4512345678 confirm hua kya", "pnr_status"),
    ],
)
def test_loanwords_in_devanagari_translations_and_money_lent_are_outside_railways(
    text: str, intent: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "transport wala rate batao indore se surat per quintal",  # a carrier's, by the quintal
        "packers movers ka rate pune to mumbai",
        "goods carrier ka kiraya nagpur se raipur",
    ],
)
def test_a_rate_between_cities_with_words_of_carriers_and_no_train_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("delhi se agra kaise jaye", Intent.TRAINS_BETWEEN),  # no word of another carrier
        ("panvel se kurla harbour line local", Intent.TRAINS_BETWEEN),  # a local's journey
        ("shaadi ke liye kanpur se delhi train kal", Intent.TRAINS_BETWEEN),
        ("shaadi ke liye group me ticket train me book kaise kare", Intent.CANNOT_DO),
    ],
)
def test_a_journey_by_train_or_for_an_occasion_stays_a_railway_question(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "20% of 650",  # a share of a number to work out
        "12.5% of 80",
        "bank complaint ka ticket status",  # the bank's support ticket
        "bank walo ne complaint ticket close kar diya",
        "zindagi ek relgadi ki tarah hai",  # a figure of speech
    ],
)
def test_shares_of_numbers_a_banks_ticket_and_a_life_likened_to_a_train_are_outside(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


def test_loving_trains_is_no_figure_of_speech(index: StationIndex) -> None:
    assert intent_of("i love trains", index) == Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "radio pe suna aaj kai trainen cancel hain, kaunsi hain",
        "read in the newspaper that many trains are cancelled today, which ones",
        "टीवी पर दिखाया कि आज गाड़ियाँ रद्द हैं, लिस्ट दो",
    ],
)
def test_cancellations_heard_in_the_news_ask_the_cancelled_list(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.CANCELLED_TRAINS


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("parso bharat band hai kya", Intent.OUT_OF_SCOPE),  # the strike, not a train's
        ("कल भारत बंद रहेगा क्या", Intent.OUT_OF_SCOPE),
        ("bharat bandh me lucknow ki koi train radd hai kya", Intent.CANCELLED_TRAINS),
        ("which trains are cancelled because of the bharat bandh", Intent.CANCELLED_TRAINS),
        ("trains cancelled during the bharat bandh", Intent.CANCELLED_TRAINS),
    ],
)
def test_a_nationwide_strike_is_outside_railways_but_the_trains_it_cancels_are_asked(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "my brain runs like a goods train at night",
        "wo rajdhani express ki tarah bolta hai",
        "मेरी यादों की रेलगाड़ी कभी नहीं रुकती",
        "train of thought kya hota hai",
    ],
)
def test_a_train_something_is_likened_to_is_no_train_asked(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


def test_a_train_asked_for_like_another_stays_a_railway_question(index: StationIndex) -> None:
    assert intent_of("rajdhani jaisi koi fast train hai bhopal se delhi", index) == (
        Intent.TRAINS_BETWEEN
    )


@pytest.mark.parametrize(
    "text",
    [
        "good night ko punjabi me kaise bolte",
        "what does salaam mean",
        "thank you in tamil language",
    ],
)
def test_a_greeting_or_thanks_asked_about_as_a_word_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [("namaste, rac ka matlab kya hai", Intent.EXPLAIN), ("thanks", Intent.THANKS)],
)
def test_a_railway_word_asked_after_a_greeting_is_still_explained(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text",
    [
        "hey whats the vibe tonight",  # a day is every topic's
        "hello ji, aaj ka cricket score",
        "namaste, mistri ka number chahiye",  # a number of someone else, not one RailBot keeps
        "हैलो, बिजली वाले का नंबर दो",
    ],
)
def test_a_greeting_before_another_topic_is_outside_railways(
    text: str, index: StationIndex
) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [("hello", Intent.GREETING), ("hi, kal bhopal se indore trains", Intent.TRAINS_BETWEEN)],
)
def test_a_greeting_alone_or_before_a_railway_question_is_not_outside(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


def test_platform_heels_in_devanagari_are_footwear(index: StationIndex) -> None:
    assert intent_of("प्लेटफॉर्म हील वाले सैंडल दिखाओ", index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    "text", ["सर्दियों में बुजुर्ग क्या पहनें", "garmiyon ki chhuttiyon me kya karein"]
)
def test_winters_and_summers_are_never_read_as_trains(text: str, index: StationIndex) -> None:
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("my coach wants me to train harder, what to eat", Intent.OUT_OF_SCOPE),
        ("how to train my cat to use a litter box", Intent.OUT_OF_SCOPE),
        ("i want to train from delhi to agra", Intent.TRAINS_BETWEEN),
    ],
)
def test_train_as_a_verb_is_weighed_without_it(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("navratri 2027 kis date ko hai", Intent.OUT_OF_SCOPE),  # a festival's date
        ("meri yatra kis date ko hai", Intent.PNR_STATUS),  # one's journey's
    ],
)
def test_a_festival_s_date_is_not_one_s_journey_date(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("namaste mitron", Intent.GREETING),  # whom the greeting is for
        ("gm dosto", Intent.GREETING),
        ("कॉलेज में एडमिशन की सीट कितनी हैं", Intent.OUT_OF_SCOPE),  # "कॉलेज" reads "kolej"
    ],
)
def test_friends_greeted_and_a_college_in_devanagari(
    text: str, intent: Intent, index: StationIndex
) -> None:
    assert intent_of(text, index) == intent


@pytest.mark.parametrize(
    "text", ["aaj lu chalegi kya", "delhi me lu chal rahi hai kya", "आज लू चलेगी क्या", "lu lag gayi"]
)
def test_the_hot_wind_is_outside_railways_never_the_word_of_taking(
    text: str, index: StationIndex
) -> None:
    # "lu" alone is also "I take" ("toh kaunsi lu"): the hot wind is said blowing or striking
    assert intent_of(text, index) == Intent.OUT_OF_SCOPE
