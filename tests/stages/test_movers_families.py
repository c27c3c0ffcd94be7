"""Movers, seconders and outcomes as each tradition writes them, read with no settings.

Every case is written here in its own words, modelled on a shape real papers take (the council and
country whose papers show the shape are named in the case's id); none is copied from a paper.
"""

from __future__ import annotations

import pytest

from minutes_cli.document import Document

from ._helpers import parse

HEAD = "Minutes of the Ordinary Meeting of Council\n\n4. Business\n\n"


def _read(text: str) -> Document:
    return parse(HEAD + text)


def _motions(doc: Document) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.moved_by, m.seconded_by, m.result) for m in doc.motions]


# -- a pair named together: the first moved, the second seconded ------------------------------------
@pytest.mark.parametrize("text, expected", [
    pytest.param("On the Motion of Councillors P Lamb and R Teague That the Minutes of the previous meeting be "
                 "confirmed as a true record.\nCARRIED\n", [("P Lamb", "R Teague", "carried")],
                 id="wagga-nsw-plural-honorific-one-line"),
    pytest.param("On the Motion of Councillors G Ives and H Moss\nThat Council receive the report on the skate "
                 "park upgrade.\nCARRIED\n", [("G Ives", "H Moss", "carried")], id="wagga-nsw-plural-honorific-lines"),
    pytest.param("RESOLVED on the motion of Councillors Karp and Gould that the apology be accepted.\n",
                 [("Karp", "Gould", "carried")], id="lane-cove-nsw-resolved-on-the-motion-of-councillors"),
    pytest.param("Moved Crs Walsh and Doyle that the footpath works be brought forward.\nCarried\n",
                 [("Walsh", "Doyle", "carried")], id="moved-plural-short-honorific"),
    pytest.param("Moved by Cllr Ann Roe and Cllr Bob Poe that the hall fees stay as they are.\nAgreed.\n",
                 [("Ann Roe", "Bob Poe", "carried")], id="moved-by-two-honorifics"),
    pytest.param("Iris Kemp and Owen Platt moved that the pool be closed for the winter and after a long "
                 "debate the motion was carried.\n", [("Iris Kemp", "Owen Platt", "carried")], id="goyder-sa-subject-pair"),
])
def test_a_pair_names_mover_then_seconder(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _motions(_read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # joint movers, then their seconder: the pair is not mover and seconder
    pytest.param("It was proposed by Councillor Ahern and Councillor Brophy, seconded by Councillor Casey, that "
                 "the roads programme be adopted.\n", ("Ahern", "Casey"), id="limerick-joint-proposers"),
    pytest.param("**Proposed: Councillor Dunne and Egan**\n\n**Seconded: Councillor Fogarty**\n\nThat the "
                 "minutes be adopted.\n", ("Dunne", "Fogarty"), id="limerick-joint-proposers-labels"),
    # "and" then a label: a mover and a seconder, not a pair
    pytest.param("This was proposed by Cllr Gail Hart and Seconded by Cllr Ian Jones, all were in favour.\n",
                 ("Gail Hart", "Ian Jones"), id="stoke-ferry-and-seconded"),
])
def test_not_a_pair(text: str, expected: tuple[str, str]) -> None:
    (motion,) = _read(text).motions
    assert (motion.moved_by, motion.seconded_by) == expected


def test_a_name_before_and_is_not_a_mover_mid_sentence() -> None:
    """ "the work done by Cuan Mhuire and Councillor X proposed", "an application from Mrs A and B. C proposed":
    the pair does not open the sentence, so only the name before the verb moved."""
    doc = _read("Members praised the work done by Cuan Mhuire and Councillor Lena Quill proposed a motion that "
                "the Minister be written to.\n")
    assert [(m.moved_by, m.seconded_by) for m in doc.motions] == [("Lena Quill", None)]
    doc = _read("Co-option: there was one application from Mrs. D. Park and R. Lyle proposed and T. Hope seconded "
                "that Mrs. Park be co-opted.\n")
    assert not [m for m in doc.motions if m.moved_by == "D. Park"]
    doc = _read("Kerry County and Town Council proposed to lower the limit.\n")
    assert [(m.moved_by, m.seconded_by) for m in doc.motions] == []


def test_an_outcome_inside_the_words_names_its_motion() -> None:
    doc = _read("Councillor Vera Nash moved that the depot be sold and after some discussion the motion was lost.\n")
    assert _motions(doc) == [("Vera Nash", None, "lost")]
    doc = _read("Councillor Vera Nash moved that the depot plan be approved, seconded by Councillor Tom Ives.\n")
    assert _motions(doc) == [("Vera Nash", "Tom Ives", None)]  # "be approved": the words, not an outcome


@pytest.mark.parametrize("text, expected", [
    pytest.param("The Committee proposed that street lighting be installed.\n", [], id="a-body-is-no-mover"),
    pytest.param("This was proposed by JW, seconded by FL and approved unanimously.\n", [], id="initials-only"),
    pytest.param("Councillor Ames proposed that the land be rezoned. Councillor Keane agreed to second Councillor "
                 "Ames proposal.\n", [("Ames", None, None)], id="limerick-agreed-to-second"),
])
def test_near_misses(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _motions(_read(text)) == expected


def test_an_office_keeps_the_body_it_ends_in() -> None:
    """ "proposed by the Chief Executive": the office is the Chief Executive, not "the Chief" (a body
    cuts only a name that ran into the words after it)."""
    (motion,) = _read("The Members noted the budget as proposed by the Chief Executive.\n").motions
    assert motion.moved_by_role == "Chief Executive"


def test_the_pair_is_evidenced_name_by_name() -> None:
    doc = _read("On the Motion of Councillors P Lamb and R Teague That the report be received.\nCARRIED\n")
    (motion,) = doc.motions
    assert motion.evidence["moved_by"].text(doc).endswith("P Lamb")
    assert motion.evidence["seconded_by"].text(doc) == "R Teague"
    (decision,) = doc.decisions
    assert decision.text == "That the report be received."


# -- labels joined on one line: the name ends at the next label ------------------------------------
@pytest.mark.parametrize("text, expected", [
    pytest.param("Moved Cr Barnes Seconded Cr Vale\nThat the library opening hours be extended.\nCARRIED\n",
                 ("Barnes", "Vale", "That the library opening hours be extended."), id="australia-moved-cr-one-line"),
    pytest.param("Moved Cr J Hill Seconded Cr P Brown\nThat Council note the report.\nCARRIED\n",
                 ("J Hill", "P Brown", "That Council note the report."), id="australia-initials-one-line"),
    pytest.param("RESOLUTION 12/2019 Moved: Cr Dana Pike Seconded: Cr Lou Grant Council adjourn for the Open Forum.\n",
                 ("Dana Pike", "Lou Grant", "Council adjourn for the Open Forum."), id="cootamundra-nsw-labels-colon"),
])
def test_joined_labels(text: str, expected: tuple[str, str, str]) -> None:
    doc = _read(text)
    (motion,) = doc.motions
    assert (motion.moved_by, motion.seconded_by) == expected[:2]
    assert [d.text for d in doc.decisions] == [expected[2]]


# -- a resolution's number before the movers: neither the mover's nor the decision's -----------------
@pytest.mark.parametrize("text, mover, seconder, words", [
    pytest.param("Resolution #C-118-97 Moved by Councillor Pratt, seconded by Councillor Lowe THAT the minutes of "
                 "the last meeting be approved.\n\"CARRIED\"\n", "Pratt", "Lowe",
                 "THAT the minutes of the last meeting be approved.", id="clarington-on-number-one-line"),
    pytest.param("Resolution #C-119-97\nMoved by Councillor Novak, seconded by Councillor Lowe\nTHAT the "
                 "correspondence be received for information.\nCARRIED\n", "Novak", "Lowe",
                 "THAT the correspondence be received for information.", id="clarington-on-number-above"),
    pytest.param("Motion No. C150101-3\nMoved by Vance, Seconded by Dodd\nBe it resolved that the agenda be "
                 "received and adopted.\nCarried.\n", "Vance", "Dodd",
                 "Be it resolved that the agenda be received and adopted.", id="oro-medonte-on-motion-number"),
    pytest.param("2021/044\nResolved (Cr Kim Amos / Cr Rae Cole)\nThat the minutes of the last meeting be "
                 "confirmed.\nCarried\n", "Kim Amos", "Rae Cole", "That the minutes of the last meeting be confirmed.",
                 id="coffs-harbour-nsw-number-resolved"),
    pytest.param("On motion of Councillor Knox\nSeconded by Councillor Vail\nRESOLVED that the minutes of the "
                 "meeting be approved.\nQuestion being taken, the motion was carried.\n", "Knox", "Vail",
                 "that the minutes of the meeting be approved.", id="saint-john-nb-on-motion-of"),
])
def test_a_number_before_the_movers(text: str, mover: str, seconder: str, words: str) -> None:
    doc = _read(text)
    (motion,) = doc.motions
    assert (motion.moved_by, motion.seconded_by, motion.result) == (mover, seconder, "carried")
    assert [d.text for d in doc.decisions] == [words]
    assert "#" not in motion.evidence["moved_by"].text(doc) and "No." not in motion.evidence["moved_by"].text(doc)


# -- US forms: the movers' sentence is the decision ------------------------------------------------
@pytest.mark.parametrize("text, expected, opens", [
    pytest.param("Motion by Councilmember Ortega, seconded by Mayor Pro Tem Dale, to approve the settlement "
                 "agreement. The motion was approved by the following vote: AYES: Councilmembers Ortega, Dale "
                 "NOES: None\n", ("Ortega", "Dale", "carried"), "Motion by Councilmember Ortega",
                 id="santa-monica-ca-motion-by"),
    pytest.param("It was MOVED by Frey, seconded by Burke, to adopt Item A. Unanimously carried by voice vote.\n",
                 ("Frey", "Burke", "carried"), "It was MOVED by Frey", id="yakima-wa-it-was-moved"),
    pytest.param("Councilmember Lind-Avery moved and Councilmember Roy seconded to close the open forum.\n"
                 "Motion passed unanimously.\n", ("Lind-Avery", "Roy", "carried"), "Councilmember Lind-Avery moved",
                 id="brooklyn-center-mn-moved-and-seconded"),
    pytest.param("Commissioner Mead made a motion to approve the agenda as presented. Commissioner Fane seconded "
                 "the motion. All voted aye. The motion is approved.\n", ("Mead", "Fane", "carried"),
                 "Commissioner Mead made a motion", id="morgan-county-il-made-a-motion"),
])
def test_us_forms(text: str, expected: tuple[str, str, str], opens: str) -> None:
    doc = _read(text)
    assert _motions(doc)[:1] == [expected]
    assert doc.decisions[0].text.startswith(opens)


# -- UK and Irish prose: the outcome joined to the movers -------------------------------------------
@pytest.mark.parametrize("text, expected, words", [
    pytest.param("Proposed by Cllr Nora Byrne, Seconded by Cllr Sean Kelly, and agreed that the tree plan be "
                 "adopted.\n", ("Nora Byrne", "Sean Kelly", "carried"), "that the tree plan be adopted.",
                 id="ireland-proposed-seconded-agreed"),
    pytest.param("It was moved by Councillor Mona Gibb, seconded by Councillor Rhys Brook and\n\nResolved that the "
                 "exempt minutes be received.\n", ("Mona Gibb", "Rhys Brook", "carried"),
                 "that the exempt minutes be received.", id="surrey-heath-uk-moved-seconded-and-resolved",
                 marks=pytest.mark.xfail(strict=True, reason="a block opening 'Resolved that' (title case, no "
                                         "colon) keeps its cue word in the decision text")),
    pytest.param("Proposed by Councillor M. Lyne\nSeconded by Councillor M. Flood\nAND AGREED\n\u201cTo confirm the "
                 "minutes of the Budget Meeting.\u201d\n", ("M. Lyne", "M. Flood", "carried"),
                 "\u201cto confirm the minutes of the budget meeting.\u201d", id="sligo-ie-and-agreed-below"),
    pytest.param("It was proposed by Councillor J. Gill, seconded by Councillor S. Nic Cormaic, and RESOLVED\n\n"
                 "\u201cThat the minutes be ADOPTED and APPROVED.\u201d\n", ("J. Gill", "S. Nic Cormaic", "carried"),
                 "\u201cthat the minutes be adopted and approved.\u201d", id="dun-laoghaire-ie-nic-surname"),
    pytest.param("Proposed by Cllr Ann Roe, seconded by Cllr Bob Poe, and resolved that the park lighting be "
                 "upgraded.\n", ("Ann Roe", "Bob Poe", "carried"), "that the park lighting be upgraded.",
                 id="uk-proposed-seconded-resolved"),
])
def test_uk_and_irish_prose(text: str, expected: tuple[str, str, str], words: str) -> None:
    doc = _read(text)
    assert _motions(doc) == [expected]
    assert [d.text.lower() for d in doc.decisions] == [words]


# -- record lines: a slash pair or labelled bare names ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    pytest.param("I. MOTION:HOLT/REYES The minutes of the March meeting were approved unanimously 6-0\n",
                 [("Holt", "Reyes", "carried")], id="fayetteville-ar-motion-caps-slash"),
    pytest.param("Moved/Seconded: Grant/Hale\nTo approve the budget amendment.\nMotion carried 5-0.\n",
                 [("Grant", "Hale", "carried")], id="moved-seconded-slash"),
    pytest.param("Motion: (Porter/McKenzie OAM)\nTHAT Council note the disclosure of interest.\nMotion Carried\n",
                 [("Porter", "McKenzie", "carried")], id="inner-west-nsw-motion-bracketed-slash"),
    pytest.param("M/S Ortiz/Lee to approve the consent calendar. Motion carried 4-0.\n",
                 [("Ortiz", "Lee", "carried")], id="m-s-slash"),
    pytest.param("MOTION: Jones  SECOND: Smith  VOTE: 5-0\nTo approve the audit engagement letter.\n",
                 [("Jones", "Smith", None)], id="motion-second-vote-labels"),
])
def test_record_lines(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _motions(_read(text)) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Motion: Approve the budget as presented.\n", id="motion-label-then-words"),
    pytest.param("The Moved/Seconded column was left blank.\n", id="label-with-no-names"),
    pytest.param("Motion: Adopt/Amend the policy. Second: none.\n", id="slash-between-verbs"),
])
def test_record_line_near_misses(text: str) -> None:
    assert _read(text).motions == []
