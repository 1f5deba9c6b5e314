"""SQLite storage (the only sqlite_utils importer): schema, migrations, entries with versions.

Every change to an entry writes a new row of ``entry_versions`` and a row of ``audit`` in the
same transaction as the live row of ``entries``. The database runs in WAL mode.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sqlite_utils import Database
from sqlite_utils.db import NotFoundError, Table
from sqlite_utils.migrations import Migrations

from bot.knowledge import FIELDS, LIST_FIELDS, Entry, KnowledgeError, entry_from_mapping

log = logging.getLogger(__name__)
migrations = Migrations("kawangig")
# entry columns added by a later migration than m001 (m001 creates the others, so that a
# database created before that migration looks the same whatever FIELDS holds today)
LATER_FIELDS = ("title_en", "basis", "questions", "body_en")
# tables whose rows belong to one user (``user_id``): what /hapusdata deletes
USER_TABLES = ("feedback", "cases", "reminders")


class StorageError(RuntimeError):
    """The database cannot be used (missing, locked, corrupt)."""


class EntryNotFound(LookupError):
    """No live entry has that id (or no such version)."""


class CaseNotFound(LookupError):
    """No saved case with that id belongs to that user."""


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
    cols: dict[str, Any] = {name: str for name in FIELDS if name not in LATER_FIELDS}
    cols.update(version=int, deleted=int, origin=str, updated_at=str, updated_by=str)
    db.table("entries").create(cols, pk="id")
    db.table("entry_versions").create(
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
    db.table("audit").create(
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
    db.table("feedback").create(
        {"entry_id": str, "user_id": int, "value": int, "query": str, "at": str},
        pk=("entry_id", "user_id"),
    )
    db.table("unanswered").create(
        {"id": int, "text": str, "normalized": str, "at": str, "status": str}, pk="id"
    )
    db.table("unanswered").create_index(["at"])
    db.table("question_log").create(
        {"id": int, "at": str, "answered": int, "top_entry": str, "lang": str}, pk="id"
    )
    db.table("question_log").create_index(["at"])
    db.table("meta").create({"key": str, "value": str}, pk="key")


@migrations()
def m002_moderation(db: Database) -> None:
    """Moderators added from Telegram by an owner (owners themselves come from settings)."""
    table = db["moderators"]
    assert isinstance(table, Table)
    table.create({"moderator_id": int, "added_by": int, "added_at": str}, pk="moderator_id")


@migrations()
def m003_cases(db: Database) -> None:
    """Dispute cases a worker chose to save, and their reminders (both deleted by /hapusdata)."""
    db.table("cases").create(
        {"id": int, "user_id": int, "created_at": str, "updated_at": str, "data": str,
         "status": str},
        pk="id",
    )
    db.table("cases").create_index(["user_id"])
    db.table("reminders").create(
        {"id": int, "user_id": int, "case_id": int, "due_at": str, "text": str, "sent": int},
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("reminders").create_index(["user_id"])
    db.table("reminders").create_index(["sent", "due_at"])


@migrations()
def m004_title_en(db: Database) -> None:
    """The optional English title of entries (rows of older databases get NULL: read as "")."""
    entries = db.table("entries")
    if "title_en" not in entries.columns_dict:
        entries.add_column("title_en", str)


@migrations()
def m005_basis_questions(db: Database) -> None:
    """A guide's basis (law entry ids) and every entry's example questions (JSON lists)."""
    entries = db.table("entries")
    for name in ("basis", "questions"):
        if name not in entries.columns_dict:
            entries.add_column(name, str)


@migrations()
def m006_vectors(db: Database) -> None:
    """Semantic vectors by key (model, role and text hashed): computed once per text."""
    db.table("vectors").create({"key": str, "vec": bytes}, pk="key")


@migrations()
def m007_stems(db: Database) -> None:
    """Sastrawi stems computed in earlier runs (a cache: deleting it only slows start-up)."""
    db.table("stems").create({"word": str, "stem": str}, pk="word")


@migrations()
def m008_body_en(db: Database) -> None:
    """A guide's English body (older rows read as "")."""
    entries = db.table("entries")
    if "body_en" not in entries.columns_dict:
        entries.add_column("body_en", str)


@migrations()
def m009_feedback_questions(db: Database) -> None:
    """Questions behind 👎 votes, kept apart from the votes (no user id); old votes' question
    text moves there and is cleared from the vote."""
    db.table("feedback_questions").create({"id": int, "entry_id": str, "text": str, "at": str},
                                          pk="id")
    db.execute("INSERT INTO feedback_questions (entry_id, text, at) SELECT entry_id, query, at "
               "FROM feedback WHERE value < 0 AND query != ''")
    db.execute("UPDATE feedback SET query = ''")


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
    # a column added by a later migration is NULL in older rows: read as empty
    data = {name: row.get(name) or "" for name in FIELDS}
    for name in LIST_FIELDS:
        raw = data[name]
        data[name] = json.loads(raw) if isinstance(raw, str) and raw else []
    return entry_from_mapping(data, f"database:{row.get('id')}")


def _entry_columns(entry: Entry) -> dict[str, Any]:
    rec = entry.to_record()
    for name in LIST_FIELDS:
        rec[name] = json.dumps(rec[name], ensure_ascii=False)
    return rec


def _last_pk(table: Table) -> int:
    """The integer primary key of the row ``table`` inserted last."""
    pk = table.last_pk
    if pk is None:
        raise StorageError(f"{table.name}: the insert returned no primary key")
    return int(pk)


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
        """Every live entry, ordered by topic and id. A row that no longer validates (written
        under older, looser rules) is skipped and logged, so the bot still starts."""
        out = []
        for row in self.table("entries").rows_where("deleted = 0", order_by="topic, id"):
            try:
                out.append(_row_to_entry(row))
            except KnowledgeError as exc:
                log.warning("skipping entry %s: it no longer validates (%s); fix it with "
                            "/ubah or kb import", str(row.get("id"))[:60], exc.problem)
        return out

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
            db.table("entries").upsert(row, pk="id")
            db.table("entry_versions").insert(
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
            db.table("audit").insert(
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
            db.table("question_log").insert(
                {"at": at, "answered": int(answered), "top_entry": top_entry or "", "lang": lang}
            )
            if not answered and text:
                db.table("unanswered").insert(
                    {"text": text[:1000], "normalized": normalized[:1000], "at": at,
                     "status": "open"}
                )

    def add_gap(self, text: str) -> None:
        """Queue a question for ``/celah`` (text only, no user), e.g. one a worker 👎'd.

        :param text: the question
        """
        with self.transaction() as db:
            db.table("unanswered").insert(
                {"text": text[:1000], "normalized": "", "at": now_iso(), "status": "open"})

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
                db.table("unanswered").update(qid, {"status": status})

    def purge_unanswered(self, older_than_days: int) -> int:
        """Delete unanswered-question logs (and questions behind 👎 votes) older than the
        retention period; return how many unanswered questions went."""
        cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(
            timespec="seconds"
        )
        with self.transaction() as db:
            cur = db.execute("DELETE FROM unanswered WHERE at < ?", [cutoff])
            db.execute("DELETE FROM feedback_questions WHERE at < ?", [cutoff])
            return cur.rowcount

    def record_feedback(self, entry_id: str, user_id: int, value: int, query: str = "") -> None:
        """One vote (+1/-1) per user and entry; a new vote replaces the old one. The question
        behind a 👎 is stored apart from the vote, without the user id."""
        with self.transaction() as db:
            db.table("feedback").upsert(
                {
                    "entry_id": entry_id,
                    "user_id": user_id,
                    "value": 1 if value > 0 else -1,
                    "query": "",  # the question is kept apart, without the user id
                    "at": now_iso(),
                },
                pk=("entry_id", "user_id"),
            )
            if value < 0 and query:
                db.table("feedback_questions").insert(
                    {"entry_id": entry_id, "text": query[:500], "at": now_iso()})

    def delete_user_data(self, user_id: int) -> dict[str, int]:
        """Delete every row tied to a user, atomically (the right to erasure, /hapusdata).

        The tables of ``USER_TABLES`` that exist (feedback, and cases/reminders once the
        dispute flow created them) lose that user's rows; rows of other tables that point by
        foreign key at a deleted row go first, so no foreign key blocks the deletion. Tables
        of moderators' accountability (audit, moderators) are deliberately not touched.

        :param user_id: the Telegram user id
        :return: deleted row counts by table (tables with nothing to delete included)
        """
        counts: dict[str, int] = {}
        with self.transaction() as db:
            owned = [name for name in USER_TABLES if db[name].exists()
                     and "user_id" in {c.name for c in db[name].columns}]
            # (child table, column, parent table, parent column); the columns are None only
            # for compound foreign keys, which the schema does not have
            children: list[tuple[str, str | None, str, str | None]] = []
            for name in db.table_names():
                for fk in self.table(name).foreign_keys:
                    if fk.other_table in owned and name != fk.other_table:
                        children.append((name, fk.column, fk.other_table, fk.other_column))
            for name, col, parent, pcol in children:
                cur = db.execute(
                    f"DELETE FROM [{name}] WHERE [{col}] IN "
                    f"(SELECT [{pcol}] FROM [{parent}] WHERE user_id = ?)", [user_id])
                counts[name] = counts.get(name, 0) + max(cur.rowcount, 0)
            # a table referenced by another owned table is emptied after it
            parents = {parent for _n, _c, parent, _p in children}
            for name in sorted(owned, key=lambda n: n in parents):
                cur = db.execute(f"DELETE FROM [{name}] WHERE user_id = ?", [user_id])
                counts[name] = counts.get(name, 0) + max(cur.rowcount, 0)
        return counts

    def feedback_counts(self, entry_id: str) -> tuple[int, int]:
        """(👍, 👎) counts of an entry."""
        row = self.db.execute(
            "SELECT SUM(value > 0), SUM(value < 0) FROM feedback WHERE entry_id = ?", [entry_id]
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def stems(self) -> dict[str, str]:
        """Every stored stem (word -> stem)."""
        return {row[0]: row[1] for row in self.db.execute("SELECT word, stem FROM stems")}

    def save_stems(self, stems: Mapping[str, str]) -> None:
        """Store stems computed in this run.

        :param stems: word -> stem
        """
        if stems:
            with self.transaction():
                self.table("stems").upsert_all(
                    [{"word": w, "stem": s} for w, s in stems.items()], pk="word")

    def vectors(self) -> dict[str, np.ndarray]:
        """Every stored semantic vector by key (float32)."""
        return {row["key"]: np.frombuffer(row["vec"], dtype=np.float32)
                for row in self.table("vectors").rows}

    def save_vectors(self, vectors: Mapping[str, np.ndarray]) -> None:
        """Store semantic vectors (float32) by key; existing keys are replaced.

        :param vectors: key -> vector
        """
        rows = [{"key": k, "vec": np.asarray(v, dtype=np.float32).tobytes()}
                for k, v in vectors.items()]
        with self.transaction():
            self.table("vectors").upsert_all(rows, pk="key")

    def get_meta(self, key: str, default: str = "") -> str:
        """A stored setting."""
        try:
            return str(self.table("meta").get(key)["value"])
        except NotFoundError:
            return default

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        with self.transaction() as db:
            db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def bump_meta(self, key: str) -> int:
        """Add one to a counter kept in ``meta``; return the new value.

        :param key: the counter's key (a non-numeric value counts as 0)
        """
        with self.transaction() as db:
            raw = self.get_meta(key, "0").strip()
            value = (int(raw) if raw.isdigit() else 0) + 1
            db.table("meta").upsert({"key": key, "value": str(value)}, pk="key")
        return value

    # -- dispute cases and reminders (bot/handlers/dispute.py) ---------------------------

    def save_case(self, user_id: int, data: dict[str, Any], status: str = "saved") -> int:
        """Store a dispute case the worker agreed to save; return its id.

        :param user_id: the worker's Telegram id (the owner)
        :param data: JSON-safe case data (``Case.to_dict()`` plus letter details)
        :param status: free-form status, ``saved`` by default
        """
        at = now_iso()
        with self.transaction() as db:
            table = db["cases"]
            assert isinstance(table, Table)
            table.insert({"user_id": user_id, "created_at": at, "updated_at": at,
                          "data": json.dumps(data, ensure_ascii=False), "status": status})
            return _last_pk(table)

    def cases_of(self, user_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """A worker's saved cases, newest first, ``data`` decoded.

        :param user_id: the owner
        :param limit: most cases to return
        """
        rows = self.table("cases").rows_where("user_id = ?", [user_id],
                                              order_by="id desc", limit=limit)
        return [{**row, "data": json.loads(row["data"])} for row in rows]

    def get_case(self, case_id: int, user_id: int) -> dict[str, Any]:
        """One saved case of ``user_id`` (``data`` decoded); raise ``CaseNotFound``.

        :param case_id: the case id
        :param user_id: the owner; another user's case is not found
        """
        rows = list(self.table("cases").rows_where("id = ? AND user_id = ?",
                                                   [case_id, user_id]))
        if not rows:
            raise CaseNotFound(case_id)
        return {**rows[0], "data": json.loads(rows[0]["data"])}

    def delete_case(self, case_id: int, user_id: int) -> bool:
        """Delete a saved case of ``user_id`` and its reminders; ``False`` when not found.

        :param case_id: the case id
        :param user_id: the owner
        """
        with self.transaction() as db:
            if not db.table("cases").count_where("id = ? AND user_id = ?", [case_id, user_id]):
                return False
            db.execute("DELETE FROM reminders WHERE case_id = ? AND user_id = ?",
                       [case_id, user_id])
            db.execute("DELETE FROM cases WHERE id = ? AND user_id = ?", [case_id, user_id])
        return True

    def add_reminder(self, user_id: int, due_at: datetime, text: str,
                     case_id: int | None = None) -> int:
        """Store a reminder to send at ``due_at``; return its id.

        :param user_id: the worker (the reminder goes to their private chat)
        :param due_at: when to send it (aware; stored as ISO UTC)
        :param text: the reminder's text (HTML, already escaped)
        :param case_id: the saved case it belongs to, if any
        """
        with self.transaction() as db:
            table = db["reminders"]
            assert isinstance(table, Table)
            table.insert({"user_id": user_id, "case_id": case_id,
                          "due_at": due_at.astimezone(UTC).isoformat(timespec="seconds"),
                          "text": text, "sent": 0})
            return _last_pk(table)

    def get_reminder(self, reminder_id: int) -> dict[str, Any] | None:
        """A reminder by id, or ``None`` (deleted with its case or by /hapusdata)."""
        try:
            return dict(self.table("reminders").get(reminder_id))
        except NotFoundError:
            return None

    def pending_reminders(self) -> list[dict[str, Any]]:
        """Every reminder not sent yet, earliest first."""
        return list(self.table("reminders").rows_where("sent = 0", order_by="due_at, id"))

    def reminders_of(self, user_id: int) -> list[dict[str, Any]]:
        """A worker's reminders, earliest first."""
        return list(self.table("reminders").rows_where("user_id = ?", [user_id],
                                                       order_by="due_at, id"))

    def attach_reminder(self, reminder_id: int, case_id: int, user_id: int) -> None:
        """Tie a reminder set before its case was saved to that case (both ``user_id``'s)."""
        with self.transaction() as db:
            db.execute("UPDATE reminders SET case_id = ? WHERE id = ? AND user_id = ? AND "
                       "case_id IS NULL AND EXISTS (SELECT 1 FROM cases WHERE id = ? AND "
                       "user_id = ?)", [case_id, reminder_id, user_id, case_id, user_id])

    def mark_reminder_sent(self, reminder_id: int) -> None:
        """Mark a reminder as sent (it is never sent again)."""
        with self.transaction() as db:
            db.execute("UPDATE reminders SET sent = 1 WHERE id = ?", [reminder_id])

    # -- moderation ----------------------------------------------------------------------

    def moderator_ids(self) -> set[int]:
        """Ids of the moderators added from Telegram (owners are not listed here)."""
        return {int(row["moderator_id"]) for row in self.table("moderators").rows}

    def moderators(self) -> list[dict[str, Any]]:
        """Moderators added from Telegram, oldest first (``moderator_id``, ``added_by``, …)."""
        return list(self.table("moderators").rows_where(order_by="added_at, moderator_id"))

    def add_moderator(self, user_id: int, added_by: int) -> bool:
        """Add a moderator; return ``False`` when already one.

        :param user_id: the new moderator's Telegram id
        :param added_by: the owner's Telegram id
        """
        with self.transaction():
            if self.table("moderators").count_where("moderator_id = ?", [user_id]):
                return False
            self.table("moderators").insert(
                {"moderator_id": user_id, "added_by": added_by, "added_at": now_iso()}
            )
            self.table("audit").insert({"at": now_iso(), "actor": f"tg:{added_by}",
                                        "action": "moderator_add", "entry_id": "",
                                        "version": 0, "reason": str(user_id)})
        return True

    def remove_moderator(self, user_id: int, removed_by: int) -> bool:
        """Remove a moderator; return ``False`` when not one.

        :param user_id: the moderator's Telegram id
        :param removed_by: the owner's Telegram id
        """
        with self.transaction() as db:
            cur = db.execute("DELETE FROM moderators WHERE moderator_id = ?", [user_id])
            if cur.rowcount <= 0:
                return False
            self.table("audit").insert({"at": now_iso(), "actor": f"tg:{removed_by}",
                                        "action": "moderator_remove", "entry_id": "",
                                        "version": 0, "reason": str(user_id)})
        return True

    def id_taken(self, entry_id: str) -> bool:
        """Whether any entry, live or deleted, has this id."""
        return bool(self.table("entries").count_where("id = ?", [entry_id]))

    def feedback_ranking(self, limit: int = 10) -> list[dict[str, Any]]:
        """Entries with 👎 votes, most 👎 first: ``entry_id``, ``down``, ``up``, ``queries``.

        :param limit: most entries to return
        """
        rows = self.db.execute(
            "SELECT entry_id, SUM(value < 0) AS down, SUM(value > 0) AS up FROM feedback "
            "GROUP BY entry_id HAVING down > 0 ORDER BY down DESC, up, entry_id LIMIT ?",
            [limit],
        ).fetchall()
        out = []
        for entry_id, down, up in rows:
            queries = [q for (q,) in self.db.execute(
                "SELECT text FROM feedback_questions WHERE entry_id = ? GROUP BY text "
                "ORDER BY MAX(at) DESC LIMIT 5", [entry_id]).fetchall()]
            out.append({"entry_id": entry_id, "down": int(down), "up": int(up or 0),
                        "queries": queries})
        return out

    def question_stats(self, days: int = 14) -> dict[str, Any]:
        """Question counts: per day (newest first), totals and the most shown entries.

        :param days: how many most recent days to list
        """
        per_day = [
            {"day": d, "total": int(n), "answered": int(a or 0)}
            for d, n, a in self.db.execute(
                "SELECT substr(at, 1, 10) AS d, COUNT(*), SUM(answered) FROM question_log "
                "GROUP BY d ORDER BY d DESC LIMIT ?", [days]).fetchall()
        ]
        total, answered = self.db.execute(
            "SELECT COUNT(*), SUM(answered) FROM question_log").fetchone()
        top = self.db.execute(
            "SELECT top_entry, COUNT(*) AS n FROM question_log WHERE answered = 1 "
            "AND top_entry != '' GROUP BY top_entry ORDER BY n DESC, top_entry LIMIT 5"
        ).fetchall()
        return {"per_day": per_day, "total": int(total or 0), "answered": int(answered or 0),
                "top_entries": [(e, int(n)) for e, n in top]}
