"""Human help ("Tanya relawan"): a worker's threads with the volunteers, their messages, the
worker's pseudonym, mutes, and the moderators' notification settings.

Privacy by construction: a thread row holds the worker's user id (to relay replies and for
/hapusdata) but nothing a moderator is shown carries it; moderators see the pseudonym number
(``Pekerja #1042``), random and unrelated to the id. The audit log records which moderator did
what to which thread, never the worker. Deleting a worker's data (``delete_user_data``) removes
their threads (messages go with them by foreign key), pseudonym and mute; the running counters
in ``meta`` (``help_opened``, ``help_answered``…) are all that remains.
"""

from __future__ import annotations

import secrets
import statistics
from datetime import datetime
from typing import Any

from sqlite_utils.db import NotFoundError

from bot.storage.db import NotFound, StorageBase, StorageError, last_pk, now_iso

MAX_OPEN_THREADS = 3  # per worker
MAX_HELP_TEXT = 3000  # characters of one message kept
OPEN, CLAIMED, CLOSED = "open", "claimed", "closed"


class ThreadNotFound(NotFound):
    """No such thread (or not the asker's)."""


class ThreadLimit(StorageError):
    """The worker already has ``MAX_OPEN_THREADS`` open threads."""


class Muted(StorageError):
    """A moderator muted this worker; they cannot open threads or write into them."""


def _seconds_between(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds()


class ThreadsStore(StorageBase):
    """Threads, messages, pseudonyms, mutes and notification settings."""

    # -- the worker's side ----------------------------------------------------------------

    def pseudonym_of(self, user_id: int) -> int:
        """The worker's pseudonym number (created on first use; random, 1000–99999).

        :param user_id: the worker's Telegram id
        """
        with self.transaction() as db:
            rows = list(db.table("help_pseudonyms").rows_where("user_id = ?", [user_id]))
            if rows:
                return int(rows[0]["number"])
            taken = {int(r["number"]) for r in db.table("help_pseudonyms").rows}
            number = 1000 + secrets.randbelow(99000)
            while number in taken:
                number = 1000 + secrets.randbelow(99000)
            db.table("help_pseudonyms").insert({"user_id": user_id, "number": number})
            return number

    def open_thread(self, user_id: int, text: str, *, case_summary: str | None = None) -> int:
        """Open a thread with the worker's first message; return its id.

        :param user_id: the worker
        :param text: their question
        :param case_summary: the summary of a saved case they chose to share
        :raises Muted: the worker is muted
        :raises ThreadLimit: already ``MAX_OPEN_THREADS`` open threads
        """
        number = self.pseudonym_of(user_id)
        with self.transaction() as db:
            if db.table("help_muted").count_where("user_id = ?", [user_id]):
                raise Muted(user_id)
            if db.table("help_threads").count_where("user_id = ? AND status != ?",
                                                    [user_id, CLOSED]) >= MAX_OPEN_THREADS:
                raise ThreadLimit(user_id)
            at = now_iso()
            threads = self.table("help_threads")
            threads.insert({"user_id": user_id, "pseudonym": number, "status": OPEN,
                            "claimed_by": None, "created_at": at, "updated_at": at,
                            "first_reply_at": None, "closed_at": None, "outcome": None,
                            "case_summary": (case_summary or "")[:MAX_HELP_TEXT],
                            "contact_shared": 0, "learned": None})
            thread_id = last_pk(threads)
            self._message(thread_id, "worker", text, None, None, None, at)
            self._bump("help_opened")
            return thread_id

    def threads_of(self, user_id: int, *, open_only: bool = False) -> list[dict[str, Any]]:
        """A worker's threads, newest first.

        :param user_id: the worker
        :param open_only: only threads not closed
        """
        where = "user_id = ?" + (" AND status != 'closed'" if open_only else "")
        return list(self.table("help_threads").rows_where(where, [user_id],
                                                          order_by="id desc"))

    def thread(self, thread_id: int, *, user_id: int | None = None) -> dict[str, Any]:
        """One thread; with ``user_id``, only if it is that worker's.

        :param thread_id: the thread
        :param user_id: the worker who must own it (``None``: any, for moderators)
        :raises ThreadNotFound: no such thread, or not the worker's
        """
        try:
            row = dict(self.table("help_threads").get(thread_id))
        except NotFoundError:
            raise ThreadNotFound(thread_id) from None
        if user_id is not None and row["user_id"] != user_id:
            raise ThreadNotFound(thread_id)
        return row

    def worker_of(self, thread_id: int) -> int:
        """The worker behind a thread, to deliver replies to them (never shown to anyone).

        :param thread_id: the thread
        :raises ThreadNotFound: no such thread
        """
        return int(self.thread(thread_id)["user_id"])

    def add_message(self, thread_id: int, sender: str, text: str, *,
                    moderator_id: int | None = None, file_id: str | None = None,
                    file_kind: str | None = None) -> int:
        """Add a message to an open thread (one transaction); return its id.

        :param thread_id: the thread
        :param sender: ``worker`` or ``volunteer``
        :param text: the message (cut to ``MAX_HELP_TEXT``)
        :param moderator_id: the volunteer who wrote it
        :param file_id: a Telegram file id (a document or photo the worker attached)
        :param file_kind: ``document`` or ``photo``
        :raises ThreadNotFound: no such thread, or it is closed
        :raises Muted: the worker is muted (worker messages only)
        """
        with self.transaction() as db:
            row = self.thread(thread_id)
            if row["status"] == CLOSED:
                raise ThreadNotFound(thread_id)
            if sender == "worker" and db.table("help_muted").count_where(
                    "user_id = ?", [row["user_id"]]):
                raise Muted(row["user_id"])
            at = now_iso()
            updates: dict[str, Any] = {"updated_at": at}
            if sender == "volunteer" and row["first_reply_at"] is None:
                updates["first_reply_at"] = at
                self._bump("help_answered")
            self.table("help_threads").update(thread_id, updates)
            return self._message(thread_id, sender, text, moderator_id, file_id, file_kind, at)

    def _message(self, thread_id: int, sender: str, text: str, moderator_id: int | None,
                 file_id: str | None, file_kind: str | None, at: str) -> int:
        table = self.table("help_messages")
        table.insert({"thread_id": thread_id, "sender": sender,
                      "moderator_id": moderator_id, "text": text[:MAX_HELP_TEXT],
                      "file_id": file_id, "file_kind": file_kind, "at": at, "delivered": 1})
        if moderator_id is not None:
            self.table("audit").insert({"at": at, "actor": f"tg:{moderator_id}",
                                        "action": "help_reply", "entry_id": "", "version": 0,
                                        "reason": f"thread:{thread_id}"})
        return last_pk(table)

    def messages(self, thread_id: int) -> list[dict[str, Any]]:
        """A thread's messages, oldest first.

        :param thread_id: the thread
        """
        return list(self.table("help_messages").rows_where("thread_id = ?", [thread_id],
                                                           order_by="id"))

    def mark_undelivered(self, message_id: int) -> None:
        """A reply the bot could not deliver (the worker blocked it).

        :param message_id: the message
        """
        with self.transaction():
            self.table("help_messages").update(message_id, {"delivered": 0})

    def share_contact(self, thread_id: int, user_id: int) -> None:
        """The worker agreed to share their Telegram contact in this thread.

        :param thread_id: the thread
        :param user_id: the worker (must own it)
        """
        with self.transaction():
            self.thread(thread_id, user_id=user_id)
            self.table("help_threads").update(thread_id, {"contact_shared": 1})

    # -- the moderators' side -------------------------------------------------------------

    def help_queue(self) -> list[dict[str, Any]]:
        """Threads not closed, oldest first, without the worker's id."""
        rows = self.table("help_threads").rows_where("status != 'closed'",
                                                     order_by="created_at, id")
        return [{k: v for k, v in row.items() if k != "user_id"} for row in rows]

    def claim(self, thread_id: int, moderator_id: int) -> bool:
        """Claim an open thread; ``False`` when someone else has it or it is closed.

        :param thread_id: the thread
        :param moderator_id: the volunteer
        """
        with self.transaction() as db:
            cur = db.execute("UPDATE help_threads SET status = ?, claimed_by = ?, "
                             "updated_at = ? WHERE id = ? AND (status = ? OR (status = ? AND "
                             "claimed_by = ?))", [CLAIMED, moderator_id, now_iso(), thread_id,
                                                   OPEN, CLAIMED, moderator_id])
            if cur.rowcount != 1:
                return False
            self._audit(moderator_id, "help_claim", thread_id)
            return True

    def hand_over(self, thread_id: int, moderator_id: int) -> bool:
        """Give a claimed thread back to the queue; only its claimer may.

        :param thread_id: the thread
        :param moderator_id: the volunteer who holds it
        """
        with self.transaction() as db:
            cur = db.execute("UPDATE help_threads SET status = ?, claimed_by = NULL, "
                             "updated_at = ? WHERE id = ? AND status = ? AND claimed_by = ?",
                             [OPEN, now_iso(), thread_id, CLAIMED, moderator_id])
            if cur.rowcount != 1:
                return False
            self._audit(moderator_id, "help_handover", thread_id)
            return True

    def close_thread(self, thread_id: int, *, by: str, outcome: str,
                     moderator_id: int | None = None) -> bool:
        """Close a thread; ``False`` when it was already closed.

        :param thread_id: the thread
        :param by: ``worker`` or ``volunteer``
        :param outcome: e.g. ``helped``, ``not_helped``, ``closed``
        :param moderator_id: the volunteer closing it (audited)
        """
        with self.transaction() as db:
            at = now_iso()
            cur = db.execute("UPDATE help_threads SET status = ?, closed_at = ?, outcome = ?, "
                             "updated_at = ? WHERE id = ? AND status != ?",
                             [CLOSED, at, f"{by}:{outcome}", at, thread_id, CLOSED])
            if cur.rowcount != 1:
                return False
            if moderator_id is not None:
                self._audit(moderator_id, "help_close", thread_id)
            return True

    def mark_learned(self, thread_id: int, learned: str, moderator_id: int) -> None:
        """Record what a closed thread taught the bot (``example:<entry>`` or ``entry:<id>``).

        :param thread_id: the thread
        :param learned: what was made of it
        :param moderator_id: the volunteer
        """
        with self.transaction():
            self.thread(thread_id)
            self.table("help_threads").update(thread_id, {"learned": learned})
            self._audit(moderator_id, "help_learned", thread_id, learned)
            self._bump("help_examples" if learned.startswith("example:") else "help_entries")

    def mute(self, user_id: int, moderator_id: int) -> None:
        """Mute a worker (they are told by the handler).

        :param user_id: the worker (looked up from a thread, never typed by a moderator)
        :param moderator_id: who muted them
        """
        with self.transaction() as db:
            db.table("help_muted").upsert({"user_id": user_id, "muted_by": moderator_id,
                                           "at": now_iso()}, pk="user_id")
            self._audit(moderator_id, "help_mute", 0)

    def unmute(self, user_id: int) -> None:
        """Lift a mute.

        :param user_id: the worker
        """
        with self.transaction() as db:
            db.execute("DELETE FROM help_muted WHERE user_id = ?", [user_id])

    def is_muted(self, user_id: int) -> bool:
        """Whether the worker is muted."""
        return bool(self.table("help_muted").count_where("user_id = ?", [user_id]))

    # -- notifications --------------------------------------------------------------------

    def set_notify(self, moderator_id: int, enabled: bool, quiet: tuple[str, str] | None = None
                   ) -> None:
        """A moderator's notification choice.

        :param moderator_id: the moderator
        :param enabled: notify of new threads
        :param quiet: night hours ``("22:00", "07:00")`` in WIB, or ``None`` to keep them
        """
        with self.transaction() as db:
            row: dict[str, Any] = {"moderator_id": moderator_id, "enabled": int(enabled)}
            if quiet is not None:
                row["quiet_start"], row["quiet_end"] = quiet
            db.table("help_notify").upsert(row, pk="moderator_id", alter=False)

    def notify_settings(self) -> list[dict[str, Any]]:
        """Every moderator's notification settings."""
        return list(self.table("help_notify").rows)

    def claim_notification(self, thread_id: int, moderator_id: int) -> bool:
        """``True`` the first time (only) a moderator is to be told about a thread.

        :param thread_id: the thread
        :param moderator_id: the moderator
        """
        with self.transaction() as db:
            cur = db.execute("INSERT OR IGNORE INTO help_notified (thread_id, moderator_id) "
                             "VALUES (?, ?)", [thread_id, moderator_id])
            return cur.rowcount == 1

    # -- figures --------------------------------------------------------------------------

    def first_reply_seconds(self, limit: int = 20) -> list[float]:
        """Seconds from opening to the first volunteer reply, most recent threads first.

        :param limit: how many threads
        """
        rows = self.table("help_threads").rows_where("first_reply_at IS NOT NULL",
                                                     order_by="id desc", limit=limit)
        return [_seconds_between(r["created_at"], r["first_reply_at"]) for r in rows]

    def help_stats(self) -> dict[str, Any]:
        """Threads opened, answered, median first reply (seconds), examples and entries made."""
        delays = self.first_reply_seconds(limit=1000)
        figures: dict[str, Any] = {k: self._counter(f"help_{k}")
                                   for k in ("opened", "answered", "examples", "entries")}
        figures["open_now"] = self.table("help_threads").count_where("status != 'closed'")
        figures["median_first_reply"] = statistics.median(delays) if delays else None
        return figures

    # -- helpers ----------------------------------------------------------------------------

    def _audit(self, moderator_id: int, action: str, thread_id: int, reason: str = "") -> None:
        self.table("audit").insert({"at": now_iso(), "actor": f"tg:{moderator_id}",
                                    "action": action, "entry_id": "", "version": 0,
                                    "reason": reason or f"thread:{thread_id}"})

    def _counter(self, key: str) -> int:
        rows = list(self.table("meta").rows_where("key = ?", [key]))
        raw = str(rows[0]["value"]).strip() if rows else "0"
        return int(raw) if raw.isdigit() else 0

    def _bump(self, key: str) -> None:
        """Add one to a ``meta`` counter (inside the caller's transaction)."""
        self.table("meta").upsert({"key": key, "value": str(self._counter(key) + 1)}, pk="key")
