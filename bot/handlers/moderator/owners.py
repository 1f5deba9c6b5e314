"""/moderator: owners add, remove and list moderators (stored in SQLite)."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import lang_of, reply, services
from bot.handlers.moderator.common import arg_list
from bot.render import esc
from bot.texts import t


async def moderators(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/moderator tambah|hapus ID, /moderator daftar (owners only)."""
    lang = lang_of(update, context)
    args = arg_list(context)
    svc = services(context)
    user = update.effective_user
    owner_id = user.id if user else 0
    if not args or args == ["daftar"]:
        owners = ", ".join(f"<code>{i}</code>" for i in sorted(svc.settings.moderator_ids))
        rows = svc.storage.moderators()
        listed = "\n".join(t("mod_list_line", lang, id=r["moderator_id"], by=r["added_by"],
                             at=esc(r["added_at"])) for r in rows) or t("mod_list_none", lang)
        await reply(update, t("mod_list", lang, owners=owners or "—", moderators=listed))
        return
    if len(args) != 2 or args[0] not in ("tambah", "hapus") \
            or not re.fullmatch(r"\d{1,15}", args[1]):
        await reply(update, t("mod_usage_moderator", lang))
        return
    target = int(args[1])
    if target in svc.settings.moderator_ids:
        await reply(update, t("mod_is_owner", lang, id=target))
        return
    if args[0] == "tambah":
        done = svc.storage.add_moderator(target, owner_id)
        await reply(update, t("mod_mod_added" if done else "mod_mod_exists", lang, id=target))
    else:
        done = svc.storage.remove_moderator(target, owner_id)
        await reply(update, t("mod_mod_removed" if done else "mod_mod_missing", lang,
                              id=target))
