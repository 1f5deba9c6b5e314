"""Activity without identity: question counts, unanswered questions (gaps), 👍/👎 votes and the
questions behind 👎 votes (kept apart from the votes, without the user id)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.storage.db import StorageBase, now_iso


class ActivityStore(StorageBase):
    """Question logs, gaps for ``/celah``, feedback votes and statistics."""


    def log_question(
        self, answered: bool, top_entry: str | None, lang: str, text: str | None = None,
        normalized: str = "",
    ) -> None:
        """Count a question (no text, no user); store the text of an unanswered one, no user."""
        with self.transaction() as db:
            at = now_iso()
            db.table("question_log").insert(
                {"at": at, "answered": int(answered), "top_entry": top_entry or "", "lang": lang}
            )
            if not answered and text:
                db.table("unanswered").insert(
                    {"text": text[:1000], "normalized": normalized[:1000], "at": at,
                     "status": "open"}
                )

    def add_gap(self, text: str) -> None:
        """Queue a question for ``/celah`` (text only, no user), e.g. one a worker 👎'd.

        :param text: the question
        """
        with self.transaction() as db:
            db.table("unanswered").insert(
                {"text": text[:1000], "normalized": "", "at": now_iso(), "status": "open"})

    def unanswered(self, limit: int = 200) -> list[dict[str, Any]]:
        """Open unanswered questions, newest first."""
        return list(
            self.table("unanswered").rows_where(
                "status = 'open'", order_by="id desc", limit=limit
            )
        )

    def set_unanswered_status(self, ids: Iterable[int], status: str) -> None:
        """Mark unanswered questions as ``answered`` or ``ignored``."""
        with self.transaction() as db:
            for qid in ids:
                db.table("unanswered").update(qid, {"status": status})

    def purge_unanswered(self, older_than_days: int) -> int:
        """Delete unanswered-question logs (and questions behind 👎 votes) older than the
        retention period; return how many unanswered questions went."""
        cutoff = (datetime.now(UTC) - timedelta(days=older_than_days)).isoformat(
            timespec="seconds"
        )
        with self.transaction() as db:
            cur = db.execute("DELETE FROM unanswered WHERE at < ?", [cutoff])
            db.execute("DELETE FROM feedback_questions WHERE at < ?", [cutoff])
            return cur.rowcount

    def record_feedback(self, entry_id: str, user_id: int, value: int, query: str = "") -> None:
        """One vote (+1/-1) per user and entry; a new vote replaces the old one. The question
        behind a 👎 is stored apart from the vote, without the user id."""
        with self.transaction() as db:
            db.table("feedback").upsert(
                {
                    "entry_id": entry_id,
                    "user_id": user_id,
                    "value": 1 if value > 0 else -1,
                    "query": "",  # the question is kept apart, without the user id
                    "at": now_iso(),
                },
                pk=("entry_id", "user_id"),
            )
            if value < 0 and query:
                db.table("feedback_questions").insert(
                    {"entry_id": entry_id, "text": query[:500], "at": now_iso()})

    def feedback_counts(self, entry_id: str) -> tuple[int, int]:
        """(👍, 👎) counts of an entry."""
        row = self.db.execute(
            "SELECT SUM(value > 0), SUM(value < 0) FROM feedback WHERE entry_id = ?", [entry_id]
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def feedback_ranking(self, limit: int = 10) -> list[dict[str, Any]]:
        """Entries with 👎 votes, most 👎 first: ``entry_id``, ``down``, ``up``, ``queries``.

        :param limit: most entries to return
        """
        rows = self.db.execute(
            "SELECT entry_id, SUM(value < 0) AS down, SUM(value > 0) AS up FROM feedback "
            "GROUP BY entry_id HAVING down > 0 ORDER BY down DESC, up, entry_id LIMIT ?",
            [limit],
        ).fetchall()
        out = []
        for entry_id, down, up in rows:
            queries = [q for (q,) in self.db.execute(
                "SELECT text FROM feedback_questions WHERE entry_id = ? GROUP BY text "
                "ORDER BY MAX(at) DESC LIMIT 5", [entry_id]).fetchall()]
            out.append({"entry_id": entry_id, "down": int(down), "up": int(up or 0),
                        "queries": queries})
        return out

    def question_stats(self, days: int = 14) -> dict[str, Any]:
        """Question counts: per day (newest first), totals and the most shown entries.

        :param days: how many most recent days to list
        """
        per_day = [
            {"day": d, "total": int(n), "answered": int(a or 0)}
            for d, n, a in self.db.execute(
                "SELECT substr(at, 1, 10) AS d, COUNT(*), SUM(answered) FROM question_log "
                "GROUP BY d ORDER BY d DESC LIMIT ?", [days]).fetchall()
        ]
        total, answered = self.db.execute(
            "SELECT COUNT(*), SUM(answered) FROM question_log").fetchone()
        top = self.db.execute(
            "SELECT top_entry, COUNT(*) AS n FROM question_log WHERE answered = 1 "
            "AND top_entry != '' GROUP BY top_entry ORDER BY n DESC, top_entry LIMIT 5"
        ).fetchall()
        return {"per_day": per_day, "total": int(total or 0), "answered": int(answered or 0),
                "top_entries": [(e, int(n)) for e, n in top]}
