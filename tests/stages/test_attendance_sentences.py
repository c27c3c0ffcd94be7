"""Attendance written in sentences and under less common labels, family by family.

Each text is written for the test, modelled on a shape seen in real papers (the council is named in
the comment); names are invented.
"""

from __future__ import annotations

import pytest

from minutes_cli import parse_text
from minutes_cli.document import Document

from ._helpers import parse

HEAD = "MINUTES OF THE COUNCIL\n\n"


def _by_status(text: str) -> dict[str, list[str]]:
    doc: Document = parse(HEAD + text)
    out: dict[str, list[str]] = {}
    for a in doc.attendance:
        if a.status != "public":
            out.setdefault(a.status, []).append(a.name)
            assert doc.text[a.span.start:a.span.end].lower() == a.name.lower(), a  # the name is at its span
    return out


# Family: the people first, then a sentence of absence or apology after them
@pytest.mark.parametrize("text, expected", [
    # San Francisco (committee roll call): "Member X was excused absent." inside the present paragraph
    pytest.param("Present: Members Hale, Jensen, Ward. Member Kovac was excused absent. Also present: Secretary Chu.\n",
                 {"present": ["Hale", "Jensen", "Ward"], "apologies": ["Kovac"], "in_attendance": ["Chu"]},
                 id="excused-absent"),
    # Kawartha Lakes (Ontario): "Councillor T. X was absent." after the sentences of who attended
    pytest.param("Present: Councillors R. Ash, M. Perrin\nCouncillor T. Richer was absent.\n",
                 {"present": ["R. Ash", "M. Perrin"], "absent": ["T. Richer"]}, id="was-absent"),
    # Kent: "Ms X had given her formal apologies but was attending the meeting virtually."
    pytest.param("PRESENT: Mr N Bale, Mrs C Bellow\n\n1. Apologies for Absence\n\nMs Greer had given her formal "
                 "apologies but was attending the meeting virtually.\n",
                 {"present": ["N Bale", "C Bellow"], "apologies": ["Greer"]}, id="had-given-her-formal-apologies"),
    pytest.param("Present: Cllr Abel, Cllr Baird\nCllr Dunne had sent his apologies.\n",
                 {"present": ["Abel", "Baird"], "apologies": ["Dunne"]}, id="had-sent-his-apologies-joined-line"),
    pytest.param("Present: Councillor Abel\nCouncillor Baird was absent with apologies. Councillor Cato was absent.\n",
                 {"present": ["Abel"], "apologies": ["Baird"], "absent": ["Cato"]}, id="absent-with-apologies"),
    pytest.param("Present: Councillors Abel, Baird and Cato.\nCouncillor Dunne asked to be excused.\n",
                 {"present": ["Abel", "Baird", "Cato"], "apologies": ["Dunne"]}, id="asked-to-be-excused"),
    pytest.param("The meeting opened at 7pm. Councillors Abel and Baird were absent. Councillor Cato was also absent.\n",
                 {"absent": ["Abel", "Baird", "Cato"]}, id="plural-and-also-absent"),
    # Dacorum: "Cllr X gave apologies on behalf of Councillors A, B and C": the giver is not absent
    pytest.param("Cllr Tull gave apologies on behalf of Councillors Allan and Reyes.\n",
                 {"apologies": ["Allan", "Reyes"]}, id="apologies-on-behalf-of-others"),
])
def test_sentence_after_the_names(text: str, expected: dict[str, list[str]]) -> None:
    assert _by_status(text) == expected


@pytest.mark.parametrize("text", [
    # Southwark: apologies for leaving for a while, not for absence
    pytest.param("Present: Councillor Abel\nCouncillor Dale gave his apologies for having to leave the meeting early.\n",
                 id="apologies-for-leaving"),
    pytest.param("Present: Councillor Abel, Councillor Baird\nCouncillor Baird was absent from the room for item 5.\n",
                 id="absent-for-part"),
    pytest.param("Present: Councillor Abel\nThe applicant, Mr Stone, was present to answer questions.\n",
                 id="prose-about-a-visitor"),
    pytest.param("1. Planning\n\nMr Stone was present to answer questions.\n", id="present-to-do-something"),
    pytest.param("Present: Councillor Abel\nThe applicant was absent.\n", id="no-honorific-no-list"),
])
def test_sentences_that_are_no_attendance(text: str) -> None:
    found = _by_status(text)
    assert found.get("apologies", []) == [] and found.get("absent", []) == []
    assert set(found.get("present", [])) <= {"Abel", "Baird"}


# Family: who was present, in a sentence, where no labelled list is (Canadian and US shapes)
@pytest.mark.parametrize("text, expected", [
    # Kawartha Lakes: "Deputy Mayor X and Councillors A, B were in attendance in Council Chambers."
    pytest.param("Mayor Elms called the meeting to order at 11:00 a.m. Deputy Mayor C. McDonnell and Councillors "
                 "R. Ashby and M. Perrin were in attendance in Council Chambers.\nCouncillors P. Warr and E. Yeats were "
                 "in attendance electronically.\nCouncillor T. Richer was absent.\n",
                 {"present": ["C. McDonnell", "R. Ashby", "M. Perrin", "P. Warr", "E. Yeats"], "absent": ["T. Richer"]},
                 id="were-in-attendance"),
    # West Vancouver: "COUNCIL: Mayor X and Councillors A, B attended the meeting via electronic communication ..."
    pytest.param("COUNCIL:\nMayor M. Boothe and Councillors C. Camer, N. Gamble and P. Lamb attended the meeting via "
                 "electronic communication facilities.\nSTAFF:\nR. Bart, Chief Administrative Officer.\n",
                 {"present": ["M. Boothe", "C. Camer", "N. Gamble", "P. Lamb"], "in_attendance": ["R. Bart"]},
                 id="attended-the-meeting"),
])
def test_present_sentence(text: str, expected: dict[str, list[str]]) -> None:
    assert _by_status(text) == expected


def test_present_sentence_is_not_read_where_a_present_list_is() -> None:
    found = _by_status("Present: Councillors Abel and Baird\n\n3. Awards\n\nCouncillor Cato was present at the awards.\n")
    assert found == {"present": ["Abel", "Baird"]}


# Family: words between a label and its names, and labels written the US and Canadian way
@pytest.mark.parametrize("text, expected", [
    # Stoke Ferry: "Apologies: Were received from Mrs A, Mr B (Chairman) and PC C"
    pytest.param("2.Apologies: Were received from Mrs M Lomax, Mr D Sumner, Mr M Ferris (Chairman) and PC Jackman\n",
                 {"apologies": ["M Lomax", "D Sumner", "M Ferris", "Jackman"]}, id="were-received-from-after-label"),
    # Yakima: "Council members present were Mayor X, A, B and C."
    pytest.param("Council members present were Mayor Clare Barnes, Henry Beach, Pat Bernd and Jack Spar.\n",
                 {"present": ["Clare Barnes", "Henry Beach", "Pat Bernd", "Jack Spar"]}, id="members-present-were"),
    pytest.param("Present: Mayor Abel, Councilmembers Baird, Cato\nExcused: Councilmember Dunne\n",
                 {"present": ["Abel", "Baird", "Cato"], "apologies": ["Dunne"]}, id="excused-label"),
    pytest.param("Present: Mayor Abel, Councillors Baird, Cato\nRegrets: Councillor Dunne\n",
                 {"present": ["Abel", "Baird", "Cato"], "apologies": ["Dunne"]}, id="regrets-label"),
    # a US roll call: "Absent: Council Member X (excused)"; Colwood: "X (regrets)"
    pytest.param("Present: Mayor Abel; Council Members Baird, Cato. Absent: Council Member Dunne (excused).\n",
                 {"present": ["Abel", "Baird", "Cato"], "apologies": ["Dunne"]}, id="absent-excused-note"),
    pytest.param("Present: Mayor Abel, Councillor Baird\nAbsent: Councillor Lila Chong (regrets), Councillor Ian Howe\n",
                 {"present": ["Abel", "Baird"], "apologies": ["Lila Chong"], "absent": ["Ian Howe"]},
                 id="absent-regrets-note"),
    # Chicago (a commission): "Others Present:" lists guests, not members
    pytest.param("Commissioners Present: Ann Qai, Zac Maio\nOthers Present: Ryan Wars (LSRCC), Sean Coop (PLACE)\n"
                 "Commissioners Absent: Shell Young\n",
                 {"present": ["Ann Qai", "Zac Maio"], "in_attendance": ["Ryan Wars", "Sean Coop"], "absent": ["Shell Young"]},
                 id="others-present"),
    # Springfield (Oregon): "Present were Mayor X and Councilors A, B. Also present were City Manager Y, ..."
    pytest.param("Present were Mayor Leif and Councilors Lund, Wylde, Lee and Ralph. Also present were City Manager "
                 "Joe Tower, City Attorney Jo Leary, and members of the staff.\n",
                 {"present": ["Leif", "Lund", "Wylde", "Lee", "Ralph"], "in_attendance": ["Joe Tower", "Jo Leary"]},
                 id="also-present-were-staff"),
    # Plymouth (Minnesota): "COUNCIL PRESENT: ... ABSENT: ... STAFF PRESENT: ..." run together
    pytest.param("COUNCIL PRESENT: Mayor Tierce, Councilmembers Hewlett, Harstad, Black. ABSENT: Councilmember Jonas.\n",
                 {"present": ["Tierce", "Hewlett", "Harstad", "Black"], "absent": ["Jonas"]}, id="council-present-absent"),
])
def test_labels_and_leads(text: str, expected: dict[str, list[str]]) -> None:
    assert _by_status(text) == expected


# Family: honorifics written with a slash or a full stop, and the ampersand
@pytest.mark.parametrize("text, expected", [
    # Wereham: "M/s Norris" (a woman, beside "P. Norris")
    pytest.param("Present: P. Markham, C. Humphrey, P. Norris, M/s Norris, D. Pickford and Mr. J. Eastwood\n",
                 ["P. Markham", "C. Humphrey", "P. Norris", "Norris", "D. Pickford", "J. Eastwood"], id="m-slash-s"),
    # Wye Valley: "..., County Cllr Webb & the Clerk." (the clerk, unnamed, ends nobody's name)
    pytest.param("Present: Cllr Mawson (in the chair), Cllrs Parker, Snell & Morris, County Cllr Webber & the Clerk.\n",
                 ["Mawson", "Parker", "Snell", "Morris", "Webber"], id="and-the-clerk"),
    # Milburn: "A Armstrong EDC and M Armstrong" (a body's initials after the name)
    pytest.param("Present: A Armstead EDC and M Armstead\n", ["A Armstead", "M Armstead"], id="body-initials-after-name"),
    pytest.param("Present: Cr. Abel, Clr. Baird, Cllr. Cato, Councillors Dunne, Egan & Fox\n",
                 ["Abel", "Baird", "Cato", "Dunne", "Egan", "Fox"], id="stopped-honorifics-and-ampersand"),
])
def test_honorific_forms(text: str, expected: list[str]) -> None:
    assert _by_status(text)["present"] == expected


# Family: officers written into the list of those present (GUIDE: the clerk and officers are not members)
@pytest.mark.parametrize("text, present, officers", [
    # Burton-cum-Walden: "..., Councillors, and Mr X, Clerk."
    pytest.param("Present: Miss Jan Ritchie, Mr Andy Landau and Mr Dave Dent, Councillors, and Mr Rick Nolson, Clerk.\n",
                 ["Jan Ritchie", "Andy Landau", "Dave Dent"], ["Rick Nolson"], id="name-comma-clerk"),
    # Milburn: "Councillors A (Chair) B, C and D Clerk E": the post before initials is the next name's
    pytest.param("Present\nCouncillors D Rich (Chair) R Hale, N Cress and P Moran Clerk J Conn\n",
                 ["D Rich", "R Hale", "N Cress", "P Moran"], ["J Conn"], id="clerk-before-initials"),
    # Oro-Medonte: staff listed "Name, Chief Financial Officer"
    pytest.param("Present: Mark Dunlop, Chief Financial Officer\n", [], ["Mark Dunlop"], id="name-comma-officer"),
    # a councillor who holds a post stays a member
    pytest.param("Present: Councillor Ann Roe (City Clerk), Mr Bob Poe (Treasurer)\n", ["Ann Roe", "Bob Poe"], [],
                 id="member-with-a-post"),
])
def test_officers_listed_as_present(text: str, present: list[str], officers: list[str]) -> None:
    found = _by_status(text)
    assert found.get("present", []) == present
    assert found.get("in_attendance", []) == officers


# Family: labels written without a colon, or with a note after them, in text exports
@pytest.mark.parametrize("text, expected", [
    # Magherafelt: "Presiding P McLean" then "Other Members Present ..." with no colons
    pytest.param("Presiding P McLaren\nOther Members Present P J Batey J Cammock\n",
                 {"present": ["P McLaren", "P J Batey", "J Cammock"]}, id="presiding-no-colon"),
    # Stoke Ferry: "APOLOGIES Mr. White (Chairman) and Mr. Jagger." (the colon lost)
    pytest.param("PRESENT Mrs. Lewin and Messrs Ward, Paton\nAPOLOGIES Mr. Whyte (Chairman) and Mr. Jaggard.\n",
                 {"present": ["Lewin", "Ward", "Paton"], "apologies": ["Whyte", "Jaggard"]}, id="apologies-no-colon"),
    # Northwold: "Accepted apologies for absence (LGA 1972, Section 85(1) & (2))" then the names on the next line
    pytest.param("Present: Cllr R Crisp\n16/09/6/3 Accepted apologies for absence (LGA 1972, Section 85(1) & (2))\n"
                 "Cllr Collier (on holiday).\n16/09/6/4 Members' declaration of interests\n",
                 {"present": ["R Crisp"], "apologies": ["Collier"]}, id="label-then-bracketed-note"),
    # Cambridge: "Apologies were received from Tenant Representative Lulu Agate." (a post, then the full name)
    pytest.param("Apologies were received from Tenant Representative Lulu Agar.\n", {"apologies": ["Lulu Agar"]},
                 id="post-then-full-name"),
])
def test_labels_without_colons(text: str, expected: dict[str, list[str]]) -> None:
    assert _by_status(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("Apologies and Substitutes\nThere were none.\n", id="heading-words-are-no-names"),
    pytest.param("Present Mr Smith was thanked for his work.\n", id="a-sentence-after-the-word"),
    # West Dereham: "Borough Councillor" standing alone in a list is no one's name
    pytest.param("Present: E. Drew - Chairman, Mrs. Berry, Borough Councillor together with 3 members of the public.\n",
                 id="a-title-alone"),
])
def test_no_names_from_words_after_a_label(text: str) -> None:
    found = _by_status(text)
    assert not {n for names in found.values() for n in names} & {"Substitutes", "Smith", "Borough Councillor"}


def test_a_title_opening_a_list_line_is_no_chair_label() -> None:
    # Ipswich: "Attendance At Commencement" then "Mayor X (Chairperson); Councillors A, B and C": one chair
    doc = parse(HEAD + "1. Attendance At Commencement\nMayor Tess Harden (Chairperson); Councillors Jake Madsen, "
                "Pia August and Paul Tull\n")
    assert [(a.name, a.role) for a in doc.attendance if a.status == "present"] == [
        ("Tess Harden", "Chair"), ("Jake Madsen", None), ("Pia August", None), ("Paul Tull", None)]


def test_name_comma_title_one_a_line() -> None:
    # Wood Buffalo (Alberta): "Name, Councillor" one a line under "Present:", "Absent:", "Administration:"
    found = _by_status("Present:\n\nDon Scot, Mayor\n\nMike Allan, Councillor\n\nKrista Bals, Councillor\n\nAbsent:\n\n"
                       "Bruce Ingle, Councillor\n\nAdministration:\n\nJamie Doyl, Chief Administrative Officer\n\n"
                       "1. Call to Order\n\nMayor D. Scot called the meeting to order.\n")
    assert found == {"present": ["Don Scot", "Mike Allan", "Krista Bals"], "absent": ["Bruce Ingle"],
                     "in_attendance": ["Jamie Doyl"]}


@pytest.mark.parametrize("text, expected", [
    # Des Moines: "Absent: Gatto. Sheumaker arrived at 7:32 a.m." just after the roll call
    pytest.param("ROLL CALL: Present: Cownie, Boesen, Mandel and Voss. Absent:\nGatti. Shoemaker arrived at 7:32 a.m.\n",
                 ["Cownie", "Boesen", "Mandel", "Voss", "Shoemaker"], id="bare-name-after-roll-call"),
    # Inner West (New South Wales): "Councillor Byrne entered the meeting at 6.31pm."
    pytest.param("Present: Councillor Abel\nApologies: Nil\nCouncillor Byrd entered the meeting at 6.31pm.\n",
                 ["Abel", "Byrd"], id="entered-the-meeting-at"),
    pytest.param("Present: Councillor Abel\n\n1. Minutes\n\nThe minutes were agreed. Smith arrived at the view that "
                 "they were fine. Councillor Cato arrived at the meeting late.\n", ["Abel"], id="no-time-no-arrival"),
])
def test_late_arrivals_are_present(text: str, expected: list[str]) -> None:
    assert _by_status(text).get("present") == expected


@pytest.mark.parametrize("lines, present, apologies, absent", [
    # Legistar writes every roll call with its count between the label and the names
    pytest.param(["Present: 5 - Councilmember Ortiz, Councilmember Patel, Councilmember Quinn, Vice Mayor Ruiz and Mayor Diaz",
                  "Absent: 1 - Councilmember Stone"], ["Ortiz", "Patel", "Quinn", "Ruiz", "Diaz"], [], ["Stone"],
                 id="city-council"),
    pytest.param(["Present: 3 - Ana Reyes, Bo Chen, and Cy Diaz", "Excused: 1 - Dee Park"],
                 ["Ana Reyes", "Bo Chen", "Cy Diaz"], ["Dee Park"], [], id="commission-bare-names"),
    pytest.param(["Present: 12 - Flynn, Gilmore, Hart, Ibsen, Jones, Kemp, Lowe, Moss, Nash, Owen, Pike and Quill"],
                 ["Flynn", "Gilmore", "Hart", "Ibsen", "Jones", "Kemp", "Lowe", "Moss", "Nash", "Owen", "Pike", "Quill"],
                 [], [], id="board-of-supervisors"),
    pytest.param(["Present: 4 - Supervisor Tam, Supervisor Vu, Supervisor Wong and Supervisor Yee",
                  "Excused: 1 - Supervisor Zane"], ["Tam", "Vu", "Wong", "Yee"], ["Zane"], [], id="supervisors"),
])
def test_a_legistar_roll_call_with_its_count(lines: list[str], present: list[str], apologies: list[str],
                                              absent: list[str]) -> None:
    attendance = parse_text("City of Example\nMeeting Minutes\n\nROLL CALL\n" + "\n".join(lines)
                            + "\n\n1. Minutes\n\nThe minutes were approved.\n", "legistar.txt")["attendance"]
    assert [p["name"] for p in attendance["present"]] == present
    assert [p["name"] for p in attendance["apologies"]] == apologies
    assert [p["name"] for p in attendance["absent"]] == absent
