"""Votes: written counts, named lists, US roll calls, and the arithmetic checks V601-V603."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

from ._helpers import parse


def counts(text: str) -> list[dict[str, int]]:
    doc = parse(text)
    return [{c.option: c.value for c in v.counts} for v in doc.vote_events]


@pytest.mark.parametrize("text, expected", [
    pytest.param("The motion was put to the vote: For 5, Against 0, Abstain 1.", {"yes": 5, "no": 0, "abstain": 1},
                 id="for-against-abstain"),
    pytest.param("For (57) and Against (0).", {"yes": 57, "no": 0}, id="parenthesised"),
    pytest.param("The recommendation was carried by 6 votes to 5.", {"yes": 6, "no": 5}, id="by-votes-to"),
    pytest.param("Members voted three to two in favour of the proposal.", {"yes": 3, "no": 2}, id="words-in-favour"),
    pytest.param("RESOLUTION: That the report be received. CARRIED RESOLUTION NO.2019/GM14 5/0",
                 {"yes": 5, "no": 0}, id="slash-tally"),
    pytest.param("The amendment received 15 votes in favour, 16 against.", {"yes": 15, "no": 16},
                 id="votes-in-favour-against"),
    pytest.param("The minutes were approved by 24 votes, to 10 votes, with 1 abstention.",
                 {"yes": 24, "no": 10, "abstain": 1}, id="with-abstention"),
    pytest.param("Votes For: 9  Votes Against: 2  Abstentions: 3", {"yes": 9, "no": 2, "abstain": 3}, id="labels-colon"),
])
def test_written_counts(text: str, expected: dict[str, int]) -> None:
    assert counts("Minutes\n" + text + "\n") == [expected]


@pytest.mark.parametrize("text", [
    pytest.param("The meeting opened at 7.30 pm. For 2024 the precept is £5,000.", id="year-and-money"),
    pytest.param("Item 5 was deferred to 12 May.", id="no-vote"),
])
def test_no_false_votes(text: str) -> None:
    assert counts("Minutes\n" + text + "\n") == []


RECORDED = """Minutes
A recorded vote was taken on the amendment which resulted as follows:
For the Amendment
Councillors Ames, Birch, Cole and Dunne (4)
Against the Amendment
Councillors Egan, Fahy, Gill (3)
The Chair declared the amendment carried.
"""


def test_named_recorded_vote_in_popolo_shape() -> None:
    doc = parse(RECORDED)
    (vote,) = doc.vote_events
    assert [(c.option, c.value) for c in vote.counts] == [("yes", 4), ("no", 3)]
    assert [(v.voter_name, v.option) for v in vote.votes] == [
        ("Ames", "yes"), ("Birch", "yes"), ("Cole", "yes"), ("Dunne", "yes"),
        ("Egan", "no"), ("Fahy", "no"), ("Gill", "no")]
    assert vote.result == "pass"
    assert not [p for p in doc.problems if p.code.startswith("V")]


def test_counts_that_do_not_match_the_names_are_v601() -> None:
    doc = parse(RECORDED.replace("Dunne (4)", "Dunne (5)"))
    assert [p.code for p in doc.problems if p.code.startswith("V")] == ["V601"]


def test_result_that_contradicts_counts_is_v602() -> None:
    doc = parse(RECORDED.replace("declared the amendment carried", "declared the amendment lost"))
    assert [p.code for p in doc.problems if p.code.startswith("V")] == ["V602"]


def test_more_votes_than_members_present_is_v603() -> None:
    doc = parse("Minutes\nPresent: Councillors Ames, Birch and Cole\n1. Budget\nThe budget was approved by 5 votes to 1.\n")
    assert [p.code for p in doc.problems if p.code.startswith("V")] == ["V603"]


DOT_LEADERS = """Minutes
There voted for the Minutes being a correct record:
Councillors Ames, Birch, Cole ................................ 3
There voted against the Minutes being a correct record:
Councillor Dunne ................................ 1
"""


def test_dot_leader_table() -> None:
    (vote,) = parse(DOT_LEADERS).vote_events
    assert [(c.option, c.value) for c in vote.counts] == [("yes", 3), ("no", 1)]
    assert [v.voter_name for v in vote.votes] == ["Ames", "Birch", "Cole", "Dunne"]


ROLL_CALL = """Minutes
(a) COUNCIL MEMBER HALE MOVED, COUNCIL MEMBER ORTIZ SECONDED, TO APPROVE THE MINUTES OF THE REGULAR MEETING.
Ayes: Council Members Van Horn, Ortiz, Hale, Lee Nays: None Abstain: None Absent: Council Members Reyes, Kim
Motion carried.
"""


def test_us_roll_call() -> None:
    doc = parse(ROLL_CALL)
    (vote,) = doc.vote_events
    assert {v.voter_name: v.option for v in vote.votes} == {
        "Van Horn": "yes", "Ortiz": "yes", "Hale": "yes", "Lee": "yes", "Reyes": "absent", "Kim": "absent"}
    # Counts for the lists written as names are derived from them; each has the list as its evidence.
    assert {c.option: c.value for c in vote.counts} == {"yes": 4, "no": 0, "abstain": 0, "absent": 2}
    yes = next(c for c in vote.counts if c.option == "yes")
    assert doc.text[yes.span.start:yes.span.end].startswith("Ayes: Council Members Van Horn")
    assert vote.result == "pass"
    assert not [p for p in doc.problems if p.code.startswith("V6")]
    (motion,) = doc.motions
    assert (motion.moved_by, motion.seconded_by, motion.result) == ("Hale", "Ortiz", "carried")


@pytest.mark.parametrize("between", [
    pytest.param("\n3. Minutes\n", id="item-heading"),
    pytest.param("\n", id="mover-only"),
])
def test_roll_call_absent_is_not_the_next_vote(between: str) -> None:
    doc = parse("Minutes\n\n2. Roll Call\nPresent: Council Members Ames, Birch, Cole\nAbsent: Council Member Dodd\n"
                + between + "COUNCIL MEMBER BIRCH MOVED, COUNCIL MEMBER COLE SECONDED, TO ADOPT THE AGENDA.\n"
                "Ayes: Council Members Ames, Birch, Cole\nNays: None\nMotion carried.\n")
    (vote,) = doc.vote_events
    assert {c.option: c.value for c in vote.counts} == {"yes": 3, "no": 0}
    assert "Dodd" not in [v.voter_name for v in vote.votes]


def test_yeas_with_count() -> None:
    doc = parse("Minutes\nMoved by Councillor J. Moore\nSeconded by Councillor P. Hill\nApprove that the report be "
                "received.\nMotion Passed\nVote:\nYeas: A. Bell J. Moore P. Hill (3)\n")
    (vote,) = doc.vote_events
    assert [v.voter_name for v in vote.votes] == ["A. Bell", "J. Moore", "P. Hill"]
    assert [(c.option, c.value) for c in vote.counts] == [("yes", 3)]


def test_glued_table_cells() -> None:
    doc = parse("Voting record\nMotion status:Carried\nForD Bell, A J Ames and M Cole3\nAgainstR Dale1\n")
    (vote,) = doc.vote_events
    assert [(c.option, c.value) for c in vote.counts] == [("yes", 3), ("no", 1)]
    assert [v.voter_name for v in vote.votes] == ["D Bell", "A J Ames", "M Cole", "R Dale"]


def test_no_derived_count_beside_candidates() -> None:
    doc = parse("Minutes\n\nElection of Chair\n\nFor Councillor Ames\n\nCouncillors Birch, Cole and Dunne (3)\n\n"
                "For Councillor Hickey-O’Neill\n\nCouncillors Fahy and Gill (2)\n\nCouncillor Ames was elected.\n")
    (vote,) = doc.vote_events
    assert [(c.option, c.value) for c in vote.counts] == [("Councillor Ames", 3), ("Councillor Hickey-O’Neill", 2)]


@pytest.mark.parametrize("yes_label, no_label", [
    pytest.param("For Motion", "Against Motion", id="inner-west"),
    pytest.param("For the Motion", "Against the Motion", id="with-the"),
    pytest.param("FOR MOTION", "AGAINST MOTION", id="capitals"),
    pytest.param("For Amendment", "Against Amendment", id="amendment"),
])
def test_a_named_list_labelled_with_its_question(yes_label: str, no_label: str) -> None:
    """New South Wales councils (Inner West) label each recorded vote "For Motion: Crs A, B and C", with or without
    "the"; the list of names is the vote."""
    text = ("Minutes of the Ordinary Council Meeting held on 14 March 2023\n\n3. Parking strategy\n\n"
            "Motion: (Young/Green)\n\nTHAT Council exhibit the draft strategy for 28 days.\n\nMotion Carried\n\n"
            f"{yes_label}: Crs Green, Hart and Young\n\n{no_label}: Crs Ryan and Walsh\n")
    (vote,) = parse_text(text, "minutes.txt")["vote_events"]
    assert [(c["option"], c["value"]) for c in vote["counts"]] == [("yes", 3), ("no", 2)]
    assert [v["voter_name"] for v in vote["votes"]] == ["Green", "Hart", "Young", "Ryan", "Walsh"]
