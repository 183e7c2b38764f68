"""Which train of a list a message points at: by its place, or by what sets it apart; the rest of
the message is read as any message."""

from __future__ import annotations

import pytest

from app.bot.understanding.picks import find


@pytest.mark.parametrize(
    ("text", "number", "rest"),
    [
        ("fare of the first one", 1, "fare of"),
        ("2nd one seats", 2, "seats"),
        ("is the first one on time", 1, "is on time"),
        ("pehli wali ka fare", 1, "ka fare"),
        ("doosri wali kab pahunchegi", 2, "kab pahunchegi"),
        ("पहली वाली का किराया", 1, "का किराया"),
        ("the last one", -1, ""),
        ("आखिरी वाली", -1, ""),
        ("last train from delhi to bhopal", -1, "from delhi to bhopal"),
    ],
)
def test_a_place_in_the_list_is_pointed_at(text: str, number: int, rest: str) -> None:
    pick = find(text, listed=False)
    assert pick is not None
    assert (pick.number, pick.superlative, pick.rest) == (number, None, rest)


@pytest.mark.parametrize(
    ("text", "superlative"),
    [
        ("which is fastest", "fastest"),
        ("सबसे तेज़ कौन सी है", "fastest"),
        ("sabse jaldi kaun pahunchti hai", "fastest"),
        ("सबसे जल्दी कौन पहुँचती है", "fastest"),
        ("which reaches first", "arrives"),
        ("which one is cheapest", "cheapest"),
        ("earliest train to mumbai", "first"),
        ("which one leaves first", "first"),
        ("सबसे पहले कौन सी छूटती है", "first"),
        ("which leaves last", "last"),
        ("which is the slowest", "slowest"),
    ],
)
def test_what_sets_a_train_apart_is_pointed_at(text: str, superlative: str) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert pick.superlative == superlative


def test_an_ordinal_alone_points_only_at_a_list_on_screen() -> None:
    assert find("2nd", listed=False) is None  # a date, perhaps
    pick = find("2nd", listed=True)
    assert pick is not None and pick.number == 2 and pick.rest == ""
    assert find("number 3 ka fare", listed=True) is not None


@pytest.mark.parametrize(
    "text",
    ["first class fare", "1st ac fare of 12627", "last station of 12627", "seats on 2nd"],
)
def test_a_class_a_stop_or_a_date_is_no_pick(text: str) -> None:
    assert find(text, listed=True) is None


@pytest.mark.parametrize(
    ("text", "superlative"),
    [
        ("which one is faster", "fastest"),
        ("which train takes less time", "fastest"),
        ("kaun si tez hai", "fastest"),
        ("कौन सी तेज़ है", "fastest"),
        ("which one reaches earlier", "arrives"),
        ("which one gets in first", "arrives"),
        ("pehle kaun pahunchegi", "arrives"),
        ("kaun si jaldi pahunchti hai", "fastest"),
        ("कौन सी पहले पहुँचेगी", "arrives"),
        ("which is cheaper", "cheapest"),
        ("kaun si sasti hai", "cheapest"),
        ("kisme kiraya kam hai", "cheapest"),
        ("कौन सी सस्ती है", "cheapest"),
    ],
)
def test_a_comparison_of_a_list_on_screen_points_at_the_one_it_sets_apart(
    text: str, superlative: str
) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert pick.superlative == superlative


@pytest.mark.parametrize(
    "text", ["which one is faster", "pehle kaun pahunchegi", "kaun kab pahunchegi"]
)
def test_a_comparison_points_only_at_a_list_on_screen(text: str) -> None:
    assert find(text, listed=False) is None


def test_a_question_of_when_is_no_comparison() -> None:
    assert find("kaun kab pahunchegi", listed=True) is None
    assert find("which platform", listed=True) is None


@pytest.mark.parametrize(
    ("text", "clock", "rest"),
    [
        ("the 7:40 one", ((460, 460), (1180, 1180)), ""),  # morning or evening
        ("16:55 wali kab pahunchegi", ((1015, 1015),), "kab pahunchegi"),
        ("the one leaving at 8:15", ((495, 495), (1215, 1215)), ""),
        ("9 baje wali", ((525, 584), (1245, 1304)), ""),  # around nine
        ("shaam 7 baje wali", ((1125, 1184),), ""),
        ("the 9am train", ((525, 584),), ""),
        ("साढ़े सात वाली", ((450, 450), (1170, 1170)), ""),
        ("सुबह 9 बजे वाली कब पहुँचेगी", ((525, 584),), "कब पहुँचेगी"),
        ("paune aath wali", ((465, 465), (1185, 1185)), ""),
        ("12:15 wali", ((735, 735),), ""),
    ],
)
def test_a_train_of_a_list_is_pointed_at_by_its_time(
    text: str, clock: tuple[tuple[int, int], ...], rest: str
) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert (pick.clock, pick.rest, pick.number) == (clock, rest, 0)


@pytest.mark.parametrize(
    ("text", "froms"),
    [
        ("the one after 2 pm", ((840, 1440),)),
        ("first train after 17:00", ((1020, 1440),)),
        ("2 baje ke baad wali", ((120, 1440), (840, 1440))),  # 2 at night or in the afternoon
        ("shaam 5 baje ke baad ki train", ((1020, 1440),)),
        ("2 बजे के बाद वाली", ((120, 1440), (840, 1440))),
    ],
)
def test_a_train_of_a_list_is_pointed_at_as_the_first_after_a_time(
    text: str, froms: tuple[tuple[int, int], ...]
) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert (pick.after, pick.clock, pick.rest, pick.number) == (True, froms, "", 0)


def test_a_time_in_the_afternoon_is_after_noon() -> None:
    pick = find("the 2 pm one", listed=True)
    assert pick is not None
    assert pick.clock == ((825, 884),)  # around 14:00, not 02:00


@pytest.mark.parametrize(
    "text",
    ["2 wali", "do wali", "12002 wali", "trains after 6 pm", "after 6 pm", "6 baje ke baad"],
)
def test_a_number_without_a_time_is_no_time(text: str) -> None:
    pick = find(text, listed=True)
    assert pick is None or not pick.clock


def test_a_time_points_only_at_a_list_on_screen() -> None:
    assert find("the 7:40 one", listed=False) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [("पहिली वाली कब छूटत है", 1), ("pahili wali", 1), ("दूसर वाली", 2), ("तीसर वाला", 3)],
)
def test_a_place_in_the_list_said_in_bhojpuri_is_pointed_at(text: str, number: int) -> None:
    pick = find(text, listed=True)
    assert pick is not None and pick.number == number


@pytest.mark.parametrize(
    ("text", "superlative"),
    [
        ("the later one", "last"),
        ("ok the later one then", "last"),
        ("the earlier one", "first"),
        ("early wali", "first"),
        ("the quicker one", "fastest"),
        ("the faster train", "fastest"),
        ("the slower one", "slowest"),
        ("the cheaper one", "cheapest"),
        ("sasta wala", "cheapest"),
        ("sasti wali", "cheapest"),
        ("सस्ती वाली", "cheapest"),
        ("सस्ता वाला", "cheapest"),
    ],
)
def test_a_train_of_the_list_on_screen_is_picked_by_what_sets_it_apart(
    text: str, superlative: str
) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert pick.superlative == superlative


@pytest.mark.parametrize("text", ["the later one", "sasta wala", "the cheaper one"])
def test_what_sets_one_apart_picks_only_of_a_list_on_screen(text: str) -> None:
    assert find(text, listed=False) is None


@pytest.mark.parametrize("text", ["koi fast train hai", "cheap train", "early train to agra"])
def test_a_kind_of_train_is_no_pick_of_the_list(text: str) -> None:
    pick = find(text, listed=True)
    assert pick is None or pick.superlative not in ("fastest", "cheapest")


@pytest.mark.parametrize(
    ("text", "superlative"),
    [
        ("which one leaves later", "last"),
        ("which leaves earlier", "first"),
        ("kaun si baad me chalti hai", "last"),
        ("kaun pehle chalti hai", "first"),
        ("कौन सी पहले निकलती है", "first"),
        ("कौन सी बाद में चलती है", "last"),
        ("which one reaches earlier", "arrives"),
    ],
)
def test_which_leaves_earlier_or_later_is_asked_by_the_clock(text: str, superlative: str) -> None:
    pick = find(text, listed=True)
    assert pick is not None
    assert pick.superlative == superlative


@pytest.mark.parametrize(
    "text",
    ["toh kaunsi lu", "kaunsi lun", "kaun si le lu", "konsi lena chahiye", "kaunsi best rahegi",
     "kon si train le loon", "kaunsa le lein", "कौन सी ले लूँ", "which train should we take"],
)  # fmt: skip
def test_which_to_take_is_advice_whatever_its_hinglish(text: str) -> None:
    pick = find(text, listed=True)
    assert pick is not None and pick.superlative == "advised"


@pytest.mark.parametrize(
    "text",
    ["kaunsi class lu", "kaunsa phone lu", "10th ke baad kaunsa stream lu", "kaunsi bike lu"],
)
def test_which_other_thing_to_take_is_no_advice_of_a_train(text: str) -> None:
    pick = find(text, listed=True)
    assert pick is None or pick.superlative != "advised"
