"""The emitter state behind `records_yaml`: PyYAML's (libyaml's) scalar analysis and its
folding of plain, single-quoted and double-quoted scalars, for the strings the fast paths of
`records_yaml` do not write themselves (a line past column 100, a string with line breaks).
"""

from __future__ import annotations

import re

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


def resolves(value: str) -> bool:
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
