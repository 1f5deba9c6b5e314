"""Dispute cases a worker chose to save, and their reminders (``bot/handlers/dispute.py``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlite_utils.db import NotFoundError, Table

from bot.storage.db import CaseNotFound, StorageBase, last_pk, now_iso


class CasesStore(StorageBase):
    """Saved cases and reminders, each row owned by one user."""

    def save_case(self, user_id: int, data: dict[str, Any], status: str = "saved") -> int:
        """Store a dispute case the worker agreed to save; return its id.

        :param user_id: the worker's Telegram id (the owner)
        :param data: JSON-safe case data (``Case.to_dict()`` plus letter details)
        :param status: free-form status, ``saved`` by default
        """
        at = now_iso()
        with self.transaction() as db:
            table = db["cases"]
            assert isinstance(table, Table)
            table.insert({"user_id": user_id, "created_at": at, "updated_at": at,
                          "data": json.dumps(data, ensure_ascii=False), "status": status})
            return last_pk(table)

    def cases_of(self, user_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """A worker's saved cases, newest first, ``data`` decoded.

        :param user_id: the owner
        :param limit: most cases to return
        """
        rows = self.table("cases").rows_where("user_id = ?", [user_id],
                                              order_by="id desc", limit=limit)
        return [{**row, "data": json.loads(row["data"])} for row in rows]

    def get_case(self, case_id: int, user_id: int) -> dict[str, Any]:
        """One saved case of ``user_id`` (``data`` decoded); raise ``CaseNotFound``.

        :param case_id: the case id
        :param user_id: the owner; another user's case is not found
        """
        rows = list(self.table("cases").rows_where("id = ? AND user_id = ?",
                                                   [case_id, user_id]))
        if not rows:
            raise CaseNotFound(case_id)
        return {**rows[0], "data": json.loads(rows[0]["data"])}

    def delete_case(self, case_id: int, user_id: int) -> bool:
        """Delete a saved case of ``user_id`` and its reminders; ``False`` when not found.

        :param case_id: the case id
        :param user_id: the owner
        """
        with self.transaction() as db:
            if not db.table("cases").count_where("id = ? AND user_id = ?", [case_id, user_id]):
                return False
            db.execute("DELETE FROM reminders WHERE case_id = ? AND user_id = ?",
                       [case_id, user_id])
            db.execute("DELETE FROM cases WHERE id = ? AND user_id = ?", [case_id, user_id])
        return True

    def add_reminder(self, user_id: int, due_at: datetime, text: str,
                     case_id: int | None = None) -> int:
        """Store a reminder to send at ``due_at``; return its id.

        :param user_id: the worker (the reminder goes to their private chat)
        :param due_at: when to send it (aware; stored as ISO UTC)
        :param text: the reminder's text (HTML, already escaped)
        :param case_id: the saved case it belongs to, if any
        """
        with self.transaction() as db:
            table = db["reminders"]
            assert isinstance(table, Table)
            table.insert({"user_id": user_id, "case_id": case_id,
                          "due_at": due_at.astimezone(UTC).isoformat(timespec="seconds"),
                          "text": text, "sent": 0})
            return last_pk(table)

    def get_reminder(self, reminder_id: int) -> dict[str, Any] | None:
        """A reminder by id, or ``None`` (deleted with its case or by /hapusdata)."""
        try:
            return dict(self.table("reminders").get(reminder_id))
        except NotFoundError:
            return None

    def pending_reminders(self) -> list[dict[str, Any]]:
        """Every reminder not sent yet, earliest first."""
        return list(self.table("reminders").rows_where("sent = 0", order_by="due_at, id"))

    def reminders_of(self, user_id: int) -> list[dict[str, Any]]:
        """A worker's reminders, earliest first."""
        return list(self.table("reminders").rows_where("user_id = ?", [user_id],
                                                       order_by="due_at, id"))

    def attach_reminder(self, reminder_id: int, case_id: int, user_id: int) -> None:
        """Tie a reminder set before its case was saved to that case (both ``user_id``'s)."""
        with self.transaction() as db:
            db.execute("UPDATE reminders SET case_id = ? WHERE id = ? AND user_id = ? AND "
                       "case_id IS NULL AND EXISTS (SELECT 1 FROM cases WHERE id = ? AND "
                       "user_id = ?)", [case_id, reminder_id, user_id, case_id, user_id])

    def mark_reminder_sent(self, reminder_id: int) -> None:
        """Mark a reminder as sent (it is never sent again)."""
        with self.transaction() as db:
            db.execute("UPDATE reminders SET sent = 1 WHERE id = ?", [reminder_id])

