"""Build the PTB ``Application``: the same one for Telegram, the console, tests and benches."""

from __future__ import annotations

import gc
import logging
from typing import Any

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationBuilder,
    BasePersistence,
    ContextTypes,
    Defaults,
    PersistenceInput,
)
from telegram.request import BaseRequest

from bot.config import Settings
from bot.handlers import register
from bot.handlers.cases import reschedule_reminders
from bot.local import LOCAL_TOKEN
from bot.persistence import SQLitePersistence, warn_legacy_pickle
from bot.ptbtypes import AnyApp, App, AppBuilder
from bot.services import Services, open_services
from bot.storage import Storage
from bot.texts import COMMANDS

log = logging.getLogger(__name__)
PURGE_EVERY = 24 * 60 * 60  # seconds between two purges of old unanswered questions


async def purge_old_gaps(app: AnyApp) -> int:
    """Delete unanswered-question logs older than ``gap_retention_days``; return how many."""
    svc: Any = app.bot_data.get("services")
    if svc is None:
        return 0
    try:
        n = int(svc.storage.purge_unanswered(svc.settings.gap_retention_days))
    except Exception:  # a purge failing must never stop the bot; it runs again tomorrow
        log.exception("purging old unanswered questions failed")
        return 0
    if n:
        log.info("purged %d unanswered questions older than %d days", n,
                 svc.settings.gap_retention_days)
    return n


async def purge_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Daily job: the retention period of unanswered questions."""
    await purge_old_gaps(context.application)


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    services: Services | None = None,
    rate_limit: bool = False,
    persistence: bool | BasePersistence[Any, Any, Any] = True,
) -> App:
    """The bot's ``Application``.

    :param settings: the settings
    :param request: a transport (``LocalBotAPI`` for the console and tests); default HTTP
    :param services: already-open services (tests); default opened in ``post_init``
    :param rate_limit: use PTB's ``AIORateLimiter`` (real Telegram)
    :param persistence: keep user and conversation data in the database (``SQLitePersistence``);
        a ``BasePersistence`` instead is used as it is (benchmarks compare persistences)
    """
    # Every message is Telegram HTML without link previews, for every transport (Telegram, the
    # console, tests): set once here, never repeated at a send.
    builder: AppBuilder = ApplicationBuilder().token(settings.token or LOCAL_TOKEN).defaults(
        Defaults(parse_mode=ParseMode.HTML,
                 link_preview_options=LinkPreviewOptions(is_disabled=True)))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    def own_storage() -> Storage:
        warn_legacy_pickle(settings.persistence_path)
        return Storage(settings.db_path)

    if isinstance(persistence, BasePersistence):
        builder = builder.persistence(persistence)
    elif persistence:
        # bot_data holds the services: never stored; callback data is not arbitrary
        # the persistence reads before post_init opens the services, and writes last, at
        # shutdown: given services it shares their storage, else it opens and closes its own
        builder = builder.persistence(SQLitePersistence(
            (lambda: services.storage) if services is not None else own_storage,
            store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=5, close_on_flush=services is None))
    if rate_limit:
        from telegram.ext import AIORateLimiter

        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))

    async def post_init(app: App) -> None:
        app.bot_data["services"] = services or open_services(settings)
        for lang, commands in COMMANDS.items():
            try:
                await app.bot.set_my_commands(
                    [BotCommand(c, d) for c, d in commands],
                    language_code=None if lang == "id" else lang,
                )
            except TelegramError:
                log.warning("could not set the command menu (%s)", lang)
        await purge_old_gaps(app)
        if app.job_queue is not None:
            app.job_queue.run_repeating(purge_job, interval=PURGE_EVERY, first=PURGE_EVERY,
                                        name="purge-unanswered")
        # the JobQueue forgets jobs on restart: unsent dispute reminders come from SQLite
        await reschedule_reminders(app)
        if services is None:
            # the bot's own start-up (not tests): its long-lived objects (every known user's
            # state read by the persistence, the index) leave the collector's view, so a full
            # collection no longer walks them (~275 ms with 20,000 users; bench/persistence.py)
            gc.collect()
            gc.freeze()

    async def post_shutdown(app: App) -> None:
        svc: Any = app.bot_data.get("services")
        if svc is not None and services is None:
            svc.close()

    app = builder.post_init(post_init).post_shutdown(post_shutdown).build()
    register(app, settings)
    return app
