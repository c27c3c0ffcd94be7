"""The news outcomes' scout is exact: spaCy splits only the blocks where an outcome may be, and the
outcomes are those found by splitting every block (texts written for this test)."""

from __future__ import annotations

import pytest

from minutes_cli.document import Document, Span
from minutes_cli.stages.decisions import _news
from minutes_cli.text import nlp

from ._helpers import parse

WRITTEN = [
    # an outcome in the second sentence of a long block, and a passive opening the third
    "Residents packed the hall on Monday evening. The council has now decided to bring the service back "
    "in house. A new parking model has been adopted after a long debate.",
    # the body and its verb wrapped across a line, in capitals, with a count after the verb
    "After lively debate the City\nCouncil passed five resolutions.\n\nCOUNCILLORS voted 7-2 to close the depot.",
    # a short line without a full stop (one sentence, no spaCy), and a passive that is not a sentence's start
    "The motion was carried\n\nIt was reported that the scheme has been approved by the county.",
    # the body and a verb in two sentences: no outcome, though both words stand in the block
    "The committee met twice in May. Decided items were listed in the annex and agreed later.",
    # body, adverb and verb; "had" and no auxiliary; a sentence that ends inside the subject's words
    "Members had unanimously agreed the plan. The Board backed it. Trustees today rejected the bid!",
    # a passive too short to count (fewer than ten characters before it), and one long enough
    "It has been agreed. The long awaited skate park scheme for the village has been rejected again.",
    # no outcome words at all
    "Residents are invited to the open day at the library on Saturday 4 May from 10am to 2pm.",
]


def _every_sentence(doc: Document) -> list[Span]:
    """The outcomes as found before the scout: every block split into sentences."""
    decided, passive, _ = _news._patterns("en")
    out = []
    for sent in nlp.sentences(doc):
        text = sent.text(doc)
        spans = [(m.start("subj"), m.end()) for m in decided.finditer(text)]
        if not spans and (m := passive.match(text)) is not None:
            spans = [(0, m.end())]
        out.extend(Span(sent.start + s, sent.start + e) for s, e in spans)
    return out


@pytest.mark.parametrize("text", WRITTEN)
def test_scout_finds_what_every_sentence_finds(text: str) -> None:
    doc = parse(text)
    assert list(_news.news_outcomes(doc, "en")) == _every_sentence(doc)


def test_outcomes_are_found_at_all() -> None:
    """The comparison above is not vacuous: the written texts hold outcomes of both patterns."""
    found = [s.text(doc) for doc in map(parse, WRITTEN) for s in _news.news_outcomes(doc, "en")]
    assert "The council has now decided to bring the service back in house" in found
    assert "COUNCILLORS voted 7-2 to close the depot" in found
    assert any(f.startswith("A new parking model has been adopted") for f in found)
    assert not any("Decided items" in f for f in found)


def test_no_spacy_without_outcome_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paper with no block the scout matches never builds spaCy."""
    doc = parse(WRITTEN[-1] + "\n\nThe Council thanked everyone who came.")

    def refuse(model: str | None = None) -> None:
        raise AssertionError("spaCy was built")

    monkeypatch.setattr(nlp, "pipeline", refuse)
    assert list(_news.news_outcomes(doc, "en")) == []
