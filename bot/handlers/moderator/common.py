"""What every moderator handler shares: the guards, the refusals, the audit name, previews,
conflict messages, and the index swap after a change."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, ContextTypes, ConversationHandler, filters

from bot.curation import answered_gaps
from bot.handlers.common import keyboard, lang_of, reply, udata
from bot.knowledge import FIELDS, Entry, KnowledgeError
from bot.ptbtypes import App
from bot.render import esc, render_full_text, render_hit, shorten
from bot.services import Services
from bot.storage import EntryNotFound
from bot.texts import t

# Commands that only moderators (or owners, for /moderator) may use; others get ``refuse``.
COMMANDS = ("moderator", "tambah", "ubah", "hapus", "riwayat", "kembalikan", "celah",
            "lampirkan", "umpanbalik", "statistik", "ekspor", "rujukan")

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]


# -- guards ---------------------------------------------------------------------------------


class ModeratorFilter(filters.UpdateFilter):
    """Passes updates from an owner, or (unless ``owners_only``) a moderator stored in SQLite.

    The stored list is read on every check, so an owner's ``/moderator`` change applies at once.

    :param app: the application (its ``bot_data["services"]`` holds the storage)
    :param owners: owner ids from settings
    :param owners_only: let only owners pass
    """

    def __init__(self, app: App, owners: frozenset[int],
                 *, owners_only: bool = False) -> None:
        super().__init__(name="OwnerFilter" if owners_only else "ModeratorFilter")
        self._app = app
        self.owners = owners
        self.owners_only = owners_only

    def filter(self, update: Update) -> bool:
        """Whether the update's user may moderate."""
        user = update.effective_user
        if user is None:
            return False
        if user.id in self.owners:
            return True
        if self.owners_only:
            return False
        svc: Services | None = self._app.bot_data.get("services")
        return svc is not None and user.id in svc.moderators()


class ModeratorButton(CallbackQueryHandler[ContextTypes.DEFAULT_TYPE, Any]):
    """A ``CallbackQueryHandler`` that also requires the moderator filter to pass."""

    def __init__(self, callback: Callback, pattern: str, allowed: ModeratorFilter) -> None:
        super().__init__(callback, pattern=pattern)
        self.allowed = allowed

    def check_update(self, update: object) -> bool | object | None:
        """Match only presses by moderators (the pattern first: it costs no query)."""
        result = super().check_update(update)
        if result is None or result is False or not isinstance(update, Update):
            return None
        chat = update.effective_chat
        if chat is not None and chat.type != chat.PRIVATE:
            return None  # moderator buttons work in the moderator's private chat only
        return result if self.allowed.filter(update) else None


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One polite refusal for a moderator command or button from anyone else."""
    lang = lang_of(update, context)
    query = update.callback_query
    if query is not None:
        await query.answer(t("mod_refused", lang), show_alert=True)
        return
    await reply(update, t("mod_refused", lang))


async def refuse_owner(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/moderator from anyone but an owner: one polite refusal."""
    await reply(update, t("mod_refused_owner", lang_of(update, context)))


async def use_buttons(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text where a button is expected: point to the buttons; the step stays."""
    await reply(update, t("mod_use_buttons", lang_of(update, context)))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal or ❌ in /tambah or /ubah: drop the draft, write nothing."""
    for key in ("mod_add", "mod_edit"):
        udata(context).pop(key, None)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, t("mod_cancelled", lang_of(update, context)))
    return ConversationHandler.END


# -- helpers --------------------------------------------------------------------------------


def actor(update: Update) -> str:
    """Audit name of the update's user."""
    user = update.effective_user
    return f"tg:{user.id}" if user else "tg:?"


def arg_list(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The command's arguments."""
    return list(context.args or [])


def field_label(name: str, lang: str) -> str:
    """Human name of an entry field."""
    return t(f"mod_f_{name}", lang)


def bad_field(exc: KnowledgeError, lang: str) -> str:
    """The message naming an invalid field."""
    label = field_label(exc.field, lang) if exc.field in FIELDS else exc.field
    return t("mod_bad_field", lang, field=esc(label), problem=esc(exc.problem))


def not_written(exc: KnowledgeError, lang: str) -> str:
    """An invalid field, and that nothing was written."""
    return bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang)


def confirm_markup(prefix: str, lang: str) -> InlineKeyboardMarkup:
    """💾 save / ❌ cancel for a draft (``mod:add`` or ``mod:edit``)."""
    return keyboard([[(t("mod_btn_save", lang), f"{prefix}:save"),
                      (t("mod_btn_cancel", lang), f"{prefix}:cancel")]])


async def preview(update: Update, entry: Entry, lang: str, markup: InlineKeyboardMarkup
                  ) -> None:
    """Show an entry as users will see it (with the full source, for moderators), then the
    confirmation buttons."""
    await reply(update, t("mod_preview", lang))
    await reply(update, render_hit(entry, lang))
    await reply(update, render_full_text(entry, lang, detail=True))
    await reply(update, t("mod_confirm", lang), markup)


async def set_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str,
                     prefix: str, state: int) -> int:
    """Store a short reason in the draft ``key`` and repeat the confirmation buttons."""
    message = update.effective_message
    lang = lang_of(update, context)
    draft = udata(context).get(key)
    if draft is None or message is None or not message.text:
        return ConversationHandler.END
    draft["reason"] = " ".join(message.text.split())[:200]
    await reply(update, t("mod_reason_set", lang, reason=esc(draft["reason"])),
                confirm_markup(prefix, lang))
    return state


async def after_change(svc: Services) -> int:
    """Rebuild and swap the index, then mark the open gaps it answers; return how many."""
    await asyncio.to_thread(svc.rebuild)
    rows = svc.storage.unanswered(limit=1000)
    ids = await asyncio.to_thread(answered_gaps, svc.index, rows)
    if ids:
        svc.storage.set_unanswered_status(ids, "answered")
    return len(ids)


def conflict_text(svc: Services, entry_id: str, name: str | None, lang: str) -> str:
    """Explain a conflict: who changed the entry, when, and the value now stored."""
    try:
        current = svc.storage.history(entry_id)[0]
    except EntryNotFound:
        return t("mod_conflict_gone", lang, id=esc(entry_id))
    value = ""
    if name and current.entry is not None:
        raw = getattr(current.entry, name)
        shown = ", ".join(raw) if isinstance(raw, tuple) else str(raw)
        value = t("mod_conflict_value", lang, field=esc(field_label(name, lang)),
                  value=esc(shorten(shown, 600) or "—"))
    state = t("mod_deleted", lang) if current.deleted else ""
    return t("mod_conflict", lang, id=esc(entry_id), version=current.version,
             author=esc(current.author), at=esc(current.created_at), value=value, state=state)
