"""Reading inputs: archives member by member, safety limits, directories and globs."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from _batchdocs import make_tar, make_zip, members, write_tree
from minutes_cli.archive import Item, Limits, Rejected, UnsafeMember, expand, safe_member_name
from minutes_cli.archive_count import count


@pytest.mark.parametrize("name", ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:\\evil.txt",
                                  "..\\..\\evil.txt", "./", ""])
def test_unsafe_member_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafeMember):
        safe_member_name(name)


@pytest.mark.parametrize("name, clean", [("a/b.txt", "a/b.txt"), ("./a//b.txt", "a/b.txt"), ("a\\b.txt", "a/b.txt")])
def test_safe_member_names_are_normalised(name: str, clean: str) -> None:
    assert safe_member_name(name) == clean


def test_zip_slip_members_are_rejected_and_good_ones_kept(tmp_path: Path) -> None:
    zpath = make_zip(tmp_path / "a.zip", {"../evil.txt": b"x", "/abs.txt": b"y", "ok/p.txt": b"Minutes\n"})
    entries = list(expand([str(zpath)], Limits()))
    assert [e.rel for e in entries if isinstance(e, Item)] == ["ok/p.txt"]
    assert sorted(e.error for e in entries if isinstance(e, Rejected)) == ["UnsafeMember", "UnsafeMember"]


def test_tar_links_and_dotdot_are_rejected(tmp_path: Path) -> None:
    path = make_tar(tmp_path / "a.tar", {"../up.txt": b"x", "good.txt": b"Minutes\n"}, mode="w")
    with tarfile.open(path, "a") as tf:
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    entries = list(expand([str(path)], Limits()))
    assert [e.rel for e in entries if isinstance(e, Item)] == ["good.txt"]
    assert [e.error for e in entries if isinstance(e, Rejected)] == ["UnsafeMember", "UnsafeMember"]


@pytest.mark.parametrize("maker", ["zip", "tar"])
def test_oversized_member_is_rejected(tmp_path: Path, maker: str) -> None:
    files = {"small.txt": b"a" * 100, "big.txt": b"b" * 5000}
    path = make_zip(tmp_path / "a.zip", files) if maker == "zip" else make_tar(tmp_path / "a.tar.gz", files)
    entries = list(expand([str(path)], Limits(max_member_bytes=1000)))
    assert [e.rel for e in entries if isinstance(e, Item)] == ["small.txt"]
    assert [(e.origin.endswith("big.txt"), e.error) for e in entries if isinstance(e, Rejected)] == [(True, "TooLarge")]


def test_lying_zip_header_cannot_beat_the_member_limit(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "a.zip", {"bomb.txt": b"0" * 100_000})
    raw = bytearray(path.read_bytes())
    # Patch the central directory's uncompressed size down to 10 bytes.
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24: cd + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    entries = list(expand([str(path)], Limits(max_member_bytes=1000)))
    assert not [e for e in entries if isinstance(e, Item) and len(e.data) > 1000]
    assert all(isinstance(e, Rejected) for e in entries)


def test_total_expansion_limit_stops_the_archive(tmp_path: Path) -> None:
    files = {f"m{i}.txt": b"z" * 400 for i in range(10)}
    for path in (make_zip(tmp_path / "a.zip", files), make_tar(tmp_path / "a.tar.xz", files, "w:xz")):
        entries = list(expand([str(path)], Limits(max_member_bytes=1000, max_total_bytes=1000)))
        assert len([e for e in entries if isinstance(e, Item)]) == 2
        assert [e.error for e in entries if isinstance(e, Rejected)] == ["TooLarge"]


def test_corrupt_archive_is_one_rejected_entry(tmp_path: Path) -> None:
    good = make_tar(tmp_path / "a.tar.gz", members(3))
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(good.read_bytes()[:200])
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04 not really a zip")
    for path in (cut, bad_zip):
        entries = list(expand([str(path)], Limits()))
        assert isinstance(entries[-1], Rejected) and entries[-1].error == "ArchiveError"


def test_directory_is_walked_sorted_without_hidden_files_or_the_output(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "in", {"b/2.txt": b"x", "a/1.txt": b"x", ".hidden": b"x", "out/r.yaml": b"x"})
    rels = [e.rel for e in expand([str(root)], Limits(), exclude=root / "out")]
    assert rels == ["a/1.txt", "b/2.txt"]
    assert count([str(root)], exclude=root / "out") == 2


def test_glob_is_relative_to_its_fixed_prefix(tmp_path: Path) -> None:
    write_tree(tmp_path, {"p/x/1.txt": b"x", "p/y/2.md": b"x", "p/y/3.txt": b"x"})
    entries = list(expand([f"{tmp_path}/p/**/*.txt"], Limits()))
    assert [e.rel for e in entries] == ["x/1.txt", "y/3.txt"]
    assert [e.name for e in entries] == ["x/1.txt", "y/3.txt"]
    assert isinstance(next(expand([f"{tmp_path}/nothing/*.txt"], Limits())), Rejected)


def test_archive_inside_a_directory_is_read_under_its_own_path(tmp_path: Path) -> None:
    make_zip(tmp_path / "in.zip", {"m/1.txt": b"x"})
    entries = list(expand([str(tmp_path)], Limits()))
    assert [e.rel for e in entries] == ["in.zip/m/1.txt"]


def test_stdin_is_one_item(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Minutes\n")))
    (item,) = expand(["-"], Limits())
    assert isinstance(item, Item) and (item.name, item.rel, item.data) == ("<stdin>", "stdin", b"Minutes\n")


def test_glob_never_reads_the_output_directory(tmp_path: Path) -> None:
    write_tree(tmp_path, {"p/1.txt": b"x", "out/p/1.txt.yaml": b"x", "out/old.txt": b"x"})
    entries = list(expand([f"{tmp_path}/**/*"], Limits(), exclude=tmp_path / "out"))
    assert [e.rel for e in entries] == ["p/1.txt"]
