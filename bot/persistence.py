"""A ``telegram.ext.BasePersistence`` over the bot's SQLite database (no pickle).

User, chat and bot data and the states of persistent conversations are stored as JSON, one
row per user, chat, ``bot_data`` key and conversation key (tables of migration
``m010_bot_state``), so a restart, a SIGKILL and ``/hapusdata`` all act on one transactional
store. ``bot_data`` holds the services and is not stored (``PersistenceInput(bot_data=False)``
in ``bot/app.py``); arbitrary callback data is not used, so it is not stored either.

**Only what changed is written.** PTB hands over every user and chat an update touched; a
value whose JSON equals what was last written (or, for a new key, an empty dict) is skipped.

**Off the event loop.** The rows of one ``Application.update_persistence`` run (PTB calls the
``update_*`` methods together) are gathered and written in one transaction by one
``asyncio.to_thread`` call; the loop only serialises the changed values to JSON.

Values must be JSON-serialisable: one that is not is logged (without ids) and not stored.
Tuples come back as lists, int dict keys as strings; the bot's data uses neither.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput

from bot.storage import StateBatch, Storage

log = logging.getLogger(__name__)
EMPTY = "{}"
ConversationKey = tuple[int | str, ...]
CallbackData = tuple[list[tuple[str, float, dict[str, Any]]], dict[str, str]]
_warned_legacy: set[Path] = set()


def warn_legacy_pickle(path: Path) -> None:
    """Log once that an old pickle file is ignored (it is never unpickled: a pickle file is
    code execution for whoever can write ``DATA_DIR``)."""
    if path.exists() and path not in _warned_legacy:
        _warned_legacy.add(path)
        log.warning("ignoring %s: conversation and user state now live in the database; the "
                    "old file is not read (delete it)", path.name)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class SQLitePersistence(BasePersistence[dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's persistence in the bot's database.

    :param storage: returns the storage to use, opened on first use (``Application.initialize``
        reads the state before ``post_init`` opens the services)
    :param store_data: which kinds of data to store (PTB's ``PersistenceInput``)
    :param update_interval: seconds between two ``update_persistence`` runs
    :param close_on_flush: close the storage after the last write (``flush``, at shutdown):
        for a storage the persistence opened itself
    """

    def __init__(self, storage: Callable[[], Storage],
                 store_data: PersistenceInput | None = None,
                 update_interval: float = 5, close_on_flush: bool = False) -> None:
        super().__init__(store_data=store_data, update_interval=update_interval)
        self._open = storage
        self._close_on_flush = close_on_flush
        self._storage: Storage | None = None
        # what the database holds now, as JSON (for change detection)
        self._written: dict[str, dict[Any, str]] = {"user": {}, "chat": {}, "bot": {}}
        self._written_conv: dict[tuple[str, str], str] = {}
        self._pending = StateBatch()
        self._writer: asyncio.Task[None] | None = None

    @property
    def storage(self) -> Storage:
        """The storage (opened on first use)."""
        if self._storage is None:
            self._storage = self._open()
        return self._storage

    # -- reading (once, at start-up) -----------------------------------------------------

    async def _load(self, kind: str) -> dict[Any, Any]:
        rows = await asyncio.to_thread(self.storage.load_state, kind)
        self._written[kind] = dict(rows)
        return {key: json.loads(text) for key, text in rows.items()}

    async def get_user_data(self) -> dict[int, dict[Any, Any]]:
        """Every stored user's data."""
        return await self._load("user")

    async def get_chat_data(self) -> dict[int, dict[Any, Any]]:
        """Every stored chat's data."""
        return await self._load("chat")

    async def get_bot_data(self) -> dict[Any, Any]:
        """The stored bot data (one row per key)."""
        return await self._load("bot")

    async def get_callback_data(self) -> CallbackData | None:
        """Arbitrary callback data is not used: nothing is stored."""
        return None

    async def get_conversations(self, name: str) -> dict[ConversationKey, object]:
        """The stored states of one persistent conversation.

        :param name: the ``ConversationHandler``'s name
        """
        rows = await asyncio.to_thread(self.storage.load_conversations, name)
        for key, state in rows.items():
            self._written_conv[(name, key)] = state
        return {tuple(json.loads(key)): json.loads(state) for key, state in rows.items()}

    # -- writing -------------------------------------------------------------------------

    def _stage(self, kind: str, key: Any, text: str | None) -> bool:
        """Queue a row unless the database already holds it; return whether it was queued."""
        pending = self._pending.rows[kind]
        if key not in pending and self._written[kind].get(key, EMPTY) == (text or EMPTY):
            return False
        pending[key] = None if text in (None, EMPTY) else text
        return True

    def _json(self, kind: str, value: object) -> str | None:
        try:
            return _dumps(value)
        except (TypeError, ValueError) as exc:
            log.error("%s data is not JSON-serialisable and is not stored: %s", kind, exc)
            return None

    async def _write_soon(self) -> None:
        """Write the queued rows (with the others queued by the same run) off the loop."""
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_pending())
        await asyncio.shield(self._writer)

    async def _write_pending(self) -> None:
        await asyncio.sleep(0)  # let the other update_* calls of this run queue their rows
        while len(self._pending):
            batch, self._pending = self._pending, StateBatch()
            try:
                await asyncio.to_thread(self.storage.write_state, batch)
            except BaseException:
                self._requeue(batch)  # tried again on the next run
                raise
            for kind, rows in batch.rows.items():
                for key, text in rows.items():
                    if text is None:
                        self._written[kind].pop(key, None)
                    else:
                        self._written[kind][key] = text
            for ckey, ctext in batch.conversations.items():
                if ctext is None:
                    self._written_conv.pop(ckey, None)
                else:
                    self._written_conv[ckey] = ctext

    def _requeue(self, batch: StateBatch) -> None:
        for kind, rows in batch.rows.items():
            for key, text in rows.items():
                self._pending.rows[kind].setdefault(key, text)
        for ckey, ctext in batch.conversations.items():
            self._pending.conversations.setdefault(ckey, ctext)

    async def _update(self, kind: str, key: Any, value: object) -> None:
        text = self._json(kind, value)
        if text is not None and self._stage(kind, key, text):
            await self._write_soon()

    async def update_user_data(self, user_id: int, data: dict[Any, Any]) -> None:
        """Store a user's data if it changed.

        :param user_id: the user
        :param data: their ``user_data`` (a deep copy)
        """
        await self._update("user", user_id, data)

    async def update_chat_data(self, chat_id: int, data: dict[Any, Any]) -> None:
        """Store a chat's data if it changed.

        :param chat_id: the chat
        :param data: its ``chat_data`` (a deep copy)
        """
        await self._update("chat", chat_id, data)

    async def update_bot_data(self, data: dict[Any, Any]) -> None:
        """Store the bot data's changed keys (one row per key).

        :param data: ``bot_data`` (a deep copy)
        """
        staged = False
        for key in set(self._written["bot"]) - {str(k) for k in data}:
            staged = self._stage("bot", key, None) or staged
        for key, value in data.items():
            text = self._json("bot", value)
            if text is not None:
                staged = self._stage("bot", str(key), text) or staged
        if staged:
            await self._write_soon()

    async def update_callback_data(self, data: CallbackData) -> None:
        """Arbitrary callback data is not used: nothing is stored."""

    async def update_conversation(self, name: str, key: ConversationKey,
                                  new_state: object | None) -> None:
        """Store a conversation's new state; an ended one (``None``) loses its row.

        :param name: the ``ConversationHandler``'s name
        :param key: the conversation key (chat and/or user ids)
        :param new_state: the new state, ``None`` when the conversation ended
        """
        ckey = (name, _dumps(list(key)))
        text = None if new_state is None else self._json("conversation", new_state)
        if new_state is not None and text is None:
            return
        convs = self._pending.conversations
        if ckey not in convs and self._written_conv.get(ckey) == text:
            return
        convs[ckey] = text
        await self._write_soon()

    async def drop_user_data(self, user_id: int) -> None:
        """Delete a user's row.

        :param user_id: the user
        """
        self._pending.rows["user"][user_id] = None
        await self._write_soon()

    async def drop_chat_data(self, chat_id: int) -> None:
        """Delete a chat's row.

        :param chat_id: the chat
        """
        self._pending.rows["chat"][chat_id] = None
        await self._write_soon()

    async def refresh_user_data(self, user_id: int, user_data: dict[Any, Any]) -> None:
        """Nothing to refresh: the database is written only by this process."""

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[Any, Any]) -> None:
        """Nothing to refresh: the database is written only by this process."""

    async def refresh_bot_data(self, bot_data: dict[Any, Any]) -> None:
        """Nothing to refresh: the database is written only by this process."""

    async def flush(self) -> None:
        """Write whatever is still queued (at shutdown); close a storage opened here."""
        if len(self._pending) or (self._writer is not None and not self._writer.done()):
            await self._write_soon()
        if self._close_on_flush and self._storage is not None:
            self._storage.close()
