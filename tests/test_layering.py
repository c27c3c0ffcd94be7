"""Only cli/ may import typer or rich, print, or exit; the library stays quiet."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "minutes_cli"
FORBIDDEN_IMPORTS = {"typer", "rich", "click"}


def _library_modules() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "cli" not in p.relative_to(SRC).parts]


def test_library_does_not_import_cli_libraries() -> None:
    offenders = []
    for path in _library_modules():
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN_IMPORTS]
    assert offenders == []


def test_library_never_prints_or_exits() -> None:
    offenders = []
    for path in _library_modules():
        if path.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"print", "exit"}:
                offenders.append(f"{path.name}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "exit" and getattr(node.func.value, "id", "") == "sys"):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
