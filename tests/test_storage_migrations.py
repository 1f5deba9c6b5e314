"""Storage migrations: a database created before a migration still loads after it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.storage import Storage, migrations

OLD_RECORD = {
    "id": "lama", "kind": "guide", "topic": "pembayaran", "title": "Entri lama",
    "citation": "Panduan KawanGig: lama", "regulation": "", "article": "", "status": "uji",
    "summary": "ringkasan lama", "summary_en": "", "text": "teks lama", "source": "tests",
    "tags": [], "keywords": ["telat bayar"], "related": [],
}


def test_database_from_before_title_en_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m004_title_en")
    assert "title_en" not in db.table("entries").columns_dict
    row = {name: json.dumps(value) if isinstance(value, list) else value
           for name, value in OLD_RECORD.items()}
    db.table("entries").insert({**row, "version": 1, "deleted": 0, "origin": "file",
                                "updated_at": "2026-01-01T00:00:00+00:00",
                                "updated_by": "seed"})
    db.table("entry_versions").insert({
        "entry_id": "lama", "version": 1, "data": json.dumps(OLD_RECORD), "deleted": 0,
        "origin": "file", "author": "seed", "reason": "isi awal",
        "created_at": "2026-01-01T00:00:00+00:00"})
    db.close()

    storage = Storage(path)  # applies the pending migrations
    try:
        assert "title_en" in storage.table("entries").columns_dict
        [entry] = storage.live_entries()
        assert entry.id == "lama" and entry.title_en == ""
        assert entry.title_for("en") == "Entri lama"
        assert entry.keywords == ("telat bayar",)
        [old] = storage.history("lama")
        assert old.entry == entry
        # the old version can be restored, and an English title saved
        assert storage.restore("lama", 1, "tests") == 2
        storage.save_entry(replace(entry, title_en="Old entry"), "tests", "judul Inggris")
        assert storage.get_entry("lama").title_for("en") == "Old entry"
        assert storage.history("lama")[0].entry == storage.get_entry("lama")
    finally:
        storage.close()


def test_new_database_has_title_en_once(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "new.db")
    try:
        names = [c.name for c in storage.table("entries").columns]
        assert names.count("title_en") == 1
        assert [m.name for m in migrations.applied(storage.db)][-1] == "m012_token_counts"
    finally:
        storage.close()


def test_a_row_that_no_longer_validates_is_skipped_not_fatal(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from bot.knowledge import default_root, load_dir

    storage = Storage(tmp_path / "db.sqlite")
    entries = load_dir(default_root())[:5]
    storage.seed(entries)
    # a row written under older, looser rules: a citation far over today's limit
    storage.db.execute("UPDATE entries SET citation = ? WHERE id = ?",
                       ["x" * 5000, entries[0].id])
    storage.db.conn.commit()
    with caplog.at_level("WARNING"):
        live = storage.live_entries()
    assert [e.id for e in live] == sorted(e.id for e in entries[1:]) or \
        {e.id for e in live} == {e.id for e in entries[1:]}
    assert entries[0].id in caplog.text and "no longer validates" in caplog.text
    storage.close()
