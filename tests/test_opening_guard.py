"""`names.opening_guard`: the lookahead before the honorific alternation changes no match.

`honorific_pattern` opens with a class of the characters its words open with, so `re` skips
the alternation's branches where none can start. These tests pin that it is a pure shortcut:
a class folds case exactly as a literal does, for every code point, and the patterns built
with the guard find what they find without it."""

from __future__ import annotations

import re
import sys

import pytest

from minutes_cli.settings import Settings, vocabulary
from minutes_cli.text.names import honorific_pattern, name_grammar, opening_guard, unguarded_honorifics

VOCAB = Settings().lexicon_key
EVERY_CODE_POINT = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
# Written for this test: honorifics in each case, run into names, chained, of address, and near misses
TEXT = """Councillor Ann Roe said. COUNCILLOR ROE: cllr poe. Cllr.Bonnett, Mr. G. Ward, Madam Chair,
Madam J Meade, MADAM MAYOR: Deputy Mayor Lee; Councillors A, B and C. Mrs Neal; ms roe; Dr. Who,
Kelvin \u212aent, İnvited, Councillor Mrs Pam Bosworth — Board member Knox. the Chairman (Cllr X).
Crs Barnes and Creek; Mayor Pro Tem Rees; District Councillor Ann Lee; Alderman O'Neill."""


def _first_chars() -> list[str]:
    lex = vocabulary(VOCAB)
    return sorted({w[0] for w in [*lex["honorifics"], *lex["titles"], *lex["address_honorifics"]]})


@pytest.mark.parametrize("flags", [0, re.I])
def test_a_class_matches_what_its_literal_matches(flags: int) -> None:
    for char in _first_chars():
        literal = [m.start() for m in re.finditer(re.escape(char), EVERY_CODE_POINT, flags)]
        in_class = [m.start() for m in re.finditer(f"[{re.escape(char)}]", EVERY_CODE_POINT, flags)]
        assert literal == in_class, char


def test_guard_opens_the_pattern() -> None:
    pattern = honorific_pattern(VOCAB)
    assert pattern.startswith("(?=[") and pattern.endswith(unguarded_honorifics(VOCAB))
    assert opening_guard(["Cllr", "Dr", "Mr"]) == "(?=[CDM])"
    assert opening_guard(["Cllr", ""]) == "" and opening_guard([" Mr"]) == "" and opening_guard([]) == ""
    assert opening_guard(["-x", "]y"]) == r"(?=[\-\]])"


@pytest.mark.parametrize("flags", [0, re.I])
@pytest.mark.parametrize("shape", [r"(?P<hon>{hon})\s+(?P<name>{name})", r"\b(?:{hon})s?\b", r"^(?:{hon}\s+)+",
                                   r"(?<![\w'’])(?:{hon})(?:\s+(?:{hon})){{0,3}}[ \t]*", r"(?:{hon})\s"])
def test_patterns_find_the_same_with_and_without_the_guard(shape: str, flags: int) -> None:
    name = name_grammar(VOCAB).name
    guarded = re.compile(shape.format(hon=honorific_pattern(VOCAB), name=name), flags | re.M)
    plain = re.compile(shape.format(hon=unguarded_honorifics(VOCAB), name=name), flags | re.M)
    found = [m.span() for m in guarded.finditer(TEXT)]
    assert found == [m.span() for m in plain.finditer(TEXT)]
    assert found  # each shape matches the text somewhere
    for i in range(len(TEXT)):
        g, p = guarded.match(TEXT, i), plain.match(TEXT, i)
        assert (g and g.span()) == (p and p.span())
