"""Shared fixtures: settings on a temporary DATA_DIR, a tiny corpus, the real Application."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.knowledge import Entry, default_root
from bot.local import LocalBotAPI, LocalClient
from bot.services import Services
from bot.storage import Storage

# Tests answer lexically unless they ask for the embedding model (tests/test_semantic.py and the
# evaluation floors do): embedding every tiny corpus would make the suite slow without testing
# more of our code.
os.environ.setdefault("KAWANGIG_SEMANTIC", "off")


def make_entry(entry_id: str, **fields: object) -> Entry:
    """An entry with sensible defaults for tests."""
    base: dict[str, object] = {
        "id": entry_id, "kind": "guide", "topic": "pembayaran", "title": entry_id,
        "citation": f"Panduan KawanGig: {entry_id}", "status": "uji", "summary": "ringkasan",
        "text": "teks", "source": "tests",
    }
    base.update(fields)
    return Entry(**base)  # type: ignore[arg-type]


@pytest.fixture
def corpus() -> list[Entry]:
    """Three small entries: late payment, BPJS, personal data."""
    return [
        make_entry("telat-bayar", kind="law", regulation="KUHPerdata", article="Pasal 1238",
                   citation="KUHPerdata Pasal 1238", title="Klien lalai membayar",
                   summary="Klien yang telat membayar dapat dinyatakan lalai lewat somasi.",
                   text="Debitur dinyatakan lalai dengan surat perintah.",
                   keywords=("telat bayar", "belum dibayar", "somasi")),
        make_entry("bpjs", topic="jaminan-sosial", title="BPJS untuk pekerja lepas",
                   summary="Pekerja lepas bisa mendaftar BPJS Ketenagakerjaan sendiri.",
                   keywords=("bpjs", "jamsostek", "asuransi kerja")),
        make_entry("data", topic="data-pribadi", title="Hak atas data pribadi",
                   summary="Anda berhak meminta data pribadi dihapus.",
                   keywords=("data pribadi", "hapus data", "privasi")),
    ]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with DATA_DIR in a temporary folder and the shipped knowledge base."""
    return Settings(data_dir=tmp_path / "data", knowledge_dir=default_root(),
                    moderator_ids=frozenset({42}))


@pytest.fixture(scope="session")
def shipped_storage_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database seeded once from knowledge/, copied for each test that needs it."""
    path = tmp_path_factory.mktemp("kb") / "seeded.db"
    svc = Services(Settings(data_dir=path.parent), Storage(path))
    svc.seed()
    svc.storage.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    svc.close()
    return path


@pytest.fixture
def services(settings: Settings, shipped_storage_template: Path) -> Services:
    """Services on a copy of the seeded database, index built."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings.db_path.write_bytes(shipped_storage_template.read_bytes())
    svc = Services(settings, Storage(settings.db_path))
    svc.rebuild()
    yield svc
    svc.close()


AppFactory = Callable[..., "AsyncIterator[tuple[LocalClient, LocalBotAPI]]"]


@pytest.fixture
async def bot(settings: Settings, services: Services) -> AsyncIterator[LocalClient]:
    """A user talking to the real Application through the in-process transport."""
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield LocalClient(app, api, user_id=1001)
