"""Issue 14 #3: a vote's `motion` names a motion (mot-N), never a decision, even when a
motion and a decision share one span (seen in 3 of the 861 bulk minutes)."""

from __future__ import annotations

from minutes_cli.document import Decision, Document, Motion, Source, Span, VoteEvent
from minutes_cli.records import to_record
from minutes_cli.schema import schema_errors
from minutes_cli.settings import Settings
from minutes_cli.stages.link import find_links

TEXT = ("Members agreed to this.\n"
        "It was proposed by Councillor Sheahan, seconded by Councillor Galvin, that the tax be varied.\n"
        "For: 17. Against: 6.\n")


def _doc() -> Document:
    doc = Document(TEXT, Source("paper.txt", "text", "0" * 64))
    first, shared = Span(0, 23), Span(24, 117)
    vote = Span(118, len(TEXT) - 1)
    doc.decisions = [Decision("resolution", TEXT[0:23], first), Decision("resolution", TEXT[24:117], shared)]
    doc.motions = [Motion("motion", TEXT[24:117], shared, decision=shared)]
    doc.vote_events = [VoteEvent(vote, text=TEXT[118:-1], motion=shared, decision=shared)]
    find_links(doc, Settings())
    return doc


def test_vote_motion_is_the_motion_id_when_a_decision_shares_its_span() -> None:
    record = to_record(_doc())
    assert record["vote_events"][0]["motion"] == "mot-1"
    assert record["vote_events"][0]["decision"] == "dec-2"
    assert record["motions"][0]["decision"] == "dec-2"
    assert not [e for e in schema_errors(record) if "vote_events" in e.path or "motions" in e.path]
