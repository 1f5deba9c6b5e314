"""Flood protection (a group -1 gate) and /hapusdata, the user's right to erasure."""

from __future__ import annotations

import contextlib
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.flood import FloodLimiter, Verdict
from bot.handlers.common import flood_limiter
from bot.handlers.user import lang_of, reply, services
from bot.storage import SESSION_TABLES, StorageError
from bot.texts import t

log = logging.getLogger(__name__)
KNOWN_TABLES = ("feedback", "cases", "reminders")


def limiter(context: ContextTypes.DEFAULT_TYPE) -> FloodLimiter:
    """The application's flood limiter, created on first use from the settings."""
    return flood_limiter(context, "flood", services(context).settings.flood_limit)


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
    # Write what PTB still holds for this user first (public API), so that nothing pending
    # re-creates a row after the deletion. The in-memory conversation states that remain are
    # only state names, no data: each conversation of ours ends itself at the next update
    # once its data is gone (a text is then answered as a question), and they are not
    # written again unless they change. PTB 22 has no public way to end a conversation from
    # outside, so we do not reach into its private mapping.
    await context.application.update_persistence()
    try:
        # one transaction: votes, cases, reminders, user_data, chat_data, conversations
        counts = services(context).storage.delete_user_data(user_id, chat_id)
    except StorageError:
        log.exception("could not delete a user's data")
        await reply(update, t("erase_failed", lang))
        return
    had_session = (bool(context.user_data) or bool(context.chat_data)
                   or any(counts.get(name, 0) for name in SESSION_TABLES))
    # then the copies in memory, through PTB's public API
    if context.user_data is not None:
        context.user_data.clear()
    if context.chat_data is not None:
        context.chat_data.clear()
    context.application.drop_user_data(user_id)
    context.application.drop_chat_data(chat_id)
    other = sum(n for name, n in counts.items()
                if name not in KNOWN_TABLES and name not in SESSION_TABLES)
    await reply(update, t(
        "erase_done", lang, feedback=counts.get("feedback", 0), cases=counts.get("cases", 0),
        reminders=counts.get("reminders", 0), other=other,
        session=t("erase_session_yes" if had_session else "erase_session_no", lang)))
