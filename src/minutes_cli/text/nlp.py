"""spaCy, built lazily once per process: a blank English pipeline with a sentencizer.

No model download is needed. `Settings.spacy_model` names an installed trained pipeline
whose PERSON entities can add speaker candidates; it is an option, never a requirement.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..document import Document, Span
from ..errors import ConfigError


@lru_cache(maxsize=4)
def pipeline(model: str | None = None) -> Any:
    """Return a spaCy Language: blank("en") + sentencizer, or an installed model."""
    import spacy

    if model:
        try:
            return spacy.load(model, exclude=["parser", "lemmatizer", "textcat"])
        except OSError as exc:
            raise ConfigError(f"spaCy pipeline '{model}' is not installed; install it or leave out --model") from exc
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(doc: Document, model: str | None = None) -> list[Span]:
    """Sentence spans over the whole text, block by block (blocks never share a sentence)."""
    out: list[Span] = []
    for block in doc.blocks:
        out.extend(block_sentences(doc, block.span))
    return out


def block_sentences(doc: Document, block: Span) -> list[Span]:
    """The sentence spans of one block: a short line without a full stop is one sentence; spaCy
    (built on the first call that needs it) splits the others."""
    text = block.text(doc)
    if len(text) < 40 and not text.endswith((".", "!", "?")):
        return [block]
    return [Span(block.start + sent.start_char, block.start + sent.end_char) for sent in pipeline(None)(text).sents]


def person_spans(doc: Document, model: str) -> list[Span]:
    """PERSON entities from an installed trained pipeline (only with --model), block by block."""
    nlp = pipeline(model)
    blocks = [b.span for b in doc.blocks]
    out: list[Span] = []
    for block, parsed in zip(blocks, nlp.pipe(b.text(doc) for b in blocks)):
        out.extend(Span(block.start + e.start_char, block.start + e.end_char)
                   for e in parsed.ents if e.label_ == "PERSON")
    return out
