"""Saved cases (/kasus) and their reminders: a dispute case or a letter, one owner each.

Reminders are rows of ``reminders`` and JobQueue jobs named ``reminder:<id>``;
``reschedule_reminders`` (called from ``post_init``) re-creates the jobs of unsent reminders,
since the JobQueue forgets them on restart. A saved case is a dispute (``{"case": …}``) or a
letter (``{"type": "letter", "kind": …, "answers": …, "date": …}``); /kasus opens, exports and
deletes either, only for its owner and only in their private chat.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, date, datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes, JobQueue

from bot import dispute as d
from bot import letters as lt
from bot.dispute import NO_NAME, today_jakarta
from bot.handlers import dispute
from bot.handlers.common import lang_of, reply, services
from bot.ptbtypes import App
from bot.render import esc
from bot.storage import CaseNotFound
from bot.texts import t

log = logging.getLogger(__name__)
RETRY_AFTER = 3600  # seconds before a reminder that could not be sent is tried again


# -- reminders ------------------------------------------------------------------------------


def schedule_reminder(job_queue: JobQueue[Any], reminder_id: int, chat_id: int,
                      due_at: datetime) -> None:
    """Schedule reminder ``reminder_id`` at ``due_at`` (now when already past), once."""
    name = f"reminder:{reminder_id}"
    if job_queue.get_jobs_by_name(name):
        return
    when: datetime | float = due_at if due_at > datetime.now(UTC) else 0
    job_queue.run_once(send_reminder, when=when, data=reminder_id, name=name, chat_id=chat_id)


async def reschedule_reminders(app: App) -> int:
    """Re-create the jobs of every unsent reminder (the JobQueue forgets them on restart)."""
    svc: Any = app.bot_data.get("services")
    if svc is None or app.job_queue is None:
        return 0
    n = 0
    for row in svc.storage.pending_reminders():
        try:
            due = datetime.fromisoformat(row["due_at"])
        except (TypeError, ValueError):
            log.warning("reminder %s has a bad due_at", row["id"])
            continue
        if due.tzinfo is None:
            due = due.replace(tzinfo=UTC)
        schedule_reminder(app.job_queue, int(row["id"]), int(row["user_id"]), due)
        n += 1
    if n:
        log.info("rescheduled %d reminders", n)
    return n


async def send_reminder(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: send a stored reminder once, then mark it sent (deleted ones are skipped)."""
    job = context.job
    if job is None:
        return
    rid = job.data  # schedule_reminder stores the reminder id
    if not isinstance(rid, int):
        log.warning("reminder job %s carries no reminder id", job.name)
        return
    storage = services(context).storage
    row = storage.get_reminder(rid)
    if row is None or row["sent"]:
        return  # deleted with its case or by /hapusdata, or already sent
    try:
        await context.bot.send_message(int(row["user_id"]), row["text"],
                                       parse_mode=ParseMode.HTML)
    except Forbidden:
        log.info("reminder %s not delivered: the user blocked the bot", rid)
    except TelegramError as exc:
        log.warning("reminder %s not sent (%s); retrying later", rid, type(exc).__name__)
        if context.job_queue is not None:
            context.job_queue.run_once(send_reminder, when=RETRY_AFTER, data=rid,
                                       name=f"reminder:{rid}:retry", chat_id=row["user_id"])
        return
    storage.mark_reminder_sent(rid)


# -- saved cases: /kasus ----------------------------------------------------------------------


async def list_cases(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kasus: the worker's saved cases, one button each."""
    lang = lang_of(update, context)
    user = update.effective_user
    if user is None:
        return
    rows = services(context).storage.cases_of(user.id)
    if not rows:
        await reply(update, t("cases_empty", lang))
        return
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(
        _label(row, lang), callback_data=f"case:open:{row['id']}")] for row in rows])
    await reply(update, t("cases_header", lang, n=len(rows)), markup)


def _letter_of(data: object) -> tuple[lt.LetterSpec, dict[str, Any], date] | None:
    """A saved letter's spec, answers and date; ``None`` for a dispute case."""
    if not isinstance(data, dict) or data.get("type") != "letter":
        return None
    spec = lt.LETTERS.get(str(data.get("kind")))
    answers = data.get("answers")
    if spec is None or not isinstance(answers, dict):
        raise ValueError("malformed saved letter")
    return spec, answers, date.fromisoformat(str(data["date"]))


def _label(row: dict[str, Any], lang: str) -> str:
    """``#3 · PT X · Rp1.500.000`` for a dispute, ``#4 · ✉️ <letter> · <recipient>``."""
    try:
        letter = _letter_of(row.get("data"))
    except (KeyError, TypeError, ValueError):
        return f"#{row['id']} · ?"
    if letter is None:
        return d.saved_case_label(row["id"], row.get("data"), lang)
    spec, answers, _ = letter
    return f"#{row['id']} · {t(f'letter_{spec.kind}_title', lang)} · " \
           f"{str(answers.get('platform') or '')[:30]}"


async def _on_letter(update: Update, action: str, case_id: int, spec: lt.LetterSpec,
                     answers: dict[str, Any], day: date, lang: str) -> None:
    """Open or export a saved letter (delete is shared with disputes)."""
    query = update.callback_query
    assert query is not None
    letter = lt.build(spec, answers, day)
    await query.answer()
    if action == "open":
        buttons = [InlineKeyboardButton(t("case_btn_export", lang),
                                        callback_data=f"case:docx:{case_id}"),
                   InlineKeyboardButton(t("case_btn_delete", lang),
                                        callback_data=f"case:del:{case_id}")]
        header = t("case_header", lang, id=case_id, date=esc(d.format_date(day, lang)))
        await reply(update, f"{header}\n\n<pre>{html.escape(lt.to_text(letter))}</pre>",
                    InlineKeyboardMarkup([buttons]))
        return
    chat = update.effective_chat
    if chat is not None:
        await chat.send_document(document=lt.to_docx(letter),
                                 filename=f"surat-{spec.kind.replace('_', '-')}-{case_id}.docx",
                                 caption=t("letter_docx_caption", lang))


async def on_case_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open, export, delete (after confirmation) one of the presser's own saved cases."""
    query = update.callback_query
    if query is None or query.from_user is None:
        return
    lang = lang_of(update, context)
    match = re.fullmatch(r"case:(open|docx|del|delok|keep):(\d{1,12})", query.data or "")
    if match is None or not dispute.own_chat(update):
        await query.answer(t("dispute_stale", lang))
        return
    action, case_id = match.group(1), int(match.group(2))
    storage = services(context).storage
    try:
        row = storage.get_case(case_id, query.from_user.id)
        data = row["data"]
        letter = _letter_of(data)
        if letter is not None and action in ("open", "docx"):
            await _on_letter(update, action, case_id, *letter, lang)
            return
        if letter is not None:  # deleting a letter: the same confirmation as a case
            case, saved_on = d.Case(), letter[2]
        else:
            case = d.Case.from_dict(data["case"])
            saved_on = date.fromisoformat(data["today"])
    except CaseNotFound:
        await query.answer(t("case_not_found", lang), show_alert=True)
        return
    except (KeyError, TypeError, ValueError):
        log.warning("saved case %s is malformed", case_id)
        await query.answer(t("case_not_found", lang), show_alert=True)
        return
    today = today_jakarta()
    if action == "open":
        await query.answer()
        assessment = d.assess(case, today, lang=lang)
        # every case has a letter: the somasi, or the bipartit request of an employee
        buttons = [InlineKeyboardButton(t("case_btn_export", lang),
                                        callback_data=f"case:docx:{case_id}"),
                   InlineKeyboardButton(t("case_btn_delete", lang),
                                        callback_data=f"case:del:{case_id}")]
        header = t("case_header", lang, id=case_id, date=esc(d.format_date(saved_on, lang)))
        # the plan as it was made: its dates are the ones the reminder was set from
        steps = d.plan(case, d.assess(case, saved_on, lang=lang), saved_on, lang=lang)
        await reply(update, "\n\n".join([header,
                                          esc(d.case_summary(case, assessment, lang=lang)),
                                          esc(d.plan_text(steps, lang=lang))]),
                    InlineKeyboardMarkup([buttons]))
    elif action == "docx":
        await query.answer()
        day = max(d.letter_day(saved_on), today)
        drafted = d.dispute_letter(case, d.assess(case, today),
                                   data.get("worker_name") or NO_NAME, day)
        await dispute.send_docx(update, case, drafted, lang)
    elif action == "del":
        await query.answer()
        await reply(update, t("case_delete_confirm", lang, id=case_id), InlineKeyboardMarkup([[
            InlineKeyboardButton(t("case_btn_delete_yes", lang),
                                 callback_data=f"case:delok:{case_id}"),
            InlineKeyboardButton(t("case_btn_keep", lang), callback_data=f"case:keep:{case_id}"),
        ]]))
    elif action == "delok":
        storage.delete_case(case_id, query.from_user.id)
        await query.answer()
        await reply(update, t("case_deleted", lang, id=case_id))
    else:
        await query.answer()
        await reply(update, t("case_kept", lang))
