"""The markdown block parse, with the plain prose paragraphs read without markdown-it.

Most of a converted paper is prose: chunks of lines between blank lines where no line
can start, interrupt or underline any block construct. CommonMark makes such a chunk
one top-level paragraph whose content is its lines, trimmed (markdown-it's paragraph
rule: `getLines` at indent 0 is the lines as they are, then `mdTrim`), and the chunk
changes nothing for the blocks around it: after a blank line an unindented line ends
every list, quote, table and indented code, and such a chunk defines no link reference.
Only two constructs span blank lines, a fence and an HTML block of types 1-5, and they
would take the chunk in as their text; see `block_tokens` for how that case is caught.

So markdown-it parses only the other text, where each run of plain chunks is one
sentinel line, and each sentinel's paragraph is replaced by the run's paragraphs.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from ._mdparser import block_parser_for

# A line after which markdown-it would see something other than paragraph text: one
# that can start a block or interrupt a paragraph, a setext underline, a table's rule
# line. The characters are the first (after spaces and tabs) of each such block rule;
# "-", "*", "+" and a number start a list item only with a space, a tab or the line's
# end after them, and a rule line is made of rule characters alone. A line opening
# with "[" can start only a link reference, and only as a chunk's first line.
LOUD = re.compile(r"""
    ^[ \t]*
    (?: [#>|:<`~]                 # "# Title", "> quote", "| a |", ":--", "<div>", "```", "~~~"
      | [*+-] (?:[ \t]|$)         # "- item", "* item", "+ item", "-" alone
      | [*_=-] [*_=|:\ \t-]* $    # "***", "_ _ _", "===", "---", "-|-", "--- | :-:"
      | [0-9]{1,9} [.)] (?:[ \t]|$)  # "1. item", "2) item", "10." alone (not "2.30pm", "6.1 Title")
    )
    """, re.M | re.X)
# A run of lines that are not blank to markdown-it (a blank line holds only spaces and tabs).
CHUNK = re.compile(r"(?:^[ \t]*[^ \t\n][^\n]*(?:\n|\Z))+", re.M)
# Stands for a run of plain chunks in the text markdown-it parses; a paper holding it is
# parsed whole. A private-use character keeps it out of every block rule's way.
SENTINEL = "\ue000minutes: plain paragraphs\ue000"
TRIM: str | None  # what the paragraph rule strips from its content
try:
    from markdown_it.common.utils import MD_TRIM_CHARS as TRIM  # CommonMark's white space
except ImportError:  # a markdown-it-py without mdTrim strips as str.strip() does
    TRIM = None


class PlainRun(NamedTuple):
    """A run of plain paragraphs (their contents), in the place of their inline tokens."""

    paragraphs: list[str]
    type: str = "plain_run"


def is_plain(chunk: str) -> bool:
    """Is this chunk (lines between blank lines) a paragraph of plain text and nothing else?"""
    if chunk[0] in " \t" or (chunk[0] == "[" and "]:" in chunk):  # indented; "[label]:" may be a reference
        return False
    return LOUD.search(chunk) is None


def block_tokens(body: str, env: dict[str, Any]) -> list[Any]:
    """The block tokens of `body`, as the walker reads them, with a `PlainRun` for each run
    of plain paragraphs (their paragraph_open, inline and paragraph_close tokens); link
    references found go into `env`.

    A fence or HTML block that spans a plain run takes its sentinel into its own text:
    then, and for a paper with a NUL or CR (which markdown-it rewrites) or holding the
    sentinel, the whole body is parsed instead.
    """
    if "\x00" in body or "\r" in body or SENTINEL in body:
        return list(block_parser_for(body).parse(body, env))
    pieces: list[str] = []
    runs: list[PlainRun] = []
    pos, in_run = 0, False
    for match in CHUNK.finditer(body):
        chunk = match.group()
        if not is_plain(chunk):
            pieces += [body[pos:match.start()], chunk]
            in_run = False
        elif in_run:
            runs[-1].paragraphs.append(chunk.strip(TRIM))
        else:
            pieces += [body[pos:match.start()], SENTINEL, "\n"]
            runs.append(PlainRun([chunk.strip(TRIM)]))
            in_run = True
        pos = match.end()
    if not runs:
        return list(block_parser_for(body).parse(body, env))
    pieces.append(body[pos:])
    rest = "".join(pieces)
    if rest.strip(" \t\n") == SENTINEL:  # all plain: nothing for markdown-it
        return [runs[0]]
    merged = _merged(block_parser_for(rest).parse(rest, env), runs)
    return merged if merged is not None else _whole(body, env)


def _merged(tokens: list[Any], runs: list[PlainRun]) -> list[Any] | None:
    """The tokens with each sentinel paragraph (open, inline, close) replaced by its run;
    None unless every sentinel is one paragraph of its own."""
    merged: list[Any] = []
    found, closing = 0, False
    for token in tokens:
        if closing:  # the sentinel paragraph's paragraph_close
            if token.type != "paragraph_close":
                return None
            closing = False
        elif SENTINEL not in token.content:
            merged.append(token)
        elif token.content == SENTINEL and found < len(runs) and merged and merged[-1].type == "paragraph_open":
            merged[-1] = runs[found]
            found, closing = found + 1, True
        else:
            return None
    return merged if found == len(runs) else None


def _whole(body: str, env: dict[str, Any]) -> list[Any]:
    """The whole body parsed, with the references found by the first try forgotten."""
    env.clear()
    return list(block_parser_for(body).parse(body, env))
