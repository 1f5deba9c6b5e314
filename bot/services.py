"""The bot's services: storage and the current search index (no telegram import).

The index is immutable; a change to the knowledge base builds a new one and swaps the
reference in one assignment, so a question always sees a whole index, old or new.

Semantic vectors come from ``knowledge/vectors.npz`` (shipped with the files) and from the
database; a few missing ones (a moderator's edit) are embedded before the swap, many missing
ones (a fresh import) in a background thread while questions are answered with what exists.
That thread reads and writes through its own database connection (``bot/storage/db.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import MutableMapping

import numpy as np

from bot.config import Settings
from bot.knowledge import Entry, load_dir
from bot.search import Index, Result, vectors_missing
from bot.search.lexical import (
    PIPELINE,
    drop_stored_counts,
    live_counts_keys,
    preload_counts,
    take_new_counts,
)
from bot.search.semantic import Embedder, embed, load_embedder, load_shipped
from bot.search.text import preload_stems, take_new_stems
from bot.storage import Storage
from bot.storage.cache import StoredVectors

log = logging.getLogger(__name__)

# At most this many missing vectors are embedded before an index swap (about 2-4 s of CPU);
# more are embedded in the background.
SYNC_EMBED = 60


class Services:
    """Storage plus index, opened once in ``post_init`` and closed in ``post_shutdown``.

    :param settings: the settings
    :param storage: an already-open storage (tests), else opened from ``settings.db_path``
    :param semantic: load the embedding model (``KAWANGIG_SEMANTIC=off`` also disables it)
    """

    def __init__(self, settings: Settings, storage: Storage | None = None,
                 semantic: bool = True) -> None:
        self.settings = settings
        self.storage = storage or Storage(settings.db_path)
        self.index: Index = Index([])
        self.kb_revision = -1  # storage.kb_revision() when the index was built
        self._rebuild_lock = threading.Lock()
        self.embedder: Embedder | None = load_embedder() if semantic else None
        # the stored vectors are read from the database when an index is built (only their
        # keys stay in memory), over the shipped ones
        self.vectors: MutableMapping[str, np.ndarray] = {}
        if self.embedder is not None:
            self.vectors = self.storage.vectors(
                load_shipped(settings.knowledge_dir / "vectors.npz"))
        self._background: threading.Thread | None = None
        self._counts_pruned = False  # stored token counts of old versions: once a process
        preload_stems(self.storage.stems())
        preload_counts(self.storage.token_counts(PIPELINE))

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

    def _embed_missing(self, entries: list[Entry], background_ok: bool) -> None:
        """Embed the vectors the entries still lack (now if few, else in the background)."""
        if self.embedder is None:
            return
        todo = vectors_missing(entries, self.vectors)
        if not todo:
            return
        if len(todo) <= SYNC_EMBED or not background_ok:
            self._store(embed(self.embedder, todo))
            return
        if self._background is not None and self._background.is_alive():
            return
        log.info("embedding %d texts in the background; answering lexically for them meanwhile",
                 len(todo))
        self._background = threading.Thread(target=self._embed_then_rebuild, args=(todo,),
                                            name="embed", daemon=True)
        self._background.start()

    def _embed_then_rebuild(self, todo: dict[str, tuple[str, str]]) -> None:
        try:
            assert self.embedder is not None
            self._store(embed(self.embedder, todo))
            self.rebuild()
        except Exception:  # a background failure must not stop the bot: lexical answers go on
            log.exception("background embedding failed")

    def _store(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors.update(vectors)
        try:
            self.storage.save_vectors(vectors)
        except Exception:  # vectors are a cache: losing them costs time, not answers
            log.warning("could not store %d vectors", len(vectors), exc_info=True)
            return
        if isinstance(self.vectors, StoredVectors):
            self.vectors.saved(vectors)  # read from the database from now on

    def rebuild(self, background_ok: bool = True) -> Index:
        """Build a new index from the live entries and swap it in."""
        with self._rebuild_lock:
            revision = self.storage.kb_revision()  # read first: a later write is noticed
            entries = self.storage.live_entries()
            self._embed_missing(entries, background_ok)
            index = Index(entries, self.vectors, self.embedder, previous=self.index)
            drop_stored_counts()
            self.index = index
            self.kb_revision = revision
            try:
                self.storage.save_stems(take_new_stems())
                self.storage.save_token_counts(take_new_counts(), PIPELINE)
                if not self._counts_pruned:
                    self._counts_pruned = True
                    self.storage.prune_token_counts(live_counts_keys(entries))
            except Exception:  # caches: losing them costs start-up time, not answers
                log.warning("could not store stems or token counts", exc_info=True)
        log.info("search index built: %d entries%s", len(index),
                 "" if index.semantic else " (lexical only)")
        return index

    def wait_background(self, timeout: float | None = None) -> None:
        """Wait for background embedding (tests, CLI)."""
        if self._background is not None:
            self._background.join(timeout)

    def search(self, text: str, k: int = 3) -> Result:
        """Search the current index."""
        return self.index.search(text, k=k)

    def moderators(self) -> set[int]:
        """Everyone who may moderate: the owners (settings) and the moderators they added."""
        return set(self.settings.moderator_ids) | self.storage.moderator_ids()

    def entry(self, entry_id: str) -> Entry | None:
        """A live entry from the current index, or ``None``."""
        return self.index.by_id.get(entry_id)

    def close(self) -> None:
        """Close storage."""
        self.storage.close()


def index_from_files(settings: Settings, semantic: bool = True) -> Index:
    """An index of the files in ``knowledge/`` (no database): for ``eval`` and ``kb vectors``.

    Vectors missing from ``knowledge/vectors.npz`` are embedded in memory.
    """
    entries = load_dir(settings.knowledge_dir)
    embedder = load_embedder() if semantic else None
    vectors: dict[str, np.ndarray] = {}
    if embedder is not None:
        vectors = load_shipped(settings.knowledge_dir / "vectors.npz")
        todo = vectors_missing(entries, vectors)
        if todo:
            log.warning("%d vectors are missing from %s (run: python -m bot kb vectors)",
                        len(todo), settings.knowledge_dir / "vectors.npz")
            vectors.update(embed(embedder, todo))
    return Index(entries, vectors, embedder)


def open_services(settings: Settings, semantic: bool = True) -> Services:
    """Open storage, seed it on first start, build the index."""
    services = Services(settings, semantic=semantic)
    added = services.seed()
    if added:
        log.info("knowledge base seeded with %d entries from %s", added,
                 settings.knowledge_dir)
    services.rebuild()
    return services
