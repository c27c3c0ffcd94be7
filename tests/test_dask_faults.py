"""Issue 14 #7: a lost Dask scheduler or a cluster without workers is one clear error, and
every input is accounted for (written, failed with a reason, or listed as not attempted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _batchdocs import make_zip, paper
from minutes_cli import batch_dask
from minutes_cli.batch import BatchOptions, run
from minutes_cli.batch_dask import ClusterLost
from minutes_cli.batch_engines import Outcome
from minutes_cli.settings import Settings

distributed = pytest.importorskip("distributed")


def _rows(out: Path) -> list[list[str]]:
    path = out / "errors.tsv"
    return [r.split("\t") for r in path.read_text().splitlines()[1:]] if path.exists() else []


@pytest.mark.slow
def test_lost_scheduler_accounts_for_every_input(tmp_path: Path) -> None:
    files = {f"p{i:02d}.txt": paper(i).encode() for i in range(30)}
    archive = make_zip(tmp_path / "in.zip", files)
    out = tmp_path / "out"
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    outcomes: list[Outcome] = []
    options = BatchOptions(output=out, engine="dask", scheduler=cluster.scheduler_address, chunk_size=1)
    with pytest.raises(ClusterLost, match="scheduler .* was lost; .* not parsed"):
        for outcome in run([str(archive)], Settings(), options):
            outcomes.append(outcome)
            if len(outcomes) == 1:
                cluster.close()
    assert sorted(o.rel for o in outcomes) == sorted(files)
    written = {p.name[: -len(".yaml")] for p in out.glob("*.yaml")}
    failed = {row[0].split(":")[-1] for row in _rows(out)}
    assert written | failed == set(files) and not written & failed
    assert any(row[1] == "NotAttempted" for row in _rows(out))


@pytest.mark.slow
def test_no_workers_is_a_clear_error_after_a_bounded_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_dask, "NO_WORKER_WAIT", 0.5)
    archive = make_zip(tmp_path / "in.zip", {f"p{i}.txt": paper(i).encode() for i in range(3)})
    with distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None) as cluster:
        options = BatchOptions(output=tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address)
        outcomes: list[Outcome] = []
        with pytest.raises(ClusterLost, match="no workers for 0.5 s"):
            outcomes.extend(run([str(archive)], Settings(), options))
    assert len(_rows(tmp_path / "out")) == 3


def test_local_cluster_listens_on_loopback_only() -> None:
    engine = batch_dask.DaskEngine(None, 1)
    try:
        info = engine.client.scheduler_info()
        hosts = {info["address"].split("//")[1].rsplit(":", 1)[0]}
        hosts |= {w.split("//")[1].rsplit(":", 1)[0] for w in info["workers"]}
        assert hosts == {"127.0.0.1"}
        assert engine.cluster.scheduler.http_server is None or all(
            s.getsockname()[0] == "127.0.0.1" for s in engine.cluster.scheduler.http_server._sockets.values())
    finally:
        engine.close()
