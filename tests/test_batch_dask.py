"""The Dask engine on a LocalCluster writes the same records as local workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from _batchdocs import make_tar, members, records

from minutes_cli.batch import BatchOptions, run
from minutes_cli.cli import app
from minutes_cli.settings import Settings

distributed = pytest.importorskip("distributed")


def test_dask_engine_matches_local_workers(tmp_path: Path) -> None:
    files = {**members(10), "papers/empty.txt": b""}
    archive = str(make_tar(tmp_path / "a.tar.gz", files))
    local = list(run([archive], Settings(), BatchOptions(output=tmp_path / "local", jobs=2, chunk_size=2)))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        from typer.testing import CliRunner

        result = CliRunner().invoke(app, ["parse", archive, "-o", str(tmp_path / "dask"), "--engine", "dask",
                                          "--scheduler", cluster.scheduler_address, "--chunk-size", "3"])
    assert result.exit_code == 1  # the empty file
    assert "papers/empty.txt: file is empty" in result.stderr
    assert [o.status for o in local].count("parsed") == 10
    assert records(tmp_path / "dask") == records(tmp_path / "local")
    assert len(records(tmp_path / "dask")) == 10
    assert (tmp_path / "dask/errors.tsv").read_text() == (tmp_path / "local/errors.tsv").read_text()
