"""/relawan, the worker's side of human help: ask, preview, send, add, close.

A ConversationHandler with one PTB state, ``FLOW``; what the worker is doing lives in
``user_data["help"]`` (``{"step": "ask"|"preview"|"add", "question": str, "case": int|None,
"thread": int}``), so a restart keeps it. Nothing reaches the volunteers before "✅ Kirim".
Moderators see the thread under a pseudonym (bot/storage/threads.py); their side is
``bot/handlers/moderator/referrals.py``, which also relays their replies here.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot import dispute as d
from bot.dispute import today_jakarta
from bot.dispute.dates import JAKARTA
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
from bot.helpdesk import in_quiet_hours, usual_wait
from bot.ptbtypes import App
from bot.render import esc, shorten
from bot.storage import Muted, StorageError, ThreadLimit, ThreadNotFound
from bot.storage.threads import MAX_HELP_TEXT, MAX_OPEN_THREADS
from bot.texts import t

log = logging.getLogger(__name__)
FLOW = "flow"
KEY = "help"
MIN_WORDS = 3


def _state(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any] | None:
    state = udata(context).get(KEY)
    return state if isinstance(state, dict) and state.get("step") in (
        "ask", "preview", "add") else None


def _wait_text(context: ContextTypes.DEFAULT_TYPE, lang: str) -> str:
    key, values = usual_wait(services(context).storage.first_reply_seconds())
    return t(key, lang, **values)


def _last_question(context: ContextTypes.DEFAULT_TYPE) -> str:
    last = udata(context).get("last")
    return str(last.get("q") or "") if isinstance(last, dict) else ""


async def _ask(update: Update, context: ContextTypes.DEFAULT_TYPE, lang: str) -> str:
    udata(context)[KEY] = {"step": "ask"}
    rows = [[(t("help_btn_cancel", lang), "help:cancel")]]
    if _last_question(context):
        rows.insert(0, [(t("help_use_last", lang), "help:last")])
    await reply(update, t("help_intro", lang, wait=_wait_text(context, lang)), keyboard(rows))
    return FLOW


async def command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """/relawan: the worker's open questions (add, close, share contact), or a new one."""
    lang = lang_of(update, context)
    user = update.effective_user
    if user is None:
        return ConversationHandler.END
    threads = services(context).storage.threads_of(user.id, open_only=True)
    if not threads:
        return await _ask(update, context, lang)
    lines = [t("help_threads", lang)]
    rows: list[list[tuple[str, str]]] = []
    for row in threads:
        since = datetime.fromisoformat(row["created_at"]).astimezone(UTC)
        lines.append(t("help_thread_line", lang, id=row["id"],
                       status=t(f"help_status_{row['status']}", lang),
                       when=esc(d.format_date(since.date(), lang))))
        tid = row["id"]
        rows.append([(t("help_btn_add", lang, id=tid), f"help:add:{tid}")])
        rows.append([(t("help_btn_done_up", lang, id=tid), f"help:done:{tid}:up"),
                     (t("help_btn_done_down", lang, id=tid), f"help:done:{tid}:down")])
        if not row["contact_shared"]:
            rows.append([(t("help_btn_contact", lang, id=tid), f"help:contact:{tid}")])
    if len(threads) < MAX_OPEN_THREADS:
        rows.append([(t("help_btn_new", lang), "help:new")])
    await reply(update, "\n".join(lines), keyboard(rows))
    return ConversationHandler.END


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The "🙋 Tanya relawan" button (under a refusal, a 👎, the dispute result…)."""
    p = press(update, context)
    await p.query.answer()
    return await _ask(update, context, p.lang)


async def begin_add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """``help:add:<id>``: the next message or file goes to that open thread of the worker."""
    p = press(update, context)
    tid = int(p.args[0])
    try:
        row = services(context).storage.thread(tid, user_id=p.query.from_user.id)
    except ThreadNotFound:
        row = None
    if row is None or row["status"] == "closed":
        await p.query.answer(t("help_gone", p.lang), show_alert=True)
        return ConversationHandler.END
    await p.query.answer()
    udata(context)[KEY] = {"step": "add", "thread": tid}
    await reply(update, t("help_add_prompt", p.lang, id=tid),
                keyboard([[(t("help_btn_cancel", p.lang), "help:cancel")]]))
    return FLOW


def _preview(context: ContextTypes.DEFAULT_TYPE, state: dict[str, Any], lang: str
             ) -> tuple[str, InlineKeyboardMarkup]:
    case_id = state.get("case")
    case_text = ""
    if case_id is not None:
        case_text = t("help_preview_case", lang, id=case_id,
                      summary=esc(state.get("case_summary") or ""))
    text = t("help_preview", lang, question=esc(state["question"]), case=case_text)
    rows = [[(t("help_btn_send", lang), "help:send"), (t("help_btn_cancel", lang), "help:cancel")]]
    offered = state.get("offer_case")
    if offered is not None:
        key = "help_btn_uncase" if case_id is not None else "help_btn_case"
        rows.insert(0, [(t(key, lang, id=offered), "help:case")])
    return text, keyboard(rows)


def _newest_case(context: ContextTypes.DEFAULT_TYPE, user_id: int, lang: str
                 ) -> tuple[int, str] | None:
    """The worker's newest saved dispute case and its summary, for sharing by choice."""
    for row in services(context).storage.cases_of(user_id, limit=5):
        data = row.get("data")
        if not isinstance(data, dict) or "case" not in data:
            continue
        try:
            case = d.Case.from_dict(data["case"])
            summary = d.case_summary(case, d.assess(case, today_jakarta(), lang=lang), lang=lang)
        except (d.DisputeError, KeyError, TypeError, ValueError):
            continue
        return int(row["id"]), summary
    return None


async def _to_preview(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                      lang: str) -> str:
    user = update.effective_user
    state: dict[str, Any] = {"step": "preview", "question": question[:MAX_HELP_TEXT],
                             "case": None}
    newest = _newest_case(context, user.id, lang) if user else None
    if newest is not None:
        state["offer_case"], state["offer_summary"] = newest
    udata(context)[KEY] = state
    text, markup = _preview(context, state, lang)
    await reply(update, text, markup)
    return FLOW


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """The question (ask step) or an added message (add step)."""
    message = update.effective_message
    lang = lang_of(update, context)
    state = _state(context)
    if message is None or message.text is None or state is None:
        udata(context).pop(KEY, None)
        await user.question(update, context)
        return ConversationHandler.END
    text = message.text.strip()
    if state["step"] == "add":
        return await _add(update, context, int(state["thread"]), text, None, None, lang)
    if len(text.split()) < MIN_WORDS or not any(ch.isalpha() for ch in text):
        await reply(update, t("help_too_short", lang))
        return FLOW
    return await _to_preview(update, context, text, lang)


async def on_file(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """A document or photo of evidence, for the thread being added to."""
    message = update.effective_message
    lang = lang_of(update, context)
    state = _state(context)
    if message is None or state is None or state["step"] != "add":
        await reply(update, t("help_too_short", lang))
        return FLOW if state is not None else ConversationHandler.END
    if message.document is not None:
        file_id, kind = message.document.file_id, "document"
    elif message.photo:
        file_id, kind = message.photo[-1].file_id, "photo"
    else:
        return FLOW
    caption = (message.caption or "").strip()
    return await _add(update, context, int(state["thread"]), caption, file_id, kind, lang)


async def _add(update: Update, context: ContextTypes.DEFAULT_TYPE, tid: int, text: str,
               file_id: str | None, kind: str | None, lang: str) -> int:
    storage = services(context).storage
    user = update.effective_user
    udata(context).pop(KEY, None)
    try:
        storage.thread(tid, user_id=user.id if user else 0)
        storage.add_message(tid, "worker", text, file_id=file_id, file_kind=kind)
    except ThreadNotFound:
        await reply(update, t("help_gone", lang))
        return ConversationHandler.END
    except Muted:
        await reply(update, t("help_muted", lang))
        return ConversationHandler.END
    await reply(update, t("help_added", lang, id=tid))
    await notify_claimer(context, tid, text or t("ref_file", lang, kind=kind or ""))
    return ConversationHandler.END


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int:
    """Inside the flow: use the last question, toggle the case, send, cancel."""
    p = press(update, context)
    state = _state(context)
    action = p.args[0]
    if action == "cancel":
        udata(context).pop(KEY, None)
        await p.query.answer()
        await reply(update, t("help_cancelled", p.lang))
        return ConversationHandler.END
    if state is None:
        await p.stale()
        return ConversationHandler.END
    if action == "last" and state["step"] == "ask" and _last_question(context):
        await p.query.answer()
        return await _to_preview(update, context, _last_question(context), p.lang)
    if action == "case" and state["step"] == "preview" and state.get("offer_case") is not None:
        await p.query.answer()
        if state.get("case") is None:
            state["case"], state["case_summary"] = state["offer_case"], state["offer_summary"]
        else:
            state["case"], state["case_summary"] = None, None
        text, markup = _preview(context, state, p.lang)
        await reply(update, text, markup)
        return FLOW
    if action == "send" and state["step"] == "preview":
        await p.query.answer()
        return await _send(update, context, state, p.lang)
    await p.stale()
    return FLOW


async def _send(update: Update, context: ContextTypes.DEFAULT_TYPE, state: dict[str, Any],
                lang: str) -> int:
    storage = services(context).storage
    user = update.effective_user
    if user is None:
        return ConversationHandler.END
    udata(context).pop(KEY, None)
    summary = state.get("case_summary") if state.get("case") is not None else None
    try:
        tid = storage.open_thread(user.id, state["question"], case_summary=summary)
    except ThreadLimit:
        await reply(update, t("help_limit", lang, n=MAX_OPEN_THREADS))
        return ConversationHandler.END
    except Muted:
        await reply(update, t("help_muted", lang))
        return ConversationHandler.END
    except StorageError:
        log.exception("could not open a help thread")
        await reply(update, t("erase_failed", lang))
        return ConversationHandler.END
    await reply(update, t("help_sent", lang, id=tid))
    await notify_new(context, tid, storage.pseudonym_of(user.id), state["question"])
    return ConversationHandler.END


async def on_thread_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Outside the flow: close a thread (👍/👎) or share one's contact with the volunteers."""
    p = press(update, context)
    action, tid = p.args[0], int(p.args[1])
    storage = services(context).storage
    try:
        row = storage.thread(tid, user_id=p.query.from_user.id)
    except ThreadNotFound:
        row = None
    if row is None or row["status"] == "closed":
        await p.query.answer(t("help_gone", p.lang), show_alert=True)
        return
    await p.query.answer()
    if action == "contact":
        storage.share_contact(tid, p.query.from_user.id)
        await reply(update, t("help_contact_shared", p.lang, id=tid))
        return
    storage.close_thread(tid, by="worker", outcome="helped" if p.args[2] == "up" else "not_helped")
    await reply(update, t("help_closed", p.lang, id=tid))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal inside the flow: nothing is sent."""
    udata(context).pop(KEY, None)
    await reply(update, t("help_cancelled", lang_of(update, context)))
    return ConversationHandler.END


# -- notifying the volunteers -----------------------------------------------------------------


def _lang_of_user(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> str:
    """A volunteer's /bahasa choice, read from their stored user data (Indonesian if none:
    a notification is not an answer to their own message, so their Telegram language is
    unknown here)."""
    data = context.application.user_data.get(user_id) or {}
    lang = data.get("lang")
    return str(lang) if lang in ("id", "en") else "id"


async def notify_new(context: ContextTypes.DEFAULT_TYPE, tid: int, who: int, text: str) -> None:
    """Tell the moderators who opted in about a new thread: once each, never in quiet hours."""
    storage = services(context).storage
    allowed = services(context).moderators()
    now = datetime.now(JAKARTA).time()
    for row in storage.notify_settings():
        mod = int(row["moderator_id"])
        if (mod not in allowed or not row["enabled"]
                or in_quiet_hours(now, row.get("quiet_start"), row.get("quiet_end"))
                or not storage.claim_notification(tid, mod)):
            continue
        lang = _lang_of_user(context, mod)
        body = t("ref_new", lang, id=tid, who=who, text=esc(shorten(text, 600)))
        markup = keyboard([[(t("ref_btn_open", lang, id=tid), f"mod:ref:open:{tid}")]])
        try:
            await context.bot.send_message(mod, body, reply_markup=markup)
        except TelegramError:
            log.warning("could not notify a moderator of a new help thread")


async def notify_claimer(context: ContextTypes.DEFAULT_TYPE, tid: int, text: str) -> None:
    """Tell the volunteer holding the thread that the worker wrote again."""
    row = services(context).storage.thread(tid)
    mod = row.get("claimed_by")
    if not mod:
        return
    lang = _lang_of_user(context, int(mod))
    markup = keyboard([[(t("ref_btn_open", lang, id=tid), f"mod:ref:open:{tid}")]])
    try:
        await context.bot.send_message(int(mod), t("ref_new_message", lang, id=tid,
                                                   text=esc(shorten(text, 600))),
                                       reply_markup=markup)
    except TelegramError:
        log.warning("could not notify the volunteer holding a help thread")


def ask_button(lang: str) -> InlineKeyboardButton:
    """"🙋 Tanya relawan", to put under a refusal, a 👎 or a dispute result."""
    return InlineKeyboardButton(t("help_btn_ask", lang), callback_data="help:new")


def conversation(app: App) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The /relawan conversation (registered in bot/handlers/__init__.py)."""
    private = PRIVATE
    message = private
    # per_message=False is intended: the flow belongs to the user; its buttons are
    # checked against the step kept in user_data
    return flow_handler(
        entry_points=[CommandHandler("relawan", command, filters=private),
                      CallbackQueryHandler(begin, pattern=r"^help:(new)$"),
                      CallbackQueryHandler(begin_add, pattern=r"^help:add:(\d{1,12})$")],
        states={FLOW: [
            CallbackQueryHandler(on_button, pattern=r"^help:(last|case|send|cancel)$"),
            MessageHandler(message & filters.TEXT & ~filters.COMMAND, on_text),
            MessageHandler(message & (filters.Document.ALL | filters.PHOTO), on_file),
        ]},
        fallbacks=[CommandHandler(["batal", "cancel"], cancel, filters=private)],
        name="help", persistent=app.persistence is not None, allow_reentry=True,
    )
