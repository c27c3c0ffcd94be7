"""Small papers the batch tests build themselves (no real documents are copied)."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path


def paper(i: int) -> str:
    """A short, varied meeting paper numbered i."""
    return (f"Minutes of the Parish Council meeting held on {i % 28 + 1} March 2021\n\n"
            f"Present: Cllr Ann Smith, Cllr Bob Jones{i}\n\n"
            f"{i % 9 + 1}. Planning application {i}\n\n"
            f"Cllr Ann Smith said the plan number {i} was acceptable.\n\n"
            f"RESOLVED: That application {i} be approved.\n")


def members(n: int, prefix: str = "papers") -> dict[str, bytes]:
    """n papers in two sub-folders: {"papers/a/000.txt": b"...", ...}."""
    return {f"{prefix}/{'ab'[i % 2]}/{i:03d}.txt": paper(i).encode() for i in range(n)}


def write_tree(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def make_tar(path: Path, files: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def records(out: Path, suffix: str = ".yaml") -> dict[str, str]:
    """Every record file under out (relative path -> text), ignoring hidden state."""
    return {p.relative_to(out).as_posix(): p.read_text("utf-8") for p in sorted(out.rglob(f"*{suffix}"))
            if not any(part.startswith(".") for part in p.relative_to(out).parts)}
