"""Fuzz the command line: mutated papers through `minutes parse` (one batch), `check` and `text`.

Prints, per command, the exit code, how many stderr lines are not `error: ...` one-liners
(0 is the target: no tracebacks) and the error types in errors.tsv (InternalError is a bug).

    python bench/fuzz_cli.py [--count 600] [--seed 0] [--text 30]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from _fuzzdocs import mutant, random_ops, seeds  # noqa: E402

MINUTES = str(Path(sys.executable).with_name("minutes"))


def write_inputs(folder: Path, count: int, seed: int) -> list[Path]:
    paths = []
    for n in range(seed, seed + count):
        rng = random.Random(n)
        name = rng.choice(sorted(seeds()))
        path = folder / f"{n:05d}-{name}"
        path.write_bytes(mutant(name, random_ops(rng), rng.random() < 0.5))
        paths.append(path)
    return paths


def report(what: str, proc: subprocess.CompletedProcess[str]) -> int:
    other = [line for line in proc.stderr.splitlines() if not line.startswith("error: ")]
    print(f"{what:28} exit {proc.returncode:3}  stderr lines {len(proc.stderr.splitlines()):5}  "
          f"not one-line errors {len(other)}")
    for line in other[:3]:
        print(f"    {line[:160]}")
    return len(other)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--text", type=int, default=30, help="inputs also run through `minutes text`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        papers, out = Path(tmp) / "papers", Path(tmp) / "out"
        papers.mkdir()
        paths = write_inputs(papers, args.count, args.seed)
        bad = report(f"parse ({args.count} inputs)", subprocess.run(
            [MINUTES, "parse", str(papers), "-o", str(out), "-q", "--timeout", "5"], capture_output=True, text=True))
        errors = out / "errors.tsv"
        kinds = Counter(line.split("\t")[1] for line in errors.read_text().splitlines()[1:]) if errors.exists() else {}
        print(f"    errors.tsv: {dict(kinds)}")
        bad += report("check (same folder)", subprocess.run([MINUTES, "check", str(papers), "--timeout", "5"],
                                                           capture_output=True, text=True))
        for path in paths[: args.text]:
            proc = subprocess.run([MINUTES, "text", str(path)], capture_output=True, text=True)
            if proc.returncode not in (0, 1) or len(proc.stderr.splitlines()) > 1:
                bad += report(f"text {path.name}", proc)
        print(f"not one-line errors in all: {bad}; InternalError rows: {kinds.get('InternalError', 0)}")


if __name__ == "__main__":
    main()
