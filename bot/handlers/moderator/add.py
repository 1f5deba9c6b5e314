"""/tambah: a new entry, field by field, from a command or from a /celah question."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CommandHandler, ContextTypes, ConversationHandler, MessageHandler, filters

from bot.curation import add_fields, check_field, parse_value, slugify, topic_choices
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
from bot.knowledge import KINDS, TOPIC_RE, KnowledgeError, entry_from_mapping
from bot.render import esc
from bot.storage import ConflictError
from bot.texts import t, topic_label

# States of the conversation.
KIND, FIELD, TOPIC, CONFIRM = range(4)


def kind_markup(lang: str) -> InlineKeyboardMarkup:
    """One button per entry kind."""
    return keyboard([[(t(f"mod_kind_{kind}", lang), f"mod:kind:{kind}")] for kind in KINDS]
                    + [[(t("mod_btn_cancel", lang), "mod:add:cancel")]])


async def add_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Start a new entry: choose its kind."""
    lang = lang_of(update, context)
    udata(context)["mod_add"] = {"data": {}, "pending": [], "reason": "", "gap": []}
    await reply(update, t("mod_add_start", lang), kind_markup(lang))
    return KIND


async def gap_new(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """"Buat entri" under a gap (``mod:gap:new:<n>``): /tambah with the question as a
    keyword."""
    p = press(update, context)
    groups = udata(context).get("mod_gaps") or []
    num = int(p.args[0])
    if not 1 <= num <= len(groups):
        await p.stale()
        return ConversationHandler.END
    await p.query.answer()
    group = groups[num - 1]
    udata(context)["mod_add"] = {"data": {"keywords": [group["text"][:200]]}, "pending": [],
                                 "reason": "", "gap": list(group["ids"])}
    await reply(update, t("mod_add_from_gap", p.lang, text=esc(group["text"])),
                kind_markup(p.lang))
    return KIND


async def add_kind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """``mod:kind:<kind>``: ask the text fields one by one."""
    p = press(update, context)
    draft = udata(context).get("mod_add")
    kind = p.args[0]
    if draft is None or kind not in KINDS:
        await p.stale()
        return KIND if draft is not None else ConversationHandler.END
    await p.query.answer()
    draft["data"]["kind"] = kind
    draft["pending"] = add_fields(kind)
    await ask_field(update, draft["pending"][0], p.lang, draft)
    return FIELD


async def ask_field(update: Update, name: str, lang: str, draft: dict[str, Any]) -> None:
    """Ask for one field, with a hint (and the prefilled keywords, if any)."""
    text = t("mod_ask", lang, field=esc(field_label(name, lang)),
             hint=t(f"mod_hint_{name}", lang))
    if name == "keywords" and draft["data"].get("keywords"):
        text += "\n" + t("mod_prefilled", lang,
                         value=esc(", ".join(draft["data"]["keywords"])))
    await reply(update, text)


async def add_field(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A value for the current field: validate it, then ask the next one or the topic."""
    message = update.effective_message
    lang = lang_of(update, context)
    draft = udata(context).get("mod_add")
    if message is None or message.text is None or not draft or not draft["pending"]:
        await reply(update, t("mod_stale_flow", lang))
        return ConversationHandler.END
    name = draft["pending"][0]
    if name == "keywords":
        extra = [] if message.text.strip() == "-" else parse_value(name, message.text)
        value: Any = list(draft["data"].get("keywords", [])) + extra
    else:
        value = parse_value(name, message.text)
    try:
        check_field(name, value, draft["data"].get("kind", "guide"))
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang))
        return FIELD
    draft["data"][name] = value
    draft["pending"].pop(0)
    if draft["pending"]:
        await ask_field(update, draft["pending"][0], lang, draft)
        return FIELD
    order = topic_choices(e.topic for e in services(context).index.entries)
    rows = [[(topic_label(k, lang), f"mod:topic:{k}")] for k in order]
    await reply(update, t("mod_ask_topic", lang), keyboard(rows))
    return TOPIC


async def add_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """``mod:topic:<topic>``: derive the id, validate the whole entry, show the preview."""
    p = press(update, context)
    draft = udata(context).get("mod_add")
    topic = p.args[0]
    if not draft or draft["pending"] or not TOPIC_RE.match(topic):
        await p.stale()
        return TOPIC if draft else ConversationHandler.END
    await p.query.answer()
    svc = services(context)
    data = draft["data"]
    data["topic"] = topic
    data["id"] = slugify(str(data.get("title", "")), svc.storage.id_taken)
    try:
        entry = entry_from_mapping(data, "telegram")
    except KnowledgeError as exc:
        await reply(update, not_written(exc, p.lang))
        udata(context).pop("mod_add", None)
        return ConversationHandler.END
    await preview(update, entry, p.lang, confirm_markup("mod:add", p.lang))
    return CONFIRM


async def add_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text while confirming: the reason ("alasan") stored with the version."""
    return await set_reason(update, context, "mod_add", "mod:add", CONFIRM)


async def add_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """``mod:add:save``: write the new entry (version 1), rebuild the index, close gaps."""
    p = press(update, context)
    draft = udata(context).pop("mod_add", None)
    if not draft:
        await p.stale()
        return ConversationHandler.END
    await p.query.answer()
    svc = services(context)
    try:
        entry = entry_from_mapping(draft["data"], "telegram")
        svc.storage.save_entry(entry, actor(update), draft["reason"] or "tambah",
                               expected_version=0)
    except KnowledgeError as exc:
        await reply(update, not_written(exc, p.lang))
        return ConversationHandler.END
    except ConflictError:
        await reply(update, conflict_text(svc, draft["data"]["id"], None, p.lang))
        return ConversationHandler.END
    closed = await after_change(svc)
    await reply(update, t("mod_added", p.lang, id=esc(entry.id), gaps=closed))
    return ConversationHandler.END


def conversation(mod: ModeratorFilter, *, persistent: bool
                 ) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The /tambah conversation (registered in bot/handlers/__init__.py).

    :param mod: the moderator filter (commands, text and every button)
    :param persistent: keep the conversation's state across restarts
    """
    private = PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND & mod
    # per_message=False is intended: a flow belongs to the moderator, not to one message
    return flow_handler(
        entry_points=[CommandHandler("tambah", add_start, filters=private & mod),
                      ModeratorButton(gap_new, r"^mod:gap:new:(\d{1,3})$", mod)],
        states={
            KIND: [ModeratorButton(add_kind, r"^mod:kind:([^:]*)$", mod),
                   MessageHandler(text, use_buttons)],
            FIELD: [MessageHandler(text, add_field)],
            TOPIC: [ModeratorButton(add_topic, r"^mod:topic:(.*)$", mod),
                    MessageHandler(text, use_buttons)],
            CONFIRM: [ModeratorButton(add_save, r"^mod:add:save$", mod),
                      MessageHandler(text, add_reason)],
        },
        fallbacks=[CommandHandler("batal", cancel, filters=private & mod),
                   ModeratorButton(cancel, r"^mod:add:cancel$", mod)],
        name="moderator_add", persistent=persistent, allow_reentry=True,
    )
