"""The one registration site: every handler of the bot, in order, with why it is there.

Groups: ``-1`` (the flood gate) runs before everything; group ``0`` holds every other handler,
and inside a group the first handler whose check passes wins, so the order below is the
routing: commands and buttons that must work mid-conversation first, then the conversations
(their free-text steps beat "a question"), then the buttons by prefix, then the catch-alls.

Callback data is ``<area>:<action>[:arg]`` everywhere (see ``bot/handlers/common.py``); each
area has its own ``CallbackQueryHandler`` routed by ``pattern=``, and a press no pattern claims
ends at the last handler (stale or forged data: one short note, nothing changes).
The conversations' inner handlers (states, fallbacks) are built beside their callbacks
(``dispute.conversation``, ``moderator.add.conversation``, ``moderator.edit.conversation``);
every ``add_handler`` is here.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.handlers import (
    cases,
    common,
    dispute,
    errors,
    groups,
    help,
    letters,
    privacy,
    status,
    user,
)
from bot.handlers.moderator import add, edit, files, history, owners, referrals, review
from bot.handlers.moderator.common import (
    COMMANDS,
    ModeratorButton,
    ModeratorFilter,
    refuse,
    refuse_owner,
)
from bot.ptbtypes import App

# Buttons sent before callback data was namespaced (``t:<id>``, ``e:<id>``, ``more``,
# ``fb:<id>:<1|0>``) are still under old answers in users' chats; they act as their new form
# (``entry:text:``, ``entry:card:``, ``ans:more``, ``fb:up|down:``) for one release.
OLD_BUTTONS = r"^(?:(t|e):(.*)|fb:(.*):([01])|(more))$"


def register(app: App, settings: Settings) -> None:
    """Add every handler to ``app``, in order (see the module docstring)."""
    private = common.PRIVATE  # new messages only: an edit is never a new command
    mod = ModeratorFilter(app, settings.moderator_ids)
    owner = ModeratorFilter(app, settings.moderator_ids, owners_only=True)
    persistent = app.persistence is not None

    # -- group -1: a flooding user's update stops here (ApplicationHandlerStop) after one
    #    "pelan-pelan" notice; everyone else's goes on to group 0.
    app.add_handler(TypeHandler(Update, privacy.flood_gate), group=-1)

    # -- groups, inline mode and deep links (bot/handlers/groups.py). Every handler below this
    #    block is private-only; in a group the bot answers a mention, a reply to itself or
    #    /tanya, points private commands (and every moderator command) to the private chat,
    #    and obeys an admin's /kawangig off|on; anything else in a group is left alone.
    in_group = filters.ChatType.GROUPS & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("kawangig", groups.switch, filters=in_group))
    app.add_handler(CommandHandler("tanya", groups.tanya,  # a group, or a private chat
                                   filters=filters.UpdateType.MESSAGE))
    app.add_handler(CommandHandler([*groups.PRIVATE_ONLY, *COMMANDS], groups.private_only,
                                   filters=in_group))
    app.add_handler(MessageHandler(
        in_group & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND,
        groups.on_group_message))
    app.add_handler(InlineQueryHandler(groups.inline_query))

    # -- everyone's commands (bot/handlers/user.py); /start with a payload is a deep link
    app.add_handler(CommandHandler("start", groups.start, filters=private))
    app.add_handler(CommandHandler(["help", "bantuan"], user.help_command, filters=private))
    app.add_handler(CommandHandler("topik", user.topics, filters=private))
    app.add_handler(CommandHandler("bahasa", user.language, filters=private))
    app.add_handler(CommandHandler("privasi", user.privacy, filters=private))
    # /hapusdata comes before the conversations so that it works in the middle of one.
    app.add_handler(CommandHandler("hapusdata", privacy.erase_prompt, filters=private))
    app.add_handler(CallbackQueryHandler(privacy.on_erase_button,
                                         pattern=r"^privacy:(erase|keep)$"))

    # -- the dispute flow (bot/handlers/dispute.py): the conversation before the question
    #    handler, so that its free-text steps win over "a question"; then its result buttons,
    #    a catch-all for stale "dispute:" buttons, and /kasus with its buttons.
    app.add_handler(dispute.conversation(app))
    app.add_handler(CallbackQueryHandler(dispute.on_result_button,
                                         pattern=r"^dispute:(save|remind):[0-9a-f]{8}$"))
    app.add_handler(CallbackQueryHandler(dispute.stale, pattern=r"^dispute:"))
    app.add_handler(CommandHandler("kasus", cases.list_cases, filters=private))
    app.add_handler(CallbackQueryHandler(cases.on_case_button, pattern=r"^case:"))

    # -- moderators (bot/handlers/moderator/): every command carries the moderator (or owner)
    #    filter and every button is a ModeratorButton (the same check on each press). The two
    #    conversations come before the question handler: a moderator's text inside /tambah or
    #    /ubah is a field value. /tambah also starts from a /celah "buat entri" button.
    app.add_handler(add.conversation(mod, persistent=persistent))
    app.add_handler(edit.conversation(mod, persistent=persistent))
    app.add_handler(CommandHandler("moderator", owners.moderators, filters=private & owner))
    app.add_handler(CommandHandler("hapus", history.delete, filters=private & mod))
    app.add_handler(CommandHandler("riwayat", history.history, filters=private & mod))
    app.add_handler(CommandHandler("kembalikan", history.restore, filters=private & mod))
    app.add_handler(CommandHandler("celah", review.gaps, filters=private & mod))
    app.add_handler(CommandHandler("lampirkan", review.attach_command, filters=private & mod))
    app.add_handler(CommandHandler("umpanbalik", review.feedback, filters=private & mod))
    app.add_handler(CommandHandler("statistik", review.stats, filters=private & mod))
    app.add_handler(CommandHandler("ekspor", files.export, filters=private & mod))
    # human help, the volunteers' side (moderator/referrals.py): the queue, the thread buttons
    # and the reply they start (a conversation: its text is the reply, not a question), and a
    # Telegram reply to a thread message of the bot
    app.add_handler(CommandHandler("rujukan", referrals.queue, filters=private & mod))
    app.add_handler(referrals.conversation(mod, persistent=persistent))
    app.add_handler(ModeratorButton(referrals.on_learn,
                                    r"^mod:ref:learn:(\d{1,12}):([^:]{1,60})$", mod))
    app.add_handler(ModeratorButton(referrals.on_skip, r"^mod:ref:skip:(\d{1,12})$", mod))
    app.add_handler(MessageHandler(
        private & filters.TEXT & filters.REPLY & ~filters.COMMAND
        & mod, referrals.on_reply_message))
    app.add_handler(MessageHandler(private & filters.Document.ALL & mod, files.document))
    app.add_handler(ModeratorButton(history.on_delete, r"^mod:del:([^:]*):(\d+)$", mod))
    app.add_handler(ModeratorButton(history.on_keep, r"^mod:delno$", mod))
    app.add_handler(ModeratorButton(files.on_import, r"^mod:imp:([^:]*)$", mod))
    app.add_handler(ModeratorButton(review.on_ignore, r"^mod:gap:ign:(\d+)$", mod))
    app.add_handler(ModeratorButton(review.on_attach, r"^mod:att:(\d+):([^:]*)$", mod))
    # a moderator's "mod:" press that nothing above claims (a step already over, forged data)
    app.add_handler(ModeratorButton(common.stale_button, r"^mod:", mod))
    # everyone else: one refusal per moderator command or button, nothing changes
    app.add_handler(CommandHandler("moderator", refuse_owner, filters=private))
    app.add_handler(CommandHandler(list(COMMANDS), refuse, filters=private))
    app.add_handler(CallbackQueryHandler(refuse, pattern=r"^mod:"))

    # -- /surat, the letters (bot/handlers/letters.py): the conversation before the question
    #    handler, so that a typed answer inside a letter is not taken for a question
    app.add_handler(letters.conversation(app))
    app.add_handler(CommandHandler("surat", letters.menu, filters=private))
    app.add_handler(CallbackQueryHandler(letters.on_save, pattern=r"^letter:save:[0-9a-f]{8}$"))

    # -- /relawan, human help on the worker's side (bot/handlers/help.py): the conversation
    #    (ask, preview, add a message or a file) before the question handler, then the thread
    #    buttons outside it (close, share contact)
    app.add_handler(help.conversation(app))
    app.add_handler(CallbackQueryHandler(
        help.on_thread_button, pattern=r"^help:(done|contact):(\d{1,12})(?::(up|down))?$"))

    # -- /status, the employment-status check (bot/handlers/status.py): buttons only
    app.add_handler(CommandHandler("status", status.start, filters=private))
    app.add_handler(CallbackQueryHandler(status.on_button, pattern=r"^status:"))

    # -- everyone's buttons (bot/handlers/user.py), one handler per area
    app.add_handler(CallbackQueryHandler(user.on_entry, pattern=r"^entry:(text|card):(.*)$"))
    app.add_handler(CallbackQueryHandler(user.on_vote, pattern=r"^fb:(up|down):(.+)$"))
    app.add_handler(CallbackQueryHandler(user.on_more, pattern=r"^ans:more$"))
    app.add_handler(CallbackQueryHandler(user.on_topic, pattern=r"^topic:([^:]*)(?::(.*))?$"))
    app.add_handler(CallbackQueryHandler(user.on_language, pattern=r"^lang:(id|en)$"))
    app.add_handler(CallbackQueryHandler(user.on_menu, pattern=r"^menu:(topics|help|lang)$"))
    app.add_handler(CallbackQueryHandler(user.on_old_button, pattern=OLD_BUTTONS))

    # -- free text in a private chat is a question; edited messages are ignored on purpose.
    app.add_handler(MessageHandler(
        private & filters.TEXT & ~filters.COMMAND, user.question))
    app.add_handler(MessageHandler(private & filters.COMMAND,
                                   user.unknown_command))
    # Anything else sent in private (stickers, photos, voice…) gets one short note.
    app.add_handler(MessageHandler(
        private & ~filters.TEXT, user.unsupported))
    # Stale or forged callback data that no pattern above claims.
    app.add_handler(CallbackQueryHandler(common.stale_button))

    app.add_error_handler(errors.on_error)
