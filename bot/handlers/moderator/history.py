"""/hapus, /riwayat, /kembalikan: versions of an entry (a delete is a version too)."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import keyboard, lang_of, press, reply, services, udata
from bot.handlers.moderator.common import actor, after_change, arg_list, conflict_text
from bot.render import esc
from bot.storage import ConflictError, EntryNotFound
from bot.texts import t


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hapus ID [alasan]: ask to confirm a soft delete."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if not args:
        await reply(update, t("mod_usage_delete", lang))
        return
    svc = services(context)
    try:
        row = svc.storage.get_row(args[0])
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(args[0])))
        return
    reasons: dict[str, str] = udata(context).setdefault("mod_delete_reason", {})
    reasons[args[0]] = " ".join(args[1:])[:200]
    data = f"mod:del:{args[0]}:{row['version']}"
    await reply(update, t("mod_delete_confirm", lang, id=esc(args[0]),
                          title=esc(row["title"])), keyboard([[
        (t("mod_btn_delete", lang), data), (t("mod_btn_cancel", lang), "mod:delno"),
    ]]))


async def on_delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:del:<id>:<version>``: delete, unless the entry changed since /hapus."""
    p = press(update, context)
    entry_id, expected = p.args
    await p.query.answer()
    svc = services(context)
    reason = udata(context).get("mod_delete_reason", {}).pop(entry_id, "") or "hapus"
    try:
        version = svc.storage.delete_entry(entry_id, actor(update), reason,
                                           expected_version=int(expected))
    except EntryNotFound:
        await reply(update, t("mod_not_found", p.lang, id=esc(entry_id)))
        return
    except ConflictError:
        await reply(update, conflict_text(svc, entry_id, None, p.lang))
        return
    await after_change(svc)
    await reply(update, t("mod_deleted_done", p.lang, id=esc(entry_id), version=version))


async def on_keep(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:delno``: the delete is cancelled."""
    p = press(update, context)
    await p.query.answer()
    await reply(update, t("mod_cancelled", p.lang))


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/riwayat ID: versions with who, when and why."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) != 1:
        await reply(update, t("mod_usage_history", lang))
        return
    try:
        versions = services(context).storage.history(args[0])
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(args[0])))
        return
    lines = [t("mod_history_header", lang, id=esc(args[0]))]
    for v in versions[:30]:
        lines.append(t("mod_history_line", lang, version=v.version, at=esc(v.created_at),
                       author=esc(v.author), reason=esc(v.reason or "—"),
                       state=t("mod_deleted", lang) if v.deleted else ""))
    lines.append(t("mod_history_footer", lang, id=esc(args[0])))
    await reply(update, "\n".join(lines))


async def restore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kembalikan ID VERSI [alasan]: an old version becomes the newest."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) < 2 or not re.fullmatch(r"\d{1,6}", args[1]):
        await reply(update, t("mod_usage_restore", lang))
        return
    svc = services(context)
    reason = " ".join(args[2:])[:200] or f"kembalikan ke versi {args[1]}"
    try:
        version = svc.storage.restore(args[0], int(args[1]), actor(update), reason)
    except EntryNotFound:
        await reply(update, t("mod_version_not_found", lang, id=esc(args[0]),
                              version=esc(args[1])))
        return
    closed = await after_change(svc)
    await reply(update, t("mod_restored", lang, id=esc(args[0]), old=esc(args[1]),
                          version=version, gaps=closed))
