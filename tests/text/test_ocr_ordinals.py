"""Dates whose ordinal suffix a scan's text recognition mangled ("11™ June", '22"° April').

The junk is read as the suffix only between a one- or two-digit day and a month name; the
date's span is the text as written. Every case is written here in our own words, modelled
on the shapes seen in scanned minutes: an Irish county council's archive (the marks ™ ° " ” *
% ® +t, alone or in runs, the month on the next line, "of" between), a county council whose
extracted headings title-case the suffix ("3Rd November"), parish papers whose PDF text splits
the suffix from its day ("13 th JANUARY"), and a US city's scanned minutes ("April 22nd.,").
"""

from __future__ import annotations

import datetime as dt
import re
import tarfile
from pathlib import Path

import pytest

from minutes_cli import Settings, parse_text
from minutes_cli.text.dates import find_date_hits

BASE = dt.date(2014, 6, 1)
ARCHIVE = Path(__file__).resolve().parents[2].parent / "shared" / "bulk" / "minutes-archive.tar.gz"


def _days(text: str, base: dt.date | None = BASE) -> list[tuple[str, str]]:
    """(text as written, value) of each day-precision date found."""
    return [(h.text, h.value) for h in find_date_hits(text, base=base) if h.precision == "day"]


@pytest.mark.parametrize(("text", "written", "value"), [
    pytest.param("SITTING OF THE ROADS PANEL, ON WEDNESDAY 18™ JUNE, 2014, AT 11.30 A.M.",
                 "WEDNESDAY 18™ JUNE, 2014", "2014-06-18", id="trade-mark-sign"),
    pytest.param('CONVENED AT THE TOWN HALL ON TUESDAY, 29"° APRIL, 2014, AT 3 P.M.',
                 'TUESDAY, 29"° APRIL, 2014', "2014-04-29", id="quote-then-degree"),
    pytest.param("THE BOARD SAT ON MONDAY, 8° SEPTEMBER, 2014, AT NOON", "MONDAY, 8° SEPTEMBER, 2014",
                 "2014-09-08", id="degree-sign"),
    pytest.param('HELD ON THURSDAY, 16" OCTOBER, 2014, AT 4 P.M.', 'THURSDAY, 16" OCTOBER, 2014', "2014-10-16",
                 id="straight-double-quote"),
    pytest.param("THE LIBRARY, ON FRIDAY, 13™\nJUNE, 2014, AT 2 P.M.", "FRIDAY, 13™\nJUNE, 2014", "2014-06-13",
                 id="month-on-the-next-line"),
    pytest.param('members agreed the record of their sitting of 24" September, 2014 without change',
                 '24" September, 2014', "2014-09-24", id="running-text"),
    pytest.param('A letter of 7" April, 2014 from the Minister was read.', '7" April, 2014', "2014-04-07",
                 id="report-dated"),
    pytest.param("members will meet again on Tuesday, 8” July, 2014, at noon", "Tuesday, 8” July, 2014", "2014-07-08",
                 id="curly-closing-quote"),
    pytest.param("the accounts closed at 30“ November, 2016, showed a surplus", "30“ November, 2016", "2016-11-30",
                 id="curly-opening-quote"),
    pytest.param("a note of the workshop on 5* March, 2014, is attached", "5* March, 2014", "2014-03-05",
                 id="asterisk"),
    pytest.param("the office will close on Friday 10% April, 2015 for the day", "Friday 10% April, 2015", "2015-04-10",
                 id="percent-sign"),
    pytest.param("orders made since 12® May, 2014 are listed", "12® May, 2014", "2014-05-12",
                 id="registered-sign"),
    pytest.param("THE CHAMBER, ON THURSDAY, 1+t JUNE, 2017, AT 3 P.M.", "THURSDAY, 1+t JUNE, 2017",
                 "2017-06-01", id="plus-read-for-t"),
    pytest.param('SAT ON MONDAY,\n22"? FEBRUARY, 2016, AT 6 P.M.', 'MONDAY,\n22"? FEBRUARY, 2016', "2016-02-22",
                 id="quote-then-question-mark"),
    pytest.param("MET ON TUESDAY, 23*°° JUNE, 2015, AT 5 P.M.", "TUESDAY, 23*°° JUNE, 2015", "2015-06-23",
                 id="run-of-three-marks"),
    pytest.param('the survey walked on the 19" of August, 2015 found no damage',
                 '19" of August, 2015', "2015-08-19", id="mark-then-of"),
    pytest.param("fees rise with effect from the 1° of March, 2025 for all", "1° of March, 2025",
                 "2025-03-01", id="degree-then-of"),
    pytest.param("The Council sat on Monday 23Rd June, 2008 at 2.00 p.m.", "Monday 23Rd June, 2008",
                 "2008-06-23", id="title-case-suffix"),
    pytest.param("THE VILLAGE MEETING took place on TUESDAY, 20 th JANUARY 2015 at the school",
                 "TUESDAY, 20 th JANUARY 2015", "2015-01-20", id="suffix-split-from-its-day"),
    pytest.param("PARISH MEETING OF THURSDAY 1 ST DECEMBER 2016 IN THE HALL", "THURSDAY 1 ST DECEMBER 2016",
                 "2016-12-01", id="capital-suffix-split-from-its-day"),
])
def test_mangled_suffix_reads_the_date_as_written(text: str, written: str, value: str) -> None:
    hits = find_date_hits(text, base=BASE)
    assert [(h.text, h.value) for h in hits if h.precision == "day"] == [(written, value)]
    hit = next(h for h in hits if h.precision == "day")
    assert text[hit.start:hit.end] == written  # the span covers the junk as written


def test_year_less_day_with_a_mark_takes_the_papers_year() -> None:
    assert _days("the plan was adopted when members met on 15” December", dt.date(2014, 11, 5)) == [
        ("15” December", "2014-12-15")]


def test_month_first_ordinal_with_a_stray_full_stop() -> None:
    # scanned minutes of a US city put a full stop after the suffix (the year from the paper)
    assert _days("The record of the meeting of April 29th., was read out", dt.date(1912, 5, 15)) == [
        ("April 29th", "1912-04-29")]


@pytest.mark.parametrize("text", [
    pytest.param('Replace the 9" pipe under the road with a 12" one', id="inches"),
    pytest.param("the wall leans at 45° to the road", id="angle"),
    pytest.param("a temperature of 21°C in June", id="temperature-then-month"),
    pytest.param('He said "5" and sat down', id="quote-after-a-number"),
    pytest.param("Is that item 5? May we move on", id="question-mark-then-may"),
    pytest.param("prices rose by 2.5% May 2014 on the year", id="decimal-percent-then-month"),
    pytest.param('opened on June 9" 2014', id="mark-after-a-month-first-day"),
    pytest.param("product code 145™ June 2014 catalogue", id="three-digit-number"),
    pytest.param("from May 5 St Johns Road is closed", id="title-case-suffix-after-a-month"),
    pytest.param('the /1" day of , 1978', id="mark-then-no-month"),
    pytest.param("held on 14zz March 2022", id="letters-not-a-suffix"),
])
def test_near_misses_are_not_days(text: str) -> None:
    assert _days(text) == []


def test_meeting_date_from_a_mangled_heading() -> None:
    text = ("MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF NORTHFIELD HELD IN THE COUNCIL CHAMBER, CIVIC\n"
            "OFFICES, NORTHFIELD, ON WEDNESDAY 11™ JUNE, 2014, AT 10.00 A.M.\n\nPRESENT IN THE CHAIR: "
            'Councillor A. Byrne\n\n1. Adoption of Minutes\n\nThe minutes of the meeting held on 7" May, 2014 '
            "were adopted.\n")
    record = parse_text(text)
    assert record["document"]["meeting_date"] == "2014-06-11"
    start, end = record["document"]["evidence"]["meeting_date"]
    assert "11™ JUNE, 2014" in text[start:end]
    assert "2014-05-07" in [d["value"] for d in record["dates"]]


def test_a_mark_added_in_settings_is_read() -> None:
    text = "Minutes of the Licensing Committee held on 14§ March 2022\n\nPresent: Councillor Ann Roe\n"
    assert parse_text(text)["document"]["meeting_date"] is None
    added = Settings(lexicon={"ordinal_marks": ["§"]})
    assert parse_text(text, settings=added)["document"]["meeting_date"] == "2022-03-14"


# A heading of the archive's scanned minutes: weekday, day, junk that is no suffix, month, year
# (written independently of the grammar, so the grammar is checked against it)
_HEADING = re.compile(r"\b(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY),?\s+([0-3]?\d)([^\w\s,]{1,3})\s*"
                      r"(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER),?\s*"
                      r"((?:19|20)\d\d)")
_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
           "NOVEMBER", "DECEMBER")


@pytest.mark.shared
def test_every_mangled_heading_of_the_bulk_archive_is_read() -> None:
    if not ARCHIVE.exists():
        pytest.skip("../shared/bulk/minutes-archive.tar.gz is absent")
    headings = []
    with tarfile.open(ARCHIVE) as tar:
        for member in tar:
            if member.isfile() and "limerick" in member.name:
                text = tar.extractfile(member).read().decode("utf-8", "replace")  # type: ignore[union-attr]
                headings += [m for m in _HEADING.finditer(text) if int(m.group(2)) <= 31]
    assert len(headings) >= 40  # the archive holds dozens of such headings
    for m in headings:
        want = f"{m.group(5)}-{_MONTHS.index(m.group(4)) + 1:02d}-{int(m.group(2)):02d}"
        assert want in [v for _, v in _days(m.group(0))], m.group(0)
