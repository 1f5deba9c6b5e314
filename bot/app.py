"""Build the PTB ``Application``: the same one for Telegram, the console, tests and benches."""

from __future__ import annotations

import asyncio
import gc
import logging
from datetime import UTC, datetime, timedelta
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


EXPIRE_EVERY = 60 * 60  # seconds between two sweeps of unsaved results
#: what a worker did not save, and how long it is kept: a finished guide's or letter's result
#: (client and worker names) for a day, a guide or letter left half-way for 30 days
EXPIRES: dict[str, timedelta] = {"dispute_result": timedelta(hours=24),
                                 "letter_result": timedelta(hours=24),
                                 "dispute": timedelta(days=30), "letter": timedelta(days=30)}


def expire_unsaved(app: AnyApp, now: datetime | None = None) -> int:
    """Drop unsaved results and abandoned flows older than :data:`EXPIRES`; return how many.

    :param app: the application (its ``user_data``)
    :param now: the current time (tests)
    """
    now = now or datetime.now(UTC)
    users, dropped = [], 0
    for user_id, data in list(app.user_data.items()):
        for key, ttl in EXPIRES.items():
            item = data.get(key)
            at = item.get("at") if isinstance(item, dict) else None
            try:
                old = isinstance(at, str) and now - datetime.fromisoformat(at) > ttl
            except ValueError:
                old = True  # unreadable: not worth keeping
            if old:
                del data[key]
                dropped += 1
                users.append(user_id)
    if users:  # written at the next persistence run, like any change made in an update
        app.mark_data_for_update_persistence(user_ids=users)
    return dropped


async def expire_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hourly job: what workers did not save does not stay."""
    n = expire_unsaved(context.application)
    if n:
        log.info("expired %d unsaved results or abandoned flows", n)


KB_CHECK_EVERY = 30  # seconds between two looks for knowledge written by another process


async def refresh_if_changed(app: AnyApp) -> bool:
    """Rebuild the index when the knowledge base changed outside this process (``python -m
    bot kb import`` into a running bot); ``True`` when it did."""
    svc: Any = app.bot_data.get("services")
    if svc is None:
        return False
    try:
        if svc.storage.kb_revision() == svc.kb_revision:
            return False
        await asyncio.to_thread(svc.rebuild)
    except Exception:  # a failed check must never stop the bot; it runs again shortly
        log.exception("could not refresh the index after a knowledge-base change")
        return False
    log.info("knowledge base changed outside the bot: index rebuilt")
    return True


async def kb_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Repeating job: notice a knowledge base changed by another process."""
    await refresh_if_changed(context.application)


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
            app.job_queue.run_repeating(kb_job, interval=KB_CHECK_EVERY, first=KB_CHECK_EVERY,
                                        name="kb-changed")
            app.job_queue.run_repeating(expire_job, interval=EXPIRE_EVERY, first=60,
                                        name="expire-unsaved")
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
