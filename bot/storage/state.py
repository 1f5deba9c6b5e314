"""python-telegram-bot's state as JSON rows (``bot/persistence.py`` reads and writes them) and
moderators' pending uploads, kept by a random token until confirmed or expired."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.storage.db import StorageBase, now_iso

# an upload not confirmed within this time is forgotten
PENDING_UPLOAD_TTL = timedelta(hours=24)
# the table and key column of each kind of state
STATE_TABLES = {"user": ("user_data", "user_id"), "chat": ("chat_data", "chat_id"),
                "bot": ("bot_data", "key")}


@dataclass
class StateBatch:
    """Rows to write in one transaction: JSON text by key, ``None`` to delete the row.

    ``rows`` maps a kind (``user``, ``chat``, ``bot``) to its rows; ``conversations`` maps
    (conversation name, JSON key) to the JSON state.
    """

    rows: dict[str, dict[Any, str | None]] = field(
        default_factory=lambda: {kind: {} for kind in STATE_TABLES})
    conversations: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(map(len, self.rows.values())) + len(self.conversations)


class StateStore(StorageBase):
    """User, chat, bot and conversation state rows; pending uploads."""

    def load_state(self, kind: str) -> dict[Any, str]:
        """Every stored row of one kind of state, as JSON text by key.

        :param kind: ``user`` (keys: user ids), ``chat`` (chat ids) or ``bot`` (str keys)
        """
        table, key = STATE_TABLES[kind]
        return {k: v for k, v in self.db.execute(f"SELECT [{key}], data FROM [{table}]")}

    def load_conversations(self, name: str) -> dict[str, str]:
        """The stored states of one conversation: JSON state by JSON key.

        :param name: the ``ConversationHandler``'s name
        """
        return {k: v for k, v in self.db.execute(
            "SELECT key, state FROM conversations WHERE name = ?", [name])}

    def write_state(self, batch: StateBatch) -> None:
        """Write (or delete, for ``None``) the rows of ``batch`` in one transaction.

        :param batch: the changed rows
        """
        at = now_iso()
        with self.transaction() as db:
            for kind, rows in batch.rows.items():
                table, key = STATE_TABLES[kind]
                gone = [(k,) for k, v in rows.items() if v is None]
                kept = [(k, v, at) for k, v in rows.items() if v is not None]
                db.conn.executemany(f"DELETE FROM [{table}] WHERE [{key}] = ?", gone)
                db.conn.executemany(
                    f"INSERT INTO [{table}] ([{key}], data, updated_at) VALUES (?, ?, ?) "
                    f"ON CONFLICT([{key}]) DO UPDATE SET data = excluded.data, "
                    "updated_at = excluded.updated_at", kept)
            convs = batch.conversations
            db.conn.executemany("DELETE FROM conversations WHERE name = ? AND key = ?",
                                [k for k, v in convs.items() if v is None])
            db.conn.executemany(
                "INSERT INTO conversations (name, key, state, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name, key) DO UPDATE SET state = excluded.state, "
                "updated_at = excluded.updated_at",
                [(n, k, v, at) for (n, k), v in convs.items() if v is not None])

    def put_pending_upload(self, user_id: int, records: list[dict[str, Any]]) -> str:
        """Keep a moderator's parsed upload until they confirm it; return its token.

        The user's earlier pending upload and every expired one are deleted.

        :param user_id: the moderator
        :param records: the entries as JSON-safe records (``Entry.to_record()``)
        """
        token = secrets.token_urlsafe(16)
        cutoff = (datetime.now(UTC) - PENDING_UPLOAD_TTL).isoformat(timespec="seconds")
        with self.transaction() as db:
            db.execute("DELETE FROM pending_uploads WHERE user_id = ? OR created_at < ?",
                       [user_id, cutoff])
            db.execute("INSERT INTO pending_uploads (token, user_id, data, created_at) "
                       "VALUES (?, ?, ?, ?)",
                       [token, user_id, json.dumps(records, ensure_ascii=False), now_iso()])
        return token

    def take_pending_upload(self, token: str, user_id: int) -> list[dict[str, Any]] | None:
        """A pending upload's records, deleted as they are taken; ``None`` when the token is
        unknown, expired, or another user's.

        :param token: what ``put_pending_upload`` returned
        :param user_id: the moderator confirming it
        """
        cutoff = (datetime.now(UTC) - PENDING_UPLOAD_TTL).isoformat(timespec="seconds")
        with self.transaction() as db:
            row = db.execute("SELECT data, created_at FROM pending_uploads WHERE token = ? "
                             "AND user_id = ?", [token, user_id]).fetchone()
            db.execute("DELETE FROM pending_uploads WHERE token = ? AND user_id = ?",
                       [token, user_id])
        if row is None or row[1] < cutoff:
            return None
        records: list[dict[str, Any]] = json.loads(row[0])
        return records
