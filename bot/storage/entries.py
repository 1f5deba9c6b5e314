"""Entries and their versions: every change writes a new row of ``entry_versions`` and a row of
``audit`` in the same transaction as the live row of ``entries``; imports from files."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils.db import NotFoundError

from bot.knowledge import FIELDS, LIST_FIELDS, Entry, KnowledgeError, entry_from_mapping
from bot.storage.db import ConflictError, EntryNotFound, StorageBase, now_iso

log = logging.getLogger(__name__)


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


# entries read per statement when ``live_entries`` parses changed ones
PARSE_CHUNK = 500


class EntriesStore(StorageBase):
    """Entries, versions, restores, seeding and imports."""


    def count_entries(self) -> int:
        """Number of live (not deleted) entries."""
        return self.table("entries").count_where("deleted = 0")

    def __init__(self, path: Path | None = None) -> None:
        super().__init__(path)
        # entries parsed before, by id: (version, entry or None if it no longer validates)
        self._parsed: dict[str, tuple[int, Entry | None]] = {}
        self._parsed_lock = threading.Lock()

    def live_entries(self) -> list[Entry]:
        """Every live entry, ordered by topic and id. A row that no longer validates (written
        under older, looser rules) is skipped and logged, so the bot still starts.

        Entries parsed before are reused while their version is unchanged (every write makes
        a new version): a rebuild after one edit parses one entry, not all of them (parsing
        3,000 took about 0.4 s of the 1 s an edit may take to show).
        """
        with self._parsed_lock:
            return self._live_entries()

    def _live_entries(self) -> list[Entry]:
        parsed = self._parsed
        listing = self.db.execute(
            "SELECT id, version FROM entries WHERE deleted = 0 ORDER BY topic, id").fetchall()
        todo = [entry_id for entry_id, version in listing
                if parsed.get(entry_id, (None,))[0] != version]
        for start in range(0, len(todo), PARSE_CHUNK):
            chunk = todo[start:start + PARSE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.table("entries").rows_where(f"id IN ({marks})", chunk):
                if row["deleted"]:  # deleted since the listing: a newer state, kept as such
                    parsed[row["id"]] = (row["version"], None)
                    continue
                try:
                    entry: Entry | None = _row_to_entry(row)
                except KnowledgeError as exc:
                    log.warning("skipping entry %s: it no longer validates (%s); fix it with "
                                "/ubah or kb import", str(row.get("id"))[:60], exc.problem)
                    entry = None
                parsed[row["id"]] = (row["version"], entry)
        live = {entry_id for entry_id, _ in listing}
        for gone in [entry_id for entry_id in parsed if entry_id not in live]:
            parsed.pop(gone, None)
        # an entry written since the listing is returned as written (its newer version)
        return [entry for entry_id, _ in listing
                if (got := parsed.get(entry_id)) is not None and (entry := got[1]) is not None]

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

    def kb_revision(self) -> int:
        """A number that grows with every write to any entry, from any process (the newest
        row of ``entry_versions``): the running bot compares it to notice a ``kb import``."""
        row = self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM entry_versions").fetchone()
        return int(row[0])

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
        """Upsert entries from files as new versions, all in one transaction.

        An entry whose latest version was not written by an import (a moderator changed it in
        Telegram since) is not overwritten unless ``force``: it is listed as ``protected``.
        Each entry is read and written in one transaction with the version it read
        (``expected_version``): an edit that lands in between is never overwritten, it too is
        listed as ``protected``.

        :param entries: the parsed files
        :param actor: who imports
        :param force: take the file even over a moderator's edit seen when reading
        :param dry_run: only report what would happen
        :return: what was (or would be) added, updated, left unchanged and protected
        """
        report = ImportReport()
        # the whole import is one transaction (a crash or a kill mid-way leaves nothing
        # half-imported); each entry's read-then-write is a savepoint inside it
        with self.transaction():
            for entry in entries:
                with self.transaction():
                    outcome, version = self._import_outcome(entry, force)
                    if outcome in ("added", "updated") and not dry_run:
                        try:
                            self.save_entry(entry, actor, "impor dari berkas", origin="file",
                                            expected_version=version)
                        except ConflictError:
                            outcome = "protected"
                getattr(report, outcome).append(entry.id)
        return report

    def _import_outcome(self, entry: Entry, force: bool) -> tuple[str, int]:
        """What an import does to ``entry`` (added/updated/unchanged/protected) and the version
        it read (0 when the entry never existed)."""
        try:
            row = self.table("entries").get(entry.id)
        except NotFoundError:
            return "added", 0
        version = int(row["version"])
        if not row["deleted"] and _row_to_entry(row) == entry:
            return "unchanged", version
        if row["origin"] != "file" and not force:
            return "protected", version
        return "updated", version

    def id_taken(self, entry_id: str) -> bool:
        """Whether any entry, live or deleted, has this id."""
        return bool(self.table("entries").count_where("id = ?", [entry_id]))

