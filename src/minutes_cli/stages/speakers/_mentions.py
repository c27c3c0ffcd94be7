"""Where speaker mentions come from besides the name patterns: motions and a trained model.

Reads: motions (movers and seconders, an office named through `roles`), and PERSON entities when `--model` names a pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...lexicon import alternation
from ...settings import vocabulary
from ...text.names import clean_name, honorific_chain, honorific_pattern, plausible, trim_name
from ...text.nlp import person_spans
from ...text.people import caps_name
from ..roles import holder_names


@dataclass
class Mention:
    """One place a person is said to speak, before mentions are merged into speakers."""

    name: str
    span: Span  # the name as written
    honorific: str | None
    role: str | None
    attribution: str
    block: Span | None
    speech: Span | None = None  # the words attributed, when known
    lead: int | None = None  # where the phrase naming the act starts, when before the name ("Proposed by ...")


def model_people(doc: Document, model: str, vocab: str) -> Iterator[Mention]:
    """A trained pipeline's PERSON followed by a speech verb: "Jo Bloggs, a resident, told the meeting"."""
    verbs = speech_after(vocab)
    for span in person_spans(doc, model):
        name = clean_name(span.text(doc))
        tail = doc.text[span.end: span.end + 90]
        verb = verbs.match(tail)
        if verb is not None and len(name.split()) >= 2 and plausible(name):
            block = doc.block_at(span.start)
            yield Mention(name, Span(span.start, span.start + len(name)), None, None,
                          name + tail[: verb.end()], block.span if block else None)


@lru_cache(maxsize=4)
def speech_after(vocab: str) -> re.Pattern[str]:
    """A speech verb right after a name, maybe past an appositive: ", the Clerk, said"."""
    verbs = "|".join(sorted(vocabulary(vocab)["speech_verbs"], key=len, reverse=True))
    return re.compile(rf"(?:\s*,[^,\n]{{3,60}},)?\s+(?:{verbs})\b")


def movers(doc: Document, vocab: str = "en") -> Iterator[Mention]:
    """Whoever moves or seconds a motion speaks, also when named by office ("moved by the Chair").

    The mention is the name (or the office) inside the motion's evidence, with the honorific
    written before it: "Proposed by Cllr Ruth Oakes" is Ruth Oakes, honorific Cllr;
    "COUNCIL MEMBER BROOKS MOVED" is Brooks, honorific Council Member.
    """
    holders = holder_names(doc.roles)  # "moved by the Chair": the named Chair
    for motion in doc.motions:
        for key in ("moved_by", "seconded_by"):
            name = getattr(motion, key) or holders.get(getattr(motion, f"{key}_role") or "")
            span = motion.evidence.get(key)
            if name:
                name = trim_name(name, vocab)  # "Andrew Wood Following": a word run into the name
            if not name or span is None or not plausible(name, vocab) or not (" " in name or name[0].isupper()):
                continue
            role = getattr(motion, f"{key}_role")
            where = _written_at(doc, span, name, role)
            block = doc.block_at(where.start)
            yield Mention(name, where, _honorific_before(doc, where, vocab), role,
                          _attribution(doc, span, where, vocab), block.span if block else None,
                          lead=span.start if span.start < where.start else None)


def _written_at(doc: Document, span: Span, name: str, role: str | None) -> Span:
    """Where the evidence writes the name ("Ruth Oakes", "BROOKS") or the office ("the Chair")."""
    text = span.text(doc)
    for needle in (name, *((f"the {role}", role) if role else ())):
        i = text.find(needle)
        if i == -1:
            i = text.lower().find(needle.lower()) if len(text.lower()) == len(text) else -1
        if i != -1:
            return Span(span.start + i, span.start + i + len(needle))
    return Span(span.start, span.start + len(name)) if text.startswith(name) else span


@lru_cache(maxsize=16)
def _chain_before(vocab: str) -> re.Pattern[str]:
    """A chain of honorifics ending just before a name: "Cllr ", "Councillor Mrs ", "COUNCIL MEMBER "
    (searched for, never led by a needle: the honorifics `by_first_letter`)."""
    hon = honorific_pattern(vocab, regrouped=True)
    return re.compile(rf"(?<![\w'’])(?P<hon>{hon}(?:\s+{hon}){{0,3}})\s*$", re.I)


def _honorific_before(doc: Document, where: Span, vocab: str) -> str | None:
    m = _chain_before(vocab).search(doc.text, max(0, where.start - 40), where.start)
    if m is None:
        return None
    hon = honorific_chain(m.group("hon"), vocab)[0]
    return caps_name(hon) if hon.isupper() and len(hon) > 3 else hon


@lru_cache(maxsize=16)
def _act_after(vocab: str) -> re.Pattern[str]:
    """ "MOVED", "seconded": a motion verb after the name, which the attribution keeps."""
    return re.compile(rf"\W*(?:{alternation(vocabulary(vocab)['speaker_motion_verbs'])})\b", re.I)


def _attribution(doc: Document, span: Span, where: Span, vocab: str) -> str:
    """The evidence as written, up to the name, or past it when a motion verb follows it
    ("COUNCIL MEMBER BROOKS MOVED"); not into the next clause ("moved by the Chair and")."""
    end = span.end
    if where.end < span.end and span.start <= where.start:
        act = _act_after(vocab).match(doc.text, where.end, span.end)
        end = act.end() if act is not None else where.end
    return " ".join(doc.text[span.start:end].split())
