"""A motion is linked to its outcome by the paper's structure, never by a distance in characters."""

from __future__ import annotations

from minutes_cli import parse_text

HEAD = "Minutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n"


def _motions(body: str) -> list[tuple[str | None, str | None, str | None]]:
    record = parse_text(HEAD + body, "p.txt")
    texts = {d["id"]: d["text"] for d in record["decisions"]}
    return [(m["moved_by"], m["result"], texts.get(m["decision"])) for m in record["motions"]]


def test_the_resolution_after_a_long_recorded_vote_in_the_same_item_is_the_motions() -> None:
    voters = ", ".join(f"Cllr Name{chr(65 + i)}" for i in range(20))
    body = ("1. Car park\nThe motion, moved by Cllr Ann Roe and seconded by Cllr Bob Poe, was put to the vote.\n"
            f"For\n{voters} (20)\nAgainst\nCllr Cy Doe (1)\nThe Chair declared the motion carried.\n"
            "RESOLVED: That a charge of £1 per day be introduced.\n2. Next meeting\nThe next meeting is on 8 April 2024.\n")
    assert _motions(body) == [("Ann Roe", "carried", "That a charge of £1 per day be introduced.")]


def test_a_resolution_after_the_next_motion_is_not_this_motions() -> None:
    body = ("It was proposed that the float be raised. Proposed: Cllr Muir; seconded: Cllr Leet. All in favour.\n"
            "It was proposed that the railings be repaired. Proposed: Cllr Hale; seconded: Cllr Ives. "
            "Resolved that the quote be accepted.\n")
    found = _motions(body)
    assert found[0][:2] == ("Muir", "carried")  # "All in favour." is its own outcome
    assert found[0][2] != "that the quote be accepted."
    assert found[1][0] == "Hale"


def test_all_in_favour_and_all_agreed_carry_the_motion() -> None:
    for outcome in ("All in favour.", "All agreed.", "Unanimously agreed."):
        body = f"Proposed by Cllr Ann Roe, seconded by Cllr Bob Poe, that the hall be repainted. {outcome}\n"
        assert _motions(body)[0][:2] == ("Ann Roe", "carried"), outcome


def _decisions(body: str) -> list[tuple[str, str | None, str | None]]:
    record = parse_text(HEAD + body, "p.txt")
    return [(d["text"], d["moved_by"], d["seconded_by"]) for d in record["decisions"]]


def _movers_of(body: str, opening: str) -> tuple[str | None, str | None]:
    """The mover and seconder of the decision whose text opens with `opening`."""
    found = [(m, s) for text, m, s in _decisions(body) if text.startswith(opening)]
    assert len(found) == 1, _decisions(body)
    return found[0]


# Parish elections told in one sentence each (Stoke Ferry, Wereham, West Dereham, West Parley shapes):
# a decision holding the next motion's mover is that motion's, not the one before.
def test_each_nomination_sentence_keeps_its_own_proposer() -> None:
    body = ("Election of Chairman:\n\nNominations were asked for the position of Chairman - Mrs Hale proposed "
            "Mrs Dunn, seconded by Mrs Ives, there were no further proposals. Mrs Dunn accepted the chair.\n\n"
            "Election of Vice-Chairman:\n\nNominations were asked for the post of Vice Chairman - Mr Rook proposed "
            "Mrs Lowe seconded by Mr Ford, there were no further nominations. Mrs Lowe accepted.\n\n"
            "Minutes of the last Meeting: Cllr Mrs Dunn proposed acceptance, seconded by Cllr Mrs Lowe.\n")
    assert _movers_of(body, "Nominations were asked for the position") == ("Hale", "Ives")
    assert _movers_of(body, "Nominations were asked for the post") == ("Rook", "Ford")
    assert _movers_of(body, "Minutes of the last Meeting") == ("Mrs Dunn", "Mrs Lowe")


def test_a_passive_proposal_in_the_next_paragraph_is_that_paragraphs_decision() -> None:
    body = ("1. Minutes\n\nThe Parish meeting minutes were agreed as a correct record.\n\n"
            "The Minutes of the Annual Parish Council meeting were proposed by Mrs Hale and seconded by "
            "Mr Dunn as a correct record and duly signed.\n")
    assert _movers_of(body, "The Minutes of the Annual") == ("Hale", "Dunn")
    assert _movers_of(body, "The Parish meeting minutes") == (None, None)


def test_a_decision_that_opens_with_its_mover_has_that_mover() -> None:
    for sentence, opening in (("Proposed Cllr Ann Reed, seconded by Cllr Tom Hale, all were agreed.", "Proposed"),
                              ("Proposed by Cllr. Ann Reed, seconded by Cllr. Tom Hale and agreed by all.", "Proposed"),
                              ("Cllr Ann Reed proposed approval for payment seconded by Cllr Tom Hale", "Cllr Ann"),
                              # the movers told first are no part of the words: "to defer ..."
                              ("It was proposed by Councillor Ann Reed, seconded by Councillor Tom Hale and agreed to "
                               "defer the item to the next meeting.", "to defer the item")):
        body = f"1. Accounts\n\nThe clerk presented the accounts.\n\n{sentence}\n"
        assert _movers_of(body, opening) == ("Ann Reed", "Tom Hale"), sentence


def test_like_worded_proposals_in_later_items_are_each_their_own_decision() -> None:
    body = ("Adoption of Financial Regulations:\n\nThe Clerk asked if everyone had read them.\n\n"
            "Cllr Mrs Dunn proposed acceptance seconded by Cllr Rook. Agreed\n\n"
            "Adoption of Risk Assessment:\n\nThe Clerk asked if everyone agreed with it.\n\n"
            "Cllr Mrs Lowe proposed acceptance seconded by Cllr Mrs Dunn. Agreed\n\n"
            "Adoption of Governance Statement:\n\nThe Clerk asked if everyone was happy with it.\n\n"
            "Cllr Ford proposed acceptance seconded by Cllr Rook.\n")
    assert [(m, s) for _, m, s in _decisions(body)] == [("Mrs Dunn", "Rook"), ("Mrs Lowe", "Mrs Dunn"), ("Ford", "Rook")]


# "The Notice of Motion was proposed by ..." (Limerick), "The motion was moved by ..." (Woking), "This was
# proposed by ..." : a sentence naming the motion settles the words before it.
def test_a_sentence_that_names_the_motion_gives_its_movers_to_the_words_before() -> None:
    for sentence in ("The Notice of Motion was proposed by Councillor Gavin, seconded by Councillor Hurley and agreed.",
                     "The motion was moved by Councillor Gavin and seconded by Councillor Hurley and carried.",
                     "This was proposed by Councillor Gavin, seconded by Councillor Hurley and agreed."):
        body = ("19. Notice of Motion submitted by Councillor Gavin\n\nI will move at the next meeting that the Council "
                f"seek a driving test centre for the district.\n\n{sentence}\n")
        assert _movers_of(body, "I will move") == ("Gavin", "Hurley"), sentence


def test_a_sentence_naming_the_motion_reaches_back_over_a_page_number_to_its_words() -> None:
    body = ("19. Notice of Motion submitted by Councillor Gavin\n\nI will move at the next meeting that the Council "
            "seek a driving test centre for the district.\n\n11\n\nThe Notice of Motion was proposed by Councillor "
            "Gavin, seconded by Councillor Hurley and agreed.\n\n20. Notice of Motion submitted by Councillor Hurley\n\n"
            "I will move at the next meeting that the Council repair the bridge.\n\nThe Notice of Motion was proposed "
            "by Councillor Hurley, seconded by Councillor Gavin and agreed.\n")
    assert _movers_of(body, "I will move at the next meeting that the Council seek") == ("Gavin", "Hurley")
    assert _movers_of(body, "I will move at the next meeting that the Council repair") == ("Hurley", "Gavin")


# "This proposal was seconded by Councillor Foley and agreed" (Limerick), "seconded by Cllr Hale and unanimously
# agreed" (parishes): the outcome joined to the seconder carries the motion, so it is a decision of its own.
def test_an_outcome_joined_to_the_seconder_carries_the_motion() -> None:
    for tail in ("This proposal was seconded by Councillor Foley and agreed.",
                 "This was seconded by Councillor Foley and unanimously agreed.",
                 "The proposal was seconded by Councillor Foley, and agreed."):
        body = ("1. Roads\n\nIt was proposed by Councillor Cullen that the Council call on the Minister to fund "
                f"repairs to the flood-damaged roads. {tail}\n")
        assert _motions(body)[0][:2] == ("Cullen", "carried"), tail
        assert _movers_of(body, "It was proposed by Councillor Cullen that") == ("Cullen", "Foley"), tail


def test_a_decision_holding_the_whole_motion_is_its_decision_before_a_later_one() -> None:
    """Parish minutes tell the motion inside the outcome's sentence, then go on to the next point of the
    same item: the motion is the decision that holds it, mover to seconder, not the next one."""
    text = ("Minutes of the Parish Council meeting held on 9 October 2018\n\n"
            "14/18 Emergency plan\n\n"
            "The draft plan was discussed and it was agreed to review the document annually, Cllr Ann Roe proposed "
            "that the document be approved pending these amendments, Cllr Bob Poe seconded it, all were in favour. "
            "It would be sent to every household. The Parish Council agreed to write to the Borough Council about "
            "the auctions. Cllr Cy Dunn proposed that the letter be sent by the Clerk, this was seconded by Cllr Di "
            "Eyre and all were in favour.\n\n15/18 Finance\n\nNone.\n")
    record = parse_text(text, "parish.txt")
    by_id = {d["id"]: d for d in record["decisions"]}
    linked = {(m["moved_by"], m["seconded_by"]): by_id[m["decision"]]["text"] for m in record["motions"]}
    assert "Cllr Ann Roe proposed" in linked[("Ann Roe", "Bob Poe")]
    assert "Cllr Ann Roe proposed" not in linked[("Cy Dunn", "Di Eyre")]
