"""Connections, transactions and the storage's own errors.

**Connections.** A file database gets one connection per thread: the thread that opens the
storage, the index-rebuild/embedding thread and the worker threads of ``asyncio.to_thread``
each read through their own connection (WAL lets readers run beside a writer), so no
connection is ever used by two threads at once. A connection of a thread that has ended is
closed when the next thread opens one, and every connection is closed by ``close()``.

An in-memory database (``path=None``, tests and benches) cannot be shared between
connections (a second ``:memory:`` connection opens a second, empty database), so it keeps one
connection for every thread and every public storage method holds the storage's lock for its
whole run: reads and writes of different threads take turns instead of interleaving on one
connection.

**Transactions.** ``transaction()`` starts ``BEGIN IMMEDIATE`` (the write lock is taken at
the start, so a read inside the transaction sees what the write will change and no other
connection, thread or process, can write in between); nested blocks are savepoints. Writers
of this process also take turns on a lock, so they queue here instead of in SQLite's busy
timeout.

**Errors.** Storage raises only the small exceptions below: every public method of a storage
class turns a ``sqlite3.Error`` into ``StorageError`` (see ``StorageBase.__init_subclass__``),
so no ``sqlite3`` exception reaches a handler.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

log = logging.getLogger(__name__)


class StorageError(RuntimeError):
    """The database cannot be used (missing, locked, corrupt, closed), or a query failed."""


class NotFound(StorageError, LookupError):
    """The row asked for does not exist."""


class EntryNotFound(NotFound):
    """No live entry has that id (or no such version)."""


class CaseNotFound(NotFound):
    """No saved case with that id belongs to that user."""


class ConflictError(StorageError):
    """The entry changed since the editor read it; ``current`` is the newer version.

    An import meeting one reports the entry as *protected* (``ImportReport.protected``).
    """

    def __init__(self, entry_id: str, expected: int, current: int) -> None:
        super().__init__(f"{entry_id}: expected version {expected}, now {current}")
        self.entry_id = entry_id
        self.expected = expected
        self.current = current


def cannot_open(path: Path | None, exc: Exception) -> str:
    """What to do when the database cannot be opened (damaged, not a database, no access)."""
    if path is None:
        return f"cannot open the in-memory database: {exc}"
    return (f"cannot open database {path}: {exc}. If it is damaged, keep it aside "
            f"(mv {path} {path}.corrupt-$(date +%Y%m%d%H%M)) and restore your last backup "
            f"(made with: sqlite3 {path} \".backup {path}.bak\"), or start without it: the "
            f"bot then seeds a new database from knowledge/ (edits made in Telegram since the "
            f"last `kb export` are only in the old file)")


def now_iso() -> str:
    """Current UTC time as ISO text (seconds precision)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def last_pk(table: Table) -> int:
    """The integer primary key of the row ``table`` inserted last."""
    pk = table.last_pk
    if pk is None:
        raise StorageError(f"{table.name}: the insert returned no primary key")
    return int(pk)


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` with ``sqlite3.Error`` turned into ``StorageError`` (and the in-memory
    database's lock held while it runs)."""

    @functools.wraps(fn)
    def wrapper(self: StorageBase, *args: Any, **kwargs: Any) -> Any:
        with self._shared_lock():
            try:
                return fn(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise StorageError(f"{fn.__name__}: {exc}") from exc

    return wrapper


class StorageBase:
    """The connections and transactions every part of the storage works through.

    :param path: database file, or ``None`` for an in-memory database (tests)
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Guard every public method a storage part defines (see the module docstring)."""
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and callable(value) and not isinstance(
                    value, (type, staticmethod, classmethod)):
                setattr(cls, name, _guarded(value))

    def __init__(self, path: Path | None = None) -> None:
        from bot.storage.migrations import migrations

        self.path = path
        self._lock = threading.RLock()
        self._conn_lock = threading.Lock()
        self._local = threading.local()
        self._conns: dict[int, tuple[threading.Thread, Database]] = {}
        self._shared: Database | None = None
        self._closed = False
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            db = self._connect()
            if path is None:
                self._shared = db
            else:
                db.enable_wal()
                self._register(db)
            migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StorageError(cannot_open(path, exc)) from exc

    def _connect(self) -> Database:
        """A new connection with the bot's pragmas."""
        if self.path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            # check_same_thread=False only so that close() may close every thread's
            # connection; each is used by its own thread alone
            conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=10)
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _register(self, db: Database) -> None:
        """Make ``db`` the current thread's connection; close those of ended threads."""
        with self._conn_lock:
            for ident, (thread, old) in list(self._conns.items()):
                if not thread.is_alive():
                    old.close()
                    del self._conns[ident]
            self._conns[threading.get_ident()] = (threading.current_thread(), db)
        self._local.db = db

    @property
    def db(self) -> Database:
        """The current thread's connection (the one shared connection of ``:memory:``)."""
        if self._closed:
            raise StorageError("the storage is closed")
        if self._shared is not None:
            return self._shared
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            try:
                db = self._connect()
            except sqlite3.Error as exc:
                raise StorageError(cannot_open(self.path, exc)) from exc
            self._register(db)
        return db

    def _shared_lock(self) -> AbstractContextManager[object]:
        """The lock every public method holds on an in-memory database; else nothing."""
        return self._lock if self._shared is not None else nullcontext()

    def connections(self) -> int:
        """How many connections are open (one per thread that used a file database)."""
        return 1 if self._shared is not None else len(self._conns)

    def close(self) -> None:
        """Close every connection; the storage cannot be used afterwards."""
        self._closed = True
        if self._shared is not None:
            self._shared.close()
        with self._conn_lock:
            for _thread, db in self._conns.values():
                db.close()
            self._conns.clear()

    def table(self, name: str) -> Table:
        """A table by name (``Table``, never a view), on the current thread's connection.

        :param name: the table's name
        """
        tbl = self.db[name]
        assert isinstance(tbl, Table)
        return tbl

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic write transaction (``BEGIN IMMEDIATE``), serialised across threads;
        nested blocks are savepoints. A ``sqlite3`` error inside becomes ``StorageError``."""
        with self._lock:
            db = self.db
            conn = db.conn
            if conn.in_transaction:
                with db.atomic():  # a savepoint
                    yield db
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StorageError(f"cannot start a transaction: {exc}") from exc
            try:
                yield db
            except BaseException:
                if conn.in_transaction:
                    conn.rollback()
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if conn.in_transaction:
                    conn.rollback()
                raise StorageError(f"cannot commit: {exc}") from exc
