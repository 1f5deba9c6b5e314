"""The real ``python -m bot run`` against a fake Bot API server that misbehaves.

Every update must be answered exactly once across 5xx, 429 (``retry_after``), dropped
connections, an answer delayed beyond the client's timeout and a server restart; SIGTERM then
stops the bot cleanly (exit 0), its state in the database and no pickle file written.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from telegram.ext import AIORateLimiter

from bot.app import build_application
from bot.config import Settings
from bot.texts import t
from tests.fakeapi import FakeBotAPI, Fault

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghij"
START_TIMEOUT = 20.0
RUN_TIMEOUT = 45.0


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    """The fake Bot API, listening on 127.0.0.1."""
    server = FakeBotAPI(TOKEN)
    await server.start()
    yield server
    await server.stop()


async def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``check`` until true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.1)


def run_env(fake_api: FakeBotAPI, tmp_path: Path, template: Path, level: str
            ) -> tuple[Path, dict[str, str]]:
    """A DATA_DIR holding a copy of the seeded database, and the environment of a
    ``python -m bot run`` against the fake Bot API at ``level``."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "kawangig.db").write_bytes(template.read_bytes())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=fake_api.base_url,
               DATA_DIR=str(data_dir), LOG_LEVEL=level, MODERATOR_IDS="")
    return data_dir, env


def assert_database_intact(path: Path) -> None:
    """The database passes SQLite's integrity check and holds the persistence's tables."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"user_data", "chat_data", "conversations"} <= names
    finally:
        conn.close()


def test_run_uses_the_rate_limiter(settings: Settings) -> None:
    app = build_application(settings, rate_limit=True, persistence=False)
    assert isinstance(app.bot.rate_limiter, AIORateLimiter)


@pytest.mark.slow
async def test_run_answers_every_update_once_across_faults(
        fake_api: FakeBotAPI, tmp_path: Path, shipped_storage_template: Path) -> None:
    data_dir, env = run_env(fake_api, tmp_path, shipped_storage_template, "INFO")
    log_path = tmp_path / "bot.log"
    # faults met right at start-up and on the first answers
    fake_api.inject("getUpdates", Fault("status", 502), Fault("drop"))
    fake_api.inject("sendMessage", Fault("retry_after", 1), Fault("delay", 6.0))
    expected: dict[int, int] = {}  # chat id -> update id; one user per update
    users = iter(range(20001, 20100))

    def feed(n: int) -> None:
        for _ in range(n):
            uid = next(users)
            expected[uid] = fake_api.add_message(uid, "/bantuan")

    def answered() -> bool:
        return set(fake_api.answers_by_chat()) >= set(expected)

    feed(10)
    with log_path.open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=log, stderr=asyncio.subprocess.STDOUT)
        try:
            await wait_for(answered, START_TIMEOUT + 10, "the first batch")
            await fake_api.restart(down_for=1.5)
            feed(10)
            await wait_for(answered, RUN_TIMEOUT / 3, "the batch after a restart")
            fake_api.inject("getUpdates", Fault("retry_after", 1), Fault("drop"),
                            Fault("status", 500))
            fake_api.inject("sendMessage", Fault("retry_after", 1))
            feed(10)
            await wait_for(answered, RUN_TIMEOUT / 3, "the batch after more faults")
            await asyncio.sleep(1.0)  # room for a duplicate to show up, if any
            proc.send_signal(signal.SIGTERM)
            rc = await asyncio.wait_for(proc.wait(), 20)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    output = log_path.read_text(errors="replace")
    by_chat = fake_api.answers_by_chat()
    duplicates = {expected[c]: len(a) for c, a in by_chat.items() if len(a) != 1}
    assert not duplicates, f"update_id -> answers: {duplicates}"
    assert set(by_chat) == set(expected)
    assert len(fake_api.answers) == len(expected) == 30
    assert all(a.text == t("help", "id") for a in fake_api.answers)
    assert not any(fake_api.faults.values()), "every injected fault was met"
    assert rc == 0, output[-3000:]
    assert not (data_dir / "persistence.pickle").exists()
    assert_database_intact(data_dir / "kawangig.db")
    assert TOKEN not in output
    methods = {m for m, _ in fake_api.calls}
    assert {"getMe", "deleteWebhook", "setMyCommands", "getUpdates"} <= methods


@pytest.mark.slow
async def test_debug_logs_carry_no_user_text(
        fake_api: FakeBotAPI, tmp_path: Path, shipped_storage_template: Path) -> None:
    """At LOG_LEVEL=DEBUG python-telegram-bot would log whole updates (message text next to
    user ids); the bot keeps its loggers at INFO."""
    _, env = run_env(fake_api, tmp_path, shipped_storage_template, "DEBUG")
    log_path = tmp_path / "bot.log"
    fake_api.add_message(20001, "gaji saya zxqv telat, hp 0812zxqv")
    with log_path.open("wb") as log:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=log, stderr=asyncio.subprocess.STDOUT)
        try:
            await wait_for(lambda: bool(fake_api.answers_by_chat()), START_TIMEOUT + 10,
                           "the answer")
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), 20)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    output = log_path.read_text(errors="replace")
    assert "DEBUG" in output  # debug logging was on
    assert "zxqv" not in output
