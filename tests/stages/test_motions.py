"""Motions and amendments: mover, seconder (names or offices), words, outcome, decision link."""

from __future__ import annotations

import pytest

from ._helpers import parse


@pytest.mark.parametrize("text, moved, seconded", [
    pytest.param("Moved by Councillor A. Ames\nSeconded by Councillor B. Birch\nTHAT the report be received.\n",
                 "A. Ames", "B. Birch", id="label-lines"),
    pytest.param("Proposed by: Cllr Cole; Seconded by: Cllr Dunne;\nAnd Resolved: That the minutes be adopted.\n",
                 "Cole", "Dunne", id="proposed-colon"),
    pytest.param("RESOLUTION: That the minutes be confirmed. MOVED: Cr Egan SECONDED: Cr Fahy CARRIED\n",
                 "Egan", "Fahy", id="moved-caps-after"),
    pytest.param("Cllr Gill MOVED, Cllr Hale SECONDED and it was RESOLVED to note the report.\n",
                 "Gill", "Hale", id="subject-first-caps"),
    pytest.param("Mrs Ives proposed the minutes be adopted, seconded by Mr Joyce.\n", "Ives", "Joyce",
                 id="proposed-seconded-by"),
    pytest.param("It was moved by Councillor Kerr, seconded by Councillor Lane, that the item be deferred.\n",
                 "Kerr", "Lane", id="it-was-moved"),
    pytest.param("Moved by:Councillor S. Moss\nSeconded by:Councillor K. Nash\nTHAT the agenda be approved.\n",
                 "S. Moss", "K. Nash", id="no-space-after-colon"),
    pytest.param("COUNCIL MEMBER OWENS MOVED, COUNCIL MEMBER PRICE SECONDED, TO APPROVE THE BUDGET.\n",
                 "Owens", "Price", id="us-caps"),
])
def test_mover_and_seconder(text: str, moved: str, seconded: str) -> None:
    doc = parse("Minutes\n" + text)
    (motion,) = doc.motions
    assert (motion.moved_by, motion.seconded_by) == (moved, seconded)
    assert moved.upper() in doc.text[motion.evidence["moved_by"].start:motion.evidence["moved_by"].end].upper()


def test_office_as_mover_keeps_its_role() -> None:
    doc = parse("Minutes\nIt was proposed by the Portfolio Holder for Finance, seconded by Councillor Rudd, that "
                "the budget be approved.\n")
    (motion,) = doc.motions
    assert (motion.moved_by, motion.moved_by_role, motion.seconded_by) == (None, "Portfolio Holder for Finance", "Rudd")


@pytest.mark.parametrize("outcome, result", [
    pytest.param("The amendment was put to the vote and was LOST.", "lost", id="lost"),
    pytest.param("The amendment was carried.", "carried", id="carried"),
    pytest.param("The amendment was withdrawn.", "withdrawn", id="withdrawn"),
    pytest.param("The amendment was accepted by the mover.", "accepted", id="accepted"),
    pytest.param("The Mayor declared the Amendment defeated.", "lost", id="defeated"),
])
def test_amendment_outcomes(outcome: str, result: str) -> None:
    doc = parse("Minutes\n5. Parking\nCouncillor Ames moved an amendment, seconded by Councillor Birch, that the "
                "charges be frozen.\n" + outcome + "\n")
    (motion,) = doc.motions
    assert motion.classification == "amendment"
    assert motion.text == "that the charges be frozen."
    assert motion.result == result


def test_motion_fills_the_decision_it_produced() -> None:
    doc = parse("Minutes\n\nProposed by Councillor Cole;\n\nSeconded by Councillor Dunne;\n\n"
                "RESOLVED: That the draft Minutes be adopted.\n")
    (decision,) = doc.decisions
    assert (decision.moved_by, decision.seconded_by) == ("Cole", "Dunne")
    (motion,) = doc.motions
    assert motion.decision == decision.span
    assert motion.text == "That the draft Minutes be adopted."


def test_no_motion_without_a_mover() -> None:
    assert parse("Minutes\nThe report was noted. Members moved on to item 6.\n").motions == []
