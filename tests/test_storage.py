"""The storage package: its own errors, connections per thread, imports in one transaction."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

import bot.storage.entries as entries_module
from bot.knowledge import Entry
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


def _hook_between_read_and_write(monkeypatch: pytest.MonkeyPatch,
                                 edit: Callable[[], None]) -> None:
    """Run ``edit`` once, when the import has read the row and compares it with the file."""
    real = entries_module._row_to_entry
    calls: list[int] = []

    def hooked(row: dict[str, Any]) -> Entry:
        if not calls:
            calls.append(1)
            edit()
        return real(row)

    monkeypatch.setattr(entries_module, "_row_to_entry", hooked)


def test_import_reports_an_edit_between_its_read_and_write_as_protected(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = Storage(tmp_path / "k.db")
    storage.import_entries([make_entry("aa")], "cli")
    moderator_edit = make_entry("aa", title="judul moderator")
    _hook_between_read_and_write(monkeypatch, lambda: storage.save_entry(
        moderator_edit, "tg:42", "ubah", origin="telegram"))
    report = storage.import_entries([make_entry("aa", title="judul berkas")], "cli")
    assert report.protected == ["aa"] and not report.updated
    assert storage.get_entry("aa") == moderator_edit  # never silently overwritten
    assert [v.author for v in storage.history("aa")] == ["tg:42", "cli"]


def test_an_edit_from_another_thread_waits_for_the_import(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage = Storage(tmp_path / "k.db")
    storage.import_entries([make_entry("aa")], "cli")
    moderator_edit = make_entry("aa", title="judul moderator")
    threads: list[threading.Thread] = []

    def edit_from_the_bot() -> None:
        thread, _ = _in_thread(lambda: storage.save_entry(moderator_edit, "tg:42", "ubah"))
        thread.join(0.3)  # it cannot land while the import holds the entry
        threads.append(thread)

    _hook_between_read_and_write(monkeypatch, edit_from_the_bot)
    report = storage.import_entries([make_entry("aa", title="judul berkas")], "cli")
    threads[0].join(5)
    assert report.updated == ["aa"]
    assert storage.get_entry("aa") == moderator_edit  # the edit came after, and stays
    assert [v.author for v in storage.history("aa")] == ["tg:42", "cli", "cli"]


def test_pending_uploads_are_taken_once_by_their_owner_and_expire() -> None:
    storage = Storage()
    records = [make_entry("aa").to_record()]
    token = storage.put_pending_upload(42, records)
    assert storage.take_pending_upload(token, 43) is None  # another user's token
    assert storage.take_pending_upload(token, 42) == records
    assert storage.take_pending_upload(token, 42) is None  # taken once
    old = storage.put_pending_upload(42, records)
    newer = storage.put_pending_upload(42, records)  # replaces the user's earlier upload
    assert storage.take_pending_upload(old, 42) is None
    storage.db.execute("UPDATE pending_uploads SET created_at = '2000-01-01T00:00:00+00:00'")
    assert storage.take_pending_upload(newer, 42) is None  # expired
    storage.put_pending_upload(7, records)
    storage.db.execute("UPDATE pending_uploads SET created_at = '2000-01-01T00:00:00+00:00'")
    storage.put_pending_upload(8, records)  # expired rows go when a new one comes
    assert [r["user_id"] for r in storage.table("pending_uploads").rows] == [8]


def test_an_import_that_fails_half_way_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole import is one transaction (#17): a crash after some entries keeps none."""
    storage = Storage(None)
    real = storage.save_entry
    calls = {"n": 0}

    def crash_on_third(entry: Entry, *args: Any, **kwargs: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise StorageError("disk full")
        return real(entry, *args, **kwargs)

    monkeypatch.setattr(storage, "save_entry", crash_on_third)
    batch = [make_entry(f"impor-{i}") for i in range(5)]
    with pytest.raises(StorageError):
        storage.import_entries(batch, "cli")
    assert storage.count_entries() == 0
    monkeypatch.setattr(storage, "save_entry", real)
    assert len(storage.import_entries(batch, "cli").added) == 5


def test_live_entries_parse_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    storage = Storage()
    storage.seed([make_entry(f"e{i}", title=f"Entri {i}") for i in range(5)])
    assert [e.id for e in storage.live_entries()] == [f"e{i}" for i in range(5)]
    parsed: list[str] = []
    real = entries_module._row_to_entry

    def counting(row: dict[str, Any]) -> Entry:
        parsed.append(row["id"])
        return real(row)

    monkeypatch.setattr(entries_module, "_row_to_entry", counting)
    assert len(storage.live_entries()) == 5 and parsed == []
    changed = dataclasses.replace(storage.get_entry("e2"), title="Judul baru")
    storage.save_entry(changed, "mod", "edit")
    storage.delete_entry("e4", "mod", "hapus")
    storage.save_entry(make_entry("e9", title="Entri baru"), "mod", "new")
    parsed.clear()  # the writes read entries too
    live = storage.live_entries()
    assert sorted(parsed) == ["e2", "e9"]
    assert [e.id for e in live] == ["e0", "e1", "e2", "e3", "e9"]
    assert next(e for e in live if e.id == "e2").title == "Judul baru"
    # a restore is a new version too
    storage.restore("e2", 1, "mod")
    assert next(e for e in storage.live_entries() if e.id == "e2").title == "Entri 2"
