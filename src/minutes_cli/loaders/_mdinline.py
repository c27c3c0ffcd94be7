"""The visible text of markdown inline content: links keep their text, images and tags go.

markdown-it-py's inline parser (CommonMark) reads content holding markup; content with
none, or with markup of a few simple shapes, is read here as the parser reads it.
"""

from __future__ import annotations

import re
from typing import Any

from ._mdparser import parsers

STRAY_EMPHASIS = re.compile(r"\*{2,}|(?<!\w)_{2,}|_{2,}(?!\w)")
# A stretch this long with this share of markup characters is read as plain text.
MARKUP = re.compile(r"[\[\]()!*_`<>\\]")
DENSE_MIN, DENSE_SHARE = 2000, 0.1
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
BREAK_TAG = re.compile(r"^<br\s*/?>$", re.I)
# Characters an enabled inline rule (newline aside) can start at: escape, backticks,
# emphasis, link, image, autolink, html_inline, entity.
INLINE_START = re.compile(r"[\\`*_\[\]!<&\x00]")
# The newline rule: spaces before a line break go, spaces and tabs after it are skipped.
LINE_BREAK = re.compile(r" *\n[ \t]*")
# Where an inline rule can match: as INLINE_START less "!" (an image needs "![", and "["
# is here) and "&" not followed by a name or "#" (no entity: the rule leaves it as text).
INLINE_MATCH = re.compile(r"[\\`*_\[\]<\x00]|&[#A-Za-z]")
# "**Adoption of Minutes**": one emphasis around the whole text. Its delimiter runs are
# at the text's ends, so an opener and a closer whatever the characters inside (the
# text's ends count as white space), and of one length, so they pair whole.
EMPHASIS_ONLY = re.compile(r"(\*{1,3})([^*\s](?:.*[^*\s])?)\1\Z", re.S)


def inline_text(token: Any, env: dict[str, Any] | None = None) -> str:
    """The visible text of an inline token: links keep their text, images and tags go.

    Text with no character any inline rule starts at is its own visible text (line
    breaks as the newline rule makes them), so most paragraphs never reach the parser.
    markdown-it-py is linear but slow per markup character (100 KB of "[" takes seconds),
    so a long stretch dense with markup characters is read as text, escapes removed.
    """
    return inline_content(token.content, env)


def inline_content(content: str, env: dict[str, Any] | None = None) -> str:
    """The visible text of an inline token's content (see inline_text)."""
    if not INLINE_START.search(content):
        return LINE_BREAK.sub("\n", content)
    if len(content) > DENSE_MIN and len(MARKUP.findall(content)) > len(content) * DENSE_SHARE:
        return ESCAPE.sub(r"\1", content)
    quick = _quick_text(content)
    if quick is not None:
        return quick
    md = parsers()[1]
    children: list[Any] = []
    md.inline.parse(content, md, env if env is not None else {}, children)
    return _visible(children)


def _quick_text(content: str) -> str | None:
    """What the inline parser makes of text whose markup is only an emphasis around it
    all or backslash escapes on one line (None for other text): the escaped characters
    are text, so the text is one run (see `_text_run`)."""
    if not INLINE_MATCH.search(content):
        return LINE_BREAK.sub("\n", content)
    emphasis = EMPHASIS_ONLY.match(content)
    if emphasis and not INLINE_MATCH.search(emphasis.group(2)):
        return LINE_BREAK.sub("\n", emphasis.group(2))
    if "\n" not in content and not INLINE_MATCH.search(ESCAPE.sub("", content)):
        return _text_run([ESCAPE.sub(r"\1", content)])
    return None


def _visible(children: list[Any]) -> str:
    """Join inline tokens' visible text; adjacent text pieces are one (as text_join makes them)."""
    parts: list[str] = []
    run: list[str] = []  # adjacent text and text_special (escape, entity) contents
    for child in children:
        if child.type in ("text", "text_special"):
            run.append(child.content)
            continue
        parts.append(_text_run(run))
        run = []
        if child.type == "code_inline":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "html_inline" and BREAK_TAG.match(child.content.strip()):
            parts.append("\n")
    parts.append(_text_run(run))
    return "".join(parts)


def _text_run(run: list[str]) -> str:
    """One text node's content; "2013**, at**": emphasis CommonMark does not accept goes."""
    text = "".join(run)
    return STRAY_EMPHASIS.sub("", text) if "**" in text or "__" in text else text
