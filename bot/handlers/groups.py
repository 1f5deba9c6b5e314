"""Where workers already talk: group chats, inline answers in any chat, and deep links.

**Groups.** The bot answers only when it is mentioned (``@bot pertanyaan``), when a message
replies to one of its own, or with ``/tanya pertanyaan``; everything else is left alone (with
BotFather's privacy mode on, Telegram does not even deliver it). Answers are short (title, one
line, citation) and reply to the asker; the verbatim text opens in a private chat by a deep
link. Nothing personal happens in public: the dispute guide, letters, /status, /relawan,
/hapusdata, /kasus and every moderator command get a button that opens the private chat at
the right place. A group is flood-limited as a whole and per member; a group admin can silence
the bot with ``/kawangig off`` (and ``/kawangig on``).

**Inline mode.** ``@bot gaji telat`` in any chat offers the top answers as cards, with the same
retrieval and the same refusals (nothing offered for what the bot would refuse); results are
cached briefly by Telegram (``INLINE_CACHE``). BotFather's ``/setinline`` must be on.

**Deep links.** ``t.me/<bot>?start=<payload>``: ``e_<id>`` opens an entry, ``sengketa``,
``status``, ``surat``, ``relawan``, ``kasus`` and ``topik_<topic>`` open those places; anything
else (unknown ids, forged payloads) gets one polite message and the menu.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatMemberStatus
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.flood import Verdict
from bot.handlers import status as status_handlers
from bot.handlers import user
from bot.handlers.common import deep_link, flood_limiter, lang_of, reply, services
from bot.knowledge import Entry
from bot.render import esc, render_card, shorten
from bot.search import normalize
from bot.texts import t

log = logging.getLogger(__name__)
INLINE_CACHE = 300  # seconds Telegram may cache an inline answer
GROUP_LIMIT = 12  # answers per group per minute
MAX_INLINE = 3
PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
#: private-only commands in a group -> the deep-link payload that opens them in private
PRIVATE_ONLY = {"sengketa": "sengketa", "surat": "surat", "status": "status",
                "relawan": "relawan", "hapusdata": "", "kasus": "kasus", "privasi": "",
                "bahasa": "", "topik": "", "batal": "", "start": "", "bantuan": "", "help": ""}


# -- deep links ---------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start with a payload (a deep link); /start alone is the ordinary greeting."""
    args = context.args or []
    if not args:
        await user.start(update, context)
        return
    lang = lang_of(update, context)
    payload = args[0] if len(args) == 1 and PAYLOAD.match(args[0]) else ""
    svc = services(context)
    if payload.startswith("e_") and (entry := svc.entry(payload[2:])) is not None:
        await reply(update, render_card(entry, lang),
                    user.entry_markup(entry, lang, with_text=True))
        return
    if payload.startswith("topik_"):
        page = user.topic_page(svc, payload.removeprefix("topik_"), 0, lang)
        if page is not None:
            await reply(update, *page)
            return
    if payload == "menu":
        await user.start(update, context)
        return
    if payload == "status":
        await status_handlers.start(update, context)
        return
    buttons = {"sengketa": ("btn_dispute", "dispute:start"), "relawan": ("help_btn_ask",
                                                                        "help:new")}
    if payload in buttons:
        key, data = buttons[payload]
        await reply(update, t("deeplink_tap", lang), InlineKeyboardMarkup(
            [[InlineKeyboardButton(t(key, lang), callback_data=data)]]))
        return
    if payload in ("surat", "kasus"):
        await reply(update, t("deeplink_command", lang, command=f"/{payload}"))
        return
    await reply(update, t("deeplink_unknown", lang), user.main_menu(lang))


# -- groups -------------------------------------------------------------------------------------


def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The group is not silenced and neither it nor the member is flooding."""
    chat, member = update.effective_chat, update.effective_user
    if chat is None or member is None:
        return False
    if (context.chat_data or {}).get("silent"):
        return False
    per_group = flood_limiter(context, "group_flood", GROUP_LIMIT).hit(chat.id)
    per_member = flood_limiter(context, "member_flood",
                          services(context).settings.flood_limit).hit(member.id)
    return per_group is Verdict.ALLOW and per_member is Verdict.ALLOW


def _addressed(message: Message, bot_id: int, username: str) -> str | None:
    """The question when the message mentions or replies to the bot; ``None`` otherwise."""
    text = message.text or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    mention = f"@{username}".casefold()
    for entity in message.entities:  # offsets count UTF-16 units: parse_entity handles them
        found = message.parse_entity(entity) if entity.type == MessageEntity.MENTION else ""
        if found.casefold() == mention:
            return text.replace(found, " ", 1).strip()
    return None


async def on_group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message: answered only when it mentions or replies to the bot."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    question = _addressed(message, context.bot.id, context.bot.username)
    if question is None or not _allowed(update, context):
        return
    await _answer_in_group(update, context, message, question)


async def tanya(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/tanya pertanyaan: in a group, a short answer; in private, an ordinary question."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    question = " ".join(context.args or [])
    if chat.type == chat.PRIVATE:
        if question:
            await user.answer_text(update, context, question)
        else:
            await user.help_command(update, context)
        return
    if _allowed(update, context):
        await _answer_in_group(update, context, message, question)


def _short(entry: Entry, lang: str) -> str:
    return (f"<b>{esc(entry.title_for(lang))}</b>\n{esc(shorten(entry.summary_for(lang), 220))}"
            f"\n📌 <i>{esc(entry.citation)}</i>")


async def _answer_in_group(update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message,
                           question: str) -> None:
    lang = lang_of(update, context)
    svc = services(context)
    if not normalize(question).split():
        await message.reply_text(t("group_how", lang, bot=esc(context.bot.username)))
        return
    result = svc.search(question[:user.MAX_QUESTION]) if len(svc.index) else None
    private = InlineKeyboardButton(t("group_btn_private", lang), url=deep_link(context))
    if result is None or not result.answered:
        await message.reply_text(t("group_no_answer", lang),
                                 reply_markup=InlineKeyboardMarkup([[private]]))
        return
    hits = list(result.hits)[:2]
    body = "\n\n".join(_short(h.entry, lang) for h in hits)
    rows = [[InlineKeyboardButton(t("group_btn_text", lang, citation=shorten(h.entry.citation,
                                                                              30)),
                                  url=deep_link(context, f"e_{h.entry.id}"))] for h in hits]
    rows.append([private])
    await message.reply_text(f"{body}\n\n<i>{t('group_footer', lang)}</i>",
                             reply_markup=InlineKeyboardMarkup(rows))


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private command in a group: nothing starts here; a button opens the private chat."""
    message = update.effective_message
    if message is None or not message.text or not _allowed(update, context):
        return
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    lang = lang_of(update, context)
    url = deep_link(context, PRIVATE_ONLY.get(command, ""))
    await message.reply_text(t("group_private_only", lang), reply_markup=InlineKeyboardMarkup(
        [[InlineKeyboardButton(t("group_btn_private", lang), url=url)]]))


async def switch(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/kawangig off|on: a group admin silences the bot in the group, or lets it speak."""
    message = update.effective_message
    chat, member = update.effective_chat, update.effective_user
    if message is None or chat is None or member is None or context.chat_data is None:
        return
    lang = lang_of(update, context)
    arg = (context.args or [""])[0].lower()
    if arg not in ("on", "off"):
        await message.reply_text(t("group_switch_usage", lang))
        return
    try:
        status = (await chat.get_member(member.id)).status
    except TelegramError:
        status = None
    if status not in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER):
        await message.reply_text(t("group_admins_only", lang))
        return
    context.chat_data["silent"] = arg == "off"
    await message.reply_text(t("group_off" if arg == "off" else "group_on", lang))


# -- inline mode --------------------------------------------------------------------------------


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``@bot question`` in any chat: the top answers as cards, or nothing (and a way in)."""
    query = update.inline_query
    if query is None:
        return
    lang = "en" if (query.from_user.language_code or "").startswith("en") else "id"
    text = query.query.strip()[:user.MAX_QUESTION]
    svc = services(context)
    results: list[Any] = []
    if normalize(text).split() and len(svc.index):
        result = svc.search(text)
        if result.answered:
            for hit in list(result.hits)[:MAX_INLINE]:
                entry = hit.entry
                results.append(InlineQueryResultArticle(
                    id=entry.id[:64], title=shorten(entry.title_for(lang), 60),
                    description=shorten(f"{entry.citation} · {entry.summary_for(lang)}", 120),
                    input_message_content=InputTextMessageContent(
                        f"{_short(entry, lang)}\n\n<i>{t('group_footer', lang)}</i>"),
                    reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
                        t("group_btn_text", lang, citation=shorten(entry.citation, 30)),
                        url=deep_link(context, f"e_{entry.id}"))]])))
    # nothing to offer for a question the bot would refuse: a way to ask a person instead
    payload = "relawan" if text and not results else "menu"
    button = InlineQueryResultsButton(text=t("inline_open_bot", lang), start_parameter=payload)
    await query.answer(results, cache_time=INLINE_CACHE, is_personal=False, button=button)
