"""Property tests: any text gives a record or a clear error; spans are evidence."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_cli import parse_document
from minutes_cli.errors import MinutesError, StageError
from minutes_cli.records import dumps, loads, to_record

PIECES = st.sampled_from([
    "RESOLVED: That", "(1) the report be noted;", "(2) the plan be approved.", "Councillor Ann Lee said:",
    "“We agree.”", "Cllr Bo Tan moved", "seconded by Cllr Roe", "14 th April 2005", "16/01/2017",
    "11 January", "February 2017", "AGREED", "It was RESOLVED that the item be deferred.",
    "Decision Maker: Cabinet", "Present: Councillors A, B and C", "Apologies: Mr X", "\n", "\n\n",
    "  ", "Minutes", "1.", "(a)", "Decision:", "Report author: Jo Bloggs", "Council=s", "â€™", "\t",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(PIECES | st.text(max_size=20), max_size=40).map(" ".join))


def _check_spans(record: dict, text: str) -> None:
    n = len(text)

    def inside(span: list[int]) -> None:
        assert 0 <= span[0] <= span[1] <= n

    for d in record["decisions"]:
        inside(d["span"])
        assert d["text"] == " ".join(text[d["span"][0]:d["span"][1]].split())
        for item in d["items"]:
            inside(item["span"])
            assert item["text"] == " ".join(text[item["span"][0]:item["span"][1]].split())
    for s in record["speakers"]:
        inside(s["span"])
        for c in s["contributions"]:
            assert c["text"] == " ".join(text[c["span"][0]:c["span"][1]].split())
    for d in record["dates"]:
        assert d["text"] == text[d["span"][0]:d["span"][1]]
    for span in record["document"]["evidence"].values():
        inside(span)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_gives_a_record_or_a_clear_error(text: str) -> None:
    try:
        doc = parse_document(text.encode("utf-8"), "fuzz.txt")
    except StageError:
        raise
    except MinutesError as exc:
        assert str(exc).startswith("fuzz.txt:")
        return
    record = to_record(doc)
    _check_spans(record, doc.text)
    assert loads(dumps(record)) == record
