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

import re
from typing import Any

from yaml.resolver import Resolver

WIDTH = 100
# one line of characters libyaml writes as they are (allow_unicode), no break, no tab, no BOM; it
# escapes any character past U+FFFF ("\\U0001F600"), so those are left to it
FAST = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
# the characters a multi-line string may hold besides FAST ones (double quotes escape "\n" only)
LINES = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")
# analyze_scalar's block indicators for a one-line scalar (no \0 \t \r or breaks in it)
BLOCK_INDICATOR = re.compile(r"^(?:---|\.\.\.)|^[#,\[\]{}&*!|>'\"%@`]|^[?\-](?: |$)|:(?: |$)| #")
SINGLE_SPACE = re.compile(r"(?<=[^ ]) (?=[^ ])")  # where a long line may fold
KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]{0,126}")
RESOLVERS = Resolver.yaml_implicit_resolvers
BREAKS = "\n\x85\u2028\u2029"
ESCAPED = '"\\\n'  # the characters of a LINES text that double quotes escape
ESCAPES = {"\0": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0A": "n", "\x0B": "v", "\x0C": "f", "\x0D": "r",
           "\x1B": "e", '"': '"', "\\": "\\", "\x85": "N", "\xA0": "_", "\u2028": "L", "\u2029": "P"}


class Unsupported(Exception):
    """A value this writer does not handle; the caller uses PyYAML for the record."""


def _resolves(value: str) -> bool:
    """Would a plain `value` read back as something other than a string ("null", "12", "yes")?"""
    for _, regexp in RESOLVERS.get(value[0] if value else "", ()):
        if regexp.match(value):
            return True
    return False


class Writer:
    """The emitter's state: the column, and whether the last thing written was whitespace or indention."""

    def __init__(self, out: list[str]) -> None:
        self.out = out
        self.column, self.whitespace, self.indention, self.indent = 0, True, True, 0
        self.seen: set[int] = set()

    def indicator(self, text: str, need_whitespace: bool, whitespace: bool = False, indention: bool = False) -> None:
        data = text if self.whitespace or not need_whitespace else " " + text
        self.whitespace, self.indention = whitespace, self.indention and indention
        self.column += len(data)
        self.out.append(data)

    def write_indent(self) -> None:
        """libyaml's: a line break unless at the indent already, then spaces to it."""
        if not self.indention or self.column > self.indent or (self.column == self.indent and not self.whitespace):
            self.line_break()
        if self.column < self.indent:
            self.out.append(" " * (self.indent - self.column))
            self.column = self.indent
        self.whitespace = self.indention = True

    def line_break(self, data: str = "\n") -> None:
        self.whitespace, self.indention, self.column = True, True, 0
        self.out.append(data)

    def plain(self, text: str, split: bool) -> None:
        """write_plain, for one line: a single space past column 100 becomes a line break."""
        if not self.whitespace:
            self.out.append(" ")
            self.column += 1
        self.whitespace = self.indention = False
        self._fold(text, split, quotes=False)

    def _fold(self, text: str, split: bool, quotes: bool) -> None:
        pos, out = 0, self.out
        while split:
            need = WIDTH + 1 - self.column
            q = text.count("'", pos, pos + need) if quotes and need > 0 else 0
            m = SINGLE_SPACE.search(text, pos + max(0, need - q))
            while m is not None and quotes and self.column + m.start() - pos + text.count("'", pos, m.start()) <= WIDTH:
                m = SINGLE_SPACE.search(text, m.end())
            if m is None:
                break
            part = text[pos:m.start()]
            out.append(part.replace("'", "''") if quotes else part)
            self.column += len(part) + (part.count("'") if quotes else 0)
            self.write_indent()
            if not quotes:
                self.whitespace = self.indention = False
            pos = m.end()
        part = text[pos:]
        out.append(part.replace("'", "''") if quotes else part)
        self.column += len(part) + (part.count("'") if quotes else 0)

    def lines(self, text: str) -> None:
        """A string with line breaks: single-quoted unless a space meets a break, then double-quoted."""
        if LINES.fullmatch(text) is None:
            raise Unsupported("character")
        if " \n" in text or "\n " in text:  # a space before or after a break: only double quotes keep it
            self.double_quoted(text)
        else:
            self.single_quoted(text)

    def single_quoted(self, text: str) -> None:
        """libyaml's yaml_emitter_write_single_quoted, for a text with line breaks ("\n" only)."""
        self.indicator("'", True)
        spaces = breaks = False
        last = len(text) - 1
        for i, ch in enumerate(text):
            if ch == " ":
                if not spaces and self.column > WIDTH and 0 < i < last and text[i + 1] != " ":
                    self.write_indent()
                else:
                    self._raw(" ")
                spaces = True
            elif ch == "\n":
                if not breaks:
                    self.line_break()
                self.line_break()
                breaks = True
            else:
                if breaks:
                    self.write_indent()
                self._raw("''" if ch == "'" else ch)
                self.indention = spaces = breaks = False
        if breaks:
            self.write_indent()
        self.indicator("'", False)

    def double_quoted(self, text: str) -> None:
        """libyaml's yaml_emitter_write_double_quoted (allow_unicode), for a text with line breaks: it
        folds at a space past column 100 ("\\" keeps a space that would open the next line)."""
        self.indicator('"', True)
        spaces = False
        last = len(text) - 1
        for i, ch in enumerate(text):
            if ch in ESCAPED:
                self._raw("\\" + ESCAPES[ch])
                spaces = False
            elif ch == " ":
                if not spaces and self.column > WIDTH and 0 < i < last:
                    self.write_indent()
                    if text[i + 1] == " ":
                        self._raw("\\")
                else:
                    self._raw(" ")
                spaces = True
            else:
                self._raw(ch)
                spaces = False
        self.indicator('"', False)

    def _raw(self, data: str) -> None:
        self.column += len(data)
        self.out.append(data)


def _slow(out: list[str], column: int, indent: int) -> Writer:
    """An emitter state right after "key:" or "-" (no whitespace written, no indention)."""
    w = Writer(out)
    w.column, w.whitespace, w.indention, w.indent = column, False, False, indent
    return w


def _string(out: list[str], text: str, indent: int, column: int) -> int:
    """Write a string value after "key:" or "-"; `indent` is where its folded lines start."""
    if FAST.fullmatch(text) is not None:
        if text and text[0] != " " and text[-1] != " " and BLOCK_INDICATOR.search(text) is None \
                and not _resolves(text):
            if column + len(text) <= WIDTH:  # no single space can pass column 100
                out.append(" " + text)
                return column + 1 + len(text)
            w = _slow(out, column, indent)
            w.plain(text, split=True)
            return w.column
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
    if type(key) is not str or KEY.fullmatch(key) is None or _resolves(key):
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
        if item is None:  # the commonest value, written at once
            out.append(head + " null")
            column = indent + len(key) + 6
        else:
            out.append(head)
            column = _node(out, item, indent, indent + len(key) + 1, seen, True)
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
