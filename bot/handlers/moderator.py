"""Knowledge-base curation from Telegram, restricted to owners and moderators.

Owners are ``settings.moderator_ids``; they add and remove moderators (stored in SQLite) with
``/moderator``. Every command is guarded by ``ModeratorFilter`` (it reads the live set), every
``mod:`` button by ``ModeratorButton`` (the same check); anyone else reaches ``refuse``.
Every change writes a new version plus an audit row (``Storage.save_entry``), then the index is
rebuilt and swapped, and open gaps the new index answers are marked answered.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import re
import tempfile
import warnings
import zipfile
from collections.abc import Callable, Coroutine, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.config import Settings
from bot.handlers.user import lang_of, reply, services
from bot.knowledge import (
    FIELDS,
    KINDS,
    LIST_FIELDS,
    TOPIC_RE,
    Entry,
    KnowledgeError,
    check_collection,
    entry_from_mapping,
    load_yaml,
    parse_file,
)
from bot.ptbtypes import App
from bot.render import esc, render_full_text, render_hit, shorten
from bot.search import Index, normalize, tokenize
from bot.services import Services
from bot.storage import ConflictError, EntryNotFound, ImportReport
from bot.texts import TOPICS, t, topic_label

log = logging.getLogger(__name__)

# Commands that only moderators (or owners, for /moderator) may use; others get ``refuse``.
COMMANDS = ("moderator", "tambah", "ubah", "hapus", "riwayat", "kembalikan", "celah",
            "lampirkan", "umpanbalik", "statistik", "ekspor")
# States of the two conversations.
KIND, FIELD, TOPIC, CONFIRM = range(4)
CHOOSE, VALUE, EDIT_CONFIRM = range(4, 7)
ADD_FIELDS = ("title", "citation", "summary", "text", "status", "source", "keywords")
LAW_FIELDS = ("regulation", "article")
EDITABLE = ("title", "title_en", "citation", "regulation", "article", "status", "summary",
            "summary_en", "text", "body_en", "source", "tags", "keywords", "related", "basis",
            "questions")
OPTIONAL = frozenset({"title_en", "regulation", "article", "summary_en", "tags", "keywords",
                      "related", "basis", "questions", "body_en"})
# list fields written one item per line (their items may hold commas)
LINE_FIELDS = frozenset({"questions"})
# candidate entries offered under each /celah question
ATTACH_CANDIDATES = 2
# A valid record used to check one field at a time with the files' own validator.
PROBE: dict[str, Any] = {"id": "probe", "kind": "guide", "topic": "umum", "title": "t",
                         "citation": "c", "status": "s", "summary": "s", "text": "t",
                         "source": "s", "regulation": "r", "article": "a"}
MAX_UPLOAD = 2 * 1024 * 1024
MAX_FILES = 500
MAX_UNPACKED = 20 * 1024 * 1024
ENTRY_SUFFIXES = (".md", ".yaml", ".yml", ".json")
GAP_GROUPS = 10
JACCARD = 0.5

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]


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
        return svc is not None and user.id in svc.storage.moderator_ids()


class ModeratorButton(CallbackQueryHandler[ContextTypes.DEFAULT_TYPE, Any]):
    """A ``CallbackQueryHandler`` that also requires the moderator filter to pass."""

    def __init__(self, callback: Handler, pattern: str, allowed: ModeratorFilter) -> None:
        super().__init__(callback, pattern=pattern)
        self.allowed = allowed

    def check_update(self, update: object) -> bool | object | None:
        """Match only presses by moderators (the pattern first: it costs no query)."""
        result = super().check_update(update)
        if result is None or result is False or not isinstance(update, Update):
            return None
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


# -- helpers --------------------------------------------------------------------------------


def actor(update: Update) -> str:
    """Audit name of the update's user."""
    user = update.effective_user
    return f"tg:{user.id}" if user else "tg:?"


def udata(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    """The user's data dict (never ``None``)."""
    return context.user_data if context.user_data is not None else {}


def field_label(name: str, lang: str) -> str:
    """Human name of an entry field."""
    return t(f"mod_f_{name}", lang)


def bad_field(exc: KnowledgeError, lang: str) -> str:
    """The message naming an invalid field."""
    label = field_label(exc.field, lang) if exc.field in FIELDS else exc.field
    return t("mod_bad_field", lang, field=esc(label), problem=esc(exc.problem))


def parse_value(name: str, text: str) -> Any:
    """A typed value for a field: lists are comma-separated, ``-`` clears an optional field."""
    text = text.strip()
    if name in OPTIONAL and text == "-":
        return [] if name in LIST_FIELDS else ""
    if name in LINE_FIELDS:
        return [line.strip() for line in text.splitlines() if line.strip()]
    if name in LIST_FIELDS:
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def check_field(name: str, value: Any, kind: str = "guide") -> None:
    """Validate one field with ``entry_from_mapping``; raise ``KnowledgeError`` for it only."""
    probe = {**PROBE, "kind": kind, name: value}
    try:
        entry_from_mapping(probe, "telegram")
    except KnowledgeError as exc:
        if exc.field == name:
            raise


def slugify(title: str, taken: Callable[[str], bool]) -> str:
    """A unique entry id from a title (``"Klien telat bayar!"`` → ``klien-telat-bayar``)."""
    base = "-".join(normalize(title).split())[:44].strip("-") or "entri"
    if len(base) < 2:
        base = f"entri-{base}"
    slug, n = base, 2
    while taken(slug):
        slug = f"{base}-{n}"
        n += 1
    return slug


def keyboard(rows: Iterable[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline keyboard from rows of (label, callback data)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data)
                                  for label, data in row] for row in rows])


async def preview(update: Update, entry: Entry, lang: str, markup: InlineKeyboardMarkup
                  ) -> None:
    """Show an entry as users will see it (with the full source, for moderators), then the
    confirmation buttons."""
    await reply(update, t("mod_preview", lang))
    await reply(update, render_hit(entry, lang))
    await reply(update, render_full_text(entry, lang, detail=True))
    await reply(update, t("mod_confirm", lang), markup)


def group_gaps(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Group unanswered questions (newest first) whose token sets overlap (Jaccard ≥ 0.5).

    :param rows: ``unanswered`` rows, newest first
    :return: groups, newest first: ``text`` (newest question), ``ids``, ``count``
    """
    groups: list[dict[str, Any]] = []
    for row in rows:
        tokens = frozenset(tokenize(row["text"]))
        for group in groups:
            seen: frozenset[str] = group["tokens"]
            union = seen | tokens
            same = (len(seen & tokens) / len(union) >= JACCARD) if union else \
                normalize(group["text"]) == normalize(row["text"])
            if same:
                group["ids"].append(int(row["id"]))
                group["count"] += 1
                break
        else:
            groups.append({"text": row["text"], "tokens": tokens, "ids": [int(row["id"])],
                           "count": 1})
    return groups


def answered_gaps(index: Index, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Ids of the unanswered questions that ``index`` now answers.

    :param index: the new search index
    :param rows: open ``unanswered`` rows
    """
    return [int(row["id"]) for row in rows if index.search(row["text"]).answered]


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


# -- /tambah --------------------------------------------------------------------------------


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
    """"Buat entri" under a gap: start /tambah with the question as a keyword."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    groups = udata(context).get("mod_gaps") or []
    num = int((query.data or "0").rsplit(":", 1)[-1])
    if not 1 <= num <= len(groups):
        await query.answer(t("stale_button", lang))
        return ConversationHandler.END
    await query.answer()
    group = groups[num - 1]
    udata(context)["mod_add"] = {"data": {"keywords": [group["text"][:200]]}, "pending": [],
                                 "reason": "", "gap": list(group["ids"])}
    await reply(update, t("mod_add_from_gap", lang, text=esc(group["text"])), kind_markup(lang))
    return KIND


async def add_kind(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Kind chosen: ask the text fields one by one."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    draft = udata(context).get("mod_add")
    kind = (query.data or "").rsplit(":", 1)[-1]
    if draft is None or kind not in KINDS:
        await query.answer(t("stale_button", lang))
        return KIND if draft is not None else ConversationHandler.END
    await query.answer()
    draft["data"]["kind"] = kind
    fields = list(ADD_FIELDS)
    if kind == "law":
        fields[2:2] = LAW_FIELDS
    draft["pending"] = fields
    await ask_field(update, fields[0], lang, draft)
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
    svc = services(context)
    present = sorted({e.topic for e in svc.index.entries} - set(TOPICS))
    order = [*TOPICS, *present] + ([] if "umum" in present else ["umum"])
    rows = [[(topic_label(k, lang), f"mod:topic:{k}")] for k in order]
    await reply(update, t("mod_ask_topic", lang), keyboard(rows))
    return TOPIC


async def add_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Topic chosen: derive the id, validate the whole entry, show the preview."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    draft = udata(context).get("mod_add")
    topic = (query.data or "").split(":", 2)[-1]
    if not draft or draft["pending"] or not TOPIC_RE.match(topic):
        await query.answer(t("stale_button", lang))
        return TOPIC if draft else ConversationHandler.END
    await query.answer()
    svc = services(context)
    data = draft["data"]
    data["topic"] = topic
    data["id"] = slugify(str(data.get("title", "")), svc.storage.id_taken)
    try:
        entry = entry_from_mapping(data, "telegram")
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang))
        udata(context).pop("mod_add", None)
        return ConversationHandler.END
    await preview(update, entry, lang, keyboard([[
        (t("mod_btn_save", lang), "mod:add:save"), (t("mod_btn_cancel", lang), "mod:add:cancel"),
    ]]))
    return CONFIRM


async def add_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text while confirming: the reason ("alasan") stored with the version."""
    return await set_reason(update, context, "mod_add", "mod:add", CONFIRM)


async def set_reason(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str,
                     prefix: str, state: int) -> int:
    """Store a short reason in the draft ``key`` and repeat the confirmation buttons."""
    message = update.effective_message
    lang = lang_of(update, context)
    draft = udata(context).get(key)
    if draft is None or message is None or not message.text:
        return ConversationHandler.END
    draft["reason"] = " ".join(message.text.split())[:200]
    await reply(update, t("mod_reason_set", lang, reason=esc(draft["reason"])), keyboard([[
        (t("mod_btn_save", lang), f"{prefix}:save"), (t("mod_btn_cancel", lang),
                                                       f"{prefix}:cancel"),
    ]]))
    return state


async def add_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Write the new entry (version 1), rebuild the index, close answered gaps."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    draft = udata(context).pop("mod_add", None)
    if not draft:
        await query.answer(t("stale_button", lang))
        return ConversationHandler.END
    await query.answer()
    svc = services(context)
    try:
        entry = entry_from_mapping(draft["data"], "telegram")
        svc.storage.save_entry(entry, actor(update), draft["reason"] or "tambah",
                               expected_version=0)
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang))
        return ConversationHandler.END
    except ConflictError:
        await reply(update, conflict_text(svc, draft["data"]["id"], None, lang))
        return ConversationHandler.END
    closed = await after_change(svc)
    await reply(update, t("mod_added", lang, id=esc(entry.id), gaps=closed))
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal or ❌: drop the draft, write nothing."""
    for key in ("mod_add", "mod_edit"):
        udata(context).pop(key, None)
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, t("mod_cancelled", lang_of(update, context)))
    return ConversationHandler.END


# -- /ubah ----------------------------------------------------------------------------------


def arg_list(context: ContextTypes.DEFAULT_TYPE) -> list[str]:
    """The command's arguments."""
    return list(context.args or [])


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
    """A field chosen: show its value, ask for the new one."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    draft = udata(context).get("mod_edit")
    name = (query.data or "").rsplit(":", 1)[-1]
    if not draft or name not in EDITABLE:
        await query.answer(t("stale_button", lang))
        return CHOOSE if draft else ConversationHandler.END
    await query.answer()
    draft["field"] = name
    current = draft["data"].get(name)
    shown = ", ".join(current) if isinstance(current, list) else str(current or "")
    hint = t("mod_hint_clear", lang) if name in OPTIONAL else ""
    await reply(update, t("mod_edit_ask", lang, field=esc(field_label(name, lang)),
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
    await preview(update, entry, lang, keyboard([[
        (t("mod_btn_save", lang), "mod:edit:save"),
        (t("mod_btn_cancel", lang), "mod:edit:cancel"),
    ]]))
    return EDIT_CONFIRM


async def edit_reason(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Text while confirming an edit: its reason."""
    return await set_reason(update, context, "mod_edit", "mod:edit", EDIT_CONFIRM)


async def edit_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Write the edit as a new version unless someone else changed the entry meanwhile."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    draft = udata(context).pop("mod_edit", None)
    if not draft or not draft.get("field"):
        await query.answer(t("stale_button", lang))
        return ConversationHandler.END
    await query.answer()
    svc = services(context)
    try:
        entry = entry_from_mapping(draft["data"], "telegram")
        version = svc.storage.save_entry(entry, actor(update), draft["reason"] or "ubah",
                                         expected_version=draft["expected"])
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang))
        return ConversationHandler.END
    except ConflictError:
        await reply(update, conflict_text(svc, draft["id"], draft["field"], lang))
        return ConversationHandler.END
    closed = await after_change(svc)
    await reply(update, t("mod_saved", lang, id=esc(entry.id), version=version, gaps=closed))
    return ConversationHandler.END


# -- /hapus, /riwayat, /kembalikan ----------------------------------------------------------


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/hapus ID [alasan]: ask to confirm a soft delete."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if not args:
        await reply(update, t("mod_usage_delete", lang))
        return
    svc = services(context)
    try:
        row = svc.storage.get_row(args[0])
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(args[0])))
        return
    reasons: dict[str, str] = udata(context).setdefault("mod_delete_reason", {})
    reasons[args[0]] = " ".join(args[1:])[:200]
    data = f"mod:del:{args[0]}:{row['version']}"
    await reply(update, t("mod_delete_confirm", lang, id=esc(args[0]),
                          title=esc(row["title"])), keyboard([[
        (t("mod_btn_delete", lang), data), (t("mod_btn_cancel", lang), "mod:delno"),
    ]]))


async def history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/riwayat ID: versions with who, when and why."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) != 1:
        await reply(update, t("mod_usage_history", lang))
        return
    try:
        versions = services(context).storage.history(args[0])
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(args[0])))
        return
    lines = [t("mod_history_header", lang, id=esc(args[0]))]
    for v in versions[:30]:
        lines.append(t("mod_history_line", lang, version=v.version, at=esc(v.created_at),
                       author=esc(v.author), reason=esc(v.reason or "—"),
                       state=t("mod_deleted", lang) if v.deleted else ""))
    lines.append(t("mod_history_footer", lang, id=esc(args[0])))
    await reply(update, "\n".join(lines))


async def restore(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kembalikan ID VERSI [alasan]: an old version becomes the newest."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) < 2 or not re.fullmatch(r"\d{1,6}", args[1]):
        await reply(update, t("mod_usage_restore", lang))
        return
    svc = services(context)
    reason = " ".join(args[2:])[:200] or f"kembalikan ke versi {args[1]}"
    try:
        version = svc.storage.restore(args[0], int(args[1]), actor(update), reason)
    except EntryNotFound:
        await reply(update, t("mod_version_not_found", lang, id=esc(args[0]),
                              version=esc(args[1])))
        return
    closed = await after_change(svc)
    await reply(update, t("mod_restored", lang, id=esc(args[0]), old=esc(args[1]),
                          version=version, gaps=closed))


# -- /celah, /umpanbalik, /statistik --------------------------------------------------------


async def gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/celah: unanswered questions grouped, counted, newest first, with buttons."""
    lang = lang_of(update, context)
    groups = group_gaps(services(context).storage.unanswered())[:GAP_GROUPS]
    udata(context)["mod_gaps"] = [{"text": g["text"], "ids": g["ids"]} for g in groups]
    if not groups:
        await reply(update, t("mod_gaps_empty", lang))
        return
    lines = [t("mod_gaps_header", lang)]
    rows = []
    svc = services(context)
    for i, group in enumerate(groups, 1):
        lines.append(t("mod_gap_line", lang, n=i, count=group["count"],
                       text=esc(shorten(group["text"], 200))))
        rows.append([(t("mod_btn_gap_new", lang, n=i), f"mod:gap:new:{i}"),
                     (t("mod_btn_gap_ignore", lang, n=i), f"mod:gap:ign:{i}")])
        # the entries that came closest: one tap attaches the question to one of them
        result = svc.search(group["text"])
        near = [h.entry.id for h in (*result.hits, *result.more)][:ATTACH_CANDIDATES]
        if near:
            rows.append([(t("mod_btn_attach", lang, n=i, id=shorten(eid, 28)),
                          f"mod:att:{i}:{eid}") for eid in near])
    lines.append(t("mod_gaps_attach_hint", lang))
    await reply(update, "\n".join(lines), keyboard(rows))


async def attach_question(update: Update, context: ContextTypes.DEFAULT_TYPE, num: int,
                          entry_id: str) -> None:
    """Attach /celah question ``num`` to ``entry_id`` as an example question (a new version)."""
    lang = lang_of(update, context)
    svc = services(context)
    groups = udata(context).get("mod_gaps") or []
    if not 1 <= num <= len(groups) or not groups[num - 1].get("ids"):
        await reply(update, t("mod_attach_stale", lang))
        return
    group = groups[num - 1]
    try:
        entry = svc.storage.get_entry(entry_id)
    except EntryNotFound:
        await reply(update, t("mod_not_found", lang, id=esc(entry_id)))
        return
    question = group["text"].strip()
    if question in entry.questions:
        await reply(update, t("mod_attach_already", lang, id=esc(entry_id)))
        return
    questions = [*entry.questions, question]
    try:
        check_field("questions", questions, entry.kind)
    except KnowledgeError as exc:
        await reply(update, bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang))
        return
    new = dataclasses.replace(entry, questions=tuple(questions))
    version = svc.storage.save_entry(new, actor(update), t("mod_attach_reason", "id"),
                                     expected_version=svc.storage.version_of(entry_id))
    svc.storage.set_unanswered_status(group["ids"], "answered")
    group["ids"] = []
    closed = await after_change(svc)
    await reply(update, t("mod_attached", lang, id=esc(entry_id), version=version,
                          gaps=closed))


async def attach_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/lampirkan N ID: attach /celah question N to any entry."""
    lang = lang_of(update, context)
    args = arg_list(context)
    if len(args) != 2 or not args[0].isdigit():
        await reply(update, t("mod_attach_usage", lang))
        return
    await attach_question(update, context, int(args[0]), args[1])


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/umpanbalik: entries ranked by 👎, with the questions that led to them."""
    lang = lang_of(update, context)
    ranking = services(context).storage.feedback_ranking()
    if not ranking:
        await reply(update, t("mod_feedback_empty", lang))
        return
    lines = [t("mod_feedback_header", lang)]
    for i, row in enumerate(ranking, 1):
        lines.append(t("mod_feedback_line", lang, n=i, id=esc(row["entry_id"]),
                       down=row["down"], up=row["up"]))
        lines.extend(f"   • <i>{esc(shorten(q, 150))}</i>" for q in row["queries"])
    await reply(update, "\n".join(lines))


def _counter(svc: Services, key: str) -> int:
    raw = svc.storage.get_meta(key, "0")
    return int(raw) if raw.strip().isdigit() else 0


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/statistik: questions per day, share answered, top entries and gaps, dispute flows."""
    lang = lang_of(update, context)
    svc = services(context)
    data = svc.storage.question_stats()
    total, answered = data["total"], data["answered"]
    share = round(100 * answered / total) if total else 0
    lines = [t("mod_stats_header", lang, total=total, answered=answered, share=share)]
    for day in data["per_day"]:
        lines.append(t("mod_stats_day", lang, day=day["day"], total=day["total"],
                       answered=day["answered"]))
    if data["top_entries"]:
        lines.append(t("mod_stats_top", lang))
        lines.extend(f"• {esc(e)}: {n}" for e, n in data["top_entries"])
    top_gaps = sorted(group_gaps(svc.storage.unanswered()), key=lambda g: -g["count"])[:5]
    if top_gaps:
        lines.append(t("mod_stats_gaps", lang))
        lines.extend(f"• {esc(shorten(g['text'], 100))} ×{g['count']}" for g in top_gaps)
    lines.append(t("mod_stats_dispute", lang, started=_counter(svc, "dispute_started"),
                   finished=_counter(svc, "dispute_finished")))
    await reply(update, "\n".join(lines))


# -- /moderator -----------------------------------------------------------------------------


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


# -- files: import and export ---------------------------------------------------------------


class UploadError(ValueError):
    """An upload cannot be imported; ``key`` and ``values`` make the message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def _md_topic(content: bytes) -> str:
    """The ``topic:`` of a single ``.md`` file's front matter, else ``umum``."""
    text = content.decode("utf-8", errors="replace").lstrip("\ufeff")
    if text.startswith("---"):
        try:
            meta = load_yaml(text.split("\n---", 1)[0][3:], "upload")
        except (yaml.YAMLError, KnowledgeError):
            meta = None
        topic = meta.get("topic") if isinstance(meta, dict) else None
        if isinstance(topic, str) and TOPIC_RE.match(topic):
            return topic
    return "umum"


def unpack_upload(filename: str, content: bytes, dest: Path) -> list[Path]:
    """Write an uploaded entry file, or the entry files of a ``.zip``, under ``dest``.

    Each file keeps its ``<topic>/`` folder. Zips are checked before extraction: at most
    ``MAX_FILES`` files and ``MAX_UNPACKED`` bytes, no absolute paths or ``..``, only entry
    files (README and hidden files are skipped).

    :param filename: the uploaded file's name
    :param content: its bytes
    :param dest: an empty temporary folder
    :return: the written files
    """
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix in ENTRY_SUFFIXES:
        folder = dest / _md_topic(content) if suffix == ".md" else dest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / PurePosixPath(filename).name
        path.write_bytes(content)
        return [path]
    if suffix != ".zip":
        raise UploadError("mod_upload_type", name=filename)
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, ValueError):
        raise UploadError("mod_upload_badzip") from None
    if len(infos) > MAX_FILES:
        raise UploadError("mod_upload_too_many", max=MAX_FILES)
    if sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise UploadError("mod_upload_bomb")
    paths: list[Path] = []
    written = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or ":" in name or not parts:
            raise UploadError("mod_upload_path", name=name)
        base = parts[-1]
        if parts[0] == "__MACOSX" or base.startswith(".") or base.lower().startswith("readme"):
            continue
        if PurePosixPath(base).suffix.lower() not in ENTRY_SUFFIXES:
            raise UploadError("mod_upload_type", name=name)
        folder = dest / parts[-2] if len(parts) >= 2 else dest
        target = folder / base
        if target.exists():
            raise UploadError("mod_upload_duplicate", name=name)
        try:
            with archive.open(info) as src:
                data = src.read(MAX_UNPACKED - written + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError):
            raise UploadError("mod_upload_badzip") from None
        written += len(data)
        if written > MAX_UNPACKED:
            raise UploadError("mod_upload_bomb")
        folder.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        paths.append(target)
    return paths


def parse_upload(filename: str, content: bytes, live: Sequence[Entry]) -> list[Entry]:
    """Parse and validate an upload against the live entries; raise ``UploadError``.

    :param filename: the uploaded file's name
    :param content: its bytes
    :param live: the live entries (for ``related`` and duplicate checks)
    """
    with tempfile.TemporaryDirectory(prefix="kawangig-upload-") as tmp:
        root = Path(tmp)
        entries: list[Entry] = []
        try:
            for path in unpack_upload(filename, content, root):
                entries.extend(parse_file(path, root))
            ids = {e.id for e in entries}
            check_collection([*(e for e in live if e.id not in ids), *entries])
        except KnowledgeError as exc:
            where = exc.where.replace(str(root) + "/", "")
            raise UploadError("mod_upload_invalid", where=where, field=exc.field,
                              problem=exc.problem) from None
    if not entries:
        raise UploadError("mod_upload_empty")
    return entries


def report_lines(report: ImportReport, lang: str) -> str:
    """What an import adds, changes, keeps and protects."""
    lines = []
    for key in ("added", "updated", "unchanged", "protected"):
        ids: list[str] = getattr(report, key)
        if ids:
            shown = ", ".join(esc(i) for i in ids[:30]) + (" …" if len(ids) > 30 else "")
            lines.append(t(f"mod_import_{key}", lang, n=len(ids), ids=shown))
    return "\n".join(lines)


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A moderator's file: parse, validate and preview the import."""
    message = update.effective_message
    lang = lang_of(update, context)
    if message is None or message.document is None:
        return
    doc = message.document
    name = doc.file_name or "berkas"
    if doc.file_size and doc.file_size > MAX_UPLOAD:
        await reply(update, t("mod_upload_big", lang))
        return
    svc = services(context)
    try:
        if PurePosixPath(name).suffix.lower() not in (*ENTRY_SUFFIXES, ".zip"):
            raise UploadError("mod_upload_type", name=name)
        file = await doc.get_file()
        content = bytes(await file.download_as_bytearray())
        if len(content) > MAX_UPLOAD:
            raise UploadError("mod_upload_big")
        entries = parse_upload(name, content, svc.storage.live_entries())
    except UploadError as exc:
        values = {k: esc(v) for k, v in exc.values.items()}
        await reply(update, t(exc.key, lang, **values) + "\n" + t("mod_nothing_written", lang))
        return
    except TelegramError:
        await reply(update, t("mod_upload_failed", lang))
        return
    report = svc.storage.import_entries(entries, actor(update), dry_run=True)
    body = t("mod_import_preview", lang, name=esc(name)) + "\n" + report_lines(report, lang)
    if not report.changed:
        await reply(update, body + "\n\n" + t("mod_import_nothing", lang))
        return
    # the parsed upload waits in the database; only its token sits in user_data
    udata(context)["mod_import"] = svc.storage.put_pending_upload(
        update.effective_user.id if update.effective_user else 0,
        [e.to_record() for e in entries])
    await reply(update, body, keyboard([[(t("mod_btn_import", lang), "mod:imp:ok"),
                                         (t("mod_btn_cancel", lang), "mod:imp:no")]]))


async def export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ekspor: the live knowledge base as a zip in the knowledge/ format."""
    lang = lang_of(update, context)
    chat = update.effective_chat
    if chat is None:
        return
    entries = services(context).storage.live_entries()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            archive.writestr(f"{entry.topic}/{entry.id}.md", entry.to_markdown())
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    await chat.send_document(document=buf.getvalue(), filename=f"kawangig-{stamp}.zip",
                             caption=t("mod_exported", lang, n=len(entries)))


# -- stateless moderator buttons ------------------------------------------------------------


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Moderator buttons outside a conversation: delete, import, ignore a gap; else stale."""
    query = update.callback_query
    assert query is not None
    lang = lang_of(update, context)
    parts = (query.data or "").split(":")
    svc = services(context)
    data = udata(context)
    if parts[:2] == ["mod", "del"] and len(parts) == 4 and parts[3].isdigit():
        await query.answer()
        entry_id = parts[2]
        reason = data.get("mod_delete_reason", {}).pop(entry_id, "") or "hapus"
        try:
            version = svc.storage.delete_entry(entry_id, actor(update), reason,
                                               expected_version=int(parts[3]))
        except EntryNotFound:
            await reply(update, t("mod_not_found", lang, id=esc(entry_id)))
            return
        except ConflictError:
            await reply(update, conflict_text(svc, entry_id, None, lang))
            return
        await after_change(svc)
        await reply(update, t("mod_deleted_done", lang, id=esc(entry_id), version=version))
        return
    imp = parts[:2] == ["mod", "imp"] and len(parts) == 3
    token = data.pop("mod_import", None) if imp else None
    records = svc.storage.take_pending_upload(str(token), query.from_user.id) if token else None
    if records is not None:
        await query.answer()
        if parts[2] != "ok":
            await reply(update, t("mod_cancelled", lang))
            return
        try:
            entries = [entry_from_mapping(r, "upload") for r in records]
        except KnowledgeError as exc:
            await reply(update, bad_field(exc, lang) + "\n" + t("mod_nothing_written", lang))
            return
        report = svc.storage.import_entries(entries, actor(update))
        closed = await after_change(svc)
        await reply(update, t("mod_imported", lang, gaps=closed) + "\n"
                    + report_lines(report, lang))
        return
    if parts[:3] == ["mod", "gap", "ign"] and len(parts) == 4 and parts[3].isdigit():
        groups = data.get("mod_gaps") or []
        num = int(parts[3])
        if 1 <= num <= len(groups) and groups[num - 1].get("ids"):
            ids = groups[num - 1]["ids"]
            svc.storage.set_unanswered_status(ids, "ignored")
            groups[num - 1]["ids"] = []
            await query.answer(t("mod_gap_ignored", lang, count=len(ids)))
            return
    if parts[:2] == ["mod", "att"] and len(parts) == 4 and parts[2].isdigit():
        await query.answer()
        await attach_question(update, context, int(parts[2]), parts[3])
        return
    if parts == ["mod", "delno"]:
        await query.answer()
        await reply(update, t("mod_cancelled", lang))
        return
    await query.answer(t("stale_button", lang))


# -- registration ---------------------------------------------------------------------------


def handlers(app: App, settings: Settings
             ) -> list[BaseHandler[Any, Any, Any]]:
    """Every moderator handler in order, the refusals for everyone else last.

    The conversations come first so that a moderator's free text inside /tambah or /ubah is
    a field value, not a question; ``refuse`` comes after every filtered handler.
    """
    mod = ModeratorFilter(app, settings.moderator_ids)
    owner = ModeratorFilter(app, settings.moderator_ids, owners_only=True)
    private = filters.ChatType.PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND & mod
    persistent = app.persistence is not None

    def button(callback: Handler, pattern: str) -> ModeratorButton:
        return ModeratorButton(callback, pattern, mod)

    with warnings.catch_warnings():
        # per_message=False is intended: a flow belongs to the moderator, not to one message
        warnings.simplefilter("ignore", PTBUserWarning)
        add = ConversationHandler(
            entry_points=[CommandHandler("tambah", add_start, filters=private & mod),
                          button(gap_new, r"^mod:gap:new:\d{1,3}$")],
            states={
                KIND: [button(add_kind, r"^mod:kind:"), MessageHandler(text, use_buttons)],
                FIELD: [MessageHandler(text, add_field)],
                TOPIC: [button(add_topic, r"^mod:topic:"), MessageHandler(text, use_buttons)],
                CONFIRM: [button(add_save, r"^mod:add:save$"),
                          MessageHandler(text, add_reason)],
            },
            fallbacks=[CommandHandler("batal", cancel, filters=private & mod),
                       button(cancel, r"^mod:add:cancel$")],
            name="moderator_add", persistent=persistent, allow_reentry=True,
        )
        edit = ConversationHandler(
            entry_points=[CommandHandler("ubah", edit_start, filters=private & mod)],
            states={
                CHOOSE: [button(edit_choose, r"^mod:field:"),
                         MessageHandler(text, use_buttons)],
                VALUE: [MessageHandler(text, edit_value)],
                EDIT_CONFIRM: [button(edit_save, r"^mod:edit:save$"),
                               MessageHandler(text, edit_reason)],
            },
            fallbacks=[CommandHandler("batal", cancel, filters=private & mod),
                       button(cancel, r"^mod:edit:cancel$")],
            name="moderator_edit", persistent=persistent, allow_reentry=True,
        )
    return [
        add,
        edit,
        CommandHandler("moderator", moderators, filters=private & owner),
        CommandHandler("hapus", delete, filters=private & mod),
        CommandHandler("riwayat", history, filters=private & mod),
        CommandHandler("kembalikan", restore, filters=private & mod),
        CommandHandler("celah", gaps, filters=private & mod),
        CommandHandler("lampirkan", attach_command, filters=private & mod),
        CommandHandler("umpanbalik", feedback, filters=private & mod),
        CommandHandler("statistik", stats, filters=private & mod),
        CommandHandler("ekspor", export, filters=private & mod),
        MessageHandler(private & filters.Document.ALL & mod, document),
        button(on_button, r"^mod:"),
        # everyone else: one refusal per moderator command or button, nothing changes
        CommandHandler("moderator", refuse_owner, filters=private),
        CommandHandler(list(COMMANDS), refuse, filters=private),
        CallbackQueryHandler(refuse, pattern=r"^mod:"),
    ]
