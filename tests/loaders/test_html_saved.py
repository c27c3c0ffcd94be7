"""HTML pages as browsers and scrapers save them: comments, forms, layout tables, chrome.

Every page here is written by the test, in the markup shape of one publishing system.
"""

from __future__ import annotations

import pytest

from minutes_cli.loaders import load
from minutes_cli.settings import Settings


def _text(html: str, name: str = "page.html") -> str:
    return load(html.encode("utf-8"), name, Settings()).text


def test_comments_and_processing_instructions_are_not_elements() -> None:
    page = ("<?xml version='1.0'?><!DOCTYPE html><html><!--[if lt IE 9]><p>old IE</p><![endif]-->"
            "<body><!-- widget start --><?php echo 1 ?><div class='content'><!-- x -->"
            "<p>RESOLVED: That the report be noted.</p></div><!-- end --></body></html><!-- after -->")
    assert _text(page) == "RESOLVED: That the report be noted."


def test_aspnet_form_wrapper_keeps_the_page() -> None:
    page = ("<html><body><form name='aspnetForm' method='post' id='aspnetForm'>"
            "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAg'/>"
            "<div id='ctl00_ContentPlaceHolder1'><h2>Meeting of the Planning Committee</h2>"
            "<p>Held on 4 March 2024.</p></div></form></body></html>")
    assert _text(page) == "Meeting of the Planning Committee\nHeld on 4 March 2024."


def test_content_in_an_element_named_sidebar_or_search_is_kept() -> None:
    page = ("<html><body><div class='sidebar'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>Council</a>"
            "</li></ul></div><div class='col has-sidebar'><div class='DnnModule-CMIS_Search sidebar-main'>"
            "<h2>Minutes of the Licensing Committee</h2><p>The committee considered the application for a "
            "premises licence at the Red Lion, heard from the applicant and from two residents who objected "
            "to the hours, and asked the licensing officer about the conditions proposed by the police.</p>"
            "<p>RESOLVED: That the licence be granted subject to the conditions set out in the report.</p>"
            "</div></div><div class='cookie-banner'>We use cookies to make this site work. " + "More text. " * 30 +
            "</div></body></html>")
    assert _text(page).split("\n") == [
        "Minutes of the Licensing Committee",
        "The committee considered the application for a premises licence at the Red Lion, heard from the "
        "applicant and from two residents who objected to the hours, and asked the licensing officer about "
        "the conditions proposed by the police.",
        "RESOLVED: That the licence be granted subject to the conditions set out in the report."]


def test_cmis_results_grid_rows_stay_rows() -> None:
    row = ("<tr class='CMIS_Grid_RowStyle'><td><div><a class='SE_HitHilighting'><img alt='Hit'></a></div></td>"
           "<td>{hits}</td><td><div><img alt='Unknown'>&nbsp;<a id='ctl_Search_grdDocuments_hlnkDocument_0'>"
           "{title}</a></div></td><td>Report</td><td>141 Kb</td><td><a id='ctl_Search_HyperLink1_0'>"
           "Meeting: Cabinet - 01/Sep/2026</a></td></tr>")
    grid = "".join(row.format(hits=h, title=t) for h, t in ((59, "Draft Minutes (FINAL)"), (7, "Agenda Contents")))
    page = (f"<html><body><form><div class='DnnModule DnnModule-CMIS_Search'><h2>Search Results</h2>"
            f"<table class='CMIS_Grid'><tr><th>&nbsp;</th><th>Hits</th><th>Document</th><th>Type</th>"
            f"<th>Size</th><th>Parent</th></tr>{grid}</table></div></form></body></html>")
    assert _text(page).split("\n") == [  # the icon column is empty: kept as an empty column
        "Search Results", "| Hits | Document | Type | Size | Parent",
        "| 59 | Draft Minutes (FINAL) | Report | 141 Kb | Meeting: Cabinet - 01/Sep/2026",
        "| 7 | Agenda Contents | Report | 141 Kb | Meeting: Cabinet - 01/Sep/2026"]


def test_hidden_elements_are_not_text() -> None:
    page = ("<html><body><div style='display: none'>No Item Selected</div><p hidden>Title</p>"
            "<p>Item 4 was deferred.</p></body></html>")
    assert _text(page) == "Item 4 was deferred."


def test_pages_as_saved_odd_shapes() -> None:
    image = "<img src='data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAA" * 2000 + "'>"
    one_line = "<p>" + "word " * 20000 + "</p>"  # 100 KB on one line
    page = ("<HTML><BODY><DIV CLASS=Content><![CDATA[ignored]]>" + image + "<P>Present: Cllr A&nbsp;&nbsp;Smith"
            "<P>Held on 21<sup>st</sup> March 2024" + one_line + "<TABLE><TR><TD>A<TD>B</TABLE>")  # never closed
    lines = _text(page).split("\n")
    assert lines[:2] == ["Present: Cllr A Smith", "Held on 21st March 2024"]
    assert lines[2] == " ".join(["word"] * 20000)
    assert lines[3:] == ["A | B"]


def test_inline_elements_join_words_and_blocks_break_them() -> None:
    page = ("<html><body><p>The <strong>drug</strong>s policy, 3<span class='Minutes'>:30</span> P<span>.</span>m.</p>"
            "<div><span>December 14, 2023</span><div>11:30 AM</div></div>"
            "<p>Moved by A<br>Seconded by B</p><dl><dt>Date:</dt><dd>4 May</dd></dl></body></html>")
    assert _text(page).split("\n") == ["The drugs policy, 3:30 P.m.", "December 14, 2023", "11:30 AM",
                                       "Moved by A", "Seconded by B", "Date:", "4 May"]


def test_deep_nesting_loads() -> None:
    deep = "<html><body>" + "<div>" * 1000 + "RESOLVED: That the report be noted." + "</div>" * 1000
    assert _text(deep) == "RESOLVED: That the report be noted."


@pytest.mark.slow
def test_a_hundred_thousand_elements_load() -> None:
    wide = "<html><body>" + "<p>x</p>" * 100_000
    assert _text(wide).count("x") == 100_000


def test_control_characters_do_not_stop_the_parser() -> None:
    text = "Minutes of the meeting of the Planning Committee held in the Council Chamber"
    assert _text(f"<p>{text}\x01\x0b\ufffe</p>") == text


def test_search_boxes_and_date_pickers_are_chrome() -> None:
    page = ("<html><body><form id='aspnetForm'><div class='search'><label for='q'>Enter Search Terms</label>"
            "<input type='text' id='q'><input type='submit' value='Search'></div>"
            "<div class='date'><label for='s'>Start Date</label><input type='text' id='s' value='09/01/2024'></div>"
            "<p>Sep 4, 2024 — Posted Aug 30, 2024 10:49 AM</p><p>RESOLVED: That the report be noted.</p>"
            "<input type='hidden' name='__VIEWSTATE' value='x'></form></body></html>")
    assert _text(page).split("\n") == ["Sep 4, 2024 — Posted Aug 30, 2024 10:49 AM", "RESOLVED: That the report be noted."]
