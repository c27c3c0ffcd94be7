"""A small YAML writer for records, byte-identical to `yaml.dump(record, Dumper=records._Dumper,
sort_keys=False, allow_unicode=True, width=100)` and about ten times faster.

PyYAML's representer and resolver cost ~0.4 ms per node in Python even with libyaml's C emitter;
a record is only mappings with plain string keys, lists, str, int, bool and None, so this module
writes those shapes directly, following PyYAML's emitter (`yaml/emitter.py`: block mappings and
indentless block sequences, `[start, end]` spans in flow style, the plain / single-quoted /
double-quoted choice of `analyze_scalar` and `choose_scalar_style`, lines folded at single spaces
past column 100). Anything else (a float, a tab or control character, a character past U+FFFF in a
multi-line string, an odd key) raises `Unsupported`, and `dumps_record` falls back to PyYAML for the
whole record. Proved on every snapshot record and by a hypothesis test against `yaml.dump`.
"""

from __future__ import annotations

from typing import Any

from .records_yaml_emitter import BLOCK_INDICATOR, FAST, KEY, WIDTH, Unsupported, Writer, resolves

__all__ = ["Unsupported", "dump"]


def _slow(out: list[str], column: int, indent: int) -> Writer:
    """An emitter state right after "key:" or "-" (no whitespace written, no indention)."""
    w = Writer(out)
    w.column, w.whitespace, w.indention, w.indent = column, False, False, indent
    return w


# A string -> is it written plain (one line, no indicator, reads back as a string)? A record
# repeats its names, kinds and labels (3,886 strings, 1,055 distinct, on the 13 corpus PDFs).
_PLAIN: dict[str, bool] = {}


def _plain(text: str) -> bool:
    """May `text` be written plain, as it is, on the line after "key:" or "-"?"""
    known = _PLAIN.get(text)
    if known is None:
        known = (FAST.fullmatch(text) is not None and text != "" and text[0] != " " and text[-1] != " "
                 and BLOCK_INDICATOR.search(text) is None and not resolves(text))
        if len(text) <= 256:  # a long text is seldom written twice: not kept
            if len(_PLAIN) >= 4096:
                _PLAIN.clear()
            _PLAIN[text] = known
    return known


def _string(out: list[str], text: str, indent: int, column: int) -> int:
    """Write a string value after "key:" or "-"; `indent` is where its folded lines start."""
    if _plain(text):
        if column + len(text) <= WIDTH:  # no single space can pass column 100
            out.append(" " + text)
            return column + 1 + len(text)
        w = _slow(out, column, indent)
        w.plain(text, split=True)
        return w.column
    if FAST.fullmatch(text) is not None:  # one line that is not plain: single-quoted
        quotes = text.count("'")
        if column + len(text) + quotes + 3 <= WIDTH:
            out.append(" '" + (text.replace("'", "''") if quotes else text) + "'")
            return column + 3 + len(text) + quotes
        w = _slow(out, column, indent)
        w.indicator("'", True)
        w._fold(text, True, quotes=True)
        w.indicator("'", False)
        return w.column
    w = _slow(out, column, indent)
    w.lines(text)
    return w.column


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if type(value) is int:
        return str(value)
    raise Unsupported(type(value).__name__)


def _node(out: list[str], value: Any, indent: int, column: int, seen: set[int], in_mapping: bool) -> int:
    """Write a value after "key:" (`in_mapping`, `indent` the mapping's) or after "-" (`indent` the
    list's); returns the column it ends at."""
    kind = type(value)
    if kind is str:
        return _string(out, value, indent + 2, column)
    if kind is not dict and kind is not list:
        text = _scalar(value)
        out.append(" " + text)
        return column + 1 + len(text)
    if id(value) in seen:
        raise Unsupported("a list or mapping twice in one record (PyYAML writes an alias)")
    seen.add(id(value))
    if not value:
        out.append(" {}" if kind is dict else " []")
        return column + 3
    if kind is dict:
        return _mapping(out, value, indent + 2, column, seen, inline=not in_mapping)
    if len(value) == 2 and type(value[0]) is int and type(value[1]) is int:
        return _flow(out, value, indent + 2, column)
    return _sequence(out, value, indent if in_mapping else indent + 2, column, seen, inline=not in_mapping)


def _key(key: Any) -> str:
    if type(key) is not str or KEY.fullmatch(key) is None or resolves(key):
        raise Unsupported("key")
    KEYS.add(key)
    return key


KEYS: set[str] = set()  # keys already checked


def _mapping(out: list[str], value: dict[Any, Any], indent: int, column: int, seen: set[int], inline: bool) -> int:
    """A block mapping at `indent`; `inline`: its first key goes right after "-" on the same line."""
    pad = "\n" + " " * indent
    for n, (key, item) in enumerate(value.items()):
        if key not in KEYS:
            _key(key)
        head = (" " if inline else "" if column == 0 else pad) + key + ":" if n == 0 else pad + key + ":"
        column = indent + len(key) + 1  # after "key:"
        kind = type(item)
        if item is None:  # the commonest value, written at once
            out.append(head + " null")
            column += 5
        elif kind is str and column + len(item) <= WIDTH and _PLAIN.get(item):  # as `_string` writes it
            out.append(head + " " + item)
            column += 1 + len(item)
        elif kind is list and len(item) == 2 and type(item[0]) is int and type(item[1]) is int \
                and id(item) not in seen and column + 3 + len(a := str(item[0])) <= WIDTH:  # a span, as `_flow` writes it
            seen.add(id(item))
            b = str(item[1])
            out.append(f"{head} [{a}, {b}]")
            column += 6 + len(a) + len(b)
        else:
            out.append(head)
            column = _node(out, item, indent, column, seen, True)
    return column


def _sequence(out: list[str], value: list[Any], indent: int, column: int, seen: set[int], inline: bool) -> int:
    """A block sequence at `indent` ("- " items); `inline`: its first item goes right after "-"."""
    pad = "\n" + " " * indent + "-"
    for n, item in enumerate(value):
        out.append(" -" if inline and n == 0 else pad)
        column = _node(out, item, indent, indent + 1, seen, False)
    return column


def _flow(out: list[str], value: list[int], indent: int, column: int) -> int:
    """A span, "[17, 56]" (folded, as the emitter would, if it passed column 100)."""
    a, b = str(value[0]), str(value[1])
    if column + 3 + len(a) <= WIDTH:
        out.append(f" [{a}, {b}]")
        return column + 6 + len(a) + len(b)
    w = _slow(out, column, indent)
    w.indicator("[", True, whitespace=True)
    for n, item in enumerate((a, b)):
        if n:
            w.indicator(",", False)
        if w.column > WIDTH:
            w.write_indent()
        w.plain(item, split=False)
    w.indicator("]", False)
    return w.column


def dump(record: dict[str, Any]) -> str:
    """The YAML text of a record (raises Unsupported for a shape it does not write)."""
    if type(record) is not dict or not record:
        raise Unsupported("a record is a mapping")
    out: list[str] = []
    _mapping(out, record, 0, 0, {id(record)}, inline=False)
    out.append("\n")
    return "".join(out)
