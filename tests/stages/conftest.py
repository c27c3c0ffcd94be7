"""Helpers for per-stage tests: parse a text and look at one part of its record."""

from __future__ import annotations

from typing import Any

from minutes_cli import parse_text


def record(text: str) -> dict[str, Any]:
    return parse_text(text)


def decisions(text: str) -> list[dict[str, Any]]:
    return record(text)["decisions"]
