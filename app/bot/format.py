"""How the bot words times, dates, durations, names and the provenance of an answer on a phone,
in the person's language (the words from the catalog, the formats from `app.i18n.formats`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Final

from app.bot.replies import QuickReply
from app.bot.requests import Packable
from app.i18n import N_, formats, nt, t
from app.i18n.language import DEFAULT_LANGUAGE, Language, has_devanagari
from app.railways.major_stations import SPOKEN_NAMES
from app.railways.models import WEEKDAYS, Pause, Sourced, Station, Train
from app.railways.stations import IndexSource, StationIndex

MAX_TEXT = 2000
MAX_QUICK_REPLIES = 13
MAX_CHIP_TITLE = 20

# Journey classes and quotas by code → the catalog key of their name.
_CLASS_NAMES: Final = {
    "SL": N_("class.SL"),
    "3A": N_("class.3A"),
    "2A": N_("class.2A"),
    "1A": N_("class.1A"),
    "3E": N_("class.3E"),
    "CC": N_("class.CC"),
    "EC": N_("class.EC"),
    "2S": N_("class.2S"),
    "FC": N_("class.FC"),
    "EA": N_("class.EA"),
    "EV": N_("class.EV"),
    "GN": N_("class.GN"),
    "UR": N_("class.UR"),
}
_QUOTA_NAMES: Final = {
    "GN": N_("quota.GN"),
    "TQ": N_("quota.TQ"),
    "PT": N_("quota.PT"),
    "LD": N_("quota.LD"),
    "SS": N_("quota.SS"),
    "HP": N_("quota.HP"),
    "DF": N_("quota.DF"),
    "FT": N_("quota.FT"),
    "YU": N_("quota.YU"),
}
# Short capitalised words are mostly codes (MAS, SBC, LTT, SF, AC) and stay so, except these.
_ORDINARY_SHORT = frozenset(
    {"EXP", "NEW", "OLD", "JAN", "GOA", "SPL", "SUP", "PAS", "JN", "RD", "DR", "ST", "STN"}
    | {"THE", "AND", "OF", "KI", "KA", "KE", "SE", "RLY", "CAN", "BAY", "HAT", "PUR", "TRM", "TML"}
)


def clock_time(value: dt.time | dt.datetime | None) -> str:
    """`16:55`, or `--:--` when the time is unknown (the same in every language)."""
    return formats.clock_time(value)


def missed_time(language: Language, missed: tuple[str, ...]) -> str:
    """ "No train here leaves at 17:00; the nearest is 16021 Kaveri Express, at 21:15.": a time
    said of a list or board that none of its trains leaves at (or after); empty when none was."""
    if len(missed) != 4:
        return ""
    how, said, train, leaves = missed
    key = N_("pick.none_after") if how == "after" else N_("pick.none_at")
    return t(language, key, time=said, train=train, leaves=leaves)


def day_date(language: Language, day: dt.date, today: dt.date | None = None) -> str:
    """`Sat 28 Nov` / `शनि, 28 नवंबर`, with the year when it is not this year."""
    return formats.day_date(language, day, today)


def relative_day(language: Language, day: dt.date, today: dt.date) -> str:
    """`Today`, `Tomorrow`, `Yesterday` (`आज`, `कल`...), else the date."""
    return formats.relative_day(language, day, today)


def dated_sentence_day(language: Language, day: dt.date, today: dt.date) -> str:
    """`tomorrow, Thu 19 Nov`: see `app.i18n.formats.dated_sentence_day`."""
    return formats.dated_sentence_day(language, day, today)


def sentence_day(language: Language, day: dt.date, today: dt.date) -> str:
    """`today`, `tomorrow`, else `Sat 28 Nov` / `आज`, `कल`...: a day inside a sentence."""
    return formats.sentence_day(language, day, today)


def on_day(language: Language, day: dt.date, today: dt.date) -> str:
    """`today`, `yesterday`, else `on Sat 28 Nov` / `आज`, `परसों`, else `शनि, 28 नवंबर को`."""
    return formats.on_day(language, day, today)


def day_word(language: Language, day: dt.date, today: dt.date) -> str:
    """`Today`, `Tomorrow`... / `आज`, `कल`, `परसों`: a near day's word, "" for a date."""
    return formats.day_word(language, day, today)


def chip_day(language: Language, day: dt.date, today: dt.date) -> str:
    """A day as a button says it: `Tomorrow`, `Fri 11 Dec` / `कल`, `11 दिसंबर`."""
    return formats.chip_day(language, day, today)


def duration(language: Language, minutes: int) -> str:
    """`15h 40m`, `45m`, `2h` / `15 घंटे 40 मिनट`."""
    return formats.duration(language, minutes)


def delay(language: Language, minutes: int | None) -> str:
    """`on time`, `25 min late`, `1h 5m late`, `5 min early`; empty when unknown."""
    return formats.delay(language, minutes)


def run_days(
    language: Language, days: tuple[str, ...] | None, *, in_sentence: bool = False
) -> str:
    """`Daily`, `Daily except Wed`, `Mon, Wed, Fri` / `रोज़`, `बुधवार को छोड़कर रोज़`,
    `सोम, बुध, शुक्र` (in a sentence `daily`, `on Mon, Wed, Fri` / `सोमवार, बुधवार और शुक्रवार
    को`); empty when the source does not say."""
    known = [day for day in days or () if day.upper()[:3] in WEEKDAYS]
    return formats.run_days(language, known, in_sentence=in_sentence)


def money(language: Language, amount: int | float) -> str:
    """`₹1,23,456` (Indian digit grouping)."""
    return formats.money(language, amount)


def class_words(language: Language, code: str) -> str:
    """`3A (AC 3 Tier)` / `3A (थर्ड एसी)`, or the code alone when it has no name."""
    key = _CLASS_NAMES.get(code)
    return f"{code} ({t(language, key)})" if key else code


def class_name(language: Language, code: str) -> str | None:
    """`Sleeper` / `स्लीपर` for SL; None for a code with no name."""
    key = _CLASS_NAMES.get(code)
    return t(language, key) if key else None


def detail_words(language: Language, slot: str, value: str, today: dt.date) -> str:
    """A detail of a journey as said back: `3A (AC 3 Tier)`, `Tatkal`, `Fri 4 Dec`,
    `2 travellers`."""
    if slot == "passengers":
        # "1 traveller", "2 travellers": never "1 travellers"
        count = int(value) if str(value).isdigit() else 2
        return nt(language, "ask.noted_passengers", count, count=value)
    if slot == "class":
        return class_words(language, value)
    if slot == "quota":
        return quota_name(language, value)
    if slot == "date":
        try:
            return day_date(language, dt.date.fromisoformat(value), today)
        except ValueError:
            return ""
    return value


def quota_name(language: Language, code: str) -> str:
    """`Tatkal` / `तत्काल` for TQ; the code itself for one with no name."""
    key = _QUOTA_NAMES.get(code)
    return t(language, key) if key else code


def proper(name: str) -> str:
    """Railway names arrive in capitals (`NEW DELHI`); show them as `New Delhi`, `KSR Bengaluru`."""
    if not name or any(ch.islower() for ch in name):
        return name.strip()
    words = []
    for word in name.split():
        bare = word.strip(".()")
        vowels = any(ch in "AEIOUY" for ch in bare)
        short_code = len(bare) <= 3 and bare not in _ORDINARY_SHORT
        if bare and bare not in _ORDINARY_SHORT and (short_code or not vowels):
            words.append(word)
        else:
            words.append(word.title())
    return " ".join(words)


def spoken_name(station: Station) -> str:
    """`Chennai Central` for MAS: the name people use, else the railway's, else the code."""
    return SPOKEN_NAMES.get(station.code) or proper(station.name) or station.code


def station_label(station: Station) -> str:
    """`New Delhi (NDLS)`, `Chennai Central (MAS)` (the name people use), or just the code when
    the name is unknown."""
    name = SPOKEN_NAMES.get(station.code) or proper(station.name)
    return f"{name} ({station.code})" if name and name != station.code else station.code


def train_label(train: Train) -> str:
    """`12627 Karnataka Exp`."""
    name = proper(train.name)
    return f"{train.number} {name}" if name else train.number


def local_time(language: Language, moment: dt.datetime, now: dt.datetime) -> str:
    """`10:42` today, else `27 Nov, 10:42` / `27 नवंबर, 10:42`, in the zone of `now`."""
    return formats.moment(language, moment, now)


# Under every answer from the sample railway (a local run with no provider key), and as the chat
# page's banner: made-up data, and how to get real answers.
# The reasons a railway's note may give for a change to a run, by words of the note → the
# catalog key of the reason, said in the person's language.
_REASONS: Final = (
    (("fog", "visibility"), N_("reason.fog")),
    (
        ("maintenance", "engineering", "block", "track work", "works", "doubling", "upgradation"),
        N_("reason.works"),
    ),
    (
        ("flood", "rain", "water logging", "waterlogging", "landslide", "cyclone", "storm"),
        N_("reason.weather"),
    ),
    (("agitation", "protest", "bandh", "strike", "law and order"), N_("reason.unrest")),
    (("operational", "operating", "traffic"), N_("reason.operational")),
)


def readable(language: Language, words: str) -> bool:
    """Whether a source's own words (in English, as railways write them) may go in a reply in
    `language` as they are: in English, or in Hindi when written in Devanagari. A Hindi reply
    never carries an English sentence."""
    return language == DEFAULT_LANGUAGE or has_devanagari(words)


def railway_note(language: Language, note: str | None) -> str:
    """The railway's own note about a run ("Cancelled due to dense fog"): quoted, where the
    language can read it; else the reason it gives, in the person's language, if it is one of
    the usual ones; else nothing."""
    said = " ".join((note or "").split())
    if not said or names_only_the_change(said):
        return ""
    if readable(language, said):
        return f"“{said}”"
    low = said.lower()
    reason = next((key for words, key in _REASONS if _names_any(low, words)), None)
    return t(language, "note.reason", reason=t(language, reason)) if reason else ""


def _names_any(note: str, words: tuple[str, ...]) -> bool:
    """Whether the note has one of `words` as a word or a word's start ("rain", "rainfall"),
    never inside another word ("Train" names no rain, "network" no works)."""
    return any(re.search(rf"\b{re.escape(word)}", note) for word in words)


# The words of a note that only names what the railway changed ("Rescheduled", "Train Fully
# Cancelled", "Rescheduled (sample)"): no reason, and nothing the answer does not say already.
_CHANGE_NAMES: Final = frozenset(
    {"rescheduled", "reschedule", "cancelled", "canceled", "cancel", "diverted", "fully",
     "partially", "train", "is", "has", "been", "the", "sample", "run"}
)  # fmt: skip


def names_only_the_change(note: str) -> bool:
    """Whether a railway's note says nothing but the change itself: no reason given."""
    words = re.findall(r"[a-z]+|\d+", note.lower())
    return bool(words) and set(words) <= _CHANGE_NAMES


SAMPLE_NOTE: Final = t(DEFAULT_LANGUAGE, "source.sample")


def sample_note(language: Language, answer: Sourced[Any]) -> str:
    """The sample-data line for an answer from the sample railway; empty for any other."""
    return t(language, "source.sample") if answer.source == "sample" else ""


# The providers a live answer can come from, as their makers spell them (the same in every
# language: a name, never translated).
PROVIDER_NAMES: Final[dict[str, str]] = {
    "railradar": "RailRadar",
    "irctc1": "IRCTC1 (RapidAPI)",
    "railwayapi": "railwayapi.com",
}
# Under a minute old, a live answer is "just now"; within hours, how long ago with its clock
# time; older, only the moment (a count of hours says less than the day and time).
_JUST_NOW: Final = dt.timedelta(minutes=1)
_AGO_UP_TO: Final = dt.timedelta(hours=6)
# A stale answer (the provider failed or is paused) says its age up to a day: how old it is
# matters most when it is not live.
_STALE_AGO_UP_TO: Final = dt.timedelta(days=1)


def provider_name(source: str) -> str:
    """`RailRadar` for "railradar": the name a traveller can look up."""
    return PROVIDER_NAMES.get(source, source)


def providers_named(language: Language, sources: str) -> str:
    """`RailRadar and IRCTC1 (RapidAPI)` for "railradar+irctc1" (a chain's providers in order)."""
    names = [provider_name(source) for source in sources.split("+") if source]
    if len(names) < 2:
        return names[0] if names else provider_name(sources)
    return t(language, "source.providers", first=", ".join(names[:-1]), last=names[-1])


def source_note(language: Language, answer: Sourced[Any], now: dt.datetime) -> str:
    """Where an answer came from, how old it is and what to do next: every live answer names its
    provider and its age, fresh or cached ("RailRadar · just now", "RailRadar · 4m ago (10:38)");
    a stale one says the provider did not answer, when it is from and its age, and to ask again
    in a few minutes, or, while the provider is paused for its limit, when live answers return,
    or, when it refused RailBot's key (the operator's to fix), that it is unavailable right now,
    or, in the PNR system's nightly maintenance, until when;
    the timetable says what it is, and when it stands in for a live provider, which one failed
    or refused the question (or until when it is paused); the built-in list and the sample
    railway say what they are. Trains between two places a live provider listed for another
    journey (all dropped) are said not to match it, before the timetable's answer or none."""
    if answer.source == "sample":
        return t(language, "source.sample")
    if answer.mismatched is not None and answer.source != "offline":
        # nobody had the journey's trains once the provider's of another journey were dropped
        named = providers_named(language, answer.mismatched)
        return t(language, "source.mismatched", provider=named)
    provider = provider_name(answer.source)
    if answer.stale and answer.paused is not None:
        said = t(language, "source.answer_from", when=aged(language, answer.as_of, now))
        return f"{paused_note(language, answer.paused, now)} {said}"
    if answer.stale and answer.maintenance:
        return maintenance_note(language, answer, now)
    if answer.stale:
        when = aged(language, answer.as_of, now)
        key = N_("source.stale_refused") if answer.key_refused else N_("source.stale")
        return t(language, key, provider=provider, when=when)
    if answer.source == "offline":
        imported = answer.as_of.astimezone(now.tzinfo) if now.tzinfo else answer.as_of
        day = formats.short_date(language, imported.date(), now.date())
        said = t(language, "source.offline", day=day)
        if answer.mismatched is not None:
            other = t(
                language,
                "source.offline_mismatched",
                provider=providers_named(language, answer.mismatched),
            )
            return f"{said}\n{other}"
        if answer.paused is not None:
            return f"{said}\n{paused_note(language, answer.paused, now)}"
        if answer.unanswered is not None:
            missing = providers_named(language, answer.unanswered)
            key = N_("source.offline_unanswered")
            if answer.key_refused:
                key = N_("source.offline_refused")
            elif answer.not_accepted:
                key = N_("source.offline_not_accepted")
            unanswered = t(language, key, provider=missing)
            return f"{said}\n{unanswered}"
        return said
    if answer.source == "builtin":
        return t(language, "source.builtin")
    return live_note(language, provider, answer.as_of, now)


def index_note(language: Language, origin: IndexSource, now: dt.datetime) -> str:
    """Where the station index has a station from, in the style of `source_note`: RailBot's
    built-in list, the offline station index (the timetable imported on a day) or a provider's
    station directory (loaded on a day)."""
    if origin.as_of is None or origin.source == "builtin":
        return t(language, "source.builtin")
    loaded = origin.as_of.astimezone(now.tzinfo) if now.tzinfo else origin.as_of
    day = formats.short_date(language, loaded.date(), now.date())
    if origin.source == "offline":
        return t(language, "source.index_offline", day=day)
    return t(language, "source.index_directory", provider=provider_name(origin.source), day=day)


def maintenance_note(language: Language, answer: Sourced[Any], now: dt.datetime) -> str:
    """`⚠️ Not live: the railway's PNR system is in its nightly maintenance until about 00:20,
    so this is from 10:42, 13h ago. Ask again after that for a live answer.`"""
    when = aged(language, answer.as_of, now)
    if answer.back_at is None:
        return t(language, "source.stale_maintenance", when=when)
    back = answer.back_at.astimezone(now.tzinfo) if now.tzinfo else answer.back_at
    return t(language, "source.stale_maintenance_until", when=when, time=clock_time(back))


def paused_note(language: Language, pause: Pause, now: dt.datetime) -> str:
    """`⏸️ Live data is paused: RailRadar's limit is reached. Live answers return at about 14:05.`
    (for a spent month, on the day and time the next month's calls begin)."""
    if pause.monthly:  # said as a day ("return on 1 Jan, 05:30"), even when it is today's
        when = formats.dated_moment(language, pause.until, now)
        return t(language, "source.paused_month", provider=provider_name(pause.provider), time=when)
    when = local_time(language, pause.until, now)
    return t(language, "source.paused", provider=provider_name(pause.provider), time=when)


def aged(language: Language, as_of: dt.datetime, now: dt.datetime) -> str:
    """`10:42, 3h ago` for a stale answer up to a day old (`10:42, 3 घं पहले`, `17 Nov, 20:36,
    20h ago`); an older one (a timetable kept a week) by its moment alone."""
    when = local_time(language, as_of, now)
    age = now - as_of
    if age < _JUST_NOW or age >= _STALE_AGO_UP_TO:
        return when
    ago = formats.duration(language, int(age.total_seconds() // 60))
    return t(language, "source.when_ago", when=when, ago=ago)


def live_note(language: Language, provider: str, as_of: dt.datetime, now: dt.datetime) -> str:
    """`RailRadar · just now`, `RailRadar · 4m ago (10:38)`, `RailRadar · as of 27 Nov, 10:42`."""
    age = now - as_of
    if age < _JUST_NOW:
        return t(language, "source.live_now", provider=provider)
    when = local_time(language, as_of, now)
    if age < _AGO_UP_TO:
        ago = formats.duration(language, int(age.total_seconds() // 60))
        return t(language, "source.live_ago", provider=provider, ago=ago, when=when)
    return t(language, "source.live_as_of", provider=provider, when=when)


def chip(title: str, target: Packable | str) -> QuickReply:
    """A quick reply whose title fits Messenger's 20 characters; tapping it sends `target` (a
    request or answer, packed, or a payload as it stands)."""
    title = " ".join(title.split())
    if len(title) > MAX_CHIP_TITLE:
        title = title[: MAX_CHIP_TITLE - 1].rstrip() + "…"
    payload = target if isinstance(target, str) else target.pack()
    return QuickReply(title=title, payload=payload)


def chips(offers: Iterable[tuple[str, Packable]]) -> list[QuickReply]:
    """A chip for each request built from what the railway sent, when it can travel in a payload:
    one that lost a field to a malformed value (a train number `1234`) is left out rather than
    shown dead, or shown as the feature's menu."""
    return [
        chip(title, target)
        for title, target in offers
        if target.packable and target.pack() != target.menu
    ]


def station_name(index: StationIndex, code: str) -> str:
    """`New Delhi` for NDLS, per the station index; the code itself when it is not known."""
    station = index.get(code)
    if station is not None and station.code in SPOKEN_NAMES:
        return SPOKEN_NAMES[station.code]
    return proper(station.name) if station is not None and station.name else code


def fit(text: str, limit: int = MAX_TEXT) -> str:
    """Cut a message at a line boundary so that it stays within Messenger's limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 2]
    newline = cut.rfind("\n")
    if newline > limit // 2:
        cut = cut[:newline]
    return cut.rstrip() + "\n…"


def lines(*parts: str | None) -> str:
    """Join the non-empty parts one per line."""
    return "\n".join(part for part in parts if part)
