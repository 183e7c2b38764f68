"""The words RailBot understands: intent keywords, hints, connectors between places, filler, and
the words of the conversation itself (starting over, answering a question, stopping alerts).

English, Hinglish (romanised Hindi, as typed on phones) and Devanagari Hindi. Every phrase is
written here once, in lower case; `PHRASES` maps its words to what they mean. Single words of
five letters or more are also matched when misspelt (`FUZZY_WORDS`). The spellings of values
live beside the patterns that read them: dates, weekdays and hour windows in `dates`, classes,
quotas and ages in `entities`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from enum import StrEnum
from typing import Final, Literal

from app.bot.requests.base import Intent
from app.bot.understanding.transliteration import romanize
from app.i18n.language import has_devanagari

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
    ELSEWHERE = "elsewhere"  # food, payments...: outside railways unless a train or ticket is


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
        confirm hogi | confirm hoge | कन्फर्म होगी
        confirm hui | confirmation status | chart prepared | chart bana | chart status
        charting | chart | waitlist status | wl status | rac status | cnf | coach number
        berth number | seat number | पीएनआर | पी एन आर | टिकट स्टेटस | passenger status
        passengers status | passenger ka status | passengers ka status | yatri status
        yatri ka status | yatriyon ka status | yatriyo ka status | पैसेंजर स्टेटस
    """,
    Intent.LIVE_STATUS: """
        running status | running | live | live status | spot | spot train | where is | wheres
        where are | where my | kahan hai | kaha hai | kahan | kaha | kahaan | kidhar | kaha pe
        location
        kothay | kothai | kothay ache | kuthe | kuthay | kuthe aahe | ekkada | ekkada undi | enga
        engey | enga irukku | kya che | kya chhe | kai jagya | ketli late | koto late | kiti late
        current location | current status | current station | current stn | expected arrival
        expected time | der se chal rahi | der se chal rahe
        deri se chal rahi | late chal rahe | running late | delayed | kaun se station par
        kaun se station pe
        kis station par | kis station pe | konse station pe | kaunse station par | kaunse station pe
        konse station par
        kis station se nikli | kaun se station se nikli | konse station se nikli | cross kiya
        cross kar gayi | cross kar li | paar kar gayi | paar kiya | पार कर गई | पार किया
        which station is it | which station now | pohcha | pahuncha | pahucha | pahunchi | pahuchi
        pohchi | pahunchegi
        pahuchegi | puhchi | pahunch | reach | reached | reaching | it get there | it gets there
        train get there | train gets there | how long till | how long until | how much longer till
        how much longer until
        late | delay | delayed
        how late | kitni late | kitna late | on time | right time | eta | arrive | arriving at
        delay kitna | delay kitna hai | delay kitna h | late kitna | late kitna hai | late kitna h
        deri kitna | deri kitna hai | der kitna | der kitna hai | देरी कितना | लेट कितना
        arrival time | kab aayegi | kab ayegi | kab aaegi | kab aaygi | kab pahunchegi | kab tak
        chal rahi | track | tracking | train status | gadi status | abhi kahan | ruki hai
        der se khadi | der se khari | kab se khadi | kab se khari | der se ruki | kab se ruki
        देर से खड़ी | कब से खड़ी | देर से रुकी | कब से रुकी
        ruki hui | ruki hui hai | ruka hua | ruka hua hai | kyu khadi | kyun khadi | khadi kyu
        khadi kyun | क्यों खड़ी | खड़ी क्यों | रुकी हुई | रुका हुआ | train stopped
        has stopped | is stopped | it stopped | not moving | isnt moving
        aayegi | ayegi | aaegi | aayega | aaygi | aegi | aega
        platform | platform number | platform no | pf | pf no | kaun sa platform
        konsa platform | kis platform | प्लेटफॉर्म | प्लेटफार्म
        कहाँ | कहां | कहा | किधर | लेट | पहुंची | पहुँची | पहुंचेगी | रनिंग | लाइव | रनिंग स्टेटस
        कब आएगी | कब पहुंचेगी | देरी | vilamb | vilamb se | विलंब | kis station ke pas
        kis station ke paas | kaun se station ke pas | kaun se station ke paas | kahan ke pas
        kahan ke paas | किस स्टेशन के पास
        time pe | time par | time pr | samay par | samay pe | sahi time | sahi samay | tym pe
        tym par | समय पर | समय पे | टाइम पर | टाइम पे | सही समय
    """,
    Intent.TRAIN_ROUTE: """
        route | routes | rt | route map | schedule | schedules | time table | timetable | stops
        route chart | time chart | timing chart | stoppage chart | halt chart | route ka chart
        stop at | stopping at | stopping in | stops at | stoppage | stoppages | halts | halt
        halting | kaun kaun se station
        kon kon se station | kaun kaun station | kon kon station | kaun kaun se stations
        which stations | all stations | station list | stations list | rukti | rukegi | rukti hai
        stations of | list of stations | station list of | all stations of
        ruk | ruke gi | ruke ga | rukega | rukta | rukta hai | rukti h | rukegi kya | path
        nahi ruki | ruki kya
        rukte hai | rukte hain | rukte h | rukat | rukela | rukeli | rukthi | rukai
        timing | timings | rasta | samay sarani | samay sarini | samay sarni
        samay sarini | thahrav | thehrav | kin stations | kin stationon | kahan kahan rukti
        kahan kahan | kaha kaha | kidhar kidhar | stoppage list | kis kis station
        kis kis stations | kin kin stations | kis kis | kin kin | which stations does | रूट
        समय सारणी | marg | yatra marg | margh | मार्ग | यात्रा मार्ग | thaharti | thahregi
        thaharegi | thaharta | thahrti | ठहरती | ठहरेगी | ठहरता
        nikkuma | nikkum | nirkuma | nirkum | nikkumaa | nikkutha | nikkudha | aagutunda
        aagutundha | agutunda | aaguthunda | aagtunda | aagutundi | nilluttada | nilluthada
        nillutta | nilkkumo | nirthumo | nikkumo | thambte | thambel | thambate | thambnar
        thambat | thame | thamey | thambe
        rukibo | rukiba | rukibone | ubhi rahe | ubhi rahese | ubhi raheshe | ubhe chhe | ubhe che
        ubhi rahe chhe | ubhi rahe che | ubhi re chhe | ubhi rakhe | ube chhe | ube che
        टाइम टेबल | ठहराव | कौन कौन से स्टेशन
        kin kin jagah | kis kis jagah | किन किन जगह | किस किस जगह | किन किन जगहों | kin jagahon
        hoke | hokar | hote hue | hote huye | होकर | होके | होते हुए | via | pass through
        passes through | passing through | go through | goes through | touch karti
        touch karegi | touch karta | guzarti | guzregi | gujarti | gujregi | गुज़रती | गुजरती
        a stop | on the way | on its way | en route | enroute | raste me aata | raste mein aata
        raste me aati | raste mein aati | raste me padta | raste mein padta | raaste me aata
        raaste mein aata | beech me aata | beech mein aata | bich me aata | beech me padta
        beech mein padta | रास्ते में आता | रास्ते में पड़ता | बीच में आता | बीच में पड़ता
        kaun kaun si jagah | कौन कौन सी जगह
    """,
    Intent.STATION_BY_NAME: """
        code | station code | stn code | code of | ka code | ki code | code for | codes
        code kya hai | कोड | स्टेशन कोड | short form | shortform | short name | short me
        शॉर्ट फॉर्म | शार्ट फॉर्म | शॉर्ट नाम
        short mein | short naam | sankshipt naam | sankshipt nam | sankshipt roop | sankshipt rup
    """,
    Intent.STATION_BY_CODE: """
        kaun sa station | kaunsa station | konsa station | kon sa station | kaun se station
        kaun station | kon station | kaun stn | kon stn | konsa stn | kaunsa stn
        which station | station name | name of station | station ka naam | ka naam | naam
        name | full name | name of | what station is that | what station is this
        what station is it | which station is that | which station is this | what stn is that
        what station is that code
        full form | stands for | stand for | nam | ka nam | station ka nam | kiska code
        which city | kis shahar | kis sahar | kaun sa shahar | konsa shahar | kis city
        which place | kis jagah | kis station ka | कौन सा स्टेशन | kahan ka code | kaha ka code
        kahaan ka code | kis jagah ka code | कहाँ का कोड | कहां का कोड | kahan ka station
        kaha ka station | kahaan ka station | kahan ka stn | कहाँ का स्टेशन | कहां का स्टेशन
        which state | kis state | kis rajya | kaun sa state | किस राज्य | कौन से राज्य
    """,
    Intent.DEPARTURES: """
        departures | departure | departing | leaving | leave | station board
        live station | next train | next trains | upcoming trains | upcoming train
        abhi | right now | now | currently | rn
        departure board | departures board | station departures | nikalne vali | nikalne wali
        deps | dep | dep board
        chhutne wali | chhootne vali | chhutne vali | chhootne wali | प्रस्थान | अभी
        khulne wali | khulne vali | khulne wale | खुलने वाली | खुलने वाले | निकलने वाली
        निकलने वाले | छूटने वाली | छूटने वाले | ravana hone wali | ravana hone vali
        रवाना होने वाली | रवाना होने वाले | nikal rahi | nikal rahe | निकल रही | निकल रहे
        chhut rahi | छूट रही | khul rahi | खुल रही
        ja rahi | jaa rahi | ja rahe | jaa rahe | ja rhi | nikal rhi | chhoot rahi | chut rahi
        ravana | rawana | ravaana | rawaana | leaving now
        chhutne ko | छूटने को | nikalne ko | निकलने को | khulne ko | खुलने को
    """,
    Intent.ARRIVALS: """
        arrivals | arrival | arriving | arriving at | arriving trains | trains arriving | incoming
        arr | arrs | arr board
        incoming trains | arrival board | aane wali | aane vali | ane wali | aa rahi | aane wale
        aane wala | aane vala
        aane vale | aane waali | pahunchne wali | pahunchne vali | आने वाली | आने वाले
        आ रही | आ रहे | aa rahe | aa rahi hai | pahunchane vali | pahunchane wali | ane vali
        ane vale | पहुंचने वाली | पहुंचने वाले
        pahunch rahi | pahunch rahe | pahuch rahi | pahuch rahe | पहुंच रही | पहुँच रही
        पहुंच रहे | पहुँच रहे | aane ko | ane ko | आने को | pahunchne ko | पहुंचने को
        पहुँचने को | आगमन | agaman | agman
        आ रहीं | a rahin | aa rahin | आ जाएंगी | आ जाएँगी | आ जायेंगी | आ जाएगी | आ जायेगी
        a jaengi | aa jaengi | aa jayengi | aa jayegi | aa jaegi | पहुँच जाएँगी | पहुंच जाएंगी
        पहुँच जाएगी | पहुंच जाएगी | pahunch jaengi | pahunch jayengi | pahunch jayegi
        आकर रुकेंगी | आकर रुकती | akar rukengi | aakar rukengi | aakar rukti
        anevali | anewali | aanevali | aanewali | anevale | anewale | aanewale | aanevale
        pahunchnevali | pahunchnewali | pahunchanevali
        aavan aali | aavan ali | avan aali | aavan wali | aavan aalii
    """,
    Intent.TRAINS_BETWEEN: """
        direct train | direct trains | train list | trains list | which train | which trains
        konsi train | kaun si train | kaunsi train | kon si train | koi train
    """,
    Intent.FARE: """
        fare | fares | fair | kiraya | kiraaya | kiraye | kiray | bhada | bhaada | price | prices
        cost | costs | ticket price | ticket cost | rate | rates | charges | charge | kitna lagega
        kitne ka | kitne ki | kitne paise | kitna paisa | kitne rupaye | amount | kitne mein
        kitne me | kitne main | kitne ka hai | kitne ki hai | kitna hai | kitne ka padega
        kitne ke | kitne ke honge | kitne ke hain | कितने के
        how much | hw much | how mch | hw mch | howmuch | rupees | rupaye | tariff | किराया | भाड़ा
        कितना लगेगा | charj | चार्ज | mulya | मूल्य | shulk | शुल्क
        kharcha | kharch | kharche | kharchaa | kitna kharcha | kitne ka aayega | kitne ka aaega
        kitne ka aega | kitna aayega | kitna aaega | kitna aega | kitne me aayega | kitne mein aega
        kitne mein aayega | kitne me aega | kitna padega | kitne ka padta | kitna padta
        kitne rupaye lagenge | kitne rupay lagenge | kitne paise lagenge | kitne lagenge
        kitna lagta | kitna lagta hai | kitne ka hoga | kitne ki hogi | kitne ka hai ticket
        कितने का आएगा | कितना आएगा | कितना खर्चा | खर्चा | खर्च | कितना पड़ेगा | कितने का पड़ेगा
        कितने रुपए लगेंगे | कितने रुपये लगेंगे | कितने पैसे लगेंगे
        dam | daam | keemat | kimat | kimmat | दाम | कीमत
        kitna h | kitne ka h | kitne ki h | kitne ke h | kitne ka hy | kitna hy
        kitne rs | kitna rs | kitne rs lagenge | kitne rupay | kitne rupye | kitne rupees
        how many rupees | how many rs | kitna ka | kitna ke | kitna ka hai | kitna ke hai
        kitne ko hai | kitna ko hai | kitne ko h | kitne ko padega | kitne ko padta
        kitne ko milega | kitne ko milta | kitne ko milti | kitne ko milegi
        cheaper | costlier | more expensive | less expensive | sasta padega
        sasta padta | saste padenge | mehenga padega | mahanga padega | mehnga padega
        सस्ता पड़ेगा | सस्ता पड़ता | महंगा पड़ेगा
        koto taka | kato taka | kat taka | koto taka lagbe | taka lagbe | kitne taka
    """,
    Intent.SEAT_AVAILABILITY: """
        seat | seats | availability | available | avail | avl | seat availability | berth
        avlbl | avbl | avlb | avble | avlblty | avlbty
        waiting | waiting list | waiting kitni | wl kitna | rac kitni
        berths | jagah | jagah hai | jaga | khali | khaali | vacancy | vacant | seat milegi
        berth share | seat share | berth shear | seat shear | share berth | share seat
        berth sharing | seat sharing | shared berth | sharing berth
        seat mil jayegi | seat hai | ticket milega | ticket milegi | seat milega | berth milega
        berth milegi | confirm ticket milega | seats available | uplabdh | uplabdhata | khali seat
        सीट | जगह | उपलब्ध | खाली
    """,
    Intent.CANCELLED_TRAINS: """
        cancelled | canceled | cancel | cancellation | cancelation | cancelled trains | radd
        cncl | cncld | cxl | cxld | canc | cancld
        rad | raddh | radd hui | nahi chalegi | nahi chal rahi | band hai | cancel hui | रद्द
        nahi chalengi | nahin chalegi | nahin chalengi | nahi chalenge | nahin chalenge
        nahi chalegi kya | नहीं चलेगी | नहीं चलेंगी | nirast | nirasth | nirastikaran | निरस्त
        रद्दीकरण | radd ki gayi | radd ki gai
        band hain | band hai kya | band rahegi | band rahengi | band rahenge | band kar di
        band kar diya | band kar di gayi | band ki gayi | band ki gai | band hui | band huin
        बंद हैं | बंद रहेगी | बंद रहेंगी | बंद कर दी | बंद की गई | बंद की गयी | बंद हुई
        mansukh | mansookh | mansukh hui | mansukh ki | मंसूख | मनसूख
        affected | impacted | is mine hit | mine hit | my train hit | is it hit | train hit
        hit hui | hit hua | hit hai | asar | asar pada | prabhavit | प्रभावित | असर
    """,
    Intent.RESCHEDULED_TRAINS: """
        rescheduled | reschedule | rescheduling | resheduled | time change | time changed
        resch | reschd | rschd | reschdl | resched | reschedld | reshed
        timing changed | late chalne wali | late chalne vali | der se chalne wali
        der se chalegi | late chalegi | late chal rahi | delayed trains | late trains
        late running | changed timing | changed timings | timing change | timings changed
        time badla | time badli | time badal | time badle | timing badli | timing badla
        samay badla | samay badli | samay badal | samay badle | badla hua time | badli hui
        der se chalne vali | late chalne vali | punarnirdharit | rescheduled trains
        vilamb se chalne wali | vilamb se chalne vali | vilambit | विलंब से चलने वाली | विलंबित
        reschedule hui | पुनर्निर्धारित
        preponed | postponed | revised timing | revised timings | revised time | time revised
        timing revised | time shift | time shifted | timing shift | timing shifted
        departure shifted | departure moved | time moved | been moved | shift hua | shift ho gaya
        shift ho gayi | shift kiya | shift kar diya | aage badha | aage badhaya | aage badha diya
        aage kar diya | peeche kar diya | khiska | khiskaya | khiska diya | khisak gaya
        der se chalai | der se chalayi | der se chalaai | late karke chalai | late kar ke chalai
        der se chalai ja | der se chhutengi | der mein chhutengi | der se chhutegi
        samay parivartan | time parivartan
        khisak gayi | samay badal diya | time badal diya | naya samay | nayi timing
        आगे खिसका | खिसका दिया | आगे बढ़ा दिया | समय बदल दिया | नया समय | आगे कर दिया
        der se chhutne wali | der se chhutne vali | der se chhutne wale | der se chhutne vale
        late chhutne wali | late chhutne vali | der se nikalne wali | der se nikalne vali
        der se khulne wali | der se khulne vali | samay aage | time aage | timing aage
        samay peeche | time peeche | der se ravana | der se rawana | late ravana | late rawana
    """,
    Intent.LANGUAGE: """
        hindi | hindee | hindi mein | hindi me | hindi main | in hindi | english | inglish
        angrezi | angreji | angrezee | in english | english mein | english me | language
        languages | bhasha | bhasa | lang
    """,
    Intent.OUT_OF_SCOPE: """
        kya banaun | kya banau | kya banaoon | kya bana sakte | kya bana sakti | kya banaye
        kya banayen | kya banaen | recipe | recipes | क्या बनाऊं | क्या बनाऊँ | क्या बना सकते
        flight | flights | plane | aeroplane | airplane | airline | airlines | indigo | spicejet
        airbus | dreamliner | jumbo jet | double decker bus
        air india | vistara | akasa | goair | go air | gofirst | airasia | air asia
        havai jahaj | hawai jahaj | havai | udan | udaan | hotel
        hotels | motel | resort | resorts | hostel | lodge | oyo | airbnb | room booking
        homestay | bus | buses | volvo | redbus | bus ticket | bus stand | bas ka ticket
        bas stand | bas adda | bas kab | cab | cabs | taxi | taxis | ola | uber | rapido | auto
        auto rickshaw | rickshaw | car rental | rent a car | self drive | bike rental | zomato
        swiggy | recharge | richarj | rechrg | dth | prepaid | postpaid | data pack | jio
        airtel | vodafone | bsnl | electricity | bijli | weather | mausam | barish | rain
        temperature | cricket | ipl | score | movie | movies | film | cinema | show timings
        netflix | joke | jokes | election | news | gold rate | petrol | diesel | gas cylinder
        cylinder | shopping | amazon | flipkart | song | songs | aadhar | aadhaar | aadhar card
        places to visit | tourist | tourist places | tourism | sightseeing | ghumne | ghoomne
        ghumna | ghumne ki jagah | ghoomne ki jagah | itinerary | tour package | honeymoon
        by road | by car | by air | by flight | driving | sone ka bhav | sona | chandi
        chutkula | funny | currency | forex | exchange rate | cricket score | air ticket
        usd | dollar | dollars | euro | euros | gbp | pound | pounds | dirham | dirhams | riyal
        riyals | yen | aed | sgd | bitcoin | crypto | डॉलर | यूरो
        emirates | etihad | qatar airways | lufthansa | british airways | singapore airlines
        air asia | airasia | akasa air | alliance air | kila | qila | quila | किला
        boarding pass | boarding passes | web check in | web checkin | in the world
        of the world | worlds | world's | duniya ka | duniya ki | duniya ke | duniya me
        project | projects | manufacturing | factory
        air tickets | air fare | airfare | hawai ticket | gas | gas booking | grocery
        groceries | kirana | sabzi | vegetables | passport
        pan card | voter id | driving licence | driving license | ration card | atm | ifsc
        sbi | hdfc | icici | bank balance | balance check | hospital | doctor | medicine
        pharmacy | covid | vaccine | result | results | exam | admission | school | college
        kolej | कॉलेज
        prime minister | chief minister | modi | translate | essay | poem | story | youtube
        instagram | facebook | whatsapp | video | videos | petrol pump | mall | aspatal | davai
        dawai | pariksha | tapman | garmi | sardi | thand
        raining | rains | rainfall | heavy rain | barsaat | barsat | baarish | humidity | aqi
        air quality | pollution | forecast | weather forecast | climate | thunderstorm | storm
        snow | snowing | snowfall | heatwave | heat wave | dhoop | धूप | प्रदूषण | बरसात | मौसम | बारिश
        aandhi | andhi | toofan | tufan | toofaan | cyclone | tornado | loo chalegi | ole
        lu chalegi | lu chal | lu chalti | lu lag | lu lagi | lu lagti | garmi ki lu
        olavrishti | bijli giregi | earthquake | bhukamp | bhookamp | suraj | chand | chaand
        सूरज | चांद | चाँद | आंधी | आँधी | तूफान | तूफ़ान | भूकंप | ओले | लू चल | लू चलेगी
        लू लग | लू लगी | गर्मी की लू
        traffic | traffic jam | road jam | jam hai | jam laga | ट्रैफिक | ट्रैफिक जाम
        mantri | minister | ministers | rail mantri | railway minister | मंत्री | रेल मंत्री
        running track | for running | jogging | jogging track | athletics | marathon | sprint
        race track | treadmill | दौड़ने | जॉगिंग | मैराथन
        women helpline | mahila helpline | child helpline | police helpline | cyber helpline
        cyber crime | cyber fraud | cyber cell | online fraud | महिला हेल्पलाइन | साइबर
        american express | amex | platform fee | platform fees | platform charge
        pakistan | china | japan | america | american | usa | england | london | paris | france
        germany
        europe | australia | canada | dubai | singapore | russia | switzerland | italy | spain
        thailand | bangkok | malaysia | saudi | new york | tokyo | abroad | videsh | foreign
        पाकिस्तान | चीन | जापान | अमेरिका | लंदन | दुबई | यूरोप | विदेश
        blablacar | carpool | car pool | bike taxi | dunzo | zepto | blinkit | bigbasket
        instamart | parade | परेड
        metro | metros | metro train | metro trains | metro station | metro card | metro line
        delhi metro | namma metro | local bus | city bus | bus number | bus route | shuttle
        मेट्रो | एयरपोर्ट बस
        strike | strikes | hadtal | hartal | hadtaal | bandh | chakka jam | हड़ताल | हड़ताल
        bharat bandh | bharat band | bharath bandh | bharat bund | भारत बंद
        bas nahi chal | bas nahin chal | bas nhi chal | bas band | bason ki hadtal | बसें
        dharamshala | dharamsala | dharmshala | dharmashala | dharmsala | guest house
        guesthouse | paying guest | pg | accommodation | rukne ki jagah | rukne ke liye jagah
        thaharne ki jagah | thehrne ki jagah | thaharne ke liye | rukne ke liye
        धर्मशाला | लॉज | होटल | गेस्ट हाउस | रुकने की जगह | ठहरने की जगह | पीजी | रुकने के लिए
        ठहरने के लिए | rukne ke lie | thaharne ke lie
        beaches | sea beach | palace | museum | zoo | waterfall | waterfalls | things to do
        what to see | places to see | dekhne layak | ghumne layak | ghoomne layak | dekhne ki jagah
        famous places | tourist spots | rafting | taj mahal | qutub minar | red fort | lal qila
        kila | qila | quila | किला | किले
        india gate | gateway of india | golden temple | hawa mahal | charminar | समुद्र तट
        घूमने | रिक्शा | ड्राइविंग
        share price | share prices | share ka | share ki | share kitne | shares | share market
        share bazar | share bazaar | share target | stock | stocks | stock price | stock market
        sensex | nifty | ipo | mutual fund | mutual funds | demat | trading | crypto | bitcoin
        शेयर | शेयर बाजार | शेयर का भाव
        horoscope | horoscopes | rashifal | rashiphal | rashi | zodiac | astrology | jyotish
        kundali | bhavishya | lucky number | lucky colour | lucky color | panchang | muhurat
        राशिफल | राशि | कुंडली | ज्योतिष | भविष्य
        shayari | riddle | paheli | meme | memes | mazedaar | mazedar | majedar | majedaar
        चुटकुला | जोक | शायरी | पहेली
        calculate | calculator | maths | math | mathematics | equation | square root | square of
        multiplied | multiply | divided by | plus | गणित
        marry | marry me | marriage | shaadi | shadi | girlfriend | boyfriend | pyar | pyaar
        dosti | friendship | best friend | lonely | bored | bore ho | akela | crush | शादी | प्यार
        दोस्ती
        wicket | wickets | world cup | run banaye | run banaya | match score | क्रिकेट | स्कोर
        khabar | khabren | khabrein | samachar | headlines | breaking news | taza khabar
        खबर | खबरें | समाचार
        fastag | dish tv | tata sky | broadband | wifi bill | water bill | gas bill | plan recharge
        cold | too cold | very cold | hot | how hot | humid | sunny | cloudy | fog forecast
        pizza | pizzas | burger | burgers | restaurant | restaurants | order food | food order
        food delivery | deliver food | home delivery | delivery | deliver | delivered | mangwana
        mangwani | mangwane | mangvana | mangana | mangao | mangwao | manga do | mangwa do
        mangaen | mangayen | mangaye | mangwaen | mangwayen | mangwaye | मंगाएं | मंगवाएं
        barf | barfbari | baraf | snowfall | बर्फ | बर्फबारी
        pin code | pincode | zip code | postal code | photo | photos | pics | pictures | images
        wallpaper | architecture | who built | naukri | job | jobs | salary | recruitment
        bharti | bharati | rrb | ntpc | group d | नौकरी | भर्ती
        ecatering | e catering | khana order | order khana | khaana order | khane ka order
        dominos | domino
        mcdonalds | kfc
        parking | car parking | bike parking | two wheeler parking | parking charges
        पिज़्ज़ा | पिज्जा | बर्गर | रेस्टोरेंट | मंगवाना | मंगवानी | मंगाना | मंगवाओ | पार्किंग | ठंड | गर्मी
        coaching | coaching centre | coaching center | coaching institute | coaching classes
        tuition | tuition classes | web series | webseries | series | episode | episodes
        कोचिंग | ट्यूशन | वेब सीरीज
        ghar ka kiraya | ghar ka bhada | makan ka kiraya | makaan ka kiraya | flat ka kiraya
        kamre ka kiraya | dukan ka kiraya | dukaan ka kiraya | room rent | house rent | flat rent
        bhk | flat | flats | apartment | apartments | makaan | makan
        police station | police stations | police chowki | police thana | thana | radio station
        radio | fm | fm station | space station | isro | nasa | charging station | ev charging
        ev charger | electric car | electric vehicle | petrol station | gas station | fuel station
        cng station | cng pump | station wagon | fire station | fire brigade | bus station
        hill station | hill stations | workstation | work station | playstation | xbox
        power station | power plant | polling station | polling booth | docking station
        पुलिस स्टेशन | पुलिस थाना | पुलिस चौकी | थाना | रेडियो | रेडियो स्टेशन
        toys | khilona | khilone | lego | toy car | remote control | brain training | brain train
        train your brain | train my brain | trainer | trainers | gym | workout | fitness
        खिलौना | खिलौने
        platform heels | platform shoes | platform sandals | platform sneakers | platform boots
        heels | sandals | footwear | ott | ott platform | social media | online platform
        heel | sandal | सैंडल | सैंडिल | हील | हील्स
        trading platform | streaming platform | harry potter | hogwarts
        courier | couriers | parcel tracking | courier tracking | shipment | consignment
        speed post | speedpost | dtdc | bluedart | blue dart | delhivery | ekart | tracking id
        my package | amazon package | parcel | parcels | कूरियर | पार्सल
        seat cover | seat covers | car seat | baby seat | booster seat | toilet seat | bike seat
        cycle seat | seat belt | seatbelt | sofa | sofa set
        monument | monuments | minar | entry fee | entry ticket | opening hours | opening time
        closing time | kab bana | kab bana tha | kisne banaya | kisne banvaya | chaat | street food
        lyrics | gaana | gaane | gana | gane | गाना | गाने | गीत | sim | sim card | simcard
        network | mobile network | signal | port my number | mnp | नेटवर्क | सिम | सिम कार्ड | जियो
        एयरटेल | वोडाफोन | बीएसएनएल | रिचार्ज
        nadi | nadiyan | नदी | नदियां | river | rivers | pahad | पहाड़ | mountain | mountains
        kavita | kavitayen | कविता | cave | caves | game | games | gaming | android | iphone
        app store | play store | business
        startup | police help | ambulance | theatre | theater | multiplex | pvr | inox | auditorium
        stadium | cushion | tv | television | tv channel | channel | channels | scooter
        electric scooter | e scooter | ev | train driver | career | become a | एम्बुलेंस | टीवी
        car se | car me | car mein | apni car | bike se | bike par | bike pe | scooty se | road se
        road trip | bike trip | bike ride | car trip | car ride | scooty trip | toll | toll tax
        toll charges | toll plaza | expressway | highway
        national highway | टोल | टोल टैक्स | सड़क से | newspaper | newspapers | epaper | e paper
        akhbar | akhbaar | magazine | अखबार | अख़बार | visa | embassy | hospital queue
        wedding | shaadi cancel | party cancel | meeting cancel | insurance | lic | premium
        lpg | indane | hp gas | bharat gas | order id | order number | order no | my order
        mera order | meri order | order status | order kahan | concert | concerts | meeting
        meetings | lecture | lectures | seminar | webinar | class cancel | class cancelled
        classes cancelled | class radd | class band | classes cancel | school band
        lic policy | policy number | insurance policy | bookmyshow | book my show
        ship | ships | cruise | cruises | cruise ship | ferry | ferries | boat | boats | houseboat
        house boat | yacht | yachts | jahaj | jahaz | steamer | catamaran | जहाज | जहाज़ | क्रूज़
        क्रूज | नाव | नौका | icu | icu bed | hospital bed | oxygen bed | ventilator | nursing home
        clinic | news paper | magazines | patrika | serial | serials | tv serial | drama | fighter
        fighter jet | jet | fighter plane | aircraft | nibandh | samaroh | celebration
        celebrations | century | quotes | quote | jan dhan | bank account | savings account
        पत्रिका | समारोह | निबंध | सीरियल | tolls | express way | highways | fuel | mileage | car
        cars | drive | innova | ertiga | कार | हाईवे | एक्सप्रेसवे | syllabus | ssc | cgl | upsc
        neet | taiyari | board exam | board exams | सिलेबस | visas | consulate | immigration
        green card | appointment | appointments | counselling | counseling | transplant
        waiting period | वीज़ा | वीजा | अपॉइंटमेंट | gmail | yahoo mail | hotmail | vessel
        vessels | dock | docks | road route | lok sabha | rajya sabha
        vidhan sabha | assembly seats | road distance | road se | distance by road | vande mataram
        jana gana mana | jan gan man | national anthem | national song | muhavra | muhavre
        muhavara | muhavare | idiom | idioms | proverb | proverbs | lokokti
        मुहावरा | मुहावरे | लोकोक्ति | dengue | malaria | typhoid | symptoms | symptom
        lakshan | ilaj | treatment | bukhar | fever | diabetes | डेंगू | बुखार | इलाज | लक्षण
        viman | vimaan | ladaku | ladaku viman | विमान | लड़ाकू | yojana | yojna | योजना
        playoff | playoffs | semifinal | semifinals | semi final | quarterfinal | quarter final
        knockout | knockouts | tournament | mumbai indians | points table | सेमीफाइनल | प्लेऑफ
        bill number | bill no | bill payment | pay bill | bill pay | light bill | bijli bill
        phone bill | mobile bill | mileage | average | cutoff | cut off | neet
        jee mains | jee main | jee advanced | upsc | ssc | cbse | icse | ctet | bpsc | uppsc
        mppsc | tracking number | trade fair | book fair | job fair | fun fair | science fair
        auto expo | expo | exhibition | new arrivals | new arrival | प्रदर्शनी
        bas se | bas ka | bas ke | bas me | bas mein | bas ticket | bas number | bas route
        volvo bas | sleeper bas | bas kiraya | bas booking | bas station | bas stop | bas chalti
        bas chalegi | bas kahan | bas kitne | bas milegi | bas hai | bas ki timing | bas stand
        bas staind | बस स्टैंड | बस अड्डा | bike service | bike ki service | car service
        car ki service | scooty ki service | service center | service centre | servicing
        tracking no | courier tracking | dtdc | bluedart | meesho | myntra
        std code | std ka code | area code | airport code | airport ka code | rto code
        rto ka code | dialing code | dialling code | isd code | country code | ifsc code | ifsc
        branch code | bank code | postal code | एसटीडी कोड | एरिया कोड | एयरपोर्ट कोड
        एयरपोर्ट का कोड | आरटीओ कोड | पिन कोड
        rc book | rc card | gaadi ki rc | gadi ki rc | bike ki rc | car ki rc | scooty ki rc
        registration certificate | puc | pollution certificate | number plate
        challan | e challan | traffic challan | चालान | helicopter | helicopters | heli service
        air indiya | eyar indiya | eyar india | spaisjet | spicejet | air india express
        go first | gofirst | air vistara | star air | flybig | indigo airlines | इंडिगो
        redbas | intercity smartbus | smartbus | zingbus | nuego | flixbus | freshbus
        vrl | vrl travels | srs travels | neeta travels | kallada | orange travels | paulo travels
        hans travels | gsrtc | rsrtc | hrtc | tnstc | kadamba | sleeper bus | ac bus
        bus operator | bus operators | travels wala | travels wale | bus wala | bus wale
        vacancy notification | vacancies | alp | assistant loco pilot | loco pilot vacancy
        admit card | admit cards | edmit card | rrb je | rrb alp | rrc | apprentice | apprentices
        group d result | naukri ka form | bharti form | exam date | exam dates | exam schedule
        ग्रुप डी | नई वैकेंसी | वैकेंसी निकली | वैकेंसी निकलेगी | वैकेंसी आएगी | वैकेंसियां
        एडमिट कार्ड | sthapna | स्थापना
        novel | upanyas | उपन्यास | kitab | kitaab | किताब | author | writer | lekhak
        book summary | book review | ebook | kindle
        datesheet | date sheet | board ka time table | board ki datesheet | exam time table
        exam ka time table | pariksha ka time table | school ka time table | class ka time table
        college ka time table | up board | bihar board | mp board | cbse board | board pariksha
        shah rukh | shahrukh | srk | salman khan | aamir khan | akshay kumar | amitabh bachchan
        hollywood | tollywood | hotstar | jiohotstar | prime video | zee5
        sony liv | trailer | box office | hero heroine | filmi
        climax | scene | scenes | kahani | kahaniyan | कहानी | dialogue | dialogues | ruskin bond
        mobile data | data khatam | data khatm | net pack | internet pack | data balance
        chopper | ropeway | rope way | cable car | udan khatola | हेलीकॉप्टर | रोपवे | dmrc | bmrcl
        mmrcl | mmrda | cmrl | hmrl | nmrc | kmrc | metro rail | मेट्रो रेल
        makemytrip | make my trip | goibibo | cleartrip | easemytrip | ixigo flight | abhibus
        ksrtc | msrtc | upsrtc | apsrtc | tsrtc | gsrtc | rsrtc | hrtc | osrtc | bsrtc | tnstc
        setc | kstdc | shivneri | shivshahi | lalpari | st bus | state transport
        roadways | rodvej | haryana roadways | up roadways | rajasthan roadways | flght | flite
        flyt | fligt | filght | flihgt | flyte | wthr | weathr | wether | cheque | cheques
        chequebook | cheque book | passbook | neft | rtgs | imps | fixed deposit | birthday
        birthdays | anniversary | barthade | gift | gifts | bs stand | bs stnd | bus stnd
        bas stnd | football | hockey | tennis | badminton | kabaddi | chess | knowledge | quiz
        trivia | pnb | punjab national bank | bank of baroda | bob | canara bank | axis
        axis bank | kotak bank | union bank | yes bank | idbi | indusind | bandhan bank
        truck | trucks | tempo | mini truck | chhota hathi | loader | pickup gaadi | transport wala
        transport wale | ट्रक | टेंपो | टेम्पो | मालवाहक
        panchayat | gram panchayat | sarpanch | gram pradhan | pradhan ji | tehsil | tehsildar
        patwari | lekhpal | nagar nigam | nagar palika | gazette | gajat | पंचायत | ग्राम पंचायत
        सरपंच | प्रधान जी | तहसील | तहसीलदार | पटवारी | लेखपाल | नगर निगम | नगर पालिका | गजट
        sharab | daaru | daru | dahej | शराब | दारू | दहेज | padosi | padosan | पड़ोसी | पड़ोसन
        provident fund | pf ka paisa | pf ka paise | pf balance | uan number | पीएफ का पैसा
        kya kar rahe ho | kya kar rahi ho | kya karte ho | क्या कर रहे हो | क्या कर रही हो
        gussa aata | gussa aati | गुस्सा आता | गुस्सा आती
        pubg | bgmi | free fire | freefire | ludo | ludo king | फ्री फायर | लूडो
        tiffin | tiffin service | dj | dj wala | dj wale | tent wala | tent wale | band baja
        band baaja | halwai | caterer | टेंट वाला | बैंड बाजा | हलवाई
        solar | solar panel | fridge | refrigerator | virus | antivirus | smartphone | registry
        subsidy | followers | सब्सिडी | रजिस्ट्री
        anuvad | anuvaad | anuwad | अनुवाद | kamate ho | kamati ho | kamai | kamaai | कमाते हो
        कमाती हो | कमाई | karz | karza | karja | कर्ज | कर्जा | udhaar | udhar diya | udhar liya
        udhaar liye | udhar liye | saansad | सांसद | mp ka number | mla ka number
        post office | barsega | barsegi | barsenge | barsne | pani barsega | nykaa | ajio
        snapdeal | bigbasket | blinkit | zepto | jiomart | tata cliq | tatacliq | lenskart
        firstcry | pharmeasy | 1mg | cod | cash on delivery | epfo | uan | pf claim | pf balance
        pf withdrawal | pension | hang ho | hang hota | phone hang | mobile hang | laptop hang
        pain | knee | headache | back pain | exercise | exercises | yoga | dard | sir dard
        hurts | hurting | aching | aches | back hurts
        mla | mlas | mp seat | assembly | assembly election | vidhansabha | vidhanasbha
        vidhansabha seat | loksabha | rajyasabha | parliament | sansad | sansad seat | vidhayak
        elections | chunav | chunaav | by election | by-election | bypoll | bypolls | constituency
        vote | votes | voting | voter | voters | bjp | congress | party ki seat | seat jeeti
        seaten jeeti | seats jeeti | seats won | won seats | majority | bahumat
        चुनाव | विधानसभा | लोकसभा | राज्यसभा | संसद | विधायक | सांसद | वोट | मतदान | बहुमत
        भाजपा | कांग्रेस
        tram | trams | tramway | tram car | ट्राम | gondola | gondola ride | monorail | mono rail
        patri se utar | patri se utra | patri se utri | patri se utre | patri se utarna | derail
        derailed | derailment | पटरी से उतर | पटरी से उतरा | पटरी से उतरी | fb | fb pe | fb par
        banquet | banquets | banquet hall | party hall | marriage hall | community hall
        wedding hall | function hall | shaadi hall | marriage garden
        marriage lawn | wedding venue | venue
        hall booking | hall ki booking | hall book | baraat ghar | barat ghar | turf | box cricket
        बैंक्वेट | मैरिज हॉल | सामुदायिक भवन | बारात घर
        gaadi bula | gaadi bulao | gaadi bulwa | gaadi bulwao | gaadi bula do | gaadi bula lo
        gadi bula | gadi bulao | gadi bulwa | gadi bulwao | gaadi bhej do | gadi bhej do
        cab bula | cab bulao | cab bulwa | taxi bula | taxi bulao | auto bula | auto bulao
        गाड़ी बुला | गाड़ी बुलाओ | गाड़ी बुलवा | गाड़ी बुलवाओ | गाड़ी बुला दो | गाड़ी बुला लो | टैक्सी बुलाओ
        tower | mobile tower | network tower | purana naam | old name | former name | boriyat
        naam pada | naam pda | naam kab pada | naam kaise pada | naam kyu pada
        naam kyon pada | kahne lage | kehne lage | kahne lagi | kehne lagi | kaha jane laga
        kaha jaane laga | kab se kahte | kab se kehte | renamed | got its name | named after
        नाम पड़ा | कहने लगे | कहा जाने लगा | नाम रखा गया
        badal chhae | badal chhaye | badal chhaenge | baadal | clouds | cloudy weather
        current affairs | affairs | gk | flt | flts | htl | htls | track record | second hand
        secondhand | used car | used bike | avaj kar raha | avaj kar rahi | awaz kar raha
        awaz kar rahi | aawaz kar raha | aawaz kar rahi | making noise
        what are you doing | what are u doing | what r u doing | wat r u doing | wyd
        apni gaadi se | apni gadi se | apni gaari se | khud ki gaadi | अपनी गाड़ी से | अपनी कार से
        forward karo | forward kare | forward karen | forward this | share karo | share kare
        share karen | share with | आगे भेजें | आगे भेजो | आगे भेजिए | फॉरवर्ड करें | फॉरवर्ड करो
        शेयर करें | शेयर करो | सिनेमा | सिनेमाघर | मूवी | पिक्चर | busan | train to busan
        ayushman | ayushman card | abha card | आयुष्मान | आयुष्मान कार्ड
        yaad aa rahi | yaad aa raha | yaad aa rahe | yaad aati | yaad aata | याद आ रही | याद आ रहा
        याद आ रहे | याद आती | याद आता | how was your day | hows your day | how's your day
        how is your day | din kaisa tha | din kaisa raha | दिन कैसा रहा | दिन कैसा था
    """,
    # Forgetting the person: "forget me" and its kin. Asking to delete one's data in other words
    # (an erase word with a word for personal data) is read from `ERASE_WORDS` and `PERSONAL_DATA`.
    Intent.FORGET_ME: """
        forget me | forget about me | forget us | bhool jao | bhul jao | bhool jaao | bhul jaao
        bhool jaiye | bhul jaiye | bhool jaaiye | bhul jaaiye | bhul jaie | bhool jaie | bhool jana
        bhul jana | bhool jaana | bhula do | bhula dijiye | bhula dijie | भूल जाओ
        भूल जाइए | भूल जाइये | भूल जाएं | भूल जाएँ | भूल जाना | भुला दो | भुला दीजिए
    """,
    Intent.HELP: """
        help | help me | menu | options | option | commands | kya kar sakte ho
        kya kar sakte hai | kya kya kar sakte ho | kya kar sakta hai | what can you do
        what can u do | how do i use you | how to use you | how can i use you | how do i use this
        what do you do | how to use | how does this work | features | madad | sahayata
        kya kar sakte hain | kya kya kar sakte hain | kya kya kar sakte hai | what can this bot do
        what all can you do | what can it do | kaise istemal karen | kaise use karen | istemal
        ap kya kar sakte hain | ap kya kar sakte ho | madad chahie | kaise kaam karta
        kaise kam karta | kaise kaam karte | kaise kam karte | how does it work
        kya bata sakte ho | kya kya bata sakte ho | kya bata sakte hain | kya kya bata sakte hain
        kya kya bata sakte hai | what can you tell | what all can you tell | kya kya puch sakte
        kya kya pooch sakte | what can i ask
        how does this bot work | how do you work | how this works | puchh sakte | pooch sakte
        puch sakte | kya puchu | kya poochu | what should i ask | what can i ask | who are you
        what are you | who am i talking to | who am i chatting with | kisse baat kar raha
        kisse baat kar rahi | kis se baat kar raha | kis se baat kar rahi
        ap kaun ho | aap kaun ho | ap kaun hain | aap kaun hain | tum kaun ho
        kaun ho tum | kaun ho ap | who r u | who is this | samajh nahi | samajh nahin
        samajh nhi | dont understand | do not understand | what to ask | kya puchun
        kya puchhun | kya pucho | bot kya karta | bot kya karta hai | what is this bot
        what is this bot for | what does this bot do | ye bot kya hai | yah bot kya | ye kya hai
        bot ka kaam
        guide | start | get started | started | main menu | services | मदद | सहायता
        puch sakta | puchh sakta | pooch sakta | puch sakti | puchh sakti | pooch sakti
        puch sakta hun | puchh sakta hun | puchh sakti hun | kya puchh sakta | kya puchh sakti
        kis kam aa sakte | kis kaam aa sakte | kis kam a sakte | kis kaam ke ho | kis kam ke ho
        kya seva | kya kya seva | kaun si seva | kaun kaun si seva | kya sevaen | kya suvidha
        kya kya suvidha | what services | which services | services you provide
        services do you provide | services do you offer | what can i ask you
        kya puchh sakte | kya kya puchh sakte | kya kya puchh sakta
        jankari de sakte | jankari de sakta | jankari de sakti | jaankari de sakte
        kaun kaun si jankari | kaun kaun si jaankari | kya kya jankari | कौन कौन सी जानकारी
        opshan | opshans | ऑप्शन | ऑप्शंस | ऑप्शन्स | options ki list | option list
    """,
    Intent.GREETING: """
        hi | hii | hiii | hiiii | hello | helo | hellow | hllo | hlo | hey | heyy | hy | namaste
        namastey | namaskar | namaskaram | pranam | ram ram | jai shri ram | jai shree ram
        radhe radhe | good morning | good afternoon | good evening | gm | sat sri akal
        salaam | salam | assalamualaikum | vanakkam | hola | yo | sup | how are you
        assalam | asalam | assalaam | aslam alaikum | alaikum | alaikam | aleikum | alaykum | alekum
        walekum | valekum | waalaikum | walaikum | valaikum | waalekum | walaikam | wa alaikum
        kya haal hai | kaise ho | jai shri krishna | jai shree krishna | jai sri krishna
        jai shri | jai shree | jai sri | jai mata di | jai hind | jai jinendra | jai siyaram
        jai siya ram | hare krishna | hare ram | radhe krishna | sat shri akal | suprabhat
        shubh sandhya | shubh ratri | shubh din | good day
        shubh prabhat | gud mrng | gd mrng | good mrng | gud morning | gud evening | gd evng
        shubh dopahar | shubh dophar | shubh dopehar | adab | aadab | adaab | sat shree akal
        नमस्ते | नमस्कार
        राम राम | प्रणाम | हेलो | हाय
        khamma ghani | khama ghani | khamma ghanni | खम्मा घणी | खमा घणी | pailagi | pailagu
        pai lagi | pao lagi | paon lagi | paon lagu | panv lagi | paanv lagi | pa lagi | palagi
        paalagi | palagan | paalagan | charan sparsh | पाँव लागी | पांव लागी | पाँव लागूं
        पांव लागूं | पाय लागी | पायलागी | पैलगी | पालागी | पालागन | चरण स्पर्श
        johar | jai johar | जोहार | जय जोहार | sewa lagun | seva lagun | सेवा लगूं | सेवा लगौं
        kas chha | kas chhan | कस छा | कस छन | कस छौ | seva ji | sewa ji | सेवा जी
    """,
    Intent.THANKS: """
        thanks | thank | thankyou | thank you | thank u | thanku | thnx | thx | tnx | thnks
        thanq | ty | tysm | tqsm | thnq | dhanyavad | dhanyawad | dhanyavaad | dhanyabad
        shukriya | sukriya
        shukria | thanks a lot | much appreciated | great | awesome | nice | धन्यवाद | शुक्रिया
        cheers | ta | appreciate it | appreciated | appreciate that | much obliged | obliged
        god bless | lifesaver | life saver | legend | kudos | you rock | u rock | owe you
        owe you one | danke | merci | gracias | arigato | love it | great job | good job
        well done | nice job | nice one | abhar | aabhar | abhaar | aabhaar | abhari | aabhari
        jeete raho | jite raho | jeeti raho | khush raho | sada khush raho | bhagwan bhala kare
        bhala ho | जीते रहो | खुश रहो | भगवान भला करे | bless you | bless u
        आभार | आभारी | meharbani | mehrbani | bahut meharbani | meharbani aapki
    """,
}

# --- hints: words that shape an intent without naming one ---------------------------------------
_HINT_WORDS: Final[dict[Hint, str]] = {
    # "status" alone: PNR with a 10-digit number or nothing else, live status with a train.
    Hint.STATUS: "status | sthiti | स्थिति | स्टेटस",
    Hint.TRAIN: (
        "train | trian | tren | gadi | gaadi | rail | express | exp | mail | ट्रेन | गाड़ी"
        " | relgadi | railgadi | रेलगाड़ी"
    ),
    Hint.TRAINS: """
        trains | gadiyan | gaadiyan | gadiya | gariyan | gariya | gaariyan | gadiyon | gariyon
        trenon | trainen | trainein | trenen | trenein | trainon | ट्रेनें | ट्रेनों | list | सूची
        suchi | relgadiyan | relgadiyon | railgadiyan | railgadiyon | रेलगाड़ियां | रेलगाड़ियों
    """,
    Hint.TICKET: "ticket | tickets | tikat | tkt | टिकट | टिकटों | tikton | tikaton | ticketon",
    Hint.WHAT: """
        what | whats | what is | kya hai | kya he | kya h | क्या है | meaning | means
        kya bala hai | kya bala he | kya bala h | क्या बला है | kya cheez hai | kya chiz hai
        क्या चीज़ है | क्या चीज है
    """,
    # Outside railways unless the message is about a train or a ticket ("order pizza" is, "food
    # in the train" is not).
    Hint.ELSEWHERE: """
        food | khana | khaana | biryani | dhaba
        pay | payment | payments | upi | wallet | paytm | phonepe | gpay | google pay
        credit card | debit card | bank | loan | emi | insurance | metro | metro card
        delhi metro | airport | bill | bills | gold | silver | match | phone
        visit | trip | rent | rental | bike | scooty | tour | बाइक
        eat | lunch | dinner | breakfast | nashta | naashta | thali | veg | nonveg
        non veg | dosa | idli | coffee | cafe | snacks | sweets | mithai | khane | khaane
        khane ki | khane ko | khaane ko | famous | sunrise | sunset | sunao | sunaiye | sunaao
        room | rooms | kamra | kamre | stay | love | fog | foggy | kohra | monsoon | darshan
        percent | percentage | pratishat | temples | mandirs | dormitory | खाना | नाश्ता | कमरा
        कोहरा | दर्शन | स्कूटी | रेंट | गूगल पे | फोनपे | पेटीएम | वॉलेट
        dam | daam | bhav | bhaav | दाम | भाव
        chhutti | chutti | chhuttiyan | chuttiyan | chhuttiya | holiday | holidays | vacation
        vacations | avkash | office | daftar | छुट्टी | छुट्टियां | छुट्टियाँ | अवकाश | ऑफिस | दफ्तर
        holi | diwali | deepawali | dipawali | dussehra | dussera | dashehra | navratri | chhath
        chhath puja | raksha bandhan | rakshabandhan | rakhi | eid | bakrid | christmas | xmas
        karwa chauth | janmashtami | ganesh chaturthi | makar sankranti | sankranti | lohri
        pongal | onam | guru purab | gurpurab | tyohar | tyohaar | होली | दिवाली | दीपावली | दशहरा
        नवरात्रि | छठ | छठ पूजा | रक्षाबंधन | राखी | ईद | बकरीद | क्रिसमस | करवा चौथ | जन्माष्टमी
        लोहड़ी | पोंगल | त्योहार
        dham | char dham | teerth | tirth | pilgrimage | तीर्थ | धाम
        dhund | dhundh | धुंध
        sugar | sugar patient | bp | blood pressure | thyroid | cholesterol | pregnant | pregnancy
        periods | nuskha | nuskhe | gharelu upay | diet | weight loss | vajan | motapa | sardard
        शुगर | बीपी | थायराइड | नुस्खा | घरेलू उपाय | वजन | मोटापा
        god | gods | goddess | pray | prayer | prayers | praying | bhagwan | bhagvan | ishwar
        namaz | namaaz | zuhr | maghrib | fajr | roza | roze | rozay | ramzan | ramadan | aarti
        mantra | mantras | bhajan | bhajans | kirtan | vrat | upvas | ekadashi | amavasya
        purnima | पूजा | भगवान | नमाज़ | नमाज | रोज़ा | आरती | मंत्र | भजन | व्रत | एकादशी | अमावस्या
        पूर्णिमा
        rath yatra | rathyatra | ratha yatra | kumbh | kumbh mela | mela | magh mela | melaa
        durga puja | rang panchami | baisakhi | vaisakhi | bihu | ugadi | gudi padwa | procession
        रथ यात्रा | रथयात्रा | कुंभ | कुम्भ | मेला | दुर्गा पूजा
    """,
    # PNR alerts: what `intents` reads, with the word sets below, as subscribing, listing or
    # stopping them.
    Hint.ALERT: """
        alert | alerts | notify | notification | notifications | subscribe | subscription
        subscriptions | unsubscribe | unsub | remind | reminder | reminders | untrack | unfollow
        suchna | soochna | suchnaen | अलर्ट
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
    Connector.TO: "to | too | till | upto | up to | for | towards | towrds | into",
    # Bengali "theke", Telugu "nunchi", Tamil "irundhu": from (Gujarati "thi" and Marathi "hun",
    # Hindi's "was" and "am" too, only between two places: `reading`)
    Connector.SRC: """
        se | say | sey | sai | seh | theke | thekey | nunchi | nundi | irundhu | la irundhu
        lerundhu | से
    """,
    Connector.DST: """
        tak | ke liye | ke lie | ke liya | ki taraf | jane wali | jaane wali | jane vali
        jaane vali | jane wale | jaane wale | jana | jaana | jana hai | jaana hai | jane ki
        jaane ki | ko | तक | के लिए | को | जाने वाली | जाना
        la | ku | nun | नूं
        pahunchna hai | pahuchna hai | pahunchna h | pohchna hai | pahunchana hai | पहुंचना है
        पहुँचना है
        utarna hai | utarna h | utrna hai | utarna he | utarna tha | उतरना है | उतरना था
    """,
    Connector.AT: "at | @ | on station | near",
    Connector.IN: "in",
    Connector.HERE: "pe | par | station | stn | stations | पर | स्टेशन",
    Connector.PAIR: "- | → | -> | => | ⇒ | ➡ | > | — | –",
    Connector.BETWEEN: """
        between | btw | bw | btwn | betwn | b w | beech | bich | ke beech | ke bich | बीच
    """,
    Connector.AND: "and | aur | & | और",
    Connector.VIA: "via | through | hote hue | hoke",
}

# --- filler: never a place, never an intent ----------------------------------------------------
_STOP_WORDS: Final = """
    a an the is are am be been of on my me i im you u your ur pls plz please kindly sir madam mam
    bhai bhaiya bhaiyya ji yaar yar bro dear ya kin kis jin jaegi jayegi jaayegi jaega jayega
    mitra mitr mitro mitron dosto doston sathiyo saathiyo bhaijan bhaijaan
    janab janaab jnab huzoor huzur hujur hujoor
    jaenge jayenge hee sasta saste sasti chali chala chale chalti chalta chalte pura kiska kiski
    jati jata jate one ones
    hui hua ap aap sakte sakta sakti bat baat rakho batana sare sara sari sankhya
    chek buk nam kab hone jab to toh tab vala vali vale kahin koi which when how why who whom can
    could will would
    should shall may might do does did was were tell show give get got check know want need find
    search see let us it its this that these those there here with about any all some then also
    just only very so hai hain he ho ha hu hoon kya kyaa kia ki ka ke mein mai main mera meri mere
    mujhe muje mjhe hum hame humein hamara apna apni batao bataye bataiye btao bata bolo dikhao
    chahiye chaiye chahie karo kariye krdo kr kar karna karni de dena dijiye wala wali wale vala
    vali vale kaun kon kaunsi konsi kaunsa konsa kaunse konse si sa bhi na nahi nahin nhi haan han
    ni nu ache ase aahe ahe che chhe undi vundi irukku ekhon atyare ippudu ippo
    amar amader maro mari majha majhi maza amcha amchi naa kobe kokhon kyare kadhi eppudu eppo
    bolben bolun sanga sangaa cheppandi cheppu sollunga sollu kahejo
    kitro kitra kitri kitaro kitari kitre
    ok okay okk yes no nope number num nbr nmbr no. date day time journey travel travelling yatra
    safar detail details info information update updates today tomorrow aaj kal our we she they
    them his her not dont t s d ll ve re m or if else lagta lagti hoga hogi gi ga ge raha rahi
    rahe jo jis jab tab ab wo woh ye yeh isko usko iska uska kuch sab sabhi bahut jaldi fast quick
    quickly urgent asap again more less than like thik theek achha acha accha hmm hm oh ohh wow
    lol dekho dekh dekhna pata chalega chala chal baje bje quota class coach dabba bogie go going
    goes come wanna bye goodbye night pincode है हैं क्या की का के में मेरी मेरा मुझे भी नहीं हाँ
    हां जी भाई कृपया बताओ बताइए बताएं दिखाओ चाहिए वाली वाला वाले कौन कौनसी कौनसा सी सा
"""

# Everyday Hindi (as Devanagari reads once romanised, "मुझसे" "mujhse") and English words that
# carry no railway meaning: without them a question reads as "a place among words we do not
# know". None is a station's name or code.
_EVERYDAY_WORDS: Final = """
    jara zara jra jaraa zaraa lagte lagenge khadi khari khada khade khadee
    lekin mat kyon kyun kaise kaisa kaisi kiske kisne kise kuchh ek tin panch mujhko mujhse
    kitna kitni kitne paise paisa karne bhejen bhejna
    ham hamari hamare hamen hamko tum tumhara tumhari tumhen apka apki apke apko apne yah iski
    uski iske uske ise use un inka unka inki unki inko unko ismen usmen thi honge hota hoti
    hote hue rahta rahti sakun chahta chahti chahte karen karie kijie karke kiya kiye diya
    dijie dedo denge dega bataie bataen batayen bolie kaho kahie likho dikhaie dikha bhejo
    bhejie lie liye sath pahle yahan vahan kabhi parson narso narson subah sham rat dophar turant
    bhaisahab wahan wahaan vahaan yahaan
    maidam didi bahan dost plij kripya kripa achchha achchhi achchhe jyada zyada kam thoda
    thodi galat jane jakar ati aya pahunchana chalna nikalna nikli nikla milega milegi milenge
    milta milti mili dekhie samajh samjho malum jankari janna janne bare kyonki islie agar
    varna phir dobara vapas ghar parivar bachche bachcha papa pitaji mataji patni beta saphar
    din dinank tarikh samay ghanta minat haphta hafte mahina jarur zarur shayad sirph keval
    anything something nothing everything because before after even ever never always often
    sometimes maybe perhaps really actually basically exactly still already yet soon another
    other others same own whether while during until since within without upon onto hers him
    himself herself myself yourself ourselves themselves whose hows theres ive id youre theyre
    isnt arent wasnt werent wont cant couldnt shouldnt wouldnt didnt doesnt hasnt havent hadnt
    yeah yep yup sure fine thing things someone somebody anyone anybody everyone everybody
    people person guys told said asked asking answer reply question questions query
    ja jaa jao jaao aa aao aaya mila kha khaa kro lo bta baar bane paa tha padh padhna padhta
    padhti padhte padhen window lower upper middle side aisle rahenge rahengi rahega rahegi
    der dair aaram araam pyaar pyar dhyan dhyaan
    tumhare tumhe tumko tere tera teri tujhe tujhko aapka aapki aapke aapko humare humara
    humari unke inke pas paas
"""

# Words of what RailBot explains or cannot do (`topics` reads them): known words, so that none is
# taken for a misspelt keyword ("shikayat", "riphand").
_TOPIC_WORDS: Final = """
    shikayat shikayath complaint complain complaints grievance railmadad refund refunds riphand
    rifand tdr helpline helpalain matlab matlb meaning gnwl rlwl pqwl tqwl rswl nosb
"""

# Rooms a station has are not hotel rooms ("retiring room at ndls").
# "Wait" ("ruk jao") and "stop it" ("train ko rok do") are asked of no train's stops nor of a
# station named Rok; "the cheapest train" asks for trains, not a fare ("which is cheaper").
_STOP_PHRASES: Final = """
    pin code | zip code | good night | bye bye | retiring room | retiring rooms | waiting room
    waiting rooms | cloak room | cloakroom | ke bad | ke baad | ke pahle | ke pehle | के बाद
    raste me | raste mein | raste main | रास्ते में | on the way
    के पहले | battery car | baitri car | pantry car | power car
    wajah se | vajah se | wajeh se | wajha se | वजह से | karan se | kaaran se | कारण से
    due to | owing to | because of
    ruk jao | ruk jaao | ruk ja | ruk jaiye | ruk jaie | ruk jaye | रुक जाओ | रुक जाइए
    rok do | rok dijiye | rok dijie | rok lo | rok dena | रोक दो | रोक दीजिए
    cheapest
""" + " | ".join(  # another way to go "instead of" ("bas ki jagah train se"): no seat ("jagah")
    f"{way} {of} {instead}"
    for way in ("bus", "bas", "flight", "plane", "car", "cab", "taxi", "bike", "बस", "फ्लाइट", "कार")
    for of in ("ki", "ke", "की", "के")
    for instead in ("jagah", "jagha", "जगह")
)

# Words one letter away from a keyword that mean something else: never read as that keyword. The
# last are Hindi words whose consonants an English keyword has too ("कष्ट" and "cost", "बताने"
# and "between", "लंबी" and "vilamb"): never read by that sound.
_NOT_KEYWORDS: Final = """
    rite ryt hero heroes service servicing star beach coast dance farm nine sport teach yellow
    lift mark race
    dates love life line lite site sit set sent seal rest test text fat fate fire fine fill file
    hall half hate hole home hope state states stat stay lives liver river lane land post host
    most must coat cast chat cart card care core cold come came cane sale pale tale male wait
    brain drain grain shop ship slip sleep sheep speed spent spend later letter latter rote
    rose lake take make bake other outer hotel motel place places space where change face hold
    last lost morning think tree plate slate stars starts sets lame fairy prepared prepare
    kasht kashta batane batana bataen batayen bataye nivedan lambi lambe lamba tarika tarike
    tareeka sochne sochna tyohar khulegi khulengi akar aakar charger chargers charjar pars purse
    ghadi ghadiyan ghadiyal park parks
    tanki tanke bhari bhara thak thaka thaki gaali gaaliyan pati kist kisht
    kutte kutta kutton kuttey
    sardi sardiyon sardiyan sardiyaan sardiya sardiyo garmi garmiyon garmiyan garmiya
"""


def words_of(text: str) -> tuple[str, ...]:
    """The comparable words of a phrase (NFKC, lower case), as the understanding splits text."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return tuple(WORD.findall(folded)) or tuple(folded.split())


def word_set(block: str) -> frozenset[str]:
    """The words of a block, as written."""
    return frozenset(block.split())


def _read_set(block: str) -> frozenset[str]:
    """Words as the understanding reads them: Devanagari romanised ("हटाओ" is "hatao")."""
    return frozenset(romanize(w).text if has_devanagari(w) else w for w in block.split())


def _phrases(block: str) -> list[str]:
    return [p.strip() for p in block.replace("\n", "|").split("|") if p.strip()]


def _add_read(table: dict[tuple[str, ...], Sense], phrase: str, sense: Sense) -> None:
    """A Devanagari phrase as the understanding reads it once romanised ("कितना लगेगा" is
    "kitna lagega"), unless the Latin lexicon gives those words a meaning of their own."""
    if not has_devanagari(phrase):
        return
    key = words_of(romanize(phrase).text)
    if table.get(key, ("stop", ""))[0] == "stop":
        table[key] = sense


def _build() -> dict[tuple[str, ...], Sense]:
    table: dict[tuple[str, ...], Sense] = {}
    for word in (_STOP_WORDS + _EVERYDAY_WORDS + _TOPIC_WORDS).split():
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
    for role, block in _CONNECTORS.items():
        for phrase in _phrases(block):
            _add_read(table, phrase, ("conn", role))
    for hint, block in _HINT_WORDS.items():
        for phrase in _phrases(block):
            _add_read(table, phrase, ("hint", hint))
    for intent, block in _INTENT_WORDS.items():
        for phrase in _phrases(block):
            _add_read(table, phrase, ("intent", intent))
    _add_shorthands(table)
    return table


# How chat writes the common words of a phrase ("what all can u do", "where r u", "wat is rac").
_SHORTHANDS: Final[dict[str, tuple[str, ...]]] = {
    "you": ("u", "yu"),
    "your": ("ur", "yr"),
    "are": ("r",),
    "what": ("wat", "wht", "wot"),
    "please": ("pls", "plz"),
    "the": ("d",),
    "where": ("wer", "whr", "wher", "were"),
    "right": ("rite", "ryt", "rt"),
    "now": ("nw",),
}


def _add_shorthands(table: dict[tuple[str, ...], Sense]) -> None:
    """Every phrase of several words also as chat shorthand writes its common words, where the
    lexicon does not give that spelling a meaning of its own."""
    for words, sense in list(table.items()):
        if len(words) < 2 or not _SHORTHANDS.keys() & set(words):
            continue
        spellings = [(*_SHORTHANDS.get(word, ()), word) for word in words]
        for variant in itertools.product(*spellings):
            table.setdefault(variant, sense)


PHRASES: Final[dict[tuple[str, ...], Sense]] = _build()
# First word of a phrase → the most words a phrase starting with it has.
PHRASE_STARTS: Final[dict[str, int]] = {}
for _words in PHRASES:
    PHRASE_STARTS[_words[0]] = max(len(_words), PHRASE_STARTS.get(_words[0], 0))

# Single intent and hint words long enough to be recognised through a typo.
FUZZY_WORDS: Final[dict[str, Sense]] = {
    words[0]: sense
    for words, sense in PHRASES.items()
    if len(words) == 1
    and len(words[0]) >= 4
    and sense[0] in ("intent", "hint")
    and sense[1] not in ("out_of_scope", "elsewhere", "language")
}


_TOPICS: Final[frozenset[Sense]] = frozenset(
    {("intent", Intent.OUT_OF_SCOPE), ("hint", Hint.ELSEWHERE)}
)


def _by_sound() -> dict[str, Sense]:
    """Single keywords by their consonant skeleton, where it names one sense only: English
    words written in Devanagari ("पासपोर्ट", read "pasport") are found by their sound."""
    from app.bot.understanding.soundalike import skeleton

    found: dict[str, set[Sense]] = {}
    for words, sense in PHRASES.items():
        if len(words) == 1 and len(words[0]) >= 4 and words[0].isascii() and sense[0] != "stop":
            found.setdefault(skeleton(words[0]), set()).add(sense)
    # A topic is not found by a sound that a word of the lexicon's other phrases has too
    # ("equation" and "kitna" are both k-t-n): topics are many, and everyday Hindi words sound
    # like some of them.
    topical: dict[str, set[bool]] = {}
    for words, sense in PHRASES.items():
        for word in words:
            if word.isascii() and word.isalpha() and len(word) >= 4:
                topical.setdefault(skeleton(word), set()).add(sense in _TOPICS)
    return {
        key: sense
        for key, senses in found.items()
        if len(senses) == 1
        and len(key) >= 3
        and ((sense := next(iter(senses))) not in _TOPICS or topical[key] == {True})
    }


BY_SOUND: Final[dict[str, Sense]] = _by_sound()
NEVER_FUZZY: Final[frozenset[str]] = (
    frozenset(_NOT_KEYWORDS.split())
    | frozenset(_STOP_WORDS.split())
    # "Here" and "there" are never a slip of "where" ("idhar" of "kidhar", "wahan" of "kahan").
    | word_set("idhar idhr udhar udhr yahan yahaan yaha wahan wahaan waha vahan vahaan vaha")
    # Whom, whose, by whom: a question word is never a slip or a sound of a keyword ("लेडीज़ कोटा
    # किसको मिलता है", read "kisko", is no "khiska", moved)
    | word_set("kisko kisse kisne kiske kiski kiska kisme kismein kisiko kisika kinko kinhe")
)

# Ordinary words that are also the name or code of a station ("gaya" went, "ten", "can", "puri"):
# a station only where the sentence places one ("se gaya", "to puri", "at kota").
PLACE_OR_WORD: Final[frozenset[str]] = word_set(
    """
    can ask has bay per ten rig jam sur tel ara mau puri gaya tata kota sagar surat bina cape
    goa man bag bar ban bus car cat eat fat get hat let met net pet set sit war was way
    sun sat mon ok mail gate road nagar pur bad nice ram lal dev raja rani mata sun une una
    bhai mani dec guna pta kun rok ajj dee new car map bot due band far but age app lot kit
    sale air sky boy tea kid add log pan belt ramp by baad badli bani bara bari bela chamak
    champa chowk dara diva gaur got halt hind kavi khada lathi mana mor mota moth murti nana
    pala pen rakhi raha rau sathi sher sui summit sune umra karna kora kund her ray tik tori
    path paras sali sahi khana sachin krishna kundli mum
    """
)

# Emoji that name a way of travelling or a topic outside railways, read as its word ("✈️ ticket
# price mumbai to dubai", "☔ tomorrow in chennai?"): said with them, places and dates are that
# topic's; a train's sign keeps a booking the railway's ("pnr ... ✈️ nahi 🚆 ka hai").
TOPIC_EMOJI: Final[dict[int, str]] = {
    ord(sign): f" {word} "
    for signs, word in (
        ("✈🛫🛬🛩", "flight"),
        ("🚌🚍🚎", "bus"),
        ("🚕🚖🚗🚘", "taxi"),
        ("🏨", "hotel"),
        ("🚆🚂🚄🚅🚈🚃🚋🚞🚉", "train"),  # said beside them: "pnr ... ✈️ nahi 🚆 ka hai"
        ("☔🌧⛈🌦🌩☂", "rain"),
        ("❄🌨⛄", "snow"),
        ("🏏", "cricket"),
        ("⚽", "football"),
        ("🍕", "pizza"),
        ("🍔", "burger"),
        ("🎬🍿", "movie"),
    )
    for sign in signs
}

# Ordinary English words of up to five letters, many of them a small station's code too ("put",
# "fill", "all", "any", "usd"), chat's shorthand ("plz", "thx", "kb" for "kab") and regional
# question words ("kad", when; "kitthe", where; "ketna", how much): written in
# small letters they are the word, never a code ("which code should i put for itarsi", "12430 lko
# arr kb"); typed in capitals ("PUT", "KB se LKO") they may be.
ENGLISH_NOT_CODES: Final[frozenset[str]] = word_set(
    """
    a an the and or but if of to in on at by for from with as is am are was were been being do
    does did done have had could will would shall should may might must not no yes ok okay i me
    my mine we us our you your he him his she her it its they them their this that these those
    there here what which who whom whose when where why how all any some each every both few more
    most other such only own same so than too very just put enter use type fill get got set see
    saw let make made take took give gave go went come came know knew think say said tell told
    need want like look find found keep kept hold run ran try call show move play pay paid buy
    sell send sent read write wrote new old big small good bad best last next first one two three
    four five six day days week month year time now then soon sir mam bro mate dear ta pls plz
    thx hey hello bye yeah yep nope oh ah um hmm air fly walk road way home work shop food tea tip
    fee cost rate sale deal hr hrs min mins sec usd inr eur gbp aed sgd aud cad yen box field has
    mom dad mum mummy papa app apps jn jnc jct stn kb bot bots robot chatbot railbot ai man pal
    buddy dude boss
    kad kadd kaddi kitthe kithe ketna ketni
    bap baap bhidu apun
    hun hoon di da ton toon
    """
)

# Everyday words of Hindi that are never a station by their sound or a misspelling, only by a
# station's own name ("शहर से" is "from the city", never Delhi Shahdara; "shuru se" never Churu;
# "pura" never Puri). The commonest words of a traveller's sentence, by kind, as Devanagari
# reads once romanised and as Hinglish spells them: the places everyone has (home, village, city,
# country, office, market, school, temple), people and bodies (friend, family, government, a
# pain, a fever, a cough), the ends of a span (start, end, morning, before), what a train is
# (full, empty), and verbs' stems.
# A station named exactly by one of them stays a station (`places`); no word here is a built-in
# station's name (the lexicon's tests pin that).
_COMMON: Final = """
    घर गांव गाँव शहर देश दुनिया दफ्तर ऑफिस बाजार बाज़ार स्कूल कॉलेज अस्पताल मंदिर मस्जिद
    गुरुद्वारा आश्रम दुकान होटल कमरा रास्ता सड़क बाहर अंदर ऊपर नीचे पास दूर इधर उधर जगह
    दोस्त परिवार सरकार लोग आदमी औरत बच्चा बच्चे बेटा बेटी मां माँ पिता भाई बहन पति पत्नी
    शुरू शुरुआत आखिर अंत पहले बाद सुबह शाम रात दोपहर कल परसों हफ्ता हफ्ते महीना साल
    बोर्ड फुल भरी भरा भरे खाली पूरा पूरी पूरे आधा आधी सारा सारी ज्यादा कम बड़ा बड़ी बड़े छोटा
    छोटी महंगा महंगी सस्ता किनारा किनारे कतार लाइन भीड़ दादा दादी नाना नानी साथी
    काम छुट्टी नौकरी पढ़ाई शादी त्योहार मेला पूजा यात्रा सफर सामान पैसा पैसे
    आना जाना आ जा निकल पहुंच रुक बैठ उतर चढ़ लौट मिल
    दर्द खांसी खाँसी बुखार जुकाम ज़ुकाम सिर पेट कमर घुटना दांत
    मतलब अर्थ अभिप्राय तात्पर्य आशय
    तरह बेकार तरीका तरीके ससुराल मायका मायके ननिहाल दरगाह केरल
    ghar gaon gaanv gav sheher shehar shahar sahar desh duniya daftar dafter office bazar
    bazaar bajar school college hospital mandir masjid gurudwara ashram aashram dukaan dukan kamra
    rasta
    sadak bahar andar upar neeche niche paas door idhar udhar
    dost parivar sarkar log aadmi aurat bachcha beta beti maa mummy pita behen pati patni
    shuru shuruat aakhir akhir ant pehle baad subah shaam raat dopahar parso narso hafta mahina saal
    board full bhari bhara bhare khaali poora poori aadha aadhi saara saari saare sare sara bada
    badi bade
    chhota chota mehenga mahanga sasta kinara kinare katar bheed bhid dada dadi sathi saathi
    kaam chutti chhutti naukri padhai shaadi shadi tyohar mela pooja puja safar saman samaan
    aana jaana nikal pahunch ruk baith utar chadh laut padta padti padte padega padegi
    dard khansi khaansi bukhar bukhaar zukam jukam pet kamar ghutna daant
    patri patari chhata chhaata chata kuli coolie पटरी छाता कुली
    khulti khulta khulte khulegi khulenge khulengi khulne खुलती खुलता खुलते खुलेगी खुलने
    wapsi wapasi vapsi vapasi waapsi vaapsi वापसी
    tarah tareeka tarika tareeke tarike bekar bekaar sasural sasuraal maika mayka maike mayke
    nanihal
    gayab gaayab gaib ghayab गायब ग़ायब
    बैठा बैठी बैठे खड़ा खड़ी खड़े baitha baithi baithe khada khadi khade
"""
COMMON_WORDS: Final[frozenset[str]] = _read_set(_COMMON)
# The same words as Devanagari writes them: "पूरी" (whole) is spelt apart from "पुरी" (Puri),
# though both read "puri" once romanised.
COMMON_WRITTEN: Final[frozenset[str]] = frozenset(w for w in _COMMON.split() if has_devanagari(w))

# Past-tense words: "kal" in a sentence with them is yesterday ("kal cancel hui trains").
PAST_WORDS: Final[frozenset[str]] = word_set(
    "thi tha thee thin thim hui hua huyi gayi gai chali nikli was were did"
)
# Words for a seat: "available" without one, beside "trains", asks which trains there are.
SEAT_NOUNS: Final[frozenset[str]] = _read_set(
    "seat seats berth berths jagah jaga khali khaali waiting wl rac sit सीट सीटें जगह खाली वेटिंग"
)
# After a greeting, a question of what RailBot can tell ("hi, what can i ask", "नमस्ते, आप क्या
# क्या बता सकते हो", "yo bot what do u know"): a question word with a word of telling, knowing
# or offering (with `QUESTION_WORDS`). "namaste, kya haal hai" has no such word: a greeting.
TELLING_WORDS: Final[frozenset[str]] = _read_set(
    """
    sakte sakta sakti can could batata batati batate bata batate know jante jaante janta
    jaanta info information jankari jaankari cheez cheezein chizen chijen suvidha suvidhaen
    suvidhayen seva sevaen sevayen services service features offer provide help madad
    सकते सकता सकती बताता बताते जानते जानकारी चीजें चीज़ें सुविधा सुविधाएं सेवा सेवाएं मदद
    bot बॉट
    """
)
# Small talk about RailBot itself: a word that speaks to it ("you", "tumhara", "आपका", "bot"),
# with words of who or what it is (`BOT_SELF`: "what is your name", "tumhe kisne banaya", "are
# you a robot") or of a verdict on it (`BOT_VERDICT`: "you are useless", "बकवास बॉट"), and no word
# of anything else (`intents.bot_remark`); praise of it (`BOT_PRAISE`) is thanks.
# Forms of address said beside a greeting ("ram ram bhai sahab", "namaste ji", "hello sir"):
# nothing more than the greeting.
ADDRESS_WORDS: Final[frozenset[str]] = _read_set(
    """
    bhai bhaiya bhaiyya bhaisahab bhaisaab sahab saheb sahib saab sir sirji madam maam mam ji
    didi behen dost friend friends yaar bro brother sister dear babu uncle aunty ji everyone all
    veer vir veerji virji veere paaji paji praji bhaji bhaaji bauji babuji behenji bhenji bahanji
    anna akka dada dadi bhau tai chacha chachaji mama mamaji tau tauji bhabhi bhabhiji guruji
    hukum hukam hukm sa saa हुकुम हुकम
    वीर वीरजी पाजी प्राजी बहनजी भाभी चाचा दादा बाबूजी ताऊ
    dosto doston saathi sathi saathiyon sathiyon mitra mitron sabko
    भाई भैया साहब साहेब सर जी दीदी दोस्त मैडम दोस्तों साथी साथियों मित्र मित्रों
    """
)
TO_THE_BOT: Final[frozenset[str]] = _read_set(
    """
    you your yours yourself youre youve u ur tum tumhara tumhari tumhare tumhe tumhen tumko aap ap
    tera tere teri tujhe tumse aapse apse tujhse tu tujhko tujko
    तू तेरा तेरी तेरे तुझे तुझसे तुझको
    aapka apka aapki apki aapke apke aapko apko bot bots railbot chatbot assistant app page service
    तुम तुम्हारा तुम्हारी तुम्हारे तुम्हें तुमको आप आपका आपकी आपके आपको बॉट ऐप पेज तुमसे आपसे
    """
)
BOT_SELF: Final[frozenset[str]] = _read_set(
    """
    name naam nam real robot bot chatbot human humans insaan insan machine person computer ai
    chatgpt
    creator developer developers maker owner made make created create built developed invented
    banaya banaaya bnaya banayi banaye kisne age umar umr boy girl male female ladka ladki
    malik maalik boss live lives stay rehte rahte rehti rahti janamdin janmdin birthday born
    railway railways rail official sarkari
    नाम रोबोट बॉट इंसान मशीन असली बनाया बनाई उम्र लड़का लड़की मालिक रहते जन्मदिन
    """
)
BOT_VERDICT: Final[frozenset[str]] = _read_set(
    """
    useless stupid dumb idiot worst bad rubbish pathetic waste bakwas bakwaas bekar bekaar
    bekkar faltu faaltu pagal bewakoof bevkoof bewkoof nalayak ghatiya slow boring annoying
    irritating confusing wrong galat dheema dheere dhire gadha gadhe gadhaa ullu murkh moorkh
    buddhu nikamma nikamme
    बेकार बकवास फालतू पागल बेवकूफ बेवकूफ़ घटिया नालायक धीमा गलत ग़लत गधा गधे उल्लू मूर्ख बुद्धू
    निकम्मा निकम्मे
    """
)
# Knowing, said of RailBot ("tujhe kya aata hai", "तुझे कुछ नहीं आता", "you know nothing"): what
# it is good for, or with a "not" a verdict on it.
BOT_KNOWING: Final[frozenset[str]] = _read_set(
    "aata ata aati pata know knows jaanta janta jante jaante आता आती पता जानता जानते"
)
# What RailBot tells, knows or is good for, asked of it or about it ("what can railbot answer",
# "ye bot kya batayega", "ये बॉट किस काम आएगा", "is this bot useful for train info"): help.
BOT_OFFER: Final[frozenset[str]] = (TELLING_WORDS - TO_THE_BOT) | BOT_KNOWING | _read_set(
    """
    answer answers answering tell tells telling knows jaanta jaanti batayega bataega batayegi
    bataegi batayenge bataenge batane batao karega karegi karta karti do does useful use usefull
    kaam kam aega aayega ayega aaega aaeyga info about for handle handles give gives check
    checks kind sort type things questions question sawal sawaal pata chalega
    बताएगा बताएगी बताएंगे करेगा काम आएगा पता चलेगा
    """
)
# Praise of RailBot ("good bot", "you are so helpful", "बढ़िया बॉट"): thanks, as "great" is.
BOT_PRAISE: Final[frozenset[str]] = _read_set(
    """
    good smart best helpful intelligent clever cool amazing brilliant superb excellent perfect
    fast star lifesaver legend gem champ hero
    badhiya badiya accha acha achha achchha achhe acche achchhe achhi acchi mast zabardast
    jabardast shandar kamaal kamal बढ़िया अच्छा अच्छे अच्छी शानदार ज़बरदस्त जबरदस्त कमाल
    """
)
# Words of a train with no seat left ("full hai kya", "फुल है", "भरी हुई"): with a train, a
# question about its seats.
FULL_WORDS: Final[frozenset[str]] = _read_set(
    "full fully bhari bhara housefull houseful packed फुल फ़ुल भरी भरा हाउसफुल"
)
# Words for more than one train: "late" with them asks for the rescheduled list.
PLURAL_TRAINS: Final[frozenset[str]] = word_set(
    "trains gadiyan gaadiyan gadiya gariyan gariya gaariyan gadiyon gariyon ट्रेनें ट्रेनों list सूची suchi"
    " trainen trainein trenen trenein trainon"
)

# --- PNR alerts ----------------------------------------------------------------------------------
# Words that, beside an alert word or a PNR, say what to do with alerts. Checked against every
# word of the message (`Parse.words`), so that none of them changes how other questions read.
ALERT_STOP: Final[frozenset[str]] = word_set(
    "stop stopp unsubscribe unsub untrack unfollow remove delete disable off cancel band bandh "
    "hatao hata hatado hataiye hataie hatayen hataen khatam mat rok roko rokdo rokiye rokie"
    " roken rokein"
)
# Stop words strong enough to stop a PNR's alerts without an alert word ("stop 4512345678").
ALERT_STOP_PNR: Final[frozenset[str]] = word_set(
    "stop unsubscribe unsub untrack unfollow remove delete disable"
)
# "all", and "jitne bhi" (as many as there are), "tamam": every one of them.
ALERT_ALL: Final[frozenset[str]] = word_set(
    "all every everything sab sabhi saare sare sari saari jitne jitni tamam tamaam kisi"
)
ALERT_PLURALS: Final[frozenset[str]] = word_set(
    "alerts notifications reminders subscriptions updates"
)
# Asking which alerts there are ("show my alerts", "which pnrs am i tracking").
ALERT_LIST: Final[frozenset[str]] = word_set(
    "list show dikhao dikha dikhana view active current which what kaun kon kaunse konse kitne many"
    " kis kin kitni"
)
# Alerts said to be on or left ("चालू अलर्ट्स बताओ", "कितनी अलर्ट बाकी हैं"): the ones set, listed,
# unless an order turns one on ("alert chalu karo").
ALERT_STANDING: Final[frozenset[str]] = word_set("chalu chaalu baki baaki lagi lage")
ALERT_ORDERS: Final[frozenset[str]] = word_set(
    "karo kar kardo krdo kijiye kijie karein karen do dijiye dijie lagao lagado dena"
)
# Receiving them ("किन किन टिकटों के अपडेट मिल रहे हैं"): asked which, the alerts one has.
ALERT_RECEIVING: Final[frozenset[str]] = word_set(
    "mil milti milte milta milega milegi milenge milengi receive receiving getting aayega aayegi"
    " aayenge aaega aaenge aega aegi aenge ayega ayegi"
)
ALERT_LIST_WEAK: Final[frozenset[str]] = word_set("my mere meri mera have any all sab sabhi")
# Asking for an alert ("set alert", "alert me", "alert lagao").
ALERT_SUBSCRIBE: Final[frozenset[str]] = word_set(
    "track tracking notify remind subscribe set setup add create start enable activate on want "
    "need get send give chahiye chaiye chahie lagao laga lga lagado lagana chalu karo kar krdo "
    "kardo dena de dijiye keep inform tell batana btana message msg ping me nazar najar rakho "
    "rakhna rakhiye"
)
# Alerts kept going ("which pnrs are you watching", "kaun si pnr track ho rahi"): the ones set.
ALERT_ONGOING: Final[frozenset[str]] = word_set("tracking watching monitoring following")
# Hindi's "-ing" after a word of tracking ("track kar rahe ho", "track ho rahi hai").
ALERT_GOING_ON: Final[frozenset[str]] = word_set("rahe rahi raha")
ALERT_TRACK: Final[frozenset[str]] = word_set(
    "track tracking tracked trace follow following followed monitor monitoring monitored watch"
    " watching watched nazar najar eye nigrani nigraani"
)
# "Tell me when it confirms": a telling word and a when word, about a ticket.
ALERT_TELL: Final[frozenset[str]] = word_set(
    "bhejo bhejna bhejiye send sending suchna soochna posted notify tell inform informed message"
    " intimate intimated"
    " msg ping text batana btana bataana bata batao bataiye"
    " bataye batayein batado update updates updated know messages msgs sms notifications"
    " khabar khabr suchit soochit jankari jaankari ittala ittla itla ittila batate batati batata"
    " samachar samaachaar"
)
ALERT_WHEN: Final[frozenset[str]] = word_set(
    "when jab once jaise whenever hone hote jaye jaaye jae soon keep rehna rahna raho if agar"
    " moment"  # "ping me the moment it moves to cnf"
    " badle badalte badalne bante aate aatey ate"
)
# Whether a booking is confirmed, asked of the one in hand ("is it confirmed?", "confirm ho gaya
# kya", "क्या कन्फर्म हो गया"): the words of the state, and those that point at one's own.
CONFIRMED_WORDS: Final[frozenset[str]] = _read_set(
    "confirm confirmed conform conformed cnf kanfarm confarm कन्फर्म कंफर्म कनफर्म"
)
# Whether it will be confirmed ("will it confirm?", "confirm hoga?"): its chance, not its state.
CONFIRMED_LATER: Final[frozenset[str]] = _read_set(
    "will would hoga hogi honge jayega jayegi jaega jaegi chance chances होगा होगी होंगे जाएगा"
    " जाएगी"
)
CONFIRMED_OF: Final[frozenset[str]] = _read_set(
    "it its ye yeh ya wo woh vo hua hui hue gaya gayi gya gyi gai ho hogi hoga has been got get"
    " is my mera meri mere ticket tikat tkt booking seat berth हुआ हुई गया गई हो होगा होगी मेरा"
    " मेरी मेरे टिकट"
)
TICKET_WORDS: Final[frozenset[str]] = word_set(
    "pnr pnrs ticket tickets tikat tkt booking bookings tikton tikaton ticketon"
)
TICKET_STATUS_WORDS: Final[frozenset[str]] = word_set(
    "confirm confirms confirmed confirmation cnf chart charting waitlist wl rac berth"
)
# Every word an alert message may hold without it being about something else.
ALERT_WORDS: Final[frozenset[str]] = (
    ALERT_STOP
    | ALERT_ALL
    | ALERT_PLURALS
    | ALERT_LIST
    | ALERT_LIST_WEAK
    | ALERT_STANDING
    | ALERT_SUBSCRIBE
    | ALERT_TRACK
    | ALERT_TELL
    | ALERT_WHEN
    | TICKET_WORDS
    | TICKET_STATUS_WORDS
    | word_set("alert notification reminder subscription for about of status please pls plz")
    # SMS "k liye" (ke liye): for
    | word_set("k")
    | word_set("turn switch rakho rakhna rakhiye par pe keep an on eye")
    # "which bookings are you watching for me", "kaun se alert lagaye hai maine"
    | _read_set(
        "i have you are is am for me maine mainne mene humne kiye kiya kie hai h he hain lagaye"
        " lagae lagaya lage lagi chalu what"
    )
)

# --- forgetting the person ----------------------------------------------------------------------
# "Delete my details", "meri jankari hata do", "मेरा रिकॉर्ड मिटाओ": a word that erases with a word
# for what RailBot keeps about someone (or "about me"). Checked against every word of the message,
# so that none of them changes how other questions read ("remove alert" stays about alerts).
ERASE_WORDS: Final[frozenset[str]] = _read_set(
    """
    delete deleted deleting delet delte del remove removed removing erase erased erasing wipe
    wiped wiping clear cleared clearing purge purged forget hata hatao hatado hataiye hataie
    hataen hatayen hatana hatwa mita mitao mitado mitaiye mitaie mitaen mitayen mitana mitwa
    saaf saf khatam khatm dilit
    डिलीट हटा हटाओ हटाइए हटाइये हटाएं हटाएँ हटाना मिटा मिटाओ मिटाइए मिटाइये मिटाएं मिटाएँ मिटाना
    साफ रिमूव क्लियर
    """
)
# What RailBot keeps about a person, as people call it.
PERSONAL_DATA: Final[frozenset[str]] = _read_set(
    """
    data dataa deta details detail detials info infos information informations infomation record
    records history account accounts profile chat chats messages conversation conversations
    database footprint number email contact jankari jaankari jankaari janakari vivran vivaran
    byora khata itihas
    डेटा डाटा जानकारी डिटेल डिटेल्स रिकॉर्ड रिकार्ड हिस्ट्री अकाउंट खाता विवरण प्रोफाइल इतिहास चैट
    """
)
# "Everything you know about me", "mere bare mein sab": erasing what is about the person.
ABOUT_WORDS: Final[frozenset[str]] = _read_set("about bare baare barey baarey बारे")
PERSONAL_WORDS: Final[frozenset[str]] = _read_set(
    "me my mine myself mujhe mujhko mujh mera meri mere hamara hamari hamare hame hamen humein"
    " मुझे मेरा मेरी मेरे हमारा हमारी हमारे"
)

# A passenger's place in a booking ("which coach is P1 in", "mera berth kaunsa hai").
BOOKING_NOUNS: Final[frozenset[str]] = _read_set(
    "coach coaches berth berths bogie bogi dabba dibba kochh कोच बर्थ डिब्बा बोगी"
)
# Words that ask when: a station named with them, after a train, asks that train's time there.
WHEN_WORDS: Final[frozenset[str]] = _read_set(
    "when kab kb time timing timings baje bje samay waqt वक्त कब बजे समय टाइम kyare vage vagye"
    " vakt wakt vaqt"
    # Haryanvi's and Punjabi's "when" ("gaddi kad se", "kaddi aayegi")
    " kad kadd kaddi"
)

# Words for a kind of train: a place just before one is part of a train's name ("12015 Ajmer
# Shatabdi", "Howrah Rajdhani"), not a station of the question.
TRAIN_KINDS: Final[frozenset[str]] = word_set(
    """
    shatabdi rajdhani duronto express exp mail superfast sf intercity passenger memu demu
    humsafar tejas vande bharat garib rath sampark kranti jan antyodaya janshatabdi
    """
)
# Words that ask for any one of a kind ("is there any rajdhani", "koi shatabdi hai"), not the
# one in hand.
ANY_WORDS: Final[frozenset[str]] = word_set("any koi कोई there")
# Words that name a kind of train only with their pair ("vande bharat", "garib rath", "sampark
# kranti", "jan shatabdi"): alone, "bharat" is India, "jan" people, "kranti" a revolution.
KIND_PARTS: Final[frozenset[str]] = word_set("vande bharat garib rath sampark kranti jan")
# Kinds of train that name no train by themselves ("superfast express" is no train's name).
GENERIC_KINDS: Final[frozenset[str]] = word_set(
    "express exp mail superfast sf intercity passenger memu demu"
)
# Words after which "to" begins a verb ("need to travel", "want to go"), not a destination.
TO_VERBS: Final[frozenset[str]] = word_set(
    "travel go reach come visit book know check see find get depart leave arrive run start stop"
    " be take board catch"
    # what one means to do there, other than travel ("i am in nagpur and want to open a shop")
    " open buy eat study work join meet stay live learn make sell watch play apply rent attend"
    " celebrate marry shop"
)

# Words of the numbers of other services than railways: a recharge, an order or a parcel, a bank
# account, an OTP, an Aadhaar, a policy, a bill, a payment app, a gas connection. Ten digits
# beside them are that service's, not a PNR ("recharge 9876543210", "मेरा ऑर्डर 4012345678").
SERVICE_WORDS: Final[frozenset[str]] = _read_set(
    """
    recharge richarj rechrg prepaid postpaid jio airtel vodafone bsnl otp order orders courier
    kuriyar awb consignment shipment parcel parsal id account acc khata khate khaate bank baink
    ifsc upi paytm petiem gpay phonepe aadhaar aadhar adhaar adhar pan policy polisi consumer
    customer invoice bill challan ration loan emi lic card transaction txn imei amazon flipkart
    swiggy zomato myntra meesho delhivery dtdc bluedart ekart gas cylinder lpg indane balance
    talktime
    रिचार्ज ऑर्डर कूरियर खाता खाते बैंक आधार ओटीपी पॉलिसी पार्सल बिल
    """
)
# Waiting and queueing ("waiting list", "lambi line", "कतार"), and what other than a train keeps
# people waiting: with one of these and nothing of railways, the queue is that place's
# ("hospital me waiting list", "visa appointment waiting", "bank ki line").
WAITING_WORDS: Final[frozenset[str]] = _read_set(
    "waiting waitlist waitlisted wait line queue pratiksha intezar intezaar intazar katar"
    " वेटिंग इंतज़ार इंतजार कतार लाइन प्रतीक्षा"
)
QUEUE_PLACES: Final[frozenset[str]] = _read_set(
    """
    visa appointment hospital doctor aiims clinic college admission admissions counselling
    counseling university school mba iit nit neet jee transplant kidney organ bank queue passport
    car bike scooter iphone phone gas cylinder connection restaurant table hostel allotment flat
    housing job interview pr immigration embassy consulate darshan temple mandir court surgery
    operation icu bed delivery period vaccine vaccination registration result shop counter rto
    licence license dl
    अस्पताल कॉलेज एडमिशन डॉक्टर बैंक वीज़ा गैस मंदिर
    """
)
# One's own events, which get cancelled too ("my wedding got cancelled", "aaj ki class cancel ho
# gayi", "मीटिंग कैंसिल हो गई"): with nothing of railways, not a cancelled train.
EVENT_NOUNS: Final[frozenset[str]] = _read_set(
    """
    wedding weddings shaadi shadi vivah marriage engagement sagai reception meeting meetings
    miting class classes lecture lectures school college exam exams paper match matches game
    games show shows concert concerts party parties function program programme event events ride
    rides trip plan plans tuition interview appointment order subscription membership session
    seminar webinar workshop shift picnic festival mela puja ceremony screening rehearsal
    practice tournament tour holiday leave chhutti flight flights prom proms dinner lunch brunch
    dentist surgery operation admission counselling vaccination
    शादी मीटिंग क्लास परीक्षा कार्यक्रम पार्टी इंटरव्यू प्रोग्राम समारोह स्कूल कॉलेज मैच कोचिंग
    """
)
CANCEL_WORDS: Final[frozenset[str]] = _read_set(
    "cancel cancelled canceled cancellation cancelation radd raddh nirast postponed band bandh"
    " कैंसिल रद्द बंद"
)
# Vehicles on the road: beside them "gaadi" is a car, not a train ("delhi se agra gaadi se kitna
# petrol lagega").
ROAD_WORDS: Final[frozenset[str]] = _read_set(
    """
    car cars bike scooty scooter taxi cab cabs bus buses drive driving petrol diesel fuel toll
    tolls mileage highway expressway road innova ertiga कार बाइक टैक्सी बस पेट्रोल डीजल टोल
    """
)
# What one has done to a car, a bike or a scooter, never to a train one travels on: mending,
# servicing, papers ("gaadi ka puncture", "gaadi ki rc", "gaadi ka mechanic").
VEHICLE_CARE: Final[frozenset[str]] = _read_set(
    """
    mechanic mechanics mistri puncture panchar punchar tyre tyres tire tires garage
    servicing rc registration chalan challan parking insurance plate fastag rto licence license
    dent denting painting washing wiper clutch brake brakes gear helmet
    मैकेनिक मिस्त्री पंचर टायर गैरेज सर्विसिंग चालान पार्किंग इंश्योरेंस बीमा
    showroom showrooms dealer dealers dealership डीलर
    """
)
# Words for a train that are any vehicle too ("gaadi").
VEHICLE_NOUNS: Final[frozenset[str]] = _read_set("gadi gaadi gari gaari गाड़ी गाडी")
# Words that name a class or a quota and are everyday words too ("women", "senior citizen",
# "general", "economy", "executive", "sitting"): with nothing else of railways beside them they
# may be meant in their everyday sense ("best gift ideas for women", "general knowledge ke sawal").
EVERYDAY_CLASS_WORDS: Final[frozenset[str]] = word_set(
    """
    women woman ladies lady female mahila senior seniors citizen citizens disabled handicap
    handicapped physically general economy executive exec first second third three two one
    sitting seating premium defence defense foreign yuva
    """
)
# Words that make a message about railways even when the rules cannot say what it asks
# ("tatkal booking kab khulti hai", "irctc login nahi ho raha").
RAILWAY_WORDS: Final[frozenset[str]] = word_set(
    """
    irctc railway railways rail rly tatkal refund tdr platform coach berth bogie dabba pnr
    ticket tickets tikat booking train trains tren gadi gaadi station stations yatri tte
    retiring cloak coolie coolies kuli porter wheelchair enquiry inquiry shatabdi rajdhani duronto
    superfast intercity memu demu humsafar tejas vande antyodaya uts
    """
)

# Whom or what a complaint or a lost payment is about when it is not railways: a landlord, a
# neighbour, the police, the electricity or water supply, the municipality, a phone network, a
# bank, a shop or an app ("padosi ke khilaf complaint", "bijli ki shikayat", "खाते से पैसे कट
# गए"). A complaint naming one of these and no railway word is not RailMadad's (`message.py`).
SERVICES_ELSEWHERE: Final[frozenset[str]] = _read_set(
    """
    landlord landlady makan malik owner padosi padosiyon pados neighbour neighbours neighbor
    neighbors society builder police pulis thana fir bijli electricity supply lineman transformer
    kuda kooda kachra garbage nigam municipal municipality corporation nagarpalika panchayat
    sarpanch pradhan court consumer forum fraud scam scammer cyber otp hacker hacked network
    tower signal jio airtel vodafone vi bsnl broadband wifi internet recharge sim school
    college teacher principal hospital doctor clinic dukan dukandar shop shopkeeper swiggy
    zomato amazon flipkart myntra meesho blinkit zepto delivery courier cylinder sadak road
    gaddha pothole streetlight ration kotedar bank atm account khata khate khaate passbook upi
    paytm phonepe gpay loan insurance emi salary company boss employer ola uber rapido auto
    bus conductor truck water gas mobile phone
    पुलिस थाना बिजली सप्लाई कूड़ा कचरा निगम पड़ोसी मकान मालिक साइबर फ्रॉड नेटवर्क टावर स्कूल
    अस्पताल दुकान दुकानदार सिलेंडर सड़क राशन बैंक खाता खाते खाते अकाउंट मोबाइल
    """
)

# Railway words that everyday life uses too: a train set, training, a police station, a
# software platform, a team's coach, tracking a parcel, tickets for a film, a cab's fare, a seat in
# a cinema, a bus route, running late. A message whose only railway words are these is read in
# the sense the words around them give (`classifier.other_sense`). A berth is a train's unless a
# ship's, a hospital's or a tournament's is named (topic words: "ship", "icu", "playoff"), so that
# "berth preference kaise dale" stays a railway question.
OTHER_SENSES: Final[frozenset[str]] = _read_set(
    """
    training trainer trainers station stations stn platform platforms coach coaches coaching
    track tracking tracker ticket tickets tikat tkt booking bookings fare fares kiraya kiraye
    bhada price prices rate rates seat seats route routes running late local locals status
    timing timings schedule journey express mail chart charts junction jn
    waiting waitlist list queue cancel cancelled canceled cancellation radd
    टिकट स्टेशन कोच कोचिंग प्लेटफॉर्म सीट सीटें रूट किराया भाड़ा ट्रैक ट्रेनिंग वेटिंग कैंसिल
    रद्द
    """
)
# --- railways or elsewhere ----------------------------------------------------------------------
# A topic word of another domain (`Intent.OUT_OF_SCOPE`: flights, hotels, weather, shares...)
# outweighs places, dates and the words "train" and "station"; a weaker one (`Hint.ELSEWHERE`:
# food, payments, temples...) is outweighed by any word that only railway questions have: these,
# a railway keyword (`RAILWAY_KEYWORDS`), or a train, ticket or status word.
RAILWAY_EVIDENCE: Final[frozenset[str]] = RAILWAY_WORDS - word_set("station stations booking")
# Words that only say a place is a station ("surat railway station"): beside a thing asked for
# near it ("parking near surat railway station"), not railway evidence.
STATION_NAMING: Final[frozenset[str]] = word_set("railway railways rail rly")
# Kinds of train named like everyday words ("shatabdi" a century, "rajdhani" a capital,
# "humsafar" a companion): without a train word or number, a question may be about the word.
TRAIN_TYPES: Final[frozenset[str]] = _read_set(
    """
    shatabdi rajdhani duronto humsafar tejas vande antyodaya sampark kranti garib rath janshatabdi
    शताब्दी राजधानी दुरंतो हमसफ़र हमसफर तेजस संपर्क क्रांति
    """
)
# Words for a train: a question asking for trains between places is about them whatever else it
# names ("train to amritsar for the golden temple").
# Airlines and bus companies by name: a booking, a class or a seat said beside one is theirs
# ("vrl travels sleeper coach bangalore to hubli", "इंडिगो का पीएनआर").
OTHER_OPERATORS: Final[frozenset[str]] = _read_set(
    """
    indigo इंडिगो spicejet spaisjet vistara akasa airindia redbus redbas abhibus intrcity smartbus
    zingbus nuego flixbus freshbus vrl kallada ksrtc msrtc upsrtc apsrtc tsrtc gsrtc rsrtc hrtc
    tnstc setc kadamba volvo
    """
)
TRAIN_NOUNS: Final[frozenset[str]] = word_set(
    "train trains trian tren gadi gaadi gadiyan gaadiyan gadiya gariyan rail express trainen"
    " trainein trenen trenein trainon"
)
# Words only railways have, inside a keyword ("running status", "kaun sa station", "waiting
# list"): such a keyword is railway evidence; the others ("timing", "kahan hai", "price", "abhi")
# are asked about anything.
_RAILWAY_NOUNS: Final = TRAIN_NOUNS | word_set(
    """
    station stations stn platform pnr chart charting berth berths coach waiting wl rac cnf
    tatkal stoppage stoppages halt halts halting rukti rukegi running spot rescheduled reschedule
    rescheduling resheduled punarnirdharit
    """
)
# Intents whose every keyword is railway's own.
_RAILWAY_INTENTS: Final = frozenset(
    {Intent.PNR_STATUS, Intent.TRAINS_BETWEEN, Intent.STATION_BY_NAME}
)
RAILWAY_KEYWORDS: Final[frozenset[tuple[str, ...]]] = frozenset(
    words
    for words, (kind, value) in PHRASES.items()
    if kind == "intent" and (value in _RAILWAY_INTENTS or not _RAILWAY_NOUNS.isdisjoint(words))
)
# Food from elsewhere than the railway's eCatering: delivery apps, restaurants, pizza. Outside
# railways even to a train ("zomato delivery in train").
FOOD_ELSEWHERE: Final[frozenset[str]] = _read_set(
    """
    zomato swiggy dominos domino pizza pizzas burger burgers restaurant restaurants mcdonalds kfc
    dhaba biryani delivery deliver delivered
    """
)
# Words that ask about what is near a place ("pg near pune station", "स्टेशन के पास धर्मशाला"):
# with a word the lexicon does not know and nothing of railways, the question is about that thing.
NEAR_WORDS: Final[frozenset[str]] = _read_set(
    "near nearby paas pass pas around outside bahar baahar पास बाहर"
)
# "How do I get to", "how far": with one station and a place that is none, the way there is
# local travel ("dadar se juhu beach kaise jaye", "station se sangam kitni door").
WAY_HOW: Final[frozenset[str]] = _read_set("kaise kese how way कैसे")
WAY_GO: Final[frozenset[str]] = _read_set(
    "jaye jaaye jayen jaen jaun jau jana jate jaate jayenge jaenge jaayenge pahunche pahuche"
    " pahunchu pahuchu pahunchen pahunchna reach go get way जाएं जाएँ जाऊं जाते जाएंगे पहुंचे"
    " पहुंचें"
)
STATION_WORDS: Final[frozenset[str]] = _read_set("station stn junction jn स्टेशन जंक्शन")
WAY_WORDS: Final[frozenset[str]] = WAY_GO | _read_set("door dur doori duri far distance दूर दूरी")
# Topic words that are also part of station names ("Chennai Beach", "Agra Fort", "Mandir
# Hasaud"): read as topics only when no station's name took them.
LEFT_TOPICS: Final[dict[str, Sense]] = {
    **dict.fromkeys(("beach", "fort", "bridge", "memorial"), ("intent", Intent.OUT_OF_SCOPE)),
    **dict.fromkeys(("temple", "mandir"), ("hint", Hint.ELSEWHERE)),
}

# Words that ask a question about the world ("who wrote", "kaun si hai", "explain"), and words
# that make it one about RailBot or the person asking ("who made you", "what is my name").
QUESTION_WORDS: Final[frozenset[str]] = _read_set(
    """
    who whom whose what whats wat wht wot which where when why how explain define kaun kon
    kaunsa konsa
    kaunsi konsi kaunse konse kya kab kahan kaha kyon kyun kitna kitni kitne kaise kisne kiska
    kiski kiske kisko कौन क्या कब कहाँ कहां क्यों कितना कितनी कितने कैसे किसने किसका किसकी
    किसके किसको
    """
)
ABOUT_US: Final[frozenset[str]] = _read_set(
    """
    you your yours yourself youre youve u ur tum tumhara tumhari tumhe tumko aap ap aapka apka
    aapki apki aapko apko bot railbot i my mine myself main mai mera meri mere mujhe muje mujhko hum
    hamara hamari humara humari
    तुम तुम्हारा आप आपका आपकी मैं मेरा मेरी मेरे मुझे हम हमारा हमारी
    """
)

# --- language choice -----------------------------------------------------------------------------
HINDI_WORDS: Final[frozenset[str]] = word_set("hindi hindee")
# Words that say "don't" beside a PNR and a word for updates ("don't send updates for ...").
NEGATIONS: Final[frozenset[str]] = word_set("dont not no mat na nahi nahin band bandh")
ENGLISH_WORDS: Final[frozenset[str]] = word_set("english inglish angrezi angreji angrezee")
# Words a message asking for a language may hold besides the language ("reply in hindi pls").
LANGUAGE_FILLER: Final[frozenset[str]] = word_set(
    """
    reply replies answer answers talk speak speaking write chat respond switch change use
    set prefer language lang bhasha bhasa in me mein main please pls plz only baat bat karo
    kariye kijiye kro bolo boliye likho likhiye jawab javab do dijiye de dena kar sakte ho can
    you u could will would me to into from now se ab isme yahan the my our apni apna mujhe
    mere liye chahiye chaiye hindi english angrezi reply on now ab abhi hamesha always sirf
    hee hi bhi only se
    """
)


# Verbs of talking, answering or writing: with a language named, a sentence that asks for it
# ("aap mujhse hindi me baat kijiye", "please write in english").
LANGUAGE_VERBS: Final[frozenset[str]] = _read_set(
    """
    reply replies respond answer answers talk speak speaking write writing chat text message
    messages communicate converse baat bat bolo boliye bolen bolein bolna likho likhiye likhen
    likhein likhna likhe jawab javab uttar samjhao samjhaiye बात बोलो बोलिए बोलें लिखो लिखिए लिखें
    जवाब उत्तर समझाओ समझाइए
    understand samajh samjh samajhta samajhti samajhte read padh padhna padhni padhta padhti
    """
)
# Words of learning or teaching: a language with them is a subject to study ("how to improve my
# spoken english", "english sikhni hai"), not the one to answer in.
LEARNING_WORDS: Final[frozenset[str]] = _read_set(
    """
    learn learning learnt improve improving practice practise teach teaching tutor tuition course
    coaching grammar vocabulary fluent fluency spoken accent pronunciation sikhna sikhni sikhna
    sikhu sikhoon sikhe sikhen sikhaye sikhao sikhayen seekhna seekhni seekhu seekhe sudhare
    sudhaare sudharna padhai padhna padhaye सीखना सीखनी सीखूं सीखें सिखाओ सुधारें सुधारना पढ़ाई
    व्याकरण seekhne sikhne seekhna sikhane sikhaane सीखने सिखाने
    """
)
# How to use the bot in hand, asked in so many words ("ये कैसे चलाना है", "isko kaise use karte
# hai"): what points at it ("ye", "isko", "this", "इसे", "bot", "app"), verbs of using it, and
# the words such a question may hold besides.
THIS_ONE: Final[frozenset[str]] = _read_set(
    "ye yeh ise isko isse iss is isme this dis ths it bot app railbot chatbot ये इसे इसको इस इसमें बॉट"
    " ऐप"
)
# Verbs of using or working a thing ("use", "chalana", "इस्तेमाल").
USING_WORDS: Final[frozenset[str]] = _read_set(
    "use using chalana chalaye chalayen chalaen chalate chalaate chalau chalaun chalana chalaun"
    " istemal istemaal upyog operate चलाना चलाएं चलाएँ चलाते चलाऊं चलाऊँ चलाये इस्तेमाल उपयोग"
)
HOW_FILLER: Final[frozenset[str]] = _read_set(
    "do does i we you to can should karte karen karein kare karu karun karna kiya jata jaata jaati"
    " hai hain h he ho hota ka ki ke ko please pls plz bhai sir ji batao bataiye bata yaar the"
    " ab abhi mai main mein mujhe hum है हैं करें करते करना करूं करूँ जाता हो का की के को बताओ"
    " बताइए मैं हम मुझे thing cheez chiz चीज़ चीज"
)
# A ticket "taken out" or "cut", as Hindi says buying one ("ऑनलाइन टिकट कैसे निकालें", "ticket
# katana hai", "टिकट कैसे कटाएं"): booking it. Never "nikal"/"nikla" alone (a train leaving, a
# chart out) nor "kat" (money deducted).
TICKET_TAKEN: Final[frozenset[str]] = _read_set(
    """
    nikale nikalen nikalein nikalna nikalni nikalne nikalte nikalti nikalo nikaalo nikalun
    nikaloon nikalu nikalvana nikalwana nikalva nikalwa nikalvado nikalwado nikaalna nikaalen
    nikaale katana katani katane kataen katayen kataye katayein katao katva katwa katvana katwana
    katvado katwado katate katata katati katwate katvate nikalvate nikalwate
    """
)
# Not understanding, said before how to use RailBot ("मुझे समझ नहीं आ रहा इसे कैसे चलाते हैं",
# "samajh nahi aa raha isko kaise use kare", "i don't get how to use this"): still how to use it.
CONFUSED_WORDS: Final[frozenset[str]] = _read_set(
    """
    samajh samjh samaj samajhna samjhna nahi nahin nhi na not dont don t aa a raha rahi rahe aata
    ata aati understand understanding get getting confused confusing pata chal chalta raha
    kuch kuchh bilkul समझ नहीं आ रहा रही आता पता चल कुछ बिलकुल बिल्कुल
    """
)
# Saying one is new to RailBot ("first time here", "pehli baar use kar raha hu", "i am new
# here", "नया हूँ"): an aside to a question of what it does, never a train's first run or time.
NEWCOMER_WORDS: Final[frozenset[str]] = _read_set(
    """
    first time here new newbie naya nayi naye pehli pahli baar bar using use yahan yaha
    पहली बार नया नई यहाँ यहां
    """
)
# Chit-chat with no railway question in it ("bhai mood off hai kuch accha bolo", "मेरा मन नहीं लग
# रहा", "koi joke sunao"): a mood told, or words asked for to cheer one up.
MOOD_WORDS: Final[frozenset[str]] = _read_set(
    """
    mood udaas udas sad bored bore boring lonely akela akeli upset dukhi dukh depressed stressed
    tension unhappy उदास दुखी अकेला अकेली बोर टेंशन मूड मन
    """
)
CHEER_WORDS: Final[frozenset[str]] = _read_set(
    "joke jokes chutkula chutkule funny cheer motivate motivation hasao hansao shayari चुटकुला"
    " चुटकुले हँसाओ हंसाओ शायरी"
)
NICE_WORDS: Final[frozenset[str]] = _read_set(
    "accha acha achha achchha achchhaa nice good sweet pyara pyaari अच्छा अच्छी प्यारा"
    " badhiya badiya mazedar majedar बढ़िया मज़ेदार मजेदार"
)
SAYING_WORDS: Final[frozenset[str]] = _read_set(
    "bolo bol boliye bolna sunao sunaiye batao say tell बोलो बोलिए सुनाओ सुनाइए बताओ"
)
# Things a language is the kind of ("free english speaking app", "english seekhne ka app", "hindi
# news channel", "अंग्रेज़ी की किताब"): the language named before one is the thing's, not the one
# RailBot is asked to answer in.
LANGUAGE_THINGS: Final[frozenset[str]] = _read_set(
    """
    app apps application course courses class classes book books kitab kitaab teacher teachers
    tutor channel channels news newspaper akhbar movie movies film films song songs gaana gaane
    video videos dictionary shabdkosh website websites keyboard institute ऐप किताब किताबें
    कोर्स क्लास अख़बार अखबार फ़िल्म फिल्म गाने गाना चैनल शब्दकोश
    """
)
# Words that say a person is weak in a language ("english samajh nahi aati", "i cannot read
# hindi well", "अंग्रेजी कम आती है"): the other language is the one asked for.
LANGUAGE_WEAK: Final[frozenset[str]] = _read_set(
    """
    nahi nahin nhi not no cant cannot dont weak poor kam mushkil difficult hard bad नहीं कम
    कमजोर मुश्किल dikkat diqqat pareshani दिक्कत परेशानी
    """
)


# --- the conversation's own words -----------------------------------------------------------------
# Messages (as `text.normal` writes them) that start over: the question pending, if any, is dropped.
def _phrase_set(text: str) -> frozenset[str]:
    """Whole-message phrases written `one|two words|three`, over as many lines as it takes."""
    return frozenset(" ".join(phrase.split()) for phrase in text.split("|") if phrase.strip())


# A message that only acknowledges what was said ("ok", "theek hai", "ठीक है"): nothing to
# look up, nothing to ask again.
ACK_PHRASES: Final[frozenset[str]] = _phrase_set(
    """
    ok|okay|okk|okey|ok ok|k|kk|fine|alright|all right|sure|cool|got it|noted|understood|
    hmm ok|ok then|okay then|ok sir|ok ji|oh ok|oh okay|right|theek hai|thik hai|theek h|thik h|
    thik|theek|theek hai ji|thik hai ji|ok thik hai|ok theek hai|achha|acha|accha|achchha|
    achha ji|acha ji|accha ji|haan|haan ji|samajh gaya|samajh gayi|samjha|samjhi|han|han ji|haa|
    ji|jee|ji han|ji haan|ji ha|ha ji|haa ji|han han|haan haan|ji bilkul|bilkul|bilkul ji|
    ji theek hai|ji thik hai|ji achha|ji acha|thik hai ji han|sahi hai|theek|ok ji han
    """
)
# Words that alone acknowledge (the one-word phrases above, and the like): a message made only of
# them and of `ACK_FILLER` ("ok cool", "acha thik hai", "ok got it bhai") acknowledges too. "yes"
# is not one of them: to a question RailBot asked it is that question's answer.
ACK_WORDS: Final[frozenset[str]] = frozenset(
    phrase for phrase in ACK_PHRASES if " " not in phrase
) | frozenset({"great", "perfect", "nice", "awesome", "super", "done", "thik", "theek", "okie"})
# Words said around an acknowledgement that add nothing to it: "hai", "got it", whom it is said to.
ACK_FILLER: Final[frozenset[str]] = frozenset(
    {"hai", "h", "he", "then", "oh", "so", "got", "it", "gaya", "gayi", "gya", "gyi", "bhai",
     "bhaiya", "yaar", "yar", "sir", "madam", "mam", "ji", "bro", "boss", "dear", "to", "ab",
     "janab", "huzoor",
     "that", "thats", "s", "good", "very", "now", "hmm", "hm", "ohk", "chalo", "chaliye"}
)
# A bare "no" when RailBot asked nothing ("no", "nahi", "नहीं", "no thanks"): nothing more wanted,
# taken like an acknowledgement (to a question RailBot asked, "no" is that question's answer).
NO_PHRASES: Final[frozenset[str]] = _phrase_set(
    """
    no|nope|nah|no no|no thanks|no thank you|no thanx|no need|nothing|nothing else|
    nahi|nahin|nhi|nai|nahi ji|nahin ji|ji nahi|ji nahin|nahi chahiye|nahin chahiye|kuch nahi|
    kuch nahin|nahi bas|bas|bas itna hi|nahi shukriya
    """
)
# Emoji that alone acknowledge ("👍", "👌🏽", "✅"); skin tones and emoji variation selectors aside.
ACK_EMOJI: Final[frozenset[str]] = frozenset("👍👌✅✔☑🆗🙏")
# Emoji that alone say something went wrong ("😡", "😢", "👎"): answered with sympathy, not glee.
SORRY_EMOJI: Final[frozenset[str]] = frozenset("😡😠🤬😢😭😞😔😟☹🙁😩😫😤👎💔😒😕😣😖")
# A message that only says goodbye ("bye", "ok bye", "अलविदा"): the conversation ends there.
FAREWELL_PHRASES: Final[frozenset[str]] = _phrase_set(
    """
    bye|bye bye|byee|byeee|ok bye|okay bye|ok bye bye|goodbye|good bye|tata|ta ta|bye ji|
    alvida|see you|see ya|cya|chalo bye|thanks bye|thank you bye|ok thanks bye|ok thank you bye|
    bye thanks|bye thank you|good night|gn|shubh ratri
    """
)
# A goodbye in words of its own ("ok baad me dekhta hu", "chalo phir milte hain", "that's all
# for now", "ठीक है, चलता हूँ"): a message of these words only (`FAREWELL_FILLER`), at least one
# of them taking leave (`LEAVING_WORDS`).
LEAVING_WORDS: Final[frozenset[str]] = _read_set(
    """
    bye byee byeee goodbye alvida tata later baad milte milenge chalta chalti chalte nikalta
    nikalti ttyl cya bas dekhta dekhti dekhunga dekhungi dekhenge
    """
)
# Words that take leave together ("that's all", "that is all").
LEAVING_PAIRS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"that", "all"}),
    frozenset({"thats", "all"}),
)
FAREWELL_FILLER: Final[frozenset[str]] = _read_set(
    """
    ok okay okk k fine alright sure cool thik theek hai h hain ji bhai sir achha acha accha haan
    han thanks thank you u thankyou thanku thnx thx shukriya shukria dhanyavad dhanyawad
    dhanyavaad chalo to phir fir then main mai me mein hu hun hoon bad dekh lunga lungi lenge
    poochta puchta poochti puchti poochunga puchunga karta karti karunga karungi baat itna hi hee
    that thats s is it all for now abhi ke liye nothing else see talk again
    """
)
# "What should I do now?": after a PNR whose train is cancelled, what to do about the ticket.
WHAT_NOW_PHRASES: Final[frozenset[str]] = _phrase_set(
    """
    what now|now what|what should i do|what should i do now|what do i do|what do i do now|
    what can i do|what can i do now|what to do|what to do now|ab kya|ab kya karu|ab kya karun|
    kya karu|kya karun|kya karein|kya karen|kya kare|ab kya karein|ab kya karen|ab kya kare|
    ab kya karna hai|kya karna hai|kya karna chahiye|ab kya karna chahiye|ab main kya karu|
    ab main kya karun|ab mai kya karu|main kya karu|main kya karun|what next|whats next|what s next|
    what is next|what happens next|ab aage kya|aage kya
    """
)
# "What do we do now?", "ab hum kya karein", "मुझे अब क्या करना चाहिए" in other words than the
# phrases above: a word for what, one for doing (or options), one for now or should, and only
# the words that go with them (Devanagari as `normal` reads it).
WHAT_NOW_WHAT: Final[frozenset[str]] = word_set("what kya kiya")
WHAT_NOW_DO: Final[frozenset[str]] = word_set(
    "do karu karun karein karen kare karna karni kar karoon options option choices"
    " happens happen happening hoga hogi"
)
WHAT_NOW_NOW: Final[frozenset[str]] = word_set(
    "now ab should chahiye chahie chaiye padega padegi hoga next then"
)
WHAT_NOW_FILLER: Final[frozenset[str]] = word_set(
    "i we me my mujhe hume humein hamein main mai hum ham so are is can sakte sakta sakti hai"
    " hain to the will"
)
# What becomes of one's ticket or money ("what happens to my ticket?", "mera paisa wapas
# milega?", "टिकट का क्या होगा"): after a booking whose train is cancelled, its refund. A word of
# the ticket or the money, one of what becomes of it, and nothing else but these fillers.
FATE_OF_WHAT: Final[frozenset[str]] = _read_set(
    """
    ticket tickets money paisa paise paisa refund fare amount booking rupees rupaye
    टिकट पैसा पैसे पैसों रकम किराया बुकिंग रिफंड
    """
)
FATE_WORDS: Final[frozenset[str]] = _read_set(
    """
    happens happen happened happening hoga hogi honga होगा होगी milega milegi milenge get back
    wapas wapis vapas vapis waapas return returned मिलेगा मिलेगी मिलेंगे वापस about
    """
)
FATE_FILLER: Final[frozenset[str]] = _read_set(
    """
    what whats will i we my mine me to the a an of is it be do does can ka ki ke ko kya ab mera
    meri mere mujhe hume hamara hamare humara sara saara poora pura full and now then sir ji
    ok okay so aur
    का की के को क्या अब मेरा मेरी मेरे मुझे हमें हमारा हमारे सारा पूरा है हैं तो और
    """
)
# "Any other train?", "koi aur train", "दूसरी ट्रेन बताओ": the journey's trains besides the one
# in hand (a cancelled one, say); the words for "other", "train", and what may go with them.
OTHER_WORDS: Final[frozenset[str]] = _read_set(
    """
    other others another alternative alternate alternatives dusri doosri dusra doosra dusre
    doosre anya duji dooji दूसरी दूसरा दूसरे अन्य
    """
)
OTHER_PAIRS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"koi", "aur"}),
    frozenset({"any", "more"}),
)
# "More trains", "aur dikhao", "और ट्रेनें", "baaki trains": the rest of the list on screen ("next
# train" is another question: the one leaving next).
MORE_WORDS: Final[frozenset[str]] = _read_set(
    "more aur baaki baki remaining rest zyada jyada और बाकी बाक़ी ज़्यादा"
)
# "Next?", "agla?", "aage?" said alone after a station's board: the trains after those shown.
NEXT_ALONE: Final[frozenset[str]] = _read_set(
    "next agla agli agle aage age then phir fir अगला अगली अगले आगे फिर"
)
MORE_FILLER: Final[frozenset[str]] = _read_set(
    "page list dikhao dikha batao bata show me please pls tell give the of see ki ke wali दिखाओ "
    "बताओ की के"
)
OTHER_TRAIN_NOUNS: Final[frozenset[str]] = _read_set(
    "train trains gaadi gadi gaadiyan gadiyan option options ट्रेन ट्रेनें गाड़ी गाड़ियाँ"
)
# What went wrong with one's own train, said before asking another ("meri train cancel ho gayi,
# koi dusri train kal?", "train chhoot gayi koi aur train", "my train got cancelled, any other
# train tomorrow?", "मेरी ट्रेन रद्द हो गई, दूसरी ट्रेन बताओ").
OWN_TRAIN_GONE: Final[frozenset[str]] = (
    CANCEL_WORDS
    | PERSONAL_WORDS
    | PAST_WORDS
    | _read_set(
        """
        ho gaya gayi got has been chhoot chhut chhooti chhuti chut chuti miss missed nikal
        confirm confirmed nahi nhi hua not waiting wl so ab now then to toh
        हो गई गया छूट छूट गई नहीं अब तो
        """
    )
)
OTHER_FILLER: Final[frozenset[str]] = _read_set(
    """
    any koi is there are hai hain kya batao bata dikhao show me please pls tell give the a for
    same route journey available chalti which kaun kaunsi konsi options ho sakti milegi mil
    उपलब्ध है हैं क्या बताओ दिखाओ कौन सी
    """
)
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
        "rahne do",
        "rahne dijiye",
        "rehne dijiye",
        "chhod do",
        "chod do",
        "radd karo",
        "cancel karo",
        "band kar dijiye",
        "chhodo",
        "chodo",
        "start over",
        "restart",
        "never mind",
        "nevermind",
        "quit",
        "exit",
        "clear",
        # Devanagari, as `normal` romanises it: "रीसेट", "शुरू से", "फिर से शुरू करो"
        "riset",
        "shuru se",
        "shuru se karo",
        "phir se shuru",
        "phir se shuru karo",
        "fir se shuru karo",
        "dobara shuru karo",
        "start ovar",
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
            "aaj parso jn junction please pls aage age kitne kitni kab abhi jaldi baad pehle",
            # verbs of leaving: "bhopal se kya kya chhut raha hai" names no place after "se"
            "chhut chhoot chut chhutne chhootne chutne nikal nikl nikalne",
            # who a thing is for: "is it safe for old people there"
            "old elderly",
        )
    ).split()
)
# "kal" means yesterday in a question about a running train or in the past tense.
KAL: Final[frozenset[str]] = frozenset({"kal", "kl", "kale", "kalhu", "kalhi", "कल"})
# "parso" is two days off either way, as "kal" is one: before today in the same questions.
PARSO: Final[frozenset[str]] = frozenset({"parso", "parson", "parsho", "parsun", "परसों", "परसो"})
# Politeness around "stop all" ("unsubscribe all pls").
POLITE_WORDS: Final[frozenset[str]] = frozenset(
    {"please", "pls", "plz", "karo", "kar", "do", "it", "them", "now", "bhai"}
)

# --- the conversation's subject ------------------------------------------------------------------
# Words that point back at what was just shown ("is it late?", "ye kab pahunchegi", "इसकी स्थिति").
REFERRING_WORDS: Final[frozenset[str]] = word_set(
    "it its this that same ye yeh wo woh vo voh iski uski iska uska isko usko iske uske isme usme"
    " wahi vahi yahi wohi usi isi isse usse ismen usmen ismein usmein ise"
    " यह ये वह वो इसकी उसकी इसका उसका इसके उसके इसे उसे इस उस वही यही इसमें उसमें"
)

# What a live-status question is narrower about (words as the understanding reads them, Devanagari
# romanised): its delay, its arrival somewhere, its platform.
LATE_WORDS: Final[frozenset[str]] = word_set(
    "late delay delayed delays der deri ontime ontym vilamb"
)
# One word for "on time" ("ontime", typed "ontym"): whether it is on time, not how late.
ON_TIME_WORDS: Final[frozenset[str]] = word_set("ontime ontym")
# Pairs of words that ask about the delay too ("on time", "right time", "samay par").
LATE_PAIRS: Final[tuple[frozenset[str], ...]] = tuple(
    word_set(pair)
    for pair in (
        "on time",
        "right time",
        "samay par",
        "time par",
        "time pe",
        "samay pe",
        "on tym",
        "right tym",
        "tym pe",
        "tym par",
        "tym pr",
        "time pr",
        "sahi time",
        "sahi samay",
        "समय पर",
        "समय पे",
        "टाइम पर",
        "टाइम पे",
        "सही समय",
    )
)
ARRIVAL_WORDS: Final[frozenset[str]] = word_set(
    """
    pahunchegi pahuchegi pohchegi puhchegi pahunchega pahunch pahuch reach reaches reaching
    arrive arrives arriving arrival eta aayegi ayegi aaegi aegi aaygi aayega ayega aaega aega
    get gets getting
    """
)
PLATFORM_WORDS: Final[frozenset[str]] = word_set("platform platforms pf plateform paltform")

# Route keywords that, beside one station, ask whether the train stops there; words that ask for
# the whole list of its stops instead.
STOP_ASKS: Final[frozenset[tuple[str, ...]]] = frozenset(
    words_of(phrase)
    for phrase in (
        "stop at", "stopping at", "stopping in", "stops at", "stops", "stoppage",
        "halt", "halts", "halting", "rukti", "rukegi", "rukti hai",
        "ruk", "nahi ruki", "ruki kya", "thahrav", "thehrav", "ठहराव", "ruke gi", "ruke ga",
        "rukega", "rukta",
        "rukta hai", "rukti h", "rukegi kya", "thaharti", "thahregi", "thaharegi", "thaharta",
        "rukat", "rukela", "rukeli",  # Bhojpuri: "15707 katihar rukat ba ki na"
        "thahrti", "ठहरती", "ठहरेगी", "ठहरता", "rukte hai", "rukte hain", "rukte h",
        # Will it stop, as South and West Indian travellers ask it in their languages: Tamil
        # ("vijayawada la nikkuma"), Telugu ("aagutunda"), Kannada, Malayalam, Marathi
        # ("थांबते", "thambel"), Bengali ("thame")
        "nikkuma", "nikkum", "nirkuma", "nirkum", "nikkumaa", "nikkutha", "nikkudha",
        "aagutunda", "aagutundha", "agutunda", "aaguthunda", "aagtunda", "aagutundi",
        "nilluttada", "nilluthada", "nillutta", "nilkkumo", "nirthumo", "nikkumo", "thambte",
        "thambel", "thambate", "thambnar", "thambat", "thame", "thamey", "thambe",
        # Assamese ("rangiya ot rukibo ne?") and Gujarati ("nadiad ubhi rahe chhe?", "ubhe chhe")
        "rukibo", "rukiba", "rukibone", "ubhi rahe", "ubhi rahese", "ubhi raheshe", "ubhe chhe",
        "ubhe che", "ubhi rahe chhe", "ubhi rahe che", "ubhi re chhe", "ubhi rakhe", "ube chhe",
        "ube che",
        # Passing through a place: "bhopal se hoke jaati hai?", "होकर जाती है", "via kota"
        "hoke", "hokar", "hote hue", "hote huye", "होकर", "होके", "होते हुए", "via",
        "pass through", "passes through", "passing through", "go through", "goes through",
        "touch karti", "touch karegi", "touch karta", "guzarti", "guzregi", "gujarti", "gujregi",
        "गुज़रती", "गुजरती", "a stop",
        # On its way: "is itarsi on the way?", "itarsi raste me aata hai?", "बीच में पड़ता है?"
        "on the way", "on its way", "en route", "enroute", "raste me aata", "raste mein aata",
        "raste me aati", "raste mein aati", "raste me padta", "raste mein padta",
        "raaste me aata", "raaste mein aata", "beech me aata", "beech mein aata", "bich me aata",
        "beech me padta", "beech mein padta", "रास्ते में आता", "रास्ते में पड़ता", "बीच में आता",
        "बीच में पड़ता",
    )
)  # fmt: skip
# "ruk-" as a train stops or will stop, in any region's form: "rukti", "rukta", "rukte", "rukthi"
# (Maithili), "rukat", "rukai", "rukela" (Bhojpuri), "rukegi", "rukenge"; never its past ("ruki",
# asked whether it stopped) nor "ruko" (wait).
_STOP_VERB: Final = re.compile(r"ruk(?:t|at|ai|el|eg|en)[a-z]*$")


def asks_a_stop(words: tuple[str, ...]) -> bool:
    """Whether a route keyword's words ask whether a train stops at a place (`STOP_ASKS`, or a
    form of "ruk-" as it stops)."""
    return words in STOP_ASKS or (len(words) == 1 and _STOP_VERB.match(words[0]) is not None)
# A place on a train's way, its words apart from the place ("beech me itarsi aata hai?", "raste
# me bhopal padta hai kya", "बीच में इटारसी आता है?"): a word for "on the way" and one for coming
# or falling there. Devanagari is read romanised ("बीच" bich, "रास्ते" raste, "पड़ता" padta).
ON_THE_WAY: Final[frozenset[str]] = word_set(
    "beech bich biich bicch raste raaste rastey rastay raste"
)
COMES_ON_THE_WAY: Final[frozenset[str]] = word_set(
    """
    aata ata aati ati aayega ayega aega aaega aayegi ayegi aegi aati aate ate aaenge
    padta padti padte padega padegi padenge parta parti parega pdta pdega
    """
)
STOP_LISTS: Final[frozenset[str]] = word_set("list all kahan kaha kidhar kis kin which stations")
# "12951 surat stop hai?", "12628 का आगरा में स्टॉप है": with a train and one station, the bare
# word asks whether it stops there (alone it stops alerts: "stop 4512345678").
STOP_NOUNS: Final[frozenset[str]] = _read_set("stop stopage stopej स्टॉप")
# Which ones, or how many: said of a train word, the trains of a list.
WHICH_MANY: Final[frozenset[str]] = _read_set(
    "which kaun kon kaunsi konsi kaunse konse kaunsa konsa kin kitni kitne कौन कौनसी कौनसे किन"
    " कितनी कितने"
)
HOW_MANY: Final[frozenset[str]] = _read_set("kitni kitne कितनी कितने")
# Words for running late ("late chal rahi"): with one train number they ask how late it runs,
# not for the rescheduled list.
RUNNING_LATE: Final[frozenset[tuple[str, ...]]] = frozenset(
    words_of(phrase)
    for phrase in (
        "late chalne wali", "late chalne vali", "der se chalne wali", "der se chalne vali",
        "der se chalegi", "late chalegi", "late chal rahi", "late running", "late trains",
        "delayed trains",
    )
)  # fmt: skip
# Verbs of coming in: with trains (plural) and one station, they ask for its arrivals ("which
# trains will arrive at ndls", "kaun si trains aengi").
ARRIVING_VERBS: Final[frozenset[str]] = _read_set(
    "arrive arriving reach reaching reaches aengi aayengi aaengi ayengi pahunchengi pahuchengi "
    "aegi aayegi aaegi ayegi आएंगी आयेंगी पहुंचेंगी आएगी आयेगी aayega aaega ayega aega"
    # the singular said of many ("कौनसी गाड़ियाँ पहुँचेगी")
    " pahunchegi pahuchegi pohchegi"
)
# Verbs of a train coming in ("which trains come into kanpur", "aane wali"): with a window of
# hours at one station, its arrivals.
COMING_VERBS: Final[frozenset[str]] = ARRIVING_VERBS | _read_set(
    "come comes coming into aane aati aate aayengi aaengi aa आने आती आते"
    # Bhojpuri's "will come" ("अगले 2 घंटा में कवन गाड़ी आई": "ai", only ever read beside a board's
    # hours), Bundeli's "आबे वारी" (read "aane wali")
    " aayi aai ai"
)
# Words that say a train leaves: beside "upcoming", the board is of departures.
DEPARTING_WORDS: Final[frozenset[str]] = _read_set(
    "departures departure departing leaving leave depart departs prasthan nikalne chhutne chhootne"
    " प्रस्थान nikal nikalti nikalte niklengi nikalengi khulne khulti khulte khulegi khulengi"
    " ravana rawana chhutengi chhootengi rawangi ravangi निकलती निकलते निकलेंगी खुलने खुलती"
    " खुलेगी खुलेंगी रवाना छूटेंगी ravaana rawaana"
)
# Words that say where a train leaves from, beside a platform ("which platform does it depart
# from", "kis platform se chalti hai", "किस प्लेटफॉर्म से छूटती है"): where it starts.
STARTING_WORDS: Final[frozenset[str]] = DEPARTING_WORDS | _read_set(
    "start starts starting originate originates chalti chalegi chalta chalte chhootti chhutti"
    " chhutegi chhootegi chhut chhoot छूटती छूटेगी छूटता चलती चलेगी चलता nikalegi niklegi"
    " निकलेगी boards boarding"
)
# "samay aaj badla": a train's time said changed, the words apart.
TIME_WORDS: Final[frozenset[str]] = _read_set(
    "time timing timings samay waqt vakt wakt vaqt टाइम समय departure departures"
    " ravangi rawangi ravaangi rawaangi रवानगी"
)
CHANGED_WORDS: Final[frozenset[str]] = _read_set(
    "badla badli badle badal changed change badlaa बदला बदली बदले बदल shifted shift moved revised"
    " badlega badlegi badlenge badlengi बदलेगा बदलेगी बदलेंगे बदलेंगी"
    " preponed postponed khiska khiskaya khisak खिसका खिसकाया khiskai khiskaye khiskayi"
    " parivartan pariwartan parivartit badhaya badhayi badhaye badhai ghataya ghatayi"
    # Urdu's "तब्दील" (changed): "रवानगी का वक़्त तब्दील किया गया"
    " tabdil tabdeel tabadil tabdili tabdeeli तब्दील तब्दीली"
)
# "समय आगे-पीछे हुआ", "टाइम इधर-उधर": a time moved to and fro, both words of a pair said.
MOVED_PAIRS: Final[tuple[tuple[frozenset[str], frozenset[str]], ...]] = (
    (_read_set("age aage aagey"), _read_set("pichhe piche peeche peechhe")),
    (_read_set("idhar idhr"), _read_set("udhar udhr")),
    (_read_set("upar upper"), _read_set("niche neeche")),
)

# --- facts about a train (`understanding.facts`) -------------------------------------------------
# Words as the understanding reads them (Devanagari romanised); a tuple is words said together.


class Phrases:
    """Phrases whose words may be said in any order, looked up by each one's first word, so a
    message is checked against only the phrases it could complete."""

    def __init__(self, groups: tuple[frozenset[str], ...]) -> None:
        self._by_word: dict[str, list[frozenset[str]]] = {}
        self._always = any(not group for group in groups)
        for group in groups:
            if group:
                self._by_word.setdefault(min(group), []).append(group)
        self._firsts = frozenset(self._by_word)

    def said_in(self, words: set[str] | frozenset[str]) -> bool:
        """Whether every word of one of the phrases is among `words`."""
        if self._always:
            return True
        # Most messages hold no phrase's first word: one test tells, building no set.
        if words.isdisjoint(self._firsts):
            return False
        by_word = self._by_word
        return any(group <= words for word in words & self._firsts for group in by_word[word])


def _groups(block: str) -> tuple[frozenset[str], ...]:
    """ "how long | kitna time": each phrase's words, said together in any order."""
    return tuple(frozenset(_read_set(phrase)) for phrase in _phrases(block))


# Railway words that are everyday words alone but only railways' together ("platform ticket").
RAILWAY_PAIRS: Final[tuple[frozenset[str], ...]] = _groups(
    "platform ticket | platform tickets | platform tikat | pf ticket | plateform ticket"
)
# Whether a booking's chart is out, said in words a chart of anything is made with ("chart ban
# gaya kya", "चार्ट तैयार हुआ", "chart nikla?"): railways' own when nothing else is said.
CHART_MADE_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    chart ban | chart bana | chart bani | chart bane | chart banega | chart prepare
    chart prepared | chart nikla | chart nikal | chart laga | chart lag | chart out | chart ready
    chart taiyar | chart tayar | chart tayyar | चार्ट बन | चार्ट बना | चार्ट तैयार | चार्ट निकला
    """
)
# The words around such a question that ask nothing else ("abhi tak", "ho gaya kya", "yet").
CHART_MADE_AROUND: Final = _read_set(
    "gaya gayi gya gyi gai hua hui ho hogaya chuka chuki kya abhi tak yet been has have is the"
    " made out my mera meri hamara bhai ji sir please pls batao bata check"
)
# Every day: "does it run daily", "roz chalti hai?", "क्या ये रोज़ चलती है": a yes or no of its days.
DAILY_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    daily | everyday | every day | all days | roz | roj | rozana | rojana | rozaana | har din
    har roz | har roj | pratidin | रोज़ | रोज | रोजाना | रोज़ाना | हर दिन | हर रोज | प्रतिदिन
    """
)
# Taking a train on a day ("can I take it on friday", "kya main ise budhvar ko le sakta hoon"):
# whether it runs that day.
TAKE_ON_A_DAY_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    can take | could take | can catch | could catch | can board | could board | le sakta
    le sakte | le sakti | pakad sakta | pakad sakte | pakad sakti | ले सकता | ले सकते | ले सकती
    पकड़ सकता | पकड़ सकते | पकड़ सकती
    """
)
# How long a train takes: "how long does 12627 take", "kitna time lagta hai", "कितने घंटे".
DURATION_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    duration | how long | how much time | how many hours | kitna time | kitne time | kitna samay
    kitne samay | kitna waqt | kitna vakt | kitne ghante | kitni der | travel time
    journey time | total time | time lagta | time lagti | time lagega | time leti | time leta
    samay lagta | samay lagega | ghante lagte | ghante lagenge | yatra samay | कितना समय
    कितने घंटे | कितना टाइम | कितनी देर | समय लगता | घंटे लगते
    how many days take | how many days takes | how many days journey | how many days reach
    how many days travel | how many days trip | how many days it | what day reach
    what day reaches | what day arrive | what day arrives | which day reach | which day reaches
    which day arrive | which day arrives | what day get | which day get | kitne din lagte
    kitne din lagta | kitne din lagti | kitne din lagenge | kitne din lagega | kitne din pahunch
    kitne din pahunchti | kitne din pahunchegi | kitne din pahuchti | kitne din ka safar
    kitne din ki yatra | kitne dino | kitne dinon | kis din pahunchti | kis din pahunchegi
    kis din pahuchti | kis din pahunch | konse din pahunchti | kaunse din pahunchti
    kitne din लगते | कितने दिन लगते | कितने दिन लगेंगे | कितने दिन में पहुँचती | कितने दिन में पहुंचती
    किस दिन पहुँचती | किस दिन पहुंचती | किस दिन पहुँचेगी | किस दिन पहुंचेगी
    """
)
# How far a train goes: "12627 ka distance kitna hai", "kitne km chalti hai", "कितनी दूरी".
DISTANCE_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    distance | how far | how many km | how many kms | how many kilometres | how many kilometers
    kitne km | kitna km | kitne kilometer | kitne kilometre | kitni doori | kitni duri | doori
    kitni door | kitni dur | दूरी | कितने किलोमीटर | कितने किमी | कितनी दूर
    """
)
# How long a train halts at a station: "how long does 12627 halt at bhopal", "bhopal me kitni der
# rukti hai", "भोपाल में कितनी देर रुकती है".
HALT_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    how long halt | how long halts | how long stop | how long stops | how long stopping
    how many minutes halt | how many minutes stop | halt time | halting time | stoppage time
    halt duration | kitni der rukti | kitni der rukta | kitni der rukegi | kitni der ruk
    halt kitna | halt kitni | halt kitne | stoppage kitna | stoppage kitni | stoppage kitne minute
    halt minute | halt kitni der | rukne ka samay | rukne ka time | rukne ki der
    kitne minute rukti | kitne min rukti | kitne minute rukegi | kitne minute ruk | kitna ruk
    kitna rukti | kitna rukta | kitna rukegi | kitni rukti | kitni rukegi
    kitni der khadi | kitni der khari | kitna khadi | kitne minute khadi | kitni der thaharti
    kitni der theharti | kitni der rukta | kitni der ruki | kitne der rukti | kitne der ruk
    how long stand | how long stands | how long wait | how long waits
    कितनी देर रुकती | कितनी देर रुकेगी | कितने मिनट रुकती | कितने मिनट रुकेगी | कितना रुकती
    कितना रुकेगी | कितना रुकता | कितनी देर रुकता | कितनी देर रूकती | कितना रूकती | कितनी रुकती
    कितनी देर खड़ी | कितनी देर खडी | कितने मिनट खड़ी | कितना खड़ी | कितनी देर ठहरती | कितनी देर रुक
    कितने मिनट रुक | कितनी देर रुकी | ठहराव कितना | ठहराव कितनी | ठहराव कितने | कितने मिनट ठहराव
    कितनी देर ठहराव | कितना ठहराव | ठहराव समय | thehrav kitna | thehrav kitni | thehrav kitne
    thahrav kitna | thahrav kitni | thahrav kitne | thaharav kitna | thaharav kitni
    thaharav kitne | stoppage kitni der | stoppage kitne der
    """
)
# The halt after a station asked: "bhopal ke baad kaunsa station", "what's the station after
# bhopal", "भोपाल के बाद अगला स्टेशन", "what comes after agra" (the place is said beside it).
NEXT_HALT_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    after station | after stop | after halt | after stn | comes after | next after
    baad station | bad station | baad stop | bad stop | baad stn | baad halt | baad aata
    baad aati | bad aata | baad padta | bad padta | baad agla | bad agla | baad kaunsa
    baad konsa | bad kaunsa | bad konsa | baad kaun sa | bad kaun sa | baad kya aata
    baad kahan rukegi | baad kahan rukti | baad kaha rukegi | baad kaha rukti | bad kahan rukegi
    bad kahan rukti | bad kaha rukegi | bad kaha rukti | baad kahan rukta | bad kahan rukta
    बाद कहाँ रुकेगी | बाद कहाँ रुकती | बाद कहां रुकेगी | बाद कहां रुकती
    """
)
# The halt a train makes last before a station: "which station before bhopal", "bhopal se pehle
# kaunsa station", "भोपाल से पहले कौन सा स्टेशन" (romanised "se pahle kaun sa station").
PREVIOUS_HALT_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    before station | before stop | before halt | before stn | comes before | pehle station
    pahle station | pehle stop | pahle stop | pehle stn | pehle halt | pahle halt | pehle aata
    pahle aata | pehle aati | pahle aati | pehle padta | pahle padta | pehle kya aata
    pahle kya aata
    """
)
# How many stops a train makes: "how many stops", "kitne stops hai", "कितने स्टेशन पर रुकती है".
STOP_COUNT_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    how many stops | how many stations | how many halts | how many stoppages | number of stops
    number of halts | number of stations | kitne stops | kitne stop | kitne station | kitne halt
    kitne stations | kitne stoppage | kitne stoppages | kitne halts | kitni jagah ruk
    kitne stopage | total stops | total halts
    """
)
# A train's ends asked: "12627 ka last station", "kahan se chalti hai", "which is its origin",
# "where does it go", "where does it start", "kahan se kahan tak".
ENDS_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    origin | source station | starting station | first station | last station | end station
    final station | destination | terminus | kahan se chalti | kaha se chalti | kahan se chalta
    kahan se shuru | kahan tak jaati | kahan tak jati | kaha tak jaati | kahan tak jata
    kahan tak chalti | aakhri station | akhri station | antim station | pehla station
    कहाँ से चलती | कहां से चलती | कहाँ तक जाती | कहां तक जाती | आखिरी स्टेशन | पहला स्टेशन
    अंतिम स्टेशन | kahan se kahan tak | kaha se kaha tak | kahan se kaha tak | kaha se kahan tak
    kahan jaati | kaha jaati | kahan jati | kaha jati | kahan jata | from where to where
    where does go | where does run to | where go to | where goes | which places does connect
    where does start | where start from | where starts | where does begin | where begins
    where does originate | where originates | where start its journey
    कहाँ से कहाँ तक | कहां से कहां तक | कहाँ जाती | कहां जाती
    """
)
# Words that make "how long" about the run under way ("how long is it late", "abhi kitna time").
DURATION_LIVE: Final[frozenset[str]] = _read_set(
    "late delay delayed der deri abhi now still left baki baaki remaining bacha"
)
# "More" beside the "how long" words: the time left of the run under way ("aur kitna time",
# "how much more time", "kitni der aur", "how long till it reaches", "how much longer"), not
# "and" before another train ("aur 12628 kitna time leti hai", "and how long does 12628 take").
DURATION_MORE: Final = re.compile(
    r"\b(?:aur|more)\s+(?:kitn|kitt|time|der|samay|ghant|hours?)|\bkit\w*\s+(?:\w+\s+)?aur\b"
    r"|\bhow\s+(?:long|many\s+(?:hours|hrs|minutes|mins))\s+(?:till|until|untill|before)\b"
    r"|\bhow\s+much\s+longer\b"
)
# Whether today's run has left a station ("has it left bhopal", "chal padi kya", "छूट गई?") or
# reached one ("has it reached", "pahunch gayi", "आ गई क्या"): yes or no, then when.
LEFT_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    has left | did leave | did it leave | already left | has departed | departed | has started
    did start | did it start | chal padi | chal di | chal chuki | nikal gayi
    nikal gai | nikal gaya | nikal chuki | nikli | chhut gayi | chut gayi | chhoot gayi
    choot gayi | chhut gai | chut gai | rawana ho gayi | start ho gayi | chali gayi | छूट गई
    छूट गयी | निकल गई | निकल गयी | चल पड़ी | चल दी | चल चुकी | रवाना हो गई
    crossed | has crossed | cross kar | cross ho | cross hui | passed | has passed | gone past
    went past | is past | already past | paar kar | paar ho | paar hui | aage nikal | पार कर
    पार हो | पार हुई | आगे निकल
    chali ya nahi | chali ya nahin | chali ki nahi | nikli ya nahi | left yet | चली या नहीं
    चली कि नहीं | निकली या नहीं | निकली कि नहीं | gone yet | already gone | gone already
    chali kya | chali kia | kab chali | चली क्या | निकली क्या | कब चली
    """
)
# How long till one's train comes, said with "coming" ("train aane me kitni der hai", "गाड़ी
# आने में कितना समय बाकी है"): where its run is now.
COMING_IN_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    "aane der | aane time | aane samay | ane der | ane time | ane samay | आने देर | आने समय | आने टाइम"
)
REACHED_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    has reached | reached | did reach | did it reach | has arrived | arrived | did arrive
    has come | has it come | pahunch gayi | pahunch gai | pahuch gayi | pahuch gai
    pohch gayi | pahunchi | pahuchi | pahunch chuki | aa gayi | aa gai | a gayi | aa chuki
    tak aayi | tak aai | tak ayi | tak aaya | tak aa gayi
    पहुँच गई | पहुंच गई | पहुँच गयी | पहुंच गयी | पहुँची | पहुंची | पहुँच चुकी | आ गई | आ गयी
    """
)
# A question of where ("where has it reached", "kahan tak pahunchi", "कहाँ पहुँची", "kis station
# tak aayi"): the position, never the yes or no of whether it has arrived.
WHERE_WORDS: Final[frozenset[str]] = _read_set(
    "where kahan kaha kahaan kahn kidhar kidhr kis kaun kon konse kaunse which कहाँ कहां किधर किस कौन"
)
# A part of the day to leave in ("morning trains", "subah ki gaadi", "शाम की ट्रेन").
DAY_PART_WORDS: Final[dict[str, frozenset[str]]] = {
    "morning": _read_set("morning mrng subah subha subeh savere sawere savera सुबह सवेरे"),
    "afternoon": _read_set("afternoon dopahar dopehar dupahar दोपहर"),
    "evening": _read_set("evening evng shaam sham saam शाम"),
    "night": _read_set("night nite tonight tonights midnight raat raatri रात"),
    # Leaving in the evening or at night and there the next morning ("overnight", "raat bhar").
    "overnight": _read_set("overnight overnite raatbhar रातभर"),
}
# The way back of a journey ("return trains", "wapsi ki train", "वापसी की ट्रेनें").
RETURN_WORDS: Final[frozenset[str]] = _read_set(
    "return returning wapsi wapasi vapsi vapasi waapsi vaapsi lautne lautte lautna वापसी लौटने"
)
# A word that makes a night said with it the whole night through ("raat bhar", "रात भर").
NIGHT_THROUGH_WORDS: Final[frozenset[str]] = _read_set("bhar bhr भर")


def day_parts_in(words: set[str] | frozenset[str]) -> list[str]:
    """The parts of the day `words` name ("subah", "overnight"); "raat bhar" is overnight."""
    said = [part for part, named in DAY_PART_WORDS.items() if not words.isdisjoint(named)]
    if said == ["night"] and not words.isdisjoint(NIGHT_THROUGH_WORDS):
        return ["overnight"]
    return said
# Words that correct what was just asked ("no, bhopal", "sorry I meant pune", "nahi, agra",
# "नहीं, भोपाल"): the place said with them takes the place of the journey's end.
CORRECTION_WORDS: Final[frozenset[str]] = _read_set(
    """
    no nope sorry meant mean actually instead rather correction nahi nahin nai galat galti
    matlab mtlb asal नहीं नही माफ़ माफ गलत ग़लत मतलब दरअसल
    """
)
# Words that say what one said or meant before, beside a detail that corrects it ("nahi 3AC bolna
# tha", "3AC bola tha maine", "I said 3AC", "मैंने 3AC बोला था"): nothing asked anew. Not "kaha",
# which also asks where ("bhopal kaha").
SAID_BEFORE_WORDS: Final[frozenset[str]] = _read_set(
    """
    bolna bola boli bole kehna kahna tha thi maine mene mainey said meant
    बोलना बोला बोली कहना था थी मैंने मैने
    """
)
# What goes with a part of the day said alone after a list or a board ("and in the evening?",
# "shaam wali?", "शाम की?"): nothing of a question of its own.
DAY_PART_FILLER: Final[frozenset[str]] = _read_set(
    """
    and aur what about in the at of for ka ki ke wali wala waali waala vali vala one ones kya
    hai koi any time se me mein ko jaane leaving leave से में को की के का वाली वाला और क्या कोई
    which are there kaun kon konsi kaunsi si sa hain कौन सी सा हैं है is bhar bhr भर
    ok okay show me please pls plz only just sirf bas dikhao dikha dikhaiye batao bata those
    them list दिखाओ बताओ सिर्फ़ सिर्फ बस
    """
)
# Whose: "my train", "meri gaadi", "मेरी ट्रेन", the traveller's own ("me", "mujhe" are not).
OWN_WORDS: Final[frozenset[str]] = _read_set(
    "my mine mera meri mere hamara hamari hamare मेरा मेरी मेरे हमारा हमारी हमारे"
)
# Whether a run is touched by the railway's changes at all ("is 12627 affected?", "is mine hit",
# "kya meri train pe asar hai", "प्रभावित है क्या"): cancelled or rescheduled, either answers.
AFFECTED_WORDS: Final[frozenset[str]] = _read_set(
    "affected impacted hit asar prabhavit प्रभावित असर"
)
# Whether a run is diverted ("is 12951 diverted", "divert hui kya", "डायवर्ट है क्या").
DIVERTED_WORDS: Final[frozenset[str]] = _read_set(
    "diverted divert diversion diverts डायवर्ट डाइवर्ट"
)
# A run's way said changed in so many words ("12802 का रास्ता बदला है क्या", "route change hua",
# "बदले रास्ते से", "on a different route"): whether it is diverted.
DIVERTED_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    rasta badla | rasta badli | rasta badal | raasta badla | raasta badal | rasta badle
    route badla | route badli | route badal | route change | route changed | badle raste
    badle rasta | badla rasta | dusre raste | doosre raste | dusra rasta | alag raste
    alag rasta | different route | another route | other route
    """
)
DIVERTED_SAID: Final = Phrases(DIVERTED_GROUPS)
# Why the railway changed a run ("why", "kyun", "क्यों", "reason?", "kya wajah hai"): the reason
# it gave, else that it gave none and where its notices are.
WHY_WORDS: Final[frozenset[str]] = _read_set(
    "why kyun kyon kyu kyoon kiyu reason reasons wajah vajah wajeh karan kaaran क्यों क्यूँ वजह कारण"
)
# How late, not whether ("how late is it", "kitni late hai", "कितनी लेट है", "how much delay"):
# the delay first, no yes or no.
HOW_LATE_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    how late | how much late | how much delay | how many minutes late | how many hours late
    how delayed | kitni late | kitna late | kitne late | kitni der se | kitna delay | kitni delay
    kitne minute late | kitne ghante late | कितनी लेट | कितना लेट | कितनी देर से | कितनी देरी
    kitne delay | kitna deri | kitni deri | kitne deri | कितना देरी | कितने लेट | कितना डिले
    ghante pichhe | ghante peeche | ghante piche | ghanta pichhe | ghanta peeche | ghante pichhey
    hours behind | hour behind | hrs behind | hr behind | minutes behind | mins behind
    minute pichhe | minute peeche | mint peeche | kitna pichhe | kitna peeche | kitni pichhe
    kitni peeche | kitne pichhe | kitne peeche | how far behind | behind schedule | running behind
    how much behind | kitna behind | kitni behind
    घंटे पीछे | घंटा पीछे | मिनट पीछे | कितना पीछे | कितनी पीछे | कितने पीछे
    """
)
# When it is due at a station: "what time", "kitne baje"; "kab" with a verb of habit.
CLOCK_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    what time | which time | kitne baje | kitne bje | kis time | kis samay
    ketla vage | ketla vagye | ketle vage | kitne vage
    arrival time | departure time | कितने बजे | किस समय | कितना बजे | kitna baje
    dep time | dept time | depart time | arr time | arrvl time | dep timing | arr timing
    """
)
TIMING_WORDS: Final[frozenset[str]] = _read_set("timing timings time samay टाइम समय")
# Verbs of habit, the timetable's: "pahunchti hai", "nikalti hai", "does it leave".
ARRIVES_HABIT: Final[frozenset[str]] = _read_set(
    """
    pahunchti pahuchti pahunchati pahuchati pohchti puhchti aati aata arrives arrive reaches
    reach arrival पहुँचती पहुंचती आती arr arrvl
    pahunchtay pahuchtay aatay
    """
)
LEAVES_HABIT: Final[frozenset[str]] = _read_set(
    """
    chhutti chhootti chutti chuti chhuti nikalti nikalta leaves leave depart departs departure
    start starts chalti chalta khulti khulta छूटती निकलती चलती खुलती dep dept
    upde upade upad
    khultay nikaltay chhuttay chaltay
    """
)
HABIT_MARKS: Final[frozenset[str]] = _read_set(
    "does do usually normally generally roz daily kab kitne what time timing kyare ketla"
)
# Words about today's run, which live status answers ("kab pahunchegi", "will it reach";
# Gujarati "aavse", "pahonchse").
RUN_NOW: Final[frozenset[str]] = _read_set(
    """
    will pahunchegi pahuchegi pohchegi puhchegi pahunchega aayegi ayegi aaegi aegi aaygi aayega
    ayega aaega aega niklegi nikalegi chhutegi chutegi today aaj abhi now expected eta late delay
    currently right पहुंचेगी पहुँचेगी आएगी आयेगी आज अभी jayegi jaegi jaayegi jayega jaega
    aavse avse aavshe pahonchse pohchse pahochse upadse upadshe
    """
)
# Which days a train runs: "kis din chalti hai", "which days", "does it run on sunday".
DAYS_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    kis din | kis kis din | kaun se din | kon se din | konse din | kaunse din | kin dino
    kin dinon | which days | which day | what days | run days | running days | days of run
    daily | rozana | roj | everyday | every day | weekly | किस दिन | कौन से दिन | रोज़ | रोजाना
    kitne din chalti | kitne din chalta | kitne din chalegi | how many days | days a week
    chalne ka din | chalne ke din | chalne wale din | kaun sa din | kaunsa din | konsa din
    what days | on what days | चलने का दिन | चलने के दिन | har din | har roz | har ek din
    हर दिन | हर रोज | kaun se var | kaunse var | kis var | konse var | कौन से वार | किस वार
    days in a week | hafte me | hafte mein | week me | week mein | in a week | per week
    a week | kitni baar | हफ्ते में | सप्ताह में | कितने दिन चलती | कितनी बार
    kin varon | kin vaaron | kin waron | किन वारों | kaun kaun se var | कौन कौन से वार
    kin kin dino | किन किन दिनों | किन दिनों
    """
)
RUN_VERBS: Final[frozenset[str]] = _read_set(
    "run runs chalti chalta chalte chalegi chalega chalenge चलती चलता चलेगी चलेगा"
)
# Which classes a train has: "classes of 12627", "12627 me kaun kaun si class hai".
CLASS_LIST_WORDS: Final[frozenset[str]] = _read_set("classes class coaches coach क्लास कोच")
CLASS_ASKS: Final[frozenset[str]] = _read_set(
    "which what kaun kon konsi kaunsi konse kaunse kya list sab कौन कौनसी"
)
# Whether it has a class: "does 12627 have sleeper", "12639 me first ac hai kya".
HAS_WORDS: Final[frozenset[str]] = _read_set(
    "have has having hai h he hain hota hoti lagta lagti milta milti है हैं"
)
# What no source gives: where each coach stands, and a pantry car.
COACH_GROUPS: Final[tuple[frozenset[str], ...]] = _groups(
    """
    coach position | coach positions | coach composition | coach order | coach sequence
    coach pojishan | coach pozishan | coach pojisan | bogie position | dabba position
    engine position | rake composition | rake type | coach layout | कोच पोजीशन | कोच की स्थिति
    kitne coach | kitne coaches | kitne dibbe | kitne dabbe | kitne bogie | how many coaches
    number of coaches | no of coaches | total coaches | कितने कोच | कितने डिब्बे
    डिब्बों की स्थिति
    """
)
PANTRY_WORDS: Final[frozenset[str]] = _read_set("pantry pantri pentri pentry पेंट्री पैंट्री")
# What a journey has that no railway data tells: its crowd, food and water, charging, safety,
# cleanliness, bedding, the journey itself ("kitni bheed hogi", "चाय मिलेगी?", "charging point
# hoga?", "is it safe at night?"). While a question is open, a few words read as outside
# railways are a question of the trip the data cannot tell only with one of them (or "it"):
# never "neend", "kohra bahut hai bahar"; and none of them is a word of another topic.
TRIP_UNTOLD_WORDS: Final[frozenset[str]] = _read_set(
    """
    bheed bhid bheer bhir crowd crowded crowding rush bhari rash भीड़ भीड
    khana khaana food meal meals nashta naashta chai chay tea coffee pani paani water
    खाना नाश्ता चाय पानी
    charging charger chaarging socket plug चार्जिंग चार्जर
    safe safety secure surakshit suraksha unsafe chori theft सुरक्षित सुरक्षा चोरी
    clean saaf safai dirty ganda gandi toilet toilets washroom bathroom साफ़ साफ सफाई गंदा
    गंदी टॉयलेट शौचालय
    wifi blanket blankets kambal bedding bedroll chadar pillow takiya कंबल चादर तकिया
    journey safar सफ़र सफर
    """
)
# "Does it stop there?": the place just shown.
THERE_WORDS: Final[frozenset[str]] = _read_set(
    "there wahan wahaan vahan vahaan waha vaha udhar वहाँ वहां वहा उधर"
)
# Will it run ("kal chalegi", "will it run tomorrow"): "kal" is tomorrow in these, not yesterday.
FUTURE_RUN: Final[frozenset[str]] = _read_set(
    "will chalegi chalega chalenge chalengi hogi hoga honge rahegi rahega चलेगी चलेगा होगी"
    " jayegi jaegi jaayegi jayega niklegi nikalegi chhutegi chootegi chhootegi chutegi जाएगी"
    " निकलेगी छूटेगी"
)
# "Does it still go up to Mysuru?", "kya ye mysore tak jayegi": whether the train in hand gets
# there (today's run, which may be cut short), not trains to that place.
GO_WORDS: Final[frozenset[str]] = _read_set(
    """
    go goes going reach reaches jayegi jaegi jaayegi jaaegi jati jaati jata jaata jayega jaega
    pahunchegi pahuchegi जाएगी जायेगी जाती पहुंचेगी पहुँचेगी
    """
)
# The words that point back at what was just shown, as the understanding reads them (Devanagari
# romanised: "यह" is "yah").
REFERRING_READ: Final[frozenset[str]] = _read_set(" ".join(sorted(REFERRING_WORDS)))
# Verbs of a train getting to a place ("pahunchti hai", "reaches"): a misspelt name beside one
# is looked up as a station ("12627 dharmavram kab pahunchti hai").
REACHING: Final[frozenset[str]] = _read_set(
    """
    pahunchti pahuchti pahunchati pahuchati pohchti puhchti pahunchegi pahuchegi pohchegi reach
    reaches arrive arrives aati aayegi ayegi पहुँचती पहुंचती पहुँचेगी पहुंचेगी आती आएगी
    """
)
# "Does it go to delhi or mumbai?", "delhi jaati hai ya agra?": the words joining two places
# asked between, and the words of a train getting to (or stopping at) a place beside them.
EITHER_WORDS: Final[frozenset[str]] = _read_set("or ya yaa athva athwa या अथवा")
EITHER_GOING: Final[frozenset[str]] = (
    GO_WORDS
    | REACHING
    | _read_set(
        """
        stop stops rukti rukegi ruke rukta tak terminate terminates end ends jaake jakar khatam
        रुकती रुकेगी तक
        """
    )
)
# "What is the new time?", "naya time kya hai": after a train's reschedule, its new time.
NEW_WORDS: Final[frozenset[str]] = _read_set(
    "new naya nayi naye revised updated badla badli badle नया नई नये बदला बदली"
)
# "Does it still go all the way?", "aakhri station tak jayegi?": the end of its run.
END_WORDS: Final[frozenset[str]] = _read_set(
    """
    end destination last final aakhri akhri aakhiri antim terminus terminal poora pura puri
    poori poore pure full whole entire complete आख़िरी आखिरी अंतिम गंतव्य पूरा पूरे पूरी
    """
)
# One passenger of a booking ("will passenger 3 get a berth", "p2 ka confirm hoga").
PASSENGER_WORDS: Final[frozenset[str]] = _read_set(
    "passenger passengers yatri yaatri musafir traveller traveler यात्री मुसाफ़िर"
)
BERTH_WORDS: Final[frozenset[str]] = _read_set(
    "berth berths seat seats confirm confirmed cnf बर्थ सीट कन्फर्म"
)
# Getting on a train ("where do I board", "kahan se chadhna hai", "ट्रेन कहाँ से पकड़नी है"):
# after a booking, its boarding station and when the train leaves it.
BOARDING_WORDS: Final[frozenset[str]] = _read_set(
    """
    board boarding boarded chadh chad chadhna chadhni chadhu chadhun chadhoon chadhen chadhe
    chadhunga chadhenge chadna chadni pakadna pakadni pakdna pakdni pakadu pakdu pakdun pakadun
    pakdenge pakadunga pakdunga catch बोर्डिंग चढ़ना चढ़नी चढ़ूँ चढ़ूं चढ़ें चढ़ेंगे पकड़ना पकड़नी पकड़ूँ
    पकड़ूं पकड़ेंगे चढ़
    """
)
# "When will it leave now?", "ab kab chalegi": when the train in hand leaves, as things stand.
LEAVING_NOW: Final[frozenset[str]] = _read_set(
    """
    chalegi chalega niklegi nikalegi chhutegi chutegi chhootegi leave leaves depart departs start
    starts khulegi चलेगी निकलेगी छूटेगी खुलेगी
    """
)
# What a train does ("chalegi", "chalti", "jayegi", "ruk", "चलेगी"): never a word of its name
# ("kal chalegi shatabdi?" asks whether the Shatabdi runs, not of a "Chalegi Shatabdi").
TRAIN_VERBS: Final[frozenset[str]] = (
    RUN_VERBS
    | FUTURE_RUN
    | GO_WORDS
    | REACHING
    | LEAVING_NOW
    | ARRIVAL_WORDS
    | _read_set(
        """
        chal chalti chalengi ruk rukti rukta rukegi rukega rukti rukenge rukengi ruki ruka
        jaati jati jayegi aati aata aayegi niklegi nikalti nikli chhuti chhooti chhutti
        रुक रुकती रुकता रुकेगी रुकेगा चल चलती चलेंगी जाती जाएगी आती निकलती छूटती
        """
    )
)
NOW_WORDS: Final[frozenset[str]] = _read_set("now ab abhi अब अभी")


# The phrase groups above that many messages are checked against, indexed once.
LATE_SAID: Final = Phrases(LATE_PAIRS)
LEFT_SAID: Final = Phrases(LEFT_GROUPS)
COMING_IN_SAID: Final = Phrases(COMING_IN_GROUPS)
REACHED_SAID: Final = Phrases(REACHED_GROUPS)
HOW_LATE_SAID: Final = Phrases(HOW_LATE_GROUPS)
CLOCK_SAID: Final = Phrases(CLOCK_GROUPS)


def says_other(words: set[str] | frozenset[str]) -> bool:
    """Whether the words ask for another one ("other", "another", "दूसरी", "koi aur", "any
    more")."""
    return not words.isdisjoint(OTHER_WORDS) or any(pair <= words for pair in OTHER_PAIRS)


def greeting_words() -> frozenset[str]:
    """Every word of the greetings ("ram ram", "jai shri krishna", "good morning"), each also as
    Devanagari reads into Latin letters without its last vowel ("जय श्री कृष्ण": "krishn")."""
    words = {
        word
        for phrase in _phrases(_INTENT_WORDS[Intent.GREETING])
        for word in words_of(romanize(phrase).text if has_devanagari(phrase) else phrase)
    }
    return frozenset(words | {word[:-1] for word in words if len(word) > 3 and word[-1] == "a"})

# Verbs that ask the railway to look a class up ("sleeper dekho", "check 3A", "देखो"): its seats
# in it, not whether the train has it.
CHECK_WORDS: Final[frozenset[str]] = frozenset(
    {"check", "chek", "dekho", "dekhna", "dekhiye", "dekhke", "dekh", "dikhao", "देखो", "देखिए",
     "देखिये", "चेक"}
)  # fmt: skip
