"""Roles to names: the holder named in the attendance list or the text, else role-only."""

from __future__ import annotations

import pytest

from ._helpers import parse


@pytest.mark.parametrize("text, role, name", [
    pytest.param("Present: Mrs K Farrow (Chairman), P Ashdown\n", "Chair", "K Farrow", id="attendance-chairman"),
    pytest.param("PRESENT IN THE CHAIR: Councillor K. Rourke\n", "Chair", "K. Rourke", id="in-the-chair"),
    pytest.param("Councillor M. Collins, An Cathaoirleach, welcomed members.\n", "Cathaoirleach", "M. Collins",
                 id="cathaoirleach-after"),
    pytest.param("The Leader, Councillor Smyth, introduced the report.\n", "Leader", "Smyth", id="leader-before"),
    pytest.param("The meeting was convened by Mayor Tom Racker.\n", "Mayor", "Tom Racker", id="mayor-title"),
])
def test_holder_named(text: str, role: str, name: str) -> None:
    doc = parse("Minutes\n\n" + text + "\nThe " + role + " thanked everyone.\n")
    holders = {r.role: r for r in doc.roles}
    assert holders[role].name == name
    assert doc.text[holders[role].span.start:holders[role].span.end] == name


def test_role_never_named_stays_role_only() -> None:
    doc = parse("Minutes\nThe Leader thanked officers for the report.\n")
    (leader,) = [r for r in doc.roles if r.role == "Leader"]
    assert leader.name is None and len(leader.mentions) == 1


def test_role_mover_resolved_to_holder() -> None:
    doc = parse("Minutes\n\nPresent: Cllr A Penrose (Chair), Cllr B Quill\n\nIt was moved by the Chair, seconded by "
                "Cllr B Quill, that the report be approved.\n")
    (motion,) = doc.motions
    assert (motion.moved_by, motion.moved_by_role) == ("A Penrose", "Chair")


@pytest.mark.parametrize("text, roles", [
    pytest.param("Present: Cllr A Penrose (Chair), Cllr B Quill\n\nThe Chair welcomed everyone.\n", {"Chair"},
                 id="chair-only"),
    pytest.param("Present: Mr C Ruane (Chairman), Mrs D Sims\n", {"Chair"}, id="chairman-only"),
    pytest.param("Present: Councillor E Tuohy (Cathaoirleach), Councillor F Ward\n", {"Cathaoirleach"},
                 id="cathaoirleach-only"),
    # a post that opens with a title: "Pro Tem" finishes the post, it is no Mayor's name
    pytest.param("The Mayor Pro Tem said the budget was fair.\n", {"Mayor Pro Tem"}, id="mayor-pro-tem"),
    pytest.param("The Lord Provost Designate said the hall was booked.\n", {"Lord Provost"}, id="lord-provost"),
])
def test_no_role_the_text_never_writes(text: str, roles: set[str]) -> None:
    doc = parse("Minutes\n\n" + text)
    assert {r.role for r in doc.roles} == roles


def test_written_synonym_shares_the_holder() -> None:
    doc = parse("Minutes\n\nPresent: Councillor E Tuohy (Cathaoirleach), Councillor F Ward\n\n"
                "The Chair thanked members for attending.\n")
    holders = {r.role: r.name for r in doc.roles}
    assert holders == {"Cathaoirleach": "E Tuohy", "Chair": "E Tuohy"}
    (chair,) = [r for r in doc.roles if r.role == "Chair"]
    assert doc.text[chair.mentions[0].start:chair.mentions[0].end] == "The Chair"


def test_a_chain_of_titles_names_the_role_and_one_person() -> None:
    from minutes_cli.api import parse_document

    text = ("MINUTES OF THE COUNCIL\n\nDeputy Mayor Tom Racker and Mayor Carla Tenney attended.\n\n"
            "The Chairman, Councillor Mrs Pam Boswell, opened the meeting.\n")
    doc = parse_document(text.encode("utf-8"), "roles.txt")
    assert {(r.role, r.name) for r in doc.roles} >= {("Deputy Mayor", "Tom Racker"), ("Mayor", "Carla Tenney"),
                                                    ("Chair", "Pam Boswell")}
    assert ("Mayor", "Tom Racker") not in {(r.role, r.name) for r in doc.roles}


def test_a_post_in_the_possessive_is_not_held_by_the_name_before_it() -> None:
    from minutes_cli.api import parse_document

    text = ("MINUTES OF THE COUNCIL\n\nOfficers Present: Mrs A Jenks (Chief Executive’s Secretary)\n\n"
            "The Chief Executive advised that there were no matters arising.\n")
    doc = parse_document(text.encode("utf-8"), "roles.txt")
    assert ("Chief Executive", "A Jenks") not in {(r.role, r.name) for r in doc.roles}
    assert "A Jenks" not in [s.name for s in doc.speakers]
