"""The lexicon: every cue word and phrase the stages read, as data.

The effective lexicon is the English base (`vocab/en.yaml` and the files in `vocab/en/`,
one per family of stages, each owning its top-level keys), then every style layer in
`vocab/styles/` (UK principal councils, UK parish, Scotland, Wales, Northern Ireland,
Ireland, US, Canada, Australia, New Zealand) merged over it in `STYLE_LAYERS` order, then
the additions a settings file gives under `lexicon:`. All layers are on by default: a
paper is read right with no settings, whichever tradition wrote it.

Merging adds, it never removes: lists are unions in first-seen order, mappings merge key by
key (an addition may not change what an existing key means), so a word added in a layer or
a settings file works everywhere the stages read that list.

A lexicon is named by a *key*: `"en"`, or `"en+<canonical JSON of the additions>"`.
Keys are plain strings, so the compiled patterns that stages cache per lexicon key stay
hashable and are built once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

from ._yaml import safe_load
from .errors import ConfigError

BASE = "en"
STYLE_LAYERS = ("uk", "uk-parish", "scotland", "wales", "northern-ireland", "ireland",
                "us", "canada", "australia", "new-zealand")


def lexicon_key(name: str, additions: str = "") -> str:
    """The key of lexicon `name` plus the canonical-JSON `additions` ("" for none)."""
    return f"{name}+{additions}" if additions else name


@lru_cache(maxsize=16)
def load(key: str = BASE) -> dict[str, Any]:
    """The effective lexicon for `key`: base, style layers, then any additions."""
    name, _, extra = key.partition("+")
    data = _base(name)
    for layer in STYLE_LAYERS:
        data = merge(data, _read(f"styles/{layer}.yaml"), where=f"style layer '{layer}'")
    if extra:
        data = merge(data, json.loads(extra), where="settings 'lexicon'")
    return data


def layer(name: str) -> dict[str, Any]:
    """One style layer's own words (for `minutes lexicon --layer` and tests)."""
    if name != BASE and name not in STYLE_LAYERS:
        raise ConfigError(f"unknown lexicon layer '{name}' (layers: {', '.join((BASE, *STYLE_LAYERS))})")
    return _base(name) if name == BASE else _read(f"styles/{name}.yaml")


def _base(name: str) -> dict[str, Any]:
    """`<name>.yaml` plus every `<name>/*.yaml`; each file owns its top-level keys."""
    data = dict(_read(f"{name}.yaml"))
    folder = resources.files("minutes_cli.vocab").joinpath(name)
    parts = sorted(p.name for p in folder.iterdir() if p.name.endswith(".yaml")) if folder.is_dir() else []
    for part in parts:
        for key, value in _read(f"{name}/{part}").items():
            if key in data:
                raise ConfigError(f"lexicon key '{key}' is defined twice (again in {name}/{part})")
            data[key] = value
    return data


def canonical_additions(additions: Mapping[str, Any], name: str = BASE) -> str:
    """Validate a settings file's `lexicon:` mapping against the lexicon and return it as
    canonical JSON (sorted keys), the form `Settings` keeps so it stays hashable."""
    if not isinstance(additions, Mapping):
        raise ConfigError("setting 'lexicon' must be a mapping of lexicon keys to words")
    merge(load(name), additions, where="settings 'lexicon'")  # raises on unknown keys or wrong shapes
    return json.dumps(additions, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def merge(base: Mapping[str, Any], extra: Mapping[str, Any], where: str, path: str = "") -> dict[str, Any]:
    """`extra` merged into a copy of `base`: lists are unions, mappings merge key by key."""
    out = dict(base)
    for key, value in extra.items():
        if not isinstance(key, str):
            raise ConfigError(f"{where}: key {str(key)[:40]!r} must be a string")
        here = f"{path}.{key}" if path else key
        if key not in out:
            if not path:
                raise ConfigError(f"{where}: unknown lexicon key '{here}' (keys: {', '.join(sorted(base))})")
            out[key] = _checked_new(value, where, here, list(out.values()))
        elif isinstance(out[key], list):
            out[key] = _union(out[key], _words(value, where, here))
        elif isinstance(out[key], Mapping):
            if not isinstance(value, Mapping):
                raise ConfigError(f"{where}: '{here}' must be a mapping")
            out[key] = merge(out[key], value, where, here)
        elif out[key] != value:
            raise ConfigError(f"{where}: '{here}' is already {out[key]!r}; a lexicon layer may add words, not change them")
    return out


def _checked_new(value: Any, where: str, here: str, siblings: list[Any]) -> Any:
    """A new entry: words, or a number where the mapping's entries are numbers (`number_words`)."""
    if siblings and all(isinstance(v, int) and not isinstance(v, bool) for v in siblings):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ConfigError(f"{where}: '{here}' must be a whole number, as the other entries there are")
    if isinstance(value, (str, list)):
        return _words(value, where, here) if isinstance(value, list) else value
    if isinstance(value, Mapping):
        return merge({}, value, where, here) if value else {}
    raise ConfigError(f"{where}: '{here}' must be a word, a list of words or a mapping")


def _words(value: Any, where: str, here: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise ConfigError(f"{where}: '{here}' must be a list of words")
    return [w.strip() for w in value]


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


@lru_cache(maxsize=32)
def _read(relative: str) -> dict[str, Any]:
    text = resources.files("minutes_cli.vocab").joinpath(relative).read_text("utf-8")
    data = safe_load(text) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"lexicon file '{relative}' is not a mapping")
    return data


# -- what stages derive from word lists ---------------------------------------------------


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first, escaped; spaces match any run of
    white space (a phrase may be wrapped across lines)."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique)


def literals(words: Iterable[str]) -> tuple[str, ...]:
    """Literal prefilters for `words`, for `str.find` before a regex runs: the longest word
    of each phrase without its first letter, as written, in lower case and in capitals
    ("Present" gives "resent" and "RESENT"), so one literal finds "present", "Present" and
    "PRESENT"; "in the chair" gives "hair". Words of one or two letters give the whole word.
    A stage's window around each hit must reach the phrase's other words."""
    out: set[str] = set()
    for phrase in words:
        head = max(phrase.split() or [phrase], key=len)
        core = head[1:] if len(head) > 2 else head
        out.update({core, core.lower(), core.upper()})
    return tuple(sorted(w for w in out if w))
