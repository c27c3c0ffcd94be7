"""Benchmark: `minutes export` throughput and memory on the bulk archive (not a test).

    .venv/bin/python bench/bench_export.py [--archive ../shared/bulk/minutes-archive.tar.gz]
                                           [--cache /tmp/minutes-bench-export] [--grow 10]

Parses the archive to JSONL once (`minutes parse ARCHIVE -o CACHE/jsonl --format jsonl
--jobs 2`, kept in CACHE), then, each in a fresh child process so peak memory is its own:
exports the first 100 records, all of them, and the archive grown --grow times (copies
under other paths, streamed, so they are new documents); re-exports all (nothing
changes); and does the same full export with sqlite-utils instead of sqlite3 (same rows,
same tables, FKs, FTS triggers and views; needs `pip install sqlite-utils`). Prints
records/s, peak RSS (ru_maxrss) and peak Python heap (tracemalloc, a second run).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def ensure_jsonl(archive: Path, cache: Path) -> Path:
    """The archive's records as CACHE/jsonl/records.jsonl, parsed once."""
    jsonl = cache / "jsonl" / "records.jsonl"
    if not jsonl.exists():
        minutes = Path(sys.executable).parent / "minutes"
        print(f"parsing {archive} once into {jsonl.parent} (about 1.5 min) ...", flush=True)
        subprocess.run([str(minutes), "parse", str(archive), "-o", str(jsonl.parent), "--format", "jsonl",
                        "--jobs", "2", "--quiet"], check=False)
    return jsonl


def records(jsonl: Path, limit: int, grow: int) -> Iterator[dict[str, Any]]:
    """Stream records from the JSONL file: `grow` copies (copy k under `copy-k/`), `limit` in all."""
    n = 0
    for k in range(grow):
        with open(jsonl, encoding="utf-8") as fh:
            for line in fh:
                if n >= limit:
                    return
                record = json.loads(line)
                if k:
                    record["source"]["path"] = f"copy-{k}/{record['source']['path']}"
                n += 1
                yield record


def export_sqlite_utils(items: Iterator[dict[str, Any]], db_path: str) -> int:
    """The same export written with sqlite-utils: the code it would take, for the comparison."""
    import sqlite_utils

    from minutes_cli.export import CHILDREN, DOCUMENTS, TABLES
    from minutes_cli.export.rows import child_rows, document_row, record_digest
    from minutes_cli.export.tables import FTS_TABLES, VIEWS

    db = sqlite_utils.Database(db_path)
    one = lambda cols: cols[0] if len(cols) == 1 else cols  # noqa: E731
    for t in TABLES:
        if not db[t.name].exists():
            db[t.name].create({name: int if "INTEGER" in kind else str for name, kind in t.columns},
                              pk=one(t.key), foreign_keys=[(one(s), target, one(d)) for s, target, d in t.refs
                                                           if db[target].exists()])  # not the cycle: it refuses
    for name in FTS_TABLES:
        if not db[f"{name}_fts"].exists():
            db[name].enable_fts(["text"], create_triggers=True, tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql, ignore=True)
    done = 0
    for record in items:
        digest = record_digest(record)
        doc = document_row(record, digest)
        found = next(db["documents"].rows_where("sha256 = ? AND path IS ?", [doc[1], doc[0]],
                                                select="id, record_sha256"), None)
        if found and found["record_sha256"] == digest:
            continue
        with db.conn:
            if found:
                for t in CHILDREN:
                    db[t.name].delete_where("document_id = ?", [found["id"]])
                db["documents"].delete(found["id"])
            doc_id = db["documents"].insert(dict(zip(DOCUMENTS.names, (found and found["id"], *doc)))).last_pk
            for name, rows in child_rows(record, (t.name for t in CHILDREN)).items():
                if rows:
                    names = next(t.names for t in TABLES if t.name == name)
                    db[name].insert_all(dict(zip(names, (doc_id, *row))) for row in rows)
        done += 1
    return done


def child(args: argparse.Namespace) -> None:
    """One measured export in this process; prints one JSON line."""
    from minutes_cli.export import to_sqlite

    if args.trace:
        tracemalloc.start()
    items = records(Path(args.jsonl), args.limit, args.grow)
    start, cpu = time.perf_counter(), time.process_time()
    if args.engine == "sqlite-utils":
        count = export_sqlite_utils(items, args.db)
        written = count
    else:
        report = to_sqlite(items, args.db)
        count, written = report.added + report.replaced + report.unchanged, report.added + report.replaced
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_heap = tracemalloc.get_traced_memory()[1] if args.trace else None
    print(json.dumps({"records": count, "written": written, "seconds": seconds, "cpu": cpu,
                      "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "heap_mb": peak_heap / 2**20 if peak_heap else None}))


def run(jsonl: Path, db: Path, limit: int, grow: int = 1, engine: str = "sqlite3",
        trace: bool = False, fresh: bool = True) -> dict[str, Any]:
    if fresh and db.exists():
        db.unlink()
    cmd = [sys.executable, __file__, "--child", "--jsonl", str(jsonl), "--db", str(db), "--limit", str(limit),
           "--grow", str(grow), "--engine", engine, *(["--trace"] if trace else [])]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def line(label: str, speed: dict[str, Any], heap: dict[str, Any] | None = None) -> None:
    rate, cpu_rate = speed["records"] / speed["seconds"], speed["records"] / speed["cpu"]
    heap_text = f"{heap['heap_mb']:6.1f} MB" if heap else "      —"
    print(f"{label:<36} {speed['records']:>6} {rate:>8.0f} {cpu_rate:>9.0f} {speed['maxrss_mb']:>9.1f} MB {heap_text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, default=SHARED / "bulk" / "minutes-archive.tar.gz")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "minutes-bench-export")
    ap.add_argument("--grow", type=int, default=10)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--jsonl", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--engine", default="sqlite3", help=argparse.SUPPRESS)
    ap.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    jsonl = ensure_jsonl(args.archive, args.cache)
    total = sum(1 for _ in open(jsonl, encoding="utf-8"))
    db = args.cache / "bench.db"
    print(f"{total} records in {jsonl} ({jsonl.stat().st_size / 2**20:.1f} MB)")
    print(f"{'export':<36} {'recs':>6} {'recs/s':>8} {'/CPU s':>9} {'peak RSS':>12} {'peak heap':>9}")
    for limit, grow in ((100, 1), (total, 1), (total * args.grow, args.grow)):
        label = f"sqlite3, first {limit}" if grow == 1 else f"sqlite3, archive x{grow}"
        line(label, run(jsonl, db, limit, grow), run(jsonl, db, limit, grow, trace=True))
    run(jsonl, db, total)
    line("sqlite3, all again (unchanged)", run(jsonl, db, total, fresh=False))
    try:
        import sqlite_utils  # noqa: F401
    except ImportError:
        print("sqlite-utils not installed: pip install sqlite-utils to compare")
        return
    line("sqlite-utils, first 100", run(jsonl, db, 100, engine="sqlite-utils"))
    line(f"sqlite-utils, first {total}", run(jsonl, db, total, engine="sqlite-utils"))
    print(f"database: {db} ({db.stat().st_size / 2**20:.1f} MB)")


if __name__ == "__main__":
    main()
