from __future__ import annotations

import pytest
from support import make_doc

from minutes_cli import Pipeline, Settings
from minutes_cli.document import Document
from minutes_cli.errors import StageError
from minutes_cli.pipeline import DEFAULT_STAGES


def test_default_order_is_fixed_in_one_place() -> None:
    assert Pipeline().names == [name for name, _ in DEFAULT_STAGES]
    assert Pipeline().names[0] == "structure"


def test_before_after_replace_disable() -> None:
    calls: list[str] = []

    def mark(name: str):
        def stage(doc: Document, settings: Settings) -> None:
            calls.append(name)
        return stage

    p = Pipeline([("a", mark("a")), ("b", mark("b"))])
    p.before("a", "first", mark("first")).after("b", "last", mark("last")).replace("b", mark("B"))
    p.disable("a")
    p(make_doc("text"), Settings())
    assert calls == ["first", "B", "last"]


def test_unknown_stage_name_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="nosuch"):
        Pipeline().disable("nosuch")


def test_a_bug_in_a_stage_is_wrapped_with_stage_and_file() -> None:
    def broken(doc: Document, settings: Settings) -> None:
        raise ZeroDivisionError("boom")

    p = Pipeline().after("structure", "broken", broken)
    with pytest.raises(StageError) as info:
        p(make_doc("text", name="paper.txt"), Settings())
    assert info.value.stage == "broken" and info.value.source == "paper.txt"
    assert isinstance(info.value.__cause__, ZeroDivisionError)


def test_settings_stages_select_a_subset() -> None:
    doc = Pipeline()(make_doc("RESOLVED: That the minutes be approved.\n\n14 May 2020"),
                     Settings(stages=("structure", "metadata")))
    assert doc.decisions == [] and doc.dates == []
    assert "kind" in doc.metadata


def test_plugin_is_a_function_of_the_pipeline() -> None:
    def plugin(p: Pipeline) -> None:
        p.after("decisions", "tag", lambda doc, s: doc.metadata.__setitem__("tagged", True))

    doc = Pipeline().use(plugin)(make_doc("text"), Settings())
    assert doc.metadata["tagged"] is True
