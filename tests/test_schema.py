"""The shipped schema is the record the parser writes: every record it gives is valid.

When one of these tests fails after you added or changed a field in records.to_record
(or a plugin section via doc.extensions), describe the field in src/minutes_cli/record.schema.json.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from checkhelp import ROOT, run, shared_papers
from minutes_cli.api import parse_document, parse_path, read_document
from minutes_cli.errors import MinutesError, UnsupportedFormat
from minutes_cli.records import dumps, loads, to_record
from minutes_cli.schema import record_schema
from minutes_cli.settings import vocabulary
from minutes_cli.validate import validate_record

HOW_TO_FIX = ("The parser wrote a record the schema does not describe. If you added or changed a "
              "field in records.to_record, describe it in src/minutes_cli/record.schema.json.")

# Many phrasings of the things the stages look for; all written for these tests.
PHRASINGS = [
    "",
    "x",
    "Minutes\n\nRESOLVED: That the report be noted.\n",
    "MINUTES OF THE MEETING OF THE OAKFORD PARISH COUNCIL HELD ON 3 FEBRUARY 2022\n\n"
    "1. Apologies\n\nApologies were received from Cllr Ash.\n\n2. Play Area\n\n"
    "Cllr Rowan Birch said the swings needed repair.\n\nRESOLVED: That\n\n(a) the swings be repaired;\n\n"
    "(b) the Clerk obtain three quotes.\n",
    "Decision details\n\nNew bus shelter\n\nDecision Maker: Cabinet\nIs Key Decision?: Yes\n"
    "Is subject to call in?: No\n\nDecision:\n\nThe Cabinet approved the shelter.\n\n"
    "Publication date: 05/06/2021\nDate of decision: 01/06/2021\nEffective from: 14/06/2021\n",
    "Report author: Sam Lee; Kim Moss\nContact officer: Pat Fox\nWards affected: All\n\n"
    "RECOMMENDATION: That Members note the budget position for March 2024.\n",
    "The committee agreed to defer the item until 12 May.\n\nMoved by Cllr Dee, seconded by Cllr Ekwe.\n",
    "\"We must act now,\" said Councillor Ann Holt, the Leader of the Council.\n\n"
    "Mr John Vale asked about parking on 1st July 2020.\n",
    "Agenda\n\n1. Minutes of the last meeting\n\n2. Planning applications\n\n3. Any other business\n",
    "News\n\nPublished: 4 October 2019\n\nThe council has voted to approve the new leisure centre.\n",
    "Council - Thursday, 5th April, 2018 6.00 pm\n\nVenue: Town Hall\n\nRESOLVED: That the minutes of 1 March "
    "be approved.\n\nThe motion was LOST.\n",
    "Minutes\n\nMOTION: That the council declares a climate emergency.\n\nFor: 10 Against: 2 Abstain: 1\n\nCARRIED\n",
    "Sept 2021 and 31/12/2022 and 2022-01-15 and the 3rd of March\n",
    "Councillor=s report\r\n\r\nThe Mayor said: welcome all.\r\n",
]


def assert_valid(record: dict[str, Any], text: str | None, name: str) -> None:
    found = validate_record(record, text)
    assert not found, f"{name}:\n  " + "\n  ".join(f"{f} [{f.code}]" for f in found) + "\n" + HOW_TO_FIX


def test_shipped_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = record_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_schema_command_prints_the_shipped_schema() -> None:
    result = run("schema")
    assert result.exit_code == 0
    shipped = json.loads((ROOT / "src" / "minutes_cli" / "record.schema.json").read_text("utf-8"))
    assert json.loads(result.stdout) == shipped


@pytest.mark.parametrize("text", PHRASINGS, ids=range(len(PHRASINGS)))
def test_records_for_many_phrasings_are_valid(text: str) -> None:
    try:
        doc = parse_document(text.encode("utf-8"), "phrasing.txt")
    except MinutesError:  # a text may be refused (empty), but only with a clear error
        return
    record = to_record(doc)
    assert_valid(record, doc.text, repr(text[:40]))
    assert_valid(loads(dumps(record)), doc.text, "YAML round trip of " + repr(text[:40]))


@pytest.mark.shared
@pytest.mark.parametrize("paper", shared_papers(), ids=lambda p: p.name)
def test_records_for_shared_papers_are_valid(paper: Path) -> None:
    try:
        record = parse_path(paper)
    except UnsupportedFormat:
        pytest.skip(f"{paper.suffix} is not read on this branch yet")
    assert_valid(loads(dumps(record)), read_document(paper).text, paper.name)


def test_shared_papers_were_found_when_shared_is_present() -> None:
    if not (ROOT.parent / "shared" / "corpus").is_dir():
        pytest.skip("../shared is absent")
    assert len(shared_papers()) >= 40


def test_every_vocabulary_field_is_typed_in_the_schema() -> None:
    """Metadata keys come from vocab/en.yaml: each must be in the schema with its type."""
    props = record_schema()["$defs"]["document"]["properties"]
    vocab = vocabulary("en")
    typed = {name: kind for kind, names in vocab["typed_fields"].items() for name in names}
    expected_ref = {"date": "#/$defs/iso_date_or_null", "names": "#/$defs/names"}
    dropped = {"date", "meeting", "committee"}  # read by the metadata stage, never written as-is
    for name in sorted(set(vocab["fields"].values()) - dropped):
        assert name in props, f"vocabulary field '{name}' is missing from the schema's document properties"
        kind = typed.get(name)
        if kind == "boolean":
            assert props[name] == {"type": ["boolean", "null"]}, name
        elif kind is not None:
            assert props[name] == {"$ref": expected_ref[kind]}, name


FRAGMENTS = st.sampled_from([
    "RESOLVED: That the plan be approved.", "(1) the report be noted;", "(2) the fee rise.",
    "Cllr Amy Pond said the road was unsafe.", '"No," said Mr Rory Williams.', "on 12 March 2021",
    "by 3 June", "in May 2020", "1. Apologies", "Decision Maker: Cabinet", "Key decision: Yes",
    "Date of decision: 31/02/2020", "Published: 7 July", "MOTION: That the flag be flown.", "CARRIED",
    "For: 3 Against: 4", "Minutes", "Agenda", "The Committee agreed to defer the item.", "  \t", "é ü ß",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", " "]))
def test_any_mix_of_phrasings_gives_a_valid_record(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    try:
        doc = parse_document(text.encode("utf-8"), "mix.txt")
    except MinutesError:
        return
    assert_valid(loads(dumps(to_record(doc))), doc.text, repr(text[:60]))
