"""Mover, seconder and outcome patterns for the motions stage, compiled from the lexicon.

Every tradition names who moved a motion in one of a few shapes, and the words of each
shape are lexicon lists (`vocab/en/decisions.yaml`), so a style layer or a settings file
adds a phrasing with no code change:

- label first: "Moved by Cllr Roe", "Motion by Kay, second by Lee", "MOVED: Cr Barnes";
- subject first: "Cllr Roe moved", "Director Kay made the motion to approve ...",
  "Board member Lee motioned to approve ...", "Board Member Lee second";
- a mark after the name: "A. Prest (motion), C. Dale (second)";
- an outcome: "Motion carried", "The amendment was LOST", "Motion carries 5-0".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from ..lexicon import alternation, literals
from ..settings import vocabulary
from .names import honorific_pattern, name_grammar

_ROLE = r"(?:[Tt]he|An)[ \t]+(?:[A-Z][\w/-]*)(?:[ \t]+(?:[A-Z][\w/-]*|of|for|and|the)){0,8}"
_INITIALLED = r"(?-i:(?:[A-Z]\.[ \t]?){1,3}[ \t]*[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?![\w'’-])"


class MoverPatterns(NamedTuple):
    """What the motions stage matches, for one lexicon."""

    movers: tuple[re.Pattern[str], ...]
    pairs: tuple[re.Pattern[str], ...]  # mover and seconder named as a pair: groups name, pair
    seconders: tuple[re.Pattern[str], ...]
    outcome: re.Pattern[str]
    results: dict[str, str]
    literals: tuple[str, ...]
    told_first: re.Pattern[str]
    told_first_results: dict[str, str]
    withdrawal: re.Pattern[str]
    withdrawal_literals: tuple[str, ...]


def _bare(key: str) -> str:
    """A name written bare, as a record line writes it: "Holt", "Ann Roe", "HOLT" (case-sensitive)."""
    _, FULL_NAME, _SURNAME = name_grammar(key)
    return rf"(?-i:[A-Z][A-Z'’-]+|{FULL_NAME}|{_SURNAME})(?![\w'’-])"


def _who(hon: str, titles: str, bare: bool, shout: str, key: str) -> str:
    """A person or an office: "Cllr Roe", "Director Kay", "COUNCIL MEMBER OWENS", "COUNCILLOR JORDAN",
    "the Leader"."""
    NAME, FULL_NAME, _SURNAME = name_grammar(key)  # this lexicon's name grammar
    # A bare name after a label ("Moved by Veitch, Seconded by Jermey"): case-sensitive, one or two words
    _BARE = rf"(?-i:{FULL_NAME}|{_SURNAME})(?![\w'’-])"
    person = rf"(?P<hon>{hon}|(?-i:{titles}))(?:\s+|(?<=\.))(?P<name>{NAME}(?:\s*\([A-Z]\))?)(?![\w'’])"
    caps = rf"(?-i:COUNCIL\s*MEMBER|{shout})\s+(?P<caps>(?-i:[A-Z][A-Z'-]+))\b"
    tail = rf"|(?P<bare>{_BARE})" if bare else ""
    return rf"(?:{person}|{caps}|(?P<role>{_ROLE}){tail})"


@lru_cache(maxsize=8)
def mover_patterns(key: str) -> MoverPatterns:
    """The mover, seconder and outcome patterns of lexicon `key`, compiled once."""
    words = vocabulary(key)
    hon, titles = honorific_pattern(key), alternation(words["mover_titles"])
    shout = alternation(h.upper() for h in [*words["honorifics"], *words["mover_titles"]] if len(h) > 3)
    labelled, subject = _who(hon, titles, True, shout, key), _who(hon, titles, False, shout, key)
    FULL_NAME = name_grammar(key).full_name  # this lexicon's name grammar
    move_label, move_verb = alternation(words["mover_labels"]), alternation(words["mover_verbs"])
    second_label, second_verb = alternation(words["seconder_labels"]), alternation(words["seconder_verbs"])
    by_move = alternation(w for w in words["mover_labels"] if w.lower().endswith(" by"))
    by_second = alternation(w for w in words["seconder_labels"] if w.lower().endswith(" by"))
    bare_move = alternation(w for w in words["mover_labels"] if not w.lower().endswith(" by"))
    movers = (
        # "Moved by Councillor X", "Proposed by: Cllr Y", "MOVED: Cr Barnes", "Motion by Kay,"; a bare name
        # only after "by" ("Moved by Veitch"), never after a bare verb ("The Proposed Way Forward")
        re.compile(rf"\b(?i:(?:it\s+was\s+)?(?:formally\s+)?(?:{by_move}))\s*:?\s*[*_]*\s*{labelled}"),
        re.compile(rf"\b(?i:(?:it\s+was\s+)?(?:formally\s+)?(?:{move_label}))\s*:?\s*[*_]*\s*{subject}"),
        # "... £58.75 proposed B. Glover and seconded by M. Grief": after a bare verb, a bare name only with initials
        re.compile(rf"\b(?i:{bare_move})[ \t]+(?P<bare>{_INITIALLED})"),
        # "Cllr X MOVED", "Director Kay made the motion to approve", "COUNCIL MEMBER BRADSHAW MOVED"
        re.compile(rf"(?<![\w-]){subject}[ \t]+(?:formally\s+|then\s+|duly\s+|subsequently\s+)?(?i:{move_verb})\b"
                   rf"(?!\s+(?:by|to\s+item|on\s+to|the\s+vote))"),
        # "A. Prest (motion)"
        re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})\s*\((?i:{alternation(words['mover_marks'])})\)"),
        # "Moved (Cr Vale/Cr Wynn):", "Resolved (Cr Cole / Cr Amos)": mover, then seconder, in brackets; or bare
        # after a resolution's number, both with an honorific: "RESOLVED - 17/401 Cr C Gryllis/Cr R Gander That"
        re.compile(rf"(?:(?<=\()\s*|(?<![\w/])(?=(?:{hon})\s))(?-i:{subject})\s*/(?=\s*(?:{hon})\s)"),
        _record_lines(words, key)[0],
    )
    seconders = (
        re.compile(rf"\b(?i:(?:formally\s+)?(?:{by_second}))\s*:?\s*[*_]*\s*{labelled}"),
        re.compile(rf"\b(?i:(?:formally\s+)?(?:{second_label}))\s*:?\s*[*_]*\s*{subject}"),
        re.compile(rf"(?<![\w-]){subject}[ \t]+(?:formally\s+)?(?i:{second_verb})\b(?!\s+by)"),
        re.compile(rf"(?<![\w-])(?P<name>{FULL_NAME})\s*\((?i:{alternation(words['seconder_marks'])})\)"),
        re.compile(rf"(?<=/)\s*{subject}(?=\s*\)|\s+(?:That|THAT|that)\b)"),
        _record_lines(words, key)[1],
    )
    outcome, results = _outcome(words)
    found = literals([*words["mover_labels"], *words["mover_verbs"], *words["mover_marks"]]) + ("/",)
    first = {k.lower(): v for k, v in words["outcome_before_mover"].items()}
    told_first = re.compile(rf"\b(?P<o>(?i:{alternation(first)}))\b")
    withdrawal = re.compile(rf"(?<![\w-]){subject}\s+(?i:{alternation(words['withdrawal_verbs'])})\s+"
                            rf"(?i:his|her|their|the)\s+(?i:{alternation(words['motion_nouns'])})\b")
    return MoverPatterns(movers, _pairs(words, hon, key), seconders, outcome, results, found, told_first, first, withdrawal,
                         literals(words["withdrawal_verbs"]))


def _record_lines(words: dict[str, Any], key: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A record line's labels, each with a colon and a bare name: the mover ("MOTION: Jones" with a
    seconder's label next, "SECOND: Smith  VOTE: 5-0") and the seconder ("SECOND: Smith", "Seconded: Hale")."""
    second = alternation([*words["seconder_labels"], *words["seconder_verbs"]])
    mover = re.compile(rf"\b(?i:{alternation(words['record_labels'])})[ \t]*:[ \t]*(?P<bare>{_bare(key)})"
                       rf"(?=[ \t]+(?i:{second})[ \t]*:)")
    return mover, re.compile(rf"\b(?i:{second})[ \t]*:[ \t]*(?P<bare>{_bare(key)})")


def _pairs(words: dict[str, Any], hon: str, key: str) -> tuple[re.Pattern[str], ...]:
    """Mover and seconder named as a pair: "On the Motion of Councillors D Tout and T Koschel", "Moved by Cllr
    A and Cllr B", "Thym Bitter and Geraldine Smedley moved that ...": the first moved, the second seconded
    (groups `name`, `pair`). Not joint movers a seconder follows ("proposed by Councillor A and Councillor
    B, seconded by ..."), nor a label or body after "and" ("Cllr A and Seconded by", "Cllr A and Council")."""
    NAME, FULL_NAME, _ = name_grammar(key)
    group = alternation(words["group_honorifics"])
    seconder = alternation([*words["seconder_labels"], *words["seconder_verbs"]])
    no_word = rf"(?!(?i:{alternation([*words['name_tails'], *words['mover_labels'], *words['seconder_labels']])})"
    no_word += rf"(?![\w'’-])|(?:{alternation(words['decision_bodies'])})(?![\w'’-]))"
    one = rf"(?:(?-i:{group})\.?[ \t]+|(?P<hon>{hon})(?:[ \t]+|(?<=\.)))"
    two = rf"(?:(?:{hon})(?:[ \t]+|(?<=\.)))?(?!(?:{hon})[ \t.]){no_word}(?P<pair>{NAME})"
    alone = rf"(?![\w'’-])(?![\s*_,;]*(?:and\s+)?(?i:{seconder})(?![\w'’-]))"  # no seconder after the pair
    move_label, move_verb = alternation(words["mover_labels"]), alternation(words["mover_verbs"])
    record = alternation(words["record_labels"])
    return (
        re.compile(rf"\b(?i:(?:it\s+was\s+)?(?:{move_label}))\s*:?\s*[*_]*\s*{one}(?P<name>{NAME})"
                   rf"[ \t]+(?:and|&)[ \t]+{two}{alone}"),
        # a record line: "MOTION:HOLT/REYES The minutes ...", "Moved/Seconded: Grant/Hale", "M/S Ortiz/Lee to ..."
        # "Motion: (Porter/McKenzie OAM)"
        re.compile(rf"\b(?i:{record})(?:[ \t]*:[ \t]*|[ \t]+)\(?(?P<bare>{_bare(key)})[ \t]*/[ \t]*"
                   rf"(?P<pair>{_bare(key)})(?=[ \t]*$|[ \t]+(?:[A-Z]|to\b|-)|[,;.:)])", re.M),
        # subject first: named alike, and bare names only opening a sentence ("... the work done by Cuan Mhuire
        # and Councillor Martin Ryan proposed" names one mover)
        re.compile(rf"(?:^|(?<=[a-z0-9)]{{3}}[.;:]\s))[ \t*]*(?:{one}(?P<name>{NAME})[ \t]+(?:and|&)[ \t]+{two}"
                   rf"|(?P<bare>{FULL_NAME})[ \t]+(?:and|&)[ \t]+{no_word}(?P<pair2>{FULL_NAME}))"
                   rf"[ \t]+(?:formally\s+|jointly\s+)?(?i:{move_verb})\b", re.M),
    )


@lru_cache(maxsize=16)
def name_tail(key: str, office: bool = False) -> re.Pattern[str]:
    """A label, or the words or body opening a motion's text, that a mover's or seconder's name ran into
    where label lines were joined ("Cr A Seconded", "Cllr Gray Moved", "the Chair That", "Cr B Council
    adjourn ..."): the name ends before it. One pattern for the motions and decisions stages (lexicon
    `name_tails`, `mover_labels`, `seconder_labels`; `decision_bodies` as written or in capitals, not
    after an `office`: "the Chief Executive", "the Leader of the Council" end in one)."""
    words = vocabulary(key)
    cue = alternation([*words["name_tails"], *words["mover_labels"], *words["seconder_labels"]])
    bodies = alternation([*words["decision_bodies"], *(b.upper() for b in words["decision_bodies"])])
    # a label cuts the name wherever it stands ("Cr Barnes Seconded Cr" of "Moved Cr Barnes Seconded Cr
    # Vale"); a body only at its end
    return re.compile(rf"\s+(?:(?i:{cue})(?![\w'’-]).*{'' if office else '|' + bodies})$")


def who_end(m: re.Match[str], key: str) -> int:
    """Where the person a mover or seconder match names ends: before the `name_tail` it ran into."""
    for group in ("name", "role", "caps", "bare"):
        if m.groupdict().get(group) and (tail := name_tail(key, group == "role").search(m.group(group))):
            return m.start(group) + tail.start()
    return m.end()


def _outcome(words: dict[str, Any]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The outcome of a motion ("Motion carried", "The amendment was LOST", "Agreed unanimously." on its
    own line) and the result each word gives."""
    results = {k.lower(): v for k, v in words["motion_results"].items()}
    lines = {k.lower(): v for k, v in words["outcome_lines"].items()}
    outcome = re.compile(
        rf"\b(?:(?P<what>(?i:{alternation(words['motion_nouns'])}))\s+(?:was\s+)?"
        r"(?:duly\s+|then\s+|therefore\s+|unanimously\s+)?(?:declared\s+)?)?"
        rf"(?<!\bbe )(?<!\bbeen )(?<!\bnot )(?P<o>(?i:{alternation(results)}))\b"
        # "Agreed unanimously." alone on its line: the outcome of the motion above it
        rf"|^[ \t*]*(?P<o2>(?i:{alternation(lines)}))"
        rf"(?:[ \t]+(?i:{alternation(words['unanimity_words'])}))?[ \t*]*\.?[ \t]*$",
        re.M)
    return outcome, {**lines, **results}
