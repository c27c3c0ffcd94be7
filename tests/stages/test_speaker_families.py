"""Speakers, by family of shapes real minutes take (texts written for the tests, names invented).

Each family was seen across several councils and countries before its rule was written:
- a post before a bare surname, the US way of naming staff ("City Manager X advised");
- a title before a name gives its post as the role ("Public Works Director X explained");
- the chair addressed by title ("Madam Chair said", "Mr Mayor", "His Worship"), resolved to the named holder;
- a post with its holder in brackets ("The Deputy Mayor (Councillor X) noted");
- members of the public named with an address or a descriptor ("X, 12 Elm St, spoke", "X, a local resident, ...").
"""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

HEAD = "MINUTES OF THE COUNCIL\n\n"


def _speakers(body: str) -> list[tuple[str, str | None]]:
    return [(s["name"], s.get("role")) for s in parse_text(HEAD + body)["speakers"]]


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("City Manager Okafor advised that the county had agreed to the height.\n",
                 [("Okafor", "City Manager")], id="city-manager"),
    pytest.param("Police Chief Brandt reported that burglaries were down.\n", [("Brandt", "Police Chief")],
                 id="police-chief"),
    pytest.param("Town Clerk Pellew advised that the precept had been set.\n", [("Pellew", "Town Clerk")],
                 id="town-clerk"),
    pytest.param("Chief Administrative Officer Stroud explained the delay to the works.\n",
                 [("Stroud", "Chief Administrative Officer")], id="three-word-post"),
    pytest.param("Controller Vance provided the monthly financial report.\n", [("Vance", "Controller")],
                 id="one-word-post-speakers-noun"),
    pytest.param("Following discussion, City Attorney Quist explained the ordinance.\n",
                 [("Quist", "City Attorney")], id="after-an-opening-phrase"),
])
def test_post_before_a_bare_surname(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize("body", [
    pytest.param("The Planning Officer Report noted the changes.\n", id="report-is-no-surname"),
    pytest.param("Finance Director Services provided the figures.\n", id="role-word-is-no-surname"),
    pytest.param("Community Supports Halvorsen provided the figures.\n", id="no-post-noun"),
    # Irish and UK minutes write a post, then its department: "The Director General", "The Senior Engineer Roads, ..."
    pytest.param("The Senior Executive Engineer Roads, Traffic and Cleansing advised the members.\n",
                 id="post-then-department"),
])
def test_a_post_and_no_surname_is_no_speaker(body: str) -> None:
    assert _speakers(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Public Works Director Ibarra explained the paving schedule.\n",
                 [("Ibarra", "Public Works Director")], id="post-words-before-title"),
    pytest.param("Fire Captain Morrow said the station was fully staffed.\n", [("Morrow", "Fire Captain")],
                 id="fire-captain"),
    pytest.param("Chair Beeston described the options.\n", [("Beeston", "Chair")], id="chair-title"),
    pytest.param("Deputy Town Clerk Nia Patel advised that the precept was set.\n",
                 [("Nia Patel", "Deputy Town Clerk")], id="full-name-after-post-keeps-role"),
    pytest.param("Moved by Director Fries, seconded by Director Knox.\n",
                 [("Fries", "Director"), ("Knox", "Director")], id="mid-sentence-title-alone"),
])
def test_a_title_gives_its_post_as_the_role(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Present: Councillor Ann Roe (Chair), Councillor Bob Poe\n\nMadam Chair said she would take "
                 "questions.\n", [("Ann Roe", "Chair")], id="madam-chair"),
    pytest.param("Present: Mayor Tom Rackham, Council Member Ann Roe\n\nMr Mayor thanked the staff.\n",
                 [("Tom Rackham", "Mayor")], id="mr-mayor"),
    pytest.param("Present: Councillor John Smyth (Mayor), Councillor Ann Roe\n\nHis Worship advised that the "
                 "budget was sound.\n", [("John Smyth", "Mayor")], id="his-worship"),
    pytest.param("Present: Councillor Bob Poe (Chairman), Councillor Ann Roe\n\nMr Chairman noted the late "
                 "papers.\n", [("Bob Poe", "Chair")], id="mr-chairman"),
])
def test_the_chair_addressed_by_title(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


def test_a_post_named_by_two_titles_is_its_holder_not_a_person_named_general() -> None:
    body = "Present: Mr. P. Daly (Director General), Councillor Ann Roe\n\nThe Director General expressed thanks.\n"
    assert _speakers(body) == [("P. Daly", "Director General")]


def test_a_chair_addressed_by_title_with_no_named_holder_is_no_speaker() -> None:
    assert _speakers("Madam Chair said she would take questions.\n") == []


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("The Deputy Mayor (Councillor Bob Poe) noted the late report.\n", [("Bob Poe", "Deputy Mayor")],
                 id="deputy-mayor"),
    pytest.param("The Chair (Cllr Iris Vane) thanked the officers.\n", [("Iris Vane", "Chair")], id="chair"),
    pytest.param("The Senior Planner (Mr Tom Okoro) outlined the application.\n", [("Tom Okoro", "Senior Planner")],
                 id="officer-post"),
])
def test_a_post_with_its_holder_in_brackets(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Joan Wood, 3415 Vega Road, spoke against the petition.\n", [("Joan Wood", None)], id="bare-address"),
    pytest.param("Mac Rossi, 18 Reno Drive, asked about the drainage plans.\n", [("Mac Rossi", None)],
                 id="address-asked"),
    pytest.param("Jane Doe, of 12 Elm Street, spoke in favor of the rezoning.\n", [("Jane Doe", None)],
                 id="of-address"),
    pytest.param("Ms. Joan Wood, 3415 Vegas, spoke against the petition.\n", [("Joan Wood", None)],
                 id="honorific-address-is-no-role"),
    pytest.param("Jane Doe, resident, spoke against the rezoning.\n", [("Jane Doe", "resident")],
                 id="bare-descriptor"),
    pytest.param("Jane Doe, a resident of Elm Street, spoke against the rezoning.\n",
                 [("Jane Doe", "a resident of Elm Street")], id="descriptor-of-place"),
    pytest.param("Mrs Ellen Mayhew, a member of the public, addressed the committee.\n",
                 [("Ellen Mayhew", "a member of the public")], id="uk-member-of-the-public"),
    pytest.param("David Seeker a member of the public also addressed the committee.\n",
                 [("David Seeker", "a member of the public")], id="descriptor-without-comma"),
    pytest.param("Margaret Rowe, Valley Arts Centre, 143 Simpson Avenue, Bowmanville, presented an overview.\n",
                 [("Margaret Rowe", "Valley Arts Centre")], id="canada-delegation-with-address"),
])
def test_members_of_the_public_named_with_address_or_descriptor(
        body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


@pytest.mark.parametrize("body", [
    pytest.param("Residents raised concerns about parking.\n", id="residents"),
    pytest.param("The applicant spoke in favour of the scheme.\n", id="the-applicant"),
    pytest.param("12 Elm Street, the subject site, was discussed.\n", id="an-address-alone"),
])
def test_the_public_with_no_name_is_no_speaker(body: str) -> None:
    assert _speakers(body) == []


def test_a_person_after_a_comma_is_no_role_of_the_one_before() -> None:
    # the councillor replied to asked (a speaker); the one who replies is another speaker, not her role
    body = "In reply to Councillor Keary, Superintendent Magner stated that crime was down.\n"
    assert _speakers(body) == [("Keary", None), ("Magner", "Superintendent")]


@pytest.mark.parametrize(("body", "names"), [
    pytest.param("Speaking in favor: Jane Doe, 12 Elm St\n", ["Jane Doe"], id="us-label-one-speaker-with-address"),
    pytest.param("Speaking in opposition: Jane Doe, 12 Elm St; Mark Smith, 40 Oak Avenue\n", ["Jane Doe", "Mark Smith"],
                 id="us-label-two-speakers-with-addresses"),
    pytest.param("Public comment was received from Jane Doe and Mark Smith.\n", ["Jane Doe", "Mark Smith"],
                 id="received-from"),
    pytest.param("Those speaking in opposition were Jane Doe and Mark Smith.\n", ["Jane Doe", "Mark Smith"],
                 id="those-speaking-were"),
    pytest.param("Speaking in favour:\n\nJane Doe, 12 Elm Street\n\nMark Smith, resident\n", ["Jane Doe", "Mark Smith"],
                 id="heading-then-one-a-line"),
])
def test_public_comment_lists(body: str, names: list[str]) -> None:
    assert [n for n, _ in _speakers(body)] == names


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Chief Executive Officer (Sonia Cooper) provided an update on the works.\n",
                 [("Sonia Cooper", "Chief Executive Officer")], id="post-then-bare-name"),
    pytest.param("The Senior Planner (Tom Okoro) outlined the application.\n", [("Tom Okoro", "Senior Planner")],
                 id="article-post-then-bare-name"),
])
def test_a_post_with_a_bare_full_name_in_brackets(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


def test_a_bracketed_title_that_is_no_name_is_no_speaker() -> None:
    assert _speakers("Item 5 (Budget Report) was noted.\n") == []


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param("Present: Councillor Ann Roe (Chair), Councillor Bob Poe\n\nMADAM CHAIR: Thank you all for coming.\n",
                 [("Ann Roe", "Chair")], id="madam-chair-turn"),
    pytest.param("Present: Mayor Tom Rackham, Council Member Ann Roe\n\nMr Mayor: The meeting will come to order.\n",
                 [("Tom Rackham", "Mayor")], id="mr-mayor-turn"),
    pytest.param("MADAM CHAIR: Thank you all for coming.\n", [], id="turn-with-no-named-holder"),
    pytest.param("Present: Councillor Ann Roe (Chair), Councillor Bob Poe\n\nChair: Councillor Ann Roe\n", [],
                 id="chair-label-then-a-name-is-attendance"),
])
def test_a_transcript_turn_given_to_the_chair_by_title(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(body) == expected


def test_a_place_after_of_is_no_part_of_the_name() -> None:
    assert _speakers("Mr John Kemp of Elm Road addressed the meeting on the traffic scheme.\n") == [("John Kemp", None)]


def test_a_man_and_a_woman_of_one_surname_stay_two_speakers() -> None:
    body = "Ms Denise Murray of Enterprise Ireland addressed the meeting.\n\nMr Murray advised that the grant was open.\n"
    assert sorted(n for n, _ in _speakers(body)) == ["Denise Murray", "Murray"]


def test_opposed_in_a_vote_line_is_no_speech() -> None:
    assert _speakers("Motion carried 4-1, Council Member Ortiz opposed.\n") == []
