"""DATA_DIR: created private (0700/0600), tightened if readable by others, refused if writable."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import datadir
from tests.test_cli import run


@pytest.fixture(autouse=True)
def _keep_umask() -> Iterator[None]:
    saved = os.umask(0o022)
    yield
    os.umask(saved)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_dir_and_everything_in_it_is_private(tmp_path: Path) -> None:
    """End to end: the first ``ask`` seeds the database; nothing in DATA_DIR is open to others."""
    res = run(["ask", "gaji telat"], tmp_path)
    assert res.returncode == 0, res.stderr
    data = tmp_path / "data"
    assert _mode(data) == 0o700
    files = list(data.iterdir())
    assert any(p.name == "kawangig.db" for p in files)
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_files_readable_by_others_are_tightened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    db = data / "kawangig.db"
    db.write_bytes(b"")
    db.chmod(0o644)
    datadir.secure(data)
    assert (_mode(data), _mode(db)) == (0o700, 0o600)


@pytest.mark.parametrize("what", ["folder", "file"])
def test_writable_by_others_refuses_to_start(tmp_path: Path, what: str) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    db = data / "kawangig.db"
    db.write_bytes(b"")
    db.chmod(0o600)
    (data if what == "folder" else db).chmod(0o777 if what == "folder" else 0o666)
    with pytest.raises(datadir.UnsafeDataDir, match="chmod -R go-rwx"):
        datadir.secure(data)
    res = run(["kb", "stats"], tmp_path)
    assert res.returncode == 2 and "DATA_DIR" in res.stderr and "chmod" in res.stderr
    assert db.read_bytes() == b""  # nothing was opened or written
