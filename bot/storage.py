"""SQLite storage (the only sqlite_utils importer): schema, migrations, entries with versions.

Every change to an entry writes a new row of ``entry_versions`` and a row of ``audit`` in the
same transaction as the live row of ``entries``. The database runs in WAL mode.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError, Table
from sqlite_utils.migrations import Migrations

from bot.knowledge import FIELDS, LIST_FIELDS, Entry, entry_from_mapping

log = logging.getLogger(__name__)
migrations = Migrations("kawangig")


class StorageError(RuntimeError):
    """The database cannot be used (missing, locked, corrupt)."""


class EntryNotFound(LookupError):
    """No live entry has that id (or no such version)."""


class ConflictError(RuntimeError):
    """The entry changed since the editor read it; ``current`` is the newer version."""

    def __init__(self, entry_id: str, expected: int, current: int) -> None:
        super().__init__(f"{entry_id}: expected version {expected}, now {current}")
        self.entry_id = entry_id
        self.expected = expected
        self.current = current


@migrations()
def m001_core(db: Database) -> None:
    """Entries, their versions, the audit log, feedback and the question logs."""
    cols: dict[str, Any] = {name: str for name in FIELDS}
    cols.update(version=int, deleted=int, origin=str, updated_at=str, updated_by=str)
    db["entries"].create(cols, pk="id")
    db["entry_versions"].create(
        {
            "entry_id": str,
            "version": int,
            "data": str,
            "deleted": int,
            "origin": str,
            "author": str,
            "reason": str,
            "created_at": str,
        },
        pk=("entry_id", "version"),
    )
    db["audit"].create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "entry_id": str,
            "version": int,
            "reason": str,
        },
        pk="id",
    )
    db["feedback"].create(
        {"entry_id": str, "user_id": int, "value": int, "query": str, "at": str},
        pk=("entry_id", "user_id"),
    )
    db["unanswered"].create(
        {"id": int, "text": str, "normalized": str, "at": str, "status": str}, pk="id"
    )
    db["unanswered"].create_index(["at"])
    db["question_log"].create(
        {"id": int, "at": str, "answered": int, "top_entry": str, "lang": str}, pk="id"
    )
    db["question_log"].create_index(["at"])
    db["meta"].create({"key": str, "value": str}, pk="key")


def now_iso() -> str:
    """Current UTC time as ISO text (seconds precision)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Version:
    """One stored version of an entry."""

    entry_id: str
    version: int
    entry: Entry | None
    deleted: bool
    origin: str
    author: str
    reason: str
    created_at: str


@dataclass
class ImportReport:
    """What an import did (or would do, for a dry run)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    protected: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything was (or would be) written."""
        return bool(self.added or self.updated)


def _row_to_entry(row: dict[str, Any]) -> Entry:
    data = {name: row.get(name) for name in FIELDS}
    for name in LIST_FIELDS:
        raw = data[name]
        data[name] = json.loads(raw) if isinstance(raw, str) and raw else []
    return entry_from_mapping(data, f"database:{row.get('id')}")


def _entry_columns(entry: Entry) -> dict[str, Any]:
    rec = entry.to_record()
    for name in LIST_FIELDS:
        rec[name] = json.dumps(rec[name], ensure_ascii=False)
    return rec


class Storage:
    """The bot's database. Thread-safe for the short queries the bot makes.

    :param path: database file, or ``None`` for an in-memory database (tests)
    """

    def __init__(self, path: Path | None = None) -> None:
        try:
            if path is None:
                conn = sqlite3.connect(":memory:", check_same_thread=False)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
            self.db = Database(conn)
            if path is not None:
                self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            migrations.apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot open database {path}: {exc}") from exc
        self.path = path
        self._lock = threading.RLock()
        self.revision = 0

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    def table(self, name: str) -> Table:
        """A table by name (``Table``, never a view)."""
        tbl = self.db[name]
        assert isinstance(tbl, Table)
        return tbl

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic transaction, serialised across threads."""
        with self._lock, self.db.atomic():
            yield self.db

    # -- entries -------------------------------------------------------------------------

    def count_entries(self) -> int:
        """Number of live (not deleted) entries."""
        return self.table("entries").count_where("deleted = 0")

    def live_entries(self) -> list[Entry]:
        """Every live entry, ordered by topic and id."""
        rows = self.table("entries").rows_where("deleted = 0", order_by="topic, id")
        return [_row_to_entry(row) for row in rows]

    def get_row(self, entry_id: str) -> dict[str, Any]:
        """The live row of an entry (with ``version``); raise ``EntryNotFound``."""
        try:
            row = self.table("entries").get(entry_id)
        except NotFoundError:
            raise EntryNotFound(entry_id) from None
        if row["deleted"]:
            raise EntryNotFound(entry_id)
        return dict(row)

    def get_entry(self, entry_id: str) -> Entry:
        """A live entry; raise ``EntryNotFound``."""
        return _row_to_entry(self.get_row(entry_id))

    def version_of(self, entry_id: str) -> int:
        """Current version number of an entry, 0 when it never existed."""
        try:
            return int(self.table("entries").get(entry_id)["version"])
        except NotFoundError:
            return 0

    def save_entry(
        self,
        entry: Entry,
        actor: str,
        reason: str,
        *,
        expected_version: int | None = None,
        origin: str = "telegram",
        deleted: bool = False,
        action: str | None = None,
    ) -> int:
        """Write ``entry`` as a new version (plus an audit row), atomically.

        :param entry: the full new content
        :param actor: who (e.g. ``tg:12345`` or ``cli``)
        :param reason: why, shown in the history
        :param expected_version: the version the editor started from; a mismatch raises
            ``ConflictError`` and writes nothing
        :param origin: ``file`` for imports, ``telegram``/``cli`` for edits
        :param deleted: write a soft-deleted version
        :param action: audit action name (default create/update/delete)
        :return: the new version number
        """
        with self.transaction() as db:
            current = self.version_of(entry.id)
            if expected_version is not None and expected_version != current:
                raise ConflictError(entry.id, expected_version, current)
            version = current + 1
            at = now_iso()
            row = _entry_columns(entry)
            row.update(
                version=version,
                deleted=int(deleted),
                origin=origin,
                updated_at=at,
                updated_by=actor,
            )
            db["entries"].upsert(row, pk="id")
            db["entry_versions"].insert(
                {
                    "entry_id": entry.id,
                    "version": version,
                    "data": json.dumps(entry.to_record(), ensure_ascii=False),
                    "deleted": int(deleted),
                    "origin": origin,
                    "author": actor,
                    "reason": reason,
                    "created_at": at,
                }
            )
            if action is None:
                action = "delete" if deleted else ("create" if current == 0 else "update")
            db["audit"].insert(
                {
                    "at": at,
                    "actor": actor,
                    "action": action,
                    "entry_id": entry.id,
                    "version": version,
                    "reason": reason,
                }
            )
            self.revision += 1
        return version

    def delete_entry(
        self, entry_id: str, actor: str, reason: str, *, expected_version: int | None = None
    ) -> int:
        """Soft-delete an entry (a new, deleted version); raise ``EntryNotFound``."""
        entry = self.get_entry(entry_id)
        return self.save_entry(
            entry, actor, reason, expected_version=expected_version, deleted=True
        )

    def history(self, entry_id: str) -> list[Version]:
        """Every version of an entry, newest first; raise ``EntryNotFound`` when none."""
        rows = list(
            self.table("entry_versions").rows_where(
                "entry_id = ?", [entry_id], order_by="version desc"
            )
        )
        if not rows:
            raise EntryNotFound(entry_id)
        out = []
        for row in rows:
            data = json.loads(row["data"])
            out.append(
                Version(
                    entry_id=entry_id,
                    version=row["version"],
                    entry=entry_from_mapping(data, f"{entry_id}@{row['version']}"),
                    deleted=bool(row["deleted"]),
                    origin=row["origin"],
                    author=row["author"],
                    reason=row["reason"],
                    created_at=row["created_at"],
                )
            )
        return out

    def restore(self, entry_id: str, version: int, actor: str, reason: str = "") -> int:
        """Restore an old version as a new version; raise ``EntryNotFound``."""
        for old in self.history(entry_id):
            if old.version == version and old.entry is not None:
                why = reason or f"kembalikan ke versi {version}"
                return self.save_entry(old.entry, actor, why, action="restore")
        raise EntryNotFound(f"{entry_id}@{version}")

    def seed(self, entries: Iterable[Entry]) -> int:
        """Seed an empty database from the curated files; return how many were written."""
        if self.table("entries").count:
            return 0
        n = 0
        for entry in entries:
            self.save_entry(entry, "seed", "isi awal dari knowledge/", origin="file")
            n += 1
        return n

    def import_entries(
        self, entries: Iterable[Entry], actor: str, *, force: bool = False, dry_run: bool = False
    ) -> ImportReport:
        """Upsert entries from files as new versions.

        An entry whose latest version was not written by an import (a moderator changed it in
        Telegram since) is not overwritten unless ``force``: it is listed as ``protected``.

        :param entries: the parsed files
        :param actor: who imports
        :param force: take the file even over a moderator's edit
        :param dry_run: only report what would happen
        """
        report = ImportReport()
        for entry in entries:
            try:
                row = self.table("entries").get(entry.id)
            except NotFoundError:
                row = None
            if row is None:
                report.added.append(entry.id)
            elif not row["deleted"] and _row_to_entry(row) == entry:
                report.unchanged.append(entry.id)
                continue
            elif row["origin"] != "file" and not force:
                report.protected.append(entry.id)
                continue
            else:
                report.updated.append(entry.id)
            if not dry_run:
                self.save_entry(entry, actor, "impor dari berkas", origin="file")
        return report

    # -- questions, gaps, feedback -------------------------------------------------------

    def log_question(
        self, answered: bool, top_entry: str | None, lang: str, text: str | None = None,
        normalized: str = "",
    ) -> None:
        """Count a question (no text, no user); store the text of an unanswered one, no user."""
        with self.transaction() as db:
            at = now_iso()
            db["question_log"].insert(
                {"at": at, "answered": int(answered), "top_entry": top_entry or "", "lang": lang}
            )
            if not answered and text:
                db["unanswered"].insert(
                    {"text": text[:1000], "normalized": normalized[:1000], "at": at,
                     "status": "open"}
                )

    def unanswered(self, limit: int = 200) -> list[dict[str, Any]]:
        """Open unanswered questions, newest first."""
        return list(
            self.table("unanswered").rows_where(
                "status = 'open'", order_by="id desc", limit=limit
            )
        )

    def set_unanswered_status(self, ids: Iterable[int], status: str) -> None:
        """Mark unanswered questions as ``answered`` or ``ignored``."""
        with self.transaction() as db:
            for qid in ids:
                db["unanswered"].update(qid, {"status": status})

    def purge_unanswered(self, older_than_days: int) -> int:
        """Delete unanswered-question logs older than the retention period."""
        cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(
            timespec="seconds"
        )
        with self.transaction() as db:
            cur = db.execute("DELETE FROM unanswered WHERE at < ?", [cutoff])
            return cur.rowcount

    def record_feedback(self, entry_id: str, user_id: int, value: int, query: str = "") -> None:
        """One vote (+1/-1) per user and entry; a new vote replaces the old one."""
        with self.transaction() as db:
            db["feedback"].upsert(
                {
                    "entry_id": entry_id,
                    "user_id": user_id,
                    "value": 1 if value > 0 else -1,
                    "query": query[:500],
                    "at": now_iso(),
                },
                pk=("entry_id", "user_id"),
            )

    def feedback_counts(self, entry_id: str) -> tuple[int, int]:
        """(👍, 👎) counts of an entry."""
        row = self.db.execute(
            "SELECT SUM(value > 0), SUM(value < 0) FROM feedback WHERE entry_id = ?", [entry_id]
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def get_meta(self, key: str, default: str = "") -> str:
        """A stored setting."""
        try:
            return str(self.table("meta").get(key)["value"])
        except NotFoundError:
            return default

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        with self.transaction() as db:
            db["meta"].upsert({"key": key, "value": value}, pk="key")
