"""Attendance lists: present with roles, apologies, absent, officers, substitutes, public."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text
from minutes_cli.text.people import split_people

from ._helpers import parse


@pytest.mark.parametrize("text, names", [
    pytest.param("Councillors Ahern, Boyle and Cronin", ["Ahern", "Boyle", "Cronin"], id="councillors-and"),
    pytest.param("Crs P Ames, R Birch & T Cole", ["P Ames", "R Birch", "T Cole"], id="crs-ampersand"),
    pytest.param("Councillors Duggan (J), Duggan (M), Egan.", ["Duggan (J)", "Duggan (M)", "Egan"], id="disambiguators"),
    pytest.param("Council Members Van Horn, Ortiz, Lee", ["Van Horn", "Ortiz", "Lee"], id="us-council-members"),
    pytest.param("R. Adams T. de Groot H.L. Fisher", ["R. Adams", "T. de Groot", "H.L. Fisher"], id="no-separators"),
    pytest.param("Cllr A Penrose and Cllr B Quill", ["A Penrose", "B Quill"], id="honorific-and"),
    pytest.param("Mr Owen Tate, Treasurer Ms Ida Vale, Clerk", ["Owen Tate", "Ida Vale"], id="collapsed-roles"),
    pytest.param("Councillors Hickey-O’Neill, Ó Briain, McAteer", ["Hickey-O’Neill", "Ó Briain", "McAteer"], id="irish"),
    pytest.param("None", [], id="none"),
])
def test_split_people_names(text: str, names: list[str]) -> None:
    found = split_people(text)
    assert [p.name for p in found.people] == names
    assert all(text[p.start:p.end] == p.name for p in found.people)


@pytest.mark.parametrize("text, names", [
    pytest.param("COUNCIL MEMBERS ALVARO, MCNEIL, O'HARA", ["Alvaro", "McNeil", "O'Hara"], id="us-caps"),
    pytest.param("COUNCILLORS VAN HORN AND SMITH-JONES", ["Van Horn", "Smith-Jones"], id="caps-and"),
    pytest.param("CLLR J P ROWE (CHAIRMAN)", ["J P Rowe"], id="caps-initials-role"),
])
def test_capitals_give_names_in_normal_case(text: str, names: list[str]) -> None:
    found = split_people(text)
    assert [p.name for p in found.people] == names
    assert all(text[p.start:p.end] == p.name.upper() for p in found.people)


def test_capitals_vote_list_is_not_attendance() -> None:
    doc = parse("MINUTES\n\nCOUNCIL MEMBER ROWE MOVED, COUNCIL MEMBER TATE SECONDED, TO ADOPT THE AGENDA.\n"
                "AYES: COUNCIL MEMBERS ROWE, TATE, VANCE\nNAYS: NONE\nMOTION CARRIED.\n")
    assert [a.name for a in doc.attendance if a.status == "present"] == []
    (vote,) = doc.vote_events
    assert [v.voter_name for v in vote.votes] == ["Rowe", "Tate", "Vance"]


@pytest.mark.parametrize("text, name, role, substitute", [
    pytest.param("Mrs K L Farrow (Chairman)", "K L Farrow", "Chair", None, id="paren-chairman"),
    pytest.param("Cllr D Llewin - Chairman", "D Llewin", "Chair", None, id="dash-chairman"),
    pytest.param("Councillor M. Rourke, An Cathaoirleach.", "M. Rourke", "Cathaoirleach", None, id="cathaoirleach"),
    pytest.param("Mrs J Pell - substitute for Miss A Dorn", "J Pell", None, "A Dorn", id="dash-substitute"),
    pytest.param("Cllr T Moss (substitute for Cllr P Rudd)", "T Moss", None, "P Rudd", id="paren-substitute"),
    pytest.param("Head of Finance (Mr. G. Dwyer)", "G. Dwyer", "Head of Finance", None, id="post-then-name"),
    pytest.param("Borough Solicitor, K. Nkemelu", "K. Nkemelu", "Borough Solicitor", None, id="post-comma-name"),
    pytest.param("Ms V R Tan - Leader of the Council", "V R Tan", "Leader", None, id="leader"),
])
def test_split_people_roles(text: str, name: str, role: str | None, substitute: str | None) -> None:
    person = split_people(text).people[0]
    assert (person.name, person.role, person.substitute_for) == (name, role, substitute)


def test_count_after_a_list_is_not_a_name() -> None:
    found = split_people("Councillors Ames, Birch and Cole (3)")
    assert [p.name for p in found.people] == ["Ames", "Birch", "Cole"]
    assert found.count == 3


MULTILINE = """Minutes of a meeting of the Planning Committee held on 3 March 2021 when there were present:
Councillors
Mrs K L Farrow (Chairman)
P Ashdown
Mrs B Quayle
J Pell - substitute for A Dorn
Officers
Mr S Ogden - Head of Planning
Mrs E Shah - Solicitor
(12)
APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillors A Dorn and Mrs L Wren.
"""


def test_one_name_a_line_with_officers_and_apologies() -> None:
    doc = parse(MULTILINE)
    by_status = {s: [a.name for a in doc.attendance if a.status == s] for s in ("present", "in_attendance", "apologies")}
    assert by_status["present"] == ["K L Farrow", "P Ashdown", "B Quayle", "J Pell"]
    assert by_status["in_attendance"] == ["S Ogden", "E Shah"]
    assert by_status["apologies"] == ["A Dorn", "L Wren"]
    chair = doc.attendance[0]
    assert chair.role == "Chair" and chair.honorific_prefix == "Mrs"
    assert next(a for a in doc.attendance if a.name == "J Pell").substitute_for == "A Dorn"
    assert all(doc.text[a.span.start:a.span.end] == a.name for a in doc.attendance if a.name)


@pytest.mark.parametrize("text, status, names", [
    pytest.param("Present: Councillors Ames, Birch and Cole\n", "present", ["Ames", "Birch", "Cole"], id="present-inline"),
    pytest.param("PRESENT IN THE CHAIR: Councillor K. Rourke\n", "present", ["K. Rourke"], id="in-the-chair"),
    pytest.param("Members Present:\n• Mayor N. Salas\n• Councillor S. Marsh\n", "present", ["N. Salas", "S. Marsh"],
                 id="bullets"),
    pytest.param("Apologies: Cllr P Rudd, Cllr T Moss\n", "apologies", ["P Rudd", "T Moss"], id="apologies-label"),
    pytest.param("Absent: J. Zeller\n", "absent", ["J. Zeller"], id="absent"),
    pytest.param("ATTENDANCE Crs W Dale, W Ash & T Birch OFFICERS PRESENT Mr Norm Gale, Chief Executive Officer",
                 "in_attendance", ["Norm Gale"], id="collapsed-caps-labels"),
    pytest.param("Also in attendance: Mr R Hale (Clerk)\n", "in_attendance", ["R Hale"], id="also-in-attendance"),
])
def test_labels(text: str, status: str, names: list[str]) -> None:
    doc = parse("Minutes of the meeting\n" + text + "1. Welcome\nThe Chair opened the meeting.\n")
    assert [a.name for a in doc.attendance if a.status == status] == names


# Australian order-of-business headings, numbered like items, the list in the next block: one case a
# variant seen on real pages (Ipswich, Scenic Rim, Livingstone, Hornsby, Quilpie), written afresh here.
@pytest.mark.parametrize("text, present, apologies", [
    pytest.param("1. Attendance At Commencement\nMayor Jane Holt (Chairperson); Councillors Ben Ames and Carla Dunn\n"
                 "2. Apologies and Leave of Absence\nDeputy Mayor Gail Hart\n",
                 ["Jane Holt", "Ben Ames", "Carla Dunn"], ["Gail Hart"], id="attendance-at-commencement"),
    pytest.param("2 Attendance and the granting of leaves of absence\n\nMayor Jane Holt, Councillors Ben Ames and "
                 "Carla Dunn\n\n3 Apologies\n\nCouncillor Gail Hart\n",
                 ["Jane Holt", "Ben Ames", "Carla Dunn"], ["Gail Hart"], id="attendance-and-leaves"),
    pytest.param("2 ATTENDANCE\nMayor Jane Holt (Chair), Councillor Ben Ames\n3 LEAVE OF ABSENCE / APOLOGIES\n"
                 "Councillor Evan Ford\n", ["Jane Holt", "Ben Ames"], ["Evan Ford"], id="leave-slash-apologies"),
    pytest.param("PRESENT\n\nCouncillors Jane Holt (Chairman), Ben Ames and Carla Dunn\n\nAPOLOGIES / leave of absence\n\n"
                 "Councillor Gail Hart and Councillor Ian Moss\n", ["Jane Holt", "Ben Ames", "Carla Dunn"],
                 ["Gail Hart", "Ian Moss"], id="apologies-slash-leave"),
    pytest.param("2 PRESENT\nCr Jane Holt (Mayor)\nCr Ben Ames (Deputy Mayor)\n3 APOLOGIES/LEAVE OF ABSENCE\nCr Evan Ford\n",
                 ["Jane Holt", "Ben Ames"], ["Evan Ford"], id="one-a-line-slash-unspaced"),
])
def test_numbered_order_of_business_headings(text: str, present: list[str], apologies: list[str]) -> None:
    doc = parse("Ordinary Meeting Minutes\n12 March 2024\n\n" + text + "\n4. Opening Prayer\nPastor Ian Jones\n")
    assert [a.name for a in doc.attendance if a.status == "present"] == present
    assert [a.name for a in doc.attendance if a.status == "apologies"] == apologies


@pytest.mark.parametrize("text, count", [
    pytest.param("There were 6 members of the public present.", 6, id="digits"),
    pytest.param("Three members of the public attended.", 3, id="words"),
    pytest.param("There were no members of the public present.", 0, id="none"),
    pytest.param("Members of the Public: 22", 22, id="label"),
    pytest.param("There were a total of 4 members present in the Gallery.", 4, id="gallery"),
    pytest.param("Also present: Mrs D Rowe (Clerk) together with 7 members of the public.", 7, id="list-tail"),
    pytest.param("Also present: Mrs D Rowe (Clerk) and 3 Members of the Public and PCSO Tate", 3, id="list-and"),
    pytest.param("12 residents were present for the planning item.", 12, id="residents-present"),
    pytest.param("Public present: approximately 30 members of the public.", 30, id="approximately"),
])
def test_public_count(text: str, count: int) -> None:
    doc = parse("Minutes\nPresent: Cllr A Ames\n" + text + "\n")
    public = [a for a in doc.attendance if a.status == "public" and a.count is not None]
    assert [a.count for a in public] == [count]


@pytest.mark.parametrize("text", [
    pytest.param("More than 3,200 residents had responded to the survey.", id="number-inside-number"),
    pytest.param("The consultation drew responses from 140 members of the public.", id="object-of-prose"),
    pytest.param("One member of the public also felt the session was too short.", id="subject-of-prose"),
    pytest.param("Two residents had raised concerns about the noise.", id="residents-prose"),
    pytest.param("A petition signed by 250 residents was presented.", id="petition"),
])
def test_public_count_not_from_prose(text: str) -> None:
    doc = parse("Minutes\nPresent: Cllr A Ames\n" + text + "\n")
    assert [a.count for a in doc.attendance if a.status == "public"] == []


@pytest.mark.parametrize("field", [
    pytest.param("Contact Officers: Nadia Fell, Head of Parks", id="contact-officers"),
    pytest.param("Contact Officers:\tNadia Fell, Head of Parks", id="contact-officers-tab"),
    pytest.param("Responsible Officers: Nadia Fell", id="responsible-officers"),
    pytest.param("Lead Officers - Nadia Fell and Omar Hart", id="lead-officers"),
    pytest.param("Report Author: Nadia Fell\nContact: Omar Hart", id="author-and-contact"),
])
def test_report_fields_are_not_attendance(field: str) -> None:
    doc = parse("Report to Cabinet\nSubject: Parks maintenance\n" + field + "\n\n1. Recommendations\n"
                "That Cabinet approve the parks maintenance plan.\n")
    assert [a.name for a in doc.attendance] == []


def test_a_sentence_is_not_a_list() -> None:
    doc = parse("Minutes\nMembers agreed that the footpath should be repaired by Mr Jones.\n")
    assert doc.attendance == []


# "Name, Post" where the post opens with a qualifier: Saxilby ("Tony Shaw, Locum Clerk"), West Dereham
# ("..., Parish Clerk"), town councils ("Town Clerk", "Deputy Town Clerk"): the post is the name's, not a
# person "Locum" or "Parish" whose post is Clerk.
@pytest.mark.parametrize("text, expected", [
    ("Tony Shaw, Locum Clerk\nZarina Belk, Assistant Clerk", [("Tony Shaw", "Locum Clerk"), ("Zarina Belk", "Assistant Clerk")]),
    ("Ann Lee, Town Clerk, and Bob Kay, Deputy Town Clerk", [("Ann Lee", "Town Clerk"), ("Bob Kay", "Deputy Town Clerk")]),
    ("Jane Hill, Parish Clerk and RFO", [("Jane Hill", "Parish Clerk and RFO")]),
    ("Cllr A Roe, Mayor, Cllr B Poe", [("A Roe", "Mayor"), ("B Poe", None)]),
    # a name with its post in brackets, or initials, is a person, not a post
    ("Ann Lee, Helen Wyatt (Secretary)", [("Ann Lee", None), ("Helen Wyatt", "Secretary")]),
    # a post written before initials is the next name's: "... and P Moran Clerk J Conn" lists the clerk J Conn
    # (Milburn's "Councillors ... and P Moran Clerk J Connelly")
    ("D Rich, R Hale, N Cress and P Moran Clerk J Conn", [("D Rich", None), ("R Hale", None), ("N Cress", None),
                                                       ("P Moran", None), ("J Conn", "Clerk")]),
])
def test_a_post_after_a_name_and_a_comma_is_that_names_post(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in split_people(text, 0, "en").people] == expected


def test_a_count_of_the_public_after_an_ampersand_ends_the_list() -> None:
    # West Parley's shape: "In attendance: Linda Leeding (Clerk) & 1 member of the Public"
    assert [(p.name, p.role) for p in split_people("Linda Leeding (Clerk) & 1 member of the Public", 0, "en").people] == [
        ("Linda Leeding", "Clerk")]


# Honours after a name (Wagga Wagga's "Councillor Greg Conkey OAM", UK "Cllr ... MBE", "Cr ... JP") and a
# form of address standing alone (Burnaby's "His Worship, Mayor ..."): before, the first honour ended the list.
@pytest.mark.parametrize("text, expected", [
    ("The Mayor, Councillor Gail Conway OAM\nCouncillor Yvette Brand OAM\nCouncillor Dan Hale",
     [("Gail Conway", "Mayor"), ("Yvette Brand", None), ("Dan Hale", None)]),
    ("Cllr Ann Roe MBE JP (Chair), Cllr Bob Poe", [("Ann Roe", "Chair"), ("Bob Poe", None)]),
    ("Cr Jane Hill AM, Cr Bob Kay", [("Jane Hill", None), ("Bob Kay", None)]),
    ("Sir Paul Carter, CBE, Mr Tom Dean", [("Paul Carter", None), ("Tom Dean", None)]),
    ("His Worship, Mayor Mike Hurst\nCouncillor Pia Calder", [("Mike Hurst", "Mayor"), ("Pia Calder", None)]),
    ("His Worship the Mayor (Cllr B J Lucas), the Deputy Mayor (Cllr D A Dale)", [("B J Lucas", "Mayor"),
                                                                                   ("D A Dale", "Deputy Mayor")]),
])
def test_honours_and_forms_of_address_leave_the_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = split_people(text, 0, "en").people
    assert [(p.name, p.role) for p in found] == expected
    assert all(text[p.start:p.end] == p.name for p in found)  # the span is the name as written


# US roll calls told in a sentence (Prior Lake, Sycamore, Rexburg shapes): "Present were ...", "Those ...
# present were: ...", "Attending: ..." after the sentence that opens the meeting.
@pytest.mark.parametrize("line, names", [
    ("The meeting was called to order at 7:00 p.m. Present were Mayor Hale, Councilors Keene, Moss and Tate.",
     ["Hale", "Keene", "Moss", "Tate"]),
    ("Mayor Ken Munro called the roll. Those present were: Alan Bauer, Steven Brase and Janice Tripp.",
     ["Alan Bauer", "Steven Brase", "Janice Tripp"]),
    ("Attending: Council Member Flora, Council Member Mann and Mayor Merrill.", ["Flora", "Mann", "Merrill"]),
])
def test_a_roll_call_told_in_a_sentence_is_the_present_list(line: str, names: list[str]) -> None:
    record = parse_text(f"City Council Minutes\nFebruary 6, 2019\n\nROLL CALL\n{line}\n\nPUBLIC FORUM\nNo one spoke.\n", "m.txt")
    assert [p["name"] for p in record["attendance"]["present"]] == names


def test_present_in_the_middle_of_a_sentence_is_no_label() -> None:
    record = parse_text("City Council Minutes\nFebruary 6, 2019\n\nThe Mayor said those present were welcome. "
                        "Residents present were thanked.\n", "m.txt")
    assert record["attendance"].get("present", []) == []


# When a member was there, in brackets after the name (Orange, Wagga Wagga, Auburn, Groby, Oro-Medonte shapes),
# is no post.
@pytest.mark.parametrize("text", ["Cr J Whitton (arrived 7.01pm), Cr A Brown", "Councillor Paul Funnell (until 6.31pm)",
                                  "Councillors Batik (from 6.35pm and until 9.46pm), Campbell (from 6.32pm)",
                                  "Councillor Mel Coutanche (left at 2:02 p.m.)", "Cllr Hollick (arrived at 7.01pm)"])
def test_a_note_of_arrival_or_departure_is_no_role(text: str) -> None:
    found = split_people(text, 0, "en").people
    assert found and all(p.role is None for p in found)


# US staff lists (Plymouth, Prior Lake shapes): a post, then a surname.
@pytest.mark.parametrize("text, expected", [
    ("City Manager Johns, Assistant City Manager Ahern, Finance Director Hahn, and City Clerk Paulsen",
     [("Johns", "City Manager"), ("Ahern", "Assistant City Manager"), ("Hahn", "Finance Director"), ("Paulsen", "Clerk")]),
    ("Mayor Hedlund, Councilors Keene and Thomas, City Manager Boyle, City Attorney Schwarz",
     [("Hedlund", "Mayor"), ("Keene", None), ("Thomas", None), ("Boyle", "City Manager"), ("Schwarz", "City Attorney")]),
    # not a post and a surname: a department's name, a post of two nouns
    ("Ann Lee, Community Supports", [("Ann Lee", "Community Supports")]),
    ("Dan Hale, Chief Superintendent", [("Dan Hale", "Chief Superintendent")]),
])
def test_a_post_then_a_surname_is_the_person_with_that_post(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in split_people(text, 0, "en").people] == expected
