"""Class, id and role names: which name site chrome, and which elements hold such a name.

A class or id word only names a candidate (`_htmlchrome` tests what it holds). A page's
attribute values are read by libxml2 in document order, one search an attribute, as plain
strings; an element is reached (through a value that knows it) only when a value names
chrome or hides the element.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lxml import etree

from ..text import scan

# Names that are chrome whatever the element holds.
ALWAYS_CHROME = re.compile(r"cookie|consent|breadcrumb|skip-?(?:to|link|nav)|print-?link", re.I)
# Names that make an element a candidate: it is chrome if it holds little but links.
MAYBE_CHROME = re.compile(r"navbar|\bnav\b|menu|share|social|sidebar|banner|masthead|"
                          r"site-?footer|site-?header|search", re.I)
ANY_CHROME_NAME = re.compile(f"{ALWAYS_CHROME.pattern}|{MAYBE_CHROME.pattern}", re.I)
# Literals one of which every match of ANY_CHROME_NAME holds (derived from the pattern by
# `text.scan.needles`): a case-blind search tries every alternative at every character,
# `str.__contains__` on the folded names rules most names out first.
CHROME_NAME_NEEDLES = scan.needles(ANY_CHROME_NAME)
# "has-sidebar", "no-menu": a class that describes the layout, not chrome
MODIFIERS = ("has-", "no-", "with-", "without-")
# The attributes that make an element a candidate, in the order their elements are tested.
MARKS = ("class", "id", "role", "hidden", "style")
# Per attribute, its values under an element (itself included: `descendant-or-self::*/@x` is
# `.//@x`, as only elements hold attributes, and faster), in document order: as plain strings,
# and as lxml's "smart" strings that know their element (`getparent`), built only when needed
# (~1 us each: a grid holds 4,500 ids and classes). One search an attribute: libxml2 merges a
# union's node sets in quadratic time (20 ms for a grid's ids and classes).
VALUES = {name: etree.XPath(f"descendant-or-self::*/@{name}", smart_strings=False) for name in MARKS}
MARKED = {name: etree.XPath(f"descendant-or-self::*/@{name}") for name in MARKS}


def _names(el: Any) -> list[str]:
    """The class, id and role words of `el`, less the layout modifiers."""
    words = " ".join(el.get(k) or "" for k in ("class", "id", "role")).split()
    return [w for w in words if not w.lower().startswith(MODIFIERS)]


def chrome_names(el: Any) -> str:
    """The names joined, or "" when neither name pattern matches them: a search over the
    raw attributes first (the names are a subset of their words, and no pattern spans white
    space), so most elements never split their names."""
    raw = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    if not raw or not matches_chrome_name(raw):
        return ""
    return " ".join(_names(el))


def marked(root: Any, name: str, names: dict[str, set[str]] | None) -> list[Any]:
    """The values of attribute `name` under `root` that lead to a test of their element, in
    document order, as smart strings: every hidden or style value, a class, id or role value
    when it matches a chrome name. Ids and roles are read as plain strings first (they are
    `names`, and a grid's thousands of ids name no chrome); classes repeat, a few distinct
    values in thousands, so their smart strings cost less than a second search."""
    if name in ("id", "role"):
        values = VALUES[name](root)
        if names is not None:
            names[name] = set(values)
        hits = chrome_values(values) if values else set()
        return [value for value in MARKED[name](root) if value in hits] if hits else []
    found = MARKED[name](root)
    if name != "class" or not found:
        return list(found)
    hits = chrome_values(found)
    return [value for value in found if value in hits] if hits else []


def chrome_values(values: list[str]) -> set[str]:
    """The values that match a chrome name (`matches_chrome_name`). The distinct values
    joined by line ends are searched for its literals once first: no literal holds a line
    end, so one found in the joined values is in one of them."""
    distinct = set(values)
    joined = "\n".join(distinct)
    if not scan.may_match(CHROME_NAME_NEEDLES, joined, scan.fold(joined)):
        return set()
    return {value for value in distinct if matches_chrome_name(str(value))}  # a smart string, cached, would keep its tree


@lru_cache(maxsize=4096)
def matches_chrome_name(raw: str) -> bool:
    """Does ANY_CHROME_NAME match `raw`? Cached: a grid's thousand rows share one class
    ("rgRow"). It cannot when the folded names (`scan.fold`: "ſ" read as "s", as the
    case-blind pattern reads it) hold none of its literals."""
    if not scan.may_match(CHROME_NAME_NEEDLES, raw, scan.fold(raw)):
        return False
    return ANY_CHROME_NAME.search(raw) is not None
