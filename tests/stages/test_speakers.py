"""Speakers: who spoke, moved, seconded, asked or is quoted; never attendance, declarers or authors."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text
from minutes_cli.api import parse_document

HEAD = "MINUTES OF THE COUNCIL\n\n"


def _names(body: str) -> list[str]:
    return [s["name"] for s in parse_text(HEAD + body)["speakers"]]


@pytest.mark.parametrize(("body", "names"), [
    pytest.param("Councillor Ann Lee said the plan was welcome.\n", ["Ann Lee"], id="honorific-said"),
    pytest.param("Cllr Gareth Rowe, Leader of the Council said:\n\n\u201cWe listened.\u201d\n", ["Gareth Rowe"],
                 id="role-without-the-then-said-colon"),
    pytest.param("The Deputy Mayor handed over to Cllr Tindle who moved the referral.\n", ["Tindle"],
                 id="who-moved"),
    pytest.param("Mr John Angus, Director of the Gallery, who had registered to speak, addressed the meeting.\n",
                 ["John Angus"], id="registered-to-speak"),
    pytest.param("Moved by Councillor M. van Holst\n\nSeconded by Councillor J. Helmer\n",
                 ["M. van Holst", "J. Helmer"], id="moved-by-seconded-by-with-particle"),
    pytest.param("RESOLUTION: That the minutes be confirmed. MOVED: Cr Barnes SECONDED: Cr Bethel CARRIED 5/0\n",
                 ["Barnes", "Bethel"], id="capitals-moved-seconded-run-together"),
    pytest.param("The minutes were proposed by Mrs Willis and seconded by C. Humphries as a correct record.\n",
                 ["Willis", "C. Humphries"], id="seconded-by-without-honorific"),
    pytest.param("It was prop. Mr.Bonnett, 2nd Mr. Ward that the seat be replaced.\n", ["Bonnett", "Ward"],
                 id="prop-and-2nd-abbreviations"),
    pytest.param("Prayer was offered by Councilman Edith Vogel.\n", ["Edith Vogel"], id="us-councilman"),
    pytest.param("Rezoning \u2014 Janice McNeil made a presentation on the changes.\n", ["Janice McNeil"],
                 id="full-name-made-a-presentation"),
    pytest.param("Tax Levy \u2014 Finance Director Steve Shaw made a presentation.\n", ["Steve Shaw"],
                 id="title-before-full-name"),
    pytest.param("The planning officer (Murray Hale) gave a useful report.\n", ["Murray Hale"],
                 id="name-in-parentheses"),
    pytest.param("Response: Councillor Mrs Linda Neal\n\nThank you for the question.\n", ["Linda Neal"],
                 id="response-double-honorific-name-stops-at-line-end"),
])
def test_speakers(body: str, names: list[str]) -> None:
    assert _names(body) == names


@pytest.mark.parametrize("body", [
    pytest.param("Councillor Sam Porter declared a personal interest in item 5.\n", id="declarer"),
    pytest.param("Councillor Porter also declared an interest.\n", id="also-declared"),
    pytest.param("PRESENT: Councillor Ann Lee (Chair), Councillor Bob Roe\n", id="attendance"),
    pytest.param("Report author: Graham Hodge\n", id="author"),
    pytest.param("The Chairman said the meeting would adjourn.\n", id="role-only"),
])
def test_not_speakers(body: str) -> None:
    assert _names(body) == []


def test_an_honorific_is_never_part_of_the_name() -> None:
    assert _names("Councillor Davies asked a question. Councillor Davies replied later.\n") == ["Davies"]


def test_apologies_cell_does_not_hide_minuted_speech() -> None:
    body = "Apologies for Absence To receive apologies Minutes: Cllr Tindle gave apologies for two members.\n"
    assert _names(body) == ["Tindle"]


@pytest.mark.parametrize(("body", "names"), [
    pytest.param("1. Maria Okafor, Housing Strategy Manager, introduced the report.\n", ["Maria Okafor"],
                 id="bare-name-with-post-appositive"),
    pytest.param("2. Ben Ashdown, Youth Worker, Priya Nair, Outreach Lead, and Colm Reilly, Project Officer, "
                 "presented the update.\n", ["Ben Ashdown", "Priya Nair", "Colm Reilly"],
                 id="list-of-names-each-with-a-post"),
    pytest.param("Jan Moss, Riverside Trust, outlined the scheme.\n", ["Jan Moss"],
                 id="organisation-after-a-name-describes-it"),
    pytest.param("Mrs Lena Shaw (Head of Legal) confirmed the advice.\n", ["Lena Shaw"], id="post-in-brackets"),
    pytest.param("Mr Tom Eade on behalf of the Allotment Society asked about rents.\n", ["Tom Eade"],
                 id="on-behalf-of"),
    pytest.param("The accounts were proposed K. Moss and seconded by R. Pell.\n", ["K. Moss", "R. Pell"],
                 id="proposed-initials-without-by"),
    pytest.param("3.2 By Councillor Haig Roads Resurfacing Programme for answer by the Convener\n", ["Haig"],
                 id="written-question-for-answer"),
    pytest.param("There was a presentation of a shield by the retiring Mayor, Councillor Ada Birch, to the club.\n",
                 ["Ada Birch"], id="presentation-by"),
    pytest.param("PRESENT: Nina Roy (Chair), Carl Webb, Tess Lowe\n\nb. Tess Lowe praised the volunteers.\n",
                 ["Tess Lowe"], id="bare-name-in-a-paper-that-lists-bare-names"),
])
def test_speaker_phrasings(body: str, names: list[str]) -> None:
    assert _names(body) == names


@pytest.mark.parametrize(("body", "names"), [
    pytest.param("PRESENT: Councillor Rhona Tate (Chair), Councillor Dev Sood\n"
                 "IN ATTENDANCE: Mr Alan Pike (Head of Waste Services)\n\n"
                 "The Chair welcomed everyone. The Head of Waste Services outlined the new rota.\n",
                 ["Rhona Tate", "Alan Pike"], id="chair-and-officer-named-in-attendance"),
    pytest.param("PRESENT IN THE CHAIR: Councillor P Nolan, Cathaoirleach\n\nAn Cathaoirleach thanked the members.\n",
                 ["P Nolan"], id="an-cathaoirleach"),
    pytest.param("Present: F. Hale - Chairman, Mrs. Dunn\n\nBins: a new bin was requested - Chairman agreed to "
                 "contact the Borough.\n", ["F. Hale"], id="chairman-without-article-after-dash"),
    pytest.param("IN ATTENDANCE: Mrs Ivy Cole (Clerk)\n\nThe Clerk and Senior Planner reported on the appeal.\n",
                 ["Ivy Cole"], id="named-post-beside-unnamed-post"),
    pytest.param("Present: Nora Quill (NQ), Owen Frost (OFR)\n\nNQ reported that the bench was repaired.\n",
                 ["Nora Quill"], id="initials-code"),
])
def test_posts_stand_for_their_named_holder(body: str, names: list[str]) -> None:
    assert _names(body) == names


@pytest.mark.parametrize("body", [
    pytest.param("The Director of Place outlined the plan.\n", id="post-never-named"),
    pytest.param("IN ATTENDANCE: Ms Jo Bell (Director of Place), Mr Sam Hart (Director of Place Delivery)\n\n"
                 "The Director of Place outlined the plan.\n", id="post-with-two-holders"),
    pytest.param("Apologies: Mr. Rudd (Chairman)\n\nThe Chairman reported on the fete.\n", id="holder-sent-apologies"),
    pytest.param("Anglian Water confirmed the works would start in May.\n", id="organisation-subject"),
    pytest.param("Bus Shelter Repairs \u2014 The Clerk reported on quotes.\n", id="heading-before-unnamed-post"),
    pytest.param("The report was welcomed by the Mayor. He questioned the cost.\n", id="pronoun"),
    pytest.param("The Statement of Accounts and Financial Regulations were agreed.\n", id="prose-subject"),
    pytest.param("5. Acme Lettings welcomed the decision.\n", id="bare-pair-in-a-paper-with-honorifics"),
    pytest.param("Present: Nora Quill (NQ)\n\nPQ reported that the bench was repaired.\n", id="code-never-defined"),
    pytest.param("Councillor Joan Rigg declared a pecuniary interest and left the room.\n", id="declarer"),
    pytest.param("Contact Officer: Mr Hal Ford, Democratic Services\n", id="contact"),
])
def test_not_speakers_new_phrasings(body: str) -> None:
    assert _names(body) == []


@pytest.mark.parametrize("body", [
    "PRESENT: Councillor Rhona Tate (Chair)\n\nThe Chair welcomed everyone and  explained\nthe order of business.\n",
    "2. Ben Ashdown, Youth Worker, and Colm Reilly, Project Officer, presented the update.\n",
    "Cllr Gareth Rowe, Leader of the Council said:\n\n\u201cWe listened.\u201d\n",
])
def test_contribution_text_is_the_folded_text_at_its_span(body: str) -> None:
    doc = parse_document((HEAD + body).encode(), "<text>")
    assert doc.speakers
    for speaker in doc.speakers:
        for c in speaker.contributions:
            assert c.text == " ".join(doc.text[c.span.start:c.span.end].split())


@pytest.mark.parametrize(("body", "names"), [
    pytest.param("IN ATTENDANCE: Mr D Watkins (Cabinet Member)\n\nMr Watkins explained the budget.\n", ["D Watkins"],
                 id="fuller-name-from-attendance"),
    pytest.param("Joanne Hale (Engagement Manager) attended for this item.\n\nMrs Hale presented the report.\n",
                 ["Joanne Hale"], id="fuller-name-written-before-a-bracket"),
    pytest.param("Present: Councillor Ann Reed, Councillor Bob Reed\n\nCouncillor Reed said the road was unsafe.\n",
                 ["Reed"], id="two-listed-with-the-surname-stays-bare"),
    pytest.param("Proposed by Councillor Collins (J)\n\nSeconded by Councillor Collins (M)\n",
                 ["J Collins", "M Collins"], id="disambiguators-keep-two-people-apart"),
])
def test_fullest_name(body: str, names: list[str]) -> None:
    assert _names(body) == names


def test_a_mover_named_by_office_is_the_office_holder_speaking() -> None:
    text = ("Minutes\n\nPresent: Cllr Helen Marsh (Chair), Cllr Sam Kemp, Cllr Joe Bell\n\n"
            "4. Car park\n\nThe motion, moved by the Chair and seconded by Cllr Sam Kemp, was put to the vote.\n\n"
            "RESOLVED: That a charge of £1 per day be introduced.\n")
    speakers = {s["name"]: s for s in parse_text(text)["speakers"]}
    assert set(speakers) == {"Helen Marsh", "Sam Kemp"}
    assert speakers["Helen Marsh"]["role"] == "Chair"
    assert len(speakers["Sam Kemp"]["contributions"]) == 1


def test_names_in_capitals_come_out_in_normal_case() -> None:
    text = ("REGULAR COUNCIL MEETING MINUTES\n\n3. Minutes\n\n"
            "COUNCIL MEMBER BROOKS MOVED, COUNCIL MEMBER MCNEIL SECONDED, TO APPROVE THE MINUTES.\n\n"
            "Motion carried.\n")
    assert sorted(s["name"] for s in parse_text(text)["speakers"]) == ["Brooks", "McNeil"]
