"""Abuse and bad input through the real Application: flood, odd messages, forged buttons,
errors, and /hapusdata."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest
from telegram import Update
from telegram.ext import (
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.app import build_application
from bot.config import Settings
from bot.flood import FloodLimiter, Verdict
from bot.local import LocalBotAPI, LocalClient, Sent
from bot.persistence import SQLitePersistence
from bot.services import Services
from bot.storage import Storage
from bot.texts import t
from tests.telegram_html import assert_telegram_html

KB_TABLES = ("entries", "entry_versions", "audit", "feedback", "meta")


def snapshot(svc: Services) -> dict[str, Any]:
    """Row counts of every table plus the live entries' versions."""
    db = svc.storage.db
    counts = {name: db[name].count for name in db.table_names()}
    versions = dict(db.execute("SELECT id, version FROM entries").fetchall())
    return {"counts": counts, "versions": versions}


def unchanged(before: dict[str, Any], after: dict[str, Any]) -> None:
    """The knowledge base and the votes did not change (question counters may grow)."""
    for name in KB_TABLES:
        assert before["counts"][name] == after["counts"][name], name
    assert before["versions"] == after["versions"]


def check_replies(out: list[Sent]) -> None:
    """Replies are valid Telegram HTML within the limit and never an error or a trace."""
    for sent in out:
        if sent.method == "sendMessage":
            if sent.params.get("parse_mode") == "HTML":
                assert_telegram_html(sent.text)
            assert len(sent.text) <= 4096
        assert "Traceback" not in sent.text and "Error" not in sent.text
        assert sent.text != t("error", "id")


class Clock:
    """A settable monotonic clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- flood ---------------------------------------------------------------------------------


def test_flood_limiter_is_a_sliding_window() -> None:
    clock = Clock()
    lim = FloodLimiter(3, window=60, clock=clock)
    assert [lim.hit(1) for _ in range(3)] == [Verdict.ALLOW] * 3
    assert lim.hit(1) is Verdict.NOTICE
    assert lim.hit(1) is Verdict.DROP
    assert lim.hit(2) is Verdict.ALLOW
    clock.now += 60
    assert lim.hit(1) is Verdict.ALLOW
    assert lim.hit(1) is Verdict.ALLOW


def test_flood_limiter_forgets_idle_users() -> None:
    clock = Clock()
    lim = FloodLimiter(1, window=10, clock=clock, max_users=4)
    for uid in range(4):
        lim.hit(uid)
    clock.now += 11
    lim.hit(99)
    assert len(lim) == 1
    with pytest.raises(ValueError):
        FloodLimiter(0)


async def test_flooding_user_gets_one_notice_others_unaffected(bot: LocalClient) -> None:
    clock = Clock()
    bot.app.bot_data["flood"] = FloodLimiter(3, clock=clock)
    for _ in range(3):
        assert await bot.send("/bantuan")
    notice = await bot.send("/bantuan")
    assert [s.text for s in notice] == [t("flood", "id")]
    assert "Pelan-pelan" in notice[0].text
    for _ in range(5):
        assert await bot.send("/bantuan") == []
    other = LocalClient(bot.app, bot.api, user_id=2002)
    assert (await other.send("/bantuan"))[0].text == t("help", "id")
    moderator = LocalClient(bot.app, bot.api, user_id=42)
    for _ in range(6):
        assert await moderator.send("/bantuan")
    # a moderator added from Telegram (not an owner) is exempt as well
    bot.app.bot_data["services"].storage.add_moderator(77, 42)
    added = LocalClient(bot.app, bot.api, user_id=77)
    for _ in range(6):
        assert await added.send("/bantuan")
    clock.now += 61
    assert (await bot.send("/bantuan"))[0].text == t("help", "id")


async def test_flooding_buttons_are_stopped_too(bot: LocalClient) -> None:
    bot.app.bot_data["flood"] = FloodLimiter(1, clock=Clock())
    menu = (await bot.send("/start"))[-1]
    out = await bot.press_data("menu:help", menu)
    assert [s.method for s in out] == ["answerCallbackQuery"]
    assert out[0].text == t("flood", "id")
    assert await bot.press_data("menu:help", menu) == []
    answered = [c for c in bot.api.calls if c[0] == "answerCallbackQuery"]
    assert len(answered) == 2  # the silent one stops the spinner too


# -- bad input -----------------------------------------------------------------------------

BAD_TEXTS = [
    "", "   ", "\n\t \n", "a" * 4096, ("klien telat bayar " * 250)[:4096], "😀🙏🔥" * 50,
    "\u200b\u200c\u200d\ufeff", "\u202eRAYAB TALET NEILK\u202c", "\x00\x01\x07\x1b[31m halo",
    "'; DROP TABLE entries; --", "\" OR 1=1 --", "title:upah AND NOT (gaji OR *) NEAR/3 ~\"x\"",
    "<b>tebal</b> & <script>alert(1)</script> &amp; &#0; &lt", "*tebal* _miring_ `kode` [a](b)",
    "%s %d {0} {name} \\N{BULLET}", "ﷺ" * 100, "/start " + "x" * 4000,
    "/topik ../../etc/passwd", "/bahasa zz; DROP", "/privasi " + "\u202e" * 50,
    "/hapusdata sekarang juga", "/tidakada", "/" + "a" * 300, "/start@kawangig_bot",
]


async def test_bad_text_gets_short_reply_and_changes_nothing(bot: LocalClient) -> None:
    bot.app.bot_data["flood"] = FloodLimiter(1000)  # more messages than a minute allows
    svc: Services = bot.app.bot_data["services"]
    before = snapshot(svc)
    for text in BAD_TEXTS:
        out = await bot.send(text)
        assert out, f"no reply to {text[:40]!r}"
        check_replies(out)
    unchanged(before, snapshot(svc))
    assert not [c for c in bot.api.calls if c[0] == "getFile"]


async def test_forged_callback_data_changes_nothing(bot: LocalClient) -> None:
    svc: Services = bot.app.bot_data["services"]
    menu = (await bot.send("/start"))[-1]
    before = snapshot(svc)
    for data in ["", "t:", "t:../../etc", "e:" + "x" * 60, "fb:", "fb::1", "fb:bpjs:7",
                 "fb:tidak-ada:1", "more", "topic:'; DROP", "lang:xx", "menu:root",
                 "dispute:nope", "privacy:", "privacy:erase;drop", "\u202e", "😀" * 16]:
        out = await bot.press_data(data, menu)
        assert out, f"no answer to {data!r}"
        check_replies(out)
    unchanged(before, snapshot(svc))


async def test_forged_namespaced_callback_data_changes_nothing(bot: LocalClient) -> None:
    svc: Services = bot.app.bot_data["services"]
    menu = (await bot.send("/start"))[-1]
    before = snapshot(svc)
    for data in ["entry:text:", "entry:card:../../etc", "entry:x:bpjs", "fb:up:",
                 "fb:down:tidak-ada", "fb:up:bpjs:7", "ans:more:x", "topic:", "lang:",
                 "menu:", "mod:del:bpjs:1", "mod:imp:ok", "case:del:1"]:
        out = await bot.press_data(data, menu)
        assert out, f"no answer to {data!r}"
        check_replies(out)
    unchanged(before, snapshot(svc))


async def test_media_edits_groups_and_documents(bot: LocalClient) -> None:
    svc: Services = bot.app.bot_data["services"]
    before = snapshot(svc)
    api = bot.api
    sticker = {"sticker": {"file_id": "s1", "file_unique_id": "s1", "type": "regular",
                           "width": 512, "height": 512, "is_animated": False,
                           "is_video": False}}
    photo = {"photo": [{"file_id": "p1", "file_unique_id": "p1", "width": 90, "height": 90}]}
    voice = {"voice": {"file_id": "v1", "file_unique_id": "v1", "duration": 3}}
    for extra in (sticker, photo, voice):
        out = await bot.send_update(api.message_update(None, 1001, extra=extra))
        assert [s.text for s in out] == [t("unsupported", "id")]
    # documents from a non-moderator: wrongly typed, oversized: a note, never downloaded
    out = await bot.upload("virus.exe", b"MZ\x90\x00" * 100)
    assert [s.text for s in out] == [t("unsupported", "id")]
    big = api.document_update("kb.md", b"x", 1001, mime_type="text/markdown")
    big["message"]["document"]["file_size"] = 2_000_000_000
    assert [s.text for s in await bot.send_update(big)] == [t("unsupported", "id")]
    # edited messages are ignored on purpose; in a group, only what is addressed to the bot
    edited = api.message_update("klien telat bayar", 1001)
    edited["edited_message"] = edited.pop("message")
    edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
    assert await bot.send_update(edited) == []
    for chat_type in ("group", "supergroup"):
        pointer = await bot.send("/start", chat_id=-100123, chat_type=chat_type)
        assert [s.text for s in pointer] == [t("group_private_only", "id")]  # nothing started
        assert await bot.send("klien telat bayar", chat_id=-100123, chat_type=chat_type) == []
    unchanged(before, snapshot(svc))
    assert not [c for c in api.calls if c[0] == "getFile"]


# -- the error handler ---------------------------------------------------------------------


async def test_a_failing_handler_gets_gentle_message_and_one_alert_per_kind(
        bot: LocalClient) -> None:
    async def boom(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise RuntimeError("kaboom with secret detail")

    async def boom2(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise KeyError("other")

    # test-only handlers, first in group 0 so the unknown-command handler does not win
    bot.app.handlers[0][0:0] = [CommandHandler("boom", boom), CommandHandler("boom2", boom2)]
    out = await bot.send("/boom")
    user_msgs = [s for s in out if s.chat_id == 1001]
    alerts = [s for s in out if s.chat_id == 42]
    assert [s.text for s in user_msgs] == [t("error", "id")]
    assert "kaboom" not in user_msgs[0].text
    assert len(alerts) == 1 and "RuntimeError" in alerts[0].text
    again = await bot.send("/boom")
    assert [s.chat_id for s in again] == [1001]  # same kind within minutes: no new alert
    other = await bot.send("/boom2")
    assert sorted(s.chat_id for s in other) == [42, 1001]


async def test_the_error_message_speaks_the_users_language(bot: LocalClient) -> None:
    async def boom(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise RuntimeError("kaboom")

    bot.app.handlers[0][0:0] = [CommandHandler("boom", boom)]
    # an English Telegram user who never chose a language gets the English message
    english = LocalClient(bot.app, bot.api, user_id=3003, language_code="en")
    assert [s.text for s in await english.send("/boom") if s.chat_id == 3003] == [
        t("error", "en")]
    # /bahasa wins over the Telegram language, both ways
    await english.press_data("lang:id", (await english.send("/bahasa"))[-1])
    assert [s.text for s in await english.send("/boom") if s.chat_id == 3003] == [
        t("error", "id")]
    menu = (await bot.send("/bahasa"))[-1]
    await bot.press_data("lang:en", menu)
    assert [s.text for s in await bot.send("/boom") if s.chat_id == 1001] == [
        t("error", "en")]


# -- /hapusdata ----------------------------------------------------------------------------


async def test_hapusdata_cancel_keeps_everything(bot: LocalClient) -> None:
    svc: Services = bot.app.bot_data["services"]
    answer = (await bot.send("klien telat bayar"))[-1]
    fb = next(d for _, d in answer.flat_buttons if d.startswith("fb:"))
    await bot.press_data(fb, answer)
    prompt = (await bot.send("/hapusdata"))[-1]
    assert "Hapus data Anda?" in prompt.text
    assert [d for _, d in prompt.flat_buttons] == ["privacy:erase", "privacy:keep"]
    out = await bot.press("privacy:keep", prompt)
    assert out[-1].text == t("erase_cancelled", "id")
    assert svc.storage.table("feedback").count_where("user_id = 1001") == 1


def _add_dispute_tables(svc: Services) -> None:
    db = svc.storage.db  # tables from the dispute flow's migration (m003_cases)
    db["cases"].insert_all([{"id": 1, "user_id": 1001, "data": "{}"},
                            {"id": 2, "user_id": 2002, "data": "{}"}])
    db["reminders"].insert_all([{"id": 1, "case_id": 1, "user_id": 1001, "due_at": "x"},
                                {"id": 2, "case_id": 1, "user_id": 1001, "due_at": "y"},
                                {"id": 3, "case_id": 2, "user_id": 2002, "due_at": "z"}])


@pytest.fixture
async def app_with_conversation(settings: Settings, services: Services
                                ) -> AsyncIterator[LocalClient]:
    """The real Application plus a test-only persistent conversation, like the dispute flow."""
    async def enter(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return 1

    async def step(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
        return 1

    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    conv = ConversationHandler(
        entry_points=[CommandHandler("ujicoba", enter)],
        states={1: [MessageHandler(filters.TEXT & ~filters.COMMAND, step)]},
        fallbacks=[], name="ujicoba", persistent=True)
    app.handlers[0].insert(0, conv)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield LocalClient(app, api, user_id=1001)


async def test_hapusdata_deletes_everything_tied_to_the_user(
        app_with_conversation: LocalClient, settings: Settings) -> None:
    bot = app_with_conversation
    app = bot.app
    svc: Services = app.bot_data["services"]
    _add_dispute_tables(svc)
    other = LocalClient(app, bot.api, user_id=2002)
    answer = (await bot.send("klien telat bayar"))[-1]
    fb = next(d for _, d in answer.flat_buttons if d.startswith("fb:"))
    await bot.press_data(fb, answer)
    await other.press_data(fb, answer)
    menu = (await bot.send("/bahasa"))[-1]
    await bot.press_data("lang:en", menu)
    await bot.send("/ujicoba")
    await other.send("/ujicoba")
    await app.update_persistence()
    persistence = app.persistence
    assert isinstance(persistence, SQLitePersistence)
    assert "[1001,1001]" in svc.storage.load_conversations("ujicoba")
    assert app.user_data[1001]["lang"] == "en"
    assert json.loads(svc.storage.load_state("user")[1001])["lang"] == "en"
    before = snapshot(svc)

    prompt = (await bot.send("/hapusdata"))[-1]
    assert "Delete your data?" in prompt.text  # the user chose English
    done = (await bot.press("privacy:erase", prompt))[-1]
    assert "👍/👎: 1" in done.text and "Dispute cases: 1" in done.text
    assert "Reminders: 2" in done.text and "deleted" in done.text
    check_replies([done])

    # in the same transaction as the votes: the session rows are gone before PTB's next run
    assert 1001 not in svc.storage.load_state("user")
    assert not [k for k in svc.storage.load_conversations("ujicoba") if "1001" in k]
    assert "[2002,2002]" in svc.storage.load_conversations("ujicoba")
    db = svc.storage.db
    assert db["feedback"].count_where("user_id = 1001") == 0
    assert db["feedback"].count_where("user_id = 2002") == 1
    assert [r["id"] for r in db["cases"].rows] == [2]
    assert [r["id"] for r in db["reminders"].rows] == [3]
    unchanged({**before, "counts": {**before["counts"], "feedback": 1}}, snapshot(svc))
    await app.update_persistence()
    assert 1001 not in svc.storage.load_state("user")
    convs = svc.storage.load_conversations("ujicoba")
    assert not [k for k in convs if "1001" in k]
    assert "[2002,2002]" in convs
    # and in the database: a fresh persistence reading it sees the same
    fresh = SQLitePersistence(lambda: Storage(settings.db_path))
    assert 1001 not in await fresh.get_user_data()
    assert not [k for k in await fresh.get_conversations("ujicoba") if 1001 in k]
    # after erasure the user is an ordinary new user; their conversation starts afresh
    assert "Halo" in (await bot.send("/start"))[-1].text


async def test_hapusdata_ends_a_guide_and_survives_a_restart(settings: Settings,
                                                             services: Services) -> None:
    """Mid-guide erasure: the next text is a question (no step), also after a restart, while
    another user's guide goes on. No private attribute of python-telegram-bot is touched."""
    services.settings = replace(services.settings, flood_limit=10_000)
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        bot, other = LocalClient(app, api, user_id=1001), LocalClient(app, api, user_id=2002)
        menu = (await bot.send("/bahasa"))[-1]
        await bot.press_data("lang:id", menu)
        for user in (bot, other):
            await user.send("/sengketa")
            await user.press("dispute:opt:late")
        await app.update_persistence()
        assert 1001 in services.storage.load_state("user")
        assert {"[1001,1001]", "[2002,2002]"} <= set(services.storage.load_conversations(
            "dispute"))
        prompt = (await bot.send("/hapusdata"))[-1]
        await bot.press("privacy:erase", prompt)
        assert not [k for k in services.storage.load_conversations("dispute") if "1001" in k]
        # the next text is answered as a question, not taken as a step of the erased guide
        answer = (await bot.send("klien telat bayar gimana"))[-1]
        assert "KUHPerdata" in answer.text and "dispute" not in app.user_data.get(1001, {})
        await app.update_persistence()
        assert not [k for k in services.storage.load_conversations("dispute") if "1001" in k]
    # a new Application on the same database
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        bot, other = LocalClient(app, api, user_id=1001), LocalClient(app, api, user_id=2002)
        assert "lang" not in app.user_data.get(1001, {})
        step = (await other.send("ya"))[-1]  # kept for the other user: their guide goes on
        assert other.app.user_data[2002]["dispute"]["state"] == "rel_wage", step.text
        assert "KUHPerdata" in (await bot.send("klien telat bayar gimana"))[-1].text


def test_no_private_attribute_of_the_libraries_is_used() -> None:
    """python-telegram-bot's and rank-bm25's private names stay out of the bot's code."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "bot"
    private = re.compile(r"\._(?:conversation_handler_conversations|calc_idf|BotPickler|"
                         r"dump_file|load_file|conversations)\b|getattr\([^)]*\"_[a-z]")
    found = [f"{p.name}: {m.group()}" for p in root.rglob("*.py")
             for m in private.finditer(p.read_text(encoding="utf-8"))]
    assert not found, found


async def test_hapusdata_with_nothing_stored(bot: LocalClient) -> None:
    prompt = (await bot.send("/hapusdata"))[-1]
    done = (await bot.press("privacy:erase", prompt))[-1]
    assert "👍/👎: 0" in done.text and "Kasus sengketa: 0" in done.text
    check_replies([done])


async def test_an_edited_command_does_nothing(bot: LocalClient) -> None:
    """Editing an old message into /hapusdata (or any command) is not a new command (#17)."""
    for command in ("/hapusdata", "/sengketa", "/start", "/tanya gaji telat"):
        edited = bot.api.message_update(command, 1001)
        edited["edited_message"] = edited.pop("message")
        edited["edited_message"]["edit_date"] = edited["edited_message"]["date"]
        assert await bot.send_update(edited) == [], command


async def test_moderator_buttons_work_only_in_a_private_chat(settings: Settings,
                                                             services: Services) -> None:
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        owner = LocalClient(app, api, user_id=42)  # an owner in the test settings
        services.storage.add_gap("pertanyaan yang belum terjawab")
        (gap,) = [row["id"] for row in services.storage.unanswered()]
        group_msg = (await owner.send("/tanya gaji telat", chat_id=-100777,
                                      chat_type="supergroup"))[-1]
        await owner.press_data(f"mod:gap:ign:{gap}", group_msg)
        assert [row["id"] for row in services.storage.unanswered()] == [gap]  # unchanged
        private = (await owner.send("/celah"))[-1]
        await owner.press_data(f"mod:gap:ign:{gap}", private)
        assert services.storage.unanswered() == []  # the same press in private works
