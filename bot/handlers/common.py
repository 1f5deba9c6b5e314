"""Helpers every handler module shares: services, the user's language, replies, buttons.

Callback data is namespaced the same way everywhere: ``<area>:<action>[:arg]``, at most 64
bytes, one ``CallbackQueryHandler`` per area (or per action) routed by ``pattern=`` in
``bot/handlers/__init__.py``. The areas: ``entry:`` (an entry's verbatim text or card),
``ans:`` (more results of an answer), ``fb:`` (👍/👎), ``topic:``, ``lang:``, ``menu:``,
``dispute:`` and ``case:`` (handlers/dispute.py), ``privacy:`` (handlers/privacy.py) and
``mod:`` (handlers/moderator/). A press no pattern claims is stale or forged and gets one
"this button no longer works" note.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes, ConversationHandler, filters
from telegram.warnings import PTBUserWarning

from bot.flood import FloodLimiter
from bot.render import split_message
from bot.services import Services
from bot.texts import t

#: New messages in a private chat: an edited message is never a new command or answer.
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def flow_handler(**kwargs: Any) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """A ``ConversationHandler`` (its arguments), keyed by user and chat.

    ``per_message=False`` is on purpose in every flow of the bot (each one tells a live button
    from a stale one itself), so PTB's warning about mixing it with button handlers is muted
    here once instead of around each flow.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(**kwargs)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    """The bot's services (opened in post_init)."""
    svc: Services = context.bot_data["services"]
    return svc


def udata(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    """The user's data dict (never ``None``)."""
    return context.user_data if context.user_data is not None else {}


def lang_of(update: object, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The user's language: their /bahasa choice, else their Telegram language."""
    data = context.user_data if context.user_data is not None else {}
    lang = data.get("lang")
    if lang in ("id", "en"):
        return str(lang)
    user = update.effective_user if isinstance(update, Update) else None
    code = (user.language_code or "") if user else ""
    return "en" if code.startswith("en") else "id"


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Send HTML ``text`` in as many messages as needed; buttons go under the last one.

    Parse mode and link previews come from the Application's ``Defaults`` (bot/app.py).
    """
    chat = update.effective_chat
    if chat is None:
        return
    parts = split_message(text)
    for i, part in enumerate(parts):
        await chat.send_message(part, reply_markup=markup if i == len(parts) - 1 else None)


def flood_limiter(context: ContextTypes.DEFAULT_TYPE, key: str, limit: int) -> FloodLimiter:
    """The application's flood limiter named ``key`` (per user, per group…), created on first
    use with ``limit`` messages a minute."""
    flood = context.bot_data.get(key)
    if not isinstance(flood, FloodLimiter):
        flood = context.bot_data[key] = FloodLimiter(limit)
    return flood


def deep_link(context: ContextTypes.DEFAULT_TYPE, payload: str = "") -> str:
    """``https://t.me/<bot>?start=<payload>`` (the private chat itself without a payload)."""
    return f"https://t.me/{context.bot.username}" + (f"?start={payload}" if payload else "")


def share_link(context: ContextTypes.DEFAULT_TYPE, entry_id: str) -> str:
    """Telegram's share dialog for an entry's deep link (``🔗 Bagikan``)."""
    return f"https://t.me/share/url?url={deep_link(context, f'e_{entry_id}')}"


def keyboard(rows: Iterable[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline keyboard from rows of (label, callback data)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)
                                  for label, data in row] for row in rows])


@dataclass(frozen=True)
class Press:
    """A button press: the (not yet answered) query, the user's language, the pattern's groups.

    ``args`` are the groups of the ``pattern=`` that routed the press (``""`` for a group that
    did not take part), so a callback reads its arguments instead of splitting the data again.
    """

    query: CallbackQuery
    lang: str
    args: tuple[str, ...]

    async def stale(self) -> None:
        """Answer "this button no longer works"."""
        await self.query.answer(t("stale_button", self.lang))


def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Press:
    """The press behind a ``CallbackQueryHandler`` callback (the prologue of every button)."""
    query = update.callback_query
    assert query is not None  # only CallbackQueryHandlers route here
    match = context.matches[0] if context.matches else None
    args = tuple(g or "" for g in match.groups()) if match is not None else ()
    return Press(query, lang_of(update, context), args)


async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stale or forged callback data that no pattern claims: one short note."""
    await press(update, context).stale()
