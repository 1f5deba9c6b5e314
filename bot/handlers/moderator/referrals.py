"""/rujukan, the volunteers' side of human help: the queue, claim, reply, hand over, close,
learn from the answered question, mute, notifications.

The volunteer never sees the worker's Telegram id or name: a thread shows the pseudonym
(``Pekerja #1042``) and what the worker wrote, and the contact only if the worker shared it.
Replies go to the worker as messages from the bot; a reply the bot cannot deliver (the worker
blocked it) is marked and the volunteer told. Replying: "✍️ Balas" (the next text is the reply)
or a Telegram reply to the thread's message (its header names the thread). "📚 Kirim entri"
sends an entry's card with its 📜 button instead of typing the law.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.curation import with_question
from bot.handlers import user
from bot.handlers.common import (
    PRIVATE,
    flow_handler,
    keyboard,
    lang_of,
    press,
    reply,
    services,
    udata,
)
from bot.handlers.moderator.common import (
    ModeratorButton,
    ModeratorFilter,
    actor,
    after_change,
    arg_list,
)
from bot.helpdesk import parse_hm
from bot.knowledge import KnowledgeError
from bot.render import esc, render_hit, shorten
from bot.storage import EntryNotFound, ThreadNotFound
from bot.texts import t

log = logging.getLogger(__name__)
TEXT = "text"  # the conversation's state: the volunteer's next text is a reply or an entry id
_KEY = "ref_reply"
_HEADER = re.compile(r"(?:Rujukan|Request|rujukan baru|new request|Pesan baru di|"
                     r"New message in) #(\d{1,12})")


def _wait(created_at: str, lang: str) -> str:
    minutes = int((datetime.now(UTC) - datetime.fromisoformat(created_at)).total_seconds() // 60)
    if minutes < 60:
        return t("ref_wait_minutes", lang, n=max(minutes, 0))
    if minutes < 48 * 60:
        return t("ref_wait_hours", lang, n=minutes // 60)
    return t("ref_wait_days", lang, n=minutes // (24 * 60))


async def queue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/rujukan: open threads, oldest first; /rujukan notif on|off [HH:MM-HH:MM]."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if args and args[0] == "notif":
        await _notif(update, context, args[1:], lang)
        return
    svc = services(context)
    me = update.effective_user.id if update.effective_user else 0
    rows = svc.storage.help_queue()
    if not rows:
        await reply(update, t("ref_queue_empty", lang))
        return
    lines = [t("ref_queue", lang, n=len(rows))]
    buttons = []
    for row in rows[:30]:
        claimed = ("" if not row["claimed_by"] else t(
            "ref_claimed_by_you" if row["claimed_by"] == me else "ref_claimed_by_other", lang))
        lines.append(t("ref_queue_line", lang, id=row["id"], who=row["pseudonym"],
                       wait=_wait(row["created_at"], lang), claimed=claimed))
        buttons.append([(t("ref_btn_open", lang, id=row["id"]), f"mod:ref:open:{row['id']}")])
    await reply(update, "\n".join(lines), keyboard(buttons))


async def _notif(update: Update, context: ContextTypes.DEFAULT_TYPE, args: list[str],
                 lang: str) -> None:
    me = update.effective_user.id if update.effective_user else 0
    storage = services(context).storage
    if args[:1] == ["off"] and len(args) == 1:
        storage.set_notify(me, False)
        await reply(update, t("ref_notif_off", lang))
        return
    if args[:1] != ["on"] or len(args) > 2:
        await reply(update, t("ref_notif_usage", lang))
        return
    quiet: tuple[str, str] | None = None
    if len(args) == 2:
        start, _, end = args[1].partition("-")
        try:
            quiet = (parse_hm(start), parse_hm(end))
        except ValueError:
            await reply(update, t("ref_notif_usage", lang))
            return
    storage.set_notify(me, True, quiet)
    row = next((r for r in storage.notify_settings() if r["moderator_id"] == me), {})
    shown = (t("ref_notif_quiet", lang, start=row["quiet_start"], end=row["quiet_end"])
             if row.get("quiet_start") and row.get("quiet_end") else "")
    await reply(update, t("ref_notif_on", lang, quiet=shown))


def _thread_text(svc: Any, row: dict[str, Any], lang: str) -> str:
    """A thread as the volunteer sees it: pseudonym, messages, shared case and contact."""
    status = t(f"help_status_{row['status']}", lang)
    parts = [t("ref_thread_header", lang, id=row["id"], who=row["pseudonym"], status=status)]
    for msg in svc.storage.messages(row["id"]):
        text = esc(msg["text"]) if msg["text"] else ""
        if msg["file_kind"]:
            text = (text + " " if text else "") + t("ref_file", lang, kind=msg["file_kind"])
        if msg["sender"] == "worker":
            parts.append(t("ref_msg_worker", lang, text=text))
        else:
            parts.append(t("ref_msg_volunteer", lang, text=text, undelivered="" if msg[
                "delivered"] else t("ref_undelivered", lang)))
    if row.get("case_summary"):
        parts.append(t("ref_case", lang, summary=esc(row["case_summary"])))
    return "\n\n".join(parts)


def _thread_buttons(row: dict[str, Any], me: int, lang: str) -> list[list[tuple[str, str]]]:
    tid = row["id"]
    if row["status"] == "closed":
        return []
    if row["claimed_by"] != me:
        return [[(t("ref_btn_claim", lang), f"mod:ref:claim:{tid}")]]
    rows = [[(t("ref_btn_reply", lang), f"mod:ref:reply:{tid}"),
             (t("ref_btn_entry", lang), f"mod:ref:entry:{tid}")],
            [(t("ref_btn_handover", lang), f"mod:ref:handover:{tid}"),
             (t("ref_btn_close", lang), f"mod:ref:close:{tid}"),
             (t("ref_btn_mute", lang), f"mod:ref:mute:{tid}")]]
    return rows


async def _show(update: Update, context: ContextTypes.DEFAULT_TYPE, tid: int, lang: str
                ) -> None:
    svc = services(context)
    row = svc.storage.thread(tid)
    me = update.effective_user.id if update.effective_user else 0
    text = _thread_text(svc, row, lang)
    if row["contact_shared"]:
        text += "\n\n" + t("ref_contact", lang, contact=await _contact(context, row))
    await reply(update, text, keyboard(_thread_buttons(row, me, lang)))
    for msg in svc.storage.messages(tid):  # the evidence itself, forwarded by file id
        if msg["file_id"] and update.effective_chat is not None:
            try:
                if msg["file_kind"] == "photo":
                    await update.effective_chat.send_photo(msg["file_id"])
                else:
                    await update.effective_chat.send_document(msg["file_id"])
            except TelegramError:
                log.warning("could not show an attachment of a help thread")


async def _contact(context: ContextTypes.DEFAULT_TYPE, row: dict[str, Any]) -> str:
    """The worker's contact, shown only because they chose to share it."""
    user_id = int(services(context).storage.worker_of(row["id"]))
    try:
        chat = await context.bot.get_chat(user_id)
    except TelegramError:
        chat = None
    name = esc((chat.username and f"@{chat.username}") or chat.first_name or "") if chat else ""
    return f'<a href="tg://user?id={user_id}">{name or "Telegram"}</a>'


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int | None:
    """``mod:ref:<action>:<thread>``: open, claim, reply, entry, hand over, close, mute."""
    p = press(update, context)
    action, tid = p.args[0], int(p.args[1])
    svc = services(context)
    me = p.query.from_user.id
    try:
        row = svc.storage.thread(tid)
    except ThreadNotFound:
        await p.stale()
        return ConversationHandler.END
    await p.query.answer()
    if action == "open":
        await _show(update, context, tid, p.lang)
        return ConversationHandler.END
    if action == "claim":
        first = row["status"] == "open"
        if not svc.storage.claim(tid, me):
            await reply(update, t("ref_claim_taken", p.lang, id=tid))
            return ConversationHandler.END
        if first:
            await _to_worker(update, context, tid, t("help_claimed_notice", "id", id=tid))
        await reply(update, t("ref_claimed", p.lang, id=tid))
        await _show(update, context, tid, p.lang)
        return ConversationHandler.END
    if row["claimed_by"] != me or row["status"] == "closed":
        await reply(update, t("ref_not_yours", p.lang, id=tid))
        return ConversationHandler.END
    if action in ("reply", "entry"):
        udata(context)[_KEY] = {"thread": tid, "mode": action}
        key = "ref_reply_prompt" if action == "reply" else "ref_entry_prompt"
        await reply(update, t(key, p.lang, id=tid))
        return TEXT
    if action == "handover":
        svc.storage.hand_over(tid, me)
        await reply(update, t("ref_handed_over", p.lang, id=tid))
    elif action == "close":
        svc.storage.close_thread(tid, by="volunteer", outcome="closed", moderator_id=me)
        await _to_worker(update, context, tid, t("help_closed_by_volunteer", "id", id=tid))
        await reply(update, t("ref_closed", p.lang, id=tid))
        await _offer_learning(update, context, tid, p.lang)
    elif action == "mute":
        svc.storage.mute(svc.storage.worker_of(tid), me)
        await _to_worker(update, context, tid, t("help_muted_notice", "id", id=tid))
        await reply(update, t("ref_muted", p.lang, who=row["pseudonym"]))
    return ConversationHandler.END


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """The volunteer's reply (or entry id) for the thread chosen with a button."""
    message = update.effective_message
    lang = lang_of(update, context)
    state = udata(context).pop(_KEY, None)
    if message is None or message.text is None or not isinstance(state, dict):
        return ConversationHandler.END
    tid = int(state["thread"])
    if state.get("mode") == "entry":
        entry = services(context).entry(message.text.strip())
        if entry is None:
            udata(context)[_KEY] = state
            await reply(update, t("ref_entry_unknown", lang, entry=esc(message.text.strip()[:80])))
            return TEXT
        await _relay(update, context, tid, f"[{entry.id}]",
                     t("help_entry_to_worker", "id", id=tid, card=render_hit(entry, "id")),
                     entry_id=entry.id)
        return ConversationHandler.END
    await _relay(update, context, tid, message.text.strip(),
                 t("help_reply_to_worker", "id", id=tid, text=esc(message.text.strip())))
    return ConversationHandler.END


async def on_reply_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A volunteer's Telegram reply to a thread message of the bot: relayed to that thread."""
    message = update.effective_message
    if message is None or message.text is None or message.reply_to_message is None:
        return
    replied = message.reply_to_message
    match = _HEADER.search(replied.text or "") if replied.from_user and (
        replied.from_user.id == context.bot.id) else None
    lang = lang_of(update, context)
    if match is None:
        await user.question(update, context)
        return
    tid = int(match.group(1))
    me = update.effective_user.id if update.effective_user else 0
    try:
        row = services(context).storage.thread(tid)
    except ThreadNotFound:
        await reply(update, t("help_gone", lang))
        return
    if row["claimed_by"] != me or row["status"] == "closed":
        await reply(update, t("ref_not_yours", lang, id=tid))
        return
    await _relay(update, context, tid, message.text.strip(),
                 t("help_reply_to_worker", "id", id=tid, text=esc(message.text.strip())))


async def _relay(update: Update, context: ContextTypes.DEFAULT_TYPE, tid: int, stored: str,
                 shown: str, entry_id: str | None = None) -> None:
    """Store a volunteer's message in the thread, then deliver it to the worker."""
    svc = services(context)
    lang = lang_of(update, context)
    me = update.effective_user.id if update.effective_user else 0
    try:
        msg_id = svc.storage.add_message(tid, "volunteer", stored, moderator_id=me)
    except ThreadNotFound:
        await reply(update, t("help_gone", lang))
        return
    rows = [[(t("help_btn_reply", "id", id=tid), f"help:add:{tid}")]]
    if entry_id is not None:
        rows.insert(0, [(t("btn_text", "id", label=shorten(entry_id, 30)),
                         f"entry:text:{entry_id}")])
    if await _to_worker(update, context, tid, shown, keyboard(rows)):
        await reply(update, t("ref_sent", lang, id=tid))
    else:
        svc.storage.mark_undelivered(msg_id)
        await reply(update, t("ref_undelivered_now", lang, id=tid))


async def _to_worker(update: Update, context: ContextTypes.DEFAULT_TYPE, tid: int, text: str,
                     markup: Any = None) -> bool:
    """Send ``text`` to the thread's worker; ``False`` when they blocked the bot."""
    user_id = services(context).storage.worker_of(tid)
    try:
        await context.bot.send_message(user_id, text, reply_markup=markup)
    except Forbidden:
        return False
    except TelegramError:
        log.warning("could not deliver a help message")
        return False
    return True


async def _offer_learning(update: Update, context: ContextTypes.DEFAULT_TYPE, tid: int,
                          lang: str) -> None:
    """After closing: make the worker's question an example of the entry that answers it."""
    svc = services(context)
    messages = svc.storage.messages(tid)
    question = next((m["text"] for m in messages if m["sender"] == "worker" and m["text"]), "")
    if not question:
        return
    hits = svc.search(question).hits[:2] if len(svc.index) else ()
    rows = [[(t("ref_btn_learn", lang, entry=shorten(h.entry.id, 30)),
              f"mod:ref:learn:{tid}:{h.entry.id}")] for h in hits]
    rows.append([(t("ref_btn_skip", lang), f"mod:ref:skip:{tid}")])
    await reply(update, t("ref_learn", lang), keyboard(rows))


async def on_learn(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:ref:learn:<thread>:<entry>``: the worker's question joins the entry's examples."""
    p = press(update, context)
    tid, entry_id = int(p.args[0]), p.args[1]
    svc = services(context)
    try:
        row = svc.storage.thread(tid)
        entry = svc.storage.get_entry(entry_id)
    except (ThreadNotFound, EntryNotFound):
        await p.stale()
        return
    if row["status"] != "closed" or row.get("learned"):
        await p.stale()
        return
    question = next((m["text"] for m in svc.storage.messages(tid)
                     if m["sender"] == "worker" and m["text"]), "")
    try:
        new = with_question(entry, question)
    except KnowledgeError:
        await p.stale()
        return
    await p.query.answer()
    version = svc.storage.version_of(entry_id)
    if new is not None:
        version = svc.storage.save_entry(new, actor(update), t("mod_attach_reason", "id"),
                                         expected_version=version)
        await after_change(svc)
    svc.storage.mark_learned(tid, f"example:{entry_id}", p.query.from_user.id)
    await reply(update, t("ref_learned", p.lang, id=tid, entry=esc(entry_id), version=version))


async def on_skip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``mod:ref:skip:<thread>``: nothing to learn from this one."""
    p = press(update, context)
    await p.query.answer(t("mod_cancelled", p.lang))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal while a reply is being written: nothing is sent."""
    udata(context).pop(_KEY, None)
    await reply(update, t("mod_cancelled", lang_of(update, context)))
    return ConversationHandler.END


def conversation(mod: ModeratorFilter, *, persistent: bool
                 ) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The thread buttons and the reply they may start (registered in handlers/__init__)."""
    private = PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND & mod
    return flow_handler(
        entry_points=[ModeratorButton(
            on_button, r"^mod:ref:(open|claim|reply|entry|handover|close|mute):(\d{1,12})$",
            mod)],
        states={TEXT: [MessageHandler(text, on_text)]},
        fallbacks=[CommandHandler(["batal", "cancel"], cancel, filters=private)],
        name="referrals", persistent=persistent, allow_reentry=True,
    )
