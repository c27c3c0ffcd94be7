"""Words of structure, metadata and dates are data: a word a settings file adds works with no code change."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_cli import Settings, parse_text
from minutes_cli.api import parse_document


def _document(record: dict[str, Any]) -> Any:
    return record["_document"]


def _dates(record: dict[str, Any]) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for d in record["dates"]]


@pytest.mark.parametrize(("text", "addition", "read", "before", "after"), [
    pytest.param("Report to Cabinet\n\nKey decision: Ja\n\nThe report was noted by members of the Cabinet.",
                 {"boolean_values": {"ja": "true"}}, lambda r: _document(r).metadata.get("key_decision"), None, True,
                 id="boolean_values"),
    pytest.param("Printable version\n\nPlanning Committee minutes of the meeting\n\nThe committee met.",
                 {"not_title_lines": ["Printable version"]}, lambda r: r["document"]["title"],
                 "Printable version", "Planning Committee minutes of the meeting", id="not_title_lines"),
    pytest.param("Minutes of the meeting held on 21 June 2006.\n\nThe works finish amid May.",
                 {"month_context_words": ["amid"]}, lambda r: ("May", "2006-05") in _dates(r), False, True,
                 id="month_context_words"),
    pytest.param("Minutes of the meeting held on 2 April 2025.\n\nClause 10 and 11 March 2025 were read.",
                 {"not_day_labels": ["Clause"]}, lambda r: ("10", "2025-03-10") in _dates(r), True, False,
                 id="not_day_labels"),
    pytest.param("Minutes of the meeting held on 10 June 2024.\n\nThe works began on 23 May the year before.",
                 {"relative_years": {"the year before": "-1"}}, lambda r: [v for t, v in _dates(r) if t == "23 May"],
                 ["2024-05-23"], ["2023-05-23"], id="relative_years"),
    pytest.param("Notes\n\nThe Cabinet endorsed the plan. The Cabinet endorsed the budget.\n\nThe Board agreed.",
                 {"body_actor_verbs": ["endorsed"]}, lambda r: r["document"]["body"], "Board", "Cabinet",
                 id="body_actor_verbs"),
])
def test_a_word_added_in_settings_works(text: str, addition: dict[str, Any], read: Any, before: Any,
                                        after: Any) -> None:
    def parsed(settings: Settings) -> dict[str, Any]:
        record = parse_text(text, settings=settings)
        record["_document"] = parse_document(text.encode(), "paper.txt", settings=settings)
        return record

    assert read(parsed(Settings())) == before
    assert read(parsed(Settings(lexicon=addition))) == after
