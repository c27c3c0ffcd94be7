"""Kind: the cues that tell minutes, decisions, agendas and news apart."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Council Meeting Minutes\n\nMembers Present:\n\n- Mayor N. Smith\n", "minutes",
                 id="meeting-minutes-title"),
    pytest.param("The regular meeting was convened at 6:00 P.M. by Mayor Tom Rackers. ROLL CALL The following "
                 "members were present.\n", "minutes", id="us-called-to-order-roll-call"),
    pytest.param("Site banner\n\nNotice of Meeting and Agenda\n\nThe City Council\n\n1 Order of Business\n", "agenda",
                 id="notice-of-meeting-capital-m"),
    pytest.param("That the Executive note the recommendations.\n\nOther options considered and rejected by the "
                 "Executive:\n\nDetails of any conflict of interest declared by the Leader:\n", "decision",
                 id="moderngov-decision-tail"),
    pytest.param("Wednesday, July 27, 2011\n\nPlanning Review Committee\n\nI chaired my first meeting.\n\n"
                 "No comments:\n", "news", id="blog-footer"),
    pytest.param("Summons to and Agenda for a Meeting on Monday, 3rd May, 2021\n\nTo: | All Members\n\n"
                 "A G E N D A\n\n1. Apologies\n\n2. Minutes of the meeting held on 1 April 2021\n", "agenda",
                 id="summons-and-spaced-agenda-despite-minutes-item"),
    pytest.param("Town Hall\n\nA meeting of the Board will be held in Room 2 on 4 May 2022 to transact the following "
                 "business.\n\n1. Minutes of the last meeting\n", "agenda", id="will-be-held-following-business"),
])
def test_kind(text: str, kind: str) -> None:
    assert parse_text(text)["document"]["kind"] == kind
