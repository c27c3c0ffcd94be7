"""Speakers: who spoke, moved, seconded, asked or is quoted; never attendance, declarers or authors."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

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
    pytest.param("Councillor Davies asked a question. Councillor Davies replied later.\n", id="no-honorific-as-name"),
])
def test_not_speakers(body: str) -> None:
    assert [n for n in _names(body) if "Davies" not in n] == []
    assert all(not n.startswith("Councillor") for n in _names(body))


def test_apologies_cell_does_not_hide_minuted_speech() -> None:
    body = "Apologies for Absence To receive apologies Minutes: Cllr Tindle gave apologies for two members.\n"
    assert _names(body) == ["Tindle"]
