"""Text with no line breaks at all (a scraped page flattened to one line): put the
breaks back where a paper's structure shows through, so line-start rules can fire.

A break goes before a minute number ("5. Planning", "16/09/6", "CA/89/23"), a run of
capitalised words ("PLANNING APPLICATIONS"), or a block cue word from the lexicon
(`block_starts`: "RESOLVED", "Present"), each only where a sentence has just ended.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..settings import vocabulary

# A line this long, in a text with fewer line breaks than one per this many characters, is unbroken.
UNBROKEN = 1000
# After a sentence end (or a closing bracket/quote) and a space.
AFTER_END = r"(?<=[.!?:;)\]”\"'])\s+"
MINUTE_NUMBER = r"(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|[A-Z]{0,4}\d{1,3}/\d{2,4}(?:/\d{1,3})*)\s+(?=[A-Z])"
CAPITALS = r"[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+)+\b"  # ("OF", "AND" are such words: one way to match, no backtracking blow-up)


HEADING_END = re.compile(rf"(?m)^({CAPITALS})\s+(?=[A-Z][a-z])")
LABEL_LINE = re.compile(r"(?m)^(\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z])[.)])\n")


def is_unbroken(text: str) -> bool:
    """Does `text` hold a line far longer than any wrap, and almost no line breaks?"""
    return len(text) > UNBROKEN and text.count("\n") < len(text) / UNBROKEN and \
        max(len(line) for line in text.split("\n")) > UNBROKEN


@lru_cache(maxsize=4)
def _breaks(vocab: str) -> re.Pattern[str]:
    cues = sorted(vocabulary(vocab).get("block_starts", []), key=len, reverse=True)
    cue = "|".join(re.escape(c) for c in cues) or "(?!)"
    return re.compile(rf"{AFTER_END}(?=(?:{MINUTE_NUMBER}|{CAPITALS}|(?:{cue})\b))")


def split_unbroken(text: str, vocab: str = "en") -> str:
    """`text` with a line break before each place where a block starts (see module doc)."""
    text = _breaks(vocab).sub("\n", text)
    text = HEADING_END.sub("\\1\n", text)  # "PLANNING APPLICATIONS The council ...": the heading ends
    return LABEL_LINE.sub("\\1 ", text)  # "1." broken from its title by the cue after it
