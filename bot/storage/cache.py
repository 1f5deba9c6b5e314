"""Caches and settings: Sastrawi stems, semantic vectors by key, and the ``meta`` key/value
table."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from sqlite_utils.db import NotFoundError

from bot.storage.db import StorageBase


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

