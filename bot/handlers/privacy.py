"""Flood protection (a group -1 gate) and /hapusdata, the user's right to erasure."""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.flood import FloodLimiter, Verdict
from bot.handlers.user import lang_of, reply, services
from bot.storage import SESSION_TABLES, StorageError
from bot.texts import t

log = logging.getLogger(__name__)
KNOWN_TABLES = ("feedback", "cases", "reminders")


def limiter(context: ContextTypes.DEFAULT_TYPE) -> FloodLimiter:
    """The application's flood limiter, created on first use from the settings."""
    flood = context.bot_data.get("flood")
    if not isinstance(flood, FloodLimiter):
        flood = context.bot_data["flood"] = FloodLimiter(services(context).settings.flood_limit)
    return flood


async def flood_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop a user's updates beyond the per-minute limit; tell them once to slow down."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or (chat is not None and chat.type != chat.PRIVATE):
        return  # group chats are ignored by every handler anyway
    svc = services(context)
    if user.id in svc.settings.moderator_ids:
        return
    verdict = limiter(context).hit(user.id)
    if verdict is Verdict.ALLOW:
        return
    # moderators added in Telegram are exempt too; asked only past the limit (a query)
    if user.id in svc.storage.moderator_ids():
        return
    if verdict is Verdict.NOTICE:
        log.info("flood limit reached by a user")  # no id, no text in the logs
        text = t("flood", lang_of(update, context))
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(text, show_alert=True)
            elif chat is not None:
                await chat.send_message(text)
        except TelegramError:
            log.warning("could not send the flood notice")
    elif update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()  # stop the button's spinner, silently
    raise ApplicationHandlerStop


def erase_markup(lang: str) -> InlineKeyboardMarkup:
    """The confirmation buttons of /hapusdata."""
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(t("btn_erase_yes", lang), callback_data="privacy:erase"),
        InlineKeyboardButton(t("btn_erase_no", lang), callback_data="privacy:keep"),
    ]])


async def erase_prompt(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what /hapusdata deletes and ask for confirmation."""
    lang = lang_of(update, context)
    await reply(update, t("erase_confirm", lang), erase_markup(lang))


def drop_conversations(application: object, user_id: int, chat_id: int) -> int:
    """End, in memory, every conversation keyed by the user or their chat; return how many.

    python-telegram-bot 22 has no public way to end a conversation from outside its own
    callbacks: ``Application`` offers ``drop_user_data``/``drop_chat_data`` only, and a
    ``ConversationHandler`` exposes its configuration (entry points, states, ``name``…) but
    not its states by key; the persistence is read once, at ``initialize``. The least private
    way is the one mapping PTB itself reads to update the persistence,
    ``Application._conversation_handler_conversations`` (name -> the handler's tracking
    dict, nested conversations included): a key deleted there is an ended conversation, for
    the next update and for PTB's next persistence run. The database rows are already gone
    (``Storage.delete_user_data``), so if a PTB upgrade renames it, the conversation survives
    only until a restart; that is logged, and ``tests/test_abuse.py`` fails.
    """
    convs: dict[str, Any] | None = getattr(application, "_conversation_handler_conversations",
                                           None)
    if convs is None:
        log.error("python-telegram-bot has no _conversation_handler_conversations any more: "
                  "an erased user's conversations end only at the next restart")
        return 0
    dropped = 0
    for states in convs.values():
        for key in [k for k in list(states) if user_id in k or chat_id in k]:
            del states[key]
            dropped += 1
    return dropped


async def on_erase_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Confirm or cancel /hapusdata; on confirm delete everything tied to the user."""
    query = update.callback_query
    if query is None or query.from_user is None:
        return
    lang = lang_of(update, context)
    await query.answer()
    if query.data != "privacy:erase":
        await reply(update, t("erase_cancelled", lang))
        return
    user_id = query.from_user.id
    chat_id = update.effective_chat.id if update.effective_chat else user_id
    try:
        # one transaction: votes, cases, reminders, user_data, chat_data, conversations
        counts = services(context).storage.delete_user_data(user_id, chat_id)
    except StorageError:
        log.exception("could not delete a user's data")
        await reply(update, t("erase_failed", lang))
        return
    had_session = (bool(context.user_data) or bool(context.chat_data)
                   or any(counts.get(name, 0) for name in SESSION_TABLES))
    # then the copies in memory, through PTB's public API (conversations: see above)
    if context.user_data is not None:
        context.user_data.clear()
    if context.chat_data is not None:
        context.chat_data.clear()
    context.application.drop_user_data(user_id)
    context.application.drop_chat_data(chat_id)
    had_session = drop_conversations(context.application, user_id, chat_id) > 0 or had_session
    other = sum(n for name, n in counts.items()
                if name not in KNOWN_TABLES and name not in SESSION_TABLES)
    await reply(update, t(
        "erase_done", lang, feedback=counts.get("feedback", 0), cases=counts.get("cases", 0),
        reminders=counts.get("reminders", 0), other=other,
        session=t("erase_session_yes" if had_session else "erase_session_no", lang)))
