"""A name word or number word a settings file adds is read by every stage that reads names or
tallies, not only by the two the lexicon-entry templates go through (issue 9, point 1).

The name grammar (`text.names.name_grammar`, `text.listnames.list_name`) and the tally's number
words (`stages.votes._votetext.numbers`) are built per lexicon key; before, they were compiled once
at import from the base lexicon, so each case below failed. Texts are written for the tests, in the
shapes real minutes take; names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from minutes_cli import Settings
from minutes_cli.api import parse_document
from minutes_cli.errors import ConfigError
from minutes_cli.records import to_record

# "Zorb" is in no lexicon list: added as a surname particle, "A. Zorb Berg" is one name
PARTICLE = Settings.from_mapping({"lexicon": {"surname_particles": ["Zorb"], "name_particles": ["zorb"]}})


def _record(text: str, settings: Settings) -> dict[str, Any]:
    return to_record(parse_document(text.encode("utf-8"), "case.txt", settings=settings))


def test_a_surname_particle_from_settings_joins_a_declarers_name() -> None:
    text = ("MINUTES OF THE COUNCIL\n\n1. Declarations of Interest\n\n"
            "Councillor A. Zorb Berg declared a pecuniary interest in item 5 as a member of the Trust.\n")
    assert [d["name"] for d in _record(text, PARTICLE)["declarations"]] == ["A. Zorb Berg"]
    assert [d["name"] for d in _record(text, Settings())["declarations"]] != ["A. Zorb Berg"]


def test_a_surname_particle_from_settings_joins_a_role_holders_name() -> None:
    text = ("MINUTES OF THE COUNCIL\n\nPresent: Councillor Bob Poe, Councillor Cy Dee\n\n1. Budget\n\n"
            "The Leader, Councillor A. Zorb Berg, introduced the budget.\n")
    holders = [(r["role"], r["name"]) for r in _record(text, PARTICLE)["roles"]]
    assert ("Leader", "A. Zorb Berg") in holders
    assert ("Leader", "A. Zorb Berg") not in [(r["role"], r["name"]) for r in _record(text, Settings())["roles"]]


def test_a_surname_particle_from_settings_joins_a_movers_name() -> None:
    text = ("MINUTES OF THE COUNCIL\n\n1. Budget\n\nIt was moved by Councillor A. Zorb Berg and seconded by "
            "Councillor Bob Poe that the budget be approved.\n\nRESOLVED: That the budget be approved.\n")
    assert [m["moved_by"] for m in _record(text, PARTICLE)["motions"]] == ["A. Zorb Berg"]


def test_a_name_particle_from_settings_joins_a_voters_name() -> None:
    text = ("MINUTES OF THE COUNCIL\n\nPresent: Councillor Ann Roe, Councillor Bob Poe, Councillor Cy Dee\n\n"
            "1. Budget\n\nA recorded vote was taken.\n\nFor: Councillors Ann zorb Berg and Bob Poe\n"
            "Against: Councillor Cy Dee\n\nRESOLVED: That the budget be approved.\n")
    voters = [[v["voter_name"] for v in e["votes"]] for e in _record(text, PARTICLE)["vote_events"]]
    assert voters == [["Ann zorb Berg", "Bob Poe", "Cy Dee"]]


TALLY = ("MINUTES OF THE COUNCIL\n\n1. Budget\n\nCouncillor Ann Roe moved that the budget be approved. "
         "Councillor Bob Poe seconded the motion. The motion was carried by {a} votes to {b}.\n")


def _counts(text: str, settings: Settings) -> list[list[tuple[str, int]]]:
    return [[(c["option"], c["value"]) for c in e["counts"]] for e in _record(text, settings)["vote_events"]]


def test_a_number_word_from_settings_is_read_in_a_tally() -> None:
    settings = Settings.from_mapping({"lexicon": {"number_words": {"twentyone": 21}}})
    text = TALLY.format(a="twentyone", b="three")
    assert _counts(text, settings) == [[("yes", 21), ("no", 3)]]
    assert _counts(text, Settings()) == []


@pytest.mark.parametrize("value", ["21", "twenty-one", True, 2.5, ["21"]])
def test_a_number_word_is_given_a_whole_number(value: object) -> None:
    with pytest.raises(ConfigError, match="number_words.twentyone' must be a whole number"):
        Settings.from_mapping({"lexicon": {"number_words": {"twentyone": value}}})


def test_a_zero_word_from_settings_is_read_in_a_tally() -> None:
    settings = Settings.from_mapping({"lexicon": {"vote_zero_words": ["naught"]}})
    assert _counts(TALLY.format(a="5", b="naught"), settings) == [[("yes", 5), ("no", 0)]]
    assert _counts(TALLY.format(a="5", b="naught"), Settings()) == []
