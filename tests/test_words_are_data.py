"""Words are data: no cue word in stage code that the lexicon does not hold (issue 9).

Every string literal in `stages/` and `text/` (docstrings aside) is read as a regex would
be: group names, escapes, character classes and counts are taken out, and each word of
three letters or more that is left must be a word of the lexicon (an entry or a key) or
one of the few words below that are not council English at all. A cue word written into
a pattern in code fails here: it belongs in `vocab/`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from minutes_cli.lexicon import load

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "minutes_cli"
CODE = ("stages", "text")
WORD = re.compile(r"[A-Za-z]{3,}")
COMMENT = re.compile(r"(?<!\\)#[^\n]*")
OPTIONAL_LETTER = re.compile(r"\w\?")
REGEX_SYNTAX = re.compile(r"\(\?P?[<=!]?\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+\)|\\[a-zA-Z]|\[\^?(?:\\.|[^\]])*\]|\{\d*,?\d*\}")

# Words in string literals that are not cue words of any council tradition, each kind said:
NOT_CUES = frozenset("""
    have has had could does did would will should who which out how why done near rest
    cue heading segments caps subj pre num text row inf value find spk mot cand named mname mrole
    drole prole answerer asker apposition verb arabic alpha bullet canonical split peoplelist pattern
    metadata dates objects
    install installed lemmatizer model parser pipeline sentencizer spacy textcat
    parsing parts prefer require ymd dmy mdy iso ordinals auto atomic max min possessive repeat
    constants parse sre aeiou abcdefghijklmnopqrstuvwxyz hrs dis follow
""".split())
# English grammar (auxiliaries, pronouns, question words: "was|were|had|has|have", "Cllr X who");
# names the program gives its own values (regex group names passed to .group(), family and field
# names: cue, heading, caps, subj, mot, spk); the names of spaCy's pipes, dateparser's settings and
# re's parser constants; "AEIOU" and the alphabet (letter classes); "hrs" (a time's unit);
# "follow(s|ing)" (a verb form, as "-ed" is). An optional letter ("abstentions?") is read without it.
MATCH_METHODS = frozenset({"group", "start", "end", "span", "groupdict", "get"})


def lexicon_words(value: Any, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            out.update(w.lower() for w in WORD.findall(str(key)))
            lexicon_words(item, out)
    elif isinstance(value, list):
        for item in value:
            lexicon_words(item, out)
    elif isinstance(value, str):
        out.update(w.lower() for w in WORD.findall(value))
    return out


def literal_words(source: str) -> set[str]:
    """Words of the string literals of a module, docstrings left out."""
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    words: set[str] = set()
    for node in ast.walk(tree):  # m.group("who"), groups.get("dis"): a group's name, not a word
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MATCH_METHODS:
            docstrings.update(id(a) for a in node.args if isinstance(a, ast.Constant))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = COMMENT.sub(" ", node.value) if "\n" in node.value else node.value  # re.VERBOSE comments
            words.update(WORD.findall(REGEX_SYNTAX.sub(" ", OPTIONAL_LETTER.sub("", text))))
    return words


def _tail(word: str, known: set[str]) -> bool:
    """The end of a lexicon word: a literal prefilter as `lexicon.literals` makes them ("resent"
    for "Present"), or what is left of "[Ss]econded" once its character class is taken out."""
    return any(k.endswith(word) and len(k) - len(word) <= 2 for k in known)


def cue_words_in_code(known: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for folder in CODE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            words = sorted(w for w in literal_words(path.read_text(encoding="utf-8"))
                           if w.lower() not in known and w.lower() not in NOT_CUES and not _tail(w.lower(), known))
            if words:
                found[str(path.relative_to(PACKAGE))] = words
    return found


def test_no_cue_word_in_stage_code_that_the_lexicon_does_not_hold() -> None:
    assert cue_words_in_code(lexicon_words(load(), set())) == {}


def test_the_check_finds_a_cue_word_written_into_a_pattern() -> None:
    source = '"""A docstring: Quorum."""\nPATTERN = r"(?P<label>Sederunt|Present)\\s*:"\n'
    words = literal_words(source)
    assert "Sederunt" in words and "label" not in words and "Quorum" not in words
    assert "present" in lexicon_words(load(), set())
