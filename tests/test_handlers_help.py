"""Human help through the real Application, a worker and a volunteer talking through the bot.

consent → thread → notification → claim → reply relayed → worker answers → Telegram reply →
close → example attached → the next worker is answered by that entry. The volunteer's view is
checked on every message for the worker's id and name.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from typing import Any

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.local import LocalBotAPI, LocalClient, Sent
from bot.services import Services

WORKER, VOLUNTEER, STRANGER = 555123, 42, 777
WORKER_NAME = "Siti Rahmawati"
QUESTION = "akun gw kena shadowban di platform labeling, gimana buktiinnya"


@pytest.fixture
async def people(settings: Settings, services: Services
                 ) -> AsyncIterator[tuple[LocalClient, LocalClient, LocalBotAPI]]:
    """A worker and a volunteer (an owner in settings) on one running Application."""
    services.settings = replace(services.settings, flood_limit=10_000)
    api = LocalBotAPI()
    api.names[WORKER] = WORKER_NAME
    app = build_application(settings, request=api, services=services)
    async with app:
        await app.post_init(app)  # type: ignore[misc]
        yield (LocalClient(app, api, user_id=WORKER), LocalClient(app, api, user_id=VOLUNTEER),
               api)


def to(api: LocalBotAPI, chat_id: int, since: int = 0) -> list[Sent]:
    return [s for s in api.sent[since:] if s.chat_id == chat_id]


def assert_private(api: LocalBotAPI) -> None:
    """Nothing the volunteer received names the worker or carries their Telegram id."""
    for sent in to(api, VOLUNTEER):
        blob = sent.text + repr(sent.buttons)
        assert str(WORKER) not in blob and "Siti" not in blob, sent.text


async def test_the_whole_walk(people: tuple[LocalClient, LocalClient, LocalBotAPI]) -> None:
    worker, volunteer, api = people
    svc: Services = worker.app.bot_data["services"]
    on = (await volunteer.send("/rujukan notif on"))[-1]
    assert "aktif" in on.text
    heard = len(to(api, VOLUNTEER))
    # the worker asks; nothing leaves before "Kirim"
    intro = (await worker.send("/relawan"))[-1]
    assert "bukan advokat" in intro.text and "Belum ada cukup data" in intro.text
    preview = (await worker.send(QUESTION))[-1]
    assert "Yang akan dikirim" in preview.text and QUESTION in preview.text
    assert svc.storage.help_queue() == [] and len(to(api, VOLUNTEER)) == heard
    mark = len(api.sent)
    sent = await worker.press("help:send", preview)
    assert any("Terkirim sebagai rujukan" in s.text for s in to(api, WORKER, mark))
    assert sent
    (tid,) = [row["id"] for row in svc.storage.help_queue()]
    # the volunteer is notified once, under the pseudonym
    (note,) = [s for s in to(api, VOLUNTEER, mark) if "Rujukan baru" in s.text]
    who = svc.storage.pseudonym_of(WORKER)
    assert f"Pekerja #{who}" in note.text and QUESTION in note.text
    opened = (await volunteer.press(f"mod:ref:open:{tid}", note))[-1]
    assert opened.flat_buttons == [("🙋 Ambil", f"mod:ref:claim:{tid}")]
    mark = len(api.sent)
    await volunteer.press(f"mod:ref:claim:{tid}", opened)
    assert any("sedang membaca" in s.text for s in to(api, WORKER, mark))
    view = volunteer.last_with_buttons()
    assert view is not None and f"mod:ref:reply:{tid}" in [d for _, d in view.flat_buttons]
    # a reply with the button, relayed to the worker as a message from the bot
    await volunteer.press(f"mod:ref:reply:{tid}", view)
    mark = len(api.sent)
    done = await volunteer.send("Minta alasan tertulis dan data penilaianmu (UU PDP Pasal 10).")
    assert "Terkirim ke pekerja" in done[-1].text
    (relayed,) = to(api, WORKER, mark)
    assert "Jawaban relawan" in relayed.text and "UU PDP Pasal 10" in relayed.text
    # the worker answers back into the thread
    await worker.press(f"help:add:{tid}", relayed)
    mark = len(api.sent)
    await worker.send("makasih kak, kalau mereka diam aja gimana?")
    (nudge,) = [s for s in to(api, VOLUNTEER, mark) if "Pesan baru" in s.text]
    # the volunteer answers by replying to that message in Telegram
    update = api.message_update("Kirim surat keberatan lewat /surat.", VOLUNTEER,
                                extra={"reply_to_message": api.messages[(VOLUNTEER,
                                                                         nudge.message_id)]})
    mark = len(api.sent)
    await volunteer.send_update(update)
    assert any("/surat" in s.text for s in to(api, WORKER, mark))
    assert [m["sender"] for m in svc.storage.messages(tid)] == [
        "worker", "volunteer", "worker", "volunteer"]
    # close, and the question becomes an example of the entry the volunteer picks
    view = (await volunteer.press(f"mod:ref:open:{tid}", nudge))[0]
    mark = len(api.sent)
    await volunteer.press(f"mod:ref:close:{tid}", view)
    assert any("menutup pertanyaan" in s.text for s in to(api, WORKER, mark))
    learn = volunteer.last_with_buttons()
    assert learn is not None
    choices = [d for _, d in learn.flat_buttons if d.startswith("mod:ref:learn:")]
    target = choices[-1].rsplit(":", 1)[1]
    learned = (await volunteer.press(choices[-1], learn))[-1]
    assert "kini contoh untuk" in learned.text
    assert QUESTION in svc.storage.get_entry(target).questions
    assert svc.storage.help_stats()["examples"] == 1
    assert_private(api)
    # the next worker asking the same thing is answered by that entry, first
    nxt = LocalClient(worker.app, api, user_id=2002)
    answer = (await nxt.send(QUESTION))[-1]
    first = next(d for _, d in answer.flat_buttons if d.startswith("entry:text:"))
    assert first == f"entry:text:{target}"


async def test_strangers_cannot_see_the_queue_or_forge_buttons(
        people: tuple[LocalClient, LocalClient, LocalBotAPI]) -> None:
    worker, _, api = people
    svc: Services = worker.app.bot_data["services"]
    await worker.send("/relawan")
    preview = (await worker.send(QUESTION))[-1]
    await worker.press("help:send", preview)
    (tid,) = [row["id"] for row in svc.storage.help_queue()]
    stranger = LocalClient(worker.app, api, user_id=STRANGER)
    refused = (await stranger.send("/rujukan"))[-1].text
    assert "Rujukan terbuka" not in refused and QUESTION not in refused
    before = svc.storage.thread(tid)
    for data in (f"mod:ref:claim:{tid}", f"mod:ref:open:{tid}", f"mod:ref:close:{tid}",
                 f"mod:ref:reply:{tid}", f"mod:ref:learn:{tid}:kuhperdata-1238"):
        out = await stranger.press_data(data, preview)
        assert all(str(WORKER) not in s.text and QUESTION not in s.text for s in out)
    assert svc.storage.thread(tid) == before
    # another worker cannot add to, close or share contact for someone else's thread
    for data in (f"help:add:{tid}", f"help:done:{tid}:up", f"help:contact:{tid}"):
        await stranger.press_data(data, preview)
    assert svc.storage.thread(tid) == before and len(svc.storage.messages(tid)) == 1


async def test_limits_and_an_undelivered_reply(
        people: tuple[LocalClient, LocalClient, LocalBotAPI],
        monkeypatch: pytest.MonkeyPatch) -> None:
    worker, volunteer, api = people
    svc: Services = worker.app.bot_data["services"]
    for i in range(3):
        await worker.press("help:new", (await worker.send("/relawan"))[-1]) if i else \
            await worker.send("/relawan")
        preview = (await worker.send(f"pertanyaan nomor {i} tentang bayaran telat"))[-1]
        await worker.press("help:send", preview)
    listing = (await worker.send("/relawan"))[-1]
    assert "help:new" not in [d for _, d in listing.flat_buttons]  # three open: no fourth
    tid = svc.storage.help_queue()[0]["id"]
    queue = (await volunteer.send("/rujukan"))[-1]
    assert "Rujukan terbuka" in queue.text and f"#{tid}" in queue.text
    opened = (await volunteer.press(f"mod:ref:open:{tid}", queue))[-1]
    await volunteer.press(f"mod:ref:claim:{tid}", opened)
    view = volunteer.last_with_buttons()
    assert view is not None
    await volunteer.press(f"mod:ref:reply:{tid}", view)

    from telegram.error import Forbidden

    real = api._answer

    def blocked(method: str, params: dict[str, Any], files: dict[str, Any]) -> Any:
        if method == "sendMessage" and int(params["chat_id"]) == WORKER:
            raise Forbidden("Forbidden: bot was blocked by the user")
        return real(method, params, files)

    monkeypatch.setattr(api, "_answer", blocked)
    out = await volunteer.send("jawaban yang tidak sampai")
    assert "Tidak terkirim" in out[-1].text
    assert [m["delivered"] for m in svc.storage.messages(tid)] == [1, 0]


async def test_a_volunteer_who_chose_english_is_notified_in_english(
        people: tuple[LocalClient, LocalClient, LocalBotAPI]) -> None:
    worker, volunteer, api = people
    svc: Services = worker.app.bot_data["services"]
    menu = (await volunteer.send("/bahasa"))[-1]
    await volunteer.press("lang:en", menu)
    await volunteer.send("/rujukan notif on")
    await worker.send("/relawan")
    preview = (await worker.send(QUESTION))[-1]
    mark = len(api.sent)
    await worker.press("help:send", preview)
    (note,) = [s for s in to(api, VOLUNTEER, mark) if QUESTION in s.text]
    assert note.text.startswith("🔔 New request #")
    (tid,) = [row["id"] for row in svc.storage.help_queue()]
    assert note.flat_buttons == [(f"👀 Open #{tid}", f"mod:ref:open:{tid}")]
    # the worker, who did not choose a language, still reads Indonesian
    assert any("Terkirim sebagai rujukan" in s.text for s in to(api, WORKER, mark))
    opened = (await volunteer.press(f"mod:ref:open:{tid}", note))[-1]
    await volunteer.press(f"mod:ref:claim:{tid}", opened)
    threads = (await worker.send("/relawan"))[-1]
    await worker.press(f"help:add:{tid}", threads)
    mark = len(api.sent)
    await worker.send("kalau mereka diam aja gimana?")
    (nudge,) = [s for s in to(api, VOLUNTEER, mark) if "gimana" in s.text]
    assert nudge.text.startswith(f"🔔 New message in #{tid}")
