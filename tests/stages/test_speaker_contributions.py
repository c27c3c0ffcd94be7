"""Where a speaker's contribution ends and the role written before their name (golden review, issue 9).

Texts are written for the tests, modelled on how councils write; names are invented.
"""

from __future__ import annotations

import pytest

from minutes_cli.api import parse_document
from minutes_cli.document import Document

HEAD = "MINUTES of the meeting of the Scrutiny Committee held on 4 March 2024\n\n"


def _parse(body: str) -> Document:
    return parse_document((HEAD + body).encode(), "<text>")


def _contribution(doc: Document, name: str, index: int = 0) -> str:
    speaker = next(s for s in doc.speakers if s.name == name)
    span = speaker.contributions[index].span
    return doc.text[span.start:span.end]


@pytest.mark.parametrize(("body", "name", "last"), [
    pytest.param("3. Mr Dunmore responded to questions from Members, including the following:-\n"
                 "a) the depot would close in June;\nb) no posts would be lost; and\nc) the savings were recurrent.\n"
                 "4. It was noted that the report would return in May.\n",
                 "Dunmore", "c) the savings were recurrent.", id="lettered-list-after-following-dash"),
    pytest.param("The Mayor, Councillor Rhys Pennant, made the following announcements:\n"
                 "\u2022 The Big Thank You Week had drawn many nominations.\n"
                 "\u2022 Remembrance events would be held in November.\n"
                 "Councillor Ann Sully asked about the lights.\n",
                 "Rhys Pennant", "\u2022 Remembrance events would be held in November.", id="bulleted-announcements"),
    pytest.param("Councillor Tia Marsh raised the following points:\n1. the bus timetable;\n2. the school crossing.\n"
                 "Councillor Ann Sully asked about the lights.\n",
                 "Tia Marsh", "2. the school crossing.", id="numbered-points"),
])
def test_a_lead_in_takes_the_list_after_it(body: str, name: str, last: str) -> None:
    assert _contribution(_parse(body), name).endswith(last)


@pytest.mark.parametrize("body", [
    "Councillor Ivo Brand said the following:\n4. Public questions\nNone were received.\n",
    "Councillor Ivo Brand asked:\nb) the hall's roof;\n",
])
def test_no_list_no_run_on(body: str) -> None:
    doc = _parse(body)
    text = _contribution(doc, "Ivo Brand")
    assert text.startswith("Councillor Ivo Brand") and "\n" not in text


def test_a_list_item_in_which_someone_else_speaks_ends_the_list() -> None:
    """The Leader's update lists what happened; an item reporting an officer's words is not the Leader's."""
    doc = _parse("Mr P Rook, Leader of the Council, provided an update on the following:\n"
                 "(a) The hubs had opened in May.\n"
                 "(b) Mr Vane (General Counsel) confirmed that the decision would return to Cabinet.\n"
                 "4. Questions\n")
    text = _contribution(doc, "P Rook")
    assert text.endswith("(a) The hubs had opened in May.") and "Vane" not in text


def test_names_in_a_list_item_do_not_end_the_list() -> None:
    doc = _parse("The Meetings Administrator, Ms D Kerr, informed the meeting of casual vacancies as follows:\n"
                 "\u2022 Casual vacancy on the resignation of Councillor Sean Tobin.\n"
                 "\u2022 Casual vacancy on the election of Councillor Una Moran to the Seanad.\n"
                 "4. Questions\n")
    assert _contribution(doc, "D Kerr").endswith("Councillor Una Moran to the Seanad.")


@pytest.mark.parametrize(("body", "name", "role"), [
    pytest.param("The Cabinet Member for Education, Mrs L Harwood, added that 900 replies had come in.\n",
                 "L Harwood", "Cabinet Member for Education", id="cabinet-member"),
    pytest.param("The Director of Adult Services, Mr K Osei, explained the waiting list.\n",
                 "K Osei", "Director of Adult Services", id="director"),
])
def test_a_post_before_the_name_is_the_role_without_its_article(body: str, name: str, role: str) -> None:
    doc = _parse(body)
    speaker = next(s for s in doc.speakers if s.name == name)
    assert speaker.role == role
    assert _contribution(doc, name).startswith("The " + role + ",")  # the contribution still starts at "The"


def test_a_clause_before_the_name_is_not_a_role() -> None:
    doc = _parse("The Notice of Motion was proposed by Councillor Dunne, seconded by Councillor Ferris.\n")
    seconder = next(s for s in doc.speakers if s.name == "Ferris")
    assert seconder.role is None


@pytest.mark.parametrize(("body", "name", "carried"), [
    pytest.param("Council to close two pools\n\nAnn Roe, the council's head of leisure, said the pools were old.\n\n"
                 "She told councillors that repairs would cost more than \u00a32m.\n\nShe added that staff would move.\n",
                 "Ann Roe", ["She told councillors that repairs would cost more than \u00a32m.", "She added that staff would move."],
                 id="news-paragraphs-carried-on"),
    pytest.param("Councillor Dev Sarin outlined the bid for the new depot.\n\nHe also explained that the lease ran to 2030.\n\n"
                 "The report was noted.\n", "Dev Sarin", ["He also explained that the lease ran to 2030."],
                 id="minutes-adverb-then-verb"),
])
def test_a_pronoun_paragraph_carries_on_the_speaker(body: str, name: str, carried: list[str]) -> None:
    doc = _parse(body)
    speaker = next(s for s in doc.speakers if s.name == name)
    assert [c.text for c in speaker.contributions[1:]] == carried


@pytest.mark.parametrize("body", [
    # someone else is named after the speaker in their paragraph: whose "He" it is is unclear
    "Councillor Dev Sarin asked Councillor Amy Hale about the depot.\n\nHe said the lease ran to 2030.\n",
    # a pronoun that does not open with a speech verb carries nothing on
    "Councillor Dev Sarin outlined the bid for the new depot.\n\nHe left the meeting at 8.15pm.\n",
])
def test_no_carried_on_paragraph(body: str) -> None:
    doc = _parse(body)
    assert all(len(s.contributions) == 1 for s in doc.speakers if s.name == "Dev Sarin")


def test_a_title_of_two_words_keeps_its_first() -> None:
    """ "Board member Okafor" (a phrase title whose second word is lower case) is not "member Okafor"."""
    doc = _parse("Board member Okafor motioned to approve the consent items.\n")
    speaker = next(s for s in doc.speakers if s.name == "Okafor")
    assert speaker.honorific_prefix == "Board member"
