"""The single error handler: log with the exception, tell the user gently, alert the owners."""

from __future__ import annotations

import html
import logging
import time

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ContextTypes

from bot.handlers.common import lang_of
from bot.texts import t

log = logging.getLogger(__name__)
ALERT_EVERY = 300.0  # seconds between two alerts about the same kind of error


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error; apologise to the user without details; alert moderators, rate-limited."""
    error = context.error
    log.error("error while handling an update", exc_info=error)
    if isinstance(error, NetworkError | Forbidden):
        return  # Telegram unreachable or the user blocked the bot: nothing to tell anyone
    if isinstance(update, Update) and update.effective_chat is not None:
        try:  # their /bahasa choice, else their Telegram language
            await update.effective_chat.send_message(t("error", lang_of(update, context)))
        except TelegramError:
            log.warning("could not tell the user about the error")
    kind = type(error).__name__
    sent: dict[str, float] = context.bot_data.setdefault("error_alerts", {})
    now = time.monotonic()
    if now - sent.get(kind, -ALERT_EVERY) < ALERT_EVERY:
        return
    sent[kind] = now
    svc = context.bot_data.get("services")
    owners = sorted(svc.settings.moderator_ids) if svc is not None else []
    for owner in owners:
        try:
            await context.bot.send_message(
                owner, f"⚠️ KawanGig error: <code>{html.escape(kind)}: "
                f"{html.escape(str(error)[:500])}</code>")
        except TelegramError:
            log.warning("could not alert owner %s", owner)
