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
    pytest.param("Moved by Cllr Gray\nSeconded by Cllr Hunt\nThat the hall hire charge be waived.\n", "Gray", "Hunt",
                 id="label-lines-joined"),
    pytest.param("Proposed by: Councillor Mike Dolan\nSeconded by: Councillor E Rowe\n", "Mike Dolan", "E Rowe",
                 id="colon-label-lines-joined"),
    pytest.param("COUNCIL MEMBER MCNEIL MOVED, COUNCIL MEMBER O'HARA SECONDED, TO APPROVE THE BUDGET.\n",
                 "McNeil", "O'Hara", id="us-caps-mc"),
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


ITEMS = ("Minutes\n\nPresent: Cllr Ada Voss (Chair), Cllr Ben Lowe, Cllr Cal Ring, Cllr Dee Shaw\n\n"
         "12/01 Minutes of the last meeting\n\nProposed by Cllr Ben Lowe, seconded by Cllr Dee Shaw.\n\n"
         "RESOLVED: That the minutes of the meeting held on 3 May 2022 be approved.\n\n"
         "12/02 Allotment rents\n\n"
         "Cllr Cal Ring moved an amendment, seconded by Cllr Ben Lowe, that rents be frozen. The amendment was "
         "put to the vote and was LOST.\n\n"
         "The substantive motion, moved by the Chair and seconded by Cllr Dee Shaw, was then put to the vote.\n\n"
         "A show of hands was taken.\n\nThe Chair declared the motion carried.\n\n"
         "RESOLVED: That allotment rents rise by £5 a year from 1 October 2022.\n")


def test_lost_amendment_is_not_linked_to_another_items_resolution() -> None:
    doc = parse(ITEMS)
    amendment = next(m for m in doc.motions if m.classification == "amendment")
    assert amendment.result == "lost"
    linked = [d for d in doc.decisions if d.span == amendment.decision]
    assert [d.text for d in linked if d.kind != "motion"] == []  # never the minutes resolution of 12/01


def test_substantive_motion_after_an_amendment() -> None:
    doc = parse(ITEMS)
    substantive = doc.motions[-1]
    assert substantive.classification == "motion"
    assert (substantive.moved_by, substantive.moved_by_role, substantive.seconded_by) == ("Ada Voss", "Chair",
                                                                                         "Dee Shaw")
    assert substantive.text == "That allotment rents rise by £5 a year from 1 October 2022."
    (decision,) = [d for d in doc.decisions if d.span == substantive.decision]
    assert (decision.moved_by, decision.seconded_by) == ("Ada Voss", "Dee Shaw")


def test_next_paragraph_is_not_the_words_when_the_sentence_goes_on() -> None:
    doc = parse("Minutes\n\nThe motion, moved by Cllr Eve Hart and seconded by Cllr Fay Ives, was then put to the "
                "vote.\n\nA recorded vote was taken which resulted as follows:\n")
    (motion,) = doc.motions
    assert "recorded vote" not in motion.text
    assert motion.text.startswith("The motion, moved by Cllr Eve Hart")


@pytest.mark.parametrize("text, words, status", [
    # GUIDE: a motion carried or lost is a decision; with no RESOLVED recording it, its text is the
    # sentence that states it, with the outcome when the outcome closes it on a short line.
    pytest.param("COUNCIL MEMBER OWENS MOVED, COUNCIL MEMBER PRICE SECONDED, TO ADOPT THE BUDGET.\nMotion carried.",
                 "COUNCIL MEMBER OWENS MOVED, COUNCIL MEMBER PRICE SECONDED, TO ADOPT THE BUDGET. Motion carried.",
                 "carried", id="us-caps-carried"),
    pytest.param("It was moved by Councillor Kerr, seconded by Councillor Lane, that the item be deferred. "
                 "The motion was lost.", "It was moved by Councillor Kerr, seconded by Councillor Lane, that the item "
                 "be deferred. The motion was lost.", "lost", id="moved-that-lost"),
    pytest.param("Moved by Cllr Gray\n\nSeconded by Cllr Hunt\n\nThat the hall hire charge be waived.\n\nCARRIED",
                 "That the hall hire charge be waived.", "carried",
                 id="label-lines-carried"),
])
def test_motion_with_a_result_is_a_decision(text: str, words: str, status: str) -> None:
    doc = parse("Minutes\n\n4. Budget\n\n" + text + "\n")
    (decision,) = doc.decisions
    (motion,) = doc.motions
    assert (decision.kind, decision.text, decision.status) == ("motion", words, status)
    assert (decision.moved_by, decision.seconded_by) == (motion.moved_by, motion.seconded_by)
    assert decision.span == motion.decision
    assert " ".join(doc.text[decision.span.start:decision.span.end].split()) == decision.text


@pytest.mark.parametrize("text", [
    pytest.param("It was moved by Councillor Kerr, seconded by Councillor Lane, that the item be deferred.",
                 id="no-result"),
    pytest.param("Proposed by Cllr Cole, seconded by Cllr Dunne.\n\nRESOLVED: That the minutes be adopted.\n\n"
                 "Carried.", id="resolution-already-found"),
    pytest.param("Cllr Ames proposed the report be noted, seconded by Cllr Birch. Carried.", id="no-words"),
])
def test_no_motion_decision(text: str) -> None:
    doc = parse("Minutes\n\n" + text + "\n")
    assert [d.text for d in doc.decisions if d.kind == "motion"] == []


def test_a_motion_that_is_its_own_decision_keeps_its_id_in_the_vote() -> None:
    """The motion and the decision it is share a span; the vote still names the motion by a motion id."""
    from minutes_cli.api import parse_text

    record = parse_text("Minutes\n\nBoard member Ames motioned to approve Item 4-A as recommended, Board member "
                        "Birch seconded, 4-0 Motion carries\n", "t.txt")
    (vote,) = record["vote_events"]
    (motion,) = record["motions"]
    assert vote["motion"] == motion["id"] and vote["motion"].startswith("mot-")
    assert record["decisions"][0]["text"].startswith("Board member Ames motioned")
