"""/status: the employment-status check (bot/status.py), all by buttons, nothing stored.

The answers live in ``user_data["status"]`` only while the check runs (so a restart mid-check
keeps the worker's place); the result clears them. Every button names its question
(``status:a:<question>:<value>``) and is accepted only for the current question of the user who
pressed it: a stale or forged button changes nothing and re-shows the current question.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import status
from bot.handlers.common import lang_of, reply, services
from bot.render import button_label
from bot.status import StatusError
from bot.texts import t

PREFIX = "status:"
_KEY = "status"


def _state(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any] | None:
    data = context.user_data
    state = data.get(_KEY) if data is not None else None
    answers = state.get("answers") if isinstance(state, dict) else None
    if not isinstance(answers, dict):
        return None
    return state if all(isinstance(k, str) and isinstance(v, str)
                        for k, v in answers.items()) else None


def _question_markup(answers: dict[str, str], lang: str) -> tuple[str, InlineKeyboardMarkup]:
    text, choices = status.question_text(answers, lang)
    q = status.next_question(answers)
    assert q is not None  # question_text raised otherwise
    rows = [[InlineKeyboardButton(label, callback_data=f"{PREFIX}a:{q.id}:{value}")]
            for value, label in choices]
    nav = [InlineKeyboardButton(t("status_btn_cancel", lang),
                                callback_data=f"{PREFIX}cancel")]
    if answers:
        nav.insert(0, InlineKeyboardButton(t("status_btn_back", lang),
                                           callback_data=f"{PREFIX}back"))
    rows.append(nav)
    return text, InlineKeyboardMarkup(rows)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain the check and ask its first question."""
    lang = lang_of(update, context)
    if context.user_data is not None:
        context.user_data[_KEY] = {"answers": {}}
    text, markup = _question_markup({}, lang)
    await reply(update, f"{t('status_intro', lang)}\n\n{text}", markup)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An answer, back, cancel or restart."""
    query = update.callback_query
    if query is None or context.user_data is None:
        return
    lang = lang_of(update, context)
    action, _, arg = (query.data or "").removeprefix(PREFIX).partition(":")
    if action == "restart":
        await query.answer()
        await start(update, context)
        return
    state = _state(context)
    if state is None:  # finished, cancelled, erased or forged: start again on request
        await query.answer(t("status_stale", lang))
        await start(update, context)
        return
    answers: dict[str, str] = dict(state["answers"])
    if action == "cancel":
        context.user_data.pop(_KEY, None)
        await query.answer()
        await reply(update, t("status_cancelled", lang))
        return
    if action == "back":
        answers = status.back(answers)
    elif action == "a":
        question_id, _, value = arg.partition(":")
        try:
            answers = status.answer(answers, question_id, value)
        except StatusError:
            await query.answer(t("status_stale", lang))
            text, markup = _question_markup(answers, lang)
            await reply(update, text, markup)
            return
    else:
        await query.answer(t("status_stale", lang))
        return
    await query.answer()
    if status.next_question(answers) is not None:
        state["answers"] = answers
        text, markup = _question_markup(answers, lang)
        await reply(update, text, markup)
        return
    context.user_data.pop(_KEY, None)  # nothing is kept once the result is shown
    await _result(update, context, answers, lang)


async def _result(update: Update, context: ContextTypes.DEFAULT_TYPE, answers: dict[str, str],
                  lang: str) -> None:
    result = status.assess(answers)
    svc = services(context)
    rows = [[InlineKeyboardButton(f"📜 {button_label(entry, 40, lang)}",
                                  callback_data=f"entry:card:{entry.id}")]
            for entry in (svc.entry(i) for i in result.basis) if entry is not None]
    rows.append([InlineKeyboardButton(t("status_btn_dispute", lang),
                                      callback_data=f"dispute:status:{result.outcome}")])
    rows.append([InlineKeyboardButton(t("status_btn_restart", lang),
                                      callback_data=f"{PREFIX}restart")])
    text = f"{status.result_text(result, lang)}\n\n{t('status_basis_heading', lang)}"
    await reply(update, text, InlineKeyboardMarkup(rows))
