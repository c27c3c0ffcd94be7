"""Decision cues: block labels, in-block phrases, lost headings, motions and prose outcomes."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

MINUTES = "MINUTES OF THE PLANNING COMMITTEE\n\nPRESENT: Councillors A, B and C\n\n"


def _decisions(body: str, head: str = MINUTES) -> list[dict]:
    return parse_text(head + body)["decisions"]


@pytest.mark.parametrize(("body", "text", "items"), [
    pytest.param("RESOLVED: That the report be noted.\n", "That the report be noted.", 0, id="resolved-colon"),
    pytest.param("It was RESOLVED that the plan be welcomed and the comments noted.\n",
                 "that the plan be welcomed and the comments noted.", 0, id="it-was-resolved-that"),
    pytest.param("4. It was RESOLVED that the plan be adopted.\n", "that the plan be adopted.", 0,
                 id="it-was-resolved-in-numbered-paragraph"),
    pytest.param("Following consideration of the exempt report of the Director, it was RESOLVED:\n\n"
                 "1. To note the content of the report; and\n\n2. To receive a further report in March.\n",
                 "1. To note the content of the report; and 2. To receive a further report in March.", 2,
                 id="it-was-resolved-at-end-of-paragraph-then-list"),
    pytest.param("Council resolved to approve the minutes of the meeting held on 3 May 2011.\n",  # prose keeps its subject
                 "Council resolved to approve the minutes of the meeting held on 3 May 2011.", 0,
                 id="body-resolved-lower-case"),
    pytest.param("RESOLVED\n\nThat Council be recommended to adopt the following rule:\n\n"
                 "\u201cA recorded vote will be taken when two Members ask for one.\u201d\n",
                 "That Council be recommended to adopt the following rule: \u201cA recorded vote will be "
                 "taken when two Members ask for one.\u201d", 0, id="resolved-heading-colon-then-quote"),
    pytest.param("Decision: Cabinet NOTED that this item had been deferred to September. Minutes: Cabinet "
                 "NOTED the deferral. |\n", "Cabinet NOTED that this item had been deferred to September.", 0,
                 id="inline-decision-label-stops-at-minutes-twin"),
    pytest.param("Cllr Bell MOVED, Cllr Roe SECONDED and it was RESOLVED to: 1. Note the outcome 2. Agree the "
                 "priorities\n", "1. Note the outcome 2. Agree the priorities", 2,
                 id="moved-seconded-resolved-inline-numbers"),
    pytest.param("7. RESOLVED that the tree survey be commissioned.\n", "that the tree survey be commissioned.", 0,
                 id="resolved-in-numbered-paragraph"),
    pytest.param("12) RESOLVED that the Council:\n\n(1) Adopts the parking plan\n\n(2) Notes the risks to income\n\n"
                 "13) Any Other Business\n", "that the Council: (1) Adopts the parking plan (2) Notes the risks to "
                 "income", 2, id="numbered-resolution-stops-at-next-paragraph-number"),
    pytest.param("3. RESOLVED that the Board agree to:\n\nA) Note the grant of £2m.\n\nb) Approve the bid.\n\n"
                 "c) Delegate the award to the Director\n\n41. Highways Maintenance Programme for the coming year\n",
                 "that the Board agree to: A) Note the grant of £2m. b) Approve the bid. c) Delegate the award to "
                 "the Director", 3, id="capital-first-letter-then-heading-number"),
    pytest.param("RESOLVED:\n\n(a) the hall be let;\n\n(i) on Mondays;\n\n(ii) on Fridays;\n\n(b) the fee be £10.\n",
                 "(a) the hall be let; (i) on Mondays; (ii) on Fridays; (b) the fee be £10.", 2,
                 id="nested-numerals-inside-letters"),
    pytest.param("RESOLVED:\n\n(g) the bins be moved;\n\n(h) the hedge be cut;\n\n(i) the gate be mended; and\n\n"
                 "(j) the clerk write to the owner.\n", "(g) the bins be moved; (h) the hedge be cut; (i) the gate "
                 "be mended; and (j) the clerk write to the owner.", 4, id="letter-i-between-h-and-j"),
    pytest.param("Proposed by: Councillor A Roe\n\nSeconded by: Councillor B Lee\n\nAnd Resolved:\n\n"
                 "\u201cThat the draft minutes be adopted and signed.\u201d\n\n2. Correspondence:\n\n"
                 "The clerk read a letter from the school.\n",
                 "\u201cThat the draft minutes be adopted and signed.\u201d", 0,
                 id="and-resolved-then-quote-stops-at-next-numbered-heading"),
])
def test_cues(body: str, text: str, items: int) -> None:
    found = _decisions(body)
    assert [d["text"] for d in found] == [text]
    assert len(found[0]["items"]) == items


def test_collapsed_text_has_one_decision_per_resolution() -> None:
    body = ("CONSIDERATION OF MINUTES RESOLUTION: That the Minutes of the meeting held on 19 April 2017 be "
            "confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED 5/0 REPORTS RESOLUTION: That Council "
            "adopts the policy. MOVED: Cr Bethel SECONDED: Cr Barnes CARRIED 5/0\n")
    assert [d["text"] for d in _decisions(body)] == [
        "That the Minutes of the meeting held on 19 April 2017 be confirmed.", "That Council adopts the policy."]


@pytest.mark.parametrize(("body", "text", "items"), [
    pytest.param("Decision Maker: Cabinet\n\nDecision status: Recommendations Approved\n\n"
                 "That approval be given to the adoption of the Playable Spaces Strategy.\n\n"
                 "Report author: A Person\n", "That approval be given to the adoption of the Playable Spaces "
                 "Strategy.", 0, id="that-paragraph-without-heading"),
    pytest.param("Decision Maker: Cabinet\n\n1. That the recommendations of the task group are approved.\n\n"
                 "2. That a task group be set up;\n\nTo ensure the Cabinet is briefed.\n",
                 "1. That the recommendations of the task group are approved. 2. That a task group be set up;", 2,
                 id="numbered-that-list-without-heading"),
    pytest.param("A. That Council agreed the arrangements for six months B. That Council agreed the amendment\n",
                 "A. That Council agreed the arrangements for six months B. That Council agreed the amendment", 2,
                 id="capital-letter-items-inline"),
    pytest.param("Moved by Councillor M. van Holst\n\nSeconded by Councillor J. Helmer\n\nApprove that the order "
                 "of business be changed.\n\nMotion Passed\n", "Approve that the order of business be changed.", 0,
                 id="motion-text-after-seconder"),
    pytest.param("Motion to refuse the application on the grounds of its scale.\n\nMotion status: Carried\n",
                 "Motion to refuse the application on the grounds of its scale.", 0, id="motion-to-block"),
    pytest.param("Moved by Councillor A. Roe\n\nSeconded by Councillor B. Lee\n\nReceive the petition\n",
                 "Receive the petition", 0, id="short-motion-after-seconder"),
])
def test_decisions_without_a_cue_word(body: str, text: str, items: int) -> None:
    found = _decisions(body)
    assert [d["text"] for d in found] == [text]
    assert len(found[0]["items"]) == items


@pytest.mark.parametrize(("body", "text"), [
    pytest.param("Minutes: The Minutes of the meeting of 26 September 2019 were signed and agreed as a correct "
                 "record.\n", "The Minutes of the meeting of 26 September 2019 were signed and agreed as a correct "
                 "record.", id="minutes-signed-as-correct-record"),
    pytest.param("MINUTES read and signed as a true record.\n", "MINUTES read and signed as a true record.",
                 id="minutes-read-and-signed"),
    pytest.param("With no further comments, the minutes of the joint committee were duly NOTED.\n",
                 "With no further comments, the minutes of the joint committee were duly NOTED.",
                 id="capitals-outcome-in-sentence"),
    pytest.param("The report on recycling was discussed. The proposals were APPROVED.\n",
                 "The proposals were APPROVED.", id="capitals-outcome-second-sentence"),
    pytest.param("Mr Precey proposed adoption of the accounts seconded by Mr Ferrie.\n",
                 "Mr Precey proposed adoption of the accounts seconded by Mr Ferrie.", id="proposed-seconded-by"),
    pytest.param("2. Village sign. Decided it was not worth repairing. Quotes to be obtained.\n",
                 "Decided it was not worth repairing. Quotes to be obtained.", id="sentence-opens-decided"),
    pytest.param("The meeting discussed the hall. It was agreed that the clerk would write to the owner.\n",
                 "that the clerk would write to the owner.", id="it-was-agreed-that-mid-paragraph"),
    pytest.param("Minutes: The minutes of the last meeting were agreed as a correct record. | ||||\n",
                 "The minutes of the last meeting were agreed as a correct record.", id="table-pipes-trimmed"),
    pytest.param("Youth club - asking for a grant. It was agreed the Council would give £50.\n",
                 "the Council would give £50.", id="it-was-agreed-the-council"),
    pytest.param("The tree survey was discussed. The new standing orders were read and agreed.\n",
                 "The new standing orders were read and agreed.", id="sentence-ends-were-read-and-agreed"),
])
def test_prose_outcomes(body: str, text: str) -> None:
    assert [d["text"] for d in _decisions(body)] == [text]


def test_quoted_motion_and_amendment_after_proposed_and_seconded() -> None:
    body = ("4) Ms Dale proposed, and Mr Eve seconded the motion that\n\n\u201cCouncil is asked to:\n\n"
            "(1) Note the review of bus routes\n\n(2) Agree the consultation\u201d\n\n"
            "5) Mr Ash spoke against the consultation and the cost of it.\n\n"
            "6) Mr Ash proposed and Ms Fry seconded the following amendment to the motion:\n\n"
            "\u201cCouncil is asked to:\n\n(1) Note the review of bus routes\n\n(2) Agree the consultation\n\n"
            "(2) Ask for a report on fares in the spring.\u201d\n\nAmendment lost.\n")
    found = _decisions(body)
    assert [(d["kind"], len(d["items"])) for d in found] == [("motion", 2), ("motion", 3)]
    assert found[1]["text"].endswith("(2) Ask for a report on fares in the spring.\u201d")
    assert found[1]["status"] == "lost"


def test_short_resolutions_differing_by_a_word_are_both_kept() -> None:
    body = ("4. RESOLVED that the update be noted.\n\nItem 5 Youth Forum\n\n"
            "6. RESOLVED that the forum update be noted.\n")
    assert [d["text"] for d in _decisions(body)] == ["that the update be noted.", "that the forum update be noted."]


def test_approved_by_own_council_only() -> None:
    head = "Minutes of the Smallville Parish Council Meeting\n\nPRESENT Mr A, Mr B\n\nPLANNING\n\n"
    body = ("1. Brooks, High St. Extension. Agreed by Borough Council.\n\n"
            "2. Parker, Mill Rd. Amended logo. Approved by Parish Council.\n")
    assert [d["text"] for d in _decisions(body, head)] == ["Parker, Mill Rd. Amended logo. Approved by Parish Council."]


@pytest.mark.parametrize("body", [
    pytest.param("To approve as a correct record the Minutes of the meeting held on 3 May.\n", id="agenda-wording"),
    pytest.param("Decision: None Minutes: None. |\n", id="decision-none"),
    pytest.param("Decision: An apology for lateness was received from Councillor Farah.\n", id="apology"),
    pytest.param("Decided at meeting: 16/01/2017 - Cabinet\n", id="decided-at-label"),
    pytest.param("That said, the hall needs repairs before winter.\n", id="that-said"),
    pytest.param("The report was formally moved by Councillor Byers and seconded by Councillor Allison.\n",
                 id="moved-and-seconded-is-not-the-outcome"),
    pytest.param("Consultation would follow once the plan had been approved by the Council.\n", id="hypothetical"),
    pytest.param("5. Decision of the Licensing Panel\n\nThe panel met in May to consider the licences.\n",
                 id="numbered-heading-decision-of"),
    pytest.param("3. Agreed\n\nThe hall roof was inspected on Tuesday by the surveyor.\n", id="numbered-agreed-heading"),
    pytest.param("3. Minutes of the meeting held on 2 May and, if in order, to be approved as a correct record\n",
                 id="agenda-minutes-if-in-order"),
    pytest.param("Agreed unanimously.\n", id="bare-agreed-unanimously"),
    pytest.param("Title of Decision: Library Opening Hours Review\n\nThe report was presented by the officer.\n",
                 id="title-of-decision-label"),
    pytest.param("8) The Chairman put the amendment in paragraph 6 to the vote and it was agreed.\n",
                 id="vote-outcome-it-was-agreed"),
    pytest.param("The hall lease would be renewed when the rent was agreed.\n", id="when-rent-was-agreed"),
])
def test_not_decisions(body: str) -> None:
    assert _decisions(body) == []


def test_text_equals_text_at_span() -> None:
    text = MINUTES + "RESOLVED: That\n\n(1) the report be noted; and\n\n(2) the plan be approved.\n"
    rec = parse_text(text)
    from minutes_cli.api import parse_document

    doc = parse_document((text).encode(), "<t>")
    for d in rec["decisions"]:
        s, e = d["span"]
        assert d["text"] == " ".join(doc.text[s:e].split())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meeting: Cabinet\nKey Decision: Yes\nStatus: Public\n", id="key-decision-field"),
        pytest.param("Decision Maker: Cabinet\nDecision status: Recommendations Approved\n", id="decision-status-field"),
        pytest.param("Decision type: Key\nDecision due: 14 Dec 2023\n", id="issue-fields"),
    ],
)
def test_labelled_metadata_lines_are_not_decisions(text: str) -> None:
    assert parse_text(text)["decisions"] == []


def test_mover_line_before_a_resolution_is_not_a_decision_of_its_own() -> None:
    text = ("Minutes\n\n5. Minutes of the last meeting\n\nProposed by Cllr Ruth Oakes, seconded by Cllr Sam Kemp.\n\n"
            "RESOLVED: That the minutes of the meeting held on 14 February 2023 be approved.\n")
    decisions = parse_text(text)["decisions"]
    assert [d["text"] for d in decisions] == [
        "That the minutes of the meeting held on 14 February 2023 be approved."]


def test_a_proposal_with_no_resolution_after_it_is_still_an_outcome() -> None:
    text = ("Minutes\n\n5. Hall hire\n\nMr Lane proposed that hall hire charges rise by 5% seconded by Mrs Cole.\n\n"
            "6. Any other business\n\nNone.\n")
    assert len(parse_text(text)["decisions"]) == 1


def test_a_proposal_with_content_before_a_resolution_is_kept() -> None:
    text = ("Minutes\n\n5. Accounts\n\nMr Lane proposed approval for payment seconded by Mrs Cole.\n\n"
            "RESOLVED: That the budget be noted.\n")
    assert len(parse_text(text)["decisions"]) == 2


@pytest.mark.parametrize(("body", "status"), [
    pytest.param("RESOLVED: That the amendment on the hall fees LOST.\n", "lost", id="lost-cut-off-the-line"),
    pytest.param("Resolved: that the hall fees be set at £20 CARRIED\n", "carried", id="carried-cut-off-the-line"),
    # a lower-case tail is prose the decision's bounds left out, not an outcome written as one
    pytest.param("RESOLVED: That the hall fees be set at £20. | noted by the clerk\n", "agreed", id="prose-tail"),
])
def test_an_outcome_in_capitals_after_the_decision_on_its_line_is_its_status(body: str, status: str) -> None:
    """The in-block terminator ends the decision at " LOST"/" CARRIED"; the word it cut is the status."""
    assert [d["status"] for d in _decisions(body)] == [status]
