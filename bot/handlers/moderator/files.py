"""Knowledge files from and to Telegram: an uploaded file or .zip is previewed, then imported
on ✅; /ekspor sends the live entries as a .zip in the knowledge/ format."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.curation import (
    MAX_UPLOAD,
    UploadError,
    check_upload_name,
    export_zip,
    parse_upload,
    trial_index,
)
from bot.handlers.common import keyboard, lang_of, press, reply, services, udata
from bot.handlers.moderator.common import actor, after_change, not_written
from bot.knowledge import KnowledgeError, entry_from_mapping
from bot.render import esc
from bot.storage import ImportReport
from bot.texts import t


def report_lines(report: ImportReport, lang: str) -> str:
    """What an import adds, changes, keeps and protects."""
    lines = []
    for key in ("added", "updated", "unchanged", "protected"):
        ids: list[str] = getattr(report, key)
        if ids:
            shown = ", ".join(esc(i) for i in ids[:30]) + (" …" if len(ids) > 30 else "")
            lines.append(t(f"mod_import_{key}", lang, n=len(ids), ids=shown))
    return "\n".join(lines)


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A moderator's file: parse, validate and preview the import."""
    message = update.effective_message
    lang = lang_of(update, context)
    if message is None or message.document is None:
        return
    doc = message.document
    name = doc.file_name or "berkas"
    if doc.file_size and doc.file_size > MAX_UPLOAD:
        await reply(update, t("mod_upload_big", lang))
        return
    svc = services(context)
    try:
        check_upload_name(name)
        file = await doc.get_file()
        content = bytes(await file.download_as_bytearray())
        # off the event loop: a large or hostile upload must not stall everyone else
        entries = await asyncio.to_thread(parse_upload, name, content,
                                          svc.storage.live_entries())
    except UploadError as exc:
        values = {k: esc(v) for k, v in exc.values.items()}
        await reply(update, t(exc.key, lang, **values) + "\n" + t("mod_nothing_written", lang))
        return
    except TelegramError:
        await reply(update, t("mod_upload_failed", lang))
        return
    report = svc.storage.import_entries(entries, actor(update), dry_run=True)
    body = t("mod_import_preview", lang, name=esc(name)) + "\n" + report_lines(report, lang)
    if not report.changed:
        await reply(update, body + "\n\n" + t("mod_import_nothing", lang))
        return
    # the parsed upload waits in the database; only its token sits in user_data
    udata(context)["mod_import"] = svc.storage.put_pending_upload(
        update.effective_user.id if update.effective_user else 0,
        [e.to_record() for e in entries])
    await reply(update, body, keyboard([[(t("mod_btn_import", lang), "mod:imp:ok"),
                                         (t("mod_btn_cancel", lang), "mod:imp:no")]]))


async def on_import(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:imp:ok`` imports the previewed upload, ``mod:imp:no`` drops it."""
    p = press(update, context)
    data = udata(context)
    token = data.pop("mod_import", None)
    svc = services(context)
    records = (svc.storage.take_pending_upload(str(token), p.query.from_user.id)
               if token else None)
    if records is None:
        await p.stale()
        return
    await p.query.answer()
    if p.args[0] != "ok":
        await reply(update, t("mod_cancelled", p.lang))
        return
    try:
        entries = [entry_from_mapping(r, "upload") for r in records]
    except KnowledgeError as exc:
        await reply(update, not_written(exc, p.lang))
        return
    if not await asyncio.to_thread(trial_index, svc.storage.live_entries(), entries):
        await reply(update, t("mod_import_unindexable", p.lang))
        return
    report = svc.storage.import_entries(entries, actor(update))
    closed = await after_change(svc)
    await reply(update, t("mod_imported", p.lang, gaps=closed) + "\n"
                + report_lines(report, p.lang))


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ekspor: the live knowledge base as a zip in the knowledge/ format."""
    lang = lang_of(update, context)
    chat = update.effective_chat
    if chat is None:
        return
    entries = services(context).storage.live_entries()
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    await chat.send_document(document=export_zip(entries), filename=f"kawangig-{stamp}.zip",
                             caption=t("mod_exported", lang, n=len(entries)))
