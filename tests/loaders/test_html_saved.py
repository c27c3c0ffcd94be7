"""HTML pages as browsers and scrapers save them: comments, forms, layout tables, chrome.

Every page here is written by the test, in the markup shape of one publishing system.
"""

from __future__ import annotations

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
