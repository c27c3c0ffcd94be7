"""Settings: one frozen, validated object.

Precedence is code defaults < a settings file < command-line flags; only the CLI reads
files or the environment. The library receives a `Settings` object and nothing else.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ._yaml import short, shown
from .errors import ConfigError
from .lexicon import canonical_additions, lexicon_key, load
from .plugins import check, installed

ALL_STAGES = ("structure", "metadata", "dates", "speakers", "decisions",
              "agenda", "attendance", "declarations", "motions", "votes", "roles")


@dataclass(frozen=True, slots=True)
class Settings:
    """How documents are read. Frozen and hashable, so caches can key on it."""

    language: str = "en"
    date_order: str = "auto"  # auto: each paper's own dates and words decide (text/dateorder.py)
    spacy_model: str | None = None
    stages: tuple[str, ...] = ALL_STAGES
    max_bytes: int = 50_000_000
    repair_mojibake: bool = True
    vocabulary: str = "en"
    # Words added to the lexicon, kept as canonical JSON so Settings stays hashable; a
    # mapping given here or in a settings file (`lexicon: {attendance_labels: {present:
    # [Sederunt]}}`) is validated against the lexicon and converted.
    lexicon: str = ""
    # Plugin stages to run besides the built-ins: entry-point names of the
    # `minutes_cli.stages` group, or `module:function` (see `minutes_cli.plugins`).
    plugins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.lexicon, Mapping):
            object.__setattr__(self, "lexicon", canonical_additions(self.lexicon, self.vocabulary))
        for key, value in ((f.name, getattr(self, f.name)) for f in fields(self)):
            _check(key, value)

    @property
    def lexicon_key(self) -> str:
        """The key of the effective lexicon (base, style layers, this file's additions)."""
        return lexicon_key(self.vocabulary, self.lexicon)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Settings:
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
        for key in ("stages", "plugins"):
            if key in values and isinstance(values[key], list):
                values[key] = tuple(values[key])
        return cls(**values)


_RULES: dict[str, tuple[type | tuple[type, ...], tuple[Any, ...] | None]] = {
    "language": (str, ("en",)),
    "date_order": (str, ("auto", "DMY", "MDY", "YMD")),
    "spacy_model": ((str, type(None)), None),
    "stages": (tuple, None),
    "max_bytes": (int, None),
    "repair_mojibake": (bool, None),
    "vocabulary": (str, ("en",)),
    "lexicon": (str, None),
    "plugins": (tuple, None),
}


def _check(key: str, value: Any) -> None:
    kind, allowed = _RULES[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"setting '{key}' has the wrong type: {shown(value)}")
    if allowed is not None and value not in allowed:
        raise ConfigError(f"setting '{key}' must be one of {', '.join(allowed)}; got {shown(value)}")
    _check_value(key, value)


def _check_value(key: str, value: Any) -> None:
    """The checks past type and choice, for the keys that have one."""
    if key == "stages":
        if not all(isinstance(s, str) for s in value):
            raise ConfigError("setting 'stages' must be a list of stage names")
        plugins = [s for s in value if s not in ALL_STAGES and (":" in s or s in installed())]
        unknown = [s for s in value if s not in ALL_STAGES and s not in plugins]
        if unknown:
            raise ConfigError(f"setting 'stages': unknown stage(s) {shown(', '.join(unknown))} "
                              "(neither a built-in stage nor an installed plugin stage)")
        check(tuple(plugins))  # a plugin named in `stages` runs as if `plugins` named it
    if key == "plugins":
        if not all(isinstance(p, str) for p in value):
            raise ConfigError("setting 'plugins' must be a list of entry-point names or module:function")
        check(value)
    if key == "max_bytes" and value <= 0:
        raise ConfigError("setting 'max_bytes' must be positive")


def vocabulary(key: str = "en") -> dict[str, Any]:
    """The effective lexicon for a lexicon key (see `minutes_cli.lexicon`)."""
    return load(key)
