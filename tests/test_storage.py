"""The storage package: its own errors, connections per thread, imports in one transaction."""

from __future__ import annotations

import sqlite3

import pytest

from bot.storage import ConflictError, EntryNotFound, NotFound, Storage, StorageError
from tests.conftest import make_entry


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
