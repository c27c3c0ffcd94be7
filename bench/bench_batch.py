"""Benchmark: batch throughput and memory against bare spaCy tokenization (not a test).

    .venv/bin/python bench/bench_batch.py [--archive ../shared/bulk/minutes-archive.tar.gz]
                                          [--corpus ../shared/corpus] [--grow 10] [--jobs 1 2]

Prints, for the archive: bare `spacy.blank("en")` tokenization of the same texts (docs/s,
MB/s); end-to-end `minutes parse` (batch.run writing YAML records) for each --jobs value
(docs/s, MB/s, worker CPU s, peak memory per worker, failures) and the ratios the targets
name; where the time goes per stage on one worker; peak memory per worker when the
archive is grown tenfold; pages/s on the corpus PDFs. Linux only (reads /proc).
Each batch run is a fresh child process so its peak memory is its own.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TICKS = os.sysconf("SC_CLK_TCK")


def read_members(archive: Path) -> list[tuple[str, bytes]]:
    with tarfile.open(archive, "r|*") as tf:
        return [(m.name, tf.extractfile(m).read()) for m in tf if m.isfile()]  # type: ignore[union-attr]


def _proc(pid: int) -> tuple[int, float, int]:
    """(parent pid, CPU seconds, peak RSS in bytes) of a live process."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    hwm = next((int(line.split()[1]) * 1024 for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                if line.startswith("VmHWM:")), 0)
    return int(stat[1]), (int(stat[11]) + int(stat[12])) / TICKS, hwm


def _descendants(root: int) -> dict[int, tuple[float, int]]:
    table: dict[int, tuple[int, float, int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                table[int(entry)] = _proc(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, frontier = {}, {root}
    while frontier:
        frontier = {pid for pid, (ppid, _, _) in table.items() if ppid in frontier}
        out.update({pid: table[pid][1:] for pid in frontier})
    return out


def child(args: argparse.Namespace) -> None:
    """One batch run in this process; prints a JSON line of measurements."""
    from minutes_cli.batch import BatchOptions, run
    from minutes_cli.settings import Settings

    seen: dict[int, tuple[float, int]] = {}
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.2):
            seen.update(_descendants(os.getpid()))

    threading.Thread(target=poll, daemon=True).start()
    options = BatchOptions(output=Path(args.out), jobs=args.child, force=True, chunk_size=8)
    start = time.perf_counter()
    statuses: dict[str, int] = defaultdict(int)
    for outcome in run([args.archive], Settings(), options):
        statuses[outcome.status] += 1
    wall = time.perf_counter() - start
    stop.set()
    _, self_cpu, self_hwm = _proc(os.getpid())
    workers = {pid: v for pid, v in seen.items() if v[0] > 0.5} or {os.getpid(): (self_cpu, self_hwm)}
    print(json.dumps({"wall": wall, "statuses": statuses, "worker_cpu": sum(c for c, _ in workers.values()),
                      "worker_cpu_max": max(c for c, _ in workers.values()),
                      "worker_peak_mb": max(m for _, m in workers.values()) / 1e6,
                      "main_peak_mb": self_hwm / 1e6, "main_cpu": self_cpu, "workers": len(workers),
                      "load": os.getloadavg()[0]}))


def batch_run(archive: Path, jobs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, __file__, "--child", str(jobs), "--archive", str(archive), "--out", out]
        done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def tokenizer(texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds to tokenize every text with a bare spacy.blank("en")."""
    import spacy

    nlp = spacy.blank("en")
    nlp("warm up")
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        nlp(text)
    return time.perf_counter() - start, time.process_time() - cpu


def stage_profile(items: list[tuple[str, bytes]]) -> dict[str, float]:
    """Seconds per step over all documents, on one worker (this process)."""
    from minutes_cli.loaders import load
    from minutes_cli.pipeline import DEFAULT_STAGES
    from minutes_cli.records import dumps, to_record
    from minutes_cli.settings import Settings

    settings, spent = Settings(), defaultdict(float)
    for name, data in items:
        t0 = time.perf_counter()
        doc = load(data, name, settings)
        spent["load"] += time.perf_counter() - t0
        for stage_name, stage in DEFAULT_STAGES:
            t0 = time.perf_counter()
            stage(doc, settings)
            spent[stage_name] += time.perf_counter() - t0
        t0 = time.perf_counter()
        dumps(to_record(doc))
        spent["record+yaml"] += time.perf_counter() - t0
    return dict(spent)


def grown_archive(items: list[tuple[str, bytes]], factor: int, folder: str) -> Path:
    path = Path(folder) / f"grown-x{factor}.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for copy in range(factor):
            for name, data in items:
                info = tarfile.TarInfo(f"copy{copy}/{name}")
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    return path


def pdf_pages(corpus: Path) -> str:
    from minutes_cli.api import parse_bytes, parse_text
    from minutes_cli.errors import MinutesError

    parse_text("Minutes\n\nHeld on 1 May 2020.\n")  # build spaCy before the clock starts
    pdfs = sorted(corpus.glob("*.pdf"))
    pages, failures, start = 0, [], time.perf_counter()
    for pdf in pdfs:
        try:
            pages += parse_bytes(pdf.read_bytes(), pdf.name)["source"]["pages"] or 0
        except MinutesError as exc:
            failures.append(f"{type(exc).__name__}: {exc}")
    wall = time.perf_counter() - start
    if not pages:
        return f"{len(pdfs)} PDFs, none parsed ({failures[0] if failures else 'no PDFs'}): needs the PDF loader"
    return f"{len(pdfs)} PDFs, {pages} pages in {wall:.1f} s: {pages / wall:.1f} pages/s; {len(failures)} failed"


def report(args: argparse.Namespace) -> None:
    archive = Path(args.archive)
    items = read_members(archive)
    mb = sum(len(d) for _, d in items) / 1e6
    n = len(items)
    print(f"archive: {archive.name}: {n} documents, {mb:.1f} MB; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f}")
    tok, tok_cpu = tokenizer([d.decode("utf-8", "replace") for _, d in items])
    print(f"bare spacy.blank('en') tokenization: {n / tok:.1f} docs/s, {mb / tok:.2f} MB/s "
          f"({tok:.1f} s wall, {tok_cpu:.1f} s CPU: {n / tok_cpu:.1f} docs/s per busy core)")
    runs = {}
    for jobs in args.jobs:
        r = runs[jobs] = batch_run(archive, jobs)
        print(f"minutes parse --jobs {jobs}: {n / r['wall']:.1f} docs/s, {mb / r['wall']:.2f} MB/s "
              f"({r['wall']:.1f} s wall, {r['worker_cpu']:.1f} s worker CPU, {r['main_cpu']:.1f} s main CPU, "
              f"load {r['load']:.1f}); peak memory per worker "
              f"{r['worker_peak_mb']:.0f} MB, main {r['main_peak_mb']:.0f} MB; outcomes {dict(r['statuses'])}")
    if 1 in runs:
        print(f"ratio end-to-end (1 worker) / bare tokenizer: {tok / runs[1]['wall']:.2f} wall, "
              f"{tok_cpu / runs[1]['worker_cpu']:.2f} CPU (target >= 0.5, issue 9)")
    if 1 in runs and 2 in runs:
        one, two = runs[1], runs[2]
        bound = one["worker_cpu"] / max(two["worker_cpu_max"], two["main_cpu"])
        print(f"speed-up 2 workers / 1: {one['wall'] / two['wall']:.2f}x wall (target >= 1.8x); from CPU "
              f"accounting (1-worker CPU / busiest 2-worker process) {bound:.2f}x on 2 idle cores")
    profile = stage_profile(items)
    total = sum(profile.values())
    print("time per stage, 1 worker: " + ", ".join(f"{k} {v:.1f} s ({100 * v / total:.0f}%)" for k, v in profile.items()))
    if args.grow > 1:
        with tempfile.TemporaryDirectory() as folder:
            r = batch_run(grown_archive(items, args.grow, folder), 2)
        print(f"archive x{args.grow} ({n * args.grow} documents), --jobs 2: peak memory per worker "
              f"{r['worker_peak_mb']:.0f} MB (x1: {runs.get(2, r)['worker_peak_mb']:.0f} MB), main "
              f"{r['main_peak_mb']:.0f} MB; {n * args.grow / r['wall']:.1f} docs/s; outcomes {dict(r['statuses'])}")
    if Path(args.corpus).is_dir():
        print("PDF: " + pdf_pages(Path(args.corpus)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", default=str(SHARED / "bulk/minutes-archive.tar.gz"))
    parser.add_argument("--corpus", default=str(SHARED / "corpus"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--grow", type=int, default=10, help="also run an archive this many times larger (1: skip)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
    elif not Path(args.archive).exists():
        sys.exit(f"no archive at {args.archive} (it lives in ../shared/bulk)")
    else:
        report(args)


if __name__ == "__main__":
    main()
