"""Durability and data hygiene: SIGKILL during writes, atomic persistence, retention purge,
and logs that hold neither the token nor message text with a user id."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_application, purge_old_gaps
from bot.config import REDACTED, RedactTokenFilter, Settings
from bot.local import LocalBotAPI, LocalClient
from bot.persistence import SQLitePersistence
from bot.services import Services
from bot.storage import StateBatch, Storage
from tests.test_faults import assert_database_intact

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghij"

WRITER = textwrap.dedent('''
    import sys
    from pathlib import Path
    from bot.knowledge import Entry
    from bot.storage import Storage

    storage = Storage(Path(sys.argv[1]))
    n = 0
    while True:
        n += 1
        entry = Entry(id=f"e-{n}", kind="guide", topic="pembayaran", title=f"judul {n}",
                      citation=f"Panduan {n}", status="uji", summary="ringkas " * 50,
                      text="teks panjang " * 400, source="uji")
        storage.save_entry(entry, "uji", "tulis")
        print(f"entry e-{n}", flush=True)
        storage.log_question(False, None, "id", f"pertanyaan-{n}", "tanya")
        print(f"question pertanyaan-{n}", flush=True)
''')


@pytest.mark.slow
def test_sigkill_during_writes_loses_no_acknowledged_write(tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "kawangig.db"
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    proc = subprocess.Popen([sys.executable, str(script), str(db_path)],
                            stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    acked: list[str] = []
    deadline = time.monotonic() + 30
    try:
        assert proc.stdout is not None
        while len(acked) < 120 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acked.append(line.strip())
        proc.send_signal(signal.SIGKILL)  # in the middle of the stream of writes
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert len(acked) >= 20, "the writer did not get going"
    assert proc.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    storage = Storage(db_path)
    try:
        ids = {row["id"] for row in storage.table("entries").rows}
        texts = {row["text"] for row in storage.table("unanswered").rows}
        for ack in acked:
            kind, value = ack.split(" ", 1)
            assert value in (ids if kind == "entry" else texts), ack
        for entry_id in [a.split(" ")[1] for a in acked if a.startswith("entry")]:
            assert storage.history(entry_id)[0].version == 1  # its version row too
    finally:
        storage.close()


async def test_persistence_keeps_the_last_good_state(tmp_path: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    storage = Storage(tmp_path / "k.db")
    first = SQLitePersistence(lambda: storage)
    await first.update_user_data(1, {"lang": "en"})
    # a value that is not JSON is logged and not stored; the last good row stays
    await first.update_user_data(1, {"ok": "x" * 10_000, "bad": lambda: 0})
    await first.update_user_data(2, {"bad": object()})
    await first.flush()
    assert "not JSON-serialisable" in caplog.text
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("k.db")) == []
    fresh = SQLitePersistence(lambda: Storage(tmp_path / "k.db"))
    assert await fresh.get_user_data() == {1: {"lang": "en"}}
    fresh.storage.close()
    storage.close()


async def test_persistence_writes_only_what_changed(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "k.db")
    batches: list[int] = []
    real = storage.write_state

    def counted(batch: StateBatch) -> None:
        batches.append(len(batch))
        real(batch)

    storage.write_state = counted  # type: ignore[method-assign]
    persistence = SQLitePersistence(lambda: storage)
    await asyncio.gather(*(persistence.update_user_data(uid, {"n": uid}) for uid in range(50)),
                         persistence.update_conversation("c", (7, 7), "flow"))
    assert batches == [51]  # one run, one transaction
    await asyncio.gather(*(persistence.update_user_data(uid, {"n": uid}) for uid in range(50)),
                         persistence.update_user_data(60, {}),  # a new user with no data
                         persistence.update_user_data(3, {"n": 33}),
                         persistence.update_conversation("c", (7, 7), "flow"))
    assert batches == [51, 1]  # only user 3 changed
    await persistence.update_conversation("c", (7, 7), None)
    assert storage.load_conversations("c") == {}
    assert json.loads(storage.load_state("user")[3]) == {"n": 33}
    assert 60 not in storage.load_state("user")
    storage.close()


class _Bomb:
    """Unpickling this touches a marker file: a stand-in for code run by a pickle."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.marker),))


async def test_an_old_pickle_file_is_never_unpickled(
        tmp_path: Path, shipped_storage_template: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    settings.data_dir.mkdir()
    settings.db_path.write_bytes(shipped_storage_template.read_bytes())
    marker = tmp_path / "unpickled"
    settings.persistence_path.write_bytes(pickle.dumps({"user_data": _Bomb(marker)}))
    for _ in range(2):
        app = build_application(settings, request=LocalBotAPI())
        async with app:
            pass
        persistence = app.persistence
        assert isinstance(persistence, SQLitePersistence)
        persistence.storage.close()
    assert not marker.exists()
    assert caplog.text.count("ignoring persistence.pickle") == 1


async def test_unanswered_questions_are_purged_at_start_and_daily(
        settings: Settings, services: Services) -> None:
    db = services.storage.db
    old = (datetime.now(UTC) - timedelta(days=settings.gap_retention_days + 1)).isoformat()
    db["unanswered"].insert_all([
        {"text": "lama", "normalized": "lama", "at": old, "status": "open"},
        {"text": "baru", "normalized": "baru", "at": datetime.now(UTC).isoformat(),
         "status": "open"},
    ])
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        assert [r["text"] for r in services.storage.unanswered()] == ["baru"]
        assert app.job_queue is not None
        jobs = app.job_queue.get_jobs_by_name("purge-unanswered")
        assert len(jobs) == 1
        db["unanswered"].insert({"text": "lama2", "normalized": "", "at": old,
                                 "status": "open"})
        assert await purge_old_gaps(app) == 1


def test_token_is_redacted_from_logs() -> None:
    flt = RedactTokenFilter()

    def record(msg: str, *args: object, exc: bool = False) -> logging.LogRecord:
        exc_info = None
        if exc:
            try:
                raise RuntimeError(f"POST https://api.telegram.org/bot{TOKEN}/getMe failed")
            except RuntimeError:
                exc_info = sys.exc_info()
        return logging.LogRecord("httpx", logging.ERROR, __file__, 1, msg, args or None,
                                 exc_info)

    for rec in (record(f"url https://api.telegram.org/bot{TOKEN}/sendMessage"),
                record("token %s in args", TOKEN), record("boom", exc=True)):
        assert flt.filter(rec)
        formatted = logging.Formatter("%(message)s").format(rec)
        assert TOKEN not in formatted and REDACTED in formatted
    plain = record("user %s asked %d things", "x", 3)
    flt.filter(plain)
    assert plain.getMessage() == "user x asked 3 things"


def test_setup_logging_installs_the_filter_on_root_handlers(
        capfd: pytest.CaptureFixture[str]) -> None:
    from bot.config import setup_logging

    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [logging.StreamHandler(sys.stderr)]
    try:
        setup_logging("INFO")
        logging.getLogger("bot.test").warning("calling bot%s/getMe", TOKEN)
        err = capfd.readouterr().err
        assert TOKEN not in err and REDACTED in err
    finally:
        root.handlers = saved


async def test_logs_never_hold_message_text_with_a_user_id(
        bot: LocalClient, caplog: pytest.LogCaptureFixture) -> None:
    secret = "rahasiaku zebra klien telat bayar"
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.INFO)
    await bot.send(secret)
    await bot.send("zebra unik sekali tidak ada jawabannya")
    prompt = (await bot.send("/hapusdata"))[-1]
    await bot.press("privacy:erase", prompt)
    for rec in caplog.records:
        message = rec.getMessage()
        assert not ("zebra" in message and "1001" in message), message
        if rec.name.startswith("bot"):
            assert "zebra" not in message and "1001" not in message, message


@pytest.mark.slow
async def test_sigterm_in_webhook_mode_is_clean(tmp_path: Path,
                                                shipped_storage_template: Path) -> None:
    """``run`` with WEBHOOK_URL serves a webhook (tornado installed) and stops on SIGTERM."""
    from tests.fakeapi import FakeBotAPI, free_port

    server = FakeBotAPI(TOKEN)
    await server.start()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "kawangig.db").write_bytes(shipped_storage_template.read_bytes())
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=server.base_url,
               DATA_DIR=str(data_dir), WEBHOOK_URL="https://example.invalid/hook",
               WEBHOOK_SECRET="s3cret_token_0123456789", PORT=str(port))
    log_path = tmp_path / "bot.log"
    try:
        with log_path.open("wb") as log:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdout=log,
                stderr=asyncio.subprocess.STDOUT)
            try:
                deadline = time.monotonic() + 25
                while not any(m == "setWebhook" for m, _ in server.calls):
                    assert time.monotonic() < deadline, log_path.read_text()[-2000:]
                    assert proc.returncode is None, log_path.read_text()[-2000:]
                    await asyncio.sleep(0.1)
                params = next(p for m, p in server.calls if m == "setWebhook")
                assert params["secret_token"] == "s3cret_token_0123456789"
                update = (b'{"update_id": 1, "message": {"message_id": 1, "date": 0, '
                          b'"chat": {"id": 555, "type": "private"}, "from": {"id": 555, '
                          b'"is_bot": false, "first_name": "A"}, "text": "/bantuan", '
                          b'"entities": [{"type": "bot_command", "offset": 0, "length": 8}]}}')
                status = await _post(port, update, "wrong")
                assert status == 403  # a request without the secret is refused
                status = await _post(port, update, "s3cret_token_0123456789")
                assert status == 200
                deadline = time.monotonic() + 10
                while not server.answers:
                    assert time.monotonic() < deadline
                    await asyncio.sleep(0.1)
                assert [a.chat_id for a in server.answers] == [555]
                proc.send_signal(signal.SIGTERM)
                rc = await asyncio.wait_for(proc.wait(), 20)
            finally:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()
    finally:
        await server.stop()
    assert rc == 0, log_path.read_text()[-2000:]
    assert not (data_dir / "persistence.pickle").exists()
    assert_database_intact(data_dir / "kawangig.db")
    assert TOKEN not in log_path.read_text(errors="replace")


async def _post(port: int, body: bytes, secret: str) -> int:
    """POST an update to the bot's webhook on 127.0.0.1; return the HTTP status."""
    import aiohttp

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        for _ in range(50):
            try:
                async with session.post(
                        f"http://127.0.0.1:{port}/hook", data=body,
                        headers={"Content-Type": "application/json",
                                 "X-Telegram-Bot-Api-Secret-Token": secret}) as resp:
                    return resp.status
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.2)
    raise AssertionError("the webhook server never listened")


async def test_the_running_bot_notices_a_kb_import_from_another_process(
        bot: LocalClient, settings: Settings) -> None:
    """``kb import`` writes through its own connection; the bot's index catches up."""
    from bot.app import refresh_if_changed
    from bot.storage import Storage
    from tests.conftest import make_entry

    assert not await refresh_if_changed(bot.app)  # nothing changed: no rebuild
    other = Storage(settings.db_path)  # like python -m bot kb import, another connection
    other.save_entry(make_entry("panduan-zebra-uji", title="Zebra uji impor",
                                summary="Entri zebra untuk menguji impor.",
                                keywords=("zebra impor",)), "cli", "test")
    other.close()
    svc = bot.app.bot_data["services"]
    assert svc.entry("panduan-zebra-uji") is None
    assert await refresh_if_changed(bot.app)
    assert svc.entry("panduan-zebra-uji") is not None
    assert not await refresh_if_changed(bot.app)


async def test_unsaved_results_expire_after_a_day_and_the_database_follows(
        settings: Settings, services: Services) -> None:
    """A finished guide's unsaved result (client and worker names) does not stay (#17)."""
    from bot.app import expire_unsaved

    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        bot = LocalClient(app, api, user_id=1001)
        await bot.send("/bahasa")
        now = datetime.now(UTC)
        data = app.user_data[1001]
        data["dispute_result"] = {"at": (now - timedelta(hours=25)).isoformat(),
                                  "case": {"client_name": "PT Rahasia"}}
        data["letter_result"] = {"at": (now - timedelta(hours=2)).isoformat()}
        data["dispute"] = {"at": (now - timedelta(days=31)).isoformat(), "state": "amount"}
        app.mark_data_for_update_persistence(user_ids=[1001])
        await app.update_persistence()
        assert "PT Rahasia" in services.storage.load_state("user")[1001]
        assert expire_unsaved(app) == 2
        assert set(app.user_data[1001]) >= {"letter_result"}
        assert "dispute_result" not in app.user_data[1001]
        await app.update_persistence()
        assert "PT Rahasia" not in services.storage.load_state("user")[1001]
        assert expire_unsaved(app) == 0
