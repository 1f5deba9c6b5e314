"""One registration site: every handler of the bot, in order."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.handlers import dispute, errors, letters, moderator, privacy, status, user
from bot.ptbtypes import App


def register(app: App, settings: Settings) -> None:
    """Add every handler to ``app``.

    Order matters inside group 0: the first matching handler wins, so specific commands and
    button patterns come before the catch-all text and unknown-command handlers.
    """
    private = filters.ChatType.PRIVATE
    # Group -1 runs before every other handler: a flooding user's update stops here
    # (ApplicationHandlerStop) after one "pelan-pelan" notice; others are unaffected.
    app.add_handler(TypeHandler(Update, privacy.flood_gate), group=-1)
    app.add_handler(CommandHandler("start", user.start, filters=private))
    app.add_handler(CommandHandler(["help", "bantuan"], user.help_command, filters=private))
    app.add_handler(CommandHandler("topik", user.topics, filters=private))
    app.add_handler(CommandHandler("bahasa", user.language, filters=private))
    app.add_handler(CommandHandler("privasi", user.privacy, filters=private))
    # /hapusdata comes before the dispute conversation so that it works mid-conversation.
    app.add_handler(CommandHandler("hapusdata", privacy.erase_prompt, filters=private))
    app.add_handler(CallbackQueryHandler(privacy.on_erase_button,
                                         pattern=r"^privacy:(erase|keep)$"))
    # -- dispute flow (bot/handlers/dispute.py): its ConversationHandler goes here, before the
    #    catch-all text handler, so that its free-text steps win over "a question".
    #    Then its result buttons, a catch-all for stale "dispute:" buttons, and /kasus.
    for handler in dispute.handlers(app):
        app.add_handler(handler)
    # -- moderators (bot/handlers/moderator.py): filtered handlers go here.
    #    Their conversations come before the question handler (a moderator's text inside /tambah
    #    or /ubah is a field value); the refusal for everyone else is last among them.
    for handler in moderator.handlers(app, settings):
        app.add_handler(handler)
    # /surat: the letters (bot/handlers/letters.py); its conversation comes before the question
    # handler, so that a typed answer inside a letter is not taken for a question
    app.add_handler(letters.conversation(app))
    app.add_handler(CommandHandler("surat", letters.menu, filters=private))
    app.add_handler(CallbackQueryHandler(letters.on_save, pattern=r"^letter:save:[0-9a-f]{8}$"))
    # /status: the employment-status check (buttons only, bot/handlers/status.py)
    app.add_handler(CommandHandler("status", status.start, filters=private))
    app.add_handler(CallbackQueryHandler(status.on_button, pattern=r"^status:"))
    app.add_handler(CallbackQueryHandler(user.on_button,
                                         pattern=r"^(t|e|fb|more|topic|lang|menu)(:|$)"))
    # Free text in a private chat is a question; edited messages are ignored on purpose.
    app.add_handler(MessageHandler(
        private & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, user.question))
    app.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE & filters.COMMAND,
                                   user.unknown_command))
    # Anything else sent in private (stickers, photos, voice…) gets one short note.
    app.add_handler(MessageHandler(
        private & filters.UpdateType.MESSAGE & ~filters.TEXT, user.unsupported))
    # Stale or forged callback data that no pattern above claims.
    app.add_handler(CallbackQueryHandler(user.on_button))
    app.add_error_handler(errors.on_error)
