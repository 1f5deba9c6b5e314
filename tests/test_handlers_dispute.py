"""The dispute guide, its result, reminders and /kasus through the real Application."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import docx
import pytest

from bot import dispute as d
from bot.app import build_application
from bot.config import Settings
from bot.dispute import reminder_time, today_jakarta
from bot.handlers.dispute import KEY
from bot.local import LocalBotAPI, LocalClient, Sent
from bot.render import html_to_plain
from bot.services import Services

USER = 1001


@pytest.fixture
def quiet_services(services: Services) -> Services:
    """The services with a flood limit no walk through the guide reaches."""
    services.settings = replace(services.settings, flood_limit=10_000)
    return services


async def started(settings: Settings, services: Services) -> tuple[Any, LocalBotAPI]:
    """A new Application on ``settings.data_dir``, initialised, post_init run, started."""
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=services)
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    await app.start()
    return app, api


async def stopped(app: Any) -> None:
    """Stop and shut down (the persistence is flushed on shutdown)."""
    await app.stop()
    await app.shutdown()


@pytest.fixture
async def guide(settings: Settings, quiet_services: Services) -> AsyncIterator[LocalClient]:
    """A started app (JobQueue running) and a user talking to it."""
    app, api = await started(settings, quiet_services)
    try:
        yield LocalClient(app, api, user_id=USER)
    finally:
        await stopped(app)


def past(days: int) -> str:
    """A due date ``days`` before today (Jakarta), as dd/mm/yyyy."""
    return (today_jakarta() - timedelta(days=days)).strftime("%d/%m/%Y")


def flow(bot: LocalClient) -> dict[str, Any]:
    """The guide's state as stored in the user's user_data."""
    return dict(bot.app.user_data[bot.user_id].get(KEY) or {})


def texts(out: list[Sent]) -> str:
    """Everything the bot said, as plain text."""
    return "\n".join(html_to_plain(s.text) for s in out)


async def opt(bot: LocalClient, value: str) -> list[Sent]:
    """Press the option ``value`` on the live prompt."""
    return await bot.press(d.callback_data(value))


async def answer_until_confirm(
    bot: LocalClient, kind: str = "late", *, rel: tuple[str, str, str] = ("no", "no", "no"),
    agreement: str = "chat", clause: str = "none", client_type: str = "company",
    name: str | None = "PT Maju Jaya", address: str = "same", amount: str = "Rp 2.500.000",
    rate: str | None = "16.300", due: str | None = None,
    evidence: tuple[str, ...] = ("chat", "invoice"), tried: str = "nothing",
) -> list[Sent]:
    """Answer every question from /sengketa up to the CONFIRM prompt."""
    out = await bot.send("/sengketa")
    for value in (kind, *rel, agreement):
        out = await opt(bot, value)
    if agreement in ("written", "online_terms"):
        out = await opt(bot, clause)
    out = await opt(bot, client_type)
    out = await (bot.send(name) if name is not None else opt(bot, d.SKIP))
    if client_type in d.INDONESIAN_CLIENTS:
        out = await opt(bot, address)
    out = await bot.send(amount)
    if flow(bot)["state"] == "rate":
        out = await (bot.send(rate) if rate is not None else opt(bot, d.SKIP))
    out = await bot.send(due or past(40))
    for value in evidence:
        await opt(bot, value)
    await opt(bot, d.DONE)
    out = await opt(bot, tried)
    assert flow(bot)["state"] == "confirm", texts(out)
    return out


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


WALKS = [
    ("late", {}),
    ("partial", {"amount": "USD 300", "client_type": "foreign", "name": "Acme Labs Inc"}),
    ("rejected", {"agreement": "online_terms", "client_type": "company",
                  "name": "DataAnotasi", "evidence": ("tasks", "rejection")}),
    ("suspended", {"client_type": "vendor", "name": "Tugasku App", "tried":
                   "platform_complaint", "rel": ("no", "yes", "unsure")}),
    ("revisions", {"client_type": "person", "name": "Budi Santoso", "address":
                   "other", "amount": "750rb", "agreement": "written"}),
    ("other", {"address": "unknown", "amount": "1,5 juta", "tried": "formal_letter",
               "evidence": ()}),
]


@pytest.mark.parametrize(("kind", "answers"), WALKS, ids=[k for k, _ in WALKS])
async def test_whole_walk_ends_in_plan_and_docx(guide: LocalClient, kind: str,
                                                answers: dict[str, Any]) -> None:
    await answer_until_confirm(guide, kind, **answers)
    result = await opt(guide, d.CONFIRM)
    said = texts(result)
    for expected in ("Ringkasan sengketa pembayaran", "Dasar hukum", "KUHPerdata Pasal 1238",
                     "Rencana langkah", "Kirim somasi", "Bunga bila Anda menggugat", "Staatsblad"):
        assert expected in said
    assert "Siapa nama Anda" in said and flow(guide)["state"] == "worker_name"
    out = await guide.send("Sari Wulandari")
    letter = next(s for s in out if "Draf surat somasi" in s.text)
    client = answers.get("name", "PT Maju Jaya")
    assert client in html_to_plain(letter.text) and "Sari Wulandari" in letter.text
    document = next(s for s in out if s.method == "sendDocument")
    assert document.filename.startswith("somasi-") and document.filename.endswith(".docx")
    assert document.document is not None
    body = docx_text(document.document)
    money = d.format_money(d.parse_amount(answers.get("amount", "Rp 2.500.000")))
    assert money in body and client in body and "Sari Wulandari" in body
    assert [label for label, _ in out[-1].flat_buttons] == ["💾 Simpan kasus", "⏰ Ingatkan saya"]
    assert KEY not in guide.app.user_data[USER]  # the conversation has ended
    storage = guide.app.bot_data["services"].storage
    assert storage.get_meta("dispute_started") == "1"
    assert storage.get_meta("dispute_finished") == "1"
    assert storage.cases_of(USER) == []  # nothing is saved without the worker's consent


async def test_client_name_in_filename_and_skipped_worker_name(guide: LocalClient) -> None:
    await answer_until_confirm(guide, name="PT Ayam & <Telur> Jaya")
    await opt(guide, d.CONFIRM)
    out = await opt(guide, d.SKIP)
    document = next(s for s in out if s.method == "sendDocument")
    assert document.filename == "somasi-pt-ayam-telur-jaya.docx"
    assert document.document is not None
    body = docx_text(document.document)
    assert "PT Ayam & <Telur> Jaya" in body and "[Nama Anda]" in body
    letter = next(s for s in out if "Draf surat somasi" in s.text)
    assert "&lt;Telur&gt;" in letter.text  # escaped HTML


async def test_employment_route_gets_bipartit_plan_and_no_letter(guide: LocalClient) -> None:
    await answer_until_confirm(guide, rel=("yes", "yes", "yes"), due=past(9),
                               amount="Rp 4.000.000", name="PT Maju Jaya (vendor dr X)")
    out = await opt(guide, d.CONFIRM)
    said = texts(out)
    assert "bipartit" in said and "UU 2/2004 Pasal 3" in said
    assert "Pengadilan Hubungan Industrial" in said
    assert "26% dari upah" in said and "Rp1.040.000" in said  # PP 36/2021 Pasal 61, computed
    assert not any(s.method == "sendDocument" for s in out)
    assert "Draf surat somasi" not in said and "Siapa nama Anda" in said
    out = await guide.send("Sari Wulandari")
    letter = next(s for s in out if "permohonan perundingan bipartit" in s.text)
    document = next(s for s in out if s.method == "sendDocument")
    assert document.filename == "bipartit-pt-maju-jaya-vendor-dr-x.docx"
    body = docx_text(document.document or b"")
    assert "Perihal: Permohonan Perundingan Bipartit" in body and "Direksi PT Maju Jaya\n" in body
    assert "klien" not in body.lower() and "vendor dr" not in body
    assert "UU 2/2004 Pasal 3" in body and "Rp1.040.000" in body and "Sari Wulandari" in body
    assert "KUHPerdata" not in letter.text
    assert [b for b, _ in out[-1].flat_buttons] == ["💾 Simpan kasus", "⏰ Ingatkan saya"]
    assert KEY not in guide.app.user_data[USER]


async def test_buttons_back_and_cancel_only_when_allowed(guide: LocalClient) -> None:
    first = (await guide.send("/sengketa"))[-1]
    datas = [data for _, data in first.flat_buttons]
    assert d.callback_data(d.BACK) not in datas and d.callback_data(d.CANCEL) in datas
    second = (await opt(guide, "late"))[-1]
    labels = [label for label, _ in second.flat_buttons]
    assert "⬅️ Kembali" in labels and "✖️ Batal" in labels
    assert labels[:3] == ["Ya", "Tidak", "Tidak yakin"]
    # the answered question is edited: its answer shown, its buttons gone
    edited = next(s for s in reversed(guide.api.sent) if s.message_id == first.message_id)
    assert edited.buttons == [] and "Terlambat dibayar" in edited.text


async def test_going_back_keeps_answers(guide: LocalClient) -> None:
    await guide.send("/sengketa")
    for value in ("partial", "no", "no", "no", "written", "none", "company"):
        await opt(guide, value)
    await guide.send("PT Maju Jaya")
    await opt(guide, "same")
    assert flow(guide)["state"] == "amount"
    out = await opt(guide, d.BACK)
    assert flow(guide)["state"] == "client_address"
    assert "alamatnya di Indonesia" in out[-1].text
    out = await opt(guide, d.BACK)
    assert flow(guide)["state"] == "client_name"
    assert flow(guide)["case"]["client_name"] == "PT Maju Jaya"
    assert flow(guide)["case"]["kind"] == "partial"
    await guide.send("kembali")  # typed synonyms work too
    assert flow(guide)["state"] == "client_type"


async def test_cancel_by_command_and_button(guide: LocalClient) -> None:
    await guide.send("/sengketa")
    await opt(guide, "late")
    out = await guide.send("/batal")
    assert "dibatalkan" in texts(out)
    assert KEY not in guide.app.user_data[USER]
    # after the guide, free text is a question again
    out = await guide.send("klien telat bayar")
    assert "KUHPerdata" in texts(out)
    await guide.send("/sengketa")
    out = await opt(guide, d.CANCEL)
    assert "dibatalkan" in texts(out) and KEY not in guide.app.user_data[USER]


@pytest.mark.parametrize("bad", ["sejuta-an", "nol", "-500rb"])
async def test_invalid_amount_reprompts_and_keeps_state(guide: LocalClient, bad: str) -> None:
    await guide.send("/sengketa")
    for value in ("late", "no", "no", "no", "chat", "foreign"):
        await opt(guide, value)
    await guide.send("Acme")
    before = flow(guide)
    assert before["state"] == "amount"
    out = await guide.send(bad)
    assert out[-1].text.startswith("⚠️")
    assert "Langkah 5/7" in out[-1].text  # the question again, with its buttons
    assert out[-1].flat_buttons
    after = flow(guide)
    assert after["state"] == "amount" and after["case"] == before["case"]
    await guide.send("Rp 1.500.000")
    assert flow(guide)["state"] == "due_date"


async def test_invalid_and_future_dates_reprompt(guide: LocalClient) -> None:
    await guide.send("/sengketa")
    for value in ("late", "no", "no", "no", "chat", "foreign"):
        await opt(guide, value)
    await guide.send(d.SKIP)
    await guide.send("Rp 1.500.000")
    before = flow(guide)
    assert before["state"] == "due_date"
    future = (today_jakarta() + timedelta(days=10)).strftime("%d/%m/%Y")
    for bad in ("31/02/2025", future, "kapan-kapan"):
        out = await guide.send(bad)
        assert out[-1].text.startswith("⚠️"), bad
        assert flow(guide)["state"] == "due_date"
        assert flow(guide)["case"] == before["case"]
    assert "tidak ada di kalender" in texts(await guide.send("31/02/2025"))
    await guide.send("2 minggu lalu")
    assert flow(guide)["state"] == "evidence"
    due = date.fromisoformat(flow(guide)["case"]["due_date"])
    assert due == today_jakarta() - timedelta(days=14)


async def test_evidence_checklist_edits_the_message(guide: LocalClient) -> None:
    await answer_until_confirm(guide, evidence=())
    await opt(guide, d.BACK)  # back to TRIED
    out = await opt(guide, d.BACK)  # back to EVIDENCE
    prompt_msg = out[-1]
    out = await opt(guide, "chat")
    assert out[-1].method == "editMessageReplyMarkup"
    assert out[-1].message_id == prompt_msg.message_id
    labels = [label for label, _ in out[-1].flat_buttons]
    assert "✅ Chat/e-mail" in labels and "⬜ Invoice/tagihan" in labels
    out = await opt(guide, "chat")  # toggles off again
    assert "⬜ Chat/e-mail" in [label for label, _ in out[-1].flat_buttons]
    await opt(guide, "invoice")
    await opt(guide, d.DONE)
    assert flow(guide)["case"]["evidence"] == ["invoice"]


async def test_stale_forged_and_foreign_presses_change_nothing(guide: LocalClient) -> None:
    first = (await guide.send("/sengketa"))[-1]
    await opt(guide, "late")
    live = guide.last_with_buttons()
    assert live is not None
    before = flow(guide)
    cases = [
        (first, d.callback_data("partial")),  # an old message
        (live, d.callback_data("zzz")),  # a value no prompt offers
        (live, d.callback_data("late")),  # a value of another state
        (live, d.callback_data("confirm")),
        (live, "dispute:opt:" + "x" * 50),
        (live, "dispute:save:deadbeef"),  # no result to save
        (live, "dispute:remind:0123abcd"),
        (live, "dispute:nope"),
    ]
    for sent, data in cases:
        out = await guide.press_data(data, sent)
        assert out[-1].method == "answerCallbackQuery", data
        assert "tidak berlaku" in out[-1].text, data
        assert flow(guide) == before, data
    # another user pressing this user's button: nothing happens to either
    other = LocalClient(guide.app, guide.api, user_id=2002)
    out = await other.press_data(d.callback_data("yes"), live)
    assert out[-1].method == "answerCallbackQuery" and "tidak berlaku" in out[-1].text
    assert flow(guide) == before and KEY not in guide.app.user_data.get(2002, {})


async def test_sengketa_again_offers_to_continue_or_restart(guide: LocalClient) -> None:
    await guide.send("/sengketa")
    await opt(guide, "late")
    await opt(guide, "no")
    out = await guide.send("/sengketa")
    assert "Lanjutkan" in texts(out)
    assert flow(guide)["state"] == "rel_wage"
    assert "Langkah 2/7" in out[-1].text
    resume = next(s for s in out if s.flat_buttons and s.flat_buttons[0][1] == "dispute:new")
    await guide.press_data("dispute:new", resume)
    assert flow(guide)["state"] == "kind" and flow(guide)["case"]["kind"] is None
    storage = guide.app.bot_data["services"].storage
    assert storage.get_meta("dispute_started") == "2"


async def test_restart_half_way_continues(settings: Settings,
                                         quiet_services: Services) -> None:
    app, api = await started(settings, quiet_services)
    bot = LocalClient(app, api, user_id=USER)
    await bot.send("/sengketa")
    for value in ("late", "no", "no", "no", "chat", "company"):
        await opt(bot, value)
    await bot.send("PT Tahan Banting")
    await opt(bot, "same")
    live = bot.last_with_buttons()
    assert live is not None
    await stopped(app)
    assert not (settings.data_dir / "persistence.pickle").exists()
    assert USER in quiet_services.storage.load_state("user")  # the flow's state, in SQLite

    app2, api2 = await started(settings, quiet_services)
    try:
        bot2 = LocalClient(app2, api2, user_id=USER)
        assert flow(bot2)["state"] == "amount"
        out = await bot2.send("Rp 3.000.000")  # a free-text answer, not a question
        assert "Langkah 6/7" in out[-1].text
        await bot2.send(past(20))
        await opt(bot2, d.DONE)
        await opt(bot2, "chat_reminder")
        out = await opt(bot2, d.CONFIRM)
        assert "Rp3.000.000" in texts(out) and "PT Tahan Banting" in texts(out)
        out = await bot2.send("Sari")
        document = next(s for s in out if s.method == "sendDocument")
        assert document.document is not None
        assert "PT Tahan Banting" in docx_text(document.document)
    finally:
        await stopped(app2)


async def finish(bot: LocalClient, **answers: Any) -> list[Sent]:
    """A whole civil walk up to the save/remind buttons."""
    await answer_until_confirm(bot, **answers)
    await opt(bot, d.CONFIRM)
    return await bot.send("Sari Wulandari")


async def test_reminder_is_stored_scheduled_and_survives_restart(
        settings: Settings, quiet_services: Services) -> None:
    app, api = await started(settings, quiet_services)
    bot = LocalClient(app, api, user_id=USER)
    out = await finish(bot)
    await bot.press("Ingatkan", out[-1])
    storage = quiet_services.storage
    rows = storage.reminders_of(USER)
    assert len(rows) == 1 and rows[0]["sent"] == 0
    day = today_jakarta() + timedelta(days=d.SOMASI_SEND_AFTER_DAYS + d.SOMASI_DEADLINE_DAYS)
    due = reminder_time(day)
    assert datetime.fromisoformat(rows[0]["due_at"]) == due
    assert due.astimezone(UTC).hour == 2  # 09:00 WIB
    jobs = app.job_queue.get_jobs_by_name(f"reminder:{rows[0]['id']}")
    assert len(jobs) == 1 and jobs[0].next_t == due
    again = await bot.press("Ingatkan", out[-1])  # a second press sets no second reminder
    assert "sudah dipasang" in again[-1].text and len(storage.reminders_of(USER)) == 1
    await stopped(app)

    app2, api2 = await started(settings, quiet_services)
    try:
        jobs = app2.job_queue.get_jobs_by_name(f"reminder:{rows[0]['id']}")
        assert len(jobs) == 1 and jobs[0].next_t == due
        await jobs[0].run(app2)  # what the JobQueue does at 09:00 WIB on that day
        sent = [s for s in api2.sent if s.method == "sendMessage" and s.chat_id == USER]
        assert "Pengingat KawanGig" in sent[-1].text and "PT Maju Jaya" in sent[-1].text
        assert storage.reminders_of(USER)[0]["sent"] == 1
        await jobs[0].run(app2)  # never twice
        assert len([s for s in api2.sent if s.method == "sendMessage"]) == len(sent)
    finally:
        await stopped(app2)

    app3, _ = await started(settings, quiet_services)
    try:  # a sent reminder is not rescheduled
        assert not app3.job_queue.get_jobs_by_name(f"reminder:{rows[0]['id']}")
    finally:
        await stopped(app3)


async def test_deleted_reminder_is_not_sent(guide: LocalClient) -> None:
    out = await finish(guide)
    await guide.press("Ingatkan", out[-1])
    storage = guide.app.bot_data["services"].storage
    rid = storage.reminders_of(USER)[0]["id"]
    storage.delete_user_data(USER)  # what /hapusdata does
    before = len(guide.api.sent)
    await guide.app.job_queue.get_jobs_by_name(f"reminder:{rid}")[0].run(guide.app)
    assert len(guide.api.sent) == before


async def test_overdue_reminder_is_rescheduled_and_sent(settings: Settings,
                                                        quiet_services: Services) -> None:
    storage = quiet_services.storage
    due = datetime.now(UTC) - timedelta(hours=1)  # the bot was down when it was due
    rid = storage.add_reminder(USER, due, "⏰ <b>Pengingat</b> lama")
    api = LocalBotAPI()
    app = build_application(settings, request=api, services=quiet_services)
    await app.initialize()
    try:
        await app.post_init(app)  # type: ignore[misc]
        # not started: the job waits in the queue and would run as soon as the bot starts
        jobs = app.job_queue.get_jobs_by_name(f"reminder:{rid}")
        assert len(jobs) == 1
        await jobs[0].run(app)
        assert api.sent[-1].text == "⏰ <b>Pengingat</b> lama" and api.sent[-1].chat_id == USER
        assert storage.get_reminder(rid)["sent"] == 1
    finally:
        await app.shutdown()


async def test_save_only_on_consent_then_kasus(guide: LocalClient) -> None:
    out = await finish(guide)
    storage = guide.app.bot_data["services"].storage
    assert storage.cases_of(USER) == []
    saved = await guide.press("Simpan", out[-1])
    assert "Kasus disimpan" in texts(saved)
    rows = storage.cases_of(USER)
    assert len(rows) == 1 and rows[0]["status"] == "saved"
    case = d.Case.from_dict(rows[0]["data"]["case"])
    assert case.client_name == "PT Maju Jaya"
    assert rows[0]["data"]["worker_name"] == "Sari Wulandari"
    again = await guide.press("Simpan", out[-1])
    assert "sudah disimpan" in again[-1].text and len(storage.cases_of(USER)) == 1

    result = "\n\n".join(s.text for s in guide.api.sent if s.chat_id == USER)
    listing = (await guide.send("/kasus"))[-1]
    case_id = rows[0]["id"]
    assert listing.flat_buttons == [(f"#{case_id} · PT Maju Jaya · Rp2.500.000",
                                     f"case:open:{case_id}")]
    shown = [s for s in await guide.press_data(f"case:open:{case_id}", listing)
             if s.method == "sendMessage"]
    opened = shown[-1]
    whole = "\n\n".join(s.text for s in shown)
    assert "Ringkasan sengketa pembayaran" in html_to_plain(whole)
    # the dated plan again, step for step as on the day it was made
    steps = [line for line in whole.splitlines() if re.match(r"\d\. ", line)]
    assert len(steps) >= 5 and "Rencana langkah" in whole
    assert all(line in result for line in steps)
    assert [label for label, _ in opened.flat_buttons] == ["📄 Ekspor .docx", "🗑️ Hapus"]
    exported = await guide.press("Ekspor", opened)
    document = next(s for s in exported if s.method == "sendDocument")
    assert document.filename == "somasi-pt-maju-jaya.docx" and document.document is not None
    body = docx_text(document.document)
    assert "Rp2.500.000" in body and "Sari Wulandari" in body

    confirm = (await guide.press("Hapus", opened))[-1]
    assert "Hapus kasus" in confirm.text
    kept = await guide.press("Batal", confirm)
    assert "tidak dihapus" in texts(kept) and len(storage.cases_of(USER)) == 1
    done = await guide.press("Ya, hapus", confirm)
    assert "dihapus" in texts(done) and storage.cases_of(USER) == []
    gone = await guide.press_data(f"case:open:{case_id}", listing)
    assert gone[-1].method == "answerCallbackQuery" and "tidak ditemukan" in gone[-1].text
    assert "Belum ada kasus" in texts(await guide.send("/kasus"))


async def test_deleting_a_case_deletes_its_reminder(guide: LocalClient) -> None:
    out = await finish(guide)
    await guide.press("Ingatkan", out[-1])  # a reminder first, then the case is saved
    await guide.press("Simpan", out[-1])
    storage = guide.app.bot_data["services"].storage
    case_id = storage.cases_of(USER)[0]["id"]
    assert storage.reminders_of(USER)[0]["case_id"] == case_id
    listing = (await guide.send("/kasus"))[-1]
    await guide.press_data(f"case:delok:{case_id}", listing)
    assert storage.reminders_of(USER) == []


async def test_other_users_and_forged_case_ids_are_not_found(guide: LocalClient) -> None:
    storage = guide.app.bot_data["services"].storage
    theirs = storage.save_case(2002, {"case": {"kind": "late"}, "today": "2025-01-01"})
    listing = (await guide.send("/kasus"))[-1]
    for data in (f"case:open:{theirs}", f"case:docx:{theirs}", f"case:del:{theirs}",
                 f"case:delok:{theirs}", "case:open:999999"):
        out = await guide.press_data(data, listing)
        assert out[-1].method == "answerCallbackQuery" and "tidak ditemukan" in out[-1].text
    for data in ("case:open:abc", "case:open:", "case:zap:1", "case:open:1:2"):
        out = await guide.press_data(data, listing)
        assert out[-1].method == "answerCallbackQuery" and "tidak berlaku" in out[-1].text
    assert len(storage.cases_of(2002)) == 1  # still there


async def test_result_buttons_of_an_older_result_are_stale(guide: LocalClient) -> None:
    first = await finish(guide)
    second = await finish(guide)
    out = await guide.press("Simpan", first[-1])
    assert out[-1].method == "answerCallbackQuery" and "tidak berlaku" in out[-1].text
    storage = guide.app.bot_data["services"].storage
    assert storage.cases_of(USER) == []
    await guide.press("Simpan", second[-1])
    assert len(storage.cases_of(USER)) == 1


async def test_invalid_worker_name_reprompts(guide: LocalClient) -> None:
    await answer_until_confirm(guide)
    await opt(guide, d.CONFIRM)
    out = await guide.send("x")
    assert out[-1].text.startswith("⚠️") and flow(guide)["state"] == "worker_name"
    out = await guide.send("lewati")
    assert any(s.method == "sendDocument" for s in out)


async def test_english_user_gets_english_frame(settings: Settings,
                                               quiet_services: Services) -> None:
    app, api = await started(settings, quiet_services)
    try:
        bot = LocalClient(app, api, user_id=USER, language_code="en")
        out = await bot.send("/sengketa")
        assert "Payment-dispute guide" in texts(out)
        assert "✖️ Cancel" in [label for label, _ in out[-1].flat_buttons]
    finally:
        await stopped(app)


async def test_guide_paused_for_days_answers_questions_and_keeps_progress(
        guide: LocalClient) -> None:
    await guide.send("/sengketa")
    await opt(guide, "late")
    stored = guide.app.user_data[USER][KEY]
    stored["at"] = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    out = await guide.send("klien telat bayar")
    said = texts(out)
    assert "masih tersimpan" in said and "KUHPerdata" in said
    assert guide.app.user_data[USER][KEY]["state"] == "rel_orders"
    # /sengketa days later continues where the worker stopped
    out = await guide.send("/sengketa")
    assert flow(guide)["state"] == "rel_orders"
    assert any(d.startswith("dispute:opt:") for _, d in out[-1].flat_buttons)
    await guide.send("/batal")
    # a recent guide keeps its free text
    await guide.send("/sengketa")
    await opt(guide, "late")
    out = await guide.send("klien telat bayar")
    assert out[-1].text.startswith("⚠️") and flow(guide)["state"] == "rel_orders"


async def test_guide_paused_for_days_takes_a_valid_answer(guide: LocalClient) -> None:
    await guide.send("/sengketa")
    for value in ("partial", "no", "no", "no", "written", "none", "company"):
        await opt(guide, value)
    await guide.send("PT Maju Jaya")
    await opt(guide, "same")
    assert flow(guide)["state"] == "amount"
    guide.app.user_data[USER][KEY]["at"] = (datetime.now(UTC) - timedelta(days=3)).isoformat()
    await guide.send("2jt")  # days later, the amount: the guide simply goes on
    assert flow(guide)["state"] == "due_date"
    assert flow(guide)["case"]["amount"]["minor"] == 2_000_000


async def test_whole_english_walk_after_bahasa(guide: LocalClient) -> None:
    menu = (await guide.send("/bahasa"))[-1]
    await guide.press_data("lang:en", menu)
    out = await guide.send("/sengketa")
    said = texts(out)
    assert "Payment-dispute guide" in said and "letter itself is in Indonesian" in said
    assert "Step 1/7" in said and "Langkah" not in said
    labels = [label for label, _ in out[-1].flat_buttons]
    assert "Payment is late" in labels and "✖️ Cancel" in labels
    out = await opt(guide, "late")
    assert [label for label, _ in out[-1].flat_buttons][:3] == ["Yes", "No", "Not sure"]
    edited = next(s for s in out if s.method == "editMessageText")
    assert "Payment is late" in edited.text  # the answered question echoes the English label
    for value in ("no", "no", "no", "written", "none", "company"):
        await opt(guide, value)
    out = await guide.send("PT Maju Jaya")
    assert "Do you know their address in Indonesia" in texts(out)
    out = await opt(guide, "same")
    assert "Step 5/7" in out[-1].text
    before = flow(guide)
    out = await guide.send("a lot")  # a bad amount: the question again, in English
    assert out[-1].text.startswith("⚠️") and "could not be read" in out[-1].text
    assert "Step 5/7" in out[-1].text and "misalnya" not in out[-1].text
    assert flow(guide)["state"] == "amount" and flow(guide)["case"] == before["case"]
    out = await guide.send("Rp 2.5 million")
    assert flow(guide)["state"] == "due_date" and "Step 6/7" in out[-1].text
    out = await guide.send("tomorrow")
    assert out[-1].text.startswith("⚠️") and "cannot be after today" in out[-1].text
    await guide.send("3 weeks ago")
    assert flow(guide)["state"] == "evidence"
    for value in ("chat", "invoice", d.DONE):
        out = await opt(guide, value)
    assert "What have you already done" in out[-1].text
    out = await opt(guide, "nothing")
    assert "Check your answers" in out[-1].text and "Rp2.500.000" in out[-1].text
    assert "Correct, continue" in [label for label, _ in out[-1].flat_buttons]
    out = await opt(guide, d.CONFIRM)
    said = texts(out)
    for expected in ("Payment dispute summary", "Legal basis", "KUHPerdata Pasal 1238",
                     "Action plan", "Send a somasi", "Interest if you sue", "Staatsblad",
                     "small-claims procedure", "Rp2.500.000", "What is your name"):
        assert expected in said, expected
    for indonesian in ("Ringkasan sengketa", "Rencana langkah", "Dasar hukum", "Siapa nama"):
        assert indonesian not in said
    out = await guide.send("Sari Wulandari")
    letter = next(s for s in out if "Draft demand letter" in s.text)
    plain = html_to_plain(letter.text)
    assert "in the recipient's language" in plain
    assert "Perihal: Somasi (Teguran)" in plain and "PT Maju Jaya" in plain  # the letter itself
    document = next(s for s in out if s.method == "sendDocument")
    assert document.document is not None
    body = docx_text(document.document)
    assert "Rp2.500.000" in body and "PT Maju Jaya" in body and "Sari Wulandari" in body
    assert "Somasi (Teguran) atas Pembayaran yang Belum Dilunasi" in body
    assert "Dengan hormat" in body and "demand letter" not in body
    assert [label for label, _ in out[-1].flat_buttons] == ["💾 Save case", "⏰ Remind me"]
    # a saved case opens with its summary in English
    await guide.press(1)
    out = await guide.send("/kasus")
    out = await guide.press(1)
    assert "Payment dispute summary" in texts(out) and "PT Maju Jaya" in texts(out)


async def test_disclaimer_is_not_repeated_in_the_intro_after_start(guide: LocalClient) -> None:
    await guide.send("/start")
    out = await guide.send("/sengketa")
    assert "bukan nasihat hukum" not in texts(out)
    await guide.send("/batal")


# --------------------------------------------------------------------------- the right forum
# (issue #11's wrong routes, each walked through the chat to the plan)


def _plan_titles(said: str) -> str:
    return said.split("Rencana langkah", 1)[1]


async def test_an_indonesian_platform_in_jakarta_gets_small_claims(guide: LocalClient) -> None:
    await answer_until_confirm(guide, "rejected", agreement="online_terms", clause="none",
                               client_type="company", name="PT Anotasi Jakarta",
                               address="same", amount="Rp 7,5 juta")
    said = texts(await opt(guide, d.CONFIRM))
    assert "Gugatan sederhana: kemungkinan bisa" in said
    assert "Gugatan sederhana" in _plan_titles(said)


async def test_usd_owed_by_an_indonesian_company_is_judged_in_rupiah(guide: LocalClient) -> None:
    await answer_until_confirm(guide, "late", agreement="written", client_type="company",
                               name="PT Data Nusantara", amount="USD 450", rate="16.300")
    said = texts(await opt(guide, d.CONFIRM))
    assert "Rp7.335.000" in said and "USD 450.00" in said and "Rp16.300" in said
    assert "Gugatan sederhana: kemungkinan bisa" in said
    assert "UU 7/2011" in said  # the rupiah objection is named, not treated as a bar


async def test_a_client_in_another_court_area_keeps_small_claims_with_a_representative(
        guide: LocalClient) -> None:
    await answer_until_confirm(guide, "late", client_type="person", name="Budi Santoso",
                               address="other")
    said = texts(await opt(guide, d.CONFIRM))
    assert "Gugatan sederhana: kemungkinan bisa" in said
    assert "kuasa insidentil" in said and "hadir langsung" in said


async def test_an_arbitration_clause_sends_the_worker_to_arbitration(guide: LocalClient) -> None:
    await answer_until_confirm(guide, "late", agreement="written", clause="arbitration")
    said = texts(await opt(guide, d.CONFIRM))
    plan = _plan_titles(said)
    assert "Arbitrase sesuai klausul kontrak" in plan and "UU 30/1999 Pasal 3" in said
    assert "Gugatan sederhana" not in plan and "Gugatan perdata biasa" not in plan
    out = await guide.send("Sari Wulandari")
    letter = next(s for s in out if "Draf surat somasi" in s.text)
    assert "arbitrase" in letter.text and "gugatan sederhana" not in letter.text


async def test_status_check_leads_into_the_guide_without_its_questions(
        guide: LocalClient) -> None:
    await guide.send("/status")
    answers = {"tasks": "choose", "hours": "free", "control": "results", "pay": "result",
               "core": "no", "length": "short", "others": "free", "label": "mitra"}
    for question, value in answers.items():
        await guide.press(f"status:a:{question}:{value}")
    out = await guide.press("dispute:status:civil")
    assert flow(guide)["state"] == "kind"
    await opt(guide, "late")
    assert flow(guide)["state"] == "agreement"  # the three relationship questions skipped
    case = flow(guide)["case"]
    assert (case["orders"], case["wage"], case["core"], case["from_status"]) == (
        "no", "no", "no", True)
    assert out


async def test_each_step_is_in_the_database_at_once(guide: LocalClient) -> None:
    """#17: after a SIGKILL right after a step, the guide resumes from that step."""
    svc = guide.app.bot_data["services"]
    await guide.send("/sengketa")
    await opt(guide, "late")
    await opt(guide, "no")
    stored = svc.storage.load_state("user")[USER]
    assert '"state": "rel_wage"' in stored or '"state":"rel_wage"' in stored


async def test_a_question_mid_guide_is_answered_and_never_stored(guide: LocalClient) -> None:
    """#11: a flow that listens: a question is answered and the step asked again."""
    await guide.send("/sengketa")
    for value in ("late", "no", "no", "no", "chat", "company"):
        await opt(guide, value)
    await guide.send("PT Maju Jaya")
    await opt(guide, "same")
    assert flow(guide)["state"] == "amount"
    before = dict(flow(guide)["case"])
    out = await guide.send("klien boleh nahan bayaran kalau kerjaan masih direvisi?")
    said = texts(out)
    assert "KUHPerdata" in said and "Kembali ke panduan sengketa" in said
    assert flow(guide)["state"] == "amount" and flow(guide)["case"] == before
    out = await guide.send("td sampe mana ya")
    assert "Anda sedang mengisi panduan sengketa" in texts(out)
    assert flow(guide)["state"] == "amount" and flow(guide)["case"] == before
    await guide.send("Rp 2.000.000")
    assert flow(guide)["state"] == "due_date"


async def test_the_result_links_the_provisions_of_its_forum(guide: LocalClient) -> None:
    await answer_until_confirm(guide, "late", agreement="written", clause="arbitration")
    out = await opt(guide, d.CONFIRM)
    result = next(s for s in out if any(d.startswith("entry:card:") for _, d in s.flat_buttons))
    datas = [data for _, data in result.flat_buttons]
    assert "entry:card:uu30-3" in datas and "entry:card:uu30-11" in datas
    card = await guide.press("entry:card:uu30-3", result)
    assert "UU 30/1999 Pasal 3" in card[-1].text


async def test_an_answer_is_changed_from_the_summary_in_the_chat(guide: LocalClient) -> None:
    await answer_until_confirm(guide, "late")
    await opt(guide, "edit_amount")
    assert flow(guide)["state"] == "amount"
    out = await guide.send("Rp 3 juta")
    assert flow(guide)["state"] == "confirm" and "Rp3.000.000" in texts(out)
