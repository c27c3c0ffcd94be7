"""Settings (one frozen, validated object) and the Vocabulary of cue words.

Precedence is code defaults < a settings file < command-line flags; only the CLI reads
files or the environment. The library receives a `Settings` object and nothing else.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

import yaml

from ._yaml import safe_load, short, shown
from .errors import ConfigError

ALL_STAGES = ("structure", "metadata", "dates", "speakers", "decisions",
              "agenda", "attendance", "declarations", "motions", "votes", "roles")


@dataclass(frozen=True, slots=True)
class Settings:
    """How documents are read. Frozen and hashable, so caches can key on it."""

    language: str = "en"
    date_order: str = "DMY"
    spacy_model: str | None = None
    stages: tuple[str, ...] = ALL_STAGES
    max_bytes: int = 50_000_000
    repair_mojibake: bool = True
    vocabulary: str = "en"

    def __post_init__(self) -> None:
        for key, value in ((f.name, getattr(self, f.name)) for f in fields(self)):
            _check(key, value)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "Settings":
        """Build settings from a mapping, rejecting unknown keys and bad values."""
        names = [f.name for f in fields(cls)]
        for key in data:
            if not isinstance(key, str):
                raise ConfigError(f"setting names must be text; got {shown(key)}")
            if key not in names:
                near = difflib.get_close_matches(key, names, n=1)
                hint = f" (did you mean '{near[0]}'?)" if near else ""
                raise ConfigError(f"unknown setting '{short(key)}'{hint}")
        values = dict(data)
        if "stages" in values and isinstance(values["stages"], list):
            values["stages"] = tuple(values["stages"])
        return cls(**values)


_RULES: dict[str, tuple[type | tuple[type, ...], tuple[Any, ...] | None]] = {
    "language": (str, ("en",)),
    "date_order": (str, ("DMY", "MDY", "YMD")),
    "spacy_model": ((str, type(None)), None),
    "stages": (tuple, None),
    "max_bytes": (int, None),
    "repair_mojibake": (bool, None),
    "vocabulary": (str, ("en",)),
}


def _check(key: str, value: Any) -> None:
    kind, allowed = _RULES[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"setting '{key}' has the wrong type: {shown(value)}")
    if allowed is not None and value not in allowed:
        raise ConfigError(f"setting '{key}' must be one of {', '.join(allowed)}; got {shown(value)}")
    if key == "stages":
        if not all(isinstance(s, str) for s in value):
            raise ConfigError("setting 'stages' must be a list of stage names")
        unknown = [s for s in value if s not in ALL_STAGES]
        if unknown:
            raise ConfigError(f"setting 'stages': unknown stage(s) {shown(', '.join(unknown))}")
    if key == "max_bytes" and value <= 0:
        raise ConfigError("setting 'max_bytes' must be positive")


@lru_cache(maxsize=4)
def vocabulary(name: str = "en") -> dict[str, Any]:
    """Load the cue-word vocabulary shipped as package data (vocab/<name>.yaml)."""
    text = resources.files("minutes_cli.vocab").joinpath(f"{name}.yaml").read_text("utf-8")
    data = safe_load(text)
    if not isinstance(data, dict):
        raise ConfigError(f"vocabulary '{name}' is not a mapping")
    return data
