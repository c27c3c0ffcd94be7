from minutes_cli import parse_text


def test_resolution_with_items_is_one_decision() -> None:
    record = parse_text("Minutes\n\nRESOLVED: That\n\n(1) the report be noted; and\n\n(2) the plan be approved.\n")
    assert len(record["decisions"]) == 1
    assert [i["label"] for i in record["decisions"][0]["items"]] == ["(1)", "(2)"]
