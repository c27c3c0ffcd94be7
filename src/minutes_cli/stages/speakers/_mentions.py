"""Where speaker mentions come from besides the name patterns: motions and a trained model.

Reads: motions (movers and seconders, an office named through `roles`), and PERSON entities when `--model` names a pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document, Span
from ...settings import vocabulary
from ...text.names import clean_name, plausible, trim_name
from ...text.nlp import person_spans
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
    """Whoever moves or seconds a motion speaks, also when named by office ("moved by the Chair")."""
    holders = holder_names(doc.roles)  # "moved by the Chair": the named Chair
    for motion in doc.motions:
        for key in ("moved_by", "seconded_by"):
            name = getattr(motion, key) or holders.get(getattr(motion, f"{key}_role") or "")
            span = motion.evidence.get(key)
            if name and span is not None:
                name = trim_name(name, vocab)  # "Andrew Wood Following": a word run into the name
                span = Span(span.start, min(span.end, span.start + len(name))) if span.text(doc).startswith(name) else span
            if name and span is not None and plausible(name, vocab) and (" " in name or name[0].isupper()):
                block = doc.block_at(span.start)
                yield Mention(name, span, None, getattr(motion, f"{key}_role"),
                               " ".join(span.text(doc).split()), block.span if block else None)
