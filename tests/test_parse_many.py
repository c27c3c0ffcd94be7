"""parse_many: one outcome per input, in input order, from the Python API."""

from __future__ import annotations

import zipfile
from pathlib import Path

from minutes_cli import ParseOutcome, Settings, parse_many, parse_text

PAPER = "Cabinet\n\nMinutes of the meeting held on 14 January 2019\n\nRESOLVED: That the report be noted.\n"


def _papers(tmp_path: Path, n: int = 3) -> list[Path]:
    paths = []
    for i in range(n):
        p = tmp_path / f"p{i}.txt"
        p.write_text(PAPER.replace("report", f"report {i}"), encoding="utf-8")
        paths.append(p)
    return paths


def test_outcomes_in_input_order_with_records_problems_and_a_failure(tmp_path: Path) -> None:
    good = _papers(tmp_path)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    outcomes = list(parse_many([good[0], bad, good[1]]))
    assert [o.status for o in outcomes] == ["parsed", "failed", "parsed"]
    assert all(isinstance(o, ParseOutcome) for o in outcomes)
    assert outcomes[0].record == parse_text(good[0].read_text(), "p0.txt")  # batch records name files relatively
    assert outcomes[0].problems == outcomes[0].record["problems"]
    assert outcomes[0].counts["decisions"] == 1
    assert outcomes[1].source == str(bad) and outcomes[1].error == "LoadError" and outcomes[1].record is None
    assert outcomes[0].document is None


def test_keep_documents_and_archives(tmp_path: Path) -> None:
    archive = tmp_path / "papers.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a/one.txt", PAPER)
        zf.writestr("a/two.txt", PAPER)
    outcomes = list(parse_many([archive], Settings(), keep_documents=True, jobs=2))
    assert [o.source.split(":")[-1] for o in outcomes] == ["a/one.txt", "a/two.txt"]
    assert all(o.document is not None and o.document.decisions for o in outcomes)


def test_output_folder_resumes(tmp_path: Path) -> None:
    papers = _papers(tmp_path, 2)
    out = tmp_path / "out"
    assert [o.status for o in parse_many(papers, output=out, fmt="yaml")] == ["parsed", "parsed"]
    assert [o.status for o in parse_many(papers, output=out, fmt="yaml")] == ["skipped", "skipped"]
    assert (out / "p0.txt.yaml").is_file()


def test_many_workers_give_the_same_records_as_one(tmp_path: Path) -> None:
    papers = _papers(tmp_path, 20)
    one = [o.text for o in parse_many(papers, jobs=1)]
    two = [o.text for o in parse_many(papers, jobs=2)]
    assert one == two and all(one)
