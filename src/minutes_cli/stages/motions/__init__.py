"""Find motions and amendments: who moved and seconded them, their words, their outcome.

Reads: text, blocks, decisions, metadata, sections. Writes: motions; appends the decisions
that are motions of their own (`own_decisions`: new items, no other stage's decision changed).
Each motion names the decision it produced by its span (`Motion.decision`); the link stage gives
that decision the motion's mover and seconder.

Movers are named ("Councillor X", "Cr Barnes", "COUNCIL MEMBER BRADSHAW") or offices
("the Portfolio Holder for Finance", "the Chair"); an office keeps its role and the roles
stage resolves it to the holder's name when the document gives one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from ...document import Document, Motion, Span
from ...lexicon import alternation
from ...settings import Settings, vocabulary
from ...text.cuewindows import cue_windows
from ...text.movers import MoverPatterns, mover_patterns, name_tail, who_end
from ...text.names import bare_name
from ...text.people import canonical_role, caps_name, is_role
from ...text.scan import finditer, windows
from ._attach import attach
from ._motiondecisions import own_decisions, run_on, sentence
from ._scans import mover_scans, seconders_and_outcome

AMENDMENT = re.compile(r"\bamendment\b", re.I)
# Words that open a motion's text: "That ...", "TO APPROVE ...", "Approve that ..."
MOTION_START = re.compile(r"^\W*(?:(?:that|to)\b|[A-Za-z]+\s+that\b)", re.I)
# "that ...", "to ...": the words moved, up to the end of the sentence
MOVED_WORDS = re.compile(r"^[\s,:]*(?:an\s+amendment\s+|the\s+following\s+(?:amendment|motion)\s*:?\s*)?"
                         r"(?P<text>(?:that|THAT|That|to|TO)\b[^\n]{5,}?(?:[.;](?=\s|$)|$))", re.M)


LINE_BACK = 300  # characters looked back along the mover's line for an outcome word
TWIN_GAP = 1500  # characters between a "Decision:" motion and its "Minutes:" twin, at most
RESULT_REACH = 2500  # characters from a motion's words to its outcome, at most


def find_motions(doc: Document, settings: Settings) -> None:
    """Append one Motion per mover found, with its seconder, words, outcome and decision."""
    patterns = mover_patterns(settings.lexicon_key)
    words = vocabulary(settings.lexicon_key)
    # only the windows holding a mover word (or the "/" of "Moved (Cr Vale/Cr Wynn)"): not "approved"
    spans = cue_windows(doc.text, patterns.literals, [*words["mover_labels"], *words["mover_verbs"],
                                                      *words["mover_marks"]], 160, 200, marks=("/",))
    found: dict[int, re.Match[str]] = {}
    for p, scan in mover_scans(settings.lexicon_key):  # at one offset the earlier pattern wins
        for m in scan(p, doc.text, spans):  # tried only where a word it opens (or holds) stands
            found.setdefault(m.start(), m)
    movers: list[re.Match[str]] = []
    for k in sorted(found):  # a match inside another ("proposed by X" in "It was proposed by X") is the same
        if _who(found[k], settings.lexicon_key) != (None, None) and not (movers and k < movers[-1].end()):
            movers.append(found[k])
    for k, m in enumerate(movers):
        limit = movers[k + 1].start() if k + 1 < len(movers) else min(len(doc.text), m.end() + RESULT_REACH)
        motion = _motion(doc, m, patterns, limit, settings.lexicon_key)
        if motion is not None:
            doc.motions.append(motion)
    _drop_twins(doc)
    _named_withdrawals(doc, patterns, settings.lexicon_key)
    attach(doc, settings.lexicon_key)
    own_decisions(doc, settings.lexicon_key)
    for n, motion in enumerate(doc.motions):
        if not motion.text and "statement" in motion.evidence:  # no words and no decision: the sentence stating it
            doc.motions[n] = dataclasses.replace(motion, text=" ".join(motion.evidence["statement"].text(doc).split()))


def _drop_twins(doc: Document) -> None:
    """A ModernGov page tells a motion under "Decision:" and again under "Minutes:": keep the first."""
    kept: list[Motion] = []
    for mo in doc.motions:
        if not any(_twin(doc, k, mo) for k in _recent(kept, mo.span.start - TWIN_GAP)):
            kept.append(mo)
    doc.motions[:] = kept


def _recent(kept: list[Motion], since: int) -> Iterator[Motion]:
    """Kept motions ending after `since`, newest first (motions come in text order, so the
    walk stops early: linear, where testing every kept motion was quadratic)."""
    for k in reversed(kept):
        if k.span.end < since:
            return
        yield k


def _twin(doc: Document, k: Motion, mo: Motion) -> bool:
    return ((k.moved_by, k.seconded_by, k.moved_by_role) == (mo.moved_by, mo.seconded_by, mo.moved_by_role)
            and 0 <= mo.span.start - k.span.end < TWIN_GAP and "Minutes:" in doc.text[k.span.end:mo.span.start])


def _named_withdrawals(doc: Document, patterns: MoverPatterns, vocab: str) -> None:
    """ "Cr Hammond withdrew his amendment": the withdrawal is the outcome of Hammond's own latest motion,
    not of the motion moved just before it."""
    spans = windows(doc.text, patterns.withdrawal_literals, 200, 60)
    for w in finditer(patterns.withdrawal, doc.text, spans):
        name = _who(w, vocab)[0]
        mine = [k for k, mo in enumerate(doc.motions) if mo.span.start < w.start() and name and mo.moved_by
                and mo.moved_by.split()[-1] == name.split()[-1]]
        if not mine:
            continue
        for k, mo in enumerate(doc.motions):  # the same words read as another motion's outcome
            if (r := mo.evidence.get("result")) is not None and w.start() <= r.start < w.end():
                doc.motions[k] = dataclasses.replace(mo, result=None, evidence={
                    key: v for key, v in mo.evidence.items() if key != "result"})
        mo = doc.motions[mine[-1]]
        doc.motions[mine[-1]] = dataclasses.replace(mo, result="withdrawn",
                                                    evidence={**mo.evidence, "result": Span(w.start(), w.end())})


def _who(m: re.Match[str], vocab: str) -> tuple[str | None, str | None]:
    """(name, role) from a mover or seconder match: a named person, or an office."""
    # a cue word a name or office swallowed where label lines were joined
    groups = {k: name_tail(vocab, k == "role").sub("", v) for k, v in m.groupdict().items() if v}
    if groups.get("pair2") and not bare_name(groups.get("pair2", "")):
        return None, None  # "Limerick City and County Council proposed": a body, not a pair of movers
    name = groups.get("name") or (caps_name(groups["caps"]) if groups.get("caps") else None)
    if groups.get("bare", "").isupper() and len(groups.get("bare", "")) > 2:  # "MOTION:HOLT/REYES", not "CW"
        groups["bare"] = caps_name(groups["bare"])
    if groups.get("bare") and not bare_name(groups["bare"]):
        return None, None  # "Moved by Council", "Seconded by All"
    name = name or groups.get("bare")
    role = groups.get("role")
    if role and not re.search(r"\s[A-Z]", role):
        return None, None  # "Notices of Motion by the Members": no office left once the body is cut off
    if role and _body(role, vocab):
        return None, None  # "The Committee proposed that ...": a body, not an office one person holds
    if role:
        role = re.sub(r"\s+(?:and|the|of|for)$", "", role.strip())
        if not (canonical_role(role, vocab) or is_role(re.sub(r"^(?:[Tt]he|An)\s+", "", role))):
            return None, None  # "proposed the Minutes be adopted": a thing moved, not an office
        return None, canonical_role(role, vocab) or re.sub(r"^(?:[Tt]he|An)\s+", "", role)
    if name and groups.get("hon") and canonical_role(groups["hon"], vocab):
        return name.strip(), canonical_role(groups["hon"], vocab)
    return (name.strip() if name else None), None


def _motion(doc: Document, m: re.Match[str], patterns: MoverPatterns, limit: int, vocab: str) -> Motion | None:
    moved_by, moved_role = _who(m, vocab)
    if moved_by is None and moved_role is None:
        return None
    end, (s, (seconded_by, seconded_role), second, after) = _mover_end(m, vocab), _seconder(doc, m, limit, vocab)
    stated = sentence(doc, m.start(), after)
    # "Director Kay made the motion to approve ... Director Lee seconded": the words before the seconder
    text_span = (_words(doc, end, s.start(), patterns) if s else None) or _words(doc, after, limit, patterns)
    result, result_span = _result(doc, max(after, text_span.end if text_span else after), limit, patterns, vocab)
    if result is None and text_span is not None:  # "moved that ... and after much discussion the motion was carried."
        result, result_span = _named_result(doc, text_span, patterns, vocab)
    if result is None and second is not None:  # "This proposal was seconded by Councillor Foley and agreed."
        result, result_span = _after_seconder(doc, after, vocab)
    if result is None:  # "Minutes approved – A. Prest (motion), C. Dale (second)": the outcome told first
        result, result_span = _told_first(doc, m.start(), patterns)
    span = Span(m.start(), max(after, text_span.end if text_span else after, result_span.end if result_span else 0))
    evidence = {"moved_by": Span(m.start(), end)}
    if second is not None:
        evidence["seconded_by"] = second
    if result_span:
        evidence["result"] = result_span
    # The motion's own words, else (once no decision supplies them) the sentence that states it
    evidence["text" if text_span else "statement"] = text_span or stated
    text = " ".join(text_span.text(doc).split()) if text_span else ""
    return Motion(_classification(doc, stated, after, vocab), text, span, moved_by, seconded_by, moved_role, seconded_role,
                  result, evidence=evidence)


def _paired(m: re.Match[str]) -> Span | None:
    """Where the seconder of a pair stands ("On the Motion of Councillors A and B"), if `m` is one."""
    groups = m.groupdict()
    if groups.get("pair"):
        return Span(m.start("pair"), m.end("pair"))
    return Span(m.start("pair2"), m.end("pair2")) if groups.get("pair2") else None


def _body(role: str, vocab: str) -> bool:
    """Is the office a body ("The Council", "the Committee"; lexicon `decision_bodies`)?"""
    bodies = {b.lower() for b in vocabulary(vocab)["decision_bodies"]}
    return re.sub(r"^(?:[Tt]he|An)\s+", "", role.strip()).lower() in bodies


def _mover_end(m: re.Match[str], vocab: str) -> int:
    """Where the mover ends: after the first name of a pair, else before any label the name ran into."""
    if _paired(m) is not None:
        return m.end("name") if m.groupdict().get("name") else m.end("bare")
    return who_end(m, vocab)


def _seconder(doc: Document, m: re.Match[str], limit: int,
              vocab: str) -> tuple[re.Match[str] | None, tuple[str | None, str | None], Span | None, int]:
    """The seconder's match, (name, role), span, and where the movers end: the second of a pair, else the
    first seconder within 400 characters after the mover."""
    if (paired := _paired(m)) is not None:
        name = paired.text(doc)
        return None, (caps_name(name) if name.isupper() and len(name) > 2 else name, None), paired, m.end()
    end = who_end(m, vocab)
    hits = [h for p in seconders_and_outcome(vocab)[0] if (h := p.search(doc.text, end, min(limit, end + 400)))]
    if not hits:
        return None, (None, None), None, end
    s = min(hits, key=lambda h: h.start())
    return s, _who(s, vocab), Span(s.start(), who_end(s, vocab)), who_end(s, vocab)


@lru_cache(maxsize=8)
def _main_motion(vocab: str) -> re.Pattern[str]:
    """ "The substantive motion, moved by ...", "the original motion": the main question, not an amendment."""
    return re.compile(rf"\b(?:{alternation(vocabulary(vocab)['main_motion_words'])})\b", re.I)


def _classification(doc: Document, sentence: Span, after: int, vocab: str) -> str:
    """"moved an amendment": an amendment; "The substantive motion, moved by ...": a motion, whatever came before."""
    own = doc.text[sentence.start: min(sentence.end, after + 40)]
    if _main_motion(vocab).search(own):
        return "motion"
    return "amendment" if AMENDMENT.search(own) else "motion"


def _words(doc: Document, start: int, limit: int, patterns: MoverPatterns) -> Span | None:
    """The words moved: "that ..." right after, or the next paragraph ("Approve that ...")."""
    window = doc.text[start: min(limit, start + 1200)]
    m = MOVED_WORDS.match(window)
    if m is not None:
        return Span(start + m.start("text"), run_on(doc, start + m.end("text"), limit))
    block = doc.block_at(start)
    nxt = doc.block_at(block.span.end + 1) if block is not None else None
    if block is None or nxt is None or doc.text[start:block.span.end].strip(" \t*_,;:."):
        return None  # "..., was then put to the vote.": the sentence goes on, so the next paragraph is not its words
    text = nxt.span.text(doc)
    if start <= nxt.span.start < limit and len(text) > 15 and MOTION_START.match(text) and not patterns.outcome.match(text):
        return nxt.span
    return None


def _result(doc: Document, start: int, limit: int, patterns: MoverPatterns,
            vocab: str) -> tuple[str | None, Span | None]:
    """The first outcome after the words, before the next mover and within the agenda item: a quoted
    amendment and its recorded vote may stand between them ("For (14) ... Amendment lost.")."""
    window_end = min(limit, start + RESULT_REACH)
    item = doc.section_at(start)
    if item is not None:
        window_end = min(window_end, doc.sections[item].span.end)
    m = seconders_and_outcome(vocab)[1].search(doc.text, start, window_end)
    if m is None:
        return None, None
    word = " ".join((m.group("o") or m.group("o2")).lower().split())
    return patterns.results.get(word, word), Span(m.start(), m.end())


def _named_result(doc: Document, words: Span, patterns: MoverPatterns, vocab: str) -> tuple[str | None, Span | None]:
    """An outcome inside the words' own sentence that names the motion it settles ("... and after much
    discussion the motion was carried."); a bare outcome word there is the words' ("that the plan be approved")."""
    m = seconders_and_outcome(vocab)[1].search(doc.text, words.start, words.end)
    if m is None or not m.group("what"):
        return None, None
    word = " ".join(m.group("o").lower().split())
    return patterns.results.get(word, word), Span(m.start(), m.end())


def _after_seconder(doc: Document, after: int, vocab: str) -> tuple[str | None, Span | None]:
    """An outcome joined to the seconder: "... seconded by Councillor Foley and agreed" (lexicon
    `outcome_after_seconder`)."""
    results, pattern = _seconder_outcomes(vocab)
    m = pattern.match(doc.text, after)
    return (results[" ".join(m.group("o").lower().split())], Span(m.start("o"), m.end("o"))) if m else (None, None)


@lru_cache(maxsize=8)
def _seconder_outcomes(vocab: str) -> tuple[dict[str, str], re.Pattern[str]]:
    results = {k.lower(): v for k, v in vocabulary(vocab)["outcome_after_seconder"].items()}
    return results, re.compile(rf"[ \t]*,?[ \t]+and[ \t]+(?P<o>(?i:{alternation(results)}))\b")


def _told_first(doc: Document, start: int, patterns: MoverPatterns) -> tuple[str | None, Span | None]:
    """An outcome word on the mover's own line, before the mover."""
    lo = max(0, start - LINE_BACK)  # a bounded look back: one long line made this quadratic
    line = doc.text.rfind("\n", lo, start) + 1 or lo
    hits = list(patterns.told_first.finditer(doc.text, line, start))
    if not hits:
        return None, None
    word = hits[-1].group("o").lower()
    return patterns.told_first_results[word], Span(hits[-1].start(), hits[-1].end())
