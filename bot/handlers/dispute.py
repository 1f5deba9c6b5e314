"""The payment-dispute conversation (/sengketa) and its result (reminders and /kasus: cases.py).

Thin Telegram layer over the pure domain in ``bot/dispute/``. The ConversationHandler has a
single PTB state, ``FLOW``; the domain state and the case live in
``context.user_data["dispute"]`` as plain data (``{"state": str, "case": Case.to_dict(),
"msg": int, "chat": int}``), so the persistence stores them (JSON) and a restarted bot continues.
``msg`` is the id of the one message whose buttons are live: presses on any other message,
from another chat, or with a value the current prompt does not offer change nothing.

After the result the conversation ends; ``user_data["dispute_result"]`` keeps what the
"💾 Simpan kasus" and "⏰ Ingatkan saya" buttons need, bound to a random token in their
callback data; the reminder it sets is scheduled by ``bot/handlers/cases.py``.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from datetime import UTC, date, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot import dispute as d
from bot.dispute import NO_NAME, docx_filename, reminder_time, today_jakarta
from bot.handlers import cases, user
from bot.handlers.common import PRIVATE, flow_handler
from bot.handlers.user import lang_of, reply, services
from bot.letters.model import Letter, to_docx, to_text
from bot.ptbtypes import App
from bot.render import esc, split_message
from bot.texts import t

log = logging.getLogger(__name__)

FLOW = "flow"  # the conversation's only PTB state; the domain state is in user_data
KEY = "dispute"
RESULT = "dispute_result"
_BUTTON_ROW_CHARS = 12  # options whose labels are all this short share one row


def _user_data(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    data = context.user_data
    return data if data is not None else {}


def _load(context: ContextTypes.DEFAULT_TYPE) -> tuple[d.State, d.Case, dict[str, Any]] | None:
    """The flow in user_data as (state, case, raw dict); ``None`` when missing or malformed."""
    flow = _user_data(context).get(KEY)
    if not isinstance(flow, dict):
        return None
    raw = flow.get("state")
    if not isinstance(raw, str):
        return None
    try:
        state = d.State(raw)  # "worker_name" too: stored before it joined State, same value
    except ValueError:
        return None
    try:
        case = d.Case.from_dict(flow.get("case") or {})
    except d.CaseDataError:
        log.warning("a stored dispute case was malformed")
        return None
    return state, case, flow


def _store(context: ContextTypes.DEFAULT_TYPE, state: d.State, case: d.Case,
           chat_id: int, msg: int | None) -> None:
    _user_data(context)[KEY] = {"state": str(state), "case": case.to_dict(), "chat": chat_id,
                                "msg": msg, "at": datetime.now(UTC).isoformat()}


def _bump(context: ContextTypes.DEFAULT_TYPE, key: str) -> None:
    try:
        services(context).storage.bump_meta(key)
    except Exception:  # a counter must never break the guide
        log.exception("could not count %s", key)


# -- rendering a prompt ---------------------------------------------------------------------


def _markup(p: d.Prompt, lang: str) -> InlineKeyboardMarkup:
    """Option buttons (short ones share a row), then back and cancel."""
    rows: list[list[InlineKeyboardButton]] = []
    options = [InlineKeyboardButton(label, callback_data=d.callback_data(value))
               for value, label in p.options]
    if options and all(len(b.text) <= _BUTTON_ROW_CHARS for b in options):
        rows.append(options)
    else:
        rows += [[b] for b in options]
    nav = []
    if p.allow_back:
        nav.append(InlineKeyboardButton(t("dispute_btn_back", lang),
                                        callback_data=d.callback_data(d.BACK)))
    if p.allow_cancel:
        nav.append(InlineKeyboardButton(t("dispute_btn_cancel", lang),
                                        callback_data=d.callback_data(d.CANCEL)))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(rows)


def _name_markup(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(
        t("dispute_btn_skip", lang), callback_data=d.callback_data(d.SKIP))]])


def _prompt_of(state: d.State, case: d.Case, lang: str) -> tuple[str, InlineKeyboardMarkup]:
    """HTML text and buttons for ``state``."""
    p = d.prompt(state, case, lang=lang)
    if state is d.State.WORKER_NAME:  # the letter's own heading and skip button
        return t("dispute_letter_title", lang) + "\n" + esc(p.text), _name_markup(lang)
    return esc(p.text), _markup(p, lang)


def _allowed(state: d.State, case: d.Case, lang: str) -> dict[str, str]:
    """Values a button may carry in ``state``, with the label to echo when pressed."""
    if state is d.State.WORKER_NAME:
        return {d.SKIP: t("dispute_btn_skip", lang)}
    p = d.prompt(state, case, lang=lang)
    allowed = dict(p.options)
    if p.allow_back:
        allowed[d.BACK] = t("dispute_btn_back", lang)
    if p.allow_cancel:
        allowed[d.CANCEL] = t("dispute_btn_cancel", lang)
    return allowed


async def _send(update: Update, text: str, markup: InlineKeyboardMarkup | None = None
                ) -> Message | None:
    """Send HTML ``text`` (split when long), buttons under the last part; return it."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = split_message(text)
    last: Message | None = None
    for i, part in enumerate(parts):
        last = await chat.send_message(part, parse_mode=ParseMode.HTML,
                                       reply_markup=markup if i == len(parts) - 1 else None,
                                       disable_web_page_preview=True)
    return last


async def _retire(context: ContextTypes.DEFAULT_TYPE, flow: dict[str, Any] | None) -> None:
    """Remove the buttons of the flow's live prompt message (best effort)."""
    if not flow or not isinstance(flow.get("msg"), int) or not isinstance(flow.get("chat"), int):
        return
    with contextlib.suppress(BadRequest, Forbidden):  # already edited, deleted or too old
        await context.bot.edit_message_reply_markup(flow["chat"], flow["msg"], reply_markup=None)


async def _ask(update: Update, context: ContextTypes.DEFAULT_TYPE, state: d.State, case: d.Case,
               *, before: str = "") -> None:
    """Send the prompt of ``state`` (after ``before``) and make it the live message."""
    lang = lang_of(update, context)
    text, markup = _prompt_of(state, case, lang)
    sent = await _send(update, f"{before}\n\n{text}" if before else text, markup)
    chat_id = update.effective_chat.id if update.effective_chat else 0
    _store(context, state, case, chat_id, sent.message_id if sent else None)
    # written now, not at the next persistence run: a kill right after a step loses nothing
    # (only the changed rows are written, off the event loop)
    await context.application.update_persistence()


# -- the conversation -----------------------------------------------------------------------


async def begin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """/sengketa or the guide button: start, or offer to continue an unfinished guide."""
    lang = lang_of(update, context)
    query = update.callback_query
    if query is not None:
        await query.answer()
    loaded = _load(context)
    # from /status: its outcome pre-fills the three relationship answers (a new guide)
    outcome = (query.data or "").removeprefix("dispute:status:") if query is not None else ""
    from_status = query is not None and (query.data or "").startswith("dispute:status:")
    fresh = query is not None and (query.data == "dispute:new" or from_status)
    if loaded is not None and not fresh and loaded[0] not in d.TERMINAL:
        state, case, flow = loaded
        await _retire(context, flow)
        await _send(update, t("dispute_resume", lang), InlineKeyboardMarkup([[
            InlineKeyboardButton(t("dispute_btn_restart", lang), callback_data="dispute:new")]]))
        await _ask(update, context, state, case)
        return FLOW
    if loaded is not None:
        await _retire(context, loaded[2])
    _bump(context, "dispute_started")
    step = d.start_from_status(outcome) if from_status else d.start()
    # the result carries the disclaimer; the intro only for someone who has not seen it yet
    seen = _user_data(context).get("seen_disclaimer")
    await _send(update, t("dispute_intro", lang,
                          disclaimer="" if seen else t("disclaimer", lang)).rstrip())
    await _ask(update, context, step.state, step.case)
    return FLOW


def _is_live(update: Update, flow: dict[str, Any]) -> bool:
    """Whether a press comes from the user's own chat, on the flow's live prompt message."""
    query = update.callback_query
    if query is None or query.message is None or query.from_user is None:
        return False
    chat = query.message.chat
    return (chat.type == chat.PRIVATE and chat.id == query.from_user.id
            and chat.id == flow.get("chat") and query.message.message_id == flow.get("msg"))


async def on_option(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int | None:
    """A button of the live prompt: validate it, advance the domain, show what comes next."""
    query = update.callback_query
    if query is None:
        return None
    lang = lang_of(update, context)
    loaded = _load(context)
    if loaded is None:
        await query.answer(t("dispute_lost", lang), show_alert=True)
        _user_data(context).pop(KEY, None)
        return ConversationHandler.END
    state, case, flow = loaded
    value = d.answer_from_callback(query.data or "")
    allowed = _allowed(state, case, lang)
    if not _is_live(update, flow) or value is None or value not in allowed:
        await query.answer(t("dispute_stale", lang))
        return None
    if state is d.State.WORKER_NAME:  # its only button: skip
        await query.answer()
        return await _letter(update, context, case, NO_NAME)
    step = d.advance(state, case, value, today=today_jakarta(), lang=lang)
    if step.error:
        await query.answer(step.error[:190], show_alert=True)
        return None
    await query.answer()
    if state == d.State.EVIDENCE and step.state is d.State.EVIDENCE:
        _store(context, step.state, step.case, flow["chat"], flow["msg"])
        _, markup = _prompt_of(step.state, step.case, lang)
        with contextlib.suppress(BadRequest):  # "message is not modified" on a double tap
            await query.edit_message_reply_markup(reply_markup=markup)
        return None
    label = allowed[value]
    if state == d.State.EVIDENCE and value == d.DONE:
        label = ", ".join(lbl for v, lbl in d.options_in(d.EVIDENCE, lang)
                          if v in step.case.evidence) or label
    question, _ = _prompt_of(state, case, lang)
    with contextlib.suppress(BadRequest):
        await query.edit_message_text(f"{question}\n\n✔️ <b>{esc(label)}</b>",
                                      parse_mode=ParseMode.HTML, reply_markup=None)
    return await _after(update, context, step)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | int | None:
    """Free text in the guide: an answer (amount, date, names) or a typed choice."""
    message = update.effective_message
    if message is None or message.text is None:
        return None
    lang = lang_of(update, context)
    loaded = _load(context)
    if loaded is None:  # the guide's data is gone (erased with /hapusdata, or unreadable)
        _user_data(context).pop(KEY, None)
        await user.question(update, context)  # so the text is what it most likely is
        return ConversationHandler.END
    state, case, flow = loaded
    text = message.text[:300]
    if d.idle(flow.get("at")) and (state is d.State.WORKER_NAME
                        or d.advance(state, case, text, today=today_jakarta()).error):
        # Back after a long pause with something that is not an answer: most likely a new
        # question. Answer it; the guide stays saved and /sengketa continues it.
        await _retire(context, flow)
        await reply(update, t("dispute_paused", lang))
        await user.question(update, context)
        return ConversationHandler.END
    step = d.advance(state, case, text, today=today_jakarta(), lang=lang)
    await _retire(context, flow)
    if step.error and d.asks_where(text):  # "td sampe mana ya": where the worker stands
        await _ask(update, context, state, case, before=t("dispute_where", lang))
        return None
    if step.error and d.is_question(text):  # a question, not an answer: answered, kept out
        await user.question(update, context)
        await _ask(update, context, state, case, before=t("dispute_back_to_step", lang))
        return None
    if step.error:
        await _ask(update, context, state, case, before="⚠️ " + esc(step.error))
        return None
    if state is d.State.WORKER_NAME:  # a name, or skipped: the letter
        return await _letter(update, context, case, step.value or NO_NAME)
    return await _after(update, context, step)


async def _after(update: Update, context: ContextTypes.DEFAULT_TYPE, step: d.Step
                 ) -> str | int:
    """Show what follows an accepted answer: the next question, the result or the end."""
    if step.state is d.State.CANCELLED:
        _user_data(context).pop(KEY, None)
        await reply(update, t("dispute_cancelled", lang_of(update, context)))
        return ConversationHandler.END
    if step.state is d.State.DONE:
        return await _result(update, context, step.case)
    await _ask(update, context, step.state, step.case)
    return FLOW


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/batal: stop the guide; nothing is stored."""
    await _retire(context, _user_data(context).get(KEY))
    _user_data(context).pop(KEY, None)
    await reply(update, t("dispute_cancelled", lang_of(update, context)))
    return ConversationHandler.END


# -- the result ---------------------------------------------------------------------------


async def _result(update: Update, context: ContextTypes.DEFAULT_TYPE, case: d.Case
                  ) -> str | int:
    """Summary, legal basis, dated plan; then the letter (civil/unclear) or the buttons."""
    lang = lang_of(update, context)
    today = today_jakarta()
    try:
        assessment = d.assess(case, today, lang=lang)
    except d.IncompleteCaseError:
        log.warning("a confirmed dispute case was incomplete")
        _user_data(context).pop(KEY, None)
        await reply(update, t("dispute_lost", lang))
        return ConversationHandler.END
    _bump(context, "dispute_finished")
    steps = d.plan(case, assessment, today, lang=lang)
    body = "\n\n".join([
        t("dispute_result_header", lang),
        esc(d.case_summary(case, assessment, lang=lang)),
        esc(d.basis_text(d.legal_basis(case, lang=lang), lang=lang)),
        esc(d.plan_text(steps, lang=lang)),
        t("disclaimer", lang),
    ])
    # the provisions the route rests on, each from its knowledge-base entry (📜 one tap away;
    # a moderator's correction reaches the guide too)
    svc = services(context)
    basis = [e for e in (svc.entry(i) for i in assessment.forum.basis) if e is not None]
    await reply(update, body, InlineKeyboardMarkup([[InlineKeyboardButton(
        f"📜 {e.citation[:50]}", callback_data=f"entry:card:{e.id}")] for e in basis[:6]])
        if basis else None)
    _user_data(context)[RESULT] = {
        "at": datetime.now(UTC).isoformat(),  # unsaved results expire (bot/app.py)
        "token": secrets.token_hex(4), "case": case.to_dict(), "today": today.isoformat(),
        "route": assessment.route.value, "worker_name": None, "saved": None, "reminder": None,
    }
    if assessment.route is d.Route.EMPLOYMENT:  # a bipartit request instead of a somasi
        await reply(update, t("dispute_employment_note", lang))
    await _ask(update, context, d.State.WORKER_NAME, case)
    return FLOW


async def _letter(update: Update, context: ContextTypes.DEFAULT_TYPE, case: d.Case,
                  worker_name: str) -> int:
    """The somasi as a message and as a .docx, then the save/remind buttons."""
    lang = lang_of(update, context)
    _user_data(context).pop(KEY, None)
    result = _user_data(context).get(RESULT)
    today = today_jakarta()
    if isinstance(result, dict):
        result["worker_name"] = worker_name
        with contextlib.suppress(TypeError, ValueError):
            today = date.fromisoformat(result["today"])
    assessment = d.assess(case, today)
    day = d.letter_day(today)
    letter = d.dispute_letter(case, assessment, worker_name, day)  # the recipient's language
    header = ("dispute_letter_header_bipartit" if letter.kind == "bipartit"
              else "dispute_letter_header")
    await reply(update, t(header, lang, date=esc(d.format_date(day, lang)))
                + "\n\n" + esc(to_text(letter)))
    await send_docx(update, case, letter, lang)
    await _next_buttons(update, context)
    return ConversationHandler.END


async def send_docx(update: Update, case: d.Case, letter: Letter, lang: str) -> None:
    """The guide's letter (``d.dispute_letter``) as an A4 .docx named after the client."""
    chat = update.effective_chat
    if chat is None:
        return
    caption = ("dispute_docx_caption_bipartit" if letter.kind == "bipartit"
               else "dispute_docx_caption")
    await chat.send_document(document=to_docx(letter),
                             filename=docx_filename(case, letter.kind),
                             caption=t(caption, lang))


async def _next_buttons(update: Update, context: ContextTypes.DEFAULT_TYPE, *,
                        before: str = "") -> None:
    """The "💾 Simpan kasus" and "⏰ Ingatkan saya" buttons of the current result."""
    lang = lang_of(update, context)
    result = _user_data(context).get(RESULT)
    if not isinstance(result, dict):
        return
    today = date.fromisoformat(result["today"])
    route = d.Route(result["route"])
    day = d.remind_day(route, today)
    deadline = t("dispute_deadline_bipartit" if route is d.Route.EMPLOYMENT
                 else "dispute_deadline_somasi", lang)
    text = t("dispute_next", lang, date=esc(d.format_date(day, lang)), deadline=deadline,
             time=d.clock_time(d.REMIND_AT, lang))
    token = result["token"]
    markup = InlineKeyboardMarkup([[
        InlineKeyboardButton(t("dispute_btn_save", lang), callback_data=f"dispute:save:{token}"),
        InlineKeyboardButton(t("dispute_btn_remind", lang),
                             callback_data=f"dispute:remind:{token}"),
    ]])
    await reply(update, f"{before}\n\n{text}" if before else text, markup)


def own_chat(update: Update) -> bool:
    """Whether a press comes from the presser's own private chat."""
    query = update.callback_query
    if query is None or query.message is None or query.from_user is None:
        return False
    chat = query.message.chat
    return chat.type == chat.PRIVATE and chat.id == query.from_user.id


async def on_result_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """💾 save the case (the worker's consent) or ⏰ set a reminder at the deadline."""
    query = update.callback_query
    if query is None or query.from_user is None:
        return
    lang = lang_of(update, context)
    _, action, token = (query.data or "").split(":", 2)
    result = _user_data(context).get(RESULT)
    if not own_chat(update) or not isinstance(result, dict) or result.get("token") != token:
        await query.answer(t("dispute_stale", lang))
        return
    try:
        case = d.Case.from_dict(result["case"])
        today = date.fromisoformat(result["today"])
        route = d.Route(result["route"])
    except (KeyError, TypeError, ValueError):
        await query.answer(t("dispute_stale", lang))
        return
    storage = services(context).storage
    user_id = query.from_user.id
    if action == "save":
        if result.get("saved"):
            await query.answer(t("dispute_already_saved", lang, id=result["saved"]))
            return
        case_id = storage.save_case(user_id, {
            "case": case.to_dict(), "today": today.isoformat(), "route": route.value,
            "worker_name": result.get("worker_name"),
        })
        result["saved"] = case_id
        if result.get("reminder"):
            storage.attach_reminder(int(result["reminder"]), case_id, user_id)
        await query.answer()
        await reply(update, t("dispute_saved", lang, id=case_id))
        return
    if result.get("reminder"):
        await query.answer(t("dispute_reminder_exists", lang))
        return
    day = d.remind_day(route, today)
    due = reminder_time(day)
    assert case.amount is not None
    key = "dispute_reminder_bipartit" if route is d.Route.EMPLOYMENT else \
        "dispute_reminder_somasi"
    text = t(key, lang, client=esc(case.client_name or t("dispute_client_fallback", lang)),
             amount=esc(d.format_money(case.amount)))
    rid = storage.add_reminder(user_id, due, text, case_id=result.get("saved"))
    result["reminder"] = rid
    if context.job_queue is not None:
        cases.schedule_reminder(context.job_queue, rid, user_id, due)
    await query.answer()
    await reply(update, t("dispute_reminder_set", lang, date=esc(d.format_date(day, lang)),
                          time=d.clock_time(d.REMIND_AT, lang)))


async def stale(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A dispute button nothing above claims (an old or forged one): change nothing."""
    if update.callback_query is not None:
        await update.callback_query.answer(t("dispute_stale", lang_of(update, context)))


# -- registration -----------------------------------------------------------------------------


#: The guide's start buttons: the menu, "start again", and /status's result (route pre-filled)
_ENTRY_BUTTONS = r"^dispute:(start|new|status:(employment|civil|unclear))$"


def conversation(app: App) -> ConversationHandler[ContextTypes.DEFAULT_TYPE]:
    """The /sengketa conversation; it and the other handlers of this module are registered in
    bot/handlers/__init__.py."""
    private = PRIVATE
    text = private & filters.TEXT & ~filters.COMMAND
    # per_message=False is intended: the guide belongs to the user; stale messages are
    # told apart by the live message id kept in user_data
    return flow_handler(
        entry_points=[CommandHandler("sengketa", begin, filters=private),
                      CallbackQueryHandler(begin, pattern=_ENTRY_BUTTONS)],
        states={FLOW: [CallbackQueryHandler(on_option, pattern=r"^dispute:opt:"),
                       MessageHandler(text, on_text)]},
        fallbacks=[CommandHandler(["batal", "cancel"], cancel, filters=private)],
        name="dispute", persistent=app.persistence is not None, allow_reentry=True,
    )
