"""Decision cue patterns, and where a cue's decision text starts and ends inside a block.

Shared by the decisions stage. A cue is a block-opening label ("RESOLVED:", "Decision
Made:", "Cabinet RESOLVED to"), an in-block phrase ("..., it was RESOLVED:", "Decision:
Cabinet NOTED", "RESOLUTION: That ..." in text whose newlines were collapsed), or a
heading ("Recommendations"). Segments end at the next cue or at a terminator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import ahocorasick_rs

from ...lexicon import alternation
from ...settings import vocabulary
from ...text.lowered import finditer_at, led, needle_automaton

# "RESOLVED: That", "It was RESOLVED that", "Cabinet RESOLVED to", "RESOLVED - T H A T",
# "resolved:", "**And Resolved:**", "AGREED:", "DECIDED -", "RESOLUTION:", "Decision Made:",
# "6. RESOLVED that", "26) RESOLVED that the Council:" (a resolution numbered as a paragraph), "And Resolved:",
# "RESOLVED UNANIMOUSLY:", "RESOLVED (unanimously):", "RESOLVED: (Unanimously)" ({unanimity}: the lexicon's words)
_CUE = (
    r"""(?P<pre>
          ^\W*(?:\d{1,3}[.)]\s*|(?:[Aa]nd|AND)\s+)?         # "6. ", "26) ", "**And ", "AND AGREED"
        | ^[^\n]{0,120}?(?:                                # words before the cue on its line:
              \b(?:[Aa]nd\s+)?[Ii]t\s+was\s+(?:unanimously\s+|duly\s+|further\s+)?  # "and it was duly "
            | \b(?:Cabinet|Council|Committee|Board|Panel|Sub-Committee|Members|Executive)
              \s+(?:unanimously\s+)?                       # "Cabinet unanimously "
          ))
        (?P<cue>R\s?E\s?S\s?O\s?L\s?V\s?E\s?D|Resolved|resolved   # "RESOLVED", "R E S O L V E D"
          |AGREED|Agreed|agreed|DECIDED|Decided|RESOLUTION|Resolution|NOTED
          |RECOMMENDED|R\ E\ C\ O\ M\ M\ E\ N\ D\ E\ D            # "R E C O M M E N D E D"
          |Decision\ Made|Decision|DECISION
          |Decisions?\ of\ (?:the\ )?[A-Z][\w ]{2,40}              # "Decisions of the Cabinet"
          |Recommended)
        (?:[ \t]+[A-Z]{0,4}\d{1,4}/\d{2,4}(?=[ \t]+(?i:{labels})[ \t]*:))?  # "Resolution 449/2019 Moved: Cr A ..."
        \b(?:\s*\((?i:{unanimity})\.?\)|\s+(?i:{unanimity})\b|\s+(?:that|to)\b)?\**  # "RESOLVED UNANIMOUSLY", "Agreed that", "**"
        (?P<sep>\s*(?:[:\-–—]|\bthat\b|\bto\b|\bT\s?H\s?A\s?T\b)  # ": ", " - ", " that", " T H A T"
          |\s*$                                            # nothing after it on the line
          |\s*(?=[\u201c"](?:That|THAT|To)\b)               # 'Resolved unanimously "That ...' (quoted words)
          |(?P<ahead>)(?=[ \t]+(?:(?i:{mover_labels})\b|(?i:{labels})[ \t]*:))  # "RESOLVED unanimously on the motion of Clr A"
          |(?=\s*\([^()/\n]{2,60}/[^()\n]{2,60}\)\s*:?\s*$))  # "Resolved (Cr Cole / Cr Amos)"
        (?P<qual>[ \t]*\((?i:{unanimity})\.?\)(?=[ \t]*$))?   # "RESOLVED: (Unanimously)", the words below
    """)


@lru_cache(maxsize=8)
def block_cue(key: str) -> re.Pattern[str]:
    """The block-opening cue of lexicon `key` (its unanimity qualifiers are `unanimity_words`)."""
    data = vocabulary(key)
    words = sorted(data["unanimity_words"], key=len, reverse=True)
    movers = alternation(w for w in data["mover_labels"] if " " in w)  # "on the motion of", "moved by"
    labels = alternation(w for w in data["mover_labels"] if " " not in w)  # "Moved:", "PROPOSED:"
    return re.compile(_CUE.replace("{unanimity}", "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in words))
                      .replace("{mover_labels}", movers).replace("{labels}", labels), re.VERBOSE)
# Inside a block: ", it was RESOLVED:", "and it was agreed that", "It was agreed the Council ...", "Council resolved to",
# "RESOLUTION: That" (collapsed text), "Cabinet NOTED that", "Decision: Cabinet NOTED"; not the end of a
# longer label ("Title of Decision: ...", "Reasons for Decision: ...")
_INLINE_CUE = r"""(?:
      \b(?:[Ii]t\s+was\s+(?:unanimously\s+|duly\s+|further\s+|also\s+|therefore\s+)?  # "it was duly "
          |(?<=,\s)and\s+)                                                  # ", and "
      (?P<a>RESOLVED|resolved|AGREED|agreed|DECIDED|decided)
      (?=\s*(?::|-\s|–|that\b|to\b|the\s+[A-Z]|$))                          # ": ", " that", " the Council"
    | \b(?:{bodies})\s+(?:unanimously\s+|also\s+|then\s+)?                  # "the Councillors then "
      (?P<b>(?:{verbs})(?=\s+(?:unanimously\s+)?(?:that|to|not\s+to)\b)      # "resolved to", "agreed that"
        |(?:{objects})(?=\s+(?:the|a|an|all|this|these|its|their)\s))          # "approved the request"
    | (?<![\w-])(?<!of\ )(?<!for\ )                                          # not "Title of Decision:"
      (?P<c>{labels}|Decision)(?=\s*(?::|\s[–—]|\s-\s)\s*(?!None\b|N/?A\b)\S   # "AGREED: To", not "Decision: None"
        |(?<=[A-Z])\s+(?:that|That|THAT)\b)                                   # "... Seconded by Cllr B RESOLVED that"
)"""


@lru_cache(maxsize=8)
def inline_cue(key: str) -> re.Pattern[str]:
    """The in-block cue of lexicon `key`; its labels ("RESOLVED:", "AGREED:") are `decision_labels`."""
    words = vocabulary(key)
    return re.compile(_INLINE_CUE.replace("{labels}", alternation(words["decision_labels"]))
                      .replace("{bodies}", alternation(b for w in words["decision_bodies"] for b in (w, w.lower(), w.upper())))
                      .replace("{verbs}", alternation(_cased(words["body_verbs"]) + ["NOTED"]))
                      .replace("{objects}", alternation(_cased(words["body_object_verbs"]))), re.VERBOSE)


@lru_cache(maxsize=8)
def _inline_scan(key: str) -> tuple[re.Pattern[str], ahocorasick_rs.AhoCorasick | None]:
    """The in-block cue and the automaton of the needles it opens with (`text.lowered.needle_automaton`)."""
    pattern = inline_cue(key)
    return pattern, needle_automaton(pattern)


def inline_cues(line: str, key: str = "en") -> Iterator[re.Match[str]]:
    """`inline_cue(key).finditer(line)`, the same matches, tried only where a needle starts."""
    return finditer_at(*_inline_scan(key), line)


def _cased(words: list[str]) -> list[str]:
    """ "agreed" as written in prose and in capitals: agreed, Agreed, AGREED."""
    return [form for w in words for form in (w, w[:1].upper() + w[1:], w.upper())]


@lru_cache(maxsize=8)
def resolution_opener(key: str) -> re.Pattern[str]:
    """Words that open a resolution with no label: "Be it resolved that", "NOW, THEREFORE, BE IT RESOLVED"."""
    words = [w.replace(" ", r",?\s+") for w in vocabulary(key)["resolution_openers"]]
    return re.compile(r"(?:^\W*|(?<=\s))(?P<cue>(?=[A-Z])(?i:" + "|".join(sorted(words, key=len, reverse=True)) + r"))\b")


# A cue that is only a heading: "RECOMMENDATION(S)", "Recommendations:", "Decision Required"
HEADING_CUE = re.compile(
    r"^\W*(?P<cue>RECOMMENDATIONS?(?:\(S\))?|Recommendations?(?:\(s\))?|Decision Required|"
    r"Recommendation(?:s)? to (?:the )?[A-Z][\w ]{2,40}|Officer recommendations?)\s*:?\s*$")
# "We recommend that ...", "It is recommended that ...", "The Committee is recommended to ..."
RECOMMEND_SENTENCE = led(re.compile(
    r"\b(?P<cue>We recommend|It is recommended|(?:The|That the) [A-Z][\w ]{2,40} (?:is|are) "
    r"(?:asked|recommended|requested) to)\s+(?:that\s+)?", re.I))


@lru_cache(maxsize=8)
def notice_of_motion(key: str) -> re.Pattern[str]:
    """ "I will move at the next meeting ...": the lexicon's `notice_of_motion`, as written."""
    return led(re.compile(rf"\b(?:{alternation(vocabulary(key)['notice_of_motion'])})\b"))


# A resolution whose cue heading was lost: "That approval be given to ...", "A. That Council agreed"
THAT_BLOCK = re.compile(
    r"^(?:[A-H][.)]\s+|\(?\d{1,2}[.)]\s+|\([a-h]\)\s+)?(?:That|THAT)\s+(?!said\b|is\s+why\b|was\b|would\b)[A-Za-z(]")
# "Motion to refuse the application ...", "MOTION THAT the report be received"
MOTION_BLOCK = re.compile(r"^(?:Motion|MOTION)\s+(?:to|that|THAT)\s+\w")
MOVED_LINE = re.compile(r"^\W*(?:Moved by|Proposed by|Moved|MOVED|Proposed|PROPOSED)\b", re.I)
SECONDED_LINE = re.compile(r"^\W*(?:Seconded|SECONDED)\b")
# Words that introduce a motion, at the end of a paragraph or before its quotation: "Mr A proposed
# and Mr B seconded the following amendment to the motion:", "Cllr B seconded the motion that “Council"
SECONDED_MOTION = re.compile(
    r"\bseconded\b[^.]{0,160}?\b(?:motion|amendment)\b[^.]{0,160}?(?:\bthat|:)\s*(?:$|(?=[\u201c\"]))", re.I)
OPEN_QUOTES = ("\u201c", '"')
CLOSE_QUOTES = ("\u201d", '"')
@lru_cache(maxsize=8)
def stop_line(key: str) -> re.Pattern[str]:
    """Lines that end a decision: reasons, alternatives, a paper's sections, the movers, the vote
    (lexicon `decision_stop_lines`: "Reasons for the decision", "Background papers", "Yeas: 5")."""
    lex = vocabulary(key)
    return re.compile(rf"""^\W*(?:
          (?:{alternation(lex['decision_stop_lines'])})\b                     # "Reasons for the decision"
        | (?:{alternation(lex['decision_stop_tallies'])})(?=[ \t]*(?:[:(\-–—\d]|$))  # "For: 5", "Against (2)"
        )""", re.I | re.X)
# Inside a block, what ends a decision: "Minutes:" (ModernGov twin), "MOVED: Cr X", "CARRIED", "| "
TERMINATOR = re.compile(
    r"""\s(?:Minutes:|MOVED:|SECONDED:                         # "Minutes:" (the ModernGov twin), "MOVED: Cr X"
          |Moved\ by\b|Seconded\ by\b|Proposed\ by\b|CARRIED\b|LOST\b
          |Motion\ (?:carried|passed|lost)\b                  # "Motion carried"
          |Reasons?\ for\ (?:the\ )?[Dd]ecision|Alternative\ options)  # "Reasons for the decision"
        |\s\|(?:\s|$)|\s\|{2,}                                # a table cell's edge: " | ", " ||"
    """, re.VERBOSE)


# A paragraph number before a cue: "6. ", "26) "
NUMBERED_PRE = re.compile(r"^\W*\d{1,3}[.)]\s*$")
# The cue words that may follow a paragraph number
NUMBERED_CUES = frozenset({"RESOLVED", "Resolved", "AGREED", "DECIDED", "RESOLUTION"})


class Segment(NamedTuple):
    """Decision text inside one block: offsets into the block's line, the cue and kind."""

    start: int
    end: int
    cue: str
    kind: str


def cue_kind(cue: str) -> str:
    """"recommendation", "decision" or "resolution" from the cue word."""
    if cue.upper().replace(" ", "").startswith("RECOMMEND"):
        return "recommendation"
    return "decision" if cue.lower().startswith("decision") else "resolution"


def text_start(m: re.Match[str]) -> int:
    """Where the decision's words begin: after "RESOLVED:", at "that"/"to" when they open it."""
    sep = m.group("sep")
    if m.group("qual"):
        return m.end("qual")
    word = sep.strip().lower()
    if word in ("that", "to") or re.match(r"\s*T\s?H\s?A\s?T", sep):
        return m.start("sep") + (len(sep) - len(sep.lstrip()))
    return m.end("sep")


def cue_ok(m: re.Match[str], line: str) -> bool:
    """Lower-case 'agreed'/'resolved' count only as 'it was agreed that', after a body, or as a label."""
    cue, sep, pre = m.group("cue"), m.group("sep").strip(), m.group("pre")
    if NUMBERED_PRE.match(pre) and cue not in NUMBERED_CUES:
        return False  # "5. Decisions of the Cabinet" is an agenda heading, "5. RESOLVED that" a resolution
    if cue.upper() == "NOTED" and "was" not in pre and not pre.strip():
        return cue == "NOTED" and bool(sep)
    if m.group("ahead") is not None and cue[:1].islower():
        return False  # "it was agreed on the proposal of X, seconded by / Y, to ...": prose, read by its sentence
    if cue in ("agreed", "Agreed", "resolved", "Resolved", "Decided", "Resolution", "Decision", "DECISION"):
        if re.search(r"(?:it\s+was|Council|Cabinet|Committee|Board|Members|Executive)\s+$", pre, re.I):
            return True
        if MOVER_PAIR.fullmatch(line, m.end("sep")):
            return True  # "Resolved (Cr Cole / Cr Amos)": the movers, the words below
        if m.group("ahead") is not None and not pre.strip():
            return True  # "Resolution 449/2019 Moved: Cr A Seconded: Cr B Council adjourn ...": the movers, then the words
        if line.startswith(OPEN_QUOTES, m.end("sep")):
            return True  # 'Resolved "That ..."': the quoted words are the resolution
        return sep in (":", "-", "–", "—") or (not pre.strip() and not sep and len(line) < 30)
    if cue == "Recommended":
        return sep in (":", "-", "–", "that")
    return True


def segments(line: str, key: str = "en") -> list[Segment]:
    """Every cue in a block, each with its text up to the next cue or terminator."""
    hits: list[tuple[int, int, str, str]] = []  # (where the segment begins, text start, cue, kind)
    m = block_cue(key).match(line)
    if m is not None and cue_ok(m, line):
        start = text_start(m)
        if (pair := MOVER_PAIR.match(line, start)) is not None:
            start = pair.end()  # "Resolved (Cr Cole / Cr Amos)": the movers, then the words
        kind = cue_kind(m.group("cue"))
        label = m.group("sep").strip() in (":", "-", "–", "—") or not m.group("cue").lower().endswith("ed")
        if _prose(m.group("cue")) and not label and BODY_BEFORE.search(m.group("pre")):
            start = _sentence_start(line, 0, m.start("cue"), key)
            kind = "history" if _history(key).match(line, start) else kind
        hits.append((min(start, m.start("cue")), start, m.group("cue"), kind))
    prev_cue = m.end("cue") if hits and m is not None else 0
    for im in inline_cues(line, key):
        group = "a" if im.group("a") else ("b" if im.group("b") else "c")
        cue = im.group(group)
        if hits and im.start(group) < hits[-1][1] + 80 and "." not in line[hits[-1][1]:im.start()]:
            continue  # "Decision: Cabinet RESOLVED to ..." is one decision
        if hits and hits[-1][2].lower().startswith("decision") and MINUTES_TWIN.search(line, 0, im.start()):
            continue  # "Decision: Cabinet NOTED that ... Minutes: Cabinet NOTED the deferral.": the same outcome
        start = im.end(group) if group != "b" else im.start()
        if group == "c" or line[start:start + 2].strip().startswith((":", "-", "–")):
            start = im.end() + len(re.match(r"\s*[:\-–]?\s*", line[im.end():]).group(0))  # type: ignore[union-attr]
        kind = cue_kind(cue)
        if group == "b" and _prose(cue) and start == im.start():  # "A letter ... was received, Councillors resolved"
            start = _sentence_start(line, prev_cue, im.start(), key)
            kind = "history" if _history(key).match(line, start) else kind
        hits.append((min(start, im.start(group)), start, cue, kind))
        prev_cue = im.end(group)
    out: list[Segment] = []
    for k, (_, start, cue, kind) in enumerate(hits):
        end = hits[k + 1][0] if k + 1 < len(hits) else len(line)
        t = TERMINATOR.search(line, start, end) or _speaker_turn(key).search(line, start, end)
        if kind != "history":  # "At that meeting, Members agreed ...": another meeting's outcome, told here
            out.append(Segment(start, t.start() if t else end, cue, kind))
    return out


@lru_cache(maxsize=8)
def _speaker_turn(key: str) -> re.Pattern[str]:
    """A sentence in which someone reports or speaks ("... in Govan. Annie noted that ...", "... Councillor Jo
    Bloggs said the ...", "Council Member Ann Lee stated that", "Mr J. Smith reported that"): the outcome before
    it has ended. Speech verbs are the lexicon's `speech_verbs`; the speaker is up to four capitalised words."""
    verbs = alternation(vocabulary(key)["speech_verbs"])
    return re.compile(rf"(?<=[.!?])\s+(?=(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:{verbs})\s+(?:that|the|a|an|how|on)\b)")


@lru_cache(maxsize=8)
def _history(key: str) -> re.Pattern[str]:
    return re.compile(rf"\W*(?i:{alternation(vocabulary(key)['history_leads'])})\b")


# Mover and seconder in brackets after a cue: "Resolved (Cr Cole / Cr Amos)", "Moved (Cr Vale/Cr Wynn):"
MOVER_PAIR = re.compile(r"\s*\([^()/\n]{2,60}/[^()\n]{2,60}\)\s*:?\s*")
# The ModernGov "Minutes:" label that repeats a "Decision:" in the same block
MINUTES_TWIN = re.compile(r"\bMinutes:\s*$")
# A body named just before a cue: "... the Councillors resolved", "The Parish Council agreed"
BODY_BEFORE = re.compile(r"\b(?:Cabinet|Council|Committee|Board|Panel|Members|Executive|Councillors|Group)\s+(?:unanimously\s+)?$")
# Where a sentence begins: after ". ", "! ", "? " or "; " before a capital
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(])|\n")


def _prose(cue: str) -> bool:
    """ "agreed", "resolved" in running prose, not the formal label "RESOLVED"."""
    return not cue.isupper()


@lru_cache(maxsize=8)
def _leadin(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(vocabulary(key)['outcome_leadins'])})\b")


def _sentence_start(line: str, lo: int, at: int, key: str) -> int:
    """The start of the sentence holding offset `at`, no earlier than `lo`: a prose outcome keeps its subject
    and what it answers ("Invoice received from X, Councillors resolved to pay"), from its lead-in when it
    has one ("... were received and after discussion the Councillors resolved")."""
    starts = [b.end() for b in SENTENCE_BREAK.finditer(line, lo, at + 1) if b.end() <= at]
    if not starts and lo > 0:
        return at  # no break after the cue before: the sentence began in the last decision
    start = starts[-1] if starts else lo
    leads = [m.start() for m in _leadin(key).finditer(line, start, at)]
    start = leads[-1] if leads else start
    return start + len(line[start:at]) - len(line[start:at].lstrip(" ,;:-–"))
