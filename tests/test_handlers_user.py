"""The user-facing Telegram layer through the real Application and the in-process transport."""

from __future__ import annotations

import json
from html import escape

import pytest

from bot.handlers.user import answer_markup, entry_markup
from bot.knowledge import Entry
from bot.local import LocalClient, Sent
from bot.search import Hit
from tests.conftest import make_entry


async def test_start_shows_disclaimer_privacy_and_menu(bot: LocalClient) -> None:
    out = await bot.send("/start")
    assert len(out) == 1
    msg = out[0]
    assert "informasi hukum" in msg.text and "bukan nasihat hukum" in msg.text
    assert "/privasi" in msg.text
    datas = [d for _, d in msg.flat_buttons]
    assert "menu:topics" in datas and "dispute:start" in datas
    assert msg.params["parse_mode"] == "HTML"
    # parse mode and link previews come from the Application's Defaults, not from each send
    preview = msg.params["link_preview_options"]
    assert (json.loads(preview) if isinstance(preview, str) else preview)["is_disabled"] is True


async def test_question_gets_cited_answer_and_verbatim_text(bot: LocalClient) -> None:
    out = await bot.send("klien telat bayar udh 2 bulan gmn")
    answer = out[-1]
    assert "KUHPerdata Pasal 12" in answer.text
    datas = [d for _, d in answer.flat_buttons]
    text_buttons = [d for d in datas if d.startswith("entry:text:")]
    assert 1 <= len(text_buttons) <= 3
    assert any(d.startswith("fb:up:") for d in datas)
    assert "dispute:start" in datas  # payment question → the dispute flow is offered
    # the disclaimer appears once, on the first answer of a user who never saw /start
    assert "bukan nasihat hukum" in answer.text
    again = (await bot.send("klien telat bayar"))[-1]
    assert "bukan nasihat hukum" not in again.text
    # pressing the 📜 button shows the verbatim text with status and source
    shown = await bot.press("entry:text:kuhperdata-1238") \
        if "entry:text:kuhperdata-1238" in datas else \
        await bot.press(text_buttons[0], answer)
    assert shown[-1].text.startswith("📜 <b>KUHPerdata Pasal")
    assert "Status:" in shown[-1].text and "Sumber:" in shown[-1].text
    # a source line a person can read: no repository paths or commit hashes
    assert "terjemahan tidak resmi KUHPerdata" in shown[-1].text
    assert "github:" not in shown[-1].text and "@" not in shown[-1].text.split("Sumber:")[1]
    # the buttons say what they open
    labels = [label for label, d in answer.flat_buttons if d.startswith("entry:text:")]
    assert all(label.startswith(("📜 Teks pasal", "📖 Baca panduan", "📰 Baca artikel"))
               for label in labels)


async def test_verbatim_text_is_the_stored_text(bot: LocalClient) -> None:
    svc = bot.app.bot_data["services"]
    entry = svc.entry("kuhperdata-1238")
    answer = (await bot.send("somasi klien lalai bayar"))[-1]
    out = await bot.press_data("entry:text:kuhperdata-1238", answer)
    assert entry.text in out[-1].text


async def test_other_field_is_referred_to_the_right_place_and_not_logged(
        bot: LocalClient) -> None:
    out = await bot.send("cara mengurus cerai")
    assert "hukum keluarga" in out[-1].text and "Pengadilan Agama" in out[-1].text
    assert "LBH APIK" in out[-1].text
    out = await bot.send("cara lapor spt pajak freelancer")
    assert "1500200" in out[-1].text
    svc = bot.app.bot_data["services"]
    assert svc.storage.unanswered() == []


async def test_unknown_question_of_ours_is_logged_without_user(bot: LocalClient) -> None:
    out = await bot.send("lisensi creative commons boleh dipakai komersial")
    assert "belum menemukan jawaban" in out[-1].text
    assert "LBH" in out[-1].text and "Posbakum" in out[-1].text
    svc = bot.app.bot_data["services"]
    rows = svc.storage.unanswered()
    assert rows[0]["text"] == "lisensi creative commons boleh dipakai komersial"
    assert "user" not in " ".join(rows[0].keys())


@pytest.mark.parametrize("text", ["makasih kak", "ok", "halo min", "siap, thanks ya"])
async def test_small_talk_gets_a_short_reply_and_is_not_logged(bot: LocalClient,
                                                               text: str) -> None:
    out = await bot.send(text)
    assert "Siap!" in out[-1].text and "belum menemukan" not in out[-1].text
    svc = bot.app.bot_data["services"]
    assert svc.storage.unanswered() == []


async def test_feedback_is_stored_once_per_user(bot: LocalClient) -> None:
    answer = (await bot.send("klien telat bayar"))[-1]
    fb = next(d for _, d in answer.flat_buttons if d.startswith("fb:down:"))
    entry_id = fb.split(":")[2]
    out = await bot.press_data(fb, answer)
    assert out[0].method == "answerCallbackQuery"
    assert "help:new" in [d for _, d in out[-1].flat_buttons]  # 👎 offers a person
    await bot.press_data(fb, answer)
    svc = bot.app.bot_data["services"]
    assert svc.storage.feedback_counts(entry_id) == (0, 1)


async def test_more_button_shows_next_results(bot: LocalClient) -> None:
    answer = (await bot.send("klien telat bayar upah"))[-1]
    assert "ans:more" in [d for _, d in answer.flat_buttons]
    out = await bot.press_data("ans:more", answer)
    assert "Hasil lain" in out[-1].text


async def test_topics_and_entry_card(bot: LocalClient) -> None:
    out = await bot.send("/topik")
    datas = [d for _, d in out[-1].flat_buttons]
    assert "topic:pembayaran" in datas
    listing = await bot.press_data("topic:pembayaran", out[-1])
    first = listing[-1].flat_buttons[0][1]
    assert first.startswith("entry:card:")
    card = await bot.press_data(first, listing[-1])
    assert "📌" in card[-1].text
    # an opened item leads back to its topic
    assert "topic:pembayaran" in [d for _, d in card[-1].flat_buttons]


async def test_every_entry_of_a_long_topic_is_reachable(bot: LocalClient) -> None:
    svc = bot.app.bot_data["services"]
    wanted = {e.id for e in svc.index.entries if e.topic == "upah-jam-kerja"}
    assert len(wanted) > 25  # more than one page
    seen: set[str] = set()
    out = await bot.send("/topik")
    data: str | None = "topic:upah-jam-kerja"
    message = out[-1]
    while data:
        listing = (await bot.press_data(data, message))[-1]
        buttons = [d for _, d in listing.flat_buttons]
        seen |= {d[11:] for d in buttons if d.startswith("entry:card:")}
        data = next((d for label, d in listing.flat_buttons
                     if d.startswith("topic:upah-jam-kerja:") and "➡️" in label), None)
        message = listing
    assert seen == wanted
    # a forged page is refused politely
    out = await bot.press_data("topic:upah-jam-kerja:x9", message)
    assert out[-1].method == "answerCallbackQuery"


async def test_language_switch_to_english(bot: LocalClient) -> None:
    out = await bot.send("/bahasa")
    await bot.press_data("lang:en", out[-1])
    help_text = (await bot.send("/help"))[-1].text
    assert "How to use KawanGig" in help_text


def shown_entries(bot: LocalClient, answer: Sent) -> list[Entry]:
    """The entries of an answer (one 📜 button each)."""
    svc = bot.app.bot_data["services"]
    return [svc.entry(d[11:]) for _, d in answer.flat_buttons if d.startswith("entry:text:")]


def esc(text: str) -> str:
    return escape(text, quote=False)


async def test_english_user_sees_english_titles(bot: LocalClient) -> None:
    # Indonesian (the default): the Indonesian titles, in the answer and the verbatim text
    answer = (await bot.send("klien telat bayar"))[-1]
    entries = shown_entries(bot, answer)
    assert entries and all(e.title_en and e.title_en != e.title for e in entries)
    for entry in entries:
        assert esc(entry.title) in answer.text and esc(entry.title_en) not in answer.text
    shown = await bot.press_data(f"entry:text:{entries[0].id}", answer)
    assert esc(entries[0].title) in " ".join(m.text for m in shown)
    assert esc(entries[0].title_en) not in shown[-1].text
    # English, chosen with /bahasa: the English titles
    out = await bot.send("/bahasa")
    await bot.press_data("lang:en", out[-1])
    answer = (await bot.send("klien telat bayar"))[-1]
    entries = shown_entries(bot, answer)
    assert entries
    for entry in entries:
        assert esc(entry.title_en) in answer.text and esc(entry.title) not in answer.text
    shown = await bot.press_data(f"entry:text:{entries[0].id}", answer)
    assert esc(entries[0].title_en) in " ".join(m.text for m in shown)
    # the topic list uses them too
    topics = await bot.send("/topik")
    listing = await bot.press_data("topic:pembayaran", topics[-1])
    labels = " ".join(label for label, _ in listing[-1].flat_buttons)
    guide = bot.app.bot_data["services"].entry("panduan-telat-bayar-bunga")
    assert guide.title_en[:30] in labels and guide.title[:30] not in labels


async def test_english_telegram_language_sees_english_titles(bot: LocalClient) -> None:
    english = LocalClient(bot.app, bot.api, user_id=2002, language_code="en")
    answer = (await english.send("klien telat bayar"))[-1]
    entries = shown_entries(bot, answer)
    assert entries
    for entry in entries:
        assert esc(entry.title_en) in answer.text and esc(entry.title) not in answer.text


async def test_forged_and_stale_buttons_change_nothing(bot: LocalClient) -> None:
    answer = (await bot.send("klien telat bayar"))[-1]
    svc = bot.app.bot_data["services"]
    before = svc.storage.db.execute("select count(*) from feedback").fetchone()
    for data in ("fb:no-such-entry:1", "fb:kuhperdata-1238:7", "t:../../etc", "topic:nope",
                 "lang:xx", "zzz", "more:1", "e:", "x" * 64, "fb:up:no-such-entry",
                 "fb:sideways:kuhperdata-1238", "entry:text:../../etc", "entry:card:",
                 "entry:open:kuhperdata-1238", "ans:more:1", "ans:less", "menu:root"):
        out = await bot.press_data(data, answer)
        assert out and out[-1].method == "answerCallbackQuery"
    after = svc.storage.db.execute("select count(*) from feedback").fetchone()
    assert before == after


async def test_non_text_and_empty_messages(bot: LocalClient) -> None:
    sticker = {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1, "height": 1,
                           "is_animated": False, "is_video": False, "type": "regular"}}
    out = await bot.send_update(bot.api.message_update(None, bot.user_id, extra=sticker))
    assert "hanya bisa membaca pesan teks" in out[-1].text
    out = await bot.send("\u200b\u200b  ")
    assert "Tulis pertanyaan" in out[-1].text


async def test_long_answer_is_split_within_limit(bot: LocalClient) -> None:
    svc = bot.app.bot_data["services"]
    longest = max(svc.index.entries, key=lambda e: len(e.text))
    answer = (await bot.send("klien telat bayar"))[-1]
    out = await bot.press_data(f"entry:text:{longest.id}", answer)
    assert all(len(m.text) <= 4096 for m in out)


async def test_group_messages_are_ignored(bot: LocalClient) -> None:
    out = await bot.send("klien telat bayar", chat_id=-100123, chat_type="supergroup")
    assert out == []


async def test_commands_menu_is_set_in_both_languages(bot: LocalClient) -> None:
    calls = [p for m, p in bot.api.calls if m == "setMyCommands"]
    assert len(calls) == 2
    assert {c.get("language_code") for c in calls} == {None, "en"}


async def test_empty_knowledge_base_is_reported_as_unavailable(bot: LocalClient) -> None:
    from bot.search import Index

    svc = bot.app.bot_data["services"]
    svc.index = Index([])
    out = await bot.send("klien telat bayar")
    assert "tidak bisa dibuka" in out[-1].text


async def test_english_user_reads_guides_in_english_and_law_in_indonesian(
        bot: LocalClient) -> None:
    svc = bot.app.bot_data["services"]
    out = await bot.send("/bahasa")
    await bot.press_data("lang:en", out[-1])
    guide = svc.entry("panduan-somasi")
    assert guide.body_en and guide.body_en != guide.text
    shown = " ".join(m.text for m in await bot.press_data("entry:text:panduan-somasi", out[-1]))
    assert esc(guide.body_en.splitlines()[0]) in shown
    assert esc(guide.text.splitlines()[0]) not in shown
    law = svc.entry("kuhperdata-1238")
    shown = " ".join(m.text for m in await bot.press_data("entry:text:kuhperdata-1238", out[-1]))
    assert esc(law.text.splitlines()[0]) in shown and "unofficial" in shown



async def test_buttons_from_before_the_namespaced_callback_data_still_work(bot: LocalClient
                                                                          ) -> None:
    """Old buttons still in users' chats (t:, e:, fb:<id>:<1|0>, more) act as their new form."""
    answer = (await bot.send("klien telat bayar upah"))[-1]
    new = await bot.press_data("entry:text:kuhperdata-1238", answer)
    old = await bot.press_data("t:kuhperdata-1238", answer)
    assert [m.text for m in old] == [m.text for m in new] and new[-1].text.startswith("📜")
    card = await bot.press_data("e:kuhperdata-1238", answer)
    assert card[-1].text == (await bot.press_data("entry:card:kuhperdata-1238", answer))[-1].text
    assert "📌" in card[-1].text
    more = await bot.press_data("more", answer)
    assert "Hasil lain" in more[-1].text
    await bot.press_data("fb:kuhperdata-1238:0", answer)
    svc = bot.app.bot_data["services"]
    assert svc.storage.feedback_counts("kuhperdata-1238") == (0, 1)
    await bot.press_data("fb:up:kuhperdata-1238", answer)  # a new-form vote replaces it
    assert svc.storage.feedback_counts("kuhperdata-1238") == (1, 0)


def test_callback_data_fits_telegrams_64_bytes_for_the_longest_id() -> None:
    entry = make_entry("a" * 50)  # ID_RE allows 50 characters
    datas = [b.callback_data for row in (
        answer_markup([Hit(entry, 1.0, 1.0)], "id", more=True, flow=True).inline_keyboard
        + entry_markup(entry, "id", with_text=True).inline_keyboard) for b in row]
    assert "entry:text:" + "a" * 50 in datas and "fb:down:" + "a" * 50 in datas
    assert all(len(str(d).encode()) <= 64 for d in datas)


async def test_a_failing_question_log_never_costs_the_answer(
        bot: LocalClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refuses the log line (locked, disk full): the worker still gets the law."""
    from bot.storage import StorageError

    def locked(*args: object, **kwargs: object) -> None:
        raise StorageError("database is locked")

    storage = bot.app.bot_data["services"].storage
    monkeypatch.setattr(storage, "log_question", locked)
    sent = await bot.send("klien telat bayar 2 bulan gmn")
    assert sent and "KUHPerdata" in sent[-1].text
