"""One copy of Roman numerals for the HTML and DOCX loaders (issue 9: numerals existed in several copies)."""

from __future__ import annotations

import pytest

from minutes_cli.loaders._docxnum import format_number
from minutes_cli.loaders._htmlwalk import list_label
from minutes_cli.text.numerals import roman


@pytest.mark.parametrize(("n", "written"), [
    (1, "i"), (3, "iii"), (4, "iv"), (9, "ix"), (14, "xiv"), (40, "xl"), (90, "xc"), (400, "cd"), (1990, "mcmxc"),
    (2024, "mmxxiv"), (0, ""), (-3, "")])
def test_roman(n: int, written: str) -> None:
    assert roman(n) == written


def test_the_loaders_write_numerals_alike() -> None:
    assert list_label("i", 4) == "iv." and list_label("I", 9) == "IX."
    assert format_number(4, "lowerRoman") == "iv" and format_number(14, "upperRoman") == "XIV"
