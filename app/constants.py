"""Every Redis key prefix and every lifetime RailBot uses, with the reason beside each.

Keys that the enqueue script touches together share the `{q}` hash tag, so that on Redis Cluster
they live in one slot and one script may write them all.
"""

from __future__ import annotations

from typing import Final

MINUTE: Final = 60
HOUR: Final = 60 * MINUTE
DAY: Final = 24 * HOUR

# --- Redis replication ---------------------------------------------------------------------------
# How long a write that must survive a failover (a queued event, a reply's sent mark) waits for
# replicas to acknowledge it (Redis WAIT). Replicas on the same network answer within a
# millisecond; a second means a replica is gone or far behind, and the webhook answers 503
# rather than hold Facebook's request (which it times out at 20 s).
REPLICA_ACK_TIMEOUT_MS: Final = 1000
# A replica acknowledges the replication stream every second: one silent for longer than this
# is stalled or cut off, and does not count towards readiness (Redis' min-replicas-max-lag idea).
REPLICA_MAX_LAG_S: Final = 3

# --- event queue -------------------------------------------------------------------------------
EVENTS_STREAM: Final = "rb:{q}:events"
DEAD_LETTER_STREAM: Final = "rb:{q}:dead"
CONSUMER_GROUP: Final = "workers"
# Facebook retries an unacknowledged delivery for up to ~36 h; 48 h covers every redelivery.
SEEN_PREFIX: Final = "rb:{q}:seen:"
SEEN_TTL_S: Final = 48 * HOUR
# Per-user arrival counter and last-handled counter: keep a user's events in arrival order
# across worker processes. A week outlives any redelivery and any quiet user's queue.
USER_SEQ_PREFIX: Final = "rb:{q}:seq:"
USER_DONE_PREFIX: Final = "rb:{q}:done:"
USER_SEQ_TTL_S: Final = 7 * DAY
# Delivery attempts per stream entry, to dead-letter an event that keeps failing.
ATTEMPTS_KEY: Final = "rb:{q}:attempts"
# Bound the stream's memory; acknowledged entries beyond this are trimmed (approximately).
STREAM_MAXLEN: Final = 100_000
DEAD_LETTER_MAXLEN: Final = 10_000

# The replies computed for one event, and how many of them were sent, so that a redelivered or
# reclaimed event never sends an answer twice: `<prefix><user>:<entry id>` (and `...:sent`),
# deleted with the queue entry once it is answered (so in the queue's hash slot), else after the
# lifetime of the dedupe marks.
OUTBOX_PREFIX: Final = "rb:{q}:outbox:"
OUTBOX_TTL_S: Final = 48 * HOUR

# One user's events are handled one at a time. The lock is renewed while work goes on, so its
# lifetime only matters when a worker dies holding it. In the queue's hash slot: the queue's
# scripts take it with an entry's first step and release it with its last.
USER_LOCK_PREFIX: Final = "rb:{q}:lock:user:"
USER_LOCK_TTL_MS: Final = 30_000

# A worker process marks, under its host's name (one container, one pod), that it runs and
# reaches Redis: refreshed by its heartbeat (at most every 10 s), gone 30 s after it stops.
# `python -m app worker --check`, the worker container's health check, asks for it.
WORKER_ALIVE_PREFIX: Final = "rb:worker:alive:"
WORKER_ALIVE_TTL_S: Final = 30

# --- railway answers cache -----------------------------------------------------------------------
CACHE_PREFIX: Final = "rb:cache:"
FLIGHT_PREFIX: Final = "rb:flight:"
# Longer than a question's wait for the call budget (20 s) plus the 12 s upstream deadline, so a
# live caller never loses its single-flight lock to another process asking the same.
FLIGHT_LOCK_TTL_MS: Final = 40_000
# How often a process waiting on another's single-flight lock looks for the answer: a small
# fraction of a typical upstream call, at one GET per look.
FLIGHT_POLL_S: Final = 0.05
# Part of every cache key: bumped when the stored shape changes, so old entries are ignored.
CACHE_SCHEMA: Final = "v1"
# How long a good answer is kept to be served (marked stale, with its age) when the upstream
# fails: until a day old, or a day past its freshness for facts fresh for a day or more (a
# timetable). A day bridges an outage without serving last week's facts.
STALE_MAX_AGE_S: Final = DAY
# A fresh station board for more hours answers a question for fewer (cut to them); boards up to
# this wide are looked for: RailRadar's widest window is 8 hours, and few ask for more.
BOARD_WIDEST_H: Final = 8
# A "not found" is remembered briefly so that a typo repeated by many users costs one call.
NEGATIVE_TTL_S: Final = 5 * MINUTE
# The PNR system's nightly maintenance window (about 23:45 to 00:20 in India): the time the
# provider gives for its end is kept, and no PNR call made until then (it would be refused), for
# at most this long ahead (a longer one is not the nightly window: it is not trusted).
PNR_MAINTENANCE_MAX_S: Final = 2 * HOUR

# Freshness per kind of answer: how long the facts behind it stay true.
CACHE_TTL_S: Final[dict[str, int]] = {
    "station": 30 * DAY,  # station names and codes change once in years
    # Timetables change with revisions a few times a year; a day-to-day change to a run
    # (diversion, reschedule) shows in its live status, not in the route.
    "route": 7 * DAY,
    # Timetable facts: specials are announced days ahead, so a day-old list still shows any of
    # them before it runs (and one undated answer serves every date, by run day).
    "trains_between": DAY,
    "fare": DAY,  # fares change with tariff notifications, not during a day
    "cancelled": 15 * MINUTE,  # cancellations are announced through the day
    "rescheduled": 15 * MINUTE,  # same as cancellations
    # Expected times at a station board move by the minute, but a traveller reading one cares
    # for the next trains' times to a few minutes.
    "departures": 3 * MINUTE,
    "live": 5 * MINUTE,  # a run whose state is not known; see LIVE_FRESH_S for the others
    "seats": 5 * MINUTE,  # availability moves with every booking
    "pnr": 2 * MINUTE,  # status changes with cancellations and chart preparation
    # The provider's estimate of the statuses a PNR has now (kept per those statuses: a place
    # moving asks again); it is asked only for waitlisted and RAC bookings before the chart, and
    # shown as an estimate. Beyond a few hours the estimate itself is re-made upstream.
    "pnr_prediction": 6 * HOUR,
    "directory": DAY,  # the bulk station directory: new and renamed codes show within a day
    "train_search": 7 * DAY,  # train names and numbers change with timetable revisions only
}

# RailRadar's estimate for places on the list that have not moved (it is kept per those places):
# what still moves it is the time left, so days or weeks out it is asked again when an eighth of
# that has gone by (the waiting list's alert share), a day at most, CACHE_TTL_S's 6 hours at least.
ESTIMATE_SHARE_OF_TIME_LEFT: Final = 8
ESTIMATE_FRESH_MAX_S: Final = DAY

# Freshness that depends on what a PNR says (app/railways/freshness.py), from the moment it was
# seen. The chart is drawn about 4 hours before departure: that is when statuses move most.
PNR_NEAR_S: Final = 6 * HOUR  # "near": departure within this; the chart is close or out
PNR_SOON_S: Final = DAY  # "soon": on its last day a waiting list moves by the hour
PNR_FAR_S: Final = 14 * DAY  # "far": a waiting list two weeks or more out moves by a few a day
PNR_CONFIRMED_SOON_S: Final = DAY  # a confirmed booking's chart comes in its last day
# The railway draws a train's first chart about 4 hours before it leaves, and a second (the
# berths freed since) about half an hour before; an alert looks this long after each is due,
# when the chart has had time to reach the PNR enquiry.
PNR_CHART_S: Final = 4 * HOUR
PNR_SECOND_CHART_S: Final = 30 * MINUTE
ALERT_AFTER_CHART_S: Final = 10 * MINUTE
PNR_FRESH_S: Final[dict[str, int]] = {
    # Chart prepared, train cancelled or journey over: the status is final for the day.
    "settled": 6 * HOUR,
    # Everyone confirmed: only the chart (coach and berth) is still to come, hours before
    # departure; until its last day nothing changes but a cancellation the traveller made.
    "confirmed": 12 * HOUR,
    "confirmed_soon": 3 * HOUR,  # departure within a day: the chart is hours away
    "confirmed_near": 15 * MINUTE,  # the chart may come out any moment
    "waiting_far": 3 * HOUR,  # two weeks or more out: a few places a day
    "waiting": HOUR,  # days away: hourly is plenty
    "waiting_soon": 15 * MINUTE,  # its last day: cancellations move it through the day
    "waiting_near": 5 * MINUTE,  # chart time: RAC/WL may confirm any minute
}
# A waiting list days or weeks from its journey moves a few places a day: a traveller's own look
# at it is kept for this share of the time left before departure (14 days out 7 hours, 4 days out
# 2 hours), never less than its phase's PNR_FRESH_S, never longer than a confirmed booking's; a
# sixth of the alert's share (ALERT_SHARE_OF_TIME_LEFT), so every poll still finds it due.
PNR_FRESH_SHARE_OF_TIME_LEFT: Final[dict[str, int]] = {"waiting_far": 48, "waiting": 48}
# How often at most a PNR alert looks at its booking, by the same phases
# (app/bot/alerts/schedule.py; far from the journey it looks less often, when a share of the
# time left has gone by: ALERT_SHARE_OF_TIME_LEFT): an alert watches for a change worth a
# message, which a traveller can hear hours late far from the journey, and within half an hour
# around the chart. People asking themselves get the fresher PNR_FRESH_S above; a poll's answer
# serves their questions while it is that fresh. None: nothing more to watch for; the
# subscription only waits for the end of the journey day.
ALERT_POLL_S: Final[dict[str, int | None]] = {
    # Chart prepared (or train cancelled, or journey over): every status is final, the chart
    # notice has been sent. The journey day's end closes the subscription without a call.
    "settled": None,
    # Every passenger confirmed, more than a day out: the only news to come is the chart, on the
    # last day, or the train cancelled or rescheduled, which a look at the train's run tells
    # (shared by everyone on that run): at most daily, and only as often as a quarter of the
    # time left (ALERT_SHARE_OF_TIME_LEFT, up to ALERT_POLL_MAX_S) weeks out.
    "confirmed": DAY,
    "confirmed_soon": 3 * HOUR,  # its last day, before the chart window: the run, 3-hourly
    # The chart window: looked at when the chart is due (PNR_CHART_S), then half-hourly until
    # it is out; a confirmed berth rarely changes at charting, half an hour is prompt.
    "confirmed_near": 30 * MINUTE,
    "waiting_far": 6 * HOUR,  # two weeks or more out: a waiting list moves a few places a day
    "waiting": 2 * HOUR,  # days away: a few moves a day, each told within two hours
    "waiting_soon": 30 * MINUTE,  # its last day: cancellations move it through the day
    # Chart time: RAC/WL may confirm any minute; the most often an alert polls.
    "waiting_near": 15 * MINUTE,
}
# An alert looks again when a share of the time left before departure has gone by (never more
# often than its phase's ALERT_POLL_S): a change is told with most of that time still to act in.
# A confirmed booking, whose only news is a cancellation (refunded by the railway), a quarter:
# one announced 40 days ahead is told with 30 to spare. A waiting list, whose moves a traveller
# may act on (another train, Tatkal the day before), an eighth: told within 3 hours the day
# before, within a day a week out.
ALERT_SHARE_OF_TIME_LEFT: Final[dict[str, int]] = {
    "confirmed": 4,
    "waiting_far": 8,
    "waiting": 8,
    "waiting_soon": 8,
    "waiting_near": 8,
}
# ...but at least weekly. A waiting list weeks out moves as little as a confirmed booking's news
# comes: a place moves only when a booking before it is cancelled, and far from the journey few
# are (most cancellations come in its last days, and the charts move the most), so an eighth of
# the time left tells a move with seven eighths still to act in: 20 days out within 2.5 days, 40
# days out within 5, 60 days out within a week. (Until 2026-12-06 two days at most: a look every
# two days at a list that had not moved.)
ALERT_POLL_MAX_S: Final[dict[str, int]] = {"confirmed": 7 * DAY, "waiting_far": 7 * DAY}
# Freshness of a run's live status by its state.
LIVE_FRESH_S: Final[dict[str, int]] = {
    "running": 5 * MINUTE,  # a running train's position: a station or two every few minutes
    # ...but between two halts far apart nothing the answer says changes but the position, which
    # is then projected from its last report and its expected times and said as estimated, with
    # the report's time (app/railways/projection.py): fresh until shortly before it is due at its
    # next halt (LIVE_BEFORE_HALT_S), for at most this long, so that a delay building up between
    # halts (a signal, a crossing) is seen within a quarter of an hour.
    "running_between_halts": 15 * MINUTE,
    "before_start": 30 * MINUTE,  # a run not started is the timetable until shortly before
    # ...but a late start or a cancellation is announced hours ahead: look again within two.
    "not_started_max": 2 * HOUR,
    # Days ahead, announced days ahead too: within an eighth of the time left
    # (RUN_AHEAD_SHARE), up to half a day for a run four days or more away.
    "not_started_far": 12 * HOUR,
    "completed": 6 * HOUR,  # arrived: nothing more happens to this run
    "cancelled": 2 * HOUR,  # a cancellation is rarely reversed
}

# A running train's answer is looked at again this long before it is due at its next halt: its
# arrival and halt there (the delay, the platform) are what a fresh look tells.
LIVE_BEFORE_HALT_S: Final = 2 * MINUTE
# A station board between two trains: nothing it says happens until the next train on it is
# due (its arrival or departure, expected else timetabled), so it is kept until this long before
# that, for at most BOARD_QUIET_MAX_S (a delay building up for a later train is seen within a
# quarter of an hour, as between a running train's halts: LIVE_FRESH_S["running_between_halts"])
# and CACHE_TTL_S["departures"] at least; a train standing at the platform may leave any moment.
BOARD_BEFORE_TRAIN_S: Final = 2 * MINUTE
BOARD_QUIET_MAX_S: Final = 15 * MINUTE

# A run not started days ahead is looked at again when an eighth of the time to it has gone by
# (LIVE_FRESH_S["not_started_far"] at most): a cancellation announced for it is then heard with
# most of that time still to act in, as a waiting list's alert hears its moves.
RUN_AHEAD_SHARE: Final = 8

# --- provider call budget ------------------------------------------------------------------------
# Calls made to each railway provider, shared by every process: a log of this minute's calls, a
# count per calendar month (UTC), and a stop set when the provider refused a call (HTTP 429). The
# provider name is the hash tag, so one script may touch all three on Redis Cluster.
BUDGET_PREFIX: Final = "rb:budget:"
# The provider counts its minute from when calls reach it; our window is a second longer, so
# clock and network skew between its count and ours can never make it refuse a call.
BUDGET_WINDOW_S: Final = 61
# A traveller's question waits this long at most for the minute's next free call; past it they
# hear what is known (with its age) or when to ask again, rather than waiting on.
BUDGET_WAIT_S: Final = 20.0
# Alert polling leaves this share of each minute's and each month's calls to people's questions.
BUDGET_BACKGROUND_RESERVE: Final = 0.2
# The month's count outlives the longest month, then goes.
BUDGET_MONTH_TTL_S: Final = 32 * DAY
# After a refusal (429) that does not say for how long, nobody calls the provider for a minute.
BUDGET_REFUSAL_PAUSE_S: Final = MINUTE
# A provider that may not be called for longer than this (a 429 asking for hours, a quota's
# window) is said to a traveller with the time to ask again, never "try again in a minute".
BUDGET_LONG_PAUSE_S: Final = 2 * MINUTE

# --- Messenger delivery -------------------------------------------------------------------------
# An answer ready within this long is sent alone; a slower one shows the typing bubble first (one
# Send API call per quick answer, and a sign of life for a slow one).
TYPING_AFTER_S: Final = 0.5
# How long the typing bubble may hold up the answer it announces (it must arrive first, or it
# would linger after the answer).
TYPING_WAIT_S: Final = 2.0
# A question that waits for the provider's call budget longer than this says once, after this
# long, that it is still checking (the typing bubble alone for up to `BUDGET_WAIT_S` looks hung).
STILL_CHECKING_AFTER_S: Final = 3.0
# How long that line may hold up the answer it comes before.
STILL_CHECKING_WAIT_S: Final = 5.0

# --- conversation ------------------------------------------------------------------------------
# What the bot asked last (a missing slot, an ambiguous station): a follow-up that comes later
# than this is a new question.
STATE_PREFIX: Final = "rb:state:"
STATE_TTL_S: Final = 15 * MINUTE
# What the bot's recent messages to a person were about, for a swipe-reply to one of them ("is it
# late?" quoting a train card of the morning): the subject of each of their last turns, by the id
# of the message that started it (a reply to their own message reuses it too), and the Send API's
# id of each message sent in answer. One key per person, rewritten with the answer it goes with:
# bounded to the last REPLIED_TURNS turns and REPLIED_SENT messages sent, so that the key stays a
# few kilobytes read with every message. It lasts two days after the last answer: a card of the
# evening before a journey, or of a journey of a day and a night, is still quoted; older, its
# run, its seats or its booking's status are history, and the message is read as any other.
REPLIED_PREFIX: Final = "rb:replied:"
REPLIED_TTL_S: Final = 2 * DAY
REPLIED_TURNS: Final = 8
REPLIED_SENT: Final = 24
# When the user last wrote: decides RESPONSE/UPDATE inside 24 h or a message tag outside it.
LAST_SEEN_PREFIX: Final = "rb:lastseen:"
LAST_SEEN_TTL_S: Final = 30 * DAY
MESSAGING_WINDOW_S: Final = DAY
# A 551 ("this person isn't available") means stop messaging them until they write again.
UNREACHABLE_PREFIX: Final = "rb:unreachable:"
UNREACHABLE_TTL_S: Final = 90 * DAY
# Per-user message rate limit: a fixed one-minute window; the slow-down notice is sent once per
# window.
RATE_PREFIX: Final = "rb:rate:"
RATE_WINDOW_S: Final = MINUTE

# --- PNR alerts --------------------------------------------------------------------------------
ALERTS_USER_PREFIX: Final = "rb:alerts:user:"  # hash pnr -> subscription JSON, per user
ALERTS_DUE_KEY: Final = "rb:alerts:due"  # sorted set "<user>|<pnr>" by next poll time
ALERTS_MAX_PER_USER: Final = 5
ALERT_POLL_NEAR_S: Final = (
    15 * MINUTE
)  # the most often an alert polls: a traveller hears a change within it
ALERT_POLL_JITTER_S: Final = 5 * MINUTE  # spread polls so that workers do not burst together
# A claimed poll is leased for this long; if the worker dies, another picks it up after it. A
# decided notification is claimed for as long, so that it is resent only after a crash.
ALERT_LEASE_S: Final = 5 * MINUTE
# How often each worker looks for due polls: minutes-scale cadences need no finer grain.
ALERT_TICK_S: Final = 10
# A notification the Send API could not take for now is tried again this much later, at most
# this many times; a later poll finds any further change anyway.
ALERT_RETRY_S: Final = 5 * MINUTE
ALERT_MAX_SEND_ATTEMPTS: Final = 3
# Sends this close to the end of the 24-hour window are treated as outside it (tagged).
ALERT_WINDOW_MARGIN_S: Final = MINUTE
# The PNR a user looked up last, for "track my pnr": a conversation's hour, not a day.
ALERTS_LAST_PNR_PREFIX: Final = "rb:alerts:lastpnr:"
ALERTS_LAST_PNR_TTL_S: Final = HOUR

# --- dev chat (the local chat page, RAILBOT_DEV_CHAT=1) ------------------------------------------
# What a chat page session sent and was sent, numbered, for the page to stream back (also from a
# worker in another process). A page idle for an hour is forgotten; the counter lives a day so
# that numbering does not restart under an open page.
DEVCHAT_PREFIX: Final = "rb:devchat:"
DEVCHAT_TTL_S: Final = HOUR
DEVCHAT_SEQ_TTL_S: Final = DAY

# --- offline timetable ---------------------------------------------------------------------------
# How often a running worker looks for a re-imported timetable (a stat call) to reload stations.
TIMETABLE_RECHECK_S: Final = 30

# --- language ------------------------------------------------------------------------------
# The language a person chose ("हिंदी में", "reply in english") and the one their conversation was
# last in. A choice sticks until changed; it is kept for a year after the person last wrote (the
# key is written again at most once a day while they write), then they are answered by script.
LANGUAGE_PREFIX: Final = "rb:lang:"
LANGUAGE_TTL_S: Final = 365 * DAY

# The sample railway (app/railways/sample.py): how far along its moving sample PNR is, shared by
# every process of one run. A sample booking, not anyone's: kept a day, then it starts again.
SAMPLE_STEP_PREFIX: Final = "rb:sample:step:"
SAMPLE_STEP_TTL_S: Final = DAY

# --- people's data -----------------------------------------------------------------------------
# Every key prefix whose keys hold data about one person (named by their Messenger id): "forget
# me" (app/privacy.py) deletes them all, and /privacy says what each holds and for how long. A new
# per-person key goes here, or tests/test_constants.py fails.
PERSONAL_KEY_PREFIXES: Final = (
    STATE_PREFIX,
    LAST_SEEN_PREFIX,
    UNREACHABLE_PREFIX,
    RATE_PREFIX,
    ALERTS_USER_PREFIX,
    ALERTS_LAST_PNR_PREFIX,
    LANGUAGE_PREFIX,
    DEVCHAT_PREFIX,
    OUTBOX_PREFIX,
    REPLIED_PREFIX,
)
# Keys named by a person's id that hold nothing about them but the queue's own bookkeeping while
# their messages are in line: a message counter (expires USER_SEQ_TTL_S after their last
# message) and a lock held for seconds while one is answered. "Forget me" cannot delete them
# while it is itself being answered (the person's next messages would lose their order); they go
# by themselves.
QUEUE_PERSON_KEY_PREFIXES: Final = (USER_SEQ_PREFIX, USER_DONE_PREFIX, USER_LOCK_PREFIX)
# Key prefixes about no one person: message ids seen (48 h), railway answers and their
# single-flight locks, the sample railway's moving PNR, the providers' call counts, the workers'
# marks that they run.
SHARED_KEY_PREFIXES: Final = (
    SEEN_PREFIX,
    CACHE_PREFIX,
    FLIGHT_PREFIX,
    SAMPLE_STEP_PREFIX,
    BUDGET_PREFIX,
    WORKER_ALIVE_PREFIX,
)
