"""Knowledge-base curation from Telegram, restricted to owners and moderators, by job.

``add`` (/tambah), ``edit`` (/ubah), ``history`` (/hapus, /riwayat, /kembalikan), ``review``
(/celah, /lampirkan, /umpanbalik, /statistik), ``files`` (uploads, /ekspor), ``owners``
(/moderator); ``common`` holds the guards and what they share. The logic that never touches
Telegram (field values, slugs, gap grouping, uploads) is in ``bot/curation.py``.

Owners are ``settings.moderator_ids``; they add and remove moderators (stored in SQLite) with
``/moderator``. Every command is guarded by ``ModeratorFilter`` (it reads the live set), every
``mod:`` button by ``ModeratorButton`` (the same check); anyone else reaches ``refuse``.
Every change writes a new version plus an audit row (``Storage.save_entry``), then the index is
rebuilt and swapped, and open gaps the new index answers are marked answered. All of it is
registered in ``bot/handlers/__init__.py``.
"""
