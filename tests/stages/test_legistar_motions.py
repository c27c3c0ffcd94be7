"""Legistar's action minutes: "A motion was made by X, seconded by Y, that this <matter> be <action>. The motion
carried by the following vote:" then a roll call. The sentence Legistar writes for every action of thousands of US
city councils, county boards and commissions (seen in Huntsville, Malden, Albuquerque, and in the Legistar API's
own action texts); each case below is written here in that shape, with made-up names and matters."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

HEAD = "City of Example\nMeeting Minutes\nCity Council\n\n1. Business\n\n"
ROLL = "\nAye: 2 - Ortiz and Quinn\nNay: 1 - Stone\n"


def _read(sentence: str) -> dict:
    return parse_text(HEAD + sentence + ROLL, "legistar.txt")


@pytest.mark.parametrize("sentence, mover, seconder, result", [
    pytest.param("A motion was made by Councilmember Ortiz, seconded by Councilmember Quinn, that this Minutes be "
                 "Approved. The motion carried by the following vote:", "Ortiz", "Quinn", "carried", id="that-this-be"),
    pytest.param("A motion was made by Councillor Sica, seconded by Councillor Mehta, to grant the license. The motion "
                 "carried by the following vote:", "Sica", "Mehta", "carried", id="to-verb"),
    pytest.param("A motion was made by Councilor Lewis that this matter be Sent to Council with a recommendation of Be "
                 "Approved. The motion carried by the following vote:", "Lewis", None, "carried", id="no-seconder"),
    pytest.param("A motion was made by Director Latta, seconded by Director Moss, that this agenda item be APPROVED. "
                 "The motion failed by the following vote:", "Latta", "Moss", "lost", id="failed"),
    pytest.param("A motion was made by President Meredith, seconded by President Pro Tem Robinson, to approve the "
                 "Consent Agenda. The motion carried by the following vote:", "Meredith", "Robinson", "carried",
                 id="president-pro-tem"),
])
def test_a_legistar_motion_is_a_decision_with_its_movers(sentence: str, mover: str, seconder: str | None,
                                                          result: str) -> None:
    record = _read(sentence)
    assert [(m["moved_by"], m["seconded_by"], m["result"]) for m in record["motions"]] == [(mover, seconder, result)]
    (decision,) = record["decisions"]
    assert decision["text"].startswith("A motion was made by")
    assert (decision["moved_by"], decision["seconded_by"]) == (mover, seconder)
    assert [[(c["option"], c["value"]) for c in v["counts"]] for v in record["vote_events"]] == [[("yes", 2), ("no", 1)]]
    assert {s["name"] for s in record["speakers"]} == {mover, seconder} - {None}


def test_a_motion_with_no_mover_named_is_still_a_decision() -> None:
    """The Legistar API's action text often names no mover: "A motion was made that this agenda item be APPROVED"."""
    record = _read("A motion was made that this agenda item be APPROVED. The motion carried by the following vote:")
    assert [d["text"][:39] for d in record["decisions"]] == ["A motion was made that this agenda item"]
    assert record["speakers"] == []


@pytest.mark.parametrize("outcome, status", [
    pytest.param("The motion carried by the following vote:", "carried", id="carried"),
    pytest.param("The motion failed by the following vote:", "lost", id="failed"),
    pytest.param("The motion fails.", "lost", id="fails"),
    pytest.param("The motion did not pass.", "lost", id="did-not-pass"),
])
def test_the_outcome_sentence_gives_the_status_over_the_proposed_action(outcome: str, status: str) -> None:
    """"that this agenda item be APPROVED" is what was proposed; "The motion failed" is what happened."""
    record = _read("A motion was made by Director Latta, seconded by Director Moss, that this agenda item be "
                   f"APPROVED. {outcome}")
    assert [d["status"] for d in record["decisions"]] == [status]
