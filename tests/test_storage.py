"""The storage package: its own errors, connections per thread, imports in one transaction."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bot.storage import ConflictError, EntryNotFound, NotFound, Storage, StorageError
from tests.conftest import make_entry

T = TypeVar("T")


def test_no_sqlite3_error_leaves_storage() -> None:
    storage = Storage()
    storage.db.execute("DROP TABLE feedback")
    storage.db.execute("DROP TABLE reminders")
    with pytest.raises(StorageError) as info:
        storage.feedback_counts("a")  # a read
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    with pytest.raises(StorageError):
        storage.mark_reminder_sent(1)  # a write, inside a transaction
    storage.close()
    with pytest.raises(StorageError):
        storage.count_entries()


def test_errors_are_named_and_related() -> None:
    storage = Storage()
    with pytest.raises(EntryNotFound) as info:
        storage.get_entry("nope")
    assert isinstance(info.value, NotFound) and isinstance(info.value, StorageError)
    storage.save_entry(make_entry("aa"), "uji", "buat")
    with pytest.raises(ConflictError) as conflict:
        storage.save_entry(make_entry("aa", title="baru"), "uji", "ubah", expected_version=0)
    assert (conflict.value.expected, conflict.value.current) == (0, 1)
    assert storage.get_entry("aa").title == "aa"  # nothing written


def _in_thread(fn: Callable[[], T]) -> tuple[threading.Thread, list[T]]:
    out: list[T] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    return thread, out


def test_a_file_database_gives_each_thread_its_own_connection(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "k.db")
    storage.save_entry(make_entry("aa"), "uji", "buat")
    main = storage.db
    with storage.transaction():
        storage.save_entry(make_entry("bb"), "uji", "buat")  # not committed yet
        # the rebuild thread reads on its own connection: it sees committed rows only
        thread, seen = _in_thread(lambda: (storage.count_entries(), storage.db is main))
        thread.join(5)
        assert seen == [(1, False)]
    assert storage.count_entries() == 2
    assert storage.connections() == 2
    thread, _ = _in_thread(storage.count_entries)  # the ended thread's connection is closed
    thread.join(5)
    assert storage.connections() == 2
    storage.close()
    assert storage.connections() == 0


def test_an_in_memory_database_serialises_threads() -> None:
    storage = Storage()
    storage.save_entry(make_entry("aa"), "uji", "buat")
    with storage.transaction():
        storage.save_entry(make_entry("bb"), "uji", "buat")
        thread, seen = _in_thread(storage.count_entries)
        thread.join(0.3)
        assert thread.is_alive() and not seen  # it waits for the transaction to end
    thread.join(5)
    assert seen == [2]
