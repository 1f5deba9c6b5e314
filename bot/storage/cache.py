"""Caches and settings: Sastrawi stems, semantic vectors by key, and the ``meta`` key/value
table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence

import numpy as np
from sqlite_utils.db import NotFoundError

from bot.storage.db import StorageBase

# vectors written per statement batch by ``save_vectors``
SAVE_CHUNK = 2000
# ``StoredVectors.fill`` reads up to this many vectors by key, more by reading the whole table
FILL_BY_KEY = 500


class CacheStore(StorageBase):
    """Stems, vectors and ``meta`` settings/counters."""

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

    def token_counts(self, pipeline: str) -> Iterator[tuple[str, str, bytes, str, str]]:
        """Stored token counts of the current text pipeline: (key, terms, counts, surface,
        phrases).

        :param pipeline: the text pipeline's fingerprint (``bot.search.lexical.PIPELINE``)
        """
        yield from self.db.execute(
            "SELECT key, terms, counts, surface, phrases FROM token_counts WHERE pipeline = ?",
            [pipeline])

    def save_token_counts(self, rows: Sequence[tuple[str, str, bytes, str, str]],
                          pipeline: str) -> None:
        """Store token counts computed in this run; those of other pipelines are dropped.

        :param rows: (key, terms, counts, surface, phrases), as ``token_counts`` returns them
        :param pipeline: the text pipeline's fingerprint
        """
        if not rows:
            return
        with self.transaction() as db:
            db.execute("DELETE FROM token_counts WHERE pipeline != ?", [pipeline])
            table = self.table("token_counts")
            for start in range(0, len(rows), SAVE_CHUNK):
                table.upsert_all(
                    [{"key": k, "pipeline": pipeline, "terms": t, "counts": c, "surface": s,
                      "phrases": p} for k, t, c, s, p in rows[start:start + SAVE_CHUNK]],
                    pk="key")

    def prune_token_counts(self, keep: Iterable[str]) -> int:
        """Delete stored token counts whose key is not in ``keep`` (entries since edited or
        deleted); return how many went.

        :param keep: the keys of the live entries' and example questions' counts
        """
        with self.transaction() as db:
            db.execute("CREATE TEMP TABLE IF NOT EXISTS keep_keys (key TEXT PRIMARY KEY)")
            db.execute("DELETE FROM keep_keys")
            db.conn.executemany("INSERT OR IGNORE INTO keep_keys VALUES (?)",
                                ((k,) for k in keep))
            gone = db.execute("DELETE FROM token_counts WHERE key NOT IN "
                              "(SELECT key FROM keep_keys)").rowcount
            db.execute("DELETE FROM keep_keys")
        return int(gone)

    def vectors(self, base: Mapping[str, np.ndarray] | None = None) -> StoredVectors:
        """Every stored semantic vector by key (float32), read from the database when used:
        only the keys are held in memory (a dict of 120,000 small arrays cost about 200 MB at
        30,000 entries, beside the index's own matrices).

        :param base: vectors under the stored ones (the shipped ``knowledge/vectors.npz``): a
            key the database holds too is read from the database
        """
        return StoredVectors(self, base)

    def vector_keys(self) -> set[str]:
        """The keys of every stored vector."""
        return {row[0] for row in self.db.execute("SELECT key FROM vectors")}

    def vector(self, key: str) -> np.ndarray | None:
        """One stored vector (float32), or ``None``.

        :param key: the vector's key
        """
        row = self.db.execute("SELECT vec FROM vectors WHERE key = ?", [key]).fetchone()
        return None if row is None else np.frombuffer(row[0], dtype=np.float32).copy()

    def fill_vectors(self, rows: Mapping[str, Sequence[int]], out: np.ndarray) -> set[str]:
        """Copy stored vectors into rows of a matrix, reading the table once; return the keys
        found.

        :param rows: key -> the rows of ``out`` that take its vector
        :param out: float32 matrix, one vector a row
        """
        found: set[str] = set()
        for key, blob in self.db.execute("SELECT key, vec FROM vectors"):
            where = rows.get(key)
            if where is not None:
                vec = np.frombuffer(blob, dtype=np.float32)
                for row in where:
                    out[row] = vec
                found.add(key)
        return found

    def save_vectors(self, vectors: Mapping[str, np.ndarray]) -> None:
        """Store semantic vectors (float32) by key; existing keys are replaced.

        :param vectors: key -> vector
        """
        # written in chunks: the blobs of every vector at once would double the memory
        keys = list(vectors)
        with self.transaction():
            table = self.table("vectors")
            for start in range(0, len(keys), SAVE_CHUNK):
                table.upsert_all(
                    [{"key": k, "vec": np.asarray(vectors[k], dtype=np.float32).tobytes()}
                     for k in keys[start:start + SAVE_CHUNK]], pk="key")

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



class StoredVectors(MutableMapping[str, np.ndarray]):
    """Semantic vectors by key: the database's, read when used, over ``base`` (the shipped
    ones), under vectors set here (freshly embedded ones, until ``saved``).

    Only the stored keys are kept in memory. ``fill`` copies many vectors into a matrix
    reading the table once (``bot.search.engine.Index`` builds its matrices with it); the
    values are the stored float32 ones, exactly as a dict of them would give.

    :param store: the storage the vectors are read from (it must stay open)
    :param base: vectors under the stored ones
    """

    def __init__(self, store: CacheStore, base: Mapping[str, np.ndarray] | None = None) -> None:
        self._store = store
        self._base: dict[str, np.ndarray] = dict(base or {})
        self._keys = store.vector_keys()
        self._extra: dict[str, np.ndarray] = {}

    def __getitem__(self, key: str) -> np.ndarray:
        vec = self._extra.get(key)
        if vec is not None:
            return vec
        if key in self._keys:
            vec = self._store.vector(key)
            if vec is not None:
                return vec
        return self._base[key]

    def __contains__(self, key: object) -> bool:
        return key in self._extra or key in self._keys or key in self._base

    def __setitem__(self, key: str, value: np.ndarray) -> None:
        self._extra[key] = np.asarray(value, dtype=np.float32)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        self._extra.pop(key, None)
        self._keys.discard(key)
        self._base.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        yield from self._extra
        yield from (k for k in self._keys if k not in self._extra)
        yield from (k for k in self._base if k not in self._extra and k not in self._keys)

    def __len__(self) -> int:
        return len(self._extra.keys() | self._keys | self._base.keys())

    def saved(self, keys: Iterable[str]) -> None:
        """Note that vectors set here are now in the database (they are then read from it).

        :param keys: keys written by ``save_vectors``
        """
        for key in keys:
            if key in self._extra:
                del self._extra[key]
                self._keys.add(key)

    def fill(self, keys: Sequence[str], out: np.ndarray) -> None:
        """Copy the vectors of ``keys`` into the rows of ``out`` (rows of missing keys are
        left as they are).

        :param keys: one key per row of ``out``
        :param out: float32 matrix with ``len(keys)`` rows
        """
        stored: dict[str, list[int]] = {}
        for row, key in enumerate(keys):
            vec = self._extra.get(key)
            if vec is not None:
                out[row] = vec
            elif key in self._keys:
                stored.setdefault(key, []).append(row)
            elif key in self._base:
                out[row] = self._base[key]
        if stored:
            if len(stored) <= FILL_BY_KEY:  # a few (a rebuild's new vectors): one by one
                found = set()
                for key, where in stored.items():
                    vec = self._store.vector(key)
                    if vec is not None:
                        out[where] = vec
                        found.add(key)
            else:
                found = self._store.fill_vectors(stored, out)
            for key in stored.keys() - found:  # deleted meanwhile: as if never stored
                if key in self._base:
                    for row in stored[key]:
                        out[row] = self._base[key]
