"""Re-joining hard-wrapped lines."""

from __future__ import annotations

import pytest

from minutes_cli.loaders.reflow import reflow


@pytest.mark.parametrize(("text", "blocks"), [
    pytest.param("RECOMMENDATION We recommend that the\nExecutive approve the plan.\n",
                 ["RECOMMENDATION We recommend that the Executive approve the plan."], id="line-ends-on-the"),
    pytest.param("The report was presented to\nCabinet on 2 July.\n", ["The report was presented to Cabinet on 2 July."],
                 id="line-ends-on-to"),
    pytest.param("Apologies were received.\nCouncillor Smith arrived late.\n",
                 ["Apologies were received.", "Councillor Smith arrived late."], id="full-stop-breaks"),
    pytest.param("Background to\nPLANNING\n", ["Background to", "PLANNING"], id="heading-not-joined"),
])
def test_reflow(text: str, blocks: list[str]) -> None:
    assert [b for b, _ in reflow(text)] == blocks
