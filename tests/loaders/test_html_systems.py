"""One page per publishing system, written here in that system's markup shape, read as a
browser shows it; and the page saved raw parses like its visible text."""

from __future__ import annotations

from typing import Any

from minutes_cli import parse_bytes, parse_text
from minutes_cli.loaders import load
from minutes_cli.settings import Settings

VIEWSTATE = "/wEPDwUKLTM0NjY0NjEwMg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUKQ2l0eSBDb3VuY2lsZGQ" * 40


def _lines(html: str, name: str = "page.html") -> list[str]:
    return load(html.encode("utf-8"), name, Settings()).text.split("\n")


def _essentials(record: dict[str, Any]) -> dict[str, Any]:
    return {"decisions": [d["text"] for d in record["decisions"]],
            "speakers": sorted(s["name"] for s in record["speakers"]),
            "dates": sorted({d["value"] for d in record["dates"]})}


LEGISTAR = f"""<!DOCTYPE html><html><head><title>City of Exampleton - Meeting of City Council</title>
<script type="text/javascript">var Telerik = {{}}; Sys.Application.add_init(function() {{ $create(); }});</script>
<style>.rgRow td {{ padding: 2px }}</style></head>
<body><a class="skip-to-content" href="#main">Skip to main content</a>
<form name="aspnetForm" method="post" action="./MeetingDetail.aspx?ID=1234" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" /></div>
<div class="RadTabStrip" id="ctl00_tabTop"><ul class="rtsUL"><li class="rtsLI"><a class="rtsLink" href="Calendar.aspx">Calendar</a></li>
<li class="rtsLI"><a class="rtsLink" href="Legislation.aspx">Legislation</a></li></ul></div>
<div id="ctl00_ContentPlaceHolder1_divMeetingDetails">
<table id="ctl00_ContentPlaceHolder1_tblMain">
<tr><td><span>Meeting Name:</span></td><td><a id="ctl00_ContentPlaceHolder1_hypName">City Council</a></td>
<td><span>Agenda status:</span></td><td><span>Final</span></td></tr>
<tr><td><span>Meeting date/time:</span></td><td><span id="ctl00_ContentPlaceHolder1_lblDate">3/4/2024</span>&nbsp;<span id="ctl00_ContentPlaceHolder1_lblTime">5:30 PM</span></td>
<td>Minutes status:</td><td>Final</td></tr></table></div>
<div class="RadGrid RadGrid_Tacoma" id="ctl00_ContentPlaceHolder1_gridMain"><table class="rgMasterTable">
<thead><tr><th class="rgHeader">File #</th><th class="rgHeader">Title</th><th class="rgHeader">Action</th><th class="rgHeader">Result</th></tr></thead>
<tbody><tr class="rgRow"><td><a href="LegislationDetail.aspx?ID=1">24-0101</a></td><td>Contract for street <b>lighting</b> repairs</td><td>Approve</td><td><font color="green">Pass</font></td></tr>
<tr class="rgAltRow"><td><a href="LegislationDetail.aspx?ID=2">24-0102</a></td><td>Budget amendment for parks</td><td>Defer</td><td>Fail</td></tr>
</tbody></table></div>
<div class="RadWindow" style="display:none;"><div class="rwTitle">##LOC[OK]##</div></div>
</form></body></html>"""


def test_legistar_grid() -> None:
    assert _lines(LEGISTAR) == [
        "City of Exampleton - Meeting of City Council",
        "Meeting Name: | City Council | Agenda status: | Final",
        "Meeting date/time: | 3/4/2024 5:30 PM | Minutes status: | Final",
        "File # | Title | Action | Result",
        "24-0101 | Contract for street lighting repairs | Approve | Pass",
        "24-0102 | Budget amendment for parks | Defer | Fail"]


# Word "filtered HTML": style block inside a comment, unquoted attributes, MsoNormal spans,
# a two-column resolution table, &nbsp; padding, a Symbol-font bullet; cut off mid-table.
INFOCOUNCIL = """<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt;}
--></style></head><body lang=EN-AU><div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:14.0pt'>MINUTES OF COUNCIL ORDINARY MEETING</span></b></p>
<p class=MsoNormal>Held on 26 February 2026 at 9.00 am</p>
<h2><a name="Item_3"></a>3.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span>Confirmation of Minutes</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td width=132 valign=top><p class=MsoNormal><b>Resolution</b></p></td>
<td width=500 valign=top style='background:#D9D9D9'><p class=MsoNormal><a name="Resolved_1_2"></a>That the
Minutes of the Ordinary Meeting held on 29 January 2026 be con<span style='color:black'>firmed</span>.</p>
<p class=MsoNormal><a name="MoverSeconder_1_2"></a>Moved by Councillor Ann Roe:<br>Seconded by Councillor Ben Cole:</p>
<p class=MsoNormal>The motion was put and carried.</p></td></tr>
<tr><td width=132 valign=top><p class=MsoNormal>AFFIRMATIVE</p></td>
<td width=500 valign=top><p class=MsoNormal><span style='font-family:Symbol'>·</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Councillor
Roe</p><p class=MsoNormal><span style='font-family:Symbol'>·</span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Councillor Cole</p></td></tr>
<tr><td width=132 valign=top><p class=MsoNormal><b>Resolution</b></p></td>
<td width=500 valign=top><p class=MsoNormal>That the report be re"""


def test_infocouncil_resolution_table() -> None:
    assert _lines(INFOCOUNCIL) == [
        "MINUTES OF COUNCIL ORDINARY MEETING",
        "Held on 26 February 2026 at 9.00 am",
        "3. Confirmation of Minutes",
        "Resolution",
        "That the Minutes of the Ordinary Meeting held on 29 January 2026 be confirmed.",
        "Moved by Councillor Ann Roe:",
        "Seconded by Councillor Ben Cole:",
        "The motion was put and carried.",
        "AFFIRMATIVE",
        "· Councillor Roe",
        "· Councillor Cole",
        "Resolution | That the report be re"]


MODERNGOV = """<!DOCTYPE html><html lang="en"><head><title>Decision - Library opening hours</title></head><body>
<div id="cookie-notice">This site uses cookies. <a href="/cookies">Accept</a></div>
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="ieDecisions.aspx">Decisions</a></div>
<div id="modgov"><div class="mgContent"><h1 class="mgMainTitleTxt">Decision details</h1>
<h2 class="mgSubTitleTxt">Library opening hours</h2>
<p class="mgSectionTitle">Decision Maker: <a href="mgCommitteeDetails.aspx?ID=1">Cabinet</a></p>
<p>Decision status: Recommendations Approved</p>
<h2 class="mgSectionTitle">Decision:</h2>
<div class="mgWordPara"><p>RESOLVED: That the opening hours of the central library be extended to 8pm on weekdays from 1 April 2024.</p></div>
<h2 class="mgSectionTitle">Minutes:</h2>
<div class="mgWordPara"><p>Councillor Dana Reyes introduced the report.</p>
<p>RESOLVED: That the opening hours of the central library be extended to 8pm on weekdays from 1 April 2024.</p></div>
<p>Publication date: 14/03/2024</p>
<p>Date of decision: 12/03/2024</p>
<p><a class="mgSupportingDocs" href="doc.pdf">Report PDF 245 KB</a></p></div>
<div class="mgSidebar sidebar"><h3>Other decisions</h3><ul><li><a href="1">Parking charges</a></li>
<li><a href="2">Leisure contract</a></li></ul></div></div>
<footer class="site-footer"><a href="/access">Accessibility</a></footer></body></html>"""


def test_moderngov_decision_page() -> None:
    assert _lines(MODERNGOV) == [
        "Decision details", "Library opening hours", "Decision Maker: Cabinet",
        "Decision status: Recommendations Approved", "Decision:",
        "RESOLVED: That the opening hours of the central library be extended to 8pm on weekdays "
        "from 1 April 2024.",
        "Minutes:", "Councillor Dana Reyes introduced the report.",
        "Publication date: 14/03/2024", "Date of decision: 12/03/2024", "Report PDF 245 KB"]


# Old ASP.NET 1.1: upper-case tags, GridLayout, <FORM> with __VIEWSTATE, layout tables three deep.
ASPNET = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><HTML><HEAD>
<META name="GENERATOR" Content="Microsoft Visual Studio .NET 7.1"><TITLE>Master Detail Report</TITLE></HEAD>
<BODY MS_POSITIONING="GridLayout"><FORM name="Form1" method="post" action="key.aspx" id="Form1">
<INPUT type="hidden" name="__VIEWSTATE" value="{VIEWSTATE}" />
<TABLE width="100%"><TR><TD><TABLE><TR><TD><TABLE>
<TR><TD><B>Type:</B></TD><TD>Resolution</TD><TD><B>Status:</B></TD><TD>ADOPTED</TD></TR>
<TR><TD><B>Title:</B></TD><TD>Approving the Five Year Financial Plan</TD></TR>
</TABLE></TD></TR></TABLE></TD></TR>
<TR><TD><!-- history grid --><TABLE><TR><TD>Date</TD><TD>Action Taken</TD></TR>
<TR><TD>2/3/2000</TD><TD>Introduced and Referred</TD></TR>
<TR><TD>3/30/2000</TD><TD>ADOPTED</TD></TR></TABLE></TD></TR></TABLE>
</FORM></BODY></HTML>"""


def test_aspnet_form_page_with_nested_layout_tables() -> None:
    assert _lines(ASPNET) == [
        "Master Detail Report", "Type: | Resolution | Status: | ADOPTED",
        "Title: | Approving the Five Year Financial Plan", "Date | Action Taken",
        "2/3/2000 | Introduced and Referred", "3/30/2000 | ADOPTED"]


PARISH = """<!DOCTYPE html><html><head><title>Northam Parish Council - May meeting</title>
<script src="bootstrap.js"></script></head><body>
<header><nav class="navbar"><ul><li><a href="/">Village</a></li><li><a href="/2016">2016</a></li>
<li><a href="/2015">2015</a></li></ul></nav></header>
<div class="container"><div class="row"><div class="col-md-9"><h1>Northam Parish Council - May meeting</h1>
<p>Minutes of the meeting held on 10<sup>th</sup> May 2016 in the Village Hall.</p>
<table border="0"><tr><td><strong>Item</strong></td><td><strong>Minute</strong></td><td><strong>Action</strong></td></tr>
<tr><td>16/05/1</td><td><p><strong>Apologies</strong></p><p>Apologies were received from Cllr Hale.</p></td><td>&nbsp;</td></tr>
<tr><td>16/05/2</td><td><p><strong>Bus shelter</strong></p><p>Cllr Amy Shaw reported that the bus shelter glass was broken.</p>
<p>Resolved to obtain three quotes for the repair.</p></td><td>Clerk</td></tr></table>
</div><div class="col-md-3 sidebar"><h4>Recent posts</h4><ul><li><a href="/a">April meeting</a></li>
<li><a href="/b">March meeting</a></li></ul></div></div></div>
<footer><p>Copyright stokeferry.com</p></footer></body></html>"""


def test_parish_three_column_layout_table() -> None:
    assert _lines(PARISH) == [
        "Northam Parish Council - May meeting",
        "Minutes of the meeting held on 10th May 2016 in the Village Hall.",
        "Item | Minute | Action",
        "16/05/1 Apologies", "Apologies were received from Cllr Hale.",
        "16/05/2 Bus shelter", "Cllr Amy Shaw reported that the bus shelter glass was broken.",
        "Resolved to obtain three quotes for the repair.", "Clerk"]


def test_raw_pages_parse_like_their_visible_text() -> None:
    for page in (MODERNGOV, INFOCOUNCIL, PARISH):
        raw = _essentials(parse_bytes(page.encode("utf-8"), "page.html"))
        visible = _essentials(parse_text("\n".join(_lines(page)), "page.txt"))
        assert raw == visible
        assert raw["dates"]
