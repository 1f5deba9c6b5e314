"""Human-help threads in SQLite: limits, claims, privacy, erasure, figures."""

from __future__ import annotations

import pytest

from bot.storage import Muted, Storage, ThreadLimit, ThreadNotFound
from bot.storage.threads import MAX_OPEN_THREADS


@pytest.fixture
def store() -> Storage:
    return Storage(None)


def test_a_thread_with_messages_and_a_stable_pseudonym(store: Storage) -> None:
    tid = store.open_thread(7, "klien ga bayar 3 bulan, bisa gugat?")
    number = store.pseudonym_of(7)
    assert 1000 <= number < 100000 and store.pseudonym_of(7) == number
    assert store.pseudonym_of(8) != number
    store.add_message(tid, "volunteer", "Bisa, lewat gugatan sederhana.", moderator_id=42)
    store.add_message(tid, "worker", "makasih")
    assert [m["sender"] for m in store.messages(tid)] == ["worker", "volunteer", "worker"]
    row = store.thread(tid, user_id=7)
    assert row["pseudonym"] == number and row["first_reply_at"] is not None
    with pytest.raises(ThreadNotFound):
        store.thread(tid, user_id=8)  # another worker's thread


def test_at_most_three_open_threads_and_a_mute(store: Storage) -> None:
    ids = [store.open_thread(7, f"q{i}") for i in range(MAX_OPEN_THREADS)]
    with pytest.raises(ThreadLimit):
        store.open_thread(7, "one more")
    store.close_thread(ids[0], by="worker", outcome="helped")
    store.open_thread(7, "now it fits")
    store.mute(7, moderator_id=42)
    with pytest.raises(Muted):
        store.open_thread(7, "again")
    with pytest.raises(Muted):
        store.add_message(ids[1], "worker", "hello?")
    store.unmute(7)
    store.add_message(ids[1], "worker", "hello?")


def test_only_one_volunteer_claims_and_only_the_claimer_hands_over(store: Storage) -> None:
    tid = store.open_thread(7, "tolong")
    assert store.claim(tid, 42) and not store.claim(tid, 43)
    assert store.claim(tid, 42)  # claiming one's own thread again is harmless
    assert not store.hand_over(tid, 43) and store.hand_over(tid, 42)
    assert store.claim(tid, 43)
    assert store.close_thread(tid, by="volunteer", outcome="closed", moderator_id=43)
    assert not store.close_thread(tid, by="worker", outcome="helped")
    assert not store.claim(tid, 42)
    with pytest.raises(ThreadNotFound):
        store.add_message(tid, "volunteer", "late", moderator_id=43)


def test_the_moderators_view_and_the_audit_never_hold_the_worker(store: Storage) -> None:
    tid = store.open_thread(987654321, "rahasia")
    store.claim(tid, 42)
    store.add_message(tid, "volunteer", "jawaban", moderator_id=42)
    store.mark_learned(tid, "example:kuhperdata-1238", 42)
    queue = store.help_queue()
    assert queue and all("user_id" not in row for row in queue)
    assert "987654321" not in str(queue)
    audit = list(store.table("audit").rows)
    assert {a["action"] for a in audit} >= {"help_claim", "help_reply", "help_learned"}
    assert "987654321" not in str(audit)


def test_erasure_takes_threads_messages_and_pseudonym_but_keeps_counts(store: Storage) -> None:
    tid = store.open_thread(7, "q")
    store.add_message(tid, "volunteer", "a", moderator_id=42)
    store.open_thread(8, "someone else's")
    store.delete_user_data(7)
    assert store.threads_of(7) == [] and store.messages(tid) == []
    assert not list(store.table("help_pseudonyms").rows_where("user_id = 7"))
    assert len(store.threads_of(8)) == 1
    stats = store.help_stats()
    assert (stats["opened"], stats["answered"], stats["open_now"]) == (2, 1, 1)


def test_a_moderator_is_notified_once_per_thread(store: Storage) -> None:
    tid = store.open_thread(7, "q")
    assert store.claim_notification(tid, 42) and not store.claim_notification(tid, 42)
    assert store.claim_notification(tid, 43)
    store.set_notify(42, True, ("22:00", "07:00"))
    store.set_notify(42, False)
    (row,) = store.notify_settings()
    assert (row["enabled"], row["quiet_start"], row["quiet_end"]) == (0, "22:00", "07:00")


def test_undelivered_replies_are_marked(store: Storage) -> None:
    tid = store.open_thread(7, "q")
    mid = store.add_message(tid, "volunteer", "a", moderator_id=42)
    store.mark_undelivered(mid)
    assert [m["delivered"] for m in store.messages(tid)] == [1, 0]
