"""People: moderators added from Telegram (owners come from settings) and a user's right to
erasure (``/hapusdata``)."""

from __future__ import annotations

from typing import Any

from bot.storage.db import StorageBase, now_iso

# tables whose rows belong to one user (``user_id``): what /hapusdata deletes
USER_TABLES = ("feedback", "cases", "reminders", "help_threads", "help_pseudonyms",
               "help_muted")
# tables of a user's session (python-telegram-bot's state, a pending upload): deleted too
SESSION_TABLES = ("user_data", "chat_data", "conversations", "pending_uploads")


class PeopleStore(StorageBase):
    """Moderators and the deletion of everything tied to a user."""

    def moderator_ids(self) -> set[int]:
        """Ids of the moderators added from Telegram (owners are not listed here)."""
        return {int(row["moderator_id"]) for row in self.table("moderators").rows}

    def moderators(self) -> list[dict[str, Any]]:
        """Moderators added from Telegram, oldest first (``moderator_id``, ``added_by``, …)."""
        return list(self.table("moderators").rows_where(order_by="added_at, moderator_id"))

    def add_moderator(self, user_id: int, added_by: int) -> bool:
        """Add a moderator; return ``False`` when already one.

        :param user_id: the new moderator's Telegram id
        :param added_by: the owner's Telegram id
        """
        with self.transaction():
            if self.table("moderators").count_where("moderator_id = ?", [user_id]):
                return False
            self.table("moderators").insert(
                {"moderator_id": user_id, "added_by": added_by, "added_at": now_iso()}
            )
            self.table("audit").insert({"at": now_iso(), "actor": f"tg:{added_by}",
                                        "action": "moderator_add", "entry_id": "",
                                        "version": 0, "reason": str(user_id)})
        return True

    def remove_moderator(self, user_id: int, removed_by: int) -> bool:
        """Remove a moderator; return ``False`` when not one.

        :param user_id: the moderator's Telegram id
        :param removed_by: the owner's Telegram id
        """
        with self.transaction() as db:
            cur = db.execute("DELETE FROM moderators WHERE moderator_id = ?", [user_id])
            if cur.rowcount <= 0:
                return False
            self.table("audit").insert({"at": now_iso(), "actor": f"tg:{removed_by}",
                                        "action": "moderator_remove", "entry_id": "",
                                        "version": 0, "reason": str(user_id)})
        return True


    def delete_user_data(self, user_id: int, chat_id: int | None = None) -> dict[str, int]:
        """Delete every row tied to a user, in one transaction (the right to erasure,
        /hapusdata).

        The tables of ``USER_TABLES`` that exist (feedback, and cases/reminders once the
        dispute flow created them) lose that user's rows; rows of other tables that point by
        foreign key at a deleted row go first, so no foreign key blocks the deletion. The
        session (``SESSION_TABLES``) goes in the same transaction: the user's ``user_data``,
        their private chat's ``chat_data``, every conversation whose key holds the user or
        chat id, and their pending upload. Tables of moderators' accountability (audit,
        moderators) are deliberately not touched.

        :param user_id: the Telegram user id
        :param chat_id: their private chat (the user id when not given)
        :return: deleted row counts by table (tables with nothing to delete included)
        """
        chat = user_id if chat_id is None else chat_id
        counts: dict[str, int] = {}
        with self.transaction() as db:
            session = [
                ("user_data", "DELETE FROM user_data WHERE user_id = ?", [user_id]),
                ("chat_data", "DELETE FROM chat_data WHERE chat_id = ?", [chat]),
                ("conversations", "DELETE FROM conversations WHERE EXISTS (SELECT 1 FROM "
                 "json_each(conversations.key) WHERE value IN (?, ?))", [user_id, chat]),
                ("pending_uploads", "DELETE FROM pending_uploads WHERE user_id = ?", [user_id]),
            ]
            for name, sql, params in session:
                counts[name] = max(db.execute(sql, params).rowcount, 0)
            owned = [name for name in USER_TABLES if db[name].exists()
                     and "user_id" in {c.name for c in db[name].columns}]
            # (child table, column, parent table, parent column); the columns are None only
            # for compound foreign keys, which the schema does not have
            children: list[tuple[str, str | None, str, str | None]] = []
            for name in db.table_names():
                for fk in self.table(name).foreign_keys:
                    if fk.other_table in owned and name != fk.other_table:
                        children.append((name, fk.column, fk.other_table, fk.other_column))
            for name, col, parent, pcol in children:
                cur = db.execute(
                    f"DELETE FROM [{name}] WHERE [{col}] IN "
                    f"(SELECT [{pcol}] FROM [{parent}] WHERE user_id = ?)", [user_id])
                counts[name] = counts.get(name, 0) + max(cur.rowcount, 0)
            # a table referenced by another owned table is emptied after it
            parents = {parent for _n, _c, parent, _p in children}
            for name in sorted(owned, key=lambda n: n in parents):
                cur = db.execute(f"DELETE FROM [{name}] WHERE user_id = ?", [user_id])
                counts[name] = counts.get(name, 0) + max(cur.rowcount, 0)
        return counts

