"""The body, kind and meeting date of a paper's heading, by family of shapes councils write them in.

Each case is a heading written for the test (invented places and people), modelled on a shape found
on several councils' real papers in several countries: the families and the councils they were seen
at are named above each group. What each case must give was worked out by hand from the gold rules
(`shared/eval/GUIDE.md`): a committee's name; a full council's own name as the paper writes it, a
bare "Council" under a letterhead naming the place taking that name ("Township of X Council").
"""

from __future__ import annotations

import pytest

from ._helpers import parse

US_TAIL = ("\nROLL CALL\nPresent: Mayor Ann Roe, Council Members Bob Poe and Cy Doe\n1. CALL TO ORDER\n"
           "The meeting was called to order at 7:00 p.m.\n2. APPROVAL OF AGENDA\n"
           "Motion by Poe, seconded by Doe, to approve the agenda. Motion carried.\n")
TAIL = ("\nPRESENT: Mayor A Roe, Councillors B Poe, C Doe\nAPOLOGIES: Councillor D Low\n"
        "1. CONFIRMATION OF MINUTES\nMoved Cr Poe, seconded Cr Doe\n"
        "RESOLVED That the minutes of the previous meeting be confirmed.\nCARRIED\n")
AGENDA_TAIL = "\n1. Call to Order\n2. Disclosure of Pecuniary Interest\n3. Delegations\n4. Correspondence\n5. Adjournment\n"


def _meta(text: str) -> dict[str, object]:
    return parse(text).metadata


CASES = [
    # -- A body, then the place it belongs to: "<body> of the <City|Town|Village> of <name>" (seen at
    #    Brooklyn Center MN, North Richland Hills TX, Croton-on-Hudson NY, Enfield NY, Berne NY, Coquitlam BC)
    pytest.param("DRAFT\nMINUTES OF THE PROCEEDINGS OF THE CITY COUNCIL\nOF THE CITY OF ELMHURST PARK IN THE COUNTY\n"
                 "OF RIDLEY AND THE STATE OF MINNESOTA\nREGULAR SESSION\nMARCH 4, 2019\nCITY HALL\n" + US_TAIL,
                 "City Council of the City of Elmhurst Park", "minutes", "2019-03-04", id="proceedings-of-council-of-city"),
    pytest.param("Trustee Minutes - May 6, 2008\nRegular Meeting of the Board of Trustees of the Village of "
                 "Ashford-on-Lake, NY was held on Tuesday, May 6, 2008 at the Village Hall.\n" + US_TAIL,
                 "Board of Trustees of the Village of Ashford-on-Lake", "minutes", "2008-05-06",
                 id="board-of-trustees-of-village"),
    pytest.param("STATE OF NEW YORK\nAPRIL 8, 2021\nCOUNTY OF ORLEY\nREGULAR MEETING\nThe regular monthly meeting of "
                 "the Town Board of the Town of Fenwick was held on the above date with these members present.\n"
                 + US_TAIL, "Town Board of the Town of Fenwick", "minutes", "2021-04-08", id="town-board-of-town"),
    pytest.param("MINUTES - REGULAR COUNCIL MEETING\nThe Regular Meeting of the Council for the City of Harlow Bay "
                 "convened in the Council Chambers on Monday, June 7, 2010 at 7:05 p.m.\n" + TAIL,
                 "City of Harlow Bay Council", "minutes", "2010-06-07", id="council-for-the-city"),
    # -- A letterhead naming the place in capitals, the meeting of a bare "Council" under it (Tustin CA,
    #    Monroe NJ, Mattawa ON, Invermere BC, Central Saanich BC, Smithers BC, Colwood BC, Newell AB)
    pytest.param("CITY OF MAPLE FALLS REGULAR\nMEETING OF THE CITY COUNCIL\nJULY 9, 2024\n12 MAIN STREET\n" + US_TAIL,
                 "City Council", "minutes", "2024-07-09", id="city-of-letterhead-city-council"),
    pytest.param("MINUTES REGULAR COUNCIL MEETING TOWNSHIP OF LARKFIELD FEBRUARY 23, 2010\n" + US_TAIL,
                 "Township of Larkfield Council", "minutes", "2010-02-23", id="township-of-after-meeting"),
    pytest.param("DISTRICT OF PINE HOLLOW\nMinutes of the Regular Council held on 2018 December 03 7:00 p.m. "
                 "in the Municipal Office\n" + TAIL, "District of Pine Hollow Council", "minutes", "2018-12-03",
                 id="district-of-letterhead-year-first-date"),
    pytest.param("THE CORPORATION OF THE TOWN OF BIRCH LAKE\nAGENDA\nREGULAR MEETING OF COUNCIL\n"
                 "MONDAY, OCTOBER 3 RD, 2016 7:00 P.M.\nMUNICIPAL COUNCIL CHAMBERS\n" + AGENDA_TAIL,
                 "Town of Birch Lake Council", "agenda", "2016-10-03", id="corporation-of-town-agenda"),
    # -- "<meeting type> Meeting of Council" naming no council but the council itself (Napier NZ, Auburn
    #    NSW, Mattawa ON, North Frontenac ON, Smithers BC, Harrison Hot Springs BC)
    pytest.param("Ordinary Meeting of Council - 15 March 2021 - Open Minutes\nOrdinary Meeting of Council\nOpen Minutes\n"
                 "Meeting Date: |\nMonday 15 March 2021 |\n" + TAIL, "Council", "minutes", "2021-03-15",
                 id="ordinary-meeting-of-council-dash-date"),
    # -- A body's name then "Meeting" on a title line (La Quinta CA, Gilroy CA, Peace River RD BC, Enfield NY,
    #    Monterey MA, Southlake TX)
    pytest.param("MINUTES\nPLANNING COMMISSION MEETING\nA regular meeting held at the City Hall\n"
                 "August 12, 1997 7:00 P.M.\n" + US_TAIL, "Planning Commission", "minutes", "1997-08-12",
                 id="body-meeting-title-line"),
    pytest.param("Planning Commission Regular Meeting of MARCH 7, 2019\nI. PLEDGE OF ALLEGIANCE\n" + US_TAIL,
                 "Planning Commission", "minutes", "2019-03-07", id="body-regular-meeting-of-date"),
    pytest.param("FALCON RIVER REGIONAL DISTRICT\nNOVEMBER BOARD MEETING MINUTES\nDATE: November 24, 2016\n"
                 "PLACE: District Office Boardroom\n" + TAIL, "Falcon River Regional District Board", "minutes",
                 "2016-11-24", id="month-board-under-organisation"),
    pytest.param("MINUTES\nBOARD OF COMMISSIONERS\nCITY OF GULF HAVEN\nREGULAR SESSION\nJANUARY 14, 2020\n" + US_TAIL,
                 "Board of Commissioners", "minutes", "2020-01-14", id="board-of-in-capitals"),
    # -- Irish headings: the body after "MEETING OF THE", the place after "WHICH WAS HELD", an ordinal's
    #    full stop (Templemore-Thurles, Gorey-Kilmuckridge, Sligo, Monaghan, Mayo)
    pytest.param("MINUTES OF THE MONTHLY MEETING OF THE CARRIG-BALLYNOE MUNICIPAL\nDISTRICT WHICH WAS HELD IN THE "
                 "CIVIC OFFICES, MAIN STREET, CARRIG ON\nTUESDAY, 12th. MAY, 2015.\n" + TAIL,
                 "Carrig-Ballynoe Municipal District", "minutes", "2015-05-12", id="irish-which-was-held"),
    # -- The date "the 3rd day of December" (North Richland Hills TX, Ontario and Irish papers)
    pytest.param("Minutes of a meeting of the Licensing Committee held on Tuesday the 3rd day of December 2019 "
                 "at 7.00pm\n" + TAIL, "Licensing Committee", "minutes", "2019-12-03", id="date-day-of-month"),
]


@pytest.mark.parametrize(("text", "body", "kind", "date"), CASES)
def test_heading_family(text: str, body: str, kind: str, date: str) -> None:
    meta = _meta(text)
    assert (meta.get("body"), meta.get("kind"), meta.get("meeting_date")) == (body, kind, date)


def test_a_month_meeting_held_is_no_body() -> None:
    """"December Monthly Meeting held on Monday, 21st December 2009": a title naming the meeting and
    its date, not a body (Kells); no body is better than the sentence."""
    meta = _meta("December Monthly Meeting held on Monday, 21st December 2009, at the Civic Offices\n" + TAIL)
    assert meta.get("body") is None
    assert meta["meeting_date"] == "2009-12-21"


@pytest.mark.parametrize(("text", "authority"), [
    # the name stops where the place begins ("HELD IN"), not at the end of the line (Parramatta NSW)
    pytest.param("MINUTES OF THE Meeting of City of Ashgrove Council HELD IN THE council chamber ON Monday, "
                 "5 December 2022 AT 6:30pm\n" + TAIL, "City of Ashgrove Council", id="stops-at-held"),
    # "Meeting of the City Council" is no council's own name: the place named in capitals is
    pytest.param("CITY OF MAPLE FALLS REGULAR\nMEETING OF THE CITY COUNCIL\nJULY 9, 2024\n" + US_TAIL,
                 "City of Maple Falls", id="capitals-city-of"),
    pytest.param("MINUTES OF THE WORK SESSION AND REGULAR MEETING OF THE CITY COUNCIL OF THE CITY OF OAK RIDGE, "
                 "TEXAS HELD IN THE CITY HALL OCTOBER 8, 2018\n" + US_TAIL, "The City of Oak Ridge", id="not-meeting-of"),
])
def test_authority_is_the_councils_own_name(text: str, authority: str) -> None:
    assert _meta(text).get("authority") == authority


@pytest.mark.parametrize(("text", "value"), [
    ("held on 2018 December 03 at 7:00 p.m.", "2018-12-03"),
    ("Monday, 2019 Jan 7th", "2019-01-07"),
    ("on the 8th day of October, 2018 at 6:00 p.m.", "2018-10-08"),
    ("WEDNESDAY, 22nd. APRIL, 2015.", "2015-04-22"),
])
def test_heading_date_shapes(text: str, value: str) -> None:
    from minutes_cli.text.dates import find_date_hits
    hits = find_date_hits(text, order="MDY")
    assert [h.value for h in hits] == [value]


@pytest.mark.parametrize(("text", "kind"), [
    # -- US agendas list "Call to Order", "Roll Call" and "Approval of Minutes" as items of business to
    #    come, with no outcome (Laurel MD, Trenton MI, West Linn OR, Mattawa ON, Shasta County CA)
    pytest.param("Mayor and City Council Meeting\nTuesday, March 5, 2019 - 7:00pm to 9:00pm\n\n1. Call to order\n\n"
                 "A. Invocation\n\nB. Pledge of Allegiance to the Flag\n\nC. Roll call - Clerk\n\n2. Approval of Minutes\n\n"
                 "A. Approval of Minutes of the Fourth Meeting of Monday, February 18, 2019.\n\n3. Public hearing\n\n"
                 "4. Legislation\n", "agenda", id="us-agenda-roll-call-item"),
    pytest.param("Regular Council Meeting\nCity of Elm Lake Regular Council Meeting at 7:00 P.M.\nA. Opening\n"
                 "1. Call to Order\n2. Roll Call\n3. Minute Approval: January 8, 2019 Regular Meeting\n"
                 "B. Appointments\n1. Zoning Board of Appeals\nC. Closing\n1. Public Comment\n2. Adjourn\n",
                 "agenda", id="us-agenda-lettered-sections"),
    # the same items with one outcome written are the meeting's record
    pytest.param("Regular Council Meeting\nCity of Elm Lake Regular Council Meeting at 7:00 P.M.\nA. Opening\n"
                 "1. Call to Order\n2. Roll Call\n3. Minute Approval: Motion by Roe, seconded by Poe. Carried.\n"
                 "B. Appointments\n1. Zoning Board of Appeals\nC. Closing\n1. Public Comment\n2. Adjourn\n",
                 "minutes", id="us-minutes-with-outcome"),
])
def test_kind_of_a_list_of_business(text: str, kind: str) -> None:
    assert _meta(text)["kind"] == kind
