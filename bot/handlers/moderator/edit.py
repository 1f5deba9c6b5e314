"""/ubah ID: change one field of an entry, previewed, saved as a new version unless someone
else changed the entry meanwhile."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler, ContextTypes, ConversationHandler, MessageHandler, filters

from bot.curation import EDITABLE, OPTIONAL, parse_value
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
    bad_field,
    cancel,
    confirm_markup,
    conflict_text,
    field_label,
    not_written,
    preview,
    set_reason,
    use_buttons,
)
from bot.knowledge import KnowledgeError, check_collection, entry_from_mapping
from bot.render import esc, shorten
from bot.storage import ConflictError, EntryNotFound
from bot.texts import t

# States of the conversation (after /tambah's four).
CHOOSE, VALUE, EDIT_CONFIRM = range(4, 7)


async def edit_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/ubah ID: remember the version, choose a field."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) != 1:
        await reply(update, t("mod_usage_edit", lang))
        return ConversationHandler.END
    svc = services(context)
    try:
        row = svc.storage.get_row(args[0])
        entry = svc.storage.get_entry(args[0])
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(args[0])))
        return ConversationHandler.END
    udata(context)["mod_edit"] = {"id": entry.id, "expected": int(row["version"]),
                                  "data": entry.to_record(), "field": None, "reason": ""}
    names = [(field_label(n, lang), f"mod:field:{n}") for n in EDITABLE]
    rows = [names[i:i + 3] for i in range(0, len(names), 3)]
    rows.append([(t("mod_btn_cancel", lang), "mod:edit:cancel")])
    await reply(update, t("mod_edit_start", lang, id=esc(entry.id), version=row["version"]),
                keyboard(rows))
    return CHOOSE


async def edit_choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """``mod:field:<name>``: show the field's value, ask for the new one."""
    p = press(update, context)
    draft = udata(context).get("mod_edit")
    name = p.args[0]
    if not draft or name not in EDITABLE:
        await p.stale()
        return CHOOSE if draft else ConversationHandler.END
    await p.query.answer()
    draft["field"] = name
    current = draft["data"].get(name)
    shown = ", ".join(current) if isinstance(current, list) else str(current or "")
    hint = t("mod_hint_clear", p.lang) if name in OPTIONAL else ""
    await reply(update, t("mod_edit_ask", p.lang, field=esc(field_label(name, p.lang)),
                          value=esc(shorten(shown, 3000) or "—"), hint=hint))
    return VALUE


async def edit_value(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The new value: validate the whole entry, preview it, ask to confirm."""
    message = update.effective_message
    lang = lang_of(update, context)
    draft = udata(context).get("mod_edit")
    if message is None or message.text is None or not draft or not draft.get("field"):
        await reply(update, t("mod_stale_flow", lang))
        return ConversationHandler.END
    name = draft["field"]
    data = {**draft["data"], name: parse_value(name, message.text)}
    svc = services(context)
    try:
        entry = entry_from_mapping(data, "telegram")
        if name in ("related", "basis"):
            live = [e for e in svc.index.entries if e.id != entry.id]
            check_collection([*live, entry])
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang))
        return VALUE
    draft["data"] = entry.to_record()
    await preview(update, entry, lang, confirm_markup("mod:edit", lang))
    return EDIT_CONFIRM


async def edit_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text while confirming an edit: its reason."""
    return await set_reason(update, context, "mod_edit", "mod:edit", EDIT_CONFIRM)


async def edit_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """``mod:edit:save``: write the edit as a new version unless the entry changed since."""
    p = press(update, context)
    draft = udata(context).pop("mod_edit", None)
    if not draft or not draft.get("field"):
        await p.stale()
        return ConversationHandler.END
    await p.query.answer()
    svc = services(context)
    try:
        entry = entry_from_mapping(draft["data"], "telegram")
        version = svc.storage.save_entry(entry, actor(update), draft["reason"] or "ubah",
                                         expected_version=draft["expected"])
    except KnowledgeError as exc:
        await reply(update, not_written(exc, p.lang))
        return ConversationHandler.END
    except ConflictError:
        await reply(update, conflict_text(svc, draft["id"], draft["field"], p.lang))
        return ConversationHandler.END
    closed = await after_change(svc)
    await reply(update, t("mod_saved", p.lang, id=esc(entry.id), version=version, gaps=closed))
    return ConversationHandler.END


def conversation(mod: ModeratorFilter, *, persistent: bool
                 ) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The /ubah conversation (registered in bot/handlers/__init__.py).

    :param mod: the moderator filter (commands, text and every button)
    :param persistent: keep the conversation's state across restarts
    """
    private = PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND & mod
    # per_message=False is intended: a flow belongs to the moderator, not to one message
    return flow_handler(
        entry_points=[CommandHandler("ubah", edit_start, filters=private & mod)],
        states={
            CHOOSE: [ModeratorButton(edit_choose, r"^mod:field:([^:]*)$", mod),
                     MessageHandler(text, use_buttons)],
            VALUE: [MessageHandler(text, edit_value)],
            EDIT_CONFIRM: [ModeratorButton(edit_save, r"^mod:edit:save$", mod),
                           MessageHandler(text, edit_reason)],
        },
        fallbacks=[CommandHandler("batal", cancel, filters=private & mod),
                   ModeratorButton(cancel, r"^mod:edit:cancel$", mod)],
        name="moderator_edit", persistent=persistent, allow_reentry=True,
    )
