"""The markdown-it-py parsers the markdown loader uses, built once per process.

The block parser runs with inline rules off (the loader parses inline content itself,
only where it holds markup, see _mdinline.inline_text). Its block rules are CommonMark's
plus pipe tables, each behind a guard: a rule that can only start at a line beginning
with one of a few characters (a fence at "`" or "~", a heading at "#") is not entered
for a line that begins otherwise. Most lines of a paper are prose, and the guards make
the rule chain cheap for them; what the parser returns is exactly what it returned
without them (a guard only skips calls that return False at their first test).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

BlockRule = Callable[[Any, int, int, bool], bool]

# First character (after indentation) a line must have for the rule to match there.
FIRST_CHARS: dict[str, str] = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
# A table's second line (its rule line) must begin with one of these.
TABLE_RULE_CHARS = "|-:"


def _first_char_guard(rule: BlockRule, starts: str) -> BlockRule:
    """The rule, not entered on a line whose first character no match can begin with."""
    def guarded(state: Any, start: int, end: int, silent: bool) -> bool:
        pos = state.bMarks[start] + state.tShift[start]
        if pos < state.eMarks[start] and state.src[pos] not in starts:
            return False
        return rule(state, start, end, silent)
    return guarded


def _table_guard(rule: BlockRule) -> BlockRule:
    """The table rule, not entered unless the next line can be a table's rule line."""
    def guarded(state: Any, start: int, end: int, silent: bool) -> bool:
        if start + 2 > end:
            return False
        pos = state.bMarks[start + 1] + state.tShift[start + 1]
        if pos < state.eMarks[start + 1] and state.src[pos] not in TABLE_RULE_CHARS:
            return False
        return rule(state, start, end, silent)
    return guarded


def _guard_block_rules(md: Any) -> None:
    """Put every guarded block rule behind its guard (Ruler.at keeps name, order and alt)."""
    ruler = md.block.ruler
    rules = {rule.name: rule for rule in ruler.__rules__}
    for name, starts in FIRST_CHARS.items():
        ruler.at(name, _first_char_guard(rules[name].fn, starts), {"alt": list(rules[name].alt)})
    ruler.at("table", _table_guard(rules["table"].fn), {"alt": list(rules["table"].alt)})


# A rule can match only where its character is: a fence at "`" or "~", a table row needs a "|".
# A document holding none of a rule's characters is parsed with that rule off: never entered
# anywhere (the characters are looked for in the whole text, so nested blocks are covered),
# the rule changes nothing there, and each line is spared its guard's call in every chain.
NEEDED_CHARS: dict[str, str] = {
    "fence": "`~",
    "blockquote": ">",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
    "table": "|",
}


@functools.cache
def parsers() -> tuple[Any, Any]:
    """Block parser (inline rules off, rules guarded) and inline parser (CommonMark plus tables)."""
    from markdown_it import MarkdownIt

    return block_parser(frozenset()), MarkdownIt("commonmark").enable("table")


def block_parser_for(text: str) -> Any:
    """The block parser for `text`: `parsers()[0]` less the rules that cannot match in it."""
    return block_parser(frozenset(name for name, chars in NEEDED_CHARS.items()
                                  if not any(char in text for char in chars)))


@functools.cache
def block_parser(off: frozenset[str]) -> Any:
    """The guarded block parser with the rules in `off` disabled (at most 64 kinds a process)."""
    from markdown_it import MarkdownIt

    block = MarkdownIt("commonmark").enable("table").disable("inline")
    _guard_block_rules(block)
    if off:
        block.disable(sorted(off))
    return block
