"""Peak memory of the batch's parent process on a zip of large, compressible members.

Issue 14 #2: the parent's memory must follow the input bytes in flight, not the number of
documents in flight. The members are big and quick to fail (a short --timeout), so the
run measures the window, not the parser. Prints the zip's size, the bytes it expands to
and the parent's peak RSS.

    python bench/batch_memory.py [--members 120] [--mb 4] [--jobs 2]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import zipfile
from pathlib import Path

from minutes_cli.batch import BatchOptions, run
from minutes_cli.settings import Settings


def make_zip(path: Path, members: int, size: int) -> None:
    line = b"Cllr Smith said that the plan was fine and the report be noted. " * 16 + b"\n"
    body = line * (size // len(line))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(members):
            zf.writestr(f"m{i:04d}.txt", b"Minutes %d\n\n" % i + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=120)
    parser.add_argument("--mb", type=float, default=4.0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=0.3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "big.zip"
        make_zip(archive, args.members, int(args.mb * 1_000_000))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        options = BatchOptions(output=Path(tmp) / "out", jobs=args.jobs, timeout=args.timeout)
        statuses = [o.status for o in run([str(archive)], Settings(), options)]
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"zip {archive.stat().st_size / 1e6:.1f} MB, {args.members} members of {args.mb:g} MB "
              f"({args.members * args.mb:.0f} MB expanded), {args.jobs} jobs, "
              f"{time.perf_counter() - started:.0f} s, {statuses.count('failed')} timed out or failed")
        print(f"parent peak RSS {peak / 1024:.0f} MB (before the run {before / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
