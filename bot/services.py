"""The bot's services: storage and the current search index (no telegram import).

The index is immutable; a change to the knowledge base builds a new one and swaps the
reference in one assignment, so a question always sees a whole index, old or new.
"""

from __future__ import annotations

import logging
import threading

from bot.config import Settings
from bot.knowledge import Entry, load_dir
from bot.search import Index, Result
from bot.storage import Storage

log = logging.getLogger(__name__)


class Services:
    """Storage plus index, opened once in ``post_init`` and closed in ``post_shutdown``.

    :param settings: the settings
    :param storage: an already-open storage (tests), else opened from ``settings.db_path``
    """

    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.settings = settings
        self.storage = storage or Storage(settings.db_path)
        self.index: Index = Index([])
        self._rebuild_lock = threading.Lock()

    def seed(self) -> int:
        """Seed an empty database from ``knowledge/``; return how many entries were added."""
        if self.storage.count_entries():
            return 0
        if not self.settings.knowledge_dir.is_dir():
            log.error("the knowledge base is empty and %s is not a folder: set KNOWLEDGE_DIR "
                      "to the knowledge/ folder of the repository (pip install -e . keeps it)",
                      self.settings.knowledge_dir)
            return 0
        entries = load_dir(self.settings.knowledge_dir)
        return self.storage.seed(entries)

    def rebuild(self) -> Index:
        """Build a new index from the live entries and swap it in."""
        with self._rebuild_lock:
            index = Index(self.storage.live_entries())
            self.index = index
        log.info("search index built: %d entries", len(index))
        return index

    def search(self, text: str, k: int = 3) -> Result:
        """Search the current index."""
        return self.index.search(text, k=k)

    def entry(self, entry_id: str) -> Entry | None:
        """A live entry from the current index, or ``None``."""
        return self.index.by_id.get(entry_id)

    def close(self) -> None:
        """Close storage."""
        self.storage.close()


def open_services(settings: Settings) -> Services:
    """Open storage, seed it on first start, build the index."""
    services = Services(settings)
    added = services.seed()
    if added:
        log.info("knowledge base seeded with %d entries from %s", added,
                 settings.knowledge_dir)
    services.rebuild()
    return services
