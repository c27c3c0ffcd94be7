"""A plugin stage used by tests/test_plugins.py: counts the words of each decision."""

from __future__ import annotations


def decision_words(doc, settings) -> None:
    doc.extensions["decision_words"] = [len(d.text.split()) for d in doc.decisions]


decision_words.after = "decisions"


def broken(doc, settings) -> None:
    raise ValueError("a defect inside the plugin")


not_a_function = 42
