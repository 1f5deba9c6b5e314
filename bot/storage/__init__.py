"""SQLite storage (the only sqlite_utils importer), in parts by job.

- ``db.py``: connections (one per thread for a file), ``transaction()``, the errors
- ``migrations.py``: the numbered schema changes ``m001``…
- ``entries.py``: entries with versions and audit, seeding, imports from files
- ``activity.py``: question logs, gaps, feedback votes, statistics
- ``cases.py``: saved dispute cases and reminders
- ``people.py``: moderators, and ``delete_user_data`` (``/hapusdata``)
- ``threads.py``: human help (``/relawan``): threads, messages, pseudonyms, mutes, notifications
- ``cache.py``: stems, semantic vectors, ``meta`` settings
- ``state.py``: python-telegram-bot's state rows (``bot/persistence.py``), pending uploads

``Storage`` is the one object callers hold: a class made of the parts as mixins. Mixins rather
than composition (``storage.entries.get(...)``) because every part works on the same
connections, lock and transactions — a transaction of one part (``/hapusdata``, an import)
often spans another's tables — and because callers keep one flat, familiar API
(``svc.storage.get_entry``). Each part is a ``StorageBase`` subclass, so it can be read,
typed and tested on its own; no part calls another except through ``StorageBase``.

Storage raises only its own errors (``StorageError`` and its subclasses ``NotFound``,
``EntryNotFound``, ``CaseNotFound``, ``ConflictError``); no ``sqlite3`` exception leaves it.
The database runs in WAL mode.
"""

from __future__ import annotations

from bot.storage.activity import ActivityStore
from bot.storage.cache import CacheStore
from bot.storage.cases import CasesStore
from bot.storage.db import (
    CaseNotFound,
    ConflictError,
    EntryNotFound,
    NotFound,
    StorageError,
    now_iso,
)
from bot.storage.entries import EntriesStore, ImportReport, Version
from bot.storage.migrations import migrations
from bot.storage.people import SESSION_TABLES, USER_TABLES, PeopleStore
from bot.storage.state import StateBatch, StateStore
from bot.storage.threads import Muted, ThreadLimit, ThreadNotFound, ThreadsStore

__all__ = [
    "SESSION_TABLES",
    "USER_TABLES",
    "CaseNotFound",
    "ConflictError",
    "EntryNotFound",
    "ImportReport",
    "Muted",
    "NotFound",
    "StateBatch",
    "Storage",
    "StorageError",
    "ThreadLimit",
    "ThreadNotFound",
    "Version",
    "migrations",
    "now_iso",
]


class Storage(EntriesStore, ActivityStore, CasesStore, PeopleStore, CacheStore, StateStore,
              ThreadsStore):
    """The bot's database. Thread-safe: see ``bot/storage/db.py`` for connections.

    :param path: database file, or ``None`` for an in-memory database (tests)
    """
