"""The JSON Schema (draft 2020-12) of a record, shipped as package data, and checks against it.

`record.schema.json` is the one source of truth for the record's shape: `minutes schema`
prints it, `minutes validate` checks records against it, and the test suite proves that
every record the parser writes for many phrasings and for the shared real documents is
valid under it (so a field added to `records.to_record` without the schema fails CI).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_FILE = "record.schema.json"
MAX_MESSAGE = 160


@dataclass(frozen=True, slots=True)
class Invalid:
    """One thing wrong with a record: where (a JSON path), a stable code, and what.

    Codes are the JSON Schema keyword that failed ("type", "required", "enum",
    "additionalProperties", "pattern", ...) or one of the record checks in
    `validate.py` ("span", "quote", "source", "evidence").
    """

    path: str
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "code": self.code, "message": self.message}


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("minutes_cli").joinpath(SCHEMA_FILE).read_text("utf-8")


def record_schema() -> dict[str, Any]:
    """Return a fresh copy of the record's JSON Schema."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def schema_json() -> str:
    """The schema as the JSON text `minutes schema` prints (stable, two-space indent)."""
    return json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(record: Any) -> list[Invalid]:
    """Every way `record` breaks the schema, sorted by path (empty when it is valid)."""
    errors = sorted(_validator().iter_errors(record), key=_error_key)
    return [Invalid(json_path(e.absolute_path), str(e.validator), _message(e)) for e in errors]


def _error_key(error: ValidationError) -> tuple[list[tuple[int, int, str]], str]:
    parts = [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in error.absolute_path]
    return parts, str(error.validator)


def json_path(parts: Any) -> str:
    """Render path parts as a JSON path: ("decisions", 0, "kind") -> "$.decisions[0].kind"."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _message(error: ValidationError) -> str:
    """A short message: the offending value is summarised, never dumped whole."""
    if error.validator == "type":
        expected = error.validator_value
        wanted = " or ".join(expected) if isinstance(expected, list) else str(expected)
        return f"expected {wanted}, got {_type_name(error.instance)}"
    message = str(error.message)
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 3] + "..."
    return message


def _type_name(value: Any) -> str:
    names: dict[type, str] = {bool: "boolean", int: "integer", float: "number", str: "string",
                              list: "array", dict: "object", type(None): "null"}
    return names.get(type(value), type(value).__name__)
