"""The speakers stage's name patterns, compiled from the lexicon once per lexicon key.

Written in re.VERBOSE, one part a line with an example. Parts filled in from the lexicon or
the name grammar (`{hon}`, `{name}`, `{verbs}`, ...) are VERBOSE-safe: `alternation` escapes
spaces, the name grammar writes none outside a character class, and `phrases` escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...lexicon import alternation
from ...settings import vocabulary
from ...text.names import by_first_letter, honorific_pattern, name_grammar
from ._lines import start_patterns


def fill(template: str, **parts: str) -> str:
    """`template` with each `{key}` replaced by its part (regex quantifiers like `{0,3}` stay)."""
    for key, part in parts.items():
        template = template.replace("{" + key + "}", part)
    return template


def phrases(words: Iterable[str]) -> str:
    """Words as an alternation, longest first, each space kept a single space ("paid tribute")."""
    return "|".join(sorted(words, key=len, reverse=True)).replace(" ", r"\ ")


# "Councillor Ann McLachlan", "Mr.Bonnett", "Councillor Mrs Pam Bosworth", "Sheahan (J)"
WHO = r"""
    (?P<hon>{hon})(?:\s+{more}){0,3}           # "Councillor", "Councillor Mrs" (more: `by_first_letter`)
    (?:\s+|(?<=\.))                            # " ", or nothing after a full stop: "Mr.Bonnett"
    (?P<name>{name})                           # "Ann McLachlan", "G K Gibbens"
    (?:\s*\((?P<dis>[A-Z])\))?                 # "Sheahan (J)": a disambiguator
"""

# "Councillor Ann McLachlan made reference", "Mr G K Gibbens, added", "Cllr X MOVED",
# "Cllr Gareth Roberts, Leader of the Council said:", "Cllr X who moved", "Mr X, Director, who had
# registered to speak", "Mr Watts (General Counsel) confirmed", "Mr Preston on behalf of the Residents
# Association invited"
AT_HONORIFIC = r"""
    \b{who}
    (?:\s*,\s*(?P<role>(?:the\s+|a\s+)?[^,\n]{3,90}?)\s*,     # ", the Director of Finance,"
      |\s*,\s*(?P<role2>(?-i:[A-Z“"])[^,\n]{3,60}?)           # ", Leader of the Council"
      |\s*\((?P<role3>(?-i:[A-Z])[^()\n]{2,90})\)             # " (General Counsel)"
      |\s+on\s+behalf\s+of\s+[^,.;\n]{3,80}?                  # " on behalf of the Residents Association"
    )?
    ,?\s+(?:who\s+(?:had\s+)?)?                               # ", who had "
    (?:(?:{adverbs})\s+)?                                     # "also ", "further "
    (?P<verb>{verbs}|{acts})\b                                # "said", "made reference", "MOVED"
    (?!(?-i:(?<=[A-Z]{2}))[ \t]*:)                            # not a label in capitals: "MOVED:"
    (?!\s+(?:by|to\s+(?:him|her|them)|that\s+(?:he|she)\s+had\s+been))  # not "thanked by", "said to him"
"""

# "4.1 By Councillor Edie <title> for answer by the Convener": a written question's asker
# (the title follows the name directly, so the name is one word after any initials)
WRITTEN_QUESTION = r"""
    (?m:^)\W*(?:\d+(?:\.\d+)*\s+)?           # "4.1 "
    (?P<verb>By)\s+(?P<hon>{hon})\s+          # "By Councillor "
    (?P<name>(?:[A-Z]\.?\s)*{surname})        # "Edie", "J. Edie"
    (?![\w'’-])
    (?=[^\n]{0,160}?\bfor\s*answer\b)         # "... for answer by the Convener"
"""

# "Graham Hodkinson, the director of adult social care, said"
NAME_ROLE_VERB = r"""
    \b(?P<name>{name}),\s+                                   # "Graham Hodkinson, "
    (?P<role>(?:the|a|an)\s+[a-z][^,\n]{3,80}?),\s+          # "the director of adult social care, "
    (?P<verb>said|told|added|explained|stated|warned|noted|commented)\b
"""

# "— Janice McMillan made a presentation", a full name opening a sentence before a speech verb,
# "Finance Director Steve Schlueter made a presentation"
# (after SENTENCE_START: `_lines.start_finditer` runs it)
OPENING_NAME = r"""
    (?:(?P<role>(?:[A-Z][a-z]+\s+){0,2}                      # "Finance "
       (?:Director|Manager|Officer|Clerk|Attorney|Administrator|Engineer|Planner|Treasurer|Solicitor))\s+
    )?                                                        # "Finance Director ": the role
    (?P<name>{full})\s+                                       # "Steve Schlueter "
    (?P<verb>made\ a\ presentation|presented|spoke|addressed|explained|asked|said|stated|reported
      |outlined|informed|advised|requested|offered)\b         # "made a presentation"
"""


def _verbs(vocab: str) -> str:
    return phrases(vocabulary(vocab)["speech_verbs"])


@lru_cache(maxsize=4)
def _patterns(vocab: str, regrouped: bool = True) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...],
                                                           tuple[re.Pattern[str], ...]]:
    """Patterns near an honorific, near "moved"/"seconded"/"proposed", and near a speech verb
    (`regrouped` False: no alternation `by_first_letter`, for the tests)."""
    NAME, FULL_NAME, _SURNAME = name_grammar(vocab)  # this lexicon's name grammar
    hon, lex = honorific_pattern(vocab), vocabulary(vocab)
    # after a verb or act, which leads every match (and gives `finditer_led` its needles), every honorific
    # of the chain `by_first_letter`
    who = fill(WHO, hon=honorific_pattern(vocab, regrouped), more=honorific_pattern(vocab, regrouped), name=NAME)
    near_honorific = (
        at_honorific(vocab, regrouped),
        # "said Councillor X", "asked Cllr Y"
        re.compile(fill(r"\b(?:{before})\s+{who}", before=alternation(lex["verbs_before_honorific"]), who=who),
                   re.I | re.X),
        # "Moved by Councillor X", "Proposed by: Councillor X", "MOVED: Cr Barnes", "question from Cllr X",
        # "prop. Mr.Bonnett, 2nd Mr. Ward", "Prayer was offered by Councilman X", "presentation ... by Councillor X"
        re.compile(fill(r"""(?<![\w'’])(?P<verb>{acts})(?![\w'’])      # "Moved", "Proposed", "prop."
                            \s*(?:by|from)?\s*:?\s*\**\s*{who}         # " by: ", " **"
                         """, acts=alternation(lex["acts_before_name"]), who=who), re.I | re.X),
        # "a presentation of a cheque by the immediate past Chairman, Councillor Mrs Pam Bosworth"
        re.compile(fill(r"""\b(?P<verb>{nouns})\b[^.;:\n]{0,80}?\bby\s+  # "presentation of a cheque by "
                            (?:(?-i:the\s+[^,.;\n]{3,60}?),\s+)?       # "the immediate past Chairman, "
                            {who}""", nouns=alternation(lex["speech_nouns"]), who=who), re.I | re.X),
        re.compile(fill(WRITTEN_QUESTION, hon=hon, surname=_SURNAME), re.X),
    )
    movers = alternation(lex["speaker_motion_verbs"])
    near_motion = (
        # "proposed by Mrs Willis and seconded by C. Humphries"
        re.compile(rf"\b(?P<verb>{movers})\s+by\s+(?P<name>{FULL_NAME})\b", re.I),
        # "proposed B. Glover and seconded by M. Grief": initials make a name without "by" safe
        re.compile(fill(r"""\b(?P<verb>{motion_verbs})\s+                       # "proposed "
                            (?P<name>(?-i:(?:[A-Z]\.\s?){1,3}             # "B. "
                                          [A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?))\b  # "Glover", "Lloyd-Jones"
                         """, motion_verbs=movers), re.I | re.X),
    )
    return near_honorific, near_motion, _verb_patterns(vocab)


@lru_cache(maxsize=8)
def at_honorific(vocab: str, regrouped: bool = True) -> re.Pattern[str]:
    """AT_HONORIFIC of this lexicon, its speech verbs and later honorifics `by_first_letter` (or, for
    the tests, as written)."""
    lex, verbs = vocabulary(vocab), _verbs(vocab)
    who = fill(WHO, hon=honorific_pattern(vocab), more=honorific_pattern(vocab, regrouped), name=name_grammar(vocab).name)
    return re.compile(fill(AT_HONORIFIC, who=who, adverbs=alternation(lex["speech_adverbs"]),
                           verbs=by_first_letter(verbs) if regrouped else verbs, acts=alternation(lex["speaker_acts"])),
                      re.I | re.X)


@lru_cache(maxsize=4)
def opening_name(vocab: str) -> str:
    """OPENING_NAME of this lexicon, the body after its line or sentence start."""
    return fill(OPENING_NAME, full=name_grammar(vocab).full_name)


@lru_cache(maxsize=4)
def _verb_patterns(vocab: str) -> tuple[re.Pattern[str], ...]:
    """Patterns that end at (or start with) a speech verb, for names written without an honorific."""
    NAME, FULL_NAME, _ = name_grammar(vocab)  # this lexicon's name grammar
    return (
        re.compile(fill(NAME_ROLE_VERB, name=NAME), re.X),
        # "said Graham Hodkinson, the director"
        re.compile(rf"\b(?:said|says)\s+(?P<name>{NAME}),\s+(?P<role>(?:the|a|an)\s+[^,.\n]{{3,80}})"),
        # "The planning officer (Murray Hancock) gave a report" (every character from "the" to the "(" is
        # a word character or white space: the lookahead, implied by what follows it, fails at once without one)
        re.compile(fill(r"""\b[Tt]he(?=[\w\s]*\()\s+(?P<role>[A-Za-z][\w\ ]{2,40}?)\s+   # "The planning officer "
                            \((?P<name>{full})\)\s+                        # "(Murray Hancock) "
                            (?P<verb>{verbs})\b                            # "gave a report"
                         """, full=FULL_NAME, verbs=_verbs(vocab)), re.X),
        start_patterns(opening_name(vocab), re.M | re.X)[0],
    )
