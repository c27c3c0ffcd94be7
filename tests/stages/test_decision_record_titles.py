"""A decision notice's title is no cue for the line below it. English councils publish each executive and officer
decision as a "Record of Decision", "Decision Record" (Hull's CMIS), "Officer Decision Record", "Record of Executive
Decision" or "Decision Notice" (Gwynedd, Uttlesford, Rossendale, North Lincolnshire), the title then the notice's
labelled fields. The title reads as a lone "Decision" label, and the field below it ("Decision Maker: ...") was taken
as the decision's words."""

from __future__ import annotations

import pytest

from minutes_cli import parse_text

DECISION = "To approve the making of the Traffic Regulation Order for Mill Lane as advertised."


@pytest.mark.parametrize("title", ["Record of Executive Decision", "Record of Officer Decision",
                                   "Record of Cabinet Member Decision", "Individual Executive Member Decision",
                                   "Record of Decision", "Decision Record",
                                   "Officer Decision Record", "Decision Notice"])
@pytest.mark.parametrize("field", ["Decision Maker: Cabinet Member for Highways", "Decision maker: Leader of the Council",
                                   "Date of Decision: 5 March 2024", "Decision Type: Key Decision",
                                   "Decision Status: For Determination", "Decision due: March 2024"])
def test_the_field_under_a_notice_title_is_no_decision(title: str, field: str) -> None:
    record = parse_text(f"{title}\n\n{field}\n\nSubject: Mill Lane order\n\nDecision:\n{DECISION}\n", "notice.txt")
    assert [d["text"] for d in record["decisions"]] == [DECISION]
