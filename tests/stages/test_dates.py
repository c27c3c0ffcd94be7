"""Dates: shapes, year-less resolution from the paper's own date, and the meeting date."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_cli import parse_text
from minutes_cli.text.dates import find_date_hits

BASE = dt.date(2006, 6, 21)


@pytest.mark.parametrize(("text", "values"), [
    pytest.param("met, on2 July 2013, the engineer", ["2013-07-02"], id="day-glued-to-word"),
    pytest.param("during July and August 2002", ["2002-07", "2002-08"], id="month-shares-next-year"),
    pytest.param("the June meeting of the council", ["2006-06"], id="the-month-meeting"),
    pytest.param("Salary to end May", ["2006-05"], id="end-month"),
    pytest.param("The May meeting", ["2006-05"], id="capital-the-month"),
    pytest.param("the contract ends in April this year", [], id="month-this-year-is-relative"),
    pytest.param("you may wish to note", [], id="may-verb"),
    pytest.param("documents/16th%20February%202023.pdf", [], id="url-escaped-space"),
    pytest.param("in December", ["2005-12"], id="month-nearest-to-base-goes-back"),
])
def test_hits_with_base(text: str, values: list[str]) -> None:
    assert [h.value for h in find_date_hits(text, base=BASE)] == values


def test_month_alone_needs_a_base() -> None:
    assert find_date_hits("during July", base=None) == []


def _meeting(text: str) -> str | None:
    return parse_text(text)["document"]["meeting_date"]


@pytest.mark.parametrize(("text", "value"), [
    pytest.param('title: "Minutes of the Parish Council Meeting" date: "2001-02-01"\n\nHeld on the 16th November '
                 "2000 at 7.30pm\n\nPRESENT Mr A\n", "2000-11-16", id="held-on-beats-posting-date"),
    pytest.param("Minutes of the June meeting\n\nAt 7.30pm on Wednesday 21 June 2006\n\nApologies: Mr B\n\n"
                 "g) Following the public meeting on 24 May a group was set up.\n", "2006-06-21",
                 id="weekday-date-in-heading"),
    pytest.param("MINUTES OF THE MEETING HELD ON THURSDAY 16th FEBRUARY AT 3PM\n\nCirculated copy of draft Minutes "
                 "of the meeting held on 19th January, 2023.\n", "2023-02-16", id="year-less-heading-from-other-dates"),
    pytest.param("Cabinet - Tuesday, 18 November 2025 7:00 pm\n\nMinutes:\n\nThe Minutes of the meetings held on "
                 "14 October 2025 were approved as a correct record.\n", "2025-11-18",
                 id="previous-minutes-date-is-not-the-meeting"),
    pytest.param("Site banner\n\nPapers 1 Meeting\n\nApr 04, 2018\n\nNotice of Meeting\n\nThursday, 25 October 2012 "
                 "at 10 am\n", "2012-10-25", id="weekday-beats-upload-date"),
    pytest.param("Decision type: Non-key\n\nDecision due: 14 Dec 2023 by Planning Committee\n", "2023-12-14",
                 id="decision-due-field"),
])
def test_meeting_date(text: str, value: str) -> None:
    assert _meeting(text) == value


def test_news_year_less_date_from_source_date_line_not_prose() -> None:
    text = ("Council to end contract\n\nAt a council meeting on 11 January, the director said so.\n\n"
            "It could run until the current end date of September 2023.\n\nSource Date\n\n"
            "October 2022 and January 2023\n")
    values = [d["value"] for d in parse_text(text)["dates"]]
    assert "2023-01-11" in values


@pytest.mark.parametrize(("text", "addition", "found"), [
    pytest.param("Held on 3 Dekember 2024.", {"months": {"Dekember": "12"}}, ("3 Dekember 2024", "2024-12-03"), id="month"),
    pytest.param("Held on Thursdy, 2 May 2024.", {"weekdays": ["Thursdy"]}, ("Thursdy, 2 May 2024", "2024-05-02"),
                 id="weekday"),
    pytest.param("Held on 1er May 2024.", {"ordinal_suffixes": ["er"]}, ("1er May 2024", "2024-05-01"), id="ordinal"),
    pytest.param("The Selectboard met. The letter of 04/03/2022 was read.", {"date_order": {"MDY": ["Selectboard"]}},
                 ("04/03/2022", "2022-04-03"), id="date-order-cue"),
])
def test_a_date_word_added_in_settings_works(text: str, addition: dict[str, object], found: tuple[str, str]) -> None:
    from minutes_cli import Settings

    def dates(settings: Settings) -> list[tuple[str, str]]:
        return [(d["text"], d["value"]) for d in parse_text(text, settings=settings)["dates"]]

    assert found not in dates(Settings())
    assert found in dates(Settings(lexicon=addition))


def test_date_order_inferred_and_forced() -> None:
    from minutes_cli import Settings
    from minutes_cli.text.dateorder import infer_order

    us = "Councilmember Roe moved. Minutes of January 8, 2019 and of 11/30/2018. Letter of 04/03/2019."
    assert infer_order(us).order == "MDY"
    assert infer_order("Cllr Roe reported on 13/05/2022 and 04/03/2022.").order == "DMY"
    forced = parse_text(us, settings=Settings(date_order="DMY"))
    assert "2019-03-04" in [d["value"] for d in forced["dates"]]
    assert "D304" not in {p["code"] for p in forced["problems"]}


@pytest.mark.parametrize(("text", "roles"), [
    # Breckland (ModernGov decision details: the decision's date and the meeting's are the same day)
    pytest.param("Decision details\n\nRoom use\n\nDecision Maker: Cabinet\n\nPublication date: 02/08/2012\n\n"
                 "Date of decision: 31/07/2012\n\nDecided at meeting: 31/07/2012 - Cabinet\n\nEffective from: 10/08/2012\n",
                 ["published", "decision", "meeting", "effective"], id="moderngov-decision-and-meeting"),
    # Maldon (no "Effective from")
    pytest.param("Decision details\n\nChairman's notices\n\nDecision Maker: Strategy Committee\n\n"
                 "Publication date: 01/10/2020\n\nDate of decision: 17/09/2020\n\n"
                 "Decided at meeting: 17/09/2020 - Strategy Committee\n",
                 ["published", "decision", "meeting"], id="decided-at-meeting-is-the-meeting"),
    # South Oxfordshire (an individual member's decision: no meeting line, the decision date stays a decision)
    pytest.param("Decision details\n\nLeisure strategy\n\nDecision Maker: Cabinet member for wellbeing\n\n"
                 "Publication date: 29/03/2018\n\nDate of decision: 28/03/2018\n",
                 ["published", "decision"], id="decision-date-without-meeting"),
    # Cambridge (decision register: "Decision published:")
    pytest.param("Decisions published\n\nDecision Maker: Executive Councillor for Housing\n\n"
                 "Decision published: 26/06/2019\n\nEffective from: 11/02/2019\n",
                 ["published", "effective"], id="decision-published-label"),
    # Flintshire (dates on the line after their labels)
    pytest.param("Decision details\n\nLibrary update\n\nDecision Maker: Cabinet\n\nPublication date:\n\n27/09/2024\n\n"
                 "Date of decision:\n\n25/09/2024\n\nDecided at meeting:\n\n25/09/2024 - Cabinet\n",
                 ["published", "decision", "meeting"], id="labels-over-their-dates"),
    # a council news page: "Source Date" over its month
    pytest.param("Council to review bus routes\n\nAt a meeting on 3 March the cabinet agreed a review.\n\n"
                 "Source\n\nCabinet papers\n\nSource Date\n\nMarch 2022\n",
                 ["mentioned", "published"], id="news-source-date"),
    # Havering (a news page's "Published:" line)
    pytest.param("Leisure centres close\n\nPublished: Friday, 20 March 2020\n\nThe centres close from 21 March, a spokesperson said.\n",
                 ["published", "mentioned"], id="news-published-weekday"),
])
def test_labelled_roles(text: str, roles: list[str]) -> None:
    """A labelled date keeps its label's role even when it is the meeting's date too."""
    assert [d["role"] for d in parse_text(text)["dates"]] == roles



@pytest.mark.parametrize(("text", "role"), [
    pytest.param("Six bids were received by the closing date of 20 January 2006.", "deadline", id="closing-date-of"),
    pytest.param("The consultation closes on 4 March 2022, the council said.", "deadline", id="closes-on"),
    pytest.param("Comments must be made no later than 5 May 2021.", "deadline", id="no-later-than"),
    pytest.param("The deadline for comments is 9 June 2020.", "deadline", id="deadline-words-before"),
    pytest.param("The park reopened on 2 April 2019 after repairs.", "mentioned", id="plain-date"),
])
def test_deadline_cues(text: str, role: str) -> None:
    """A deadline is told by the lexicon's `deadline_cues` just before the date."""
    record = parse_text("Report to Cabinet\n\nSubject: Tender\n\nMeeting date: 1 December 2025\n\n" + text + "\n")
    assert record["dates"][-1]["role"] == role
