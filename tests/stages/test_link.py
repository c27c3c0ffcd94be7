"""The link stage: the last one, it numbers the items and joins them by id (issue 9 point 3)."""

from __future__ import annotations

import dataclasses

import pytest

from minutes_cli.api import parse_document
from minutes_cli.declarations import APPENDS, BUILT_IN, DeclarationError
from minutes_cli.document import Decision, Document, Motion, RoleHolder, Section, Source, Span, VoteEvent
from minutes_cli.loaders import load
from minutes_cli.pipeline import DEFAULT_STAGES, Pipeline
from minutes_cli.records import to_record
from minutes_cli.settings import Settings
from minutes_cli.stages.link import find_links

PAPER = ("Minutes of the meeting of Ashby Parish Council held on 4 March 2024\n\n"
         "PRESENT: Councillor Ann Roe (Chair), Councillor Bob Poe, Councillor Cy Doe\n\n"
         "1. Apologies\nThere were none.\n\n"
         "2. Car park\nIt was moved by the Chair and seconded by Councillor Bob Poe that a charge be introduced.\n"
         "For: 5. Against: 1.\nThe motion was carried.\n"
         "RESOLVED: That a charge of £1 per day be introduced.\n\n"
         "3. Next meeting\nThe next meeting is on 8 April 2024.\n")


def _doc(text: str) -> Document:
    return Document(text, Source("paper.txt", "text", "0" * 64))


def _at(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def test_a_whole_paper_is_joined_by_id() -> None:
    record = to_record(parse_document(PAPER.encode("utf-8"), "paper.txt"))
    [decision], [motion], [vote] = record["decisions"], record["motions"], record["vote_events"]
    assert [i["id"] for i in record["agenda_items"]] == ["item-1", "item-2", "item-3"]
    assert (motion["id"], motion["decision"], motion["agenda_item"]) == ("mot-1", "dec-1", "item-2")
    assert (motion["moved_by"], motion["moved_by_role"]) == ("Ann Roe", "Chair")  # "moved by the Chair"
    assert (decision["moved_by"], decision["seconded_by"], decision["agenda_item"]) == ("Ann Roe", "Bob Poe", "item-2")
    assert (vote["id"], vote["motion"], vote["decision"], vote["agenda_item"]) == ("vote-1", "mot-1", "dec-1", "item-2")
    assert decision["vote"]["id"] == "vote-1" and decision["vote"]["result"] == "pass"


TEXT = ("Proposed by the Chair, seconded by Councillor Bob Poe, that the hall be painted.\n"
        "RESOLVED: That the hall be painted.\n"
        "Amendment moved by Councillor Cy Doe that the hall be painted blue.\n"
        "For: 4. Against: 2.\n")


def _linked(roles: list[RoleHolder] | None = None) -> Document:
    doc = _doc(TEXT)
    resolved = _at(TEXT, "That the hall be painted.")
    doc.decisions = [Decision("resolution", "That the hall be painted.", resolved)]
    amendment = _at(TEXT, "Amendment moved by Councillor Cy Doe that the hall be painted blue.")
    doc.motions = [
        Motion("motion", "that the hall be painted.", _at(TEXT, TEXT.splitlines()[0]), None, "Bob Poe", "Chair",
               decision=resolved),
        Motion("amendment", "that the hall be painted blue.", amendment, "Cy Doe", decision=resolved),
    ]
    doc.vote_events = [VoteEvent(_at(TEXT, "For: 4. Against: 2."), motion=amendment)]
    doc.roles = roles or []
    find_links(doc, Settings())
    return doc


def test_a_decision_takes_its_motions_movers_and_not_an_amendments() -> None:
    doc = _linked()
    [decision] = doc.decisions
    assert (decision.id, decision.moved_by, decision.seconded_by) == ("dec-1", "Chair", "Bob Poe")
    assert [(m.id, m.decision_id) for m in doc.motions] == [("mot-1", "dec-1"), ("mot-2", "dec-1")]


def test_a_vote_naming_a_motion_joins_it_and_its_decision() -> None:
    doc = _linked()
    [vote] = doc.vote_events
    assert (vote.id, vote.motion_id, vote.decision_id) == ("vote-1", "mot-2", "dec-1")
    assert doc.decisions[0].vote == "vote-1"  # the vote on a motion that produced it


@pytest.mark.parametrize("role", ["Chair", "Cathaoirleach"])  # an alias of the Chair shares its holder
def test_a_role_only_mover_is_named_through_the_role_holder(role: str) -> None:
    doc = _linked([RoleHolder(role, "Ann Roe", Span(0, 5))])
    assert (doc.motions[0].moved_by, doc.motions[0].moved_by_role) == ("Ann Roe", "Chair")
    assert doc.decisions[0].moved_by == "Ann Roe"


def test_an_unnamed_role_stays_role_only() -> None:
    doc = _linked([RoleHolder("Chair", None, Span(0, 5))])
    assert doc.motions[0].moved_by is None and doc.decisions[0].moved_by == "Chair"


def test_each_item_is_in_the_agenda_item_that_holds_its_start() -> None:
    doc = _doc(TEXT)
    second = TEXT.index("Amendment")
    doc.sections = [Section("1", "Hall", Span(0, second), Span(0, 5)), Section("2", "Colour", Span(second, len(TEXT)),
                                                                              Span(second, second + 9))]
    doc.decisions = [Decision("resolution", "That the hall be painted.", _at(TEXT, "That the hall be painted."))]
    doc.vote_events = [VoteEvent(_at(TEXT, "For: 4. Against: 2."))]
    find_links(doc, Settings())
    assert [s.id for s in doc.sections] == ["item-1", "item-2"]
    assert (doc.decisions[0].agenda_item, doc.vote_events[0].agenda_item) == ("item-1", "item-2")
    assert doc.vote_events[0].decision_id is None  # a decision of another agenda item is not its own


def test_decisions_and_votes_are_numbered_in_text_order() -> None:
    doc = _doc(TEXT)
    late, early = _at(TEXT, "That the hall be painted."), _at(TEXT, TEXT.splitlines()[0])
    doc.decisions = [Decision("resolution", "late", late), Decision("resolution", "early", early)]
    find_links(doc, Settings())
    assert [(d.id, d.text) for d in doc.decisions] == [("dec-1", "early"), ("dec-2", "late")]


def test_a_record_of_an_unlinked_document_is_refused() -> None:
    with pytest.raises(ValueError, match="link stage has not run"):
        to_record(_doc(TEXT))


def test_link_is_last_and_motions_and_roles_no_longer_write_decisions() -> None:
    assert DEFAULT_STAGES[-1][0] == "link"
    for name in ("motions", "roles"):
        assert "decisions" not in BUILT_IN[name][1]
    assert "motions" not in BUILT_IN["roles"][1]
    assert APPENDS["motions"] == {"decisions"}  # it may add the decisions that are motions of their own


def _strict(stage_name: str, change: object) -> None:
    def stage(doc: Document, settings: Settings) -> None:
        change(doc)  # type: ignore[operator]
    stage.requires, stage.assigns, stage.appends = ("decisions",), ("extensions",), ("decisions",)  # type: ignore[attr-defined]
    settings = Settings()
    doc = load(PAPER.encode("utf-8"), "paper.txt", settings)
    Pipeline(strict=True).after("motions", stage_name, stage)(doc, settings)


def test_a_stage_that_appends_decisions_may_add_one_but_not_change_one() -> None:
    added = Decision("motion", "x", Span(0, 1))
    _strict("adds", lambda doc: doc.decisions.append(added))
    with pytest.raises(DeclarationError, match="stage 'edits' changed decisions"):
        _strict("edits", lambda doc: doc.decisions.__setitem__(0, dataclasses.replace(doc.decisions[0], moved_by="X")))
    with pytest.raises(DeclarationError, match="stage 'drops' changed decisions"):
        _strict("drops", lambda doc: doc.decisions.clear())
