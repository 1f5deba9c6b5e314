"""Schema changes, numbered and applied in order (sqlite-utils ``Migrations``).

A migration, once released, never changes: a database records the names it applied, and a new
column or table is a new ``mNNN_`` function at the end.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table
from sqlite_utils.migrations import Migrations

from bot.knowledge import FIELDS

migrations = Migrations("kawangig")
# entry columns added by a later migration than m001 (m001 creates the others, so that a
# database created before that migration looks the same whatever FIELDS holds today)
LATER_FIELDS = ("title_en", "basis", "questions", "body_en")


@migrations()
def m001_core(db: Database) -> None:
    """Entries, their versions, the audit log, feedback and the question logs."""
    cols: dict[str, Any] = {name: str for name in FIELDS if name not in LATER_FIELDS}
    cols.update(version=int, deleted=int, origin=str, updated_at=str, updated_by=str)
    db.table("entries").create(cols, pk="id")
    db.table("entry_versions").create(
        {
            "entry_id": str,
            "version": int,
            "data": str,
            "deleted": int,
            "origin": str,
            "author": str,
            "reason": str,
            "created_at": str,
        },
        pk=("entry_id", "version"),
    )
    db.table("audit").create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "action": str,
            "entry_id": str,
            "version": int,
            "reason": str,
        },
        pk="id",
    )
    db.table("feedback").create(
        {"entry_id": str, "user_id": int, "value": int, "query": str, "at": str},
        pk=("entry_id", "user_id"),
    )
    db.table("unanswered").create(
        {"id": int, "text": str, "normalized": str, "at": str, "status": str}, pk="id"
    )
    db.table("unanswered").create_index(["at"])
    db.table("question_log").create(
        {"id": int, "at": str, "answered": int, "top_entry": str, "lang": str}, pk="id"
    )
    db.table("question_log").create_index(["at"])
    db.table("meta").create({"key": str, "value": str}, pk="key")


@migrations()
def m002_moderation(db: Database) -> None:
    """Moderators added from Telegram by an owner (owners themselves come from settings)."""
    table = db["moderators"]
    assert isinstance(table, Table)
    table.create({"moderator_id": int, "added_by": int, "added_at": str}, pk="moderator_id")


@migrations()
def m003_cases(db: Database) -> None:
    """Dispute cases a worker chose to save, and their reminders (both deleted by /hapusdata)."""
    db.table("cases").create(
        {"id": int, "user_id": int, "created_at": str, "updated_at": str, "data": str,
         "status": str},
        pk="id",
    )
    db.table("cases").create_index(["user_id"])
    db.table("reminders").create(
        {"id": int, "user_id": int, "case_id": int, "due_at": str, "text": str, "sent": int},
        pk="id",
        foreign_keys=[("case_id", "cases", "id")],
    )
    db.table("reminders").create_index(["user_id"])
    db.table("reminders").create_index(["sent", "due_at"])


@migrations()
def m004_title_en(db: Database) -> None:
    """The optional English title of entries (rows of older databases get NULL: read as "")."""
    entries = db.table("entries")
    if "title_en" not in entries.columns_dict:
        entries.add_column("title_en", str)


@migrations()
def m005_basis_questions(db: Database) -> None:
    """A guide's basis (law entry ids) and every entry's example questions (JSON lists)."""
    entries = db.table("entries")
    for name in ("basis", "questions"):
        if name not in entries.columns_dict:
            entries.add_column(name, str)


@migrations()
def m006_vectors(db: Database) -> None:
    """Semantic vectors by key (model, role and text hashed): computed once per text."""
    db.table("vectors").create({"key": str, "vec": bytes}, pk="key")


@migrations()
def m007_stems(db: Database) -> None:
    """Sastrawi stems computed in earlier runs (a cache: deleting it only slows start-up)."""
    db.table("stems").create({"word": str, "stem": str}, pk="word")


@migrations()
def m008_body_en(db: Database) -> None:
    """A guide's English body (older rows read as "")."""
    entries = db.table("entries")
    if "body_en" not in entries.columns_dict:
        entries.add_column("body_en", str)


@migrations()
def m009_feedback_questions(db: Database) -> None:
    """Questions behind 👎 votes, kept apart from the votes (no user id); old votes' question
    text moves there and is cleared from the vote."""
    db.table("feedback_questions").create({"id": int, "entry_id": str, "text": str, "at": str},
                                          pk="id")
    db.execute("INSERT INTO feedback_questions (entry_id, text, at) SELECT entry_id, query, at "
               "FROM feedback WHERE value < 0 AND query != ''")
    db.execute("UPDATE feedback SET query = ''")



@migrations()
def m010_bot_state(db: Database) -> None:
    """python-telegram-bot's state as JSON, one row per user, chat, bot_data key and
    conversation key (``bot/persistence.py``), and moderators' pending uploads by token."""
    db.table("user_data").create({"user_id": int, "data": str, "updated_at": str},
                                 pk="user_id")
    db.table("chat_data").create({"chat_id": int, "data": str, "updated_at": str},
                                 pk="chat_id")
    db.table("bot_data").create({"key": str, "data": str, "updated_at": str}, pk="key")
    db.table("conversations").create(
        {"name": str, "key": str, "state": str, "updated_at": str}, pk=("name", "key"))
    db.table("pending_uploads").create(
        {"token": str, "user_id": int, "data": str, "created_at": str}, pk="token")
    db.table("pending_uploads").create_index(["user_id"])
    db.table("pending_uploads").create_index(["created_at"])


@migrations()
def m011_help_threads(db: Database) -> None:
    """Human help: threads between a worker and the volunteers, their messages (deleted with
    the thread), workers' pseudonyms, mutes, and moderators' notification settings."""
    db.table("help_threads").create(
        {"id": int, "user_id": int, "pseudonym": int, "status": str, "claimed_by": int,
         "created_at": str, "updated_at": str, "first_reply_at": str, "closed_at": str,
         "outcome": str, "case_summary": str, "contact_shared": int, "learned": str},
        pk="id")
    db.table("help_threads").create_index(["user_id"])
    db.table("help_threads").create_index(["status", "created_at"])
    db.table("help_messages").create(
        {"id": int, "thread_id": int, "sender": str, "moderator_id": int, "text": str,
         "file_id": str, "file_kind": str, "at": str, "delivered": int},
        pk="id", foreign_keys=[("thread_id", "help_threads", "id")])
    db.table("help_messages").create_index(["thread_id"])
    db.table("help_pseudonyms").create({"user_id": int, "number": int}, pk="user_id")
    db.table("help_pseudonyms").create_index(["number"], unique=True)
    db.table("help_muted").create({"user_id": int, "muted_by": int, "at": str}, pk="user_id")
    db.table("help_notify").create(
        {"moderator_id": int, "enabled": int, "quiet_start": str, "quiet_end": str},
        pk="moderator_id")
    db.table("help_notified").create({"thread_id": int, "moderator_id": int},
                                     pk=("thread_id", "moderator_id"))


@migrations()
def m012_token_counts(db: Database) -> None:
    """Entries' token counts by key (entry text and text pipeline hashed), under the pipeline's
    fingerprint (a cache: deleting it only slows start-up)."""
    db.table("token_counts").create(
        {"key": str, "pipeline": str, "terms": str, "counts": bytes, "surface": str,
         "phrases": str}, pk="key")
