"""Run the whole pipeline over a text written in the test."""

from __future__ import annotations

from minutes_cli.api import parse_document
from minutes_cli.document import Document


def parse(text: str) -> Document:
    return parse_document(text.encode("utf-8"), "test.txt")
