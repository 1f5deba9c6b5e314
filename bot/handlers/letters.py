"""/surat: the letters (bot/letters/), asked one field at a time, then a preview and a .docx.

A ConversationHandler with one PTB state, ``FLOW``; the letter and its answers live in
``context.user_data["letter"]`` as plain JSON (``{"kind": str, "answers": {...}}``), so a
restart keeps the worker's place. Buttons carry the field they answer
(``letter:a:<field>:<value>``): the engine accepts an answer only for the current field, so an
old or forged button changes nothing. Free text answers the current text field; on a button
question it gets the question again. The finished letter is sent as text and as .docx; "💾
Simpan" keeps it in /kasus (the answers, not the file, which is rebuilt on export).
"""

from __future__ import annotations

import html
import logging
import secrets
from datetime import UTC, date, datetime
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

from bot import letters as lt
from bot.dispute import REMIND_AT, clock_time, format_date, reminder_time, today_jakarta
from bot.handlers import cases, user
from bot.handlers.common import PRIVATE, flow_handler, lang_of, reply, services
from bot.lines import ascii_slug
from bot.ptbtypes import App
from bot.render import esc
from bot.storage import StorageError
from bot.texts import t

log = logging.getLogger(__name__)
FLOW = 0
PREFIX = "letter:"
_KEY = "letter"
_RESULT = "letter_result"
_MAX_TEXT = 1000  # characters of a typed answer looked at


def _state(context: ContextTypes.DEFAULT_TYPE) -> tuple[lt.LetterSpec, dict[str, Any]] | None:
    data = context.user_data
    state = data.get(_KEY) if data is not None else None
    if not isinstance(state, dict) or not isinstance(state.get("answers"), dict):
        return None
    spec = lt.LETTERS.get(str(state.get("kind")))
    return (spec, state["answers"]) if spec is not None else None


def _menu(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t(f"letter_{kind}_title", lang),
                               callback_data=f"{PREFIX}start:{kind}")] for kind in lt.LETTERS])


def _question(spec: lt.LetterSpec, answers: dict[str, Any],
              lang: str) -> tuple[str, InlineKeyboardMarkup]:
    field = lt.next_field(spec, answers)
    assert field is not None
    n, total = lt.progress(spec, answers)
    text = f"<i>{n}/{total}</i>\n\n{t(f'letter_{spec.kind}_q_{field.id}', lang)}"
    rows: list[list[InlineKeyboardButton]] = []
    ticked = lt.selected(answers, field.id)
    for option in field.options:
        key = (f"letter_o_recipient_{option}" if field.id == "recipient"
               else f"letter_{spec.kind}_o_{field.id}_{option}")
        mark = "✅ " if option in ticked else ""
        rows.append([InlineKeyboardButton(mark + t(key, lang),
                                          callback_data=f"{PREFIX}a:{field.id}:{option}")])
    if field.kind == "multi":
        rows.append([InlineKeyboardButton(t("letter_btn_done", lang),
                                          callback_data=f"{PREFIX}a:{field.id}:{lt.DONE}")])
    nav = []
    if field.optional:
        nav.append(InlineKeyboardButton(t("letter_btn_skip", lang),
                                        callback_data=f"{PREFIX}a:{field.id}:{lt.SKIP}"))
    if answers:
        nav.append(InlineKeyboardButton(t("letter_btn_back", lang),
                                        callback_data=f"{PREFIX}back"))
    nav.append(InlineKeyboardButton(t("letter_btn_cancel", lang),
                                    callback_data=f"{PREFIX}cancel"))
    rows.append(nav)
    return text, InlineKeyboardMarkup(rows)


async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/surat: the letters the bot can write."""
    lang = lang_of(update, context)
    await reply(update, t("letter_menu", lang), _menu(lang))
    return ConversationHandler.END


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Start the letter named in the button."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return ConversationHandler.END
    lang = lang_of(update, context)
    kind = (query.data or "").removeprefix(f"{PREFIX}start:")
    spec = lt.LETTERS.get(kind)
    if spec is None:
        await query.answer(t("letter_err_stale", lang))
        return ConversationHandler.END
    await query.answer()
    context.user_data[_KEY] = {"kind": kind, "answers": {}, "at": datetime.now(UTC).isoformat()}
    text, markup = _question(spec, {}, lang)
    await reply(update, f"<b>{t(f'letter_{kind}_title', lang)}</b>\n\n{text}", markup)
    return FLOW


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """An answer, skip, done, back or cancel."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return ConversationHandler.END
    lang = lang_of(update, context)
    loaded = _state(context)
    if loaded is None:
        await query.answer(t("letter_err_stale", lang))
        return ConversationHandler.END
    spec, answers = loaded
    action, _, arg = (query.data or "").removeprefix(PREFIX).partition(":")
    if action == "cancel":
        context.user_data.pop(_KEY, None)
        await query.answer()
        await reply(update, t("letter_cancelled", lang))
        return ConversationHandler.END
    if action == "back":
        answers = lt.back(spec, answers)
    elif action == "a":
        field_id, _, value = arg.partition(":")
        try:
            answers = lt.answer(spec, answers, field_id, value, today_jakarta())
        except lt.LetterInputError as err:
            await query.answer(t(err.key, lang, **err.values))
            return FLOW
    else:
        await query.answer(t("letter_err_stale", lang))
        return FLOW
    await query.answer()
    return await _next(update, context, spec, answers, lang)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A typed answer to the current text field."""
    message = update.effective_message
    if message is None or message.text is None or context.user_data is None:
        return ConversationHandler.END
    lang = lang_of(update, context)
    loaded = _state(context)
    if loaded is None:  # the letter's data is gone (erased with /hapusdata): a question
        await user.question(update, context)
        return ConversationHandler.END
    spec, answers = loaded
    field = lt.next_field(spec, answers)
    if field is None:
        return ConversationHandler.END
    if field.kind in ("choice", "multi"):  # a button question: ask it again
        text, markup = _question(spec, answers, lang)
        await reply(update, text, markup)
        return FLOW
    try:
        answers = lt.answer(spec, answers, field.id, message.text[:_MAX_TEXT], today_jakarta())
    except lt.LetterInputError as err:
        await reply(update, t(err.key, lang, **err.values))
        return FLOW
    return await _next(update, context, spec, answers, lang)


async def _next(update: Update, context: ContextTypes.DEFAULT_TYPE, spec: lt.LetterSpec,
                answers: dict[str, Any], lang: str) -> int:
    assert context.user_data is not None
    if lt.next_field(spec, answers) is not None:
        context.user_data[_KEY] = {"kind": spec.kind, "answers": answers,
                                   "at": datetime.now(UTC).isoformat()}
        text, markup = _question(spec, answers, lang)
        await reply(update, text, markup)
        return FLOW
    context.user_data.pop(_KEY, None)
    letter = lt.build(spec, answers, today_jakarta())
    token = secrets.token_hex(4)
    context.user_data[_RESULT] = {"at": datetime.now(UTC).isoformat(),  # expires: app.py
                                  "token": token, "kind": spec.kind, "answers": answers,
                                  "date": today_jakarta().isoformat()}
    notes = ""
    if "delete" in (answers.get("rights") or []):
        notes = "\n\n" + t("letter_data_access_delete_warning", lang)
    await reply(update, t("letter_ready", lang, n=len(letter.placeholders())) + notes)
    await reply(update, f"<pre>{html.escape(lt.to_text(letter))}</pre>")
    chat = update.effective_chat
    if chat is not None:
        try:
            await chat.send_document(document=lt.to_docx(letter), filename=_filename(letter),
                                     caption=t("letter_docx_caption", lang))
        except TelegramError:
            log.warning("could not send a letter's .docx")
    await reply(update, t("letter_save_offer", lang), InlineKeyboardMarkup([[
        InlineKeyboardButton(t("letter_btn_save", lang),
                             callback_data=f"{PREFIX}save:{token}")]]))
    return ConversationHandler.END


def _filename(letter: lt.Letter) -> str:
    """``surat-<kind>-<recipient>.docx`` with an ASCII slug."""
    name = letter.recipient[-2] if len(letter.recipient) >= 2 else ""
    return f"surat-{letter.kind.replace('_', '-')}-{ascii_slug(name, 'penerima')}.docx"


async def on_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """"💾 Simpan": keep the finished letter's answers in /kasus."""
    query = update.callback_query
    if query is None or context.user_data is None or query.from_user is None:
        return
    lang = lang_of(update, context)
    result = context.user_data.get(_RESULT)
    token = (query.data or "").removeprefix(f"{PREFIX}save:")
    if not isinstance(result, dict) or result.get("token") != token:
        await query.answer(t("letter_err_stale", lang))
        return
    try:
        case_id = services(context).storage.save_case(
            query.from_user.id, {"type": "letter", "kind": result["kind"],
                                 "answers": result["answers"], "date": result["date"]})
    except StorageError:
        log.exception("saving a letter failed")
        await query.answer(t("letter_save_failed", lang), show_alert=True)
        return
    context.user_data.pop(_RESULT, None)
    await query.answer()
    # the reply date in the letter gets a reminder at 09.00 WIB, tied to the saved letter
    # (deleted with it, or by /hapusdata)
    spec = lt.LETTERS.get(str(result["kind"]))
    reminder_at = None
    if spec is not None:
        letter = lt.build(spec, result["answers"], date.fromisoformat(str(result["date"])))
        if letter.deadline is not None:
            due = reminder_time(letter.deadline)
            text = t("letter_reminder", lang, title=t(f"letter_{spec.kind}_title", lang),
                      id=case_id)
            rid = services(context).storage.add_reminder(query.from_user.id, due, text,
                                                         case_id=case_id)
            if context.job_queue is not None:
                cases.schedule_reminder(context.job_queue, rid, query.from_user.id, due)
            reminder_at = letter.deadline
    await reply(update, t("letter_saved", lang, id=case_id) + (
        "\n" + t("letter_reminder_set", lang, date=esc(format_date(reminder_at, lang)),
                   time=clock_time(REMIND_AT, lang))
        if reminder_at else ""))


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal inside a letter."""
    if context.user_data is not None:
        context.user_data.pop(_KEY, None)
    await reply(update, t("letter_cancelled", lang_of(update, context)))
    return ConversationHandler.END


def conversation(app: App) -> ConversationHandler[Any]:
    """The letter conversation (registered in bot/handlers/__init__.py)."""
    private = PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND
    # per_message=False is intended: the letter belongs to the user; every button names
    # the field it answers, so a stale message's buttons change nothing
    return flow_handler(
        entry_points=[CallbackQueryHandler(begin, pattern=rf"^{PREFIX}start:")],
        states={FLOW: [CallbackQueryHandler(on_button, pattern=rf"^{PREFIX}(a|back|cancel)"),
                       MessageHandler(text, on_text)]},
        fallbacks=[CommandHandler(["batal", "cancel"], cancel, filters=private)],
        name="letters", persistent=app.persistence is not None, allow_reentry=True,
    )
