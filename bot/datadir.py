"""DATA_DIR holds workers' questions, cases and conversation state: only the bot may touch it.

``secure`` runs once at process start (``python -m bot …``): it sets ``umask 077`` so every file
and folder the bot creates afterwards (the database, its WAL files, exports, letters) is
``0600``/``0700``; it tightens what an older version left readable by others; and it refuses to
start when the folder or a file in it is *writable* by group or others, because then someone else
may already have changed what the bot will read. No telegram import (``config`` level).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

UMASK = 0o077
_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH
_READABLE_BY_OTHERS = stat.S_IRWXG | stat.S_IRWXO


class UnsafeDataDir(Exception):
    """DATA_DIR or something in it can be written by other users of the machine."""


def secure(data_dir: Path) -> None:
    """Set the umask, create ``data_dir`` (0700) if needed and check what is in it.

    :param data_dir: the bot's DATA_DIR
    :raises UnsafeDataDir: when the folder or a file in it is writable by group or others
    """
    os.umask(UMASK)
    data_dir.mkdir(parents=True, exist_ok=True)
    unsafe = [p for p in (data_dir, *data_dir.iterdir())
              if not p.is_symlink() and p.stat().st_mode & _WRITABLE_BY_OTHERS]
    if unsafe:
        names = ", ".join(str(p) for p in unsafe[:5])
        raise UnsafeDataDir(
            f"{names} can be written by other users of this machine, so its contents cannot be "
            f"trusted. Check them, then run: chmod -R go-rwx {data_dir}")
    for path in (data_dir, *data_dir.iterdir()):
        mode = path.lstat().st_mode
        if not stat.S_ISLNK(mode) and mode & _READABLE_BY_OTHERS:
            path.chmod(stat.S_IMODE(mode) & ~_READABLE_BY_OTHERS)
            log.warning("%s was readable by other users; now only by the bot's user", path)
