"""Handlers for everyone: /start, /help, /topik, /bahasa, /privasi, questions and buttons."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.handlers.common import Press, press, share_link, udata

# re-exported: handlers/dispute.py and handlers/privacy.py import them from here
from bot.handlers.common import lang_of as lang_of
from bot.handlers.common import reply as reply
from bot.handlers.common import services as services
from bot.knowledge import Entry
from bot.render import (
    button_label,
    esc,
    render_answer,
    render_card,
    render_full_text,
    shorten,
)
from bot.search import Hit, Result, normalize
from bot.services import Services
from bot.storage import StorageError
from bot.texts import TOPICS, t, topic_label

log = logging.getLogger(__name__)
MAX_QUESTION = 2000
# entries per page of a /topik list
TOPIC_PAGE = 25


def main_menu(lang: str) -> InlineKeyboardMarkup:
    """The /start menu."""
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(t("btn_topics", lang), callback_data="menu:topics"),
         InlineKeyboardButton(t("btn_ask", lang), callback_data="menu:help")],
        [InlineKeyboardButton(t("btn_dispute", lang), callback_data="dispute:start")],
        [InlineKeyboardButton(t("btn_lang", lang), callback_data="menu:lang")],
    ])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, say what the bot is and is not, show the menu."""
    lang = lang_of(update, context)
    user = update.effective_user
    name = esc(user.first_name) if user and user.first_name else "Kawan"
    privacy = t("privacy_line", lang)
    text = t("start", lang, name=name, disclaimer=t("disclaimer", lang), privacy=privacy)
    if context.user_data is not None:
        context.user_data["seen_disclaimer"] = True
    await reply(update, text, main_menu(lang))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How to use the bot."""
    await reply(update, t("help", lang_of(update, context)))


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What is stored, why and for how long."""
    days = services(context).settings.gap_retention_days
    await reply(update, t("privacy", lang_of(update, context), days=days))


def topics_markup(svc: Services, lang: str) -> InlineKeyboardMarkup:
    """One button per topic that has entries, in the order of ``texts.TOPICS``."""
    present = {e.topic for e in svc.index.entries}
    order = [k for k in TOPICS if k in present] + sorted(present - set(TOPICS))
    rows = [[InlineKeyboardButton(topic_label(k, lang), callback_data=f"topic:{k}")]
            for k in order]
    return InlineKeyboardMarkup(rows)


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the knowledge base by topic."""
    lang = lang_of(update, context)
    await reply(update, t("topics_header", lang), topics_markup(services(context), lang))


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Choose Indonesian or English."""
    await reply(update, t("lang_prompt", lang_of(update, context)), InlineKeyboardMarkup([[
        InlineKeyboardButton("🇮🇩 Bahasa Indonesia", callback_data="lang:id"),
        InlineKeyboardButton("🇬🇧 English", callback_data="lang:en"),
    ]]))


def answer_markup(hits: list[Hit], lang: str, *, more: bool, flow: bool, status: bool = False,
                  share: str | None = None) -> InlineKeyboardMarkup:
    """Buttons under an answer: verbatim text per hit, feedback, more, the dispute flow, and
    the status check when the answer is about employee-or-partner."""
    rows: list[list[InlineKeyboardButton]] = []
    for hit in hits:
        key = {"guide": "btn_text_guide", "article": "btn_text_article"}.get(hit.entry.kind,
                                                                             "btn_text")
        label = t(key, lang, label=button_label(hit.entry, 30, lang))
        rows.append([InlineKeyboardButton(label, callback_data=f"entry:text:{hit.entry.id}")])
    if hits:
        top = hits[0].entry.id
        row = [InlineKeyboardButton(t("btn_up", lang), callback_data=f"fb:up:{top}"),
               InlineKeyboardButton(t("btn_down", lang), callback_data=f"fb:down:{top}")]
        if share:  # the first entry's deep link, through Telegram's share dialog
            row.append(InlineKeyboardButton(t("btn_share", lang), url=share))
        rows.append(row)
    if more:
        rows.append([InlineKeyboardButton(t("btn_more", lang), callback_data="ans:more")])
    if status:
        rows.append([InlineKeyboardButton(t("btn_status", lang), callback_data="status:restart")])
    if flow:
        rows.append([InlineKeyboardButton(t("btn_dispute", lang), callback_data="dispute:start")])
    return InlineKeyboardMarkup(rows)


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a free-text question with cited entries, or say honestly that we can't."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    await answer_text(update, context, message.text)


async def answer_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer ``text`` as a question (a message, or /tanya's argument in a private chat)."""
    lang = lang_of(update, context)
    text = text[:MAX_QUESTION]
    words = normalize(text).split()
    if not words:
        await reply(update, t("empty_question", lang))
        return
    svc = services(context)
    if not len(svc.index):
        await reply(update, t("kb_unavailable", lang))
        return
    try:
        result = svc.search(text)
    except Exception:  # the index is in memory; anything here means it is unusable
        log.exception("search failed")
        await reply(update, t("kb_unavailable", lang))
        return
    if result.kind == "small_talk":  # thanks, greetings, "ok": not a question, not logged
        await reply(update, t("small_talk", lang))
        return
    try:
        await _answer(update, context, result, text, lang)
    finally:
        # after the reply: a failing log (a locked database, a full disk) never costs the
        # worker their answer. Only an unanswered question of ours keeps its text (no user
        # id), for the volunteers.
        top = result.hits[0].entry.id if result.hits else None
        gap = text if result.kind == "unknown" else None
        try:
            svc.storage.log_question(result.answered, top, lang, gap, " ".join(result.terms))
        except StorageError:
            log.warning("could not log a question (the answer was sent)")


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, result: Result,
                  text: str, lang: str) -> None:
    """The reply to a searched question: out of scope, not found, or the cited entries."""
    user_data: dict[str, Any] = context.user_data if context.user_data is not None else {}
    if result.kind == "out_of_scope" and result.field:
        name, _, where = t(f"field_{result.field}", lang).partition("|")
        await reply(update, t("out_of_scope", lang, field=name, where=where),
                    InlineKeyboardMarkup([[InlineKeyboardButton(
                        t("btn_topics", lang), callback_data="menu:topics")]]))
        return
    if not result.answered:
        user_data["last"] = {"q": text[:200], "more": []}  # for "🙋 Tanya relawan"
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(t("help_btn_ask", lang), callback_data="help:new")],
             [InlineKeyboardButton(t("btn_topics", lang), callback_data="menu:topics")]]
            + ([[InlineKeyboardButton(t("btn_dispute", lang), callback_data="dispute:start")]]
               if result.suggested_flow else [])
        )
        await reply(update, t("no_answer", lang), markup)
        return
    hits = list(result.hits)
    user_data["last"] = {"q": text[:200], "more": [h.entry.id for h in result.more]}
    if result.parts:  # two questions in one message: each answered under its own heading
        blocks = []
        for n, part in enumerate(result.parts, 1):
            blocks.append(t("part_header", lang, n=n, question=esc(shorten(part.focus, 120)))
                          + "\n\n" + render_answer(list(part.hits), lang, bare=True))
        body = "\n\n".join(blocks) + "\n\n" + render_answer(
            [], lang, payment_hint=bool(result.suggested_flow), footer_only=True)
    else:
        body = render_answer(hits, lang, payment_hint=bool(result.suggested_flow))
    if not user_data.get("seen_disclaimer"):
        body += "\n\n" + t("disclaimer", lang)
        user_data["seen_disclaimer"] = True
    await reply(update, body, answer_markup(
        hits, lang, more=bool(result.more), flow=bool(result.suggested_flow),
        status=any(h.entry.topic == "status-kerja" for h in hits),
        share=share_link(context, hits[0].entry.id) if hits else None))


async def unsupported(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice…: a short note that only text is understood."""
    await reply(update, t("unsupported", lang_of(update, context)))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown /command: point to the help."""
    await reply(update, t("help", lang_of(update, context)))


def topic_item_label(entry: Entry, lang: str = "id") -> str:
    """A line in a topic's list: the citation and the title for law, else the title."""
    title = entry.title_for(lang)
    if entry.kind == "law":
        return shorten(f"{entry.citation} · {title}", 60)
    return shorten(title, 60)


def entry_markup(entry: Entry, lang: str, *, with_text: bool) -> InlineKeyboardMarkup:
    """Buttons under an entry card: its text, feedback, related entries."""
    rows = []
    if with_text:
        key = {"guide": "btn_text_one_guide", "article": "btn_text_one_article"}.get(
            entry.kind, "btn_text_one")
        rows.append([InlineKeyboardButton(t(key, lang),
                                          callback_data=f"entry:text:{entry.id}")])
    rows.append([InlineKeyboardButton(t("btn_up", lang), callback_data=f"fb:up:{entry.id}"),
                 InlineKeyboardButton(t("btn_down", lang), callback_data=f"fb:down:{entry.id}")])
    rows.append([back_to_topic(entry, lang)])
    return InlineKeyboardMarkup(rows)


def back_to_topic(entry: Entry, lang: str) -> InlineKeyboardButton:
    """"⬅️ <topic>": back to the list the entry belongs to."""
    return InlineKeyboardButton(t("btn_back_topic", lang, topic=topic_label(entry.topic, lang)),
                                callback_data=f"topic:{entry.topic}")


# -- buttons (routed by prefix in bot/handlers/__init__.py) ----------------------------------


async def on_entry(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``entry:text:<id>`` (📜 the verbatim text) or ``entry:card:<id>`` (its card)."""
    p = press(update, context)
    await _show_entry(update, context, p, p.args[0], p.args[1])


async def _show_entry(update: Update, context: ContextTypes.DEFAULT_TYPE, p: Press, what: str,
                      entry_id: str) -> None:
    """Show an entry's verbatim text (``what == "text"``) or its card."""
    lang = p.lang
    entry = services(context).entry(entry_id)
    if entry is None:
        await p.query.answer(t("entry_gone", lang), show_alert=True)
        return
    await p.query.answer()
    if what == "text":
        svc = services(context)
        related = [svc.entry(r) for r in entry.related]
        rows = [[InlineKeyboardButton(t("btn_related", lang, label=button_label(r, 36, lang)),
                                      callback_data=f"entry:card:{r.id}")]
                for r in related[:3] if r is not None]
        rows.append([back_to_topic(entry, lang)])
        await reply(update, render_full_text(entry, lang), InlineKeyboardMarkup(rows))
    else:
        await reply(update, render_card(entry, lang), entry_markup(entry, lang, with_text=True))


async def on_vote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``fb:up:<id>`` / ``fb:down:<id>``: one vote per user and entry; 👎 feeds /celah."""
    p = press(update, context)
    await _vote(update, context, p, p.args[1], p.args[0] == "up")


async def _vote(update: Update, context: ContextTypes.DEFAULT_TYPE, p: Press, entry_id: str,
                up: bool) -> None:
    """Record a vote (the question behind a 👎 goes to /celah without the user)."""
    svc = services(context)
    if svc.entry(entry_id) is None or p.query.from_user is None:
        await p.stale()
        return
    last = udata(context).get("last") or {}
    asked = str(last.get("q", ""))
    svc.storage.record_feedback(entry_id, p.query.from_user.id, 1 if up else -1, asked)
    if not up and asked:  # the question goes to /celah, to be attached where it belongs
        svc.storage.add_gap(asked)
    await p.query.answer(t("feedback_up" if up else "feedback_down", p.lang))
    if not up:  # a person may help where the entry did not
        await reply(update, t("help_after_down", p.lang), InlineKeyboardMarkup(
            [[InlineKeyboardButton(t("help_btn_ask", p.lang), callback_data="help:new")]]))


async def on_more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``ans:more``: the next three results of the last answer."""
    p = press(update, context)
    svc = services(context)
    stored = udata(context).get("last")
    # not a dict: no ids, so no hits, and ``shown`` is never written below
    shown: dict[str, Any] = stored if isinstance(stored, dict) else {}
    ids = list(shown.get("more", []))
    hits = [Hit(e, 0.0, 0.0) for e in (svc.entry(i) for i in ids[:3]) if e is not None]
    if not hits:
        await p.query.answer(t("no_more" if stored else "stale_button", p.lang))
        return
    await p.query.answer()
    shown["more"] = ids[3:]
    await reply(update, render_answer(hits, p.lang, more=True),
                answer_markup(hits, p.lang, more=bool(shown["more"]), flow=False))


async def on_topic(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``topic:<name>[:<page>]``: one page of a topic's entries."""
    p = press(update, context)
    name, page_raw = p.args
    valid_page = not page_raw or (page_raw.isdigit() and len(page_raw) <= 3)
    page = topic_page(services(context), name, int(page_raw) if page_raw and valid_page else 0,
                      p.lang) if valid_page else None
    if page is None:
        await p.stale()
        return
    await p.query.answer()
    await reply(update, *page)


def topic_page(svc: Services, name: str, page: int, lang: str
               ) -> tuple[str, InlineKeyboardMarkup] | None:
    """One page of a topic's entries (text and buttons); ``None`` for an unknown topic."""
    if name not in {e.topic for e in svc.index.entries}:
        return None
    entries = [e for e in svc.index.entries if e.topic == name]
    kind_order = {"guide": 0, "article": 1, "law": 2}
    entries.sort(key=lambda e: (kind_order.get(e.kind, 3), e.id))
    pages = max(1, -(-len(entries) // TOPIC_PAGE))
    page = min(max(page, 0), pages - 1)
    chunk = entries[page * TOPIC_PAGE:(page + 1) * TOPIC_PAGE]
    rows = [[InlineKeyboardButton(("📘 " if e.kind == "guide" else
                                   "📰 " if e.kind == "article" else "⚖️ ")
                                  + topic_item_label(e, lang), callback_data=f"entry:card:{e.id}")]
            for e in chunk]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton(t("btn_prev", lang),
                                        callback_data=f"topic:{name}:{page - 1}"))
    if page + 1 < pages:
        nav.append(InlineKeyboardButton(t("btn_next", lang, page=page + 2, pages=pages),
                                        callback_data=f"topic:{name}:{page + 1}"))
    if nav:
        rows.append(nav)
    rows.append([InlineKeyboardButton(t("btn_back_topics", lang), callback_data="menu:topics")])
    return t("topic_header", lang, topic=esc(topic_label(name, lang))), InlineKeyboardMarkup(rows)


async def on_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``lang:id`` / ``lang:en``: remember the choice."""
    p = press(update, context)
    lang = p.args[0]
    udata(context)["lang"] = lang
    await p.query.answer()
    await reply(update, t("lang_set", lang))


async def on_menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``menu:topics|help|lang``: the /start menu's buttons."""
    p = press(update, context)
    await p.query.answer()
    if p.args[0] == "topics":
        await reply(update, t("topics_header", p.lang), topics_markup(services(context), p.lang))
    elif p.args[0] == "help":
        await reply(update, t("help", p.lang))
    else:
        await language(update, context)


async def on_old_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons sent before callback data was namespaced (``t:<id>``, ``e:<id>``, ``more``,
    ``fb:<id>:<1|0>``), still in users' chats: act as their new form. Remove in a release."""
    p = press(update, context)
    shown, entry_id, voted, vote = p.args[:4]  # see OLD_BUTTONS in bot/handlers/__init__.py
    if shown:
        await _show_entry(update, context, p, "text" if shown == "t" else "card", entry_id)
    elif vote:
        await _vote(update, context, p, voted, vote == "1")
    else:
        await on_more(update, context)
