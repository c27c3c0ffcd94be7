"""The one way `minutes` reads YAML it did not write itself: records, goldens, settings, front matter.

`safe_load` is `yaml.safe_load` (libyaml's C loader when present) plus three guarantees:
aliases (`*a`) are refused, so a few hundred bytes cannot expand into gigabytes (an "alias
bomb"); a key given twice in one mapping is refused (YAML would silently keep the last, so
a lexicon layer or settings file that appends a key it already has would lose words); and
a value the safe constructor cannot build (`date: 2021-02-30`, `!!int 0x`) is a
`yaml.YAMLError` like any other malformed YAML, never a bare ValueError. Every error is a
`YAMLError`, so callers keep one `except yaml.YAMLError`.
"""

from __future__ import annotations

from typing import Any

import yaml

try:  # the C parser and loader are about 5x faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

MAX_SHOWN = 60  # characters of a value quoted in a message


class RefusedYAML(yaml.YAMLError):
    """YAML that is well formed but refused (an alias) or that cannot be built into values."""


def safe_load(text: str) -> Any:
    """Load one YAML document with the safe loader, refusing aliases.

    Raises:
        yaml.YAMLError: malformed YAML, an alias, or a value the safe loader cannot build.
    """
    _check_events(text)
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise RefusedYAML(f"a value cannot be read: {short(str(exc))}") from exc


def _check_events(text: str) -> None:
    """Refuse aliases and duplicate keys, reading the event stream once (no values built)."""
    # one frame per open collection: [keys seen, index of the next node] (None for a sequence)
    stack: list[tuple[set[str] | None, list[int]]] = []
    for event in yaml.parse(text, Loader=_Loader):
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent):
            raise RefusedYAML(f"line {line}: YAML aliases (*{short(event.anchor or '', 20)}) are not allowed")
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            continue
        if stack and stack[-1][0] is not None:
            keys, position = stack[-1]
            assert keys is not None
            if position[0] % 2 == 0 and isinstance(event, yaml.ScalarEvent):
                if event.value in keys:
                    raise RefusedYAML(f"line {line}: key {short(event.value, 40)!r} is given twice in one mapping")
                keys.add(event.value)
            position[0] += 1
        if isinstance(event, yaml.MappingStartEvent):
            stack.append((set(), [0]))
        elif isinstance(event, yaml.SequenceStartEvent):
            stack.append((None, [0]))


def first_line(exc: BaseException) -> str:
    """The first line of an error's message, bounded (for one-line error reports)."""
    lines = str(exc).splitlines()
    return short(lines[0] if lines else type(exc).__name__, 200)


def short(text: str, limit: int = MAX_SHOWN) -> str:
    """`text` cut to `limit` characters (with "..."), for messages that must stay one short line."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shown(value: Any, limit: int = MAX_SHOWN) -> str:
    """A bounded repr of any value: never builds the repr of a huge value whole."""
    if isinstance(value, (str, bytes)):
        return repr(value[:limit]) + ("..." if len(value) > limit else "")
    if isinstance(value, (list, tuple, dict, set, frozenset)):
        return f"a {type(value).__name__} of {len(value)} item(s)"
    return short(repr(value), limit)
