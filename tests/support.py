"""Helpers shared by the tests (tests/ is on pytest's pythonpath)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_cli import Settings
from minutes_cli.document import Document
from minutes_cli.loaders import load

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "fixtures"


def make_doc(text: str, name: str = "test.txt") -> Document:
    """A Document loaded from text, no stage run."""
    return load(text.encode("utf-8"), name, Settings())


def needs_shared(sub: str) -> Path:
    """The path under ../shared, or skip the test when it is absent."""
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"../shared/{sub} not available")
    return path
